"""Numeric results: "achieves 84.1% accuracy on GSM8K", "a 90.06% AlpacaEval win rate".

A score is a percentage, or a decimal in a sentence with a benchmark and a score word. Numbers
that are gains ("by 5%", "+3.2 points", "a 10% improvement"), sizes ("7B") or counts are not
results. The benchmark is the nearest Benchmark/Dataset name (preferring "on X" after the
number), the subject the nearest Model/Method before the number or what the paper proposes.
"""

from __future__ import annotations

import re

from litgraph.extract.names import Candidate

_NUMBER = re.compile(r"^\d{1,3}(\.\d+)?$")
_GAIN_BEFORE = frozenset(("by", "+", "of+", "up", "from", "to", "gains", "improvement", "boost",
                          "increase", "improves", "improved", "improving", "outperforms",
                          "surpasses", "only", "top", "over", "than", "around", "nearly",
                          "approximately", "roughly", "about", "under", "below", "just"))
_GAIN_AFTER = frozenset(("improvement", "improvements", "gain", "gains", "increase", "higher",
                         "lower", "better", "more", "fewer", "less", "relative", "absolute",
                         "of", "reduction", "decrease", "boost", "faster", "slower", "smaller",
                         "larger", "speedup", "points", "pp", "percentage", "times", "x",
                         "parameters", "params", "tokens", "samples", "examples", "data"))
_SCORE_WORDS = frozenset(("score", "scores", "accuracy", "achieves", "achieve", "achieving",
                          "reaches", "reaching", "attains", "obtains", "f1", "bleu", "rouge",
                          "rate", "pass@1", "em", "win", "scoring", "scored", "sets",
                          "record", "%"))


def find_results(doc, cands: list[Candidate], sent_start: int, sent_end: int,
                 proposed: Candidate | None) -> list[dict]:
    benches = [c for c in cands if sent_start <= c.start < sent_end and
               c.type in ("Benchmark", "Dataset")]
    if not benches:
        return []
    systems = [c for c in cands if sent_start <= c.start < sent_end and
               c.type in ("Model", "Method")]
    metrics = [c for c in cands if sent_start <= c.start < sent_end and c.type == "Metric"]
    words = {doc[k].lower_ for k in range(sent_start, sent_end)}
    out = []
    for k in range(sent_start, sent_end):
        tok = doc[k]
        if not _NUMBER.match(tok.text):
            continue
        pct = k + 1 < sent_end and doc[k + 1].text == "%"
        if not pct and ("." not in tok.text or not (words & _SCORE_WORDS)):
            continue
        prev = [doc[j].lower_ for j in range(max(sent_start, k - 2), k)]
        after_i = k + (2 if pct else 1)
        nxt = doc[after_i].lower_ if after_i < sent_end else ""
        if any(p in _GAIN_BEFORE for p in prev) or nxt in _GAIN_AFTER:
            continue
        if any(doc[j].text in ("+", "±") for j in range(max(sent_start, k - 1), k)):
            continue
        value = float(tok.text)
        if pct and value > 100:
            continue
        # Benchmark: "on X" after the number first, else the nearest before it.
        after = [b for b in benches if b.start >= after_i and b.start - after_i <= 6 and
                 not any(isinstance(x, Candidate) and x.start < b.start and x.start >= after_i
                         and x.type in ("Benchmark", "Dataset") for x in benches)]
        before = [b for b in benches if b.end <= k and k - b.end <= 6]
        bench = after[0] if after else (before[-1] if before else None)
        if bench is None:
            continue
        subj_c = [s for s in systems if s.end <= k]
        subject = subj_c[-1] if subj_c else proposed
        if subject is None:
            continue
        metric = min(metrics, key=lambda m: abs(m.start - k), default=None)
        out.append({"subject": subject, "benchmark": bench, "metric": metric, "value": value,
                    "value_text": tok.text, "unit": "%" if pct else None, "token": k})
    return out
