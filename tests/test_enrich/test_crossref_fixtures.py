"""Every genuine Crossref body in tests/fixtures/crossref has a test (or a stated reason why it
cannot have one): error answers through the client, lists through the client and the record
mapping, Crossref's own renderings of a work against our mapping of it."""

from __future__ import annotations

import json
import re
from functools import partial
from pathlib import Path

import bibtexparser

from awesome_bib.enrich.crossref import CrossrefDois, CrossrefSearch, to_record
from tests.fakes.servers import Fault

from .conftest import crossref_client

TESTS = Path(__file__).resolve().parents[1]
FIXTURES = TESTS / "fixtures" / "crossref"
ECOLOGY = "list_query-ecology_query-author_boettiger_20-items.json"
SELECT = "list_select-DOI-title.json"
SCIENCE = "10.1126/science.169.3946.635"

#: Fixtures of routes awesome-bib never calls, kept as evidence for docs/api/CROSSREF.md.
NOT_TESTED = {
    "agency_10.1126_science.169.3946.635.json":
        "/works/{doi}/agency is never asked: the only non-Crossref DOIs we meet are arXiv's "
        "(DataCite), known by their 10.48550/ prefix without a request (CROSSREF.md §1.1)",
    "doi-org-ra_10.1109.json":
        "doi.org/ra/{prefix} is never asked, for the same reason as the agency route",
}


def _body(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def _items(name: str) -> list[dict]:
    return json.loads(_body(name))["message"]["items"]


client = partial(crossref_client, mailto="bib@example.org")


def test_every_crossref_fixture_is_used_or_says_why_not():
    """A fixture no test names (the fakes serve every work_*.json by pattern) is an error."""
    code = "\n".join(p.read_text(encoding="utf-8") for p in TESTS.rglob("*.py"))
    unused = [p.name for p in sorted(FIXTURES.iterdir())
              if p.name not in code and not p.name.startswith("work_")
              and p.name not in NOT_TESTED]
    assert unused == []
    assert all((FIXTURES / name).exists() for name in NOT_TESTED)


def test_a_400_validation_failure_is_not_retried_and_says_why(fake_crossref, clock):
    """Crossref's 400 `validation-failure` body: one request, its message in the error."""
    fake_crossref.faults = [Fault(status=400, body=_body(
        "error_400_validation-failure_field-query-on-doi-route.json"),
        headers={"Content-Type": "application/json;charset=utf-8"})]
    out = next(CrossrefSearch(client(fake_crossref, clock)).lookup(["water structure 1970"]))
    error = out["water structure 1970"].error
    assert "HTTP 400" in error and "This route does not support field query parameters" in error
    assert len(fake_crossref.requests) == 1 and clock.sleeps == []


def test_doi_org_404_page_is_reported_by_its_title(fake_crossref, clock):
    """A base URL that answers with doi.org's 404 HTML page (a misconfigured
    AWESOME_BIB_CROSSREF_URL): the error names the page, not 10 kB of HTML."""
    fake_crossref.faults = [Fault(status=404, body=_body("cn_doi-org_404_unknown-doi.html"),
                                  headers={"Content-Type": "text/html;charset=utf-8"})]
    out = next(CrossrefDois(client(fake_crossref, clock)).lookup([SCIENCE]))
    assert out[SCIENCE].error.endswith("HTTP 404 after 1 attempt(s): Error: DOI Not Found")


def test_a_redirect_is_followed_within_the_request(fake_crossref, clock):
    """doi.org's genuine 302 body, its Location pointed at the fake: the answer behind the
    redirect is used; our layer counts one request."""
    dois = ["10.1038/s42256-024-00832-8"]
    target = f"{fake_crossref.url}/works?filter=doi:{dois[0]}&rows=1"
    fake_crossref.faults = [Fault(status=302, body=_body("cn_doi-org_302_redirect-body.html"),
                                  headers={"Location": target,
                                           "Content-Type": "text/html;charset=utf-8"})]
    cr = client(fake_crossref, clock)
    out = next(CrossrefDois(cr).lookup(dois))
    assert out[dois[0]].found and out[dois[0]].payload["DOI"] == dois[0]
    assert len(fake_crossref.requests) == 2 and cr.http.requests == 1


def test_filter_answers_are_matched_back_by_doi(fake_crossref, clock):
    """A 20-item genuine list (relevance order, not request order): the asked DOIs found in it
    are matched by DOI, case-insensitively; a DOI absent from it is "not found"."""
    fake_crossref.faults = [Fault(status=200, body=_body(ECOLOGY),
                                  headers={"Content-Type": "application/json"})]
    asked = ["10.1101/014852", "10.1002/ECE3.2314", "10.5555/absent"]
    out = next(CrossrefDois(client(fake_crossref, clock)).lookup(asked))
    assert out["10.1101/014852"].payload["type"] == "posted-content"
    assert out["10.1002/ece3.2314"].payload["relation"]["has-preprint"][0]["id"] == \
        "10.1101/014852"
    assert out["10.5555/absent"].found is False and not out["10.5555/absent"].error


def test_search_list_items_are_kept_as_crossref_sent_them(fake_crossref, clock):
    """The genuine search list, 20 items: all kept in order, each mapped by its type."""
    fake_crossref.answer_search("boettiger", ECOLOGY)
    out = next(CrossrefSearch(client(fake_crossref, clock)).lookup(["ecology boettiger"]))
    items = out["ecology boettiger"].payload["items"]
    assert [i["DOI"] for i in items] == [i["DOI"] for i in _items(ECOLOGY)]
    records = {r.key: r for r in map(to_record, items)}
    preprint = records["10.1101/014852"]
    assert preprint.fields["pub_type"] == "preprint" and "container_title" not in preprint.fields
    assert preprint.preprint_of == []  # has-preprint points the other way
    assert records["10.1002/ece3.2314"].fields["pub_type"] == "journal"
    assert records["10.32614/cran.package.rfishbase"].fields["pub_type"] == "dataset"
    assert all(r.title and r.year for r in records.values())


def test_select_trimmed_items_map_to_what_they_carry(fake_crossref, clock):
    """`select=DOI,title` items: DOI and title, no authors, no year, type unknown (misc)."""
    fake_crossref.answer_search("ecology", SELECT)
    out = next(CrossrefSearch(client(fake_crossref, clock)).lookup(["ecology"]))
    records = [to_record(i) for i in out["ecology"].payload["items"]]
    assert records and all(set(r.fields) == {"doi", "pub_type"} for r in records)
    assert all(r.year is None and r.fields["pub_type"] == "misc" for r in records)
    assert records[0].title == "Communicating Ecology"


def test_our_mapping_of_a_work_matches_crossrefs_own_bibtex():
    """Crossref's citeproc JSON of one work mapped by `to_record` says what Crossref's own
    BibTeX rendering of that work says (title with subtitle, author, volume, issue, pages with
    an en dash there, journal, publisher, year, month, DOI; the ISSN among the work's)."""
    work = json.loads(_body("cn_csl-json_10.1126_science.169.3946.635.json"))
    theirs = {f.key: f.value for f in bibtexparser.parse_string(
        _body("cn_bibtex_10.1126_science.169.3946.635.bib").decode("utf-8")).entries[0].fields}
    record = to_record(work)
    f = record.fields
    assert record.title == theirs["title"]
    assert [f"{a.family}, {a.given}" for a in f["authors"]] == [theirs["author"]]
    assert (f["volume"], f["issue"], f["pages"]) == (
        theirs["volume"], theirs["number"], theirs["pages"].replace("\u2013", "-"))
    assert (f["container_title"], f["publisher"], f["doi"]) == (
        theirs["journal"], theirs["publisher"], theirs["DOI"].lower())
    assert (str(record.year), f["month"]) == (theirs["year"], 8) and theirs["month"] == "Aug"
    assert theirs["ISSN"] in work["ISSN"] and f["issn"] in work["ISSN"]
    assert f["pub_type"] == "journal" and re.search(r"doi\.org/10\.1126/", f["url"])
