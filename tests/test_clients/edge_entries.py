"""Generated edge-case entries: the names, titles and shapes that break bibliographies."""

from __future__ import annotations

import copy

from awesome_bib.model import Author, Entry, Library, Link, Listing, Section

SECTIONS = [Section("edge-one", "Edge One"), Section("edge-two", "Edge Two")]


def _entry(n: int, title: str, section: str = "edge-one", **fields) -> Entry:
    fields.setdefault("venue_tag", "MICCAI 2023")
    fields.setdefault("year", 2023)
    listing = Listing(section=section, line=10 + n, position=n, title=title)
    return Entry(key=f"edge{n:02d}", key_fallback=False, title=title,
                 links=[Link("pdf", f"https://example.org/paper{n}.pdf")],
                 listings=[listing], **fields)


def edge_library() -> Library:
    """A library exercising every edge case issue #4 names, in two sections."""
    many = [Author(family=f"Author{i:02d}", given=f"Given{i:02d}") for i in range(1, 61)]
    entries = [
        _entry(1, "Müller and Łukasz: Diacritics in Names", authors=[
            Author(family="Müller", given="Jürgen"), Author(family="Łukasiewicz", given="Łukasz"),
            Author(family="van der Meer", given="Anna"),
            Author(family="Jean-Baptiste", given="Marie-Claire"),
        ]),
        _entry(2, "CJK Authors in a Radiology Benchmark", authors=[
            Author(family="王", given="小明"), Author(family="Zhang", given="Wei"),
        ], venue_tag="TMI 2023"),
        _entry(3, "A Consortium Paper", authors=[
            Author(literal="The MIMIC-CXR Consortium"),
            Author(family="Johnson", given="Alistair E. W."),
        ], venue_tag="Nature Medicine 2024", year=2024),
        _entry(4, "Specials & 100% $5 #1 under_score {braces} ~tilde^ caret \\backslash",
               authors=[Author(family="Doe", given="Jane")]),
        _entry(5, "Math $\\alpha$-blending and Greek αβγ letters for 3D X-ray CT",
               authors=[Author(family="Doe", given="John")]),
        _entry(6, "LLaVA, CLIP, MedCLIP and ChatGPT on COVID-19 X-ray Reports",
               authors=[Author(family="Smith", given="A.")], venue_tag="arXiv 2023",
               arxiv="2303.00001", primary_class="cs.CV"),
        _entry(7, "A Sixty-Author Foundation Model", authors=many, venue_tag="CVPR 2024",
               year=2024),
        _entry(8, "An Entry Whose Authors Are Not Known Yet", venue_tag="MIDL 2023"),
        _entry(9, "Hostile } @comment{ \\input{/etc/passwd} Title",
               authors=[Author(family="Evil", given="Eve")], venue_tag="Weird Venue 2022",
               year=2022),
        _entry(10, "Listed in Two Sections", authors=[Author(family="Twice", given="Tom")]),
    ]
    entries[-1].listings.append(Listing(section="edge-two", line=40, position=11,
                                        title="Listed in Two Sections"))
    entries.append(_entry(12, "Only in the Second Section", section="edge-two",
                          authors=[Author(family="Second", given="Sam")], venue_tag="ICLR 2023"))
    # Letters with no ASCII spelling Zotero's BibTeX import reads (stacked accents, Đ/đ), a
    # corporate name with a comma (RIS readers split it), real < > in a title; listed under a
    # sub-heading with the entry above (a sub-collection in Zotero).
    entries.append(_entry(13, "Hard Letters in Names at p < 0.05", section="edge-two",
                          authors=[Author(family="Nguyễn", given="Thị Bích Ngọc"),
                                   Author(family="Đorđević", given="Milena"),
                                   Author(literal="Google Research, Health AI Team")],
                          venue_tag="ICLR 2024", year=2024))
    for entry in entries[-2:]:
        entry.listings[0].subsection = "Posters"
    # fresh Section objects: a test that retitles one must not retitle it for later tests
    return Library(sections=[copy.copy(section) for section in SECTIONS], entries=entries,
                   source="edge.md")
