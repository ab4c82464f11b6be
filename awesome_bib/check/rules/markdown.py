"""Markdown link syntax that does not make the link the list means, read from the list's text.

GitHub renders `[code](github.com/user/repo)` as a link to a file of the list's own repository,
`[[Website] (https://...)]` as plain text, `[pdf]()` as a link to nowhere, and `[code](Coming
soon)` as plain text. Only these shapes are reported: each is broken on any Markdown renderer,
so there is nothing to guess. Fenced code and inline code spans are not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..context import Context
from ..findings import Finding

_FENCE = re.compile(r"^\s*(```|~~~)")
_CODE_SPAN = re.compile(r"`+[^`]*`+")
#: `[text](target)`: the target up to the closing parenthesis (read by identifiers.py too).
LINK_TARGET = re.compile(r"\]\(([^()]*)\)")
#: `[text] (https://...)`: a space between the brackets and the URL breaks the link.
_SPACED = re.compile(r"\[[^\[\]]+\] \((https?://[^)\s]+)\)")
#: A host name (a dot and a top-level domain), as the first part of a scheme-less target.
_HOST = re.compile(r"^(?:www\.[\w.-]+|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|edu|gov|ai|cc|dev|"
                   r"me|co|info|app|page|site|ly|uk|de|cn|fr|jp|ch|ca|us|eu))(?:[/?#]|$)",
                   re.IGNORECASE)
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)


def _problem(target: str) -> str:
    """Why `target` (inside `](...)`) is not the link it means, or ""."""
    stripped = target.strip()
    if not stripped:
        return "the link has an empty target"
    if _SCHEME.match(stripped) or stripped.startswith(("#", "/", "./", "../", "<")):
        return ""
    first = stripped.split()[0]
    if len(stripped.split()) >= 2 and '"' not in stripped and "'" not in stripped:
        return (f"the link target \"{stripped[:60]}\" is text, not a URL (Markdown renders no "
                f"link)")
    if _HOST.match(first):
        return (f"the link target {first} has no scheme: it resolves as a path inside the "
                f"list's repository (write https://{first})")
    return ""


def link_syntax(ctx: Context) -> Iterator[Finding]:
    """Links the list writes that Markdown does not make (see the module docstring)."""
    fenced = False
    for number, line in enumerate(ctx.text.splitlines(), start=1):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if fenced:
            continue
        text = _CODE_SPAN.sub("", line)
        for match in _SPACED.finditer(text):
            yield Finding("broken-link", f"a space between \"]\" and \"(\" breaks the link to "
                          f"{match.group(1)}", ctx.file, number,
                          evidence={"written": match.group(0)})
        for match in LINK_TARGET.finditer(text):
            why = _problem(match.group(1))
            if why:
                yield Finding("broken-link", why, ctx.file, number,
                              evidence={"written": match.group(0)[1:]})


RULES = (link_syntax,)
