"""Three-way merge of an entries/ file a person edited while a run was working on it.

`base` is what the run read, `ours` what the run would write, `theirs` what is on disk now.
Field by field: what only one side changed is taken from that side; where both changed a
field differently the person's value wins (and the field becomes `manual`, as an edit
detected through `fingerprints` would). Entries are paired by key (a key the run changed,
a fallback key getting its author form, is paired by title). A merge that cannot be
decided without guessing raises MergeConflict: the caller then keeps the person's file.
"""

from __future__ import annotations

from typing import Any

_MISSING: Any = object()
#: Bookkeeping fields: merged like any other, never themselves marked `manual`.
_BOOKKEEPING = frozenset({"key", "provenance", "fingerprints", "history", "candidates",
                          "unresolved", "key_fallback"})


class MergeConflict(Exception):
    """The edits cannot be merged without guessing; the message says why."""


def merge_file(base: Any, ours: Any, theirs: Any) -> tuple[Any, list[str]]:
    """The merged document and the fields where the person's value beat the run's."""
    if not all(isinstance(d, dict) for d in (base, ours, theirs)):
        raise MergeConflict("not a mapping")
    lists = [d.get("entries") for d in (base, ours, theirs)]
    if all(isinstance(x, list) for x in lists):
        overruled: list[str] = []
        top = {k: v for k, v in ours.items() if k != "entries"}
        merged = _merge_map({k: v for k, v in base.items() if k != "entries"}, top,
                            {k: v for k, v in theirs.items() if k != "entries"}, "", overruled)
        merged_entries = _merge_entries(lists[0], lists[1], lists[2], overruled)
        # `entries` goes where ours has it (last, in the files we write).
        out = {k: merged.get(k) for k in ours if k != "entries" and k in merged}
        out.update({k: v for k, v in merged.items() if k not in out})
        out["entries"] = merged_entries
        return out, overruled
    if any(isinstance(x, list) for x in lists):
        raise MergeConflict("`entries:` is no longer a list")
    overruled = []
    return _merge_map(base, ours, theirs, "", overruled), overruled


def _merge_map(base: dict[str, Any], ours: dict[str, Any], theirs: dict[str, Any], where: str,
               overruled: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    keys = list(dict.fromkeys([*ours, *theirs]))
    for key in keys:
        value = _merge_value(base.get(key, _MISSING), ours.get(key, _MISSING),
                             theirs.get(key, _MISSING), f"{where}{key}", overruled)
        if value is not _MISSING:
            out[key] = value
    # Keys only the person added keep their place after their predecessor in the person's file.
    return _theirs_order(out, ours, theirs)


def _theirs_order(out: dict[str, Any], ours: dict[str, Any], theirs: dict[str, Any]
                  ) -> dict[str, Any]:
    order = [k for k in ours if k in out]
    for i, key in enumerate(theirs):
        if key in out and key not in ours:
            before = next((k for k in reversed(list(theirs)[:i]) if k in order), None)
            order.insert(order.index(before) + 1 if before is not None else 0, key)
    return {k: out[k] for k in order}


def _merge_value(base: Any, ours: Any, theirs: Any, where: str, overruled: list[str]) -> Any:
    if theirs == base:
        return ours
    if ours == base or ours == theirs:
        return theirs
    if all(isinstance(v, dict) for v in (base, ours, theirs)):
        return _merge_map(base, ours, theirs, f"{where}.", overruled)
    if isinstance(ours, dict) and isinstance(theirs, dict) and base is _MISSING:
        return _merge_map({}, ours, theirs, f"{where}.", overruled)
    overruled.append(where)
    return theirs


def _key(entry: Any) -> Any:
    return entry.get("key") if isinstance(entry, dict) else None


def _merge_entries(base: list[Any], ours: list[Any], theirs: list[Any],
                   overruled: list[str]) -> list[Any]:
    for name, items in (("read", base), ("written", ours), ("edited", theirs)):
        names = [_key(e) for e in items]
        if None in names or len(set(names)) != len(names):
            raise MergeConflict(f"the {name} file has entries without a key or with one key twice")
    base_by = {_key(e): e for e in base}
    theirs_by = {_key(e): e for e in theirs}
    base_titles = {e.get("title"): e for e in base if e.get("title")}
    merged: list[Any] = []
    done: set[Any] = set()
    for entry in ours:
        old = base_by.get(_key(entry))
        if old is None and entry.get("title") in base_titles:
            old = base_titles[entry["title"]]  # the run changed this entry's key
            if _key(old) in {_key(e) for e in ours}:
                old = None
        if old is None:  # the run added it (import)
            if _key(entry) in theirs_by:
                raise MergeConflict(f"{_key(entry)!r} was added both by this run and by hand")
            merged.append(entry)
            continue
        done.add(_key(old))
        mine = theirs_by.get(_key(old))
        if mine is None:  # the person removed the entry
            if entry != old:
                raise MergeConflict(f"{_key(old)!r} was removed by hand and changed by this run")
            continue
        merged.append(_merge_entry(old, entry, mine, overruled))
    for entry in [e for e in base if _key(e) not in done]:  # the run removed it (import)
        mine = theirs_by.get(_key(entry))
        if mine is not None and mine != entry:
            raise MergeConflict(f"{_key(entry)!r} was edited by hand and removed by this run")
        done.add(_key(entry))
    keys = {_key(e) for e in merged}
    previous: Any = None
    for entry in theirs:  # entries the person added, after the one they follow
        key = _key(entry)
        if key not in base_by and key not in keys:
            at = next((i + 1 for i, e in enumerate(merged) if _key(e) == previous), 0)
            merged.insert(at, entry)
            keys.add(key)
        previous = key
    if len(keys) != len(merged):
        raise MergeConflict("the merged file would hold one key twice")
    return merged


def _merge_entry(base: dict[str, Any], ours: dict[str, Any], theirs: dict[str, Any],
                 overruled: list[str]) -> dict[str, Any]:
    key = theirs.get("key") if theirs.get("key") != base.get("key") else ours.get("key")
    if theirs.get("key") != base.get("key") and ours.get("key") != base.get("key"):
        raise MergeConflict(f"{base.get('key')!r} was re-keyed both by hand and by this run")
    lost: list[str] = []
    merged = _merge_map(base, ours, theirs, f"{key}.", lost)
    overruled.extend(lost)
    provenance = dict(merged.get("provenance") or {})
    fingerprints = dict(merged.get("fingerprints") or {})
    for where in lost:
        name = where[len(f"{key}."):].split(".", 1)[0]
        if name not in _BOOKKEEPING:
            provenance[name] = "manual"  # the person's value won: theirs from now on
            fingerprints.pop(name, None)
    changed = [name for name in IDENTIFIERS if theirs.get(name) != base.get(name)]
    if changed:
        _identity_decided(merged, base, theirs, changed, provenance, fingerprints)
    if lost or changed:
        merged["provenance"] = provenance
        if fingerprints:
            merged["fingerprints"] = fingerprints
        else:
            merged.pop("fingerprints", None)
        if not provenance:
            merged.pop("provenance")
    return merged


#: Fields that say which paper an entry is. A person who sets one decides the identity.
IDENTIFIERS = ("arxiv", "doi")


def _identity_decided(merged: dict[str, Any], base: dict[str, Any], theirs: dict[str, Any],
                      changed: list[str], provenance: dict[str, str],
                      fingerprints: dict[str, str]) -> None:
    """The person set an identifier while the run worked on the entry: it is theirs
    (`manual`), and every value a source wrote for the identifier the run had, by this run or
    an earlier one, goes (the next enrich fills them for theirs). A new DOI spares arXiv's
    fields (they follow the arXiv id); a new arXiv id spares nothing a source wrote. A value
    the person wrote themselves stays, theirs."""
    for name, owner in list(provenance.items()):
        if name in changed or theirs.get(name, _MISSING) != base.get(name, _MISSING):
            provenance[name] = "manual"
            fingerprints.pop(name, None)
        elif owner in ("list", "manual") or name in _BOOKKEEPING:
            continue
        elif "arxiv" in changed or owner != "arxiv":
            merged.pop(name, None)
            del provenance[name]
            fingerprints.pop(name, None)
    for name in changed:
        provenance[name] = "manual"
        fingerprints.pop(name, None)
