"""Hostile HTTP servers on 127.0.0.1 (issue 20): answers no honest service sends, each
bounded in time and in count so a test that goes wrong cannot hang or fill the machine.

Every answer is made of raw bytes on a plain socket (http.server would buffer or fix them):

* `huge`: an honest `Content-Length` of 2 GB, then zeros for as long as the client reads.
* `gzip_bomb`: `Content-Encoding: gzip`, ~1 MB on the wire that inflates to 1 GiB (1024 gzip
  members of 1 MiB of spaces each; a gzip stream may hold several members, RFC 1952 §2.2).
* `deep_json` / `deep_xml`: a 200,000-deep JSON array / XML element (a RecursionError for a
  recursive parser or walker).
* `drip`: headers at once, then the body one byte every `drip` seconds (each read is within
  any read timeout, so only a total deadline ends it).
* `drip_headers`: the status line and headers themselves one byte every `drip` seconds.
"""

from __future__ import annotations

import functools
import gzip
import re
import socket
import socketserver
import threading
import time
from collections.abc import Callable, Iterator

#: A hostile server stops writing after this long whatever happens (the test's own bound).
LIFETIME = 60.0


@functools.cache
def _gzip_gib() -> bytes:
    member = gzip.compress(b" " * 2**20, compresslevel=9, mtime=0)
    return member * 1024


def _head(status: str, headers: dict[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status}", *(f"{k}: {v}" for k, v in headers.items()), "", ""]
    return "\r\n".join(lines).encode("ascii")


def huge(_: float) -> Iterator[bytes]:
    yield _head("200 OK", {"Content-Type": "application/json",
                           "Content-Length": str(2 * 10**9)})
    zeros = b"0" * 65536
    while True:
        yield zeros


def huge_unannounced(_: float) -> Iterator[bytes]:
    """The same 2 GB without a Content-Length (read until the server closes)."""
    yield _head("200 OK", {"Content-Type": "application/json", "Connection": "close"})
    zeros = b"0" * 65536
    while True:
        yield zeros


def gzip_bomb(_: float) -> Iterator[bytes]:
    body = _gzip_gib()
    yield _head("200 OK", {"Content-Type": "application/json", "Content-Encoding": "gzip",
                           "Content-Length": str(len(body))})
    for start in range(0, len(body), 65536):
        yield body[start:start + 65536]


def deep_json(_: float) -> Iterator[bytes]:
    body = b"[" * 200_000 + b"]" * 200_000
    yield _head("200 OK", {"Content-Type": "application/json",
                           "Content-Length": str(len(body))})
    yield body


def deep_xml(_: float) -> Iterator[bytes]:
    body = (b'<feed xmlns="http://www.w3.org/2005/Atom">' + b"<a>" * 200_000
            + b"</a>" * 200_000 + b"</feed>")
    yield _head("200 OK", {"Content-Type": "application/atom+xml",
                           "Content-Length": str(len(body))})
    yield body


def drip(interval: float) -> Iterator[bytes]:
    yield _head("200 OK", {"Content-Type": "application/json", "Content-Length": "100000"})
    while True:
        time.sleep(interval)
        yield b" "


def drip_headers(interval: float) -> Iterator[bytes]:
    for byte in _head("200 OK", {"Content-Length": "2"}) + b"{}":
        yield bytes([byte])
        time.sleep(interval)


Behaviour = Callable[[float], Iterator[bytes]]


#: The first line of an HTTP request (`POST /graph/v1/paper/batch?... HTTP/1.1`).
_REQUEST_LINE = re.compile(rb"[A-Z]+ \S+ HTTP/1\.[01]\r\n")


class HostileServer:
    """Answers every request with `behaviour`; counts the requests it received."""

    def __init__(self, behaviour: Behaviour, drip: float = 5.0) -> None:
        self.requests = 0
        self._lock = threading.Lock()
        self._stopped = threading.Event()
        server = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                server._serve(self.request, behaviour, drip)

        socketserver.ThreadingTCPServer.allow_reuse_address = True
        self.tcp = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self.tcp.daemon_threads = True
        self.thread = threading.Thread(target=self.tcp.serve_forever, args=(0.02,), daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.tcp.server_address[1]}"

    def start(self) -> HostileServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self._stopped.set()
        self.tcp.shutdown()
        self.tcp.server_close()

    def _serve(self, sock: socket.socket, behaviour: Behaviour, drip: float) -> None:
        ends = time.monotonic() + LIFETIME
        sock.settimeout(5.0)
        while not self._stopped.is_set():  # one request after another on a kept-alive socket
            try:
                request = sock.recv(65536)
            except OSError:
                return
            if not request:
                return
            if not _REQUEST_LINE.match(request):
                # The rest of a request already counted (a POST's body often comes in a recv
                # of its own): not a new request, so neither counted nor answered.
                continue
            with self._lock:
                self.requests += 1
            try:
                for chunk in behaviour(drip):
                    if self._stopped.is_set() or time.monotonic() > ends:
                        return
                    sock.sendall(chunk)
            except OSError:  # the client cut the answer: what a bounded client does
                return
