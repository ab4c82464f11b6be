"""Re-import: unchanged list -> no byte changes; edited list -> added, removed, edits kept."""

from __future__ import annotations

from awesome_bib import citekeys, store
from awesome_bib.core.vocab import is_valid_key
from awesome_bib.importer import import_list
from awesome_bib.model import Author

from .conftest import SEED_2023, SEED_2024, write_list


def _snapshot(directory):
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(directory.iterdir())}


def test_reimport_unchanged_changes_no_byte(tmp_path):
    out = tmp_path / "entries"
    first = import_list(SEED_2024, out)
    before = _snapshot(out)
    second = import_list(SEED_2024, out)
    assert _snapshot(out) == before  # same bytes and not even rewritten (same mtime)
    assert second.written == [] and second.added == [] and second.removed == []
    assert sorted(second.kept) == sorted(first.added)


def test_committed_entries_match_the_default_list(tmp_path):
    """entries/ in the repository is exactly what importing the default list produces."""
    committed = SEED_2024.parents[1] / "entries"
    fresh = tmp_path / "fresh"
    import_list(SEED_2024, fresh)
    fresh_files = {p.name: p.read_text(encoding="utf-8") for p in fresh.iterdir()}
    committed_files = {p.name: p.read_text(encoding="utf-8") for p in committed.iterdir()}
    assert sorted(committed_files) == sorted(fresh_files)
    # Only the recorded source path differs (relative when committed, absolute here).
    for name, text in committed_files.items():
        assert text.replace("seeds/001_8a4be340c7ffec50.txt", str(SEED_2024)) == fresh_files[name]


def test_keys_unique_and_valid(tmp_path):
    out = tmp_path / "entries"
    import_list(SEED_2024, out)
    lib = store.load_library(out)
    all_keys = [e.key for e in lib.entries]
    assert len(all_keys) == len(set(all_keys)) == 218
    assert all(is_valid_key(k) for k in all_keys)


def test_keys_stable_when_list_order_changes(tmp_path):
    """Keys are pinned on disk: reordering sections or adding items renames nothing."""
    out = tmp_path / "entries"
    import_list(SEED_2024, out)
    before = {e.title: e.key for e in store.load_library(out).entries}
    text = SEED_2024.read_text(encoding="utf-8")
    survey_start = text.index("## Survey")
    mrg_start = text.index("## Medical Report Generation")
    moved = text[:survey_start] + text[mrg_start:] + "\n" + text[survey_start:mrg_start]
    moved = moved.replace("### 2018\n", "### 2018\n- [**CVPR 2018**] RoentGen Two: A Sequel "
                                        "[[pdf]](https://arxiv.org/pdf/1801.00001)\n")
    edited = write_list(tmp_path, moved)
    report = import_list(edited, out)
    after = {e.title: e.key for e in store.load_library(out).entries}
    assert len(report.added) == 1 and report.removed == []
    assert {t: after[t] for t in before} == before


def test_edited_list_adds_removes_and_keeps_edits(tmp_path):
    out = tmp_path / "entries"
    import_list(SEED_2024, out)
    lib = store.load_library(out)
    chex = next(e for e in lib.entries if e.title.startswith("CheXagent"))
    chex.authors = [Author(family="Chen", given="Zhihong")]
    chex.doi = "10.1234/made.up"
    chex.provenance.update({"authors": "arxiv", "doi": "manual"})
    chex.note = "checked by hand"
    chex.venue_tag = "CVPR 2099"  # a list-owned field edited without marking it manual
    chex.extra["reviewer"] = "someone"
    citekeys.assign_keys(lib.entries)  # as enrichment does once authors arrive: the key is pinned
    assert (chex.key, chex.key_fallback) == ("chenCheXagentFoundationModel2024", False)
    store.save_library(lib, out)
    key = chex.key

    text = SEED_2024.read_text(encoding="utf-8")
    text = text.replace("- [**arXiv 2024**] Scene Graph Aided Radiology Report Generation "
                        "[[pdf]](https://arxiv.org/pdf/2403.05687)\n", "")
    text = text.replace("### 2024\n- [**ICASSP 2024**]",
                        "### 2024\n- [**MICCAI 2024**] A Brand New Paper [[pdf]]"
                        "(https://arxiv.org/abs/2405.99999)\n- [**ICASSP 2024**]", 1)
    text = text.replace("CheXagent: Towards a Foundation Model for Chest X-Ray Interpretation",
                        "CheXagent: Towards a Foundation Model for Chest X-ray Interpretation")
    report = import_list(write_list(tmp_path, text), out)

    assert [r["title"] for r in report.removed] == ["Scene Graph Aided Radiology Report Generation"]
    assert report.removed[0]["line"] == 177
    new = store.load_library(out)
    assert [e.title for e in new.entries if e.key in report.added] == ["A Brand New Paper"]
    assert not any(e.title.startswith("Scene Graph Aided") for e in new.entries)
    kept = new.by_key()[key]
    assert kept.title == "CheXagent: Towards a Foundation Model for Chest X-ray Interpretation"
    assert (kept.authors[0].family, kept.doi, kept.note) == ("Chen", "10.1234/made.up",
                                                             "checked by hand")
    assert kept.extra == {"reviewer": "someone"}
    assert kept.venue_tag == "arXiv 2024"  # list-owned and not marked manual: the list wins
    assert kept.key == key and not kept.key_fallback


def test_manual_list_field_survives(tmp_path):
    out = tmp_path / "entries"
    import_list(SEED_2023, out)
    lib = store.load_library(out)
    entry = next(e for e in lib.entries if e.title.startswith("RoentGen"))
    entry.title = "RoentGen: A Vision-Language Foundation Model for Chest X-Ray Generation"
    entry.provenance["title"] = "manual"
    store.save_library(lib, out)
    before = _snapshot(out)
    import_list(SEED_2023, out)
    assert _snapshot(out) == before
    again = next(e for e in store.load_library(out).entries if e.key == entry.key)
    assert again.title == entry.title


def test_removed_section_file_is_deleted(tmp_path):
    out = tmp_path / "entries"
    two = write_list(tmp_path, "## A\n\n- [**X 2020**] One Paper [[pdf]](https://x.org/1.pdf)\n"
                               "## B\n\n- [**X 2020**] Two Paper [[pdf]](https://x.org/2.pdf)\n")
    import_list(two, out)
    assert (out / "b.yaml").is_file()
    one = write_list(tmp_path, "## A\n\n- [**X 2020**] One Paper [[pdf]](https://x.org/1.pdf)\n")
    report = import_list(one, out)
    assert not (out / "b.yaml").exists()
    assert [r["title"] for r in report.removed] == ["Two Paper"]
    assert [e.title for e in store.load_library(out).entries] == ["One Paper"]
