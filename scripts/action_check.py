"""The GitHub Action's step (action.yml): `awesome-bib check --format github` on a list.

Reads the action's inputs from the environment, as action.yml passes them:

    INPUT_LIST     the list file (default README.md)
    INPUT_STRICT   true/false: fail on warnings too (default false)
    INPUT_OFFLINE  true/false: no look-ups, only entries/ and the cache (default false)
    INPUT_ENTRIES  the entries/ folder, if the repository has one (default entries)

and AWESOME_BIB_CACHE / AWESOME_BIB_MAILTO as awesome-bib reads them. Prints check's
annotations (`::error file=...,line=...::`) for GitHub to show on the pull request, adds a
line to the job summary ($GITHUB_STEP_SUMMARY), sets the outputs errors, warnings and
notices ($GITHUB_OUTPUT), and exits as check does: 0 clean, 1 findings that fail the run, 2
bad input (then also as an ::error annotation). Runs anywhere: tests run it without GitHub.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

BOOLS = {"true": True, "false": False, "": None}


def _flag(name: str, default: bool) -> bool:
    raw = os.environ.get(f"INPUT_{name.upper()}", "").strip().lower()
    if raw not in BOOLS:
        raise ValueError(f"input {name} must be true or false, not {raw!r}")
    value = BOOLS[raw]
    return default if value is None else value


def _escape(text: str) -> str:
    # GitHub workflow-command data: %, CR and LF are escaped.
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _append(var: str, text: str) -> None:
    path = os.environ.get(var)
    if path:
        with open(path, "a", encoding="utf-8") as f:
            f.write(text)


def command() -> list[str]:
    """The check command line for the inputs in the environment."""
    list_path = os.environ.get("INPUT_LIST", "").strip() or "README.md"
    entries = os.environ.get("INPUT_ENTRIES", "").strip() or "entries"
    exe = shutil.which("awesome-bib", path=str(Path(sys.executable).parent)) or \
        shutil.which("awesome-bib")
    base = [exe] if exe else [sys.executable, "-c", "from awesome_bib.cli import main; main()"]
    cmd = [*base, "check", list_path, "--entries", entries, "--format", "github"]
    if _flag("strict", False):
        cmd.append("--strict")
    if _flag("offline", False):
        cmd.append("--offline")
    return cmd


def main() -> int:
    try:
        cmd = command()
    except ValueError as exc:
        print(f"::error title=awesome-bib::{_escape(str(exc))}")
        return 2
    list_path = cmd[cmd.index("check") + 1]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    sys.stdout.write(proc.stdout)
    sys.stderr.write(proc.stderr)
    lines = proc.stdout.splitlines()
    counts = {kind: sum(ln.startswith(f"::{kind} ") for ln in lines)
              for kind in ("error", "warning", "notice")}
    if proc.returncode == 2:
        reason = proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "bad input"
        print(f"::error title=awesome-bib::{_escape(reason)}")
    _append("GITHUB_OUTPUT", "".join(f"{k}s={v}\n" for k, v in counts.items()))
    verdict = {0: "passed", 1: "failed"}.get(proc.returncode, "could not run")
    _append("GITHUB_STEP_SUMMARY",
            f"awesome-bib check `{list_path}` {verdict}: {counts['error']} error(s), "
            f"{counts['warning']} warning(s), {counts['notice']} notice(s)\n")
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main())
