"""Issue 15, round 8, on the tenth held-out set (lists 121-132, tests/corpus/, provenance in
SOURCES.md "Tenth held-out set"): real lines of those lists, each read by one mechanism (file
names as link texts, a bold name before an italic title, whole citations as link texts, venues
inside a venue link's text, a venue after the written year, a venue after a text title's links,
HTML headings on consecutive lines, sites, containers named for tutorials, a heading-less
list's table)."""

from __future__ import annotations

from awesome_bib.core.identifiers import arxiv_id, home_page
from awesome_bib.importer import read_library, read_list
from awesome_bib.importer.citations import link_citation
from awesome_bib.importer.items import venue_field_of

from .test_corpus import CORPUS_DIR


def _papers(md: str) -> dict[str, tuple[str, int | None, str]]:
    reading = read_library(md, "list.md")
    return {e.title: (e.venue_tag, e.year, e.arxiv) for e in reading.lib.entries
            if e.kind == "paper"}


def _sections(md: str) -> dict[str, str]:
    lib = read_library(md, "list.md").lib
    titles = {s.slug: s.title for s in lib.sections}
    return {e.title: titles[e.listings[0].section] for e in lib.entries}


def test_a_link_text_that_is_its_files_name_gives_year_venue_and_title():
    """List 131: the PDF's file name as the link text; a talk's file keeps its name and is a
    talk (skipped as before); a link text that is not the file's name is not read so."""
    md = ("# L\n\n## By year\n\n"
          "1. [2019-SIGMOD-FITing-Tree_Data-aware-Index](papers/2019-SIGMOD-FITing-Tree_Data-"
          "aware-Index.pdf)\n"
          "2. [2019-SOSD_Benchmark](papers/2019-SOSD_Benchmark.pdf)\n"
          "3. [2020-OSDI-Bourbon_learned_LSM_slides](papers/2020-OSDI-Bourbon_learned_LSM_"
          "slides.pdf)\n"
          "4. [2018-The case for learned index](papers/2018-google-learned-index.pdf)\n")
    papers = _papers(md)
    assert papers["FITing-Tree_Data-aware-Index"] == ("SIGMOD 2019", 2019, "")
    assert papers["SOSD_Benchmark"] == ("", 2019, "")  # no code field: `SOSD_` joins the title
    assert "2018-The case for learned index" in papers  # (a glued year: another reader's)
    assert not any("slides" in t for t in papers)


def test_a_bold_name_then_an_italic_title_then_the_venue():
    """List 128: `- **(Name)** _Title_ ```Venue Year```` and the links on the next line."""
    md = ("# L\n\n## Transformer\n\n"
          "- **(SwinUnet)** _Spatiotemporal vision transformer for short time weather "
          "forecasting_ ```IEEE BigData 2022```     \n"
          "[[Paper](https://ieeexplore.ieee.org/document/9671442)] [[Code](https://github.com/"
          "bojesomo/Weather4Cast2021-SwinUNet3D)] \n\n"
          "- **(Rainformer)** _Rainformer: Features Extraction Balanced Network for Radar-Based "
          "Precipitation Nowcasting_ ```IEEE Geoscience and Remote Sensing Letters 2022```     \n"
          "[[Paper](https://ieeexplore.ieee.org/abstract/document/9743916)]\n")
    papers = _papers(md)
    assert papers["Spatiotemporal vision transformer for short time weather forecasting"][:2] \
        == ("IEEE BigData 2022", 2022)
    # (one run without commas is a venue, though "X and Y" could read as two names)
    assert papers["Rainformer: Features Extraction Balanced Network for Radar-Based "
                  "Precipitation Nowcasting"][:2] == \
        ("IEEE Geoscience and Remote Sensing Letters 2022", 2022)


def test_html_headings_on_consecutive_lines_are_each_a_heading():
    """List 128: `<h3>` then `<h4>` in one HTML block: the papers go to the `<h4>`."""
    md = ("# L\n\n<h3 id=\"a\">Domain-Specific Models</h3>\n<h4 id=\"b\">Transformer</h4>\n\n"
          "- [Earthformer: Exploring Space-Time Transformers for Earth System Forecasting]"
          "(https://arxiv.org/abs/2207.05833) NeurIPS 2022\n\n"
          "<h4 id=\"c\">GNN</h4>\n\n"
          "- [Multi-modal graph neural networks for localized off-grid weather forecasting]"
          "(https://arxiv.org/abs/2410.12938) arXiv 2024\n")
    assert set(_sections(md).values()) == {"Transformer", "GNN"}


def test_whole_citations_as_link_texts():
    """List 132: IEEE (quoted title), APA, ACM and names-then-year citations as link texts."""
    ieee = link_citation("L. Grippo, F. Lampariello and S. Lucidi, “A Nonmonotone Line Search "
                         "Technique for Newton’s Methods,” SIAM Journal on Numerical Analysis, "
                         "Vol. 23, No. 4, 1986, pp. 707-716.")
    assert ieee is not None
    assert (ieee.title, ieee.year, ieee.venue_raw, [a.family for a in ieee.authors]) == (
        "A Nonmonotone Line Search Technique for Newton’s Methods", 1986,
        "SIAM Journal on Numerical Analysis 1986", ["Grippo", "Lampariello", "Lucidi"])
    dated = link_citation("Neculai Andrei, 2022. \"Modern Numerical Nonlinear Optimization,\" "
                          "Springer Optimization and Its Applications, Springer, number "
                          "978-3-031-08720-2, December")
    assert dated is not None and (dated.title, dated.year, dated.venue_raw) == (
        "Modern Numerical Nonlinear Optimization", 2022,
        "Springer Optimization and Its Applications 2022")
    acm = link_citation("Jorge J. Moré and David J. Thuente. 1994. Line search algorithms with "
                        "guaranteed sufficient decrease. ACM Trans. Math. Softw. 20, 3 (Sept. "
                        "1994), 286–307.")
    assert acm is not None and (acm.title, acm.year, acm.venue_tag) == (
        "Line search algorithms with guaranteed sufficient decrease", 1994,
        "ACM Trans. Math. Softw. 1994")
    # a title is no citation: short, undated link texts are not read again
    assert link_citation("Attention Is All You Need") is None
    md = ("# L\n\n## Books and articles on convex optimization:\n\n"
          "- Online scaling gradient methods (OSGM): [Gao, W., Chu, Y. C., Ye, Y., & Udell, M. "
          "(2024). Gradient Methods with Online Scaling. arXiv preprint arXiv:2411.01803]"
          "(https://arxiv.org/pdf/2411.01803)\n"
          "- Spectral Projected Gradient Method (ACM Algo 813): [Birgin, Ernesto & Martínez, "
          "José Mario & Raydan, Marcos. (2014). Spectral Projected Gradient Methods: Review and "
          "Perspectives. Journal of Statistical Software. 60. 1-21. 10.18637/jss.v060.i03.]"
          "(https://www.ime.usp.br/~egbirgin/publications/bmr5.pdf)\n")
    papers = _papers(md)
    assert papers["Gradient Methods with Online Scaling"] == ("arXiv 2024", 2024, "2411.01803")
    assert papers["Spectral Projected Gradient Methods: Review and Perspectives"][:2] == \
        ("Journal of Statistical Software 2014", 2014)


def test_sites_are_not_papers():
    """List 132's `## Links`: a short name linking a site's home page, nothing else."""
    assert home_page("https://dl.acm.org/") and home_page("https://calgo.acm.org")
    assert home_page("https://ieeexplore.ieee.org/Xplore/home.jsp")
    assert not home_page("https://dl.acm.org/doi/10.1145/3622825")
    assert not home_page("https://dreamfusion3d.github.io/?x=1")
    reading = read_library(
        "# L\n\n## Links\n- ACM digital library: https://dl.acm.org/\n"
        "- IEEE Xplore: https://ieeexplore.ieee.org/Xplore/home.jsp\n\n## Papers\n\n"
        "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n",
        "list.md")
    assert [e.title for e in reading.lib.entries] == [
        "Deep Residual Learning for Image Recognition"]
    assert [(s.line, s.reason.split(":")[0]) for s in reading.skipped] == [
        (4, "a site"), (5, "a site")]


def test_a_venue_and_year_inside_the_venue_links_text():
    """List 123: `[PNAS(2023),e2207974120](url)`, `[bioRxiv 2022.07.23.501214](url)`,
    `[arXiv preprint arXiv:2005.11275 (2020)](url)` on the line under the title."""
    md = ("# L\n\n## Design\n\n"
          "**Fast differentiable DNA and protein sequence optimization for molecular design**\n"
          "Linder, Johannes, and Georg Seelig\n"
          "[arXiv preprint arXiv:2005.11275 (2020)](https://arxiv.org/abs/2005.11275)\n\n"
          "**De novo design of small beta barrel proteins**\n"
          "David E. Kim, Davin R. Jensen, David Feldman\n"
          "[PNAS(2023),e2207974120](https://www.pnas.org/doi/10.1073/pnas.2207974120) • "
          "[code](https://github.com/sokrypton/TrDesign_partialhal)\n\n"
          "**EvoBind: in silico directed evolution of peptide binders with AlphaFold**\n"
          "Patrick Bryant, Arne Elofsson\n"
          "[bioRxiv 2022.07.23.501214](https://www.biorxiv.org/content/10.1101/2022.07.23."
          "501214v1)\n")
    papers = _papers(md)
    assert papers["Fast differentiable DNA and protein sequence optimization for molecular "
                  "design"] == ("arXiv 2020", 2020, "2005.11275")
    assert papers["De novo design of small beta barrel proteins"][:2] == ("PNAS 2023", 2023)
    assert papers["EvoBind: in silico directed evolution of peptide binders with "
                  "AlphaFold"][:2] == ("bioRxiv 2022", 2022)


def test_a_venue_field_after_the_year_written_beside_the_title():
    """List 121: `**Title** (2023), ESEC/FSE '23, Names, et al.`; the written year is the
    item's, a linkless item with a venue is a paper among linked ones."""
    assert venue_field_of("PLDI 2020") == "PLDI 2020"
    assert venue_field_of("TOSEM journal") == "TOSEM journal"
    assert venue_field_of("arxiv") == "arxiv"
    assert venue_field_of("Ye") == venue_field_of("LeCun") == ""  # names, not venues
    md = ("# L\n\n## Type Inference\n\n"
          "- **Domain Knowledge Matters: Improving Prompts with Fix Templates for Repairing "
          "Python Type Errors** (2023), ICSE'24, Peng, Yun, et al. [[pdf]](https://arxiv.org/pdf/"
          "2306.01394)\n"
          "- **DeepInfer: Deep Type Inference from Smart Contract Bytecode** (2023), ESEC/FSE "
          "'23, Zhao, Kunsong, et al. [[pdf]](https://dl.acm.org/doi/pdf/10.1145/3611643."
          "3616343)\n"
          "- **Typilus: Neural Type Hints** (2020), PLDI 2020, Allamanis, Miltiadis, et al. "
          "[[pdf]](https://arxiv.org/pdf/2004.10657)\n"
          "- **Python Probabilistic Type Inference with Natural Language Support** (2016), FSE "
          "2016, Xu, Zhaogui, et al.\n"
          "- **Predicting Program Properties from “Big Code”** (2015) ACM SIGPLAN 2015, Raychev, "
          "Veselin, et al. [[pdf]](https://files.sri.inf.ethz.ch/website/papers/jsnice15.pdf)\n")
    papers = _papers(md)
    assert papers["Domain Knowledge Matters: Improving Prompts with Fix Templates for "
                  "Repairing Python Type Errors"][:2] == ("ICSE 2024", 2023)
    assert papers["DeepInfer: Deep Type Inference from Smart Contract Bytecode"][:2] == \
        ("ESEC/FSE 2023", 2023)
    assert papers["Typilus: Neural Type Hints"][:2] == ("PLDI 2020", 2020)
    assert papers["Python Probabilistic Type Inference with Natural Language Support"][:2] \
        == ("FSE 2016", 2016)
    assert papers["Predicting Program Properties from “Big Code”"][:2] == \
        ("ACM SIGPLAN 2015", 2015)


def test_a_bold_venue_after_the_links_of_a_text_title_and_browse_arxiv_links():
    """List 122: `**Name**: Title [[paper](url)] [[code](url)] **AAAI 2024**`."""
    assert arxiv_id("https://browse.arxiv.org/abs/2308.00783")[0] == "2308.00783"
    md = ("# L\n\n## Algorithm papers\n\n"
          "**Hybrid-SORT**: Hybrid-SORT: Weak Cues Matter for Online Multi-Object Tracking "
          "[[paper](https://browse.arxiv.org/abs/2308.00783)] [[code](https://github.com/"
          "ymzis69/HybridSORT)] **AAAI 2024**\n\n"
          "**MOTIP**: Multiple Object Tracking as ID Prediction [[paper](https://arxiv.org/abs/"
          "2403.16848)] [[code](https://github.com/MCG-NJU/MOTIP)] **CVPR 2025**\n")
    papers = _papers(md)
    assert papers["Hybrid-SORT: Weak Cues Matter for Online Multi-Object Tracking"] == \
        ("AAAI 2024", 2024, "2308.00783")
    assert papers["Multiple Object Tracking as ID Prediction"] == \
        ("CVPR 2025", 2025, "2403.16848")


def test_a_container_named_for_tutorials_over_sections_of_papers():
    """List 127: `# Tutorials-SLAM` over `## SLAM Tutorial & Survey` (a heading that names
    papers) and `## Visual Odometry` (cited papers): both are read; a heading of talks whose
    own items are talks stays apart."""
    md = ("# awesome-SLAM-list\n\n# Tutorials-SLAM\n## SLAM Tutorial & Survey\n\n"
          "[Simultaneous Localization And Mapping: Present, Future, and the Robust-Perception "
          "Age](http://arxiv.org/pdf/1606.05830.pdf). C. Cadena, L. Carlone, H. Carrillo\n\n"
          "## Visual Odometry (image based only)\n\n"
          "- [Real-time simultaneous localisation and mapping with a single camera](https://www."
          "doc.ic.ac.uk/~ajd/Publications/davison_iccv2003.pdf). A. J. Davison. ICCV 2003.\n"
          "- [Visual odometry](http://citeseerx.ist.psu.edu/viewdoc/download?doi=10.1.1.137."
          "4025&rep=rep1&type=pdf). D. Nister, O. Naroditsky, and J. Bergen. CVPR 2004.\n\n"
          "## Talks\n\n"
          "- [SLAM in five minutes](https://www.youtube.com/watch?v=abc)\n")
    sections = _sections(md)
    assert sections == {
        "Simultaneous Localization And Mapping: Present, Future, and the Robust-Perception "
        "Age": "SLAM Tutorial & Survey",
        "Real-time simultaneous localisation and mapping with a single camera":
            "Visual Odometry (image based only)",
        "Visual odometry": "Visual Odometry (image based only)"}


def test_a_heading_less_lists_table_rows_are_its_papers():
    """List 129: no heading; a row linking an unknown host is a paper like the other rows,
    not a link of the list's header."""
    md = ("|回|ジャンル|github account（敬称略）|link|title||\n"
          "|:---|:---|:---|:---|:---|:---|\n"
          "|1|NN一般|takagi|https://arxiv.org/abs/1710.09829|Dynamic Routing Between Capsules|"
          "capsule net|\n"
          "||Pruning|@cohama|https://arxiv.org/abs/1805.11394|A novel channel pruning method "
          "for deep neural network compression||\n"
          "||GAN 顔|@yunishimura|https://www.jstage.jst.go.jp/article/x/_pdf/-char/ja|Face Image "
          "Generation System using Attributes Information with DCGANs|\n")
    assert "Face Image Generation System using Attributes Information with DCGANs" in \
        _papers(md)


def test_each_paragraph_shape_of_a_list_is_read_as_its_sections_papers():
    """List 122: reviews written `Title [[paper](url)]`, methods `**Name**: Title [[paper]]
    [[code]] **Venue**`: a review linking an unknown host is a paper like its siblings."""
    md = ("# L\n\n## Review papers\n\n"
          "Multiple Object Tracking: A Literature Review [[paper](https://arxiv.org/pdf/1409."
          "7618.pdf)]\n\n"
          "Deep Learning in Video Multi-Object Tracking: A Survey [[paper](https://arxiv.org/pdf/"
          "1907.12740.pdf)]\n\n"
          "Tracking the Trackers: An Analysis of the State of the Art in Multiple Object Tracking "
          "[[paper](https://arxiv.org/pdf/1704.02781.pdf)]\n\n"
          "Object Tracking: A Comprehensive Survey From Classical Approaches to Large "
          "Vision-Language and Foundation Models [[paper](https://www.preprints.org/manuscript/"
          "202509.2051/v1)]\n\n"
          "## Algorithm papers\n\n"
          "**MOTIP**: Multiple Object Tracking as ID Prediction [[paper](https://arxiv.org/abs/"
          "2403.16848)] [[code](https://github.com/MCG-NJU/MOTIP)] **CVPR 2025**\n\n"
          "**MASA**: Matching Anything by Segmenting Anything [[paper](https://arxiv.org/abs/"
          "2406.04221)] [[code](https://github.com/siyuanliii/masa)] **CVPR 2024**\n\n"
          "**GeneralTrack**: Towards Generalizable Multi-Object Tracking [[paper](https://arxiv."
          "org/abs/2406.00429)] [[code](https://github.com/qinzheng2000/GeneralTrack)] "
          "**CVPR 2024**\n\n"
          "**PASTA**: Is Multiple Object Tracking a Matter of Specialization? [[paper](https://"
          "arxiv.org/pdf/2411.00553)] [[code](https://aimagelab.github.io/PASTA/)] "
          "**NeurIPS 2024**\n")
    assert _sections(md)["Object Tracking: A Comprehensive Survey From Classical Approaches to "
                         "Large Vision-Language and Foundation Models"] == "Review papers"


def test_names_venue_volume_and_year_after_the_titles_link():
    """List 127: `[Title](pdf), Names, Journal, Volume 18, issue 4, 2011`: volume and issue
    are not the venue's name."""
    md = ("# L\n\n## SLAM Survey\n\n"
          "[Visual Odometry: Part I - The First 30 Years and Fundamentals](http://rpg.ifi.uzh.ch/"
          "docs/VO_Part_I_Scaramuzza.pdf), D. Scaramuzza and F. Fraundorfer, IEEE Robotics and "
          "Automation Magazine, Volume 18, issue 4, 2011\n")
    assert _papers(md)["Visual Odometry: Part I - The First 30 Years and Fundamentals"] == \
        ("IEEE Robotics and Automation Magazine 2011", 2011, "")


def test_a_name_among_titles_a_template_gave_is_no_paper():
    """List 132 (tests/corpus): `- NEOS Guide: [NEOS Guide](url)` among `Topic: [whole
    citation](url)` items, whose titles the link-text template gives: a name without evidence,
    skipped; the sites of its `## Links` block too; the citations are its papers."""
    path = CORPUS_DIR / "132_fedemagnani_optimization.md"
    reading = read_library(read_list(path), str(path))
    assert [(s.line, s.reason.split(",")[0]) for s in reading.skipped] == [
        (2, "a site: a short name linking only home pages"),
        (3, "a site: a short name linking only home pages"),
        (4, "a site: a short name linking only home pages"),
        (16, "a name without a paper link")]
    titles = {e.title: (e.year, e.venue_tag) for e in reading.lib.entries}
    assert len(titles) == 11
    assert titles["Line search algorithms with guaranteed sufficient decrease"] == \
        (1994, "ACM Trans. Math. Softw. 1994")


def test_italic_names_after_a_bold_name_are_no_title():
    """The bold-name-then-italic-title reading (list 128) never takes an italic author list
    for the title: `**Mask R-CNN** _Kaiming He, Georgia Gkioxari, ..._`."""
    papers = _papers("# L\n\n## D\n\n- **Mask R-CNN** _Kaiming He, Georgia Gkioxari, Piotr "
                     "Dollár, Ross Girshick_ [[pdf]](https://arxiv.org/abs/1703.06870)\n")
    assert "Kaiming He, Georgia Gkioxari, Piotr Dollár, Ross Girshick" not in papers


_TUTORIALS = """# Awesome SLAM

## Tutorials

### Visual Odometry

- [Real-time simultaneous localisation and mapping](https://arxiv.org/abs/1234.5678). A. J. Davison, B. Smith. ICCV 2003.
- [Parallel tracking and mapping for small workspaces](https://arxiv.org/abs/1234.5679). G. Klein, D. Murray. ISMAR 2007.
%s
### Mapping

- [Dense tracking and mapping in real time](https://arxiv.org/abs/1234.5670). R. Newcombe, S. Lovegrove. ICCV 2011.
- [KinectFusion real-time dense surface mapping and tracking](https://arxiv.org/abs/1234.5671). R. Newcombe, S. Izadi. ISMAR 2011.

E. Dormy, A. Tarantola, Numerical simulation of elastic wave propagation using a finite volume method, J. Geophys. Res. 100 (1995) 2123–2133.
"""  # noqa: E501
_EARLY_CITATION = ("\nJ. Smith, K. Jones, Efficient visual odometry with sparse bundle adjustment "
                   "methods, Int. J. Comput. Vis. 60 (2004) 91–110.\n")


def test_a_linkless_citation_under_a_tutorials_container_is_read_wherever_it_comes():
    """Whether a heading under a container named for tutorials cites papers is counted on what
    has been read so far: a citation paragraph read early must not freeze that count, or a
    later section's citation paragraph is dropped without a word (review of round 8)."""
    late = "Numerical simulation of elastic wave propagation using a finite volume method"
    alone = _papers(_TUTORIALS % "")
    both = _papers(_TUTORIALS % _EARLY_CITATION)
    assert late in alone
    assert late in both
    assert "Efficient visual odometry with sparse bundle adjustment methods" in both
