"""What Zotero's own import code makes of our files, through Zotero's translation server.

    AWESOME_BIB_ZOTERO_URL=http://127.0.0.1:1969 python bench/zotero.py [--markdown] [--items]

Zotero's translation server (github.com/zotero/translation-server, Node; not on any package
registry together with its translators) runs Zotero's import translators (BibTeX.js, RIS.js,
CSL JSON.js, RDF.js) behind `POST /import`; bench/zotero_server.js serves the same server with
`POST /import-collections`, which also returns the collections the translator built. This
script exports three sets of files: the committed `out/`, the generated edge-case entries
(tests/test_clients/edge_entries.py) and the enriched list of tests/test_clients/
test_enriched.py (enriched against the fake servers), posts every .json, .rdf, .bib (BibTeX
and biblatex) and .ris to the server and compares each Zotero item with what we meant, which
is our CSL-JSON item of the same entry: item type, title (after removing Zotero's rich-text
tags only: an entity such as `&lt;` left in a title is a change), creators and their order,
particles, DOI, arXiv id, repository, container (proceedings/publication/book title),
conference name, date, URL, citation key. Items are paired by citation key where Zotero kept
it, else by title or URL; an item Zotero did not return is "dropped".

Collections: for every all.* file of the committed and edge sets, the collections Zotero
built (names, items, nesting) are compared with the list's sections and their sub-headings
(export.section_group), items matched by the citation key Zotero kept (or the BibTeX key the
translator gave as item id). Spellings: each character class of SPELLINGS is written by our
LaTeX escaper into a .bib title, imported by Zotero's BibTeX.js and compared with the text.

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
FORMATS = {"CSL-JSON": "{stem}.json", "Zotero RDF": "{stem}.rdf", "BibTeX": "{stem}.bib",
           "biblatex": "biblatex/{stem}.bib", "RIS": "{stem}.ris"}
FACETS = ("type", "title", "creators", "particles", "DOI", "arXiv id", "repository", "container",
          "conference", "date", "URL", "citation key")

#: CSL type we write -> the Zotero item type we mean.
ZOTERO_TYPE = {"article": "preprint", "paper-conference": "conferencePaper",
               "article-journal": "journalArticle", "chapter": "bookSection",
               "dataset": "dataset", "document": "document"}

#: (format, facet, what Zotero made of it) that no field choice of ours can avoid; each is
#: explained in the README's Zotero section. Anything else fails the run.
KNOWN_LOSSES = {
    ("BibTeX", "type", "preprint -> document"),     # BibTeX.js maps no type to Preprint
    ("BibTeX", "type", "dataset -> document"),      # nor to Dataset (@dataset is discarded)
    ("BibTeX", "arXiv id", "in Extra"),             # a Document has no Archive ID
    ("BibTeX", "citation key", "lost"),             # stock BibTeX.js keeps the key nowhere
    ("BibTeX", "title", "changed"),                 # ~ \ and a few letters have no spelling
    ("BibTeX", "creators", "changed"),              # BibTeX.js reads (SPELLINGS, README)
    ("BibTeX", "repository", "in Publisher"),       # document: publisher arXiv
    ("biblatex", "type", "preprint -> webpage"),    # @online: BibTeX.js's Web Page
    ("biblatex", "type", "dataset -> document"),    # @misc (its @dataset is discarded)
    ("biblatex", "arXiv id", "in Extra"),
    ("biblatex", "citation key", "lost"),
    ("biblatex", "title", "changed"),
    ("biblatex", "creators", "changed"),
    ("biblatex", "repository", "lost"),             # a Web Page has no publisher
    ("RIS", "type", "preprint -> report"),          # no RIS type maps to Preprint
    ("RIS", "type", "document -> journalArticle"),  # RIS.js reads GEN as a journal article
    ("RIS", "repository", "in Institution"),        # report: PB = Institution
    ("RIS", "arXiv id", "in Report Number"),        # report: SN = Report Number
    ("RIS", "citation key", "in Extra"),            # M2 lines; no RIS tag is a key for Zotero
    ("RIS", "creators", "changed"),                 # a corporate name's comma (README)
}

#: Formats whose every loss must be in KNOWN_LOSSES (CSL-JSON and Zotero RDF: none at all).
STRICT = tuple(FORMATS)

#: Character classes, one sample each: what our escaper writes into a .bib must come back from
#: Zotero's BibTeX.js as the same text, or be a known gap (no ASCII spelling that bibtex, biber
#: and BibTeX.js all read; --unicode then writes the letters as UTF-8, README "In Zotero").
SPELLINGS = {
    "ASCII specials & % $ # _": "R&D 5% $3 #1 a_b",
    "paired braces { }": "set {x}",
    "caret ^": "C^2M",
    "less/greater < >": "p < 0.05 > q",
    "bar |": "a|b",
    "tilde ~": "a~b",
    "backslash \\": "a\\b",
    "unpaired brace": "a}b",
    "acute, grave, umlaut, circumflex, tilde accents": "Müller Antonín àôñ",
    "letter accents (caron, breve, ogonek, cedilla, macron)": "Dvořák ă ą ç ā",
    "Hungarian double acute ő, dot above ż": "Erdős Żak",
    "dot below ẹ": "Nguyẹ",
    "stacked accents (Vietnamese ễ ệ ố)": "Nguyễn Thị Bích Ngọc Hồ",
    "Croatian đ Đ": "Đorđević",
    "stroke and ligature letters ł ø ß æ å þ": "Łukasz Øster Straße Æsir Århus Þór",
    "ligature œ": "Œuvre cœur",
    "dashes and quotes – — “ ”": "a–b—c “q”",
    "text symbols ± × ÷ µ ° § ¶ † £ € © ® ™ • · … → ←": "± × ÷ µ ° § ¶ † £ € © ® ™ • · … → ←",
    "Greek α β γ Γ Λ": "α β γ Γ Λ",
    "Greek ι λ (\\i, \\l prefixes)": "ι λ",
    "math ≤ ≥ ≈ ∞ − √": "≤ ≥ ≈ ∞ − √",
    "CJK (UTF-8 in every mode)": "王小明",
}

#: Character classes with no spelling all three read (the measured result, checked each run).
NO_SPELLING = {"tilde ~", "backslash \\", "unpaired brace", "stacked accents (Vietnamese ễ ệ ố)",
               "Croatian đ Đ", "ligature œ", "Greek ι λ (\\i, \\l prefixes)",
               "math ≤ ≥ ≈ ∞ − √"}

#: Of those, the classes `--unicode` carries (it writes letters as UTF-8; Greek, math and the
#: ASCII specials stay LaTeX so that pdflatex still compiles the file).
UNICODE_CARRIES = {"stacked accents (Vietnamese ễ ệ ố)", "Croatian đ Đ", "ligature œ"}


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


def zotero_import(url: str, path: Path | bytes) -> tuple[list[dict], list[dict] | None]:
    """Zotero's items for one file (child notes folded into their parent's `notes`), and the
    collections it built (None from a server without /import-collections)."""
    data = path if isinstance(path, bytes) else path.read_bytes()
    headers = {"Content-Type": "text/plain; charset=utf-8"}
    resp = requests.post(url + "/import-collections", data=data, timeout=300, headers=headers)
    collections = None
    if resp.status_code == 404:  # the stock server: items only
        resp = requests.post(url + "/import", data=data, timeout=300, headers=headers)
        raw = resp.json() if resp.status_code == 200 else []
    elif resp.status_code == 200:
        raw, collections = resp.json()["items"], resp.json()["collections"]
    if resp.status_code != 200:
        raise RuntimeError(f"HTTP {resp.status_code}: {resp.text[:200]}")
    items: list[dict] = []
    by_key: dict[str, dict] = {}
    for item in raw:
        if item.get("itemType") == "note" and item.get("parentItem") in by_key:
            by_key[item["parentItem"]].setdefault("notes", []).append(item["note"])
        elif item.get("itemType") not in ("note", "attachment"):
            items.append(item)
            by_key[item.get("key", "")] = item
    return items, collections


# --- what we meant (our CSL-JSON item) and what Zotero made ----------------------------------

#: The rich text Zotero keeps in a title (and CSL reads): removed before titles are compared.
_RICH = re.compile(r"</?(?:i|b|sup|sub|sc)>|<span\b[^<>]*>|</span>")


def _plain(text: str) -> str:
    """Zotero's text without its rich-text tags; entities stay (Zotero stores them as typed)."""
    return " ".join(_RICH.sub("", text or "").replace("--", "–").split())


def _meant_text(text: str) -> str:
    """Our CSL string as a reader takes it: tags removed, `&lt;` (our escaped markup) read."""
    return html.unescape(_plain(text))


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
        "title": _meant_text(csl.get("title", "")),
        "creators": names or None,
        "particles": [n for n in names if len(n) == 2 and n[0][:1].islower()] if particle
        else None,
        "DOI": csl.get("DOI") or None,
        "arXiv id": arxiv or None,
        "repository": csl.get("publisher") if csl["type"] == "article" and arxiv else None,
        "container": _meant_text(csl.get("container-title", "")) or None,
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


def _key_of(item: dict) -> str:
    return item.get("citationKey") or _extra(item).get("citation key") or item.get("_id") or ""


def pair(ours: list[dict], theirs: list[dict]) -> list[tuple[dict, dict | None]]:
    """Our items with Zotero's: by the citation key Zotero kept (or the translator's item id,
    the BibTeX key), else by title, else by URL; None where Zotero returned none."""
    left = list(theirs)

    def take(test) -> dict | None:
        found = next((item for item in left if test(item)), None)
        if found is not None:
            left.remove(found)
        return found

    pairs = []
    for csl in ours:
        title, url = _meant_text(csl.get("title", "")).lower(), csl.get("URL")
        item = take(lambda i, k=csl["id"]: _key_of(i) == k)
        if item is None:
            item = take(lambda i, t=title: _plain(i.get("title", "")).lower() == t)
        if item is None and url:  # a title Zotero read differently
            item = take(lambda i, u=url: i.get("url") == u)
        pairs.append((csl, item))
    return pairs


def dropped(want: dict) -> dict[str, str]:
    """Every facet of an entry Zotero's import discarded."""
    out = {facet: "lost" for facet, value in want.items() if value and facet != "type"}
    return {"type": f"{want['type']} -> dropped", **out}


def compare(url: str, sets: dict[str, Path]) -> tuple[list[dict], dict[tuple[str, str], list]]:
    """One row per (set, file, item): what we meant, what Zotero made of each facet; and the
    collections Zotero built from each all.* file, by (set, file)."""
    rows = []
    built: dict[tuple[str, str], list] = {}
    for set_name, folder in sets.items():
        for csl_path in sorted(folder.glob("*.json")):
            ours = json.loads(csl_path.read_text(encoding="utf-8"))
            for fmt, pattern in FORMATS.items():
                path = folder / pattern.format(stem=csl_path.stem)
                if not path.is_file():  # a format this version does not write
                    continue
                name = str(path.relative_to(folder))
                theirs, collections = zotero_import(url, path)
                if csl_path.stem == "all" and collections is not None:
                    keys = {i.get("_id"): _key_of(i) for i in theirs}
                    built[(set_name, name)] = _named(collections, keys)
                for csl, item in pair(ours, theirs):
                    want = meant(csl)
                    rows.append({"set": set_name, "file": name,
                                 "format": fmt, "key": csl["id"], "meant": want,
                                 "made": made(item, want) if item else dropped(want),
                                 "zotero": item})
    return rows, built


def _named(collections: list[dict], keys: dict) -> list:
    """Zotero's collections as [(name, [citation keys], children)], items by their key."""
    return [(c["name"], [keys.get(i, i) for i in c["items"]],
             _named(c["collections"], keys)) for c in collections]


def sections_meant(lib) -> list:
    """The list's sections (and sub-headings) as [(title, [keys], children)]."""
    from awesome_bib.export import section_group

    by_section = lib.by_section()

    def tree(group) -> tuple:
        return (group.title, list(group.keys), [tree(c) for c in group.children])

    return [tree(section_group(s.title, s.slug, by_section.get(s.slug, [])))
            for s in lib.sections]


def _flat(tree: list, prefix: str = "") -> dict[str, set]:
    out = {}
    for name, keys, children in tree:
        out[prefix + name] = set(keys)
        out.update(_flat(children, prefix + name + "/"))
    return out


def collection_counts(tree: list, want_tree: list) -> tuple[int, int, int]:
    """(sections and sub-headings, collections built, collections equal to their section:
    same path, same items)."""
    want, got = _flat(want_tree), _flat(tree)
    return len(want), len(got), sum(1 for path, keys in want.items() if got.get(path) == keys)


def route_differences(rows: list[dict], fmt: str, base: str = "CSL-JSON") -> list[str]:
    """Every Zotero field (not only the facets) in which the item `fmt` gave differs from the
    item `base` gave for the same entry and file stem; dates compare as year-month."""
    def item_of(row: dict) -> dict:
        item = dict(row["zotero"] or {})
        for field in ("key", "_id", "version"):
            item.pop(field, None)
        if "date" in item:
            item["date"] = _date(item["date"])
        return item

    theirs = {(r["set"], Path(r["file"]).stem, r["key"]): item_of(r)
              for r in rows if r["format"] == base}
    out = []
    for row in rows:
        if row["format"] != fmt:
            continue
        ours, other = item_of(row), theirs.get((row["set"], Path(row["file"]).stem, row["key"]))
        for field in sorted(set(ours) | set(other or {})):
            if other is None or ours.get(field) != other.get(field):
                out.append(f"{row['set']}/{row['file']} {row['key']}: {field}")
    return out


def spellings(url: str, unicode: bool = False) -> dict[str, tuple[str, str, str]]:
    """class -> (our spelling, what Zotero's BibTeX.js read back, "kept" or "changed"), as the
    default export writes it or as `--unicode` does."""
    from awesome_bib.export.latex import escape

    bib = "".join(f"@misc{{s{i},\n  title = {{{escape(text, unicode)}}},\n  year = {{2020}}\n}}\n\n"
                  for i, text in enumerate(SPELLINGS.values()))
    items, _ = zotero_import(url, bib.encode("utf-8"))
    out = {}
    for (name, text), item in zip(SPELLINGS.items(), items, strict=True):
        back = item.get("title", "")
        out[name] = (escape(text, unicode), back, "kept" if back == text else "changed")
    return out


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
            if outcome != "kept" and not known:
                bad.append(f"{row['set']}/{row['file']} {row['key']}: {facet}: {outcome}")
    return bad


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "out",
                        help="the committed export to compare (default: out/)")
    parser.add_argument("--items", action="store_true", help="print every item's outcome")
    parser.add_argument("--json", type=Path, help="write every row (with Zotero's item) here")
    parser.add_argument("--entries", type=Path, default=ROOT / "entries",
                        help="the entries --out was exported from (their sections are compared "
                             "with the collections Zotero builds)")
    args = parser.parse_args(argv)
    url = server_url()
    if url is None:
        print(f"no Zotero translation server: set {ENV} to its base URL "
              "(e.g. http://127.0.0.1:1969) with the server running; nothing compared",
              file=sys.stderr)
        return 3
    from awesome_bib.store import load_library
    from tests.test_clients.edge_entries import edge_library

    with tempfile.TemporaryDirectory() as tmp:
        sets = {"committed": args.out, "edge": edge_export(Path(tmp)),
                "enriched": enriched_export(Path(tmp))}
        rows, built = compare(url, sets)
    meant_sets = {"committed": sections_meant(load_library(args.entries)),
                  "edge": sections_meant(edge_library())}
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.items:
        for row in rows:
            lost = {f: o for f, o in row["made"].items() if o != "kept"}
            print(f"{row['set']}/{row['file']} {row['key']}: {lost or 'all kept'}")
    print(markdown(summary(rows)))
    for set_name in sets:  # each set's all.* files alone: every entry once per format
        print(f"\n{set_name}, all.* files:\n")
        print(markdown(summary([r for r in rows if r["set"] == set_name
                                and Path(r["file"]).stem == "all"])))
    bad = unexpected(rows)
    differ = route_differences(rows, "Zotero RDF")
    print(f"\nZotero RDF vs CSL-JSON, every Zotero field of every item: {len(differ)} differences"
          f" in {sum(r['format'] == 'Zotero RDF' for r in rows)} items")
    bad += [f"Zotero RDF differs from CSL-JSON: {line}" for line in differ]
    print()
    print("| set | all.* file | sections + sub-headings | collections built | equal |")
    print("|---|---|---|---|---|")
    for (set_name, name), tree in sorted(built.items()):
        if set_name in meant_sets:
            want, got, equal = collection_counts(tree, meant_sets[set_name])
            print(f"| {set_name} | {name} | {want} | {got} | {equal}/{want} |")
            if name.endswith((".bib", ".rdf")) and not want == got == equal:
                bad.append(f"collections of {set_name}/{name}: {equal}/{want} equal, {got} built")
    if not built:
        bad.append("no collections: run the server through bench/zotero_server.js")
    print()
    print("| character class | our .bib spelling | Zotero's BibTeX.js reads | | with --unicode |")
    print("|---|---|---|---|---|")
    utf8 = spellings(url, unicode=True)
    for name, (ours, back, verdict) in spellings(url).items():
        cells = [c.replace("|", "\\|") for c in (name, ours, back)]
        print(f"| {cells[0]} | `{cells[1]}` | {cells[2]} | {verdict} | {utf8[name][2]} |")
        if (verdict == "kept") == (name in NO_SPELLING):
            bad.append(f"spelling of {name}: {verdict}, NO_SPELLING says otherwise")
        if name in UNICODE_CARRIES and utf8[name][2] != "kept":
            bad.append(f"--unicode spelling of {name}: {utf8[name][2]}")
    for line in bad:
        print("UNEXPECTED", line)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
