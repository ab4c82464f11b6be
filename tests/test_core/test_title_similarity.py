"""Title comparison: what counts as the same title, a retitle, or another paper."""

from __future__ import annotations

import pytest

from awesome_bib.core import titles


@pytest.mark.parametrize("a, b", [
    pytest.param("KiUT: Knowledge-Injected U-Transformer for Radiology Report Generation",
                 "KiUT: Knowledge-injected U-Transformer for Radiology Report Generation",
                 id="case"),
    pytest.param("Vision–language foundation model for echocardiogram interpretation",
                 "Vision-language foundation model for echocardiogram interpretation",
                 id="en-dash-vs-hyphen"),
    pytest.param("Vision‚Äìlanguage foundation model", "Vision-language foundation model",
                 id="mojibake-dash"),
    pytest.param("DeltaNet:Conditional Medical Report Generation",
                 "DeltaNet: Conditional Medical Report Generation.", id="punctuation"),
    pytest.param("Chest X-ray Report Generation", "Chest Xray report generation", id="x-ray"),
    pytest.param('"Nothing Abnormal": Disambiguating Reports', "“Nothing Abnormal”: "
                 "Disambiguating Reports", id="curly-quotes"),
])
def test_same_ignores_case_punctuation_and_dashes(a, b):
    assert titles.same(a, b)
    assert titles.score(a, b) == 100.0


@pytest.mark.parametrize("listed, arxiv, close", [
    pytest.param("Visual-Linguistic Causal Intervention for Radiology Report Generation",
                 "Cross-Modal Causal Intervention for Medical Report Generation", True,
                 id="2303.09117-retitled"),
    pytest.param("MedRG: Medical Report Grounding with Multi-modal Large Language Model",
                 "Medical Phrase Grounding with Region-Phrase Context Contrastive Alignment",
                 False, id="2303.07618-another-paper"),
    pytest.param("Advancing High Resolution Vision-Language Models in Biomedicine",
                 "Merlin: A Vision Language Foundation Model for 3D Computed Tomography", False,
                 id="2406.06512-another-paper"),
    pytest.param("Towards Generalist Biomedical AI",
                 "Towards Generalist Biomedical AI: a study of things", True, id="subtitle-added"),
])
def test_close_separates_retitles_from_other_papers(listed, arxiv, close):
    assert not titles.same(listed, arxiv)
    assert titles.close(listed, arxiv) is close


def test_near_is_a_typo_not_a_different_paper():
    assert titles.near("Near Identical Titles for Report Generation Models",
                       "Near Identical Title for Report Generation Models")
    assert not titles.near("A visual-language foundation model for computational pathology",
                           "A visual-language foundation model for pathology image analysis")
