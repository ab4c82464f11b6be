"""What identifiers and URLs prove on their own (no network)."""

from __future__ import annotations

import pytest

from awesome_bib.arxiv_ids import malformed_url
from awesome_bib.importer.links import link_venue


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
