"""`--suggest`: a unified diff against the list that makes only the certain fixes.

Certain means: a venue tag replaced by the published venue and year of a Crossref record, a
title replaced by the linked paper's current arXiv title (the link is right, the title only
changed), and a duplicate bullet that adds nothing removed. Everything else stays for a person.
Each edit must find its text exactly once on its line, or it is skipped.
"""

from __future__ import annotations

import difflib
from pathlib import Path, PurePosixPath
from typing import Any

from .findings import Finding

#: Characters that would change a title's Markdown meaning if pasted into a bullet.
_MARKDOWN = set("*_[]`<>|\\")


def patch_path(list_path: str) -> str:
    """The path a/ and b/ name: the list's path as given when relative and inside, else its name."""
    path = PurePosixPath(Path(list_path).as_posix())
    if path.is_absolute() or ".." in path.parts:
        return path.name
    return str(path)


def _edit(line: str, fix: dict[str, Any]) -> str | None:
    """`line` with one fix applied, or None when the fix cannot be placed with certainty."""
    action = fix["action"]
    if action == "retitle":
        old, new = fix["old"], fix["new"]
        if line.count(old) != 1 or _MARKDOWN & set(new):
            return None
        return line.replace(old, new)
    if action == "retag":
        old, new = f"**{fix['old']}**", f"**{fix['new']}**"
        return line.replace(old, new) if line.count(old) == 1 else None
    return None


def apply_fixes(text: str, findings: list[Finding]) -> tuple[str, list[Finding]]:
    """The fixed text and the findings whose fix was applied."""
    lines = text.splitlines(keepends=True)
    removals: dict[int, Finding] = {}
    edits: dict[int, list[Finding]] = {}
    for finding in findings:
        fix = finding.fix
        if not fix or not 1 <= fix.get("line", 0) <= len(lines):
            continue
        if fix["action"] == "remove":
            if lines[fix["line"] - 1].strip() == str(fix.get("raw", "")).strip():
                removals.setdefault(fix["line"], finding)
        else:
            edits.setdefault(fix["line"], []).append(finding)
    applied = list(removals.values())
    for number, group in sorted(edits.items()):
        if number in removals:
            continue
        line = lines[number - 1]
        done = set()
        for finding in group:
            key = (finding.fix["action"], finding.fix.get("new"))
            if key in done:
                continue
            changed = _edit(line, finding.fix)
            if changed is not None:
                line = changed
                done.add(key)
                applied.append(finding)
        lines[number - 1] = line
    kept = [ln for i, ln in enumerate(lines, start=1) if i not in removals]
    return "".join(kept), sorted(applied, key=Finding.sort_key)


def unified_diff(old: str, new: str, path: str) -> str:
    """A `git apply`-able unified diff (with "No newline at end of file" markers)."""
    if old == new:
        return ""
    out = []
    for line in difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True),
                                     fromfile=f"a/{path}", tofile=f"b/{path}", n=3):
        if line.endswith("\n"):
            out.append(line)
        else:
            out.append(line + "\n\\ No newline at end of file\n")
    return "".join(out)


def suggest(text: str, findings: list[Finding], list_path: str) -> tuple[str, list[Finding]]:
    """The patch for the certain fixes among `findings`, and those findings."""
    fixed, applied = apply_fixes(text, findings)
    return unified_diff(text, fixed, patch_path(list_path)), applied
