"""Issue 15, round 22, the lead's fixes after merging its four branches: real lines of the
corpus lists whose import the merged readings changed, each read by one general reading."""

from __future__ import annotations

from .conftest import papers_with_authors

# List 359 (a ChemRxiv feed), as written: semicolon-joined names in `Given, Family` order
_FEED = (
    "# Chemistry reading\n\n## Papers\n\n"
    "- [Chemical proteomics reveal the inventory of pyrroloquinoline quinone binding proteins "
    "in bacteria](https://dx.doi.org/10.26434/chemrxiv-2025-j29s0?rft_dat=source%3Ddrss)  \n"
    "Tao, Wang; Rahel, Mühlofer; Andreas S., Klein; Cathleen, Zeymer; Stephan A, Sieber  \n"
    "*Biological and Medicinal Chemistry on ChemRxiv*  \n"
    "2025-10-15  \n")

# List 474 (a reference manager's export), as written: `Family, Given` with no initial
_EXPORT = (
    "## 논문 목록\n\n"
    "| Title | Authors | Year | Published in |\n"
    "| --- | --- | --- | --- |\n"
    "| Classification trees for time series | Douzal-Chouakria, Ahlame; Amblard, Cecile | 2011 "
    "| Pattern Recognition |\n")


def test_a_semicolon_run_whose_initials_sit_before_the_comma_writes_given_names_first():
    """359: round 22 read semicolon runs as `Family, Given` (the reference managers' form), which
    turned this feed's `Andreas S., Klein` into family `Andreas S.` (before, every word was its
    own author). An initial belongs to the given names, so the run is `Given, Family`."""
    (_year, _venue, families), = papers_with_authors(_FEED).values()
    assert families == ["Wang", "Mühlofer", "Klein", "Zeymer", "Sieber"]


def test_a_semicolon_run_without_initials_keeps_the_reference_managers_order():
    """474: no initial anywhere, nothing says otherwise: `Family, Given`."""
    (_year, _venue, families), = papers_with_authors(_EXPORT).values()
    assert families == ["Douzal-Chouakria", "Amblard"]


# List 302, as written: APA names, then the title as a bold link's text
_APA_BOLD = (
    "# NeuroAI\n\n## Papers\n\n"
    "d'Ascoli, S., Rapin, J., Benchetrit, Y., Banville, H., & King, J. R. [**TRIBE: TRImodal "
    "Brain Encoder for whole-brain fMRI response prediction**](https://www.arxiv.org/abs/"
    "2507.22229) arXiv (2025)\n\n"
    "Hagendorff, T., Dasgupta, I., Binz, M., Chan, S. C., Lampinen, A., Wang, J. X., ... & "
    "Schulz, E. [**Machine psychology**](https://arxiv.org/abs/2303.13988) arXiv (2025)\n\n"
    "Banville, H., Benchetrit, Y., d'Ascoli, S., Rapin, J., & King, J. R. [**Scaling laws for "
    "decoding images from brain activity**](https://arxiv.org/abs/2501.15322) arXiv (2025)\n")


def test_apa_names_before_a_bold_title_link_whatever_their_first_name_or_title_length():
    """302: the names before a bold title link are its authors (line 13 was read so). Two of
    its items were titled by their author lists: one opens with an elided particle
    (`d'Ascoli, S.`), the other's bold title has two words, which the reading allowed for a
    bold link and then refused as a name by the three-word count."""
    papers = papers_with_authors(_APA_BOLD)
    # (`... &` leaves names out before Schulz: the names before the gap, then "et al.")
    assert papers["Machine psychology"] == (
        2025, "arXiv 2025", ["Hagendorff", "Dasgupta", "Binz", "Chan", "Lampinen", "Wang"])
    assert papers["TRIBE: TRImodal Brain Encoder for whole-brain fMRI response prediction"][2] \
        == ["d'Ascoli", "Rapin", "Benchetrit", "Banville", "King"]
    assert len(papers) == 3
