"""Three-way merge of a file a person edited during a run: the person's fields win, the run's
values go where the person did not write, and what cannot be decided is refused."""

from __future__ import annotations

import pytest

from awesome_bib.store.entries_merge import MergeConflict, merge_file


def doc(*entries: dict) -> dict:
    return {"section": "s", "title": "S", "entries": list(entries)}


BASE = doc({"key": "a2020", "key_fallback": True, "title": "A paper", "year": 2020},
           {"key": "b2021", "title": "B paper", "year": 2021})


def test_person_note_and_run_authors_both_kept():
    ours = doc({"key": "chenAPaper2020", "title": "A paper", "year": 2020,
                "authors": [{"family": "Chen"}], "provenance": {"authors": "arxiv"}},
               {"key": "b2021", "title": "B paper", "year": 2021})
    theirs = doc({"key": "a2020", "key_fallback": True, "title": "A paper", "year": 2020,
                  "note": "mine"}, {"key": "b2021", "title": "B paper", "year": 2021})
    merged, overruled = merge_file(BASE, ours, theirs)
    first = merged["entries"][0]
    assert first["key"] == "chenAPaper2020" and first["note"] == "mine"  # paired by title
    assert first["authors"] == [{"family": "Chen"}] and overruled == []


def test_both_changed_one_field_the_person_wins_and_owns_it():
    ours = doc({**BASE["entries"][0], "year": 2019, "provenance": {"year": "crossref"},
                "fingerprints": {"year": "x"}}, BASE["entries"][1])
    theirs = doc({**BASE["entries"][0], "year": 2018}, BASE["entries"][1])
    merged, overruled = merge_file(BASE, ours, theirs)
    first = merged["entries"][0]
    assert first["year"] == 2018 and overruled == ["a2020.year"]
    assert first["provenance"] == {"year": "manual"} and "fingerprints" not in first


def test_entry_added_by_hand_keeps_its_place():
    extra = {"key": "mine2024", "title": "Mine"}
    theirs = doc(BASE["entries"][0], extra, BASE["entries"][1])
    merged, _ = merge_file(BASE, BASE, theirs)
    assert [e["key"] for e in merged["entries"]] == ["a2020", "mine2024", "b2021"]


@pytest.mark.parametrize("theirs, why", [
    (doc(BASE["entries"][1]), "removed by hand and changed by this run"),
    ({"section": "s", "entries": "gone"}, "no longer a list"),
    (doc(BASE["entries"][0], BASE["entries"][0]), "one key twice"),
], ids=["removed-by-hand", "not-a-list", "duplicate-key"])
def test_undecidable_merges_are_refused(theirs, why):
    ours = doc({**BASE["entries"][0], "year": 2019}, BASE["entries"][1])
    with pytest.raises(MergeConflict, match=why):
        merge_file(BASE, ours, theirs)
