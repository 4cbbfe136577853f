"""The persistent store: build --store, incremental add (A then B == A+B), locking, and crash
safety (kill -9 at the dangerous points of a build and of an add)."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from litgraph import incremental
from litgraph import store as gstore
from litgraph.build import SAMPLE_DIR
from litgraph.cli import app

ROOT = Path(__file__).resolve().parents[1]
B = ROOT / "tests" / "fixtures" / "added_papers.jsonl"
A = [SAMPLE_DIR]


def content(path) -> list[str]:
    with gstore.open_read(path) as s:
        return gstore.dump_nquads(s)


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    """Store of A+B built at once, and a pristine store of A (copied by each test)."""
    base = tmp_path_factory.mktemp("stores")
    incremental.build_store(A + [B], base / "ab")
    kg_a = incremental.build_store(A, base / "a")
    return base, kg_a


def copy_a(stores, tmp_path) -> Path:
    dst = tmp_path / "store"
    shutil.copytree(stores[0] / "a", dst, symlinks=True)
    return dst


def test_build_store_matches_the_graph_files(stores, sample_out):
    base, _ = stores
    files = gstore.load_files(sample_out)
    assert content(base / "a") == gstore.dump_nquads(files)
    with gstore.open_read(base / "a") as s:
        assert gstore.stored_version(s)
        main = sum(1 for _ in s.quads_for_pattern(None, None, None, gstore.MAIN_GRAPH))
        ev = sum(1 for _ in s.quads_for_pattern(None, None, None, gstore.EVIDENCE_GRAPH))
    assert main == sum(1 for _ in files.quads_for_pattern(None, None, None, gstore.MAIN_GRAPH))
    assert ev > main  # the evidence lives in its own named graph


def test_add_equals_building_all_at_once(stores, tmp_path):
    base, kg_a = stores
    path = copy_a(stores, tmp_path)
    rep = incremental.add([B], path)
    assert rep.new_papers >= 45 and rep.merged >= 2  # one record twice, one paper of A again
    assert rep.changed_papers >= 1  # ... which gains its arXiv id and date
    assert rep.extracted == rep.new_papers + rep.changed_papers  # never the stored papers
    assert rep.inserted > 0 and rep.deleted > 0
    assert content(path) == content(base / "ab")

    # adding B again changes nothing, and writes nothing
    state_files = sorted(p.name for p in (path / "current").iterdir())
    rep2 = incremental.add([B], path)
    assert (rep2.new_papers, rep2.changed_papers, rep2.extracted) == (0, 0, 0)
    assert not rep2.changed and rep2.inserted == rep2.deleted == 0
    assert sorted(p.name for p in (path / "current").iterdir()) == state_files
    assert content(path) == content(base / "ab")


def test_add_resolves_against_stored_entities(stores, tmp_path):
    base, kg_a = stores
    path = copy_a(stores, tmp_path)
    from litgraph import query as lq

    with gstore.open_read(path) as s:
        before = {r["label"]: int(r["papers"]) for r in
                  lq.run(s, "top-benchmarks", {"limit": "500"}).dicts()}
    incremental.add([B], path)
    with gstore.open_read(path) as s:
        after = {r["label"]: int(r["papers"]) for r in
                 lq.run(s, "top-benchmarks", {"limit": "500"}).dicts()}
        # one MT-Bench node, more papers on it; no second node for the new papers' spelling
        assert after["MT-Bench"] > before["MT-Bench"]
        n = lq.run(s, 'SELECT ?e WHERE { ?e rdfs:label|skos:altLabel ?l '
                      'FILTER(LCASE(STR(?l)) = "mt-bench") }')
        assert len({r["e"] for r in n.dicts()}) == 1
        # the paper of A that B lists again with its arXiv id: merged, not duplicated
        rows = lq.run(s, 'SELECT ?p ?d WHERE { ?p dcterms:title "What Makes Good Data for '
                         'Alignment? A Comprehensive Study of Automatic Data Selection in '
                         'Instruction Tuning" OPTIONAL { ?p dcterms:date ?d } }').dicts()
    assert len(rows) == 1 and rows[0]["p"].endswith("/paper/arxiv-2312.15685")
    assert rows[0]["d"] == "2023-12-25"


def test_cli_build_store_and_add(tmp_path):
    out, st = tmp_path / "out", tmp_path / "st"
    r = CliRunner().invoke(app, ["build", str(B), "-o", str(out), "--store", str(st),
                                 "--no-html"])
    assert r.exit_code == 0, r.output
    assert gstore.is_store(st) and (out / "graph.nt").exists()
    r = CliRunner().invoke(app, ["add", str(B), "--store", str(st)])
    assert r.exit_code == 0, r.output
    assert "unchanged" in r.stdout
    r = CliRunner().invoke(app, ["query", "counts", "--store", str(st), "-f", "csv"])
    assert r.exit_code == 0 and "Paper,49" in r.stdout
    r = CliRunner().invoke(app, ["add", str(B), "--store", str(tmp_path / "nothing")])
    assert r.exit_code == 1 and "not a litgraph store" in " ".join(r.stderr.split())


def test_store_locks(stores, tmp_path):
    path = copy_a(stores, tmp_path)
    with gstore.open_read(path):
        with gstore.open_read(path):  # readers share
            pass
        with pytest.raises(gstore.StoreError, match="another litgraph process"):
            incremental.add([B], path)
    (tmp_path / "notastore").mkdir()
    (tmp_path / "notastore" / "precious.txt").write_text("x")
    with pytest.raises(gstore.StoreError, match="not a litgraph store"):
        incremental.build_store([B], tmp_path / "notastore")


# -- crash safety ------------------------------------------------------------------------------

_HARNESS = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from litgraph import incremental, store

    op, point, path, files = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]

    def die(*a, **k):
        os.kill(os.getpid(), signal.SIGKILL)

    def after(fn):
        def wrapped(*a, **k):
            r = fn(*a, **k)
            die()
            return r
        return wrapped

    if point == "state-written":          # add: new state file on disk, database untouched
        store._write_state = after(store._write_state)
    elif point == "committed":            # add: transaction committed, old state not removed
        store._discard_state = die
    elif point == "mid-load":             # build: half-way through loading the new database
        orig = store.quads
        def quads(*a):
            for i, q in enumerate(orig(*a)):
                if i == 3000:
                    die()
                yield q
        store.quads = quads
    elif point == "before-publish":       # build: new generation complete, not yet live
        store._publish = die
    if op == "add":
        incremental.add(files, path)
    else:
        incremental.build_store(files, path)
""")


def _crash(op: str, point: str, path: Path, files: list[Path]) -> None:
    res = subprocess.run([sys.executable, "-c", _HARNESS, op, point, str(path),
                          *map(str, files)], capture_output=True, text=True, timeout=300)
    assert res.returncode == -signal.SIGKILL, res.stderr[-2000:]


@pytest.mark.parametrize("point,expect", [("state-written", "old"), ("committed", "new")])
def test_add_killed_leaves_store_usable(stores, tmp_path, point, expect):
    base, _ = stores
    path = copy_a(stores, tmp_path)
    old = content(path)
    _crash("add", point, path, [B])
    assert content(path) == (old if expect == "old" else content(base / "ab"))
    incremental.add([B], path)  # and the next add works, from whichever state it is in
    assert content(path) == content(base / "ab")
    states = [p.name for p in (path / "current").iterdir() if p.name.startswith("state-")]
    assert len(states) == 1


@pytest.mark.parametrize("point", ["mid-load", "before-publish"])
def test_build_killed_keeps_previous_store(stores, tmp_path, point):
    base, _ = stores
    path = copy_a(stores, tmp_path)
    old = content(path)
    _crash("build", point, path, [B])
    assert content(path) == old
    incremental.add([B], path)
    assert content(path) == content(base / "ab")
    assert [p.name for p in path.iterdir() if p.name.startswith(("gen-", ".tmp"))] == \
        [(path / "current").resolve().name]


def test_add_killed_at_a_random_moment(stores, tmp_path):
    """kill -9 from outside, while `litgraph add` runs: the store is before or after."""
    base, _ = stores
    path = copy_a(stores, tmp_path)
    old, new = content(path), content(base / "ab")
    proc = subprocess.Popen([sys.executable, "-m", "litgraph.cli", "add", str(B), "--store",
                             str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(2.0)
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    assert content(path) in (old, new)
    incremental.add([B], path)
    assert content(path) == new
