"""Fake arXiv and Crossref servers on 127.0.0.1 that replay the genuine bodies in tests/fixtures.

Where a genuine body exists for a request, it is served byte for byte (e.g. `id_list=abc` ->
`error_400_malformed-id_abc.xml` with status 400, a no-hit search -> `list_query-title_no-
results.json`). Where none exists, an answer is COMPOSED, never hand-written:

* arXiv, any other `id_list`: the envelope of the genuine 2026 feed
  `multi_0808.05394-invalid_1707.08567_34-authors.xml` with its entries replaced by the genuine
  `<entry>` elements of the requested ids taken from all fixture feeds, and `totalResults`
  set to their number (as the 2026 service does, ARXIV.md §2.7).
* arXiv `search_query` (title searches): the envelope of the genuine 2026 search feed
  `search_all-testing_max10_doi_journal-ref.xml` with the genuine entries of the ids
  programmed with `answer_title(substring, ids)` for every `substring` the query contains
  (case-insensitive; an `OR` of titles collects several), at most `max_results` of them; an
  unprogrammed search gets that envelope with no entries and `totalResults` 0, as arXiv
  answers a search nothing matches.
* Crossref `filter=doi:A,doi:B` (no genuine recording exists, SOURCES.md): the envelope of the
  genuine filter list `list_filter-prefix-type_rows20.json` with `items` = the genuine `message`
  of the `work_*.json` fixtures for the requested DOIs, `total-results`/`items-per-page` set.
* Crossref searches programmed with `answer_search(substring, dois)`: the same envelope with
  those genuine work records.
* Bench/batching only: `synth_entry` / `synth_work` clone a genuine record and replace its
  identifier, title and author names, for papers no fixture covers. Documented as synthetic.

Faults (`Fault`) are consumed one per request: a status with headers (429 + Retry-After), a
hang (sleep before answering), a truncated or malformed body. `latency` delays every answer;
`hang_every`/`hang_for` make every n-th request hang (bench). Every request is recorded, and
`most_in_flight` is the most requests the server was answering at once.
"""

from __future__ import annotations

import copy
import json
import re
import threading
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
ATOM_NS = "http://www.w3.org/2005/Atom"
NS = {"": ATOM_NS, "opensearch": "http://a9.com/-/spec/opensearch/1.1/",
      "arxiv": "http://arxiv.org/schemas/atom"}
for _prefix, _uri in NS.items():
    ET.register_namespace(_prefix, _uri)
A = f"{{{ATOM_NS}}}"
OS = f"{{{NS['opensearch']}}}"


@dataclass
class Fault:
    """One injected misbehaviour, used for one request."""

    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    hang: float = 0.0  # seconds to sleep before answering (client timeouts)
    truncate: bool = False  # serve the normal body cut in half
    malformed: bool = False  # serve bytes that are neither XML nor JSON


@dataclass
class Seen:
    """One recorded request."""

    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    at: float
    body: bytes = b""


class FakeServer:
    """A tiny threaded HTTP server; subclasses implement `route`."""

    def __init__(self) -> None:
        self.requests: list[Seen] = []
        self.faults: list[Fault] = []
        self.latency = 0.0
        self.hang_every = 0  # every n-th request hangs for hang_for seconds (0: none)
        self.hang_for = 0.0
        self.extra_headers: dict[str, str] = {}
        self.in_flight = 0
        self.most_in_flight = 0
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server API)
                server._handle(self)

            def do_POST(self) -> None:  # noqa: N802 (http.server API)
                server._handle(self)

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.02,), daemon=True)

    @property
    def base(self) -> str:
        """http://127.0.0.1:PORT"""
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def start(self) -> FakeServer:
        """Serve in a background thread."""
        self.thread.start()
        return self

    def stop(self) -> None:
        """Stop serving."""
        self.httpd.shutdown()
        self.httpd.server_close()

    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        # In flight from arrival until the answer is composed, not until the handler thread
        # ends: the client may have read the whole answer and sent its next request before
        # then, and that would be counted twice.
        with self._lock:
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
        left = [False]

        def leave() -> None:
            with self._lock:
                if not left[0]:
                    self.in_flight -= 1
                    left[0] = True

        try:
            self._answer(h, leave)
        finally:
            leave()

    def _answer(self, h: BaseHTTPRequestHandler, leave: Any = None) -> None:
        parts = urlsplit(h.path)
        query = parse_qs(parts.query, keep_blank_values=True)
        length = int(h.headers.get("Content-Length") or 0)
        body_in = h.rfile.read(length) if length else b""
        with self._lock:
            self.requests.append(Seen(parts.path, query, dict(h.headers), time.monotonic(),
                                      body_in))
            fault = self.faults.pop(0) if self.faults else None
            if self.hang_every and len(self.requests) % self.hang_every == 0:
                fault = fault or Fault(hang=self.hang_for)
        if self.latency:
            time.sleep(self.latency)
        if fault and fault.hang:
            time.sleep(fault.hang)
        if fault and fault.status:
            status, headers, body = fault.status, fault.headers, fault.body
        else:
            status, headers, body = self.route_body(parts.path, query, body_in)
            if fault and fault.truncate:
                body = body[: len(body) // 2]
            if fault and fault.malformed:
                body = b"\x00\x01 not a feed {"
        if leave:
            leave()
        try:
            h.send_response(status)
            for k, v in {**self.extra_headers, **headers}.items():
                h.send_header(k, v)
            h.send_header("Content-Length", str(len(body)))
            h.end_headers()
            h.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout test)

    def route(self, path: str, query: dict[str, list[str]]) -> tuple[int, dict[str, str], bytes]:
        """Status, headers and body for a request."""
        raise NotImplementedError

    def route_body(self, path: str, query: dict[str, list[str]],
                   body: bytes) -> tuple[int, dict[str, str], bytes]:
        """Status, headers and body for a request with a body (a POST); GETs go to `route`."""
        return self.route(path, query)


def _unversioned(ident: str) -> str:
    return re.sub(r"v\d+$", "", ident)


def _entry_key(entry: ET.Element) -> str:
    return _unversioned((entry.findtext(f"{A}id") or "").split("/abs/")[-1])


class FakeArxiv(FakeServer):
    """The arXiv query API at /api/query."""

    #: Genuine bodies served verbatim for exactly these id_list values (SOURCES.md requests).
    VERBATIM = {
        "abc": ("error_400_malformed-id_abc.xml", 400),
        "0000.0000": ("empty_200_nonexistent-id_0000.0000.xml", 200),
        "0808.05394": ("empty_200_bad-sequence-number_0808.05394.xml", 200),
        "0808.05394,1707.08567": ("multi_0808.05394-invalid_1707.08567_34-authors.xml", 200),
        "2104.12255v1": ("single_2104.12255v1_title-is-0.xml", 200),
        "1605.08386": ("single_1605.08386_unversioned-request.xml", 200),
        "astro-ph/0601001": ("oldstyle_astro-ph_0601001_journal-ref_affiliations.xml", 200),
        "quant-ph/0201082v1": ("oldstyle_quant-ph_0201082v1_versioned.xml", 200),
    }
    ENVELOPE = "multi_0808.05394-invalid_1707.08567_34-authors.xml"
    SEARCH_ENVELOPE = "search_all-testing_max10_doi_journal-ref.xml"

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[str, ET.Element] = {}
        for path in sorted((FIXTURES / "arxiv").glob("*.xml")):
            root = ET.fromstring(path.read_bytes())
            for entry in root.iter(f"{A}entry"):
                if "/api/errors" not in (entry.findtext(f"{A}id") or ""):
                    self.entries.setdefault(_entry_key(entry), entry)
        self.verbatim = dict(self.VERBATIM)
        self.versions: dict[str, ET.Element] = {}  # "2303.09117v1" -> that version's entry
        self.titles: list[tuple[str, list[str]]] = []  # (substring of search_query, ids)

    @property
    def url(self) -> str:
        """The query endpoint, as AWESOME_BIB_ARXIV_URL takes it."""
        return self.base + "/api/query"

    def id_lists(self) -> list[list[str]]:
        """The id_list of every request so far."""
        return [r.query.get("id_list", [""])[0].split(",") for r in self.requests]

    def searches(self) -> list[str]:
        """The search_query of every search request so far (id_list requests left out)."""
        return [q for r in self.requests if (q := r.query.get("search_query", [""])[0])]

    def answer_title(self, substring: str, ids: list[str]) -> None:
        """Searches whose search_query contains `substring` get the genuine entries of `ids`."""
        self.titles.append((substring.lower(), ids))

    def synth_entry(self, ident: str, title: str, authors: list[str], year: int,
                    version: int = 1) -> None:
        """SYNTHETIC (look-alike records for tests and the bench): a genuine entry cloned with
        another id/title/names. `version` > 1 makes it the latest version; add the older ones
        with `synth_version`."""
        entry = copy.deepcopy(self.entries["1605.08386"])
        entry.find(f"{A}id").text = f"http://arxiv.org/abs/{ident}v{version}"
        entry.find(f"{A}title").text = title
        for tag in ("published", "updated"):
            entry.find(f"{A}{tag}").text = f"{year}-01-15T10:00:00Z"
        for old in entry.findall(f"{A}author"):
            entry.remove(old)
        for name in authors:
            author = ET.SubElement(entry, f"{A}author")
            ET.SubElement(author, f"{A}name").text = name
        self.entries[ident] = entry

    def synth_version(self, ident: str, version: int, title: str) -> None:
        """SYNTHETIC: an older version of a synthetic entry (same authors, another title),
        served for `id_list=<ident>v<version>` as arXiv serves a versioned id (ARXIV.md §2.2)."""
        entry = copy.deepcopy(self.entries[ident])
        entry.find(f"{A}id").text = f"http://arxiv.org/abs/{ident}v{version}"
        entry.find(f"{A}title").text = title
        self.versions[f"{ident}v{version}"] = entry

    def route(self, path: str, query: dict[str, list[str]]) -> tuple[int, dict[str, str], bytes]:
        """Replay or compose a feed for id_list, or for a programmed search_query."""
        headers = {"Content-Type": "application/atom+xml; charset=utf-8"}
        id_list = query.get("id_list", [""])[0]
        search = query.get("search_query", [""])[0]
        if id_list in self.verbatim:
            name, status = self.verbatim[id_list]
            return status, headers, (FIXTURES / "arxiv" / name).read_bytes()
        if search and not id_list:
            # Every programmed title the query names (`ti:"a" OR ti:"b"` names two).
            wanted = list(dict.fromkeys(i for sub, ids in self.titles
                                        if sub in search.lower() for i in ids))
            wanted = wanted[:int(query.get("max_results", ["10"])[0])]
            return 200, headers, self._compose(self.SEARCH_ENVELOPE, wanted, query)
        return 200, headers, self._compose(self.ENVELOPE, id_list.split(","), query)

    def _compose(self, envelope: str, ids: list[str], query: dict[str, list[str]]) -> bytes:
        """A genuine feed envelope carrying the genuine entries of `ids` (unknown ids dropped)."""
        root = ET.fromstring((FIXTURES / "arxiv" / envelope).read_bytes())
        for entry in root.findall(f"{A}entry"):
            root.remove(entry)
        found = [self.versions[i] if i in self.versions else self.entries[_unversioned(i)]
                 for i in ids if i in self.versions or _unversioned(i) in self.entries]
        root.find(f"{OS}totalResults").text = str(len(found))
        root.find(f"{OS}itemsPerPage").text = query.get("max_results", ["10"])[0]
        root.extend(copy.deepcopy(e) for e in found)
        return ET.tostring(root, encoding="UTF-8", xml_declaration=True)


class FakeCrossref(FakeServer):
    """The Crossref REST API at /works."""

    ENVELOPE = "list_filter-prefix-type_rows20.json"
    NO_HITS = "list_query-title_no-results.json"

    def __init__(self) -> None:
        super().__init__()
        self.works: dict[str, dict[str, Any]] = {}
        self.files: dict[str, Path] = {}  # DOI -> genuine singleton body
        for path in sorted((FIXTURES / "crossref").glob("work_*.json")):
            item = json.loads(path.read_bytes())["message"]
            self.works[item["DOI"].lower()] = item
            self.files[item["DOI"].lower()] = path
        self.searches: list[tuple[str, Any]] = []  # (substring of the query, DOIs or file)
        self.extra_headers = {"x-api-pool": "polite-array", "x-rate-limit-limit": "3",
                              "x-rate-limit-interval": "1s", "x-concurrency-limit": "3"}

    @property
    def url(self) -> str:
        """The base URL, as AWESOME_BIB_CROSSREF_URL takes it."""
        return self.base

    def answer_search(self, substring: str, answer: list[str] | str) -> None:
        """Queries containing `substring` get these genuine works (or this fixture verbatim)."""
        self.searches.append((substring.lower(), answer))

    def synth_work(self, doi: str, title: str, authors: list[tuple[str, str]], year: int,
                   container: str, like: str = "10.1038/s42256-024-00832-8") -> None:
        """SYNTHETIC (look-alike records for tests and the bench): the genuine work `like` (a
        journal article unless told otherwise: a posted-content or proceedings fixture keeps
        its own `type`, `institution`, `event`...) cloned with other metadata."""
        item = copy.deepcopy(self.works[like])
        container_title = [container] if container else []
        item.update({"DOI": doi, "title": [title], "container-title": container_title,
                     "author": [{"given": g, "family": f, "sequence": "additional",
                                 "affiliation": []} for g, f in authors],
                     "issued": {"date-parts": [[year, 5]]}, "URL": f"https://doi.org/{doi}"})
        self.works[doi.lower()] = item

    def _list(self, items: list[dict[str, Any]], rows: int) -> bytes:
        data = json.loads((FIXTURES / "crossref" / self.ENVELOPE).read_bytes())
        data["message"].update({"items": items, "total-results": len(items),
                                "items-per-page": rows})
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    def route(self, path: str, query: dict[str, list[str]]) -> tuple[int, dict[str, str], bytes]:
        """filter=doi:..., query.bibliographic=..., or /works/{doi}."""
        headers = {"Content-Type": "application/json"}
        rows = int(query.get("rows", ["20"])[0])
        if path.rstrip("/") == "/works" and "filter" in query:
            dois = [f.split(":", 1)[1].lower() for f in query["filter"][0].split(",")
                    if f.startswith("doi:")]
            items = [self.works[d] for d in dois if d in self.works]
            return 200, headers, self._list(items[:rows], rows)
        if path.rstrip("/") == "/works":
            text = query.get("query.bibliographic", [""])[0].lower()
            for substring, answer in self.searches:
                if substring in text:
                    if isinstance(answer, str):
                        return 200, headers, (FIXTURES / "crossref" / answer).read_bytes()
                    items = [self.works[d.lower()] for d in answer][:rows]
                    return 200, headers, self._list(items, rows)
            return 200, headers, (FIXTURES / "crossref" / self.NO_HITS).read_bytes()
        doi = path.split("/works/", 1)[-1].lower()
        if doi in self.files:
            return 200, headers, self.files[doi].read_bytes()
        return 404, {"Content-Type": "text/plain"}, (
            FIXTURES / "crossref" / "error_404_unknown-doi.txt").read_bytes()


class FakeSemanticScholar(FakeServer):
    """The Semantic Scholar Graph API at /graph/v1 (`POST /paper/batch`, `GET
    /paper/search/match`).

    * A batch whose ids are exactly a recorded request's (SOURCES.md) gets that genuine body
      byte for byte.
    * Any other batch: a JSON array with, per id, the genuine record the fixtures hold for it
      (by `externalIds`: `ARXIV:`, `DOI:`, `ACL:`, `CorpusId:`, or the paperId) or `null`, as
      the service answers an unknown id (SEMANTIC_SCHOLAR.md §Endpoints).
    * A title match programmed with `answer_match(substring, paper)`: the genuine match
      envelope `{"data": [...]}` with that record and a `matchScore`; unprogrammed: 404 with
      the genuine 404 body of the Graph API (recorded for `/paper/0`; no recording of the
      match endpoint's own 404 wording was found, and the client reads only the status).
    * `synth_paper` (SYNTHETIC, tests and bench): a genuine record cloned with other ids,
      title, authors, year and venue, in the genuine shape (`publicationVenue` null as
      recorded, `venue` a string, `journal` an object or null).
    """

    DIR = "semantic_scholar"
    VERBATIM = {("CorpusId:211530585", "CorpusId:470667", "10.2139/ssrn.2250500",
                 "0f40b1f08821e22e859c6050916cec3667778613"):
                "batch_200_null-first_full-fields.json",
                ("CorpusId:470667", "10.2139/ssrn.2250500",
                 "0f40b1f08821e22e859c6050916cec3667778613"): "batch_200_fields-authors.json"}
    NOT_FOUND = "error_404_paper-id-0-not-found.json"

    def __init__(self) -> None:
        super().__init__()
        self.papers: list[dict[str, Any]] = []
        for name in ("batch_200_null-first_full-fields.json",):
            self.papers.extend(p for p in json.loads((FIXTURES / self.DIR / name).read_bytes())
                               if p)
        self.matches: list[tuple[str, dict[str, Any]]] = []

    @property
    def url(self) -> str:
        """The base URL, as AWESOME_BIB_S2_URL takes it."""
        return self.base + "/graph/v1"

    def batches(self) -> list[list[str]]:
        """The ids of every batch request so far."""
        return [json.loads(r.body)["ids"] for r in self.requests if r.path.endswith("/batch")]

    def match_queries(self) -> list[str]:
        """The query of every match request so far."""
        return [r.query["query"][0] for r in self.requests if r.path.endswith("/match")]

    def answer_match(self, substring: str, paper: dict[str, Any]) -> None:
        """Match queries containing `substring` get `paper`."""
        self.matches.append((substring.lower(), paper))

    def synth_paper(self, title: str, authors: list[str], year: int, venue: str = "",
                    arxiv: str = "", doi: str = "", acl: str = "",
                    journal: str = "") -> dict[str, Any]:
        """SYNTHETIC: the genuine record of CorpusId 470667 cloned with other metadata (its
        shape kept: `externalIds` keys as S2 spells them, `publicationVenue` null)."""
        paper = copy.deepcopy(self.papers[0])
        ids: dict[str, Any] = {"CorpusId": 900000 + len(self.papers)}
        if arxiv:
            ids["ArXiv"] = arxiv
        if doi:
            ids["DOI"] = doi
        if acl:
            ids["ACL"] = acl
        paper.update({"paperId": f"{len(self.papers):040x}", "externalIds": ids,
                      "corpusId": ids["CorpusId"], "title": title, "venue": venue,
                      "year": year, "publicationDate": f"{year}-06-01",
                      "journal": {"name": journal} if journal else None,
                      "publicationTypes": ["Conference"] if venue else None,
                      "authors": [{"authorId": str(1000 + n), "name": a}
                                  for n, a in enumerate(authors)]})
        self.papers.append(paper)
        return paper

    def _find(self, ident: str) -> dict[str, Any] | None:
        kind, _, value = ident.partition(":")
        names = {"ARXIV": "ArXiv", "DOI": "DOI", "ACL": "ACL", "CORPUSID": "CorpusId"}
        for paper in self.papers:
            ids = paper.get("externalIds") or {}
            if not value and paper.get("paperId") == ident:
                return paper
            if value and kind.upper() in names and \
                    str(ids.get(names[kind.upper()], "")).lower() == value.lower():
                return paper
        # A bare DOI is accepted as one (the recorded request sends `10.2139/ssrn.2250500`).
        for paper in self.papers:
            if str((paper.get("externalIds") or {}).get("DOI", "")).lower() == ident.lower():
                return paper
        return None

    def route_body(self, path: str, query: dict[str, list[str]],
                   body: bytes) -> tuple[int, dict[str, str], bytes]:
        """Replay or compose a batch; answer a programmed match."""
        headers = {"Content-Type": "application/json"}
        if path.endswith("/paper/batch"):
            ids = tuple(json.loads(body)["ids"])
            if ids in self.VERBATIM:
                return 200, headers, (FIXTURES / self.DIR / self.VERBATIM[ids]).read_bytes()
            found = [self._find(i) for i in ids]
            return 200, headers, json.dumps(found, ensure_ascii=False).encode("utf-8")
        if path.endswith("/paper/search/match"):
            text = query.get("query", [""])[0].lower()
            for substring, paper in self.matches:
                if substring in text:
                    hit = {**paper, "matchScore": 109.55098}
                    return 200, headers, json.dumps({"data": [hit]}).encode("utf-8")
        return 404, headers, (FIXTURES / self.DIR / self.NOT_FOUND).read_bytes()
