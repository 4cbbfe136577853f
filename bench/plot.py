"""Draw bench/throughput.png from bench/results.jsonl: papers/s against corpus size, for the
extract stage and the whole pipeline, one line per --jobs, with the tokenizer floor.

    python bench/plot.py [--results bench/results.jsonl] [--out bench/throughput.png]

For each (n, jobs) the latest run counts. Flat lines mean cost grows linearly with the corpus.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def latest_runs(path: Path) -> dict[tuple[int, int], dict]:
    """The latest local run per (papers, jobs), from the same code version as the newest run
    (older versions' figures stay in the JSONL but are not mixed into one chart)."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    rows = [r for r in rows if r.get("engine", "local") == "local"]
    if not rows:
        return {}
    version = str(rows[-1].get("git", "")).split("+")[0]
    runs: dict[tuple[int, int], dict] = {}
    for r in rows:
        if str(r.get("git", "")).split("+")[0] == version:
            runs[(r["n"], r["jobs"])] = r
    return runs


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--results", default=str(HERE / "results.jsonl"))
    ap.add_argument("--out", default=str(HERE / "throughput.png"))
    args = ap.parse_args(argv)

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    runs = latest_runs(Path(args.results))
    fig, (ax, ax2) = plt.subplots(1, 2, figsize=(12, 5), dpi=110)
    for jobs in sorted({j for _, j in runs}):
        pts = sorted((n, r) for (n, j), r in runs.items() if j == jobs)
        ns = [n / 1000 for n, _ in pts]
        ax.plot(ns, [r["extract_papers_per_s"] for _, r in pts], "o-",
                label=f"extract, --jobs {jobs}")
        ax.plot(ns, [r["pipeline_papers_per_s"] for _, r in pts], "s--",
                label=f"whole build + all exports, --jobs {jobs}")
        ax2.plot(ns, [r.get("extract_papers_per_cpu_s") for _, r in pts], "o-",
                 label=f"extract, --jobs {jobs}")
    floors = sorted(((n, r) for (n, _), r in runs.items()
                     if r.get("tokenizer_floor_papers_per_cpu_s")), key=lambda nr: nr[0])
    if floors:
        ax2.plot([n / 1000 for n, _ in floors],
                 [r["tokenizer_floor_papers_per_cpu_s"] for _, r in floors], "kx", alpha=0.6,
                 label="tokenizer floor (spaCy blank en)")
        ax.plot([n / 1000 for n, _ in floors],
                [r["tokenizer_floor_papers_per_s"] for _, r in floors], "kx", alpha=0.6,
                label="tokenizer floor (spaCy blank en, 1 core)")
    machine = next(iter(runs.values()))["machine"] if runs else {}
    fig.suptitle(f"litgraph throughput vs corpus size ({machine.get('cpu', '?')}, "
                 f"{machine.get('cores', '?')} cores, shared machine)", fontsize=10)
    ax.set_title("papers / second (wall clock)", fontsize=9)
    ax2.set_title("papers / CPU-second (steady under load)", fontsize=9)
    for a in (ax, ax2):
        a.set_xlabel("papers (thousands)")
        a.set_ylim(bottom=0)
        a.grid(alpha=0.3)
        a.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(args.out)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
