"""The optional research-term model (litgraph.terms): train a tiny one on SciERC train, load it,
extract typed spans, score it with `litgraph eval --terms-model` and build with it.

Only a smoke test (50 training documents, 2 epochs): the real numbers come from the full run
recorded in bench/scierc_terms.json (see docs/accuracy.md, "SciERC research terms").
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from litgraph.cli import app
from litgraph.evaluate import evaluate_scierc
from litgraph.terms import TO_LITGRAPH
from litgraph.terms.model import TermModel
from litgraph.terms.train import read_examples

ADDED = Path(__file__).parent / "fixtures" / "added_papers.jsonl"


@pytest.fixture(scope="module")
def scierc(shared_dir):
    return shared_dir / "data" / "scierc"


@pytest.fixture(scope="module")
def tiny_model(scierc, tmp_path_factory):
    out = tmp_path_factory.mktemp("terms") / "model"
    res = CliRunner().invoke(app, [
        "train-terms", "--scierc-train", str(scierc / "train.json"), "--out", str(out),
        "--scierc-dev", str(scierc / "dev.json"), "--limit", "50", "--epochs", "3",
        "--patience", "3", "--learn-rate", "0.005", "--batch-size", "4"])
    assert res.exit_code == 0, res.output
    return out


def test_read_examples_align(scierc):
    rows = read_examples(scierc / "dev.json", limit=3)
    assert len(rows) == 3
    for text, ents in rows:
        assert ents
        for (s, e, typ), nxt in zip(ents, ents[1:] + [(len(text), 0, "")]):
            assert 0 <= s < e <= nxt[0] <= len(text)  # sorted, no overlaps
            assert text[s:e].strip() == text[s:e]
            assert typ in ("Task", "Method", "Metric", "Material", "OtherScientificTerm",
                           "Generic")


def test_train_load_extract(tiny_model, scierc):
    meta = json.loads((tiny_model / "litgraph_terms.json").read_text())
    assert meta["train_documents"] == 50
    assert 1 <= len(meta["history"]) <= 3
    assert "dev_typed" in meta["history"][0]
    assert "SciERC" in meta["what"]
    tm = TermModel.load(tiny_model)
    text = ("We present a statistical machine translation system that uses phrase-based "
            "models and report BLEU scores on the Europarl corpus for the translation task.")
    train_text = read_examples(scierc / "train.json", limit=1)[0][0]
    assert tm.spans(train_text)  # 3 epochs on 50 abstracts: it has learnt something
    spans = tm.spans(text)
    for s, e, typ in spans:
        assert 0 <= s < e <= len(text)
        assert typ in TO_LITGRAPH.values()
    for _s, _e, typ in tm.scierc_spans(text):
        assert typ in TO_LITGRAPH


def test_eval_reports_numbers(tiny_model, scierc, tmp_path):
    rep = evaluate_scierc(scierc / "dev.json", limit=5, terms_model=tiny_model)
    assert rep["terms_model"] == str(tiny_model)
    assert rep["documents"] == 5
    for k in ("precision", "recall", "f1"):
        assert 0.0 <= rep["typed"][k] <= 1.0
    js = tmp_path / "ev.json"
    res = CliRunner().invoke(app, ["eval", "--scierc", str(scierc / "dev.json"),
                                   "--terms-model", str(tiny_model), "--json", str(js)])
    assert res.exit_code == 0, res.output
    reports = json.loads(js.read_text())["scierc"]
    assert [r["terms_model"] for r in reports] == [None, str(tiny_model)]
    assert reports[1]["documents"] == 50


def test_eval_terms_model_needs_scierc(tiny_model):
    res = CliRunner().invoke(app, ["eval", "--gold", "x.jsonl", "--terms-model",
                                   str(tiny_model)])
    assert res.exit_code == 2


def test_build_with_terms(tiny_model, tmp_path):
    from litgraph.build import build
    from litgraph.terms.model import TermModel

    src = tmp_path / "p.jsonl"
    src.write_text(json.dumps({
        "title": "Neural machine translation with attention",
        "abstract": "We propose an attention-based encoder-decoder model for machine "
                    "translation. Experiments on the WMT corpus show gains in BLEU score."})
        + "\n")
    base = build([src])
    kg = build([src], terms_model=tiny_model)
    assert len(kg.links) >= len(base.links)
    tm = TermModel.load(tiny_model)
    mentions = tm.mentions(kg.papers[0])
    for m in mentions:
        assert m.role == "mentions" and m.evidence.rule == "terms-model/mentions"
        assert 0.0 < m.evidence.confidence < 1.0
    term_links = [lk for lk in kg.links if lk.evidence.rule == "terms-model/mentions"]
    assert len(term_links) <= len(mentions)


def test_voting_members(tiny_model, scierc, tmp_path):
    import shutil

    from litgraph.terms.train import combine_members

    out = tmp_path / "ens"
    for i in range(3):
        shutil.copytree(tiny_model, out / f"member-{i}")
    meta = combine_members(out, scierc / "dev.json")
    assert meta["members"] == 3 and meta["min_votes"] == 2
    one, ens = TermModel.load(tiny_model), TermModel.load(out)
    text = read_examples(scierc / "train.json", limit=1)[0][0]
    assert ens.spans(text) == one.spans(text)  # identical members agree with one model
    assert meta["best_dev_typed_f1"] == json.loads(
        (tiny_model / "litgraph_terms.json").read_text())["best_dev_typed_f1"]


def test_store_build_and_add_with_terms(tiny_model, tmp_path):
    """`build --store --terms-model` records the model in the store; `add` extracts the new
    papers with it, so the store equals one built from all the papers at once."""
    from litgraph import store as gstore
    from litgraph.incremental import build_store

    rows = ADDED.read_text(encoding="utf-8").splitlines()
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text("\n".join(rows[:20]) + "\n", encoding="utf-8")
    second.write_text("\n".join(rows[20:]) + "\n", encoding="utf-8")
    st = tmp_path / "st"
    r = CliRunner().invoke(app, ["build", str(first), "-o", str(tmp_path / "out"), "--store",
                                 str(st), "--no-html", "--terms-model", str(tiny_model)])
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(app, ["add", str(second), "--store", str(st)])
    assert r.exit_code == 0, r.output
    build_store([first, second], tmp_path / "all", terms_model=tiny_model)
    with gstore.open_read(st) as s:
        added = gstore.dump_nquads(s)
    with gstore.open_read(tmp_path / "all") as s:
        assert added == gstore.dump_nquads(s)
    assert any("terms-model/mentions" in q for q in added)  # the model's terms are in it


def test_add_needs_the_recorded_terms_model(tiny_model, tmp_path):
    import shutil

    from litgraph.incremental import add, build_store

    model = tmp_path / "model"
    shutil.copytree(tiny_model, model)
    build_store([ADDED], tmp_path / "st", terms_model=model)
    shutil.rmtree(model)
    new = tmp_path / "new.jsonl"
    new.write_text(json.dumps({"title": "A new paper", "abstract": "We study BLEU."}) + "\n",
                   encoding="utf-8")
    with pytest.raises(OSError, match="no longer there"):
        add([new], tmp_path / "st")
