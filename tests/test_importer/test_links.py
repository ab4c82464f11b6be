"""arXiv ids and DOIs derived from links."""

from __future__ import annotations

import pytest

from awesome_bib.core.identifiers import arxiv_id, doi, is_web_link, norm_url


@pytest.mark.parametrize("url, expected", [
    pytest.param("https://arxiv.org/abs/2303.07618", ("2303.07618", ""), id="abs"),
    pytest.param("https://arxiv.org/pdf/2204.07756.pdf", ("2204.07756", ""), id="pdf-suffix"),
    pytest.param("https://arxiv.org/pdf/2210.02884", ("2210.02884", ""), id="pdf-no-suffix"),
    pytest.param("https://arxiv.org/pdf/2304.12306v2.pdf", ("2304.12306", "v2"), id="version-pdf"),
    pytest.param("https://arxiv.org/abs/2301.12597v3", ("2301.12597", "v3"), id="version-abs"),
    pytest.param("Https://arxiv.org/pdf/2404.02370", ("2404.02370", ""), id="capital-scheme"),
    pytest.param("HTTPS://ArXiv.org/abs/1234.5678", ("1234.5678", ""), id="upper-host"),
    pytest.param("http://export.arxiv.org/abs/1707.08567", ("1707.08567", ""), id="export-host"),
    pytest.param("https://arxiv.org/abs/astro-ph/0601001", ("astro-ph/0601001", ""),
                 id="old-style"),
    pytest.param("https://arxiv.org/abs/quant-ph/0201082v1", ("quant-ph/0201082", "v1"),
                 id="old-style-version"),
    pytest.param("https://arxiv.org/abs/math.GT/0309136", ("math/0309136", ""),
                 id="old-style-subject-class"),
    pytest.param("https://arxiv.org/pdf/math.GT/0309136v2.pdf", ("math/0309136", "v2"),
                 id="old-style-subject-pdf"),
    pytest.param("https://github.com/arxiv.org/abs/2303.07618", ("", ""), id="other-host"),
    pytest.param("https://arxiv.org/list/cs.CV/recent", ("", ""), id="listing-page"),
    pytest.param("ftp://arxiv.org/abs/2303.07618", ("", ""), id="not-http"),
])
def test_arxiv_id(url, expected):
    assert arxiv_id(url) == expected


@pytest.mark.parametrize("url, expected", [
    pytest.param("https://doi.org/10.1038/s42256-024-00832-8", "10.1038/s42256-024-00832-8",
                 id="doi-org"),
    pytest.param("http://dx.doi.org/10.1126/science.169.3946.635", "10.1126/science.169.3946.635",
                 id="dx-doi-org"),
    pytest.param("Https://DOI.org/10.1007/978-3-662-46370-3_13", "10.1007/978-3-662-46370-3_13",
                 id="capitalised"),
    pytest.param("https://doi.org/10.1101%2F2020.12.01.406702", "10.1101/2020.12.01.406702",
                 id="percent-encoded"),
    pytest.param("https://link.springer.com/chapter/10.1007/978-3-031-16449-1_48",
                 "10.1007/978-3-031-16449-1_48", id="springer-chapter"),
    pytest.param("https://link.springer.com/epdf/10.1007/978-3-030-87199-4_7?sharing_token=x",
                 "10.1007/978-3-030-87199-4_7", id="springer-epdf"),
    pytest.param("https://www.nature.com/articles/s41591-023-02504-3",
                 "10.1038/s41591-023-02504-3", id="nature"),
    pytest.param("https://doi.org/", "", id="empty"),
    pytest.param("https://ieeexplore.ieee.org/document/10356722", "", id="not-derivable"),
])
def test_doi(url, expected):
    assert doi(url) == expected


def test_ids_in_the_default_list(lib_2024):
    """`grep -c 'arxiv.org/\\(abs\\|pdf\\)' seeds/001_*` = 179 lines; minus the News line (22)
    and the repeated RoentGen, RepsNet, Rad-ReStruct bullets = 175 entries with an arXiv id.
    8 links are springer/nature DOI links (grep), all on distinct papers."""
    papers = [e for e in lib_2024.entries if e.kind == "paper"]
    assert sum(bool(e.arxiv) for e in papers) == 175
    assert sum(bool(e.doi) for e in papers) == 8


@pytest.mark.parametrize("url, web", [
    ("https://x.org", True), ("#survey", False), ("mailto:a@b.c", False), ("docs/a.md", False),
])
def test_is_web_link(url, web):
    assert is_web_link(url) is web


def test_norm_url():
    assert norm_url("HTTPS://WWW.Example.org/a/") == norm_url("https://example.org/a")


@pytest.mark.parametrize("url, ident", [
    ("https://www.aclweb.org/anthology/D19-1185/", "D19-1185"),  # the Anthology's old host
    ("https://aclweb.org/anthology/W18-3106.pdf", "W18-3106"),
    ("https://aclanthology.org/2021.acl-long.254/", "2021.acl-long.254"),
    ("https://www.aclweb.org/portal/", ""),
])
def test_anthology_links_on_either_host_are_paper_links(url, ident):
    from awesome_bib.core.identifiers import anthology_id
    from awesome_bib.importer.evidence import paper_link
    assert anthology_id(url) == ident
    assert paper_link(url) == bool(ident)


def test_a_publisher_name_counts_in_the_host_only():
    """`github.com/explosion/spaCy` holds "plos" in its path: a repository, not a PLOS paper."""
    from awesome_bib.importer.evidence import paper_link

    assert not paper_link("https://github.com/explosion/spaCy")
    assert not paper_link("https://github.com/someone/wiley")
    assert paper_link("https://journals.plos.org/plosone/article?id=10.1371/x")
    assert paper_link("https://example.org/files/paper.pdf?download=1")
