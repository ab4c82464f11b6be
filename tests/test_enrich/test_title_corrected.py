"""Enrichment confirms the title (issue 15): when the record behind an item's arXiv link is
titled like another span of the same item (the description after a short name), the import
misread the title, the link is right: the span becomes the title, `title-corrected`
(file:line) is reported and the record is used. A record that no span of the item names is
still a `link-mismatch`."""

from __future__ import annotations

from pathlib import Path

from awesome_bib import store
from awesome_bib.enrich import enrich_library
from awesome_bib.importer import import_list

LIST = (
    "# Generative Models\n\n## GANs\n\n"
    "- [DCGAN](https://arxiv.org/abs/1511.06434) - Unsupervised Representation Learning with "
    "Deep Convolutional Generative Adversarial Networks\n"
    "- [WGAN](https://arxiv.org/abs/1701.07875) - Wasserstein GAN, a new training algorithm "
    "for generative adversarial networks\n"
    "- [SNGAN](https://arxiv.org/abs/1802.05957) - Spectral normalization for the "
    "discriminator of a GAN\n")

def test_record_title_is_another_span_of_the_item(tmp_path: Path, fake_arxiv, fake_crossref,
                                                  make_opts):
    listing = tmp_path / "LIST.md"
    listing.write_text(LIST, encoding="utf-8")
    import_list(listing, tmp_path / "entries")
    fake_arxiv.synth_entry("1511.06434", "Unsupervised Representation Learning with Deep "
                           "Convolutional Generative Adversarial Networks",
                           ["Alec Radford", "Luke Metz"], 2015)
    fake_arxiv.synth_entry("1701.07875", "Wasserstein GAN", ["Martin Arjovsky"], 2017)
    fake_arxiv.synth_entry("1802.05957", "Deep Residual Learning for Image Recognition",
                           ["Kaiming He"], 2015)
    lib = store.load_library(tmp_path / "entries")
    assert [e.title for e in lib.entries] == ["DCGAN", "WGAN", "SNGAN"]  # names, as read
    report = enrich_library(lib, make_opts())
    dcgan, wgan, other = lib.entries
    assert dcgan.title == ("Unsupervised Representation Learning with Deep Convolutional "
                           "Generative Adversarial Networks")
    assert [a.family for a in dcgan.authors] == ["Radford", "Metz"]
    [corrected] = [o for o in dcgan.outcomes if o.code == "title-corrected"]
    assert (corrected.line, corrected.listed_title, corrected.arxiv, corrected.title) == \
        (5, "DCGAN", "1511.06434", dcgan.title)
    assert not dcgan.unresolved
    # "Wasserstein GAN" is two words of the item: too short to prove a title; and a name
    # ("WGAN", "SNGAN") proves nothing against a record either (core.titles.is_name). With no
    # first author and year of the list's to confirm them, neither record is used, and neither
    # is reported as a wrong link: the evidence is too weak either way.
    for entry, name in ((wgan, "WGAN"), (other, "SNGAN")):
        assert entry.title == name and entry.authors == [] and entry.url == ""
        assert [o.code for o in entry.outcomes] == ["name-unconfirmed"]
    found = [(f["line"], f["code"]) for f in report.findings]
    assert found == [(5, "title-corrected")]
    # Re-importing the unchanged list keeps the corrected title (it is arXiv's now, not the
    # list's, so the list's reading does not overwrite it); the key, made once from verified
    # authors, then stays.
    store.save_library(lib, tmp_path / "entries")
    import_list(listing, tmp_path / "entries")
    again = store.load_library(tmp_path / "entries")
    assert [e.title for e in again.entries] == [e.title for e in lib.entries]
    import_list(listing, tmp_path / "entries")
    third = store.load_library(tmp_path / "entries")
    assert [(e.key, e.title) for e in third.entries] == [(e.key, e.title) for e in again.entries]
