"""Precision and recall of `awesome-bib check --offline` on the judged real lists.

Runs check (no network, no entries/, no cache) on every list in tests/check_corpus/ and scores
its errors and warnings against tests/check_corpus/truth.py: precision per rule (kind) and
overall, recall on the hand-found problems, per list, with the development lists and the
held-out lists (`held_*`) apart. A finding the truth file does not judge is printed as
UNJUDGED (judge it before trusting the figures). Lists failing CI on a wrong error are named.

    python bench/check_corpus.py [--corpus DIR]

Run it with another checkout's code (PYTHONPATH=that checkout) to score that code.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
from collections import Counter
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
SCORED = ("error", "warning")


def _truth(corpus: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_corpus_truth", corpus / "truth.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclass/NamedTuple need the module registered
    spec.loader.exec_module(module)
    return module


def findings_of(path: Path) -> list[tuple[int, str, str, list[int]]]:
    """(line, kind, severity, lines the finding names) of every finding check reports."""
    from awesome_bib.check import run
    from awesome_bib.check.load import load

    with tempfile.TemporaryDirectory() as empty:
        loaded = load(str(path), empty)
    try:
        found, _ = run(loaded.lib, loaded.file, None, loaded.text)
    except TypeError:  # a checkout from before check read the list text
        found, _ = run(loaded.lib, loaded.file, None)
    out = []
    for f in found:
        named = [f.line, *[int(x) for x in _lines(f.evidence)]]
        out.append((f.line, f.kind, f.severity, named))
    return out


def _lines(evidence: object) -> list[int]:
    """Every "line" value inside a finding's evidence."""
    if isinstance(evidence, dict):
        return [v for k, v in evidence.items() if k == "line" and isinstance(v, int)] + \
            [x for v in evidence.values() for x in _lines(v)]
    if isinstance(evidence, list):
        return [x for v in evidence for x in _lines(v)]
    return []


def score(corpus: Path) -> dict[str, dict[str, object]]:
    """Per list: judged findings, unjudged ones, problems found/missed, CI failure cause."""
    truth = _truth(corpus)
    results: dict[str, dict[str, object]] = {}
    for name in sorted(truth.PROBLEMS):
        found = findings_of(corpus / f"{name}.md")
        judged = truth.JUDGED.get(name, {})
        verdicts, unjudged = [], []
        for line, kind, severity, _ in found:
            if severity not in SCORED:
                continue
            if (line, kind) in judged:
                verdicts.append((kind, severity, judged[(line, kind)][0], line))
            else:
                unjudged.append((line, kind, severity))
        hits, misses = [], []
        for problem in truth.PROBLEMS[name]:
            caught = any(sev in SCORED and kind in problem.kinds and set(named) &
                         set(problem.lines) for _, kind, sev, named in found)
            (hits if caught else misses).append(problem)
        wrong_errors = [v for v in verdicts if v[1] == "error" and not v[2]]
        results[name] = {"verdicts": verdicts, "unjudged": unjudged, "hits": hits,
                         "misses": misses, "wrong_errors": wrong_errors}
    return results


def _ratio(num: int, den: int) -> str:
    return f"{num}/{den} = {num / den:.2f}" if den else "n/a (0 findings)"


def report(results: dict[str, dict[str, object]], held: bool) -> None:
    names = [n for n in results if n.startswith("held_") == held]
    print(f"\n== {'held-out' if held else 'development'} lists ({len(names)})")
    per_kind: Counter[tuple[str, bool]] = Counter()
    right = total = hits = problems = 0
    for name in names:
        r = results[name]
        verdicts = r["verdicts"]
        assert isinstance(verdicts, list)
        ok = sum(1 for v in verdicts if v[2])
        h, m = len(r["hits"]), len(r["misses"])  # type: ignore[arg-type]
        right, total, hits, problems = right + ok, total + len(verdicts), hits + h, problems + h + m
        for kind, _, verdict, _ in verdicts:
            per_kind[(kind, verdict)] += 1
        ci = "FAILS CI on a wrong error" if r["wrong_errors"] else (
            "fails CI (right errors)" if any(v[1] == "error" for v in verdicts) else "passes CI")
        print(f"{name}: precision {_ratio(ok, len(verdicts))}, recall {_ratio(h, h + m)}; {ci}")
        for line, kind, severity in r["unjudged"]:  # type: ignore[attr-defined]
            print(f"    UNJUDGED {severity} {kind} at line {line}")
        for problem in r["misses"]:  # type: ignore[attr-defined]
            print(f"    missed: line {problem.lines[0]}: {problem.what}")
        for kind, _, verdict, line in verdicts:
            if not verdict:
                print(f"    wrong: {kind} at line {line}")
    print("precision per rule (errors + warnings):")
    for kind in sorted({k for k, _ in per_kind}):
        good, bad = per_kind[(kind, True)], per_kind[(kind, False)]
        print(f"    {kind}: {_ratio(good, good + bad)}")
    print(f"overall precision {_ratio(right, total)}; recall {_ratio(hits, problems)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "check_corpus")
    args = parser.parse_args(argv)
    results = score(args.corpus)
    report(results, held=False)
    report(results, held=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
