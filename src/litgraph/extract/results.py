"""Numeric results: "achieves 84.1% accuracy on GSM8K", "a 90.06% AlpacaEval win rate".

A score is a percentage, or a decimal in a sentence with a benchmark and a score word. Numbers
that are gains ("by 5%", "+3.2 points", "a 10% improvement"), sizes ("7B") or counts are not
results. The benchmark is the nearest Benchmark/Dataset name (preferring "on X" after the
number), the subject the nearest Model/Method before the number or what the paper proposes.
"""

from __future__ import annotations

import re

from litgraph.extract import lexicon as lx
from litgraph.extract.names import Candidate
from litgraph.extract.tokens import Toks, hyphen_compound, is_stop, score_number, word_before

_GAIN_BEFORE = frozenset(("by", "+", "of+", "up", "from", "to", "gains", "gain", "improvement",
                          "additional", "within", "plus", "minus",  # ("an additional 10% in AIME",
                          # "within 1%", "achieves plus 49 percent MC2 accuracy")
                          "improvements", "boost", "boosts", "increase", "increases",
                          "reduction", "reductions", "improves", "improved", "improving",
                          "outperforms",
                          "surpasses", "only", "top", "over", "than", "around", "nearly",
                          "approximately", "roughly", "about", "under", "below", "just",
                          "above", "exceeding",  # (a bound: "mean scores above 4.30")
                          "speedup", "speed-up", "margin", "margins",  # ("margins of 1.22%")
                          # a change verb: "FID drops 53% on DIODE"
                          "drops", "dropped", "decreases", "decreased", "declines", "declined",
                          "falls", "fell", "rises", "rose", "grows", "grew", "reduces",
                          "reduced", "increased", "improve",
                          # a change noun: "the maximum drop reaching 49.89% on GSM8K"
                          "drop", "decrease", "decline", "degradation",
                          "degrades", "degraded", "degrading"))  # ("RF degrades 85% cross-domain")
_GAIN_NOUNS = frozenset(("improvement", "improvements", "gain", "gains", "increase", "boost",
                         "reduction", "decrease", "drop", "speedup", "margin", "lead",
                         "enhancement", "compression", "saving", "savings", "degradation",
                         "overhead", "overheads",  # ("at 0.4% throughput overhead": a cost)
                         # (plurals: "93.7% and 96.4% reductions in ... hallucination")
                         "reductions", "increases", "decreases", "drops", "boosts",
                         "enhancements", "speedups"))
_COSTS = frozenset(("flops", "gflops", "tflops", "mflops", "macs", "gmacs"))
# A word right after a number that makes it a change or an amount, not a score.
_GAIN_AFTER = _GAIN_NOUNS | frozenset((
    "higher", "lower", "better", "more", "fewer", "less", "relative", "absolute", "of",
    "additional", "extra",  # ("achieves 33% additional efficacy": a gain)
    "faster", "slower", "smaller", "larger", "points", "pp", "percentage", "times", "x",
    "parameters", "params", "tokens", "samples", "examples", "data", "million", "billion",
    "thousand", "compression", "sparsity", "pruning", "masking", "labeled", "labelled", "labels",
    "noise", "noisy", "fold", "label", "token", "annotations", "annotation", "annotated",
    "supervision",  # ("... on CHAOS with 10% annotations": an amount of labels)
    "subset", "subsets", "portion", "fraction",  # ("trained only on a 10% subset of CIFAR-10")
    "reduced", "increased", "improved", "decreased",  # ("80% reduced processing latency")
    "budget", "budgets", "retention", "kv", "cache",  # ("with 3% KV cache budgets")
    "above", "below",  # ("an average score of 7.54 (25.2% above CBR)": a margin)
    # a cost, not a score: "SLNet-S with 0.14M parameters and 0.31 GFLOPs achieves 93.64%"
    *_COSTS))
# What a percentage after "at" sets rather than scores ("at 80% coverage").
_OPERATING_POINTS = frozenset(("coverage", "recall", "fpr", "tpr", "sparsity", "compression",
                               "retention", "budget", "density", "occupancy"))
# Words between a score and its metric: "93.64% overall accuracy", "81.2 mean IoU".
_METRIC_MODIFIERS = frozenset(("overall", "average", "mean", "avg", "top-1", "top-5",
                               "balanced", "macro", "micro", "weighted", "test", "validation"))
_SCORE_WORDS = frozenset(("score", "scores", "accuracy", "achieves", "achieve", "achieving",
                          "achieved", "reached", "attained", "obtained",
                          "reaches", "reaching", "attains", "obtains", "f1", "bleu", "rouge",
                          "rate", "pass@1", "em", "win", "scoring", "scored", "sets",
                          "record", "%"))


_SCORE_VERBS = frozenset(("achieves", "achieve", "achieving", "achieved", "reaches", "reach",
                          "reaching", "attains", "attaining", "obtains", "obtaining", "scores",
                          "scoring", "scored"))


# Verbs after gains that open scores again: "..., and sets new state-of-the-art ... on
# multilingual benchmarks, such as CVQA with 57.4%" (not the nouns: "test sets", "the 1-shot
# setting").
_SETTING_VERBS = frozenset(("sets", "setting", "establishes", "establishing"))


def _sets_anew(low: list[str], a: int, b: int) -> bool:
    return any(low[j] in _SETTING_VERBS and low[j + 1] in ("a", "new", "the")
               for j in range(a, b - 1))


# Words before a number that make it an unnamed other system's score ("surpassing the
# previous best score of 0.80", "the baseline student's 91.4%"; but "the Self-Rewarding
# baseline (19.69)" names its system).
_OTHERS_SCORE = frozenset(("previous", "prior", "baseline", "original"))  # ("compared to the
# original 81.8%": the model before the paper's change)

# (The tokenizer splits "baseline's" and "experts'": the word alone is what is read.)
_PEOPLE = frozenset(("human", "humans", "annotator", "annotators", "experts", "expert",
                     "radiologists", "clinicians", "physicians", "resident", "residents",
                     "reader", "readers", "pathologists", "dermatologists", "doctors",
                     "participants"))

_APPROXIMATELY = frozenset(("over", "nearly", "approximately", "roughly", "about", "around",
                            "almost"))

_PARTICIPLES = frozenset(("achieving", "reaching", "attaining", "obtaining", "scoring",
                          "yielding", "delivering"))

# Words after which comes what is compared with ("X outperforms Y", "better than Y").
_COMPARING = lx.OUTPERFORM_WORDS | {"than", "over"}
# Words matching a system to another, whose score it is not: "performs on par with the source
# LDM on DPG-Bench and reaches 93% on GenEval", "comparable to X".
_MATCHING = frozenset(("par", "comparable", "comparably", "matches", "matching", "rivals",
                       "rivaling", "rivalling"))
_VS = frozenset(("vs.", "vs", "versus", "v.s.", "v.s"))  # (also "48.4% v.s. 46.7%")
_SELF_WORDS = frozenset(("we", "our", "ours"))  # the paper speaking of its own system
# A confidence level after a percentage ("95% CI", "95% bootstrap CI", "95% confidence").
_CONFIDENCE_WORDS = lx.CONFIDENCE_LEVELS | {"confidence"}
_PERFORM = frozenset(("perform", "performs", "performed", "performing"))
_THIRD_PERSON = frozenset(("achieves", "reaches", "attains", "obtains", "scores", "sets",
                           "yields", "delivers"))
_POWERED = frozenset(("powered", "driven", "backed", "equipped", "instantiated", "implemented"))
_RECIPE = frozenset(("+", "trained", "with", "using", "via", "fine-tuned", "finetuned", "tuned"))


_GAIN_CUES = frozenset(("by", "improves", "improve", "improved", "improving", "boosts",
                         "increases", "raises")) | _GAIN_NOUNS


# A metric's word with a hyphened rank or a threshold: "rank-1", "top-5", "r@1", "map@0.5".
_METRIC_WORD = re.compile(r"[a-z]+-?\d+|[a-z]+@[a-z0-9.:]+")  # ("ap-50", "cf1", "map50")
_METRIC_TOKEN = re.compile(r"[a-z][a-z0-9]*[@:][a-z0-9.:@-]*")  # "map@avg", "map50:95"


def _gain_noun_after(low: list[str], k: int, end: int, names: set[int] = frozenset()) -> bool:
    """"a 0.21 dB PSNR gain", "a 38.7% PSNR improvement", "around 8% task success rate
    improvement": a gain noun within four words after the number (its unit and metric
    between), in the same phrase; not a word of a name (`names`: "82.2% on DROP")."""
    words, j = 0, k
    while j < end and words < 4:
        if low[j] in _GAIN_NOUNS and j not in names:
            return True
        if not low[j].isalnum() and low[j] not in ("@", "-") and \
                not _METRIC_TOKEN.fullmatch(low[j]):
            return False  # (a metric's own signs stay in the phrase: "3.23% mAP@avg gain")
        words += low[j] != "-" and not (j + 1 < end and low[j + 1] == "-")
        j += 1  # (a hyphen compound is one word: "an 83.4% user-preference gain")
    return False


def _list_of_gains(tk: Toks, j: int, end: int, names: set[int] = frozenset()) -> bool:
    """"25.86%, 4.36%, 0.20%, and 7.75% improvements", "18.9% and 32.7% relative
    improvements": numbers listed up to a gain word are all gains (`j`: after the first)."""
    low = tk.lower
    listed = False
    while j < end and (low[j] in (",", "and", "or") or score_number(tk.text[j]) or
                       _is_pct(tk.text[j])):
        listed = listed or score_number(tk.text[j])
        j += 1
    return listed and j < end and (low[j] in _GAIN_AFTER and j not in names or
                                   _gain_noun_after(low, j, end, names))


def _after_aside(tk: Toks, j: int, end: int) -> int:
    """The word after a bracketed aside holding a number that opens at `j` ("61.52% (+6.19%
    improvement) on WeMath"), or `j` itself."""
    if j >= end or tk.text[j] != "(":
        return j
    close = next((x for x in range(j + 1, min(j + 8, end)) if tk.text[x] == ")"), None)
    if close is None or not any(ch.isdigit() for x in range(j + 1, close) for ch in tk.text[x]):
        return j
    return close + 1


_NOT_BEATEN = frozenset(("on", "in", "across", "at", "for", "of", "over", ",", ";", "(", ")"))


def _beaten_name(low: list[str], c: Candidate, sent_start: int) -> bool:
    """Whether the name `c` is what an outperform verb at most twelve tokens before it beat
    ("outperforming FineWeb", "surpassing the previous state-of-the-art pipeline DCLM"), not
    where it was beaten ("surpassing X on MMLU")."""
    for j in range(c.start - 1, max(sent_start, c.start - 13) - 1, -1):
        if low[j] in lx.OUTPERFORM_WORDS or low[j] in _VS or low[j] == "than" or \
                low[j] in ("to", "with") and j > sent_start and low[j - 1] == "compared":
            return True
        if low[j] in _NOT_BEATEN and not (low[j - 1] == "-" == low[j + 1]):
            return False  # (but "state-of-the-art" goes on)
    return False


def _metric_word(w: str) -> bool:
    """A word that may stand between a score and where it was reported ("42.76% length-
    controlled win rate on X")."""
    return w.isalpha() or w == "-" or w in _SCORE_WORDS or bool(_METRIC_WORD.fullmatch(w))


def _gain_by(low: list[str], a: int, k: int, names: set[int] = frozenset()) -> bool:
    """"improves ... by 3.2%", "improves an average of 11.0%": a "by" or a gain verb shortly
    before the number, with no score verb after it (not a word of a name: "on DROP")."""
    j = word_before(low, k, a, _GAIN_CUES, _SCORE_VERBS)
    # (not "followed by GPT-5.2 at 80.4%": the next in a ranking)
    return j is not None and j not in names and \
        not (low[j] == "by" and j > 0 and low[j - 1] == "followed")


def _names_a_value(tk: Toks, c: Candidate, end: int) -> bool:
    """"a Global Difference (GD) of 3.61%": a name followed by "of" and a number is what the
    number measures, not the system that scored it."""
    j = c.end + (c.end < end and tk.text[c.end] == ")")
    if j + 1 >= end or tk.lower[j] != "of":
        return False
    value = tk.text[j + 1].lstrip("$").removeprefix("\\mathbf{")  # "of $\mathbf{0.43}$"
    return value[:1].isdigit() and value[-1:] not in "BMKbmk"  # (not "LLaMA of 7B")


def _protocol(tk: Toks, c: Candidate, end: int) -> bool:
    """"tripling linear probing accuracy": a technique term in lower case before a score word
    says how the score was measured, not who scored it (a model is no technique: "o3 scores
    60%")."""
    return c.type != "Model" and c.end < end and tk.lower[c.end] in _SCORE_WORDS and \
        tk.text[c.start:c.end] == tk.lower[c.start:c.end]


def _kind_modifier(tk: Toks, c: Candidate, end: int) -> bool:
    """"two standard semi-supervised learning benchmarks": a technique term in lower case
    before a kind of data or task says what kind it is, it scores nothing (but "a point
    transformer model ... reaching 87.9%" is the system)."""
    return c.end < end and lx.HEAD_TYPES.get(tk.lower[c.end]) in ("Dataset", "Benchmark",
                                                                 "Task") and (
        tk.text[c.start:c.end] == tk.lower[c.start:c.end] or
        lx.plural(tk.lower[c.end]))  # (or any name before a plural: "ImageNet-1K SSL benchmarks")


def _after_number(tk: Toks, c: Candidate, sent_start: int) -> bool:
    """"0.538 mPQ", "85.2% mIoU": a name right after a number is what the number measures."""
    j = c.start - 1 - (c.start - 1 > sent_start and _is_pct(tk.text[c.start - 1]))
    return j >= sent_start and score_number(tk.text[j])


def _scores_next(low: list[str], end: int, k: int) -> bool:
    """"..., with SSR++ achieving 96.66% on GSM8K": the name after "with" is the clause's
    scorer where a score verb follows it."""
    if end + 2 < k and low[end] == "," and low[end + 1] in ("which", "that"):
        end += 2  # ("into ClinSeek-35B-A3B, which achieves 34.0")
    return end < k and (low[end] in _PARTICIPLES or low[end] in _SCORE_VERBS)


def _trained_with_words(tk: Toks, start: int, floor: int) -> bool:
    """"an RL-based solver trained with explicit reasoning process supervision": a name after
    "trained with" and a few lower-case words is how the system was trained."""
    j = start - 1
    while j > floor and j > start - 4 and tk.text[j].isalpha() and tk.text[j].islower() and \
            tk.lower[j] not in ("with", "using", "via"):
        j -= 1
    return j < start - 1 and j - 1 >= floor and tk.lower[j] in ("with", "using", "via") and \
        tk.lower[j - 1] in _DERIVED


def _bracketed(tk: Toks, start: int, end: int) -> str:
    """The text from `start` up to a closing bracket or comma (at most five tokens)."""
    j = start
    while j < min(end, start + 5) and tk.text[j] not in (")", ","):
        j += 1
    return tk.span_text(start, j)


_SPREADS = frozenset(("deviation", "std", "variance"))
_TIME_UNITS = frozenset(("s", "sec", "secs", "second", "seconds", "ms", "millisecond",
                         "milliseconds", "min", "mins", "minute", "minutes", "h", "hr", "hrs",
                         "hour", "hours", "day", "days"))
_AMOUNT_UNITS = frozenset(("gb", "mb", "kb", "tb", "gib", "mib", "kwh", "wh", "mw", "kw",
                           "ms/token", "tokens/s", "gpu-hours", "hz", "khz", "mhz", "ghz"))
_SCORE_LABEL = re.compile(r"[A-Z]{1,4}\d?|[A-Z]-\d+|\S*@\S*")  # "UAR", "UF1", "B-1", "Pass@64"
_DERIVED = frozenset(("tuned", "finetuned", "fine-tuned", "trained", "distilled", "initialized",
                      "initialised", "built", "derived", "adapted", "post-trained", "paired",
                      "combined", "equipped", "augmented", "coupled"))


def _anothers_metric(tk: Toks, m: Candidate, k: int, sent_start: int,
                     bench_starts: frozenset[int] = frozenset()) -> bool:
    """"83.5% on HumanEval, 63.2% on MBPP, 8.09% win rate on DevEval": a metric right after a
    later number (or its "for": "86.7% for SCS, 93.9% for LFI") is that number's, not the one
    at `k`'s, which has its own "on"/"for" phrase before it (but a list of numbers shares
    the metric after its last: "40.5%, 45.7% mAP"; and a metric after an earlier number
    goes on: "93.41% macro F1 on UCI-HAR, 94.46% on SKODA")."""
    j = m.start - 1 - (m.start - 1 > sent_start and tk.lower[m.start - 1] == "for")
    j -= j > sent_start and _is_pct(tk.text[j])
    return j > k and score_number(tk.text[j]) and (
        any(w in ("on", "in", "for") for w in tk.lower[k + 1:j]) or
        any(k < b < j for b in bench_starts) or  # ("(83.9% ImageNet-1K), ... (2.7% WER")
        # ("81.5% functional coverage and a 69.7% pass rate": the number at `k` has its
        # own words; not "from 43.3% to 63.3% accuracy")
        any(w.isalpha() and w not in _LIST_WORDS for w in tk.lower[k + 1:j]))


_SCORE_NOUNS = frozenset(("score", "scores", "rate", "rates", "ratio", "similarity", "agreement",
                          "consistency"))
# Words before a score noun that say which score only as "a score": "a final score of".
_PLAIN_SCORE_WORDS = frozenset(("a", "an", "the", "its", "their", "our", "final", "overall",
                                "new", "average", "mean", "top", "total", "record", "art",
                                "combined", "aggregate", "high", "low", "f1", "of", "and"))


def _measure_word(w: str) -> bool:
    """Whether `w` before a score noun names what is scored ("appearance score", "toxicity
    score", "detection rate"), not how good or which one it is ("a final score", "the
    highest score", "achieved scores")."""
    return w.isalpha() and w not in _PLAIN_SCORE_WORDS and not w.endswith(("ed", "est", "ing"))


# Words that join a list of numbers, not words of a number's own ("from 43.3% to 63.3%").
_LIST_WORDS = frozenset(("and", "or", "a", "an", "the", "to", "from", "vs", "versus", "of",
                         "respectively", "with", "while"))


def _clause_between(tk: Toks, a: int, b: int) -> bool:
    """Whether a clause ends between tokens `a` and `b` ("... from 43.3% to 63.3%, and
    significantly increases success rates": not the first clause's metric; but a list of
    numbers goes on: "87.1%, 86.5%, and 85.8% IoU")."""
    low = tk.lower
    return any(low[j] == ";" or low[j] in (",", ")") and low[j + 1] in ("and", "but", "while",
                                                                      "whereas", "they", "it",
                                                                      "we", "which") and
               not (j + 2 < b and score_number(tk.text[j + 2])) and (
                   # (after an aside, a second predicate: "(e.g., 1.39 vs. 1.59 on ReadMe,
                   # p<0.001) and delivers substantial gains (e.g., +14.7 ROUGE-L)")
                   low[j] == "," or j + 2 < b and tk.text[j + 2].isalpha() and
                   tk.text[j + 2].islower() and low[j + 2].endswith("s") and
                   not is_stop(low[j + 2]))
               for j in range(a + 1, b - 1))


def _of_another(tk: Toks, m: Candidate, k: int) -> bool:
    """Whether metric `m`, before the number at `k`, says another number's metric where the
    one at `k` has its own "<words> of": "accuracy of 95.63%, sensitivity of 96.42%" (not
    the sensitivity's; but "a Pearson correlation of 0.944 on X and 0.814 on Y" shares it)."""
    return m.end + 1 < k and tk.lower[m.end] == "of" and score_number(tk.text[m.end + 1]) \
        and tk.lower[k - 1] == "of"


def _on_unnamed_data(tk: Toks, k: int, end: int, cands: list[Candidate]) -> bool:
    """Whether metric words at `k` run into "on/in the|a|our <lower-case words> dataset|
    benchmark|corpus" with no name in it: a score on data left unnamed."""
    low = tk.lower
    j = k
    while j < end and j - k < 4 and low[j] not in ("on", "in") and \
            (low[j].isalpha() or low[j] == "-" or _METRIC_WORD.fullmatch(low[j])):
        j += 1
    if j + 2 >= end or low[j] not in ("on", "in") or low[j + 1] not in ("the", "a", "an", "our"):
        return False
    for x in range(j + 2, min(end, j + 7)):
        if any(c.start == x for c in cands) or not tk.text[x][:1].islower() and \
                tk.text[x] != "-":
            return False
        if low[x] in _UNNAMED_KINDS:
            # (not a split, "on the test set", nor data named after: "on the most challenging
            # split of ScanObjectNN")
            return not (x + 1 < end and low[x + 1] == "of")
    return False


_UNNAMED_KINDS = frozenset(("dataset", "datasets", "benchmark", "benchmarks", "corpus"))


def _own_benchmark(tk: Toks, k: int, end: int, systems: set[int]) -> bool:
    """"88.3 RMSE on Void's depth completion": a number followed (after at most three metric
    words: "79.1% step success rate on AndroidControl") by "on" and a capitalised word that is
    no known benchmark is scored there (but "60.2% test accuracy on ResNet-18" names a known
    system, at a token of `systems`)."""
    for j in range(k, min(end - 1, k + 4)):
        if tk.lower[j] == "on":
            return tk.text[j + 1][:1].isupper() and j + 1 not in systems
        if not tk.lower[j].isalnum() and tk.lower[j] != "-":
            return False
    return False


def _is_pct(tok: str) -> bool:
    return tok == "%" or tok.lower() == "percent"


def _counted_after(tk: Toks, j: int, end: int, metric_starts: frozenset[int]) -> bool:
    """Whether the words from `j` (after a number) are at most one describing word or hyphen
    compound, then a plural noun of things counted ("candidate proposals", "ground-truth
    objects"), no metric among them."""
    low = tk.lower
    for _ in range(2):
        if j >= end or j in metric_starts or not low[j].isalpha() or \
                not tk.text[j].islower() or is_stop(low[j]):
            return False
        k = hyphen_compound(tk, j, end)
        w = low[k - 1]
        if k == j + 1 and len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us")) and \
                w not in _SCORE_WORDS and w not in _VS and w != "points":
            return True  # (points are what a score is counted in: "obtains 7.55 points")
        j = k
    return False


def _threshold_before(text: list[str], k: int, sent_start: int) -> bool:
    """"pass@score >= 0.5", "p < 0.01", "≤ 3": the number at `k` bounds, scores nothing
    (not "AUC = 0.82", nor an arrow: "3.2% -> 40.4%")."""
    prev = text[k - 1] if k > sent_start else ""
    prev2 = text[k - 2] if k - 1 > sent_start else ""
    if prev in (">=", "<=", "≥", "≤", "<") or prev.rstrip("$") in _LATEX_BOUNDS:
        return True  # (also LaTeX: "(outputs scoring $\\geq 0.6$)")
    if prev == "=" and prev2 in (">", "<"):
        return True
    # (a LaTeX symbol, with its subscript: "$\\epsilon=0.2$", "$\\sigma_{n}=0.3$")
    symbol = prev2.lstrip("$\\").split("_", 1)[0].lower() if prev == "=" else ""
    if prev == "=" and symbol in _STATISTICS:
        return True  # "(SEM = 0.0)", "(N = 10)": a statistic of the scores, no score
    if prev == "=" and symbol in _SETTINGS and not (
            len(prev2) > 1 and k - 2 > sent_start and text[k - 3][:1].isupper()):
        return True  # "Group DRO with α = 0.5 achieves ...": a setting, no score (but
        # "Krippendorff alpha = 0.471" is a score)
    return prev == ">" and prev2 not in ("-", "=", "--")


# LaTeX spellings of the bounds _threshold_before reads ("$\\geq 0.6$").
_LATEX_BOUNDS = frozenset(("\\geq", "\\leq", "\\ge", "\\le", "\\lt", "\\gt", "\\geqslant",
                           "\\leqslant"))
# Statistics reported beside a score ("0% accuracy (SEM = 0.0)"), no scores themselves (not
# "r = 0.96": a correlation is often the score a task is measured in).
_STATISTICS = frozenset(("sem", "se", "sd", "std", "n", "p", "ci", "iqr", "df", "t", "z", "σ"))
# Hyperparameters a number after "=" sets: Greek letters and their names, "k", "lr".
_SETTINGS = frozenset("αβγδεζηθκλμνξπρτφχψω") | frozenset((
    "alpha", "beta", "gamma", "lambda", "tau", "epsilon", "varepsilon", "eta", "k", "lr",
    "temperature", "sigma"))


def _drop_parenthesised(low: list[str], before: list[Candidate]) -> list[Candidate]:
    """"X's (Mistral) performance", "CIGEval (GPT-4o version) achieves": a parenthesised name
    right after a name describes it; `before` without such names at its end."""
    while len(before) > 1 and before[-1].start >= 1 and low[before[-1].start - 1] == "(" and \
            before[-2].end >= before[-1].start - 3:
        before.pop()
    return before


def _aside_closed(low: list[str], a: int, k: int, sent_start: int) -> bool:
    """Whether the number at `a` is inside a bracketed aside that closes before `k`: "an
    average score of 7.54 (25.2% above CBR, 16.9% above SFR), a failure rate of only 6.4%"
    lists the gains inside the aside only."""
    o = next((j for j in range(a - 1, sent_start - 1, -1) if low[j] in ("(", ")")), None)
    return o is not None and low[o] == "(" and ")" in low[a:k] and \
        score_number(low[o + 1 + (low[o + 1] == "+")])  # (an aside of gains: "(+2.1 ...")


def _in_closed_comparison(low: list[str], s: Candidate, k: int) -> bool:
    """"4.712 on Eval-400 (vs. Gemini-3-Pro 4.706, GPT-4.1 4.220) and 4.588 on ...": a name
    inside a "(vs. ...)" aside that closes before the number at `k` is compared, not scored."""
    o = next((j for j in range(s.start - 1, max(-1, s.start - 16), -1) if low[j] in ("(", ")")),
             None)
    return o is not None and low[o] == "(" and not (
        _VS.isdisjoint(low[o + 1:s.start]) and _ASIDE_COMPARING.isdisjoint(low[o + 1:s.start])
    ) and ")" in low[s.end:k]  # (also "(+25 pp vs. dual-encoder baselines)", "an average
    # score of 7.54 (25.2% above CBR, 16.9% above SFR), a failure rate of only 6.4%")


_ASIDE_COMPARING = frozenset(("above", "below", "over", "than", "compared", "relative"))


def _matched_as(low: list[str], s: Candidate, k: int) -> bool:
    """"X reaches the same level of performance as GPT-4o on Y with a success rate of 7.8%":
    a name after the "as" of "the same / similar ... as" is what is matched, not the scorer."""
    return s.start - 2 >= 0 and low[s.start - 1] == "as" and any(
        low[j] in ("same", "similar", "comparable", "equal") for j in
        range(max(0, s.start - 8), s.start - 1)) and "," not in low[s.end:k]


def _drop_asides(low: list[str], before: list[Candidate], k: int) -> list[Candidate]:
    """"EO-Gym-4B, obtained by fine-tuning Qwen3-VL-4B-Instruct on EO-Gym-Data, improves
    Pass@3 ...": a name inside a participle aside set off by commas, which closes before the
    number at `k`, describes the name before it; `before` without such names at its end.
    So for any name inside an aside set off by dashes ("The recipe -- trained with no SFT,
    no reward models -- reaches 71.98%")."""
    while before:
        last = before[-1]
        # (one dash after it, closing the aside: not "o1-preview -- the strongest evaluated
        # model -- scores 41.9%", an aside of its own after the name)
        if sum(low[j] in lx.DASHES for j in range(last.end, k)) != 1 or \
                not any(low[j] in lx.DASHES for j in range(max(0, last.start - 30), last.start)):
            break
        before.pop()
    while len(before) > 1:
        last = before[-1]
        opened = next((j for j in range(last.start - 1, max(before[-2].end, last.start - 8) - 1, -1)
                       if low[j] == "," and low[j + 1].endswith("ed") and
                       low[j + 1].isalpha()), None)
        if opened is None or "," not in low[last.end:k]:
            break
        before.pop()
    return before


# Words describing systems other than the paper's ("current agents", "existing LLMs").
_OTHERS_WORDS = frozenset(("current", "existing", "prior", "previous", "frontier", "leading",
                           "commercial", "proprietary", "off-the-shelf", "contemporary",
                           "recent", "mainstream", "popular"))
_SYSTEMS_NOUNS = frozenset(("agents", "models", "llms", "vlms", "mllms", "lmms", "methods",
                            "approaches", "systems", "baselines", "detectors", "frameworks"))


def _others_scored(low: list[str], sent_start: int, k: int) -> bool:
    """Whether the clause before the score at `k` speaks of others' systems, unnamed
    ("current agents struggle on EvoArena, achieving an average accuracy of 39.6%") and not
    of the paper's ("our", "we"); from the clause's start ("Our key finding challenges ...:
    while recent reasoning LLMs achieve 48.7% accuracy")."""
    sent_start = next((j + 1 for j in range(k - 2, sent_start - 1, -1)
                       if low[j] in (";", ":", "while", "whereas")), sent_start)
    for j in range(sent_start, k - 1):
        w = low[j]
        if w in ("we", "our", "ours", "than", "over", "compared", "against", "versus",
                 "out") or \
                w in lx.OUTPERFORM_WORDS or w in lx.UNDERPERFORM_WORDS:
            return False  # (the others are what the paper's is compared with)
        # (also "state-of-the-art LLMs achieve only 73.11%")
        if (w in _OTHERS_WORDS or w == "art" and low[j - 2:j] == ["the", "-"]) and (
                low[j + 1] in _SYSTEMS_NOUNS or j + 2 < k and low[j + 2] in _SYSTEMS_NOUNS):
            return _SELF_WORDS.isdisjoint(low[j:k])
    return False


def _based_modifier(low: list[str], s: Candidate, limit: int) -> bool:
    """Whether the name `s` modifies a kind as "<name>-based", before token `limit`."""
    return s.end + 1 < limit and low[s.end] == "-" and low[s.end + 1] == "based"


_USE_VERBS = frozenset(("use", "uses", "using", "employ", "employs", "apply", "applies",
                        "leverage", "leverages"))


def _used_to_score(low: list[str], s: Candidate, k: int) -> bool:
    """"use only SFT to achieve 61.8%": a system named as what is used, right before "to" and
    the score verb of the number at `k`."""
    j = s.start - 1 - (low[s.start - 1] in ("only", "just"))
    return j >= 0 and low[j] in _USE_VERBS and low[s.end:s.end + 1] == ["to"] and \
        s.end + 1 < k and low[s.end + 1] in _SCORE_VERBS


def _subject(tk: Toks, systems: list[Candidate], k: int, sent_start: int,
             proposed: Candidate | None) -> Candidate | None:
    """The system scored by the number at `k`: the nearest named one before it (not one it
    was trained "with" or "+"), or what the paper proposes when "we"/"our"/"it" intervene."""
    low = tk.lower
    before = _drop_asides(low, _drop_parenthesised(low, [s for s in systems if s.end <= k]), k)
    before = [s for s in before if not _in_closed_comparison(low, s, k) and
              not _matched_as(low, s, k)]
    # (nor a name modifying a kind: "it elevates Mamba-based architectures' performance ...,
    # achieving 84.3%", "generates fluent captions from ResNet50 features ... up to 0.52")
    before = [s for s in before if not (_based_modifier(low, s, k) or
                                        s.end < k and low[s.end] in _ITS_PARTS)]
    while len(before) > 1 and (low[before[-1].start - 1] in ("+", "with", "using", "via", "after",
                                                             "into")
                               and not _scores_next(low, before[-1].end, k)
                               or low[before[-1].start - 1] == "from" and
                               low[before[-1].start - 2] in _DERIVED or
                               low[before[-1].start - 1] == "by" and
                               low[before[-1].start - 2] in _POWERED or
                               _trained_with_words(tk, before[-1].start, before[-2].end)):
        before.pop()  # (also "X achieves 64.3% after SFT and 67.5% after SFT+RL": a stage;
        # "integrating DataPRM into Reinforcement Learning ... achieving 78.73%": its host;
        # "FT-ARM, fine-tuned from LLaMA 3.2 90B, achieved 85%": its base)
    subject = before[-1] if before else None
    if subject is not None and _used_to_score(low, subject, k):
        # "Our distilled models use only SFT to achieve 61.8% on LiveCodeBench": the
        # technique the scorer used is not the scorer
        before.pop()
        if not _SELF_WORDS.isdisjoint(low[sent_start:k]):
            # (the paper's own system, if it names one: not its data)
            return proposed if proposed is not None and proposed.type in ("Model", "Method") \
                else None
        subject = before[-1] if before else None
    if subject is not None:
        # "deita-Mistral-7B + DPO trained with 6K SFT and 10K DPO samples achieve ...": what
        # follows a system's "+" / "trained with" is its training recipe, not the subject.
        for s in reversed(before[:-1]):
            between = low[s.end:subject.start]
            # (not past a score of its own: "SLNet-S with 0.14M parameters ... achieves
            # 93.64% ..., while SLNet-M ... reaches 93.92%")
            if between and between[0] in _RECIPE and ";" not in between and \
                    "," not in between and _SCORE_VERBS.isdisjoint(between) and \
                    lx.APPLIED_TO.isdisjoint(between):
                # (not across a clause: "by incorporating knowledge distillation with the
                # proposed method, the performance of a smaller LLM (e.g., Qwen3-32B)
                # surpasses its teacher model, achieving ... (63.8%)"; nor across the verb
                # applying it: "Incorporating multi-turn RL with zoomed-in visual feedback
                # improves ViGoRL's performance ..., achieving 86.4%")
                subject = s
    if subject is not None and len(before) > 1 and _in_apposition_of(low, before[-2], subject):
        # "We introduce SAMM2D, a dual-encoder framework that achieves an AUC of 0.686": the
        # known name describes the kind of the one named before, which scores
        subject = before[-2]
    if subject is not None and proposed is not None and len(before) > 1 and \
            before[-2].end == subject.start - 1 and low[before[-2].end] == "and" and \
            low[before[-2].start:before[-2].end] == low[proposed.start:proposed.end]:
        # "the synergy of LLaVA and GPT-4 achieves ... 92.53%": of two names scored
        # together, the paper's own
        subject = before[-2]
    if subject is not None and low[sent_start] in ("using", "with", "via", "through", "under") \
            and (comma := next((j for j in range(sent_start + 1, k) if low[j] == ","), None)) \
            is not None and subject.end <= comma and \
            not any(s.start > comma for s in before):
        # "Using stratified 10-fold cross-validation, the framework achieved an AUC of 87.3%":
        # how it was run, not who scored (the paper's own system, when it names one)
        return proposed
    if (subject is None or subject.start < sent_start) and _others_scored(low, sent_start, k):
        return None  # "current agents struggle on EvoArena, achieving ... 39.6%": others'
    if subject is None or any(low[j] in ("we", "our", "ours", "it") for j in range(subject.end,
                                                                                   k)):
        # (with nothing proposed, "our model" is not the setting named before it: "In the
        # task of one-shot learning on Omniglot, our model achieves ... 1.5%")
        return proposed or (subject if subject is None or not any(
            low[j] in _SELF_WORDS for j in range(subject.end, k)) else None)
    if subject.canonical is not None and subject.type == "Method" and \
            _our_kind_of_known(low, subject, sent_start) and (
                proposed is not None or low[subject.end] in ("based", "-")):
        # "our 14B-GRPO model achieves 88.04%", "our RL approach achieves", "Our proposed
        # convolutional neural network based model achieves": the paper's system, made with
        # the known method named (none when it proposes no named one)
        return proposed
    if proposed is not None and subject.start - 1 >= sent_start and \
            low[subject.start - 1] in ("through", "via", "using", "with") and \
            any(low[j] in ("we", "our") for j in range(sent_start, subject.start)):
        # "we demonstrate gains through test-time scaling ..., achieving 94.7%": a technique
        # the paper's system is run with
        return proposed
    if proposed is not None and subject.start - 1 >= sent_start and \
            low[subject.start - 1] in lx.APPLIED_TO and \
            low[subject.end:subject.end + 1] not in (["'s"], ["’s"]) and any(
                low[j] in (",", "and") and low[j + 1] in _PARTICIPLES
                for j in range(subject.end, k - 1)):
        # "AutoGaze ... accelerates ViTs and MLLMs by up to 19x, ..., achieving superior
        # results (e.g., 67.0% on VideoMME)": what the paper's system speeds up is not what
        # the participle's score is of (but "improves ViGoRL's performance ..., achieving
        # 86.4%" scores the one whose performance it is)
        return proposed
    if proposed is not None and subject.canonical is not None and \
            subject.type == "Model" and _with_ours_after(low, k):
        # "Llama3.1-8B reaches a 29.44 win rate on AlpacaEval 2.0 with our method": the
        # score of the paper's method, run on the known model
        return proposed
    beaten = _beaten_at(low, subject, k, sent_start)
    if beaten is not None:
        # "it outperforms methods like MVF-Net, achieving 76.4%": the scorer is the one that
        # beat it, said before the comparison.
        earlier = [s for s in systems if s.end <= beaten]
        return _subject(tk, earlier, beaten, sent_start, proposed) if earlier else proposed
    return subject


# Words of a score sentence about data of its own, which the one benchmark an abstract
# evaluates on is then not ("on the constructed test set of tractor road data") ...
_UNNAMED_DATA = frozenset(("data", "dataset", "datasets", "benchmark", "benchmarks", "set",
                           "corpus", "split", "subset"))
# ... nor a study of its own ("reaches 85% accuracy in a user study").
_OTHER_STUDIES = frozenset(("study", "studies", "survey", "user", "users",
                            "real-world", "clinical", "simulation", "simulations", "deployment",
                            "field", "pilot"))
# Kinds of setting an indefinite "in a ..." introduces anew (not "in a standard train-test
# setting", "at 58 FPS on a Nvidia Titan X": the same data).
_OTHER_SETTINGS = frozenset(("problem", "task", "dataset", "domain", "application",
                             "benchmark", "corpus"))
# What a system's name before it is the source of, not the system scored.
_ITS_PARTS = frozenset(("features", "embeddings", "representations", "activations", "outputs",
                        "weights", "logits",
                        # ("an 8B PIC-LM with stronger PIC ability--improving from 69.1%")
                        "ability", "abilities", "capability", "capabilities"))
_OWN_KINDS = frozenset(("model", "models", "method", "approach", "framework", "variant",
                        "agent", "system"))


def _with_ours_after(low: list[str], k: int) -> bool:
    """Whether the clause goes on after the score at `k` with "with / using / via our ..."."""
    for j in range(k + 1, min(len(low) - 1, k + 12)):
        if low[j] in (",", ";", ".", "while", "whereas", "but", "and"):
            return False
        if low[j] in ("with", "using", "via") and low[j + 1] == "our":
            return True
    return False


def _in_apposition_of(low: list[str], named: Candidate, s: Candidate) -> bool:
    """Whether `s` is a word of the ", a/an ... that|which" apposition after `named`."""
    if not lx.described_after(low, named.end) or not 0 <= s.start - named.end - 2 <= 3 or \
            any(not w.replace("-", "").isalnum() for w in low[named.end + 2:s.start]):
        return False
    j = s.end
    while j < len(low) and j - s.end < 3 and low[j].replace("-", "").isalpha() and \
            low[j] not in ("that", "which"):
        j += 1
    return j < len(low) and low[j] in ("that", "which")


# "the best model", "the strongest open-source MLLM": an unnamed one of those evaluated.
_BEST = frozenset(("best", "strongest", "top", "best-performing", "top-performing", "leading",
                   "strongest-performing", "highest-scoring", "top-scoring",
                   "most"))  # ("the most advanced model")
_SCORED_KINDS = frozenset(("model", "models", "system", "systems", "agent", "agents", "method",
                           "methods", "llm", "llms", "mllm", "mllms", "vlm", "vlms", "approach",
                           "baseline"))


_UNNAMED_SCORERS = _SCORED_KINDS | {"baselines", "approaches", "setup", "setups",
                                    "configuration", "configurations", "counterpart",
                                    "counterparts"}


def _unnamed_kind_phrase(low: list[str], h: int, sent_start: int, in_name: set[int]) -> bool:
    """Whether the kind noun at `h` heads a phrase naming no system: an article at most four
    words before it, no name between ("a monolithic agent", "the single-model baseline"; not
    "the GPT-4o baseline", "a fine-tuned ELECTRA baseline", nor "as a commercial model")."""
    for j in range(h - 1, max(sent_start, h - 5) - 1, -1):
        if j in in_name:
            return False
        if low[j] in ("a", "an", "the", "its", "their"):  # ("its base model (61.2%)")
            return not (j > sent_start and low[j - 1] == "as")  # ("achieves the best F1
            # score as a commercial model (64.61)": the named subject's)
    return False


def _unnamed_clause_subject(low: list[str], systems: list[Candidate], k: int,
                            sent_start: int) -> bool:
    """Whether the clause of the score at `k` (from the sentence start, a ";" or "while" /
    "whereas") opens with an unnamed system and names none before the score: "a 32B-parameter
    baseline LLM yields a KG that achieves only 40.2% FActScore", "the baseline model
    reaches 61%" (not "a fine-tuned Llama-3 baseline reaches ...")."""
    c0 = next((j + 1 for j in range(k - 1, sent_start - 1, -1)
               if low[j] in (";", "while", "whereas")), sent_start)
    if c0 < k and c0 > sent_start and (low[c0] in _SYSTEMS_NOUNS or low[c0] in _OTHERS_WORDS and
                                       not _SYSTEMS_NOUNS.isdisjoint(low[c0 + 1:min(k, c0 + 4)])):
        # "...: while recent reasoning LLMs achieve 48.7% accuracy", "while models achieve
        # 90% accuracy in ...": others', unnamed
        return not any(c0 <= c.start < k for c in systems)
    if c0 >= k or low[c0] not in ("a", "an", "the"):
        return False
    head = next((j for j in range(c0 + 1, min(k, c0 + 6)) if low[j] in _UNNAMED_SCORERS), None)
    if head is None or low[c0] == "the" and not any(
            low[j] in ("baseline", "baselines") for j in range(c0 + 1, head + 1)):
        return False
    return not any(c0 <= c.start < k for c in systems)


def _unnamed_best(low: list[str], systems: list[Candidate], k: int, sent_start: int) -> bool:
    """Whether the score at `k` is of "the best model" or the like, named nowhere between
    ("even the strongest model achieves only 41.8% exact match"; not "the best-performing
    GPT-4o model achieves only 44.70%", "The strongest system (Gemini-3.1-Pro) achieves")."""
    for j in range(k - 1, max(sent_start, k - 10), -1):
        if low[j] in (",", ";", "while", "whereas"):
            return False
        b = next((b for b in range(max(sent_start, j - 4), j) if low[b] in _BEST), None) \
            if low[j] in _SCORED_KINDS else None
        if b is not None:
            if low[b - 1] == "the":
                a = b - 1
            elif b == sent_start or low[b - 1] == "even":
                a = b  # ("Even top models achieve only 59% goal completion")
            else:
                return False
            a -= a - 1 >= sent_start and low[a - 1] == "even"
            # (the clause's subject, after a clause opening, not an object: "UaC matches ...
            # and the strongest prior memory systems on recall (78.8%)"; nor a named one's
            # apposition: "o1-preview -- the strongest evaluated model -- scores 41.9%")
            # (also after ", and": "... is only 52.1%, and even the most advanced model
            # achieves 58.1%")
            return (a == sent_start or low[a - 1] in _CLAUSE_OPENINGS or
                    low[a - 2:a] == [",", "and"]) and \
                not any(b < c.start < k or c.end == a - 1 for c in systems)
    return False


_CLAUSE_OPENINGS = frozenset((",", ":", ";", "with", "while", "whereas", "that", "but"))


def _our_kind_of_known(low: list[str], subject: Candidate, sent_start: int) -> bool:
    """"our [14B-]GRPO model", "our RL approach", "our proposed CNN-based model": "our"
    ("proposed"), then (after a size and a hyphen) the name, ("based"), then a system's
    kind."""
    j = subject.start - 1
    if j - 1 > sent_start and low[j] == "-" and low[j - 1][:1].isdigit():
        j -= 2
    if j > sent_start and low[j] == "proposed":
        j -= 1
    end = subject.end
    if end + 1 < len(low) and low[end] == "based" or \
            end + 2 < len(low) and low[end:end + 2] == ["-", "based"]:
        end += 1 if low[end] == "based" else 2
    return j >= sent_start and low[j] == "our" and end < len(low) and low[end] in _OWN_KINDS


def _beaten_at(low: list[str], subject: Candidate, k: int, sent_start: int) -> int | None:
    """The comparison word before `subject` when the number at `k` is the comparer's: ", achieving
    ..." follows the beaten one ("X outperforms Y, achieving 76.4%")."""
    between = low[subject.end:k]
    # (also a second verb of the comparer's: "X outperforms Y on 35 of 40 tasks, and scores
    # 59.4 on OlympiadBench")
    # (or a dash: "outperforms state-of-the-art methods - Explorer, OS-Genesis, and
    # SynthAgent - achieving up to 24.23%")
    # (and ", with": "outperforms the original YOLO-World model, with precision increasing
    # from 40.6% to 41.6%")
    # (and ", while maintaining": "outperforming OmniSQL (+19.5%) ..., while maintaining strong
    # question-SQL alignment (98.59%)")
    if not any(w in _CLAUSE_BREAKS and (nxt in _PARTICIPLES or w == "," and nxt == "and" and
                                        nxt2 in _THIRD_PERSON or w == "," and nxt == "with" or
                                        w == "," and nxt == "while" and nxt2.endswith("ing")) or
               w == "and" and nxt in _SCORE_VERBS  # ("can outperform X ... and achieve ...")
               for w, nxt, nxt2 in zip(between, between[1:], [*between[2:], ""])) and not (
            # ("X outperforms Vicuna-13B (6.39) with a score of 7.55", "surpasses ChatGPT on
            # AlpacaEval with a win rate of 89.17%": the comparer's score)
            len(between) >= 4 and between[-1] == "of" and
            (between[-2] in _SCORE_NOUNS or between[-2] in _SCORE_WORDS) and
            "with" in between[-5:-2] and between[between.index("with", len(between) - 5) + 1]
            in ("a", "an", "the")):
        return None
    # (also "vs.": "P-RAG nearly doubles the overall score vs. Standard RAG (...) and
    # achieves 44.03% on the Compare subset")
    return next((j for j in range(subject.start - 1, max(sent_start, subject.start - 21) - 1, -1)
                 if low[j] in _COMPARING or low[j] in _MATCHING or low[j] in _VS), None)


_CLAUSE_BREAKS = frozenset((",", "-", "–", "—", "--"))


def _comparing_words(low: list[str], a: int, b: int) -> list[int]:
    """Where "than", "over" or an outperform verb stands in a..b: what comes after it is
    compared with ("X surpasses Y on MiniF2F-Test (86.1% vs 82.4%)")."""
    return [j for j in range(a, b) if low[j] in _COMPARING]


def _in_range(tk: Toks, k: int, sent_start: int, sent_end: int) -> bool:
    """The number at `k` is an end of a range written with a dash ("0.94-0.99", "85%-90%",
    "85-90%")."""
    text = tk.text
    j = k + 1 + (k + 1 < sent_end and _is_pct(text[k + 1]))
    if j + 1 < sent_end and text[j] in ("-", "–", "—") and not tk.ws[j - 1] and \
            score_number(text[j + 1].rstrip("x×")):
        return True  # (also a range of factors: "1.5-7.9x higher throughput")
    if j + 1 < sent_end and tk.lower[j] == "to" and score_number(text[j + 1]) and \
            "from" not in tk.lower[sent_start:k]:
        return True  # "achieves 81.4% to 89.2% accuracy": a range, not a change (nor a
        # change listed after one: "from 82.48% to 89.74%, 66.24% to 78.88%")
    if k - 1 >= sent_start and tk.lower[k - 1] == "between":
        return True  # "between 23.53 and 41.86 answer tokens"
    if k - 2 >= sent_start and tk.lower[k - 1] in ("and", "to") and (
            score_number(text[k - 2]) or _is_pct(text[k - 2]) and k - 3 >= sent_start and
            score_number(text[k - 3])) and (
            tk.lower[k - 1] == "to" and "from" not in tk.lower[sent_start:k] or
            tk.lower[k - 1] == "and" and _between_before(tk, k - 2, sent_start)):
        return True  # the range's other end
    return k - 2 >= sent_start and text[k - 1] in ("-", "–", "—") and not tk.ws[k - 1] and (
        score_number(text[k - 2]) or _is_pct(text[k - 2]) and k - 3 >= sent_start and
        score_number(text[k - 3]))


def _start_of_number(tk: Toks, j: int) -> int:
    """The number's token at or before `j` (over a percent sign)."""
    return j - 1 if _is_pct(tk.text[j]) else j


def _between_before(tk: Toks, j: int, sent_start: int) -> bool:
    n = _start_of_number(tk, j)
    return n - 1 >= sent_start and tk.lower[n - 1] == "between"


def data_as_modifier(tk: Toks, c: Candidate) -> bool:
    """Data named as a modifier, no benchmark: "Our ImageNet-pretrained ViT"."""
    return c.end + 1 < len(tk.text) and tk.text[c.end] == "-" and \
        tk.lower[c.end + 1].endswith("ed")


def find_results(tk: Toks, cands: list[Candidate], sent_start: int, sent_end: int,
                 proposed: Candidate | None, own_bench: Candidate | None = None,
                 evaluated: bool = False) -> list[dict]:
    """Scores in the sentence, each with its system, benchmark and metric. `own_bench`: the
    one benchmark the paper introduces, which a score sentence naming none is on ("we
    introduce Multi-IF, a new benchmark ... o1-preview drops from 0.877 ... to 0.707"), or
    (`evaluated`) the one benchmark the abstract names, evaluating on it, which such a
    sentence is on unless it speaks of other, unnamed data ("on the constructed test set of
    tractor road data, FrustumFusionNetv2 achieves 82.28%", "masked in the original
    benchmark as all models achieve near 100% accuracy")."""
    words = set(tk.lower[sent_start:sent_end])
    # (nor data named as a modifier: "Our ImageNet-pretrained ViT ... achieves 78.04%")
    # (not a name followed by "of" and a number: "RTE of 1.68", "performance on Bad2 of
    # 41.49%" name what is measured; but "top-1 accuracy on ImageNet-1K of 79.9%", known data)
    benches = [c for c in cands if sent_start <= c.start < sent_end and
               c.type in ("Benchmark", "Dataset") and not data_as_modifier(tk, c) and not (
                   _names_a_value(tk, c, sent_end) and (
                       c.canonical is None or c.start > sent_start and
                       tk.lower[c.start - 1] not in ("on", "in", "across")))]
    if own_bench is not None and evaluated and not (words.isdisjoint(_UNNAMED_DATA) and
                                                    words.isdisjoint(_OTHER_STUDIES)):
        own_bench = None
    if not benches and own_bench is None or tk.text[sent_end - 1] == "?":
        return []  # (a question reports nothing: "Are SR datasets 100% trustworthy?")
    systems = [c for c in cands if sent_start <= c.start < sent_end and
               c.type in ("Model", "Method") and not _names_a_value(tk, c, sent_end) and
               not _after_number(tk, c, sent_start) and not _protocol(tk, c, sent_end) and
               not _kind_modifier(tk, c, sent_end) or c is proposed]
    metrics = [c for c in cands if sent_start <= c.start < sent_end and c.type == "Metric"]
    starts = {c.start for c in systems if c.canonical is not None}  # known systems
    # "(SSIM: 0.8863, FID: 54.2 on DDR)": a number after a metric's ":" or "=" is its score.
    metric_ends_at = {c.end for c in metrics}
    metric_starts = frozenset(c.start for c in metrics)
    metric_ends = {e for e in metric_ends_at if e < sent_end and tk.text[e] in (":", "=")}
    low = tk.lower
    # With one benchmark and a score verb in the sentence, a score anywhere in it is on that
    # benchmark ("When fine-tuned on Science QA, X achieves a new state-of-the-art accuracy
    # of 92.53%"; "... 80.5% exact-set match accuracy on the validation set of Spider").
    # (also "X performs best with a 37.3% success rate", "we find X to perform best at 37.3%")
    scored = not words.isdisjoint(_SCORE_VERBS) or any(
        low[j] in _PERFORM and low[j + 1] == "best" for j in range(sent_start, sent_end - 1))
    only = benches[0] if len(benches) == 1 and scored else \
        own_bench if not benches and scored else None
    # The benchmark of a fronted "On (the) B (dataset)," phrase, which the clause after it
    # is scored on.
    fronted = next((b for b in benches if b.start <= sent_start + 2 and
                    low[sent_start] in ("on", "in", "across") and
                    b.end < sent_end and low[b.end] == ","), None)
    last_gain = -1  # a list after a gain is gains too: "up to 24.2% on A, 32.6% on B"
    last_compared = -1  # a list after "compared to" scores the systems it names
    # A number inside a name ("AlpacaEval 2.0", "MinerU 2.5") is not a score.
    in_name = {j for c in cands if sent_start <= c.start < sent_end for j in range(c.start, c.end)}
    bench_starts = frozenset(b.start for b in benches)
    out = []
    # "boosting X from 89.17 to 92.48": the "to" value is a score, the "from" value the score
    # before (read after its "to" value, which finds the benchmark).
    changes = _changes(tk, sent_start, sent_end)
    # ("on two datasets: OK-VQA and A-OKVQA, achieving accuracies of 38.8% and 34.6%": the
    # listed benchmarks scored in order, as listed systems are)
    paired = _respectively(tk, benches, sent_start, sent_end) if "respectively" in words else \
        {**_paired_scorers(tk, benches, sent_start, sent_end),
         **_listed_on_listed(tk, benches, sent_start, sent_end)}
    in_metric = _respectively(tk, metrics, sent_start, sent_end) if "respectively" in words \
        else {}
    scorers = _paired_scorers(tk, systems, sent_start, sent_end)
    run_metric = _metric_of_runs(tk, metrics, sent_start, sent_end)
    # ("O3 (High) and O4-mini (High) following behind at 32.3% and 30.8% respectively", O3
    # read as no name: numbers "respectively" pairs with nothing found are not all the last
    # listed system's)
    unpaired = {k for run in _number_runs(tk, sent_start, sent_end) if len(run) >= 2 and
                "respectively" in low[run[-1]:sent_end] and
                not any(j in paired or j in scorers or j in in_metric for j in run)
                for k in run} if "respectively" in words else set()
    for k in range(sent_start, sent_end):
        tok = tk.text[k]
        if not score_number(tok) or k in in_name:
            continue
        pct = k + 1 < sent_end and _is_pct(tk.text[k + 1])
        if k in changes.values():
            continue  # a "from" value: read with its "to" value below
        if _in_range(tk, k, sent_start, sent_end):
            continue  # "0.94-0.99 Macro-F1": a range, no one score
        if k - 1 >= sent_start and low[k - 1] == "@" or \
                k - 2 >= sent_start and low[k - 1] == "at" and k - 1 in metric_ends_at:
            continue  # "success detection rate (SDR) @ 2.0 mm", "mean Average Precision at 50%
            # (mAP@0.5) of 0.756": a threshold
        if "delta" in low[max(sent_start, k - 4):k]:
            continue  # "mean delta PPL approx. 0.02": a change, no score
        if any(w in _SPREADS for w in low[max(sent_start, k - 3):k]) or \
                any(w in _VS for w in low[max(sent_start, k - 6):k]) and \
                any(w in _SPREADS for w in low[max(sent_start, k - 14):k]):
            continue  # "an overall standard deviation of 0.2 across 10 seeds (vs. AM-Parser's
            # 4.3)": a spread, and the one compared with it
        if not pct and k - 1 > sent_start and tk.text[k - 1][:1].isupper() and \
                tk.text[k - 1].isalpha() and k - 1 not in in_name:
            continue  # "the VLA-based Alpamayo 1.5 research policy model": a version
        if low[k + 1 + pct:k + 3 + pct] == ["agreement", "with"] and \
                not _PEOPLE.isdisjoint(low[k + 3 + pct:k + 6 + pct]):
            continue  # "achieve around 85% agreement with human judgment": how well a judge
            # agrees with people, no score on the benchmark
        if pct and any(w in _CONFIDENCE_WORDS for w in low[k + 2:k + 4]):
            continue  # "95% CI", "(95% bootstrap CI on ...)": a confidence level, no score
        if pct and k + 2 < sent_end and low[k + 2] == "hausdorff":
            continue  # "95% Hausdorff distance of 2.8256mm": a percentile, no score
        if _threshold_before(tk.text, k, sent_start):
            continue  # "pass@score >= 0.5", "p < 0.01": a threshold, no score
        if k - 1 > sent_start and tk.text[k - 1] == "=" and k - 1 not in metric_ends and \
                tk.text[k - 2] != tk.text[k - 2].lower():
            continue  # "reaching MCC=0.77 with F1-ERR=0.98": a number set equal to a
            # capitalised name not read as a metric is no score of the one before (but
            # "mean r = 0.438" is)
        if pct and k - 1 >= sent_start and low[k - 1] in ("the", "a") and \
                any(b.start == k + 2 for b in benches):
            continue  # "training on the 10% Alpaca-GPT4 IT data subset": an amount of data
        if k - 2 >= sent_start and tk.text[k - 1] == "(" and tk.text[k - 2][:1].isupper() and \
                k - 2 not in in_name:
            # "surpassing the state-of-the-art method L-Defense (61.20%)": the score of a
            # system not read as a name (one that is, "GPT-5 (62.9% on X)", is scored)
            continue
        if k - 2 >= sent_start and tk.text[k - 1] in ("(", "'s", "\u2019s") and \
                low[k - 2] in _UNNAMED_SCORERS and \
                _unnamed_kind_phrase(low, k - 2, sent_start, in_name):
            continue  # "outperforms ReAct (59%) and a monolithic agent (27%)", "outperforming
            # the best active model's 27.6%": an unnamed one's
        # (a metric said right before "of" scores a plain number whatever the verb: "it
        # attained the highest FActScore of 46.50")
        if not pct and ("." not in tok or not (words & _SCORE_WORDS or k in changes or
                                               k - 1 in metric_ends or
                                               low[k - 1] == "of" and k - 1 in metric_ends_at)):
            continue
        prev = low[max(sent_start, k - 2):k]
        after_i = k + (2 if pct else 1)
        nxt = low[after_i] if after_i < sent_end else ""
        if nxt == "-" and after_i + 1 < sent_end:
            nxt = low[after_i + 1]  # "compressed 4.1-fold"
        if not pct and (nxt in _TIME_UNITS or nxt in _AMOUNT_UNITS or
                        after_i + 2 < sent_end and low[after_i + 1] == "/" and
                        low[after_i + 2] in _TIME_UNITS):
            continue  # "an average inference time of 5.36 seconds per problem": a duration;
            # "from 15.16 to 32.08 images/s", "8.53 GB", "30.2 fps": a rate or an amount
        if not pct and k not in metric_ends_at and k - 1 not in metric_ends_at and \
                _counted_after(tk, after_i, sent_end, metric_starts):
            continue  # "it averages 14.2 candidate proposals per image": a count of things,
            # no score (but "HD95 of 9.91 pixels" is the metric's, in its unit)
        # "achieves up to 94%", "an accuracy rate of over 99%": a bound on a score is a score
        # (as is "achieves only 57.0%", "a success rate of only 17.4%": not "with only 10%").
        achieve_up_to = prev[-2:] == ["up", "to"] and k - 3 >= sent_start and \
            low[k - 3] in _SCORE_WORDS or len(prev) == 2 and prev[0] == "of" and \
            prev[1] in _APPROXIMATELY or len(prev) == 2 and prev[0] in _SCORE_VERBS and \
            prev[1] in _APPROXIMATELY and prev[1] != "over"
        # ("PriceBlind achieves around 80% ASR": a score said roughly; not "achieves over
        # 90%", a bound)
        # The system named right after "for" / "by": "(65.4% for GPT-4o ...)"; or alone in
        # brackets right after the score: "the top models achieve 80.42% (Gemini 2.5 Pro),
        # 79.84% (GPT-4.1), and ..."
        follower = next((s for s in systems if s.start == after_i + 1), None) \
            if after_i + 1 < sent_end and low[after_i] in ("for", "by") else next(
                (s for s in systems if s.start == after_i + 1 and s.end < sent_end and
                 low[s.end] == ")" and (s.type == "Model" or s.canonical is not None)), None) \
            if after_i + 1 < sent_end and low[after_i] == "(" \
            else None
        # "(66.67%,) compared to 37.5% for GPT-4o and 29.17% for Claude 3.5": the compared
        # systems' own scores, not changes.
        owner = None
        if prev[-2:] in (["compared", "to"], ["compared", "with"]) or \
                last_compared >= 0 and prev[-1:] in ([","], ["and"]) and \
                _SCORE_VERBS.isdisjoint(low[last_compared:k]):
            last_compared = k
            owner = follower
            if owner is None and after_i + 1 < sent_end and low[after_i] in ("for", "by"):
                continue  # "compared with 83.514% for the dense baseline, 82.634% for ...":
                # an unnamed other system's score
        if pct and prev[-1:] == ["at"] and nxt in _OPERATING_POINTS:
            continue  # "At 80% coverage, accuracy reaches 99.1%", "precision at 90% recall":
            # where the score is read off, not a score
        if k in changes or owner:
            pass  # the new score of a change: "... from 89.17 to 92.48"
        elif last_gain >= 0 and low[k - 1] in (",", "and") and pct and \
                (m_end := next((c.end for c in metrics if c.start == after_i), None)) and \
                m_end < sent_end and low[m_end] in ("on", "in") and \
                _GAIN_NOUNS.isdisjoint(low[after_i:m_end + 1]) and \
                _GAIN_NOUNS.intersection(low[last_gain + 1:last_gain + 4]):
            pass  # "a 7.7% improvement on ScreenSpot, ..., and 91.9% accuracy on
            # ScreenSpotV2": after gains each named as such, a score its metric follows
        elif (any(low[j] in _GAIN_BEFORE and j not in in_name and
                  # (not "by achieving 17.4% WER on the LRS2": how, not how much)
                  not (low[j] in ("by", "to") and low[j + 1] in _SCORE_VERBS and not any(
                      w in _GAIN_AFTER for w in low[after_i:after_i + 2]))
                  for j in range(max(sent_start, k - 2), k)) and not achieve_up_to and
              not (prev[-1:] == ["only"] and len(prev) == 2 and
                   (prev[0] in _SCORE_VERBS or prev[0] == "of" or
                    # ("scores 90.5% on ChartQA but only 55.81% on ChartQAPro")
                    prev[0] in ("but", "yet") and nxt in ("on", "in")))) or \
                nxt in _GAIN_AFTER and not (
                    # ("obtains 7.55 points on MT-Bench": a score in points, said right after
                    # the verb, on a benchmark)
                    nxt in ("points", "pts") and prev[-1:] != [] and prev[-1] in _SCORE_VERBS and
                    after_i + 1 < sent_end and low[after_i + 1] in ("on", "in")) \
                or _gains_listed(low, sent_start, k) \
                or _gain_by(low, max(sent_start, k - 5), k, in_name) or \
                _gain_noun_after(low, after_i, sent_end, in_name) or \
                _list_of_gains(tk, after_i, sent_end, in_name) or (
                    last_gain >= 0 and _SCORE_VERBS.isdisjoint(low[last_gain:k]) and
                    not _sets_anew(low, last_gain, k) and
                    not _aside_closed(low, last_gain, k, sent_start)):
            last_gain = k
            continue
        if any(tk.text[j] in ("+", "±") or "\\pm" in tk.text[j]
               for j in range(max(sent_start, k - 1), k)):  # (also LaTeX "$\pm$ 0.04")
            continue
        if any(low[j] == "previously" or
               low[j] in _OTHERS_SCORE and (low[j] in ("previous", "prior") or
                                            low[j - 1] in ("the", "a", "our") or
                                            # ("close to the random baseline of 50%")
                                            low[j] == "baseline" and
                                            low[j - 2] in ("the", "a") and
                                            low[j - 1] != "new") or
               low[j] in _PEOPLE for j in range(max(sent_start + 1, k - 4), k)):
            # "surpassing the previous best score of 0.80", "the previously published best
            # of 16.6%": another system's; "the inter-annotator correlation of 0.47", "human
            # experts' 88.3%": people's
            continue
        if _unnamed_clause_subject(low, systems, k, sent_start):
            continue  # "...; a 32B-parameter baseline LLM yields a KG that achieves only 40.2%"
        if _unnamed_best(low, systems, k, sent_start) and follower is None:
            continue  # (but the one named right after: "(65.4% for GPT-4o and ...)")
        value = float(tok)
        if pct and value > 100:
            continue
        vs_second = k - 1 >= sent_start and low[k - 1] in _VS
        vs_first = after_i < sent_end and nxt in _VS
        # Benchmark: "(on) X" right after the number first, else the nearest before it (a
        # bracketed one too: "24.8 (ISIC 2018) and 7.96 (ISIC 2020)").
        after = [] if (vs_first or vs_second) else [
            b for b in benches if b.start >= after_i and b.start - after_i <= 4 and
            all(w in ("on", "in", "across", "for", "the", "accuracy", "score", "points")
                or w in _SCORE_WORDS for w in low[after_i:b.start]) or
            b.start == after_i + 1 and low[after_i] == "("]
        if not after and not (vs_first or vs_second):
            # "42.76% length-controlled win rate on AlpacaEval 2.0": metric words, then "on X".
            # (or "on", then describing words: "90.2% on the curved-text CTW1500 dataset";
            # over a bracketed gain first: "61.52% (+6.19% improvement) on WeMath")
            a_i = _after_aside(tk, after_i, sent_end)
            # (also past an aside after the metric: "0.24 Macro F1 (+100% over baseline) on
            # S1")
            m = next((j for j in range(a_i, min(a_i + 4, sent_end)) if not _metric_word(low[j])),
                     sent_end)
            skip = range(m, _after_aside(tk, m, sent_end)) if m > a_i else range(0)
            # (also "17.4% WER on the LRS2 and ...")
            after = [b for b in benches if b.start >= a_i and b.start - a_i - len(skip) <= 6 and
                     (low[b.start - 1] in ("on", "in", "across") or
                      low[b.start - 1] == "the" and low[b.start - 2] in ("on", "in", "across")
                      or low[a_i] in ("on", "in") and b.start > a_i + 1) and
                     all(_metric_word(low[j]) for j in range(a_i, b.start) if j not in skip)]
        on_i = after_i + (after_i < sent_end and low[after_i] == ")")
        if not after and on_i + 1 < sent_end and low[on_i] in ("on", "in") and any(
                c.start == on_i + 1 + (low[on_i + 1] == "the") and
                c.type not in ("Benchmark", "Dataset") for c in cands):
            continue  # "... from 48.6 to 61.8 on code retrieval": scored on a task, where
            # no benchmark is named (not on the one named before); also past a bracket:
            # "matches GPT-4o's accuracy (89.9%) on long-form QA"
        if not after and _on_unnamed_data(tk, after_i, sent_end, cands):
            continue  # "90.47% Top-1 accuracy on the self-built dataset and 70.41% on
            # HealthBench": on data the paper does not name
        if not after and after_i + 1 < sent_end and low[after_i] == "(" and \
                tk.text[after_i + 1][:1].isupper() and after_i + 1 not in in_name and \
                not _SCORE_LABEL.fullmatch(_bracketed(tk, after_i + 1, sent_end)):
            # "2.26% (IAM-A, en), 1.81% (RIMES, fr)": on data not read as a name (but "0.893
            # (B-1)", "56.7% (Pass@64)", "83.75% (UAR)" label the score)
            continue
        if not after and after_i + 1 < sent_end and low[after_i] in ("for", "on") and \
                after_i + 1 not in in_name and lx.strong_shape(tk.text[after_i + 1]) and \
                not any(c.start == after_i + 1 for c in cands):
            continue  # "99.6% for CKP and 98.63% for MMI": on data not read as a name
        # (not one that ends the claim before: "reaches 4.72 on VoiceBench AlpacaEval,
        # achieves 92.6% writing-speaking consistency")
        # (a participle goes on with it: "sets a new state-of-the-art on the DeepEyeNet
        # benchmark, achieving a BLEU-4 score of 0.241")
        before = [b for b in benches if b.end <= k and k - b.end <= 8 and not any(
            low[j] == "," and low[j + 1] in _SCORE_VERBS and low[j + 1].endswith("s")
            for j in range(b.end, k - 1))]
        if not after and _own_benchmark(tk, after_i, sent_end, starts):
            before, only = [], None  # "..., 88.3 RMSE on Void's depth completion"
        bench = paired.get(k) or (after[0] if after else (before[-1] if before else only))
        if bench is only and only is not None and k not in paired and only.start > k and \
                ";" in low[k:only.start]:
            # "... reach only 31.49% and 30.21% accuracy, respectively; on a matched CheXpert
            # training-split protocol, ...": the next clause's data (the paper's own, if any)
            bench = own_bench
        if bench is only and only is not None and k not in paired and not after and \
                not before and any(low[j] in ("in", "on") and low[j + 1] in ("a", "an") and
                                   not _OTHER_SETTINGS.isdisjoint(low[j + 2:k])
                                   for j in range(only.end, k - 1)):
            continue  # "... on ModelNet40, achieving 92.7%, and excels in a real-world MFC
            # anode structure problem with 97% accuracy": scored in another setting
        if bench is None and fronted is not None and fronted.end < k and \
                not any(fronted.end <= b.start < k for b in benches):
            bench = fronted  # "On the Synapse dataset, X achieves a Dice score of 86.11%, and
            # on the ACDC dataset, it reaches 92.64%"
        if bench is None and k in changes and len(benches) <= 1:
            # a change's scores are on the one benchmark it names (or the paper's own)
            bench = benches[0] if benches else own_bench
        if bench is None:
            continue
        if vs_second:
            # "LLaVA^w (76.7 vs. 70.7)": the second number is the compared system's (also
            # after a comparing verb: "X surpasses Y on MiniF2F-Test (86.1% vs 82.4%)").
            than = _comparing_words(low, sent_start, min(k, bench.start))
            objs = [s for s in systems if than and s.start > than[0] and s.end <= bench.start]
            if not objs:
                continue
            subject = objs[-1]  # (the one named last: "exceeds GEPA, MIPRO, and TextGrad on
            # 6/9 tasks and performs comparably to TextGrad on IFEval-Hard (82.4% vs 84.5%)")
        else:
            subject = _subject(tk, [s for s in systems if s.end <= bench.start or s.end <= k],
                               min(k, bench.start) if vs_first else k, sent_start, proposed)
            if vs_first:
                than = _comparing_words(low, sent_start, min(k, bench.start))
                if than:
                    subject = _subject(tk, [s for s in systems if s.end <= than[0]], than[0],
                                       sent_start, proposed)
        opened = next((j for j in range(k - 1, max(sent_start, k - 12) - 1, -1)
                       if low[j] in ("(", ")")), None)
        if opened is not None and low[opened] == "(" and bench.end == opened and \
                _beaten_name(low, bench, sent_start):
            continue  # "surpassing the previous state-of-the-art pipeline DCLM (31.98%)",
            # "compared to RAG2data (16%, 10%, 72.14%)": the scores of what is compared, not
            # scores on it
        # "(65.4% for GPT-4o and 67.9% for Gemini-1.5-Pro)": the system after "for" (or the
        # compared one after "by").
        named_after = owner or (follower if follower and low[after_i] in ("for", "(") else None)
        if named_after:
            subject = named_after
        elif k in scorers:
            subject = scorers[k]
        elif k in unpaired and subject is not None and subject.start - 1 > sent_start and \
                low[subject.start - 1] in ("and", ","):
            continue  # (the last of listed systems, the others read as no name)
        if subject is not None and k - 1 > sent_start and low[k - 1] == ":" and \
                subject.end != k - 1 and tk.text[k - 2][:1].isupper() and \
                k - 1 not in metric_ends_at and not low[k - 2].startswith("top") and \
                not any(b.end == k - 1 for b in benches):
            continue  # "(Filtered BC: 54.5%)": the score of the name before the colon, which
            # is none found ("supervised (Filtered BC: 54.5%)" was AppAgent's); not after a
            # metric's or a benchmark's colon ("(SSIM: 0.8863)", "MMLU: 98.2%")
        if subject is None or tk.lower[subject.start:subject.end] == \
                tk.lower[bench.start:bench.end]:
            continue  # ("a subset of DeepLesion (6%, ...)": no system scored)
        # (a defined metric is where its long form is: "77.74 Driving Score (DS) and 54.62%
        # Success Rate (SR)")
        # ... and "an F1-score of 95.57%, accuracy of 95.63%" says its metric before "of",
        # "89.55% mDice and 81.46% mIoU" right after the score.
        # A score in parentheses after its benchmark in a list is in the metric the list
        # follows: "Recall@5 results on PopQA (55.3%), ..., and MuSiQue (77.3%), alongside
        # top F1 scores" (not the nearer one after it).
        listed_under = [m for m in metrics if m.end <= bench.start] \
            if bench.end == k - 1 and low[k - 1] == "(" else []
        # (a change's metric is said before its "from": "precision increasing from 40.6% to
        # 41.6%, recall from 30.8% to 31%")
        # ("Dice and IoU scores of 86.47% and 78.2%, respectively": in order)
        # ("an MT-Bench score of 8.83": the benchmark's own score, in no metric named)
        bench_score = k - 3 >= sent_start and low[k - 1] == "of" and \
            low[k - 2] in ("score", "scores") and any(b.end == k - 2 for b in benches)
        # (nor one named in capitals but not read as a metric: "a Composite Similarity
        # Correlation of 89.13% ... and an F1 of 60.48%")
        unread = k - 2 >= sent_start and low[k - 1] == "of" and \
            tk.text[k - 2][:1].isupper() and tk.text[k - 2].isalpha() and \
            k - 2 not in in_name  # (metrics are among the names: cands)
        # (nor one in unread score words, said before "of" or before a change's "from": "its
        # appearance score from 3.0 to 3.9", "a novelty score of 4.2")
        said = changes[k] if k in changes else k
        unread = unread or said - 3 >= sent_start and low[said - 1] in ("of", "from", "(") and \
            low[said - 2] in _SCORE_NOUNS and _measure_word(low[said - 3]) and \
            not any(said - 4 <= m.end < said or m.start == after_i for m in metrics) and \
            not any(b.end == said - 2 for b in benches)
        # (or right after it: "80.05% route completion, 51.10% arrival rate, and 0.20%
        # collision rate": no route completion for the last two)
        # (a hyphenated measure word too: "89.92% open-ended score")
        noun_at = hyphen_compound(tk, after_i, sent_end) if after_i < sent_end else after_i
        unread = unread or pct and noun_at < sent_end and \
            low[noun_at] in _SCORE_NOUNS and (
                _measure_word(low[after_i]) if noun_at == after_i + 1 else
                all(low[x] == "-" or low[x].isalpha() for x in range(after_i, noun_at))) and \
            after_i not in in_name and tk.text[after_i].islower() and \
            not any(after_i <= m.start <= noun_at or
                    m.long_span and after_i <= m.long_span[0] <= noun_at for m in metrics)
        metric = None if bench_score or unread else \
            in_metric.get(k) or run_metric.get(k) or next(
            (m for m in metrics if m.end == k - 1 and low[k - 1] == "of" or
             m.start == after_i or m.start == after_i + 1 and
             (low[after_i] in _METRIC_MODIFIERS or _measure_word(low[after_i]) and
              after_i not in in_name and not is_stop(low[after_i])) or
             # ("82.2% ImageNet accuracy": the metric after the benchmark it is on)
             any(b.start == after_i and b.end == m.start for b in benches) or
             k in changes and changes[k] - 3 <= m.end <= changes[k] - 1 and
             all(w == "from" or w.endswith("ing") for w in low[m.end:changes[k]])),
            None) or \
            (listed_under[-1] if listed_under else None) or \
            min((m for m in metrics if not (low[m.start] in _COSTS and
                                            _after_number(tk, m, sent_start)) and
                 not _anothers_metric(tk, m, k, sent_start, bench_starts) and
                 not (m.start > k and _clause_between(tk, k, m.start)) and
                 not (m.end < k and _of_another(tk, m, k)) and
                 # (nor the next score's: "a score of 96.3% on X and a leading 79.1% step
                 # success rate on Y"; but "40.5%, 45.7% mAP" is a list's)
                 not (m.start > after_i and _next_scores(tk, after_i, m.start))),
                key=lambda m: min(abs(m.start - k), abs(m.long_span[0] - k))
                if m.long_span else abs(m.start - k), default=None)
        # (the nearest metric, but not a cost right after another number: "SLNet-M with ...
        # 1.22 GFLOPs reaches 93.92%")
        if k in changes and _unscored_change(tk, changes[k], sent_start, in_name):
            continue  # "by increasing average problem difficulty from 5.02 to 5.98": a
            # quantity changed, no score
        if k in changes:
            subject, before = _change_subjects(tk, systems, changes[k], sent_start, proposed,
                                               subject, in_name)
            if subject is None:
                continue
            if before is not None:
                f = changes[k]
                out.append({"subject": before, "benchmark": bench, "metric": metric,
                            "value": float(tk.text[f]), "value_text": tk.text[f],
                            "unit": "%" if pct else None, "token": f})
        out.append({"subject": subject, "benchmark": bench, "metric": metric, "value": value,
                    "value_text": tok, "unit": "%" if pct else None, "token": k})
    return out


_SCORE_LIST_WORDS = frozenset((",", "and", "or", "%", "/", "vs", "vs.", "versus", "(", ")"))


def _next_scores(tk: Toks, a: int, b: int) -> bool:
    """Whether the metric at `b` is said right after another score in a..b, one that stands
    after words ending this score's list ("96.3% on X and a leading 79.1% step success rate"):
    it is that score's metric (not in "40.5%, 45.7% mAP", nor "O1 (0.902) and DeepSeek-R1
    (0.888) achieved the highest accuracy")."""
    low = tk.lower
    for j in range(b - 1, a - 1, -1):
        if score_number(tk.text[j]):
            e = j + 1 + (j + 1 < b and low[j + 1] == "%")
            return b - e <= 2 and all(low[x].isalpha() and not is_stop(low[x])
                                      for x in range(e, b)) and \
                any(low[x] not in _SCORE_LIST_WORDS and not score_number(tk.text[x])
                    for x in range(a, j))
    return False


def _respectively(tk: Toks, benches: list[Candidate], a: int, b: int) -> dict[int, Candidate]:
    """{score token: benchmark} for "82.12 and 71.41 on the SUIM and DUT datasets,
    respectively": a list of n numbers pairs in order with the next list of n benchmark
    names in the sentence, else the last one before it (lists joined by "," / "and"; a "%"
    after each number). Given metrics, {score token: metric} the same way ("Dice and IoU
    scores of 86.47% and 78.2%, respectively")."""
    low = tk.lower
    numbers = _number_runs(tk, a, b)
    runs = _name_runs(low, benches)
    out: dict[int, Candidate] = {}
    for nums in numbers:
        if len(nums) < 2:
            continue
        names = next((r for r in runs if r[0].start > nums[-1] and len(r) == len(nums)), None)
        if names is None:
            # "On A and B, X achieves 93% and 94%, respectively": the list before them.
            names = next((r for r in reversed(runs) if r[-1].end <= nums[0] and
                          len(r) == len(nums)), None)
        if names is not None:
            out.update(zip(nums, names))
    return out


def _listed_on_listed(tk: Toks, benches: list[Candidate], a: int,
                      b: int) -> dict[int, Candidate]:
    """{score token: benchmark} for "98.7% and 97.4% I-AUROC on MVTec-AD and VisA", with no
    "respectively": a list of n numbers right before "on/in (the)" and a list of n benchmarks
    (metric words between) pairs in order."""
    low = tk.lower
    runs = _name_runs(low, benches)
    out: dict[int, Candidate] = {}
    for nums in _number_runs(tk, a, b):
        if len(nums) < 2:
            continue
        last = nums[-1] + 1 + (nums[-1] + 1 < b and _is_pct(tk.text[nums[-1] + 1]))
        names = next((r for r in runs if last <= r[0].start <= last + 6 and len(r) == len(nums)),
                      None)
        if names is None:
            continue
        between = low[last:names[0].start]
        while between and between[-1] == "the":
            between.pop()
        if between and between[-1] in ("on", "in") and all(
                w.isalpha() or w == "-" or _METRIC_WORD.fullmatch(w) for w in between[:-1]):
            out.update(zip(nums, names))
    return out


def _metric_of_runs(tk: Toks, metrics: list[Candidate], a: int, b: int) -> dict[int, Candidate]:
    """{score token: metric} for "CIDEr scores of 1.679 and 1.483, METEOR scores of 0.478
    and 0.358": a list of numbers after "<metric> (score(s)) of" is all in that metric."""
    low = tk.lower
    out: dict[int, Candidate] = {}
    for nums in _number_runs(tk, a, b):
        f = nums[0]
        if len(nums) < 2 or f - 2 < a or low[f - 1] != "of":
            continue
        h = f - 2 - (low[f - 2] in ("score", "scores", "values", "value"))
        m = next((m for m in metrics if m.end == h + 1), None)
        if m is None:
            continue
        for k in nums:
            after = k + 1 + (k + 1 < b and _is_pct(tk.text[k + 1]))
            if after < b and (low[after].isalpha() and low[after] not in ("and", "or",
                                                                            "respectively")
                              or any(c.start == after for c in metrics)):
                break  # ("a WISE score of 0.90 and 79.06% reasoning accuracy": its own)
            out[k] = m
    return out


def _number_runs(tk: Toks, a: int, b: int) -> list[list[int]]:
    """Lists of numbers in a..b joined by "," / "and" (a "%" after each): their tokens."""
    low, text = tk.lower, tk.text
    numbers: list[list[int]] = []
    k = a
    while k < b:
        if not score_number(text[k]):
            k += 1
            continue
        run = [k]
        j = k + 1 + (k + 1 < b and _is_pct(text[k + 1]))
        while True:
            m = j
            while m < b and low[m] in (",", "and"):
                m += 1
            if m == j or m >= b or not score_number(text[m]):
                break
            run.append(m)
            j = m + 1 + (m + 1 < b and _is_pct(text[m + 1]))
        numbers.append(run)
        k = j
    return numbers


def _qualifier_end(low: list[str], k: int, end: int) -> int:
    """Past a short qualifier right after a listed name at `k`: its level ("MATH Level 5")
    or a bracketed split or setting ("MLVU (test)", "o3 (high)"); else `k`."""
    if k + 1 < end and low[k] == "level" and low[k + 1].isdigit():
        return k + 2
    if low[k:k + 1] == ["("]:
        close = next((j for j in range(k + 1, min(end, k + 5)) if low[j] in (")", "(")), None)
        if close is not None and low[close] == ")":
            return close + 1
    return k


def _name_runs(low: list[str], names: list[Candidate]) -> list[list[Candidate]]:
    """The names (in text order) grouped into lists joined by "," / "and" / "the" (past a
    name's short qualifier: "Across MATH Level 5, GSM8K, and MMLU")."""
    runs: list[list[Candidate]] = []
    for c in names:
        if runs and all(w in (",", "and", "the") for w in low[_qualifier_end(
                low, runs[-1][-1].end, c.start):c.start]):
            runs[-1].append(c)
        else:
            runs.append([c])
    return runs


def _paired_scorers(tk: Toks, systems: list[Candidate], a: int, b: int) -> dict[int, Candidate]:
    """{score token: system} for "Claude-4.6-Opus, Gemini-3-Pro, and GPT-5.2-xhigh, reach only
    57.2%, 55.3%, and 54.9% accuracy": a list of n systems (or benchmarks), then a score verb,
    then a list of n numbers, pair in order."""
    low = tk.lower
    out: dict[int, Candidate] = {}
    runs = [r for r in _name_runs(low, systems) if len(r) >= 2]
    if not runs:
        return out
    for nums in _number_runs(tk, a, b):
        if len(nums) < 2:
            continue
        # (further where "respectively" says so anywhere in the sentence after them:
        # "Qwen3-8B-Instruct and DeepSeek-R1-671B, only achieve Final Pass Rates of 5.9% and
        # 40%, respectively", "o1 and Deepseek-R1 models reach human-level performance in
        # value selection (0.809 and 0.814), ..., with F1 scores of 0.622 and 0.635,
        # respectively")
        reach = b - a if "respectively" in low[nums[-1]:b] else 6
        # (not past another name, the subject: "when integrated with ORCNN and ReDet
        # architectures, the SSP framework achieves mAP values of 47.86% and 48.50%")
        names = next((r for r in reversed(runs) if r[-1].end <= nums[0] and len(r) == len(nums)
                      and nums[0] - r[-1].end <= reach and
                      not _SCORE_VERBS.isdisjoint(low[r[-1].end:nums[0]]) and
                      not any(r[-1].end <= c.start < nums[0] for c in systems)), None)
        if names is not None:
            out.update(zip(nums, names))
    return out


_RANGE_WORDS = frozenset(("ranging", "range", "ranges", "varies", "vary", "varying", "span",
                          "spans", "spanning"))


_SETTING_PREPOSITIONS = frozenset(("at", "in", "on", "under", "after", "with", "for"))


def _gains_listed(low: list[str], sent_start: int, k: int) -> bool:
    """"relative improvements on this benchmark over the base model: 64.3% on X, 49.5% on Y,
    and 44% on ICD-10 coding": numbers listed after a colon that closes a phrase of gains (no
    score verb after the colon)."""
    colon = next((j for j in range(k - 1, sent_start - 1, -1) if low[j] == ":"), None)
    return colon is not None and not _GAIN_NOUNS.isdisjoint(low[sent_start:colon]) and \
        _SCORE_VERBS.isdisjoint(low[colon:k])


def _changes(tk: Toks, a: int, b: int) -> dict[int, int]:
    """{"to" value token: "from" value token} of "from 11% to 34%" in tokens a..b; not ranges
    ("ranging from 13.7% to 90.0%")."""
    low, text = tk.lower, tk.text
    out = {}
    for k in range(a, b - 3):
        if low[k] != "from" or not score_number(text[k + 1]) or (
                k - 1 >= a and low[k - 1] in _RANGE_WORDS):
            continue
        j = k + 2 + (text[k + 2] == "%")
        if j < b and low[j] in _SETTING_PREPOSITIONS:
            # "drops from 0.877 at the first turn to 0.707 at the third turn"
            m = j + 1
            while m < b and m - j <= 4 and text[m].isalpha() and low[m] != "to":
                m += 1
            j = m if m < b and low[m] == "to" else j
        if j + 1 < b and low[j] == "to" and score_number(text[j + 1]) and \
                (text[k + 2] == "%") == (j + 2 < b and text[j + 2] == "%"):
            out[j + 1] = k + 1
    return out


# Words of what a change verb changes that make it a score ("improves the pass rate from").
_SCORED_THINGS = _SCORE_WORDS | _SCORE_NOUNS | frozenset((
    "performance", "performances", "results", "error", "errors", "loss", "perplexity",
    "precision", "recall", "auc", "map", "iou", "dice", "fid", "wer", "cer", "success",
    "resolution", "correlation", "correlations", "agreement", "effectiveness", "correctness",
    "purity", "rfid", "gfid", "fvd", "kid", "psnr", "ssim", "lpips", "mae", "mse", "rmse",
    "ndcg", "mrr"))


def _unscored_change(tk: Toks, f: int, sent_start: int, in_name: set[int]) -> bool:
    """Whether the change whose "from" value is at `f` changes a quantity that is no score:
    "increasing average problem difficulty from 5.02 to 5.98", "reduces invalid synthetic
    data from 50% to 7%" (a change verb, then plain words, none a name or a score's)."""
    low = tk.lower
    v = next((j for j in range(f - 2, max(sent_start, f - 8) - 1, -1) if low[j] in _CHANGING),
             None)
    if v is None or v + 1 >= f - 1:
        return False
    return all(w.isalpha() and w not in _SCORED_THINGS and j not in in_name and
               not tk.text[j][:1].isupper() for j, w in enumerate(low[v + 1:f - 1], v + 1))


# Verbs of a system changing a score ("X improves pass rate from ... to ...").
_CHANGING = frozenset(("improves", "improved", "improve", "improving", "boosts", "boosting",
                       "boosted", "raises", "raising", "raised", "increases", "increasing",
                       "increased", "lifts", "lifting", "elevates", "elevating", "pushes",
                       "pushing", "reduces", "reducing", "reduced", "lowers", "lowering",
                       "cuts", "cutting"))
_DROP_WORDS = frozenset(("drops", "dropped", "drop", "falls", "fell", "decreases",
                         "decreased", "declines", "declined", "degrades", "degraded"))


def _change_subjects(tk: Toks, systems: list[Candidate], f: int, sent_start: int,
                     proposed: Candidate | None, subject: Candidate | None,
                     in_name: set[int]) -> tuple[Candidate | None, Candidate | None]:
    """Subjects of the new and the old score of a change whose "from" is at token f - 1: a
    system compared "over X" / "than X" before the change had the old score and the paper's
    own the new one; else both are the named system that changed ("boosting X from ...",
    "X's performance increases from ...")."""
    low = tk.lower
    # (nor a name modifying a kind: "MSRL scales the RLVR-based training of generative MRMs
    # ... (from 66.6% to 75.9% ...)")
    named = [s for s in systems if s.end <= f - 1 and not _based_modifier(low, s, f) and
             not (s.end < f and low[s.end] in _ITS_PARTS)]
    described = _drop_parenthesised(low, list(named))
    aside = described[-1] if described else None
    before = _drop_asides(low, list(described), f - 1)
    if not before:
        if not _DROP_WORDS.isdisjoint(low[max(sent_start, f - 6):f - 1]):
            # "replacing an agent's full context with a bounded memory drops accuracy from
            # 92% to 77%", "accuracy falls further (from 68% to 28%)": what a setting loses,
            # no system named, not the paper's own score
            return None, None
        return subject, None
    while len(before) > 1 and low[before[-1].start - 1] == "+":
        before.pop()  # "an MFA + self-consistency ensemble lifts AUROC from 0.74 to 0.82": the
        # system, not what it is combined with
    last = before[-1]
    if any(low[j] in ("our", "we") for j in range(last.end, f - 1)):
        # "on BitNet, our framework increases the attention sparsity from 0% to 60%": the
        # paper's system changed it, not the one it runs on (nothing named had the old score)
        return proposed, None
    if f - 2 >= last.end and low[f - 2] in _UNNAMED_SCORERS and \
            _unnamed_kind_phrase(low, f - 2, last.end, in_name):
        # "..., and improving a vanilla 7B model from 14.1% to 23.9%": an unnamed one's old
        # score; its new one the paper's system's ("InfTool transforms a base 32B model from
        # 19.8% to 70.9% accuracy"), else the sentence's subject's ("Reward shaping improves
        # a matched 7B baseline from 31.10% to 60.06%")
        return proposed or (subject if subject is not None and subject.start == sent_start
                            else None), None
    if f - 2 >= last.end and f - 2 not in in_name and lx.strong_shape(tk.text[f - 2]) and \
            tk.text[f - 2][:1].isupper() and "@" not in tk.text[f - 2]:  # (not "Pass@3")
        # "... of BFS-Prover-V2-7B from 68.77% to 70.74% and that of InternLM2.5-StepProver
        # from 59.59% to 60.33%": the change of a name not read as one, not the last one's
        return None, None
    if aside is not last:
        # "EO-Gym-4B, obtained by fine-tuning Qwen3-VL-4B-Instruct on ..., improves Pass@3
        # from 0.49 to 0.74": the system it was made from had the old score
        return last, aside
    # "instruction tuning with DeltaDirect improves accuracy from 25.9% to 85.4%": a new
    # method the change is made with has the new score (a known one is a setting: "with
    # GPT-4.1, the ROUGE-L score improved from ..."; "with PPO")
    if last.start - 2 >= sent_start and low[last.start - 1] == "with" and \
            low[last.start - 2] not in ("compared", "comparison", "contrast") and \
            last.canonical is None and last.type == "Method":
        return last, None
    if last.start > sent_start and low[last.start - 1] == "over" and len(before) > 1:
        # "Our trained Qwen3-VL-8B model improves over Qwen-3-VL-8B-Thinking from 2.8% to
        # 33.3%": the system named before it had the new score
        return before[-2], last
    # "over X" / "than X" within six words before it (at most one word for "to" / "with").
    if any(w in ("over", "than") for w in low[max(sent_start, last.start - 6):last.start]) or (
            last.start > sent_start and low[last.start - 1] in ("to", "with")):
        return (proposed or subject), last
    beat = next((j for j in range(last.start - 1, max(sent_start, last.start - 10) - 1, -1)
                 if low[j] in lx.OUTPERFORM_WORDS), None)
    if beat is not None and last.end < f - 2 and low[last.end] == "," and \
            low[last.end + 1].endswith("ing"):
        # "GuardSpace outperforms the state-of-the-art method AsFT, reducing the average
        # harmful score from 14.4% to 3.6%": the one beaten had the old score, the one
        # beating it the new
        winner = next((c for c in reversed(before[:-1]) if c.end <= beat), None)
        return (winner or proposed), last
    if not lx.OUTPERFORM_WORDS.isdisjoint(low[last.end:f - 1]):
        # "TimeSearch substantially surpasses previous state-of-the-art, improving the
        # accuracy from 41.8% to 51.5%": the old score is the unnamed one it beat
        return last, None
    base = named[len(described)] if len(named) > len(described) else None
    if base is not None and base.end < len(low) and low[base.end] == ")" and \
            base.start - 1 - last.end <= 1:
        # "MAmmoTH2-7B's (Mistral) performance increases from 11% to 34%": the model it is
        # built on, named alone in parentheses after it, had the old score
        return last, base
    v = next((j for j in range(last.end, f - 1) if low[j] in _CHANGING), None)
    if v is not None and v + 1 < f - 1 and last.type == "Method":
        # "ASP improves pass rate from 11.1% to 33.3%", "our RL approach ..., increasing
        # average accuracy from 57.8% to 72.0%": the method that changes a score has the new
        # one; the old is the score without it (but a model has both, before and after: "a
        # Thai Whisper baseline reduced WER from 64.3 to 38.3", "boosting WizardLM-13B from
        # 89.17 to 92.48")
        return last, None
    return last, last
