"""entries/ on disk: `_index.yaml` (sections, conflicts, problems) plus one YAML file per section.

An entry is stored once, in the file of the section where the list first mentions it; its
`listings` name every section (and position) it appears in. Files are written only when their
bytes change, so a re-import of an unchanged list changes no byte, and one save is one
transaction across its files (transaction.py): all of them change, or none.

entries/ is a place people edit, also while a run works on it. The store remembers the bytes
it last read or wrote for every file; it checks that they are still there when it stages a
file and again, for every staged file, right before the commit (a change found then abandons
the transaction and stages again). When a person changed the file meanwhile, their edit is
merged with the run's result (entries_merge.py: the person's fields win); when that cannot be
done, the person's file stays and the run's result is written beside it as
`<name>.unmerged.yaml`. Comments and hand formatting survive every rewrite (entries_yaml.py).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import EntriesError
from ..model import Conflict, Entry, Library, ListProblem, Section
from . import entries_yaml, parse_cache
from .entries_merge import MergeConflict, merge_file
from .fsutil import atomic_write_text, read_or_none
from .transaction import Transaction, finish

INDEX_NAME = "_index.yaml"
SCHEMA_VERSION = 1
#: Suffix of the file a run writes beside a person's file it could not merge with.
UNMERGED_SUFFIX = ".unmerged.yaml"

#: resolved path -> digest of the bytes this process last read there or wrote there.
_seen: dict[Path, str] = {}
#: id(entry) -> (the entry, the section file it was read from), for entries no list item
#: places (added by hand, rare): they stay in the file the person put them in. The entry is
#: held so that its id is not reused.
_homes: dict[int, tuple[Entry, str]] = {}
#: How often a file that changes under our feet is re-read and merged before giving up.
_ATTEMPTS = 5


def read_yaml(path: Path) -> Any:
    """Parse an entries/ file through the parse cache, remembering the bytes read."""
    name, parsed = parse_cache.read_yaml_digest(path)
    _seen[path.resolve()] = name
    return parsed


def _item_line(path: Path, index: int, field: str = "") -> int | None:
    """Line of the `index`-th item under `entries:`, or of its `field` when it has that field
    (only computed on the error path)."""
    import yaml

    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
        for key_node, value_node in root.value if root is not None else []:
            if key_node.value == "entries":
                item = value_node.value[index]
                for name, _ in item.value if field else []:
                    if name.value == field:
                        return int(name.start_mark.line) + 1
                return int(item.start_mark.line) + 1
    except Exception:  # the file already parsed once; this is best effort for the message
        return None
    return None


def section_path(entries_dir: Path, slug: str) -> Path:
    """The YAML file of a section; slugs are confined to entries_dir."""
    path = (entries_dir / f"{slug}.yaml").resolve()
    if path.parent != entries_dir.resolve():
        raise EntriesError(entries_dir, None, f"section slug {slug!r} escapes the directory")
    return path


def load_library(entries_dir: str | Path) -> Library:
    """Read entries/ into a Library; any problem is an EntriesError naming file and line."""
    entries_dir = Path(entries_dir)
    finish(entries_dir)  # a save a killed run committed is completed before anything is read
    index_path = entries_dir / INDEX_NAME
    if not index_path.is_file():
        raise EntriesError(index_path, None,
                           "no imported list here (run `awesome-bib import LIST.md` first)")
    index = read_yaml(index_path)
    if not isinstance(index, dict) or not isinstance(index.get("sections"), list):
        raise EntriesError(index_path, None, "not an awesome-bib index (no `sections:` list)")
    lib = Library(source=str(index.get("source", "")))
    try:
        lib.conflicts = [Conflict.from_dict(c) for c in index.get("conflicts") or []]
        lib.problems = [ListProblem.from_dict(p) for p in index.get("problems") or []]
    except (AttributeError, TypeError, ValueError) as exc:
        raise EntriesError(index_path, None, f"bad conflict or problem record: {exc}") from None
    try:
        lib.sections = [Section.from_dict(s) for s in index["sections"]]
    except (KeyError, TypeError, ValueError) as exc:
        raise EntriesError(index_path, None, f"bad section record: {exc}") from None
    seen: dict[str, Path] = {}
    for section in lib.sections:
        path = section_path(entries_dir, section.slug)
        if not path.is_file():
            raise EntriesError(path, None, f"section file for {section.slug!r} is missing")
        data = read_yaml(path)
        items = data.get("entries") if isinstance(data, dict) else None
        if not isinstance(items, list):
            raise EntriesError(path, 1, "expected a mapping with an `entries:` list")
        for i, item in enumerate(items):
            try:
                if not isinstance(item, dict):
                    raise TypeError("an entry must be a mapping")
                entry = Entry.from_dict(item)
                if not entry.key:
                    raise ValueError("entry has no `key`")
            except (TypeError, ValueError, KeyError) as exc:
                line = _item_line(path, i, getattr(exc, "field", ""))
                raise EntriesError(path, line, f"bad entry: {exc}") from None
            if entry.key in seen:
                raise EntriesError(path, _item_line(path, i),
                                   f"duplicate key {entry.key!r} (also in {seen[entry.key].name})")
            seen[entry.key] = path
            if not entry.listings:
                _homes[id(entry)] = (entry, section.slug)
            lib.entries.append(entry)
    for pending in pending_unmerged(entries_dir):
        _say(f"{pending} is pending: a run's result that could not be merged with your edits; "
             f"copy what you want from it into {pending.name.split('.')[0]}.yaml, then delete "
             "it")
    return lib


def pending_unmerged(entries_dir: Path) -> list[Path]:
    """The `.unmerged*.yaml` files a run left beside a person's file, oldest name first."""
    return sorted(p for p in entries_dir.glob("*.unmerged*.yaml") if p.is_file())


def _home(entry: Entry, slugs: list[str]) -> str:
    """The section file an entry is saved in: its first listing's section; for an entry no
    list item places, the file it was read from (else the first section)."""
    if entry.listings:
        return entry.listings[0].section
    held, slug = _homes.get(id(entry), (None, ""))
    return slug if held is entry and slug in slugs else slugs[0]


def _render(lib: Library) -> tuple[dict[str, str], dict[str, Any], set[str]]:
    """(file name -> YAML text, file name -> the data it holds, names of the files whose data
    is plain: `entries_yaml.dump_plain`)."""
    home: dict[str, list[Entry]] = {s.slug: [] for s in lib.sections}
    slugs = list(home)
    for entry in lib.entries:
        home.setdefault(_home(entry, slugs), []).append(entry)
    docs: dict[str, Any] = {}
    index = {
        "awesome_bib": SCHEMA_VERSION,
        "source": lib.source,
        "sections": [s.to_dict() for s in lib.sections],
    }
    if lib.conflicts:
        index["conflicts"] = [c.to_dict() for c in lib.conflicts]
    if lib.problems:
        index["problems"] = [p.to_dict() for p in lib.problems]
    docs[INDEX_NAME] = index
    titles = {s.slug: s.title for s in lib.sections}
    for slug, entries in home.items():
        entries = sorted(entries, key=lambda e: e.listings[0].position if e.listings else 0)
        docs[f"{slug}.yaml"] = {"section": slug, "title": titles.get(slug, slug),
                                "entries": [e.to_dict() for e in entries]}
    texts: dict[str, str] = {}
    plain: set[str] = set()
    for name, doc in docs.items():
        texts[name], is_plain = entries_yaml.dump_plain(doc)
        if is_plain:
            plain.add(name)
    return texts, docs, plain


def save_library(lib: Library, entries_dir: str | Path, drop: Iterable[str] = ()) -> list[Path]:
    """Write entries/ as one transaction (transaction.py), touching only files whose bytes
    change, and delete the section files of the slugs in `drop`; returns the changed paths.

    A file changed on disk since this process read it is merged, never overwritten: each
    target is checked once more right before the commit, and a save whose target changed
    meanwhile is abandoned and staged again (the edit is then merged)."""
    entries_dir = Path(entries_dir)
    entries_dir.mkdir(parents=True, exist_ok=True)
    for attempt in range(_ATTEMPTS):
        last = attempt == _ATTEMPTS - 1
        tx = Transaction(entries_dir)
        try:
            staged = _stage_all(tx, lib, entries_dir, drop)
            changed = [s for s in staged if _digest_of(s[0]) != s[4]]
            if changed and not last:
                tx.abandon()
                continue
            for path, _name, doc, _dumped, _was, _plain in changed:  # still changing: aside
                tx.unstage(path)
                _set_aside(path, doc)
            staged = [s for s in staged if s not in changed]
            tx.commit()
        except BaseException:
            tx.abandon()
            raise
        break
    for path, name, doc, dumped, _was, plain in staged:
        _seen[path.resolve()] = name
        # the next load of these bytes needs no parse
        parse_cache.remember(b"", doc, name, plain=plain)
        if dumped:
            parse_cache.mark_dumped(name)
    return [path for path, *_ in staged] + tx.drops


#: One staged file: (path, digest of the new bytes, the data they hold, our dump?, digest of
#: the bytes they replace ("" for none), is that data plain? (`entries_yaml.dump_plain`)).
#: The bytes themselves are on disk once staged; holding every file's bytes until the commit
#: would cost as much memory again as the text (issue 20's budget: a 50k list imports in
#: under 400 MB).
_Staged = tuple[Path, str, Any, bool, str, bool]


def _stage_all(tx: Transaction, lib: Library, entries_dir: Path,
               drop: Iterable[str]) -> list[_Staged]:
    files, docs, plain = _render(lib)
    written = set(files)  # `files` is emptied as each file is staged
    staged: list[_Staged] = []
    for name in sorted(files, key=lambda n: n == INDEX_NAME):
        path = (entries_dir / name if name == INDEX_NAME
                else section_path(entries_dir, name[:-5]))
        ready = _stage(tx, path, files.pop(name), docs[name])
        if ready is not None:
            # (a person's edit merged in is other data: not known to be plain)
            staged.append((path, *ready, name in plain and ready[1] is docs[name]))
    for slug in drop:
        path = section_path(entries_dir, slug)
        if f"{slug}.yaml" not in written and path.is_file():
            tx.drop(path)
    return staged


def _digest_of(path: Path) -> str:
    current = read_or_none(path)
    return "" if current is None else parse_cache.digest(current)


def _stage(tx: Transaction, path: Path, text: str, doc: Any
           ) -> tuple[str, Any, bool, str] | None:
    """Stage `doc` for `path` in `tx` (our `text` for it when the file holds nothing of a
    person's): (the digest of the new bytes, the data they hold, whether they are our dump,
    the digest of the bytes they replace), or None when the file keeps its bytes."""
    seen = path.resolve()
    for _attempt in range(_ATTEMPTS):
        current = read_or_none(path)
        if current is not None and _seen.get(seen) not in (None, parse_cache.digest(current)):
            result = _merge_edit(path, current, doc)
            if result is None:
                return None
            doc, new = result
        else:
            new = _text_for(path, current, text, doc).encode("utf-8")
        if new == current:
            _seen[seen] = parse_cache.digest(new)
            return None
        tx.stage(path, new)
        # Staged; still the bytes we built on? Else someone wrote meanwhile: again.
        if read_or_none(path) == current:
            was = "" if current is None else parse_cache.digest(current)
            return parse_cache.digest(new), doc, new == text.encode("utf-8"), was
        tx.unstage(path)
    _set_aside(path, doc)
    return None


def _set_aside(path: Path, doc: Any) -> None:
    """A file that kept changing while this run tried to write it keeps its bytes; this run's
    data for it goes beside it, as `.unmerged.yaml`, and the run says so."""
    beside = _unmerged_path(path)
    atomic_write_text(beside, entries_yaml.dump(doc))
    _say(f"{path} kept changing while this run tried to write it: left as it is; this run's "
         f"result is in {beside.name}")


def _text_for(path: Path, current: bytes | None, text: str, doc: Any) -> str:
    """Our canonical text, or the file's own text updated in place when it holds a person's
    comments or formatting."""
    if current is None:
        return text
    name = parse_cache.digest(current)
    if parse_cache.was_dumped(name):
        return text  # we wrote these bytes with `dump`: nothing of a person's to keep
    old_text = current.decode("utf-8", errors="replace")
    old = _parse_or_none(path, current)
    if old == doc:
        return old_text  # same data: the person's bytes stay exactly as they are
    if old is None or entries_yaml.is_ours(old_text, old):
        return text
    kept = entries_yaml.update_in_place(old_text, old, doc)
    if kept is None:
        _say(f"{path}: could not keep its comments and formatting; rewritten in our layout")
        return text
    return kept


def _parse_or_none(path: Path, data: bytes) -> Any:
    cached = parse_cache.recall(parse_cache.digest(data))
    if cached is not None:
        return cached
    try:
        return parse_cache.parse_yaml(path, data.decode("utf-8"))
    except (EntriesError, UnicodeDecodeError):
        return None


def _merge_edit(path: Path, current: bytes, ours: Any) -> tuple[Any, bytes] | None:
    """A person changed `path` during this run: (merged doc, its bytes), or None when the
    person's file is kept and ours was written beside it."""
    base = parse_cache.recall(_seen[path.resolve()])
    theirs = _parse_or_none(path, current)
    try:
        if base is None:
            raise MergeConflict("what this run read is not in the parse cache")
        if theirs is None:
            raise MergeConflict("it is not readable YAML now")
        merged, overruled = merge_file(base, ours, theirs)
    except MergeConflict as exc:
        beside = _unmerged_path(path)
        atomic_write_text(beside, entries_yaml.dump(ours))
        _seen[path.resolve()] = parse_cache.digest(current)
        _say(f"{path} was edited during this run and cannot be merged ({exc}): kept your "
             f"file; this run's result is in {beside.name}")
        return None
    text = _text_for(path, current, entries_yaml.dump(merged), merged)
    won = f"; yours kept over this run's for {', '.join(overruled)}" if overruled else ""
    _say(f"{path} was edited during this run: merged your edits{won}")
    return merged, text.encode("utf-8")


def _unmerged_path(path: Path) -> Path:
    stem = path.name[:-len(".yaml")] if path.name.endswith(".yaml") else path.name
    beside = path.with_name(stem + UNMERGED_SUFFIX)
    n = 2
    while beside.exists():
        beside = path.with_name(f"{stem}.unmerged-{n}.yaml")
        n += 1
    return beside


def _say(line: str) -> None:
    print(f"awesome-bib: {line}", file=sys.stderr, flush=True)
