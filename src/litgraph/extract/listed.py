"""Terms listed as examples of a kind: "tasks such as code defect detection and clone
detection", "traditional methods such as examples proportional mixing and equal mixing".

Tasks and many methods are written in plain lower-case words, which nothing in their shape
marks as names; the gazetteer knows the common ones ("question answering", "LoRA"). Where a
text lists examples of "tasks" or "methods", each listed phrase is one of that kind: the
lexico-syntactic pattern "NP such as NP, NP and NP" of Hearst (1992, "Automatic acquisition of
hyponyms from large text corpora"), with the kind noun as the hypernym. A listed phrase is 1-4
ordinary words ending like an activity ("detection", "mixing", "analysis"); a single word
counts only when it ends like a term of the kind ("translation", "distillation"). Checked on
the tuning papers only.
"""

from __future__ import annotations

from litgraph.extract import lexicon as lx
from litgraph.extract.tokens import Toks, hyphen_compound, is_stop

_KINDS = {
    **dict.fromkeys(("tasks", "task"), "Task"),
    **dict.fromkeys(("methods", "approaches", "techniques", "strategies", "baselines",
                     "algorithms"), "Method"),
}
_INTROS = frozenset(("including", "like", "e.g.", "e.g.,"))
_SEPARATORS = frozenset((",", "and", "or"))
# One-word terms of a kind, by their last word ("translation" a task, "dropout" a method).
_ONE_WORD = {kind: frozenset(w for w, t in lx.LONG_FORM_HEADS.items() if t == kind)
             for kind in ("Task", "Method")}
_MAX_WORDS = 4
# "X is a [fundamental yet challenging] task": the copula form of the pattern (Hearst's
# "NP is a NP"), with at most this many describing words before the kind noun.
_COPULAS = frozenset(("is", "remains"))
_DEFINED_KINDS = frozenset(("task", "problem"))
_MAX_MODIFIERS = 5  # tokens, with a compound's hyphen
_NOT_MODIFIERS = frozenset(("way", "part", "step", "component", "subtask"))
# Words of a clause, not of a term ("... tasks like X, outperforming existing ones").
_CLAUSE_WORDS = lx.EVAL_WORDS | lx.COMPARE_WORDS | lx.USE_WORDS | {"existing", "showing"}
# Clause words that also open a term as nouns: "training regularization".
_NOUN_GERUNDS = frozenset(("training", "fine-tuning", "finetuning", "prompting"))
# How the last word of a term ends: an activity ("detection", "rewriting", "analysis",
# "similarity"), not a thing ("engines", "lists").
_ACTIVITY_ENDS = ("ion", "ing", "sis", "ment", "ity", "transfer", "qa", "dropout")
# Words a listed phrase does not start with: they describe or count, they do not name.
_NOT_FIRST = frozenset(("various", "several", "many", "other", "different", "diverse", "more",
                        "multiple", "downstream", "new", "novel", "challenging", "complex",
                        "simple", "standard", "common", "popular", "typical", "classic",
                        "classical", "traditional", "specific", "general", "real-world",
                        "poor", "low", "high", "insufficient", "limited", "increased",
                        "accurate", "efficient", "robust", "reliable", "effective"))


def _items(tk: Toks, k: int, e: int) -> list[tuple[int, int, int]]:
    """(start, end, words) of the phrases listed from token `k` on, up to the list's end."""
    out = []
    while k < e:
        a, words = k, 0
        while k < e and tk.text[k][:1].isalpha() and tk.text[k].islower() and \
                not is_stop(tk.lower[k]) and words <= _MAX_WORDS:
            k, words = hyphen_compound(tk, k, e), words + 1
        if words == 0 or words > _MAX_WORDS:
            break
        out.append((a, k, words))
        if k >= e or tk.lower[k] not in _SEPARATORS:
            break
        while k < e and tk.lower[k] in _SEPARATORS:
            k += 1
    return out


def task_defined_at(low: list[str], k: int, end: int) -> bool:
    """Whether the words from `k` say that what comes before them is a task: "is a challenging
    classification task", "remains a long-standing research problem", "is the task of"."""
    if k + 2 >= end or low[k] not in _COPULAS and low[k] != "," or \
            low[k + 1] not in ("a", "an", "the"):
        return False
    for j in range(k + 2, min(k + 3 + _MAX_MODIFIERS, end)):
        if low[j] in _DEFINED_KINDS:
            return True
        if not (low[j][:1].isalpha() or low[j] == "-") or low[j] in _SEPARATORS or \
                low[j] in _NOT_MODIFIERS or low[k] == "," and is_stop(low[j]):
            # ("a challenging ill-posed problem"; an apposition "X, a critical task in ...",
            # not "X, a framework for the ... task")
            return False
    return False


def _defined_subject(tk: Toks, taken: list[bool], s: int, k: int) -> bool:
    """Whether the sentence's opening words s..k ("Facial expression recognition") are a
    task's name: 2-4 ordinary words, none known or taken, ending like an activity."""
    low, text = tk.lower, tk.text
    if not 2 <= k - s <= _MAX_WORDS or any(taken[j] for j in range(s, k)):
        return False
    if low[s] in _NOT_FIRST or any(
            is_stop(low[j]) or not text[j][:1].isalpha() or (j > s and not text[j].islower())
            or low[j] in _CLAUSE_WORDS for j in range(s, k)):
        return False
    return low[k - 1].rsplit("-", 1)[-1].endswith(_ACTIVITY_ENDS)


def find_listed(tk: Toks, taken: list[bool], is_generic, lookup
                ) -> list[tuple[int, int, str]]:
    """(start, end, type) token spans of terms listed as examples of a kind, marking `taken`.
    Also the copula form of the same pattern, "NP is a [...] task" at a sentence's start."""
    low = tk.lower
    out: list[tuple[int, int, str]] = []
    for s, e in tk.sents:
        k = next((j for j in range(s + 2, min(s + _MAX_WORDS + 1, e)) if low[j] in _COPULAS),
                 None)
        if k is not None and task_defined_at(low, k, e) and _defined_subject(tk, taken, s, k):
            name = tk.span_text(s, k)
            if not lookup(name) and not is_generic(name):
                out.append((s, k, "Task"))
                for j in range(s, k):
                    taken[j] = True
    for h in tk.find(_KINDS):
        kind = _KINDS[low[h]]
        s, e = tk.sents[tk.sent_of[h]]
        k = h + 1
        while k < e and low[k] in (",", "("):
            k += 1
        if k + 1 < e and low[k] == "such" and low[k + 1] == "as":
            k += 2
        elif k < e and low[k] in _INTROS:
            k += 1
        else:
            continue
        for a, b, words in _items(tk, k, e):
            # (nor an adverb and a verb: ", primarily focusing on ..." is a clause after
            # the list; "locally weighted regression" is a term)
            if low[a] in _NOT_FIRST or low[a].endswith("ly") and low[b - 1].endswith("ing") or \
                    any(taken[j] or low[j] in _CLAUSE_WORDS and not (
                        j < b - 1 and low[j] in _NOUN_GERUNDS and low[j + 1] != "-")
                    for j in range(a, b)):  # (not "training-free localization")
                continue
            name = tk.span_text(a, b)
            if lookup(name) or is_generic(name):
                continue
            last = low[b - 1].rsplit("-", 1)[-1]
            if (words == 1 and last not in _ONE_WORD[kind]) or \
                    not last.endswith(_ACTIVITY_ENDS):
                continue
            out.append((a, b, kind))
            for j in range(a, b):
                taken[j] = True
    return out
