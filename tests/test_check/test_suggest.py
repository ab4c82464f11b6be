"""The patch writer on its own: paths, edits that cannot be placed, end-of-file newlines."""

from __future__ import annotations

import pytest

from awesome_bib.check.findings import Finding
from awesome_bib.check.suggest import apply_fixes, patch_path, unified_diff


@pytest.mark.parametrize("given, expected", [
    pytest.param("README.md", "README.md", id="plain"),
    pytest.param("docs/list.md", "docs/list.md", id="relative-kept"),
    pytest.param("/abs/dir/list.md", "list.md", id="absolute-to-name"),
    pytest.param("../other/list.md", "list.md", id="outside-to-name"),
])
def test_patch_path(given, expected):
    assert patch_path(given) == expected


def _fix(line: int, **fix) -> Finding:
    return Finding("title-changed", "m", "L", line, fix={"line": line, **fix})


TEXT = "# L\n\n- [**arXiv 2023**] Old Title [[pdf]](https://arxiv.org/abs/2301.00001)\n" \
       "- [**arXiv 2023**] Old Title Old Title [[pdf]](https://arxiv.org/abs/2301.00002)\n"


@pytest.mark.parametrize("fix, changed", [
    pytest.param(_fix(3, action="retitle", old="Old Title", new="New Title"), True, id="retitle"),
    pytest.param(_fix(4, action="retitle", old="Old Title", new="New Title"), False,
                 id="ambiguous-title-skipped"),
    pytest.param(_fix(3, action="retitle", old="Old Title", new="New *Title*"), False,
                 id="markdown-in-new-title-skipped"),
    pytest.param(_fix(3, action="retag", old="arXiv 2023", new="MedIA 2024"), True, id="retag"),
    pytest.param(_fix(3, action="retag", old="arXiv 2022", new="MedIA 2024"), False,
                 id="tag-not-on-line-skipped"),
    pytest.param(_fix(3, action="remove", raw="- something else"), False,
                 id="remove-needs-the-exact-bullet"),
])
def test_fixes_apply_only_when_certain(fix, changed):
    fixed, applied = apply_fixes(TEXT, [fix])
    assert (fixed != TEXT) is changed
    assert bool(applied) is changed


def test_missing_final_newline_is_marked():
    old = "a\nb"
    patch = unified_diff(old, "a\nc", "x.md")
    assert patch.endswith("-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n")
    assert unified_diff(old, old, "x.md") == ""
