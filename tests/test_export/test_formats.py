"""Each format on hand-built entries: types per venue kind, fields, keys, determinism."""

from __future__ import annotations

import json

import pytest
import rispy

from awesome_bib.core.outcomes import OutcomeRecord
from awesome_bib.export import FORMATS, bibtex, csl_json, export_library, ris
from awesome_bib.export.resolve import resolve
from awesome_bib.model import Author

from .conftest import edge_entries, edge_entry, edge_library, make_entry
from .readers import READERS

FORMAT_NAMES = list(FORMATS)


def test_every_format_has_a_reader():
    """A registered format comes with an independent reader (readers.py) for these tests."""
    assert sorted(READERS) == sorted(FORMATS)


@pytest.mark.parametrize("fmt", FORMAT_NAMES)
def test_render_writes_every_entry_once_in_order(fmt):
    """Read back by a third-party parser: every key, once, in the order given; reversed input
    gives reversed output; no entries gives a file the reader accepts with no entries."""
    entries = edge_entries()
    read = READERS[fmt]
    assert read(FORMATS[fmt].render(entries)) == [e.key for e in entries]
    assert read(FORMATS[fmt].render(entries[::-1])) == [e.key for e in entries[::-1]]
    assert read(FORMATS[fmt].render([])) == []


@pytest.mark.parametrize("fmt", FORMAT_NAMES)
def test_deterministic(fmt, tmp_path):
    a = export_library(edge_library(), tmp_path / "a", fmt)
    b = export_library(edge_library(), tmp_path / "b", fmt)
    assert [p.name for p in a.files] == [p.name for p in b.files]
    for pa, pb in zip(a.files, b.files, strict=True):
        assert pa.read_bytes() == pb.read_bytes()


# (key, bibtex type, csl type, ris type) per venue kind
TYPES = [
    pytest.param("mullerLLaVAMed2023", "inproceedings", "paper-conference", "CPAPER",
                 id="conference"),
    pytest.param("smithJournal2022", "article", "article-journal", "JOUR", id="journal"),
    pytest.param("preprintOnlyNoAuthors2024", "misc", "article", "RPRT", id="preprint"),
    pytest.param("unknownVenue2020", "misc", "document", "GEN", id="unknown-tag"),
    pytest.param("mimicCXR", "misc", "dataset", "DATA", id="dataset"),
]


@pytest.mark.parametrize(("key", "bib", "csl", "ty"), TYPES)
def test_types(key, bib, csl, ty):
    rec = resolve(edge_entry(key))
    assert bibtex.fields(rec)[0] == bib
    assert csl_json.item(rec)["type"] == csl
    assert ris.record(rec)["type_of_reference"] == ty


def test_workshop_is_proceedings():
    rec = resolve(make_entry("w2023", "T", venue_tag="CVPRW 2023", year=2023,
                             authors=[Author("Li", "Wei")]))
    kind, values = bibtex.fields(rec)
    assert kind == "inproceedings" and "Workshops" in values["booktitle"]
    assert csl_json.item(rec)["type"] == "paper-conference"
    assert ris.record(rec)["custom3"] == rec.container


def test_conference_fields():
    rec = resolve(edge_entry("mullerLLaVAMed2023"))
    kind, values = bibtex.fields(rec)
    assert values["booktitle"].startswith("Advances in Neural Information Processing Systems")
    assert values["pages"] == "1--12" and values["month"] == "jun" and values["volume"] == "36"
    assert values["eprint"] == "2306.00890" and values["eprinttype"] == "arxiv"
    assert values["archiveprefix"] == "arXiv"
    assert "doi" not in values  # the published DOI is unknown; the arXiv DOI is not it
    item = csl_json.item(rec)
    assert item["container-title"] == rec.container
    assert item["issued"] == {"date-parts": [[2023, 6]]} and item["page"] == "1-12"
    assert "arXiv: 2306.00890" in item["note"]
    record = ris.record(rec)
    assert record["secondary_title"] == rec.event and record["custom3"] == rec.container
    assert (record["start_page"], record["end_page"], record["date"]) == ("1", "12", "2023/06//")


def test_arxiv_preprint_conventions():
    rec = resolve(edge_entry("preprintOnlyNoAuthors2024"))
    _, values = bibtex.fields(rec)
    assert values["doi"] == "10.48550/arXiv.2401.00001"
    assert values["url"] == "https://arxiv.org/abs/2401.00001"
    assert values["primaryclass"] == "cs.CV" and values["eprinttype"] == "arxiv"
    item = csl_json.item(rec)
    assert (item["type"], item["publisher"], item["number"], item["DOI"]) == \
        ("article", "arXiv", "arXiv:2401.00001", "10.48550/arXiv.2401.00001")
    record = ris.record(rec)
    assert (record["publisher"], record["issn"]) == ("arXiv", "arXiv:2401.00001")


def test_authorless_entries_give_styles_a_sort_key():
    rec = resolve(make_entry("noAuthors2023", "LLaVA-Med: Training an Assistant",
                             venue_tag="MICCAI 2023", year=2023))
    kind, values = bibtex.fields(rec)
    assert kind == "inproceedings" and values["key"] == "LLaVA-Med"  # the type stays the paper's
    assert "author" not in values and "howpublished" not in values
    assert values["booktitle"].startswith("Medical Image Computing")
    assert "author" not in csl_json.item(rec) and "authors" not in ris.record(rec)
    assert csl_json.item(rec)["type"] == "paper-conference"  # CSL keeps the real type
    assert all(v != "" for v in values.values())


@pytest.mark.parametrize(("author", "bib", "csl", "au"), [
    pytest.param(Author("van der Meer", "Jan"), "van der Meer, Jan",
                 {"family": "van der Meer", "given": "Jan"}, "van der Meer, Jan", id="particle"),
    pytest.param(Author("Müller", "Łukasz"), r'M{\"u}ller, {\L}ukasz',
                 {"family": "Müller", "given": "Łukasz"}, "Müller, Łukasz", id="diacritics"),
    pytest.param(Author("王", "小明"), "王, 小明", {"family": "王", "given": "小明"}, "王, 小明",
                 id="cjk"),
    pytest.param(Author(literal="World Health Organization"), "{World Health Organization}",
                 {"literal": "World Health Organization"}, "World Health Organization",
                 id="corporate"),
    pytest.param(Author(literal="Research and Development Team"),
                 "{Research and Development Team}", {"literal": "Research and Development Team"},
                 "Research and Development Team", id="corporate-with-and"),
])
def test_author_forms(author, bib, csl, au):
    assert bibtex.name(author) == bib
    assert csl_json.name(author) == csl
    assert ris.name(author) == au


def test_citation_key_everywhere():
    rec = resolve(edge_entry("smithJournal2022"))
    assert bibtex.render_entry(rec).startswith("@article{smithJournal2022,\n")
    item = csl_json.item(rec)
    assert item["id"] == item["citation-key"] == "smithJournal2022"
    assert item["note"].splitlines()[0] == "Citation Key: smithJournal2022"
    assert ris.record(rec)["id"] == "smithJournal2022"


def test_bibtex_one_field_per_line():
    text = FORMATS["bibtex"].render(edge_entries())
    for block in text.strip().split("\n\n"):
        lines = block.splitlines()
        assert lines[0].startswith("@") and lines[-1] == "}"
        assert all(line.startswith("  ") and " = " in line for line in lines[1:-1])


def test_unknown_tag_in_note_and_report(tmp_path):
    rec = resolve(edge_entry("unknownVenue2020"))
    assert bibtex.fields(rec)[1]["note"] == "Venue: FOOCONF 2020"
    report = export_library(edge_library(), tmp_path, "bibtex")
    assert report.unknown_tags == {"FOOCONF 2020": ["unknownVenue2020"]}


def test_dataset_note():
    rec = resolve(edge_entry("mimicCXR"))
    note = "Dataset; domain: cxr; image: 377K; text: 227K; source: medical reports; language: En"
    assert bibtex.fields(rec)[1]["note"] == note
    assert csl_json.item(rec)["note"].endswith(note)
    assert ris.record(rec)["notes"] == [note]
    assert rec.url.startswith("https://physionet.org/")


def test_url_stays_usable():
    rec = resolve(edge_entry("hostile2021"))
    assert bibtex.fields(rec)[1]["url"] == "https://example.org/a_b%20c?x=1&y=~z#frag"
    assert bibtex.url_value("https://x.org/a b{c}") == "https://x.org/a%20b%7Bc%7D"


def test_unicode_variant(tmp_path):
    ascii_out = export_library(edge_library(), tmp_path / "a", "bibtex")
    uni_out = export_library(edge_library(), tmp_path / "u", "bibtex", unicode=True)
    a = (tmp_path / "a" / "all.bib").read_text(encoding="utf-8")
    u = (tmp_path / "u" / "all.bib").read_text(encoding="utf-8")
    assert r'M{\"u}ller, {\L}ukasz' in a and "Müller, Łukasz" in u
    assert all(ord(c) < 128 for c in a.replace("王", "").replace("小明", ""))
    assert r"\&" in u and r"\textbraceright{}" in u  # specials are still escaped
    assert len(ascii_out.files) == len(uni_out.files)


def test_csl_strings_are_plain():
    items = json.loads(FORMATS["csljson"].render(edge_entries()))
    text = json.dumps(items, ensure_ascii=False)
    assert "\\\\textbrace" not in text and "{\\\\" not in text
    hostile = next(i for i in items if i["id"] == "hostile2021")
    assert hostile["title"].startswith("Evil } title @comment{ \\input{/etc/passwd} & 100%")


def test_ris_values_are_single_lines():
    entry = make_entry("nl2020", "Line one\nline two", venue_tag="CVPR 2020", year=2020,
                       note="first\nsecond")
    text = FORMATS["ris"].render([entry])
    refs = rispy.loads(text)
    assert refs[0]["title"] == "Line one line two"
    assert refs[0]["notes"] == ["first", "second"]


@pytest.mark.parametrize(("venue_tag", "pub_type"), [
    pytest.param("CVPR 2024", "conference", id="list-says-conference"),
    pytest.param("", "misc", id="list-says-nothing"),
])
def test_mismatched_link_gives_no_type_the_list_does_not(venue_tag, pub_type):
    """A type an older run took from the arXiv record of the list's link is dropped once the
    link proved to be another paper (outcome link-mismatch): what the list says decides."""
    entry = make_entry("medrg2024", "MedRG: Medical Report Grounding", venue_tag=venue_tag,
                       year=2024, arxiv="2303.07618", pub_type="preprint",
                       provenance={"pub_type": "arxiv"},
                       outcomes=[OutcomeRecord("link-mismatch", ".", arxiv="2303.07618")])
    rec = resolve(entry)
    assert (rec.pub_type, rec.arxiv, rec.doi) == (pub_type, "", "")
    assert bibtex.fields(rec)[0] == {"conference": "inproceedings", "misc": "misc"}[pub_type]
    entry.outcomes = []  # the same type from a trusted record stays
    assert resolve(entry).pub_type == "preprint"


def test_zotero_rdf_is_well_formed_xml_whatever_the_title():
    """Control characters (invalid in XML even escaped) are dropped; markup stays text."""
    import xml.etree.ElementTree as ET

    entry = make_entry("ctl2020", "Bell\x07 <b>bold</b> & \x0cform", venue_tag="CVPR 2020",
                       year=2020, authors=[Author(literal="A, B & C <Lab>")])
    root = ET.fromstring(FORMATS["zotero-rdf"].render([entry]))
    ns = {"dc": "http://purl.org/dc/elements/1.1/", "foaf": "http://xmlns.com/foaf/0.1/",
          "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#"}
    item = root.find("rdf:Description", ns)
    assert item.find("dc:title", ns).text == "Bell &lt;b>bold&lt;/b> & form"  # CSL rich text
    assert item.find(".//foaf:surname", ns).text == "A, B & C <Lab>"


def test_all_rdf_holds_one_collection_per_section_with_its_sub_headings(tmp_path):
    """all.rdf's z:Collection tree, read with an XML parser as Zotero's RDF.js walks it (top
    collections are those no other collection has as a part): each section with all its items,
    a nested collection per sub-heading with the items listed under it."""
    import xml.etree.ElementTree as ET

    lib = edge_library()
    lib.entries[-1].listings[0].subsection = "Posters"  # the last paper of the second section
    export_library(lib, tmp_path, "zotero-rdf")
    root = ET.fromstring((tmp_path / "all.rdf").read_text(encoding="utf-8"))
    rdf = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
    z, dc = "{http://www.zotero.org/namespaces/export#}", "{http://purl.org/dc/elements/1.1/}"
    parts = "{http://purl.org/dc/terms/}hasPart"
    nodes = {c.get(rdf + "about"): c for c in root.iter(z + "Collection")}
    nested = {p.get(rdf + "resource") for c in nodes.values() for p in c.iter(parts)}

    def tree(node) -> tuple:
        refs = [p.get(rdf + "resource") for p in node.iter(parts)]
        return (node.findtext(dc + "title"),
                [r.removeprefix("#item_") for r in refs if r not in nodes],
                [tree(nodes[r]) for r in refs if r in nodes])

    got = [tree(n) for about, n in nodes.items() if about not in nested]
    sections = lib.by_section()
    assert lib.entries[-1].key == "mimicCXR"  # listed in the "datasets" section
    assert got == [("Papers", [e.key for e in sections["papers"]], []),
                   ("Data", [e.key for e in sections["datasets"]], [("Posters", ["mimicCXR"], [])])]
    assert len(sections["datasets"]) == 2  # the first paper is listed there too
