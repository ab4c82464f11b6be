"""Field choices made for Zotero's own importers (measured with bench/zotero.py against
Zotero's translation server; README "In Zotero"): the citation key and a published paper's
arXiv id as RIS M2 lines (Zotero appends M2 to Extra), the conference name as BibTeX
`eventtitle` (Zotero's Conference Name)."""

from __future__ import annotations

from dataclasses import replace

import rispy

from awesome_bib.export import bibtex, csl_json, ris
from awesome_bib.export.resolve import resolve

from .conftest import edge_entries, edge_entry, make_entry


def _rec(key: str):
    return resolve(edge_entry(key))


def test_ris_key_and_published_papers_arxiv_id_are_m2_lines():
    rec = _rec("mullerLLaVAMed2023")
    text = ris.render_entry(rec)
    assert "M2  - Citation Key: mullerLLaVAMed2023\nM2  - arXiv: 2306.00890\n" in text
    assert "ID  - mullerLLaVAMed2023\n" in text  # still there for other readers
    assert "N1  - arXiv" not in text  # an N1 line is a child note in Zotero, not Extra
    (read,) = rispy.loads(text)
    assert read["unknown_tag"]["M2"] == ["Citation Key: mullerLLaVAMed2023", "arXiv: 2306.00890"]


def test_ris_preprint_keeps_its_id_in_sn_and_its_key_in_m2():
    text = ris.render_entry(_rec("preprintOnlyNoAuthors2024"))
    assert "SN  - arXiv:2401.00001\n" in text
    assert "M2  - Citation Key: preprintOnlyNoAuthors2024\n" in text
    assert "M2  - arXiv" not in text  # the Report Number has it already


def test_every_ris_record_has_its_key_in_m2():
    for entry in edge_entries():
        assert f"M2  - Citation Key: {entry.key}\n" in ris.render_entry(resolve(entry))


def test_bibtex_conference_name_is_eventtitle_as_in_csl():
    rec = _rec("mullerLLaVAMed2023")
    kind, values = bibtex.fields(rec)
    assert kind == "inproceedings" and rec.event and rec.event != rec.container
    assert values["eventtitle"] == rec.event == csl_json.item(rec)["event-title"]
    block = bibtex.render_entry(rec)
    assert block.index("  booktitle = ") < block.index("  eventtitle = ") < block.index("  year")


def test_no_eventtitle_without_a_distinct_conference_or_outside_inproceedings():
    journal = bibtex.fields(_rec("smithJournal2022"))[1]
    assert "eventtitle" not in journal
    authorless = resolve(make_entry("noAuthors2023", "A Paper", venue_tag="MICCAI 2023",
                                    year=2023))
    kind, values = bibtex.fields(authorless)
    assert kind == "inproceedings" and "eventtitle" in values and "howpublished" not in values
    preprint = bibtex.fields(_rec("preprintOnlyNoAuthors2024"))
    assert preprint[0] == "misc" and "eventtitle" not in preprint[1]
    rec = _rec("mullerLLaVAMed2023")
    same = replace(rec, event=rec.container)  # CSL writes no event-title then either
    assert "event-title" not in csl_json.item(same)
    assert "eventtitle" not in bibtex.fields(same)[1]
    assert "eventtitle" not in bibtex.fields(replace(rec, event=""))[1]


def test_biblatex_conference_name_is_eventtitle_too():
    from awesome_bib.export import biblatex

    rec = _rec("mullerLLaVAMed2023")
    kind, values = biblatex.fields(rec)
    assert kind == "inproceedings" and values["eventtitle"] == rec.event
    assert "eventtitle" not in biblatex.fields(replace(rec, event=rec.container))[1]
