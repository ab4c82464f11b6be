"""Enrichment: arXiv, Semantic Scholar and Crossref look-ups (batched, cached, polite)
folded into entries/.

`enrich_library` completes a Library in memory and returns an `EnrichReport`; `run_enrich`
loads entries/, enriches, assigns keys and saves (unless it is a dry run).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from .. import citekeys, store
from ..core.arxiv_ids import parse_id
from ..core.outcomes import ARXIV_DEAD, REPORTED, Candidate, OutcomeRecord
from ..core.titles import RELATED, similarity, title_words
from ..core.vocab import PUBLISHED_TYPES
from ..model import Entry, Library
from ..store.cache import Cache, default_dir
from . import arxiv as arxiv_src
from . import crossref as crossref_src
from . import identity, published
from . import semantic_scholar as s2_src
from .base import Outcome, RecordError, Source
from .http import RetryPolicy, env_policy
from .sources import ARXIV, generic
from .steps import (
    ARXIV_STEPS,
    IDENTITY_STEPS,
    ChooseCrossref,
    Context,
    Step,
    Writer,
    choose_crossref,
    entry_dois,
    unresolved_reasons,
    versions_needed,
)
from .tags import classify

T = TypeVar("T")

#: progress(stage, done, total, counts): stage is "arxiv", "crossref-doi" or "crossref-search".
Progress = Callable[[str, int, int, dict[str, int]], None]


@dataclass
class Options:
    """How to enrich; None means "from the environment / the documented default"."""

    offline: bool = False
    refresh: bool = False
    only: str = ""
    mailto: str = ""
    cache_dir: str | Path | None = None
    arxiv_url: str | None = None
    crossref_url: str | None = None
    s2_url: str | None = None
    s2_key: str | None = None  # None: AWESOME_BIB_S2_KEY
    s2_interval: float | None = None
    arxiv_delay: float | None = None
    crossref_interval: float | None = None
    policy: RetryPolicy = field(default_factory=env_policy)
    clock: Callable[[], float] | None = None
    sleep: Callable[[float], None] | None = None


@dataclass
class SectionStats:
    """The end-of-run figures for one section."""

    slug: str
    title: str
    entries: int = 0
    with_authors: int = 0
    with_doi: int = 0
    published: int = 0
    unresolved: list[dict[str, Any]] = field(default_factory=list)  # key, reason, reasons


@dataclass
class EnrichReport:
    """What a run did: per-section figures, requests, cache use, changes, key changes."""

    sections: list[SectionStats] = field(default_factory=list)
    requests: dict[str, int] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)  # cached, fetched, failed
    changes: list[dict[str, Any]] = field(default_factory=list)
    key_changes: list[dict[str, str]] = field(default_factory=list)
    entries: int = 0
    #: {file, line, key, code, message}: links to other papers, retitles, contradicted years
    findings: list[dict[str, Any]] = field(default_factory=list)
    titles_per_search: list[int] = field(default_factory=list)  # titles in each arXiv search
    #: `.unmerged.yaml` files in entries/ after the save: what they hold is not in entries/
    unmerged: list[str] = field(default_factory=list)
    #: optional source -> what it could not verify and why (said once, not per entry)
    unavailable: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain data for --json."""
        return asdict(self)


def select(lib: Library, only: str) -> list[Entry]:
    """All entries, or those with key `only`, or those listed in section `only`."""
    if not only:
        return list(lib.entries)
    picked = [e for e in lib.entries if e.key == only or only in e.sections]
    if not picked:
        from ..errors import UsageError

        raise UsageError(f"--only {only!r}: no entry key or section slug of that name")
    return picked


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


def search_query(entry: Entry, ctx: Context | None = None) -> str | None:
    """The `query.bibliographic` for an entry with no DOI: title, first author, year (none
    when another source already settled its published version)."""
    if entry.kind != "paper" or entry.doi or entry.arxiv_doi or not entry.title:
        return None
    if ctx is not None and (ctx.published_dois.get(id(entry)) or published.answered(entry, ctx)):
        return None
    venue = classify(entry.venue_tag)
    if not venue.registers_dois and venue.pub_type != "preprint":
        return None  # NeurIPS, ICLR, MIDL...: Crossref will not have it
    words = [title_words(entry.title)]
    if entry.authors:
        words.append(title_words(entry.authors[0].family or entry.authors[0].literal))
    if entry.year:
        words.append(str(entry.year))
    return " ".join(w for w in words if w)


def _fold(steps: Iterable[Step], entries: list[Entry], ctx: Context, writer: Writer) -> None:
    for entry in entries:
        for step in steps:
            try:
                step.apply(entry, ctx, writer)
            except RecordError as exc:
                # A record we cannot read spoils one entry, never the run.
                ctx.outcome(entry, OutcomeRecord("unreadable-record",
                                                 f"{type(step).__name__}: {exc}"))


def needs_title_search(entry: Entry, ctx: Context) -> bool:
    """A paper with no usable arXiv link: none, or one to another paper (never one whose
    look-up merely failed: that is retried on the next run)."""
    if entry.kind != "paper" or not entry.title:
        return False
    verdict = ctx.identities.get(id(entry))
    if verdict is not None:
        return not verdict.usable
    if not entry.arxiv:
        return True
    return any(o.code in ARXIV_DEAD for o in ctx.outcomes.get(id(entry), []))


def use_title_hits(entry: Entry, hits: list[dict[str, Any]], ctx: Context,
                   writer: Writer) -> dict[str, Any] | None:
    """Take the first hit that is the listed paper (identity.py's test on its title, the
    list's first author when it gives one, and a year that fits the list's); keep near misses
    as candidates."""
    wrong = ctx.identities.get(id(entry))
    for hit in hits:
        ident = (parse_id(str(hit.get("id", ""))) or ("", ""))[0]
        if not ident or (wrong is not None and ident == wrong.arxiv):
            continue
        verdict = identity.judge(entry, hit, {})
        published = str(hit.get("published", ""))[:4]
        year = int(published) if published.isdigit() else 0
        year_ok = not entry.year or not year or entry.year - 3 <= year <= entry.year + 1
        if verdict.status == "match" and year_ok:
            ctx.arxiv[ident] = Outcome(payload=hit)
            ctx.identities[id(entry)] = identity.Identity("match", ident, entry.title,
                                                          titles=dict(verdict.titles),
                                                          similarity=verdict.similarity)
            if not entry.arxiv:
                writer.set(entry, "arxiv", ident, ARXIV.name)
            ctx.outcome(entry, OutcomeRecord(
                "found-by-title-search", f"found on arXiv by its title: {ident}",
                arxiv=ident, arxiv_title=str(hit.get("title", ""))))
            return hit
        score = similarity(identity.listed_titles(entry), str(hit.get("title", "")))
        if score >= RELATED:
            why = "year" if verdict.status == "match" else (verdict.why or "title")
            cand = Candidate(arxiv=ident, title=str(hit.get("title", "")), year=year or None,
                             kind="arxiv", score=score,
                             why_not=f"{why} does not agree with the list")
            if cand.arxiv not in {c.arxiv for c in entry.candidates}:
                entry.candidates.append(cand)
    return None


def enrich_library(lib: Library, opts: Options | None = None,
                   progress: Progress | None = None) -> EnrichReport:
    """Enrich the selected entries of `lib` in place; return what happened."""
    opts = opts or Options()
    entries = select(lib, opts.only)
    cache = Cache(opts.cache_dir or default_dir())
    counts = {"cached": 0, "fetched": 0, "failed": 0}
    ctx = Context()
    writer = Writer(ctx)
    ax = arxiv_src.ArxivSource(url=opts.arxiv_url, delay=opts.arxiv_delay, policy=opts.policy,
                               mailto=opts.mailto, clock=opts.clock, sleep=opts.sleep)
    # Semantic Scholar answers from what the list gives (ids, titles), on its own host and
    # pace: it runs beside arXiv, and Crossref's DOI batch waits for both.
    s2 = s2_src.S2Client(url=opts.s2_url, key=opts.s2_key, interval=opts.s2_interval,
                         policy=opts.policy, clock=opts.clock, sleep=opts.sleep)
    s2_counts = {"cached": 0, "fetched": 0, "failed": 0}
    s2_done = _Beside(_ask_s2, s2, entries, cache, opts, s2_counts)
    cr = crossref_src.CrossrefClient(url=opts.crossref_url, mailto=opts.mailto,
                                     interval=opts.crossref_interval, policy=opts.policy,
                                     clock=opts.clock, sleep=opts.sleep)
    # arXiv: the latest version of every id, plus the version a link names, in id_list
    # batches; then, in one more batched request, the older versions the identity check needs.
    ids = [p[0] for p in (parse_id(e.arxiv) for e in entries if e.arxiv) if p]
    linked = [e.arxiv + v for e in entries if e.arxiv and (v := identity.linked_version(e))]
    ctx.arxiv = gather(ax, [*ids, *linked], cache, opts, counts, progress)
    older = [k for k in (versions_needed(e, ctx) for e in entries) if k]
    if older:
        ctx.arxiv.update(gather(ax, older, cache, opts, counts, progress))
    _fold(IDENTITY_STEPS, entries, ctx, writer)
    # No usable arXiv link: search arXiv by title, many titles per request.
    searching = [e for e in entries if needs_title_search(e, ctx)]
    search = arxiv_src.ArxivTitleSearch(ax)
    hits = gather(search, [title_words(e.title) for e in searching], cache, opts,
                  counts, progress)
    for entry in searching:
        outcome = hits.get(title_words(entry.title))
        hit = use_title_hits(entry, outcome.payload, ctx, writer) \
            if outcome is not None and outcome.found else None
        found = ctx.identities[id(entry)].arxiv if hit is not None else ""
        if found and found == entry.arxiv and not cache.get(ax.name, found)[0]:
            cache.put(ax.name, found, hit)  # the next run looks it up by id: no request
    _fold(ARXIV_STEPS, entries, ctx, writer)
    ctx.others.update(s2_done.result())
    for name in counts:
        counts[name] += s2_counts[name]
    _fold(published.S2_STEPS, entries, ctx, writer)

    dois_src = crossref_src.CrossrefDois(cr)
    for entry in entries:
        query = search_query(entry, ctx)
        if query:
            ctx.queries[id(entry)] = query
    # The title searches share the client's slots with the DOI batches, at the same time:
    # neither waits for the other's last answer.
    search_counts = {"cached": 0, "fetched": 0, "failed": 0}
    search_src = crossref_src.CrossrefSearch(cr)
    asked = _Beside(gather, search_src, list(ctx.queries.values()), cache, opts, search_counts,
                    None)
    ctx.dois = gather(dois_src, [d for e in entries for d in
                                 (*entry_dois(e), *ctx.published_dois.get(id(e), []))],
                      cache, opts, counts, progress)
    ctx.searches = asked.result()
    for name in counts:
        counts[name] += search_counts[name]
    if progress:
        progress(search_src.name, len(ctx.searches), len(ctx.searches), counts)
    # Decide each entry's Crossref record once (steps.choose_crossref keeps it in ctx).
    _fold((ChooseCrossref(),), entries, ctx, writer)
    # Preprints (bioRxiv, medRxiv...) point at their published version: fetch those too.
    targets = [d for e in entries for r in [choose_crossref(e, ctx).record] if r
               for d in r.preprint_of if d not in ctx.dois]
    if targets:
        ctx.dois.update(gather(dois_src, targets, cache, opts, counts, progress))
    _remember_search_hits(entries, ctx, cache)
    requests = {"arxiv": ax.http.requests, "s2": s2.http.requests,
                "crossref": cr.http.requests}
    for provider in generic():  # any further source: one module + one registry line
        make, keys_of = provider.make_source, provider.keys
        if make is None or keys_of is None:
            continue
        other = make(opts)
        ctx.others[provider.name] = gather(other, [k for e in entries for k in keys_of(e)],
                                           cache, opts, counts, progress)
        http = getattr(other, "http", None)
        requests[provider.name] = int(getattr(http, "requests", 0))
    _fold(published.PUBLISHED_STEPS, entries, ctx, writer)

    report = EnrichReport(requests=requests, unavailable=unavailable(entries),
                          counts=counts, changes=ctx.changes, entries=len(entries),
                          titles_per_search=list(search.titles_per_request))
    report.sections = section_stats(lib, entries)
    report.findings = findings(lib, entries)
    return report


def unavailable(entries: list[Entry]) -> dict[str, str]:
    """Per source whose look-ups failed: why (its first failure) and how many entries it
    could not verify, to say once instead of once per entry."""
    failed: dict[str, list[str]] = {}
    for entry in entries:
        first: dict[str, str] = {}  # each source once per entry, with its first message
        for o in entry.outcomes:
            if o.code == "source-unavailable":
                first.setdefault(o.source, o.message)
        for source, message in first.items():
            failed.setdefault(source, []).append(message)
    return {name: f"{messages[0]}; {len(messages)} entries not verified by it"
            for name, messages in failed.items()}


class _Beside(Generic[T]):
    """A call run on a daemon thread beside the caller: an interrupted run exits at once
    instead of waiting for it (every answer it cached is whole: cache writes are atomic)."""

    def __init__(self, fn: Callable[..., T], *args: Any) -> None:
        self._result: T | None = None
        self._error: BaseException | None = None

        def run() -> None:
            try:
                self._result = fn(*args)
            except BaseException as exc:  # handed to the caller by result()
                self._error = exc

        self._thread = threading.Thread(target=run, name=f"beside-{fn.__name__}",
                                        daemon=True)
        self._thread.start()

    def result(self) -> T:
        """Wait for the call; its return value, or its exception raised here."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._result is not None  # set by run() whenever it raised nothing
        return self._result


def _ask_s2(client: s2_src.S2Client, entries: list[Entry], cache: Cache, opts: Options,
            counts: dict[str, int]) -> dict[str, dict[str, Outcome]]:
    """Semantic Scholar's answers: one batch of every id the list gives, then a title match
    for each paper the list gives no id for (on a worker thread: no progress callbacks)."""
    papers = gather(s2_src.S2Papers(client), [k for e in entries for k in s2_src.keys(e)],
                    cache, opts, counts, None)
    matches = gather(s2_src.S2Match(client), [q for e in entries
                                              if (q := s2_src.match_key(e))],
                     cache, opts, counts, None)
    return {s2_src.S2Papers.name: papers, s2_src.S2Match.name: matches}


def findings(lib: Library, entries: list[Entry]) -> list[dict[str, Any]]:
    """Every reported outcome (a link to another paper, a retitle, a contradicted year, a DOI
    naming another title) as {file, line, key, code, message}, in list order."""
    out = []
    for entry in entries:
        for o in entry.outcomes:
            if o.code in REPORTED:
                out.append({"file": lib.source, "line": o.line or entry.line,
                            "key": entry.key, "code": o.code, "message": o.message})
    return sorted(out, key=lambda f: (f["line"], f["code"]))


def _remember_search_hits(entries: list[Entry], ctx: Context, cache: Cache) -> None:
    """Cache an accepted search hit under its DOI too: the next run looks it up by that DOI
    (the entry has it now), and must find it without a request."""
    for entry in entries:
        record = choose_crossref(entry, ctx).record
        if record is None or record.key in ctx.dois or record.payload is None:
            continue
        ctx.dois[record.key] = Outcome(payload=record.payload)
        if not cache.get(crossref_src.CrossrefDois.name, record.key)[0]:
            cache.put(crossref_src.CrossrefDois.name, record.key, record.payload)


def section_stats(lib: Library, entries: list[Entry]) -> list[SectionStats]:
    """Per-section figures over the enriched entries."""
    chosen = {id(e) for e in entries}
    out = []
    by_section = lib.by_section()
    for section in lib.sections:
        stats = SectionStats(section.slug, section.title)
        for entry in by_section.get(section.slug, []):
            if id(entry) not in chosen:
                continue
            stats.entries += 1
            stats.with_authors += bool(entry.authors)
            stats.with_doi += bool(entry.doi)
            stats.published += entry.pub_type in PUBLISHED_TYPES
            if entry.unresolved:
                # One reason per outcome (a person's hand-written `unresolved` is one reason).
                reasons = unresolved_reasons(entry.outcomes) or [entry.unresolved]
                stats.unresolved.append({"key": entry.key, "reason": entry.unresolved,
                                         "reasons": reasons})
        if stats.entries:
            out.append(stats)
    return out


def run_enrich(entries_dir: str | Path, opts: Options | None = None, dry_run: bool = False,
               progress: Progress | None = None) -> EnrichReport:
    """Load entries/, enrich, give fallback keys their author form once, save unless dry run."""
    lib = store.load_library(entries_dir)
    report = enrich_library(lib, opts, progress)
    for _entry, old, new in citekeys.assign_keys(lib.entries):
        report.key_changes.append({"old": old, "new": new})
    if not dry_run:
        store.save_library(lib, entries_dir)
        report.unmerged = [str(p) for p in store.pending_unmerged(Path(entries_dir))]
        if report.unmerged:  # the figures are what entries/ holds, not what those files do
            saved = store.load_library(entries_dir)
            report.sections = section_stats(saved, select(saved, (opts or Options()).only))
    return report
