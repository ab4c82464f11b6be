"""A paper the list names only by a name (a table row `FSCS (Niklaus et al., 2021)` that links
its paper, list 35's legal NLP datasets) cannot be judged by its title: the record's first
author and year decide, against the list's own. Confirmed: the record is used and its title
taken (`title-from-record`). Not confirmable: nothing used, nothing reported against the list,
and no title search for it. `check` stays silent on a name either way.

The fake arXiv serves SYNTHETIC look-alikes cloned from a genuine entry (`synth_entry`),
with the real papers' titles, first authors and years.
"""

from __future__ import annotations

from pathlib import Path

from awesome_bib import store
from awesome_bib.check import run as check_run
from awesome_bib.enrich import enrich_library
from awesome_bib.importer import import_list

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
# Lines 1-16 of list 35 (the LJP dataset table), as the list writes them, plus a row that
# names no author and year (line 17 here, written for this test on the table's pattern).
ROWS = (CORPUS / "35_maastrichtlawtech_legal_nlp.md").read_text(encoding="utf-8")
LIST = "".join(ROWS.splitlines(keepends=True)[:15]) + (
    "| SwissJudge | [📄](https://arxiv.org/abs/2209.12325) | Swiss court judgments | 🇩🇪 | "
    "1K cases |\n")


def _run(tmp_path: Path, fake_arxiv, make_opts):
    listing = tmp_path / "LIST.md"
    listing.write_text(LIST, encoding="utf-8")
    import_list(listing, tmp_path / "entries")
    fake_arxiv.synth_entry("2110.00806", "Swiss-Judgment-Prediction: A Multilingual Legal "
                           "Judgment Prediction Benchmark", ["Joel Niklaus", "Ilias Chalkidis"],
                           2021)
    # ECtHR (Chalkidis et al., 2021): the row's first author, but the record is from 2019.
    fake_arxiv.synth_entry("2103.13084", "Paragraph-level Rationale Extraction through "
                           "Regularization: A case study on European Court of Human Rights "
                           "Cases", ["Ilias Chalkidis", "Manos Fergadiotis"], 2019)
    # ECHR (Aletras et al., 2019): another first author than the row's.
    fake_arxiv.synth_entry("1906.02059", "Neural Legal Judgment Prediction in English",
                           ["Ilias Chalkidis", "Ion Androutsopoulos"], 2019)
    fake_arxiv.synth_entry("2209.12325", "A Swiss Court Corpus", ["Ann Roe"], 2022)
    lib = store.load_library(tmp_path / "entries")
    report = enrich_library(lib, make_opts())
    return {e.line: e for e in lib.entries}, report, lib


def test_a_name_confirmed_by_first_author_and_year_takes_the_records_title(
        tmp_path, fake_arxiv, make_opts):
    by_line, report, _ = _run(tmp_path, fake_arxiv, make_opts)
    fscs = by_line[12]
    assert fscs.title == ("Swiss-Judgment-Prediction: A Multilingual Legal Judgment Prediction "
                          "Benchmark")
    assert [a.family for a in fscs.authors] == ["Niklaus", "Chalkidis"]  # arXiv's, verified
    assert [(o.code, o.listed_title) for o in fscs.outcomes] == [("title-from-record", "FSCS")]
    assert fscs.provenance["title"] == "arxiv"
    assert 12 not in [f["line"] for f in report.findings]  # not a list error


def test_a_name_the_record_does_not_confirm_uses_nothing_and_reports_nothing(
        tmp_path, fake_arxiv, make_opts):
    by_line, report, _ = _run(tmp_path, fake_arxiv, make_opts)
    ecthr, swiss = by_line[13], by_line[16]
    for entry, name in ((ecthr, "ECtHR"), (swiss, "SwissJudge")):  # year 2019; no author/year
        assert entry.title == name and entry.arxiv_title == "" and entry.url == ""
        assert [o.code for o in entry.outcomes] == ["name-unconfirmed"]
        assert entry.unresolved.startswith(f"the list names the paper only \"{name}\"")
    assert [a.family for a in ecthr.authors] == ["Chalkidis"]  # the list's own
    # No title search for a name the link was not confirmed for (a name's words cannot confirm
    # a hit either); ECHR (another paper) and CAIL (unknown to the fake) are searched as usual.
    assert fake_arxiv.searches() == ['ti:"echr" OR ti:"cail"']
    assert {13, 16} & {f["line"] for f in report.findings} == set()


def test_a_name_whose_record_has_another_first_author_is_a_link_mismatch(
        tmp_path, fake_arxiv, make_opts):
    by_line, report, _ = _run(tmp_path, fake_arxiv, make_opts)
    echr = by_line[14]
    [mismatch] = [o for o in echr.outcomes if o.code == "link-mismatch"]
    assert mismatch.why == "first author"
    assert (14, "link-mismatch") in [(f["line"], f["code"]) for f in report.findings]


def test_check_reports_only_the_evidence_of_another_paper(tmp_path, fake_arxiv, make_opts):
    _, _, lib = _run(tmp_path, fake_arxiv, make_opts)
    findings, _ = check_run(lib, str(tmp_path / "LIST.md"), None, LIST)
    assert [(f.line, f.kind) for f in findings if f.kind == "link-title-mismatch"] == [
        (14, "link-title-mismatch")]
