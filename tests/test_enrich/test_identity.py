"""Enrichment never publishes another paper's identity (issue 8): one list, seven traps.

The fakes serve SYNTHETIC look-alike records built from the genuine fixtures' shapes
(`synth_entry` clones the genuine 1605.08386 arXiv entry, `synth_work` a genuine Crossref
work of the type named), except where a genuine record already is the trap (1707.08567, the
AEW10 proceedings with 34 authors, is "a link to a different paper"). Each test asserts the
entry fields and the `file:line` the run reports.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from awesome_bib import store
from awesome_bib.core.outcomes import OutcomeRecord
from awesome_bib.core.titles import names_paper
from awesome_bib.enrich import enrich_library
from awesome_bib.export import export_library
from awesome_bib.importer import import_list

POSTED = "10.1101/2020.12.01.406702"  # genuine posted-content (bioRxiv) fixture
PROCEEDINGS = "10.1109/iccv.2007.4408927"  # genuine proceedings-article fixture

LIST = """\
# Traps

## Papers

- [**arXiv 2023**] Lesion Twin Report Generation [[pdf]](https://arxiv.org/abs/2310.11111)
- [**arXiv 2023**] Visual-Linguistic Causal Intervention for Radiology Report Generation [[pdf]](https://arxiv.org/abs/2303.09117)
- [**arXiv 2017**] A Listed Title That Is Not This Paper [[pdf]](https://arxiv.org/abs/1707.08567)
- [**EMNLP 2018**] Clinical Entity Grounding in Radiology Notes [[pdf]](https://aclanthology.org/2021.emnlp-main.288.pdf)
- [**arXiv 2023**] Unified Chest Radiograph Understanding [[pdf]](https://arxiv.org/abs/2311.22222)
- [**ICLR 2024**] Sparse Mixture Retrieval for Medical Question Answering [[pdf]](https://openreview.net/pdf?id=FgYTwJbjbf)
- [**MICCAI 2023**] Ultrasound Foundation Model Pretraining at Scale [[code]](https://github.com/x/y)
"""
LINE = {"twin": 5, "retitled": 6, "other": 7, "acl": 8, "same-title": 9, "search": 10,
        "near": 11}


@pytest.fixture
def run(tmp_path: Path, fake_arxiv, fake_crossref, make_opts):
    """Import LIST, program the look-alikes, enrich once; returns (entries by line, report)."""
    listing = tmp_path / "LIST.md"
    listing.write_text(LIST, encoding="utf-8")
    import_list(listing, tmp_path / "entries")
    ax, cr = fake_arxiv, fake_crossref
    # 1. A posted-content twin: same title and authors as the arXiv paper, on bioRxiv.
    ax.synth_entry("2310.11111", "Lesion Twin Report Generation", ["Ana Costa", "Bo Li"], 2023)
    cr.synth_work("10.1101/2023.10.01.000001", "Lesion Twin Report Generation",
                  [("Ana", "Costa"), ("Bo", "Li")], 2023, "", like=POSTED)
    cr.answer_search("lesion twin report generation", ["10.1101/2023.10.01.000001"])
    # 2. Retitled: v2 has a new title; the list keeps v1's.
    ax.synth_entry("2303.09117", "Cross-Modal Causal Intervention for Medical Report Generation",
                   ["Weixing Chen", "Yang Liu"], 2023, version=2)
    ax.synth_version("2303.09117", 1,
                     "Visual-Linguistic Causal Intervention for Radiology Report Generation")
    # 3. 1707.08567 is genuinely another paper (AEW10 proceedings). The listed title exists
    #    nowhere: the title search finds nothing.
    # 4. Wrong list year, ACL Anthology link: the Anthology DOI is confirmed by Crossref.
    cr.synth_work("10.18653/v1/2021.emnlp-main.288",
                  "Clinical Entity Grounding in Radiology Notes", [("Rui", "Zhang")], 2021,
                  "Proceedings of the 2021 Conference on Empirical Methods in Natural Language "
                  "Processing", like=PROCEEDINGS)
    # 5. The same title by other authors in another year, found by Crossref search.
    ax.synth_entry("2311.22222", "Unified Chest Radiograph Understanding",
                   ["Mei Tan", "Ivan Petrov"], 2023)
    cr.synth_work("10.1016/j.other.2019.000001", "Unified Chest Radiograph Understanding",
                  [("John", "Smith")], 2019, "Some Journal")
    cr.answer_search("unified chest radiograph understanding", ["10.1016/j.other.2019.000001"])
    # 6. No arXiv link (OpenReview): arXiv title search finds it.
    ax.synth_entry("2402.33333", "Sparse Mixture Retrieval for Medical Question Answering",
                   ["Lena Vogel", "Omar Haddad"], 2024)
    ax.answer_title("sparse mixture retrieval", ["2402.33333"])
    # 7. No link to a paper; arXiv title search returns near misses only.
    ax.synth_entry("2305.44444", "Ultrasound Foundation Models: A Survey",
                   ["Kai Wu"], 2023)
    ax.synth_entry("2306.55555", "Ultrasound Model Pretraining at Small Scale", ["Ed Park"],
                   2023)
    ax.answer_title("ultrasound foundation model pretraining", ["2305.44444", "2306.55555"])

    lib = store.load_library(tmp_path / "entries")
    report = enrich_library(lib, make_opts())
    store.save_library(lib, tmp_path / "entries")
    return {e.line: e for e in lib.entries}, report, lib, tmp_path


def reported(report, line: int) -> list[tuple[str, str]]:
    return [(f"{f['file'].rsplit('/', 1)[-1]}:{f['line']}", f["code"]) for f in report.findings
            if f["line"] == line]


def test_posted_content_twin_is_never_the_published_version(run):
    by_line, report, _, _ = run
    e = by_line[LINE["twin"]]
    assert [a.family for a in e.authors] == ["Costa", "Li"]  # arXiv's, verified
    assert (e.doi, e.pub_type, e.container_title) == ("", "preprint", "")
    [cand] = e.candidates
    assert (cand.doi, cand.kind) == ("10.1101/2023.10.01.000001", "posted-content")
    assert "not a published version" in cand.why_not
    assert reported(report, LINE["twin"]) == []


def test_retitled_paper_listed_under_v1_is_enriched_and_reported(run):
    by_line, report, _, _ = run
    e = by_line[LINE["retitled"]]
    assert e.title == "Visual-Linguistic Causal Intervention for Radiology Report Generation"
    assert e.arxiv_title == "Cross-Modal Causal Intervention for Medical Report Generation"
    assert [a.family for a in e.authors] == ["Chen", "Liu"]
    assert [(o.code, o.line, o.listed_version) for o in e.outcomes] == \
        [("title-changed", LINE["retitled"], "v1")]
    assert reported(report, LINE["retitled"]) == [("LIST.md:6", "title-changed")]


def test_link_to_another_paper_takes_nothing_from_it(run):
    by_line, report, lib, tmp = run
    e = by_line[LINE["other"]]
    assert e.authors == [] and e.arxiv_title == "" and e.arxiv_doi == "" and e.url == ""
    assert e.pub_type == "" and e.arxiv == "1707.08567"  # the list's link, kept as written
    [mismatch] = [o for o in e.outcomes if o.code == "link-mismatch"]
    assert mismatch.line == LINE["other"] and mismatch.arxiv == "1707.08567"
    assert mismatch.listed_title == "A Listed Title That Is Not This Paper"
    assert mismatch.arxiv_titles["v1"].startswith("Proceedings of Workshop AEW10")
    assert "link-mismatch" not in [o.code for o in by_line[LINE["retitled"]].outcomes]
    assert reported(report, LINE["other"]) == [("LIST.md:7", "link-mismatch")]
    # Export: the list's title and venue, no eprint, no arXiv DOI, no link to the other paper.
    export_library(lib, tmp / "out", "all")
    bib = (tmp / "out" / "all.bib").read_text(encoding="utf-8")
    block = bib[bib.index(e.key):].split("\n}\n", 1)[0]
    assert "1707.08567" not in block and "eprint" not in block and "author" not in block
    assert "A Listed Title That Is Not This Paper" in block


def test_wrong_list_year_with_an_acl_anthology_link(run):
    by_line, report, _, _ = run
    e = by_line[LINE["acl"]]
    assert (e.doi, e.year, e.pub_type) == ("10.18653/v1/2021.emnlp-main.288", 2021,
                                           "conference")
    assert e.provenance["doi"] == "crossref" and [a.family for a in e.authors] == ["Zhang"]
    [year] = [o for o in e.outcomes if o.code == "year-contradiction"]
    assert (year.list_year, year.year, year.line) == (2018, 2021, LINE["acl"])
    assert year.by == "ACL Anthology id 2021.emnlp-main.288"
    assert reported(report, LINE["acl"]) == [("LIST.md:8", "year-contradiction")]


def test_same_title_other_authors_other_year_is_only_a_candidate(run):
    by_line, report, _, _ = run
    e = by_line[LINE["same-title"]]
    assert (e.doi, e.pub_type) == ("", "preprint")
    assert [a.family for a in e.authors] == ["Tan", "Petrov"]  # arXiv's, not Smith
    [cand] = e.candidates
    assert cand.doi == "10.1016/j.other.2019.000001"
    assert "first author" in cand.why_not and "year 2019" in cand.why_not
    assert reported(report, LINE["same-title"]) == []


def test_item_without_arxiv_link_found_by_title_search(run):
    by_line, _, _, _ = run
    e = by_line[LINE["search"]]
    assert (e.arxiv, e.provenance["arxiv"]) == ("2402.33333", "arxiv")
    assert [a.family for a in e.authors] == ["Vogel", "Haddad"]
    assert e.pub_type == "conference"  # ICLR registers no DOIs: the tag with arXiv's authors
    [found] = e.outcomes
    assert (found.code, found.arxiv, found.line) == \
        ("found-by-title-search", "2402.33333", LINE["search"])


def test_title_search_with_only_near_misses_applies_nothing(run, fake_arxiv):
    by_line, report, _, _ = run
    e = by_line[LINE["near"]]
    assert e.authors == [] and e.arxiv == "" and e.doi == ""
    assert sorted(c.arxiv for c in e.candidates) == ["2305.44444", "2306.55555"]
    assert all(c.kind == "arxiv" for c in e.candidates)
    assert [o.code for o in e.outcomes] == ["no-source"]
    assert e.unresolved == "no source found (no arXiv id, no Crossref match)"
    # All four titles without a usable arXiv link went in one search request.
    assert report.titles_per_search == [4]
    assert len(fake_arxiv.searches()) == 1


def test_rerun_is_stable(run, make_opts):
    _, _, lib, tmp = run
    again = enrich_library(store.load_library(tmp / "entries"), make_opts())
    assert again.requests == {"arxiv": 0, "s2": 0, "crossref": 0}
    assert again.changes == []


def test_export_uses_the_id_found_for_the_listed_title_never_the_wrong_link():
    from awesome_bib.export.resolve import resolve
    from awesome_bib.model import Entry, Link

    e = Entry(key="medrg", title="MedRG: Medical Report Grounding", venue_tag="arXiv 2024",
              year=2024, arxiv="2303.07618",
              links=[Link("pdf", "https://arxiv.org/abs/2303.07618")],
              outcomes=[OutcomeRecord("link-mismatch", "...", arxiv="2303.07618")])
    rec = resolve(e)
    assert (rec.arxiv, rec.doi, rec.url, rec.primary_class) == ("", "", "", "")
    e.outcomes.append(OutcomeRecord("found-by-title-search", ".", arxiv="2404.06798"))
    rec = resolve(e)
    assert (rec.arxiv, rec.doi) == ("2404.06798", "10.48550/arXiv.2404.06798")
    assert rec.url == "https://arxiv.org/abs/2404.06798"


def test_unreadable_record_spoils_one_entry_but_a_programming_error_is_raised():
    from awesome_bib.enrich.base import RecordError
    from awesome_bib.enrich.pipeline import fold as _fold
    from awesome_bib.enrich.steps import Context, Writer

    from .conftest import entry

    class Unreadable:
        def apply(self, e, ctx, writer):
            raise RecordError("unreadable Crossref record (KeyError: 'DOI')")

    class Bug:
        def apply(self, e, ctx, writer):
            raise KeyError("a typo in our code")

    ctx = Context()
    e = entry("a", title="T")
    _fold((Unreadable(),), [e], ctx, Writer(ctx))
    assert [o.code for o in ctx.outcomes[id(e)]] == ["unreadable-record"]
    with pytest.raises(KeyError):
        _fold((Bug(),), [e], ctx, Writer(ctx))


def test_cli_prints_findings_as_file_line(run, monkeypatch, fake_arxiv, fake_crossref):
    from click.testing import CliRunner

    from awesome_bib.commands.enrich_cmd import command

    _, _, _, tmp = run
    monkeypatch.setenv("AWESOME_BIB_CACHE", str(tmp / "cache"))
    result = CliRunner().invoke(command, ["--entries", str(tmp / "entries"), "--offline"])
    assert result.exit_code == 0, result.output
    listing = str(tmp / "LIST.md")
    assert f"{listing}:7: link-mismatch: links arXiv 1707.08567, which is" in result.output
    assert f"{listing}:6: title-changed:" in result.output
    assert f"{listing}:8: year-contradiction:" in result.output
    as_json = CliRunner().invoke(command, ["--entries", str(tmp / "entries"), "--offline",
                                           "--json"])
    import json

    found = [(f["line"], f["code"]) for f in json.loads(as_json.output)["findings"]]
    assert found == [(6, "title-changed"), (7, "link-mismatch"), (8, "year-contradiction")]


def test_list_authors_are_evidence_and_are_replaced_by_the_verified_record(fake_arxiv,
                                                                         make_opts):
    """The importer stores authors the list writes with provenance `list`: a different first
    author means another paper; an agreeing one is replaced by arXiv's full, ordered list."""
    from awesome_bib.enrich.identity import judge
    from awesome_bib.model import Author

    from .conftest import entry, library

    fake_arxiv.synth_entry("2312.00001", "Radiology Report Agents", ["Ana Costa", "Bo Li"], 2023)
    right = entry("a", title="Radiology Report Agents", arxiv="2312.00001",
                  authors=[Author(family="Costa", given="A.")],
                  provenance={"authors": "list"})
    wrong = entry("b", title="Radiology Report Agents", arxiv="2312.00001",
                  authors=[Author(family="Smith", given="J.")], provenance={"authors": "list"})
    payload = {"id": "2312.00001v1", "title": "Radiology Report Agents",
               "authors": ["Ana Costa", "Bo Li"]}
    assert judge(wrong, payload, {}).status == "mismatch"
    assert judge(wrong, payload, {}).why == "first author"
    lib = library(right, wrong)
    enrich_library(lib, make_opts())
    assert [a.family for a in right.authors] == ["Costa", "Li"]
    assert right.provenance["authors"] == "arxiv"
    assert [a.family for a in wrong.authors] == ["Smith"]  # the list's, untouched
    assert [o.why for o in wrong.outcomes if o.code == "link-mismatch"] == ["first author"]


def test_offline_without_the_older_version_decides_nothing(fake_arxiv, make_opts):
    from .conftest import entry, library

    fake_arxiv.synth_entry("2303.09117", "Cross-Modal Causal Intervention for Medical Report "
                           "Generation", ["Weixing Chen"], 2023, version=2)
    fake_arxiv.synth_version("2303.09117", 1, "Visual-Linguistic Causal Intervention for "
                             "Radiology Report Generation")
    listed = "Visual-Linguistic Causal Intervention for Radiology Report Generation"
    lib = library(entry("a", title=listed, arxiv="2303.09117"))
    enrich_library(lib, make_opts(only="a"))  # fills the cache with v2 and v1
    assert [a.family for a in lib.entries[0].authors] == ["Chen"]
    cold = library(entry("a", title=listed, arxiv="2303.09117",
                         authors=lib.entries[0].authors, provenance=dict(lib.entries[0].provenance),
                         fingerprints=dict(lib.entries[0].fingerprints),
                         arxiv_title=lib.entries[0].arxiv_title, url=lib.entries[0].url))
    from awesome_bib.store.cache import Cache

    cache = Cache(make_opts().cache_dir)
    cache.path("arxiv", "2303.09117v1").unlink()
    enrich_library(cold, make_opts(offline=True))
    e = cold.entries[0]
    assert [a.family for a in e.authors] == ["Chen"]  # kept: nothing was decided
    [arxiv] = [o for o in e.outcomes if o.source == "arxiv"]
    assert (arxiv.code, arxiv.arxiv) == ("lookup-failed", "2303.09117v1")
    assert "--offline" in arxiv.message


def test_exported_traps_compile_without_warnings(run):
    """The seven traps' BibTeX (a mismatched entry among them) with bibtex and biber: no
    warning but plainnat's true "empty author" for a paper whose authors stay unknown."""
    import json

    from tests.test_clients.clients import honest_warnings, latex_biber, latex_bibtex, require

    require("pdflatex")
    _, _, lib, tmp = run
    export_library(lib, tmp / "out", ["bibtex", "csljson"])
    items = json.loads((tmp / "out" / "all.json").read_text(encoding="utf-8"))
    for build in (latex_bibtex, latex_biber):
        result = build(tmp / "out" / "all.bib", tmp / build.__name__)
        honest = honest_warnings(items, "plainnat") if build is latex_bibtex else set()
        assert result.ok and result.errors == [] and set(result.warnings) == honest, result.blg
        assert result.cited == 7


@pytest.mark.parametrize("listed, record, same", [
    pytest.param("Visual-Linguistic Causal Intervention for Radiology Report Generation",
                 "Cross-Modal Causal Intervention for Medical Report Generation", False,
                 id="retitle-is-not-the-latest-title"),
    pytest.param("MedRG: Medical Report Grounding with Multi-modal Large Language Model",
                 "Medical Phrase Grounding with Region-Phrase Context Contrastive Alignment",
                 False, id="another-paper"),
    pytest.param("Foo: A Survey of Medical Vision Language Models",
                 "Bar: A Survey of Medical Vision Language Models", False,
                 id="same-tail-other-name"),
    pytest.param("Training a Large Language-and-Vision Assistant for Biomedicine in One Day",
                 "LLaVA-Med: Training a Large Language-and-Vision Assistant for Biomedicine in "
                 "One Day", True, id="name-dropped"),
    pytest.param("Quantum Computers and Quantum Computer Languages",
                 "Quantum Computers and Quantum Computer Languages: Quantum Assembly Language "
                 "and Quantum C Language", True, id="subtitle-dropped"),
    pytest.param("LLaVA Med: training a large language and vision assistant",
                 "LLaVA-Med: Training a Large Language-and-Vision Assistant", True,
                 id="case-and-dashes"),
])
def test_when_a_listed_title_names_a_record(listed, record, same):
    assert bool(names_paper([listed], record)) is same
