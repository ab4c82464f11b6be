"""The entry model's closed vocabularies, as `Literal` types with their runtime tuples.

`entries/` is validated against these on load (model.py): an unknown value is a bad entry
naming its file and line, never a `KeyError` deep inside a stage.
"""

from __future__ import annotations

import string
from collections.abc import Iterable
from typing import Literal, TypeVar, get_args

_T = TypeVar("_T", bound=str)


def one_of(name: str, value: object, allowed: tuple[_T, ...]) -> _T:
    """`value` when it is one of `allowed`, else a ValueError naming the field and the choices
    (the store turns it into `file:line: bad entry: ...`)."""
    for choice in allowed:
        if value == choice:
            return choice
    raise ValueError(f"{name}: {value!r} is not one of {', '.join(allowed)}")


_KEY_CHARS = frozenset(string.ascii_letters + string.digits + "-_:.")


def is_valid_key(key: str) -> bool:
    """Citation keys hold only ASCII letters, digits and `-_:.` and start with a letter or
    digit (bibtex and biber accept both; a title may start with "3D")."""
    return bool(key) and key[0].isalnum() and set(key) <= _KEY_CHARS


#: Publication types an entry can resolve to; each format maps them through a table.
PubType = Literal["conference", "workshop", "journal", "preprint", "dataset", "book-chapter",
                  "misc"]
PUB_TYPES: tuple[PubType, ...] = get_args(PubType)

#: The publication types that mean "published" (not a preprint, dataset or unknown).
PUBLISHED_TYPES: frozenset[PubType] = frozenset({"conference", "workshop", "journal",
                                                  "book-chapter"})

#: The kinds a venue of the venue table (data/venues.yaml) has: the publication types a venue
#: tag alone can decide.
VenueKind = Literal["conference", "workshop", "journal", "preprint"]
VENUE_KINDS: tuple[VenueKind, ...] = get_args(VenueKind)

#: What an entry is.
EntryKind = Literal["paper", "dataset"]
ENTRY_KINDS: tuple[EntryKind, ...] = get_args(EntryKind)

#: What a section holds.
SectionKind = Literal["papers", "datasets"]
SECTION_KINDS: tuple[SectionKind, ...] = get_args(SectionKind)

#: Where a field's value came from: the Markdown list, a person, or a source (named by the
#: `Provider` that wrote it, enrich/sources.py). A new source adds its name here.
Provenance = Literal["list", "manual", "arxiv", "s2", "crossref"]
PROVENANCES: tuple[Provenance, ...] = get_args(Provenance)

#: Link labels that name the paper itself (not its code, demo or project page): two items
#: sharing such a link claim to be the same paper.
PAPER_LABELS = frozenset({"pdf", "paper", "publication", "arxiv", "link", "doi", "html", "abstract",
                          "openreview", "article"})

#: Link labels whose URL export may give as the paper's URL, in order of preference: the
#: paper's own links first, then a project page (better than a code repository).
URL_LABELS = ("paper", "pdf", "link", "arxiv", "html", "doi", "openreview", "project",
              "project website", "website", "page")

#: Link labels of software (code, demos, notebooks): a short name with only these is a tool.
TOOL_LABELS = frozenset("code github pytorch tensorflow jax colab notebook demo".split())

#: Indexes and metadata services a list may name as where it found a paper (`| Source |
#: Crossref |`): where the record came from, never where the paper appeared.
INDEX_SERVICES = frozenset({"crossref", "semantic scholar", "google scholar", "openalex",
                            "dblp", "pubmed", "scopus", "web of science", "papers with code"})

#: Link labels of posts, talks and media (`[[blog](...)]`): a link so labelled is not the paper.
POST_LABELS = frozenset("blog post video slides ppt talk poster tweet twitter news podcast"
                        .split())

#: Words a title's closing tag names a document with that is no paper (`‘Stylo’: a package
#: for stylometric analyses (a manual)`): a program's manual, its documentation.
DOCUMENT_KINDS = frozenset("manual documentation".split())

#: Words that name a kind of work, not where it appeared: a tag `(2019 Overview)` or
#: `(2021, Survey on ...)` is a note on the paper, never its venue.
WORK_KINDS = frozenset("survey overview review tutorial primer introduction position note "
                       "thesis dissertation".split())

#: Words after a venue's year that say where the paper stands with it (`ICRA 2024
#: submission`, `RSS 2023 accepted`): not part of the venue's name.
STATUS_WORDS = frozenset("submission submitted accepted".split())

#: Words after a venue's year that say how the paper was presented or honoured there
#: (`ICCV2025 Highlight`, `ACL 2023 Outstanding paper`, `NeurIPS 2022 Oral`): not part of the
#: venue's name, and no other work (unlike `NeurIPS 2021 workshop talk`).
PRESENTATION_WORDS = frozenset("highlight highlights oral spotlight poster outstanding best "
                               "student paper award honorable mention".split())

#: Words naming the track a paper appeared in, after its venue's year (`EMNLP 2023 Main
#: Conference Paper`, `ICML 2020 Short Track`): the venue's, no venue name of their own.
#: "track" itself is also a part of the venue's name the importer keeps after a year
#: (`item_fields.VENUE_PART`: `NeurIPS 2021 Datasets and Benchmarks Track`).
TRACK_WORD = "track"
TRACK_WORDS = frozenset("main conference short long".split()) | {TRACK_WORD}

#: A note naming the language a work is written in (`**Title. (In Chinese)**`, `[中文]`): no
#: title word, no venue.
LANGUAGE_NOTES = frozenset("chinese english japanese korean german french spanish russian "
                           "portuguese italian 中文 英文 日文 日本語 한국어".split())

#: Words that name a presentation given at an event (`Tutorial at ACPR 2021`, `ICASSP 2022
#: Tutorial`, `Keynote at NeurIPS`): a talk, its slides a PDF, not a paper of that venue.
TALK_WORDS = frozenset("talk talks tutorial tutorials seminar seminars lecture lectures keynote "
                       "keynotes".split())

#: Words of a venue's kind (`The Network and Distributed System Security Symposium (NDSS)`).
VENUE_KIND_WORDS = frozenset("symposium conference journal transactions workshop "
                             "proceedings".split())
#: Words of a venue's form, as a journal names itself (`Physical Review Letters`, `Artificial
#: Intelligence Review`): never a topic's words.
VENUE_FORM_WORDS = VENUE_KIND_WORDS | frozenset(
    "letters review reviews communications magazine annals bulletin".split())
#: Words of a venue's name that no person's name holds (`Physical Review Letters`, `Physical
#: Chemistry Chemical Physics`): capitalised words with such a word name a venue, not a person
#: (a field's words too, which a topic's name holds as well: `Natural Language Processing`).
VENUE_NAME_WORDS = VENUE_FORM_WORDS | frozenset("""
physics chemistry materials science sciences biology medicine engineering computing intelligence
processing
""".split())

#: Words a list tags an item with when it is no paper (`[2023 Github]`, `(Blog)`, `(Tutorial)`):
#: software, posts and talks, and sites. Not "poster": `(NeurIPS 2023 Poster)` is a paper.
NON_PAPER_KINDS = TOOL_LABELS | (POST_LABELS - {"poster"}) | TALK_WORDS | frozenset(
    "blogs videos course courses website homepage ebook ebooks".split())

#: Chinese nouns of a post's or a talk's kind (a blog post, slides, a talk, a presentation):
#: a note whose first clause ends in one, or a title, says what the item is (`一组幻灯片`,
#: `eBPF的作者发表的演讲`, `Ferris Ellis的关于eBPF的博客文章`); `论文` (a paper) is none of them.
CJK_POST_KINDS = ("博客文章", "博客", "幻灯片", "演讲", "演示文稿")
#: A video, in Chinese: a note's kind, or a title's in brackets (`（视频）`), never a title's
#: last word alone (a paper may be on video: `…监控视频`).
CJK_VIDEO = "视频"
#: A paper, in Chinese: a note that names one (`论文及其演讲`, the paper and its talk) says
#: the item is a paper, whatever else it names.
CJK_PAPER = "论文"

#: Link labels that name a kind of resource, never a paper title (an item whose only "title"
#: is one of these has no title): every label above, and these.
RESOURCE_LABELS = PAPER_LABELS | frozenset(URL_LABELS) | TOOL_LABELS | frozenset("""
homepage code-demo video slides poster blog dataset data model models huggingface hf supp
supplementary bibtex bib talk official unofficial weights checkpoint acm ieee springer pubmed
pmc medrxiv biorxiv ssrn researchgate zenodo tweet twitter documentation docs url
""".split())


def substring_stems(words: Iterable[str]) -> tuple[str, ...]:
    """The words that no other word contains, sorted: a text contains one of `words` only if
    it contains one of these (`arxiv.org` stands for `export.arxiv.org`, `talk` for `talks`),
    so a substring test needs only these."""
    unique = set(words)
    return tuple(sorted(w for w in unique if not any(o != w and o in w for o in unique)))

#: Words of an organisation's name (`Google Research`, `Stanford University`): a line of them
#: under a title is an affiliation, never an author list. (Not `ai`: compared in lower case it
#: is the family name Ai, `Haizhou Ai`; `Meta AI` alone reads as no names anyway.)
ORGANISATION_WORDS = frozenset("""
university universität université universidad institute institut laboratory laboratories
lab labs research academy college school inc corporation corp company deepmind
""".split())

#: Words that mark a collaboration or a group of people (`International Brain Laboratory`,
#: `ENCODE Project Consortium`): with ORGANISATION_WORDS, a name of them is one body, no person.
COLLECTIVE_WORDS = frozenset("""
collaboration consortium team group project initiative committee society association network
alliance foundation ltd llc organisation organization council centre center working program
programme""".split())
#: The words of a body's name, an organisation's or a group's (ORGANISATION_WORDS and
#: COLLECTIVE_WORDS): a name holding one is no person's.
BODY_WORDS = ORGANISATION_WORDS | COLLECTIVE_WORDS
#: A title's function words (articles, prepositions, `using`), capitalised or not: a "name"
#: holding one is a title's or a topic's fragment (`Adaptive Object Detection Using`, `The
#: Lancet Digital`), never a person's. Not the short ones that are also family names (`An`,
#: `In`, `On`, `Do`, `To`, `You`: `Bo An`, `In So Kweon`, `Heejin Do`), nor name particles.
FUNCTION_WORDS = frozenset("""
the of for using with from via towards toward into onto through without within under upon
""".split())

#: Words that make a heading a paper section even beside a non-paper word (`Surveys &
#: Overview`; importer.sections), and a heading of these words alone names no topic (`##
#: Papers`: importer.markdown reads a collapsed block under it by its summary).
PAPER_WORDS = frozenset("survey surveys paper papers review reviews publications".split())


#: Abbreviations a title writes inside it with their stop (`Batch vs. Online Learning`,
#: `Housing in St. Louis`, `Why Dr. Watson Fails`): the stop after one ends no sentence.
TITLE_ABBREVIATIONS = frozenset("vs etc cf st dr mr mrs ms jr".split())
