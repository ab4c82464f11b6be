"""Importer accuracy on the real lists of tests/corpus/ against their hand counts.

    python bench/corpus_score.py [--group all|known|fresh-dev|fresh-held-out|fresh-held-out-N]
                                 [--explain]
    python bench/corpus_score.py --declared

(N from 2, one group per held-out set in corpus_truth.FRESH_GROUPS; `--help` lists them.)

Per list: hand count, papers imported, recall, precision, sampled fields right (title found in
its section, year, venue, arXiv id of about a dozen hand-checked items), in-sect (share of the
hand count imported into the right section) and shape; then totals per group, pooled over papers
(and over fields), not averaged over lists. Lists with hand-counted paper lines (PAPER_LINES) are
scored item by item, the others per section (see `scores`). Groups: `known` is the
19-list corpus the importer was tuned on (01-16 tuned, 17-19 held out by issue 9); `fresh-dev`
and `fresh-held-out` are the lists of issue 15 (tests/test_importer/corpus_truth.py: FRESH,
FRESH_HELD_OUT), read first with the importer untouched. `fresh-held-out` (30-33) was held out
in issue 15's first round and is a development group since its second round (its misses were
worked on; FRESH_FLOORS holds it). `fresh-held-out-2` is issue 15's second held-out set
(FRESH_HELD_OUT_2, lists 34-41), collected after the method was tuned on 01-33;
`fresh-held-out-3` is its third held-out set (FRESH_HELD_OUT_3, lists 42-51), collected while
the importer was being changed and counted by hand before any importer read them;
`fresh-held-out-4` is its fourth (FRESH_HELD_OUT_4, lists 52-60), collected the same way while
round 4 changed the importer; `fresh-held-out-5` is its fifth (FRESH_HELD_OUT_5, lists 61-72),
collected the same way while round 5 changed the importer; `fresh-held-out-6` is its sixth
(FRESH_HELD_OUT_6, lists 73-84), collected the same way while round 5 went on (lists 61-72
had become development lists); `fresh-held-out-7` is its seventh (FRESH_HELD_OUT_7, lists
85-96), collected the same way while round 5's results were merged; `fresh-held-out-8` is its
eighth (FRESH_HELD_OUT_8, lists 97-108), collected the same way during round 6, and
`fresh-held-out-9` its ninth (FRESH_HELD_OUT_9, lists 109-120), collected the same way later
in round 6, `fresh-held-out-10` its tenth (FRESH_HELD_OUT_10, lists 121-132), collected
the same way after round 7, and `fresh-held-out-11` its eleventh (FRESH_HELD_OUT_11, lists
133-144), collected the same way during round 8, and `fresh-held-out-12` its twelfth
(FRESH_HELD_OUT_12, lists 145-156), collected the same way later in round 8, and
`fresh-held-out-13` its thirteenth (FRESH_HELD_OUT_13, lists 157-168), collected the same way
during round 10, and `fresh-held-out-14` its fourteenth (FRESH_HELD_OUT_14, lists 169-180),
collected the same way during round 11, and `fresh-held-out-15` its fifteenth
(FRESH_HELD_OUT_15, lists 181-192), collected the same way later in round 11, and
`fresh-held-out-16` its sixteenth (FRESH_HELD_OUT_16, lists 193-204), collected the same way
at the end of round 11, and `fresh-held-out-17` its seventeenth (FRESH_HELD_OUT_17, lists
205-216), collected the same way after it, and `fresh-held-out-18` its eighteenth
(FRESH_HELD_OUT_18, lists 217-228), collected the same way during round 12, and
`fresh-held-out-19` its nineteenth (FRESH_HELD_OUT_19, lists 229-240), collected the same way
later in round 12, and `fresh-held-out-20` its twentieth (FRESH_HELD_OUT_20, lists 241-252),
and `fresh-held-out-21` its twenty-first (FRESH_HELD_OUT_21, lists 253-264), both collected the
same way at the end of round 12, and `fresh-held-out-22` its twenty-second (FRESH_HELD_OUT_22,
lists 265-276), collected the same way during round 13. `fresh-held-out-23` is its
twenty-third (FRESH_HELD_OUT_23, lists 277-288: sciences and applications outside core ML) and
`fresh-held-out-24` its twenty-fourth (FRESH_HELD_OUT_24, lists 289-300: core CS and ML), both
collected the same way during round 14, and `fresh-held-out-25` its twenty-fifth
(FRESH_HELD_OUT_25, lists 301-312: sciences and applications outside core ML) and
`fresh-held-out-26` its twenty-sixth (FRESH_HELD_OUT_26, lists 313-324: core CS and ML), both
collected the same way during round 15, and `fresh-held-out-27` its twenty-seventh
(FRESH_HELD_OUT_27, lists 325-336: sciences and applications outside core ML) and
`fresh-held-out-28` its twenty-eighth (FRESH_HELD_OUT_28, lists 337-348: core CS and ML), both
collected the same way during round 16, and `fresh-held-out-29` its twenty-ninth
(FRESH_HELD_OUT_29, lists 349-360: sciences and applications outside core ML) and
`fresh-held-out-30` its thirtieth (FRESH_HELD_OUT_30, lists 361-372: core CS and ML), both
collected the same way during round 17, and `fresh-held-out-31` its thirty-first
(FRESH_HELD_OUT_31, lists 373-384: sciences and applications outside core ML) and
`fresh-held-out-32` its thirty-second (FRESH_HELD_OUT_32, lists 385-396: core CS and ML), both
collected the same way during round 18, and `fresh-held-out-33` its thirty-third
(FRESH_HELD_OUT_33, lists 397-408: sciences and applications outside core ML) and
`fresh-held-out-34` its thirty-fourth (FRESH_HELD_OUT_34, lists 409-420: core CS and ML),
both collected the same way during round 19, and `fresh-held-out-35` its thirty-fifth
(FRESH_HELD_OUT_35, lists 421-432: sciences and applications outside core ML) and
`fresh-held-out-36` its thirty-sixth (FRESH_HELD_OUT_36, lists 433-444: core CS and ML),
both collected the same way during round 19 to be held out from it, and `fresh-held-out-37`
its thirty-seventh (FRESH_HELD_OUT_37, lists 445-456: sciences and applications outside core
ML) and `fresh-held-out-38` its thirty-eighth (FRESH_HELD_OUT_38, lists 457-468: core CS and
ML), both collected the same way during round 20 to be held out from it, and
`fresh-held-out-39` its thirty-ninth (FRESH_HELD_OUT_39, lists 469-480: sciences and
applications outside core ML) and `fresh-held-out-40` its fortieth (FRESH_HELD_OUT_40, lists
481-492: core CS and ML), both collected the same way during round 21 to be held out from it.
`fresh-held-out-41` is its forty-first (FRESH_HELD_OUT_41, lists 493-504: sciences and
applications outside core ML), collected the same way during round 22 to be held out from it.
`fresh-held-out-42` is its forty-second (FRESH_HELD_OUT_42, lists 505-516: core CS and ML),
collected the same way during round 22 to be held out from it (named `fresh-held-out-41` on
branch heldout42, where the forty-first set, 493-504, collected in parallel, does not exist).
`fresh-held-out-43` is its forty-third (FRESH_HELD_OUT_43, lists 517-528: sciences and
applications outside core ML), collected the same way during round 23 to be held out from it.
`fresh-held-out-44` is its forty-fourth (FRESH_HELD_OUT_44, lists 529-540: core CS and
ML), collected the same way during round 23 to be held out from it (named `fresh-held-out-43`
on branch heldout44, where the forty-third set, 517-528, collected in parallel, does not exist).
`fresh-held-out-45` is its forty-fifth (FRESH_HELD_OUT_45, lists 541-552: sciences and
applications outside core ML), collected the same way during round 24 to be held out from it.
`fresh-held-out-46` is its forty-sixth (FRESH_HELD_OUT_46, lists 553-564: core CS and
ML), collected the same way during round 24 to be held out from it (named `fresh-held-out-45`
on branch heldout46, where the forty-fifth set, 541-552, collected in parallel, does not exist).
`fresh-held-out-47` .. `fresh-held-out-54` (FRESH_HELD_OUT_47 .. _54, lists 565-660) were
collected the same way, two sets during each of rounds 25-28 to be held out from it: the odd one
in sciences and applications outside core ML, the even one in core CS and ML (on the even one's
own branch, where its odd partner collected in parallel did not exist, it was named one lower).
`fresh-held-out-55` is its fifty-fifth (FRESH_HELD_OUT_55, lists 661-672: sciences and
applications outside core ML), collected the same way during stop 33 to be held out from it.
`fresh-held-out-56` (FRESH_HELD_OUT_56, lists 673-684: core CS and ML) was collected the same
way during stop 33 to be held out from it (named `fresh-held-out-55` on branch heldout56, where
the fifty-fifth set, 661-672, collected in parallel, does not exist).
`fresh-held-out-57` is its fifty-seventh (FRESH_HELD_OUT_57, lists 685-696: sciences and
applications outside core ML), collected the same way during stop 34 to be held out from it.
`fresh-held-out-58` (FRESH_HELD_OUT_58, lists 697-708: core CS and ML) was collected the same
way during stop 34 to be held out from it (named `fresh-held-out-57` on branch heldout58, where
the fifty-seventh set, 685-696, collected in parallel, does not exist).
`fresh-held-out-59` is its fifty-ninth (FRESH_HELD_OUT_59, lists 709-720: sciences and
applications outside core ML), collected the same way during stop 34 (second round) to be held
out from it; the sixtieth set, 721-732, is collected in parallel on branch heldout60.
`fresh-held-out-60` (FRESH_HELD_OUT_60, lists 721-732: core CS and ML) was collected the same
way during stop 34's second round to be held out from it (named `fresh-held-out-59` on branch
heldout60, where the fifty-ninth set, 709-720, collected in parallel, does not exist).
`fresh-held-out-61` is its sixty-first (FRESH_HELD_OUT_61, lists 733-744: sciences and
applications outside core ML), collected the same way during stop 34 (third round) to be held
out from it; the sixty-second set, 745-756, is collected in parallel on branch heldout62.
`fresh-held-out-62` (FRESH_HELD_OUT_62, lists 745-756: core CS and ML) was collected the same
way during stop 34's third round to be held out from it (named `fresh-held-out-61` on branch
heldout62, where the sixty-first set, 733-744, collected in parallel, does not exist).
`fresh-held-out-63` is its sixty-third (FRESH_HELD_OUT_63, lists 757-768: sciences and
applications outside core ML), collected the same way during stop 35 (first round) to be held
out from it; the sixty-fourth set, 769-780, is collected in parallel on branch heldout64.
`fresh-held-out-64` (FRESH_HELD_OUT_64, lists 769-780: core CS and ML) was collected the same
way during stop 35 (first round) to be held out from it (named `fresh-held-out-63` on branch
heldout64, where the sixty-third set, 757-768, collected in parallel, does not exist).
`fresh-held-out-65` is its sixty-fifth (FRESH_HELD_OUT_65, lists 781-792: sciences and
applications outside core ML), collected the same way during stop 35 (second round) to be
held out from it; the sixty-sixth set, 793-804, is collected in parallel on branch heldout66.
`fresh-held-out-66` (FRESH_HELD_OUT_66, lists 793-804: core CS and ML) was collected the same
way during stop 35 (second round) to be held out from it (named `fresh-held-out-65` on branch
heldout66, where the sixty-fifth set, 781-792, collected in parallel, does not exist).
`fresh-held-out-67` is its sixty-seventh (FRESH_HELD_OUT_67, lists 805-816: sciences and
applications outside core ML), collected the same way during stop 35 (third round) to be held
out from it; the sixty-eighth set, 817-828, is collected in parallel on branch heldout68.
`fresh-held-out-68` (FRESH_HELD_OUT_68, lists 817-828: core CS and ML) was collected the same
way during stop 35 (third round) to be held out from it (named `fresh-held-out-67` on branch
heldout68, where the sixty-seventh set, 805-816, collected in parallel, does not exist).
`fresh-held-out-69` is its sixty-ninth (FRESH_HELD_OUT_69, lists 829-840: sciences and
applications outside core ML), collected during stop 36 on branch heldout69 to be held out
from it; the seventieth set, 841-852, is collected in parallel on branch heldout70.
`fresh-held-out-70` (FRESH_HELD_OUT_70, lists 841-849: core CS and ML, nine lists) was
collected the same way during stop 36 to be held out from it (named `fresh-held-out-69` on
branch heldout70, where the sixty-ninth set, 829-840, collected in parallel, does not exist).
`fresh-held-out-71` is its seventy-first (FRESH_HELD_OUT_71, lists 850-859: sciences and
applications outside core ML, ten lists), collected the same way during stop 36 (second round)
on branch heldout71 to be held out from it; the seventy-second set, 862-873, is collected in
parallel on branch heldout72.
`fresh-held-out-72` (FRESH_HELD_OUT_72, lists 862-872: core CS and ML, eleven lists) was
collected the same way during stop 36's second round to be held out from it (named
`fresh-held-out-71` on branch heldout72, where the seventy-first set, 850-861, collected in
parallel, does not exist).
`fresh-held-out-73` is its seventy-third (FRESH_HELD_OUT_73, lists 874-885: sciences and
applications outside core ML), collected the same way during stop 36 (third round) on branch
heldout73 to be held out from it; the seventy-fourth set, 886-897, is collected in parallel on
branch heldout74.
`fresh-held-out-74` (FRESH_HELD_OUT_74, lists 886-897: core CS and ML) was collected the same
way during stop 36's third round to be held out from it (named `fresh-held-out-73` on branch
heldout74, where the seventy-third set, 874-885, collected in parallel, does not exist).
`fresh-held-out-75` is its seventy-fifth (FRESH_HELD_OUT_75, lists 898-909: sciences and
applications outside core ML), collected the same way during stop 36 (fourth round) on branch
heldout75 to be held out from it; the seventy-sixth set, 910-921, is collected in parallel on
branch heldout76.
`fresh-held-out-76` (FRESH_HELD_OUT_76, lists 910-921: core CS and ML) was
collected the same way during stop 36's fourth round to be held out from it (named
`fresh-held-out-75` on branch heldout76, where the seventy-fifth set, 898-909, collected in
parallel, does not exist).
The scoring itself
is tests/test_importer/test_corpus.py's `scores`, the one the regression tests use.
`--explain` prints, for each sampled item read wrong, which fields and why. A list the importer
rejects as a whole (a ListError) is printed with its error and counted as nothing imported.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from awesome_bib.errors import ListError  # noqa: E402
from awesome_bib.importer.template import Declared  # noqa: E402
from tests.test_importer import corpus_truth  # noqa: E402
from tests.test_importer.test_corpus import (  # noqa: E402
    _library,
    _sample_fields,
    declared_templates,
    scores,
    truth,
)


def groups() -> dict[str, list[str]]:
    """Each group's lists. The fresh groups are `corpus_truth.FRESH_GROUPS` in their order
    (the one home of that list): `fresh-dev`, `fresh-held-out` (development since round 2),
    then `fresh-held-out-2`, `-3`, ... one per held-out set."""
    dev, first, *held_out = corpus_truth.FRESH_GROUPS
    fresh = {"fresh-dev": dev, "fresh-held-out": first,
             **{f"fresh-held-out-{n}": group for n, group in enumerate(held_out, start=2)}}
    return {"known": sorted({**corpus_truth.CORPUS, **corpus_truth.HELD_OUT}),
            **{name: sorted(group) for name, group in fresh.items()}}


def _rejected(name: str) -> dict:
    """The figures of a list the importer refuses to read: every paper and field missed."""
    _shape, counts, samples = truth(name)
    return {"hand": sum(counts.values()), "imported": 0, "matched": 0, "in_section": 0,
            "recall": 0.0, "precision": 0.0, "fields": 0.0,
            "fields_checked": 4 * len(samples), "fields_wrong": 4 * len(samples)}


def _figures(name: str, declared: dict[str, Declared] | None = None) -> tuple[dict, str]:
    """A list's figures (read with `declared` templates when given), and why the importer
    refused it whole ("" when it did not): a refusal scores as nothing imported."""
    try:
        return scores(name, declared), ""
    except ListError as err:
        return _rejected(name), str(err)


@dataclass
class _Pool:
    """Figures pooled over papers (and over sampled fields), not averaged over lists."""

    hand: int = 0
    imported: int = 0
    matched: int = 0
    in_section: int = 0
    checked: int = 0
    wrong: int = 0

    def add(self, r: dict) -> None:
        self.hand += r["hand"]
        self.imported += r["imported"]
        self.matched += r["matched"]
        self.in_section += r["in_section"]
        self.checked += r["fields_checked"]
        self.wrong += r["fields_wrong"]

    def figures(self) -> tuple[float, float, float]:
        """Recall, precision, sampled fields."""
        return (self.matched / self.hand, self.matched / self.imported if self.imported else 0,
                1 - self.wrong / self.checked)


def print_group(title: str, names: list[str], explain: bool) -> None:
    if not names:
        return
    print(f"\n== {title}")
    print(f"{'list':36} {'hand':>5} {'imp':>5} {'recall':>7} {'prec':>6} {'fields':>7} "
          f"{'in-sect':>7}  shape")
    pool = _Pool()
    worst = 1.0
    for name in names:
        r, refused = _figures(name)
        pool.add(r)
        worst = min(worst, r["recall"])
        print(f"{name:36} {r['hand']:5d} {r['imported']:5d} {r['recall']:7.2f} "
              f"{r['precision']:6.2f} {r['fields']:7.2f} {r['in_section'] / r['hand']:7.2f}  "
              + (f"rejected: {refused}" if refused else truth(name)[0][:60]))
        if explain and not refused:
            lib = _library(name)
            for sample in truth(name)[2]:
                if problems := _sample_fields(lib, sample):
                    print(f"{'':8}{sample[0][:60]!r} [{sample[4]}]: {'; '.join(problems)}")
    recall, precision, fields = pool.figures()
    print(f"{'TOTAL (' + str(len(names)) + ' lists)':36} {pool.hand:5d} {pool.imported:5d} "
          f"{recall:7.2f} {precision:6.2f} {fields:7.2f} {pool.in_section / pool.hand:7.2f}  "
          f"lowest recall of one list {worst:.2f}")


def print_declared(names: list[str]) -> None:
    """The lists that have templates declared for them (tests/corpus_declared/NAME.toml):
    each read as inferred and read with its declaration, side by side, pooled over papers."""
    print("\n== declared templates (tests/corpus_declared/)")
    print(f"{'list':36} {'hand':>5}  {'inferred: recall prec fields':>28}  "
          f"{'declared: recall prec fields':>28}")
    pools = {False: _Pool(), True: _Pool()}
    for name in names:
        declared = declared_templates(name)
        if not declared:
            continue
        row = []
        for with_declared in (False, True):
            r, _refused = _figures(name, declared if with_declared else None)
            pools[with_declared].add(r)
            row.append(f"{r['recall']:6.2f} {r['precision']:6.2f} {r['fields']:6.2f}")
        print(f"{name:36} {r['hand']:5d}  {row[0]:>28}  {row[1]:>28}")
    for with_declared, pool in pools.items():
        if pool.hand:
            recall, precision, fields = pool.figures()
            print(f"TOTAL {'declared' if with_declared else 'inferred'}: recall {recall:.2f}, "
                  f"precision {precision:.2f}, fields {fields:.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--group", default="all",
                        choices=["all", *groups()])
    parser.add_argument("--explain", action="store_true")
    parser.add_argument("--declared", action="store_true",
                        help="only the lists with templates declared for them, read as "
                             "inferred and as declared")
    args = parser.parse_args(argv)
    if args.declared:
        print_declared(sorted({n for names in groups().values() for n in names}))
        return 0
    for title, names in groups().items():
        if args.group in ("all", title):
            print_group(title, names, args.explain)
    return 0


if __name__ == "__main__":
    sys.exit(main())
