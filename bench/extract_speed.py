"""Extraction speed of the default ("fast") profile on one core.

    /work/venv/bin/python bench/extract_speed.py [--n 5000] [--corpus FILE.jsonl.gz]

Reads the first N papers (title + abstract) of the corpus, builds the Extractor once (not
timed), then times `extract_many` over all of them in this process (one core) and writes
bench/extract_speed.json: wall-clock and CPU time of this process (the CPU figure is the
one-core throughput even when other jobs share the machine; `loadavg_1min` says how busy it
was). The target is >= 1,000 abstracts/s.

The first run starts from empty caches (spaCy's tokenizer cache, the rules' per-string
caches), as on unseen text; later runs of the same papers find all their tokens cached, so
`abstracts_per_cpu_s` (best run) is an upper bound and `first_run_per_cpu_s` the figure
for new text. `--before FILE` embeds an earlier result (e.g. of the previous code) as
"before".
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import time
from pathlib import Path

from litgraph.extract import Extractor
from litgraph.model import Paper

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1] / "shared" / "data" / "corpus" / "arxiv_cs_daily_2025-2026.jsonl.gz"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--profile", default="fast")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--out", type=Path, default=HERE / "extract_speed.json")
    ap.add_argument("--before", type=Path, default=None,
                    help="an earlier result JSON to keep under 'before'")
    args = ap.parse_args()

    papers = []
    with gzip.open(args.corpus, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if len(papers) >= args.n:
                break
            obj = json.loads(line)
            papers.append(Paper(f"bench:{i}", obj["title"], obj["abstract"]))
    chars = sum(len(p.title) + len(p.abstract) for p in papers)
    t0 = time.perf_counter()
    ex = Extractor(args.profile)
    setup = time.perf_counter() - t0
    runs, cpu_runs = [], []
    for _ in range(args.repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        n_mentions = sum(len(e.mentions) for e in ex.extract_many(papers))
        runs.append(time.perf_counter() - t0)
        cpu_runs.append(time.process_time() - c0)
    best = min(runs)
    best_cpu = min(cpu_runs)
    result = {
        "profile": args.profile, "papers": len(papers), "chars": chars,
        "corpus": args.corpus.name, "setup_s": round(setup, 3),
        "runs_s": [round(r, 3) for r in runs], "best_s": round(best, 3),
        "abstracts_per_s": round(len(papers) / best, 1),
        "cpu_s": [round(r, 3) for r in cpu_runs],
        "abstracts_per_cpu_s": round(len(papers) / best_cpu, 1),
        "first_run_per_cpu_s": round(len(papers) / cpu_runs[0], 1), "mentions": n_mentions,
        "loadavg_1min": round(os.getloadavg()[0], 2),
        "cpu": platform.processor() or platform.machine(), "python": platform.python_version(),
        "cores_used": 1, "cpu_count": os.cpu_count(),
    }
    if args.before is not None:
        before = json.loads(args.before.read_text(encoding="utf-8"))
        before.pop("before", None)
        result["before"] = before
    print(json.dumps(result, indent=1))
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
