"""Review of round 5 (§2, §4, §5). §2: a citation paragraph under a link (collect._cites_last)
and a linkless citation that writes its arXiv id (collect._cited_paragraph), inputs written in
the shape of list 55 (`[Original QRAM paper](aps)` over its citation) and list 63 (`IEEE CLOUD
2022, [Automated Configuration ...](ieeexplore)` over a citation of another work). §4: a span of
years that dates something else than the item (evidence.several_works)."""

from __future__ import annotations

from awesome_bib.importer import read_library
from awesome_bib.importer.items import parse_item
from awesome_bib.importer.markdown import parse

_ABOVE = "# L\n\n## Papers\n\n[Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n\n"
_CITATION = ("Vittorio Giovannetti, Seth Lloyd, and Lorenzo Maccone. 2008. Quantum random access "
             "memory. PRL.")


def _read(md: str) -> list[tuple[str, int | None, list[str]]]:
    return [(e.title, e.year, [lk.url for lk in e.links])
            for e in read_library(md, "list.md").lib.entries]


def test_a_citation_under_a_paragraph_with_more_than_a_link_keeps_its_own_fields():
    # only a paragraph that is nothing but a link is restated by the citation under it: a
    # sentence that links code, or a titled link with its venue, is another item, and the
    # citation must not take its link (a field from another work)
    for above in ("A simulator of these circuits: [qram-sim](https://github.com/qram/qram-sim), "
                  "in Python.",
                  "[Automated Configuration for Agile Software Environments]"
                  "(https://ieeexplore.ieee.org/document/9860602) (IEEE CLOUD)"):
        read = _read(f"{_ABOVE}{above}\n\n{_CITATION}\n")
        assert ("Quantum random access memory", 2008, []) in read
        assert all(not (title.startswith("Quantum") and links) for title, _y, links in read)


def test_a_citation_under_a_lone_link_that_writes_its_arxiv_id_restates_that_link():
    # `[Original QRAM paper](aps)` over its citation, which also writes the arXiv id: the
    # citation's title, authors and year are the link's paper's, and so is the id
    md = (f"{_ABOVE}[Original QRAM paper](https://journals.aps.org/prl/abstract/10.1103/"
          f"PhysRevLett.100.160501)\n\n{_CITATION} arXiv:0708.1879\n")
    assert _read(md)[1] == ("Quantum random access memory", 2008,
                            ["https://journals.aps.org/prl/abstract/10.1103/"
                             "PhysRevLett.100.160501", "https://arxiv.org/abs/0708.1879"])


def test_a_linkless_citation_that_writes_its_arxiv_id_is_kept():
    # under a paper with fields of its own the citation is a paper of its own; the arXiv id
    # its text writes is its only link, and it is no reason to drop it
    md = ("# L\n\n## Papers\n\n- [Deep Residual Learning for Image Recognition]"
          "(https://arxiv.org/abs/1512.03385), CVPR 2016\n\n"
          f"{_CITATION} arXiv:0708.1879\n")
    reading = read_library(md, "list.md")
    assert [(e.title, e.year, e.arxiv) for e in reading.lib.entries] == [
        ("Deep Residual Learning for Image Recognition", 2016, "1512.03385"),
        ("Quantum random access memory", 2008, "0708.1879")]
    assert reading.lib.problems == []


def test_a_span_of_years_before_the_items_own_dated_venue_names_no_several_works():
    # list 57's `paper series 2021-2023.` and `RA-L 2020 and arXiv 2022.` date several works
    # (skipped); a span that describes the data (`satellite flood maps 2000-2018`) with the
    # item's own dated venue after it is one work
    md = ("# L\n\n## Data\n\n- [Deep Residual Learning for Image Recognition]"
          "(https://arxiv.org/abs/1512.03385), CVPR 2016\n"
          "- (JDRB) [JackRabbot Dataset and Benchmark](https://jrdb.erc.monash.edu/), paper "
          "series 2021-2023.\n"
          "- [THOR and THOR-Magni](http://thor.oru.se/), RA-L 2020 and arXiv 2022.\n"
          "- [Global Flood Database](https://global-flood-database.cloudtostreet.ai/), satellite "
          "flood maps 2000-2018, Nature 2021.\n")
    reading = read_library(md, "list.md")
    assert [e.title for e in reading.lib.entries] == [
        "Deep Residual Learning for Image Recognition", "Global Flood Database"]
    assert [s.line for s in reading.skipped if s.reason.startswith("names several works")] \
        == [6, 7]


def test_an_html_link_opened_by_an_emoji_shortcode_reads_as_a_markdown_link_does():
    # §5: the emoji shortcodes opening a link's text have one home (markdown.link_text), on
    # the HTML <a> path too: `<a>:bookmark_tabs: Publication</a>: Title` is a labelled link
    # before its title, as `[:bookmark_tabs: Publication](url): Title` is (items._AFTER_LABEL)
    for link in ('<a href="https://arxiv.org/abs/1810.04805">:bookmark_tabs: Publication</a>',
                 "[:bookmark_tabs: Publication](https://arxiv.org/abs/1810.04805)"):
        md = ("# L\n\n## Papers\n\n- [Attention Is All You Need](https://arxiv.org/abs/"
              f"1706.03762), NeurIPS 2017\n- {link}: BERT: Pre-training of Deep Bidirectional "
              "Transformers, NAACL 2019\n")
        assert [(e.title, e.venue_tag, [lk.label for lk in e.links])
                for e in read_library(md, "list.md").lib.entries][1] \
            == ("BERT: Pre-training of Deep Bidirectional Transformers", "NAACL 2019",
                ["paper"])  # (the title's own link, labelled as such)


def test_a_name_linking_an_acl_anthology_paper_is_that_paper_not_the_work_its_text_names():
    # §5: one "a link is a paper itself" test (core.identifiers.paper_itself) for items and
    # evidence: an ACL Anthology link identifies its paper as an arXiv link does, so the
    # quoted work the line names is another paper, never this link's title
    for url in ("https://arxiv.org/abs/1909.10351", "https://aclanthology.org/2020.tacl-1.54/"):
        pieces = parse(f'- [BERTology]({url}) - extends the paper "Highway Networks for '
                       'training deep models"')[0].pieces
        assert parse_item(pieces).title == "BERTology"


def test_a_sentence_that_says_where_its_work_appeared_names_it_in_any_of_the_words():
    # §5: one list of "published in / to appear in / appeared in" words (item_fields.APPEARS_IN)
    # for a venue's lead-in and for the sentence naming a tool's paper (list 58's `TOGA: ...
    # to appear in ICSE 2022.`): `appeared in` and `published at` name the work as well
    for words in ("to appear in", "appeared in", "published at"):
        pieces = parse("- [Toga](https://github.com/microsoft/toga). This is the replication "
                       "artifact for TOGA: A Neural Method for Test Oracle Generation "
                       f"{words} ICSE 2022.")[0].pieces
        item = parse_item(pieces)
        assert (item.title, item.venue_tag, item.year) \
            == ("TOGA: A Neural Method for Test Oracle Generation", "ICSE 2022", 2022)
