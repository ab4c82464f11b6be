"""The default list (seeds/001): the real errors the issue names, offline and with evidence."""

from __future__ import annotations

import pytest

from awesome_bib import store

from .conftest import (
    ARXIV_TITLES,
    DEFAULT_LIST,
    OLD_LIST,
    findings_of,
    imported,
    kinds,
    with_arxiv_titles,
)

OFFLINE = {"venue-year": 3, "shared-link": 2, "duplicate-in-section": 2, "multi-section": 3}
#: With arXiv's titles, MedRG's "arXiv 2024 vs 2303.x" year warning goes: the id is not MedRG's.
WITH_EVIDENCE = {**OFFLINE, "venue-year": 2, "link-title-mismatch": 2, "title-changed": 1}


@pytest.fixture(scope="module")
def offline(tmp_path_factory):
    return findings_of(imported(DEFAULT_LIST, tmp_path_factory.mktemp("offline")))


@pytest.fixture(scope="module")
def evidence(tmp_path_factory):
    entries = imported(DEFAULT_LIST, tmp_path_factory.mktemp("evidence"))
    with_arxiv_titles(entries, ARXIV_TITLES)
    return findings_of(entries)


def _at(findings, line, kind):
    return [f for f in findings if f.line == line and f.kind == kind]


def test_offline_counts(offline):
    findings, gaps = offline
    assert kinds(findings) == OFFLINE
    assert len(gaps) == 3  # arXiv titles, Crossref records, DOIs: all need enrichment


def test_counts_with_arxiv_evidence(evidence):
    findings, _ = evidence
    assert kinds(findings) == WITH_EVIDENCE


def test_emnlp_2018_tag_on_an_emnlp_2021_paper(offline):
    [f] = _at(offline[0], 94, "venue-year")
    assert f.severity == "error"
    assert f.evidence["proves"] == "EMNLP 2021"
    assert f.evidence["by"] == "ACL Anthology id 2021.emnlp-main.288"


def test_medrg_links_the_phrase_grounding_paper(evidence):
    [f] = _at(evidence[0], 303, "link-title-mismatch")
    assert f.severity == "error"
    assert f.evidence["arxiv_title"] == ARXIV_TITLES["2303.07618"]
    assert f.evidence["link_belongs_to"]["line"] == 274


def test_merlin_and_advancing_share_a_link(offline, evidence):
    [shared] = _at(offline[0], 316, "shared-link")
    assert [i["line"] for i in shared.evidence["items"]] == [316, 317]
    assert shared.severity == "error"
    [wrong] = _at(evidence[0], 317, "link-title-mismatch")
    assert wrong.evidence["link_belongs_to"]["line"] == 316
    assert not _at(evidence[0], 316, "link-title-mismatch")  # Merlin's link is right


def test_2303_09117_under_two_titles(offline, evidence):
    # Close titles on one link are one paper (a retitle): the duplicate says so, not a
    # "shared link", which claims a paper listed under another paper's title.
    assert _at(offline[0], 141, "shared-link") == []
    [dup] = _at(offline[0], 143, "duplicate-in-section")
    assert dup.evidence["first"]["line"] == 141
    [changed] = _at(evidence[0], 141, "title-changed")
    assert changed.evidence["current_title_listed_at"]["line"] == 143
    assert changed.fix["action"] == "remove"


def test_kiut_twice_in_one_section(offline):
    [f] = _at(offline[0], 148, "duplicate-in-section")
    assert f.evidence["first"]["line"] == 138
    assert f.fix == {}  # different links: not a dead duplicate


def test_arxiv_2024_tag_on_a_december_2023_id(offline):
    [f] = _at(offline[0], 290, "venue-year")
    assert (f.severity, f.evidence["arxiv_v1"]) == ("warning", "2023-12")


def test_legitimate_cross_section_duplicates_are_info_only(offline):
    for line in (122, 129, 152):  # RepsNet, RoentGen, Rad-ReStruct
        assert [(f.kind, f.severity) for f in offline[0] if f.line == line] == \
            [("multi-section", "info")]


def test_no_errors_offline_beyond_the_proven_ones(offline):
    errors = sorted((f.line, f.kind) for f in offline[0] if f.severity == "error")
    assert errors == [(94, "venue-year"), (274, "shared-link"), (316, "shared-link")]


def test_older_snapshot_checks_too(tmp_path):
    entries = imported(OLD_LIST, tmp_path)
    findings, _ = findings_of(entries)
    assert all(f.line > 0 for f in findings)
    assert store.load_library(entries).entries  # the import itself worked
