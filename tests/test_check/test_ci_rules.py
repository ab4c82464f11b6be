"""The rules issue 18 added or narrowed, on one small list of the shapes real lists showed
(tests/lists/check/ci.md), including the cases that must stay silent."""

from __future__ import annotations

from pathlib import Path

import pytest

from awesome_bib.check import run
from awesome_bib.check.load import load
from awesome_bib.check.suggest import suggest

from .conftest import LISTS

CI_LIST = LISTS / "ci.md"


def _line(text: str, needle: str) -> int:
    return next(n for n, ln in enumerate(text.splitlines(), start=1) if needle in ln)


@pytest.fixture(scope="module")
def checked(tmp_path_factory):
    loaded = load(str(CI_LIST), tmp_path_factory.mktemp("none"))
    findings, _ = run(loaded.lib, loaded.file, None, loaded.text)
    return loaded.text, findings


def _at(checked, needle: str, kind: str | None = None) -> list:
    text, findings = checked
    line = _line(text, needle)
    return [f for f in findings if f.line == line and (kind is None or f.kind == kind)]


def test_pmlr_volume_is_the_venue_not_pmlr(checked):
    assert _at(checked, "Robust Graph Attacks by Meta Gradients", "venue-year") == []
    [f] = _at(checked, "Certified Defences", "venue-year")  # tagged 2021, volume 162 is 2022
    assert f.severity == "error" and f.evidence["proves"] == "ICML 2022"
    assert "PMLR volume 162" in f.evidence["by"]


def test_pmlr_conference_year_not_file_name_year_and_unknown_volume_silent(checked):
    assert _at(checked, "Language Grounded Robot Skills", "venue-year") == []  # v205: CoRL 2022
    assert _at(checked, "Clinical Notes as Weak Labels") == []  # v182: not pinned, silent


def test_a_tag_naming_the_pmlr_series_is_never_contradicted_by_its_volume(tmp_path):
    """`PMLR 2022` names the series, not a conference; the volume proving ICML (or CoRL, with
    a volume year of its own) is no evidence that the tag is wrong."""
    path = tmp_path / "pmlr.md"
    path.write_text(
        "# L\n\n## Papers\n\n"
        "- **[PMLR 2022]** [Offline Reinforcement Learning with Implicit Q-Learning]"
        "(https://proceedings.mlr.press/v162/kostrikov22a.html)\n"
        "- **[PMLR 2023]** [Language Grounded Robot Skills in the Wild]"
        "(https://proceedings.mlr.press/v205/shah23a.html)\n"
        "- **[ICML 2021]** [Certified Defences for Node Classification]"
        "(https://proceedings.mlr.press/v162/li22b.html)\n", encoding="utf-8")
    loaded = load(str(path), tmp_path / "none")
    findings, _ = run(loaded.lib, loaded.file, None, loaded.text)
    assert [(f.line, f.kind) for f in findings if f.kind == "venue-year"] == [(7, "venue-year")]


def test_venue_typo_names_the_nearest_known_venue(checked):
    [f] = _at(checked, "Typo Venue Tags", "unknown-venue")
    assert (f.severity, f.evidence["written"], f.evidence["nearest"]) == \
        ("warning", "NeurlPS", "NeurIPS")
    assert _at(checked, "A Real Venue the Table Does Not Know") == []  # WSDM: close to nothing


def test_cross_listing_under_two_topics_is_info_never_a_duplicate(checked):
    text, findings = checked
    twice = [f for f in findings if "Robust Graph Attacks" in str(f.evidence) or
             f.line == _line(text, "Robust Graph Attacks")]
    assert [(f.kind, f.severity) for f in twice] == [("multi-section", "info")]
    assert not any(f.kind == "duplicate-in-section" and f.fix for f in twice)


def test_duplicate_under_one_heading_with_nothing_new_can_go(checked):
    first = _line(checked[0], "Contrastive Graph Prompting")
    [f] = [f for f in checked[1] if f.kind == "duplicate-in-section" and f.line == first + 1]
    assert f.fix["action"] == "remove" and f.evidence["first"]["line"] == first


def test_one_word_apart_on_different_links_are_two_papers(checked):
    assert _at(checked, "Safe Policy Improvement with Soft", "duplicate-in-section") == []


def test_preprint_and_published_version_are_a_likely_duplicate(checked):
    [f] = _at(checked, "Scaling Laws for Graph Foundation Models: Data", "duplicate-in-section")
    assert "preprint and the published version" in f.evidence["why"]
    assert f.fix == {}  # two listings with their own links: a person merges them


@pytest.mark.parametrize("needle, why", [
    ("gprompt", "has no scheme"),
    ("Heterogeneous Graphs", "a space between"),
    ("Graph Transformers Meet Diffusion", "is text, not a URL"),
    ("Empty Links Are Broken Too", "empty target"),
])
def test_broken_markdown_links(checked, needle, why):
    [f] = _at(checked, needle, "broken-link")
    assert why in f.message and f.severity == "warning"


def test_links_markdown_makes_are_not_broken(checked):
    text, findings = checked
    broken = {f.line for f in findings if f.kind == "broken-link"}
    assert _line(text, "Relative Links to This Repository") not in broken  # docs/, #anchor
    assert _line(text, "github.com/not/read") not in broken  # fenced code is not read


def test_a_title_the_importer_cannot_read_is_not_the_lists_fault(checked):
    found = [f for f in _at(checked, "[[DCN] Deep & Cross Network") if f.kind == "unparseable-item"]
    assert found, "the importer reads this shape now: find another unreadable one"
    assert [(f.severity, f.evidence["list_has_it"]) for f in found] == [("info", True)]


def test_a_name_sharing_a_papers_link_is_a_relisting_not_a_wrong_link(checked):
    assert [f for f in checked[1] if f.kind == "shared-link"] == []


def test_intro_prose_before_the_first_section_is_not_an_unreadable_item(checked):
    text, findings = checked
    intro = {_line(text, "Self-supervised learning is the cake"), _line(text, "opium")}
    assert not [f for f in findings if f.line in intro]


def test_suggest_patch_only_when_it_holds_a_fix(checked, tmp_path):
    text, findings = checked
    patch, applied = suggest(text, findings, "ci.md")
    assert patch and [f.kind for f in applied] == ["duplicate-in-section"]
    assert suggest(text, [], "ci.md") == ("", [])


def test_merge_suggestion_never_moves_another_papers_link(tmp_path):
    listed = tmp_path / "list.md"
    alpha = "[**arXiv 2023**] Alpha Graph Networks for Molecules [[pdf]](https://arxiv.org/abs/2301.01111)"
    beta = "[**arXiv 2023**] Beta Language Models Read Proteins [[pdf]](https://arxiv.org/abs/2302.02222)"
    listed.write_text(f"# L\n\n## Topic\n\n- {alpha}\n- {beta}\n- {alpha} "
                      "[[see also]](https://arxiv.org/abs/2302.02222) "
                      "[[code]](https://github.com/example/alpha)\n", encoding="utf-8")
    loaded = load(str(listed), tmp_path / "none")
    findings, _ = run(loaded.lib, loaded.file, None, loaded.text)
    [dup] = [f for f in findings if f.kind == "duplicate-in-section"]
    assert dup.evidence["links_only_here"] == ["https://github.com/example/alpha"]


def test_the_list_is_read_from_the_file(checked):
    assert Path(CI_LIST).read_text(encoding="utf-8") == checked[0]


@pytest.fixture(scope="module")
def dated(tmp_path_factory):
    path = LISTS / "ci_dates.md"
    loaded = load(str(path), tmp_path_factory.mktemp("none"))
    findings, _ = run(loaded.lib, loaded.file, None, loaded.text)
    return loaded.text, findings


def test_a_date_off_the_lists_own_dating_is_a_warning(dated):
    [f] = [g for g in _at(dated, "Learning Distributed Sentence Codes", "venue-year")
           if g.severity == "warning"]
    assert (f.evidence["arxiv_v1"], f.evidence["list_dates_agree"]) == ("2016-02", "5/6")
    # The five dates that agree with their arXiv months raise nothing.
    assert [g for g in dated[1] if g.kind == "venue-year" and g.severity != "info"] == [f]


def test_a_date_is_not_checked_against_an_id_enrichment_found_to_be_another_paper(tmp_path):
    """With a link-mismatch outcome (enrichment keeps nothing of the record, so the entry has
    no arXiv title), the id's date is another paper's: the mismatch is reported, the date not."""
    from awesome_bib.core.outcomes import OutcomeRecord

    loaded = load(str(LISTS / "ci_dates.md"), tmp_path / "none")
    entry = next(e for e in loaded.lib.entries
                 if e.title.startswith("Learning Distributed Sentence Codes"))
    entry.outcomes.append(OutcomeRecord(
        "link-mismatch", "1602.04444 is another paper", arxiv="1602.04444",
        arxiv_titles={"v1": "Dense Retrieval of Something Else Entirely"}))
    findings, _ = run(loaded.lib, loaded.file, None, loaded.text)
    kinds = {f.kind for f in findings if f.line == 16}
    assert "link-title-mismatch" in kinds and "venue-year" not in kinds


def test_two_papers_under_one_short_name_are_not_a_duplicate(dated):
    assert [f for f in dated[1] if f.kind == "duplicate-in-section"] == []


def test_table_of_contents_bullets_are_not_unreadable_items(dated):
    assert [f for f in dated[1] if f.kind == "unparseable-item"] == []


def _check_text(tmp_path, text: str) -> list:
    listed = tmp_path / "list.md"
    listed.write_text(text, encoding="utf-8")
    loaded = load(str(listed), tmp_path / "none")
    return run(loaded.lib, loaded.file, None, loaded.text)[0]


TABLE = """# Federated papers

## Surveys

- [Advances and Open Problems in Federated Learning](https://arxiv.org/abs/1912.04977)

## {heading}

| Title | Team | Venue and Year |
|---|---|---|
| {first} | Google Research | ICML 2020 |
| Personalized Federated Learning with Moreau Envelopes | Sydney | NeurIPS 2020 |
| Federated Principal Component Analysis | Cambridge | NeurIPS 2020 |
| Federated Bayesian Optimization via Thompson Sampling | MIT | NeurIPS 2020 |
"""


def test_a_table_that_links_no_row_is_titles_by_design(tmp_path):
    """The held-out chaoyanghe/Awesome-Federated-Learning shape: a NeurIPS table of titles."""
    findings = _check_text(tmp_path, TABLE.format(
        heading="NeurIPS", first="Lower Bounds and Optimal Algorithms for Personalized FL"))
    rows = [f for f in findings if f.kind == "unparseable-item"]
    assert rows and {f.severity for f in rows} == {"info"}


def test_a_row_without_the_link_its_table_gives_the_others_is_a_warning(tmp_path):
    findings = _check_text(tmp_path, TABLE.format(
        heading="ICML", first="[SCAFFOLD: Stochastic Controlled Averaging for Federated Learning]"
                              "(https://arxiv.org/abs/1910.06378)"))
    rows = [f for f in findings if f.kind == "unparseable-item"]
    assert rows and {f.severity for f in rows} == {"warning"}


def test_suggest_never_removes_a_listing_with_a_heading_between(tmp_path):
    """The held-out wenet-e2e shape: `<h3>` headings this importer does not read as sections,
    one paper under two of them. The duplicate may be reported; the listing is never removed."""
    bullet = "- [Location-Relative Attention for Long-Form Speech Synthesis](https://arxiv.org/abs/1910.10288)"
    text = (f"# Speech\n\n## Acoustic Model\n\n<h3 id=\"21\">Autoregressive</h3>\n\n{bullet}\n\n"
            f"<h3 id=\"23\">Alignment Study</h3>\n\n{bullet}\n")
    findings = _check_text(tmp_path, text)
    assert not [f for f in findings if f.fix.get("action") == "remove"]
    assert suggest(text, findings, "list.md") == ("", [])


def test_an_empty_link_target_is_reported_once(tmp_path):
    """`[Title]()` is one problem: broken-link reports it, unparseable-item does not again."""
    path = tmp_path / "empty.md"
    path.write_text("# L\n\n## Papers\n\n"
                    "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/"
                    "1512.03385)\n"
                    "- [Attention Is All You Need in Speech Separation]()\n", encoding="utf-8")
    loaded = load(str(path), tmp_path / "none")
    findings, _ = run(loaded.lib, loaded.file, None, loaded.text)
    assert [(f.line, f.kind) for f in findings if f.line == 6] == [(6, "broken-link")]
