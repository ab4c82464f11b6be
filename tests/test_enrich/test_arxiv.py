"""arXiv: id forms, batching and spacing, unknown ids, the error feed, faults."""

from __future__ import annotations

import pytest

from awesome_bib.enrich import enrich_library
from awesome_bib.enrich.arxiv import MAX_URL, ArxivSource
from awesome_bib.enrich.http import RetryPolicy
from tests.fakes.servers import FIXTURES, Fault

from .conftest import POLICY, entry, library


def source(fake, clock, **kw) -> ArxivSource:
    return ArxivSource(url=fake.url, policy=kw.pop("policy", POLICY), clock=clock.clock,
                       sleep=clock.sleep, **kw)


def test_ids_go_in_as_few_requests_as_the_url_bound_allows_three_seconds_apart(
        fake_arxiv, clock):
    ids = [f"2401.{n:05d}" for n in range(1, 701)]  # numbers start at 00001
    for i in ids[::7]:
        fake_arxiv.synth_entry(i, f"Paper {i}", ["Ada Lovelace"], 2024)
    out = {}
    src = source(fake_arxiv, clock)
    for batch in src.lookup(ids):
        out.update(batch)
    batches = fake_arxiv.id_lists()
    # 13 URL characters per id (the encoded comma included): about 300 ids per request (the
    # fake's port changes the URL's length by a character), each URL within MAX_URL, and no
    # request that could have taken the next id; max_results is the batch's size.
    assert len(batches) == 3 and sum(batches, []) == ids
    assert all(290 <= len(b) <= 310 for b in batches[:2])
    assert all(len(src.url(b)) <= MAX_URL < len(src.url([*b, "2401.99999"]))
               for b in batches[:2])
    assert [r.query["max_results"] for r in fake_arxiv.requests] == [
        [str(len(b))] for b in batches]
    assert clock.sleeps == [3.0, 3.0]  # the ToU spacing, between requests only
    assert sum(o.found for o in out.values()) == len(ids[::7])
    assert out["2401.00002"].payload is None  # unknown: absent from the feed


def test_genuine_mixed_feed_maps_entries_by_id_not_position(fake_arxiv, clock):
    out = next(source(fake_arxiv, clock).lookup(["0808.05394", "1707.08567"]))
    assert out["0808.05394"].payload is None
    payload = out["1707.08567"].payload
    assert payload["id"] == "1707.08567v1" and len(payload["authors"]) == 34
    assert "Dirk Wübben" in payload["authors"]


def test_error_feed_is_not_retried_and_gives_its_message(fake_arxiv, clock):
    out = next(source(fake_arxiv, clock).lookup(["abc"]))
    assert out["abc"].payload == {"api_error": "incorrect id format for abc"}
    assert len(fake_arxiv.requests) == 1


def test_error_feed_on_a_batch_is_split_to_find_the_bad_id(fake_arxiv, clock):
    error = (FIXTURES / "arxiv" / "error_400_malformed-id_abc.xml").read_bytes()
    fake_arxiv.faults = [Fault(status=400, body=error)]
    fake_arxiv.verbatim["abc,1605.08386"] = ("error_400_malformed-id_abc.xml", 400)
    out = next(source(fake_arxiv, clock).lookup(["abc", "1605.08386"]))
    assert out["abc"].payload == {"api_error": "incorrect id format for abc"}
    assert out["1605.08386"].payload["title"] == "Heat-bath random walks with Markov bases"


def test_legacy_2012_feed_parses(fake_arxiv, clock):
    body = (FIXTURES / "arxiv" / "multi_1205.1001v1_1001.1001v1_2012-legacy-format.xml")
    fake_arxiv.faults = [Fault(status=200, body=body.read_bytes(),
                               headers={"Content-Type": "application/atom+xml"})]
    out = next(source(fake_arxiv, clock).lookup(["1205.1001", "1001.1001"]))
    assert all(o.found for o in out.values())
    assert "\n" not in out["1205.1001"].payload["title"]


def test_title_zero_is_a_title(fake_arxiv, make_opts):
    lib = library(entry("z", title="0", arxiv="2104.12255", venue_tag="arXiv 2021"))
    enrich_library(lib, make_opts())
    assert lib.entries[0].arxiv_title == "0"
    assert lib.entries[0].authors


def test_old_style_id_with_journal_ref(fake_arxiv, make_opts):
    lib = library(entry("o", title="Frequency of Hot Jupiters", arxiv="astro-ph/0601001"))
    enrich_library(lib, make_opts())
    e = lib.entries[0]
    assert e.arxiv_journal_ref == "ActaAstron.56:1-50,2006"
    assert (e.authors[0].given, e.authors[0].family) == ("Andrew", "Gould")
    assert e.provenance["authors"] == "arxiv"


def test_title_changed_between_versions_keeps_list_title(fake_arxiv, make_opts):
    new = "Visual-Linguistic Causal Intervention for Radiology Report Generation"
    old = "Cross-Modal Causal Intervention for Medical Report Generation"
    # SYNTHETIC look-alike: v2 carries the new title, v1 the old one.
    fake_arxiv.synth_entry("2303.09117", new, ["Weixing Chen", "Yang Liu"], 2023, version=2)
    fake_arxiv.synth_version("2303.09117", 1, old)
    lib = library(entry("a", title=new, arxiv="2303.09117"),
                  entry("b", title=old, arxiv="2303.09117"))
    enrich_library(lib, make_opts())
    # The latest version of the id, then v1 (b's title is not the latest): two id batches.
    assert fake_arxiv.id_lists() == [["2303.09117"], ["2303.09117v1"]]
    assert [e.title for e in lib.entries] == [new, old]
    assert all(e.arxiv_title == new for e in lib.entries)
    assert all(e.authors[0].family == "Chen" for e in lib.entries)
    assert lib.entries[0].outcomes == []
    [changed] = lib.entries[1].outcomes
    assert changed.code == "title-changed" and changed.listed_version == "v1"


@pytest.mark.parametrize("fault, retry_wait", [
    pytest.param(Fault(status=429, headers={"Retry-After": "7"}), 7.0, id="429-retry-after"),
    pytest.param(Fault(status=503, headers={"Retry-After": "5"}), 5.0, id="503-retry-after"),
    pytest.param(Fault(status=503), 1.0, id="503-backoff"),
    pytest.param(Fault(truncate=True), 1.0, id="truncated-body"),
    pytest.param(Fault(malformed=True), 1.0, id="malformed-body"),
])
def test_transient_fault_is_retried_after_the_right_wait(fake_arxiv, clock, fault, retry_wait):
    fake_arxiv.faults = [fault]
    out = next(source(fake_arxiv, clock).lookup(["1605.08386"]))
    assert out["1605.08386"].found
    assert len(fake_arxiv.requests) == 2
    assert clock.sleeps == [max(retry_wait, 3.0)]  # never sooner than the ToU spacing


def test_retry_after_beyond_bound_gives_up_at_once(fake_arxiv, clock):
    fake_arxiv.faults = [Fault(status=429, headers={"Retry-After": "3600"})]
    out = next(source(fake_arxiv, clock).lookup(["1605.08386"]))
    assert "Retry-After 3600s exceeds" in out["1605.08386"].error
    assert len(fake_arxiv.requests) == 1


def test_persistent_503_gives_up_after_bounded_backoff(fake_arxiv, make_opts, clock):
    fake_arxiv.faults = [Fault(status=503)] * 3
    lib = library(entry("a", title="Heat-bath random walks", arxiv="1605.08386"))
    enrich_library(lib, make_opts())
    assert len(fake_arxiv.requests) == 3
    assert clock.sleeps[:2] == [3.0, 3.0]  # backoff 1 s, 2 s, but never under the spacing
    assert "HTTP 503 after 3 attempt(s)" in lib.entries[0].unresolved


def test_hanging_server_times_out_and_the_run_goes_on(fake_arxiv, fake_crossref, make_opts):
    fake_arxiv.faults = [Fault(hang=1.5), Fault(hang=1.5)]
    policy = RetryPolicy(attempts=2, backoff=1.0, max_wait=30.0, timeout=0.2)
    fake_crossref.answer_search("chemistry tools", ["10.1038/s42256-024-00832-8"])
    lib = library(entry("a", title="Heat-bath random walks", arxiv="1605.08386"),
                  entry("b", title="Augmenting large language models with chemistry tools",
                        year=2024))
    enrich_library(lib, make_opts(policy=policy))
    assert "timed out" in lib.entries[0].unresolved
    assert lib.entries[1].doi == "10.1038/s42256-024-00832-8"


def test_versioned_and_latest_keys_in_one_batch(fake_arxiv, clock):
    """`2303.09117` gets the latest version, `2303.09117v1` that version, from one request."""
    fake_arxiv.synth_entry("2303.09117", "New title", ["Weixing Chen"], 2023, version=2)
    fake_arxiv.synth_version("2303.09117", 1, "Old title")
    out = next(source(fake_arxiv, clock).lookup(["2303.09117", "2303.09117v1", "1605.08386v1"]))
    assert fake_arxiv.id_lists() == [["2303.09117", "2303.09117v1", "1605.08386v1"]]
    assert (out["2303.09117"].payload["id"], out["2303.09117"].payload["title"]) == \
        ("2303.09117v2", "New title")
    assert (out["2303.09117v1"].payload["id"], out["2303.09117v1"].payload["title"]) == \
        ("2303.09117v1", "Old title")
    assert out["1605.08386v1"].payload["title"] == "Heat-bath random walks with Markov bases"
