"""Entity-to-entity claims: "X outperforms Y", "X surpasses Y and Z".

The subject is the last Model/Method named before the verb in the clause, or, for "our model
outperforms ...", "it surpasses ..." and the like, what the paper proposes. Objects are the
Models/Methods named after the verb up to the next clause break or benchmark phrase.
"""

from __future__ import annotations

from litgraph.extract import lexicon as lx
from litgraph.extract.names import Candidate

_SELF = frozenset(("our", "we", "it", "proposed", "this", "approach", "method", "model",
                   "framework", "which", "resulting"))
SYSTEM_TYPES = ("Model", "Method")


def find_outperforms(doc, cands: list[Candidate], sent_start: int, sent_end: int,
                     proposed: Candidate | None) -> list[tuple[Candidate, Candidate, int]]:
    """(subject, object, verb token index) triples in one sentence."""
    found = []
    in_sent = [c for c in cands if sent_start <= c.start < sent_end]
    for k in range(sent_start, sent_end):
        if doc[k].lower_ not in lx.OUTPERFORM_WORDS:
            continue
        before = [c for c in in_sent if c.end <= k and k - c.end <= 10 and
                  c.type in SYSTEM_TYPES]
        subject = before[-1] if before else None
        if subject is None and proposed is not None and any(
                doc[j].lower_ in _SELF for j in range(max(sent_start, k - 8), k)):
            subject = proposed
        if subject is None:
            continue
        for c in in_sent:
            if c.start <= k:
                continue
            between = [doc[j].lower_ for j in range(k + 1, c.start)]
            if any(w in (";", "while", "whereas", "but", "although") for w in between):
                break
            if c.type in ("Benchmark", "Dataset", "Task", "Metric") and "on" in between:
                break
            if c.type in SYSTEM_TYPES and c is not subject and (
                    c.canonical is None or c.canonical != subject.canonical):
                found.append((subject, c, k))
    return found
