"""The biblatex format: biblatex's own data model, in OUT/biblatex/ (never over the BibTeX)."""

from __future__ import annotations

import pytest

from awesome_bib.export import FORMATS, biblatex, export_library
from awesome_bib.export.resolve import resolve
from awesome_bib.model import Author

from .conftest import edge_entries, edge_entry, edge_library, make_entry


@pytest.mark.parametrize(("key", "entry_type"), [
    pytest.param("mullerLLaVAMed2023", "inproceedings", id="conference"),
    pytest.param("smithJournal2022", "article", id="journal"),
    pytest.param("preprintOnlyNoAuthors2024", "online", id="preprint"),
    pytest.param("unknownVenue2020", "misc", id="unknown-tag"),
    pytest.param("mimicCXR", "misc", id="dataset"),  # @dataset: Zotero's import drops it
])
def test_types(key, entry_type):
    assert biblatex.fields(resolve(edge_entry(key)))[0] == entry_type


def test_preprint_is_online_with_eprint_fields():
    _, values = biblatex.fields(resolve(edge_entry("preprintOnlyNoAuthors2024")))
    assert (values["eprint"], values["eprinttype"], values["eprintclass"]) == \
        ("2401.00001", "arxiv", "cs.CV")
    assert values["doi"] == "10.48550/arXiv.2401.00001" and values["date"] == "2024"
    # No BibTeX-only spellings, and the repository is the eprinttype, not a publisher.
    assert not {"archiveprefix", "primaryclass", "publisher", "howpublished", "year"} & set(values)


def test_old_style_arxiv_id_has_no_eprintclass():
    rec = resolve(make_entry("old2006", "Old", venue_tag="arXiv 2006", year=2006,
                             arxiv="astro-ph/0601001", primary_class="astro-ph",
                             authors=[Author("Gould", "Andrew")]))
    _, values = biblatex.fields(rec)
    assert values["eprint"] == "astro-ph/0601001" and "eprintclass" not in values


def test_journal_article_fields():
    rec = resolve(make_entry("j2024", "J", venue_tag="TMI 2024", year=2024, month=5,
                             authors=[Author("Smith", "Anna")], publisher="IEEE", issn="0278-0062",
                             volume="43", issue="5", pages="1-9"))
    kind, values = biblatex.fields(rec)
    assert kind == "article" and values["journaltitle"].startswith("IEEE Transactions")
    assert (values["date"], values["volume"], values["number"], values["pages"], values["issn"]) \
        == ("2024-05", "43", "5", "1--9", "0278-0062")
    assert "publisher" not in values and "journal" not in values  # not in @article's model


def test_book_chapter_without_editor_is_inbook():
    rec = resolve(make_entry("c2015", "Clinical Symptoms", year=2015, pub_type="book-chapter",
                             container_title="Shoulder Stiffness", publisher="Springer",
                             authors=[Author("Diercks", "Ronald L.")], pages="155-158"))
    kind, values = biblatex.fields(rec)
    assert kind == "inbook"  # @incollection requires an editor, which we never have
    assert (values["booktitle"], values["publisher"]) == ("Shoulder Stiffness", "Springer")


def test_authorless_paper_keeps_its_type_and_venue_with_a_sortkey():
    """No authors yet: still @inproceedings with booktitle and eventtitle (biber's "missing
    author" under --validate-datamodel is then true); the sortkey labels it."""
    rec = resolve(make_entry("noAuthors2023", "LLaVA-Med: Training an Assistant",
                             venue_tag="MICCAI 2023", year=2023))
    kind, values = biblatex.fields(rec)
    assert kind == "inproceedings" and values["sortkey"] == "LLaVA-Med"
    assert values["booktitle"].startswith("Medical Image Computing")
    assert "author" not in values and "howpublished" not in values


def test_misc_publisher_is_organization():
    rec = resolve(make_entry("m2020", "Paper at an Unknown Venue", venue_tag="FOOCONF 2020",
                             year=2020, authors=[Author("Doe", "Jane")], publisher="Foo Press"))
    kind, values = biblatex.fields(rec)
    assert kind == "misc" and values["organization"] == "Foo Press" and "publisher" not in values


def test_dataset_is_misc_with_entrysubtype_dataset():
    """Zotero's BibTeX import discards @dataset entries; @misc keeps the item (a Document)."""
    kind, values = biblatex.fields(resolve(edge_entry("mimicCXR")))
    assert kind == "misc" and values["entrysubtype"] == "dataset"
    assert "date" not in values and values["url"].startswith("https://")


def test_every_field_is_in_the_data_model():
    """Only fields biblatex's model allows for the type (biber's validation proves it on real
    files in tests/test_clients; this keeps the tables honest without biber)."""
    common = {"author", "title", "date", "doi", "url", "eprint", "eprinttype", "eprintclass",
              "sortkey", "note", "entrysubtype"}
    per_type = {t: set(biblatex.ALLOWED[t]) | {biblatex.CONTAINER.get(t, ""),
                                              biblatex.PUBLISHER.get(t, "")}
                for t in biblatex.ALLOWED}
    for entry in edge_entries():
        kind, values = biblatex.fields(resolve(entry))
        assert set(values) <= common | per_type[kind], (entry.key, set(values) - common)


def test_unicode_option_is_honoured(tmp_path):
    export_library(edge_library(), tmp_path / "a", "biblatex")
    export_library(edge_library(), tmp_path / "u", "biblatex", unicode=True)
    a = (tmp_path / "a" / "biblatex" / "all.bib").read_text(encoding="utf-8")
    u = (tmp_path / "u" / "biblatex" / "all.bib").read_text(encoding="utf-8")
    assert r'M{\"u}ller, {\L}ukasz' in a and "Müller, Łukasz" in u


def test_files_go_to_their_own_folder(tmp_path):
    """`all` writes OUT/all.bib (BibTeX) and OUT/biblatex/all.bib: neither overwrites the
    other, and a glob of OUT/*.bib finds only BibTeX."""
    assert FORMATS["biblatex"].file_name("all") == "biblatex/all.bib"
    export_library(edge_library(), tmp_path, "all")
    assert (tmp_path / "all.bib").read_text(encoding="utf-8").startswith("@inproceedings{")
    assert "archivePrefix" in (tmp_path / "all.bib").read_text(encoding="utf-8")
    assert "archivePrefix" not in (tmp_path / "biblatex" / "all.bib").read_text(encoding="utf-8")
    assert sorted(p.name for p in (tmp_path / "biblatex").iterdir()) == \
        ["all.bib", "datasets.bib", "papers.bib"]
