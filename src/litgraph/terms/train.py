"""Train a research-term model from a SciERC-format file (DyGIE JSON lines).

SciERC (Luan et al., 2018, EMNLP; https://aclanthology.org/D18-1360/) annotates every
scientific term of 500 AI abstracts as Task, Method, Metric, Material, OtherScientificTerm or
Generic. Each document is detokenised (:func:`litgraph.evaluate.scierc_text`) and re-tokenised
with litgraph's blank-English tokenizer, so training sees exactly the tokens the model meets in
use; the gold spans are carried over by character offsets.

The model is spaCy's transition-based NER on a hash-embedding CNN (`spacy.HashEmbedCNN`),
trained from scratch with `nlp.update` on minibatches. After each epoch it is scored on the dev
file with the mention-level SciERC scorer (:func:`litgraph.evaluate.score_scierc`); the best
epoch is kept and training stops after `patience` epochs without improvement. Never pass the
test split here: it is for scoring only.

The model directory holds the spaCy pipeline plus ``litgraph_terms.json``: the training
history, and per-type precision on dev, used as each output type's confidence.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable
from pathlib import Path

from litgraph.terms import OUTPUT_LABELS

#: Learnt by default: the four output types plus the two SciERC types that are never output
#: (learning them tells the model what is *not* a Method/Task/...: measured better on dev).
DEFAULT_LABELS = ("Task", "Method", "Metric", "Material", "OtherScientificTerm", "Generic")

META = "litgraph_terms.json"


def read_examples(path: Path | str, labels=DEFAULT_LABELS, limit: int | None = None
                  ) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """(text, [(start, end, label)]) per document; overlapping spans: the longest kept."""
    from litgraph.evaluate import read_scierc, scierc_text

    out = []
    keep = set(labels)
    for doc in read_scierc(path, limit):
        tokens = [t for sent in doc["sentences"] for t in sent]
        text, spans = scierc_text(tokens)
        ents = sorted({(spans[s][0], spans[e][1], typ) for sent in doc["ner"]
                       for s, e, typ in sent if typ in keep},
                      key=lambda x: (x[0] - x[1], x[0]))
        chosen: list[tuple[int, int, str]] = []
        for s, e, typ in ents:
            if all(e <= cs or s >= ce for cs, ce, _ in chosen):
                chosen.append((s, e, typ))
        out.append((text, sorted(chosen)))
    return out


def _blank():
    import spacy

    return spacy.blank("en")


def _examples(nlp, rows):
    from spacy.training import Example

    out = []
    for text, ents in rows:
        doc = nlp.make_doc(text)
        spans = []
        for s, e, typ in ents:
            span = doc.char_span(s, e, label=typ, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        ref = nlp.make_doc(text)
        try:
            ref.ents = spans
        except ValueError:  # two spans expanded onto one token: keep the first of each
            ref.ents = [sp for i, sp in enumerate(spans)
                        if all(sp.end <= o.start or sp.start >= o.end for o in spans[:i])]
        out.append(Example(doc, ref))
    return out


def train(train_path: Path | str, out_dir: Path | str, dev_path: Path | str | None = None, *,
          epochs: int = 30, patience: int = 5, labels=DEFAULT_LABELS, limit: int | None = None,
          width: int = 96, depth: int = 4, embed_size: int = 2000, dropout: float = 0.2,
          batch_size: int = 8, seed: int = 0,
          on_epoch: Callable[[dict], None] | None = None) -> dict:
    """Train on `train_path` (optionally its first `limit` documents), pick the epoch with the
    best typed mention F1 on `dev_path` (or the last epoch without a dev file) and write the
    model to `out_dir`. Returns the metadata written to ``out_dir/litgraph_terms.json``."""
    import spacy
    from spacy.util import fix_random_seed, minibatch

    from litgraph.evaluate import read_scierc, score_scierc
    from litgraph.terms.model import TermModel

    fix_random_seed(seed)
    rng = random.Random(seed)
    t0 = time.perf_counter()
    rows = read_examples(train_path, labels, limit)
    nlp = _blank()
    nlp.add_pipe("ner", config={"model": {
        "@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner",
        "extra_state_tokens": False, "hidden_width": 64, "maxout_pieces": 2,
        "use_upper": True, "nO": None,
        "tok2vec": {"@architectures": "spacy.HashEmbedCNN.v2", "pretrained_vectors": None,
                    "width": width, "depth": depth, "embed_size": embed_size,
                    "window_size": 1, "maxout_pieces": 3, "subword_features": True}}})
    examples = _examples(nlp, rows)
    optimizer = nlp.initialize(lambda: examples)
    dev_docs = read_scierc(dev_path) if dev_path else None
    out = Path(out_dir)
    history: list[dict] = []
    best = (-1.0, 0)
    stale = 0
    for epoch in range(1, epochs + 1):
        te = time.perf_counter()
        rng.shuffle(examples)
        losses: dict = {}
        for batch in minibatch(examples, size=batch_size):
            nlp.update(batch, drop=dropout, sgd=optimizer, losses=losses)
        row = {"epoch": epoch, "loss": round(losses.get("ner", 0.0), 2),
               "train_seconds": round(time.perf_counter() - te, 1)}
        if dev_docs is not None:
            with nlp.select_pipes(enable=["ner"]), nlp.use_params(optimizer.averages):
                tm = TermModel(nlp, {})
                dev = score_scierc(dev_docs, tm.scierc_spans)
            row["dev_typed"] = dev["typed"]
            row["dev_untyped_f1"] = dev["untyped"]["f1"]
            row["dev_per_type_precision"] = {t: d["precision"]
                                             for t, d in dev["per_type"].items()}
            f1 = dev["typed"]["f1"]
            if f1 > best[0]:
                best, stale = (f1, epoch), 0
                with nlp.use_params(optimizer.averages):
                    nlp.to_disk(out)
                best_row = row
            else:
                stale += 1
        history.append(row)
        if on_epoch:
            on_epoch(row)
        if dev_docs is not None and stale >= patience:
            break
    if dev_docs is None:
        with nlp.use_params(optimizer.averages):
            nlp.to_disk(out)
        best_row = history[-1]
        best = (None, history[-1]["epoch"])
    confidence = {t: 0.5 for t in OUTPUT_LABELS}
    for t, p in best_row.get("dev_per_type_precision", {}).items():
        # shrunk towards 0.5 like litgraph's rule confidences
        confidence[t] = round(0.5 + 0.9 * (p - 0.5), 3)
    meta = {
        "what": "litgraph research-term model (spaCy NER, HashEmbedCNN), trained on SciERC "
                "(Luan et al., 2018, EMNLP) for evaluation and research use inside litgraph; "
                "do not redistribute",
        "train_file": str(train_path), "train_documents": len(rows),
        "dev_file": str(dev_path) if dev_path else None,
        "labels": list(labels), "output_labels": sorted(OUTPUT_LABELS),
        "hyperparameters": {"width": width, "depth": depth, "embed_size": embed_size,
                            "dropout": dropout, "batch_size": batch_size, "seed": seed,
                            "epochs": epochs, "patience": patience},
        "best_epoch": best[1], "best_dev_typed_f1": best[0],
        "confidence": confidence, "history": history,
        "seconds": round(time.perf_counter() - t0, 1), "spacy": spacy.__version__,
    }
    (out / META).write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    return meta
