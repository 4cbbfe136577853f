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


def test_build_store_bulk_loads_the_written_ntriples(stores, tmp_path, monkeypatch):
    """`build --store` writes graph.nt / graph-evidence.nt first and bulk-loads them: the same
    store content as generating the triples, and no triple is generated in Python for it."""
    from litgraph.export import rdf

    base, _ = stores
    out = tmp_path / "out"

    def write_nt(kg):
        rdf.write(kg, out / "graph.nt")
        rdf.write_evidence(kg, out / "graph-evidence.nt")
        monkeypatch.setattr(gstore, "quads", lambda *a: (_ for _ in ()).throw(
            AssertionError("triples generated again")))
        return out / "graph.nt", out / "graph-evidence.nt"

    path = tmp_path / "store"
    incremental.build_store(A, path, before_store=write_nt)
    assert content(path) == content(base / "a")
    with gstore.open_read(path) as s:
        assert gstore.stored_version(s)
    monkeypatch.undo()
    incremental.add([B], path)  # a bulk-loaded store takes adds like any other
    assert content(path) == content(base / "ab")


# -- incremental resolution: adds that change stored entities and papers ------------------------

def _ev(sentence: str, start: int = 0, conf: float = 0.8):
    from litgraph.model import Evidence

    return Evidence(sentence, start, start + 5, "test", conf)


def _mention(text, typ="Model", role="uses", conf=0.5, long_form=None, sentence="s", start=0):
    from litgraph.model import Mention

    return Mention(text, typ, role, _ev(sentence, start), long_form, conf)


# title -> (mentions, relations, results) of a made-up extraction
_SYNTH: dict = {}


def _synthetic(todo, state, jobs, on_progress, engine_options):
    from litgraph.model import Extraction

    out = {}
    for p in todo:
        mentions, relations, results = _SYNTH[p.title]
        out[p.key] = Extraction(p.key, list(mentions), list(relations), list(results), [])
    return out


def _jsonl(path: Path, titles: list[str]) -> Path:
    import json

    path.write_text("".join(json.dumps({"id": f"2601.{abs(hash(t)) % 90000 + 10000}",
                                        "title": t, "abstract": f"We study {t} " * 8}) + "\n"
                            for t in titles))
    return path


def _check_add_equals_full(tmp_path, monkeypatch, a: dict, b: dict) -> incremental.AddReport:
    from litgraph.model import RelationMention, ResultMention  # noqa: F401

    _SYNTH.clear()
    _SYNTH.update(a)
    _SYNTH.update(b)
    monkeypatch.setattr(incremental, "_extract", _synthetic)
    fa, fb = _jsonl(tmp_path / "a.jsonl", list(a)), _jsonl(tmp_path / "b.jsonl", list(b))
    kg_ab = incremental.build_store([fa, fb], tmp_path / "ab")
    incremental.build_store([fa], tmp_path / "inc")
    rep = incremental.add([fb], tmp_path / "inc")
    assert content(tmp_path / "inc") == content(tmp_path / "ab")
    rep2 = incremental.add([fb], tmp_path / "inc")  # again: nothing changes
    assert not rep2.changed and content(tmp_path / "inc") == content(tmp_path / "ab")
    return rep, kg_ab


def test_add_that_makes_an_abbreviation_ambiguous(tmp_path, monkeypatch):
    m = _mention
    a = {"Paper one": ([m("QRX", long_form="Quick Ranking eXpert", role="proposes")], [], []),
         "Paper two": ([m("QRX", role="uses", typ="Method"), m("Zorblax-9")], [], []),
         "Paper three": ([m("Quick Ranking eXpert"), m("QRX")], [], [])}
    b = {"Paper four": ([m("QRX", long_form="Queue Reordering eXtension", typ="Method")], [],
                        [])}
    rep, kg = _check_add_equals_full(tmp_path, monkeypatch, a, b)
    assert "qrx" in kg.entities  # ambiguous now: the bare short form is its own entity
    assert rep.deleted > 0


def test_add_that_defines_an_abbreviation(tmp_path, monkeypatch):
    m = _mention
    a = {"Paper one": ([m("QRX"), m("Zorblax-9")], [], []),
         "Paper two": ([m("QRX", role="evaluatesOn", typ="Benchmark")], [], [])}
    b = {"Paper three": ([m("QRX", long_form="Quick Ranking eXpert", role="proposes")], [],
                         [])}
    rep, kg = _check_add_equals_full(tmp_path, monkeypatch, a, b)
    assert "qrx" not in kg.entities and "quickrankingexpert" in kg.entities
    assert kg.entities["quickrankingexpert"].papers == 3


def test_add_that_changes_type_label_variants_based_on_and_metrics(tmp_path, monkeypatch):
    from litgraph.model import RelationMention, ResultMention

    m = _mention
    ft = "We fine-tune Zorblax-9 to get it."
    a = {"Paper one": ([m("Zorblax-9", role="uses", sentence=ft), m("Zorblax-9-7B"),
                        m("Frobnic", role="proposes")],
                       [RelationMention("Frobnic", "outperforms", "Zorblax-9", _ev("s"))],
                       [ResultMention("Frobnic", "Quuxbench", 71.5, _ev("r"), "Wobble score",
                                      None, "71.5")]),
         "Paper two": ([m("zorblax-9", conf=0.9), m("Wobble score", typ="Metric"),
                        m("Quuxbench", typ="Benchmark", role="evaluatesOn")], [], []),
         "Paper zz": ([m("Gadget", role="proposes"), m("Zorblax-9", role="uses", sentence=ft)],
                      [], [])}
    # B: more papers call Zorblax-9 a Method (type flips: variants, basedOn change), spell it
    # ZORBLAX-9 (label changes), and call "Wobble score" a benchmark (metric dropped)
    b = {f"Paper b{i}": ([m("ZORBLAX-9", typ="Method", conf=0.9),
                          m("Wobble score", typ="Benchmark", conf=0.9),
                          m("Gadget", role="proposes"),
                          m("ZORBLAX-9", typ="Method", conf=0.9, start=10)], [], [])
         for i in range(4)}
    b["Paper aa"] = ([m("Gadget", role="proposes"), m("Zorblax-9", role="uses", sentence=ft)],
                     [], [])
    _SYNTH.clear()
    _SYNTH.update(a)
    monkeypatch.setattr(incremental, "_extract", _synthetic)
    kg_a = incremental.build_store([_jsonl(tmp_path / "a0.jsonl", list(a))], tmp_path / "a0")
    rep, kg = _check_add_equals_full(tmp_path, monkeypatch, a, b)
    z_a, z = kg_a.entities["zorblax9"], kg.entities["zorblax9"]
    assert (z_a.type, z.type) == ("Model", "Method") and z_a.label != z.label
    assert kg_a.entities["zorblax97b"].variant_of == "zorblax9"
    assert kg.entities["zorblax97b"].variant_of is None
    assert kg_a.entities["gadget"].based_on == ["zorblax9"] and not kg.entities["gadget"].based_on
    assert kg_a.results[0].metric_key == "wobblescore" and kg.results[0].metric_key is None
