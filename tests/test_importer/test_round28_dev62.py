"""Issue 15, round 28, `import-dev62` on lists 622, 623, 616, 617, 615, 624 (the fifty-first
held-out set, tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read
by one general reading."""

from __future__ import annotations

from .conftest import papers_in, papers_with_authors

# List 622: numbered bold titles over labelled sub-bullets, the identifiers linked by their
# own text (`- DOI: [10.1038/…](https://doi.org/10.1038/…)`, `- arXiv: [1704.01379](…)`)
_IDENTIFIER_FIELDS = (
    "# 论文清单\n\n共 150 篇论文\n\n"
    "1. **Exponential scaling of single-cell RNA-seq in the last decade**\n"
    "   - 作者: Valentine Svensson, Roser Vento-Tormo, Sarah A Teichmann\n"
    "   - 年份: 2017\n"
    "   - 引用数: 792\n"
    "   - DOI: [10.1038/nprot.2017.149](https://doi.org/10.1038/nprot.2017.149)\n"
    "   - arXiv: [1704.01379](https://arxiv.org/abs/1704.01379)\n\n"
    "2. **Hallmarks of transcriptional intratumour heterogeneity across a thousand tumours.**\n"
    "   - 作者: Gavish A, Tyler M, Greenwald AC 等\n"
    "   - 年份: 2023\n"
    "   - 引用数: 279\n"
    "   - DOI: [10.1038/s41586-023-06130-4](https://doi.org/10.1038/s41586-023-06130-4)\n"
    "   - PubMed: [PMID:37258682](https://pubmed.ncbi.nlm.nih.gov/37258682/)\n\n"
    "4. **Assessing GPT-4 for cell type annotation in single-cell RNA-seq analysis.**\n"
    "   - 作者: Hou W, Ji Z\n"
    "   - 年份: 2024\n"
    "   - 引用数: 150\n"
    "   - DOI: [10.1038/s41592-024-02235-4](https://doi.org/10.1038/s41592-024-02235-4)\n"
    "   - PubMed: [PMID:38528186](https://pubmed.ncbi.nlm.nih.gov/38528186/)\n")


def test_a_link_written_as_its_own_identifier_is_a_label_of_the_parent_paper() -> None:
    """Before, each `DOI:` / `arXiv:` / `PubMed:` sub-bullet was a paper titled by its link's
    text (`10.1038/nprot.2017.149`, `1704.01379`, `PMID:37258682`) and the bold titles above
    them, linking nothing themselves, were lost. A link whose text is only the identifier its
    own URL names (its DOI, its arXiv id, the record number its path ends with) says where the
    paper is, as a DOI written as text (`- DOI: 10.2172/1020735`) or `[PDF](url)` does: a
    label, no title phrase, so the sub-bullet gives its links to the title above it."""
    papers = papers_in(_IDENTIFIER_FIELDS)
    assert set(papers) == {
        "Exponential scaling of single-cell RNA-seq in the last decade",
        "Hallmarks of transcriptional intratumour heterogeneity across a thousand tumours",
        "Assessing GPT-4 for cell type annotation in single-cell RNA-seq analysis"}
    assert not any(title[:3] in ("10.", "PMI") or title[0].isdigit() for title in papers)


def test_chinese_year_and_author_labels_are_fields_of_their_record() -> None:
    """Before, `- 年份: 2017` and `- 作者: …` under a record's title were no field (the field
    labels were English words only: `Year:`, `Authors:`), so the papers had no year. The
    Chinese words for a record's year and authors label the same fields (as `words` spells
    them; a table's `会议/年份` header, naming two fields, is left to the tables' reading)."""
    papers = papers_with_authors(_IDENTIFIER_FIELDS)
    assert papers["Exponential scaling of single-cell RNA-seq in the last decade"] == (
        2017, "", ["Svensson", "Vento-Tormo", "Teichmann"])
    assert papers["Assessing GPT-4 for cell type annotation in single-cell RNA-seq "
                  "analysis"][:1] == (2024,)
    assert papers["Hallmarks of transcriptional intratumour heterogeneity across a thousand "
                  "tumours"][0] == 2023


# List 617: `- Names. Title, [Journal](doi) volume, pages (year)`: GB/T-style names ended by a
# stop, the title up to the comma before the journal's link
_NAMES_TITLE_LINKED_JOURNAL = (
    "# Publications\n\n## Relevant papers\n\n"
    "Other papers that use, contribute to or are compatible with Molly are listed below:\n\n"
    "- Wu X, Shang X. Stochastic Norton dynamics: An alternative approach for the computation "
    "of transport coefficients in dissipative particle dynamics, [Journal of Computational "
    "Physics](https://doi.org/10.1016/j.jcp.2025.114316) 541, 114316 (2025)\n"
    "- Yamada T, Morinishi Y. Application of Nosé–Hoover dynamics for coarse-graining molecular "
    "systems: An evaluation of reproducibility in Lennard-Jones systems, [J Chem Phys]"
    "(https://doi.org/10.1063/5.0254868) 162, 134107 (2025) \n"
    "- Greener JG. Reversible molecular simulation for training classical and machine learning "
    "force field, [Proceedings of the National Academy of Sciences](https://doi.org/10.1073/"
    "pnas.2426058122) 122(22), e2426058122 (2025)\n"
    "- Gao X, Jiang S, Liang J, Zhou Q. An O(log N) Monte Carlo method for periodic Coulomb "
    "systems, [arXiv](https://arxiv.org/abs/2601.09288v1) (2026)\n")


def test_names_ended_by_their_stop_then_the_title_up_to_the_linked_journal() -> None:
    """Before, `Wu X, Shang X. Stochastic Norton dynamics: …, [Journal](doi) 541, …` kept
    the names in its title: a citation read as `Names. Title. Venue` needs three sentences,
    and here the venue is no sentence of the text but the link's text after the title's
    comma. Names as GB/T and Vancouver write them, ended by the stop after their initials
    (`_gbt_names`), then one sentence that ends in a comma before the link: the names are the
    authors and the sentence the title; the year is read after the link, no venue from the
    volume and pages there (`122(22), e2426058122` names no journal)."""
    papers = papers_with_authors(_NAMES_TITLE_LINKED_JOURNAL)
    assert papers["Stochastic Norton dynamics: An alternative approach for the computation of "
                  "transport coefficients in dissipative particle dynamics"] == (
        2025, "", ["Wu", "Shang"])
    assert papers["Reversible molecular simulation for training classical and machine "
                  "learning force field"] == (2025, "", ["Greener"])
    assert papers["An O(log N) Monte Carlo method for periodic Coulomb systems"][2] == [
        "Gao", "Jiang", "Liang", "Zhou"]
    assert "Application of Nosé–Hoover dynamics for coarse-graining molecular systems: An "\
        "evaluation of reproducibility in Lennard-Jones systems" in papers
