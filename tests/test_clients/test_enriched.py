"""The enriched path end to end: a small list imported, enriched against the fake arXiv and
Crossref servers (genuine recorded bodies, virtual clock), exported, and read by the real
clients. Enriched entries carry their published type, Crossref's structured names, DOI,
volume, number, pages, publisher, month, ISSN and the eprint fields, and compile cleanly."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import bibtexparser
import jsonschema
import pytest
import rispy

from awesome_bib import citekeys, store
from awesome_bib.enrich import Options, enrich_library
from awesome_bib.export import FORMATS, export_library
from awesome_bib.importer import import_list
from tests.fakes.clock import VirtualClock
from tests.fakes.servers import FIXTURES, FakeArxiv, FakeCrossref

from .agreement import disagreements
from .clients import (
    BIBER_DOC,
    BIBTEX_DOC,
    CSL_SCHEMA,
    PANDOC_READER,
    citeproc_render,
    latex_biber_strict,
    latex_bibtex,
    latex_build,
    pandoc_csl,
    require_tex_file,
    with_cjk,
)

CHEMCROW = "10.1038/s42256-024-00832-8"
PREPRINT = "10.1101/2024.04.01.587366"  # bioRxiv, `is-preprint-of` the Cell Genomics paper
PUBLISHED = "10.1016/j.xgen.2025.100814"
PRIME_TITLE = "High-throughput screening of human genetic variants by pooled prime editing"
#: SYNTHETIC (marked as such): the genuine ChemCrow record under Crossref's test prefix with an
#: author list no recorded body has: particle, hyphenated, CJK, organisation (`name` only) and
#: diacritic names, in Crossref's documented author shape.
NAMES_DOI = "10.5555/awesome-bib.names"
NAMES_AUTHORS = [
    {"given": "Joost", "family": "van der Putten"},
    {"given": "Marie-Claire", "family": "Jean-Baptiste"},
    {"given": "小明", "family": "王"},
    {"name": "The MIMIC-CXR Consortium"},
    {"given": "Łukasz", "family": "Müller"},
]

LIST = f"""# Enriched

## Journals

- [**Nature Machine Intelligence 2024**] Augmenting large language models with chemistry tools [[paper]](https://doi.org/{CHEMCROW})
- [**PLoS ONE 2012**] Methylphenidate Exposure Induces Dopamine Neuron Loss and Activation of Microglia in the Basal Ganglia of Mice [[paper]](https://doi.org/10.1371/journal.pone.0033693)
- [**arXiv 2024**] {PRIME_TITLE} [[pdf]](https://arxiv.org/abs/2404.00001)

## Names

- [**Nature Machine Intelligence 2024**] Structured Names Across Scripts and Corporate Authors [[paper]](https://doi.org/{NAMES_DOI})

## Conferences

- [**ICCV 2007**] A Seeded Image Segmentation Framework Unifying Graph Cuts And Random Walker Which Yields A New Algorithm [[paper]](https://doi.org/10.1109/iccv.2007.4408927)
- [**NeurIPS 2016**] Heat-bath random walks with Markov bases [[pdf]](https://arxiv.org/abs/1605.08386)
- Clinical Symptoms and Physical Examinations [[paper]](https://doi.org/10.1007/978-3-662-46370-3_13)

## Preprints

- [**arXiv 2017**] Proceedings of Workshop AEW10: Concepts in Information Theory and Communications [[pdf]](https://arxiv.org/abs/1707.08567)
- [**arXiv 2006**] Frequency of Hot Jupiters and Very Hot Jupiters from the OGLE-III Transit Surveys Toward the Galactic Bulge and Carina [[pdf]](https://arxiv.org/abs/astro-ph/0601001)
"""  # noqa: E501 - list items are one line each

#: Title prefix -> BibTeX type the enriched entry must have (none may stay an author-less @misc).
EXPECTED_TYPES = {
    "Augmenting large": "article", "Methylphenidate": "article", "High-throughput": "article",
    "Structured Names": "article", "A Seeded Image": "inproceedings",
    "Heat-bath": "inproceedings", "Clinical Symptoms": "incollection",
    "Proceedings of Workshop": "misc", "Frequency of Hot": "misc",
}
STEMS = ["all", "journals", "names", "conferences", "preprints"]
CJK_STEMS = {"all", "names"}  # files holding the CJK author: built with CJKutf8



def build_enriched_export(tmp: Path) -> Path:
    """The list imported into TMP, enriched against the fakes, keys assigned, exported: TMP/out
    (also what bench/zotero.py gives Zotero)."""
    (tmp / "list.md").write_text(LIST, encoding="utf-8")
    arxiv, crossref = FakeArxiv(), FakeCrossref()
    arxiv.synth_entry("2404.00001", PRIME_TITLE, ["Michael Herger", "Christina M. Kajba"], 2024)
    crossref.answer_search("prime editing", [PREPRINT])
    names = copy.deepcopy(crossref.works[CHEMCROW])
    names.update({"DOI": NAMES_DOI, "URL": f"https://doi.org/{NAMES_DOI}",
                  "title": ["Structured Names Across Scripts and Corporate Authors"],
                  "author": [{**a, "sequence": "additional", "affiliation": []}
                             for a in NAMES_AUTHORS]})
    crossref.works[NAMES_DOI] = names
    arxiv.start()
    crossref.start()
    try:
        import_list(tmp / "list.md", tmp / "entries")
        lib = store.load_library(tmp / "entries")
        clock = VirtualClock()
        enrich_library(lib, Options(cache_dir=tmp / "cache", arxiv_url=arxiv.url,
                                    crossref_url=crossref.url, clock=clock.clock,
                                    sleep=clock.sleep))
    finally:
        arxiv.stop()
        crossref.stop()
    citekeys.assign_keys(lib.entries)
    store.save_library(lib, tmp / "entries")
    export_library(store.load_library(tmp / "entries"), tmp / "out", "all")
    return tmp / "out"


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    """The list imported, enriched against the fakes, keys assigned, exported: OUT dir."""
    return build_enriched_export(tmp_path_factory.mktemp("enriched"))


def _bib(path: Path) -> dict[str, dict[str, str]]:
    """key -> {field (lower-case): value, "ENTRYTYPE": type} parsed by bibtexparser v2."""
    lib = bibtexparser.parse_string(path.read_text(encoding="utf-8"))
    assert not lib.failed_blocks, [b.error for b in lib.failed_blocks]
    return {e.key: {"ENTRYTYPE": e.entry_type, **{f.key.lower(): str(f.value) for f in e.fields}}
            for e in lib.entries}


def _by_title(out: Path) -> dict[str, dict]:
    items = json.loads((out / "all.json").read_text(encoding="utf-8"))
    return {prefix: next(i for i in items if re.sub(r"<[^>]+>", "", i["title"]).startswith(prefix))
            for prefix in EXPECTED_TYPES}


def test_every_entry_resolved_to_its_published_type_with_authors(out):
    """No enriched entry is left an author-less @misc: types follow Crossref/the venue."""
    bib = _bib(out / "all.bib")
    items = _by_title(out)
    assert len(bib) == len(EXPECTED_TYPES)
    for prefix, entry_type in EXPECTED_TYPES.items():
        fields = bib[items[prefix]["id"]]
        assert fields["ENTRYTYPE"] == entry_type, prefix
        assert fields["author"] and "key" not in fields, prefix


@pytest.mark.parametrize("stem", STEMS)
@pytest.mark.parametrize("tool,doc", [("bibtex", BIBTEX_DOC), ("biber", BIBER_DOC)],
                         ids=["bibtex", "biber"])
def test_enriched_bib_compiles_without_any_warning(out, stem, tool, doc, tmp_path):
    """pdflatex + bibtex (plainnat) and + biber: zero errors, zero warnings, every entry."""
    if stem in CJK_STEMS:
        require_tex_file("CJKutf8.sty")
        doc = with_cjk(doc)
    run = latex_build(out / f"{stem}.bib", tmp_path, doc, tool)
    assert run.errors == [] and run.ok, run.errors
    assert run.warnings == []
    assert run.cited == len(json.loads((out / f"{stem}.json").read_text(encoding="utf-8")))


@pytest.mark.parametrize("stem", STEMS)
def test_enriched_biblatex_passes_biber_validate_datamodel(out, stem, tmp_path):
    """The biblatex format under `biber --validate-datamodel`: zero errors, zero warnings, every
    entry (the BibTeX format of the same entries draws `archiveprefix`, `publisher` and
    missing-`editor` data-model warnings: README, "In LaTeX")."""
    doc = BIBER_DOC
    if stem in CJK_STEMS:
        require_tex_file("CJKutf8.sty")
        doc = with_cjk(doc)
    run = latex_biber_strict(out / FORMATS["biblatex"].file_name(stem), tmp_path, doc)
    assert run.errors == [] and run.ok, run.errors
    assert run.warnings == []
    assert run.cited == len(json.loads((out / f"{stem}.json").read_text(encoding="utf-8")))


#: Title prefix -> biblatex entry type: biblatex's own model, not BibTeX's.
BIBLATEX_TYPES = {
    "Augmenting large": "article", "Methylphenidate": "article", "High-throughput": "article",
    "Structured Names": "article", "A Seeded Image": "inproceedings",
    "Heat-bath": "inproceedings", "Clinical Symptoms": "inbook",
    "Proceedings of Workshop": "online", "Frequency of Hot": "online",
}


def test_enriched_biblatex_uses_biblatexs_own_model(out):
    """@online preprints with eprinttype/eprintclass, journaltitle, ISO dates, a chapter with
    no editor as @inbook, and no BibTeX-only field (archivePrefix, journal, year, month)."""
    bib = _bib(out / FORMATS["biblatex"].file_name("all"))
    items = _by_title(out)
    for prefix, entry_type in BIBLATEX_TYPES.items():
        fields = bib[items[prefix]["id"]]
        assert fields["ENTRYTYPE"] == entry_type, prefix
        assert not {"archiveprefix", "primaryclass", "journal", "year", "month"} & set(fields)
        if entry_type == "article":
            assert "journaltitle" in fields and "publisher" not in fields, prefix
    prime = bib[items["High-throughput"]["id"]]
    assert (prime["date"], prime["eprint"], prime["eprinttype"], prime["eprintclass"]) == (
        "2025-04", "2404.00001", "arxiv", "math.CO")
    chapter = bib[items["Clinical Symptoms"]["id"]]
    assert chapter["booktitle"] == "Shoulder Stiffness" and "editor" not in chapter


def _one_entry(bib: Path, key: str, dest: Path) -> Path:
    """A .bib holding only entry `key` of `bib`, as written."""
    lib = bibtexparser.parse_string(bib.read_text(encoding="utf-8"))
    dest.write_text(next(e.raw for e in lib.entries if e.key == key) + "\n", encoding="utf-8")
    return dest


def test_why_one_bib_cannot_serve_bibtex_and_strict_biber(out, tmp_path):
    """The recorded reason for two .bib formats (README, "In LaTeX"): a book chapter with no
    editor has no entry type both models read alike. As @incollection (our BibTeX) it fails
    biber's data model, where an editor is mandatory; as @inbook (our biblatex) bibtex reads
    `title` as the book's title and ignores `booktitle`: plainnat, without a warning, sets the
    chapter in italics as the book and loses the book."""
    key = _by_title(out)["Clinical Symptoms"]["id"]
    chapter = _one_entry(out / "all.bib", key, tmp_path / "incollection.bib")
    assert chapter.read_text(encoding="utf-8").startswith("@incollection{")
    strict = latex_biber_strict(chapter, tmp_path / "strict")
    assert any("Missing mandatory field 'editor'" in w for w in strict.warnings), strict.warnings
    assert latex_bibtex(chapter, tmp_path / "bibtex").warnings == []
    assert "Shoulder Stiffness" in (tmp_path / "bibtex" / "doc.bbl").read_text(encoding="utf-8")
    # The one-file way out, @inbook with every other field kept, is clean for both tools...
    inbook = tmp_path / "inbook.bib"
    inbook.write_text(chapter.read_text(encoding="utf-8").replace("@incollection{", "@inbook{"),
                      encoding="utf-8")
    assert latex_biber_strict(inbook, tmp_path / "strict-inbook").warnings == []
    plain = latex_bibtex(inbook, tmp_path / "plain")
    assert plain.warnings == [] and plain.ok
    # ...and wrong in bibtex's reading.
    bbl = " ".join((tmp_path / "plain" / "doc.bbl").read_text(encoding="utf-8").split())
    assert r"\emph{Clinical Symptoms and Physical Examinations}" in bbl
    assert "Shoulder Stiffness" not in bbl


@pytest.mark.parametrize("stem", STEMS)
@pytest.mark.parametrize("fmt", [f for f in FORMATS if f in PANDOC_READER])  # no RDF reader
def test_pandoc_reads_enriched_records_like_our_csl_json(out, stem, fmt):
    """Same ids, titles, ordered authors (particles, CJK, organisations), years and DOIs."""
    ours = json.loads((out / f"{stem}.json").read_text(encoding="utf-8"))
    theirs = pandoc_csl(out / FORMATS[fmt].file_name(stem), PANDOC_READER[fmt])
    recased = PANDOC_READER[fmt] in ("bibtex", "biblatex")
    assert disagreements(ours, theirs, recased=recased, commas_dropped=fmt == "ris") == []


def test_enriched_csl_validates_and_every_entry_renders(out):
    """Schema-valid; citeproc renders every entry, and reads the names as names: the particle
    kept inside `family` is recognised (Chicago demotes it: "Putten, Joost van der"), the CJK
    name is printed family first without a space, the organisation whole."""
    items = json.loads((out / "all.json").read_text(encoding="utf-8"))
    jsonschema.validate(items, CSL_SCHEMA)
    refs = citeproc_render(out / "all.json")
    assert sorted(refs) == sorted(i["id"] for i in items)
    names = " ".join(refs[_by_title(out)["Structured Names"]["id"]].split())
    assert names.startswith("Putten, Joost van der, Marie-Claire Jean-Baptiste, 王小明, "
                            "The MIMIC-CXR Consortium, and Łukasz Müller. 2024.")


def test_authors_are_crossrefs_structured_names(out):
    """Crossref's given/family pairs as deposited, in order, in all three formats: a particle
    stays in the family name, hyphens and CJK are kept, an organisation is one literal."""
    items = _by_title(out)
    bib = _bib(out / "all.bib")
    ris = {r["id"]: r for r in rispy.loads((out / "all.ris").read_text(encoding="utf-8"))}
    names = items["Structured Names"]
    assert names["author"] == [
        {"family": "van der Putten", "given": "Joost"},
        {"family": "Jean-Baptiste", "given": "Marie-Claire"},
        {"family": "王", "given": "小明"},
        {"literal": "The MIMIC-CXR Consortium"},
        {"family": "Müller", "given": "Łukasz"},
    ]
    assert bib[names["id"]]["author"] == (
        "van der Putten, Joost and Jean-Baptiste, Marie-Claire and 王, 小明 and "
        '{The MIMIC-CXR Consortium} and M{\\"u}ller, {\\L}ukasz')
    assert ris[names["id"]]["authors"] == [
        "van der Putten, Joost", "Jean-Baptiste, Marie-Claire", "王, 小明",
        "The MIMIC-CXR Consortium", "Müller, Łukasz"]
    chem = json.loads((FIXTURES / "crossref" / f"work_journal-article_{CHEMCROW.replace('/', '_')}"
                       ".json").read_text(encoding="utf-8"))["message"]
    assert items["Augmenting large"]["author"] == [
        {"family": a["family"], "given": a["given"]} for a in chem["author"]]
    # The published version of an arXiv preprint takes Crossref's six authors, not arXiv's two.
    assert [a["family"] for a in items["High-throughput"]["author"]] == [
        "Herger", "Kajba", "Buckley", "Cunha", "Strom", "Findlay"]


def test_arxiv_names_are_split_with_particles_and_hyphens(out):
    """Where only arXiv has the paper, its 34 display names are split: "Peter H. N. de With"
    -> de With, "Ken-ichi Iwata", "Joost van der Putten", "Dirk Wübben"."""
    authors = _by_title(out)["Proceedings of Workshop"]["author"]
    assert len(authors) == 34
    for family, given in (("de With", "Peter H. N."), ("Iwata", "Ken-ichi"),
                          ("van der Putten", "Joost"), ("van der Sommen", "Fons"),
                          ("Wübben", "Dirk")):
        assert {"family": family, "given": given} in authors


def test_published_preprint_keeps_its_eprint_fields(out):
    """The bioRxiv/arXiv preprint exports as the Cell Genomics article and keeps its arXiv id."""
    item = _by_title(out)["High-throughput"]
    fields = _bib(out / "all.bib")[item["id"]]
    assert fields["doi"] == PUBLISHED and fields["journal"] == "Cell Genomics"
    assert (fields["volume"], fields["number"], fields["pages"]) == ("5", "4", "100814")
    assert (fields["eprint"], fields["archiveprefix"], fields["eprinttype"]) == (
        "2404.00001", "arXiv", "arxiv")
    assert "arXiv: 2404.00001" in item["note"].splitlines()
    assert item["type"] == "article-journal" and item["DOI"] == PUBLISHED
    ris = {r["id"]: r for r in rispy.loads((out / "all.ris").read_text(encoding="utf-8"))}
    assert ris[item["id"]]["type_of_reference"] == "JOUR"
    # M2 lines, which Zotero's RIS import puts in Extra (an N1 note would be a child note)
    assert ris[item["id"]]["unknown_tag"]["M2"] == [f"Citation Key: {item['id']}",
                                                   "arXiv: 2404.00001"]


@pytest.mark.parametrize("prefix,expected", [
    pytest.param("Augmenting large", {"journal": "Nature Machine Intelligence", "volume": "6",
                 "number": "5", "pages": "525--535", "month": "may", "issn": "2522-5839",
                 "publisher": "Springer Science and Business Media LLC", "year": "2024"},
                 id="nature-mi"),
    pytest.param("Methylphenidate", {"journal": "PLoS ONE", "volume": "7", "number": "3",
                 "pages": "e33693", "month": "mar", "issn": "1932-6203", "year": "2012",
                 "doi": "10.1371/journal.pone.0033693"}, id="plos-article-number"),
    pytest.param("A Seeded Image", {"booktitle": "2007 IEEE 11th International Conference on "
                 "Computer Vision", "pages": "1--8", "publisher": "IEEE", "year": "2007",
                 "doi": "10.1109/iccv.2007.4408927"}, id="ieee-proceedings"),
    pytest.param("Clinical Symptoms", {"booktitle": "Shoulder Stiffness", "pages": "155--158",
                 "publisher": "Springer Berlin Heidelberg", "year": "2015"}, id="book-chapter"),
    pytest.param("Heat-bath", {"booktitle": "Advances in Neural Information Processing Systems",
                 "eprint": "1605.08386", "year": "2016"}, id="no-doi-venue"),
])
def test_bibliographic_fields_carry_through(out, prefix, expected):
    """DOI, container, volume, number, pages (with --), publisher, month, ISSN from the source."""
    fields = _bib(out / "all.bib")[_by_title(out)[prefix]["id"]]
    assert {k: fields.get(k) for k in expected} == expected


def test_ris_and_csl_carry_issn_and_pages(out):
    item = _by_title(out)["Augmenting large"]
    assert (item["ISSN"], item["page"], item["volume"], item["issue"]) == (
        "2522-5839", "525-535", "6", "5")
    assert item["issued"] == {"date-parts": [[2024, 5]]}
    ris = {r["id"]: r for r in rispy.loads((out / "all.ris").read_text(encoding="utf-8"))}
    rec = ris[item["id"]]
    assert (rec["issn"], rec["start_page"], rec["end_page"], rec["doi"]) == (
        "2522-5839", "525", "535", CHEMCROW)


# Crossref's BibTeX rendering (content negotiation) of CHEMCROW, recorded verbatim.
CN_BIBTEX = FIXTURES / "crossref" / "cn_bibtex_10.1038_s42256-024-00832-8.bib"


def _same_doi_link(ours: str, theirs: str) -> bool:
    """Both URLs resolve the same DOI (Crossref writes http://dx.doi.org/, we https://doi.org/)."""
    def doi_of(url: str) -> str:
        return re.sub(r"^https?://(dx\.)?doi\.org/", "", url).lower()
    return doi_of(ours) == doi_of(theirs) != ""


#: How a field of Crossref's rendering compares with ours; default: equal strings.
COMPARE = {
    "pages": lambda ours, theirs: ours == theirs.replace("\u2013", "--"),
    "doi": lambda ours, theirs: ours.lower() == theirs.lower(),
    "url": _same_doi_link,
}


def test_bibtex_has_at_least_crossrefs_own_bibtex_fields(out):
    """For a paper with a DOI, our entry has every field Crossref's own BibTeX rendering of
    that DOI has, with equal values (author order and names, pages with --)."""
    [theirs] = _bib(CN_BIBTEX).values()
    ours = _bib(out / "all.bib")[_by_title(out)["Augmenting large"]["id"]]
    assert ours["ENTRYTYPE"] == theirs["ENTRYTYPE"] == "article"
    assert set(theirs) == {"ENTRYTYPE", "title", "volume", "issn", "url", "doi", "number",
                           "journal", "publisher", "author", "year", "month", "pages"}
    assert set(theirs) <= set(ours), set(theirs) - set(ours)
    for name in sorted(set(theirs) - {"ENTRYTYPE"}):
        same = COMPARE.get(name, str.__eq__)
        assert same(ours[name], theirs[name]), (name, ours[name], theirs[name])
