"""Coined terms: names made of ordinary words that a paper says it is introducing.

Most new methods carry a name-shaped label ("WizardLM", "DPO") that `names.py` finds by its
shape. Some are ordinary words put together ("sequential instruction tuning", "collaborative
decoding", "LM up-scaling", "feature vector regularization"); nothing in their shape marks them,
so they are taken only where the text itself says a term is being introduced. The patterns are
lexico-syntactic in the manner of Hearst (1992, "Automatic acquisition of hyponyms from large
text corpora"), with the introducing phrase in place of "such as":

- naming: "which we call X", "we term X", "which we refer to as X", "we call this X" (X ending
  on a technique's head word), "called / dubbed / termed / coined X" (X may be quoted);
- apposition: "we propose / introduce / develop X, a ... | which ..." ;
- quotation: '"X" strategy / mechanism / module' (and a capitalised '"X" model / dataset /
  benchmark'; not one ordinary word, '"pragmatic" approach');
- title: the title opens with X ("X for Y", "On X for Y") and the abstract says X again, or
  proposes a technique without naming it ("we introduce a new fine-tuning method with ...").

X is 1-5 words of ordinary text (hyphen compounds count as one word), with no stop word outside
a compound, not starting with a describing word ("novel", "two-stage") and not a generic phrase.
Each pattern was checked on the tuning papers of the dev sets only.
"""

from __future__ import annotations

import re

from litgraph.extract import lexicon as lx
from litgraph.extract.tokens import Toks, hyphen_compound, is_stop

# Verbs that introduce a technique. Not "build / construct / collect / release": their
# lower-case objects are data and artifacts ("we construct instruction data, which ...").
_VERBS = frozenset((
    "propose", "proposes", "introduce", "introduces", "present", "presents", "develop",
    "develops", "devise", "devises", "design", "designs",
))
_ADVERBS = frozenset(("also", "then", "further", "first", "additionally", "here", "thus",
                      "therefore", "hence", "next", "finally", "furthermore", "now", "instead"))
# Not "named" ("a model named after ...") or "namely".
_NAMING = lx.NAMING_WORDS - {"named", "namely"}
# Head nouns of "a novel X framework" -> type of X.
_DESCRIBED_HEADS = {
    **dict.fromkeys(("framework", "method", "approach", "technique", "strategy", "mechanism",
                     "algorithm", "scheme", "paradigm", "procedure", "recipe", "module",
                     "objective", "loss", "tool", "toolkit", "system", "platform", "library"),
                    "Method"),
    **dict.fromkeys(("metric", "score", "measure"), "Metric"),
}
# ... and of a quoted one: 'the "Network Behavior Lifecycle" model' (a model of ordinary
# words is a way of seeing things, not trained weights), 'a new "Tower Game" dataset'.
_QUOTED_HEADS = {**_DESCRIBED_HEADS, "model": "Method", "dataset": "Dataset",
                 "corpus": "Dataset", "benchmark": "Benchmark"}
# Last words of a coined term that name a measure.
_METRIC_HEADS = frozenset(("accuracy", "score", "rate", "error", "precision", "recall",
                           "distance", "divergence", "metric", "measure", "index",
                           "perplexity"))
# Words after "X," that make it an apposition or relative clause about X.
_APPOSITION = frozenset(("a", "an", "which", "that", "whose", "where", "namely"))
# Words a coined term does not start with: they describe, they do not name.
_DESCRIBERS = frozenset((
    "new", "novel", "simple", "effective", "efficient", "general", "generic", "unified",
    "lightweight", "principled", "flexible", "scalable", "systematic", "robust", "several",
    "multiple", "various", "many", "some", "extensive", "comprehensive", "detailed",
    "empirical", "theoretical", "experimental", "additional", "further", "both", "each",
    "two", "three", "four", "five", "one", "first", "second", "third", "single", "different",
    "better", "improved", "alternative", "practical", "straightforward", "careful", "large",
    "small", "large-scale", "high-quality", "two-stage", "multi-stage", "two-step",
    "three-stage", "end-to-end", "plug-and-play", "training-free", "model-agnostic", "key",
    "preliminary", "initial", "future", "existing", "previous", "standard", "original",
    "specific", "specialized", "dedicated", "custom", "this", "these", "those", "their", "its",
    "our", "such", "other", "more", "most", "less", "fewer", "insights", "results",
))
# Words a coined term does not end with: a plain noun, not a technique's name.
_GENERIC_ENDS = frozenset((
    "results", "experiments", "analysis", "analyses", "evidence", "insights", "findings",
    "guidelines", "methods", "models", "approaches", "techniques", "strategies", "data",
    "datasets", "benchmarks", "tasks", "metrics", "baselines", "studies", "study", "work",
    "problem", "problems", "question", "questions", "setting", "settings", "way", "ways",
    "idea", "ideas", "concept", "notion", "solution", "solutions", "system", "systems",
    "tool", "tools", "resource", "resources", "version", "variant", "variants", "set",
    "examples", "samples", "prompts", "instructions", "responses", "tokens", "features",
    "parameters", "layers", "weights", "experiment", "evaluation", "evaluations", "survey",
    "review", "overview", "perspective", "theory", "proof", "proofs", "bound", "bounds",
    "model", "dataset", "benchmark", "task", "metric", "baseline", "pipeline", "paper",
))
# (LaTeX's opening `` is two "`" tokens: the second one opens the quotation)
_QUOTES = frozenset(('"', "“", "”", "``", "''", "‘", "’", "'", "`"))
# A title's leading words that are not part of the term ("On X for Y", "Towards X").
# Not "Improving X" or "Understanding X": X is then what the paper studies, not its technique.
_TITLE_OPENERS = frozenset(("on", "towards", "toward", "learning", "revisiting", "rethinking"))
# Gerunds of making a thing better: the term after one is what the paper improves, not a name
# it gives ("Advancing Graph Few-Shot Learning via In-Context Learning").
_BETTERING = frozenset(("advancing", "improving", "enhancing", "boosting", "unlocking",
                        "empowering", "strengthening", "accelerating"))
# Last words of a title term: a technique's ("... Fine-Tuning", "... Regularization"); not
# "Alignment", "Generalization" or "Reasoning", which a paper is more often about than names.
_TECHNIQUE_HEADS = frozenset(w for w, t in lx.LONG_FORM_HEADS.items() if t == "Method") - {
    "alignment", "generation", "reasoning", "inference", "retrieval", "feedback", "transfer",
    "process", "model", "machine", "machines", "ranking", "search", "policy", "scaling",
    "engineering", "embedding", "embeddings", "encoding", "instruct"}
_MAX_WORDS = 5
_KIND_HEADS = frozenset(("approach", "framework", "method", "algorithm", "technique",
                         "system"))
_UNNAMED_VAGUE = frozenset(("estimation", "method", "methods", "framework", "frameworks"))
# Endings of a word after "to" that is not a verb ("to models", "to generation").
_VERB_ENDS = ("s", "tion", "ment", "ness", "ity")
_CALLING = lx.CALL_VERBS | {"refer"}  # verbs by which "we" name a term ourselves
_TRIGGERS = _VERBS | _CALLING | _NAMING | _QUOTES


# Two-word prepositions that open no part of a term.
_PREPOSITION_PAIRS = {"prior": "to", "due": "to", "according": "to", "rather": "than",
                      "instead": "of", "regardless": "of"}


# Participles that open a clause after a term, not a word of it.
_CLAUSE_PARTICIPLES = frozenset(("containing", "comprising", "consisting", "including",
                                 "covering", "featuring", "spanning", "using", "leveraging",
                                 "combining", "integrating", "designed", "built"))


def _term(tk: Toks, i: int, end: int) -> tuple[int, int]:
    """(end token, word count) of the run of ordinary words starting at `i`."""
    j, words = i, 0
    while j < end and words < _MAX_WORDS + 1:
        t = tk.text[j]
        if not t[:1].isalnum():
            break
        k = hyphen_compound(tk, j, end)
        if j > i and t in _CLAUSE_PARTICIPLES:
            break  # "a novel dataset called StereoBias-Stories containing short stories"
        if k == j + 1 and (is_stop(tk.lower[j]) or t.isdigit() or
                           tk.lower[j] in _PREPOSITION_PAIRS and j + 1 < end and
                           tk.lower[j + 1] == _PREPOSITION_PAIRS[tk.lower[j]]):
            break  # (and "prior to", "due to": "a thought process called X prior to ...")
        j, words = k, words + 1
    return j, words


def _acceptable(tk: Toks, a: int, b: int, words: int, is_generic, lookup,
                named: bool = False) -> bool:
    """`named`: the paper says it names the term ("which we call one-shot imitation
    learning"), so a compound opening with a describing part ("one-") still counts."""
    if not 1 <= words <= _MAX_WORDS:
        return False
    first = tk.span_text(a, hyphen_compound(tk, a, b)).lower()
    last = tk.lower[b - 1]
    if first in _DESCRIBERS or (tk.lower[a] in _DESCRIBERS and not named) or \
            last in _GENERIC_ENDS or last in lx.MODIFIER_SUFFIXES and tk.text[b - 2] != "-":
        return False  # (nor cut before its complement: "Image retrieval based [on ...]")
    name = tk.span_text(a, b)
    if words == 1 and ("-" not in name or name.lower() != name or
                       any(ch.isdigit() for ch in name)):
        # One plain word ("grafting") is too often an ordinary noun; a name-shaped compound
        # ("Multi-IF", "Fin-R1") is left to the name rules, which type it by its shape; a
        # capitalised ordinary one ("Frequency-Aware") or a numbered one ("level-0") is
        # usually a fragment.
        return False
    if lookup(name) or is_generic(name):
        return False  # a known term: the gazetteer finds it
    return True


# Kind nouns of "we propose a new <kind>, X, which ..." and the type X then has.
_APPOSED_KINDS = {**_DESCRIBED_HEADS, "task": "Task"}
# Words after the apposed term that go on about it.
_AFTER_APPOSED = frozenset(("which", "that", "where", "to", "for", "whose"))


def _kind_then_term(tk: Toks, x: int, e: int) -> tuple[int, int, int, str] | None:
    """(start, end, words, type) of a term set off by commas after the kind of thing a
    propose verb introduces: "we present a new decoding strategy, conformative decoding,
    which ...", "we introduce a novel task, multi-view customization, which" (Hearst's
    apposition with the kind before the term; "termed X" and "called X" are read as
    naming)."""
    low = tk.lower
    if x >= e or low[x] not in ("a", "an"):
        return None
    h = next((j for j in range(x + 1, min(e, x + 8)) if low[j] == ","), None)
    if h is None or low[h - 1] not in _APPOSED_KINDS or h + 1 >= e or \
            low[h + 1] in lx.NAMING_WORDS or low[h + 1] in _DESCRIBERS or \
            low[h + 1].endswith("ing"):  # (", assuming process stationarity, ...": a clause)
        return None
    b, words = _term(tk, h + 1, e)
    if b + 1 >= e or low[b] != "," or low[b + 1] not in _AFTER_APPOSED or \
            any(not tk.text[j][:1].islower() for j in range(h + 1, b) if tk.text[j] != "-"):
        return None
    return h + 1, b, words, _APPOSED_KINDS[low[h - 1]]


def subject_before(tk: Toks, verb: int, sent_start: int, past: bool = False) -> bool:
    """"we [also] propose", "this paper presents", "which we call". A `past` form needs "we"
    or "this/our study" ("we have developed X"), not "the work presented at ACAT 2008"."""
    low = tk.lower
    k = verb - 1
    while k >= sent_start and (low[k] in _ADVERBS or past and low[k] == "have"):
        k -= 1
    if k > sent_start and low[k] == "and" and not past and low[sent_start] == "we":
        return True  # "We want to leverage these models for DAOD and introduce X"
    if k < sent_start or low[k] not in lx.PROPOSE_SUBJECTS:
        return False
    return not past or low[k] == "we" or k > sent_start and low[k - 1] in ("this", "our")


def find_coined(tk: Toks, taken: list[bool], is_generic, lookup,
                title: str | None = None) -> list[tuple[int, int, str, bool]]:
    """(start, end, type, introduced) token spans of coined terms in an abstract, marking
    `taken`. `introduced`: the paper's own cue says it introduces the term ("we propose X, a
    ...", "which we call X"); else ("a method called X") the role is left to the role cues.
    `title`: a term from it may follow a propose verb with "for ..." after it."""
    low, text = tk.lower, tk.text
    out: list[tuple[int, int, str, bool]] = []
    title_low = title.lower() if title else ""

    def free(a: int, b: int) -> bool:
        return not any(taken[k] for k in range(a, b))

    def add(a: int, b: int, typ: str, introduced: bool = True) -> None:
        if low[b - 1] in _METRIC_HEADS and typ == "Method":
            # "we introduce reasoning graph accuracy, which quantifies ..." (but an apposition
            # saying the kind wins: "PHANTOM RECALL, a benchmark comprising ...")
            typ = "Metric"
        out.append((a, b, typ, introduced))
        for k in range(a, b):
            taken[k] = True

    sents, sent_of = tk.sents, tk.sent_of
    # Only tokens that can start a pattern are visited (every branch below needs one).
    for v in tk.find(_TRIGGERS):
        s, e = sents[sent_of[v]]
        w = low[v]
        if w in _VERBS and subject_before(tk, v, s):
            x = v + 1
            quoted = x < e and text[x] in _QUOTES
            x += quoted
            b, words = _term(tk, x, e)
            c = b + 1 if quoted and b < e and text[b] in _QUOTES else b
            nxt = low[c] if c < e else ""
            after = low[c + 1] if c + 1 < e else ""
            appositive = nxt == "," and after in _APPOSITION
            titled = nxt in ("for", "to", "with", "in", "on") and \
                bool(title_low) and tk.span_text(x, b).lower() in title_low
            # "we introduce semantic pruning to eliminate ...": a term and its purpose.
            # Not plural things ("user interfaces to ...") or actions ("leveraging X to ...").
            purpose = nxt == "to" and words >= 2 and after.isalpha() and \
                not is_stop(after) and not after.endswith(_VERB_ENDS) and \
                not low[b - 1].endswith("s") and not low[x].endswith("ing")
            if (appositive or titled or purpose) and _acceptable(tk, x, b, words, is_generic,
                                                                 lookup) and free(x, b):
                add(x, b, _appositive_type(tk, c + 2, e) if appositive else "Method")
            elif not words and not quoted and (y := _compound_led(tk, x, e, is_generic,
                                                                  lookup)) and free(x, y[0]):
                add(y[0], y[1], "Method")
            elif not words and (y := _kind_then_term(tk, x, e)) is not None and \
                    _acceptable(tk, y[0], y[1], y[2], is_generic, lookup) and free(y[0], y[1]):
                add(y[0], y[1], y[3])
        elif ((w in _CALLING and subject_before(tk, v, s)) or (
                w in _NAMING and not (v - 2 >= s and low[v - 2] == "so" or
                                      v - 1 >= s and low[v - 1] in lx.OTHER_NAME))) and \
                not lx.names_a_phenomenon(low, v, s):
            # "which we call LM up-scaling", "a problem we term "bounded matching"", "which
            # we refer to as hybrid linear modeling"
            x = v + 1
            if w == "refer":
                x = lx.refer_as(low, v, e)
                if not x:
                    continue
            elif w in lx.CALL_VERBS and x < e and low[x] in ("this", "it", "them", "these"):
                x += 1  # "we call this approach X"; not "we term this failure X"
                if x < e and low[x] in _DESCRIBED_HEADS:
                    x += 1
                elif not _technique_named(tk, x, e):
                    continue  # but "we call this implicit instruction tuning."
            quoted = x < e and text[x] in _QUOTES
            x += quoted
            b, words = _term(tk, x, e)
            if quoted and not (b < e and text[b] in _QUOTES or b + 1 < len(text) and
                               text[b] == "." and text[b + 1] in _QUOTES):
                continue  # (a quote closed after the sentence's stop: 'named "X."')
            if _acceptable(tk, x, b, words, is_generic, lookup, w in _CALLING) and \
                    free(x, b) and (quoted or words >= 2 or "-" in tk.span_text(x, b)):
                # (of the kind named before: "we define a new task called Group Theorization")
                h = v - 1 - (v - 2 >= s and low[v - 1] == ",")  # ("a ... metric, termed X")
                kind = lx.HEAD_TYPES.get(low[h]) if h >= s and not lx.plural(low[h]) \
                    else None
                add(x, b, kind if kind in ("Task", "Dataset", "Benchmark", "Metric") else
                    "Method", w in _CALLING)
        elif text[v] in _QUOTES and v + 1 < e:
            # '"Explicit Marking" strategy'
            b, words = _term(tk, v + 1, e)
            if words and b + 1 < e and text[b] in _QUOTES and low[b + 1] in _QUOTED_HEADS and \
                    (low[b + 1] in _DESCRIBED_HEADS or text[v + 1][:1].isupper()) and \
                    (words >= 2 or b - v > 2 or text[v + 1][:1].isupper()) and \
                    _acceptable(tk, v + 1, b, max(words, 2), is_generic, lookup) and \
                    free(v + 1, b):
                # (a model or data named in capitals: not 'the "drafter" model'; nor one
                # ordinary word, mostly a description: 'a more "pragmatic" approach', 'the
                # "best" approach', 'an "anytime" algorithm': 30 of 38 corpus ones)
                # (another's, not introduced: 'Anthropic's "think" tool paradigm'; data is
                # introduced by its own cue: 'The research utilizes the "Airbus Ship
                # Detection" dataset')
                typ = _QUOTED_HEADS[low[b + 1]]
                add(v + 1, b, typ, typ not in ("Dataset", "Benchmark") and
                    not (v - 1 >= s and low[v - 1] in ("'s", "’s")))
    return out


# Last parts of a hyphen compound that describe how a technique works ("label-supervised",
# "knowledge-preserved", "identifier-aware"): with one of these a technique's words name it.
_HOW_ENDS = ("supervised", "preserved", "aware", "guided", "conditioned", "informed",
             "augmented", "enhanced", "anchored", "constrained", "grounded", "driven")
# ... and a technique's last word naming a process (not a kind: "a data-driven method", "a
# confidence-aware fusion module" describe, they do not name).
_PROCESS_HEADS = frozenset(("adaptation", "learning", "training", "pretraining", "tuning",
                            "finetuning", "distillation", "decoding", "prompting", "sampling",
                            "optimization", "regularization", "augmentation", "selection",
                            "pruning", "quantization", "merging", "editing", "filtering",
                            "refinement", "alignment"))
# What may follow such a term: its purpose or a clause (not a kind noun: "a novel
# consistency-aware self-training framework" describes a framework the paper mostly names).
_AFTER_COMPOUND_TERM = frozenset(("for", "to", "that", "which", ",", "."))


def _compound_led(tk: Toks, x: int, e: int, is_generic, lookup) -> tuple[int, int] | None:
    """"we introduce a label-supervised adaptation for LLMs": after "a (novel)", a hyphen
    compound telling how it works and a technique's head word (two or three words, then its
    purpose or a clause) name the paper's technique; the span of the term, or None."""
    low = tk.lower
    if x >= e or low[x] not in ("a", "an"):
        return None
    y = x + 1 + (x + 1 < e and low[x + 1] in ("novel", "new"))
    first = hyphen_compound(tk, y, e)
    if first <= y + 1 or not low[first - 1].endswith(_HOW_ENDS):
        return None
    b, words = _term(tk, y, e)
    if not 2 <= words <= 3 or b >= e or low[b] not in _AFTER_COMPOUND_TERM or \
            low[b - 1] not in _PROCESS_HEADS or \
            not _acceptable(tk, y, b, words, is_generic, lookup):
        return None
    return y, b


def _technique_named(tk: Toks, x: int, e: int) -> bool:
    """"we call this implicit instruction tuning.": after "call this", a run of two or more
    ordinary words that ends the clause on a technique's head word names the technique."""
    b, words = _term(tk, x, e)
    return words >= 2 and (b == e or tk.text[b] in (",", "(", ";", ".")) and \
        tk.lower[b - 1].rsplit("-", 1)[-1] in _TECHNIQUE_HEADS


def _appositive_type(tk: Toks, k: int, e: int) -> str:
    """Type from "X, a simple yet effective strategy": the first head noun within 8 words. A
    relative clause says what X is only through a copula ("X, which is a framework ..."), not
    what it works on ("X, which generates ... instructions", "X, where we combine ... Models")."""
    if tk.lower[k - 1] in ("which", "that", "whose", "where"):
        if k >= e or tk.lower[k] not in ("is", "was", "are", "serves"):
            return "Method"
        k += 1
    for j in range(k, min(k + 8, e)):
        if tk.lower[j] in _GROUPS and j + 1 < e and tk.lower[j + 1] == "of":
            continue  # "Hunyuan3D 2.5, a robust suite of 3D diffusion models": models
        if j + 1 < e and tk.text[j + 1] == "-" and not tk.ws[j]:
            continue  # ("a model-agnostic spatial attention mechanism": a modifier's part)
        typ = _DESCRIBED_HEADS.get(tk.lower[j]) or lx.HEAD_TYPES.get(tk.lower[j])
        if typ:
            return typ
    return "Method"


_GROUPS = frozenset(("suite", "set"))  # (a "family" or "series" of things is of models)


# "we introduce a new fine-tuning method with ...", "we develop a method that avoids ...": the
# abstract proposes something it does not name (no "called X", "(X)", ", X," after the head).
_VERB_ALTERNATIVES = "|".join(sorted(_VERBS, key=lambda v: (-len(v), v)))  # "proposes|..."
_UNNAMED_PROPOSAL = re.compile(
    r"\b(?:we|this (?:paper|work|study))\s+(?:\w+ly\s+)?"
    rf"(?:{_VERB_ALTERNATIVES})\s+(?:a|an)\s+(?:[\w-]+\s+){{0,4}}?"
    r"(?:method|approach|framework|strategy|algorithm|technique|mechanism|scheme|paradigm|"
    r"model|network|architecture|module|pipeline|system)\b"
    r"(?!\s*[(,:'\"`‘“]|\s+(?:called|named|termed|dubbed|coined)\b)", re.I)


_DEFINED_LATER = re.compile(r"\([^()]*[A-Z][^()]*[A-Z]")  # "(GSLDA)", "(GloSS filter)"


def unnamed_proposal(abstract: str) -> bool:
    """Whether the abstract proposes a technique without naming it ("... a new framework for
    learning an adaptive ... (GSLDA) model" names it later in the sentence): the title then
    names it."""
    for m in _UNNAMED_PROPOSAL.finditer(abstract):
        stop = abstract.find(". ", m.end())  # the rest of the sentence
        if not _DEFINED_LATER.search(abstract[m.end():stop if stop >= 0 else None]):
            return True
    return False


# Words in "-ing" that are nouns or describe, not gerunds, at a term's start ("Learning Rate
# Warmup", "Streaming Gibbs Sampling", "Smoothing Proximal Gradient Method").
_ING_NOT_VERBS = frozenset(("learning", "string", "thing", "ring", "king", "spring", "morning",
                            "ceiling", "wing", "streaming", "smoothing", "evolving", "sliding",
                            "rolling", "moving", "growing", "training"))


def find_title_term(tk: Toks, abstract: str, is_generic, lookup) -> tuple[int, int] | None:
    """The term a title opens with ("Composable Sparse Fine-Tuning for ...", "On Unsupervised
    Prompt Learning for ...", "Feature vector regularization in machine learning") when the
    abstract says it again or proposes a technique it does not name: what the paper is about,
    and so most often what it proposes. Else the term the title ends on after "via" /
    "through" ("... Improve LLM Factuality via Prerequisite Learning") when the abstract says
    it again."""
    opening = _opening_term(tk, abstract, is_generic, lookup)
    if opening is not None or not tk.n:
        return opening
    low = tk.lower
    colon = next((k for k in range(tk.n) if low[k] == ":"), tk.n)
    via = next((k for k in range(colon - 1, 0, -1) if low[k] in _BY_MEANS), None)
    if via is None:
        return None
    b, words = _term(tk, via + 1, colon)
    if b != colon or not 2 <= words <= 4 or \
            low[b - 1].rsplit("-", 1)[-1] not in _DOING_HEADS or \
            not all(tk.text[k][:1].isupper() or tk.text[k] == "-" for k in range(via + 1, b)) or \
            not _acceptable(tk, via + 1, b, words, is_generic, lookup) or \
            tk.span_text(via + 1, b).lower() not in abstract.lower():
        return None
    return via + 1, b


# Words before the technique a title says a thing is done by, and the last words of such a
# technique: a way of doing ("... via Prerequisite Learning"), not a part ("through Boolean
# Networks").
_BY_MEANS = frozenset(("via", "through"))
_DOING_HEADS = _TECHNIQUE_HEADS - {"network", "networks", "block", "decoder", "encoder",
                                   "generator", "module", "adapter", "attention", "loss",
                                   "framework", "method", "approach", "algorithm", "mechanism",
                                   "strategy"}


def _opening_term(tk: Toks, abstract: str, is_generic, lookup) -> tuple[int, int] | None:
    """The term a title opens with (see find_title_term)."""
    low = tk.lower
    if not tk.n or ":" in tk.text[:10]:
        return None  # "Name: subtitle" is read by the title-name rule
    a = 0
    while a < tk.n and low[a] in _TITLE_OPENERS and a < 2:
        a += 1
    if low[a] in _BETTERING:
        return None  # "Advancing Graph Few-Shot Learning via ...": what is made better
    b, words = _term(tk, a, tk.n)
    if not 2 <= words <= 4 or low[b - 1].rsplit("-", 1)[-1] not in _TECHNIQUE_HEADS:
        return None
    if not _acceptable(tk, a, b, words, is_generic, lookup):
        return None
    if low[b - 1] in _KIND_HEADS and (words == 2 or low[b - 2] == "based" and (
            lookup(tk.span_text(a, b - 3)) is not None or is_generic(tk.span_text(a, b - 3)))):
        # "Evolutionary Approach", "Fast Algorithm", "Deep Learning-based Method": a kind
        # described, no name
        return None
    if low[a].endswith("ing") and low[a] not in _ING_NOT_VERBS and a + 1 < b and \
            lookup(tk.span_text(a + 1, b)) is not None:
        return None  # "Scaling Reinforcement Learning for ...": doing a known technique
    if tk.span_text(a, b).lower() not in abstract.lower() and (
            words < 3 or low[a].endswith(("ing", "ly")) or low[b - 1] in _UNNAMED_VAGUE or
            not unnamed_proposal(abstract)):
        # Said once, the term must look like a name: not two words ("Online Estimation"),
        # not a gerund's object ("Exploring Model Editing"), not a task or a kind
        # ("Software Effort Estimation", "Genetic Programming Framework").
        return None
    return a, b
