"""`litgraph query` and the canned queries, run on the bundled sample (and a small dated
corpus for the per-year trends). Expected rows are computed from the built KnowledgeGraph's
Python objects, plus a few facts that are plainly in the sample (MT-Bench is a much-used
benchmark, LoRA is also called Low-Rank Adaptation...)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest
import rdflib
from typer.testing import CliRunner

from litgraph import query as lq
from litgraph import store as gstore
from litgraph.cli import app

ROOT = Path(__file__).resolve().parents[1]
ADDED = ROOT / "tests" / "fixtures" / "added_papers.jsonl"


@pytest.fixture(scope="module")
def db(sample_out):
    return gstore.load_files(sample_out)


@pytest.fixture(scope="module")
def dated(tmp_path_factory):
    """A store of 50-odd real arXiv papers with dates (2007-2025)."""
    from litgraph.incremental import build_store

    path = tmp_path_factory.mktemp("dated") / "store"
    kg = build_store([ADDED], path)
    with gstore.open_read(path) as store:
        yield kg, store


def run(store, name, **params):
    return lq.run(store, name, {k: str(v) for k, v in params.items()}).dicts()


def labels(kg, role_filter=None):
    return {k: e.label for k, e in kg.entities.items()}


# -- the library of canned queries ---------------------------------------------------------


def test_at_least_twelve_canned_queries_each_with_its_question():
    names = lq.canned_names()
    assert len(names) >= 12
    for q in lq.all_canned():
        assert q.question.endswith("?") or "?" in q.question, q.name
        for p in q.params.values():
            assert f"${p.name}" in q.text, (q.name, p.name)
    # one source of truth: the repository's queries/ is the package's queries/
    assert sorted(p.stem for p in (ROOT / "queries").glob("*.rq")) == names


@pytest.mark.parametrize("name", [n for n in lq.canned_names() if n != "trends"])
def test_every_canned_query_answers_on_the_sample(db, name):
    out = lq.run(db, name)
    assert out.kind == "select"
    assert len(out.rows) > 0, name


def test_top_benchmarks(db, sample_kg):
    rows = run(db, "top-benchmarks", limit=10)
    top = [r["label"] for r in rows]
    assert {"MT-Bench", "AlpacaEval"} <= set(top[:6])
    counts = [int(r["papers"]) for r in rows]
    assert counts == sorted(counts, reverse=True)
    for r in rows:
        key = r["benchmark"].rsplit("/", 1)[1]
        ent = sample_kg.entities[key]
        assert ent.type == "Benchmark" and int(r["papers"]) == ent.papers
        assert int(r["evaluatedOn"]) == sum(1 for lk in sample_kg.links if lk.entity_key == key
                                            and lk.role == "evaluatesOn")


def test_papers_on_benchmark(db, sample_kg):
    rows = run(db, "papers-on-benchmark", benchmark="MT-Bench")
    titles = {p.key: p.title for p in sample_kg.papers}
    expected = {(titles[lk.paper_key], lk.role) for lk in sample_kg.links
                if lk.entity_key == "mtbench" and lk.role != "mentions"}
    assert {(r["title"], r["role"]) for r in rows} == expected
    assert sum(r["role"] == "evaluatesOn" for r in rows) >= 3
    ranks = ["evaluatesOn", "uses", "comparesWith", "proposes"]
    assert [ranks.index(r["role"]) for r in rows] == sorted(ranks.index(r["role"]) for r in rows)
    # a name is matched case-insensitively and through aliases
    assert run(db, "papers-on-benchmark", benchmark="mt-bench") == rows


def test_proposals(db, sample_kg):
    rows = run(db, "proposals", limit=100000)
    titles = {p.key: p.title for p in sample_kg.papers}
    expected = {(titles[lk.paper_key], sample_kg.entities[lk.entity_key].label)
                for lk in sample_kg.links if lk.role == "proposes"}
    assert {(r["title"], r["label"]) for r in rows} == expected
    mine = run(db, "proposals", paper="Self-Instruct: Aligning Language Model with Self "
                                      "Generated Instructions")
    assert ("Self-Instruct", "Method") in {(r["label"], r["type"]) for r in mine}
    datasets = run(db, "proposals", type="Dataset", limit=100000)
    assert datasets and all(r["type"] == "Dataset" for r in datasets)


def _leaderboard(kg, key):
    return sorted((kg.entities[r.subject_key].label, float(r.value_text or r.value))
                  for r in kg.results if r.benchmark_key == key)


@pytest.mark.parametrize("bench", ["AlpacaEval", "MT-Bench"])
def test_leaderboard(db, sample_kg, bench):
    key = next(k for k, e in sample_kg.entities.items() if e.label == bench)
    expected = _leaderboard(sample_kg, key)
    if not expected:
        pytest.skip(f"no results extracted for {bench}")
    rows = run(db, "leaderboard", benchmark=bench)
    assert sorted((r["subject"], float(r["value"])) for r in rows) == expected
    by_metric = defaultdict(list)
    for r in rows:
        by_metric[r["metric"]].append(float(r["value"]))
        assert r["paperTitle"]
    for values in by_metric.values():
        assert values == sorted(values, reverse=True)


def test_outperforms(db, sample_kg):
    rows = run(db, "outperforms", limit=100000)
    lab = labels(sample_kg)
    claims = Counter((r.subject_key, r.object_key) for r in sample_kg.relations
                     if r.predicate == "outperforms")
    papers = defaultdict(set)
    for r in sample_kg.relations:
        if r.predicate == "outperforms":
            papers[(r.subject_key, r.object_key)].add(r.paper_key)
    assert {(r["winnerLabel"], r["loserLabel"], int(r["papers"])) for r in rows} == \
        {(lab[s], lab[o], len(papers[(s, o)])) for s, o in claims}
    beat_gpt4 = run(db, "outperforms", loser="GPT-4")
    assert beat_gpt4 and all(r["loserLabel"] == "GPT-4" for r in beat_gpt4)


def test_datasets_introduced(db, sample_kg):
    rows = run(db, "datasets-introduced", limit=100000)
    titles = {p.key: p.title for p in sample_kg.papers}
    expected = {(sample_kg.entities[lk.entity_key].label, titles[lk.paper_key])
                for lk in sample_kg.links
                if lk.role == "proposes" and sample_kg.entities[lk.entity_key].type == "Dataset"}
    assert {(r["label"], r["title"]) for r in rows} == expected
    for r in rows:
        key = r["dataset"].rsplit("/", 1)[1]
        users = {lk.paper_key for lk in sample_kg.links if lk.entity_key == key and
                 lk.role in ("uses", "evaluatesOn", "comparesWith")}
        users.discard(r["introducedIn"] and next(
            p.key for p in sample_kg.papers if sample_kg.paper_iri(p.key) == r["introducedIn"]))
        assert int(r["usedBy"]) == len(users)


def _cooccurring(kg, key, typ):
    papers = {lk.paper_key for lk in kg.links if lk.entity_key == key}
    c = Counter()
    for lk in kg.links:
        if lk.paper_key in papers and kg.entities[lk.entity_key].type == typ:
            c[kg.entities[lk.entity_key].label] += 1
    return c


def test_methods_for_task(db, sample_kg):
    assert sample_kg.entities["questionanswering"].type == "Task"
    rows = run(db, "methods-for-task", task="question answering", limit=1000)
    expected = _cooccurring(sample_kg, "questionanswering", "Method")
    assert {r["label"]: int(r["papers"]) for r in rows} == dict(expected)
    assert rows[0]["label"] == "instruction tuning"  # the sample is about instruction tuning


def test_aliases(db):
    lora = run(db, "aliases", entity="LoRA")
    assert len(lora) == 1 and lora[0]["type"] == "Method"
    assert "low-rank adaptation" in lora[0]["aliases"].lower()
    gpt4 = run(db, "aliases", entity="GPT-4")
    assert "GPT4" in gpt4[0]["aliases"].split(" | ")
    # an alias finds the entity too
    assert run(db, "aliases", entity="Low-Rank Adaptation")[0]["label"] == "LoRA"
    models = run(db, "aliases", type="Model", limit=20)
    assert models and all(r["type"] == "Model" for r in models)


def test_code_links(db, sample_kg):
    rows = run(db, "code-links")
    expected = {u.url for u in sample_kg.urls if "github.com/" in u.url.lower()}
    got = {r["link"] for r in rows}
    assert expected and expected <= got
    code_host = re.compile(r"^https?://(www\.)?(github\.com|gitlab\.com|bitbucket\.org|"
                           r"huggingface\.co|codeberg\.org)/", re.I)
    assert all(code_host.match(u) for u in got)
    assert len(got) >= 20


def test_trends_per_year(dated):
    kg, store = dated
    rows = run(store, "trends", type="*", min=1)
    dates = {p.key: p.date[:4] for p in kg.papers if p.date}
    expected = Counter()
    for lk in kg.links:
        if lk.paper_key in dates:
            expected[(kg.entities[lk.entity_key].label, dates[lk.paper_key])] += 1
    assert {(r["label"], r["year"]): int(r["papers"]) for r in rows} == dict(expected)
    years = {r["year"] for r in rows}
    assert "2025" in years and any(y < "2018" for y in years)
    bench = run(store, "trends", entity="MT-Bench")
    assert bench and {r["label"] for r in bench} == {"MT-Bench"}


def test_evidence(db, sample_kg):
    rows = run(db, "evidence")  # default: which sentences say a paper evaluates on MT-Bench
    expected = {(lk.paper_key, lk.evidence.sentence) for lk in sample_kg.links
                if lk.entity_key == "mtbench" and lk.role == "evaluatesOn"}
    iri_to_key = {sample_kg.paper_iri(p.key): p.key for p in sample_kg.papers}
    assert {(iri_to_key[r["paper"]], r["sentence"]) for r in rows} == expected
    for r in rows:
        assert int(r["charStart"]) < int(r["charEnd"])
        assert 0 < float(r["confidence"]) <= 1 and r["extractor"]
    claim = next(r for r in sample_kg.relations if r.predicate == "outperforms")
    lab = labels(sample_kg)
    rows = run(db, "evidence", subject=lab[claim.subject_key], predicate="outperforms",
               object=lab[claim.object_key])
    assert claim.evidence.sentence in {r["sentence"] for r in rows}


def test_two_hop(db, sample_kg):
    rows = run(db, "two-hop", method="instruction tuning", limit=1000)
    expected = _cooccurring(sample_kg, "instructiontuning", "Benchmark")
    assert {r["label"]: int(r["papers"]) for r in rows} == dict(expected)
    assert {"MT-Bench", "AlpacaEval"} <= {r["label"] for r in rows[:6]}


def test_entity_and_paper(db, sample_kg):
    rows = run(db, "entity", entity="lora")
    assert {r["label"] for r in rows} == {"LoRA"} and {r["type"] for r in rows} == {"Method"}
    assert len(rows) == sample_kg.entities["lora"].papers
    rows = run(db, "paper", paper="self-instruct: aligning language model with self "
                                  "generated instructions")
    assert ("proposes", "Self-Instruct") in {(r["role"], r["label"]) for r in rows}


def test_counts(db, sample_kg):
    rows = {r["type"]: int(r["count"]) for r in run(db, "counts")}
    s = sample_kg.summary()
    assert rows["Paper"] == s["papers"] and rows["Result"] == s["results"]
    for typ, n in s["entities"].items():
        assert rows.get(typ, 0) == n


# -- parameters, errors, formats ---------------------------------------------------------------


def test_parameter_errors(db):
    with pytest.raises(lq.QueryError, match="unknown parameter 'bench'"):
        lq.run(db, "leaderboard", {"bench": "MMLU"})
    with pytest.raises(lq.QueryError, match="no entity named 'No Such Benchmark'"):
        lq.run(db, "leaderboard", {"benchmark": "No Such Benchmark"})
    with pytest.raises(lq.QueryError, match="not an integer"):
        lq.run(db, "top-benchmarks", {"limit": "ten"})
    with pytest.raises(lq.QueryError, match="unknown class"):
        lq.run(db, "trends", {"type": "Gadget"})
    with pytest.raises(lq.QueryError, match="no canned query"):
        lq.load("no-such-query")
    with pytest.raises(lq.QueryError, match="name=value"):
        lq.parse_params(["benchmark"])


def test_string_parameters_are_escaped(db):
    q = lq.parse_header("inline", 'SELECT ?t WHERE { ?p dcterms:title ?t FILTER(?t = $t) }')
    text = lq.prepare(q, {"t": 'a" } ; DROP ALL #'}, db)
    assert lq.execute(db, text).rows == []


def test_syntax_error_has_line_and_column(db):
    with pytest.raises(lq.QueryError) as err:
        lq.run(db, "SELECT ?s WHERE {\n  ?s ?p \n}")
    assert err.value.line == 3 and err.value.column is not None
    assert f"3:{err.value.column}" in str(err.value) and "^" in str(err.value)


def test_update_is_refused(db):
    n = len(db)
    with pytest.raises(lq.QueryError, match="read-only"):
        lq.run(db, "PREFIX ex: <http://e/>\nINSERT DATA { ex:a ex:b ex:c }")
    assert len(db) == n


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_result_formats_parse_as_sparql_results(db, fmt):
    out = lq.run(db, "top-benchmarks", {"limit": "5"})
    data = lq.serialize(out, fmt)
    res = rdflib.query.Result.parse(source=__import__("io").BytesIO(data), format=fmt)
    assert [str(v) for v in res.vars] == out.variables
    got = [[str(x) if x is not None else None for x in row] for row in res]
    want = [[t.value if t is not None else None for t in row] for row in out.rows]
    assert got == want


def test_graph_and_ask_results(db):
    out = lq.run(db, "CONSTRUCT { ?b rdfs:label ?l } WHERE { ?b a lg:Benchmark ; "
                     "rdfs:label ?l } LIMIT 5")
    assert out.kind == "graph" and len(out.triples) == 5
    g = rdflib.Graph().parse(data=lq.serialize(out, "ttl").decode(), format="turtle")
    assert len(g) == 5
    ask = lq.run(db, 'ASK { ?b rdfs:label "MT-Bench" }')
    assert ask.kind == "ask" and ask.boolean is True
    assert json.loads(lq.serialize(ask, "json")) == {"head": {}, "boolean": True}


# -- the command line --------------------------------------------------------------------------


def test_cli_query_formats(sample_out, tmp_path):
    r = CliRunner().invoke(app, ["query", "top-benchmarks", "-o", str(sample_out),
                                 "--param", "limit=3", "--format", "csv"])
    assert r.exit_code == 0, r.output
    lines = r.stdout.strip().splitlines()
    assert lines[0] == "benchmark,label,papers,evaluatedOn" and len(lines) == 4
    r = CliRunner().invoke(app, ["query", "leaderboard", "-o", str(sample_out), "-f", "json",
                                 "-p", "benchmark=AlpacaEval"])
    assert r.exit_code == 0
    data = json.loads(r.stdout)
    assert "subject" in data["head"]["vars"]
    rq = tmp_path / "mine.rq"
    rq.write_text("# my question?\nSELECT (COUNT(*) AS ?n) WHERE { ?p a lg:Paper }\n")
    r = CliRunner().invoke(app, ["query", str(rq), "-o", str(sample_out), "-f", "tsv"])
    assert r.exit_code == 0 and r.stdout.splitlines()[0] == "?n"
    assert int(r.stdout.splitlines()[1]) > 300
    r = CliRunner().invoke(app, ["query", "SELECT ?l WHERE { ?e rdfs:label ?l } LIMIT 2",
                                 "-o", str(sample_out)])
    assert r.exit_code == 0 and "2 rows" in r.stderr
    r = CliRunner().invoke(app, ["query", "--list"])
    assert r.exit_code == 0 and "leaderboard" in r.stdout


def test_cli_query_syntax_error(sample_out):
    r = CliRunner().invoke(app, ["query", "SELECT ?x WHERE { ?x ?y }", "-o", str(sample_out)])
    assert r.exit_code == 2
    assert "1:" in r.stderr and "syntax error" in r.stderr


def test_cli_query_does_not_import_spacy(sample_out):
    code = ("import sys\nfrom typer.testing import CliRunner\nfrom litgraph.cli import app\n"
            f"r = CliRunner().invoke(app, ['query', 'counts', '-o', {str(sample_out)!r}])\n"
            "assert r.exit_code == 0, r.output\nprint('spacy' in sys.modules)\n")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert res.stdout.strip() == "False"
