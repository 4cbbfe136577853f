"""Reproducibly choose the papers of the annotated dev sets (run from the repo root).

sample: 90 of the 346 bundled sample papers, ordered by sha1 of their key; even positions
        are the tuning part, odd positions the held-out part.
other:  44 papers drawn with random.Random(2026) from ../shared/data/corpus/ (all fields);
        the first 20 drawn are the tuning part, the rest held-out.
Writes tests/gold/_todo_{sample,other}.jsonl: skeleton lines for annotators to complete.

`python tests/gold/select_papers.py pass3` chooses the third annotation pass, all tuning papers:
sample papers 130..189 in the same sha1 order, and 40 corpus papers drawn with
random.Random(2027) among those not already in other.jsonl (other-074..other-113).

`python tests/gold/select_papers.py pass4` chooses the fourth pass, all held-out papers (to
make the held-out scores less noisy; no rule is ever tuned on them): sample papers 190..249 in
the same sha1 order, and 30 corpus papers drawn with random.Random(2028) among those not
already in other.jsonl (other-114..other-143).

`python tests/gold/select_papers.py pass5` chooses the fifth pass, all tuning papers: the
remaining sample papers 250..345 in the same sha1 order (the whole sample is then annotated),
and 40 corpus papers drawn with random.Random(2029) among those not already in other.jsonl
(other-144..other-183). They were scored once before any rule was tuned on them.

`python tests/gold/select_papers.py pass6` chooses the sixth pass, tuning papers from the corpus
only (the sample is all annotated): 40 corpus papers drawn with random.Random(2030) among those
not already in other.jsonl (other-184..other-223), scored once before any rule was tuned on them.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import random
from pathlib import Path

from litgraph.ingest import ingest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "data" / "corpus"


def skeleton(pid: str, split: str, title: str, abstract: str, arxiv_id: str | None) -> dict:
    return {"id": pid, "split": split, "title": title, "abstract": abstract,
            "arxiv_id": arxiv_id, "entities": [], "outperforms": [], "results": [], "urls": []}


def main() -> None:
    papers = ingest([ROOT / "src" / "litgraph" / "sample" / "instruction-tuning"]).papers
    papers.sort(key=lambda p: hashlib.sha1(p.key.encode()).hexdigest())
    rows = [skeleton(f"sample-{i:03d}", "tune" if i % 2 == 0 else "heldout", p.title,
                     p.abstract, p.arxiv_id) for i, p in enumerate(papers[:90])]
    out = ROOT / "tests" / "gold"
    (out / "_todo_sample.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))

    records = []
    for f in sorted(CORPUS.glob("*.jsonl.gz")):
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            records.extend(json.loads(line) for line in fh)
    picked = random.Random(2026).sample(records, 44)
    rows = [skeleton(f"other-{i:03d}", "tune" if i < 20 else "heldout", r["title"],
                     r["abstract"], r["id"]) for i, r in enumerate(picked)]
    (out / "_todo_other.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))


def later_pass(name: str, split: str, sample: range, seed: int, n_other: int,
               first_other: int) -> None:
    """A later annotation pass: the next sample papers in sha1 order and `n_other` corpus
    papers not yet in other.jsonl, all of one split."""
    out = ROOT / "tests" / "gold"
    papers = ingest([ROOT / "src" / "litgraph" / "sample" / "instruction-tuning"]).papers
    papers.sort(key=lambda p: hashlib.sha1(p.key.encode()).hexdigest())
    rows = [skeleton(f"sample-{i:03d}", split, papers[i].title, papers[i].abstract,
                     papers[i].arxiv_id) for i in sample]
    (out / f"_todo_sample{name}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))

    # Papers annotated before this pass (so that re-running an earlier pass reproduces it).
    earlier = (json.loads(line) for line in (out / "other.jsonl").open())
    taken = {r["arxiv_id"] for r in earlier if int(r["id"].split("-")[1]) < first_other}
    records = []
    for f in sorted(CORPUS.glob("*.jsonl.gz")):
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            records.extend(json.loads(line) for line in fh)
    pool = [r for r in records if r["id"] not in taken]
    picked = random.Random(seed).sample(pool, n_other)
    rows = [skeleton(f"other-{i:03d}", split, r["title"], r["abstract"], r["id"])
            for i, r in enumerate(picked, start=first_other)]
    (out / f"_todo_other{name}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))


if __name__ == "__main__":
    import sys

    if sys.argv[1:] == ["pass3"]:
        later_pass("3", "tune", range(130, 190), 2027, 40, 74)
    elif sys.argv[1:] == ["pass4"]:
        later_pass("4", "heldout", range(190, 250), 2028, 30, 114)
    elif sys.argv[1:] == ["pass5"]:
        later_pass("5", "tune", range(250, 346), 2029, 40, 144)
    elif sys.argv[1:] == ["pass6"]:
        later_pass("6", "tune", range(346, 346), 2030, 40, 184)
    else:
        main()
