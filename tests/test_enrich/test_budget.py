"""Every answer has a budget (issue 20): size on the wire and inflated, a total deadline, a
nesting limit. Each hostile server below is a source failure for that request, never a
traceback or a hang, and the client stays usable for the next request."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from awesome_bib.enrich.crossref import CrossrefClient, CrossrefDois
from awesome_bib.enrich.http import RetryPolicy, too_deep
from awesome_bib.errors import SourceError
from tests.fakes import hostile
from tests.fakes.hostile import HostileServer

#: Two tries, short waits: what each case costs is the deadline (or the cut) times two.
POLICY = RetryPolicy(attempts=2, backoff=0.05, max_wait=1.0, timeout=10.0, deadline=1.5,
                     max_body=4 * 2**20)


@pytest.fixture
def serve() -> Iterator[object]:
    servers: list[HostileServer] = []

    def start(behaviour: hostile.Behaviour, drip: float = 5.0) -> HostileServer:
        servers.append(HostileServer(behaviour, drip).start())
        return servers[-1]

    yield start
    for server in servers:
        server.stop()


def _works(server: HostileServer) -> tuple[SourceError, float]:
    client = CrossrefClient(url=server.url, interval=0.0, policy=POLICY)
    started = time.monotonic()
    with pytest.raises(SourceError) as failed:
        client.works({"filter": "doi:10.1/x"})
    return failed.value, time.monotonic() - started


@pytest.mark.parametrize(("behaviour", "said"), [
    (hostile.huge, "answer of 2000000000 bytes is over our limit"),
    (hostile.huge_unannounced, "answer over our limit of 4194304 bytes: cut"),
    (hostile.gzip_bomb, "answer over our limit of 4194304 bytes: cut"),
])
def test_a_body_over_the_size_budget_is_cut(serve, behaviour, said):
    server = serve(behaviour)
    error, took = _works(server)
    assert said in str(error)
    assert error.status is None and error.attempt == POLICY.attempts
    assert server.requests == POLICY.attempts  # retried like a truncated body, boundedly
    assert took < 10


@pytest.mark.parametrize("behaviour", [hostile.drip, hostile.drip_headers])
def test_a_dripping_server_is_cut_at_the_deadline(serve, behaviour):
    """One byte every 5 s never trips a 10 s read timeout; the 1.5 s deadline ends each try."""
    server = serve(behaviour, drip=5.0 if behaviour is hostile.drip else 0.2)
    error, took = _works(server)
    assert f"no complete answer within {POLICY.deadline:g} s: cut" in str(error)
    assert server.requests == POLICY.attempts
    # the deadline times the tries, plus the backoff between them
    assert took < POLICY.attempts * POLICY.deadline + 1.0


@pytest.mark.parametrize("behaviour", [hostile.deep_json, hostile.deep_xml])
def test_a_deeply_nested_answer_is_refused_before_parsing(serve, behaviour):
    server = serve(behaviour)
    error, _ = _works(server)
    assert f"answer nested deeper than {POLICY.max_depth} levels" in str(error)
    assert error.status == 200


def test_the_failure_is_one_outcome_per_doi_and_the_run_goes_on(serve):
    """Through the DOI provider: every DOI of the cut batch gets the failure as its outcome."""
    server = serve(hostile.gzip_bomb)
    client = CrossrefClient(url=server.url, interval=0.0, policy=POLICY)
    [answers] = list(CrossrefDois(client).lookup(["10.1/a", "10.1/b"]))
    assert set(answers) == {"10.1/a", "10.1/b"}
    assert all("over our limit" in (o.error or "") for o in answers.values())


@pytest.mark.parametrize(("body", "deep"), [
    (b'{"message": {"items": [{"title": ["A [b] {c}"]}]}}', False),
    (b'{"s": "' + b"[" * 500 + b'"}', False),  # brackets inside a string are text
    (b"[" * 65 + b"]" * 65, True),
    (b"[" * 64 + b"]" * 64, False),
    (b'{"a": ' * 40 + b"[" * 25 + b"]" * 25 + b"}" * 40, True),  # objects and arrays both
    (b'{"a": ' * 39 + b"[" * 25 + b"]" * 25 + b"}" * 39, False),
    (b"<feed>" + b"<a>" * 70 + b"</a>" * 70 + b"</feed>", True),
    (b"<feed><!-- <a><a><a> --><entry><title>[x]</title><link href='y'/></entry></feed>",
     False),
    (b"not json at all [[[[", False),
])
def test_nesting_is_measured_on_the_structure_only(body, deep):
    assert too_deep(body, 64) is deep


def test_the_deadline_holds_over_tls(serve, tmp_path, monkeypatch):
    """The real services are HTTPS: the watch shuts a TLS socket as it does a plain one."""
    import shutil
    import ssl
    import subprocess

    if not shutil.which("openssl"):
        pytest.skip("no openssl to make a loopback certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout",
                    str(key), "-out", str(cert), "-days", "1", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1"], check=True, capture_output=True)
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(cert))
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(cert, key)
    server = HostileServer(hostile.drip, 5.0)
    server.tcp.socket = tls.wrap_socket(server.tcp.socket, server_side=True)
    server.start()
    try:
        client = CrossrefClient(url=server.url.replace("http:", "https:"), interval=0.0,
                                policy=POLICY)
        started = time.monotonic()
        with pytest.raises(SourceError, match="no complete answer within 1.5 s: cut"):
            client.works({"filter": "doi:10.1/x"})
        assert time.monotonic() - started < POLICY.attempts * POLICY.deadline + 1.0
    finally:
        server.stop()


def test_a_posted_batch_has_the_same_budget(serve):
    """A source that POSTs its batch (as Semantic Scholar's /paper/batch takes ids) sends it
    through BoundedGet.send: the answer is cut alike."""
    from awesome_bib.enrich.http import BoundedGet, OverBudget

    server = serve(hostile.gzip_bomb)
    with pytest.raises(OverBudget, match="over our limit of 4194304 bytes: cut"):
        BoundedGet(POLICY).send("POST", f"{server.url}/graph/v1/paper/batch", {}, {}, 10.0,
                                data=b'{"ids": ["arXiv:2303.07618"]}')
    assert server.requests == 1


def test_semantic_scholars_batch_is_cut_alike_and_the_source_is_then_left_alone(serve):
    """S2's client sends its POSTed batch through the same bounded transport: a gzip bomb is a
    source failure (retried boundedly), and an optional source that fails is not asked again."""
    from awesome_bib.enrich.semantic_scholar import S2Client

    server = serve(hostile.gzip_bomb)
    client = S2Client(url=f"{server.url}/graph/v1", key="", interval=0.0, policy=POLICY)
    with pytest.raises(SourceError, match="answer over our limit of 4194304 bytes: cut"):
        client.batch(["ARXIV:2303.07618"])
    assert server.requests == POLICY.attempts
    with pytest.raises(SourceError, match="not sent"):
        client.batch(["ARXIV:2303.07618"])
    assert server.requests == POLICY.attempts
