"""Load a research-term model (made by :mod:`litgraph.terms.train`) and apply it.

SciERC-style terms (Luan et al., 2018, EMNLP): Task, Method, Metric and Material spans; the
model may also have learnt Generic and OtherScientificTerm, which are never output. For the
graph, types map to litgraph's (Material -> Dataset) and each term becomes a Mention with role
"mentions", rule "terms-model/mentions" and the per-type confidence measured on dev at
training time (its type vote is weighted down, so the named-entity rules' types win).

A model directory holds one spaCy pipeline, or several (``member-0``, ``member-1``, ...:
the same recipe trained with different seeds) that vote: a span is kept when at least
``min_votes`` members predict it (default: a majority), typed by the members' majority.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from litgraph.model import Evidence, Mention, Paper
from litgraph.terms import OUTPUT_LABELS, TO_LITGRAPH

META = "litgraph_terms.json"

#: Weight of a term's type in the corpus-level type vote, relative to its confidence.
TERM_TYPE_VOTE = 0.2


class TermModel:
    def __init__(self, nlps, meta: dict, min_votes: int | None = None) -> None:
        self.nlps = list(nlps) if isinstance(nlps, list | tuple) else [nlps]
        self.meta = meta
        self.confidence = {t: float(c) for t, c in meta.get("confidence", {}).items()}
        self.min_votes = min_votes or meta.get("min_votes") or len(self.nlps) // 2 + 1

    @property
    def nlp(self):
        return self.nlps[0]

    @classmethod
    def load(cls, directory: Path | str) -> TermModel:
        import spacy

        d = Path(directory)
        meta_path = d / META
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        if (d / "config.cfg").exists():
            return cls(spacy.load(d), meta)
        members = sorted(p for p in d.glob("member-*") if (p / "config.cfg").exists())
        if not members:
            raise ValueError(f"{d}: not a terms model (train one with `litgraph train-terms`)")
        return cls([spacy.load(p) for p in members], meta)

    def terms(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, label) of every span the model (or most of its members) predicts,
        any learnt label, sorted by start."""
        if len(self.nlps) == 1:
            return [(e.start_char, e.end_char, e.label_) for e in self.nlp(text).ents]
        votes: Counter[tuple[int, int]] = Counter()
        labels: dict[tuple[int, int], Counter[str]] = {}
        for nlp in self.nlps:
            for e in nlp(text).ents:
                sp = (e.start_char, e.end_char)
                votes[sp] += 1
                labels.setdefault(sp, Counter())[e.label_] += 1
        chosen: list[tuple[int, int]] = []
        for sp, n in sorted(votes.items(), key=lambda x: (-x[1], x[0][0] - x[0][1], x[0])):
            if n >= self.min_votes and all(sp[1] <= a or sp[0] >= b for a, b in chosen):
                chosen.append(sp)
        return sorted((s, e, labels[(s, e)].most_common(1)[0][0]) for s, e in chosen)

    def scierc_spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, SciERC type) of the output-type terms of `text`."""
        return [t for t in self.terms(text) if t[2] in OUTPUT_LABELS]

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
            for s, e, label in self.scierc_spans(text):
                conf = self.confidence.get(label, 0.5)
                sent = (sentence_of(field, s) if sentence_of else None) or text
                ev = Evidence(sentence=sent, start=s, end=e, rule="terms-model/mentions",
                              confidence=conf, field=field)
                # A small type vote: where the named-entity rules found the same name, their
                # type (Model, Benchmark...) wins the corpus-level vote over the term's.
                out.append(Mention(text=text[s:e], type=TO_LITGRAPH[label], role="mentions",
                                   evidence=ev, type_confidence=TERM_TYPE_VOTE * conf))
        return out
