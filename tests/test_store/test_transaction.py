"""Saving entries/ is one transaction (issue 20): a re-import that moves entries between
section files, killed at each of its writes, leaves every entry exactly once with the
person's fields, once the next run has finished or rolled back the interrupted save.

The kill is real: the run is a subprocess whose audit hook (PEP 578) sends itself SIGKILL at
its n-th write inside entries/ (a file opened for writing, a rename, a deletion), for every n
until the run gets through."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import yaml

from awesome_bib import store
from awesome_bib.store.transaction import JOURNAL

ROOT = Path(__file__).resolve().parents[2]

#: Lines of the reference list (seeds/001_8a4be340c7ffec50.txt), as written there.
X = ("- [**arXiv 2022**] UnICLAM:Contrastive Representation Learning with Adversarial Masking "
     "for Unified and Interpretable Medical Vision Question Answering "
     "[[pdf]](https://arxiv.org/pdf/2212.10729)")
Y = ("- [**ISBI 2023**] MF2-MVQA: A Multi-stage Feature Fusion method for Medical Visual "
     "Question Answering [[pdf]](https://arxiv.org/pdf/2211.05991)")
Z = ("- [**CVPR 2024**] Adapting Visual-Language Models for Generalizable Anomaly Detection in "
     "Medical Images [[pdf]](https://arxiv.org/pdf/2403.12570) "
     "[[code]](https://github.com/MediaBrain-SJTU/MVFA-AD)")
W = ("- [**arXiv 2024**] DeViDe: Faceted medical knowledge for improved medical "
     "vision-language pre-training [[pdf]](https://arxiv.org/pdf/2404.03618)")
V = ("- [**ISBI 2023**] Self-supervised vision-language pretraining for Medical visual "
     "question answering [[pdf]](https://arxiv.org/pdf/2211.13594)")


def _list(sections: dict[str, list[str]]) -> str:
    body = "".join(f"## {title}\n\n" + "\n".join(items) + "\n\n"
                   for title, items in sections.items())
    return "# Awesome Medical Papers\n\n" + body


#: Before: X first, Y last, Z in a section the new list drops. After: X moves to a later
#: file, Y to an earlier one, Z's section is gone (Z moves too).
BEFORE = _list({"Alpha": [X, W], "Beta": [Z], "Gamma": [V, Y]})
AFTER = _list({"Alpha": [Y, W, Z], "Gamma": [V, X]})

KILLING_CLI = """
import os, signal, sys
entries, n = os.path.realpath(sys.argv[1]), int(sys.argv[2])
seen = [0]
WRITES = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND

def inside(path):
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    return isinstance(path, str) and os.path.realpath(path).startswith(entries + os.sep)

def hook(event, args):
    if event == "open":
        hit = inside(args[0]) and ((args[2] or 0) & WRITES or any(c in (args[1] or "")
                                                                   for c in "wax+"))
    elif event == "os.rename":
        hit = inside(args[1])
    elif event == "os.remove":
        hit = inside(args[0])
    else:
        return
    if hit:
        seen[0] += 1
        if seen[0] == n:
            os.kill(os.getpid(), signal.SIGKILL)

sys.addaudithook(hook)
sys.argv = ["awesome-bib", *sys.argv[3:]]
from awesome_bib.cli import main
main()
"""


def _import(list_path: Path, entries: Path, kill_at: int = 0) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", KILLING_CLI, str(entries), str(kill_at), "import",
         str(list_path), "--entries", str(entries), "--no-wait"],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True,
        text=True, timeout=120)


def _add_notes(entries: Path) -> dict[str, str]:
    """A person writes a `note:` on every entry (as a person edits the YAML)."""
    notes = {}
    for path in sorted(entries.glob("*.yaml")):
        if path.name == store.INDEX_NAME:
            continue
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        for item in doc["entries"]:
            item["note"] = notes[item["title"]] = f"read by hand: {item['title'][:20]}"
        path.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True),
                        encoding="utf-8")
    return notes


def _state(entries: Path) -> dict[str, tuple[str, str]]:
    """title -> (its note, the section file holding it); load_library refuses a key twice."""
    lib = store.load_library(entries)
    out: dict[str, tuple[str, str]] = {}
    for entry in lib.entries:
        assert entry.title not in out, f"{entry.title!r} twice"
        home = entry.listings[0].section if entry.listings else ""
        out[entry.title] = (entry.note, home)
    return out


def test_a_kill_at_every_write_of_a_moving_reimport_loses_no_entry(tmp_path):
    before, after = tmp_path / "before.md", tmp_path / "after.md"
    before.write_text(BEFORE, encoding="utf-8")
    after.write_text(AFTER, encoding="utf-8")
    pristine = tmp_path / "pristine" / "entries"
    assert _import(before, pristine).returncode == 0
    notes = _add_notes(pristine)
    assert len(notes) == 5

    # The whole re-import, unkilled: what every interrupted one must reach once rerun.
    done = tmp_path / "done" / "entries"
    shutil.copytree(pristine, done)
    full = _import(after, done)
    assert full.returncode == 0, full.stderr
    final = _state(done)
    assert {t: n for t, (n, _) in final.items()} == notes
    assert final[X.split("] ")[1].split(" [[")[0]][1] == "gamma"  # X moved to a later file

    kills = 0
    for n in range(1, 200):
        entries = tmp_path / f"kill{n}" / "entries"
        shutil.copytree(pristine, entries)
        run = _import(after, entries, kill_at=n)
        if run.returncode == 0:
            break  # n passed the run's last write: every write has been killed at
        assert run.returncode == -signal.SIGKILL, run.stderr
        kills += 1
        # The next run finishes or rolls back the interrupted save before it reads...
        state = _state(entries)
        assert {t: note for t, (note, _) in state.items()} == notes, f"killed at write {n}"
        assert not (entries / JOURNAL).exists()
        # ...and is either the old save or the new one, never half of each.
        homes = {t: home for t, (_, home) in state.items()}
        assert homes in ({t: h for t, (_, h) in _state(pristine).items()},
                         {t: h for t, (_, h) in final.items()}), f"killed at write {n}"
        # A rerun of the import reaches exactly the state of the unkilled one.
        assert _import(after, entries).returncode == 0
        assert _state(entries) == final
        shutil.rmtree(entries.parent)
    assert kills >= 6  # the journal, three files staged, three renamed or deleted


def test_a_journal_naming_files_outside_entries_is_refused(tmp_path):
    """The journal is read before anything else: it may only rename within entries/."""
    from awesome_bib.errors import EntriesError
    from awesome_bib.store.transaction import finish

    entries = tmp_path / "entries"
    entries.mkdir()
    (tmp_path / "victim.yaml").write_text("mine\n", encoding="utf-8")
    journal = entries / JOURNAL
    for plan, said in ((
            '{"moves": [["../victim.yaml", "a.yaml"]], "drops": []}', "outside entries/"),
            ('{"moves": [], "drops": ["../victim.yaml"]}', "outside entries/"),
            ('{"moves": [["a", "b"]', "unreadable save journal")):
        journal.write_text(plan, encoding="utf-8")
        try:
            finish(entries)
        except EntriesError as exc:
            assert str(journal) in str(exc) and said in str(exc)
        else:
            raise AssertionError(f"accepted {plan}")
    assert (tmp_path / "victim.yaml").read_text(encoding="utf-8") == "mine\n"
