"""What identifiers and URLs prove on their own (no network)."""

from __future__ import annotations

import pytest

from awesome_bib.core.arxiv_ids import malformed_url
from awesome_bib.core.identifiers import candidate_doi, doi, link_venue


@pytest.mark.parametrize("url, venue, year, track", [
    pytest.param("https://aclanthology.org/2021.emnlp-main.288.pdf", "EMNLP", 2021, "",
                 id="anthology-emnlp"),
    pytest.param("https://aclanthology.org/2023.acl-long.451/", "ACL", 2023, "",
                 id="anthology-acl-long"),
    pytest.param("https://aclanthology.org/2022.acl-demo.3.pdf", "ACL", 2022, "demo",
                 id="anthology-demo"),
    pytest.param("https://aclanthology.org/2023.findings-emnlp.12.pdf", "EMNLP", 2023,
                 "findings", id="anthology-findings"),
    pytest.param("https://aclanthology.org/P18-1240.pdf", "ACL", 2018, "", id="anthology-old"),
    pytest.param("https://aclanthology.org/D18-1001/", "EMNLP", 2018, "", id="anthology-old-D"),
    pytest.param("https://openaccess.thecvf.com/content/CVPR2023/papers/H_KiUT_paper.pdf",
                 "CVPR", 2023, "", id="cvf"),
    pytest.param("https://openaccess.thecvf.com/content_CVPR_2019/papers/x.pdf", "CVPR", 2019,
                 "", id="cvf-old-layout"),
    pytest.param("https://openaccess.thecvf.com/content/CVPR2023W/papers/x.pdf", "CVPR", 2023,
                 "workshop", id="cvf-workshop"),
    pytest.param("https://openaccess.thecvf.com/content/ACCV2020/papers/x.pdf", "ACCV", 2020,
                 "", id="cvf-accv"),
    pytest.param("https://proceedings.neurips.cc/paper/2018/file/e07-Paper.pdf", "NeurIPS",
                 2018, "", id="neurips"),
    pytest.param("https://proceedings.neurips.cc/paper_files/paper/2023/file/x-Paper.pdf",
                 "NeurIPS", 2023, "", id="neurips-new-layout"),
])
def test_url_venue(url, venue, year, track):
    proof = link_venue(url)
    assert (proof.venue, proof.year, proof.track) == (venue, year, track)


@pytest.mark.parametrize("url", [
    pytest.param("https://openreview.net/pdf?id=FgYTwJbjbf", id="openreview-has-no-year"),
    pytest.param("https://aclanthology.org/2023.bionlp-1.5.pdf", id="anthology-workshop"),
    pytest.param("https://arxiv.org/abs/2303.07618", id="arxiv"),
    pytest.param("https://openaccess.thecvf.com/menu", id="cvf-menu"),
])
def test_url_venue_proves_nothing(url):
    assert link_venue(url) is None


@pytest.mark.parametrize("url, bad", [
    pytest.param("https://arxiv.org/abs/2303.0761", "2303.0761", id="truncated"),
    pytest.param("https://arxiv.org/pdf/2313.12345v2.pdf", "2313.12345", id="month-13"),
    pytest.param("https://arxiv.org/abs/2303.07618v2", "", id="fine-versioned"),
    pytest.param("Https://arxiv.org/pdf/2404.02370", "", id="fine-capital-scheme"),
    pytest.param("https://arxiv.org/abs/math.GT/0309136", "", id="fine-old-style-subject"),
    pytest.param("https://github.com/x/2303.0761", "", id="not-arxiv"),
])
def test_malformed_arxiv_link(url, bad):
    assert malformed_url(url) == bad


@pytest.mark.parametrize("url, expected", [
    pytest.param("https://aclanthology.org/2021.emnlp-main.288.pdf",
                 "10.18653/v1/2021.emnlp-main.288", id="anthology-new"),
    pytest.param("https://aclanthology.org/2023.acl-long.451/", "10.18653/v1/2023.acl-long.451",
                 id="anthology-trailing-slash"),
    pytest.param("https://aclanthology.org/P18-1240.pdf", "10.18653/v1/P18-1240",
                 id="anthology-old-style"),
    pytest.param("https://aclanthology.org/P15-1001.pdf", "", id="anthology-before-dois"),
    pytest.param("https://aclanthology.org/2023.bionlp-1.5.pdf", "10.18653/v1/2023.bionlp-1.5",
                 id="anthology-workshop"),
    pytest.param("https://openreview.net/pdf?id=FgYTwJbjbf", "", id="openreview"),
])
def test_candidate_doi(url, expected):
    assert candidate_doi(url) == expected


@pytest.mark.parametrize("url, expected", [
    pytest.param("https://onlinelibrary.wiley.com/doi/full/10.1002/mp.16420", "10.1002/mp.16420",
                 id="wiley"),
    pytest.param("https://dl.acm.org/doi/10.1145/3581783.3612346", "10.1145/3581783.3612346",
                 id="acm"),
    pytest.param("https://dl.acm.org/doi/pdf/10.1145/3581783.3612346", "10.1145/3581783.3612346",
                 id="acm-pdf"),
    pytest.param("https://www.sciencedirect.com/sdfe/reader/pii/S1361841522001578/pdf", "",
                 id="sciencedirect-pii-not-mappable"),
    pytest.param("https://ieeexplore.ieee.org/document/10356722", "", id="ieee-article-number"),
])
def test_publisher_dois(url, expected):
    assert doi(url) == expected


def test_pmlr():
    proof = link_venue("https://proceedings.mlr.press/v139/radford21a.html")
    assert (proof.venue, proof.year) == ("PMLR", 2021)
