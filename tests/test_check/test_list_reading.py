"""`check LIST.md` reads the list as `import` does: `--template` (one option, one parser), and
it says which lines it did not read for their size instead of passing over them."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from awesome_bib.cli import cli

LIST = ("# L\n\n## Speech\n\n"
        "- Tacotron: [Towards End-to-End Speech Synthesis](https://arxiv.org/abs/1703.10135)"
        " (Interspeech 2017)\n"
        "- [Just a link without a name](https://arxiv.org/abs/1905.09263)\n")


def _check(tmp_path: Path, *extra: str, text: str = LIST
           ) -> tuple[int, list[dict[str, object]], list[str]]:
    listing = tmp_path / "L.md"
    listing.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(listing), "--offline", "--format", "json",
                                      "--entries", str(tmp_path / "entries"),
                                      "--cache", str(tmp_path / "cache"), *extra])
    report = json.loads(result.stdout)
    return result.exit_code, report["findings"], report["not_checked"]


def test_a_declared_template_reports_the_item_that_does_not_fit(tmp_path: Path):
    assert _check(tmp_path)[1] == []  # inferred: both items are papers
    code, findings, _ = _check(tmp_path, "--template",
                            "Speech={name}: [{title}]({url}) ({venue} {year})")
    assert code == 0  # an item the list has but we could not read is an info, not a red CI
    assert [(f["line"], f["kind"], f["severity"]) for f in findings] == [
        (6, "unparseable-item", "info")]
    assert "was not read (does not fit its section's template)" in str(findings[0]["message"])


def test_template_without_the_list_is_a_usage_error(tmp_path: Path):
    result = CliRunner().invoke(cli, ["check", "--offline", "--entries", str(tmp_path / "e"),
                                      "--template", "{title}"])
    assert result.exit_code == 2
    assert result.output.strip().endswith("--template reads LIST.md: pass the list file")


def test_a_line_too_long_to_read_is_said_not_checked(tmp_path: Path):
    text = LIST + "- [" + "x" * 40_000 + "](https://arxiv.org/abs/1706.03762)\n"
    code, findings, said = _check(tmp_path, text=text)
    assert (code, findings) == (0, [])
    assert "line 7: a line of 40,038 characters (more than 32,768): not read" in said
