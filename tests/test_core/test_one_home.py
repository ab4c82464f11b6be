"""Each rule that used to be written twice or three times now lives once (awesome_bib/core and
export/bibtex.py); every test here pins a case on which the old copies disagreed, through the
stages that apply the rule, so that a second copy creeping back shows up as a failure."""

from __future__ import annotations

import pytest

from awesome_bib import venues
from awesome_bib.core import titles
from awesome_bib.core.identifiers import paper_id
from awesome_bib.core.names import same_person
from awesome_bib.core.vocab import PAPER_LABELS, RESOURCE_LABELS, TOOL_LABELS, URL_LABELS
from awesome_bib.enrich.base import Record as SourceRecord
from awesome_bib.enrich.identity import judge as judge_arxiv
from awesome_bib.enrich.match import judge as judge_crossref
from awesome_bib.enrich.names import split_display_name
from awesome_bib.export import biblatex, bibtex, csl_json
from awesome_bib.export.resolve import Record
from awesome_bib.importer import build_library
from awesome_bib.importer.authors import parse_authors
from awesome_bib.model import Author, Entry, Listing

PDF = "https://arxiv.org/abs/2303.07618"


def imported(bullet: str) -> list[Entry]:
    """The entries a one-bullet list gives."""
    return build_library(f"# List\n\n## Papers\n\n{bullet}\n", "list.md")[0].entries


# -- one name splitter (core/names.py): the list's names and arXiv's split alike --------------

@pytest.mark.parametrize("name, family, given", [
    # the list read the suffix as the family name ("Jr"); arXiv kept it with the given name
    pytest.param("Martin Luther King Jr.", "King", "Martin Luther Jr", id="suffix"),
    # the list did not know the particle "el" and gave no authors at all
    pytest.param("Hamid el Alaoui", "el Alaoui", "Hamid", id="particle-el"),
    pytest.param("Ludwig van Beethoven", "van Beethoven", "Ludwig", id="particle-van"),
])
def test_list_and_arxiv_split_a_name_the_same_way(name, family, given):
    [from_list], _ = parse_authors(name)
    from_arxiv = split_display_name(name)
    assert (from_list.family, from_list.given) == (family, given)
    assert from_arxiv.family == from_list.family
    assert from_arxiv.given.rstrip(".") == from_list.given  # the list's full stop ends a line


def test_a_list_with_a_particle_in_a_name_gives_its_authors():
    [entry] = imported(f"- **A Study of Things**. Hamid el Alaoui, Ana Costa. [[pdf]]({PDF})")
    assert [(a.family, a.given) for a in entry.authors] == [("el Alaoui", "Hamid"),
                                                              ("Costa", "Ana")]


def test_the_arxiv_check_and_the_crossref_match_agree_on_a_first_author():
    """The Crossref match had its own one-way copy of `same_person`: a record that deposits a
    Chinese name family-first was "another first author" there, the same person for arXiv."""
    ours = Author(family="Wang")
    theirs = Author(family="Xiaoming", given="Wang")
    assert same_person(ours, theirs) is True
    record = SourceRecord(source="crossref", key="10.1/x", title="A Study of Things",
                          year=2023, fields={"authors": [theirs]})
    verdict = judge_crossref(["A Study of Things"], [2023], ours, record)
    assert verdict.accept and not verdict.reasons


# -- one year reader (core/years.py): import, the venue table and check ------------------------

def test_a_year_glued_to_the_venue_reads_at_import_as_in_the_venue_table():
    """`[MICCAI2023]` gave no venue and no year at import (and a title starting
    "MICCAI2023] ..."), 2023 in the venue table's parser."""
    [entry] = imported(f"- [MICCAI2023] A Study of Things [[pdf]]({PDF})")
    assert (entry.title, entry.venue_tag, entry.year) == ("A Study of Things", "MICCAI2023", 2023)
    assert venues.parse_tag(entry.venue_tag).year == entry.year


# -- one title similarity (core/titles.py) with named thresholds -------------------------------

NAMED = ("Foo: A Survey of Vision-Language Models for Medical Imaging",
         "Bar: A Survey of Vision-Language Models for Medical Imaging")


def test_two_names_before_the_same_tail_are_two_papers_for_every_stage():
    """Crossref's copy compared the tails alone (100: accepted as the same paper); the arXiv
    identity check capped it below its threshold; check scored the whole titles."""
    assert titles.score(*NAMED) < titles.SAME_LINKED
    assert not titles.names_paper([NAMED[0]], NAMED[1])
    assert not titles.near(*NAMED)
    record = SourceRecord(source="crossref", key="10.1/x", title=NAMED[1], year=2023)
    assert not judge_crossref([NAMED[0]], [2023], None, record).accept


def test_spacing_inside_a_word_is_the_same_title_for_every_stage():
    """Check compared titles without spaces too (`X-Ray GPT` == `XrayGPT`: the same title);
    the arXiv identity check compared words only (87.5 < 90: "links another paper") and so
    did the Crossref match (87.5 < 93)."""
    listed, theirs = "X-Ray GPT", "XrayGPT"
    assert titles.score(listed, theirs) == 100.0 and titles.same(listed, theirs)
    entry = Entry(key="k", title=listed, arxiv="2306.07971", listings=[
        Listing(section="papers", line=5, position=1, title=listed)])
    assert judge_arxiv(entry, {"id": "http://arxiv.org/abs/2306.07971v1", "title": theirs},
                       {}).status == "match"
    record = SourceRecord(source="crossref", key="10.1/x", title=theirs, year=2023)
    assert judge_crossref([listed], [2023], None, record).accept


def test_the_thresholds_are_one_scale_ordered_by_how_much_each_question_needs():
    assert titles.RELATED < titles.SAME_LINKED < titles.SAME_SEARCHED < titles.DUPLICATE
    assert titles.SUBTITLE_RELATED < titles.SUBTITLE_SAME


# -- one home for link labels (core/vocab.py) --------------------------------------------------

def test_a_label_that_names_the_paper_is_never_a_title():
    """`article` was a paper link for deduplication but a paper *title* at import."""
    assert PAPER_LABELS | set(URL_LABELS) | TOOL_LABELS <= RESOURCE_LABELS
    assert paper_id("article", "https://example.org/paper.pdf").startswith("url:")
    entries = build_library(f"# List\n\n## Papers\n\n- [article](https://example.org/a.pdf)\n"
                            f"- A Study of Things [[pdf]]({PDF})\n", "list.md")[0].entries
    assert [e.title for e in entries] == ["A Study of Things"]


# -- one home for the BibTeX / biblatex decisions (export/bibtex.py, resolve.Record) ----------

def record(**fields: object) -> Record:
    base: dict[str, object] = {"key": "k2023", "pub_type": "conference", "title": "A Study",
                               "spans": [], "authors": [Author("Costa", "Ana")], "year": 2023}
    base.update(fields)
    return Record(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize("event, written", [
    pytest.param("MICCAI", True, id="event-says-more"),
    pytest.param("Proceedings of MICCAI 2023", False, id="event-is-the-container"),
])
def test_every_format_writes_the_event_title_by_one_rule(event, written):
    rec = record(container="Proceedings of MICCAI 2023", event=event)
    assert ("eventtitle" in bibtex.fields(rec)[1]) is written
    assert ("eventtitle" in biblatex.fields(rec)[1]) is written
    assert ("event-title" in csl_json.item(rec)) is written


def test_neither_bib_flavour_names_the_arxiv_repository_as_a_venue():
    rec = record(pub_type="misc", container="arXiv", arxiv="2303.07618",
                 primary_class="cs.CV")
    for fmt in (bibtex, biblatex):
        entry_type, values = fmt.fields(rec)
        assert entry_type == "misc" and "howpublished" not in values
        assert values["eprint"] == "2303.07618" and values["eprinttype"] == "arxiv"


def test_every_outcome_code_says_whether_it_leaves_the_entry_unresolved():
    """The Literal and the table name the same codes: a code added to one only would be a
    KeyError in OutcomeRecord.unresolving, or a dead row."""
    from awesome_bib.core.outcomes import OUTCOME_CODE_NAMES, OUTCOME_CODES

    assert sorted(OUTCOME_CODES) == sorted(OUTCOME_CODE_NAMES)
