"""The enrichment pipeline: ordered stages, each the look-ups the registry's sources contribute
(sources.PROVIDERS: every `Lookup` of every `Provider`), gathered, then steps folded over each
entry.

A stage begins by asking the look-ups that start there (their keys from what the stages
before found), waits for the look-ups whose answers its steps read, and folds its steps.
Look-ups of different sources (hosts) run at once, each on its own thread, paced by its
source's client; one source's look-ups run one after another, or share its client's slots
at once when the source `overlaps` (Crossref). Every answer is cached as it arrives
(`gather`), so an interrupted run resumes where it stopped and a warm rerun asks nothing.
Where a stage lets them (`Stage.ahead`), the entries that asked none of its look-ups go on
without waiting for them; the order is fixed (those first, then the others), never a race.

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
from .base import Client, Lookup, Outcome, Provider, RecordError, Source, StageName
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


@dataclass(frozen=True)
class Stage:
    """One stage: its name (base.StageName: what its look-ups are), the steps folded after
    them, and whether the entries that asked none of its look-ups may go on without them."""

    name: StageName
    steps: tuple[Step, ...]
    #: The entries that asked none of this stage's look-ups go on at once, up to the stage
    #: named here (their look-ups of the stages between asked for them alone); the others
    #: follow once the answers are in, and from that stage on all go together again. Worth it
    #: where the wait is long and the look-ups between cheap to ask in two parts: arXiv's
    #: title search (3 s after its id batches) concerns the papers with no usable link, while
    #: Crossref (three requests a second, one search a request) would wait for it. Never
    #: earlier: the title search must wait for every identity verdict, so it stays one
    #: request; and the other sources of the last stage are asked once, for all.
    ahead: StageName | None = None


#: The stages in order (base.StageName names them).
STAGES: tuple[Stage, ...] = (
    Stage("linked", ()),
    Stage("identity", (KeepManualEdits(), CheckArxivIdentity())),
    Stage("found", (UseTitleHits(), ApplyArxivRecord()), ahead="applied"),
    Stage("published", (ChooseSemanticScholar(), PlanCrossrefSearch())),
    Stage("records", (ChooseCrossref(),)),
    Stage("followed", (RememberSearchHits(),)),
    Stage("applied", (ApplyPublishedVersion(), ApplySemanticScholar(), ApplyOtherSources(),
                      ReportYearContradiction(), UseVenueTagWithoutDoi(), MarkUnresolved())),
)
assert tuple(stage.name for stage in STAGES) == get_args(StageName), "one per StageName"
_ORDER = {stage.name: n for n, stage in enumerate(STAGES)}


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
    going = _Going(providers, clients, ctx, writer, cache, opts, progress)
    going.advance(entries, 0)
    going.done.requests = {name: client.requests for name, client in clients.items()}
    return going.done


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
    """One look-up to gather: its Source and the keys to send, in entry order."""

    lookup: Lookup
    source: Source
    keys: list[str]
    entries: set[int]  # id() of the entries that asked them


class _Going:
    """One run under way: which look-ups were asked, for whom, and which are merged."""

    def __init__(self, providers: list[Provider], clients: dict[str, Client], ctx: Context,
                 writer: Writer, cache: Cache, opts: Options,
                 progress: Progress | None) -> None:
        self.providers, self.clients = providers, clients
        self.ctx, self.writer, self.cache, self.opts, self.progress = \
            ctx, writer, cache, opts, progress
        self.hosts = {p.name: _Host(p.overlaps) for p in providers}
        self.asks: list[_Asked] = []
        self.sent: dict[str, dict[str, _Asked]] = {}  # look-up name -> key -> its ask
        self.done = Run()

    def advance(self, entries: list[Entry], start: int, stop: int = len(STAGES)) -> None:
        """Take `entries` through the stages from `start` to before `stop`. At a stage that
        lets entries go `ahead`, those that asked none of its look-ups are taken up to that
        stage first, then the others, and from there all together."""
        n = start
        while n < stop:
            stage = STAGES[n]
            self.ask(stage.name, entries)
            if stage.ahead is not None:
                mine = {id(e) for e in entries}
                busy = {i for a in self.asks if a.lookup.stage == stage.name
                        for i in a.entries & mine}
                free = [e for e in entries if id(e) not in busy]
                if free and busy:
                    join = min(_ORDER[stage.ahead], stop)
                    self.finish(n, free)  # asked nothing here: nothing to wait for
                    self.advance(free, n + 1, join)
                    waiting = [e for e in entries if id(e) in busy]
                    self.finish(n, waiting)
                    self.advance(waiting, n + 1, join)
                    n = join
                    continue
            self.finish(n, entries)
            n += 1

    def finish(self, n: int, entries: list[Entry]) -> None:
        """Wait for what `entries` asked that stage `n` reads, then fold its steps."""
        mine = {id(e) for e in entries}
        for asked in self.asks:
            if asked.entries & mine and _ORDER[asked.lookup.stage] <= n:
                self.merge(asked)
        fold(STAGES[n].steps, entries, self.ctx, self.writer)
        _keep_learned(self.ctx, self.cache)

    def ask(self, stage: StageName, entries: list[Entry]) -> None:
        """Start the look-ups asked at `stage` for `entries` (each key once a run)."""
        for provider in self.providers:
            jobs = [job for lookup in provider.lookups if (lookup.ask_at or lookup.stage) == stage
                    if (job := self._job(provider, lookup, entries)) is not None]
            self.asks += self.hosts[provider.name].ask(jobs, self.cache, self.opts,
                                                       self.progress)
            for asked in self.asks[len(self.asks) - len(jobs):]:
                sent = self.sent.setdefault(asked.lookup.name, {})
                for key in asked.keys:
                    sent[key] = asked

    def _job(self, provider: Provider, lookup: Lookup, entries: list[Entry]) -> _Job | None:
        """The look-up's keys for `entries` (kept in ctx.asked); a key asked before is not
        sent again: the entry waits for that ask instead. None when nothing is to be sent."""
        asked = self.ctx.asked.setdefault(lookup.name, {})
        sent = self.sent.get(lookup.name, {})
        keys, who = [], set()
        for entry in entries:
            mine = lookup.keys(entry, self.ctx)
            if not mine:
                continue
            asked.setdefault(id(entry), []).extend(mine)
            for key in mine:
                if key in sent:
                    sent[key].entries.add(id(entry))
                else:
                    keys.append(key)
                    who.add(id(entry))
        if not keys:
            return None
        source = lookup.source(self.clients[provider.name])
        if source.name != lookup.name:  # the cache folder is the Source's name
            raise ValueError(f"{provider.name}: look-up {lookup.name!r} builds {source.name!r}")
        self.done.sources.setdefault(lookup.name, source)
        return _Job(lookup, source, list(dict.fromkeys(keys)), who)

    def merge(self, asked: _Asked) -> None:
        """Wait for an ask's answers and put them in the context (once)."""
        if asked.merged:
            return
        answers, counts = asked.result()
        self.ctx.answers.setdefault(asked.lookup.name, {}).update(answers)
        for name, n in counts.items():
            self.done.counts[name] += n
        asked.merged = True


def _keep_learned(ctx: Context, cache: Cache) -> None:
    """Cache what a step found without asking (a search hit) under its own key, unless held."""
    for name, found in ctx.learned.items():
        for key, payload in found.items():
            if not cache.get(name, key)[0]:
                cache.put(name, key, payload)
    ctx.learned.clear()


Answers = tuple[dict[str, Outcome], dict[str, int]]


@dataclass
class _Asked:
    """A look-up under way: its answers and counts are the `index`-th result of `task`."""

    lookup: Lookup
    task: _Beside[list[Answers]]
    index: int
    keys: list[str]
    entries: set[int]  # id() of the entries that wait for it
    merged: bool = False

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
        return [_Asked(job.lookup, task, n, job.keys, set(job.entries))
                for group, task in zip(groups, tasks, strict=True)
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
