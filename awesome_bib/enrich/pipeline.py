"""The enrichment pipeline: ordered stages, each the look-ups the registry's sources contribute
(sources.PROVIDERS: every `Lookup` of every `Provider`), gathered, then steps folded over each
entry.

A stage begins by asking the look-ups that start there (their keys from what the stages
before found), waits for the look-ups whose answers its steps read, and folds its steps.
Look-ups of different sources (hosts) run at once, each on its own thread, paced by its
source's client; one source's look-ups run one after another, or share its client's slots
at once when the source `overlaps` (Crossref). Every answer is cached as it arrives
(`gather`), so an interrupted run resumes where it stopped and a warm rerun asks nothing.

The stages are the pipeline's, not any one source's: the identity check, arXiv's versions,
the published-version choice and the upgrades to it are steps here, and a source only says
what it asks and when (base.Lookup).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar, get_args

from ..core.outcomes import OutcomeRecord
from ..model import Entry
from ..store.cache import Cache
from . import sources
from .base import Client, Lookup, Outcome, Provider, RecordError, Source, Stage
from .published import (
    ApplySemanticScholar,
    ChooseSemanticScholar,
    PlanCrossrefSearch,
)
from .steps import (
    ApplyArxivRecord,
    ApplyOtherSources,
    ApplyPublishedVersion,
    CheckArxivIdentity,
    ChooseCrossref,
    Context,
    KeepManualEdits,
    MarkUnresolved,
    RememberSearchHits,
    ReportYearContradiction,
    Step,
    UseTitleHits,
    UseVenueTagWithoutDoi,
    Writer,
)

if TYPE_CHECKING:
    from . import Options

T = TypeVar("T")

#: progress(look-up, done, total, counts): look-up is a look-up's name ("arxiv",
#: "crossref-doi", ...); counts its cached, fetched and failed keys so far.
Progress = Callable[[str, int, int, dict[str, int]], None]

#: The steps folded after each stage's look-ups, in stage order (base.Stage names them).
STAGES: tuple[tuple[Stage, tuple[Step, ...]], ...] = (
    ("linked", ()),
    ("identity", (KeepManualEdits(), CheckArxivIdentity())),
    ("found", (UseTitleHits(), ApplyArxivRecord())),
    ("published", (ChooseSemanticScholar(), PlanCrossrefSearch())),
    ("records", (ChooseCrossref(),)),
    ("followed", (RememberSearchHits(),)),
    ("applied", (ApplyPublishedVersion(), ApplySemanticScholar(), ApplyOtherSources(),
                 ReportYearContradiction(), UseVenueTagWithoutDoi(), MarkUnresolved())),
)
assert tuple(name for name, _ in STAGES) == get_args(Stage), "one stage per base.Stage name"


def counter() -> dict[str, int]:
    """Keys answered from the cache, fetched, failed."""
    return {"cached": 0, "fetched": 0, "failed": 0}


@dataclass
class Run:
    """What a pipeline run asked: requests per source, keys per fate, the sources built."""

    requests: dict[str, int] = field(default_factory=dict)  # provider name -> requests
    counts: dict[str, int] = field(default_factory=counter)
    sources: dict[str, Source] = field(default_factory=dict)  # look-up name -> its Source


def run(entries: list[Entry], ctx: Context, writer: Writer, cache: Cache, opts: Options,
        progress: Progress | None = None) -> Run:
    """Run every stage over `entries`; the answers, verdicts and changes land in `ctx`."""
    providers = list(sources.PROVIDERS.values())  # as registered now (tests add sources)
    clients: dict[str, Client] = {p.name: p.connect(opts) for p in providers
                                  if p.connect is not None}
    hosts = {p.name: _Host(p.overlaps) for p in providers}
    done = Run()
    waiting: list[_Asked] = []
    for stage, steps in STAGES:
        for provider in providers:
            jobs = [job for lookup in provider.lookups if (lookup.ask_at or lookup.stage) == stage
                    if (job := _job(provider, lookup, clients, entries, ctx, done)) is not None]
            waiting += hosts[provider.name].ask(jobs, cache, opts, progress)
        for asked in [a for a in waiting if a.lookup.stage == stage]:
            answers, counts = asked.result()
            ctx.answers.setdefault(asked.lookup.name, {}).update(answers)
            for name, n in counts.items():
                done.counts[name] += n
        waiting = [a for a in waiting if a.lookup.stage != stage]
        fold(steps, entries, ctx, writer)
        _keep_learned(ctx, cache)
    done.requests = {name: client.requests for name, client in clients.items()}
    return done


def fold(steps: Iterable[Step], entries: list[Entry], ctx: Context, writer: Writer) -> None:
    """Each step over each entry, entry by entry."""
    for entry in entries:
        for step in steps:
            try:
                step.apply(entry, ctx, writer)
            except RecordError as exc:
                # A record we cannot read spoils one entry, never the run.
                ctx.outcome(entry, OutcomeRecord("unreadable-record",
                                                 f"{type(step).__name__}: {exc}"))


def gather(source: Source, keys_: Iterable[str], cache: Cache, opts: Options,
           counts: dict[str, int], progress: Progress | None) -> dict[str, Outcome]:
    """Answers for `keys_`: from the cache, else from the source batch by batch (each batch
    cached as soon as it arrives, so an interrupted run resumes where it stopped)."""
    keys_ = list(dict.fromkeys(keys_))
    out: dict[str, Outcome] = {}
    todo = []
    for key in keys_:
        hit, payload = (False, None) if opts.refresh else cache.get(source.name, key)
        if hit:
            out[key] = Outcome(payload=payload, cached=True)
            counts["cached"] += 1
        else:
            todo.append(key)
    if progress:
        progress(source.name, len(out), len(keys_), counts)
    if opts.offline:
        for key in todo:
            out[key] = Outcome(error=f"{source.name}: not in the cache (--offline)")
        return out
    if not todo:
        return out
    for batch in source.lookup(todo):
        for key, outcome in batch.items():
            if outcome.error:
                counts["failed"] += 1
            else:
                cache.put(source.name, key, outcome.payload)
                counts["fetched"] += 1
            out[key] = outcome
        if progress:
            progress(source.name, len(out), len(keys_), counts)
    return out


@dataclass(frozen=True)
class _Job:
    """One look-up to gather: its Source and the keys asked, in entry order."""

    lookup: Lookup
    source: Source
    keys: list[str]


def _job(provider: Provider, lookup: Lookup, clients: dict[str, Client],
         entries: list[Entry], ctx: Context, done: Run) -> _Job | None:
    """The look-up's keys for every entry (kept in ctx.asked), or None when there are none."""
    asked = ctx.asked.setdefault(lookup.name, {})
    keys = []
    for entry in entries:
        mine = lookup.keys(entry, ctx)
        if mine:
            asked.setdefault(id(entry), []).extend(mine)
            keys.extend(mine)
    if not keys:
        return None
    source = lookup.source(clients[provider.name])
    if source.name != lookup.name:  # the cache folder is the Source's name
        raise ValueError(f"{provider.name}: look-up {lookup.name!r} builds {source.name!r}")
    done.sources.setdefault(lookup.name, source)
    return _Job(lookup, source, keys)


def _keep_learned(ctx: Context, cache: Cache) -> None:
    """Cache what a step found without asking (a search hit) under its own key, unless held."""
    for name, found in ctx.learned.items():
        for key, payload in found.items():
            if not cache.get(name, key)[0]:
                cache.put(name, key, payload)
    ctx.learned.clear()


Answers = tuple[dict[str, Outcome], dict[str, int]]


@dataclass(frozen=True)
class _Asked:
    """A look-up under way: its answers and counts are the `index`-th result of `task`."""

    lookup: Lookup
    task: _Beside[list[Answers]]
    index: int

    def result(self) -> Answers:
        """Wait for the answers (a failure of the thread is raised here)."""
        return self.task.result()[self.index]


class _Host:
    """One source's look-ups, in the order they are asked: each batch starts once the one
    before has finished (one source, one pace); look-ups of one batch go one after another,
    or at once through the client's slots when the source `overlaps`."""

    def __init__(self, overlaps: bool) -> None:
        self.overlaps = overlaps
        self.last: list[_Beside[list[Answers]]] = []

    def ask(self, jobs: Sequence[_Job], cache: Cache, opts: Options,
            progress: Progress | None) -> list[_Asked]:
        """Start `jobs` after what this host was asked before; one `_Asked` per job."""
        if not jobs:
            return []
        groups = [[job] for job in jobs] if self.overlaps else [list(jobs)]
        before = self.last
        tasks = [_Beside(_gather_after, before, group, cache, opts, progress)
                 for group in groups]
        self.last = tasks
        return [_Asked(job.lookup, task, n) for group, task in zip(groups, tasks, strict=True)
                for n, job in enumerate(group)]


def _gather_after(before: list[_Beside[Any]], jobs: list[_Job], cache: Cache, opts: Options,
                  progress: Progress | None) -> list[Answers]:
    """Wait for the host's earlier look-ups, then gather `jobs` one after another."""
    for task in before:
        task.wait()
    out = []
    for job in jobs:
        counts = counter()
        out.append((gather(job.source, job.keys, cache, opts, counts, progress), counts))
    return out


class _Beside(Generic[T]):
    """A call run on a daemon thread beside the caller: an interrupted run exits at once
    instead of waiting for it (every answer it cached is whole: cache writes are atomic)."""

    def __init__(self, fn: Callable[..., T], *args: Any) -> None:
        self._result: T | None = None
        self._error: BaseException | None = None

        def call() -> None:
            try:
                self._result = fn(*args)
            except BaseException as exc:  # handed to the caller by result()
                self._error = exc

        self._thread = threading.Thread(target=call, name=f"beside-{fn.__name__}",
                                        daemon=True)
        self._thread.start()

    def wait(self) -> None:
        """Wait for the call to end (its failure is raised by `result`, not here)."""
        self._thread.join()

    def result(self) -> T:
        """Wait for the call; its return value, or its exception raised here."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._result is not None  # set by call() whenever it raised nothing
        return self._result
