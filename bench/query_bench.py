"""SPARQL at scale: build the 112k-abstract corpus into a store, time every canned query, an
incremental add of 1,000 papers, the evidence layout, and a naive vs subquery two-hop join.

    /work/venv/bin/python bench/query_bench.py [--corpus DIR] [--work DIR] [--n N] [--jobs J]
                                               [--reuse] [--runs R]

Writes bench/query_results.json (and prints a summary). --n limits the corpus to its first N
records (for a quick run); --reuse keeps a store built by an earlier run in --work.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import statistics
import sys
import time
from pathlib import Path

import pyoxigraph as ox

from litgraph import incremental
from litgraph import query as lq
from litgraph import store as gstore

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "data" / "corpus"
ADD_N = 1000

# canned query -> (kind, goal in ms, parameters)
PLAN = {
    "papers-on-benchmark": ("bound", 50, {"benchmark": "MMLU"}),
    "leaderboard": ("bound", 50, {"benchmark": "MMLU"}),
    "entity": ("bound", 50, {"entity": "LoRA"}),
    "paper": ("bound", 50, {"paper": "2503.11731"}),
    "evidence": ("bound", 50, {"object": "MMLU", "predicate": "evaluatesOn",
                               "limit": "50"}),
    "aliases": ("aggregate", 1000, {}),
    "two-hop": ("aggregate", 1000, {"method": "LoRA"}),
    "methods-for-task": ("aggregate", 1000, {"task": "question answering"}),
    "top-benchmarks": ("aggregate", 1000, {}),
    "trends": ("aggregate", 1000, {}),
    "counts": ("aggregate", 1000, {}),
    "outperforms": ("aggregate", 1000, {}),
    "datasets-introduced": ("aggregate", 1000, {}),
    "code-links": ("aggregate", 1000, {}),
    "proposals": ("aggregate", 1000, {}),
}

NAIVE_TWO_HOP = """
PREFIX lg: <https://w3id.org/litgraph/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?label (COUNT(DISTINCT ?paper) AS ?papers) WHERE {
  ?method rdfs:label "LoRA" .
  ?paper ?r1 ?method .
  ?paper ?r2 ?benchmark .
  ?benchmark a lg:Benchmark ; rdfs:label ?label .
} GROUP BY ?label ORDER BY DESC(?papers) LIMIT 50
"""


def split_corpus(corpus: Path, work: Path, n: int | None) -> tuple[Path, Path, int]:
    """All records but the last ADD_N in base.jsonl.gz, those in extra.jsonl.gz."""
    lines = []
    for f in sorted(corpus.glob("*.jsonl.gz")):
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            lines.extend(fh)
            if n and len(lines) >= n + ADD_N:
                break
    if n:
        lines = lines[: n + ADD_N]
    base, extra = work / "base.jsonl.gz", work / "extra.jsonl.gz"
    with gzip.open(base, "wt", encoding="utf-8") as fh:
        fh.writelines(lines[:-ADD_N])
    with gzip.open(extra, "wt", encoding="utf-8") as fh:
        fh.writelines(lines[-ADD_N:])
    return base, extra, len(lines)


def timed(store: ox.Store, text: str, runs: int) -> dict:
    times, rows = [], 0
    for _ in range(runs):
        t0 = time.perf_counter()
        out = lq.execute(store, text)
        times.append((time.perf_counter() - t0) * 1000)
        rows = len(out)
    return {"p50_ms": round(statistics.median(times), 2), "max_ms": round(max(times), 2),
            "runs": runs, "rows": rows}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--work", type=Path, default=Path("/tmp/litgraph-query-bench"))
    ap.add_argument("--n", type=int, default=None)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--reuse", action="store_true")
    ap.add_argument("--out", type=Path, default=HERE / "query_results.json")
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    store_dir = args.work / "store"
    result: dict = {"corpus": str(args.corpus), "limit_n": args.n, "jobs": args.jobs,
                    "cpus": os.cpu_count(), "python": sys.version.split()[0],
                    "pyoxigraph": ox.__version__, "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
                    "load_average_at_start": [round(x, 1) for x in os.getloadavg()]}

    if not (args.reuse and gstore.is_store(store_dir)):
        base, extra, total = split_corpus(args.corpus, args.work, args.n)
        result["records"] = total
        shutil.rmtree(store_dir, ignore_errors=True)
        t0 = time.perf_counter()
        stages = {}
        kg = incremental.build_store([base], store_dir, jobs=args.jobs)
        stages["build_store_s"] = round(time.perf_counter() - t0, 1)
        result["build"] = {**stages, "papers": len(kg.papers),
                           "main_triples": sum(1 for _ in kg.triples()),
                           "evidence_triples": sum(1 for _ in kg.evidence_triples())}
        del kg
        print("build", result["build"], flush=True)
        t0 = time.perf_counter()
        rep = incremental.add([extra], store_dir, jobs=args.jobs)
        result["add_1000"] = {"seconds": round(time.perf_counter() - t0, 1),
                              "new_papers": rep.new_papers, "extracted": rep.extracted,
                              "deleted": rep.deleted, "inserted": rep.inserted,
                              "stages_s": {k: round(v, 2) for k, v in rep.seconds.items()}}
        print("add", result["add_1000"], flush=True)
    else:
        prev = json.loads(args.out.read_text()) if args.out.exists() else {}
        for k in ("records", "build", "add_1000", "build_load_average"):
            if k in prev:
                result[k] = prev[k]

    queries = {}
    with gstore.open_read(store_dir) as store:
        result["store_quads"] = len(store)
        for name, (kind, goal, params) in PLAN.items():
            q = lq.canned(name)
            try:
                text = lq.prepare(q, params, store)
            except lq.QueryError as exc:  # e.g. an entity missing from a --n subset
                queries[name] = {"kind": kind, "error": str(exc)}
                continue
            r = timed(store, text, args.runs)
            r.update(kind=kind, goal_ms=goal, params=params, meets_goal=r["p50_ms"] < goal
                     and r["max_ms"] < 5000)
            queries[name] = r
            print(f"{name:22s} {kind:9s} p50 {r['p50_ms']:9.1f} ms  max {r['max_ms']:9.1f} ms"
                  f"  rows {r['rows']}", flush=True)
        result["queries"] = queries
        result["two_hop"] = {"naive_join": timed(store, NAIVE_TWO_HOP, 3),
                             "with_subquery": timed(store, lq.prepare(
                                 lq.canned("two-hop"), {"method": "LoRA"}, store), 3)}
        print("two-hop", result["two_hop"], flush=True)
        db = gstore.database_path(store_dir)

    # evidence layout: the same main-graph queries with the evidence in the default graph
    flat_dir = args.work / "flat"
    shutil.rmtree(flat_dir, ignore_errors=True)
    src = ox.Store.read_only(str(db))
    flat = ox.Store(str(flat_dir))
    t0 = time.perf_counter()
    flat.bulk_extend(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
                     for q in src if q.graph_name != gstore.META_GRAPH)
    del src
    layout = {"flat_load_s": round(time.perf_counter() - t0, 1), "queries": {}}
    for name in ("top-benchmarks", "papers-on-benchmark", "two-hop", "trends", "aliases"):
        if "error" in queries.get(name, {"error": 1}):
            continue
        text = lq.prepare(lq.canned(name), PLAN[name][2], flat)
        layout["queries"][name] = {"evidence_named_graph_p50_ms": queries[name]["p50_ms"],
                                   "evidence_in_default_graph_p50_ms":
                                       timed(flat, text, args.runs)["p50_ms"]}
    del flat
    shutil.rmtree(flat_dir, ignore_errors=True)
    result["evidence_layout"] = layout
    result["load_average_at_end"] = [round(x, 1) for x in os.getloadavg()]
    print("layout", layout, flush=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print("wrote", args.out)


if __name__ == "__main__":
    main()
