"""The paper's role towards each name it mentions, from cue words in the same sentence.

The nearest cue before a name decides ("We propose X, which uses Y": X is proposed, Y used):
propose verbs with a first-person or "this paper" subject, naming words ("called X"),
comparison words ("outperforms X", "compared with X"), evaluation context for benchmarks and
datasets ("evaluated on X"), and use words ("fine-tuned from X", "based on X"). A title's
"Name:" prefix is what the paper proposes.
"""

from __future__ import annotations

from litgraph.extract import lexicon as lx
from litgraph.extract.names import Candidate

WINDOW = 18  # tokens: cues further back than this belong to another clause

# Confidence that the role is right, by rule.
ROLE_CONF = {
    "title-name": 0.9, "our-name": 0.85, "propose-cue": 0.8, "naming": 0.85,
    "compare-cue": 0.75, "eval-context": 0.8, "eval-weak": 0.65, "use-cue": 0.65,
    "default": 0.6,
}


def _cue(doc, pos: int, sent_start: int) -> tuple[str, int] | None:
    """Nearest cue kind before token `pos` in its sentence, with its distance."""
    has_subject = False
    found: tuple[str, int] | None = None
    lo = max(sent_start, pos - WINDOW)
    for k in range(pos - 1, lo - 1, -1):
        low = doc[k].lower_
        kind = None
        if low in lx.NAMING_WORDS:
            kind = "naming"
        elif low in lx.PROPOSE_VERBS:
            kind = "propose"
        elif low in lx.COMPARE_WORDS:
            kind = "compare"
        elif low in lx.USE_WORDS:
            kind = "use"
        elif low in (";",):
            break
        if kind and found is None:
            found = (kind, pos - k)
            if kind != "propose":
                return found
    if found and found[0] == "propose":
        # A propose verb needs "we" / "this paper" before it, or a 3rd-person form.
        k0 = pos - found[1]
        verb = doc[k0].lower_
        has_subject = verb.endswith("s") or any(
            doc[k].lower_ in lx.PROPOSE_SUBJECTS for k in range(sent_start, k0))
        return found if has_subject else ("use", found[1])
    return None


def assign_role(doc, cand: Candidate, sent_start: int, sent_end: int, eval_sentence: bool,
                in_title: bool) -> tuple[str, str]:
    """Return (role, rule name)."""
    if cand.title_prefix:
        return "proposes", "title-name"
    if in_title:
        return "mentions", "default"
    prev = doc[cand.start - 1].lower_ if cand.start > sent_start else ""
    prev2 = doc[cand.start - 2].lower_ if cand.start - 1 > sent_start else ""
    if prev == "our" or (prev == "proposed" and prev2 in ("the", "our")):
        return "proposes", "our-name"
    cue = _cue(doc, cand.start, sent_start)
    kind = cue[0] if cue else None
    evalish = cand.type in ("Benchmark", "Dataset", "Task")
    if kind == "naming" and cand.type not in ("Task", "Metric"):
        # "a new benchmark called X" / "we term X" — proposed unless it is a comparison.
        return "proposes", "naming"
    if kind == "propose" and cand.type not in ("Task", "Metric") and cue[1] <= 12:
        return "proposes", "propose-cue"
    if cand.type == "Metric":
        return ("uses", "eval-context") if eval_sentence else ("mentions", "default")
    if evalish and eval_sentence and (prev in lx.EVAL_PREPS or kind in ("compare", None) or
                                      cand.type == "Benchmark"):
        return "evaluatesOn", "eval-context"
    if kind == "compare" and cand.type in ("Model", "Method"):
        return "comparesWith", "compare-cue"
    if evalish and prev in ("on", "across") and cand.type == "Benchmark":
        return "evaluatesOn", "eval-weak"
    if kind == "use":
        return "uses", "use-cue"
    return "mentions", "default"
