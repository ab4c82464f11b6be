"""The two Data Source tables become 17 dataset entries; paper tables become papers."""

from __future__ import annotations

import pytest

from .conftest import LISTS, by_title, library_of

IMAGE_CAPTION = [
    # name, domain, image, text, source, language (read from seeds/001 lines 52-61)
    ("ROCO", "multiple", "87K", "87K", "research papers", "En"),
    ("MedICaT", "multiple", "217K", "217K", "research papers", "En"),
    ("PMC-OA", "multiple", "1.6M", "1.6M", "research papers", "En"),
    ("ChiMed-VL", "multiple", "580K", "580K", "research papers", "En/zh"),
    ("FFA-IR", "fundus", "1M", "10K", "medical reports", "En/zh"),
    ("PadChest", "cxr", "160K", "109K", "medical reports", "Sp"),
    ("MIMIC-CXR", "cxr", "377K", "227K", "medical reports", "En"),
    ("OpenPath", "histology", "208K", "208K", "social media", "En"),
    ("Quilt-1M", "histology", "1M", "1M", "research papers; social media", "En"),
    ("Harvard-FairVLMed", "fundus", "10k", "10K", "medical reports", "En"),
]
VQA = [
    # name, domain, image, qa_items, language (lines 67-73)
    ("VQA-RAD", "radiology", "315", "3k", "En"),
    ("SLAKE", "radiology", "642", "14k", "En/zh"),
    ("Path-VQA", "histology", "5k", "32M", "En"),
    ("VQA-Med", "radiology", "4.5k", "5.5k", "En"),
    ("PMC-VQA", "multiple", "149k", "227k", "En"),
    ("OmniMedVQA", "multiple", "118k", "128k", "En"),
    ("ProbMed", "radiology", "6k", "57k", "En"),
]


def _datasets(lib):
    return [e for e in lib.entries if e.kind == "dataset"]


def test_seventeen_rows_in_order(lib_2024):
    names = [e.title for e in _datasets(lib_2024)]
    assert names == [row[0] for row in IMAGE_CAPTION] + [row[0] for row in VQA]
    assert [e.listings[0].line for e in _datasets(lib_2024)] == [*range(52, 62), *range(67, 74)]


@pytest.mark.parametrize("row", IMAGE_CAPTION, ids=[r[0] for r in IMAGE_CAPTION])
def test_image_caption_fields(lib_2024, row):
    entry = [e for e in _datasets(lib_2024) if e.title == row[0]][0]
    assert entry.dataset == {"domain": row[1], "image": row[2], "text": row[3],
                             "source": row[4], "language": row[5],
                             "table": "Image-Caption Datasets"}
    assert entry.listings[0].section == "data-source"
    assert entry.links[0].label == "dataset" and entry.links[0].url.startswith("https://")


@pytest.mark.parametrize("row", VQA, ids=[r[0] for r in VQA])
def test_vqa_fields(lib_2024, row):
    entry = [e for e in _datasets(lib_2024) if e.title == row[0]][0]
    assert entry.dataset == {"domain": row[1], "image": row[2], "qa_items": row[3],
                             "language": row[4], "table": "Visual Question Answering Datasets"}


def test_datasets_are_not_merged_with_papers(lib_2024):
    """PMC-VQA the dataset and PMC-VQA the paper share a GitHub link: two entries, no conflict."""
    assert by_title(lib_2024, "PMC-VQA: Visual").kind == "paper"
    assert [e.kind for e in lib_2024.entries if e.title == "PMC-VQA"] == ["dataset"]


def test_paper_table():
    lib = library_of(LISTS / "table_papers.md")
    papers = [(e.title, e.venue_tag, e.year, [lk.label for lk in e.links])
              for e in lib.entries if e.kind == "paper"]
    assert papers == [
        ("A visual-language foundation model for computational pathology",
         "Nature Medicine 2024", 2024, ["paper", "code"]),
        ("Quilt-1M: One Million Image-Text Pairs for Histopathology", "CVPR 2023", 2023,
         ["paper", "code"]),
    ]
    assert [p.line for p in lib.problems] == [9]
    (dataset,) = [e for e in lib.entries if e.kind == "dataset"]
    assert (dataset.title, dataset.dataset) == ("TCGA", {"domain": "histology", "images": "30K"})
