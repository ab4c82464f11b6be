"""What `check` reports: one `Finding` per problem, with its kind, severity, place and evidence.

The kinds and their severities live in one table (`KINDS`); a rule may lower a finding's
severity when its evidence is weak, never raise it above what the evidence supports.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: Severities, most serious first (also the order of the text report).
SEVERITIES = ("error", "warning", "info")

#: kind -> (default severity, what it means). Stable names: they are part of the JSON schema.
KINDS: dict[str, tuple[str, str]] = {
    "link-title-mismatch": ("error", "the linked paper's title is not the listed title"),
    "shared-link": ("error", "one paper link is listed under different titles"),
    "duplicate-in-section": ("warning", "the same paper is listed twice in one section"),
    "venue-year": ("error", "the venue tag or year disagrees with the identifier or record"),
    "venue-contradiction": ("warning", "a verified record puts the paper at another venue "
                            "than the tag"),
    "published-since": ("warning", "listed as an arXiv preprint but published since"),
    "title-changed": ("warning", "the arXiv title changed since the list was written"),
    "dead-identifier": ("error", "an arXiv id or DOI the source does not know, or malformed"),
    "unparseable-item": ("warning", "a bullet that looks like a paper but has no title or link"),
    "multi-section": ("info", "the paper is listed in several sections (expected)"),
    "broken-link": ("warning", "Markdown link syntax that does not make the link it means"),
    "unknown-venue": ("warning", "a venue tag the venue table does not know, close to one it does"),
}

_RANK = {s: i for i, s in enumerate(SEVERITIES)}


@dataclass
class Finding:
    """One problem in the list, pointing at a file and line, with the evidence behind it."""

    kind: str
    message: str
    file: str = ""
    line: int = 0
    key: str = ""
    severity: str = ""  # empty: the kind's default from KINDS
    evidence: dict[str, Any] = field(default_factory=dict)
    fix: dict[str, Any] = field(default_factory=dict)  # a certain edit for --suggest (not in JSON)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown finding kind {self.kind!r}")
        if not self.severity:
            self.severity = KINDS[self.kind][0]
        if self.severity not in _RANK:
            raise ValueError(f"unknown severity {self.severity!r}")

    def sort_key(self) -> tuple[int, str, int, str, str]:
        """Order: severity, file, line, kind, message (deterministic output)."""
        return (_RANK[self.severity], self.file, self.line, self.kind, self.message)

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON object of one finding (see README: `check --format json`)."""
        return {"kind": self.kind, "severity": self.severity, "file": self.file,
                "line": self.line, "key": self.key, "message": self.message,
                "evidence": self.evidence, "fixable": bool(self.fix)}


def exit_status(findings: list[Finding], strict: bool = False) -> int:
    """1 when an error (or, with strict, a warning) exists, else 0."""
    failing = {"error", "warning"} if strict else {"error"}
    return 1 if any(f.severity in failing for f in findings) else 0
