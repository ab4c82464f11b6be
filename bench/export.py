"""Export benchmark: synthetic lists of 1k, 10k, 50k papers, imported then exported.

    python bench/export.py [--sizes 1000,10000,50000]

The list is Markdown in the seed list's shape (task sections, year sub-headings,
`[**VENUE YEAR**] Title [[pdf]](...) [[code]](...)` bullets), imported with the real importer,
then exported in all three formats. Each size runs in subprocesses (one imports, one loads and
exports) so each peak RSS is honest. Under each row, where the import's time went, by phase
(markdown, items, dedupe, merge, keys, conflicts, write entries/). When pandoc is installed, it
converts the same all.bib to CSL-JSON in the same run.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

VENUES = ["MICCAI", "CVPR", "NeurIPS", "TMI", "MedIA", "arXiv", "arXiv", "ACL",
          "EMNLP 2023 Findings",
          "NeurIPS 2023 D&B", "ICLR", "Nature Medicine", "MIDL", "ISBI", "AAAI"]
WORDS = ("radiology report generation medical visual question answering vision language model "
         "chest X-ray CLIP LLaVA contrastive learning pathology GPT-4 3D segmentation "
         "knowledge graph transformer multimodal pretraining COVID-19 diagnosis").split()


def make_list(n: int, seed: int = 7) -> str:
    """A Markdown awesome list with `n` paper bullets in four task sections."""
    rng = random.Random(seed)
    lines = ["# Awesome Synthetic List", ""]
    per_section = -(-n // 4)
    count = 0
    for s in range(4):
        lines += [f"## Task Section {s + 1}", ""]
        for year in (2024, 2023, 2022):
            lines += [f"### {year}", ""]
            for _ in range(per_section // 3 + 1):
                if count >= n:
                    break
                venue = rng.choice(VENUES)
                tag = venue if any(c.isdigit() for c in venue) else f"{venue} {year}"
                title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 11)))
                title = f"{title[0].upper()}{title[1:]} {count}"
                arxiv = f"{year % 100:02d}{rng.randint(1, 12):02d}.{count:05d}"
                lines.append(f"- [**{tag}**] {title} [[pdf]](https://arxiv.org/pdf/{arxiv}) "
                             f"[[code]](https://github.com/lab{count}/repo)")
                count += 1
            lines.append("")
    return "\n".join(lines) + "\n"


def _peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


def child_import(n: int, work: Path) -> dict:
    """Child process: write the synthetic list and import it into work/entries."""
    from awesome_bib.importer import import_list

    md = work / "list.md"
    md.write_text(make_list(n), encoding="utf-8")
    t0 = time.perf_counter()
    report = import_list(md, work / "entries")
    return {"import_s": time.perf_counter() - t0, "import_mb": _peak_mb(),
            "import_phases": report.timings}


def child_export(work: Path) -> dict:
    """Child process: load work/entries and export all formats; then pandoc on all.bib."""
    t0 = time.perf_counter()
    from awesome_bib.export import export_library
    from awesome_bib.store import load_library

    lib = load_library(work / "entries")
    t1 = time.perf_counter()
    report = export_library(lib, work / "out", "all")
    t2 = time.perf_counter()
    result = {"entries": report.total, "load_s": t1 - t0, "export_s": t2 - t1,
              "export_mb": _peak_mb()}
    if shutil.which("pandoc"):
        t3 = time.perf_counter()
        subprocess.run(["pandoc", "-f", "bibtex", "-t", "csljson", "-o",
                        str(work / "pandoc.json"), str(work / "out" / "all.bib")], check=True)
        result["pandoc_s"] = time.perf_counter() - t3
        result["pandoc_mb"] = _peak_mb(resource.RUSAGE_CHILDREN)
    return result


def _child(*argv: str) -> dict:
    proc = subprocess.run([sys.executable, __file__, *argv], check=True, capture_output=True,
                          text=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--child-import", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--child-export", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_import:
        print(json.dumps(child_import(int(args.child_import[0]), Path(args.child_import[1]))))
        return
    if args.child_export:
        print(json.dumps(child_export(Path(args.child_export))))
        return
    print(f"{'entries':>8} {'import s':>9} {'import MB':>10} {'load s':>7} {'export s':>9} "
          f"{'load+export MB':>15} {'pandoc s':>9} {'pandoc MB':>10}")
    for n in (int(s) for s in args.sizes.split(",")):
        work = Path(tempfile.mkdtemp(prefix=f"bench-export-{n}-"))
        try:
            r = _child("--child-import", str(n), str(work))
            r.update(_child("--child-export", str(work)))
        finally:
            shutil.rmtree(work, ignore_errors=True)
        pandoc = (f"{r['pandoc_s']:>9.2f} {r['pandoc_mb']:>10.0f}" if "pandoc_s" in r
                  else f"{'-':>9} {'-':>10}")
        print(f"{r['entries']:>8} {r['import_s']:>9.2f} {r['import_mb']:>10.0f} "
              f"{r['load_s']:>7.2f} {r['export_s']:>9.2f} {r['export_mb']:>15.0f} {pandoc}",
              flush=True)
        phases = sorted(r["import_phases"].items(), key=lambda kv: -kv[1])
        print(f"{'':>8} import: " + ", ".join(f"{name} {secs:.2f} s" for name, secs in phases),
              flush=True)


if __name__ == "__main__":
    main()
