"""Entity-to-entity claims: "X outperforms Y", "X surpasses Y and Z" ("X underperforms Y" is
read backwards).

The subject is the last Model/Method named before the verb in the clause, or, for "our model
outperforms ...", "it surpasses ..." and the like, what the paper proposes. Objects are the
Models/Methods named after the verb up to the next clause break or benchmark phrase.
"""

from __future__ import annotations

import re
from itertools import compress, islice

from litgraph.extract import lexicon as lx
from litgraph.extract.abbreviations import PLURAL_ACRONYM
from litgraph.extract.names import Candidate, base_name
from litgraph.extract.tokens import Toks, aside_start, is_stop

_SELF = frozenset(("our", "we", "it", "its", "proposed", "this", "approach", "method", "model",
                   "framework", "which", "resulting"))
SYSTEM_TYPES = ("Model", "Method")
_SELF_REFS = frozenset(("it", "we", "our", "ours"))  # words that point at the proposed system
_SYSTEM_KINDS = frozenset(("model", "models", "method", "approach", "framework", "system",
                           "agent", "pipeline", "architecture", "network", "algorithm"))


# Words that end a comparison's objects; "that" starts a clause, except "(surpassing) that of X".
_STOP_OBJECTS = frozenset((";", "while", "whereas", "but", "although", "in", "on", "across",
                           "for", "by", "when", "using", "with", "at", "under", "without",
                           "which", "thereby", "and", "whilst", "particularly",
                           "especially", "due", "because", "since", "though", "thus",
                           "hence", "that", "despite",
                           # a main verb after the objects: "The advantage of RNNs over the
                           # traditional approaches is their capacity to adapt the word
                           # embeddings"
                           "is", "are", "was", "were"))
_GENERIC_HEADS = frozenset(("methods", "models", "datasets", "baselines", "approaches",
                            "techniques", "systems", "method", "model", "dataset", "approach",
                            "variants", "counterparts", "benchmarks", "solvers", "algorithms",
                            "policies", "strategies", "frameworks", "architectures",
                            "pipelines",
                            # (kinds of system by what they do: "training-intensive RL
                            # controllers", "existing LLM agents")
                            "agents", "controllers", "planners", "detectors", "classifiers",
                            "retrievers", "optimizers", "verifiers", "learners",
                            # (kinds of model: "outperforms textual, transformer LMs")
                            "lms", "llms", "vlms", "mllms"))
# "DREAM achieves 72.7% ImageNet linear-probing accuracy (+1.1% over CLIP)": a lower-case
# name before a score word says what was scored, it is not who scored.
_SCORE_HEADS = frozenset(("accuracy", "accuracies", "score", "scores", "performance", "error",
                          "errors"))
_KIND_ACRONYM = re.compile(r"[A-Z]{2,5}")  # "PEFT methods", "RL algorithms"
_JUDGING = frozenset(("judge", "judged", "judges", "judgment", "judgments", "evaluator"))
_BETTER = frozenset(("better", "higher", "superior", "stronger"))
_POSITIVE = frozenset(("efficient", "effective", "accurate", "robust", "capable", "reliable",
                       "helpful", "truthful", "faithful", "stable", "competitive", "powerful"))
_CLAUSE_BREAKS = frozenset((",", ";", ":", "(", ")", "while", "whereas", "but", "and"))
_BETTER_CONTEXT = frozenset(("better", "higher", "superior", "stronger", "improvement",
                             "improvements", "improves", "improved", "gains", "outperforms",
                             "superiority"))


_VERB_TRIGGERS = lx.OUTPERFORM_WORDS | lx.UNDERPERFORM_WORDS | {"than", "to", "with", "over",
                                                                 "upon", "against"}
# What "exceeds" passes when it beats no one ("exceed certain threshold values").
_LIMITS = frozenset(("threshold", "thresholds", "limit", "limits", "budget", "budgets",
                     "capacity", "bound", "bounds", "values", "value", "cap", "expectations",
                     "requirements", "length", "window", "size", "memory"))
# "WizardLM is preferred over ChatGPT", "X wins against Y": a judged win
_PREFERRED = frozenset(("preferred", "favored", "favoured"))
_WINS = frozenset(("wins", "win", "won", "winning"))


def _verbs(tk: Toks, sent_start: int, sent_end: int) -> list[int]:
    """Token indices of outperform cues: the verbs, and "better than" / "superior to"."""
    out = []
    low = tk.lower
    # Only tokens that can start a cue are looked at (every test below needs one).
    for k in compress(range(sent_start, sent_end),
                      map(_VERB_TRIGGERS.__contains__, islice(low, sent_start, sent_end))):
        w = low[k]
        if w.startswith("exceed") and not _LIMITS.isdisjoint(low[k + 1:min(sent_end, k + 4)]):
            continue  # "when group sparsity penalties exceed certain threshold values": a
            # limit passed, no system beaten
        if w in lx.OUTPERFORM_WORDS or w in lx.UNDERPERFORM_WORDS:
            out.append(k)
        elif w in ("than", "to") and k - 1 >= sent_start and low[k - 1] in _BETTER:
            out.append(k)
        elif w == "than" and k - 2 >= sent_start and low[k - 2] in _BETTER:
            out.append(k)  # "better results than X"
        elif w == "than" and k - 2 >= sent_start and low[k - 2] == "more" and \
                low[k - 1] in _POSITIVE:
            out.append(k)  # "more efficient than X"
        elif w in ("over", "upon") and k - 1 >= sent_start and low[k - 1] in lx.IMPROVE_VERBS:
            out.append(k)  # "X consistently improves over Y"
        elif w in ("over", "to") and k - 1 > sent_start and low[k - 1] in _PREFERRED and \
                low[k - 2] in ("is", "are", "was", "were", "be", "being", "consistently",
                               "significantly", "strongly", "often", "generally", "mostly"):
            out.append(k)  # "WizardLM is preferred over ChatGPT" (not "the preferred over
            # the rejected response")
        elif w in ("over", "against") and k - 1 > sent_start and low[k - 1] in _WINS and \
                low[k - 2] not in ("the", "a", "of", "to"):
            out.append(k)  # "WizardLM-13B wins against Vicuna-13B" (not "the win over")
        elif w == "over" and lx.gain_before(low, k, sent_start) is not None:
            # "consistent improvements over strong baselines such as X", "improvement in
            # accuracy over standard SFT", "the superiority of BFO over the PSO and GD"
            out.append(k)
        elif w == "than" and _better_before(tk, k, sent_start) is not None:
            out.append(k)  # "yields higher-quality instruction tuning data than Self-Instruct"
        elif w in ("to", "over") and _superior_before(low, k, sent_start) is not None:
            out.append(k)  # "achieve superior performance to Gemma 2", "exhibits superior
            # performance over Vicuna-13B"
        elif w in ("to", "with", "over") and k - 1 >= sent_start and \
                low[k - 1] in _COMPARED and _better_context_before(low, k - 1, sent_start):
            out.append(k)  # "yields superior performance compared to X"
    return out


def _better_context_before(low: list[str], k: int, sent_start: int) -> bool:
    """A better-word in the seven words before `k`, past an aside ("superior F1 scores (F1 =
    0.16) compared to GPT-3.5")."""
    a = aside_start(low, k, sent_start)
    return any(low[j] in _BETTER_CONTEXT for j in range(max(sent_start, a - 7), a))


# "compared to X", "relative to X", "(superior performance) in comparison with X"
_COMPARED = frozenset(("compared", "relative", "comparison"))
_FRONTING = frozenset(("in", "on", "for", "across", "under", "among", "within"))
_OPENING_ADVERBS = frozenset(("first", "second", "third", "finally", "moreover", "furthermore",
                              "additionally", "notably", "specifically", "importantly",
                              "overall", "empirically", "experimentally"))


def _after_fronted_phrase(tk: Toks, in_sent: list[Candidate], c: Candidate,
                          sent_start: int) -> bool:
    """"To this end, rStar2-Agent boosts ...", "Notably, X ...": the name opens the main
    clause after a short fronted phrase of ordinary words, so it is the sentence's subject
    however far the comparison is."""
    low = tk.lower
    if 2 < c.start - sent_start <= 12 and low[c.start - 1] == "," and \
            low[sent_start] in _FRONTING and "," not in low[sent_start:c.start - 1]:
        # "On the CHURRO-DS test set, CHURRO achieves ..., surpassing X": after a fronted
        # phrase of where (names in it are where, not who)
        return True
    return 2 < c.start - sent_start <= 5 and low[c.start - 1] == "," and \
        all(t.isalpha() and t.islower() for t in tk.text[sent_start + 1:c.start - 1]) and \
        tk.text[sent_start].isalpha() and \
        not any(o.start < c.start for o in in_sent if o is not c and o.start >= sent_start)


# What is better higher ("8-12% higher CLIP similarity than DPO", "higher F1 scores than X"),
# and what is not ("higher computational cost than X", "a higher error rate than Y").
_HIGHER_SCORES = frozenset(("accuracy", "similarity", "score", "scores", "f1", "precision",
                            "recall", "performance", "quality", "auc", "bleu", "rouge",
                            "map", "success", "win", "pass@1", "reward", "rewards"))
_HIGHER_COSTS = frozenset(("error", "errors", "cost", "costs", "latency", "loss", "perplexity",
                           "time", "memory", "overhead", "variance", "risk", "toxicity",
                           "violation", "hallucination", "refusal", "failure", "wer", "cer"))


def _better_before(tk: Toks, k: int, sent_start: int) -> int | None:
    """"better / superior / stronger ... than" with at most four words between, in the clause
    ("better performance on most tasks than X"), and "higher-quality ... than X"; a bare
    "higher ... than" at a distance compares quantities ("higher cost than X"). Returns the
    index of the comparative: the subject is named before it (what lies between is what is
    compared: "yields higher-quality instruction tuning data than X")."""
    low = tk.lower
    for j in range(k - 3, max(sent_start, k - 7) - 1, -1):
        w = low[j]
        if w in ("better", "superior", "stronger") or w == "higher" and (
                tk.text[j + 1] == "-" or not _HIGHER_SCORES.isdisjoint(low[j + 1:k]) and
                _HIGHER_COSTS.isdisjoint(low[j + 1:k])):
            return j
        if w in _CLAUSE_BREAKS or w == "than":
            return None
    return None


# What "superior ... to X" compares without "compared": "superior ability / generalization to"
# name what something is able to do or generalise to.
_SCORES = frozenset(("performance", "performances", "results", "accuracy"))


def _superior_before(low: list[str], k: int, sent_start: int) -> int | None:
    """Index of "superior" in "superior (overall) performance / results / accuracy to X"."""
    if k - 2 < sent_start or low[k - 1] not in _SCORES:
        return None
    if low[k - 2] == "superior":
        return k - 2
    if k - 3 >= sent_start and low[k - 3] == "superior" and low[k - 2].isalpha():
        return k - 3
    return None


_TRAINED = frozenset(("trained", "tuned", "instruction-tuned", "fine-tuned", "finetuned",
                      "aligned", "enhanced", "augmented"))


def _trained_with(tk: Toks, in_sent: list[Candidate], subject: Candidate,
                  sent_start: int) -> Candidate:
    """"the AgentGen instruction-tuned Llama-3 8B surpasses X", "a SAMI-trained Mistral-7B
    outperforms X": the claim is about the method the model was trained with."""
    low = tk.lower
    j = subject.start - 1
    if j <= sent_start or low[j] not in _TRAINED:
        return subject
    j -= 1
    while j > sent_start and low[j] in ("-", "instruction"):
        j -= 1
    method = next((c for c in in_sent if c.end == j + 1 and c.type in SYSTEM_TYPES), None)
    return method or subject


def _fronted_comparison(tk: Toks, in_sent: list[Candidate], sent_start: int, sent_end: int,
                        proposed: Candidate | None) -> list[tuple[Candidate, Candidate, int]]:
    """"Compared to X (and Y), Z achieves better ...": the baselines come first, before the
    clause's subject ("Compared to ... such as LoRa, GreenTrainer can achieve up to 4%
    improvement"; "In comparison to standard SFT ..., we demonstrate that PivotRL achieves")."""
    low = tk.lower
    k = sent_start
    if k + 1 < sent_end and low[k] == "in" and low[k + 1] == "comparison":
        k += 1
    elif not (low[k] in ("compared", "relative") or (
            k + 1 < sent_end and low[k] == "when" and low[k + 1] == "compared")):
        return []
    k += 1 + (low[k] == "when")
    if k >= sent_end or low[k] not in ("to", "with"):
        return []
    comma = next((j for j in range(k + 1, sent_end) if low[j] == "," and
                  not _list_goes_on(tk, in_sent, j, sent_end)), None)
    if comma is None or not any(w in _BETTER_CONTEXT for w in low[comma + 1:sent_end]):
        return []
    objects = [c for c in in_sent if k < c.start and c.end <= comma and c.type in SYSTEM_TYPES]
    after = [c for c in in_sent if comma < c.start <= comma + 6 and c.type in SYSTEM_TYPES]
    if after and proposed is not None and any(w in ("it", "we")
                                              for w in low[comma + 1:after[0].start]):
        after = []  # "Compared to DeepSeek-R1, it further improves by +0.84 XCOMET"
    subject = after[0] if after else None
    if subject is not None and proposed is not None and _built_on(low, subject):
        subject = proposed
    if subject is None and proposed is not None and any(
            w in _SELF_REFS for w in low[comma + 1:comma + 4]):
        subject = proposed
    if subject is None:
        return []
    return [(subject, c, k) for c in objects if _other_system(tk, c, subject)]


def _fronted_outperforming(tk: Toks, in_sent: list[Candidate], sent_start: int, sent_end: int,
                           proposed: Candidate | None) -> list[tuple[Candidate, Candidate, int]]:
    """"Outperforming DeepSeek-R1 and rivaling ... Qwen3-235B-A22B, AM-Thinking-v1 achieves
    ...": a fronted participle's objects are beaten by the main clause's subject (not what a
    second participle, "rivaling", compares it with)."""
    low = tk.lower
    k = sent_start
    if k + 2 < sent_end and low[k] in _OPENING_ADVERBS and low[k + 1] == ",":
        k += 2  # ("Notably, outperforming X, ...")
    if k >= sent_end or low[k] not in lx.OUTPERFORM_WORDS or not low[k].endswith("ing"):
        return []
    comma = next((j for j in range(k + 1, sent_end) if low[j] == "," and
                  not _list_goes_on(tk, in_sent, j, sent_end)), None)
    if comma is None:
        return []
    # (the objects end at a second participle or clause word: "and rivaling leading MoE
    # models like X")
    stop = next((j for j in range(k + 1, comma) if low[j] in ("while", "whereas") or
                 low[j] == "and" and low[j + 1].endswith("ing") and
                 low[j + 1] not in lx.OUTPERFORM_WORDS), comma)
    objects = [c for c in in_sent if k < c.start and c.end <= stop and c.type in SYSTEM_TYPES]
    after = [c for c in in_sent if comma < c.start <= comma + 4 and c.type in SYSTEM_TYPES]
    subject = after[0] if after else None
    if subject is None and proposed is not None and any(
            w in _SELF_REFS for w in low[comma + 1:comma + 4]):
        subject = proposed  # "Surpassing GPT-4o, our model reaches ..."
    if subject is None:
        return []
    return [(subject, c, k) for c in objects if _other_system(tk, c, subject)]


def _built_on(low: list[str], c: Candidate) -> bool:
    """"the DWT based summarization", "Gemma-based models", "RLMs built on the Qwen-2.5
    backbone that match ...": a name before "based" or after "built on" says what a system
    is built on; it is not the one that improves (the paper's own system is)."""
    return low[c.end:c.end + 1] == ["based"] or low[c.end:c.end + 2] == ["-", "based"] or \
        c.start >= 2 and low[c.start - 2] in _BUILT_WORDS and low[c.start - 1] in _ON or \
        c.start >= 2 and low[c.start - 2] in _STARTING and low[c.start - 1] == "from" or \
        c.start >= 3 and low[c.start - 3] in _BUILT_WORDS and low[c.start - 2] in _ON and \
        low[c.start - 1] == "the"  # (also "Built upon Stable Diffusion 3.5 Medium, X ...")


_BUILT_WORDS = frozenset(("built", "based", "building"))
# "Starting from Qwen3-VL-8B, Ryze produces BioVLM-8B ..., outperforming ...": the base.
_STARTING = frozenset(("starting", "initialized", "initialised", "initializing"))
_ON = frozenset(("on", "upon"))


def _list_goes_on(tk: Toks, in_sent: list[Candidate], j: int, sent_end: int) -> bool:
    """Whether the comma at `j` separates items of a list of names ("models like
    MambaInLLaMA, X-EcoMLA, Minitron, and Llamba, Zebra-Llama delivers ..."): a name (or
    a capitalised word) follows it, and a comma or "and" / "or" follows that."""
    low, text = tk.lower, tk.text
    k = j + 1 + (j + 1 < sent_end and low[j + 1] in ("and", "or"))
    if k >= sent_end or not text[k][:1].isupper():
        return False
    if k == j + 2:
        return True  # (", and Kandinsky 2.2": the list's last item)
    end = next((c.end for c in in_sent if c.start == k), k + 1)
    if not (end < sent_end and low[end] in (",", "and", "or")):
        return False
    if text[j - 1].islower():
        return True  # an apposition: "its base model, Qwen2-VL-2B, Med-R1 achieves"
    # after a name, a list only where "and" / "or" joins it ("Compared to GenerateU,
    # Open-Det, using only 1.5% of the data, achieves": the subject)
    while end < sent_end and low[end] == ",":
        k = end + 1
        if k < sent_end and low[k] in ("and", "or"):
            return True
        if k >= sent_end or not text[k][:1].isupper():
            return False
        end = next((c.end for c in in_sent if c.start == k), k + 1)
    return end < sent_end and low[end] in ("and", "or")


def _ends_objects(between: list[str]) -> bool:
    """Whether the words between a cue and a name end the cue's objects: a clause word ("while",
    "which", "in", ...; "that", but not "(surpassing) that of X"), a second "and", or words
    other than an article after ", and" (", and illustrate the QAM" starts a new clause;
    "over X, Y, and the Z" is a list)."""
    comma = between.index(",") if "," in between else -1
    if comma > 0 and _sota_described(between[:comma]) and \
            between[comma + 1:comma + 2] != ["and"] and \
            _EXAMPLE_WORDS.isdisjoint(between[comma + 1:comma + 3]):
        # "compared to the incumbent state-of-the-art in fine-tuned models for program
        # repair, Fine-tune-CoT and RepairLLaMA": the names after the comma say what it is
        # (not "... in various types of NN learning problems, including ...")
        return _ends_objects(between[comma + 1:])
    for j, w in enumerate(between):
        if w in _STOP_OBJECTS and w != "and" and not (
                w == "that" and between[j + 1:j + 2] == ["of"]):
            return True
    # (an "and" in the kind before its examples is not a second one: "outperforms commercial
    # and open-source LLMs (including DeepSeek-V3 and GPT-4o)")
    opener = next((j for j, w in enumerate(between) if w in _EXAMPLE_OPENERS), 0)
    if between[opener:].count("and") > 1:
        return True
    for j in range(len(between) - 1):
        if between[j] in ("and", ",") and between[j + 1] in _NEXT_CLAUSE_VERBS:
            # "outperforms X and comes close to matching non-latent RL training", "outperforms
            # existing methods, generalizes from AIGC to UGC scenarios ..."
            return True
        if between[j] == "," and between[j + 1] in ("a", "an"):
            return True  # an apposition: "UlikeTrans, a U-shape Transformer-based network"
        if between[j] in ("and", ",") and (between[j + 1] in ("our", "we", "it") or
                                           between[j + 1:j + 3] == ["the", "proposed"]):
            # "outperforms existing lidar diffusion models and the proposed lidar translation
            # framework further improves data augmentation ...": the paper's next claim
            return True
        if between[j] == "," and (between[j + 1] in _NEXT_CLAUSE_PARTICIPLES or
                                  lx.participle_clause(between, j + 1)):
            # "outperforms X, achieving comparable performance to GPT-4o-mini", "..., exceeding
            # the judge's reference score, highlighting ... instruction tuning" (but "X,
            # including Y" lists more of them)
            return True
        if between[j] == "," and between[j + 1] == "and":
            return any(w not in ("the", "a", "an") for w in between[j + 2:])
    return False


def _opens_examples(words: list[str], j: int) -> bool:
    """Whether examples open at `j`: ", including", "(e.g.,", "such as" (also with no comma:
    "the best-known solutions obtained by state-of-the-art heuristic algorithms such as
    MS-GVNS")."""
    return words[j] in _EXAMPLE_OPENERS and (
        words[j - 1] in (",", "(") or words[j:j + 2] == ["such", "as"] or
        words[j] == "including")


def _example_opener(low: list[str], k: int, end: int) -> int:
    """The first example opener in k..end ("..., including X"), else end."""
    return next((j for j in range(k + 1, end) if _opens_examples(low, j)), end)


def _lone_clause_subject(low: list[str], in_sent: list[Candidate], k: int,
                         sent_start: int) -> Candidate | None:
    """The only system named before `k`, when it opens a clause (after the sentence's start,
    a comma, a colon, a dash or "that") and no clause opener follows it before `k`."""
    systems = [c for c in in_sent if c.end <= k and c.type in SYSTEM_TYPES]
    if len(systems) != 1:
        return None
    c = systems[0]
    opens = c.start == sent_start or low[c.start - 1] in (
        ",", ":", "that", *lx.DASHES, *_REPORTING_VERBS)
    # (a colon inside brackets opens no clause: "accuracy of 85.8% (95% CI: 78.0-91.9%),
    # outperforming CVResist")
    return c if opens and _CLAUSE_OPENERS.isdisjoint(_outside_brackets(low[c.end:k])) else None


def _outside_brackets(words: list[str]) -> list[str]:
    """The words not inside round brackets."""
    out, depth = [], 0
    for w in words:
        if w == "(":
            depth += 1
        elif w == ")":
            depth = max(0, depth - 1)
        elif not depth:
            out.append(w)
    return out


_REPORTING_VERBS = frozenset(("show", "shows", "showed", "demonstrate", "demonstrates",
                              "demonstrated", "reveal", "reveals", "indicate", "indicates",
                              "confirm", "confirms", "suggest", "suggests"))
_SETTING_KINDS = frozenset(("llms", "lms", "vlms", "mllms", "lvlms", "backbones", "backbone",
                            "encoders", "architectures", "benchmarks", "datasets", "tasks",
                            "domains", "categories", "languages", "settings", "scenarios"))
_SETTING_STOPS = frozenset(("in", "on", "across", "for", "by", "with", "at", "under",
                            "without", "using"))


def _examples_past_setting(between: list[str]) -> bool:
    """"outperforms all graph-based baselines on average, including HippoRAG", "outperforms
    state-of-the-art systems trained on large-scale data, including F5-TTS": systems given as
    examples of the beaten kind, past a phrase of its setting (only prepositions in it end
    the objects)."""
    opener = next((j for j in range(1, len(between)) if _opens_examples(between, j)), None)
    if opener is None:
        return False
    pre = between[:opener]
    for j, w in enumerate(pre[:-1]):
        nxt = pre[j + 1]
        if w == "in" and nxt.endswith("ing") or w == "and" and (
                nxt in _NEXT_CLAUSE_VERBS or nxt + "s" in _NEXT_CLAUSE_VERBS) or \
                w in _STOP_OBJECTS and w not in _SETTING_STOPS and w != "and":
            return False  # (nor past a second predicate: "superiority over X and demonstrate
            # progress in closing the gap with premier proprietary systems, including ...")
    prep = next((j for j in range(opener - 1, -1, -1) if between[j] in _SETTING_STOPS), None)
    if prep is not None and between[prep] in ("on", "across", "over", "for", "using") and any(
            w in _SETTING_KINDS or w.rstrip("s") in _SYSTEM_KINDS
            for w in between[prep + 1:opener]):
        return False  # ("outperforms strong baselines on multiple LLMs, including DeepSeek-V3",
        # "across different deep segmentation networks (e.g., MedSAM)", "across multiple
        # benchmarks and subject categories (e.g., Animal, Object)": where they ran)
    return not _ends_objects([w for w in between[:opener] if w not in _SETTING_STOPS] +
                             between[opener:])


# Verbs opening a second claim about the subject, whose names the first verb did not beat.
_NEXT_CLAUSE_VERBS = frozenset(("comes", "remains", "matches", "rivals", "approaches",
                                "achieves", "performs", "reaches", "lags", "falls", "trails",
                                "stays", "is", "was", "generalizes", "generalises", "maintains",
                                "reduces", "requires", "enables", "scales", "paves", "offers",
                                "yields", "delivers", "preserves", "shows", "demonstrates",
                                "evades", "exhibits", "avoids", "bypasses", "supports"))
_NEXT_CLAUSE_PARTICIPLES = frozenset(("achieving", "matching", "reaching", "approaching",
                                      "rivaling", "rivalling", "remaining", "performing",
                                      "attaining", "delivering", "yielding", "demonstrating"))
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_SOTA_WORDS = frozenset(("state-of-the-art", "sota", "art"))


def _sota_described(between: list[str]) -> bool:
    """"the incumbent state-of-the-art in fine-tuned models for program repair": a phrase
    describing the state of the art, which names after it will say (no comma, clause verb
    or "and" in it)."""
    return bool(between) and between[0] in ("the", "a") and \
        not _SOTA_WORDS.isdisjoint(between) and "," not in between and \
        "and" not in between and _NEXT_CLAUSE_VERBS.isdisjoint(between) and \
        _WHERE_WORDS.isdisjoint(between)  # (not "the SOTA on ..., CelebA-HQ": where)


_WHERE_WORDS = frozenset(("on", "across", "over", "with", "under", "at", "(", ")"))
_LIST_ARTICLES = frozenset(("the", "a", "an", "its", "their"))
_AMOUNT_UNITS = frozenset(("%", "points", "point", "pp", "pts"))


def _margin_end(low: list[str], k: int, end: int) -> int | None:
    """End of "by 25.69%" / "by 3.2 points" at `k`, or None."""
    if k + 1 >= end or low[k] != "by" or not _NUMBER.fullmatch(low[k + 1]):
        return None
    k += 2
    return k + (k < end and low[k] in _AMOUNT_UNITS)


_SETTING_PREPS = frozenset(("on", "in", "across", "over", "at"))
_SIZE = re.compile(r"\d+(?:\.\d+)?[kmbt]?")
_SIZE_WORDS = frozenset(("parameter", "param", "scale", "sized", "size"))
_SETTING_ENDS = frozenset((",", ";", ":", "while", "whereas", "but", "which", "that", "by",
                           "is", "are", "was", "were", "(", ")"))


def _without_settings(low: list[str], between: list[str], c: Candidate,
                      sent_end: int) -> list[str]:
    """`between` less the setting of the first of two beaten systems that each have one
    ("exceeds ChessGPT on a mate-in-N suite and C1-4B over a puzzle benchmark"): dropped where
    `c` also has its setting after it."""
    a = len(between) - 1 - next((j for j, w in enumerate(reversed(between)) if w == "and"),
                                len(between))
    tail = between[a + 1:]  # (the second's size: "and 4B-parameter C1-4B")
    if not (c.end + 1 < sent_end and low[c.end] in _SETTING_PREPS and a > 0 and
            between.count("and") == 1 and (
                not tail or tail == ["the"] or len(tail) == 3 and tail[1] == "-" and
                _SIZE.fullmatch(tail[0]) and tail[2] in _SIZE_WORDS)):
        return between
    p = next((j for j, w in enumerate(between) if w in _SETTING_PREPS), None)
    if p is None or p == 0 or a - p > 14 or not _SETTING_ENDS.isdisjoint(between[p:a]):
        return between
    return between[:p] + between[a:]


def _others_trained_with(between: list[str]) -> int:
    """How many words open `between` as "(outperform) those fine-tuned with", "models trained
    on", "the ones tuned using": the words before the recipe of the systems beaten (0 when
    they do not)."""
    prep = next((j for j, w in enumerate(between[:7]) if w in ("with", "on", "using", "via")),
                None)
    if prep is None or prep < 2 or between[prep - 1] not in _RECIPE_PARTICIPLES:
        return 0
    lead = [w for w in between[:prep - 1] if w != "-"]
    while lead and lead[-1] in ("fine", "instruction", "pre", "further", "also"):
        lead = lead[:-1]  # ("fine-tuned", "instruction-tuned")
    return prep + 1 if lead in (["those"], ["the", "ones"], ["ones"], ["models"], ["llms"],
                                ["baselines"]) else 0


_RECIPE_PARTICIPLES = frozenset(("tuned", "trained", "finetuned", "pretrained", "distilled",
                                 "aligned"))


def _without_margins(low: list[str], start: int, c: Candidate, sent_end: int) -> list[str]:
    """The words from `start` to the name `c`, less the margins of a parallel list of beaten
    systems ("outperforms X by 25.69% and the best proprietary model, GPT-4o by 8.28%"): a
    margin followed by "and" is dropped where `c` also has its margin after it ("(DiT) by
    0.2")."""
    between = _without_settings(low, low[start:c.start], c, sent_end)
    if "by" not in between:
        return between
    after = c.end + 3 if c.end + 3 < sent_end and low[c.end] == "(" and \
        low[c.end + 2] == ")" else c.end  # (past "(DiT)")
    if _margin_end(low, after, sent_end) is None:
        return between
    kept, k = [], start
    while k < c.start:
        m = _margin_end(low, k, c.start)
        if m is not None:
            m += m < c.start and low[m] == ","
            # (an article or the name itself after "and": not "and improves GPT-4o")
            if m < c.start and low[m] == "and" and (
                    m + 1 == c.start or low[m + 1] in _LIST_ARTICLES):
                k = m + 1
                continue
        kept.append(low[k])
        k += 1
    return kept


_MODALS = frozenset(("can", "could", "may", "might", "will", "would", "also", "still", "even",
                     "further", "does", "did"))
_PARTICIPLES = frozenset(("fine-tuned", "finetuned", "trained", "pre-trained", "pretrained",
                          "built", "based", "initialized", "initialised", "distilled",
                          "derived", "adapted", "tuned", "instruction-tuned", "powered",
                          "equipped", "augmented", "enhanced", "applied", "integrated",
                          "combined", "paired", "coupled", "plugged", "implemented",
                          "instantiated"))  # ("FGRPR, applied to Qwen2.5-VL, surpasses")


# Finite verbs of a claim's first predicate ("X achieves ..., delivers ..., and outperforms").
_PREDICATE_VERBS = frozenset(("achieves", "delivers", "improves", "yields", "attains",
                              "reaches", "obtains", "reduces", "boosts", "enhances",
                              "increases", "sets", "establishes", "provides", "maintains"))


def _predicate_subject(low: list[str], before: list[Candidate], sent_start: int
                       ) -> Candidate | None:
    """The name right before the clause's first finite verb of a claim, opening the clause
    (at the sentence start, or after "that" / ","), among `before`."""
    for c in before:
        if c.end < len(low) and low[c.end] in _PREDICATE_VERBS and (
                c.start == sent_start or low[c.start - 1] in ("that", ",")):
            return c
    return None


def _coordinated_verb(low: list[str], prev: int, k: int) -> bool:
    """Whether the cue at `k` is a verb joined by "and" to the cue at `prev` ("... and
    surpass X", "... and even outperforms X"), with no clause break between them."""
    j = k - 1
    if low[j] != "and" and low[j].endswith("ly") or low[j] in ("even", "also", "further"):
        j -= 1
    return j > prev and low[j] == "and" and not any(
        w in (";", ":", "while", "whereas", "but") for w in low[prev + 1:j])


def _relative_clause_start(low: list[str], k: int, sent_start: int) -> int | None:
    """The comma opening ", which ... ," or an apposition ", a ... ," when it closes right
    before the verb at `k` (", which was trained through SFT, outperformed"), else None."""
    closing = k - 1
    if closing > sent_start and (low[closing].endswith("ly") or low[closing] in _MODALS):
        closing -= 1  # (", consistently surpasses", ", can outperform")
    if closing <= sent_start or low[closing] != ",":
        return None
    for j in range(closing - 1, sent_start, -1):
        if low[j] in (",", ";", ":"):
            # (also an apposition: "UlikeMamba, a U-shape Mamba-based network, surpasses")
            # (and a participle: "vsGRPO-2B, fine-tuned from Qwen2-VL-2B, can outperform")
            word = "".join(low[j + 1:j + 4]) if low[j + 2:j + 3] == ["-"] else low[j + 1]
            return j if low[j] == "," and (low[j + 1] in ("which", "who", "a", "an") or
                                           word in _PARTICIPLES) else None
    return None


# Words between a participle clause's comma and its participle (", even surpassing X").
_PARTICIPLE_LEADS = frozenset(("even", "thereby", "thus", "also", "further", "still", "far"))


def _lead(w: str) -> bool:
    return w.endswith("ly") or w in _PARTICIPLE_LEADS


def _after_comma(low: list[str], k: int, sent_start: int) -> bool:
    """A participle clause: ", outperforming", ", significantly outperforming", ", even
    surpassing"."""
    j = k - 1
    while j > sent_start and k - j <= 2 and _lead(low[j]):
        j -= 1
    return j >= sent_start and low[j] == ","


_CLAUSE_OPENERS = frozenset(("that", "which", "where", "while", "whereas", ";", ":"))


def _participle_clause_start(low: list[str], k: int, sent_start: int) -> int | None:
    """The comma opening the participle clause that the participle at `k` continues (",
    nearly doubling X and significantly outperforming Y"), else None."""
    for j in range(k - 1, sent_start, -1):
        if low[j] in (";", ":", "."):
            return None
        if low[j] == ",":
            first = j + 1
            while first < k - 1 and first - j <= 2 and _lead(low[first]):
                first += 1
            return j if first < k and low[first].endswith("ing") else None
    return None


def _plural_kind(w: str) -> bool:
    return w in _GENERIC_HEADS and w.endswith("s")


def _acronym(tk: Toks, c: Candidate) -> bool:
    """A one-token name in capitals ("PEFT", "CVRP") that may name a kind of system."""
    return c.end - c.start == 1 and _KIND_ACRONYM.fullmatch(tk.text[c.start]) is not None


# Words that make "... and <word> baselines" a second group, not a shared kind noun.
_OTHER_BASELINES = frozenset(("recent", "other", "strong", "existing", "previous", "prior",
                              "competitive", "current", "several", "various", "many",
                              "popular", "standard", "traditional", "classical", "conventional",
                              "vanilla", "naive"))


def _only_a_kind(tk: Toks, c: Candidate, in_sent: list[Candidate], sent_end: int,
                 shared_head: bool) -> bool:
    """A name that only says which kind of systems were beaten: "other instruction tuning
    datasets", "various CVRP solvers" (a kind noun right after it), "state-of-the-art KV cache
    quantization methods" (lower-case words, then a plural kind noun) and "state-of-the-art
    TIE and RIE methods" (two acronyms sharing the kind noun); not "the PSO and GD
    techniques" (`shared_head`), which names two."""
    low = tk.lower
    nxt = low[c.end] if c.end < sent_end else ""
    if c.type == "Method" and any(o.start == c.end and o.type == "Model" for o in in_sent):
        return True  # "baselines including SFT CodeS-7B": how the model after it was trained
    if PLURAL_ACRONYM.fullmatch(tk.text[c.start]) and c.end - c.start == 1 and \
            not _OTHER_BASELINES.isdisjoint(low[max(0, c.start - 5):c.start]):
        return True  # "existing open-source RLMs": a kind of system
    if c.end - c.start > 1 and tk.text[c.start].islower() and _plural_kind(low[c.end - 1]):
        return True  # "previous state-of-the-art occupancy world models": a kind by its name
    if nxt == "-" and c.end + 2 < sent_end and low[c.end + 1] in _BASED and (
            _plural_kind(low[c.end + 2]) or low[c.end + 2] in _ARCHITECTURE_PLURALS):
        return True  # "other Transformer-based approaches": a kind of system (also "both
        # BPE-based Transformers and ...")
    if c.start >= 2 and low[c.start - 1] in _BASED and low[c.start - 2] == "-" and \
            low[c.end - 1] in _ARCHITECTURE_PLURALS:
        return True  # ... and the plural architecture it modifies
    if nxt == "-" and c.end + 1 < sent_end and tk.text[c.start].islower() and \
            low[c.end + 1].endswith("ed") and not tk.ws[c.end - 1]:
        return True  # "the test-time world-model-coupled methods": a modifier of a kind
    if c.end + 2 < sent_end and tk.text[c.end].isalpha() and tk.text[c.end].islower() and \
            tk.text[c.end + 1] == "(" and (any(o.start == c.end + 2 for o in in_sent) or
                                            lx.strong_shape(tk.text[c.end + 2])):
        return True  # "the low-bit KV cache implementation (QServe)": the one in parentheses
    if nxt in _GENERIC_HEADS and (tk.text[c.start].islower() and nxt not in _COUNTERPARTS or (
            _plural_kind(nxt) and _acronym(tk, c) and not shared_head)):
        return True  # (but "outperforms its supervised fine-tuning counterparts": the same
        # system made with the named technique, which is what is beaten)
    j = c.end
    while j < min(sent_end, c.end + 2) and (
            tk.text[j].isalpha() and tk.text[j].islower() or low[j] == "sota") and \
            low[j] not in _GENERIC_HEADS and low[j] not in _STOP_OBJECTS:
        j += 1  # (also "zero/few-shot learning SoTA methods")
    if j > c.end and j < sent_end and _plural_kind(low[j]):
        return True
    if nxt in ("and", "or") and tk.text[c.start].islower():
        # "existing multi-view stereo and monocular baselines": the kind noun is shared
        j = c.end + 1
        while j < min(sent_end, c.end + 3) and tk.text[j].isalpha() and (
                tk.text[j].islower() or _KIND_ACRONYM.fullmatch(tk.text[j])) \
                and low[j] not in _GENERIC_HEADS and low[j] not in _STOP_OBJECTS:
            j += 1  # (also "popular semi-supervised learning and VLM methods")
        if c.end + 1 < j < sent_end and _plural_kind(low[j]) and \
                _OTHER_BASELINES.isdisjoint(low[c.end + 1:j]):
            return True  # (not "standard knowledge distillation and recent baselines")
    if c.end + 1 >= sent_end or low[c.end] not in ("and", "or") or not _acronym(tk, c) or \
            (c.start > 0 and low[c.start - 1] == "the"):
        return False
    other = next((o for o in in_sent if o.start == c.end + 1), None)
    return other is not None and _acronym(tk, other) and other.end < sent_end and \
        _plural_kind(low[other.end])


_BASED = frozenset(("based", "driven", "powered", "style", "like", "inspired", "guided"))
_COUNTERPARTS = frozenset(("counterpart", "counterparts"))
# Plural names of kinds of architecture ("BPE-based Transformers" are a kind of system).
_ARCHITECTURE_PLURALS = frozenset(("transformers", "cnns", "rnns", "lstms", "gnns", "llms",
                                   "vlms", "mllms", "vits", "gans", "mlps"))


# Suffixes of a thing made like a named one, not it ("Wikipedia-style paraphrasing").
_RESEMBLING = frozenset(("style", "styled", "like", "inspired"))
# Words of a comparison that is no win: "comparable with X", "on par with X".
# (also "fewer trainable parameters compared to LoRA and outperforms VeRA": what the first
# part was compared to is no subject of the second)
_LIKE_WORDS = frozenset(("comparable", "similar", "competitive", "par", "matches", "rivals",
                         "compared", "competes", "compete", "competing"))
_EXAMPLE_OPENERS = frozenset(("including", "such", "e.g.", "e.g.,"))
_EXAMPLE_WORDS = _EXAMPLE_OPENERS | {"especially", "particularly", "like", "notably"}


# Words that deny a comparison a few words before its cue ("do not outperform", "fails to
# surpass", "is no better than"); "not only outperforms" still claims it.
_NEGATIONS = frozenset(("not", "n't", "never", "no", "fail", "fails", "failed", "unable",
                        "cannot", "can't", "doesn't", "don't", "didn't", "won't", "isn't",
                        "aren't", "wasn't", "weren't", "hardly", "rarely", "seldom",
                        "little"))  # ("offers little advantage over X")


def _negated(low: list[str], k: int, sent_start: int) -> bool:
    return any(low[j] in _NEGATIONS and not (
        low[j] == "not" and low[j + 1] in ("only", "just", "merely") or
        low[j] == "little" and j > sent_start and low[j - 1] == "a")
        # ("a little better than X" claims it)
        for j in range(max(sent_start, k - 3), k)) or _held_view(low, k, sent_start)


# Nouns of a view held, not a finding ("challenged the traditional view that PRM outperforms
# ORM").
_VIEWS = frozenset(("view", "belief", "assumption", "notion", "hypothesis", "wisdom",
                    "intuition", "expectation", "perception", "misconception", "myth",
                    "consensus", "premise"))


def _held_view(low: list[str], k: int, sent_start: int) -> bool:
    """Whether the comparison at `k` is the content of a view ("the common belief that larger
    models outperform smaller ones"): a view noun and "that" at most eight words before it,
    in the clause."""
    for j in range(k - 1, max(sent_start, k - 9), -1):
        if low[j] == "that" and low[j - 1] in _VIEWS:
            return True
        if low[j] in (";", "while", "whereas", "but"):
            return False
    return False


def _other_system(tk: Toks, c: Candidate, subject: Candidate) -> bool:
    """Whether `c` is another system than `subject`, which a comparison can beat: not the
    same mention, nor the same known one unless another release of it."""
    return c is not subject and (c.canonical is None or c.canonical != subject.canonical or
                                 _other_release(tk, c, subject))


def _other_release(tk: Toks, a: Candidate, b: Candidate) -> bool:
    """Two sizes or releases of one listed model ("Qwen-1.5B ... outperforms Qwen-32B") are
    two systems; two spellings of one name ("GPT-4", "GPT4") are one."""
    x, y = tk.span_text(a.start, a.end), tk.span_text(b.start, b.end)
    return x.lower() != y.lower() and (base_name(x) is not None or base_name(y) is not None)


# Comparing verbs in the plural: a coordinated subject ("X and Y outperform Z").
_PLURAL_VERBS = frozenset(("outperform", "surpass", "exceed", "beat", "outmatch", "outdo"))


_PLAIN = frozenset(("the", "a", "an", "pure", "plain", "vanilla", "standard"))


# What ends the phrase a "than" opens, looking back from a name.
_THAN_PHRASE_ENDS = frozenset((",", ";", ":", "(", ")", "while", "whereas", "but", "which",
                               "that", "and"))


def _after_than(low: list[str], start: int, sent_start: int) -> bool:
    """Whether a name at `start` is in what a comparison is made with: "than (pure) RL", "than
    much larger models using few-shot prompting" (the phrase after "than", up to twelve tokens
    back, within the clause)."""
    for j in range(start - 1, max(sent_start, start - 13) - 1, -1):
        if low[j] == "than":
            return True
        if low[j] in _THAN_PHRASE_ENDS:
            return False
    return False


def find_outperforms(tk: Toks, cands: list[Candidate], sent_start: int, sent_end: int,
                     proposed: Candidate | None) -> list[tuple[Candidate, Candidate, int]]:
    """(subject, object, verb token index) triples in one sentence."""
    in_sent = [c for c in cands if sent_start <= c.start < sent_end]
    found = _fronted_comparison(tk, in_sent, sent_start, sent_end, proposed) or \
        _fronted_outperforming(tk, in_sent, sent_start, sent_end, proposed)
    verbs = _verbs(tk, sent_start, sent_end)
    if not verbs:
        return found
    low = tk.lower
    if proposed is not None and proposed.type in ("Dataset", "Benchmark") and any(
            low[j] == "our" and low[j + 1] in _SYSTEM_KINDS
            for j in range(sent_start, verbs[-1])):
        # "Experiments on ... our multi-source corpus, DUTA, ... show that our model
        # outperforms BERT": the paper's own data is not the model that beats
        proposed = None
    cue_at = set(verbs)
    last: tuple[int, Candidate | None] | None = None  # the previous claim's verb and subject
    for k in verbs:
        # "X yields better Y than Z": the subject is named before the comparative.
        comparative = _better_before(tk, k, sent_start) if low[k] == "than" else \
            _superior_before(low, k, sent_start) if low[k] in ("to", "over") else None
        if comparative is None and low[k] in ("to", "with") and k - 1 > sent_start and \
                low[k - 1] in _COMPARED:
            # "C-PASS achieves superior DoF and power scaling laws compared to PASS": the
            # subject is named before the comparing word, not among what is compared
            a = aside_start(low, k - 1, sent_start)
            comparative = next((j for j in range(a - 1, max(sent_start, a - 8) - 1, -1)
                                if low[j] in _BETTER_CONTEXT), None)
            if comparative is not None and any(
                    comparative < c.start < k and low[c.start - 1] in ("of", "with", "by")
                    for c in in_sent):
                comparative = None  # "the better performances of BPIM compared to ...",
                # "improvements when prompted with COSTAR-A compared to COSTAR alone"
        if _negated(low, k if comparative is None else comparative, sent_start):
            continue  # "methods using SAM do not outperform a custom Mask R-CNN"
        limit = k if comparative is None else comparative
        # "X, which was trained with SFT, outperformed Y": not a name inside the clause.
        clause = _relative_clause_start(low, limit, sent_start)
        limit = clause or limit
        # (the subject is near the clause's start: "our vsGRPO-2B model, fine-tuned from
        # Qwen2-VL-2B, can outperform")
        reach = clause or k
        # (nor a judge a score is given by: "+3.03 GPT-4o judge over PointLLM")
        before = [c for c in in_sent if c.end <= limit and c.type in SYSTEM_TYPES and
                  (reach - c.end <= 10 or c.start - sent_start <= 2 or
                   _after_fronted_phrase(tk, in_sent, c, sent_start)) and
                  not (c.end < sent_end and low[c.end] in _JUDGING) and
                  not (c.end < sent_end and (low[c.end] in _GENERIC_HEADS or
                                             low[c.end] in _SCORE_HEADS) and
                       tk.text[c.start].islower()) and
                  # (nor one of a kind: "we finetune a diffusion model ... and demonstrate
                  # improvements over SDXL")
                  not (tk.text[c.start].islower() and c.start > sent_start and
                       low[c.start - 1] in ("a", "an")) and
                  # (nor what an earlier comparison beat: "faster convergence than pure
                  # RL and higher performance than pure SFT")
                  not _after_than(low, c.start, sent_start)]
        if not before:
            # "... show that PIT enhances X, outperforming Y": the clause's subject.
            # ("shows that the Tulu 2 suite achieves ... and exceeds Y")
            # (also with no "that": "Evaluations ... show Preferred-MedLLM-Qwen-72B
            # achieves state-of-the-art performance (0.868 accuracy), surpassing GPT-4o")
            before = [c for c in in_sent if c.end <= k and c.type in SYSTEM_TYPES and
                      k - c.end <= 20 and (c.start == sent_start or
                                           low[c.start - 1] in ("that", ",", ":") or
                                           low[c.start - 1] in _REPORTING_VERBS or
                                           low[c.start - 1] == "the" and
                                           c.start - 2 >= sent_start and
                                           low[c.start - 2] == "that")]
            # (the subject of a "that" clause first: "(including LLaMA, LLaVA, and ViT)
            # demonstrate that StructLoRA consistently establishes ..., outperforming X")
            before = [c for c in before if "that" in low[c.start - 2:c.start]][-1:] or \
                before[:1]
        front = sent_start + 2 if sent_start + 2 < k and low[sent_start + 1] == "," and \
            low[sent_start] in _OPENING_ADVERBS else sent_start  # ("First, on a ...")
        if before and low[front] in _FRONTING:
            # "In reinforcement learning algorithm design, discovered algorithms outperform
            # GRPO": a name in the fronted phrase is where, not who
            # (not "For OpenThinker-7B, a strong reasoning model that outperforms ...": an
            # apposition to it)
            comma = next((j for j in range(front, k) if low[j] == ","), None)
            if comma is not None and low[comma + 1] not in ("a", "an", "which", "that") and \
                    any(c.start < comma for c in before):
                before = [c for c in before if c.start > comma]
        subject = before[-1] if before else None
        if subject is not None and low[subject.start - 1] == "our" and \
                subject.end + 1 < sent_end and tk.text[subject.end] == "-" and \
                low[subject.end + 1] in lx.MODIFIER_SUFFIXES:
            # how our system was made: "our DPO-tuned LLM achieves higher accuracy than
            # SHAS" (the paper's system, if it names one: "our LCM-augmented agent"); but
            # "ORPO-trained models outperformed SFT" says which technique is better
            subject = proposed
        if subject is not None and any(low[j] in _SELF_REFS or low[j] == "proposed" and
                                       low[j - 1] == "the" for j in range(subject.end, k)):
            # (also "Experiments on real S1 SM data show that the proposed approach
            # outperforms MERLIN")
            # "data for X (e.g., it performs better than Y)"; with nothing proposed, "(DoRA,
            # VideoMAE, ...), we show our optimizer outperforms AdamW" makes no claim about
            # VideoMAE.
            if proposed is not None:
                subject = proposed
            elif any(low[j] in ("our", "we", "proposed") for j in range(subject.end, k)):
                subject = None
        if subject is not None and (its := next(
                (j for j in range(subject.end, k) if low[j] == "its" and
                 low[j - 1] in ("and", ",", ";")), None)) is not None and \
                not any(its < c.start < k for c in in_sent):
            # "PRISM ranks variants with ... for LoRA forgetting, and its axis-guided shape
            # regularizer outperforms experience replay": a part of the sentence's system,
            # the paper's (not the last name said before it)
            subject = proposed
        if subject is not None and proposed is not None and _our_kind_opens(
                low, sent_start, subject.start, k):
            # "Our approach capitalizes on ... long CoT models, and outperforms X": the
            # sentence's subject, the paper's system, not a name in its first predicate
            subject = proposed
        # "deita-Mistral-7B + DPO outperforms": the system, not what it was trained with
        # ("a Llama-3.2 1B model under test-time scaling outperforms": nor how it was run).
        # ("ContrastScore based on Qwen 3B and 0.5B even outperforms Qwen 7B": nor what it
        # is built on)
        while subject is not None and subject.start - 1 > sent_start and (
                low[subject.start - 1] in ("+", "with", "under", "on", "using", "via") or
                low[subject.start - 2:subject.start] in (["based", "on"], ["built", "on"]) or
                # ("Gemini 1.5 Pro combined with a Chain-of-Thought prompt achieved ...")
                low[subject.start - 1] in ("a", "an") and
                low[subject.start - 2] in ("with", "using", "via")) and \
                len(before) > 1:
            before.pop()
            subject = before[-1]
        if subject is not None and proposed is not None and low[k].endswith("ing") and \
                _after_comma(low, k, sent_start) and _ours_scored_before(low, subject, sent_start):
            # "our hierarchical approach achieves a 2.78x speedup ... for the 4-bit weight
            # Llama-3-70B model on an A100 GPU, outperforming EAGLE-2": the paper's system,
            # run on the model named in its first predicate
            subject = proposed
        if subject is not None and proposed is not None and low[k].endswith("ing") and \
                len(before) == 1 and subject.start - 1 > sent_start and \
                low[subject.start - 1] in ("using", "with", "via") and \
                _after_comma(low, k, sent_start):
            # "LACE achieves 100% correctness ... using DeepSeek-V3, outperforming baselines
            # such as GPT-3.5": the paper's system, run with the one named
            subject = proposed
        if subject is not None and low[k].endswith("ing") and _after_comma(low, k, sent_start) \
                and low[subject.start - 1] in _SETTING_PREPS and (main := next(
                    (c for c in before if c.end < subject.start and
                     (c.start - sent_start <= 3 or low[c.start - 1] == "that")), None)):
            # "GPT-4.1 achieved the highest performance, with 94.5% accuracy in PHQ-9
            # severity scoring prediction, outperforming Gemma-3-4B-it": the main clause's
            # subject, not what a phrase of where it scored names
            subject = main
        if subject is not None and low[k].endswith("ing"):
            # "AutoMS achieves 83.8%, nearly doubling the performance of NSGA-II and
            # significantly outperforming ReAct": a participle clause's subject is the main
            # clause's, not what an earlier participle of the clause named.
            opening = _participle_clause_start(low, k, sent_start)
            if opening is not None and subject.start > opening:
                subject = next((c for c in reversed(before) if c.end <= opening), proposed)
        if subject is not None and proposed is not None and low[k] == "over" and \
                low[sent_start] == "we" and lx.gain_before(low, k, sent_start) is not None and \
                _CLAUSE_OPENERS.isdisjoint(low[sent_start:k]):
            # "We evaluated the C2D-ISR framework on three backbones, SwinIR-L, ... and
            # MambaIRv2-L, and demonstrated significant improvements over HiT": our system's
            # gains, not the last backbone's
            subject = proposed
        if subject is not None and low[k - 1] in ("that", "which"):
            subject = _appositions_head(low, in_sent, subject)
        if subject is not None and proposed is not None and subject.end < sent_end and \
                low[subject.end] in ("'s", "’s") and \
                not {"which", "that"}.isdisjoint(low[subject.end:k]) and \
                not _SELF_REFS.isdisjoint(low[sent_start:subject.start]):
            # "we build a strong unified model using only 1% of BAGEL's data, which
            # consistently outperforms BAGEL": the relative clause is about our model, not
            # the owner of what it used
            subject = proposed
        if subject is not None:
            subject = _trained_with(tk, in_sent, subject, sent_start)
        if subject is not None and proposed is not None and _built_on(low, subject):
            subject = proposed
        if subject is not None and proposed is not None and "and" in low[subject.end:k] and \
                subject.start - 2 >= sent_start and low[subject.start - 1] in lx.APPLIED_TO and \
                not _SELF_REFS.isdisjoint(low[max(sent_start, subject.start - 4):
                                              subject.start - 1]):
            # "it boosts Qwen2.5-VL-7B by +22.5% and outperforms Gemini2.5-Pro-Vision": the
            # object of the paper's system's first verb is not what the second's subject is
            subject = proposed
        if subject is not None and low[k].endswith("ing") and _after_comma(low, k, sent_start) \
                and (v := subject.start - 1 - (low[subject.start - 1] in ("a", "an", "the"))) \
                > sent_start and low[v] in lx.APPLIED_TO and (applier := next(
                    (c for c in in_sent if v - 2 <= c.end <= v and c.start - sent_start <= 2
                     and c.type in SYSTEM_TYPES and c.canonical is None), None)):
            # "SCOUT enables a Qwen2.5-3B-Instruct model to achieve 0.86, significantly
            # outperforming proprietary models, including Gemini-2.5-Pro": the new system
            # the sentence is about, not the model it is applied to
            subject = applier
        if subject is not None and ("and" in low[subject.end:k] or
                                    low[k - 1] in ("while", "whilst") and low[k - 2] == ","):
            # "Qwen2.5-Omni is comparable with the similarly sized Qwen2.5-VL and outperforms
            # Qwen2-Audio": the object of the first comparison is not the subject.
            reach = 6 if _EXAMPLE_OPENERS.isdisjoint(
                low[max(sent_start, subject.start - 16):subject.start]) else 24
            # (further over the examples of what it is like: "is competitive with leading
            # ... VLMs of comparable scale, including the Molmo2, Qwen3-VL, and InternVL3.5
            # families, and substantially outperforms ...")
            like = next((j for j in range(subject.start - 1,
                                          max(sent_start, subject.start - reach) - 1, -1)
                         if low[j] in _LIKE_WORDS), None)
            if like is None and low[subject.start - 1] in ("over", "than"):
                like = subject.start - 1  # "the proposed recipe improves over supervised
                # fine-tuning alone and outperforms the Qwen3-ASR-0.6B baseline"
            if like is not None:
                subject = next((c for c in reversed(before) if c.end <= like), None)
        # "Atlas is 7.38% better than FasterViT, 4.96% better than LongViT", "X exceeds A
        # by 29.94% and even outperforms B": what an earlier cue beat is not the subject.
        beaten = next((s for s, o, _k in found if o is subject), None)
        if beaten is not None:
            subject = beaten
        elif subject is not None and subject.start - 1 in cue_at:
            subject = None
        if subject is None and proposed is not None and any(
                low[j] in _SELF for j in range(max(sent_start, k - 8), k)) and \
                not _people_before(low, k, sent_start):
            subject = proposed
        if subject is None and proposed is not None and _after_comma(low, k, sent_start) and \
                low[k].endswith("ing") and any(low[j] in _SELF_REFS for j in range(sent_start, k)):
            subject = proposed  # "our method improves X ..., significantly outperforming Y"
        if subject is None and proposed is not None and low[k - 1] in _COMPARED \
                and any(low[j] in ("our", "we") for j in range(sent_start, k)):
            subject = proposed  # "our strategy yields superior performance compared to X"
        if subject is None and proposed is not None and low[k] == "over" and \
                lx.gain_before(low, k, sent_start) is not None:
            subject = proposed  # "experiments demonstrate consistent improvements over X"
        # "our vsGRPO-2B model ... can outperform the base model by 12.1% and surpass GPT-4o":
        # a verb coordinated with the one before has its subject.
        # (and none where that one has none: "Our RL-trained agent, built upon X,
        # outperforms its SFT-initialized counterpart and surpasses Y")
        if last is not None and _coordinated_verb(low, last[0], k):
            subject = last[1]
        elif subject is not None and low[k - 1] == "and" and low[k] in lx.OUTPERFORM_WORDS and \
                low[k].endswith("s") and subject.start - 1 > sent_start and \
                low[subject.start - 1] in ("in", "on", "for", "of", "across") and \
                (first := _predicate_subject(
                    low, [c for c in in_sent if c.end <= subject.start and
                          c.type in SYSTEM_TYPES], sent_start)) is not None:
            # "CoE-Ops achieves ..., delivers ... over single AIOps models in DevOps problem
            # resolution, and outperforms larger MoE models": the subject of the listed
            # predicates, not the name in the last one's phrase
            subject = first
        elif subject is None and last is not None and low[k].endswith("ing") and \
                low[last[0]].endswith("ing") and (_after_comma(low, k, sent_start) or
                                                  low[k - 2:k] == [",", "even"]):
            # "GAR-1B not only maintains ..., e.g., outperforming DAM-3B ..., but also excels
            # at ..., even surpassing InternVL3-78B": the earlier participle's subject
            subject = last[1]
        elif subject is None and last is not None and last[1] is not None and \
                low[last[0]] in lx.OUTPERFORM_WORDS and low[k].endswith("ing") and \
                _after_comma(low, k, sent_start) and _CLAUSE_OPENERS.isdisjoint(low[last[0]:k]):
            # "DermAgent consistently outperforms state-of-the-art MLLMs ... across ...
            # tasks, exceeding GPT-4o by 17.6%": the main clause's subject, however long
            # the list of what it beat
            subject = last[1]
        if subject is None and low[k].endswith("ing") and (
                _after_comma(low, k, sent_start) or low[k - 1] in lx.DASHES):
            # "Across four scenarios -- trip planning, ... -- TME eliminates 100% of ... in
            # three tasks, and reduces ... by 66.7% ..., outperforming ReAct": the one system
            # named before, as its clause's subject, however far back (also after a dash:
            # "attaining an accuracy of 0.7963 -- surpassing Claude-4.5-Sonnet's 0.6550")
            subject = _lone_clause_subject(low, in_sent, k, sent_start)
        last = (k, subject)
        if subject is None:
            continue
        subjects = [subject, *_coordinated_subjects(low, before, subject, k)]
        for c in in_sent:
            if c.start <= k:
                continue
            between = _without_margins(low, k + 1, c, sent_end)
            if c.type in SYSTEM_TYPES:
                # "outperform those fine-tuned with Self-Instruct", "models trained with SFT,
                # RAG, or DPO": the recipe the beaten ones were made with is what is beaten
                between = between[_others_trained_with(between):]
            if _sota_described(between) and c.type in ("Task", "Dataset", "Benchmark"):
                continue  # (what the state of the art named after it is for)
            # (not examples in a phrase about a system already beaten: "outperforms ReAct
            # with added enhancement modules (e.g., Reflexion, WKM)")
            if (_ends_objects(between) and not (
                    c.type in SYSTEM_TYPES and _examples_past_setting(between) and
                    not any(kk == k and o.end <= _example_opener(low, k, c.start)
                            for _s, o, kk in found))) or \
                    c.end in cue_at or _next_subject(low, c, k, sent_end):
                break  # (", and JudgeLRM-7B outperforms X": the next claim's subject)
            if c.end + 1 < sent_end and low[c.end] == "-" and (
                    low[c.end + 1] in _BASED and low[c.start - 1] in ("and", ",") or
                    low[c.end + 1] in _RESEMBLING and c.end + 2 < sent_end and
                    low[c.end + 2].isalpha() and not is_stop(low[c.end + 2])):
                continue  # "CNN and Transformer-based methods, including Swin-UNet": a kind
                # ("approaches ..., including Wikipedia-style paraphrasing": one made like it)
            if c.type == "Task" and c.end < sent_end and low[c.end] in _SYSTEM_PLURALS:
                continue  # "surpassing leading video generation models like Wan2.1": the
                # kind of the systems beaten, named after their task
            if c.type in ("Benchmark", "Task", "Metric"):
                break
            # "the PSO and GD techniques": two named ones sharing a head noun ("existing ViT
            # and CNN methods" are kinds).
            shared_head = c.start >= 2 and low[c.start - 1] in ("and", "or") and any(
                o.end == c.start - 1 and low[o.start - 1] == "the" for _s, o, kk in found
                if kk == k)
            if _only_a_kind(tk, c, in_sent, sent_end, shared_head):
                continue
            if c.start - 2 > k and low[c.start - 1] in ("a", "an") and low[c.start - 2] == "(":
                continue  # "SANA-Sprint (a GAN loss-based framework)": a description
            if _in_described_bracket(low, k, c.start):
                continue  # "Tongyi DeepResearch (trained via extensive continual
                # pre-training, SFT, and RL)": how the one beaten was made
            if c.type in ("Dataset", "Benchmark") and _pretrained_on(low, c.end, sent_end):
                continue  # "ImageNet pre-trained DL models": what they were trained on
            for subj in subjects:
                if c.type in (*SYSTEM_TYPES, "Dataset") and _other_system(tk, c, subj):
                    found.append((c, subj, k) if low[k] in lx.UNDERPERFORM_WORDS
                                 else (subj, c, k))
    return found


# Plural kinds of system a task's name may modify ("video generation models").
_SYSTEM_PLURALS = frozenset(("models", "methods", "approaches", "baselines", "systems",
                             "frameworks", "architectures", "networks", "algorithms"))


# Words after a name that make it a new clause's subject ("SFT outperformed baselines and
# GRPO further improved classification"), also past-tense forms of _PREDICATE_VERBS.
_CLAUSE_VERBS_AFTER = _NEXT_CLAUSE_VERBS | _PREDICATE_VERBS | {
    "further", "then", "improved", "achieved", "reduced", "boosted", "enhanced", "obtained",
    "attained", "reached", "yielded", "delivered", "increased", "maintained"}


def _next_subject(low: list[str], c: Candidate, k: int, sent_end: int) -> bool:
    """Whether a name after "and" / "," past the cue at `k` opens a new clause: a finite verb
    follows it ("and GRPO further improved")."""
    return k < c.start - 1 and low[c.start - 1] in ("and", ",") and c.end < sent_end and \
        low[c.end] in _CLAUSE_VERBS_AFTER


# People who may be a claim's subject (results.py's _PEOPLE, whose scores are no system's,
# holds other words: the two are read in different places of a sentence).
_PEOPLE = frozenset(("humans", "people", "annotators", "experts", "participants", "clinicians",
                     "physicians", "doctors", "students", "raters", "crowdworkers"))


def _people_before(low: list[str], k: int, sent_start: int) -> bool:
    """Whether people are the subject right before the cue at `k` ("we find that humans
    significantly outperform o1-preview"): no system of the paper's claims it."""
    j = k - 1
    while j > sent_start and (low[j].endswith("ly") or low[j] in _MODALS):
        j -= 1
    return j >= sent_start and (low[j] in _PEOPLE or j > sent_start and low[j - 1] == "human")


def _ours_scored_before(low: list[str], subject: Candidate, sent_start: int) -> bool:
    """Whether "our <kind>" and a score verb come before `subject` in its clause ("our
    hierarchical approach achieves a 2.78x speedup ... for the ... Llama-3-70B model")."""
    words = low[sent_start:subject.start]
    ours = next((i for i, w in enumerate(words) if w == "our" and
                 not _SYSTEM_KINDS.isdisjoint(words[i + 1:i + 4])), None)
    return ours is not None and any(w in _PREDICATE_VERBS for w in words[ours:]) and \
        not any(w in (",", ";", "while", "whereas") for w in words[ours:])


def _our_kind_opens(low: list[str], sent_start: int, name_start: int, k: int) -> bool:
    """Whether the sentence opens with "Our <kind>" (a verb after it), the cue at `k` is
    joined to its first predicate by "and", and the name at `name_start` is inside that
    predicate."""
    j = k - 1 - (low[k - 1] in _MODALS or low[k - 1].endswith("ly"))
    return low[sent_start] == "our" and sent_start + 2 < name_start and \
        low[sent_start + 1] in _SYSTEM_KINDS and low[j] == "and" and \
        not any(w in _CLAUSE_OPENERS for w in low[sent_start:k])


def _in_described_bracket(low: list[str], k: int, start: int) -> bool:
    """Whether token `start` is inside a bracket opened after the cue at `k` by a participle
    of making ("(trained via ...", "(fine-tuned on ...", "(built on ...")."""
    for j in range(start - 1, k, -1):
        if low[j] == ")":
            return False
        if low[j] == "(":
            return j + 1 < start and low[j + 1] in _PARTICIPLES
    return False


def _appositions_head(low: list[str], in_sent: list[Candidate],
                      subject: Candidate) -> Candidate:
    """"PolyGloss, a family of seq2seq multilingual models ... that outperforms GlossLM": a
    name inside the apposition ", a/an ..." of another is not what the relative clause says
    outperforms; the apposition's head is."""
    for c in reversed(in_sent):
        if c.end >= subject.start:
            continue
        # (also after a short form's parenthesis: "Judge for Reasoning (J4R), a 7B judge
        # trained with EIS-GRPO that outperforms GPT-4o")
        end = c.end + (c.end < subject.start and low[c.end] == ")")
        if end + 1 < subject.start and lx.described_after(low, end) and \
                not {",", ";", "and"} & set(low[end + 2:subject.start]):
            return c
        break
    return subject


def _pretrained_on(low: list[str], end: int, sent_end: int) -> bool:
    """"ImageNet pre-trained", "ImageNet-pretrained", "COCO trained" after data at `end`."""
    j = end + (end < sent_end and low[end] == "-")
    return j < sent_end and (low[j] in ("pretrained", "trained", "pre-trained") or
                             low[j:j + 3] == ["pre", "-", "trained"])


def _coordinated_subjects(low: list[str], before: list[Candidate], subject: Candidate,
                          k: int) -> list[Candidate]:
    """The names coordinated with `subject` before a plural verb at `k`: "SciBERT and BioBERT
    consistently outperform BERT" (both outperform it)."""
    at = next((i for i, c in enumerate(before) if c is subject), None)
    if low[k] not in _PLURAL_VERBS or at is None:
        return []
    out: list[Candidate] = []
    nxt = subject
    for c in reversed(before[:at]):
        glue = low[c.end:nxt.start]
        if not glue or not all(w in (",", "and") for w in glue) or len(glue) > 2 or \
                nxt is subject and glue[-1] != "and":
            break
        out.append(c)
        nxt = c
    return out
