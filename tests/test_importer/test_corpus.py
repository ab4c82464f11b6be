"""Real awesome lists (tests/corpus/, excerpts pinned in SOURCES.md) against hand-made truth.

For each list: papers per section as counted by hand, and a dozen sampled items (title, year,
venue, arXiv id, section). `python bench/corpus_score.py` prints the table (recall, precision,
sampled fields) per list and per group, as used in the closing notes of issues 9 and 15.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from awesome_bib.core.titles import title_key
from awesome_bib.errors import ListError
from awesome_bib.importer import build_library, read_library, read_list
from awesome_bib.importer.template import Declared, load_declared
from awesome_bib.model import Library

from .corpus_truth import (
    CORPUS,
    FRESH_FLOORS,
    FRESH_GROUPS,
    HELD_OUT,
    KNOWN_COUNTS,
    KNOWN_WRONG,
    PAPER_LINES,
    REJECTED,
)

CORPUS_DIR = Path(__file__).resolve().parents[1] / "corpus"
#: Templates declared for corpus lists, as their maintainers would write them (`NAME.toml`)
DECLARED_DIR = Path(__file__).resolve().parents[1] / "corpus_declared"
NOT_FOUND = "title/section not found"


def _library(name: str, declared: dict[str, Declared] | None = None) -> Library:
    """The list as imported; `declared`: templates a person declared for it."""
    path = CORPUS_DIR / f"{name}.md"
    return read_library(read_list(path), str(path), declared).lib


def declared_templates(name: str) -> dict[str, Declared]:
    """The templates declared for a list in DECLARED_DIR (`NAME.toml`, the form of
    `awesome-bib.toml`), {} when none is."""
    config = DECLARED_DIR / f"{name}.toml"
    return load_declared(CORPUS_DIR / f"{name}.md", config=config) if config.is_file() else {}


def _heading(title: str) -> str:
    """Headings compared as the importer cleans them: its text repair folds full-width forms
    to ASCII (`（`, `）`, `：`), so both sides are compared in NFKC."""
    return " ".join(unicodedata.normalize("NFKC", title).split())


def _per_section(lib: Library) -> Counter:
    titles = {s.slug: _heading(s.title) for s in lib.sections}
    return Counter(titles[li.section] for e in lib.entries if e.kind == "paper"
                   for li in e.listings)


def _sample_fields(lib: Library, sample) -> list[str]:
    """The fields of one sampled item the import got wrong ([] when all five are right)."""
    title, year, venue, arxiv, section = sample
    section = _heading(section)
    titles = {s.slug: _heading(s.title) for s in lib.sections}
    found = [(listing, entry) for entry in lib.entries for listing in entry.listings
             if title_key(listing.title) == title_key(title)
             and titles[listing.section] == section]
    if not found:
        return [NOT_FOUND]
    # (two titles with one comparison key, `House-GAN` and `House-GAN++`: the one written as
    # the sample is written is the sampled item)
    entry = next((e for li, e in found if li.title.casefold() == title.casefold()), found[0][1])
    wrong = []
    if entry.year != year:
        wrong.append(f"year {entry.year} != {year}")
    if (venue.lower() not in entry.venue_tag.lower()) if venue else entry.venue_tag:
        wrong.append(f"venue {entry.venue_tag!r} !~ {venue!r}")
    if entry.arxiv != arxiv:
        wrong.append(f"arxiv {entry.arxiv!r} != {arxiv!r}")
    return wrong


def truth(name: str) -> tuple[str, dict[str, int], list]:
    """(shape, papers per section, samples) of any list in corpus_truth, whatever its group."""
    for group in (CORPUS, HELD_OUT, *FRESH_GROUPS):
        if name in group:
            return group[name]
    raise KeyError(name)


def paper_lines(name: str) -> list[int]:
    """The hand-counted paper lines of a list (PAPER_LINES), [] for lists counted per section."""
    lines: list[int] = []
    for part in filter(None, PAPER_LINES.get(name, "").split(", ")):
        first, _, last = part.partition("-")
        lines.extend(range(int(first), int(last or first) + 1))
    return lines


def scores(name: str, declared: dict[str, Declared] | None = None) -> dict:
    """Hand count, imported, matched, recall, precision and sampled-field accuracy for one list
    (read with `declared` templates when given).

    Lists with PAPER_LINES are scored item by item: an imported paper is right when one of its
    listings starts on a hand-counted paper line (so a tool read as a paper, or a paper read
    twice, costs precision, and a paper imported under a wrong title still counts as found; the
    sampled fields judge titles). `in_section` is the per-section score of the older lists,
    min(hand, imported) per hand-counted section, which also needs each paper in its section."""
    _shape, counts, samples = truth(name)
    lib = _library(name, declared)
    got = _per_section(lib)
    hand = sum(counts.values())
    in_section = sum(min(n, got.get(_heading(section), 0)) for section, n in counts.items())
    if name in PAPER_LINES:
        wanted = set(paper_lines(name))
        lines = [li.line for e in lib.entries if e.kind == "paper" for li in e.listings]
        imported, matched = len(lines), len(wanted & set(lines))
    else:
        imported, matched = sum(got.values()), in_section
    # Four fields per sample: section (with the title found), year, venue, arXiv id; a sample
    # not found in its section counts as four wrong.
    wrong = sum(4 if w == [NOT_FOUND] else len(w)
                for w in (_sample_fields(lib, s) for s in samples))
    return {"hand": hand, "imported": imported, "matched": matched, "recall": matched / hand,
            "precision": matched / imported if imported else 0.0, "in_section": in_section,
            "fields": 1 - wrong / (4 * len(samples)), "fields_checked": 4 * len(samples),
            "fields_wrong": wrong}


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_papers_per_section_match_the_hand_count(name):
    _shape, counts, _samples = CORPUS[name]
    expected = {**counts, **KNOWN_COUNTS.get(name, {})}
    assert dict(_per_section(_library(name))) == {_heading(k): v for k, v in expected.items()}


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_sampled_items_read_right(name):
    _shape, _truth, samples = CORPUS[name]
    lib = _library(name)
    wrong = {(name, s[0], s[4]): w for s in samples if (w := _sample_fields(lib, s))}
    assert wrong == {k: v for k, v in KNOWN_WRONG.items() if k[0] == name}


def test_no_list_is_a_total_failure():
    assert all(scores(name)["imported"] > 0
               for group in (CORPUS, HELD_OUT, *FRESH_GROUPS) for name in group
               if name not in REJECTED)


def test_a_rejected_list_is_still_one_clear_error():
    """The known total failures (REJECTED, empty once every list is read): each is a corpus
    list and still one line naming the file, no traceback."""
    assert set(REJECTED) <= set(PAPER_LINES)
    for name in sorted(REJECTED):
        path = CORPUS_DIR / f"{name}.md"
        with pytest.raises(ListError) as caught:
            build_library(read_list(path), str(path))
        message = str(caught.value)
        assert "\n" not in message and message.startswith(f"{path}:")
        assert "no paper or dataset items recognised" in message


@pytest.mark.parametrize("name", sorted(FRESH_FLOORS))
def test_fresh_development_lists_keep_their_measured_floors(name):
    """Recall, precision and sampled fields of each issue-15 development list (FRESH, the first
    held-out lists since the second round, and the later held-out lists given a floor in
    FRESH_FLOORS) stay at least what the importer measured."""
    r = scores(name)
    measured = (r["recall"], r["precision"], r["fields"])
    assert all(got >= floor for got, floor in zip(measured, FRESH_FLOORS[name], strict=True)), r


@pytest.mark.parametrize("name", sorted(set().union(*FRESH_GROUPS)))
def test_fresh_hand_counts_agree_with_their_line_lists(name):
    """Each hand count is the number of listed item lines, each a non-blank line of the file."""
    lines = paper_lines(name)
    text = (CORPUS_DIR / f"{name}.md").read_text(encoding="utf-8").split("\n")
    assert len(lines) == len(set(lines)) == sum(truth(name)[1].values())
    assert all(text[n - 1].strip() for n in lines)

