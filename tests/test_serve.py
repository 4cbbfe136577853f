"""`litgraph serve`: real HTTP to a server started on a free loopback port."""

from __future__ import annotations

import io
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
import rdflib

from litgraph import query as lq
from litgraph.build import SAMPLE_DIR

ROOT = Path(__file__).resolve().parents[1]
TOP = ("PREFIX lg: <https://w3id.org/litgraph/ns#>\n"
       "SELECT ?l ?n WHERE { ?b a lg:Benchmark ; rdfs:label ?l ; lg:paperCount ?n } "
       "ORDER BY DESC(?n) ?l LIMIT 5")
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(args: list[str], log: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    with log.open("wb") as fh:  # a file, not a pipe: an unread pipe would block the server
        proc = subprocess.Popen([sys.executable, "-m", "litgraph.cli", "serve", "--port",
                                 str(port), *args], stdout=fh, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {log.read_text()}")
        try:
            if httpx.get(url + "/health", timeout=1).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("server did not start")


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


@pytest.fixture(scope="module")
def server(tmp_path_factory, sample_out):
    from litgraph.incremental import build_store

    st = tmp_path_factory.mktemp("serve") / "store"
    build_store([SAMPLE_DIR], st)
    proc, url = start(["--store", str(st), "--out", str(sample_out), "--timeout", "2",
                       "--max-rows", "1000", "--workers", "2"], st.parent / "serve.log")
    yield url
    stop(proc)


def parse(resp: httpx.Response, fmt: str):
    return rdflib.query.Result.parse(source=io.BytesIO(resp.content), format=fmt)


@pytest.mark.parametrize("accept,fmt", [
    ("application/sparql-results+json", "json"), ("application/sparql-results+xml", "xml"),
    ("text/csv", "csv"), ("text/tab-separated-values", "tsv")])
def test_select_in_every_format(server, accept, fmt):
    r = httpx.get(server + "/sparql", params={"query": TOP}, headers={"Accept": accept})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith(accept)
    rows = [[str(v) for v in row] for row in parse(r, fmt)]
    assert len(rows) == 5 and {"MT-Bench", "AlpacaEval"} <= {row[0] for row in rows}


def test_post_bodies(server):
    r = httpx.post(server + "/sparql", content=TOP,
                   headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/sparql-results+json"
    assert len(r.json()["results"]["bindings"]) == 5
    r = httpx.post(server + "/sparql", data={"query": TOP}, headers={"Accept": "text/csv"})
    assert r.status_code == 200 and r.text.splitlines()[0] == "l,n"
    r = httpx.post(server + "/sparql", content=TOP, headers={"Content-Type": "text/plain"})
    assert r.status_code == 415


def test_ask_construct_describe(server):
    r = httpx.get(server + "/sparql", params={"query": 'ASK { ?b rdfs:label "MT-Bench" }'})
    assert r.json() == {"head": {}, "boolean": True}
    q = ("PREFIX lg: <https://w3id.org/litgraph/ns#>\n"
         "CONSTRUCT { ?b rdfs:label ?l } WHERE { ?b a lg:Benchmark ; rdfs:label ?l }")
    r = httpx.get(server + "/sparql", params={"query": q}, headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    g = rdflib.Graph().parse(data=r.text, format="turtle")
    assert any(str(o) == "MT-Bench" for o in g.objects())
    r = httpx.get(server + "/sparql", params={
        "query": "DESCRIBE <https://w3id.org/litgraph/id/entity/mtbench>"},
        headers={"Accept": "application/n-triples"})
    assert r.status_code == 200 and r.headers["content-type"] == "application/n-triples"
    g = rdflib.Graph().parse(data=r.text, format="nt")
    assert len(g) >= 3 and rdflib.Literal("MT-Bench") in set(g.objects())


def test_update_refused(server):
    upd = "INSERT DATA { <http://e/a> <http://e/b> <http://e/c> }"
    for resp in (
        httpx.post(server + "/sparql", content=upd,
                   headers={"Content-Type": "application/sparql-update"}),
        httpx.post(server + "/sparql", data={"update": upd}),
        httpx.get(server + "/sparql", params={"query": upd}),
        httpx.post(server + "/sparql", content="PREFIX e: <http://e/>\nDELETE WHERE { ?s ?p ?o }",
                   headers={"Content-Type": "application/sparql-query"}),
    ):
        assert resp.status_code == 403
        assert "read-only" in resp.text
    r = httpx.get(server + "/sparql", params={"query": "ASK { <http://e/a> ?p ?o }"})
    assert r.json()["boolean"] is False


def test_malformed_query_is_400_with_message(server):
    r = httpx.get(server + "/sparql", params={"query": "SELECT ?s WHERE {\n ?s ?p }"})
    assert r.status_code == 400
    assert "syntax error" in r.text and "2:" in r.text
    r = httpx.get(server + "/sparql")
    assert r.status_code == 400 and "missing query" in r.text


def test_timeout_enforced_and_server_recovers(server):
    t0 = time.monotonic()
    r = httpx.get(server + "/sparql", params={"query": SLOW}, timeout=60)
    assert r.status_code == 503 and "time limit" in r.text
    assert time.monotonic() - t0 < 30
    for _ in range(4):  # the killed worker was replaced: every worker answers
        assert httpx.get(server + "/sparql", params={"query": TOP}).status_code == 200


def test_result_size_limit(server):
    r = httpx.get(server + "/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert r.status_code == 200
    assert len(r.json()["results"]["bindings"]) == 1000
    assert r.headers["x-litgraph-truncated"] == "true"


def test_cors(server):
    r = httpx.get(server + "/sparql", params={"query": TOP},
                  headers={"Origin": "https://yasgui.example"})
    assert r.headers["access-control-allow-origin"] == "*"
    r = httpx.options(server + "/sparql", headers={
        "Origin": "https://yasgui.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert r.status_code == 200 and "POST" in r.headers["access-control-allow-methods"]


def test_pages_and_canned_queries(server):
    r = httpx.get(server + "/")
    assert r.status_code == 200 and "<textarea" in r.text and "leaderboard" in r.text
    assert httpx.get(server + "/graph.html").status_code == 200
    listing = httpx.get(server + "/queries").json()
    assert {q["name"] for q in listing} == set(lq.canned_names())
    r = httpx.get(server + "/queries/leaderboard.rq")
    assert "$benchmark" in r.text
    r = httpx.get(server + "/queries/papers-on-benchmark", params={"benchmark": "mt-bench"},
                  headers={"Accept": "text/csv"})
    assert r.status_code == 200 and len(r.text.splitlines()) > 3
    r = httpx.get(server + "/queries/leaderboard", params={"benchmark": "Nope Bench"})
    assert r.status_code == 400 and "no entity named" in r.text


def test_serves_graph_files_without_store(sample_out, tmp_path):
    proc, url = start(["--out", str(sample_out), "--workers", "1"], tmp_path / "serve.log")
    try:
        r = httpx.get(url + "/sparql", params={"query": TOP, "format": "tsv"})
        assert r.status_code == 200 and r.text.startswith("?l\t?n")
    finally:
        stop(proc)


def test_load_eight_clients_ten_seconds(server, bench_record):
    """8 concurrent clients for 10 s: zero errors; latencies written to bench/."""
    queries = []
    for name in ("top-benchmarks", "papers-on-benchmark", "leaderboard", "two-hop",
                 "evidence", "aliases", "entity"):
        queries.append(lq.canned(name))
    texts = [TOP] + [lq.prepare(q) for q in queries if all(
        p.type not in ("entity", "paper", "node") or p.default == "*"
        for p in q.params.values())]
    lat: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + 10

    def client(i: int) -> None:
        with httpx.Client(base_url=server, timeout=30) as c:
            n = i
            while time.monotonic() < stop_at:
                q = queries[n % len(queries)]
                n += 1
                t0 = time.perf_counter()
                try:
                    if n % 2:
                        r = c.get(f"/queries/{q.name}", headers={"Accept": "text/csv"})
                    else:
                        r = c.post("/sparql", content=texts[n % len(texts)],
                                   headers={"Content-Type": "application/sparql-query"})
                    err = None if r.status_code == 200 else f"{r.status_code}: {r.text[:200]}"
                except httpx.HTTPError as exc:
                    err = repr(exc)
                dt = time.perf_counter() - t0
                with lock:
                    lat.append(dt)
                    if err:
                        errors.append(err)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors[:3]
    lat.sort()
    result = {
        "test": "tests/test_serve.py::test_load_eight_clients_ten_seconds",
        "graph": "bundled sample (346 papers), store", "clients": 8, "seconds": 10,
        "workers": 2, "cpus": os.cpu_count(), "requests": len(lat), "errors": len(errors),
        "requests_per_s": round(len(lat) / 10, 1),
        "p50_ms": round(1000 * statistics.median(lat), 2),
        "p99_ms": round(1000 * lat[min(len(lat) - 1, int(0.99 * len(lat)))], 2),
        "max_ms": round(1000 * lat[-1], 2),
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
    }
    bench_record("serve_load.json", result)
    assert len(lat) > 50
