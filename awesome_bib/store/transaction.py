"""One save of entries/ is one transaction across its files: all of them change, or none.

A re-import that moves an entry from one section to another changes two files; renamed one
at a time, a kill between the renames would lose the entry or leave it twice. So a save:

1. stages every new file as a fsynced temp file beside its target (nothing visible yet);
2. writes the journal, `entries/.awesome-bib-journal.json` (atomically: it is there whole or
   not at all), naming each temp and its target and each file to delete. This is the commit
   point;
3. renames each temp into place and deletes what the journal says, then removes the journal.

A kill before step 2 leaves only temp files: the save did not happen, and the next run that
takes the lock sweeps them (rollback). A kill after it leaves the journal: the next run finishes
the renames before it reads anything (`finish`), from `locks.hold` (before that sweep) and from
`store.load_library` (so `export`, which takes no lock, never reads half a save). Finishing is
idempotent, so a reader finishing a save a live writer is also finishing does no harm: a temp
already renamed is skipped.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import EntriesError
from .fsutil import atomic_write_text, stage_bytes

JOURNAL = ".awesome-bib-journal.json"


@dataclass
class Transaction:
    """The files of one save, staged; `commit` makes them all visible."""

    directory: Path
    moves: list[tuple[Path, Path]] = field(default_factory=list)  # (staged temp, target)
    drops: list[Path] = field(default_factory=list)

    def stage(self, target: Path, data: bytes) -> None:
        """Write `data` beside `target`, not yet in its place."""
        self.moves.append((stage_bytes(target, data), target))

    def unstage(self, target: Path) -> None:
        """Take `target`'s staged file out of the transaction (and off the disk)."""
        for move in [m for m in self.moves if m[1] == target]:
            self.moves.remove(move)
            move[0].unlink(missing_ok=True)

    def drop(self, target: Path) -> None:
        """Delete `target` when the transaction commits."""
        self.drops.append(target)

    def commit(self) -> None:
        """The journal, then every rename and deletion, then no journal."""
        if not self.moves and not self.drops:
            return
        if len(self.moves) + len(self.drops) > 1:  # one rename is atomic on its own
            atomic_write_text(self.directory / JOURNAL, json.dumps({
                "moves": [[tmp.name, target.name] for tmp, target in self.moves],
                "drops": [target.name for target in self.drops]}) + "\n")
        _apply(self.directory, [(t.name, g.name) for t, g in self.moves],
               [d.name for d in self.drops])

    def abandon(self) -> None:
        """Delete the staged temps (nothing was committed)."""
        for tmp, _ in self.moves:
            tmp.unlink(missing_ok=True)
        self.moves.clear()


def finish(directory: Path) -> bool:
    """Finish a save a killed run committed but did not complete; True when there was one."""
    journal = directory / JOURNAL
    try:
        plan = json.loads(journal.read_text(encoding="utf-8"))
        moves = [(str(tmp), str(target)) for tmp, target in plan["moves"]]
        drops = [str(name) for name in plan["drops"]]
    except (FileNotFoundError, NotADirectoryError):  # no journal (or no entries/ at all)
        return False
    except (OSError, ValueError, TypeError, KeyError) as exc:
        raise EntriesError(journal, None, f"unreadable save journal ({exc}): an interrupted "
                                          "save cannot be finished; restore entries/ from git "
                                          "and delete this file") from None
    for name in [n for pair in moves for n in pair] + drops:
        if Path(name).name != name or name in ("", ".", ".."):
            raise EntriesError(journal, None, f"save journal names {name!r}, outside entries/")
    _apply(directory, moves, drops)
    return True


def _apply(directory: Path, moves: list[tuple[str, str]], drops: list[str]) -> None:
    for tmp, target in moves:
        try:
            os.replace(directory / tmp, directory / target)
        except FileNotFoundError:  # renamed already (by the run that committed, or a reader)
            pass
    for name in drops:
        (directory / name).unlink(missing_ok=True)
    _sync(directory)
    (directory / JOURNAL).unlink(missing_ok=True)


def _sync(directory: Path) -> None:
    """The renames reach the disk before the journal that replays them is gone."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
