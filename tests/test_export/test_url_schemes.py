"""Only http(s) URLs are exported (issue 20): a `javascript:` or `data:` URL from a source's
record or a list's link would be a live link in a reader's PDF or reference manager."""

from __future__ import annotations

import pytest

from awesome_bib.export import bibtex, csl_json, ris
from awesome_bib.export.resolve import resolve
from awesome_bib.model import Entry, Link, Listing

HOSTILE = ["javascript:alert(document.cookie)", "JaVaScRiPt:alert(1)", "data:text/html,<b>x",
           "file:///etc/passwd", "vbscript:msgbox(1)", "//evil.example/x"]


@pytest.mark.parametrize("url", HOSTILE)
def test_a_record_url_that_is_not_http_is_not_exported(url):
    e = Entry(key="k", title="A paper", year=2024, url=url,
              links=[Link(label="pdf", url="https://example.org/paper.pdf")],
              listings=[Listing(section="s", line=1, position=0)])
    rec = resolve(e)
    assert rec.url == "https://example.org/paper.pdf"  # the list's own web link instead
    for text in (bibtex.render_entry(rec), str(csl_json.render_entry(rec)),
                 str(ris.render_entry(rec))):
        assert url not in text


@pytest.mark.parametrize("url", HOSTILE)
def test_a_list_link_that_is_not_http_is_not_exported(url):
    e = Entry(key="k", title="A paper", year=2024, links=[Link(label="pdf", url=url)],
              listings=[Listing(section="s", line=1, position=0)])
    assert resolve(e).url == ""


def test_web_urls_are_kept_whatever_their_case():
    e = Entry(key="k", title="A paper", year=2024,
              links=[Link(label="pdf", url="Https://arxiv.org/pdf/2404.02370")])
    assert resolve(e).url == "Https://arxiv.org/pdf/2404.02370"
