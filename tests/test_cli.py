"""The `litgraph` command as a user runs it: build the sample, report bad input, stats."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ABSTRACT = ("We propose FooNet, a new model for image classification trained on ImageNet. "
            "FooNet outperforms ResNet-50 on ImageNet.")


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "litgraph.cli", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def test_build_sample_prints_summary_and_writes_files(tmp_path: Path):
    proc = run(["build"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "417 records -> 346 papers (71 duplicates merged)" in proc.stdout
    for word in ("entities", "Model", "Benchmark", "relations", "proposes", "files"):
        assert word in proc.stdout
    assert "extracting" in proc.stderr  # the progress bar
    for name in ("graph.ttl", "graph.nt", "graph.graphml", "graph.html"):
        assert (tmp_path / "output" / name).stat().st_size > 0

    stats = run(["stats"], tmp_path)
    assert stats.returncode == 0, stats.stderr
    assert "Paper" in stats.stdout and "346" in stats.stdout and "GPT-4" in stats.stdout


def test_bad_records_are_reported_and_good_ones_kept(tmp_path: Path):
    f = tmp_path / "mixed.jsonl"
    f.write_text(json.dumps({"title": "Good", "abstract": ABSTRACT}) + "\n{broken\n")
    proc = run(["build", str(f), "--out", "out", "--no-html"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "mixed.jsonl:2" in proc.stderr and "broken JSON" in proc.stderr
    assert "1 records -> 1 papers" in proc.stdout
    assert (tmp_path / "out" / "graph.ttl").exists()


def test_nothing_usable_exits_non_zero(tmp_path: Path):
    f = tmp_path / "bad.jsonl"
    f.write_text("{broken\n" + json.dumps({"title": "No abstract"}) + "\n")
    proc = run(["build", str(f), "--out", "out"], tmp_path)
    assert proc.returncode == 1
    assert "bad.jsonl:1" in proc.stderr and "bad.jsonl:2" in proc.stderr
    assert "no usable papers" in proc.stderr
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_missing_file_and_bad_format_option(tmp_path: Path):
    proc = run(["build", "nope.jsonl", "--out", "out"], tmp_path)
    assert proc.returncode == 1 and "file not found" in proc.stderr
    proc = run(["build", "--format", "xml"], tmp_path)
    assert proc.returncode == 2 and "unknown --format" in proc.stderr


def test_stats_without_build_says_what_to_do(tmp_path: Path):
    proc = run(["stats"], tmp_path)
    assert proc.returncode == 1 and "litgraph build" in proc.stderr


def test_thesaurus_and_stoplist(tmp_path: Path):
    f = tmp_path / "p.jsonl"
    f.write_text(json.dumps({"title": "T", "abstract": ABSTRACT}) + "\n")
    thes = tmp_path / "thesaurus.txt"
    thes.write_text("label\treplace by\nFooNet\tFoo Network\nResNet-50\t\n")
    stop = tmp_path / "stop.txt"
    stop.write_text("ImageNet\n")
    import litgraph

    kg = litgraph.build([f], thesaurus=thes, stoplist=stop)
    labels = {e.label for e in kg.entities.values()}
    assert "Foo Network" in labels and "FooNet" not in labels
    assert "ResNet-50" not in labels and "ImageNet" not in labels
    plain = {e.label for e in litgraph.build([f]).entities.values()}
    assert {"FooNet", "ResNet-50", "ImageNet"} <= plain


def test_python_api_mirrors_cli(sample_kg):
    import networkx as nx
    import rdflib

    assert isinstance(sample_kg.nx, nx.MultiDiGraph)
    assert isinstance(sample_kg.rdf, rdflib.Graph)
    assert sample_kg.summary()["papers"] == 346
