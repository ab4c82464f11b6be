"""The tricky items of the default list, by name, and item shapes in isolation."""

from __future__ import annotations

import pytest

from awesome_bib.importer.item_fields import normalise_venue
from awesome_bib.importer.items import badge_venue, parse_item
from awesome_bib.importer.markdown import Item, parse

from .conftest import by_title


def _item(md: str):
    blocks = [b for b in parse(md) if isinstance(b, Item)]
    assert len(blocks) == 1
    return parse_item(blocks[0].pieces)


@pytest.mark.parametrize("title, venue, year, llm", [
    pytest.param("FFA-IR: Towards", "NeurIPS 2021 D&B", 2021, False, id="neurips-d-and-b"),
    pytest.param("Finding-Aware Anatomical Tokens", "MLMIW 2023", 2023, False, id="doubled-year"),
    pytest.param("Rethinking Medical Report Generation", "ICMLW 2023", 2023, False, id="icmlw"),
    pytest.param("A visual-language foundation model for computational", "Nature Medicine 2024",
                 2024, False, id="nature-medicine"),
    pytest.param("A medical multimodal large language model", "npj digital medicine 2023", 2023,
                 False, id="npj"),
    pytest.param("PMC-VQA: Visual Instruction Tuning", "arXiv 2023", 2023, True, id="bold-llm"),
    pytest.param("Med-Flamingo", "ICMLW 2023", 2023, True, id="bold-workshop"),
    pytest.param("DeltaNet:Conditional Medical Report Generation", "COLING 2022", 2022, False,
                 id="no-space-after-colon"),
])
def test_venue_year_and_llm(lib_2024, title, venue, year, llm):
    entry = by_title(lib_2024, title)
    assert (entry.venue_tag, entry.year, entry.llm) == (venue, year, llm)


def test_doubled_year_keeps_the_raw_tag_in_the_listing(lib_2024):
    entry = by_title(lib_2024, "Finding-Aware Anatomical Tokens")
    assert entry.listings[0].venue_tag == "MLMIW 2023 2023"


def test_llm_count(lib_2024):
    """27 titles are bold: `grep -c '^- \\[\\*\\*[^*]*\\*\\*\\] \\*\\*' seeds/001_*` gives 27."""
    assert sum(e.llm for e in lib_2024.entries) == 27


def test_malformed_acl_link(lib_2024):
    entry = by_title(lib_2024, "ORGAN: Observation-Guided")
    assert entry.title == "ORGAN: Observation-Guided Radiology Report Generation via Tree-Reasoning"
    assert [(lk.label, lk.url) for lk in entry.links] == [
        ("pdf", "https://aclanthology.org/2023.acl-long.451/"),
        ("code", "https://github.com/wjhou/ORGan")]


def test_both_links_malformed(lib_2024):
    entry = by_title(lib_2024, "RECAP:")
    assert [lk.label for lk in entry.links] == ["pdf", "code"]
    assert entry.arxiv == "2310.13864"


def test_capitalised_scheme(lib_2024):
    entry = by_title(lib_2024, "Enhancing Human-Computer Interaction")
    assert entry.links[0].url == "Https://arxiv.org/pdf/2404.02370"
    assert entry.arxiv == "2404.02370" and entry.llm


@pytest.mark.parametrize("title, labels", [
    pytest.param("RATCHET", ["pdf", "code"], id="no-space-between-links"),
    pytest.param("ChatCAD: Interactive", ["pdf", "code"], id="bold-no-space"),
    pytest.param("Towards Generalist Biomedical AI", ["pdf", "Med-PaLM"], id="med-palm-label"),
    pytest.param("UniverSeg", ["pdf", "project website"], id="project-website"),
    pytest.param("Quilt-LLaVA", ["pdf", "code-demo"], id="code-demo"),
    pytest.param("BESTMVQA", ["pdf", "demo"], id="demo"),
    pytest.param("Vision-language transformer for interpretable", ["link"], id="link-label"),
    pytest.param("MedKLIP", ["pdf", "project"], id="project"),
])
def test_link_labels(lib_2024, title, labels):
    assert [lk.label for lk in by_title(lib_2024, title).links] == labels


def test_trailing_space_item(lib_2024):
    entry = by_title(lib_2024, "Merlin")
    assert entry.title == "Merlin: A Vision Language Foundation Model for 3D Computed Tomography"
    assert [lk.url for lk in entry.links] == ["https://arxiv.org/pdf/2406.06512"]


def test_mojibake_titles_repaired(lib_2024, lib_2023):
    assert by_title(lib_2024, "Making the most of text").title.endswith(
        "biomedical vision–language processing")
    assert by_title(lib_2023, "Making the most of text").title.endswith(
        "biomedical vision–language processing")
    assert by_title(lib_2024, "Vision–language foundation model for echo")
    assert by_title(lib_2024, "A visual–language foundation model for pathology")


def test_raw_keeps_the_mojibake(lib_2024):
    entry = by_title(lib_2024, "Making the most of text")
    assert "vision‚Äìlanguage" in entry.listings[0].raw


def test_section_and_subsection(lib_2024):
    entry = by_title(lib_2024, "PromptMRG")
    listing = entry.listings[0]
    assert (listing.section, listing.subsection, listing.line) == (
        "medical-report-generation", "2024", 170)


@pytest.mark.parametrize("md, title, venue, year, labels", [
    pytest.param("- **Segment Anything.** Kirillov et al. [[paper]](https://arxiv.org/abs/2304.02643)",
                 "Segment Anything", "", None, ["paper"], id="bold-title-then-authors"),
    pytest.param("- [Visual Instruction Tuning](https://arxiv.org/abs/2304.08485) (NeurIPS 2023)",
                 "Visual Instruction Tuning", "NeurIPS 2023", 2023, ["paper"],
                 id="title-link-paren"),
    pytest.param("- [BLIP-2: Bootstrapping](https://arxiv.org/abs/2301.12597), ICML'23",
                 "BLIP-2: Bootstrapping", "ICML 2023", 2023, ["paper"], id="apostrophe-year"),
    pytest.param("- [Flamingo](https://arxiv.org/abs/2204.14198) - NeurIPS 2022",
                 "Flamingo", "NeurIPS 2022", 2022, ["paper"], id="dash-venue"),
    pytest.param("- U-Net (MICCAI 2015) [pdf](https://arxiv.org/abs/1505.04597)",
                 "U-Net", "MICCAI 2015", 2015, ["pdf"], id="paren-venue-in-title"),
    pytest.param("- [CLIP](https://arxiv.org/abs/2103.00020) "
                 "![ICML](https://img.shields.io/badge/ICML-2021-blue)",
                 "CLIP", "ICML 2021", 2021, ["paper"], id="badge"),
    pytest.param("- Some Paper\n  [pdf](https://arxiv.org/abs/2101.00001)",
                 "Some Paper", "", None, ["pdf"], id="links-on-next-line"),
    pytest.param("- A Title With **Emphasis** Inside [pdf](https://x.org/a.pdf)",
                 "A Title With Emphasis Inside", "", None, ["pdf"], id="inner-bold-not-llm"),
    pytest.param("- See (Https://arxiv.org/abs/2101.00002) for A Bare Link",
                 "See for A Bare Link", "", None, ["link"],
                 id="bare-url"),
])
def test_shapes(md, title, venue, year, labels):
    item = _item(md)
    assert (item.title, item.venue_tag, item.year) == (title, venue, year)
    assert [lk.label for lk in item.links] == labels


def test_inner_bold_is_not_llm():
    assert not _item("- A Title With **Emphasis** Inside [pdf](https://x.org/a.pdf)").bold


@pytest.mark.parametrize("tag, expected", [
    ("MLMIW 2023 2023", "MLMIW 2023"), ("CVPR'23", "CVPR 2023"), ("ECCV’98", "ECCV 1998"),
    ("  NeurIPS   2021  D&B ", "NeurIPS 2021 D&B"), ("arXiv 2024", "arXiv 2024"),
])
def test_normalise_venue(tag, expected):
    assert normalise_venue(tag) == expected


@pytest.mark.parametrize("src, expected", [
    ("https://img.shields.io/badge/CVPR-2023-blue", "CVPR 2023"),
    ("https://img.shields.io/badge/NeurIPS_D%26B-2021-green", "NeurIPS D&B 2021"),
    ("https://img.shields.io/badge/survey-red", ""),
    ("https://img.shields.io/github/stars/x/y", ""),
    ("https://example.org/badge/CVPR-2023-blue", ""),
])
def test_badge_venue(src, expected):
    assert badge_venue(src) == expected
