"""Every rule `check` runs, in report order; a rule is `rule(ctx) -> Iterable[Finding]`."""

from __future__ import annotations

from . import duplicates, identifiers, links, markdown, venues

ALL = (*links.RULES, *duplicates.RULES, *venues.RULES, *identifiers.RULES, *markdown.RULES)
