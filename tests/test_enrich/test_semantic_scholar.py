"""Semantic Scholar: the client against genuine recorded bodies, politeness and refusals, and
what its records may change in an entry (identity, published version, venue contradiction).

Records for papers no recording covers are SYNTHETIC look-alikes (`FakeSemanticScholar.
synth_paper`: a genuine record cloned with other metadata, its shape kept)."""

from __future__ import annotations

import json

import pytest

from awesome_bib.core.titles import title_words
from awesome_bib.enrich import enrich_library
from awesome_bib.enrich import semantic_scholar as s2
from awesome_bib.enrich.http import PACE_MARGIN
from awesome_bib.export.resolve import resolve
from awesome_bib.model import Author
from tests.fakes.servers import FIXTURES, Fault

from .conftest import POLICY, entry, library

RECORDED_IDS = ["CorpusId:211530585", "CorpusId:470667", "10.2139/ssrn.2250500",
                "0f40b1f08821e22e859c6050916cec3667778613"]
MIDL = "Representative Image Feature Extraction via Contrastive Learning Pretraining for " \
       "Chest X-ray Report Generation"
HALLUCINATED = "Improving Radiology Report Generation Systems by Removing Hallucinated " \
               "References to Non-existent Priors"


def client(fake, clock, **kw):
    kw.setdefault("policy", POLICY)
    return s2.S2Client(url=fake.url, clock=clock.clock, sleep=clock.sleep, **kw)


def test_batch_replays_the_genuine_answer_null_for_an_unknown_id(fake_s2, clock):
    out = {}
    for batch in s2.S2Papers(client(fake_s2, clock)).lookup(RECORDED_IDS):
        out.update(batch)
    [req] = fake_s2.requests
    assert req.path == "/graph/v1/paper/batch"
    assert req.query["fields"] == [s2.FIELDS_PARAM]  # a query parameter, never in the body
    assert json.loads(req.body) == {"ids": RECORDED_IDS}
    assert out["CorpusId:211530585"].payload is None and not out["CorpusId:211530585"].error
    record = s2.to_record(out["CorpusId:470667"].payload)
    assert record.title == "How Much Should We Trust Differences-in-Differences Estimates?"
    assert [a.family for a in record.fields["authors"]] == ["Bertrand", "Duflo",
                                                             "Mullainathan"]
    assert record.year == 2001 and record.kind == "publication"
    assert record.fields["doi"] == "10.2139/ssrn.288970"


def test_a_400_is_an_error_in_s2s_words_and_an_answer_without_titles_matches_nothing(
        fake_s2, clock):
    body = (FIXTURES / "semantic_scholar" / "error_400_unrecognized-fields.json").read_bytes()
    fake_s2.faults = [Fault(status=400, body=body)]
    [bad] = s2.S2Papers(client(fake_s2, clock)).lookup(["ARXIV:2209.01604"])
    assert "HTTP 400" in bad["ARXIV:2209.01604"].error
    assert "Unrecognized or unsupported fields: [unknown]" in bad["ARXIV:2209.01604"].error
    assert len(fake_s2.requests) == 1  # a 400 is not retried
    # The recorded `fields=authors` answer: records with no title are no paper's identity.
    [batch] = s2.S2Papers(client(fake_s2, clock)).lookup(RECORDED_IDS[1:])
    records = [s2.to_record(o.payload) for o in batch.values()]
    assert [r.title for r in records] == ["", "", ""]
    assert [a.family for a in records[0].fields["authors"]] == ["Bertrand", "Duflo",
                                                                 "Mullainathan"]


def test_ids_go_500_a_request_one_second_apart_with_the_key(fake_s2, clock):
    ids = [f"ARXIV:2301.{n:05d}" for n in range(1001)]
    answers = {}
    for batch in s2.S2Papers(client(fake_s2, clock, key="k3y", interval=1.0)).lookup(ids):
        answers.update(batch)
    assert [len(b) for b in fake_s2.batches()] == [500, 500, 1]
    assert all(r.headers["x-api-key"] == "k3y" for r in fake_s2.requests)
    # S2's published 1 request a second, kept a little under (http.PACE_MARGIN)
    assert clock.sleeps == [pytest.approx(1.0 * PACE_MARGIN)] * 2
    assert len(answers) == 1001 and not any(o.found for o in answers.values())


def test_no_key_no_header_and_a_429_without_retry_after_backs_off_boundedly(fake_s2, clock):
    fake_s2.faults = [Fault(status=429), Fault(status=429)]
    [batch] = s2.S2Papers(client(fake_s2, clock, key="")).lookup(["ARXIV:2209.01604"])
    assert "x-api-key" not in fake_s2.requests[0].headers
    assert len(fake_s2.requests) == 3 and batch["ARXIV:2209.01604"].payload is None
    # POLICY's backoff doubling (1 s, 2 s), no Retry-After to obey; the first wait is the
    # longer of the backoff and S2's pace (1 s, kept a little under: http.PACE_MARGIN)
    assert clock.sleeps == [pytest.approx(1.0 * PACE_MARGIN), 2.0]


def test_a_refusal_stops_asking_and_says_why(fake_s2, clock):
    fake_s2.faults = [Fault(status=403, body=(FIXTURES / "semantic_scholar" /
                                              "error_403_forbidden.json").read_bytes())]
    cl = client(fake_s2, clock)
    [first] = s2.S2Papers(cl).lookup(["ARXIV:2209.01604"])
    second = list(s2.S2Match(cl).lookup(["a title", "another title"]))
    assert "HTTP 403" in first["ARXIV:2209.01604"].error and "Forbidden" in \
        first["ARXIV:2209.01604"].error
    assert all("not sent" in o.error for b in second for o in b.values())
    assert len(fake_s2.requests) == 1


def test_match_answers_the_best_title_or_none_on_404(fake_s2, clock):
    paper = fake_s2.synth_paper(MIDL, ["Yu Gu", "Yunfeng Zhang"], 2022,
                                venue="International Conference on Medical Imaging with "
                                      "Deep Learning")
    fake_s2.answer_match("contrastive learning pretraining", paper)
    out = {}
    for batch in s2.S2Match(client(fake_s2, clock)).lookup([title_words(MIDL), "zzz"]):
        out.update(batch)
    assert out[title_words(MIDL)].payload["title"] == MIDL
    assert out["zzz"].payload is None and not out["zzz"].error
    assert fake_s2.match_queries() == [title_words(MIDL), "zzz"]


def test_preprint_and_printer_doi_are_not_a_published_version():
    arxiv_only = {"venue": "arXiv.org", "externalIds": {"ArXiv": "2209.01604"}}
    labelled = {"venue": "", "journal": {"name": "ArXiv"},
                "externalIds": {"DOI": "10.48550/arXiv.2209.01604"}}
    neurips = {"venue": "Neural Information Processing Systems",
               "externalIds": {"DOI": "10.52202/068431-1234"}}
    assert s2.is_preprint(arxiv_only) and s2.is_preprint(labelled)
    # Preprint servers are the venue table's preprint kinds, by any name S2 gives them.
    assert all(s2.is_preprint({"venue": v}) for v in ("medRxiv", "SSRN Electronic Journal",
                                                       "Research Square", "TechRxiv"))
    assert s2.published_doi(labelled) == "" and s2.published_doi(neurips) == ""
    assert s2.known_venue(neurips).tag == "NeurIPS"
    # A series (PMLR) names no venue: it holds ICML, MIDL, CHIL and ML4H alike.
    assert s2.known_venue({"venue": "Proceedings of Machine Learning Research"}) is None


def test_verified_venue_contradicts_the_tag_and_is_exported(fake_arxiv, fake_s2, make_opts):
    fake_arxiv.synth_entry("2210.06340", HALLUCINATED, ["Vignav Ramesh", "Nathan Chi"], 2022)
    fake_s2.synth_paper(HALLUCINATED, ["Vignav Ramesh", "Nathan Chi"], 2022,
                        venue="ML4H@NeurIPS", arxiv="2210.06340")
    fake_arxiv.synth_entry("2209.01604", MIDL, ["Yu Gu", "Yunfeng Zhang"], 2022)
    fake_s2.synth_paper(MIDL, ["Yu Gu", "Yunfeng Zhang"], 2022, arxiv="2209.01604",
                        venue="International Conference on Medical Imaging with Deep Learning")
    lib = library(entry("a", title=HALLUCINATED, arxiv="2210.06340", venue_tag="ICML 2022",
                        year=2022),
                  entry("b", title=MIDL, arxiv="2209.01604", venue_tag="MIDL 2022", year=2022))
    report = enrich_library(lib, make_opts())
    a, b = lib.entries
    [out] = [o for o in a.outcomes if o.code == "venue-contradiction"]
    assert (out.venue_tag, out.venue, out.year, out.line) == ("ICML 2022", "ML4H", 2022, 1)
    assert [f["code"] for f in report.findings] == ["venue-contradiction"]
    assert a.provenance["container_title"] == "s2"
    rec = resolve(a)
    assert rec.container == "Proceedings of the Machine Learning for Health Symposium (ML4H)"
    assert rec.event == "Machine Learning for Health Symposium"  # not ICML's
    # The tag that S2 confirms stays as the list wrote it; its type is now verified.
    assert b.outcomes == [] and b.container_title == "" and b.provenance["pub_type"] == "s2"
    assert [len(x) for x in fake_s2.batches()] == [2] and fake_s2.match_queries() == []
    assert report.requests["s2"] == 1


def test_a_same_title_twin_or_a_preprint_never_wins(fake_s2, make_opts):
    title = "Clinical-BERT: Vision-Language Pre-training for Radiograph Diagnosis and Reports"
    twin = fake_s2.synth_paper(title, ["Someone Else"], 2022, venue="medRxiv")
    fake_s2.answer_match("clinical bert", twin)
    # AAAI registers DOIs, so Crossref's search would serve it: ask S2 as for a NeurIPS paper.
    lib = library(entry("a", title=title, venue_tag="NeurIPS 2022", year=2022),
                  entry("b", title="A paper S2 has never heard of", venue_tag="ICLR 2023",
                        year=2023))
    enrich_library(lib, make_opts())
    assert lib.entries[0].authors == [] and "s2" not in lib.entries[0].provenance.values()
    assert len(fake_s2.match_queries()) == 2  # one found (the twin), one 404
    warm = enrich_library(lib, make_opts())  # both answers cached, the 404 too
    assert warm.requests["s2"] == 0 and len(fake_s2.requests) == 2


def test_id_less_item_gets_verified_authors_and_the_rerun_asks_nothing(fake_s2, fake_crossref,
                                                                       make_opts):
    title = "Medical Image Understanding with Pretrained Vision Language Models"
    paper = fake_s2.synth_paper(title, ["Ziyuan Qin", "Huahui Yi"], 2023,
                                venue="International Conference on Learning Representations")
    fake_s2.answer_match("pretrained vision language models", paper)
    lib = library(entry("a", title=title, venue_tag="ICLR 2023", year=2023))
    enrich_library(lib, make_opts())
    a = lib.entries[0]
    assert [x.family for x in a.authors] == ["Qin", "Yi"] and a.provenance["authors"] == "s2"
    assert fake_crossref.requests == []  # ICLR registers no DOIs: nothing to ask Crossref
    seen = len(fake_s2.requests)
    warm = enrich_library(lib, make_opts())
    assert warm.requests["s2"] == 0 and len(fake_s2.requests) == seen and warm.changes == []


def test_published_doi_goes_to_crossrefs_batch_instead_of_a_search(fake_arxiv, fake_crossref,
                                                                    fake_s2, make_opts):
    chemcrow = fake_crossref.works["10.1038/s42256-024-00832-8"]
    title = chemcrow["title"][0]
    fake_arxiv.synth_entry("2304.05376", title, ["Andres M. Bran", "Sam Cox"], 2023)
    fake_s2.synth_paper(title, ["Andres M. Bran", "Sam Cox"], 2024, arxiv="2304.05376",
                        venue="Nature Machine Intelligence", journal="Nature Machine "
                        "Intelligence", doi="10.1038/s42256-024-00832-8")
    lib = library(entry("a", title=title, arxiv="2304.05376", venue_tag="arXiv 2023",
                        year=2023))
    enrich_library(lib, make_opts())
    a = lib.entries[0]
    assert a.doi == "10.1038/s42256-024-00832-8" and a.provenance["doi"] == "crossref"
    assert [r.query.get("filter") for r in fake_crossref.requests] == [
        ["doi:10.1038/s42256-024-00832-8"]]  # one DOI batch, no title search


def test_an_outage_completes_from_the_others_and_says_so_once(fake_arxiv, fake_s2, make_opts):
    fake_arxiv.synth_entry("2209.01604", MIDL, ["Yu Gu", "Yunfeng Zhang"], 2022)
    fake_s2.faults = [Fault(status=503)] * 3
    lib = library(entry("a", title=MIDL, arxiv="2209.01604", venue_tag="MIDL 2022",
                        year=2022))
    report = enrich_library(lib, make_opts())
    a = lib.entries[0]
    assert [x.family for x in a.authors] == ["Gu", "Zhang"]  # arXiv's, as without S2
    assert [o.code for o in a.outcomes] == ["source-unavailable"] and not a.unresolved
    [why] = report.unavailable.values()
    assert list(report.unavailable) == ["s2"] and why.endswith("; 1 entries not verified by it")


def test_check_reports_the_contradiction_at_the_line_with_a_retag(fake_arxiv, fake_s2,
                                                                 make_opts):
    from awesome_bib.check import context
    from awesome_bib.check.rules.venues import from_published

    fake_arxiv.synth_entry("2210.06340", HALLUCINATED, ["Vignav Ramesh", "Nathan Chi"], 2022)
    fake_s2.synth_paper(HALLUCINATED, ["Vignav Ramesh", "Nathan Chi"], 2022,
                        venue="ML4H@NeurIPS", arxiv="2210.06340")
    a = entry("a", title=HALLUCINATED, arxiv="2210.06340", venue_tag="ICML 2022", year=2022)
    a.listings[0].raw = f"- [**ICML 2022**] {HALLUCINATED} [[pdf]](https://arxiv.org/pdf/2210.06340)"
    lib = library(a)
    enrich_library(lib, make_opts())
    [finding] = from_published(context.build(lib, "list.md"))
    assert (finding.kind, finding.line, finding.fix["new"]) == ("venue-contradiction", 1,
                                                                "ML4H 2022")
    assert "Semantic Scholar" in finding.message


NEURIPS_TITLE = "Quilt-1M: One Million Image-Text Pairs for Histopathology"


def test_a_printers_neurips_doi_is_never_the_papers_from_any_source(fake_arxiv, fake_crossref,
                                                                    fake_s2, make_opts):
    # S2 names the printer's DOI: the venue is used, the DOI is neither asked nor written.
    fake_arxiv.synth_entry("2306.11207", NEURIPS_TITLE, ["Wisdom O. Ikezogwo"], 2023)
    fake_s2.synth_paper(NEURIPS_TITLE, ["Wisdom O. Ikezogwo"], 2023, arxiv="2306.11207",
                        venue="Neural Information Processing Systems",
                        doi="10.52202/075280-1635")
    lib = library(entry("a", title=NEURIPS_TITLE, arxiv="2306.11207", venue_tag="arXiv 2023",
                        year=2023))
    enrich_library(lib, make_opts())
    a = lib.entries[0]
    assert a.doi == "" and not any("52202" in str(r.query) for r in fake_crossref.requests)
    assert (a.pub_type, a.container_title) == ("conference",
                                               "Advances in Neural Information Processing "
                                               "Systems")
    # Crossref's search finds the printer's record (S2 down): its DOI is not written either.
    fake_crossref.synth_work("10.52202/075280-1635", NEURIPS_TITLE, [("Wisdom O.", "Ikezogwo")],
                             2023, "Advances in Neural Information Processing Systems 36",
                             like="10.1109/iccv.2007.4408927")
    fake_crossref.answer_search("quilt 1m", ["10.52202/075280-1635"])
    fake_s2.faults = [Fault(status=503)] * 3
    lib = library(entry("b", title=NEURIPS_TITLE, venue_tag="arXiv 2023", year=2023,
                        authors=[Author(family="Ikezogwo", given="Wisdom O.")]))
    enrich_library(lib, make_opts(cache_dir=make_opts().cache_dir / "other"))
    b = lib.entries[0]
    assert fake_crossref.requests[-1].query.get("query.bibliographic")
    assert b.doi == "" and b.provenance.get("container_title") == "crossref"
