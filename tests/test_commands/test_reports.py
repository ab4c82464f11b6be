"""Reports people read (import, enrich, export, check text): whole headers, one reason or
finding per line, nothing cut or wrapped by us, the same at 80 columns, on a wide terminal
and in a CI log (stdout not a terminal). `--json` stays the machine interface."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from awesome_bib.check.findings import Finding
from awesome_bib.check.render import text
from awesome_bib.commands.enrich_cmd import report_lines
from awesome_bib.enrich import EnrichReport, SectionStats
from awesome_bib.export import FORMATS

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "001_8a4be340c7ffec50.txt"
#: What a terminal-width-aware renderer leaves behind when it runs out of room.
CUT_OR_BOXED = re.compile("[…┃│━─┏┓┗┛]")

LONG_REASON = ("https://api.crossref.org/works: HTTP 503 after 4 attempt(s): Service "
               "Unavailable (the service is down for maintenance, try again later)")


def _report() -> EnrichReport:
    long_slug = "medical-visual-question-answering"  # 33 characters, the default list's longest
    return EnrichReport(sections=[
        SectionStats("survey", "Survey", entries=8, with_authors=7, with_doi=3, published=2,
                     unresolved=[{"key": "someSurvey2023",
                                  "reason": "arXiv does not know 2301.99999",
                                  "reasons": ["arXiv does not know 2301.99999"]}]),
        SectionStats(long_slug, "VQA", entries=30, with_authors=30, with_doi=12, published=11,
                     unresolved=[{"key": "viLMedicFrameworkResearchIntersection2022",
                                  "reason": f"arxiv: not in the cache (--offline); "
                                            f"{LONG_REASON}",
                                  "reasons": ["arxiv: not in the cache (--offline)",
                                              LONG_REASON]}]),
    ], requests={"arxiv": 2, "crossref": 171}, counts={"cached": 1, "fetched": 172, "failed": 1})


def test_enrich_report_whole_headers_and_one_reason_per_line():
    lines = report_lines(_report(), dry_run=False)
    assert lines[:3] == [
        "section                            entries  authors  DOI  published  unresolved",
        "survey                                   8        7    3          2           1",
        "medical-visual-question-answering       30       30   12         11           1",
    ]
    assert all(len(line) <= 80 for line in lines[:3])
    assert lines[3:7] == [
        "unresolved (2), one reason per line:",
        "  someSurvey2023: arXiv does not know 2301.99999",
        "  viLMedicFrameworkResearchIntersection2022: arxiv: not in the cache (--offline)",
        f"  viLMedicFrameworkResearchIntersection2022: {LONG_REASON}",  # whole, past 80 columns
    ]
    assert lines[7:] == ["requests: arXiv 2, Crossref 171",
                         "cache: cached 1, fetched 172, failed 1", "changes 0, keys changed 0"]


def test_enrich_dry_run_shortens_long_values_at_a_word():
    report = _report()
    report.changes = [{"key": "k", "field": "unresolved", "old": "", "source": "enrich",
                       "new": f"arxiv: not in the cache (--offline); {LONG_REASON}"}]
    [change] = [line for line in report_lines(report, dry_run=True) if line.startswith("  k.")]
    # The URL is one word longer than what is left: it goes whole, not "https://api.cr".
    assert change == "  k.unresolved: - -> arxiv: not in the cache (--offline); ...  [enrich]"


def test_check_text_keeps_long_keys_whole_one_finding_per_line():
    key = "viLMedicFrameworkResearchIntersectionMedicalVisionLanguage2022"  # > 40 characters
    findings = [Finding("venue-year", "tagged EMNLP 2018 but the linked paper is EMNLP 2021 "
                        "(ACL Anthology id 2021.emnlp-main.288)", "list.md", 94, key),
                Finding("venue-year", "short", "list.md", 95, "shortKey2020")]
    out = text(findings, [], "list.md").splitlines()
    assert out[1].split()[:3] == ["94", "venue-year", key] and out[1].endswith(".288)")
    assert out[2].startswith("     95  venue-year  shortKey2020 ")
    assert out[-1] == "list.md: 2 errors, 0 warnings, 0 infos"


def _cli(args: list[str], columns: int, cwd: Path) -> str:
    """Run the installed entry point with stdout a pipe (as in CI) and COLUMNS set."""
    env = dict(os.environ, COLUMNS=str(columns), TERM="xterm-256color")
    proc = subprocess.run([sys.executable, "-c", "from awesome_bib.cli import main; main()",
                           *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode in (0, 1), proc.stderr
    return proc.stdout


@pytest.fixture(scope="module")
def seed_entries(tmp_path_factory) -> Path:
    from awesome_bib.importer import import_list

    entries = tmp_path_factory.mktemp("reports") / "entries"
    import_list(SEED, entries)
    return entries


@pytest.mark.parametrize("command", ["import", "enrich", "export", "check"])
def test_reports_read_alike_at_80_columns_and_in_a_ci_log(command, seed_entries, tmp_path):
    args = {"import": ["import", str(SEED), "--entries", str(seed_entries)],
            "enrich": ["enrich", "--entries", str(seed_entries), "--offline", "--dry-run"],
            "export": ["export", "--entries", str(seed_entries), "--out", str(tmp_path / "o")],
            "check": ["check", str(SEED), "--entries", str(seed_entries), "--offline"]}[command]
    narrow, wide = _cli(args, 80, tmp_path), _cli(args, 200, tmp_path)
    assert narrow == wide  # no renderer decides by the terminal's width
    assert not CUT_OR_BOXED.search(narrow)
    lines = narrow.splitlines()
    if command in ("enrich", "export"):
        header = next(i for i, line in enumerate(lines) if line.startswith("section "))
        words = {"enrich": ["section", "entries", "authors", "DOI", "published", "unresolved"],
                 "export": ["section", *sorted(FORMATS)]}[command]
        assert lines[header].split() == words
        assert all(len(line) <= 80 for line in lines[header:header + 6])
    if command == "enrich":
        start = lines.index("unresolved (204), one reason per line:")
        reasons = lines[start + 1:lines.index("requests: arXiv 0, Crossref 0")]
        # Every line is "  key: reason": no reason was wrapped onto a line of its own.
        assert reasons and all(re.fullmatch(r"  \w+: \S.*", line) for line in reasons)
    if command == "check":
        rows = [line for line in lines if re.match(r"  +\d+  ", line)]
        assert len(rows) == 11 and all(line.split()[1] in ("venue-year", "shared-link",
               "duplicate-in-section", "multi-section") for line in rows)


def test_unresolved_reasons_come_from_outcomes_not_from_splitting_text():
    """A reason whose message holds "; " stays one line: the report lists outcomes, it does not
    split the joined `unresolved` text."""
    from awesome_bib.core.outcomes import OutcomeRecord
    from awesome_bib.enrich import section_stats
    from awesome_bib.model import Entry, Library, Listing, Section

    message = "https://api.crossref.org/works: HTTP 400; query.bibliographic too long"
    entry = Entry(key="k2023", title="T", unresolved=message,
                  listings=[Listing(section="survey", position=1, line=3, title="T")],
                  outcomes=[OutcomeRecord("lookup-failed", message, line=3, source="doi"),
                            OutcomeRecord("title-changed", "retitled", line=3)])
    lib = Library(sections=[Section(slug="survey", title="Survey")], entries=[entry])
    [stats] = section_stats(lib, [entry])
    assert stats.unresolved == [{"key": "k2023", "reason": message, "reasons": [message]}]
    lines = report_lines(EnrichReport(sections=[stats]), dry_run=False)
    assert f"  k2023: {message}" in lines
