"""awesome-bib: awesome list of papers -> entries/ -> enriched -> BibTeX, CSL-JSON, RIS."""

__version__ = "0.1.0"
