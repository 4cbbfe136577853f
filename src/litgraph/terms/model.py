"""Load a research-term model (made by :mod:`litgraph.terms.train`) and apply it.

SciERC-style terms (Luan et al., 2018, EMNLP): Task, Method, Metric and Material spans; the
model may also have learnt Generic and OtherScientificTerm, which are never output. For the
graph, types map to litgraph's (Material -> Dataset) and each term becomes a Mention with role
"mentions", rule "terms-model" and the per-type confidence measured on dev at training time.
"""

from __future__ import annotations

import json
from pathlib import Path

from litgraph.model import Evidence, Mention, Paper
from litgraph.terms import OUTPUT_LABELS, TO_LITGRAPH

META = "litgraph_terms.json"


class TermModel:
    def __init__(self, nlp, meta: dict) -> None:
        self.nlp = nlp
        self.meta = meta
        self.confidence = {t: float(c) for t, c in meta.get("confidence", {}).items()}

    @classmethod
    def load(cls, directory: Path | str) -> TermModel:
        import spacy

        d = Path(directory)
        if not (d / "config.cfg").exists():
            raise ValueError(f"{d}: not a terms model (train one with `litgraph train-terms`)")
        meta_path = d / META
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        return cls(spacy.load(d), meta)

    def scierc_spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, SciERC type) of the output-type terms of `text`."""
        doc = self.nlp(text)
        return [(e.start_char, e.end_char, e.label_) for e in doc.ents
                if e.label_ in OUTPUT_LABELS]

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, litgraph type) of the terms of `text`."""
        return [(s, e, TO_LITGRAPH[t]) for s, e, t in self.scierc_spans(text)]

    def mentions(self, paper: Paper, sentence_of=None) -> list[Mention]:
        """The terms of a paper's title and abstract as role-"mentions" Mentions.

        `sentence_of(field, start)` gives the evidence sentence; default: the whole field."""
        out = []
        for field, text in (("title", paper.title), ("abstract", paper.abstract)):
            if not text:
                continue
            doc = self.nlp(text)
            for e in doc.ents:
                if e.label_ not in OUTPUT_LABELS:
                    continue
                conf = self.confidence.get(e.label_, 0.5)
                sent = sentence_of(field, e.start_char) if sentence_of else None
                if sent is None:
                    sent = e.sent.text if doc.has_annotation("SENT_START") else text
                ev = Evidence(sentence=sent, start=e.start_char, end=e.end_char,
                              rule="terms-model/mentions", confidence=conf, field=field)
                out.append(Mention(text=e.text, type=TO_LITGRAPH[e.label_], role="mentions",
                                   evidence=ev, type_confidence=conf))
        return out
