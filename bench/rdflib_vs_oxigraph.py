"""rdflib's in-memory SPARQL engine vs Oxigraph on the same graph (the bundled sample's main
graph), same canned queries: why `litgraph query`/`serve` load the graph into pyoxigraph.

    /work/venv/bin/python bench/rdflib_vs_oxigraph.py      # writes bench/rdflib_vs_oxigraph.json
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
import rdflib

import litgraph
from litgraph import query as lq
from litgraph.export import rdf

HERE = Path(__file__).resolve().parent
QUERIES = {"top-benchmarks": {}, "papers-on-benchmark": {}, "two-hop": {},
           "methods-for-task": {}, "aliases": {}, "entity": {}}


def p50(fn, runs=5) -> float:
    ts = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        ts.append((time.perf_counter() - t0) * 1000)
    return round(statistics.median(ts), 2)


def main() -> None:
    kg = litgraph.build()
    with tempfile.TemporaryDirectory() as tmp:
        nt = Path(tmp) / "graph.nt"
        rdf.write(kg, nt)
        t0 = time.perf_counter()
        g = rdflib.Graph().parse(nt, format="nt")
        rdflib_load = time.perf_counter() - t0
        t0 = time.perf_counter()
        store = ox.Store()
        store.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES)
        ox_load = time.perf_counter() - t0
    rows = {}
    for name, params in QUERIES.items():
        text = lq.prepare(lq.canned(name), params, store)
        n_ox = len(lq.execute(store, text))
        n_rdflib = len(list(g.query(text)))
        rows[name] = {"oxigraph_p50_ms": p50(lambda t=text: lq.execute(store, t)),
                      "rdflib_p50_ms": p50(lambda t=text: list(g.query(t)), runs=3),
                      "rows_oxigraph": n_ox, "rows_rdflib": n_rdflib}
        rows[name]["speedup"] = round(rows[name]["rdflib_p50_ms"] /
                                      max(rows[name]["oxigraph_p50_ms"], 0.01), 1)
        print(name, rows[name], flush=True)
    out = {"graph": f"bundled sample main graph, {len(store)} triples",
           "load_s": {"rdflib": round(rdflib_load, 3), "pyoxigraph": round(ox_load, 3)},
           "queries": rows, "rdflib": rdflib.__version__, "pyoxigraph": ox.__version__,
           "when": time.strftime("%Y-%m-%dT%H:%M:%S")}
    (HERE / "rdflib_vs_oxigraph.json").write_text(json.dumps(out, indent=2) + "\n")


if __name__ == "__main__":
    main()
