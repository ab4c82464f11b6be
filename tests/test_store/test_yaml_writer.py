"""yaml_writer writes exactly yaml.dump's bytes, or refuses (and yaml.dump writes them)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from awesome_bib.store import yaml_writer
from awesome_bib.store.entries_yaml import dump as dump_yaml

ROOT = Path(__file__).resolve().parents[2]


def _reference(data):
    return yaml.dump(data, Dumper=yaml.CSafeDumper, sort_keys=False, allow_unicode=True,
                     default_flow_style=False, width=10_000)


COMMITTED = sorted((ROOT / "entries").glob("*.yaml"))


def test_committed_entries_are_found():
    """An empty COMMITTED would only skip the test below ("empty parameter set")."""
    assert COMMITTED


@pytest.mark.parametrize("path", COMMITTED, ids=lambda p: p.name)
def test_committed_entries_are_written_byte_for_byte(path):
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    assert yaml_writer.dump(data) == _reference(data) == path.read_text(encoding="utf-8")


def test_corpus_entries_are_written_byte_for_byte(tmp_path):
    from awesome_bib.importer import import_list
    lists = sorted((ROOT / "tests" / "corpus").glob("[0-9]*.md")) + sorted(
        (ROOT / "tests" / "lists").glob("**/*.md"))
    from tests.test_importer.corpus_truth import REJECTED

    for i, path in enumerate(lists):
        if path.stem not in REJECTED:  # nothing to write: one clear error (test_corpus)
            import_list(path, tmp_path / str(i))
    for path in sorted(tmp_path.glob("*/*.yaml")):
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        assert dump_yaml(data) == _reference(data), path


HOSTILE = ["", " ", "a ", " a", "2023", "2023-01-01", "1.5", "1e3", "0x1F", "true", "yes", "No",
           "on", "null", "~", "-", "- a", "-a", "?", "? a", ":", "a:", "a: b", "a:b", "a #b",
           "a#b", "#a", "[a]", "{a}", "a, b", "&a", "*a", "!a", "|", ">", "'a'", '"a"', "%a",
           "@a", "`a`", "a'b", 'a"b', "a\\b", "a\tb", "a\nb", "é", "Ünïcödé 🚀", "\u00a0a",
           "a\u2028b", "\ufeffa", "=", "<<", "+1", ".5", ".inf", ".NaN", "x" * 5000,
           "https://arxiv.org/abs/2301.00001", "10.1007/978-3-319-24574-4_28",
           "- [**CVPR 2023**] Title [[pdf]](https://x.org/a.pdf)", "}@comment{", "\\input{x}"]


@pytest.mark.parametrize("value", HOSTILE)
def test_each_scalar_is_exact_or_refused(value):
    for doc in ({"k": value}, {"k": [value]}, [{"k": value, "n": 1, "b": True, "e": []}]):
        try:
            text = yaml_writer.dump(doc)
        except yaml_writer.Unsure:
            continue
        assert text == _reference(doc)
        assert dump_yaml(doc) == text


def test_unknown_types_and_keys_fall_back():
    for doc in ({"k": 1.5}, {"2023": "a"}, {"k": [[1]]}, {}):
        with pytest.raises(yaml_writer.Unsure):
            yaml_writer.dump(doc)
        assert dump_yaml(doc) == _reference(doc)
