"""Train the research-term model on SciERC train (early stopping on dev), score it on test.

    /work/venv/bin/python bench/scierc_terms.py [--out DIR] [--init en_core_web_sm] [--seed 0]
    /work/venv/bin/python bench/scierc_terms.py --trained DIR   # score a model trained before

SciERC (Luan et al., 2018, EMNLP): ../shared/data/scierc/{train,dev,test}.json. Training uses
train.json only, epochs are chosen on dev.json, and test.json is scored once at the end (never
tuned on). Writes bench/scierc_terms.json: dev F1 per epoch, training time (wall and CPU),
test precision / recall / F1 (typed and untyped, per type) and the apply speed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from pathlib import Path

from litgraph.evaluate import evaluate_scierc
from litgraph.terms.train import train

HERE = Path(__file__).resolve().parent
SCIERC = HERE.parents[1] / "shared" / "data" / "scierc"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=HERE.parent / "output" / "scierc-terms")
    ap.add_argument("--scierc", type=Path, default=SCIERC)
    ap.add_argument("--init", default=None)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--members", type=int, default=3, help="Voting models (seeds seed...).")
    ap.add_argument("--epochs", type=int, default=60)
    ap.add_argument("--patience", type=int, default=10)
    ap.add_argument("--json", type=Path, default=HERE / "scierc_terms.json")
    ap.add_argument("--trained", type=Path, default=None,
                    help="Skip training: score this model directory (its litgraph_terms.json "
                         "holds the training history and time).")
    args = ap.parse_args()

    def on_epoch(row: dict) -> None:
        print(f"epoch {row['epoch']:>2} loss {row['loss']:>9.1f} {row['train_seconds']:>5.1f} s"
              f" dev typed F1 {row['dev_typed']['f1']:.4f}", flush=True)

    if args.trained is not None:
        args.out = args.trained
        meta = json.loads((args.out / "litgraph_terms.json").read_text(encoding="utf-8"))
        train_wall, train_cpu = meta["seconds"], None
    else:
        c0, t0 = time.process_time(), time.perf_counter()
        meta = train(args.scierc / "train.json", args.out, args.scierc / "dev.json",
                     epochs=args.epochs, patience=args.patience, seed=args.seed,
                     init=args.init, members=args.members, on_epoch=on_epoch)
        train_wall, train_cpu = time.perf_counter() - t0, time.process_time() - c0
    c1, t1 = time.process_time(), time.perf_counter()
    test = evaluate_scierc(args.scierc / "test.json", terms_model=args.out)
    test_wall, test_cpu = time.perf_counter() - t1, time.process_time() - c1
    dev = evaluate_scierc(args.scierc / "dev.json", terms_model=args.out)
    size = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
    members = meta.get("member_meta") or [meta]
    res = {
        "what": "litgraph research-term model (litgraph.terms) on SciERC (Luan et al., 2018): "
                "trained on train.json, best epoch of each member by typed dev F1, test "
                "scored at the end (never tuned on)",
        "init": meta["init"], "labels_learnt": meta["labels"],
        "members": len(members), "min_votes": meta.get("min_votes", 1),
        "member_runs": [{
            "seed": m["hyperparameters"]["seed"], "hyperparameters": m["hyperparameters"],
            "best_epoch": m["best_epoch"], "best_dev_typed_f1": m["best_dev_typed_f1"],
            "train_wall_s": m["seconds"],
            "dev_per_epoch": [{"epoch": r["epoch"], "loss": r["loss"],
                               "train_seconds": r["train_seconds"],
                               "dev_typed_f1": r["dev_typed"]["f1"],
                               "dev_typed_precision": r["dev_typed"]["precision"],
                               "dev_typed_recall": r["dev_typed"]["recall"],
                               "dev_untyped_f1": r["dev_untyped_f1"]} for r in m["history"]],
        } for m in members],
        "train_wall_s": round(train_wall, 1),
        "train_cpu_s": round(train_cpu, 1) if train_cpu is not None else None,
        "model_bytes": size, "confidence_per_type": meta["confidence"],
        "dev": {k: dev[k] for k in ("typed", "untyped", "per_type")},
        "test": {k: test[k] for k in ("documents", "typed", "untyped", "per_type")},
        "test_apply_wall_s": round(test_wall, 2), "test_apply_cpu_s": round(test_cpu, 2),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "loadavg_1min_end": round(os.getloadavg()[0], 2)},
    }
    args.json.write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")
    t = test["typed"]
    print(f"test typed P {t['precision']:.4f} R {t['recall']:.4f} F1 {t['f1']:.4f}; "
          f"training {train_wall:.0f} s wall; wrote {args.json}")


if __name__ == "__main__":
    main()
