"""The Dask engine on a real (local, 2-process) distributed cluster writes byte-identical
files to the local engine."""

from __future__ import annotations

import functools
import sys

import pytest

from litgraph.build import build
from litgraph.export import rdf

distributed = pytest.importorskip("distributed")

FILES = ("graph.nt", "graph.ttl", "graph-evidence.nt", "graph.graphml")


def _write(kg, out):
    from litgraph.export import graphml

    out.mkdir()
    rdf.write(kg, out / "graph.nt")
    rdf.write(kg, out / "graph.ttl")
    rdf.write_evidence(kg, out / "graph-evidence.nt")
    graphml.write(kg, out / "graph.graphml")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address=None,
                                  worker_dashboard_address=None) as c:
        yield c


def test_dask_engine_matches_local(tmp_path, cluster, monkeypatch):
    local = build(jobs=1)
    _write(local, tmp_path / "local")
    # Small batches, so the sample is spread over several tasks on both workers.
    from litgraph.engine import extract_all

    build_module = sys.modules["litgraph.build"]  # `litgraph.build` is the function
    monkeypatch.setattr(build_module, "extract_all", functools.partial(extract_all,
                                                                       batch_size=40))
    dask_kg = build(engine="dask", scheduler=cluster.scheduler_address)
    _write(dask_kg, tmp_path / "dask")
    assert len(dask_kg.papers) == len(local.papers) > 100
    for name in FILES:
        a = (tmp_path / "local" / name).read_bytes()
        b = (tmp_path / "dask" / name).read_bytes()
        assert a == b, f"{name} differs between the local and dask engines"


def test_dask_engine_streams_in_order_over_many_tasks(cluster):
    from litgraph.build import sample_paths
    from litgraph.engine import extract_all
    from litgraph.ingest import ingest

    papers = ingest(sample_paths()).papers[:60]
    got = list(extract_all(papers, engine="dask", scheduler=cluster.scheduler_address,
                           batch_size=7))
    want = list(extract_all(papers, jobs=1))
    assert [e.paper_key for e in got] == [p.key for p in papers]
    assert got == want


def test_dask_engine_needs_a_scheduler():
    from litgraph.engine import extract_all

    with pytest.raises(ValueError, match="scheduler"):
        list(extract_all([], engine="dask"))
    with pytest.raises(ValueError, match="engine"):
        list(extract_all([], engine="spark"))


def test_files_are_read_on_the_workers(tmp_path, cluster):
    """read_dask parses each file in a worker task and returns exactly what local reading
    returns, problems included, in file order."""
    import json

    from distributed import Client

    from litgraph.build import sample_paths
    from litgraph.engine import read_dask
    from litgraph.ingest import read_records

    good = tmp_path / "a.jsonl"
    good.write_text(json.dumps({"title": "Worker Read", "abstract": "We propose FooNet, a model "
                                "for image classification trained on ImageNet data."}) + "\n"
                    + "{broken\n")
    paths = [good, *sample_paths()]
    with Client(cluster.scheduler_address, set_as_default=False) as client:
        got = list(read_dask(paths, client))
        tasks = client.run_on_scheduler(
            lambda dask_scheduler: sum(1 for t in dask_scheduler.transition_log
                                       if "_dask_read" in str(t[0])))
    assert got == list(read_records(paths))
    assert any(getattr(i, "line", None) == 2 and "broken JSON" in getattr(i, "message", "")
               for i in got)
    assert tasks > 0  # the files were parsed by worker tasks, not on the client
