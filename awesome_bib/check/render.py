"""Findings as text (a table grouped by severity), JSON (a stable schema) or GitHub annotations."""

from __future__ import annotations

import json
from collections import Counter

from .findings import KINDS, SEVERITIES, Finding

#: Version of the JSON document; bump on any incompatible change.
JSON_SCHEMA = 1
_GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def render(fmt: str, findings: list[Finding], gaps: list[str], file: str) -> str:
    """The report in `fmt` ("text", "json" or "github")."""
    return FORMATS[fmt](findings, gaps, file)


def counts(findings: list[Finding]) -> dict[str, dict[str, int]]:
    """{"severity": {...}, "kind": {...}}: how many findings of each, every name present."""
    by_sev = Counter(f.severity for f in findings)
    by_kind = Counter(f.kind for f in findings)
    return {"severity": {s: by_sev[s] for s in SEVERITIES},
            "kind": {k: by_kind[k] for k in KINDS}}


def text(findings: list[Finding], gaps: list[str], file: str) -> str:
    """A readable table: one block per severity, one row per finding (line, kind, key, message).

    Nothing is cut and nothing wrapped: each finding is one line, whole (a key longer than the
    aligned column only pushes its message right), so a CI log can be searched line by line.
    """
    out: list[str] = []
    for severity in SEVERITIES:
        group = [f for f in findings if f.severity == severity]
        if not group:
            continue
        out.append(f"{severity.upper()}S ({len(group)})")
        kind_w = max(len(f.kind) for f in group)
        key_w = min(max(len(f.key) for f in group), 40)
        for f in group:
            out.append(f"  {f.line:>5}  {f.kind:<{kind_w}}  {f.key:<{key_w}}  {f.message}")
        out.append("")
    tally = counts(findings)["severity"]
    summary = ", ".join(f"{n} {s}{'s' if n != 1 else ''}" for s, n in tally.items())
    out.append(f"{file}: {summary}" if findings else f"{file}: no findings")
    for gap in gaps:
        out.append(f"not fully checked: {gap}")
    return "\n".join(out) + "\n"


def as_json(findings: list[Finding], gaps: list[str], file: str) -> str:
    """{"schema", "file", "counts", "findings": [...], "not_checked": [...]} (sorted keys)."""
    doc = {"schema": JSON_SCHEMA, "file": file, "counts": counts(findings),
           "findings": [f.to_dict() for f in findings], "not_checked": gaps}
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_prop(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github(findings: list[Finding], gaps: list[str], file: str) -> str:
    """GitHub Actions workflow commands: `::error file=F,line=L,title=KIND::message`."""
    out = []
    for f in findings:
        props = [f"file={_escape_prop(f.file)}"]
        if f.line:
            props.append(f"line={f.line}")
        props.append(f"title={_escape_prop(f.kind)}")
        key = f"{f.key}: " if f.key else ""
        out.append(f"::{_GITHUB_LEVEL[f.severity]} {','.join(props)}::"
                   f"{_escape_data(key + f.message)}")
    for gap in gaps:
        out.append(f"::notice title=not fully checked::{_escape_data(gap)}")
    return "\n".join(out) + ("\n" if out else "")


FORMATS = {"text": text, "json": as_json, "github": github}
