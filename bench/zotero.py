"""What Zotero's own import code makes of our files, through Zotero's translation server.

    AWESOME_BIB_ZOTERO_URL=http://127.0.0.1:1969 python bench/zotero.py [--markdown] [--items]

Zotero's translation server (github.com/zotero/translation-server, Node; not on any package
registry together with its translators) runs Zotero's import translators (BibTeX.js, RIS.js,
CSL JSON.js) behind `POST /import`. This script exports three sets of files: the committed
`out/`, the generated edge-case entries (tests/test_clients/edge_entries.py) and the enriched
list of tests/test_clients/test_enriched.py (enriched against the fake servers), posts every
.bib, .ris and .json to the server and compares each Zotero item with what we meant, which is
our CSL-JSON item of the same entry: item type, creators and their order, particles, DOI,
arXiv id, repository, container (proceedings/publication/book title), conference name, date,
URL, citation key.

Without AWESOME_BIB_ZOTERO_URL, or with no server answering there, it says so and exits 3.
Exit status 1 when an item lost something not listed in KNOWN_LOSSES, else 0.
tests/test_tools/test_zotero.py runs it when the variable is set, and skips otherwise.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from awesome_bib.export import export_library  # noqa: E402

ENV = "AWESOME_BIB_ZOTERO_URL"
#: format -> where its file for out/<stem>.json is, relative to that file's folder.
FORMATS = {"CSL-JSON": "{stem}.json", "BibTeX": "{stem}.bib", "RIS": "{stem}.ris",
           "biblatex": "biblatex/{stem}.bib"}
FACETS = ("type", "title", "creators", "particles", "DOI", "arXiv id", "repository", "container",
          "conference", "date", "URL", "citation key")

#: CSL type we write -> the Zotero item type we mean.
ZOTERO_TYPE = {"article": "preprint", "paper-conference": "conferencePaper",
               "article-journal": "journalArticle", "chapter": "bookSection",
               "dataset": "dataset", "document": "document"}

#: (format, facet, what Zotero made of it) that no field choice of ours can avoid; each is
#: explained in the README's Zotero section. Anything else fails the run.
KNOWN_LOSSES = {
    ("BibTeX", "type", "preprint -> document"),     # no BibTeX type maps to Preprint
    ("BibTeX", "type", "dataset -> document"),      # nor to Dataset (@dataset breaks bibtex)
    ("BibTeX", "type", "conferencePaper -> document"),  # author-less @misc (no style warnings)
    ("BibTeX", "type", "journalArticle -> document"),
    ("BibTeX", "type", "bookSection -> document"),
    ("BibTeX", "container", "in Extra"),            # their venue: howpublished -> Published
    ("BibTeX", "conference", "lost"),               # the same (a Document has no conference)
    ("BibTeX", "arXiv id", "in Extra"),             # a preprint made a Document: Extra arXiv:
    ("BibTeX", "citation key", "lost"),             # stock BibTeX.js keeps the key nowhere
    ("BibTeX", "title", "changed"),                 # ~ ^ \ in a title: BibTeX.js cannot read
                                                    # LaTeX's names for them (nor its own)
    ("BibTeX", "repository", "in Publisher"),       # document: publisher arXiv
    ("RIS", "type", "preprint -> report"),          # no RIS type maps to Preprint
    ("RIS", "type", "document -> journalArticle"),  # RIS.js reads GEN as a journal article
    ("RIS", "repository", "in Institution"),        # report: PB = Institution
    ("RIS", "arXiv id", "in Report Number"),        # report: SN = Report Number
    ("RIS", "citation key", "in Extra"),            # M2 lines; no RIS tag is a key for Zotero
}


#: Formats whose every loss must be in KNOWN_LOSSES; others are reported in the table only.
STRICT = ("CSL-JSON", "BibTeX", "RIS")


def server_url() -> str | None:
    """The server's base URL if one answers there, else None."""
    url = os.environ.get(ENV, "").rstrip("/")
    if not url:
        return None
    try:
        requests.get(url + "/", timeout=5)
    except requests.RequestException:
        return None
    return url


def zotero_import(url: str, path: Path) -> list[dict]:
    """Zotero's items for one file (child notes folded into their parent's `notes`)."""
    resp = requests.post(url + "/import", data=path.read_bytes(), timeout=300,
                         headers={"Content-Type": "text/plain; charset=utf-8"})
    if resp.status_code != 200:
        raise RuntimeError(f"{path.name}: HTTP {resp.status_code}: {resp.text[:200]}")
    items: list[dict] = []
    by_key: dict[str, dict] = {}
    for item in resp.json():
        if item.get("itemType") == "note" and item.get("parentItem") in by_key:
            by_key[item["parentItem"]].setdefault("notes", []).append(item["note"])
        elif item.get("itemType") not in ("note", "attachment"):
            items.append(item)
            by_key[item.get("key", "")] = item
    return items


# --- what we meant (our CSL-JSON item) and what Zotero made ----------------------------------

def _plain(text: str) -> str:
    text = html.unescape(re.sub(r"<[^>]+>", "", text or ""))
    return " ".join(text.replace("--", "–").split())


def _date(text: str) -> str:
    """YYYY or YYYY-MM from any of Zotero's date strings ("2023-03", "March 2023", "2023")."""
    year = re.search(r"\b(\d{4})\b", text or "")
    if not year:
        return ""
    month = re.search(r"\d{4}[-/](\d{1,2})(?:\b|[-/])", text)
    if month and 1 <= int(month.group(1)) <= 12:
        return f"{year.group(1)}-{int(month.group(1)):02d}"
    names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    word = re.search(r"\b(" + "|".join(names) + r")[a-z]*\b", text.lower())
    return f"{year.group(1)}-{names.index(word.group(1)) + 1:02d}" if word else year.group(1)


def _extra(item: dict) -> dict[str, str]:
    out = {}
    for line in (item.get("extra") or "").splitlines():
        if ":" in line:
            field, value = line.split(":", 1)
            out.setdefault(field.strip().lower(), value.strip())
    return out


def meant(csl: dict) -> dict[str, object]:
    """The facets we meant, from our CSL item (None = nothing to carry)."""
    names = [(a["literal"],) if "literal" in a else (a["family"], a.get("given", ""))
             for a in csl.get("author", [])]
    arxiv = ""
    if csl.get("number", "").startswith("arXiv:"):
        arxiv = csl["number"][len("arXiv:"):]
    for line in csl.get("note", "").splitlines():
        if line.startswith("arXiv: "):
            arxiv = line[len("arXiv: "):]
    parts = csl.get("issued", {}).get("date-parts", [[]])[0]
    date = "-".join([str(parts[0])] + [f"{p:02d}" for p in parts[1:2]]) if parts else ""
    particle = any(len(n) == 2 and n[0][:1].islower() for n in names)
    return {
        "type": ZOTERO_TYPE[csl["type"]],
        "title": _plain(csl.get("title", "")),
        "creators": names or None,
        "particles": [n for n in names if len(n) == 2 and n[0][:1].islower()] if particle
        else None,
        "DOI": csl.get("DOI") or None,
        "arXiv id": arxiv or None,
        "repository": csl.get("publisher") if csl["type"] == "article" and arxiv else None,
        "container": _plain(csl.get("container-title", "")) or None,
        "conference": csl.get("event-title") if csl["type"] == "paper-conference" else None,
        "date": date or None,
        "URL": csl.get("URL") or None,
        "citation key": csl["id"],
    }


def made(item: dict, want: dict) -> dict[str, str]:
    """Facet -> "kept", "lost", "in <Field>" (kept, elsewhere) or "<ours> -> <theirs>"."""
    extra = _extra(item)
    notes = " ".join(_plain(n) for n in item.get("notes", []))
    got: dict[str, str] = {}
    zt = item["itemType"]
    got["type"] = "kept" if zt == want["type"] else f"{want['type']} -> {zt}"
    got["title"] = "kept" if _plain(item.get("title", "")) == want["title"] else "changed"
    creators = [(c["name"],) if "name" in c else (c.get("lastName", ""), c.get("firstName", ""))
                for c in item.get("creators", [])]
    if want["creators"] is not None:
        got["creators"] = "kept" if creators == want["creators"] else (
            "lost" if not creators else "changed")
    if want["particles"] is not None:
        got["particles"] = "kept" if all(p in creators for p in want["particles"]) else "changed"
    if want["DOI"]:
        got["DOI"] = ("kept" if item.get("DOI") == want["DOI"] else
                      "in Extra" if extra.get("doi") == want["DOI"] else "lost")
    if want["arXiv id"]:
        arxiv = want["arXiv id"]
        got["arXiv id"] = (
            "kept" if item.get("archiveID") == f"arXiv:{arxiv}" else
            # Only a Preprint has Archive ID: a published paper's preprint id belongs in Extra.
            ("kept" if want["type"] != "preprint" else "in Extra")
            if extra.get("arxiv") in (arxiv, f"arXiv:{arxiv}") else
            "in Report Number" if item.get("reportNumber") == f"arXiv:{arxiv}" else
            "in a child note" if arxiv in notes else "lost")
    if want["repository"]:
        got["repository"] = (
            "kept" if item.get("repository") == want["repository"] else
            "in Institution" if item.get("institution") == want["repository"] else
            "in Publisher" if item.get("publisher") == want["repository"] else "lost")
    if want["container"]:
        theirs = next((_plain(item[f]) for f in ("proceedingsTitle", "publicationTitle",
                                                 "bookTitle") if item.get(f)), "")
        got["container"] = ("kept" if theirs == want["container"] else
                            "in Extra" if _plain(extra.get("published", "")) == want["container"]
                            else
                            "lost" if not theirs else "changed")
    if want["conference"]:
        got["conference"] = ("kept" if item.get("conferenceName") == want["conference"] else
                             "lost" if not item.get("conferenceName") else "changed")
    if want["date"]:
        got["date"] = "kept" if _date(item.get("date", "")) == want["date"] else (
            "lost" if not item.get("date") else f"{want['date']} -> {item.get('date')}")
    if want["URL"]:
        got["URL"] = "kept" if item.get("url") == want["URL"] else "lost"
    key = item.get("citationKey") or extra.get("citation key")
    got["citation key"] = ("kept" if item.get("citationKey") == want["citation key"] else
                           "in Extra" if key == want["citation key"] else
                           "in a child note" if want["citation key"] in notes else "lost")
    return got


# --- the exports compared ---------------------------------------------------------------------

def edge_export(tmp: Path) -> Path:
    from tests.test_clients.edge_entries import edge_library
    export_library(edge_library(), tmp / "edge", "all")
    return tmp / "edge"


def enriched_export(tmp: Path) -> Path:
    """tests/test_clients/test_enriched.py's list, enriched against the fakes, exported."""
    from tests.test_clients import test_enriched as t

    work = tmp / "enriched"
    work.mkdir()
    return t.build_enriched_export(work)


def pair(ours: list[dict], theirs: list[dict]) -> list[tuple[dict, dict | None]]:
    """Our items with Zotero's, in file order; by title when Zotero dropped some (None)."""
    if len(theirs) == len(ours):
        return list(zip(ours, theirs, strict=True))
    left = list(theirs)

    def take(test) -> dict | None:
        found = next((item for item in left if test(item)), None)
        if found is not None:
            left.remove(found)
        return found

    pairs = []
    for csl in ours:
        title, url = _plain(csl.get("title", "")).lower(), csl.get("URL")
        item = take(lambda i, t=title: _plain(i.get("title", "")).lower() == t)
        if item is None and url:  # a title Zotero read differently
            item = take(lambda i, u=url: i.get("url") == u)
        pairs.append((csl, item))
    return pairs


def dropped(want: dict) -> dict[str, str]:
    """Every facet of an entry Zotero's import discarded."""
    out = {facet: "lost" for facet, value in want.items() if value and facet != "type"}
    return {"type": f"{want['type']} -> dropped", **out}


def compare(url: str, sets: dict[str, Path]) -> list[dict]:
    """One row per (set, file, item): what we meant, what Zotero made of each facet."""
    rows = []
    for set_name, folder in sets.items():
        for csl_path in sorted(folder.glob("*.json")):
            ours = json.loads(csl_path.read_text(encoding="utf-8"))
            for fmt, pattern in FORMATS.items():
                path = folder / pattern.format(stem=csl_path.stem)
                if not path.is_file():  # a format this version does not write (biblatex)
                    continue
                name = str(path.relative_to(folder))
                theirs = zotero_import(url, path)
                for csl, item in pair(ours, theirs):
                    want = meant(csl)
                    rows.append({"set": set_name, "file": name,
                                 "format": fmt, "key": csl["id"], "meant": want,
                                 "made": made(item, want) if item else dropped(want),
                                 "zotero": item})
    return rows


def summary(rows: list[dict]) -> dict[str, dict[str, Counter]]:
    """format -> facet -> Counter(outcome) over every item of every file."""
    out: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for row in rows:
        for facet, outcome in row["made"].items():
            out[row["format"]][facet][outcome] += 1
    return out


def markdown(table: dict[str, dict[str, Counter]]) -> str:
    """The README table: one row per format, one column per facet."""
    lines = ["| format | " + " | ".join(FACETS) + " |", "|---" * (len(FACETS) + 1) + "|"]
    for fmt in FORMATS:
        if fmt not in table:
            continue
        cells = []
        for facet in FACETS:
            counts = table[fmt][facet]
            total = sum(counts.values())
            if not total:
                cells.append("–")
                continue
            kept = counts.get("kept", 0)
            rest = [f"{n} {o}" for o, n in sorted(counts.items()) if o != "kept"]
            cells.append(f"{kept}/{total}" + (" (" + "; ".join(rest) + ")" if rest else ""))
        lines.append(f"| {fmt} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def unexpected(rows: list[dict]) -> list[str]:
    """Every loss not in KNOWN_LOSSES, one line each."""
    bad = []
    for row in rows:
        for facet, outcome in row["made"].items():
            if row["format"] not in STRICT:
                continue
            known = (row["format"], facet, outcome) in KNOWN_LOSSES
            if facet in ("container", "conference") and row["format"] == "BibTeX":
                known = known and row["zotero"]["itemType"] == "document"  # only the @misc
            if outcome != "kept" and not known:
                bad.append(f"{row['set']}/{row['file']} {row['key']}: {facet}: {outcome}")
    return bad


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "out",
                        help="the committed export to compare (default: out/)")
    parser.add_argument("--items", action="store_true", help="print every item's outcome")
    parser.add_argument("--json", type=Path, help="write every row (with Zotero's item) here")
    args = parser.parse_args(argv)
    url = server_url()
    if url is None:
        print(f"no Zotero translation server: set {ENV} to its base URL "
              "(e.g. http://127.0.0.1:1969) with the server running; nothing compared",
              file=sys.stderr)
        return 3
    with tempfile.TemporaryDirectory() as tmp:
        sets = {"committed": args.out, "edge": edge_export(Path(tmp)),
                "enriched": enriched_export(Path(tmp))}
        rows = compare(url, sets)
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.items:
        for row in rows:
            lost = {f: o for f, o in row["made"].items() if o != "kept"}
            print(f"{row['set']}/{row['file']} {row['key']}: {lost or 'all kept'}")
    print(markdown(summary(rows)))
    bad = unexpected(rows)
    for line in bad:
        print("UNEXPECTED", line)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
