"""Real awesome lists (tests/corpus/, excerpts pinned in SOURCES.md) against hand-made truth.

For each list: papers per section as counted by hand, and a dozen sampled items (title, year,
venue, arXiv id, section). `python -m tests.test_importer.test_corpus` prints the table
(recall, precision, sampled fields) used in the closing note of issue 9.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from awesome_bib.core.titles import title_key
from awesome_bib.importer import build_library, read_list
from awesome_bib.model import Library

from .corpus_truth import CORPUS, HELD_OUT, KNOWN_COUNTS, KNOWN_WRONG

CORPUS_DIR = Path(__file__).resolve().parents[1] / "corpus"
NOT_FOUND = "title/section not found"


def _library(name: str) -> Library:
    path = CORPUS_DIR / f"{name}.md"
    lib, _ = build_library(read_list(path), str(path))
    return lib


def _heading(title: str) -> str:
    """Headings compared as the importer cleans them (full-width brackets become ASCII)."""
    return " ".join(title.replace("（", "(").replace("）", ")").split())


def _per_section(lib: Library) -> Counter:
    titles = {s.slug: _heading(s.title) for s in lib.sections}
    return Counter(titles[li.section] for e in lib.entries if e.kind == "paper"
                   for li in e.listings)


def _sample_fields(lib: Library, sample) -> list[str]:
    """The fields of one sampled item the import got wrong ([] when all five are right)."""
    title, year, venue, arxiv, section = sample
    section = _heading(section)
    titles = {s.slug: _heading(s.title) for s in lib.sections}
    for entry in lib.entries:
        for listing in entry.listings:
            if title_key(listing.title) == title_key(title) and titles[listing.section] == section:
                wrong = []
                if entry.year != year:
                    wrong.append(f"year {entry.year} != {year}")
                if (venue.lower() not in entry.venue_tag.lower()) if venue else entry.venue_tag:
                    wrong.append(f"venue {entry.venue_tag!r} !~ {venue!r}")
                if entry.arxiv != arxiv:
                    wrong.append(f"arxiv {entry.arxiv!r} != {arxiv!r}")
                return wrong
    return [NOT_FOUND]


def scores(name: str) -> dict:
    """Hand count, imported, recall, precision and sampled-field accuracy for one list."""
    _shape, truth, samples = CORPUS[name] if name in CORPUS else HELD_OUT[name]
    lib = _library(name)
    got = _per_section(lib)
    hand = sum(truth.values())
    imported = sum(got.values())
    matched = sum(min(n, got.get(_heading(section), 0)) for section, n in truth.items())
    # Four fields per sample: section (with the title found), year, venue, arXiv id; a sample
    # not found in its section counts as four wrong.
    wrong = sum(4 if w == [NOT_FOUND] else len(w)
                for w in (_sample_fields(lib, s) for s in samples))
    return {"hand": hand, "imported": imported, "recall": matched / hand,
            "precision": matched / imported if imported else 0.0,
            "fields": 1 - wrong / (4 * len(samples))}


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_papers_per_section_match_the_hand_count(name):
    _shape, truth, _samples = CORPUS[name]
    expected = {**truth, **KNOWN_COUNTS.get(name, {})}
    assert dict(_per_section(_library(name))) == {_heading(k): v for k, v in expected.items()}


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_sampled_items_read_right(name):
    _shape, _truth, samples = CORPUS[name]
    lib = _library(name)
    wrong = {(name, s[0], s[4]): w for s in samples if (w := _sample_fields(lib, s))}
    assert wrong == {k: v for k, v in KNOWN_WRONG.items() if k[0] == name}


def test_no_list_is_a_total_failure():
    assert all(scores(name)["imported"] > 0 for name in [*CORPUS, *HELD_OUT])


if __name__ == "__main__":
    print(f"{'list':38} {'hand':>5} {'imp':>5} {'recall':>7} {'prec':>6} {'fields':>7}  shape")
    for name in [*sorted(CORPUS), *sorted(HELD_OUT)]:
        r = scores(name)
        shape = (CORPUS.get(name) or HELD_OUT[name])[0]
        held = " (held out)" if name in HELD_OUT else ""
        print(f"{name:38} {r['hand']:5d} {r['imported']:5d} {r['recall']:7.2f} "
              f"{r['precision']:6.2f} {r['fields']:7.2f}  {shape}{held}")
