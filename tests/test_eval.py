"""`litgraph eval`: the scorer on a toy gold file, the CLI, and the pinned held-out accuracy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from litgraph.cli import app
from litgraph.evaluate import PRF, evaluate_gold, evaluate_scierc, scierc_text

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"
BASELINE = ROOT / "tests" / "accuracy_baseline.json"
TOLERANCE = 0.02

TOY = [
    {"id": "toy-0", "split": "tune", "title": "FooNet: a model for image classification",
     "abstract": "We propose FooNet. FooNet is trained on ImageNet and achieves 91.5% accuracy "
                 "on CIFAR-10, and FooNet outperforms ResNet-50. Code: "
                 "https://github.com/example/foonet.",
     "arxiv_id": None,
     "entities": [
         {"name": "FooNet", "type": "Model", "role": "proposes", "aliases": []},
         {"name": "ImageNet", "type": "Dataset", "role": "uses", "aliases": []},
         {"name": "CIFAR10", "type": "Benchmark", "role": "evaluatesOn", "aliases": []},
         {"name": "ResNet-50", "type": "Model", "role": "comparesWith", "aliases": []},
         {"name": "accuracy", "type": "Metric", "role": "uses", "aliases": []},
         {"name": "image classification", "type": "Task", "role": "mentions", "aliases": []},
         {"name": "NotInTextNet", "type": "Model", "role": "uses", "aliases": []}],
     "outperforms": [{"subject": "FooNet", "object": "ResNet-50"}],
     "results": [{"subject": "FooNet", "benchmark": "CIFAR-10", "metric": "accuracy",
                  "value": 91.5}],
     "urls": ["https://github.com/example/foonet/"]},
]


@pytest.fixture(scope="module")
def toy_gold(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("gold") / "toy.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in TOY), encoding="utf-8")
    return path


def test_prf():
    p = PRF(tp=3, fp=1, fn=2)
    assert p.precision == 0.75 and p.recall == 0.6
    assert abs(p.f1 - 2 * 0.75 * 0.6 / 1.35) < 1e-9
    assert PRF().f1 == 0.0


def test_toy_scores(toy_gold):
    rep = evaluate_gold(toy_gold)
    s = rep["splits"]["tune"]["scores"]
    assert rep["splits"]["tune"]["papers"] == 1
    # Folded matching: "CIFAR10" (gold) = "CIFAR-10" (text); the missing model is a FN.
    named = s["entities.named"]
    assert named["fn"] >= 1 and named["tp"] >= 4
    assert s["urls"]["f1"] == 1.0  # trailing "/" ignored
    assert s["role.proposes"]["tp"] == 1
    fns = {f["name"] for f in rep["splits"]["tune"]["worst_false_negatives"]}
    assert "NotInTextNet" in fns
    rel = rep["splits"]["tune"]["reliability"]["links"]
    assert sum(r["count"] for r in rel if r["band"] != ">=0.8") == \
        named["tp"] + named["fp"] + s["type.Task"]["tp"] + s["type.Task"]["fp"] + \
        s["type.Metric"]["tp"] + s["type.Metric"]["fp"]


def test_cli_eval_writes_json(toy_gold, tmp_path):
    out = tmp_path / "eval.json"
    res = CliRunner().invoke(app, ["eval", "--gold", str(toy_gold), "--json", str(out)])
    assert res.exit_code == 0, res.output
    data = json.loads(out.read_text())
    assert data["gold"][0]["splits"]["tune"]["scores"]["urls"]["f1"] == 1.0
    assert "reliability" in res.output


def test_scierc_detokenise():
    text, spans = scierc_text(["A", "-LRB-", "B", "-RRB-", "c", "."])
    assert text == "A (B) c."
    assert [text[a:b] for a, b in spans] == ["A", "(", "B", ")", "c", "."]


def test_scierc_smoke(shared_dir):
    rep = evaluate_scierc(shared_dir / "data" / "scierc" / "dev.json", limit=5)
    assert rep["documents"] == 5
    assert rep["typed"]["tp"] + rep["typed"]["fn"] > 0


# -- pinned accuracy ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def gold_reports() -> dict:
    return {name: evaluate_gold(GOLD / f"{name}.jsonl") for name in ("sample", "other")}


@pytest.mark.parametrize("name", ["sample", "other"])
def test_heldout_accuracy_pinned(gold_reports, name):
    """Fail when a held-out F1 drops more than 0.02 below the recorded value."""
    baseline = json.loads(BASELINE.read_text())[name]
    scores = gold_reports[name]["splits"]["heldout"]["scores"]
    drops = {k: (scores[k]["f1"], v) for k, v in baseline["heldout_f1"].items()
             if scores[k]["f1"] < v - TOLERANCE}
    assert not drops, f"held-out F1 fell (now, recorded): {drops}"


@pytest.mark.parametrize("name", ["sample", "other"])
def test_high_confidence_is_precise(gold_reports, name):
    """Assertions with confidence >= 0.8 are right at least 90% of the time (recorded bar)."""
    baseline = json.loads(BASELINE.read_text())[name]
    for split in ("tune", "heldout"):
        row = gold_reports[name]["splits"][split]["reliability"]["links"][-1]
        assert row["band"] == ">=0.8"
        floor = baseline.get("high_conf_precision", {}).get(split, 0.9) - TOLERANCE
        if row["count"]:
            assert row["precision"] >= floor, (split, row)


def test_split_option_scores_only_that_split(toy_gold, tmp_path):
    rep = evaluate_gold(toy_gold, splits=("heldout",))
    assert rep["splits"] == {}  # the toy paper is a tuning paper: nothing scored
    out = tmp_path / "eval.json"
    res = CliRunner().invoke(app, ["eval", "--gold", str(toy_gold), "--split", "tune",
                                   "--json", str(out)])
    assert res.exit_code == 0, res.output
    assert set(json.loads(out.read_text())["gold"][0]["splits"]) == {"tune", "all"}
