"""One protection decision per title, rendered as BibTeX braces, CSL nocase spans, RIS text."""

from __future__ import annotations

import pytest

from awesome_bib.export import bibtex, ris
from awesome_bib.export.resolve import resolve
from awesome_bib.export.title_protect import csl_title, protected_spans

from .conftest import make_entry

CASES = [
    pytest.param("LLaVA: Visual Instruction Tuning", ["LLaVA"], id="llava"),
    pytest.param("Learning with CLIP and MedCLIP", ["CLIP", "MedCLIP"], id="clip"),
    pytest.param("Chest X-ray Report Generation", ["X"], id="x-ray"),
    pytest.param("Chest X-Ray Report Generation", ["X-Ray"], id="x-ray-capitalised"),
    pytest.param("COVID-19 Diagnosis", ["COVID"], id="covid"),
    pytest.param("Can ChatGPT Replace GPT-4?", ["ChatGPT", "GPT"], id="chatgpt"),
    pytest.param("3D Medical Segmentation", ["3D"], id="3d"),
    pytest.param("LLaVA-Med: Training an Assistant", ["LLaVA-Med"], id="compound-name"),
    pytest.param("A Survey of Medical Vision-Language Models", [], id="plain-capitals"),
    pytest.param("Part B of the Study", ["B"], id="single-letter"),
    pytest.param("", [], id="empty"),
    pytest.param("Med-Flamingo: a Multimodal Medical Few-shot Learner", ["Med-Flamingo"],
                 id="name-head-before-colon"),
    pytest.param("Gloria: A Multimodal Framework", ["Gloria"], id="one-word-head"),
    pytest.param("Vision-Language Models: A Survey", [], id="several-word-head"),
    pytest.param("ViLMedic: a Framework", ["ViLMedic"], id="head-already-protected"),
    pytest.param("C^2M-DoT: Cross-modal", ["C", "2M-DoT"], id="head-keeps-other-spans"),
]


@pytest.mark.parametrize(("title", "expected"), CASES)
def test_protected_spans(title, expected):
    assert [title[a:b] for a, b in protected_spans(title)] == expected


@pytest.mark.parametrize(("title", "bib", "csl"), [
    pytest.param("X-ray and COVID-19", "{X}-ray and {COVID}-19",
                 '<span class="nocase">X</span>-ray and <span class="nocase">COVID</span>-19',
                 id="x-ray-covid"),
    pytest.param("LLaVA beats CLIP", "{LLaVA} beats {CLIP}",
                 '<span class="nocase">LLaVA</span> beats <span class="nocase">CLIP</span>',
                 id="llava-clip"),
    pytest.param("Ratio a<b for GPT", r"Ratio a$<$b for {GPT}",
                 'Ratio a<b for <span class="nocase">GPT</span>', id="markup-char"),
    pytest.param("p < 0.05 > q, <i> tags", r"p $<$ 0.05 $>$ q, $<$i$>$ tags",
                 "p < 0.05 > q, &lt;i> tags", id="tag-like"),
])
def test_rendered_per_format(title, bib, csl):
    rec = resolve(make_entry("k2020", title, venue_tag="CVPR 2020", year=2020))
    assert bibtex.title_value(rec) == bib
    assert csl_title(title) == csl
    assert ris.record(rec)["title"] == title
