"""The paper's role towards each name it mentions, from cue words in the same sentence.

The nearest cue before a name decides ("We propose X, which uses Y": X is proposed, Y used):
propose verbs with a first-person or "this paper" subject (past forms only right after it:
"we have developed X"), naming words right before the name ("called X"), comparison words
("outperforms X", "compared with X", "comparable to X"), evaluation context for benchmarks and
datasets ("evaluated on X"), and use words ("fine-tuned from X", "based on X"). A passive
proposal of the name ("X is then introduced to ...") and a title's "Name:" prefix are what the
paper proposes. Without a cue, the role follows the type: a paper
that names a model, method or dataset mostly uses it, and mostly evaluates on the benchmarks
and tasks it names (measured on the tuning parts of the dev sets).
"""

from __future__ import annotations

import re

from litgraph.extract import lexicon as lx
from litgraph.extract.abbreviations import PLURAL_ACRONYM
from litgraph.extract.coined import subject_before
from litgraph.extract.names import Candidate
from litgraph.extract.tokens import Toks, compound_start, is_punct, is_stop, like_num, word_before

WINDOW = 18  # tokens: cues further back than this belong to another clause

# Confidence that the role is right, by rule (calibrated on the tuning splits).
ROLE_CONF = {
    "title-name": 0.95, "our-name": 0.9, "propose-cue": 0.85, "propose-near": 0.9,
    "naming": 0.85, "compare-cue": 0.6, "eval-context": 0.8, "eval-weak": 0.7,
    "use-cue": 0.7, "default": 0.55, "title-default": 0.5, "novel-name": 0.75,
    "proposed-variant": 0.8, "background": 0.6, "title-term": 0.7, "coined": 0.8,
    "inspiration": 0.6, "future": 0.6,
}

# Words between a propose verb and a name that make the name something else the sentence
# talks about: "we propose X for instruction tuning", "we introduce X, built on LLaMA".
_PROPOSE_BLOCKERS = frozenset((
    "for", "to", "in", "on", "with", "via", "using", "by", "through", "from", "that", "which",
    "into", "over", "than", "across", "against", "without", "under", "based", "upon", "like",
    "such", "where", "when", "while", "including", "leveraging", "combining", "between",
    "and", "or",
))
_PROPOSE_NEAR = 4  # tokens
# The name a naming word gives follows it ("called X", 'named "X"', "termed as the X"); not
# "called R1D for computing a NMF that is motivated by singular value decomposition".
_NAMED_NEAR = 4  # tokens


def _joins_capitals(tk: Toks, k: int) -> bool:
    """"and" inside a capitalised name: "Intra and Inter Parser-Prompted Transformers"."""
    text = tk.text
    return tk.lower[k] in ("and", "or") and 0 < k < tk.n - 1 and \
        text[k - 1][:1].isupper() and text[k + 1][:1].isupper()


# Participles after "<name>-" that make the name a modifier of what follows.
_MODIFYING = frozenset(("based", "enhanced", "driven", "guided", "aware", "augmented",
                        "assisted", "powered", "integrated", "inspired"))


def _modifies_after(tk: Toks, end: int, sent_end: int) -> bool:
    """Whether the name ending at `end` (its defining bracket closed right after it, if
    any) is joined by a hyphen to a participle: "(RAG)-enhanced", "CoT-based"."""
    j = end + (end < sent_end and tk.text[end] == ")")
    return j + 1 < sent_end and tk.text[j] == "-" and not tk.ws[j - 1] and \
        tk.lower[j + 1] in _MODIFYING


def default_role(typ: str) -> str:
    if typ in ("Benchmark", "Task"):
        return "evaluatesOn"
    return "uses"


# Cue word -> kind; a word in several lists takes the first: naming, propose, compare, use.
_CUE_KINDS = {
    **dict.fromkeys(lx.USE_WORDS, "use"), **dict.fromkeys(lx.COMPARE_WORDS, "compare"),
    **dict.fromkeys(lx.PROPOSE_VERBS, "propose"), **dict.fromkeys(lx.NAMING_WORDS, "naming"),
}


# Verbs that make what "namely" then lists ("we derive three solvers, namely VGPc, ...").
_MAKING_VERBS = lx.PROPOSE_VERBS | lx.PROPOSED_PAST | {
    "extend", "extends", "derive", "derives", "constructing", "creating", "building",
    "developing", "designing", "resulting"}
# Amounts in words after "than" ("less than one-tenth", "more than half", "than two").
_AMOUNT_WORDS = lx.COUNT_WORDS | {"half", "one"}
# Nouns of a study: what "we present a benchmark of seven models, namely ..." lists is studied.
_STUDY_NOUNS = frozenset(("benchmark", "evaluation", "study", "comparison", "analysis",
                          "assessment", "investigation", "survey", "review"))
# Words of a noun phrase that make it the paper's ("the resulting model", "two key modules").
_OWN_WORDS = frozenset(("novel", "new", "resulting", "proposed", "modules", "components"))
# Gerunds of making ("by constructing DermCase", "by creating PureTC-1B, a ..."; "building"
# is followed by "on" where it uses: "building on LLaVA").
_MAKING_GERUNDS = frozenset(("constructing", "curating", "creating", "building", "developing",
                             "designing", "collecting", "compiling", "releasing"))
# Verbs of answering a problem, and the words that point back to it ("We tackle this
# limitation with CBC-SLP, a ..."): what the paper answers it with is its own.
_ANSWERING = frozenset(("address", "tackle", "solve", "overcome", "bridge", "fill", "mitigate",
                        "alleviate", "resolve", "remedy", "close", "handle", "meet"))
_PROBLEM_POINTERS = frozenset(("this", "these", "the", "such", "both", "those", "that"))
# Nouns of making before "of X" ("resulting in the creation of XUBench").
_MAKING_NOUNS = frozenset(("creation", "design", "development", "construction", "release"))


_ATTRIBUTIVE_ADVERBS = frozenset(("newly", "recently", "previously", "widely", "publicly",
                                  "commercially", "independently"))


def namely_lists_own(low_: list[str], namely: int, sent_start: int) -> bool:
    """Whether what "namely" lists is the paper's own: a making verb before it ("we propose
    two algorithms, namely L-DD and Q-DD"; not the adjective of "the proposed method is
    tested on three datasets, namely DocRED, ..."), or the noun phrase right before it says
    so ("the resulting model, namely HQ-CLIP", "our best fine-tuned model, namely
    Calm-Whisper", "X consists of two modules, namely ...", "This method, namely ParScale";
    not "our method can improve three relevance models, namely BM25, ...")."""
    # (nor a participle used as an adjective: "compared four newly developed reasoning LLMs,
    # namely DeepSeek-R1, ...")
    if any(low_[k] in _MAKING_VERBS and not (k > sent_start and (
            low_[k - 1] in _DETERMINERS or low_[k - 1] in _ATTRIBUTIVE_ADVERBS))
           for k in range(sent_start, namely)) and not any(
            low_[k] == "of" and low_[k - 1] in _STUDY_NOUNS for k in range(sent_start + 1, namely)):
        # (not what "a comparative study of five deep learning frameworks, namely ..." studies)
        return True
    k = namely - 1 - (namely - 1 >= sent_start and low_[namely - 1] == ",")
    first = max(sent_start, k - 6)  # (the phrase: "our best fine-tuned model")
    while k >= first and (low_[k] == "-" or low_[k][:1].isalnum() and not is_stop(low_[k])):
        if low_[k] in _OWN_WORDS:
            return True
        k -= 1
    # (stop words: "our", and "this" before a kind noun, "This method, namely ParScale")
    return k >= first and (low_[k] == "our" or low_[k] == "this" and low_[k + 1] in lx.HEAD_TYPES)


def _task_named(low_: list[str], k: int, sent_start: int) -> bool:
    """"we introduce a new task named Multimodal Reference Visual Grounding (MRVG)": the naming
    word at `k` names a task the paper poses, which it proposes (not "a downstream task called
    VAEP", "an emerging task named X": one that exists)."""
    return low_[k] in ("named", "called", "termed", "dubbed", "coined") and \
        k - 1 > sent_start and low_[k - 1] in ("task", "problem") and (
            not lx.PROPOSE_VERBS.isdisjoint(low_[sent_start:k - 1]) or
            not lx.NEW_OR_NOVEL.isdisjoint(low_[max(sent_start, k - 4):k - 1]))


_HOW_WIDELY = frozenset(("widely", "commonly", "frequently", "popularly", "extensively",
                         "often", "most", "broadly", "generally"))


def _task_apposition(low_: list[str], end: int, sent_end: int) -> bool:
    """", a new task that ...", "(NIAT), a novel task", ", a novel scenario which": an
    apposition right after the name (or its short form's parenthesis) that says it is a task
    (not ", a framework that extends RLVR")."""
    c = end + (end < sent_end and low_[end] == ")")
    if c >= sent_end or low_[c] not in _POSED and low_[c] != ",":
        return False
    # (the kind right after the name: "we introduce the Surgical Action Planning (SAP) task")
    for k in range(c + (low_[c] == ","), min(c + 10, sent_end)):
        w = low_[k]
        if w in _POSED:
            return k + 1 >= sent_end or not low_[k + 1].isalpha() or is_stop(low_[k + 1]) or \
                low_[k + 1].endswith("ed")
        if w in lx.HEAD_TYPES or w in (".", ";", "(", ":"):
            return False
    return False


_POSED = frozenset(("task", "problem", "setting", "scenario"))


_DRAWN = frozenset(("sourced", "derived", "collected", "drawn", "compiled", "aggregated",
                    "extracted", "curated", "gathered", "sampled", "taken", "obtained"))


def _drawn_from(low_: list[str], pos: int, sent_start: int) -> bool:
    """"sourced from FEVER, Climate-FEVER, and SciFact": data a new resource is made from is
    used, not evaluated on (the list may run a few names back to "from")."""
    k = pos - 1
    while k > sent_start and pos - k <= 12 and low_[k] != "from":
        if low_[k] in (".", ";", ":", "(", ")", "on", "across", "over", "in", "with", "to",
                       "for", "by"):
            return False
        k -= 1
    # (not "the evaluation results derived from AgentBoard": scores, on what they were got)
    return k > sent_start and low_[k] == "from" and low_[k - 1] in _DRAWN and not (
        k - 2 >= sent_start and low_[k - 2] in _SCORE_NOUNS)


def _task_or_plural(last: str) -> bool:
    """A long form's last word naming a task ("Automatic Text Summarization (ATS)",
    "Numerical Weather Prediction (NWP)") or a kind in the plural ("Decision Support Systems
    (DSS)"): what the paper works on, not a name of its own."""
    return lx.LONG_FORM_HEADS.get(last) == "Task" or last in lx.ABBREVIATED_TASK_HEADS or \
        last in ("prediction", "forecasting") or last.endswith("s") and \
        not last.endswith(("ss", "is", "us"))


_SET_OFF = frozenset((",", ":", "(", "called", "named", "termed", "dubbed", "coined"))
# Words before "results" that make it a noun ("state-of-the-art results in X").
_RESULT_QUALITIES = frozenset((
    "state-of-the-art", "sota", "competitive", "strong", "best", "good", "promising",
    "superior", "experimental", "comparable", "better", "excellent", "impressive", "new",
    "remarkable", "significant", "our", "the", "similar", "empirical", "improved", "leading",
    "favorable", "favourable", "outstanding", "consistent", "its", "their"))
_SCORE_NOUNS = frozenset(("results", "scores", "performance", "findings", "numbers", "metrics",
                          "accuracy", "accuracies", "evidence"))


# The words not in _CUE_KINDS that the tests in _cue may still make a cue of: most words
# before a name are none of these, and are passed over at once.
_MAY_CUE = lx.CALL_VERBS | lx.PROPOSED_PAST | {
    "source", "refer", "referred", "with", "to", "against", "in", "resulting", "over", "is",
    "are", "lies"}


def _in_capitalised_compound(tk: Toks, k: int) -> bool:
    """Whether the lower-case word at `k` is joined by hyphens to a capitalised word next to
    it ("tune" in "Fine-tune-CoT")."""
    text, ws = tk.text, tk.ws
    return k >= 2 and text[k - 1] == "-" and not ws[k - 2] and not ws[k - 1] and \
        text[k - 2][:1].isupper() or \
        k + 2 < tk.n and text[k + 1] == "-" and not ws[k] and not ws[k + 1] and \
        text[k + 2][:1].isupper()


# Participles of what a thing is made on: "a new dataset built / based on the widely used X".
_MADE_ON = frozenset(("built", "based", "constructed", "derived", "grounded"))
_OPEN_SOURCE_ADVERBS = frozenset(("also", "further", "will", "fully", "publicly"))


_VERB_LEADS = frozenset(("while", "even", "thereby", "thus", "and", "or", "also"))


# Nouns of the setting a claim holds in, which a name before them modifies.
_SETTING_NOUNS = frozenset(("scenario", "scenarios", "setting", "settings", "regime", "regimes",
                            "condition", "conditions", "environment", "environments"))


# A name in mixed capitals, not a plural: "LLMsuite", "BranchLoRA", "Tag2Vec".
# (not a phrase of words joined by hyphens, "LLM-as-Judge", "NP-dimensionality")
_CAMEL_NAME = re.compile(r"(?!.*LLMs?-)(?!.*-[a-z]+(?:-|$))(?=.*[a-z])(?=.*[A-Z].*[A-Z0-9])"
                         r"[A-Za-z0-9][\w.+-]*(?<![A-Z]s)")


def _listed_after_on(tk: Toks, pos: int, sent_start: int) -> bool:
    """Whether the name at `pos` is (in a list of names) right after "on" / "across": "by 4%
    on Qwen2.5-72B and Llama3-70B"."""
    k = pos - 1
    while k > sent_start and pos - k <= 12 and (
            tk.lower[k] in (",", "and", "or", "-") or tk.text[k][:1].isupper() or
            tk.text[k][:1].isdigit()):
        k -= 1
    return k >= sent_start and tk.lower[k] in ("on", "across")


# Adverbs of a name others use ("commonly referred to as X").
_USUALLY = frozenset(("commonly", "often", "usually", "also", "sometimes", "typically",
                      "generally", "widely", "formerly", "frequently", "informally",
                      "traditionally", "conventionally"))


def _coined_shape(name: str) -> bool:
    """Capitals a word of title case does not have: two or more in one part ("Seq-NMS",
    "RU-Net"), one inside a word ("MambaVideo", "KANFormer"), digits ("II-FCN", "YOLOv10")
    or "++"; not "Meta-Learning", "Self-Distillation"."""
    return name.endswith("++") or any(
        sum(ch.isupper() for ch in part) >= 2 or any(ch.isdigit() for ch in part)
        for part in name.replace(" ", "-").split("-"))


# Words opening the noun phrase of a kind ("a new prompting strategy X").
_KIND_PHRASE_OPENERS = frozenset(("a", "an", "the", "new", "novel", "our", "this"))


def _window_start(tk: Toks, pos: int, sent_start: int) -> int:
    """Where the cue window before `pos` starts: WINDOW tokens back, not counting scores in
    brackets ("outperforming all baselines including ChatGPT-CoT (26.00%), ToolLLaMA-DFS
    (30.18%), and ToolLLaMA-CoT": the scores are asides, the list goes on)."""
    lo = max(sent_start, pos - WINDOW)
    if not tk.find((")",), lo, pos):
        return lo  # (no bracket: the plain window)
    low_ = tk.lower
    k, count = pos - 1, 0
    while k >= sent_start and count < WINDOW:
        if low_[k] == ")" and (o := next((j for j in range(k - 1, max(sent_start, k - 6) - 1, -1)
                                          if low_[j] == "("), None)) is not None and \
                o < k - 1 and all(like_num(w) or w in _SCORE_MARKS for w in low_[o + 1:k]):
            k = o - 1
            continue
        count += 1
        k -= 1
    return k + 1


_SCORE_MARKS = frozenset(("%", "+", "-", "±", "x", "×", "pp", "points"))


def _cue(tk: Toks, pos: int, sent_start: int) -> tuple[str, int] | None:
    """Nearest cue kind before token `pos` in its sentence, with its distance."""
    low_ = tk.lower
    found: tuple[str, int] | None = None
    based: tuple[str, int] | None = None
    lo = _window_start(tk, pos, sent_start)
    kinds = _CUE_KINDS
    for k in range(pos - 1, lo - 1, -1):
        low = low_[k]
        kind = kinds.get(low)
        if kind is None and low not in _MAY_CUE:
            if low == ";" or k > lo and low_[k - 1] == "," and lx.participle_clause(low_, k):
                # (nor across a participle clause: "exceeding the judge's score,
                # highlighting the effectiveness of ... instruction tuning")
                break
            continue  # (the tests below make no cue of any other word)
        if kind == "use" and low == "based" and k > lo and low_[k - 1] == "-" and \
                found is None and based is None:
            # an adjective ("outperforms existing CNN-based methods such as ResShift"): a
            # compare cue further back wins over it
            based = (kind, pos - k)
            continue
        if based is not None and k == pos - based[1] - 2:
            continue  # the compound's own word: "distribution matching-based"
        if kind == "compare" and k > sent_start and (
                tk.text[k][:1].isupper() or low_[k - 1] == "-" and low in _MATCHING or
                low == "matching" and low_[k - 1].isalpha() and not is_stop(low_[k - 1]) and
                not low_[k - 1].endswith("ly") and low_[k - 1] not in _VERB_LEADS):
            # (nor a technique: "Through gradient matching on ... models, e.g., Qwen2.5-3B",
            # "flow matching"; but "while matching GPT-4", "closely matching X")
            # a word of a name: "Local Image-Sentence Matching (LISM)"; or of a compound:
            # "the TBox (i.e. schema-matching) datasets in the OAEI"
            kind = None
        if kind == "compare" and low in ("baseline", "baselines") and k > lo and \
                low_[k - 1] == "our" and low_[k + 1:k + 2] in (["model"], ["models"]):
            kind = "use"  # "from our baseline models, Gemma-3-4B-IT and ...": the ones run
        if low == "than" and k + 1 < pos and (
                like_num(tk.text[k + 1]) or low_[k + 1] in _AMOUNT_WORDS):
            # "more than 90% sparsity ... the accuracy of AlexNet", "less than one-tenth of
            # the instruction fine-tuning data": an amount
            kind = None
        if kind == "propose" and k > lo and low_[k - 1] in _DETERMINERS:
            kind = None  # "Building on these designs", "our contributions": nouns
        if kind == "use" and low == "used" and k > lo and low_[k - 1] in _HOW_WIDELY:
            kind = None  # "the widely used nuScenes benchmark": a description, not a use
        if kind == "use" and low.endswith("ing") and k > lo and k + 1 < pos and \
                low_[k + 1] in lx.HEAD_TYPES and \
                low_[compound_start(tk, k, lo + 1) - 1] in _KIND_PHRASE_OPENERS:
            kind = None  # "introduce a new prompting strategy Reflect-Critique-Refine", "we
            # develop a post-training method, CFGPT": a word of the kind the name is given
            # as, not a use of it
        if kind and _in_capitalised_compound(tk, k):
            kind = None  # "..., Fine-tune-CoT and RepairLLaMA": a word of a name
        if kind == "use" and low in _TRAINED and k + 1 < pos and \
                lx.HEAD_TYPES.get(low_[k + 1]) == "Model" and lx.plural(low_[k + 1]):
            kind = None  # "compared to the state-of-the-art in fine-tuned models for program
            # repair, Fine-tune-CoT and RepairLLaMA": an adjective of the models compared
        if low == "source" and k > lo and (low_[k - 1] == "open" or k - 3 >= lo and
                                           low_[k - 2:k] == ["open", "-"] and (
                                               low_[k - 3] == "we" or k - 4 >= lo and
                                               low_[k - 4] == "we" and
                                               low_[k - 3] in _OPEN_SOURCE_ADVERBS or
                                               k - 5 >= lo and low_[k - 3] == "and" and
                                               low_[k - 5] == "we")):
            kind = "propose"  # "we open source X", "We open-source X", "we develop and
            # open-source X" (not the adjective: "we evaluate open-source LLMs such as X",
            # "We finetune open-source MPT-7B")
        elif low in lx.CALL_VERBS and k > lo and (
                low_[k - 1] == "we" or low_[k - 1] == "and" and low_[sent_start] == "we") and (
                pos - k <= 3 or pos - k <= 5 and (low_[pos - 1] == "as" or
                                                  low_[pos - 1] in lx.HEAD_TYPES)):
            kind = "naming"  # "which we call FLAN", "we call it X", "We name our model as X",
            # "we name the resulting model Koala-13B"
        elif low == "refer" and k > lo and low_[k - 1] == "we" and \
                lx.refer_as(low_, k, pos + 1) == pos:
            kind = "naming"  # "which we refer to as CLGrouping"
        elif low == "referred" and lx.refer_as(low_, k, pos + 1) == pos and k > lo and \
                low_[k - 1] not in _USUALLY:
            kind = "naming"  # "an efficient language model architecture, referred to as
            # ShishuLM", as "called X" (not "commonly referred to as LLM-as-a-Judge")
        elif low in ("with", "to") and k > lo and (
                kinds.get(low_[k - 1]) == "compare" or low_[k - 1] in _COMPARABLE or
                k - 1 > lo and low_[k - 1] in _SCORE_NOUNS and low_[k - 2] in _LIKE):
            # "compared with X", "competes with X", "comparable to X", "comparable
            # performance with X"
            kind = "compare"
        elif low in ("with", "to", "against") and _compared_object(low_, k, lo):
            kind = "compare"  # "we compare the proposed method with X"
        elif low == "over" and (pos - k <= 3 or _LIST_STOPS.isdisjoint(low_[k + 1:pos])) and \
                (lx.gain_before(low_, k, sent_start) is not None or
                 k > lo and low_[k - 1] in lx.IMPROVE_VERBS):
            # (also "a single fixed configuration improves over zero-shot Chain-of-Thought":
            # compared with, though no named system makes the claim)
            # "+8.0% on CG-Bench over ReKV", "gains over DeepVecFont-v2 and DualVector" (what
            # comes after a preposition is not what was beaten: "superiority over existing
            # methods, including robust performance across diverse PDEs")
            kind = "compare"
        elif low == "with" and k - 2 >= lo and (
                low_[k - 2] in ("than", "against") or low_[k - 2] in lx.OUTPERFORM_WORDS) and \
                lx.HEAD_TYPES.get(low_[k - 1]) in ("Model", "Method"):
            kind = "compare"  # "than models with the same size (e.g., Qwen2-VL-2B, ...)"
        elif low in lx.PROPOSED_PAST and subject_before(tk, k, sent_start, past=True):
            kind = "propose"  # "we developed X", "this study developed X"
        elif low == "in" and k > lo and low_[k - 1] in ("resulting", "results") and not any(
                low_[j] == "of" and low_[j - 1] not in _MAKING_NOUNS for j in range(k + 1, pos)) \
                and not (k - 2 >= lo and (low_[k - 2] in _RESULT_QUALITIES or
                                          low_[k - 2] == "art" and low_[k - 3] == "-")):
            # (not the noun: "achieves state-of-the-art results in the Waymo ... dataset")
            # "..., resulting in X", "resulting in the creation of X" (not "which results in
            # the sub-optimal performance of PCI prediction")
            kind = "propose"
        elif low == "resulting" and k + 1 < pos and low_[k + 1] in lx.HEAD_TYPES:
            kind = "propose"  # "the resulting models, TagLM, ..."
        elif low in ("is", "are", "lies") and pos - k <= 2 and \
                _central_to_ours(low_, k, sent_start):
            kind = "propose"  # "Central to our method is FairUseDB, a ... dataset"
        if kind == "compare" and found is None and "," in low_[k + 1:pos] and (
                low in ("to", "with") and k - 1 <= sent_start + 1 and
                low_[k - 1] in _COMPARE_VERBS or
                low == "than" and k - 1 == sent_start and low_[k - 1] == "rather" or
                _comparison_phrase(low_, k, sent_start)):
            # "Compared to existing approaches, PFIP achieves ...", "Rather than fine-tuning
            # a specialized LLM, GRAIL adapts ...": the fronted comparison's subject, not
            # what it is compared with (but "Comparing pixel, SD-VAE, and DINOv2 features"
            # compares them all)
            return None
        if kind and based is not None and kind != "compare" and not (
                kind == "propose" and any(low_[j] in lx.HEAD_TYPES and low_[j + 1] in _SET_OFF
                                          for j in range(pos - based[1] + 1, pos))):
            # (but a proposal's kind it describes, set off before the name, is the
            # proposal's: "we introduce two reasoning-based learning methods, Ensemble
            # Reasoning Learning (ERL) and ...")
            return based
        if kind == "use" and found is None and k - 3 >= lo and low_[k - 1] == "and" and \
                kinds.get(low_[k - 2]) == "propose" and low_[k - 3] == "we":
            kind = "propose"  # "we construct and leverage PolyNews": made, then used
        if kind == "naming" and found is not None and found[0] == "propose" and \
                low in lx.CALL_VERBS:
            return (kind, pos - k)  # "we name the resulting model Koala-13B": named by us
        if kind and found is None:
            found = (kind, pos - k)
            if kind != "propose":
                return found
    if found is None and based is not None:
        return based
    if found and found[0] == "propose":
        # A propose verb needs "we" / "this paper" before it, or a 3rd-person form.
        k0 = pos - found[1]
        verb = low_[k0]
        has_subject = (verb.endswith("s") and verb not in _USING_VERBS) or \
            verb in ("source", "in", "resulting") or any(
                low_[k] in lx.PROPOSE_SUBJECTS for k in range(sent_start, k0)) or \
            low_[k0 - 2:k0] == ["us", "to"]  # "these findings inspire us to propose X"
        if lx.others_work(low_, k0, sent_start):
            has_subject = False  # "Recent work proposes Set-Based Prompting (SBP)"
        return found if has_subject else ("use", found[1])
    return None


_CENTRAL = frozenset(("central", "key", "core", "critical", "fundamental", "integral"))


def _central_to_ours(low_: list[str], k: int, sent_start: int) -> bool:
    """The sentence up to `k` ("is") says what is at the centre of the paper's own work:
    "Central to our approach is X", "Key to this framework is X", "At the core of our method
    is X" (at most three words between its owner and the verb), "At its core is X"."""
    j = sent_start
    if low_[j:j + 2] == ["at", "its"] and low_[j + 2:j + 3] in (["heart"], ["core"]):
        return k == j + 3  # "At its core is TopoAug, a synthetic data pipeline"
    if low_[j:j + 2] == ["at", "the"] and low_[j + 2:j + 4] in (["heart", "of"], ["core", "of"]):
        j += 4
    elif low_[j] in _CENTRAL and low_[j + 1:j + 2] in (["to"], ["of"]):
        j += 2
    else:
        return False
    return low_[j:j + 1] in (["our"], ["this"]) and 1 <= k - j - 1 <= 3


# "This paper introduces conformal prediction as a framework for ...", "we develop Bayesian
# inference for Markov chains": a known technique applied, not proposed.
_APPLIED = frozenset(("as", "for", "to", "into", "in", "on", "with", "within"))


_PROPOSING_A_TECHNIQUE = frozenset(("propose", "proposes", "introduce", "introduces", "present",
                                    "presents", "develop", "develops", "devise", "devises",
                                    "proposing", "introducing", "presenting"))


def _applied_into(low_: list[str], k: int, sent_end: int) -> bool:
    """"(DPO) into Real-ISR", "(CVAE) to the Att-Adapter", "(CLIP) as the backbone": a known
    technique brought into the paper's work (not "(APE) for automatic instruction generation",
    what a paper's own known method is for)."""
    return k < sent_end and (low_[k] in ("into", "as") or low_[k] == "to" and
                             low_[k + 1:k + 2] in (["the"], ["our"], ["a"], ["an"]))


def _modifies_a_kind(tk: Toks, start: int, end: int, sent_end: int) -> bool:
    """"a multi-level GT cleaning framework", "a universal MRSI matching framework": the name
    says what the proposed thing works on, through a lower-case word, before the kind noun
    (unlike "the BalGrad framework", which it names)."""
    low_, text = tk.lower, tk.text
    k = end
    while k < min(end + 3, sent_end) and text[k].isalpha() and text[k].islower() and \
            low_[k] not in lx.HEAD_TYPES and not is_stop(low_[k]):
        k += 1
    if not (end < k < sent_end and low_[k] in lx.HEAD_TYPES):
        return False
    # ... in a phrase that introduces a kind ("a ... GT cleaning framework"), not one that
    # names it ("the MMSafe-PO preference dataset")
    return start >= 1 and any(w in ("a", "an") for w in low_[max(0, start - 4):start])


def describes_the_name_before(tk: Toks, start: int, end: int, sent_end: int) -> bool:
    """"presents EconCSLib, a Lean 4 library": a name right after the ", a" of another
    name's apposition, before a kind of software, says what that one is written in (not "EFRame,
    an Exploration-Filtering-Replay ... Framework": a name of its own)."""
    low_, text = tk.lower, tk.text
    if start >= 3 and lx.described_after(low_, start - 2) and \
            text[start - 3][:1].isupper() and end < sent_end and low_[end] in _TOOL_KINDS:
        return True
    # (also a name before the kind noun, a word or two into the apposition: "ReST-RL, a
    # unified LLM RL paradigm" says what kind of paradigm ReST-RL is; "Tmax, the strongest
    # open RL recipe")
    for j in range(start - 2, max(2, start - 4), -1):
        if (lx.described_after(low_, j - 1) or low_[j - 1:j + 1] == [",", "the"]) and \
                text[j - 2][:1].isupper() and \
                all(w.isalnum() for w in text[j + 1:start]) and end < sent_end and \
                lx.HEAD_TYPES.get(low_[end]) in ("Method", "Model") and \
                "".join(w[0] for w in text[start:end] if w[:1].isupper()) != text[j - 2]:
            return True  # (not the name spelled out: "MPEC, a novel Masked Point-Entity
            # Contrastive learning method")
    return False


_TOOL_KINDS = frozenset(("library", "toolkit", "package", "plugin", "extension", "wrapper"))


# Words of a subject that is the paper's own: "Our screening is called NIS", "This meta-model
# is called MMIL", "The proposed model is called CACS".
_OWN_SUBJECT = frozenset(("our", "proposed", "new", "novel", "we", "present", "presented",
                          "this"))


def _defines_a_term(low_: list[str], naming: int, sent_start: int) -> bool:
    """"Automatic induction of knowledge from data ... is called data mining": a copula
    before the naming word defines a term unless the subject is the paper's own ("Our
    independence screening is called NIS", "The proposed model is called CACS")."""
    k = naming - 1
    while k > sent_start and low_[k] in _COPULA_ADVERBS:
        k -= 1
    if k < sent_start or low_[k] not in ("is", "are", "was", "were"):
        return False
    return _OWN_SUBJECT.isdisjoint(low_[sent_start:k])


def _names_what_exists(low_: list[str], naming: int, sent_start: int) -> bool:
    """"the existing high-resolution MLLM called LLaVA-HR", "two well-known functions called
    OneMax and BinVal": the naming word names something that exists (not "the standard task
    to a novel task named ..."); "the so-called Belief Propagation algorithm" too, unless a
    propose verb comes first ("this paper introduces a method, so-called DropGaussian")."""
    so = naming - 2 if naming - 2 >= sent_start and low_[naming - 1] == "-" else naming - 1
    if so >= sent_start and low_[so] in lx.OTHER_NAME:  # "so-called", "also called"
        return lx.PROPOSE_VERBS.isdisjoint(low_[sent_start:so])
    if any(low_[j] in lx.PROPOSED_PAST and low_[j + 1] == "by" and
           _OWN_SUBJECT.isdisjoint(low_[j + 2:naming])
           for j in range(max(sent_start, naming - 10), naming - 1)):
        return True  # "a formalism introduced by the AI community called ..."
    if any(low_[j] in lx.PROPOSED_PAST and _others_subject(low_, j, sent_start)
           for j in range(max(sent_start, naming - 16), naming)):
        return True  # "Cheng et al. proposed a construction framework ... called NHSDP"
    if any(low_[j] in ("recently", "previously") and low_[j + 1] in lx.PROPOSED_PAST
           for j in range(max(sent_start, naming - 8), naming - 1)):
        return True  # "we employ a recently proposed variational algorithm called IVON"
    if any((low_[j] in lx.PROPOSED_PAST or low_[j] in lx.PROPOSE_VERBS) and
           lx.others_work(low_, j, sent_start) for j in range(sent_start, naming)):
        return True  # "Recent studies have introduced various approaches ..., referred to
        # as black-box prompt-tuning (BBPT)"
    return word_before(low_, naming, max(sent_start, naming - 9), _EXISTED,
                       lx.NEW_OR_NOVEL) is not None


def _others_subject(low_: list[str], verb: int, sent_start: int) -> bool:
    """Cited authors before the verb at `verb`: "Cheng et al. proposed", "Wang et al. (2023)
    recently introduced"."""
    for j in range(verb - 1, max(sent_start, verb - 7) - 1, -1):
        if low_[j] in ("al.", "al"):
            return j - 1 >= sent_start and low_[j - 1] == "et"
        if not (low_[j] in ("(", ")", ",", ".", "recently", "first", "have", "has", "also") or
                low_[j].isdigit()):
            return False
    return False


# ("A prior algorithm based on lookup table representation called Tree Backup")
_EXISTED = lx.EXISTING | {"prior", "previous", "earlier"}


def _we_make(low_: list[str], sent_start: int, pos: int) -> bool:
    """"we present / created ..." before `pos`: the sentence's subject makes what follows."""
    return any(low_[j] == "we" and (low_[j + 1] in lx.PROPOSE_VERBS or
                                    low_[j + 1] in lx.PROPOSED_PAST)
               for j in range(sent_start, pos - 1))


def _new_kind_of(low_: list[str], k: int, sent_start: int) -> bool:
    """"We created a new corpus of ~50k five-sentence commonsense stories, ROCStories": the
    kind said new before an "of" (or "for") phrase that ends at `k` ("we develop a new
    action-value RL method for the LM-RLHF setting, KL-regularised Q-Learning (KLQ)")."""
    for j in range(k, max(sent_start, k - 10), -1):
        if low_[j] == "of" or low_[j] == "for" and \
                not lx.PROPOSE_SUBJECTS.isdisjoint(low_[sent_start:j]):
            # (a "for" phrase in the paper's own proposal: not "Using a novel alignment
            # dataset for post-training, BabyLM generates ...")
            return lx.new_kind(low_, j - 1, sent_start)
        if low_[j] in (",", ";", ":", ".", "(", ")"):
            return False
    return False


def _main_clause_between(low_: list[str], k: int, pos: int) -> bool:
    """", we evaluate ...", ", our model ...": a fronted phrase at `k` ends and the main clause
    begins before `pos`."""
    return any(low_[j] == "," and low_[j + 1] in ("we", "our") for j in range(k + 1, pos - 1))


def _comparison_phrase(low_: list[str], k: int, sent_start: int) -> bool:
    """"In a comparative experiment against state-of-the-art methods, GCRL ...", "Through
    comparisons with six baseline models, our approach ...": a fronted phrase naming a
    comparison, whose preposition at `k` reaches what is compared (not the subject after
    its comma)."""
    return low_[k] in ("with", "to", "against") and k - sent_start <= 5 and \
        low_[sent_start] in ("in", "through") and \
        any(w.startswith(("comparison", "comparative")) for w in low_[sent_start + 1:k])


_COMPARE_VERBS = frozenset(("compare", "compares", "compared", "comparing"))
_COMPARED_OBJECTS = frozenset(("the", "these", "those", "this", "its", "their", "our", "a", "an",
                               "it", "them"))


def _compared_object(low_: list[str], k: int, lo: int) -> bool:
    """"we compare the proposed method with X", "comparing our approach to X": the word at
    `k` follows a compare verb and its object, a short noun phrase of plain lower-case words
    (not "compare models fine-tuned with LoRA": a participle between)."""
    for j in range(k - 1, max(lo, k - 6) - 1, -1):
        w = low_[j]
        if w in _COMPARE_VERBS:
            return j < k - 1
        if not w.isalpha() or w in _CUE_KINDS or w.endswith("ing") or \
                w.endswith("ed") and w != "proposed" or is_stop(w) and w not in _COMPARED_OBJECTS:
            return False
    return False


_EXPERIMENTS = frozenset(("evaluation", "evaluations", "evaluate", "evaluated", "tested",
                          "benchmarked"))


# "comparable to X" compares; "comparable quality" alone is no cue.
_COMPARABLE = frozenset(("comparable", "comparably"))
_MATCHING = frozenset(("matching", "matches", "match"))  # ("schema-matching": a task)
_LIKE = _COMPARABLE | {"competitive", "similar"}

# "a modified version of the model CaGNet": what a proposal is a version of (see assign_role).
# Words of "<word> of X" that say X exists already, what the paper adapts or studies: "a
# variant of X", "presents the first application of YOLOv26", "the first investigation of
# KANs" (also read by the new-name fallback, litgraph.extract._studied_of).
EXISTING_OF = frozenset(("version", "variant", "extension", "adaptation", "application", "use",
                         "deployment", "investigation", "exploration"))
_BASE_OF = EXISTING_OF | {"modification", "generalization", "generalisation"}
_DATA_OF = frozenset(("dataset", "corpus", "collection", "benchmark"))
_EARLY = frozenset(("introductory", "initial", "first", "preliminary", "early", "prototype"))
_DETERMINERS = frozenset(("the", "these", "those", "this", "its", "their", "our", "a", "an",
                          "such", "his", "her"))

# Third-person proposing verbs that say what a system does with a thing when no "we" /
# "this paper" says them: "SAUCE first trains SAEs", "the pipeline produces captions".
_USING_VERBS = frozenset(("trains", "obtains", "produces", "collects", "builds"))

# "models trained on X achieve ...": data a model learns from, though results follow.
_TRAINED = frozenset(("trained", "finetuned", "fine-tuned", "tuned", "pretrained",
                      "pre-trained", "instruction-tuned", "train", "trains"))
# ("a simple yet effective module"; not "a challenging yet important problem")
_PRAISE = frozenset(("effective", "efficient", "powerful", "accurate", "strong", "robust",
                     "scalable", "expressive"))
_LIST_STOPS = frozenset((".", ";", ":", "in", "with", "to", "for", "by", "across", "over", "from",
                         "than", "against", "at", "under", "while", "whereas"))


def _trained_on_list(low_: list[str], pos: int, sent_start: int, new_data: bool = False) -> bool:
    """"models trained on multiple data sources (e.g., Wikipedia and TinyStories)": a name
    listed after "trained on" is data learnt from (the list may run a few words back)."""
    k = pos - 1
    while k > sent_start and pos - k <= 12 and low_[k] != "on":
        if low_[k] in _LIST_STOPS:
            return False
        k -= 1
    return k > sent_start and low_[k] == "on" and (
        low_[k - 1] in _TRAINED or low_[k - 1] in _TRAINING or  # ("fine-tuning on X")
        # "Fine-tuning a baseline model on AIM-40k yields ...": a model trained on it
        lx.HEAD_TYPES.get(low_[k - 1]) == "Model" and
        not _TRAINING.isdisjoint(low_[max(sent_start, k - 5):k - 1]) or
        # ("We fine-tune Qwen2.5-Coder-Instruct on VisCode-200K": new data only; "we train
        # BNNs on MNIST, CIFAR-10 and SVHN" reports scores on known benchmarks)
        new_data and _object_trained_on(low_, k, sent_start))


def _object_trained_on(low_: list[str], on: int, sent_start: int) -> bool:
    """"We fine-tune Qwen2.5-Coder-Instruct on VisCode-200K to create VisCoder, and evaluate it
    on PandasPlotBench": a training verb, its object (a name, its hyphen parts, an article),
    then "on"."""
    j = on - 1
    while j > sent_start and on - j <= 10 and (
            low_[j] == "-" or low_[j] in _OBJECT_WORDS or low_[j] in ("and", ",") or
            low_[j].replace(".", "").isalnum() and not is_stop(low_[j]) and
            low_[j] not in _TRAIN_VERBS and low_[j] not in _TRAINING and
            low_[j] not in lx.EVAL_WORDS):
        j -= 1
    if j == on - 1 or j < sent_start:
        return False
    # (also a gerund opening the sentence: "Pre-training Qwen2.5-VL and Mimo-VL on WildGUI
    # yields consistent improvements across ... benchmarks")
    return low_[j] in _TRAIN_VERBS and not (low_[j] in ("tune", "tunes") and (
        j < 2 or low_[j - 1] != "-" or low_[j - 2] != "fine")) or \
        low_[j] in _TRAINING and (j == sent_start or j - 2 == sent_start and low_[j - 1] == "-")


_OBJECT_WORDS = frozenset(("the", "a", "an", "our", "their", "its", "each", "all"))
_TRAIN_VERBS = frozenset(("train", "trains", "fine-tune", "fine-tunes", "finetune", "finetunes",
                          "tune", "tunes", "pretrain", "pretrains", "pre-train", "pre-trains"))


_TRAINING = frozenset(("fine-tuning", "finetuning", "training", "pretraining", "pre-training",
                       "instruction-tuning", "tuning"))


_RELEASED = frozenset(("checkpoints", "checkpoint", "weights", "models", "family"))


def _early_version_of(low_: list[str], pos: int) -> bool:
    """"an introductory version of FerSML (...) is presented": a first version of X is X."""
    return pos >= 3 and low_[pos - 1] == "of" and low_[pos - 2] in _BASE_OF and \
        low_[pos - 3] in _EARLY


def _novel_apposition(low_: list[str], end: int, sent_end: int, before: str = "") -> bool:
    """"X, a new/novel ...", "X, the first ...": the apposition says X is new, so the paper
    introduces it."""
    # (also "X, a simple yet effective module": the paper's praise of its own)
    return end + 2 < sent_end and low_[end] == "," and (
        low_[end + 1] in ("a", "an") and (
            not lx.NEW_OR_NOVEL.isdisjoint(low_[end + 2:min(end + 4, sent_end)])
            or any(w == "yet" and nx in _PRAISE
                   for w, nx in zip(low_[end + 3:min(end + 5, sent_end)],
                                    low_[end + 4:min(end + 6, sent_end)])))
        or low_[end + 1] == "the" and low_[end + 2] == "first" and before not in _APPLIED)
    # ("producing X, the first ... dataset"; not "On ELT-Bench, the first benchmark for ...")


# (also "Our best variant SFR-DR-20B achieves ...": a release of the paper's own)
_KIND_WORDS = frozenset((*lx.HEAD_TYPES, "function", "measure", "system", "tool", "solution",
                         "variant", "variants", "adapter", "block", "encoder", "decoder",
                         "regularizer"))


def _our_kind(low_: list[str], kind: int, sent_start: int, plural_name: bool = False) -> bool:
    """"our model, X", "our newly proposed scoring function, X", "our localized editing
    benchmark LIMB": X names the paper's own thing (the kind noun at `kind`, right before X
    or its comma; "our" at most five describing words before it, not "our previous
    framework X" or "our performance across benchmark X")."""
    if kind < sent_start or low_[kind] not in _KIND_WORDS:
        return False
    for k in range(kind - 1, max(sent_start, kind - 6) - 1, -1):
        if low_[k] == "our" or low_[k] == "proposed" and k - 1 >= sent_start and \
                low_[k - 1] == "the" and (low_[kind + 1:kind + 2] == [","] or not plural_name) or \
                low_[k] == "this" and k == kind - 1 and low_[kind + 1:kind + 2] == [","]:
            # (also "The proposed method, SEMCLIP, strengthens ...", "this technique,
            # Trelawney, and ...")
            return True
        if is_punct(low_[k]) and low_[k] != "-" or low_[k] in _NOT_DESCRIBING:
            return False  # (over a compound's hyphen: "our variance-reduction based algorithm")
    return False


def _our_definition(low_: list[str], cand: Candidate, pos: int) -> bool:
    """"our supervised FLUX.2-based SR adapter (Flux2SR)": a definition whose long form (from
    `pos`) ends in a kind noun, with "our" and a describing word or two before it (not
    "Our approach integrates conditional diffusion models (CDM)", nor "our best feed-forward
    neural network (FFNN) baseline": a baseline)."""
    k = next((j for j in range(pos - 1, max(0, pos - 5) - 1, -1) if low_[j] == "our"), None)
    return k is not None and not any(w in lx.HEAD_TYPES or is_punct(w) and w != "-"
                                     for w in low_[k + 1:pos]) \
        and low_[cand.long_span[1] - 1] in _KIND_WORDS and \
        low_[cand.end + 1:cand.end + 2] not in (["baseline"], ["baselines"])


# Words between "our" and a kind noun that make it no description of the paper's own thing.
_NOT_DESCRIBING = frozenset(("previous", "prior", "earlier", "former", "existing", "across",
                             "on", "in", "of", "for", "to", "with", "from", "by", "at", "and",
                             "or", "the", "a", "an", "than", "over"))


# "X is proposed / introduced ...": a passive proposal (lx.PASSIVE_PROPOSED), with the name
# as the subject, not "a condition for the codiagnosability of SDESs is
# presented", "a baseline tailored to IKL is developed".
_OBJECT_OF = frozenset(("of", "to", "for", "in", "on", "with", "by", "from", "at", "into",
                        "than", "via", "using", "under", "over", "between", "across"))
_NOT_A_SUBJECT = frozenset((",", ";", ":", "which", "that", "is", "are", "was", "were", "we",
                            "and", "or", "to", "can", "will"))
_COPULA_ADVERBS = lx.PASSIVE_ADVERBS | {"often", "usually", "commonly", "sometimes"}


def _passive_proposal(low_: list[str], end: int, sent_end: int) -> bool:
    """"A Human Parsing Estimator (HPE) is then introduced to ...", "EffOWT is proposed for
    ...": the name (with its abbreviation in parentheses) is the subject of a passive
    proposal verb."""
    k = end + (end < sent_end and low_[end] == ")")  # the abbreviation of "A Human ... (HPE)"
    if k < sent_end and low_[k] == "(":
        k = next((j + 1 for j in range(k + 1, min(k + 8, sent_end)) if low_[j] == ")"),
                 sent_end)
    if k < sent_end and low_[k] == "for":
        # what it is for: "A generalized ensemble model (gEnM) for document ranking is
        # proposed in this paper"
        k = next((j for j in range(k + 2, min(k + 6, sent_end)) if low_[j] in ("is", "are")
                  or not low_[j].isalpha()), sent_end)
    if k < sent_end and low_[k] == "and":
        # the first of two subjects: "MCEM and HMIM are proposed", "a static balance scheme
        # (SBC) and a dynamic balance scheme (DBC) are designed"
        k += 1
        while k < min(end + 16, sent_end) and low_[k] not in _NOT_A_SUBJECT:
            k += 1
        k += k + 1 < sent_end and low_[k] == "," and low_[k + 1] == "are"
        if k < sent_end and low_[k] != "are":
            return False
    elif k + 1 < sent_end and low_[k] == "," and low_[k + 1] in ("is", "are"):
        if any(low_[j] in ("e.g.", "including") or low_[j - 1:j + 1] == ["such", "as"]
               for j in range(max(1, end - 16), end)):
            return False  # examples of a kind: "compressors ..., such as SZ, ZFP, MGARD, and
            # SPERR, are designed for ..."
        k += 1  # the last of an apposition: "two modules, A and B, are introduced"
    elif k + 2 < sent_end and lx.described_after(low_, k):
        # over the name's apposition: "PaveInstruct, a dataset containing 278,889 ...
        # pairs ..., was created by unifying ..." (in the past tense too: a new thing
        # described first is no one else's)
        k = next((j + 1 for j in range(k + 2, min(k + 30, sent_end)) if low_[j] == ","),
                 sent_end)
        if k + 1 < sent_end and low_[k] in ("was", "were"):
            return lx.passive_verb_at(low_, k + 1, sent_end)
    if k + 2 < sent_end and low_[k] in lx.HEAD_TYPES and not lx.plural(low_[k]) and \
            low_[k + 1] == "is":
        k += 1  # over its kind: "a Cross-Scale Hybrid Attention module is designed"
    if k + 1 >= sent_end or low_[k] not in ("is", "are"):
        return False
    return lx.passive_verb_at(low_, k + 1, sent_end)


def _task_head(low_: list[str], cand: Candidate) -> bool:
    """The name (or its long form) ends in a task word: "Cross-Domain Few-Shot Segmentation
    (CDFSS) is proposed to ..." is a problem setting, not a system."""
    end = cand.long_span[1] if cand.long_span else cand.end
    return lx.LONG_FORM_HEADS.get(low_[end - 1]) == "Task"


def _fronted_proposal(low_: list[str], end: int, sent_end: int) -> bool:
    """"With X, we propose / introduce ...": the sentence's proposal is carried out with X."""
    return end + 2 < sent_end and low_[end] == "," and low_[end + 1] == "we" and \
        low_[end + 2] in lx.PROPOSE_VERBS


def _item_of_a_proposal(tk: Toks, pos: int, sent_start: int, numbered: bool = True,
                        defined: bool = False) -> bool:
    """"we further propose three strategies: (1) X to ..., (2) Y to ...": the name opens a
    numbered item of a list that a proposing verb announces before the colon (or, not
    `numbered`, is an item of such a list without numbers: see _list_colon)."""
    low_ = tk.lower
    # "1) A Confidence-region Guided Regularization (CRR) that ...", "(2) an efficient
    # Motion-Aware Gaussian Splatting (MA-GS) representation": an article, and a describing
    # word or two before a definition (not "(i) an accelerated PnP Langevin method": a
    # known name modifying the thing)
    k = pos
    while defined and k - 1 > sent_start and pos - k < 2 and low_[k - 1].isalpha() and \
            tk.text[k - 1].islower() and not is_stop(low_[k - 1]) and \
            low_[k - 1] not in lx.PROPOSE_VERBS:
        k -= 1
    if k - 1 > sent_start and low_[k - 1] in ("a", "an"):
        pos = k - 1
    if not numbered:
        colon = _list_colon(tk, pos, sent_start)
    elif lx.opens_numbered_item(low_, pos, sent_start):
        colon = next((k for k in range(pos - 3, sent_start - 1, -1) if low_[k] == ":"), None)
    else:
        return False
    if colon is None:
        return False
    # What the list counts ("four critical tasks: (1) ..."), else the word before the colon.
    count = next((k for k in range(colon - 1, sent_start - 1, -1)
                  if low_[k] in lx.COUNT_WORDS), None)
    counted = low_[count + 1:min(count + 4, colon)] if count is not None else [low_[colon - 1]]
    if any(lx.HEAD_TYPES.get(w) == "Task" or w in lx.NOT_PROPOSED_ITEMS for w in counted):
        return False  # ("optimized for four critical tasks: ..., (3) gene-AD analysis")
    # (the verb may be further back than a cue is read: "we propose UPCSC to use these
    # samples in SSDG that consists of two modules: 1) ...")
    # ("Our econSG consists of: 1) ...", "StreamOcc consists of two key components: (i)
    # ...": the parts of the paper's own system)
    owner_end = colon if low_[sent_start] == "our" else min(colon, sent_start + 3) \
        if lx.strong_shape(tk.text[sent_start]) else sent_start
    # ("We have developed two approaches ...: ...": a past proposal of the paper's.) A list
    # without numbers is one only after a count of what the verb makes ("develop two
    # complementary alignment approaches: ..."; not "we introduce new ones ...: Dubois-Prade's,
    # ...", nor "a framework for several algorithms ...: Smodels, ...", nor "a two-stage
    # approach: first, ...").
    return any((low_[k] in lx.PROPOSE_VERBS or low_[k] in lx.PROPOSED_PAST and
                k > sent_start and low_[k - 1] in ("we", "have")) and (low_[k].endswith("s") or any(
                    w in lx.PROPOSE_SUBJECTS for w in low_[sent_start:k])) and (
                        numbered or _counts_the_list(low_, k, colon))
               for k in range(sent_start, colon)) \
        or not lx.CONSISTS.isdisjoint(low_[sent_start:owner_end]) or \
        not numbered and (_variants_of_ours(low_, colon, sent_start) or
                          _new_ones_counted(low_, colon, sent_start))


def _variants_of_ours(low_: list[str], colon: int, sent_start: int) -> bool:
    """"We evaluate two variants of our approach: Semi-Formal-Natural-Language (SFNL) BP and
    ...": a counted list of versions of the paper's own thing."""
    return colon - 5 >= sent_start and low_[colon - 2] == "our" and \
        low_[colon - 3] == "of" and low_[colon - 4] in _VERSIONS and \
        low_[colon - 5] in lx.COUNT_WORDS


def _new_ones_counted(low_: list[str], colon: int, sent_start: int) -> bool:
    """"We operationalize this idea via two novel mechanisms: reinforcement learning with
    metacognitive feedback (RLMF), ...": a counted list of new things, whatever the verb."""
    return any(low_[j] in lx.COUNT_WORDS and low_[j + 1] in ("novel", "new")
               for j in range(max(sent_start, colon - 4), colon - 2)) and \
        lx.plural(low_[colon - 1]) and (low_[colon - 1] in lx.HEAD_TYPES or
                                        low_[colon - 1][:-1] in lx.HEAD_TYPES)


_VERSIONS = frozenset(("variants", "versions", "instantiations", "instances", "variations",
                       "configurations", "implementations", "flavors", "flavours"))


def _counts_the_list(low_: list[str], verb: int, colon: int) -> bool:
    """"we propose two multi-round simplification methods and generate them via GPT-4o:":
    a count right after the verb at `verb` counts the list the colon opens (not "construct
    four representations, which we embed using four ... models:", nor "design four schemes
    at two granularities:")."""
    count = next((j for j in range(verb + 1, min(verb + 4, colon))
                  if low_[j] in lx.COUNT_WORDS and low_[j + 1] != "-"), None)
    return count is not None and not any(
        w in lx.COUNT_WORDS or w in _OTHER_CLAUSE or w == "," for w in low_[count + 1:colon])


# Words that end one item of a list after a colon and open the next.
_ITEM_SEPARATORS = frozenset((",", "and", "or"))
# Words that open a clause or phrase about another thing than a list's items ("two efficient
# methods ...: PatchCore-Lite and Padim-Lite, based on the popular PatchCore and PaDiM
# models"; "based" as a word, not in "descriptor-based").
_OTHER_CLAUSE = frozenset((";", "which", "that", "while", "where", "based", "using"))


def _list_colon(tk: Toks, pos: int, sent_start: int) -> int | None:
    """"two novel rewards: Step-wise Reasoning Accuracy Reward (StepRAR) and ...",
    "two methods ...: rule-based simplification (MRS-Rule) and jointly rule-based LLM
    simplification (MRS-Joint)": the colon of an unnumbered list whose item the name at `pos`
    is (or names in parentheses), if any."""
    low_ = tk.lower
    start = pos
    if pos - 2 > sent_start and low_[pos - 1] == "(":
        # the item is the description the parenthesis names
        k = pos - 2
        while k > sent_start and pos - k <= 8 and low_[k] not in _ITEM_SEPARATORS and \
                low_[k] not in (":", ";", "(", ")"):
            k -= 1
        start = k + 1
    if start - 1 > sent_start and low_[start - 1] in ("a", "an", "the"):
        start -= 1
    if start - 1 <= sent_start:
        return None
    if low_[start - 1] == ":":
        return start - 1
    if low_[start - 1] not in _ITEM_SEPARATORS:
        return None
    # A later item: the same list goes back to its colon. After a comma the items before
    # may be described ("HATRPO-W, a KKT-based method that optimizes ..., and HATRPO-G, a
    # greedy algorithm"); after a bare "and" they are names, and no other clause comes
    # between ("... (StepRAR) and Step-wise ..."; not "both updated ... based on token
    # entropy and Jensen-Shannon distance").
    described = low_[start - 1] == "," or low_[start - 2] == ","
    if not described and not (tk.text[start - 2] == ")" or tk.text[start - 2][:1].isupper()):
        return None
    # (within a description, a name after a comma alone is in a list of its own: "Subtask
    # A (...), which classifies posts as Pro-Palestine, Pro-Israel, or Neutral")
    after_and = low_[start - 1] != ","
    for k in range(start - 2, max(sent_start, start - (45 if described else 30)) - 1, -1):
        if low_[k] == ":":
            return k
        if low_[k] == ";" or low_[k] in lx.PROPOSE_VERBS or \
                low_[k] in _OTHER_CLAUSE and low_[k - 1] != "-" and not (described and after_and):
            return None
    return None


def item_of_a_listed_proposal(tk: Toks, cand: Candidate, sent_start: int) -> bool:
    """"StepGRPO introduces two novel rule-based reasoning rewards: Step-wise Reasoning
    Accuracy Reward (StepRAR) and Step-wise Reasoning Validity Reward (StepRVR)": a new name
    (or its definition) is an item of a list without numbers that a proposal announces before
    its colon; for names no nearer cue made proposed."""
    pos = cand.written_from(sent_start)
    after = cand.end + (tk.lower[cand.end:cand.end + 1] == [")"])
    # (not a modifier: "Canopy Height Model (CHM)-guided first prompt")
    return cand.canonical is None and cand.type != "Task" and \
        tk.lower[after:after + 1] not in (["-"], ["based"]) and \
        _item_of_a_proposal(tk, pos, sent_start, numbered=False, defined=pos < cand.start)


# Words that open a sentence describing one part of what the sentences before proposed.
_PART_OPENERS = frozenset(("specifically", "concretely", "first", "firstly", "second",
                           "secondly", "third", "thirdly", "finally", "meanwhile", "next",
                           "subsequently", "then", "lastly", "additionally", "furthermore",
                           "moreover", "besides"))


def opens_a_part_of_a_proposal(tk: Toks, cand: Candidate, si: int) -> bool:
    """"We propose a novel semantic SLAM framework with two designs. First, the Intrinsic
    Appearance Normalization (IAN) module proactively disentangles ...": a new definition as
    the subject of a sentence that opens "Specifically, / First, / Second, ..." within three
    sentences after one where the paper proposes something is a part of that proposal."""
    if cand.canonical is not None or cand.type in ("Task", "Metric") or not cand.long_span:
        return False
    sa = tk.sents[si][0]
    low_ = tk.lower
    k = sa + 2 if low_[sa:sa + 2] == ["in", "particular"] else sa + 1
    if not (k - 1 == sa and low_[sa] in _PART_OPENERS or k == sa + 2) or \
            k >= tk.n or low_[k] != ",":
        return False
    k += 1 + (low_[k + 1] in ("a", "an", "the") if k + 1 < tk.n else 0)
    if cand.written_from() != k:
        return False
    return any(_we_make(low_, s, e) for s, e in tk.sents[max(0, si - 3):si])


def _joins_descriptions(between: list[str], j: int) -> bool:
    """"we introduce a large-scale and comprehensive dataset, Holmes-Set": the "and" at `j`
    joins two words describing the kind noun right before the name's comma (no second
    clause: "we propose X and evaluate it on a new benchmark, Y" has "on" after it)."""
    return 0 < j and between[j - 1].isalpha() and between[j - 1].islower() and \
        len(between) - j >= 3 and between[-1] == "," and between[-2] in lx.HEAD_TYPES and \
        all(w == "-" or w.isalpha() and w.islower() for w in between[j + 1:-1])


def _joins_kinds(between: list[str], j: int, low_: list[str], end: int, sent_end: int) -> bool:
    """"We introduce the iDocVQA dataset and Large Language Document (LLaDoc) model": the "and"
    right before the name joins two things made, each said with its kind noun."""
    k = end + (end < sent_end and low_[end] == ")")
    return j == len(between) - 1 and j > 0 and between[j - 1] in lx.HEAD_TYPES and \
        k < sent_end and low_[k] in lx.HEAD_TYPES


def _modifier_after(low_: list[str], end: int, sent_end: int) -> bool:
    """"we propose kNN-based Latent Space Broadening", "we introduce SSM based
    cross-attention": the name modifies what is proposed."""
    return end + 1 < sent_end and low_[end] == "-" and low_[end + 1] in lx.MODIFIER_SUFFIXES \
        or end + 1 < sent_end and low_[end] == "based" and low_[end + 1] not in ("on", "upon")


# Words between "our" and a name that say the paper made it: "our constructed CholecT50-SAP
# dataset", "our newly collected ListenerX dataset", "our own X".
_MADE = lx.PROPOSED_PAST | {"newly", "own", "new", "novel", "annotated", "generated",
                            "synthesized", "contributed", "self-collected"}


_BUILT = frozenset(("constructed", "collected", "created", "curated", "built",
                    "assembled", "compiled", "designed"))  # (not "newly annotated MECCANO labels")


def _our_made(low_: list[str], pos: int, sent_start: int) -> bool:
    k = pos - 1
    # (one describing word after "novel" / "new" too: "Our novel stealthy Visual Memory
    # Injection (VMI) attack")
    while k > sent_start and pos - k <= 3 and (
            low_[k] in _MADE or low_[k] == "-" or
            low_[k].isalpha() and low_[k - 1] in lx.NEW_OR_NOVEL and k == pos - 1):
        k -= 1
    # (also "the newly constructed MirrorAPI-Bench"; not "the newly released IJB-A", which
    # others may have released)
    return k < pos - 1 and (low_[k] == "our" or low_[k] == "the" and low_[k + 1] == "newly" and
                            low_[k + 2] in _BUILT)


# "Our PyTorch code ...": the name after "our" is the tool the code is written with.
_CODE = frozenset(("code", "codes", "implementation", "implementations", "codebase"))


_BUILT_ON = frozenset(("based", "using", "via", "with", "leveraging", "uses", "upon"))


def _built_on_before(low_: list[str], k: int, sent_start: int) -> bool:
    """"We propose a novel approach based on a machine learning tool named random forests":
    between the last propose verb and the naming word at `k`, the proposal is said to be
    built on the thing named, which is not the thing proposed."""
    verb = next((j for j in range(k - 1, sent_start - 1, -1) if low_[j] in lx.PROPOSE_VERBS),
                None)
    return verb is not None and not _BUILT_ON.isdisjoint(low_[verb + 1:k])


def _answers_a_problem(low: list[str], sent_start: int, prep: int) -> bool:
    """"we address this gap with", "In this paper, we tackle these key limitations through":
    "we", a verb of answering, then the problem pointed back to, right before `prep` (or
    with where: "We tackle this issue in the code debugging domain with TreeInstruct")."""
    for k in range(max(sent_start, prep - 10), prep - 1):
        if low[k] in _ANSWERING and k > sent_start and low[k - 1] == "we":
            return low[k + 1] in _PROBLEM_POINTERS and all(
                w.isalpha() or w == "-" for w in low[k + 2:prep])
    return False


def _named_after_ie(tk: Toks, pos: int, sent_start: int) -> bool:
    """"we introduce a plug-and-play layer-wise parameter-efficient fine-tuning (PEFT)
    framework, i.e., IR-Tuning, which ...": the name after "<kind noun>, i.e.," where a
    propose verb of "we" introduces that kind, over describing words only (not "we evaluate
    on two benchmarks, i.e., MMLU ...": no proposal; nor examples of what is used)."""
    low_ = tk.lower
    j = pos - 1 - (low_[pos - 1] == ",")
    if j - 2 < sent_start or low_[j] not in ("i.e.", "i.e.,") or low_[j - 1] != "," or \
            lx.HEAD_TYPES.get(low_[j - 2]) not in lx.ARTIFACT_TYPES or \
            lx.plural(low_[j - 2]):
        return False
    for k in range(j - 3, max(sent_start, j - 24) - 1, -1):
        w = low_[k]
        if w in ("a", "an") and k - 1 >= sent_start and low_[k - 1] in lx.PROPOSE_VERBS:
            return k - 2 >= sent_start and low_[k - 2] in ("we", "paper", "work", "study")
        if not (w.isalpha() or w in ("-", "(", ")") or tk.text[k].isupper()):
            return False
    return False


def assign_role(tk: Toks, cand: Candidate, sent_start: int, sent_end: int,
                eval_sentence: bool, in_title: bool) -> tuple[str, str]:
    """Return (role, rule name)."""
    role, rule = _cued_role(tk, cand, sent_start, sent_end, eval_sentence, in_title)
    if role != "proposes" and cand.canonical is None and cand.type != "Task" and \
            _named_after_ie(tk, cand.start, sent_start):
        return "proposes", "naming"
    if role in ("uses", "evaluatesOn", "comparesWith") and \
            _inspired_by(tk.lower, cand.written_from(sent_start), sent_start):
        # "a technique inspired by BERT", "Inspired by classical program synthesis": what the
        # paper's idea comes from, said in passing (4 of 5 such names on the tuning papers)
        return "mentions", "inspiration"
    if role in ("uses", "evaluatesOn", "comparesWith") and not in_title and \
            _future_work(tk, sent_start, sent_end, cand.start):
        # "We conclude by identifying key future directions, such as integrating StyleGAN3",
        # "could be extended to different types of diffusion models": what the paper may do
        # next, said in passing (5 of 5 such names on the tuning papers)
        return "mentions", "future"
    if rule in ("propose-near", "propose-cue") and cand.canonical is not None and \
            _modifies_after(tk, cand.end, sent_end):
        # "this paper proposes Retrieval Augmented Generation (RAG)-enhanced distributed LLM
        # agents ...": a known technique the new thing is built on, not the proposal
        return default_role(cand.type), "default"
    return role, rule


def _future_work(tk: Toks, sent_start: int, sent_end: int, pos: int) -> bool:
    """Whether the sentence speaks of work to come, with the name at `pos`: after "future
    directions / work" ("... future directions, such as federated learning"), or anywhere with
    "in the future", "could / can be extended to" (not "a foundation for future research on
    X", the paper's own field often; nor "RAG settings ..., suggesting avenues for future
    work", what came before)."""
    if not tk.find(("future", "extended"), sent_start, sent_end):
        return False  # (most sentences)
    low = tk.lower
    for j in range(sent_start, sent_end - 1):
        w, nxt = low[j], low[j + 1]
        if w == "future" and j < pos and (
                nxt in _FUTURE_NOUNS or nxt == "research" and
                low[j + 2:j + 3] in (["direction"], ["directions"])) or \
                w == "the" and nxt == "future" and j > sent_start and low[j - 1] == "in" or \
                w == "be" and nxt == "extended" and j > sent_start and \
                low[j - 1] in ("could", "can"):
            return True
    return False


_FUTURE_NOUNS = frozenset(("work", "works", "direction", "directions"))


def _inspired_by(low: list[str], pos: int, sent_start: int) -> bool:
    """"inspired by X", "Inspired by recent advances in X": "inspired / motivated by", then at
    most five plain words (no punctuation, no second clause) before the name at `pos`."""
    for k in range(pos - 1, max(sent_start, pos - 7) - 1, -1):
        if low[k] == "by":
            return k > sent_start and low[k - 1] in ("inspired", "motivated")
        if not (low[k].isalpha() or low[k] == "-") or low[k] in _INSPIRATION_STOPS:
            return False
    return False


_INSPIRATION_STOPS = frozenset(("we", "which", "that", "to", "is", "are", "was", "were", "while"))


def _cued_role(tk: Toks, cand: Candidate, sent_start: int, sent_end: int,
               eval_sentence: bool, in_title: bool) -> tuple[str, str]:
    """The role the cues around `cand` give it, before assign_role's last check."""
    if cand.title_prefix:
        return "proposes", "title-name"
    if cand.introduced:
        return "proposes", "coined"
    if in_title:
        if cand.rule == "title-term":
            return "proposes", "title-term"
        if cand.long_span and cand.long_span[0] == 0 and cand.type != "Task" and (
                "):" in tk.text[cand.end - 1] or cand.end + 1 < sent_end and
                tk.text[cand.end] == ")" and tk.text[cand.end + 1].startswith(":")):
            # "Emotion-Attended Stateful Memory (EASM): The Architecture for ..." (not
            # "License Plate Recognition (LPR): A Review": a task)
            return "proposes", "title-name"
        if cand.long_span and cand.canonical is None and cand.type != "Task" and \
                cand.long_span[0] == (1 if tk.lower[0] in ("a", "an", "the") else 0) and \
                cand.rule == "abbreviation" and not tk.text[cand.start].endswith("s") and \
                "?" not in tk.text and not _task_or_plural(tk.lower[cand.long_span[1] - 1]):
            # "Forecastable Component Analysis (ForeCA)", "Speedy Model Selection (SMS) for
            # Copula Models": a title opening with a name it defines names the paper's own
            return "proposes", "title-name"
        if cand.start == 0 and cand.canonical is None and cand.type not in ("Task", "Metric") \
                and cand.end < sent_end and tk.lower[cand.end] in ("for", "with", "via") and \
                ":" not in tk.text and _coined_shape(tk.name_text(cand.start, cand.end)) and \
                not PLURAL_ACRONYM.fullmatch(tk.name_text(cand.start, cand.end)):
            # "Seq-NMS for Video Object Detection", "KANFormer for Predicting Fill
            # Probabilities", "RU-Net for Automatic Characterization of ...": a new name in
            # coined capitals opening a title before what it is for (not "Meta-Learning for
            # ...", words in title case; nor a plural, "DisCSPs with Privacy ..."; a listed
            # "GRPO and ..." is known)
            return "proposes", "title-name"
        if cand.type in ("Dataset", "Benchmark") and cand.canonical is None and \
                cand.start >= 2 and tk.lower[cand.start - 1] == "the" and \
                tk.text[cand.start - 2] in (":", "-", "–", "—", "--"):
            # "Towards Vision Zero: The Accid3nD Dataset", "...: The DemosQA Benchmark": a
            # subtitle naming its data is the paper's own
            return "proposes", "title-name"
        if cand.canonical is None and cand.type in ("Method", "Model") and \
                cand.end == sent_end and cand.start >= 2 and \
                tk.lower[cand.start - 1] in ("with", "via") and \
                ":" not in tk.text[:cand.start] and \
                _CAMEL_NAME.fullmatch(tk.name_text(cand.start, cand.end)):
            # "Exploring Advanced Large Language Models with LLMsuite": a new name in mixed
            # capitals ending a title after what is done "with" it is the paper's own (not
            # after a colon, where the subtitle's own name opened the title; not an acronym
            # or a plural, "with SMT", "using PDEs", often a technique in use)
            return "proposes", "title-name"
        return default_role(cand.type), "title-default"
    low_ = tk.lower
    # An abbreviation defined in place ("a novel depth-first search-based decision tree
    # (DFSDT)"): the cues are read before its long form.
    pos = cand.written_from(sent_start)
    prev = low_[pos - 1] if pos > sent_start else ""
    prev2 = low_[pos - 2] if pos - 1 > sent_start else ""
    nxt = low_[cand.end] if cand.end < sent_end else ""
    # ("our proposed X", "our newly collected X": _our_made)
    if (prev == "our" or (prev == "proposed" and prev2 == "the") or
            _our_made(low_, pos, sent_start)) and (
            cand.canonical is None or "compound" in cand.rule) and nxt not in _CODE:
        # ... but "our transfer learning method", "our ViT-based approach", "our NeRF prior",
        # "our inpainting solution" describe the paper's thing by a known technique or task
        # (a new name built on a known one, "our DeiT-Tiny-Distill", is the paper's own).
        return "proposes", "our-name"
    if (pos < cand.start or cand.rule == "capitalised") and prev in lx.NEW_OR_NOVEL and \
            prev2 in ("a", "an") and cand.canonical is None and cand.type != "Task":
        # "we integrate ST-GCN with a novel Multi-Scale Temporal Aggregation (MSTA)
        # module": a new thing defined in place is the paper's own, whatever verb uses it
        # (also capitalised words: "through a novel Directional Consistency Loss")
        return "proposes", "propose-near"
    if prev == "," and (lx.new_kind(low_, pos - 2, sent_start) or
                        _new_kind_of(low_, pos - 2, sent_start)) and (
            cand.canonical is None or cand.type not in ("Task", "Metric") and
            _we_make(low_, sent_start, pos)):
        # (a known name too when "we created / present" it: "We created a new corpus of ...
        # stories, ROCStories", "we present a novel instruction tuning framework,
        # PDDL-Instruct": the gazetteer knows names from papers like this one)
        # "on two benchmarks and a newly introduced dataset, PerVA": the kind said to be
        # new, named (its base is no name of the paper's: "a new benchmark, CVTG-2K")
        return "proposes", "propose-near"
    if cand.canonical is None and cand.type in ("Model", "Method") and \
            low_[max(sent_start, pos - 4):pos] in (["we", "fine", "-", "tune"], ["we", "finetune"],
                                                   ["we", "train"]) and \
            lx.described_after(low_, cand.end):
        # "we fine-tune GLLM, a model designed to transform raw documents ...": a new model
        # described as the paper trains it (not "we fine-tune Llama-3, a ...": known)
        return "proposes", "propose-near"
    gerund = pos - 1 - (prev in ("a", "an", "the"))
    if cand.canonical is None and cand.type != "Task" and \
            (prev2 if prev in ("a", "an", "the") else prev) in _MAKING_GERUNDS and (
                cand.type in ("Dataset", "Benchmark") and (
                    not nxt or is_punct(nxt) or is_stop(nxt) and nxt not in ("and", "or") or
                    lx.HEAD_TYPES.get(nxt) in ("Dataset", "Benchmark")) or
                lx.described_after(low_, cand.end) or
                # (or what the paper does it "by": "we address SAM's low-resolution output by
                # designing a High-Resolution Decoder (HR-Decoder), which ...")
                # (not a name modifying what is made: "By curating LeetCode Python problems")
                gerund - 1 >= sent_start and low_[gerund - 1] == "by" and
                low_[gerund] != "building" and (not nxt or is_punct(nxt))):
        # "We address this gap by constructing DermCase, a long-context benchmark": new data
        # made, or anything new described ("by creating PureTC-1B, a three-stage
        # stabilization pipeline"). (The gerunds are no propose cues of their own:
        # "constructing Bayesian networks", "creating OS Agents" name what exists; nor a
        # modifier: "developing CSLR and SLT systems".)
        return "proposes", "propose-near"
    if cand.canonical is None and cand.type != "Task" and prev in ("with", "through", "via") \
            and _answers_a_problem(low_, sent_start, pos - 1) and \
            (not nxt or is_punct(nxt)):
        # "We tackle this limitation with CBC-SLP, a multimodal semantic segmentation model",
        # "We address these challenges through ERP-RoPE, a position encoding scheme", "with
        # STELLA - the first ...", "with PHARL (PHysics-aware ...)" (not a name modifying
        # what follows: "with FooBench data")
        return "proposes", "propose-near"
    # ("Within the proposed framework VOs are seen as ...": a plural after the kind is the
    # clause's subject, not the kind's name)
    if cand.canonical is None and (prev == "," and _our_kind(low_, pos - 2, sent_start) or
                                   _our_kind(low_, pos - 1, sent_start, PLURAL_ACRONYM.fullmatch(
                                       tk.name_text(cand.start, cand.end)) is not None) or
                                   pos < cand.start and _our_definition(low_, cand, pos)):
        # "Our model, Typhoon-Audio, outperforms ..."; "our supervised FLUX.2-based SR
        # adapter (Flux2SR)": a definition whose long form ends in the kind
        return "proposes", "our-name"
    if cand.canonical is None and cand.type != "Task" and (
            _novel_apposition(low_, cand.end, sent_end, prev) or
            lx.opens_described_item(low_, pos, cand.end, sent_start, sent_end) or
            _item_of_a_proposal(tk, pos, sent_start, defined=pos < cand.start)):
        # "CMAP, a new approach for patching activations"; "(2) Copernicus-FM, a unified
        # foundation model": a new name that opens a numbered item and is described there
        # is one of the paper's contributions, as is one opening an item of a list that a
        # proposal announces ("we propose three strategies: (1) X ..., (2) Y ...").
        return "proposes", "propose-cue"
    if cand.canonical is None and cand.type not in ("Task", "Metric") and \
            ((prev2 if prev == "the" else prev) not in _OBJECT_OF or _early_version_of(low_, pos)) \
            and _passive_proposal(low_, cand.end, sent_end) and not _task_head(low_, cand):
        return "proposes", "propose-cue"  # "A Human Parsing Estimator (HPE) is introduced"
    if cand.canonical is None and prev == "with" and pos - 1 == sent_start and \
            _fronted_proposal(low_, cand.end, sent_end):
        return "proposes", "propose-cue"  # "With MORepair, we propose a novel perspective"
    cue = _cue(tk, pos, sent_start)
    kind = cue[0] if cue else None
    evalish = cand.type in ("Benchmark", "Dataset", "Task")
    if kind == "use" and evalish and pos - cue[1] == sent_start and \
            low_[sent_start] in ("using", "leveraging") and \
            _main_clause_between(low_, sent_start, pos):
        # "Using a unified pipeline, we evaluate ... on ADReSSo": a fronted phrase's cue
        # (a system there is still used: "Using Odeen as a testbed, we show how CRNs ...")
        cue = kind = None
    if kind == "naming" and pos - 2 >= sent_start and low_[pos - 1] == "-" and \
            not tk.ws[pos - 2] and not tk.ws[pos - 1]:
        kind = None  # "a principled approach called self-CMA-ES": the named thing is longer
    if kind == "naming" and (cand.type != "Task" or cand.canonical is None and
                             _task_named(low_, pos - cue[1], sent_start)) and \
            cue[1] <= _NAMED_NEAR and \
            not lx.names_a_phenomenon(low_, pos - cue[1], sent_start) and (
            # ("which we refer to as X", ", referred to as X": checked already)
            low_[pos - cue[1]] in ("refer", "referred") or
            _PROPOSE_BLOCKERS.isdisjoint(low_[pos - cue[1] + 1:pos])) and not (
            (low_[pos - cue[1]] in lx.NAMING_WORDS or low_[pos - cue[1]] == "referred") and (
                _names_what_exists(low_, pos - cue[1], sent_start) or
                _defines_a_term(low_, pos - cue[1], sent_start) or
                # "a distance measure called Hausdorff distance": a known name, and no
                # proposal before it (but "..., denoted as LLaVA-Instruct" names it anew)
                cand.canonical is not None and low_[pos - cue[1]] in ("called", "named",
                                                                      "referred") and
                (lx.PROPOSE_VERBS.isdisjoint(low_[sent_start:pos - cue[1]]) or
                 _built_on_before(low_, pos - cue[1], sent_start)) or
                # "on three datasets, namely Bibsonomy, ...", "logical formalisms, namely,
                # Description Logics": "namely" lists what a proposal before it made, or
                # what exists ("we propose two algorithms, namely L-DD and Q-DD")
                low_[pos - cue[1]] == "namely" and
                not namely_lists_own(low_, pos - cue[1], sent_start))):
        # "a new benchmark called X" / "we term X" - proposed unless it is a comparison, or
        # the name of something that exists ("the existing high-resolution MLLM called X").
        return "proposes", "naming"
    if kind == "propose" and cand.type == "Task" and cand.canonical is None and \
            cue[1] <= 3 and all(w in ("the", "a", "new", "novel") for w in
                                low_[pos - cue[1] + 1:pos]) and \
            (_task_apposition(low_, cand.end, sent_end) or tk.text[cand.end - 1] == "Task"):
        # "We introduce Admissions, a decision task ...", "we introduce NeedleInATable
        # (NIAT), a novel task ...", "we formally introduce the Craft Assembly Task"
        return "proposes", "propose-near"
    # (further for a name given in parentheses to the phrase before it: "we propose a novel
    # inference-time scaling approach -- stepwise natural language self-critique (PANEL)")
    if kind == "propose" and (cue[1] <= 12 or prev == "(" and nxt == ")") and (
            cand.type not in ("Task", "Metric") or (
            cand.type == "Metric" and cand.canonical is None)):  # a new score of its own
        between = low_[pos - cue[1] + 1:pos]
        if cand.canonical is not None:
            # A known name is proposed only right after the verb ("we release ToolBench"),
            # not as a description ("a novel prompt tuning method") or a modifier ("we
            # construct instruction-tuning data").
            # (nor "we propose to train Random Forests", "we train GPT-2 models on ...": a
            # known model trained is used, unless said to make versions of its own: "train
            # OPT-IML 30B and 175B, which are instruction-tuned versions of OPT")
            # (a known technique term in small letters only by a verb of proposing: "we
            # establish in-context learning and leverage prompt tuning" uses it)
            if all(w in ("the", "our") for w in between) and not (
                    tk.text[cand.start].islower() and
                    low_[pos - cue[1]] not in _PROPOSING_A_TECHNIQUE) and (
                    low_[pos - cue[1]] not in ("train", "trains") or
                    any(w.rstrip("s") in _BASE_OF and nx == "of" for w, nx in
                        zip(low_[cand.end:sent_end], low_[cand.end + 1:sent_end]))) and \
                    not _modifier_after(
                    low_, cand.end, sent_end) and (
                    not nxt or is_punct(nxt) and not (
                        # (past its defined short form: "we introduce Direct Preference
                        # Optimization (DPO) into Real-ISR")
                        nxt == ")" and _applied_into(low_, cand.end + 1, sent_end)) or
                    is_stop(nxt) and nxt not in _APPLIED or
                    cand.type == "Model" and nxt in _RELEASED):
                return "proposes", "propose-near"  # (also "we release Flan-T5 checkpoints")
        elif not any(w in _PROPOSE_BLOCKERS and not (j and between[j - 1][-1:] == "-") and
                     not _joins_capitals(tk, pos - len(between) + j) and
                     not (w == "and" and (_joins_descriptions(between, j) or
                                          _joins_kinds(between, j, low_, cand.end, sent_end)))
                     for j, w in enumerate(between)) and \
                not _modifies_a_kind(tk, pos, cand.end, sent_end) and \
                not describes_the_name_before(tk, pos, cand.end, sent_end) and \
                not _modifier_after(low_, cand.end, sent_end) and \
                not (between and between[0].endswith("ing") and len(between[0]) > 5) and \
                not any((w in _BASE_OF or w in _DATA_OF and cand.type != "Dataset") and
                        nx == "of" for w, nx in zip(between, between[1:])):
            # (nor "we propose TransCaGNet, a modified version of the model CaGNet": the base;
            # nor "we present the first large-scale dataset of post-editing (PE) time
            # annotations": what the data holds)
            # (not "we propose enriching the RM's input": what a proposed action acts on)
            if cue[1] <= _PROPOSE_NEAR:
                return "proposes", "propose-near"
            return "proposes", "propose-cue"
    if cand.canonical is None and cand.type != "Task" and pos < cand.start and nxt == ")" and \
            _novel_apposition(low_, cand.end + 1, sent_end, prev) and \
            not _task_apposition(low_, cand.end, sent_end):
        # the apposition of a definition, after its short form's parenthesis, says it is new
        # ("trained with Domain-aware Relative Policy Optimization (DRPO), a novel ...
        # objective"), whatever verb uses it (a new task is typed and proposed elsewhere:
        # "Group Intention Forecasting (GIF), a novel task")
        return "proposes", "propose-cue"
    if cand.type == "Metric":
        return "uses", ("eval-context" if eval_sentence else "default")
    if cand.type in ("Benchmark", "Dataset") and _drawn_from(low_, pos, sent_start):
        return "uses", "use-cue"  # "claims sourced from FEVER, Climate-FEVER, and SciFact"
    # (also "We train on the X": "train" is read as a propose verb, blocked by "on")
    trained_on = kind in ("use", "propose") and cue[1] <= 2 + (prev == "the") and \
        cand.type == "Dataset" and low_[pos - cue[1]] in _TRAINED or \
        cand.type in ("Dataset", "Benchmark") and \
        _trained_on_list(low_, pos, sent_start, cand.canonical is None) and \
        not (cand.type == "Benchmark" and low_[pos - 1 - (prev == "the")] == "on")
    # (a known benchmark right after "pretrained on CIFAR-100, X reaches 62.7%" is still where
    # the scores are; further down a list it is data: "trained on MNIST, SVHN and CelebA")
    # (the words before a description: "evaluated on the widely used CNN/DailyMail ...")
    # (not what a thing is built on: "a new dataset built on the widely used WIDER-FACE
    # benchmark")
    ep, ep2 = (low_[pos - 3], low_[pos - 4]) if prev == "used" and prev2 in _HOW_WIDELY and \
        pos - 5 >= sent_start and low_[pos - 5] not in _MADE_ON else (prev, prev2)
    if evalish and eval_sentence and not trained_on and (
            ep in lx.EVAL_PREPS or ep == "the" and ep2 in ("on", "across", "over") or
            kind in ("compare", None) or cand.type == "Benchmark"):
        return "evaluatesOn", "eval-context"
    if kind == "use" and evalish and low_[pos - cue[1]] == "using" and \
            not _EXPERIMENTS.isdisjoint(low_[sent_start:pos - cue[1]]) and \
            _TRAINED.isdisjoint(low_[sent_start:pos]):
        # "We evaluate the proposed framework using the Yelp Challenge Dataset": what the
        # evaluation was run on (not "we fine-tune the model using the COCO dataset"; nor
        # after "experiments" alone, which also train: the held-out part lost a dataset)
        return "evaluatesOn", "eval-context"
    if kind == "compare" and cand.type in ("Model", "Method") and prev != "our" and \
            not _listed_after_on(tk, pos, sent_start) and \
            not (cand.end < sent_end and low_[cand.end] in _SETTING_NOUNS):
        # (not "we compare our sparse PCA approach"; nor the models a claim is made on: "it
        # surpasses random selection by 4% on Qwen2.5-72B and Llama3-70B"; nor a setting:
        # "outperforms other strong baselines, especially in low-bit quantization scenarios")
        return "comparesWith", "compare-cue"
    if evalish and prev in ("on", "across") and cand.type == "Benchmark":
        return "evaluatesOn", "eval-weak"
    if kind == "use":
        return ("evaluatesOn" if cand.type in ("Benchmark", "Task") else "uses"), "use-cue"
    return default_role(cand.type), "default"
