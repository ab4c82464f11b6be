"""entries/ on disk: round trip, errors with file and line, and the JSON parse cache."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from awesome_bib import store
from awesome_bib.errors import EntriesError
from awesome_bib.store import parse_cache

ENTRIES = Path(__file__).resolve().parents[2] / "entries"


@pytest.fixture
def entries(tmp_path) -> Path:
    """A copy of the committed entries/."""
    return Path(shutil.copytree(ENTRIES, tmp_path / "entries"))


def test_round_trip_rewrites_no_byte(entries):
    """Loading and saving the committed entries/ changes nothing."""
    before = {p.name: p.read_bytes() for p in entries.iterdir()}
    assert store.save_library(store.load_library(entries), entries) == []
    assert {p.name: p.read_bytes() for p in entries.iterdir()} == before


def test_parse_cache_makes_a_second_load_skip_yaml(entries, monkeypatch):
    """The second load of unchanged files is served from the JSON parse cache, identically."""
    first = store.load_library(entries)

    def no_yaml(*args, **kwargs):
        raise AssertionError("YAML parsed although the bytes were seen before")

    monkeypatch.setattr(yaml, "load", no_yaml)
    second = store.load_library(entries)
    assert [e.to_dict() for e in second.entries] == [e.to_dict() for e in first.entries]


def test_edited_file_is_parsed_again(entries):
    """A changed file misses the cache: the edit is seen."""
    store.load_library(entries)
    path = entries / "survey.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "title: 'Vision+X", "title: 'Vision+Y", 1), encoding="utf-8")
    titles = [e.title for e in store.load_library(entries).entries]
    assert any(t.startswith("Vision+Y") for t in titles)


def test_corrupt_parse_cache_is_only_a_miss(entries):
    """A damaged cache file costs a YAML parse, never a wrong library or an error."""
    expected = [e.to_dict() for e in store.load_library(entries).entries]
    damaged = sorted(parse_cache.directory().glob("*.json"))
    assert damaged  # the first load cached its parses: there is something to damage
    for cached in damaged:
        cached.write_text("{not json", encoding="utf-8")
    assert [e.to_dict() for e in store.load_library(entries).entries] == expected


def test_yaml_only_values_are_not_cached(tmp_path):
    """A date a person typed (YAML gives a date object) is not squeezed through JSON."""
    data = b"when: 2024-06-01\n"
    parse_cache.remember(data, yaml.safe_load(data))
    assert parse_cache.recall(parse_cache.digest(data)) is None


@pytest.mark.parametrize("text, line", [
    ("section: survey\nentries:\n- key: a\n  title: [unclosed\n", 5),
    ("section: survey\nentries:\n- key: a\n\tbad: tab\n", 4),
], ids=["unclosed-flow", "tab-indent"])
def test_broken_yaml_names_file_and_line(entries, text, line):
    """Broken YAML is an EntriesError with the file and the line."""
    (entries / "survey.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(EntriesError) as err:
        store.load_library(entries)
    assert err.value.file.endswith("survey.yaml")
    assert err.value.line == line


def test_entry_without_key_names_its_line(entries):
    """A schema error points at the entry's own line."""
    path = entries / "survey.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    idx = next(i for i, ln in enumerate(lines) if ln.startswith("- key:"))
    lines[idx] = "- title: no key here"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(EntriesError) as err:
        store.load_library(entries)
    assert err.value.line == idx + 1
    assert "no `key`" in str(err.value)


def _comment_first_entry(path: Path) -> str:
    """Give the first entry a comment line, an end-of-line comment and a flow-style list."""
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    i = next(i for i, ln in enumerate(lines) if ln.startswith("- key:"))
    lines[i:i + 1] = ["# checked against the PDF (by hand)", lines[i] + "  # keep this key"]
    lines.append("  note_tags: [reviewed, pdf]")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path.read_text(encoding="utf-8")


def test_comments_and_formatting_survive_a_rewrite(entries):
    path = entries / "survey.yaml"
    _comment_first_entry(path)
    lib = store.load_library(entries)
    assert store.save_library(lib, entries) == []  # same data: not a byte changes
    survey = [e for e in lib.entries if e.listings[0].section == "survey"]
    survey[0].title += " (revised)"
    survey[-1].year = 1999
    assert store.save_library(lib, entries) == [path.resolve()]
    text = path.read_text(encoding="utf-8")
    assert "# checked against the PDF (by hand)\n" in text and "  # keep this key\n" in text
    assert "note_tags: [reviewed, pdf]" in text
    reread = store.load_library(entries)
    assert [e.to_dict() for e in reread.entries] == [e.to_dict() for e in lib.entries]


def test_files_with_nothing_of_a_person_take_the_fast_path(entries, monkeypatch):
    from awesome_bib.store import entries_yaml

    def no_round_trip(*args):
        raise AssertionError("ruamel round trip used for a file we wrote ourselves")

    monkeypatch.setattr(entries_yaml, "update_in_place", no_round_trip)
    lib = store.load_library(entries)
    for entry in lib.entries:
        entry.note = "x"
    assert len(store.save_library(lib, entries)) == len(lib.sections)


def test_edit_made_between_read_and_write_is_merged(entries, capsys):
    lib = store.load_library(entries)
    path = entries / "survey.yaml"
    _comment_first_entry(path)  # a person edits the file while the run works
    survey = [e for e in lib.entries if e.listings[0].section == "survey"]
    survey[1].year = 1999  # the run changes another entry
    store.save_library(lib, entries)
    text = path.read_text(encoding="utf-8")
    assert "# checked against the PDF (by hand)" in text and "note_tags: [reviewed, pdf]" in text
    assert [e.year for e in store.load_library(entries).entries if e.key == survey[1].key] == [
        1999]
    assert "was edited during this run: merged your edits" in capsys.readouterr().err


def test_unmergeable_edit_keeps_the_person_file_and_writes_ours_beside(entries, capsys):
    lib = store.load_library(entries)
    path = entries / "survey.yaml"
    mine = path.read_text(encoding="utf-8") + "  broken: [\n"
    path.write_text(mine, encoding="utf-8")
    next(e for e in lib.entries if e.listings[0].section == "survey").year = 1999
    store.save_library(lib, entries)
    assert path.read_text(encoding="utf-8") == mine
    beside = entries / f"survey{store.UNMERGED_SUFFIX}"
    assert yaml.safe_load(beside.read_text(encoding="utf-8"))["entries"][0]["year"] == 1999
    [line] = capsys.readouterr().err.splitlines()
    assert "survey.yaml was edited during this run and cannot be merged" in line
    assert line.endswith(f"this run's result is in survey{store.UNMERGED_SUFFIX}")


def test_comments_survive_reimport_of_a_changed_list(tmp_path):
    from awesome_bib.importer import import_list

    seeds = Path(__file__).resolve().parents[2] / "seeds"
    entries = tmp_path / "entries"
    import_list(seeds / "000_39f23273fabc952c.txt", entries)
    path = entries / "survey.yaml"
    _comment_first_entry(path)
    before = path.read_bytes()
    import_list(seeds / "000_39f23273fabc952c.txt", entries)
    assert path.read_bytes() == before  # unchanged list: not a byte
    import_list(seeds / "001_8a4be340c7ffec50.txt", entries)  # the list grew since
    text = path.read_text(encoding="utf-8")
    assert path.read_bytes() != before
    assert "# checked against the PDF (by hand)\n" in text and "  # keep this key\n" in text
    assert "note_tags: [reviewed, pdf]" in text


def test_file_not_cut_into_entries_is_updated_whole(entries):
    """A comment on the `entries:` line itself: the whole file goes through the round trip."""
    path = entries / "survey.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "\nentries:\n", "\nentries:  # surveys only\n", 1), encoding="utf-8")
    lib = store.load_library(entries)
    next(e for e in lib.entries if e.listings[0].section == "survey").year = 1999
    store.save_library(lib, entries)
    text = path.read_text(encoding="utf-8")
    assert "entries:  # surveys only\n" in text
    assert [e.to_dict() for e in store.load_library(entries).entries] == [
        e.to_dict() for e in lib.entries]


def test_a_pending_unmerged_file_is_named_by_every_later_run(entries, capsys):
    path = entries / "survey.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "  broken: [\n", encoding="utf-8")
    beside = entries / f"survey{store.UNMERGED_SUFFIX}"
    shutil.copy(ENTRIES / "survey.yaml", beside)  # what a run left beside it
    shutil.copy(ENTRIES / "survey.yaml", path)  # the person repaired their file
    capsys.readouterr()
    for _ in range(2):  # each run says so until the person deletes it
        store.load_library(entries)
        [line] = capsys.readouterr().err.splitlines()
        assert f"{beside} is pending" in line and "copy what you want" in line
    beside.unlink()
    store.load_library(entries)
    assert capsys.readouterr().err == ""


def test_a_hand_added_entry_stays_in_the_file_it_was_put_in(entries):
    """An entry no list item places (a person added it to the second section's file) is
    saved in that file, not moved to the first section's."""
    lib = store.load_library(entries)
    second = lib.sections[1].slug
    path = entries / f"{second}.yaml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    doc["entries"].append({"key": "handAdded2024", "title": "A paper I add by hand",
                           "year": 2024})
    path.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")
    lib = store.load_library(entries)
    next(e for e in lib.entries if e.key == "handAdded2024").year = 2023  # a run changes it
    store.save_library(lib, entries)
    homes = {p.name: [e["key"] for e in yaml.safe_load(p.read_text(encoding="utf-8"))["entries"]]
             for p in entries.glob("*.yaml") if p.name != store.INDEX_NAME}
    assert [name for name, keys in homes.items() if "handAdded2024" in keys] == [path.name]
    assert [e.year for e in store.load_library(entries).entries if e.key == "handAdded2024"] \
        == [2023]


def test_an_edit_made_while_later_files_are_staged_is_merged_not_overwritten(entries,
                                                                                 monkeypatch):
    """A save stages every file before its commit: an edit to a file already staged, made
    while the next one is staged, must still be merged (the targets are checked once more
    right before the commit), never overwritten by the staged bytes."""
    lib = store.load_library(entries)
    for entry in lib.entries:  # the run changes every section file
        entry.year = 1999
    first = entries / "data-source.yaml"
    real_stage, edited = store._stage, []

    def stage_and_edit(tx, path, text, doc):
        if path.name != first.name and not edited:  # the second file: a person edits the first
            _comment_first_entry(first)
            edited.append(path)
        return real_stage(tx, path, text, doc)

    monkeypatch.setattr(store, "_stage", stage_and_edit)
    store.save_library(lib, entries)
    assert edited
    text = first.read_text(encoding="utf-8")
    assert "# checked against the PDF (by hand)" in text and "note_tags: [reviewed, pdf]" in text
    assert {e.year for e in store.load_library(entries).entries} == {1999}
