"""The typed core every stage imports: the entry model's vocabulary (`vocab`), the outcome and
candidate records enrichment writes (`outcomes`), and the rules more than one stage applies, each
once: identifiers (`identifiers`, `arxiv_ids`), person names (`names`), years (`years`) and title
comparison (`titles`). Nothing here imports a stage (importer, enrich, export, check, store).
"""
