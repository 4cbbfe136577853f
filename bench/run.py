"""litgraph benchmark: build N papers of the real arXiv corpus and time every stage.

    python bench/run.py                 # the whole corpus (112,832 papers), --jobs 1
    python bench/run.py --n 10000 --jobs 2
    python bench/run.py --n 2000 --no-html --keep out/   # keep the output files

Prints, per stage (ingest, extract, resolve, graph, each export, store): seconds, papers/s and
peak RSS (this process, and this process plus its worker processes), and in the same run the
floor it is measured against: spaCy's blank English tokenizer over the same texts on one core.
The key figure is extractor throughput as a fraction of that floor, which holds on a noisy
machine. One JSON line per run is appended to bench/results.jsonl; `bench/plot.py` draws
bench/throughput.png from it. Never run in CI.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_CORPUS = (ROOT / ".." / "shared" / "data" / "corpus").resolve()
RESULTS = HERE / "results.jsonl"


# -- memory ---------------------------------------------------------------------------------------


def _rss_mb(pid: int | str = "self") -> float:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _children(pid: int) -> list[int]:
    """All descendants of `pid` (worker processes), from /proc."""
    kids: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        kids.setdefault(ppid, []).append(int(d))
    out, todo = [], [pid]
    while todo:
        for k in kids.get(todo.pop(), []):
            out.append(k)
            todo.append(k)
    return out


class Sampler(threading.Thread):
    """Samples RSS of this process and of its children every `interval` seconds and keeps the
    peak of each per stage."""

    def __init__(self, interval: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.interval = interval
        self.stage = "start"
        self.peaks: dict[str, tuple[float, float]] = {}
        self._halt = threading.Event()
        self._lock = threading.Lock()

    def set_stage(self, name: str) -> None:
        with self._lock:
            self.stage = name
        self.sample()

    def sample(self) -> None:
        me = _rss_mb()
        kids = _children(os.getpid())
        total = me + sum(_rss_mb(k) for k in kids)
        with self._lock:
            a, b = self.peaks.get(self.stage, (0.0, 0.0))
            self.peaks[self.stage] = (max(a, me), max(b, total))

    def run(self) -> None:
        while not self._halt.wait(self.interval):
            self.sample()

    def stop(self) -> None:
        self._halt.set()
        self.join()


# -- corpus ---------------------------------------------------------------------------------------


def corpus_files(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.iterdir() if p.name.endswith((".jsonl.gz", ".jsonl")))


def subset(corpus: Path, n: int | None, tmp: Path) -> tuple[list[Path], int]:
    """The input paths for N papers: the corpus itself for all of it, else N records spread
    evenly over the whole corpus (both files, all years), written to one gzip JSONL file."""
    files = corpus_files(corpus)

    def lines():
        for f in files:
            with gzip.open(f, "rt", encoding="utf-8") if f.suffix == ".gz" else f.open() as fh:
                yield from fh

    total = sum(1 for _ in lines())
    if n is None or n >= total:
        return files, total  # the data files only (a directory would also read README.md)
    keep = {k * total // n for k in range(n)}
    path = tmp / f"corpus-{n}.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=1) as out:
        for i, line in enumerate(lines()):
            if i in keep:
                out.write(line)
    return [path], n


# -- machine --------------------------------------------------------------------------------------


def machine() -> dict:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = 0.0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem = int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    import spacy

    return {"cpu": cpu, "cores": os.cpu_count(), "ram_gb": round(mem, 1),
            "python": platform.python_version(), "spacy": spacy.__version__,
            "platform": platform.platform()}


def git_rev() -> str:
    try:
        rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                               cwd=ROOT, capture_output=True, text=True).stdout.strip()
        return rev + ("+dirty" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


# -- the floor ------------------------------------------------------------------------------------


def cpu_seconds() -> tuple[float, float]:
    """CPU time of (this process, its reaped children: pool workers are reaped when the pool
    closes). On a shared machine papers per CPU-second is steadier than papers/s."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


def tokenizer_floor(papers) -> tuple[float, float]:
    """Papers/s (wall clock, and per CPU-second) of spaCy's blank English tokenizer over the
    same title+abstract texts, one core: no extractor beats it, since it is the first step of
    the extractor's pipeline."""
    import spacy

    nlp = spacy.blank("en")
    texts = [t for p in papers for t in (p.title, p.abstract)]
    for _ in nlp.tokenizer.pipe(texts[:200]):  # warm the tokenizer cache a little
        pass
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in nlp.tokenizer.pipe(texts, batch_size=1000):
        pass
    return (len(papers) / (time.perf_counter() - t0),
            len(papers) / (time.process_time() - c0))


# -- the run --------------------------------------------------------------------------------------


def run(args: argparse.Namespace) -> dict:
    tmp_root = Path(tempfile.mkdtemp(prefix="litgraph-bench-"))
    try:
        return _run(args, tmp_root)
    finally:
        shutil.rmtree(tmp_root, ignore_errors=True)


def _run(args: argparse.Namespace, tmp_root: Path) -> dict:
    from litgraph.build import build
    from litgraph.export import WRITERS

    out_dir = Path(args.keep) if args.keep else tmp_root / "out"
    out_dir.mkdir(parents=True, exist_ok=True)
    paths, _ = subset(Path(args.corpus), args.n, tmp_root)

    sampler = Sampler()
    sampler.start()
    marks: list[tuple[str, float, tuple[float, float]]] = []

    def on_stage(name: str) -> None:
        marks.append((name, time.perf_counter(), cpu_seconds()))
        sampler.set_stage(name)

    t_start = time.perf_counter()
    kg = build(paths, jobs=args.jobs, engine=args.engine, scheduler=args.scheduler,
               on_stage=on_stage)
    # no separate networkx stage: GraphML, GEXF and CSV read the KnowledgeGraph directly;
    # graph.html builds `kg.nx` (its cost is in that stage)
    n = len(kg.papers)

    names = [w for w in WRITERS if not (args.no_html and w == "graph.html")]
    names = [w for w in names if w.rsplit(".", 1)[-1] not in args.skip and w not in args.skip]
    sizes = {}
    for name in names:
        on_stage(name)
        WRITERS[name](kg, out_dir / name)
        sizes[name] = (out_dir / name).stat().st_size
    store_note = None
    try:
        from litgraph import incremental
        from litgraph import store as gstore
    except ImportError:
        store_note = "not available (litgraph.store missing)"
    else:
        if "store" not in args.skip:
            on_stage("store")
            state = incremental.new_state(kg.base)
            state.resolved = kg.resolved
            nt = (out_dir / "graph.nt", out_dir / "graph-evidence.nt")
            if {"graph.nt", "graph-evidence.nt"} <= set(names):  # as `build --store` does
                gstore.create_from_files(out_dir / "store", *nt, state)
                how = "bulk-loaded from graph.nt + graph-evidence.nt"
            else:
                gstore.create(out_dir / "store", kg.triples(), kg.evidence_triples(), state)
                how = "triples generated in Python"
            store_note = f"{how} + resolved state (without the per-paper extraction cache)"
    marks.append(("end", time.perf_counter(), cpu_seconds()))
    sampler.stop()
    total_s = marks[-1][1] - t_start

    stages = {}
    for (name, t0, c0), (_, t1, c1) in zip(marks, marks[1:]):
        rss, rss_all = sampler.peaks.get(name, (0.0, 0.0))
        sec, cpu_main, cpu = t1 - t0, c1[0] - c0[0], c1[0] + c1[1] - c0[0] - c0[1]
        stages[name] = {"seconds": round(sec, 3), "cpu_seconds": round(cpu, 3),
                        "cpu_seconds_main": round(cpu_main, 3),
                        "papers_per_s": round(n / sec, 1) if sec else None,
                        "papers_per_cpu_s": round(n / cpu, 1) if cpu > 0 else None,
                        "peak_rss_mb": round(rss), "peak_rss_with_workers_mb": round(rss_all)}

    floor, floor_cpu = (None, None) if args.no_floor else tokenizer_floor(kg.papers)
    extract_pps = stages["extract"]["papers_per_s"]
    extract_cpu = stages["extract"]["papers_per_cpu_s"]
    self_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    summary = kg.summary()
    result = {
        "time": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "git": git_rev(),
        "machine": machine(),
        "n": n,
        "records": summary["records"],
        "jobs": args.jobs,
        "engine": args.engine,
        "stages": stages,
        "total_seconds": round(total_s, 2),
        "pipeline_papers_per_s": round(n / total_s, 1),
        "extract_papers_per_s": extract_pps,
        "extract_papers_per_s_per_job": round(extract_pps / max(args.jobs, 1), 1),
        "extract_papers_per_cpu_s": extract_cpu,
        "tokenizer_floor_papers_per_s": round(floor, 1) if floor else None,
        "tokenizer_floor_papers_per_cpu_s": round(floor_cpu, 1) if floor_cpu else None,
        "extract_cpu_vs_floor_cpu": round(extract_cpu / floor_cpu, 4) if floor_cpu else None,
        "load_average": os.getloadavg(),
        "extract_vs_floor": round(extract_pps / floor, 4) if floor else None,
        "extract_per_job_vs_floor": round(extract_pps / max(args.jobs, 1) / floor, 4)
        if floor else None,
        "peak_rss_mb": round(max(v["peak_rss_with_workers_mb"] for v in stages.values())),
        "maxrss_self_mb": round(self_peak),
        "maxrss_children_mb": round(kids_peak),
        "entities": sum(summary["entities"].values()),
        "links": len(kg.links),
        "file_mb": {k: round(v / 1e6, 1) for k, v in sizes.items()},
        "store": store_note,
    }
    return result


def report(r: dict) -> str:
    load = ", ".join(f"{x:.1f}" for x in r["load_average"])
    lines = [f"litgraph bench: {r['n']} papers, --jobs {r['jobs']} ({r['engine']}), "
             f"git {r['git']}",
             f"machine: {r['machine']['cpu']}, {r['machine']['cores']} cores, "
             f"{r['machine']['ram_gb']} GB, load average at the end {load}",
             f"{'stage':<22}{'seconds':>9}{'CPU s':>8}{'papers/s':>10}{'/CPU-s':>9}"
             f"{'RSS MB':>8}{'+workers':>9}"]
    for name, s in r["stages"].items():
        pps = f"{s['papers_per_s']:.0f}" if s["papers_per_s"] else "-"
        ppc = f"{s['papers_per_cpu_s']:.0f}" if s["papers_per_cpu_s"] else "-"
        lines.append(f"{name:<22}{s['seconds']:>9.2f}{s['cpu_seconds']:>8.2f}{pps:>10}{ppc:>9}"
                     f"{s['peak_rss_mb']:>8}{s['peak_rss_with_workers_mb']:>9}")
    lines.append(f"{'total':<22}{r['total_seconds']:>9.2f}{r['pipeline_papers_per_s']:>11.0f}"
                 f"{r['peak_rss_mb']:>9}")
    if r["tokenizer_floor_papers_per_s"]:
        lines.append(f"tokenizer floor (spaCy blank 'en', 1 core): "
                     f"{r['tokenizer_floor_papers_per_s']:.0f} papers/s "
                     f"({r['tokenizer_floor_papers_per_cpu_s']:.0f} per CPU-s); extract = "
                     f"{r['extract_vs_floor']:.1%} of it ({r['extract_per_job_vs_floor']:.1%} "
                     f"per job; {r['extract_cpu_vs_floor_cpu']:.1%} per CPU-second)")
    ex = r["stages"]["extract"]
    lines.append(f"extract CPU: {ex['cpu_seconds']:.1f} s in all, "
                 f"{ex['cpu_seconds_main']:.1f} s of it in the main process (feeding workers, "
                 f"unpickling results)")
    lines.append(f"store: {r['store']}")
    lines.append(f"entities {r['entities']}, links {r['links']}, files (MB) {r['file_mb']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=None, help="papers (default: the whole corpus)")
    ap.add_argument("--jobs", "-j", type=int, default=1)
    ap.add_argument("--engine", default="local", choices=("local", "dask"))
    ap.add_argument("--scheduler", default=None, help="Dask scheduler address (--engine dask)")
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    ap.add_argument("--results", default=str(RESULTS), help="JSONL file results append to")
    ap.add_argument("--no-floor", action="store_true", help="skip the tokenizer floor")
    ap.add_argument("--no-html", action="store_true", help="skip graph.html")
    ap.add_argument("--skip", nargs="*", default=[],
                    help="exports to skip, by file name or extension (e.g. gexf csv store)")
    ap.add_argument("--keep", default=None, help="write the output files here (kept)")
    ap.add_argument("--no-save", action="store_true", help="do not append to --results")
    args = ap.parse_args(argv)
    result = run(args)
    print(report(result), flush=True)
    if not args.no_save:
        with open(args.results, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(result, sort_keys=True) + "\n")
        print(f"appended to {args.results}", file=sys.stderr)


if __name__ == "__main__":
    main()
