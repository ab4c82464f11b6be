"""Shared fixtures: fake servers on 127.0.0.1, a recorded clock, entry builders."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from awesome_bib import store
from awesome_bib.enrich import Options
from awesome_bib.enrich.crossref import CrossrefClient
from awesome_bib.enrich.http import RetryPolicy
from awesome_bib.importer import import_list
from awesome_bib.model import Entry, Library, Listing, Section
from tests.fakes.clock import VirtualClock as RecordedClock
from tests.fakes.servers import FakeArxiv, FakeCrossref, FakeSemanticScholar

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def fake_arxiv() -> Iterator[FakeArxiv]:
    server = FakeArxiv().start()
    yield server
    server.stop()


@pytest.fixture
def fake_crossref() -> Iterator[FakeCrossref]:
    server = FakeCrossref().start()
    yield server
    server.stop()


@pytest.fixture
def fake_s2() -> Iterator[FakeSemanticScholar]:
    server = FakeSemanticScholar().start()
    yield server
    server.stop()


@pytest.fixture
def clock() -> RecordedClock:
    return RecordedClock(now=1000.0)


#: Small bounds so fault tests stay fast: 3 tries, 1 s first backoff (virtual), 0.4 s timeout.
POLICY = RetryPolicy(attempts=3, backoff=1.0, max_wait=30.0, timeout=0.4)


@pytest.fixture
def make_opts(tmp_path: Path, fake_arxiv: FakeArxiv, fake_crossref: FakeCrossref,
              fake_s2: FakeSemanticScholar, clock: RecordedClock):
    """Options pointed at the fakes, with the documented spacing on a virtual clock (Semantic
    Scholar's 1 s spacing left out unless a test asks for it: its worker thread would
    interleave its waits with arXiv's on the one recorded clock)."""

    def make(**kw: Any) -> Options:
        base: dict[str, Any] = dict(cache_dir=tmp_path / "cache", arxiv_url=fake_arxiv.url,
                                    crossref_url=fake_crossref.url, s2_url=fake_s2.url,
                                    s2_interval=0.0, clock=clock.clock,
                                    sleep=clock.sleep, policy=POLICY)
        base.update(kw)
        return Options(**base)

    return make


def crossref_client(fake: FakeCrossref, clock: RecordedClock, **kw: Any) -> CrossrefClient:
    """A CrossrefClient on `fake`, with POLICY and the virtual clock unless `kw` says otherwise
    (`kw`: CrossrefClient's own arguments, e.g. mailto)."""
    kw.setdefault("policy", POLICY)
    return CrossrefClient(url=fake.url, clock=clock.clock, sleep=clock.sleep, **kw)


def entry(key: str, section: str = "s", position: int = 0, **kw: Any) -> Entry:
    """An entry listed once in `section`."""
    return Entry(key=key, key_fallback=False,
                 listings=[Listing(section=section, line=position + 1, position=position)], **kw)


def library(*entries: Entry) -> Library:
    """A library with the sections its entries name."""
    slugs = list(dict.fromkeys(e.listings[0].section for e in entries))
    for i, e in enumerate(entries):
        e.listings[0].position = i
    return Library(sections=[Section(s, s.title()) for s in slugs], entries=list(entries))


SEED_LIST = ROOT / "seeds" / "001_8a4be340c7ffec50.txt"


def subset_list(path: Path) -> Path:
    """The list's preamble and the first 14 report-generation items, verbatim."""
    lines = SEED_LIST.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("## Medical Report Gen"))
    path.write_text("\n".join(lines[:8] + [""] + lines[start:start + 20]) + "\n",
                    encoding="utf-8")
    return path


@pytest.fixture
def entries_dir(tmp_path, fake_arxiv, fake_crossref, fake_s2, monkeypatch):
    """entries/ imported from the subset; fakes know its arXiv ids (synthetic entries)."""
    out = tmp_path / "entries"
    import_list(subset_list(tmp_path / "list.md"), out)
    for e in store.load_library(out).entries:
        if e.arxiv:
            fake_arxiv.synth_entry(e.arxiv, e.title, ["Zhihong Chen", "Ludwig van der Berg"],
                                   e.year or 2020)
    env = {"AWESOME_BIB_ARXIV_URL": fake_arxiv.url, "AWESOME_BIB_CROSSREF_URL": fake_crossref.url,
           "AWESOME_BIB_S2_URL": fake_s2.url, "AWESOME_BIB_ARXIV_DELAY": "0",
           "AWESOME_BIB_CROSSREF_DELAY": "0", "AWESOME_BIB_S2_DELAY": "0",
           "AWESOME_BIB_CACHE": str(tmp_path / "cache"), "AWESOME_BIB_MAILTO": ""}
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    fake_crossref.extra_headers = {}  # recorded 3/1s headers would (rightly) slow us to 3/s
    return out
