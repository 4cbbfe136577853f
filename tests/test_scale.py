"""Small-scale checks of the scaling machinery (the real figures come from bench/run.py)."""

from __future__ import annotations

import functools
import itertools
import sys

from litgraph.build import STAGES, build, sample_paths
from litgraph.engine import batches, extract_all
from litgraph.export import rdf
from litgraph.ingest import ingest
from litgraph.model import Paper


def _files(kg, out):
    out.mkdir()
    for name in ("graph.nt", "graph.ttl"):
        rdf.write(kg, out / name)
    for name in ("graph-evidence.nt", "graph-evidence.ttl"):
        rdf.write_evidence(kg, out / name)
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


def test_jobs2_output_is_byte_identical_to_jobs1(tmp_path, monkeypatch):
    one = _files(build(jobs=1), tmp_path / "one")
    # Small batches so the sample really is split between the two workers.
    monkeypatch.setattr(sys.modules["litgraph.build"], "extract_all",
                        functools.partial(extract_all, batch_size=30))
    two = _files(build(jobs=2), tmp_path / "two")
    assert one.keys() == two.keys()
    for name in one:
        assert one[name] == two[name], name


def test_extraction_streams_lazily():
    """The engine pulls papers batch by batch: the first results arrive before an endless
    input is exhausted, so memory does not grow with the corpus."""
    papers = ingest(sample_paths()).papers[:5]
    endless = itertools.cycle(papers)
    first = list(itertools.islice(extract_all(endless, jobs=1), 12))
    assert [e.paper_key for e in first] == [p.key for p in itertools.islice(
        itertools.cycle(papers), 12)]


def test_batches_cover_input_in_order():
    papers = [Paper(key=f"k{i}", title="t", abstract="a") for i in range(11)]
    got = list(batches(papers, 4))
    assert [len(b) for b in got] == [4, 4, 3]
    assert [p.key for b in got for p in b] == [p.key for p in papers]


def test_build_reports_stages_in_order():
    seen: list[str] = []
    kg = build(on_stage=seen.append)
    assert tuple(seen) == STAGES
    assert kg.papers


def test_evidence_sentences_are_shared_not_copied():
    kg = build()
    by_text: dict[str, set[int]] = {}
    for lk in kg.links:
        by_text.setdefault((lk.paper_key, lk.evidence.sentence), set()).add(
            id(lk.evidence.sentence))
    assert all(len(ids) == 1 for ids in by_text.values())
