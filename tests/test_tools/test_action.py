"""The GitHub Action (action.yml), run locally: its step is scripts/action_check.py, given the
action's inputs as INPUT_* variables the way action.yml passes them, on fixture lists.
Annotations must be in GitHub's workflow-command format; exit statuses are check's."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "action_check.py"
LISTS = ROOT / "tests" / "lists" / "check"
ANNOTATION = re.compile(r"^::(error|warning|notice)(?: (?:file=[^,:]+,line=\d+,)?title=[^:]+)?::\S")


def run_action(tmp_path: Path, **inputs: str) -> tuple[int, str, str, dict[str, str], str]:
    """(status, stdout, stderr, $GITHUB_OUTPUT as a dict, $GITHUB_STEP_SUMMARY)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("INPUT_")}
    env.update({f"INPUT_{k.upper()}": v for k, v in inputs.items()})
    env.setdefault("INPUT_ENTRIES", str(tmp_path / "no-entries"))
    output, summary = tmp_path / "github_output", tmp_path / "step_summary"
    output.write_text("")
    summary.write_text("")
    env.update(GITHUB_OUTPUT=str(output), GITHUB_STEP_SUMMARY=str(summary))
    proc = subprocess.run([sys.executable, str(SCRIPT)], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    outputs = dict(line.split("=", 1) for line in output.read_text().splitlines())
    return proc.returncode, proc.stdout, proc.stderr, outputs, summary.read_text()


def test_errors_are_annotated_on_their_lines_and_fail_the_run(tmp_path):
    lst = "tests/lists/check/venues.md"
    status, out, _, outputs, summary = run_action(tmp_path, list=lst, offline="true")
    assert status == 1
    lines = out.splitlines()
    assert lines and all(ANNOTATION.match(line) for line in lines), out
    assert lines[0] == (f"::error file={lst},line=5,title=venue-year::accurateFluentXRay2018: "
                        "tagged EMNLP 2018 but the linked paper is EMNLP 2021 (ACL Anthology id "
                        "2021.emnlp-main.288)")
    assert f"::warning file={lst},line=11,title=venue-year::" in out
    assert outputs == {"errors": "5", "warnings": "1", "notices": "3"}
    assert summary == (f"awesome-bib check `{lst}` failed: 5 error(s), 1 warning(s), "
                       "3 notice(s)\n")


def test_warnings_pass_unless_strict(tmp_path):
    lst = "tests/lists/check/duplicates.md"
    status, out, _, outputs, _ = run_action(tmp_path, list=lst, offline="true")
    assert status == 0
    assert f"::warning file={lst},line=7,title=duplicate-in-section::" in out
    assert outputs["errors"] == "0" and outputs["warnings"] == "2"
    strict, _, _, _, summary = run_action(tmp_path, list=lst, offline="true", strict="true")
    assert strict == 1
    assert "failed: 0 error(s), 2 warning(s)" in summary


def test_a_clean_list_passes(tmp_path):
    status, out, _, outputs, summary = run_action(
        tmp_path, list="tests/lists/check/published.md", offline="True", strict="false")
    assert status == 0
    assert outputs["errors"] == outputs["warnings"] == "0"
    assert all(line.startswith("::notice title=not fully checked::")
               for line in out.splitlines())
    assert "passed" in summary


def test_the_list_defaults_to_readme(tmp_path):
    (tmp_path / "README.md").write_text((LISTS / "venues.md").read_text(encoding="utf-8"),
                                        encoding="utf-8")
    env = {**os.environ, "INPUT_OFFLINE": "true", "INPUT_ENTRIES": str(tmp_path / "none")}
    proc = subprocess.run([sys.executable, str(SCRIPT)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert proc.stdout.startswith("::error file=README.md,line=5,title=venue-year::")


@pytest.mark.parametrize("inputs,message", [
    ({"list": "no/such/list.md", "offline": "true"}, "no/such/list.md: cannot read"),
    ({"list": "tests/lists/check/venues.md", "strict": "yes"},
     "input strict must be true or false, not 'yes'"),
])
def test_bad_input_is_an_error_annotation_and_exit_2(tmp_path, inputs, message):
    status, out, _, _, _ = run_action(tmp_path, **inputs)
    assert status == 2
    last = out.splitlines()[-1]
    assert last.startswith("::error title=awesome-bib::") and message in last


def test_action_yml_passes_every_input_to_the_script():
    """action.yml is a composite action whose check step hands each input to the script."""
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    assert set(action["inputs"]) == {"list", "strict", "offline", "cache", "entries", "mailto"}
    assert action["inputs"]["list"]["default"] == "README.md"
    steps = action["runs"]["steps"]
    check = next(s for s in steps if s.get("id") == "check")
    assert "scripts/action_check.py" in check["run"]
    for name in ("list", "strict", "offline", "entries"):
        assert check["env"][f"INPUT_{name.upper()}"] == "${{ inputs." + name + " }}"
    assert check["env"]["AWESOME_BIB_MAILTO"] == "${{ inputs.mailto }}"
    cache = next(s for s in steps if str(s.get("uses", "")).startswith("actions/cache@"))
    assert cache["if"] == "inputs.cache == 'true'"
    assert cache["with"]["path"] == check["env"]["AWESOME_BIB_CACHE"]
    assert set(action["outputs"]) == {"errors", "warnings", "notices"}


def _expand(text: str, context: dict[str, str]) -> str:
    """GitHub's ${{ ... }} expressions, for the plain lookups action.yml uses."""
    def value(match: re.Match) -> str:
        expr = match.group(1).strip()
        if expr not in context:
            raise KeyError(f"action.yml uses ${{{{ {expr} }}}}, which this runner cannot expand")
        return context[expr]
    return re.sub(r"\$\{\{(.*?)\}\}", value, text)


def run_composite(tmp_path: Path, workspace: Path, env: dict[str, str],
                  **inputs: str) -> tuple[int, str, dict[str, str]]:
    """Run action.yml's `run:` steps as a runner would (bash -eo pipefail, GITHUB_OUTPUT per
    step, ${{ }} expanded); `uses:` steps are GitHub's own actions: setup-python is stood in
    for by this interpreter, the cache is left out. (status, stdout of the last step, its
    outputs)."""
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    runner_temp = tmp_path / "runner-temp"
    runner_temp.mkdir()
    context = {f"inputs.{k}": str(v["default"]) for k, v in action["inputs"].items()}
    context.update({f"inputs.{k}": v for k, v in inputs.items()})
    context.update({"runner.temp": str(runner_temp), "runner.os": "Linux",
                    "steps.python.outputs.python-path": sys.executable})
    status, out, outputs = 0, "", {}
    for n, step in enumerate(action["runs"]["steps"]):
        if "uses" in step:
            continue
        assert step["shell"] == "bash"
        script = tmp_path / f"step{n}.sh"
        script.write_text(_expand(step["run"], context), encoding="utf-8")
        output = tmp_path / f"step{n}.out"
        output.write_text("")
        step_env = {**env, "RUNNER_TEMP": str(runner_temp), "GITHUB_ACTION_PATH": str(ROOT),
                    "GITHUB_OUTPUT": str(output),
                    "GITHUB_STEP_SUMMARY": str(tmp_path / "summary")}
        step_env.update({k: _expand(str(v), context) for k, v in step.get("env", {}).items()})
        proc = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
                              cwd=workspace, env=step_env, capture_output=True, text=True,
                              timeout=600)
        outputs = dict(line.split("=", 1) for line in output.read_text().splitlines())
        context.update({f"steps.{step.get('id')}.outputs.{k}": v for k, v in outputs.items()})
        status, out = proc.returncode, proc.stdout
        if status:
            break
    return status, out, outputs


def test_the_actions_own_steps_install_and_check_a_list(tmp_path, offline_pip_env):
    """action.yml's steps, run as written: awesome-bib installed into a fresh virtualenv from
    this repository (pip from the local wheelhouse: no index), then check on the workspace's
    README.md, annotations on stdout, exit 1 for its errors."""
    workspace = tmp_path / "workspace"
    workspace.mkdir()
    (workspace / "README.md").write_text((LISTS / "venues.md").read_text(encoding="utf-8"),
                                         encoding="utf-8")
    status, out, outputs = run_composite(tmp_path, workspace, offline_pip_env(), offline="true")
    assert status == 1, out
    assert out.startswith("::error file=README.md,line=5,title=venue-year::")
    assert outputs == {"errors": "5", "warnings": "1", "notices": "3"}
    venv_python = tmp_path / "runner-temp" / "awesome-bib-venv" / "bin" / "python"
    assert venv_python.exists()  # its own virtualenv, not the caller's Python
