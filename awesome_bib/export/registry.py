"""What a format is (`Format`) and the registry that holds them (`Registry`).

A format is one object: its name (the `--format` value), where its files go (an optional
folder of OUT and a file suffix), how one entry is rendered, how rendered entries are joined
into a file, an optional trailer for all.<suffix> (the sections as groups or collections,
joined after the last entry) and the export
options it honours (`unicode`). Each format module defines one `FORMAT`; `export/__init__.py`
lists the modules, one line each, and the registry checks them as they are added.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from ..errors import UsageError
from ..model import Entry
from .resolve import Record, resolve


@dataclass(frozen=True)
class Group:
    """A section of the list (or a sub-heading inside one) and the keys it lists, in order."""

    title: str
    keys: tuple[str, ...]
    children: tuple[Group, ...] = ()


#: The list's sections, in list order, with their sub-headings: what a trailer is given.
GroupTree = list[Group]

#: Export options a format may honour (Format.options); each is a keyword of render_entry.
OPTIONS = ("unicode",)

#: Reserved for "every format" on the command line.
ALL_NAME = "all"

_NAME = re.compile(r"^[a-z][a-z0-9-]*$")
_SUFFIX = re.compile(r"^(?:\.[a-z0-9]+)+$")


@dataclass(frozen=True)
class Format:
    """One output format: its files, and how an entry and a file are rendered."""

    name: str  # the --format value
    suffix: str  # file name ending: ".bib"
    render_entry: Callable[..., str]  # (record, *, <options>) -> one entry's text
    join: Callable[[list[str]], str]  # rendered entries -> the file's text
    trailer: Callable[[GroupTree], str] | None = None  # joined after all.<suffix>'s entries
    options: tuple[str, ...] = ()  # names from OPTIONS that render_entry accepts
    folder: str = ""  # a subfolder of OUT for this format's files ("" = OUT itself)

    def file_name(self, stem: str) -> str:
        """The path of one file relative to OUT: `all.bib`, `biblatex/all.bib`."""
        return f"{self.folder}/{stem}{self.suffix}" if self.folder else stem + self.suffix

    def entry(self, rec: Record, unicode: bool = False) -> str:
        """One entry rendered with the options this format honours."""
        if "unicode" in self.options:
            return self.render_entry(rec, unicode=unicode)
        return self.render_entry(rec)

    def render(self, entries: Iterable[Entry], unicode: bool = False) -> str:
        """A whole file of `entries`, in the given order (no trailer)."""
        return self.join([self.entry(resolve(e), unicode) for e in entries])


class Registry:
    """Formats by name, in the order `all` writes them; refuses clashing names or files."""

    def __init__(self, formats: Iterable[Format] = ()) -> None:
        self._formats: dict[str, Format] = {}
        for fmt in formats:
            self.add(fmt)

    @classmethod
    def from_modules(cls, package: str, modules: Iterable[str]) -> Registry:
        """A registry of the `FORMAT` defined by each module of `package`."""
        return cls(importlib.import_module(f"{package}.{m}").FORMAT for m in modules)

    def add(self, fmt: Format) -> None:
        """Register `fmt`; a ValueError if it is malformed or would write another's files."""
        if not isinstance(fmt, Format):
            raise ValueError(f"not a Format: {fmt!r}")
        if not _NAME.match(fmt.name) or fmt.name == ALL_NAME:
            raise ValueError(f"bad format name {fmt.name!r}")
        if not _SUFFIX.match(fmt.suffix):
            raise ValueError(f"format {fmt.name!r}: bad suffix {fmt.suffix!r}")
        if fmt.folder and not _NAME.match(fmt.folder):
            raise ValueError(f"format {fmt.name!r}: bad folder {fmt.folder!r}")
        if not callable(fmt.render_entry) or not callable(fmt.join) or \
                (fmt.trailer is not None and not callable(fmt.trailer)):
            raise ValueError(f"format {fmt.name!r}: render_entry, join and trailer are callables")
        if unknown := [o for o in fmt.options if o not in OPTIONS]:
            raise ValueError(f"format {fmt.name!r}: unknown options {unknown}")
        if fmt.name in self._formats:
            raise ValueError(f"two formats named {fmt.name!r}")
        for other in self._formats.values():
            if (other.folder, other.suffix) == (fmt.folder, fmt.suffix):
                where = f"{fmt.folder}/*{fmt.suffix}" if fmt.folder else f"*{fmt.suffix}"
                raise ValueError(f"formats {other.name!r} and {fmt.name!r} both write {where}"
                                 " (one suffix per folder)")
        self._formats[fmt.name] = fmt

    def __getitem__(self, name: str) -> Format:
        """The format called `name`; a UsageError naming the choices for an unknown one."""
        try:
            return self._formats[name]
        except KeyError:
            raise UsageError(f"unknown format {name!r} (choose from "
                             f"{', '.join(self.choices())})") from None

    def __contains__(self, name: object) -> bool:
        return name in self._formats

    def __iter__(self) -> Iterator[str]:
        return iter(self._formats)

    def __len__(self) -> int:
        return len(self._formats)

    def values(self) -> list[Format]:
        """Every format, in registry order."""
        return list(self._formats.values())

    def choices(self) -> list[str]:
        """The --format values: every name, then `all`."""
        return [*self._formats, ALL_NAME]

    def with_option(self, option: str) -> list[str]:
        """Names of the formats that honour `option`."""
        return [f.name for f in self._formats.values() if option in f.options]

    def expand(self, names: str | Iterable[str]) -> list[Format]:
        """"all" -> every format; otherwise the named ones, checked, each once."""
        if isinstance(names, str):
            names = [names]
        out: list[Format] = []
        for name in names:
            for fmt in (self.values() if name == ALL_NAME else [self[name]]):
                if fmt not in out:
                    out.append(fmt)
        return out
