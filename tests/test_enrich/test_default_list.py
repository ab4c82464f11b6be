"""The default list (seeds/001) enriched against the fakes: the trap lines come out right or
unresolved with a reason, never with another paper's authors or DOI.

SYNTHETIC arXiv records: every linked id carries the title the list gives it, except the ids
behind the list's real errors, which carry the title arXiv really gives them
(tests/test_check/conftest.py ARXIV_TITLES): 2303.07618 (linked by MedRG, line 303),
2406.06512 (linked by "Advancing ...", line 317) and the retitled 2303.09117 (v1 listed at
line 141, the current title at line 143).

Each test runs twice: with Semantic Scholar down (the fixture's default endpoint refuses) and
with a fake Semantic Scholar that knows every linked arXiv id as arXiv does (SYNTHETIC
look-alike records: the same title as the arXiv record, its authors, the tag's year), so the
traps come out the same with a third source in the run.
"""

from __future__ import annotations

import pytest

from awesome_bib import store
from awesome_bib.enrich import enrich_library
from awesome_bib.importer import import_list
from tests.test_check.conftest import ARXIV_TITLES, DEFAULT_LIST

V1_TITLE = "Visual-Linguistic Causal Intervention for Radiology Report Generation"


@pytest.fixture(scope="module", params=["s2-down", "s2-knows-the-ids"])
def enriched(request, tmp_path_factory):
    from awesome_bib.enrich import Options
    from tests.fakes.clock import VirtualClock
    from tests.fakes.servers import FakeArxiv, FakeCrossref, FakeSemanticScholar

    tmp = tmp_path_factory.mktemp("default")
    import_list(DEFAULT_LIST, tmp / "entries")
    lib = store.load_library(tmp / "entries")
    ax, cr, s2 = FakeArxiv().start(), FakeCrossref().start(), FakeSemanticScholar().start()
    try:
        for e in lib.entries:
            if e.arxiv and e.arxiv not in ax.entries:
                title = ARXIV_TITLES.get(e.arxiv, e.title)
                author = f"Author{len(ax.entries)} Person"
                ax.synth_entry(e.arxiv, title, [author], e.year or 2023,
                               version=2 if e.arxiv == "2303.09117" else 1)
                s2.synth_paper(title, [author], e.year or 2023, venue="arXiv.org",
                               arxiv=e.arxiv)
        ax.synth_version("2303.09117", 1, V1_TITLE)
        clock = VirtualClock()
        # Down: a loopback port nothing listens on (never the real service).
        s2_url = s2.url if request.param == "s2-knows-the-ids" else "http://127.0.0.1:9/graph/v1"
        report = enrich_library(lib, Options(cache_dir=tmp / "cache", arxiv_url=ax.url,
                                             crossref_url=cr.url, s2_url=s2_url,
                                             s2_interval=0.0, clock=clock.clock,
                                             sleep=clock.sleep))
    finally:
        ax.stop()
        cr.stop()
        s2.stop()
    return lib, report, ax


def _at(lib, line):
    [entry] = [e for e in lib.entries if any(li.line == line for li in e.listings)]
    return entry


def test_links_to_other_papers_are_reported_and_take_nothing(enriched):
    lib, report, _ = enriched
    mismatches = sorted(f["line"] for f in report.findings if f["code"] == "link-mismatch")
    assert mismatches == [303, 317]
    for line in (303, 317):
        e = _at(lib, line)
        assert e.authors == [] and e.arxiv_title == "" and e.doi == "" and e.url == ""
        assert "link-mismatch" in [o.code for o in e.outcomes] and e.unresolved
    # The papers those links belong to keep their own record.
    assert _at(lib, 274).arxiv_title == ARXIV_TITLES["2303.07618"] and _at(lib, 274).authors
    assert _at(lib, 316).arxiv_title == ARXIV_TITLES["2406.06512"] and _at(lib, 316).authors


def test_retitled_and_wrong_year_lines(enriched):
    lib, report, _ = enriched
    got = {(f["line"], f["code"]) for f in report.findings}
    assert (141, "title-changed") in got and (94, "year-contradiction") in got
    assert _at(lib, 141).authors == _at(lib, 143).authors != []
    assert {f["file"] for f in report.findings} == {str(DEFAULT_LIST)}


def test_no_author_list_is_shared_by_two_titles(enriched):
    lib, _, _ = enriched
    seen: dict[tuple, str] = {}
    for e in lib.entries:
        if e.authors:
            names = tuple(a.display for a in e.authors)
            other = seen.setdefault(names, e.title)
            # Only the retitled paper's two listings may share one record.
            assert other == e.title or {other, e.title} == {V1_TITLE, ARXIV_TITLES["2303.09117"]}


def test_requests_per_paper_stay_low(enriched):
    lib, report, ax = enriched
    papers = sum(e.kind == "paper" for e in lib.entries)
    total = report.requests["arxiv"] + report.requests["s2"] + report.requests["crossref"]
    assert total / papers <= 1.2
    assert report.titles_per_search and max(report.titles_per_search) <= 40


def test_exports_carry_nothing_of_the_other_papers(enriched, tmp_path):
    from awesome_bib.export import export_library

    lib, _, _ = enriched
    export_library(lib, tmp_path, "all")
    bib = (tmp_path / "all.bib").read_text(encoding="utf-8")
    csl = (tmp_path / "all.json").read_text(encoding="utf-8")
    ris = (tmp_path / "all.ris").read_text(encoding="utf-8")
    for line, wrong in ((303, "2303.07618"), (317, "2406.06512")):
        key = _at(lib, line).key
        block = bib[bib.index("{" + key + ","):].split("\n}\n", 1)[0]
        assert wrong not in block and "author" not in block and "eprint" not in block
        item = csl[csl.index(f'"id": "{key}"'):].split("\n  }", 1)[0]
        assert wrong not in item and '"author"' not in item
        record = ris[ris.index(f"ID  - {key}"):].split("ER  -", 1)[0]
        assert wrong not in record and "AU  -" not in record
