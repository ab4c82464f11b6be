"""Each finding kind on a small synthetic list, including the cases that must NOT fire."""

from __future__ import annotations

import pytest

from awesome_bib import store
from awesome_bib.core.outcomes import OutcomeRecord

from .conftest import LISTS, arxiv_cache, findings_of, imported, kinds


def _paper(ident: str, title: str) -> dict:
    return {"id": f"{ident}v1", "title": title, "authors": ["A. Author"],
            "published": f"20{ident[:2]}-{ident[2:4]}-01"}


def by_line(findings, kind=None):
    """line -> [finding] (of one kind when given)."""
    out: dict[int, list] = {}
    for f in findings:
        if kind is None or f.kind == kind:
            out.setdefault(f.line, []).append(f)
    return out


@pytest.fixture
def link_title(tmp_path):
    entries = imported(LISTS / "link_title.md", tmp_path)
    cache = arxiv_cache(tmp_path / "cache", {
        "2301.00101": _paper("2301.00101", "Alpha Networks for Organ Segmentation"),
        "2302.00202": _paper("2302.00202", "Gamma - Contrastive Pre-training for Histology"),
        "2303.00303": _paper("2303.00303", "Delta Diffusion Models for Synthetic Chest X-rays"),
        "2304.00404": None,
        "2305.00505": _paper("2305.00505", "Zeta Vision-Language Alignment for Pathology"),
        "2306.00606": _paper("2306.00606", "Eta: Large-Scale Pretraining for CT"),
        "2307.00707": _paper("2307.00707", "Beta Transformers Ground Radiology Reports"),
    })
    return findings_of(entries, cache)


def test_link_to_another_listed_paper_is_an_error_naming_both(link_title):
    findings, _ = link_title
    [f] = by_line(findings, "link-title-mismatch")[6]
    assert f.severity == "error"
    assert f.evidence["arxiv_title"] == "Alpha Networks for Organ Segmentation"
    assert f.evidence["link_belongs_to"]["line"] == 5
    assert f.evidence["listed_title_arxiv_id"] == "2307.00707"
    assert "line 5" in f.message and "2307.00707" in f.message


def test_retitled_paper_is_a_warning_with_a_retitle_fix(link_title):
    findings, _ = link_title
    [f] = by_line(findings, "title-changed")[8]
    assert f.severity == "warning"
    assert f.fix == {"action": "retitle", "line": 8,
                     "old": "Delta Diffusion for Synthetic Chest X-rays",
                     "new": "Delta Diffusion Models for Synthetic Chest X-rays"}


def test_titles_differing_in_case_punctuation_or_dash_do_not_fire(link_title):
    findings, _ = link_title
    quiet = {7, 10, 11}  # Gamma (punctuation, "Pre-training"), Zeta (en dash), eta (case)
    assert not [f for f in findings if f.line in quiet and f.kind in
                ("link-title-mismatch", "title-changed")]


def test_unknown_arxiv_id_from_cache_is_dead(link_title):
    findings, gaps = link_title
    [f] = by_line(findings, "dead-identifier")[9]
    assert f.severity == "error" and f.evidence["arxiv_id"] == "2304.00404"
    assert not [g for g in gaps if "arXiv ids" in g]  # every linked id had an answer


def test_without_evidence_title_checks_are_reported_as_not_done(tmp_path):
    entries = imported(LISTS / "link_title.md", tmp_path)
    findings, gaps = findings_of(entries)
    assert "link-title-mismatch" not in kinds(findings)
    assert any("7 of 7 linked arXiv ids have no arXiv record" in g for g in gaps)


def test_shared_link_with_different_titles_is_an_error(tmp_path):
    findings, _ = findings_of(imported(LISTS / "shared_link.md", tmp_path))
    [f] = [f for f in findings if f.kind == "shared-link"]
    assert (f.severity, f.line) == ("error", 5)
    assert [i["line"] for i in f.evidence["items"]] == [5, 6]


def test_shared_code_repository_is_not_a_shared_link(tmp_path):
    findings, _ = findings_of(imported(LISTS / "shared_link.md", tmp_path))
    assert not [f for f in findings if f.line in (7, 8)]


@pytest.fixture
def duplicates(tmp_path):
    return findings_of(imported(LISTS / "duplicates.md", tmp_path))[0]


def test_same_title_twice_in_a_section_is_a_duplicate(duplicates):
    [f] = by_line(duplicates, "duplicate-in-section")[7]
    assert f.evidence["first"]["line"] == 5
    assert f.evidence["links_only_here"] == ["https://arxiv.org/pdf/2306.22222"]
    assert f.fix == {}  # it carries a link the first listing lacks: a person merges them


def test_near_identical_title_with_same_link_is_a_removable_duplicate(duplicates):
    [f] = by_line(duplicates, "duplicate-in-section")[10]
    assert f.evidence["why"] == "near-identical title"
    assert f.fix["action"] == "remove" and f.fix["line"] == 10


def test_duplicate_across_sections_is_only_info(duplicates):
    across = [f for f in duplicates if 8 in (f.line,) or f.line == 14]
    assert [(f.kind, f.severity) for f in across] == [("multi-section", "info")]
    assert [s["line"] for s in across[0].evidence["sections"]] == [8, 14]


def test_duplicates_list_has_nothing_else(duplicates):
    assert kinds(duplicates) == {"duplicate-in-section": 2, "multi-section": 1}


@pytest.fixture
def venues(tmp_path):
    findings = findings_of(imported(LISTS / "venues.md", tmp_path))[0]
    return {line: [(f.kind, f.severity) for f in group]
            for line, group in by_line(findings).items()}


@pytest.mark.parametrize("line, expected", [
    pytest.param(5, [("venue-year", "error")], id="emnlp-2018-on-2021-anthology-id"),
    pytest.param(7, [("venue-year", "error")], id="naacl-tag-on-acl-anthology-id"),
    pytest.param(8, [("venue-year", "error")], id="cvpr-2022-on-cvpr2023-url"),
    pytest.param(9, [("venue-year", "error")], id="neurips-2019-on-2018-proceedings"),
    pytest.param(11, [("venue-year", "warning")], id="arxiv-2024-on-december-2023-id"),
    pytest.param(12, [("venue-year", "error")], id="arxiv-tag-before-the-id-existed"),
    pytest.param(16, [("venue-year", "info")], id="venue-four-years-after-preprint"),
])
def test_venue_year_against_identifiers(venues, line, expected):
    assert venues.get(line) == expected


@pytest.mark.parametrize("line", [
    pytest.param(6, id="acl-tag-on-acl-anthology-id"),
    pytest.param(10, id="neurips-2023-on-2023-proceedings"),
    pytest.param(13, id="arxiv-tag-matching-id-year"),
    pytest.param(14, id="acl-2021-posted-on-arxiv-in-2022"),
    pytest.param(15, id="venue-two-years-after-preprint"),
    pytest.param(17, id="findings-tag-on-findings-id"),
])
def test_venue_year_must_not_fire(venues, line):
    assert line not in venues


def test_dead_and_unparseable(tmp_path):
    entries = imported(LISTS / "dead.md", tmp_path)
    cache = arxiv_cache(tmp_path / "cache", {
        "2309.99999": None, "2309.12345": _paper("2309.12345", "Known Paper")})
    cache.put("crossref-doi", "10.1038/s41591-099-99999-z", None)
    findings, _ = findings_of(entries, cache)
    got = {(f.line, f.kind, f.severity) for f in findings}
    assert got == {
        (5, "dead-identifier", "error"),  # 2303.0761: truncated
        (6, "dead-identifier", "error"),  # 2313.12345: month 13
        (7, "dead-identifier", "error"),  # unknown to arXiv (cache)
        (8, "dead-identifier", "error"),  # unknown DOI (cache)
        (10, "unparseable-item", "warning"),
    }
    messages = {f.line: f.message for f in findings}
    assert "5-digit" in messages[5] and "month 13" in messages[6]
    assert "10.1038/s41591-099-99999-z" in messages[8]


def test_unknown_ids_recorded_by_enrichment_are_dead(tmp_path):
    entries = imported(LISTS / "dead.md", tmp_path)
    lib = store.load_library(entries)
    for entry in lib.entries:  # as enrich/steps.py records them: data, not wording
        if entry.arxiv == "2309.99999":
            entry.outcomes = [OutcomeRecord("arxiv-unknown", "arXiv does not know 2309.99999",
                                            arxiv="2309.99999"),
                              OutcomeRecord("no-crossref-match",
                                            "no Crossref match for 'arXiv 2023'",
                                            venue_tag="arXiv 2023")]
        if entry.doi:
            entry.outcomes = [OutcomeRecord("doi-unknown",
                                            f"Crossref does not know DOI {entry.doi}",
                                            doi=entry.doi)]
    store.save_library(lib, entries)
    findings, _ = findings_of(entries)
    dead = {f.line: f.evidence["reason"] for f in findings if "source" in f.evidence}
    assert dead == {7: "arXiv does not know 2309.99999",
                    8: "Crossref does not know DOI 10.1038/s41591-099-99999-z"}


def test_transient_failures_are_not_dead_ids(tmp_path):
    entries = imported(LISTS / "dead.md", tmp_path)
    lib = store.load_library(entries)
    for entry in lib.entries:
        entry.outcomes = [OutcomeRecord("lookup-failed", "arXiv: https://export.arxiv.org/api/"
                                        "query: HTTP 503 after 4 attempt(s)", source="arxiv")]
    store.save_library(lib, entries)
    findings, _ = findings_of(entries)
    assert not [f for f in findings if "source" in f.evidence]


def test_doi_naming_another_paper(tmp_path):
    entries = imported(LISTS / "dead.md", tmp_path)
    cache = arxiv_cache(tmp_path / "cache", {})
    cache.put("crossref-doi", "10.1038/s41591-099-99999-z",
              {"DOI": "10.1038/s41591-099-99999-z", "title": ["Truncated Identifier Paper"]})
    findings, _ = findings_of(entries, cache)
    [f] = [f for f in findings if f.kind == "link-title-mismatch"]
    assert (f.line, f.evidence["crossref_title"]) == (8, "Truncated Identifier Paper")
    assert f.evidence["link_belongs_to"]["line"] == 5


def _publish(entries, title_word: str, container: str, year: int, doi: str) -> None:
    """Give the entry whose title contains `title_word` a Crossref published record."""
    lib = store.load_library(entries)
    [entry] = [e for e in lib.entries if title_word in e.title]
    entry.pub_type, entry.container_title, entry.year, entry.doi = ("journal", container, year,
                                                                   doi)
    for name in ("pub_type", "container_title", "year", "doi"):
        entry.provenance[name] = "crossref"
    store.save_library(lib, entries)


@pytest.fixture
def published(tmp_path):
    entries = imported(LISTS / "published.md", tmp_path)
    _publish(entries, "Later In A Journal", "Medical Image Analysis", 2024, "10.1016/j.x.1")
    _publish(entries, "Right Venue", "Medical Image Computing and Computer Assisted "
             "Intervention – MICCAI 2023", 2023, "10.1007/y.2")
    _publish(entries, "Wrong Year", "Medical Image Computing and Computer Assisted "
             "Intervention – MICCAI 2023", 2023, "10.1007/y.3")
    _publish(entries, "Cannot Name", "Journal of Obscure Results", 2024, "10.9999/z.4")
    return findings_of(entries)


def test_preprint_published_since_names_the_venue_and_fixes_the_tag(published):
    findings, gaps = published
    [f] = by_line(findings, "published-since")[5]
    assert "Medical Image Analysis 2024" in f.message and "10.1016/j.x.1" in f.message
    assert f.fix == {"action": "retag", "line": 5, "old": "arXiv 2023", "new": "MedIA 2024"}
    assert not [g for g in gaps if "Crossref" in g]


def test_published_record_with_other_year_is_a_warning(published):
    findings, _ = published
    assert [(f.kind, f.severity) for f in by_line(findings)[7]] == [("venue-year", "warning")]
    assert 6 not in by_line(findings)  # tag agrees with the record


def test_published_in_an_unknown_venue_is_reported_without_a_fix(published):
    findings, _ = published
    [f] = by_line(findings, "published-since")[8]
    assert f.fix == {} and "Journal of Obscure Results 2024" in f.message
