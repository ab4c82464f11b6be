"""The FORMATS registry: what it refuses, what the CLI takes from it, and that a new format is
one Format object plus one registration (no other file names formats or suffixes)."""

from __future__ import annotations

import dataclasses

import pytest

import awesome_bib.export as export_pkg
from awesome_bib.commands import export_cmd
from awesome_bib.errors import UsageError
from awesome_bib.export import FORMATS, Format, Registry, export_library

from .conftest import edge_library

BIBTEX = FORMATS["bibtex"]


def _keys_format(**changes) -> Format:
    """A toy format: one citation key per line, in `.keys` files."""
    fmt = Format("keys", ".keys", lambda rec: rec.key, lambda blocks: "".join(
        b + "\n" for b in blocks))
    return dataclasses.replace(fmt, **changes)


def test_registry_refuses_two_formats_with_one_suffix():
    with pytest.raises(ValueError, match=r"both write \*\.bib"):
        Registry([BIBTEX, dataclasses.replace(BIBTEX, name="bibtex-copy")])


def test_registry_refuses_two_formats_with_one_suffix_in_one_folder():
    one = _keys_format(folder="extra")
    with pytest.raises(ValueError, match=r"both write extra/\*\.keys"):
        Registry([one, _keys_format(name="other", folder="extra")])
    Registry([_keys_format(name="top"), one])  # same suffix, another folder: other files


@pytest.mark.parametrize("changes", [
    pytest.param({"name": "all"}, id="reserved-name"),
    pytest.param({"name": "Bad Name"}, id="bad-name"),
    pytest.param({"suffix": "keys"}, id="suffix-without-dot"),
    pytest.param({"suffix": "/x.keys"}, id="suffix-with-slash"),
    pytest.param({"folder": "../up"}, id="folder-outside"),
    pytest.param({"options": ("colour",)}, id="unknown-option"),
    pytest.param({"join": "not callable"}, id="join-not-callable"),
])
def test_registry_refuses_malformed_formats(changes):
    with pytest.raises(ValueError):
        Registry([_keys_format(**changes)])


def test_registry_refuses_a_name_twice():
    with pytest.raises(ValueError, match="two formats named"):
        Registry([_keys_format(), _keys_format(suffix=".other")])


def test_unknown_format_names_the_choices():
    with pytest.raises(UsageError, match="choose from " + ", ".join(FORMATS.choices())):
        FORMATS["docx"]


def test_cli_choices_come_from_the_registry():
    assert export_cmd.FORMAT_CHOICES == (*FORMATS, "all")
    params = {p.name: p for p in export_cmd.command.params}
    assert all(name in (params["fmt"].help or "") for name in FORMATS.choices())
    assert all(name in (params["unicode"].help or "") for name in FORMATS.with_option("unicode"))


def test_a_new_format_is_one_registration(tmp_path, monkeypatch):
    """Registering a Format is all it takes: export writes its files beside the others."""
    monkeypatch.setattr(export_pkg, "FORMATS", Registry([*FORMATS.values(), _keys_format()]))
    report = export_library(edge_library(), tmp_path, ["keys", "bibtex"])
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        f"{stem}{suffix}" for stem in ("papers", "datasets", "all") for suffix in (".keys", ".bib"))
    assert (tmp_path / "datasets.keys").read_text() == "mimicCXR\nmullerLLaVAMed2023\n"
    assert report.counts["all"] == {"keys": 8, "bibtex": 8}


def test_all_expands_to_every_format_in_registry_order():
    assert [f.name for f in FORMATS.expand("all")] == list(FORMATS)
    assert [f.name for f in FORMATS.expand(["ris", "all"])][0] == "ris"
