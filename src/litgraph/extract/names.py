"""Find named things in a tokenised text and give each a type.

Three sources, in order of trust: the curated gazetteer (PhraseMatcher, longest match wins),
abbreviation definitions (Schwartz & Hearst, see `abbreviations.py`), and name morphology
(tokens with inner capitals or digits: "WizardLM", "GSM8K", "Flan-T5", "Llama 2 70B").
An unknown name is typed by, in order: its abbreviation's long-form head ("... Tuning" ->
Method), the head noun beside it ("the X benchmark"), an appositive ("X, a new dataset"),
then its morphology ("-Bench" -> Benchmark, "7B" -> Model).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, islice
from operator import ne

from litgraph.extract import lexicon as lx
from litgraph.extract.abbreviations import (
    PLURAL_ACRONYM,
    Abbreviation,
    find_abbreviations,
    spelled_by_initials,
)
from litgraph.extract.coined import find_coined, find_title_term, subject_before, unnamed_proposal
from litgraph.extract.listed import find_listed, task_defined_at
from litgraph.extract.markup import formula_spans, math_like
from litgraph.extract.tokens import (
    Toks,
    aside_start,
    compound_start,
    hyphen_compound,
    indices,
    is_punct,
    is_stop,
    like_num,
    score_number,
)
from litgraph.gazetteer import Entry, Gazetteer
from litgraph.gazetteer import fold as _fold_uncached
from litgraph.variants import base_name as _base_name_uncached

# Pure functions of a string, called many times with the same names: memoised.
fold = lru_cache(maxsize=1 << 18)(_fold_uncached)
base_name = lru_cache(maxsize=1 << 16)(_base_name_uncached)

_GZ_CACHED: dict[int, tuple] = {}


def _gazetteer_cached(gazetteer: Gazetteer) -> tuple:
    """(lookup, is_generic) of `gazetteer`, memoised by name (both are pure functions of the
    name for a loaded gazetteer)."""
    got = _GZ_CACHED.get(id(gazetteer))
    if got is None or got[0] is not gazetteer:
        got = (gazetteer, lru_cache(maxsize=1 << 16)(gazetteer.lookup),
               lru_cache(maxsize=1 << 16)(gazetteer.is_generic))
        _GZ_CACHED[id(gazetteer)] = got
    return got[1], got[2]


@dataclass
class Candidate:
    start: int  # token indices in the doc
    end: int
    type: str
    type_conf: float
    rule: str
    canonical: str | None = None  # gazetteer canonical name, when known
    long_form: str | None = None
    title_prefix: bool = False  # the "Name:" before a title's colon
    long_span: tuple[int, int] | None = None  # token span of the defined long form
    introduced: bool = False  # a coined term the text says it introduces (coined.py)
    known_as: str | None = None  # see Mention.known_as

    def written_from(self, sent_start: int = 0) -> int:
        """Where the name is first written: its long form's start when defined after it (a
        long form before `sent_start`, in another sentence, does not count)."""
        return self.long_span[0] if self.long_span and \
            sent_start <= self.long_span[0] < self.start else self.start


# Shared-task series: "SemEval-2025 Task 4", "WMT22", "SemEval2015 10B" are evaluations.
_SHARED_TASK = re.compile(r"^(semeval|wmt|ntcir|iwslt|bionlp)\d")

_MORPH = (
    (_SHARED_TASK, "Benchmark", 0.8),
    # ("the FineTuneBench dataset" is a benchmark, as is "Sentient-Benchmark")
    (re.compile(r"bench(?:mark)?$"), "Benchmark", 0.85),
    # (not "-Retrieval": "Micro-Macro Retrieval" folds to "...retrieval")
    (re.compile(r"((?<!retri)eval|arena|leaderboard)$"), "Benchmark", 0.75),
    (re.compile(r"\d+(\.\d+)?[bm]($|[a-z])"), "Model", 0.75),
    # ("YOLOv8n", "YOLO11m", "YOLO-World": detectors, their size letter and all)
    (re.compile(r"^yolo"), "Model", 0.75),
    (re.compile(r"(lm|llm|gpt|bert|llama|coder|chat|vl|llava|net|bot|vit|clip|mllm|vlm|"
                r"diffusion|former|mamba)\d*$"), "Model", 0.6),
    (re.compile(r"(qa|set|corpus|data|instructions|bank)$"), "Dataset", 0.55),
    # "Infographics-650K", "Unicorn-471K-Instruction": a count of examples
    (re.compile(r"[a-z]\d+(\.\d+)?k(instructions?)?$"), "Dataset", 0.55),
    (re.compile(r"instruct\d*[a-z]?\d*$"), "Dataset", 0.45),
)


# "MMSD 2.0", "SQuAD v2", "EQ-Bench-v3" (not "COVID-19": a bare number hyphened on)
TRAILING_VERSION = re.compile(r"(?:\s+v?|-v)\d+(\.\d+)*$", re.IGNORECASE)
_HYPHEN_YEAR = re.compile(r"-(19|20)\d\d$")
_HYPHEN_NUMBER = re.compile(r"(.*[A-Za-z])-\d+")
_DATE_WORDS = frozenset(("january", "february", "march", "april", "may", "june", "july",
                         "august", "september", "october", "november", "december", "pre",
                         "post", "mid", "early", "late", "since", "until"))


# A model's parameter count ending a name: "-7B", " 70B", "-1.5B" (not "-100K": examples).
_SIZE_END = re.compile(r"[-\s]\d+(?:\.\d+)?[BM]$")
_COUNTED_DATA = frozenset(("data", "dataset", "datasets", "corpus", "corpora", "images", "pairs",
                           "samples", "examples", "tokens", "videos", "clips", "hours"))
_PARAMETER_COUNT = re.compile(r"~?\d+(?:\.\d+)?[BM]")  # "(84M)", "(1.5B parameters)"
# "1D-ARC", "3D-MNIST": data named by its dimension (not "3D-CNN", a kind of network)
_DIMENSION = re.compile(r"[1-4]D")
_NUMBERED_TASK = re.compile(r"(\S+(?: \d{4})?) Task \d+[A-Za-z]?")


@lru_cache(maxsize=1 << 16)  # (a pure function of the name; ~10 regexes each call)
def morphology_type(text: str) -> tuple[str, float] | None:
    key = fold(text.rstrip("+"))  # ("T2I-CompBench++": "+" folds to "plus")
    for pattern, typ, conf in _MORPH:
        if (m := pattern.search(key)):
            if m.start() == 0 and m.end() == len(key) and typ in ("Benchmark", "Dataset") and \
                    pattern is not _SHARED_TASK:
                continue  # the kind word alone in capitals ("ARENA (Adaptive-Rewarded Evidence
                # Navigation Agent), a ... framework") says nothing of what it names
            if typ == "Model" and "-" in text and \
                    _shape_kind(text.rsplit("-", 1)[0]) == "Benchmark":
                # "JudgeBench-GPT", "MT-Bench-GPT4": a benchmark's part judged or built by a
                # model, of the benchmark's kind
                return "Benchmark", 0.7
            return typ, conf
    if " " not in text and key.endswith("network") and len(key) > 7:
        return "Model", 0.6  # "CHR-Network", as "CHRNet" (but "Gaussian Graph Network": a method)
    # "OmniDocBench v1.5" is typed by "OmniDocBench"; a name-shaped word with a release
    # number ("MinerU 2.5") is most often a model.
    if (m := _HYPHEN_YEAR.search(text)) is not None and m.start() > 1 and \
            text[:m.start()].lower() not in _DATE_WORDS:
        # "RuOpinionNE-2024", "DAVIS-2017": an edition of a challenge or a data release
        return morphology_type(text[:m.start()]) or ("Benchmark", 0.45)
    if (m := _NUMBERED_TASK.fullmatch(text)) is not None:
        return morphology_type(m.group(1))  # "CCL25-Eval Task 10": of its series' kind
    if (m := _HYPHEN_NUMBER.fullmatch(text)) is not None:
        base = morphology_type(m.group(1))
        if base is not None and base[0] in ("Benchmark", "Dataset"):
            return base  # "RewardBench-2", "TempEval-2": a benchmark's next edition
    bare = TRAILING_VERSION.sub("", text)
    if bare != text and bare and YEAR.fullmatch(text[len(bare):].strip()):
        # "SHREC 2011", "EndoVis 2024", "PASCAL 2005": an edition of a challenge or event
        return morphology_type(bare) or ("Benchmark", 0.45)
    if bare != text and bare:
        # (a hyphened "-v3" only keeps the type of the name it versions: "EQ-Bench-v3"; the
        # guess below is for a spaced release number, "MinerU 2.5")
        return morphology_type(bare) or (("Model", 0.55) if lx.strong_shape(bare) and
                                         text[len(bare)] != "-" else None)
    return None


_MEDIA = r"(?:text|image|video|audio|speech|sound|motion|music|layout|sketch|mesh|3d|2d|" \
    r"depth|point[- ]cloud|language|code|sql|shape|scene|graph|event|lidar|radar|rgb|frame)s?"
# "Text-to-Image (T2I)", "Image-to-Video (I2V)": a pair of media names a kind of model or
# task ("T2I diffusion models"), not an artifact.
_MEDIA_PAIR = re.compile(rf"{_MEDIA}(?:[- ]and[- ]{_MEDIA})?[- ]to[- ]{_MEDIA}", re.I)


def _generic_parts(name: str, is_generic) -> bool:
    """"English-African", "Kazakh-Russian", "Indo-Aryan": a compound of generic words (here
    languages and peoples; not acronyms, "BEV-LLM" may name a model) names no artifact."""
    parts = name.split("-")
    return len(parts) > 1 and all(p and is_generic(p) and not p.isupper() for p in parts)


# A name-shaped "X-to-Y" is a mapping ("RAW-to-sRGB"); a Roman numeral alone a part number.
# The tail of a mapping cut from its head ("Pixel-to-3D" read from "to"): "to-3D", "of-X".
_PAIR_TAIL = re.compile(r"(?:to|of|and|or)-")
_PAIR = re.compile(r"(?:single-|multi-)?[^\s-]+-to-[^\s-]+")  # (also "single-image-to-3D")
# A mapping from a medium written as a capitalised name: "Text-To-Cypher", "Image-to-LaTeX".
_TASK_PAIR = re.compile(r"(?:Text|Image|Video|Audio|Speech|Code|Sketch)-[Tt]o-[A-Z][\w]*")
# "a multi-GPU framework", "non-IID data", "sub-10B models", "high-BCI spans": a lower-case
# prefix describing an acronym or a number, no name
_PREFIXED = re.compile(r"(multi|single|cross|non|dual|inter|intra|semi|sub|pre|post|anti|"
                       r"over|under|super|ultra|high|low)-[A-Z0-9][A-Z0-9.]*s?")
_ROMAN = re.compile(r"I{2,3}|IV|VI{1,3}|IX|XI{0,3}")
# A numbered part of something ("Area-1", "Stage-2", "Type-2 diabetes", "Level-3"): no name;
# nor alone, spaced or not, the part of something named elsewhere ("Track 1", "Task 7", "Case
# Study 2": of a challenge, "NLPCC 2025 Shared Task 7"; "SemEval-2025 Task 3" is a name whole).
_NUMBERED_PART = re.compile(r"(?:Area|Region|Site|Zone|Group|Phase|Stage|Step|Level|Type|Part|"
                            r"Case|Round|Day|Week|Year)-\d+|"
                            r"(?:Task|Track|Subtask|Sub-task|Study|Part|Phase|Stage|Group|"
                            r"Round|Step|Setting|Scenario|Experiment|Session)[ -]?\d{1,2}[a-z]?")


def _names_a_condition(long_form: str) -> bool:
    """"Alzheimer's disease", "acute respiratory distress syndrome": what a system diagnoses,
    not an artifact."""
    return long_form.rsplit(None, 1)[-1].lower() in lx.CONDITION_HEADS


_MODIFIER_HEADS = lx.MODIFIER_SUFFIXES | {"definition"}
_RESOLUTIONS = re.compile(r"(?:.*-)?(?:high|low)-resolution", re.I)  # (not super-resolution)


# Last words of a long form naming a claim or a finding ("... Hypothesis", "... Effect").
_CLAIM_HEADS = frozenset(("hypothesis", "conjecture", "theorem", "lemma", "phenomenon",
                          "paradox", "effect", "fallacy", "illusion"))


def _modifier_definition(tk: Toks, ab: Abbreviation, sspan) -> bool:
    """"High-Definition (HD) maps", "a Granularity-Agnostic (GA) matching protocol": a long
    form of one hyphen compound ending in a modifier word, its short form followed by the
    word it modifies, abbreviates a modifier."""
    if sspan is None or " " in ab.long or "-" not in ab.long or \
            ab.long.rsplit("-", 1)[-1].lower() not in _MODIFIER_HEADS and \
            not _RESOLUTIONS.fullmatch(ab.long):
        return False
    k = sspan.end + (sspan.end < tk.n and tk.text[sspan.end] == ")")
    return k < tk.n and tk.text[k].isalpha() and not is_stop(tk.lower[k])


def _names_a_language(long_form: str, gazetteer: Gazetteer) -> bool:
    """"Modern Standard Arabic (MSA)", "Brazilian Portuguese (BP)": a language variety, what a
    text is written in (50 of 52 corpus definitions ending in a language name; not "Multimodal
    Aggression Dataset in Bengali", "Doha Historical Dictionary of Arabic")."""
    words = long_form.split()
    if len(words) >= 3 and [w.lower() for w in words[-2:]] == ["sign", "language"]:
        # "American Sign Language (ASL)", "Turkish Sign Language (TSL)"
        return gazetteer.is_language(words[-3]) or words[-3].lower() in _SIGNING_NATIONS
    return gazetteer.is_language(words[-1]) and \
        not any(w.lower() in ("of", "in", "for", "to") for w in words)


_SIGNING_NATIONS = frozenset(("american", "british", "indian", "saudi", "australian",
                              "brazilian", "bangla", "bangladesh", "argentinian", "mexican",
                              "pakistani", "iranian", "egyptian", "korean", "taiwanese"))


def _names_a_body(long_form: str) -> bool:
    """"World Health Organization", "Visually Impaired People": who, not what; "unmanned
    surface vehicle": a machine."""
    last = long_form.rsplit(None, 1)[-1].lower()
    return last in lx.BODY_HEADS or last in lx.MACHINE_HEADS or \
        long_form.lower().endswith(_PLACES_AND_FIELDS)


# Long-form endings naming a ward or a field of practice, where or what about, not an
# artifact: "Neonatal Intensive Care Unit (NICU)", "Traditional Chinese Medicine (TCM)" (12 of
# 12 corpus definitions typed Method before).
_PLACES_AND_FIELDS = (" care unit", " care units", " medicine")


def _written_alone(tk: Toks, short: str) -> list[int]:
    """Tokens that are `short` written alone, not part of a hyphen compound ("AD-GPT", a
    model named for Alzheimer's disease; "T2V-CompBench")."""
    text = tk.text
    # Either number of it: "Visually Impaired People (VIPs) ... distances to VIP".
    forms = {short, short[:-1] if short.endswith("s") and len(short) > 2 else short + "s"}
    # (each form looked up by list.index, in C, not every token in Python)
    return [k for k in sorted(k for form in forms for k in indices(text, form)) if not (
        k + 1 < tk.n and text[k + 1] == "-" or k > 0 and text[k - 1] == "-")]


def _own_name_for_generic(ab: Abbreviation, is_generic, lookup) -> bool:
    """"We propose Instruction Influence Disentanglement (IID)": a capitalised long form that is
    neither known nor generic (and, says the caller, is proposed) gives a generic short form
    ("iid") a new, named meaning."""
    words = ab.long.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and \
        not is_generic(ab.long) and lookup(ab.long) is None and lookup(ab.short) is None


def _own_generic_short(ab: Abbreviation, low_: list[str], long_start: int,
                       gazetteer: Gazetteer, is_generic, lookup) -> bool:
    """Whether a generic short form is the paper's own name where it defines it (its long form
    at `long_start`): a new capitalised long form it proposes or names ("we propose
    Instruction Influence Disentanglement (IID)", "called Core Sentiment Inventory (CSI)"), a
    task no list knows ("Continual Anomaly Detection (CAD)"), or another meaning than the
    generic phrase its letters spell, capitalised or proposed ("Cylindrical Algebraic
    Decomposition (CAD)", "we propose parameter dynamic evolution (PDE)")."""
    own = _own_name_for_generic(ab, is_generic, lookup)
    # (also past a few kind words: "we propose the safe generation framework Detect-and-Guide
    # (DAG)")
    proposed = not lx.PROPOSE_VERBS.isdisjoint(low_[max(0, long_start - 3):long_start]) or \
        _we_propose_before(low_, long_start, reach=5)
    named = long_start > 0 and low_[long_start - 1] in _NAMING_VERBS
    return own and (proposed or named) or _task_defined(ab, is_generic, lookup) or \
        gazetteer.other_meaning(ab.short, ab.long) and \
        not _generic_kind(ab.long, is_generic) and (own or proposed)


def _task_defined(ab: Abbreviation, is_generic, lookup) -> bool:
    """A generic short form ("CAD", "LOD") defined by a long form that reads as a task no list
    knows: the paper's task ("Continual Anomaly Detection (CAD)"), not the field word."""
    lt = long_form_type(ab.long) if lookup(ab.long) is None and not is_generic(ab.long) \
        else None
    return lt is not None and lt[0] == "Task"


def _generic_kind(long: str, is_generic) -> bool:
    """Whether a plural long form ends in a generic kind of two or more words ("Vision
    Foundation Models": foundation models), so its short form names a kind wherever it is
    written ("our VFMs"), not a family the paper names ("Critical Rationalist Networks")."""
    words = long.replace("-", " ").split()  # (also "Video-Language Models")
    return any(is_generic(" ".join(words[k:])) for k in range(len(words) - 1))


def _short_alone(tk: Toks, short: str, known: set[int]) -> list[int]:
    """Where `short` is written alone, but not inside a known name (`known`: the tokens the
    gazetteer matches, "KV cache" after a generic "key-value (KV)", "Open LLM Leaderboard") nor
    before a hyphen compound, with which it may make a new name ("LM up-scaling")."""
    return [k for k in _written_alone(tk, short)
            if k not in known and not (k + 2 < tk.n and tk.text[k + 2] == "-")]


# Endings after which a metric's word only says what matters ("precision-critical domains",
# "accuracy-oriented training"); not "ROUGE-based", "perplexity-guided": the metric is used.
_METRIC_MODIFIED = frozenset(("critical", "sensitive", "preserving", "oriented", "centric",
                              "focused", "intensive", "driven", "induced"))
_SAYS_ITS_KIND = frozenset(("benchmark", "bench", "dataset", "corpus", "metric"))
_PURPOSE_WORDS = frozenset(("for", "with", "via"))  # "an adapter for tracking": not the task


_MEDIA_WORDS = frozenset(("video", "vision", "visual", "image", "audio", "speech", "text"))
_MARKET_WORDS = frozenset(("stock", "price", "industrial", "composite", "jones", "seng", "nikkei",
                           "market", "exchange"))
# What a rate is counted per ("bits per pixel", "cost per click"; not "single sample per
# person", a setting).
_RATE_UNITS = frozenset(("second", "image", "pixel", "byte", "click", "query", "token",
                         "volume", "mille", "paper", "share", "watt", "joule", "dollar", "frame",
                         "clicks", "images", "pixels", "bytes", "queries", "tokens"))
# An edition or part after a kind noun: "2", "v1", "A", "II".
_EDITION_WORD = re.compile(r"v?\d+(\.\d+)*|[a-c]|ii|iii|iv")
_TIME_TO = re.compile(r"(?:\w+ )?time to ", re.I)


_HEAD_PREPOSITIONS = frozenset(("for", "with", "of", "on", "in", "to", "from"))


def _shape_kind(name: str) -> str:
    """The type `name`'s shape gives ("" when none)."""
    typed = morphology_type(name)
    return typed[0] if typed else ""


_SYSTEM_KINDS = frozenset(("framework", "method", "approach", "algorithm", "network",
                           "architecture", "system", "pipeline", "agent", "module",
                           "mechanism", "strategy", "toolkit"))
_MODEL_USED_BY = frozenset(("by", "with", "via", "using", "for"))
_MODEL_PHRASE_WORDS = frozenset(("large", "small", "language", "vision", "multimodal",
                                 "foundation", "pretrained", "pre", "trained"))


def long_form_type(long_form: str) -> tuple[str, float] | None:
    words = [w for w in re.split(r"[\s\-]+", long_form.lower()) if w]
    if len(words) > 2 and _EDITION_WORD.fullmatch(words[-1]) and \
            lx.LONG_FORM_HEADS.get(words[-2]) in ("Dataset", "Benchmark"):
        # "JANUS Challenge Set 2", "IARPA Janus Benchmark A": the data kind before (not
        # "Segment Anything Model 3", a model's release)
        words.pop()
    elif len(words) > 1 and _EDITION_WORD.fullmatch(words[-1]) and words[-1][-1:].isdigit() and \
            lx.LONG_FORM_HEADS.get(words[-2]) == "Model":
        words.pop()  # "Visuospatial Cognitive Assistant 2": a model's release
    if not words:
        return None
    if len(words) > 2 and words[-2:] == ["at", "scale"]:
        # "Multiple Sequence Alignment at Scale (MuSAlS)": how it runs, no rating scale
        return long_form_type(long_form.rsplit(None, 2)[0])
    head = words[-1]
    if words[:2] == ["area", "under"] and len(words) > 2:
        return "Metric", 0.7  # "Area Under the Risk-Coverage Curve (AURC)", "... KS curve"
    by = next((i for i in range(len(words) - 2, 0, -1) if words[i] in _MODEL_USED_BY), 0)
    if by and lx.LONG_FORM_HEADS.get(head) == "Model" and \
            all(w in _MODEL_PHRASE_WORDS for w in words[by + 1:-1]):
        # "Rewrite and Verify by LLM (ReVeL)", "Selection and Pooling with Large Language
        # Models (SPILL)": the model is what the named thing works with, not its head
        return long_form_type(" ".join(words[:by]))
    # "Benchmark for Evaluating Reasoning", "... Instruction-tuning dataset with Explicit
    # reasoning process": a data kind before the first preposition is what it names
    first = next((i for i, w in enumerate(words) if w in _HEAD_PREPOSITIONS), 0)
    if first and lx.LONG_FORM_HEADS.get(words[first - 1]) in ("Dataset", "Benchmark"):
        return lx.LONG_FORM_HEADS[words[first - 1]], 0.7
    if first and words[first - 1] in _SYSTEM_KINDS and words[first] in ("for", "with"):
        # "Modular Multi-Agent Framework for Multi-Modal Medical Diagnosis (MAM)": the
        # framework, not the task it is for
        return lx.LONG_FORM_HEADS.get(words[first - 1], "Method"), 0.7
    if head == "inference" and len(words) > 1 and words[-2] in lx.TASK_INFERENCE_PRECEDERS:
        return "Task", 0.7
    if head == "generation" and len(words) > 1 and words[-2] in lx.METHOD_GENERATION_PRECEDERS:
        return "Method", 0.7
    if head == "estimation" and len(words) > 1 and words[-2] in lx.TASK_ESTIMATION_OBJECTS:
        return "Task", 0.7  # "Occlusion Boundary Estimation (OBE)", "Monocular Depth
        # Estimation (MDE)" (not "Kernel Density Estimation (KDE)", a method)
    if head == "solving" and len(words) > 1 and words[-2] in ("problem", "problems") and \
            words[-3:-2] != ["of"]:
        return "Task", 0.7  # "Geometry problem solving (GPS)" (not "Art of Problem Solving")
    if head == "assessment" and words[-2:-1] == ["quality"] and any(
            w[0].isupper() for w in long_form.split()):
        # "Face Image Quality Assessment (FIQA)" (written in small letters, as ordinary
        # words: "a novel ... no-reference image quality assessment (OU NR-IQA) method")
        return "Task", 0.7
    if words[-2:] == ["instruction", "following"]:
        return "Task", 0.7  # "Complex Instruction Following (CIF)": an ability scored, no method
    if head == "index" and not _MARKET_WORDS.isdisjoint(words):
        return None  # "Dow Jones Industrial Average Index (DJIA)": data, not a measure
    if head in lx.LONG_FORM_HEADS:
        return lx.LONG_FORM_HEADS[head], 0.7
    if len(words) > 2 and words[-2] == "per" and head in _RATE_UNITS:
        return "Metric", 0.7  # a rate: "frames per second (FPS)", "false positive per image"
    if _TIME_TO.match(long_form):
        # "mean time to detect (MTTD)", "time to first token (TTFT)" (not the hyphenated
        # "time-to-event (TTE)" of "TTE prediction": what a model predicts)
        return "Metric", 0.7
    if len(words) > 1 and f"{words[-2]}-{head}" in lx.ABBREVIATED_TASK_HEADS:
        head = f"{words[-2]}-{head}"  # the split above cut "re-identification", "super-resolution"
    if head in lx.ABBREVIATED_TASK_HEADS and _PURPOSE_WORDS.isdisjoint(words):
        return "Task", 0.7  # not "Hyperspectral Adapter for Tracking"
    if head.endswith(("ing", "tion", "ment", "sion")) and any(
            w[0].isupper() for w in long_form.split()):
        return "Method", 0.55
    return None


# Words before a head word that make it a verb ("we benchmark X", "to model X").
_VERB_SUBJECTS = frozenset(("we", "they", "to", "i"))
# Heads that do not type the name after them ("data X", "tuning X" are usages, not kinds).
_LEFT_HEAD_EXCEPTIONS = frozenset(("data", "tuning", "prompting", "loss"))


# Data kinds that end "ORL face database" (not "instructions", "challenge": other readings).
_DATA_HEADS_TYPE = {w: t for w, t in lx.HEAD_TYPES.items() if t in ("Dataset", "Benchmark") and
                    w not in ("instructions", "collection", "collections", "suite", "challenge")}


def _data_named(tk: Toks, start: int, end: int, sent_end: int) -> tuple[str, float] | None:
    """"ORL face database", "the UMIST face dataset": a one-word name, then a word or two
    naming what the data holds, then a data kind."""
    text, low_ = tk.text, tk.lower
    if end - start != 1 or not (lx.strong_shape(text[start]) or text[start].isupper()):
        return None
    if end < sent_end and low_[end].endswith("s") and not low_[end].endswith("ss"):
        return None  # a verb: "NeoN combines reference corpora", "X outperforms ... datasets"
    for k in range(end + 1, min(end + 3, sent_end)):
        if _DATA_HEADS_TYPE.get(low_[k]) and all(
                text[x].isalpha() and text[x].islower() and not is_stop(low_[x])
                for x in range(end, k)):
            return _DATA_HEADS_TYPE[low_[k]], 0.7
    return None


# What follows data named after "on" in a sentence of evaluation ("experiments on X, Y and
# Z", "results on X show ...").
_AFTER_EVALUATED_ON = frozenset((".", ",", ";", "and", "(", "with", "using", "show", "shows",
                                 "demonstrate", "demonstrates", "reveal", "verify", "confirm"))


def _evaluated_on(tk: Toks, start: int, end: int, sent_start: int,
                  sent_end: int) -> tuple[str, float] | None:
    """"We evaluate DEO on NegConstraint.", "Experimental results on CulTi demonstrate ...": a
    one-word name in mixed capitals right after "on" in a sentence of evaluation is what is
    evaluated on (not a plural acronym, "experiments on LLMs", nor where code is, "available
    on GitHub")."""
    low_ = tk.lower
    if end - start != 1 or start - 1 <= sent_start or low_[start - 1] != "on" or \
            not _STRONG_CAMEL.fullmatch(tk.text[start]) or \
            PLURAL_ACRONYM.fullmatch(tk.text[start]) or \
            end < sent_end and low_[end] not in _AFTER_EVALUATED_ON or \
            low_[start - 2] in ("available", "released", "hosted", "based", "built", "trained"):
        return None
    if lx.EVAL_WORDS.isdisjoint(low_[sent_start:start - 1]):
        return None
    return "Benchmark", 0.6


# Mixed capitals within one word ("NegConstraint", "CulTi", "DAComp", "MoNaCo").
_STRONG_CAMEL = re.compile(r"[A-Z][a-z0-9]*[a-z][A-Z][A-Za-z0-9]*|[A-Z]{2,}[a-z][A-Za-z0-9]*")


_LISTED_KIND_DETERMINERS = frozenset(("these", "those", "the", "both", "all", "our", "their",
                                      "its", "such", "in", "on", "for", "across"))


_POST_MODIFIERS = frozenset(("for", "of", "with", "in", "on", "from"))
_NOUN_PHRASE_ENDS = frozenset((",", ";", ".", ":", "(", ")", "which", "that", "a", "an", "the"))


def _described_data_head(low_: list[str], h: int, sent_start: int) -> str | None:
    """The kind of data or measure a naming word's noun phrase is headed by, further back
    than the word before it: "a large-scale dataset for colored point cloud up-sampling called
    SYSU-PCUD", "a high-quality dataset of 16K UG pairs named PairUG", "a multimodal corpus for
    satire detection in Romanian news articles named MuSaRoNews" (the head, after "a", is
    followed by a modifier phrase). Systems' kinds are left to the other rules."""
    for j in range(h - 1, max(sent_start, h - 12) - 1, -1):
        w = low_[j]
        if w in _NOUN_PHRASE_ENDS:
            return None
        typ = lx.HEAD_TYPES.get(w)
        if typ is None or lx.plural(w) or w in _LEFT_HEAD_EXCEPTIONS or \
                low_[j + 1] not in _POST_MODIFIERS:
            continue
        if typ in ("Dataset", "Benchmark", "Metric", "Task") and any(
                low_[k] in ("a", "an") or low_[k] == "the" and low_[k + 1] == "first"
                for k in range(max(sent_start, j - 7), j)):
            return typ  # (also "the first large-scale dataset for UGC images, termed X")
        return None
    return None


def _our_described(tk: Toks, kind: int, sent_start: int) -> bool:
    """"our model", "our high-fidelity benchmark", "this technique": "our" (or "this") at most
    five lower-case, hyphen or size words before the kind noun at `kind`; not after a
    preposition opening the sentence ("On our MCQ task, ASM yields ...": a fronted phrase)."""
    low_ = tk.lower
    for k in range(kind - 1, max(sent_start, kind - 6) - 1, -1):
        if low_[k] in ("our", "this"):  # (also "this technique, Trelawney, ...")
            return k - 1 != sent_start or low_[k - 1] not in _FRONTING_PREPS
        word = tk.text[k]
        # (a size too: "Our 4B parameter model, C1, ...")
        if not (word.replace("-", "").isalpha() and word.islower() or word == "-" or
                lx.SIZE.match(word)) or is_stop(low_[k]):
            return False
    return False


# Verbs whose object is data the paper makes ("we collect X", "we further curate X").
_DATA_MAKING = frozenset(("curate", "curated", "collect", "collected"))


def _named_kind(low_: list[str], start: int, sent_start: int) -> tuple[str, float] | None:
    """"a ... model named "Aurora"", "a framework, termed X", "a benchmark dataset called X"
    (the first of two heads): the kind a naming word gives the name at `start`. One thing is
    named, so not after a plural ("LMs, termed X" names what was described before)."""
    k = start - 1 - (low_[start - 1] in ('"', "“", "'"))
    if k - 1 > sent_start and low_[k] == "as" and low_[k - 1] in _NAMING_WORDS:
        k -= 1  # ("A unified benchmark, coined as UniBench300, ...")
    if k - 2 < sent_start or low_[k] not in _NAMING_WORDS:
        return None
    h = k - 1 - (low_[k - 1] == ",")
    while h - 1 >= sent_start and low_[h - 1] in lx.HEAD_TYPES and \
            low_[h - 1] not in _LEFT_HEAD_EXCEPTIONS:
        h -= 1  # (not a usage before the kind: "instruction-tuning dataset, called AVU")
    head = low_[h] if h >= sent_start else ""
    if head in lx.HEAD_TYPES and head not in _LEFT_HEAD_EXCEPTIONS and \
            not lx.plural(head):  # ("a multimodal corpus named MuSaRoNews")
        return lx.HEAD_TYPES[head], 0.75
    far = _described_data_head(low_, h, sent_start)
    return (far, 0.7) if far is not None else None


def _context_type(tk: Toks, start: int, end: int, sent_start: int, sent_end: int,
                  examples: bool = True) -> tuple[str, float] | None:
    text, low_ = tk.text, tk.lower
    # (over the blanks markup leaves: "a new metric, \\textit{EvalTok}", "\\textbf{X} benchmark")
    while start - 1 > sent_start and text[start - 1].isspace():
        start -= 1
    while end < sent_end and text[end].isspace():
        end += 1
    # Right: "X benchmark", "X-based" excluded, "X model(s)".
    j = end
    if j < sent_end and text[j] == "-" and not (tk.ws[j - 1] and tk.ws[j]):
        return None  # (a spaced dash opens an apposition: "QaEgo4Dv2 - a refined dataset")
    if j + 3 < sent_end and text[j] == "(" and text[j + 2] == ")" and \
            low_[j + 3] in _DATA_HEADS_TYPE:
        j += 3  # "the P4I (PoemForImage) dataset": over the other name in parentheses
    elif j + 1 < sent_end and text[j] == ")" and start > sent_start and \
            text[start - 1] == "(" and low_[j + 1] in _DATA_HEADS_TYPE:
        j += 1  # ... and from the one inside them
    elif j + 5 < sent_end and text[j] == "(" and low_[j + 1] == "n" and text[j + 2] == "=" \
            and text[j + 4] == ")" and low_[j + 5] in _DATA_HEADS_TYPE:
        j += 5  # "M&Ms-2 (n=360) dataset": over its size
    elif j + 2 < sent_end and text[j] == "(" and _PARAMETER_COUNT.fullmatch(text[j + 1]) and (
            text[j + 2] == ")" or low_[j + 2] in ("parameters", "params") and
            j + 3 < sent_end and text[j + 3] == ")") and text[start - 1] != "/" and \
            _COUNTED_DATA.isdisjoint(low_[max(sent_start, start - 12):j + 6]):
        return "Model", 0.7  # "PATH-B (84M) and Sapiens-L (307M)": a model's size (not a
        # release after a slash: "DPAL-ViT/Ti (5M)"; nor data's: "datasets such as GRIT
        # (20M)", "SimCLUE (~3M pairs) ... T2Ranking (~2M)")
    if end + 1 < sent_end and low_[end] == "of" and start > sent_start and (
            low_[start - 1] in ("a", "an", "the") or start - 1 > sent_start and
            low_[start - 1] in ("average", "mean", "overall") and
            low_[start - 2] in ("a", "an", "the")) and (
                score_number(text[end + 1]) or text[end + 1] == "$"):
        return "Metric", 0.75  # "an aMOTP of 0.475", "a gFID of 1.35", "an average cIoU of
        # 81.2%": what is measured
    shared = j + (j < sent_end and YEAR.fullmatch(low_[j]) is not None)
    if shared + 2 < sent_end and text[shared][:1].isupper() and low_[shared + 1] == "shared":
        shared += 1  # "the WMT Metrics Shared Task": one capitalised word names its track
    if shared + 1 < sent_end and low_[shared] == "shared" and low_[shared + 1] in ("task",
                                                                                 "tasks"):
        return "Benchmark", 0.8  # "the MEDIQA-WV 2025 shared task", "the BEA shared task"
    for k in range(j, min(j + 2, sent_end)):
        low = low_[k]
        if k > end and low in ("task", "track") and YEAR.fullmatch(low_[end]):
            return "Benchmark", 0.8  # "CLPsych 2025 Task", "BioNLP-ST 2016 Task BB3": a
            # shared task's edition, as "SemEval-2025 Task 4"
        if low in lx.HEAD_TYPES:
            if k + 1 < sent_end and (low_[k + 1] in _VERB_OBJECTS or
                                     low in ("scores", "achieves") and like_num(text[k + 1])):
                break  # "TennisTV models each rally as ...", "Ovis2.5-2B scores 73.9": a verb
            if k + 1 < sent_end and lx.HEAD_TYPES[low] == "Model" and \
                    _DATA_HEADS_TYPE.get(low_[k + 1]) == "Benchmark" and \
                    not low_[k + 1].endswith("s"):
                return "Benchmark", 0.8  # "the OpenCompass VLM leaderboard"
            if low in _GROUP_HEADS and k + 2 < sent_end and low_[k + 1] == "of" and any(
                    lx.HEAD_TYPES.get(w) == "Model" and lx.plural(w)
                    for w in low_[k + 2:min(k + 8, sent_end)]):
                return "Model", 0.8  # "the MediPhi collection of 3.8B-parameter SLMs"
            return lx.HEAD_TYPES[low], 0.8
        if k == end and (low in ("baseline", "evaluator") or low == "baselines" and
                         start - 2 > sent_start and low_[start - 1] in ("and", "or") and
                         (low_[start - 2] == "," or lx.strong_shape(text[start - 2]))):
            # "the well-tuned Spikformer baseline", "the X evaluator", "over RDED, ..., and CDA
            # baselines", "over both BT and GPM baselines": a system (its own shape types it
            # better: "the ActionFormer baseline"); not "existing SSMDE baselines", baselines
            # of a task
            return "Method", 0.5
        if not (text[k].isalpha() and text[k][0].isupper() and not is_stop(low)) and \
                low not in ("-", '"', "”") and not (k == end and YEAR.fullmatch(low)):
            break  # (over a closing quote: '"OpenBezoar-SFT" checkpoints'; over an edition's
            # year: "the PlantCLEF 2025 challenge"; not over a title's "Your": "CASCADE Your
            # Datasets")
    # Left: "the benchmark X", "dataset X".
    described, tried = None, False  # (the apposition, when read before the looser cues)
    if start - 1 >= sent_start:
        if start - 4 >= sent_start and low_[start - 1] == "," and \
                low_[start - 2] in ("namely", "i.e.") and low_[start - 3] == "," and \
                not lx.plural(low_[start - 4]):  # (also "a ... benchmark, i.e., FG-BMK")
            start -= 2  # "the first large-scale dataset, namely, OCTA2024": "dataset, X"
            # (one thing; not "three prominent models, namely, Probit, Tobit, and Logit")
        low = low_[start - 1]
        # "86.2% mAD on MVTec AD", "0.538 mPQ": what a score is measured in (not after a
        # change: "+3% ImageNet-100" is where it was measured, as often as in what).
        if _is_score(text, start - 1, sent_start) and end - start == 1 and \
                (start - 2 < sent_start or text[start - 2][:1] not in "+-−") and \
                _METRIC_SHAPE.fullmatch(text[start]) and not lx.title_case(text[start]) and \
                low_[start] not in _UNITS:
            return "Metric", 0.75
        if low in lx.HEAD_TYPES and low not in _LEFT_HEAD_EXCEPTIONS and not (
                start - 2 >= sent_start and low_[start - 2] in _VERB_SUBJECTS):
            return lx.HEAD_TYPES[low], 0.7  # (not a verb: "we benchmark Open-PMC")
        if examples and _compared_against(tk, _list_start(tk, start, end, sent_start),
                                          sent_start):
            return "Method", 0.6
        # "a safety benchmark (PacifAIst)": the name of the thing just described.
        if low == "(" and start - 2 >= sent_start and low_[start - 2] in lx.HEAD_TYPES and \
                low_[start - 2] not in _LEFT_HEAD_EXCEPTIONS and end < sent_end and \
                text[end] == ")":
            return lx.HEAD_TYPES[low_[start - 2]], 0.75
        # "we introduce two ... datasets, MMed-IFT and MMed-IFT-MC" ("we have created a new
        # dataset, NEU-171K")
        # ("We release a new corpus, the Multilingual European Value Survey (MEVS)": one
        # thing, named after "the")
        c = start - 1 - (low == "the" and start - 3 > sent_start and low_[start - 2] == "," and
                         not lx.plural(low_[start - 3]))
        if low_[c] == "," and c - 1 > sent_start and low_[c - 1] in lx.HEAD_TYPES and \
                low_[c - 1] not in _LEFT_HEAD_EXCEPTIONS and \
                (not _PROPOSING_FORMS.isdisjoint(low_[sent_start:c - 1]) or
                 lx.new_kind(low_, c - 1, sent_start)):
            # (also "on two benchmarks and a newly introduced dataset, PerVA")
            return lx.HEAD_TYPES[low_[c - 1]], 0.7
        if low_[c] == "," and c - 2 > sent_start and low_[c - 1] == "set" and \
                lx.new_kind(low_, c - 1, sent_start):
            return "Dataset", 0.7  # "and a newly collected test set, CIR-E"
        # "a large-scale dataset of architectural symmetries, ArchSym, from SfM ...": a name
        # set off by commas after a described piece of data is its name
        if low == "," and end < sent_end and (
                low_[end] == "," and end + 1 < sent_end and low_[end + 1] not in ("and", "or")
                or low_[end] == "." and end + 1 == sent_end) and \
                start - 2 > sent_start and text[start - 2].islower() and \
                (far := _described_data_head(low_, start - 1, sent_start)) is not None:
            return far, 0.7  # (not a list: "a corpus of trajectories across Coding, Math,
            # and Agentic domains")
        # "hybrid metaheuristic algorithms, GENETRON and ANNETRON, to ...": names listed right
        # after a plural kind they are of (not "In these datasets, X and Y perform ...")
        if low == "," and start - 3 >= sent_start and end < sent_end and \
                low_[end] in ("and", "or", ",") and low_[start - 2].endswith("s") and \
                lx.HEAD_TYPES.get(low_[start - 2]) in ("Method", "Model", "Dataset", "Benchmark") \
                and low_[start - 2] not in _LEFT_HEAD_EXCEPTIONS and \
                low_[start - 3] not in _LISTED_KIND_DETERMINERS and \
                not any(w in _LISTED_KIND_DETERMINERS for w in low_[max(sent_start, start - 5):
                                                                    start - 2]):
            return lx.HEAD_TYPES[low_[start - 2]], 0.65
        # "Our model, Typhoon-Audio, ...": the paper's own thing of that kind.
        if low == "," and start - 3 >= sent_start and low_[start - 2] in lx.HEAD_TYPES and \
                low_[start - 2] not in _LEFT_HEAD_EXCEPTIONS and _our_described(tk, start - 2,
                                                                                sent_start):
            return lx.HEAD_TYPES[low_[start - 2]], 0.75
        # (Not for a lone capitalised word, whose extent _introduced_word finds first:
        # "a method called Prune and Merge".)
        named = _named_kind(low_, start, sent_start) if examples else None
        if named is not None:
            return named
        # An apposition is surer than the looser cues below ("trained on Puffin-4M, a
        # large-scale dataset of ...").
        if examples and end < sent_end and text[end] == ",":
            described, tried = _apposition_type(tk, start, end, sent_start, sent_end), True
            if described:
                return described
        if examples and end < sent_end and low_[end] in (",", "and"):
            counted = _counted_list_kind(tk, start, end, sent_start, sent_end)
            if counted:
                return counted
        # Looser cues, not for a lone capitalised word ("results on Berkeley ..."):
        listed = _listed_under(low_, start, sent_start) if examples else None
        if examples and listed is None and (first := _list_start(tk, start, end, sent_start)) < \
                start and (listed := _listed_under(low_, first, sent_start)) and listed[1] < 0.7:
            listed = None  # (from the list's first name, "models, including Seed-X,
            # HY-MT-1.5, and ...", where the head names a kind surely: not "alternatives")
        if listed and low_[start - 1] in _DASH_OPENERS and end < sent_end and \
                (low_[end] in _CLAUSE_VERBS or low_[end] in lx.OUTPERFORM_WORDS):
            listed = None  # "on five widely-studied benchmarks -- RLCF is the only method
            # to ...": a new clause's subject after the dash, not a listed benchmark
        if listed:
            return listed
        # "experiments on CVRPLib", "competitive performance on HierText": scored on it
        # (also "evaluated on an OAIZIB-CM test set (103 knees) and on SKI-10": a second "on"
        # coordinated with the first).
        # ("on a RISC-V platform", "on a PR2 robotic manipulator": what was run on)
        k = start - 1 - (low == "the" or low in ("a", "an") and end < sent_end and
                         low_[end] in _SET_WORDS or low == "both")  # ("on both GEdit and")
        if examples and k - 1 >= sent_start and low_[k] in ("on", "across"):
            scored = _SCORED_ON.get(low_[k - 1])
            if scored is None and low_[k - 1] == "and":
                scored = _scored_on_before(low_, k - 1, sent_start)
            if scored is None:
                scored = _scored_object_on(low_, k, sent_start)
            if scored is not None and not (scored == "Dataset" and end - start == 1 and
                                           PLURAL_ACRONYM.fullmatch(text[start])):
                return scored, 0.6  # (not a kind of data: "fine-tuning on CSTs")
        # "73.1% on Real-IAD", "73.1% mAD on Real-IAD": a score is reported on it (also
        # past an aside: "72.2% accuracy (κ=0.45) on Place Pulse 2.0").
        s = aside_start(low_, k, sent_start) if examples and low_[k] == "on" else k
        if examples and s - 1 >= sent_start and low_[k] == "on" and (any(
                _is_score(text, p) for p in (s - 1, s - 2) if p >= sent_start) or
                s - 3 >= sent_start and _is_score(text, s - 3) and
                low_[s - 2] in _SCORE_QUALIFIERS and (
                    low_[s - 1] in _SCORE_WORDS or lx.HEAD_TYPES.get(low_[s - 1]) == "Metric")
                ) and not (
                end < sent_end and low_[end] in _HARDWARE):  # ("38.4 FPS on NVIDIA RTX")
            return "Benchmark", 0.6
        # "In the MetaICL in-context learning evaluation, our method achieves an average
        # accuracy of 44.9": the evaluation fronted, named after its benchmark.
        if examples and k == sent_start and low_[k] == "in" and low == "the" and \
                _fronted_evaluation(tk, end, sent_end):
            return "Benchmark", 0.6
        # "On MSC, our method ...", "For LSA64, we achieve a top-1 accuracy of 99.84%": a
        # name fronted in a sentence that reports a score is what was scored on.
        if examples and k == sent_start and low_[k] in ("on", "for", "across") and \
                end < sent_end and text[end] == "," and any(
                    _is_score(text, p) for p in range(end + 1, sent_end)):
            return "Benchmark", 0.6
    # Copula: "The AM-DeepSeek-R1-Distilled is a large-scale dataset", "X is a simple yet
    # effective framework" (not "X is a key part of the model").
    if end + 2 < sent_end and low_[end] == "is" and low_[end + 1] in ("a", "an"):
        for k in range(end + 2, min(end + 8, sent_end)):
            low = low_[k]
            if low in lx.HEAD_TYPES and text[k - 1] != "-" and \
                    (k + 1 >= sent_end or text[k + 1] != "-"):
                return lx.HEAD_TYPES[low], 0.75
            if is_punct(text[k]) and text[k] != "-" or low in _COPULA_STOPS:
                break
    if not tried:
        described = _apposition_type(tk, start, end, sent_start, sent_end)
    if described is None and start - 1 > sent_start and low_[start - 1] in _DATA_MAKING and \
            "we" in low_[max(sent_start, start - 4):start - 1] and not (
                end < sent_end and text[end].isalpha() and text[end].islower() and
                not is_stop(low_[end])) and \
            "bench" not in low_[start] and _shape_kind(tk.span_text(start, end)) != "Benchmark":
        # "we curate OOPS-Fall from genuine accident videos" (not "we collect GPS data": the
        # name of what the data is of; nor "MoReBench-Theory", a benchmark's part)
        return "Dataset", 0.7
    return described


# (not "setting": "In the MTL setting, ..." is a way of training)
_EVALUATION_NOUNS = frozenset(("evaluation", "evaluations", "benchmark", "benchmarks",
                               "experiments", "test", "tests"))


# Heads of a group named by what it holds: "the X collection of ... models" (a suite of
# models is models, not a benchmark).
_GROUP_HEADS = frozenset(("collection", "collections", "suite"))
_COMPARING_VERBS = frozenset(("evaluate", "evaluates", "evaluated", "compare", "compares",
                              "compared", "benchmark", "benchmarks", "benchmarked", "test",
                              "tests", "tested", "assess", "assesses", "assessed"))


def _compared_against(tk: Toks, first: int, sent_start: int) -> bool:
    """"We evaluate EmbGen against EntiGraph, InstructLab and Knowledge-Instruct": the names
    (a list from `first`) a named system is evaluated against are systems too (not "evaluated
    against MMLU": no name between the verb and "against")."""
    low, text = tk.lower, tk.text
    if first - 2 < sent_start or low[first - 1] != "against":
        return False
    verb = next((j for j in range(first - 2, max(sent_start, first - 8) - 1, -1)
                 if low[j] in _COMPARING_VERBS), None)
    return verb is not None and any(text[j][:1].isupper() for j in range(verb + 1, first - 1))


def _fronted_evaluation(tk: Toks, end: int, sent_end: int) -> bool:
    """"(In the X) in-context learning evaluation, ... 44.9": a few lower-case words ending on
    an evaluation noun, a comma, and a score later in the sentence."""
    low = tk.lower
    j = end
    while j < min(sent_end, end + 6) and (low[j] == "-" or tk.text[j].islower()):
        j += 1
    return end < j < sent_end and low[j] == "," and low[j - 1] in _EVALUATION_NOUNS and \
        any(_is_score(tk.text, p) for p in range(j + 1, sent_end))


_OF_WORDS = frozenset(("from", "of", "with", "for", "on", "in", "to", "by"))
_QUANTITY = frozenset(("set", "suite", "family", "collection", "series", "pair", "kind", "type",
                       "group", "range", "variety", "number"))


# "a variant of the X algorithm", "a library of generic algorithms": the kind comes after "of".
_KIND_OF = _QUANTITY | {"variant", "adaptation", "extension", "version", "generalization",
                        "generalisation", "modification", "implementation", "library",
                        "iteration", "member", "release", "successor"}


# Head words that as often modify the noun after them ("task arithmetic", "collection
# framework").
_MODIFYING_HEADS = frozenset(("task", "tasks", "collection", "collections", "tuning",
                              "prompting", "agent"))
# ("an instruction tuning dataset", "an agent verification framework")


def _known_names_renamed(tk: Toks, matches: list, sents: list, sent_of: list,
                         gazetteer: Gazetteer, vocab) -> dict[str, tuple[str, float]]:
    """One-word known names the paper gives to a new thing of another kind, with that kind:
    "We propose CIDER, a learned multiuser decoder", "we introduce UQ, a testbed of 500 ...
    questions" (not the metric CIDEr, the task UQ; 10 of 11 corpus papers with the shape had
    it as the known one), for every mention of the word in the paper ("CIDER uses ...")."""
    low_, text = tk.lower, tk.text
    renamed: dict[str, tuple[str, float]] = {}
    for match_id, start, end in matches:
        sa, sb = sents[sent_of[start]]
        if end - start != 1 or start == sa or low_[start - 1] not in lx.PROPOSE_VERBS or \
                end + 1 >= sb or text[end] != "," or low_[end + 1] not in ("a", "an"):
            continue
        entry = gazetteer.entries[int(vocab[match_id])]
        # (a known score or task is no decoder: "CIDER, a learned multiuser decoder")
        described = _apposition_type(tk, start, end, sa, sb) or (
            ("Method", 0.6) if entry.type in ("Metric", "Task") else None)
        if described is not None and described[0] != entry.type:
            renamed[text[start]] = described
    return renamed


def _closing_bracket(text: list[str], k: int, stop: int) -> int | None:
    """The index of the ")" closing the "(" at `k`, before `stop`."""
    depth = 0
    for j in range(k, stop):
        depth += (text[j] == "(") - (text[j] == ")")
        if depth == 0:
            return j
    return None


_SPACED_DASHES = frozenset(("-", "–", "—", "--"))


# What makes a model of a model: "a fine-tuned version of X", "a distilled variant of X".
_MODEL_MAKING = frozenset(("tuned", "fine-tuned", "finetuned", "distilled", "quantized",
                           "quantised", "pruned", "trained", "aligned", "merged"))


# Participles that make a kind of model before them a modifier even without a hyphen ("a LLM
# based metric", "a network based module").
_UNHYPHENATED_BASED = frozenset(("based", "driven", "powered", "guided", "assisted"))


def _apposition_type(tk: Toks, start: int, end: int, sent_start: int,
                     sent_end: int) -> tuple[str, float] | None:
    """Appositive: "X, a new large-scale benchmark"; not "In X, our approach ..."."""
    text, low_ = tk.text, tk.lower
    if end + 1 < sent_end and text[end] in ('"', "”") and text[end + 1] == ",":
        end += 1  # (a quoted name: '"UTD-descriptions", a dataset with ...')
    elif end + 2 < sent_end and text[end] == ")" and text[end + 1] == "," and \
            low_[end + 2] in ("a", "an") and start - 1 >= sent_start and text[start - 1] == "(":
        end += 1  # (a name in brackets after its spelling: "Emotional Scenarios (EmoScene),
        # a theory-grounded benchmark of ..."; not "... cross-validation (LOSO-CV), the model")
    elif end + 1 < sent_end and text[end] == "(":
        # (over the name's spelling in brackets: "AEGIS (i.e., Assessing Editing, ...), a
        # comprehensive multi-task benchmark")
        close = _closing_bracket(text, end, min(sent_end, end + 40))
        if close is not None and close + 2 < sent_end and lx.described_after(low_, close + 1):
            end = close + 1
    # (not after a fronted phrase, "In X, our approach ...", "On X, the model ..."; nor the
    # last word of a longer name, "GAIA-2, Generative AI for Autonomy, a ... model"; but
    # "results from Gyan, an explainable language model")
    fronted = start - 1 >= sent_start and low_[start - 1] in _FRONTING_PREPS and (
        start - 1 == sent_start or low_[end + 1] in ("the", "our") and
        low_[end + 2:end + 3] != ["first"] or  # ("close this gap with X, the first dataset")
        start - 2 >= sent_start and text[start - 2][:1].isupper() and
        not lx.strong_shape(text[start])) if end + 1 < sent_end else False
    # (or a spaced dash: "3DLLaVA-CRITIC - a fine-tuned MLLM", "TwigVLM -- a simple ...")
    dashed = end + 1 < sent_end and text[end] in _SPACED_DASHES and tk.ws[end - 1] and \
        tk.ws[end] and low_[end + 1] in ("a", "an")
    # (or a colon after a proposing verb: "we introduce Turin3D: a new aerial LiDAR dataset")
    dashed = dashed or end + 1 < sent_end and text[end] == ":" and \
        low_[end + 1] in ("a", "an") and start - 1 >= sent_start and \
        low_[start - 1] in lx.PROPOSE_VERBS
    if end + 1 < sent_end and (text[end] in (",", "(") or dashed) and low_[end + 1] in (
            "a", "an", "the", "our") and not (fronted and low_[end + 1] not in ("a", "an")):
        # (ten tokens, not counting a compound's hyphens: "STAR-1, a high-quality,
        # just-1k-scale safety dataset", nor the commas and "and" of a list of adjectives:
        # "GenWorld, a large-scale, high-quality, and real-world simulation dataset")
        last, skip_to, collection = end + 10, 0, False
        for k in range(end + 2, sent_end):
            if k >= last + sum(w in ("-", ",", "and") for w in low_[end + 2:k]):
                break
            if k < skip_to:
                continue
            if text[k] == "(" and k + 2 < sent_end and text[k + 2] == ")" and \
                    any(c.isupper() for c in text[k + 1]):
                # a short form inside: "an English medical question-answering (QA) dataset"
                skip_to, last = k + 3, last + 3
                continue
            low = low_[k]
            # (a spaced dash after it closes the apposition: "GaitPT - a transformer-based
            # architecture - on a dataset of ...")
            if dashed and text[k] in _SPACED_DASHES and tk.ws[k - 1]:
                break
            in_compound = text[k - 1] == "-" or (k + 1 < sent_end and text[k + 1] == "-" and
                                                 not tk.ws[k])
            if low in _QUANTITY and k + 1 < sent_end and low_[k + 1] == "of":
                # (a collection of anything not typed after it is data: "OpenRubrics, a
                # diverse, large-scale collection of (prompt, rubric) pairs", "ProverBench, a
                # collection of 325 formalized problems")
                collection = collection or low == "collection"
                continue  # "M-Prometheus, a suite of open-weight LLM judges": judges
            if low in ("version", "variant") and low_[k - 1] in _MODEL_MAKING:
                return "Model", 0.75  # "GGuard, a QLoRA fine-tuned version of Gemma3-12B"
                # (also with no "of": "Pun-Instruct, a parameter-efficient, instruction-tuned
                # variant using QLoRA")
            if (low in _MODIFYING_HEADS or low == "metric") and k + 1 < sent_end and \
                    text[k + 1].isalpha() and not is_stop(low_[k + 1]) and \
                    not low_[k + 1].endswith("ed") and \
                    not (low == "metric" and low_[k + 1].endswith(("ing", "ly"))):
                # a modifier: "a task arithmetic method", "a task specific CNN", "a metric
                # depth estimation method" (not "a metric learning ...", "a novel metric accurately
                # identifying ..."), "an automated
                # task creation and demonstration collection framework" (not "a novel task
                # designed to ...")
                continue
            after = k + 1 + (k + 2 < sent_end and low_[k + 1] not in lx.HEAD_TYPES and
                             text[k + 1][:1].isalpha() and not is_stop(low_[k + 1]))
            if lx.HEAD_TYPES.get(low) == "Model" and after < sent_end and \
                    lx.HEAD_TYPES.get(low_[after], "Model") != "Model" and not in_compound:
                continue  # "SCEP, a training-free LVLM framework": a framework for one (also
                # past one more modifier: "ReST-RL, a unified LLM RL paradigm")
            if lx.HEAD_TYPES.get(low) == "Model" and k + 2 < sent_end and \
                    low_[k + 1] in _UNHYPHENATED_BASED and text[k + 2].isalpha() and \
                    not is_stop(low_[k + 2]):
                continue  # "G-Eval, a LLM based quantitative metric": a modifier, unhyphenated
                # (not "a framework based on X", "a model driven by X")
            if low in ("graph", "graphs") and low_[k - 1] == "knowledge" and \
                    not in_compound and not (
                    k + 1 < sent_end and text[k + 1].isalpha() and not is_stop(low_[k + 1]) and
                    not low_[k + 1].endswith(("ing", "ed"))) and not (
                    k + 1 < sent_end and text[k + 1] == "(" and
                    (close := _closing_bracket(text, k + 1, min(sent_end, k + 6))) is not None
                    and close + 1 < sent_end and text[close + 1] == "-"):
                # "MentalKG, a psychiatrist-built and validated knowledge graph encoding ...",
                # "BambooKG, a knowledge graph with ..." (not "a knowledge graph RAG framework",
                # "a knowledge graph (KG)-enhanced reasoning framework")
                return "Dataset", 0.7
            if low in ("resource", "resources") and not in_compound and not (
                    k + 1 < sent_end and text[k + 1].isalpha() and not is_stop(low_[k + 1]) and
                    not low_[k + 1].endswith(("ing", "ed"))):
                # "FalseReject, a comprehensive resource containing 16k ... queries", "CARE, a
                # multilingual resource of 24.1k responses" (not "a low resource language", nor
                # a "resource-efficient" compound)
                return "Dataset", 0.7
            if low in ("system", "systems") and not in_compound and not fronted and not (
                    k + 1 < sent_end and text[k + 1].isalpha() and not is_stop(low_[k + 1]) and
                    not low_[k + 1].endswith(("ing", "ed"))):
                # "AVA, a VLM-powered system designed for ...", "CarExpert, an in-car ...
                # question answering system": a system of the paper's, a method (a kind of
                # thing alone, "an MPSoC system", it is not: only in an apposition; nor a
                # "system prompt")
                return "Method", 0.7
            if low in lx.HEAD_TYPES and not in_compound and not (
                    low_[k - 1] in _OF_WORDS and not (
                        low_[k - 1] == "of" and low_[k - 2] in _QUANTITY)):
                # (not "a multi-task framework"; "a new set of metrics" is metrics)
                # (nor "a Video Editor with Grounded Generation from Instructions")
                if low_[end + 1] == "our" and any(
                        text[x][:1].isupper() and text[x + 1] != "-" and text[x - 1] != "-"
                        for x in range(end + 2, k)):
                    return None  # "..., Math500, and AMC, our ORION models produce ...": the
                    # main clause's subject, a name of the paper's own, after a list (not a
                    # modifier: "ProFees, our LLM-based framework")
                if fronted and lx.HEAD_TYPES[low] not in ("Dataset", "Benchmark"):
                    return None  # ("On PMC-MAD, a ... dataset of articles, X improves ...":
                    # data described; but "In X, a ... model" is the main clause's)
                if lx.HEAD_TYPES[low] == "Task" and k == end + 2 and start - 1 >= sent_start \
                        and low_[start - 1] in _FRONTING_PREPS:
                    return None  # "detect impact craters on Mars, a task that ...": the
                    # clause's doing is the task, not the place named before it
                return lx.HEAD_TYPES[low], 0.75
            # (the last one after ", and": "GenWorld, a large-scale, high-quality, and
            # real-world simulation dataset")
            w = k + 1 + (k + 1 < sent_end and low_[k + 1] == "and")
            if low == "," and w + 1 < sent_end and text[k - 1].islower() and (
                    text[w].islower() and text[w + 1] == "-" or
                    text[k - 1][-1:].isalpha() and text[w][:1].isalpha() and
                    not is_stop(low_[w]) and (
                        low_[w + 1] in ("-", ",", *lx.HEAD_TYPES) or
                        low_[w].endswith("ly") and low_[w + 1].endswith("ed"))):
                # between describing words: "ImViD, a multi-view, multi-modal dataset",
                # "PosterDNA, a commercial-grade, HTML-based dataset", "a large, diverse dataset"
                # (three of them: "MMTAD, a diverse, multilingual, multi-domain dataset"; an
                # adverb's: "COF, a large-scale, hierarchically structured dataset")
                continue
            if is_punct(text[k]) and text[k] != "-" or low in ("that", "which", "where") or \
                    low in _OF_WORDS and not in_compound and not (
                        low == "of" and low_[k - 1] in _KIND_OF):
                break  # (the kind is named before a preposition: "DomainCQA, a systematic
                # methodology for constructing domain-specific CQA benchmarks")
        if collection:
            return "Dataset", 0.7
    return None


def _counted_list_kind(tk: Toks, start: int, end: int, sent_start: int,
                       sent_end: int) -> tuple[str, float] | None:
    """"we construct PolyNews and PolyNewsParallel, two multilingual news-specific corpora": a
    list of capitalised names followed by their count and kind (the count must match the
    names listed, so the kind is theirs)."""
    text, low_ = tk.text, tk.lower

    def name_word(k: int) -> bool:
        return text[k][:1].isupper() or text[k] == "-" or \
            (text[k][:1].isdigit() and k > sent_start and text[k - 1] == "-")

    items, k = 1, end  # right of the name: ", Y and Z, <count> <kind>"
    while k + 1 < sent_end and low_[k] in (",", "and") and low_[k + 1] not in lx.COUNT_VALUES:
        k += 1 + (low_[k] == "," and low_[k + 1] == "and")
        if k >= sent_end or not name_word(k):
            return None
        while k < sent_end and name_word(k):
            k += 1
        items += 1
    if not (k + 1 < sent_end and low_[k] == "," and low_[k + 1] in lx.COUNT_VALUES):
        return None
    count, j = lx.COUNT_VALUES[low_[k + 1]], start - 1  # left of the name: "X, Y and"
    while j - 1 >= sent_start and low_[j] in (",", "and") and name_word(j - 1):
        j -= 1 + (low_[j] == "and" and low_[j - 1] == ",")
        if not name_word(j):
            return None
        while j - 1 >= sent_start and name_word(j - 1):
            j -= 1
        items += 1
        j -= 1
    if items != count:
        return None
    for h in range(k + 2, min(k + 8, sent_end)):
        if low_[h] in lx.HEAD_TYPES and (lx.plural(low_[h]) or low_[h] == "corpora"):
            return lx.HEAD_TYPES[low_[h]], 0.75
        if is_punct(text[h]) and text[h] != "-" or is_stop(low_[h]):
            return None
    return None


_NAMING_WORDS = lx.NAMING_WORDS - {"namely", "denoted"}  # (words that follow a kind noun)
_PROPOSING_FORMS = lx.PROPOSE_VERBS | lx.PROPOSED_PAST
_HARDWARE = frozenset(("rtx", "gtx", "gpu", "gpus", "cpu", "cpus", "tpu", "tpus", "jetson",
                       "a100", "v100", "h100", "orin", "tesla", "geforce"))
_METRIC_SHAPE = re.compile(r"[A-Za-z][A-Za-z0-9@&:\-]*")  # "mDice", "mAP50:95", "J&F"
# Units after a number that are amounts, not what a score measures ("1.5 GB", "2.4 GHz").
_UNITS = frozenset(("kb", "mb", "gb", "tb", "hz", "khz", "mhz", "ghz", "mj", "kj", "wh", "kwh",
                    "mw", "kw", "ms", "vs", "uris", "lsb", "bits", "bit", "bytes", "flops",
                    "gflops", "tflops", "params", "epochs", "hours", "minutes", "seconds"))
_GPU_SHAPE = re.compile(r"(?:rtx|gtx) ?\d{3,4}(?:ti)?|jetson \w+|pi \d")


def _hardware_name(tk: Toks, start: int, end: int, sent_start: int) -> bool:
    """A chip or board ("on H100 with FlashAttention-2", "RTX4090", "Jetson Nano",
    "Raspberry Pi 5"): what was run on, no artifact."""
    first = tk.lower[start]
    if first not in _HARDWARE and first != "pi" and \
            not first.startswith(("rtx", "gtx")):
        return False  # (the common case, without joining the name's tokens)
    key = " ".join(tk.lower[start:end])
    # (a model number: "RTX" alone may be a paper's own name, "two new factors, PTX and RTX")
    return key in _HARDWARE and any(ch.isdigit() for ch in key) or \
        _GPU_SHAPE.fullmatch(key) is not None and (
        not key.startswith("pi") or start > sent_start and tk.lower[start - 1] == "raspberry")


_PROCESSORS = frozenset(("cpu", "cpus", "gpu", "gpus", "tpu", "tpus", "npu", "npus", "soc",
                         "socs", "processor", "processors", "microcontroller",
                         "microcontrollers"))
# Companies that make AI models; some share a name with a model or a task ("DeepSeek",
# "Mistral"; "xAI" is no explainable AI), the others name nothing else.
_COMPANIES_ONLY = frozenset(("openai", "anthropic", "google", "deepmind", "microsoft",
                             "alibaba", "ibm", "nvidia", "amazon", "apple", "baidu", "tencent",
                             "bytedance", "huawei", "zhipu"))
_AI_COMPANIES = _COMPANIES_ONLY | {"meta", "xai", "moonshot", "mistral", "cohere", "deepseek",
                                   "midjourney"}


def _among_companies(low: list[str], start: int, end: int, sent_start: int,
                     sent_end: int) -> bool:
    """"(Google, Anthropic, OpenAI, Meta, DeepSeek, xAI, Alibaba, IBM, and Moonshot)": a
    company's name in a list of companies, one of which names nothing but a company (not
    "we compare Mistral, DeepSeek and GPT-4o", nor "DeepSeek, Google-Gemma")."""
    def company(k: int) -> bool:
        return sent_start <= k < sent_end and low[k] in _AI_COMPANIES and \
            (k + 1 >= sent_end or low[k + 1] != "-") and (k == sent_start or low[k - 1] != "-")

    if end - start != 1 or not company(start):
        return False
    k = start
    while k - 2 >= sent_start and low[k - 1] in (",", "and"):
        if company(k - 2):
            k -= 2
        elif low[k - 1] == "and" and low[k - 2] == "," and company(k - 3):
            k -= 3
        else:
            break
    j = end
    while j + 1 < sent_end and low[j] in (",", "and"):
        if company(j + 1):
            j += 2
        elif low[j] == "," and low[j + 1] == "and" and company(j + 2):
            j += 3
        else:
            break
    return (k, j) != (start, end) and not _COMPANIES_ONLY.isdisjoint(low[k:j])


_COPULA_STOPS = frozenset(("of", "for", "to", "that", "which", "in", "on", "with", "and"))


def _is_score(text: list[str], p: int, first: int = 0) -> bool:
    """Token `p` ends a score: "73.1 %" (at the "%", its number at `first` or after; also a
    change, "-44 %", "+3.2 %") or a decimal "0.538"."""
    return text[p] == "%" and p > first and score_number(text[p - 1].lstrip("+-−")) or \
        "." in text[p] and score_number(text[p])

# "0.7416 balanced accuracy on HMC", "85.2% top-1 accuracy on X": a metric's qualifier.
_SCORE_QUALIFIERS = frozenset(("balanced", "average", "mean", "macro", "micro", "weighted",
                               "overall", "top-1", "top-5", "exact", "test", "zero-shot"))
_SCORE_WORDS = frozenset(("accuracy", "f1", "auc", "auroc", "precision", "recall", "error"))
# Words after "models" / "benchmarks" that make it a verb ("X models each rally").
_VERB_OBJECTS = frozenset(("each", "the", "a", "an", "this", "these", "how", "its", "their",
                           "both", "all", "every"))
# An emphasised amount opens no name: "\\textbf{900 manually curated, high-quality examples}".
_AMOUNT_WORD = re.compile(r"\d[\d,.]*[kKmMbB]?\+?")
_FRONTING_PREPS = frozenset(("in", "on", "for", "with", "across", "from", "to", "over", "by"))
# Words before "on X" that say X is data systems are scored or trained on.
_SCORED_ON = {
    **dict.fromkeys(("experiments", "experiment", "evaluation", "evaluations", "evaluated",
                     "evaluate", "tested", "test", "tests", "results", "performance",
                     "accuracy", "benchmarked", "validated", "validation"), "Benchmark"),
    **dict.fromkeys(("trained", "pretrained", "pre-trained", "fine-tuned", "finetuned",
                     "training", "fine-tuning", "finetuning", "pretraining", "pre-training",
                     "tuned", "tuning"), "Dataset"),
}
_SET_WORDS = frozenset(("test", "dataset", "benchmark", "corpus", "subset", "split", "set",
                        "validation", "training"))


# What is scored or trained before "on X": "evaluated the method on ForestSemantic".
_SCORED_OBJECTS = frozenset(("it", "them", "method", "methods", "model", "models", "approach",
                             "framework", "system", "systems", "algorithm", "pipeline",
                             "agent", "agents", "policy", "detector", "classifier"))
_SCORED_OBJECT_VERBS = frozenset(("evaluate", "evaluated", "evaluating", "tested", "test",
                                  "validated", "validate", "benchmarked", "benchmark",
                                  "trained", "train", "fine-tuned", "fine-tune", "finetuned",
                                  "pretrained", "pre-trained"))


def _scored_object_on(low_: list[str], k: int, sent_start: int) -> str | None:
    """The kind of X in "evaluated the method on X", "trained our models on X": a verb of
    scoring or training, then what was scored (up to three words, ending in a system's kind
    or a pronoun), then the "on" at `k`."""
    if low_[k - 1] not in _SCORED_OBJECTS:
        return None
    for j in range(k - 2, max(sent_start - 1, k - 5), -1):
        if low_[j] in _SCORED_OBJECT_VERBS:
            return _SCORED_ON.get(low_[j], "Benchmark" if low_[j].startswith(
                ("eval", "test", "valid", "bench")) else "Dataset")
        if low_[j] not in ("the", "our", "its", "their", "proposed", "these", "this", "all"):
            return None
    return None


def _scored_on_before(low_: list[str], k: int, sent_start: int) -> str | None:
    """The kind of an earlier "evaluated on ..." the "and on" at `k` continues, at most twelve
    tokens back in the clause."""
    for j in range(k - 1, max(sent_start, k - 12), -1):
        w = low_[j]
        if w in (";", ":", "while", "whereas", "but"):
            return None
        if w in ("on", "across") and low_[j - 1] in _SCORED_ON:
            return _SCORED_ON[low_[j - 1]]
    return None


# Heads of a list of examples that are systems, though not a kind of their own.
_SYSTEM_HEADS = frozenset(("baselines", "baseline", "competitors", "alternatives"))
_EXAMPLE_WORDS = frozenset(("including", "like", "e.g.", "e.g.,", "particularly",
                            "especially", "namely"))


def _head_after_parenthesis(tk: Toks, end: int) -> str | None:
    """The kind named right after a closing parenthesis: "(iDocVQA) dataset" -> Dataset.
    Not "model": "artificial neural network (ANN) model" is a method as often as a model;
    not a plural: "(C-STS) methods" are methods for the task C-STS."""
    if end + 1 < tk.n and tk.text[end] == ")":
        low = tk.lower[end + 1]
        if low == "problem":
            return "Task"  # "the Network Utility Maximization (NUM) problem"
        if low in ("index", "measure", "coefficient"):
            return "Metric"  # "the Consistency-Oriented Robustness Estimate (CORE) index"
        if low in lx.HEAD_TYPES and low not in _LEFT_HEAD_EXCEPTIONS and \
                low != "model" and low[:-1] not in lx.HEAD_TYPES:
            return lx.HEAD_TYPES[low]
        # (also over a hyphen compound before a data kind: "a specialized Brain Question
        # Answering (BQA) instruction-tuning dataset")
        # (or over one lower-case word: "the widely used San Francisco eXtra Large (SF-XL)
        # training dataset")
        k = hyphen_compound(tk, end + 1, tk.n) if end + 2 < tk.n and tk.text[end + 2] == "-" \
            else end + 2 if end + 2 < tk.n and tk.text[end + 1].isalpha() and \
            tk.text[end + 1].islower() and not is_stop(low) and not low.endswith("s") \
            else end + 1  # (not a plural: "the ... Commission (CPSC) recalls database")
        if k > end + 1 and k < tk.n and _DATA_HEADS_TYPE.get(tk.lower[k]) and \
                not tk.lower[k].endswith("s"):
            return _DATA_HEADS_TYPE[tk.lower[k]]
    return None


def _defined_as_system(tk: Toks, ab: Abbreviation) -> bool:
    """A short form defined before a system's kind: "a Multi-Image Super Resolution (MISR)
    framework" (the framework, although its long form names a task)."""
    span = tk.char_span(ab.short_start, ab.short_end, alignment_mode="expand")
    return span is not None and _head_after_parenthesis(tk, span.end) in ("Model", "Method")


def _kind_named_after_definition(tk: Toks, ab: Abbreviation, end: int, lookup) -> bool:
    """A lower-case definition with a kind noun after it names a thing of that kind:
    "the majorization-equalization (ME) algorithm", "survey propagation (SP) algorithm"; not
    one that reads as a clause ("X is an extension of the ... (2DLDA) approach") or ends in a
    known task ("opinion-unaware no-reference image quality assessment (OU NR-IQA) method")."""
    words = ab.long.split()
    return _head_after_parenthesis(tk, end) is not None and \
        all(w in ("and", "of") or not is_stop(w) for w in words) and \
        not any((e := lookup(" ".join(words[k:]))) is not None and e.type == "Task"
                for k in range(len(words)))


_DATA_PLURALS = frozenset(("datasets", "benchmarks", "corpora"))
_LIST_OPENERS = frozenset(("(", ":", "--", "—", "–"))
_DASH_OPENERS = _LIST_OPENERS - {"(", ":"}
_CLAUSE_VERBS = frozenset(("is", "are", "was", "were", "remains", "becomes"))


def _listed_under(low_: list[str], start: int, sent_start: int) -> tuple[str, float] | None:
    """"baselines such as DiffPIR", "datasets, including X", "methods (e.g., X": a name given
    as an example of a head noun is of the head's kind."""
    k = start - 1
    namely = k >= sent_start and low_[k] == "namely"
    if k - 1 >= sent_start and low_[k] == "as" and low_[k - 1] == "such":
        k -= 2
    elif k >= sent_start and low_[k] in _EXAMPLE_WORDS:
        k -= 1
    elif k - 3 >= sent_start and low_[k] == "," and low_[k - 1] == "i.e." and \
            low_[k - 2] == "," and lx.plural(low_[k - 3]):
        k -= 2  # "five publicly available datasets, i.e., HD-EPIC, MoGaze, ..."
    elif k - 1 >= sent_start and low_[k] == ":" and low_[k - 1] not in lx.HEAD_TYPES and (
            j := next((j for j in range(k - 2, max(sent_start, k - 7) - 1, -1)
                       if low_[j] in _DATA_PLURALS), None)) is not None and \
            not any(is_punct(w) for w in low_[j + 1:k]):
        # "on three speech datasets spanning English and Mandarin: ADReSSo, ...", "two
        # benchmarks to multilingual equivalents: m-GenEval and m-DPG"
        return "Dataset" if low_[j].startswith(("dataset", "corpor")) else "Benchmark", 0.7
    elif k - 1 >= sent_start and low_[k] in _LIST_OPENERS and low_[k - 1].endswith("s"):
        k -= 1  # "four cell counting datasets (ADI, MBM, ...)", "three benchmarks: LVU, COIN,
        # and Breakfast", "benchmarks -- LVU, ...": a list of them
    else:
        return None
    while k >= sent_start and low_[k] in (",", "("):
        k -= 1
    if k < sent_start:
        return None
    head = low_[k]
    if namely and lx.plural(head) and (j := next(
            (j for j in range(k - 1, max(sent_start, k - 6) - 1, -1)
             if low_[j] in ("for", "of")), None)) is not None and \
            j - 2 >= sent_start and low_[j - 1] in lx.HEAD_TYPES and \
            not lx.plural(low_[j - 1]) and low_[j - 1] not in _LEFT_HEAD_EXCEPTIONS and \
            low_[j - 1] not in _QUANTITY and \
            not any(w in lx.COUNT_WORDS or w[:1].isdigit() or is_stop(w) for w in low_[j + 1:k]):
        # "an online self-exploration method for multimodal agents, namely SPORT": "namely"
        # renames the whole phrase, a method, not one of the agents it is for
        return lx.HEAD_TYPES[low_[j - 1]], 0.7
    if head in _SYSTEM_HEADS:
        return "Method", 0.5
    if head == "sets" and k > sent_start and low_[k - 1] in _SET_WORDS | {"evaluation"}:
        return "Dataset", 0.8  # "two held-out IP-AIGC test sets (HIDF-img and HIDF-vid)"
    if head in ("subsets", "splits") and k > sent_start and (
            low_[k - 1].isdigit() or low_[k - 1] in lx.COUNT_WORDS or
            low_[k - 1] == "specialized"):
        # "with two subsets: SA1B-CoRS (...) and SA1B-DeRS (...)" (not "rely on distinct
        # word subsets: NWP exhibits ...")
        return "Dataset", 0.8
    if head in lx.HEAD_TYPES and head not in _LEFT_HEAD_EXCEPTIONS:
        # (data named as an example of data is data, whatever its size suffix suggests:
        # "open datasets like Koala-36M"; so is a metric, whatever its "-Eval" suggests:
        # "LLM-judge-based metrics (GTEval, ...)")
        return lx.HEAD_TYPES[head], 0.8 if lx.HEAD_TYPES[head] in ("Dataset", "Benchmark",
                                                                   "Metric") else 0.7
    return None


def _lower_item_after(tk: Toks, end: int, sent_end: int) -> bool:
    """Whether the list that goes on after `end` has an item in lower case ("VQA and image
    captioning tasks"), that is no list of names."""
    k = end
    while k < sent_end and (tk.text[k] in (",", "and", "or", "-") or
                            tk.text[k][:1].isupper() or tk.text[k][:1].isdigit()):
        k += 1
    return end < k < sent_end and tk.text[k - 1] in (",", "and", "or") and \
        not is_stop(tk.lower[k])


def _list_start(tk: Toks, start: int, end: int, sent_start: int) -> int:
    """The first word of the list of names that the name at `start` ends or continues
    ("History-LIMA" for "History-SelfInstruct" in "datasets: History-LIMA and
    History-SelfInstruct"); `start` itself when no list is before it, or when the list ended
    before it ("benchmarks: IndustryOR, NL4OPT and NLP4LP, ORPilot outperformed ...", "tasks
    such as GPQA, SyncThink can ...")."""
    k = first = start
    goes_on = end < tk.n and tk.lower[end] in (",", "and", "or")
    glue_and = False  # (an "and"/"or" in the glue right before `start`)
    while k - 1 >= max(sent_start, start - 20):
        w = tk.text[k - 1]
        if w in ("and", "or"):
            if first < start and not glue_and:
                return start
            glue_and = glue_and or first == start
            k -= 1
        elif w == ",":
            k -= 1
        elif w == ")" and (o := next((
                j for j in range(k - 2, max(sent_start, k - 10) - 1, -1)
                if tk.text[j] in ("(", ")")), None)) is not None and tk.text[o] == "(":
            k = o  # over an earlier item's description: "R8 (topic categorization), R52"
        elif w == "-" or w[:1].isupper() or w[:1].isdigit() or \
                len(w) == 1 and w.isalpha() and tk.text[k] == "-":  # ("m-GenEval")
            k -= 1
            first = k
        else:
            break
    return first if glue_and or goes_on else start


# Modifier suffixes that end a name's hyphen parts ("GAN-Based"); not participles that end
# names of released variants ("UCB-Tuned", "DeepSeek-R1-Distilled").
_MODIFIER_ENDS = lx.MODIFIER_SUFFIXES - {
    "tuned", "finetuned", "distilled", "trained", "initialized", "optimized", "aligned",
    "parameterized", "parametrized", "annotated", "generated", "supervised"}


def _join_right(tk: Toks, i: int, sent_end: int) -> int:
    """Extend a name over hyphen parts, versions, sizes and release suffixes."""
    text, ws = tk.text, tk.ws
    j = i + 1
    while j < sent_end:
        t = text[j]
        if ws[j - 1] and t[:1].isdigit() and j + 1 < sent_end and text[j + 1] == "%":
            break  # a score, not a version: "outperforming HPSv3 9.8% on HPDv3"
        if t == "+" and not ws[j - 1] and text[j - 1][-1:].isalnum() and (
                ws[j] or j + 1 >= sent_end or not text[j + 1][:1].isalnum()):
            j += 1  # "CodeT5+", "WizardCoder+": the "+" is part of the name
            break
        if ws[j - 1] and YEAR.fullmatch(t) and lx.strong_shape(text[j - 1]) and \
                tk.lower[j - 1] not in lx.VENUES and (
                j + 1 >= sent_end or not text[j + 1][:1].isalnum() or
                text[j + 1][:1].isupper() and
                lx.HEAD_TYPES.get(tk.lower[j + 1]) in ("Benchmark", "Dataset")):
            # "GBC-FS 2025", "WMT-SLT 2022", "the SPARK 2026 Challenge": the edition is part
            # of the name
            j += 1
            break
        if t == "-" and j + 1 < sent_end and text[j + 1][:1].isalnum() and \
                not ws[j] and not ws[j - 1]:
            nxt = text[j + 1]
            if tk.lower[j + 1] in _MODIFIER_ENDS and (j + 2 >= sent_end or text[j + 2] != "-"):
                break  # "Path Tracing-Based", "CLIP-Guided": a modifier, not a longer name
            if nxt[0].isupper() or nxt[0].isdigit() or \
                    tk.lower[j + 1].split("-", 1)[0] in lx.HYPHEN_SUFFIX_WORDS or \
                    nxt in _LOWER_KIND_SUFFIXES or \
                    nxt == "dev" and text[j - 1][-1:].isdigit() or \
                    lx.is_version(nxt) or (nxt.isalnum() and not nxt.islower() and
                                           lx.strong_shape(nxt)):
                # "-Instruct", "-turbo-0301" (one token), "-v2", "pix2pix-zeroCon",
                # "FLUX.1-dev" (a release after a version; "MS MARCO-dev" is a split)
                j += 2
                continue
            if _LOWER_COUNTED.fullmatch(nxt):
                j += 2  # "LLaVA-mix-665k", "Vicuna-style-50k": data counted in examples
                continue
        if ws[j - 1] and (
                (lx.is_version(t) and (t[0].isdigit() or t[0] in "vV") and t[1:2].isdigit()
                 if t[0] in "vV" else lx.is_version(t) and t[0].isdigit() and
                 not like_num(t)) or
                lx.SIZE.match(t) or
                (t[0].isupper() and tk.lower[j] in lx.NAME_SUFFIX_WORDS and not (
                    # ("Bootstrapping Large Language Models": a kind of models begins)
                    tk.lower[j] in ("large", "small") and j + 1 < sent_end and
                    tk.lower[j + 1] in _KIND_OF_MODELS_WORDS) and not (
                    # ("Qwen Coder", "Mercury Coder"; not "LLM Coder", a kind)
                    tk.lower[j] == "coder" and text[j - 1].isupper())) or
                # "GPT 5 mini", "GPT-4o mini": a lower-case release word after a version.
                (tk.lower[j] in lx.LOWER_RELEASE_WORDS and
                 any(ch.isdigit() for ch in text[j - 1])) or
                (t[0].isdigit() and _DECIMAL.fullmatch(t) and
                 j + 1 < sent_end and lx.SIZE.match(text[j + 1]))):
            j += 1
            continue
        if ws[j - 1] and _EDITION.fullmatch(t) and j == i + 1 and lx.strong_shape(text[i]) and \
                not _common_word(tk.lower[i]):
            j += 1  # "CASME II", "MIMIC III": a numbered edition of the name
            continue
        if t == "Task" and ws[j - 1] and j + 1 < sent_end and text[j + 1].isdigit() and (
                _SHARED_TASK.match(fold(tk.span_text(i, j))) or
                _shape_kind(tk.span_text(i, j)) == "Benchmark"):
            j += 2  # "SemEval-2025 Task 4", "CCL25-Eval Task 5": the task is part of the name
            continue
        if _BARE_VERSION.fullmatch(t) and ws[j - 1] and text[j - 1][0].isupper() and (
                j == i + 1 or tk.lower[j - 1] in lx.NAME_SUFFIX_WORDS or
                "." in t and text[j - 2] == "-") and not (
                j + 1 < sent_end and not ws[j] and tk.lower[j + 1] in _UNITS):
            # (not an amount glued to its unit: "FastTOM 2TB", "MajorTOM 23TB")
            # "Llama 2", "GPT 3.5", "Claude 3": a bare version right after the name (or after
            # its release word: "Claude Sonnet 4"; or a dotted one after a hyphenated name:
            # "Social-IQ 2.0").
            j += 1
            continue
        break
    return j


# Lower-case hyphen endings that make a name a benchmark's ("DARE-bench", "Spec-bench").
_LOWER_KIND_SUFFIXES = frozenset(("bench", "eval"))
# Words after "Large"/"Small" that make a kind of models, not a release ("Large Language
# Models", "Small Vision-Language Models").
_KIND_OF_MODELS_WORDS = frozenset(("language", "vision", "vision-language", "multimodal",
                                   "reasoning", "audio", "foundation"))
_DECIMAL = re.compile(r"\d+(\.\d+)?")
_EDITION = re.compile(r"II|III|IV|VI|VII|VIII")  # (not "I", "V", "X": letters as often)
_BARE_VERSION = re.compile(r"\d(\.\d)?")
YEAR = re.compile(r"(19|20)\d\d")  # a year ("KITTI 2015", "ACL 2024")
_ENUM = frozenset(("(", ")", ":", ";", "\"", "“", "‘", "'", "-", "–", "—", "•", "*", "i)", "ii)",
                   "1)", "2)", "3)", "4)"))


def _is_weak_start(tk: Toks, i: int, sent_start: int, in_title: bool) -> bool:
    t = tk.text[i]
    if in_title or i == sent_start or not lx.title_case(t):
        return False
    if _common_word(tk.lower[i]) or _ADJECTIVE.search(tk.lower[i]):
        return False
    return _weak_context(tk.text, i, sent_start)


def _weak_context(text: list[str], i: int, sent_start: int) -> bool:
    """The positional part of `_is_weak_start` (i > sent_start)."""
    prev = text[i - 1]
    # After an enumerator or a clause opener the capital is not a name's: "2) Proprietary".
    if prev in _ENUM or prev.isdigit() or (prev in (".", ":") and i - 1 == sent_start):
        return False
    if i - 2 >= sent_start and text[i - 2] in ("(",) and prev[:1].isdigit():
        return False
    return True


# "top-5", "pass@1", "Recall@10", "Top1Acc" (not "Top2Vec": a name after the number)
_TOP_N = re.compile(r"^(top|rank|pass|recall|hit|hits|precision)@?-?\d+(?![a-z]*[A-Z][a-z]{2})",
                    re.I)
# Endings of describing words ("convex-al", "adapt-ive", "learn-able", "guid-ed").
_DESCRIBING_ENDINGS = "al|ic|ive|ous|able|ible|ary|ed|ing|ful|less|ent|ant"
# ... and of comparatives and adverbs (not "-former": "Spikformer", "Informer" are
# transformers' names)
_ADJECTIVE = re.compile(rf"((?<!form)er|est|ly|{_DESCRIBING_ENDINGS})$")


_INTRODUCING = frozenset(("propose", "proposes", "introduce", "introduces", "present",
                          "presents", "develop", "develops", "developed", "release",
                          "releases", "constructed", "built", "designed", "created"))


_INTRODUCING_OR_ITEM = _INTRODUCING | {")"}  # and a numbered item's "(1) Pindola, a ..."
_INTRODUCING_OR_TRAINING = _INTRODUCING_OR_ITEM | {"train", "trains"}


def _introduced_word(tk: Toks, i: int, sent_start: int, sent_end: int, end: int = 0) -> int:
    """"we introduce Odeen, a ...", "we propose Bonsai to ...", "a repository named Shepherd",
    "we introduce Guardians of Generation, a ...": the end of a capitalised name the text
    introduces (0 if none). Not "called Nishimori line" or "Kingman's": a word of a longer
    phrase; not the first of several capitalised words, which other rules read. `end`: the
    end of the word when it is a hyphen compound ("U-Plan")."""
    low, text = tk.lower, tk.text
    prev = low[i - 1]
    end = end or i + 1
    if lx.opens_described_item(low, i, end, sent_start, sent_end):
        return end  # "(1) Pindola, a modern transformer-based encoder ..."
    if prev not in lx.NAMING_WORDS:
        # (a model trained and described at once: "We then train Timer, a dialogue agent")
        trained = prev in ("train", "trains") and lx.described_after(low, end)
        if prev not in _INTRODUCING and not trained or not subject_before(
                tk, i - 1, sent_start, past=prev in lx.PROPOSED_PAST):
            return 0
    if end + 1 < sent_end and low[end] in _NAME_JOINERS and lx.title_case(text[end + 1]):
        end += 2  # "Guardians of Generation", "Prune and Merge"
    if end < sent_end and not (low[end] in _AFTER_NAME or (
            is_punct(text[end]) and text[end] not in ("'", "’", "-"))):
        return 0
    return end


def _after_kind_apposition(tk: Toks, k: int, sent_end: int) -> int:
    """Where a name follows a described kind, "a new metaheuristic method, the Bat
    Algorithm, ...", "a new model, R1 Translator, ...": the position after "<kind noun>,
    (the)" (up to three lower-case words before the noun), else `k`."""
    low = tk.lower
    for j in range(k, min(k + 5, sent_end - 2)):
        if not low[j].isalpha() or tk.text[j][:1].isupper():
            return k
        if lx.HEAD_TYPES.get(low[j]) in ("Method", "Model") and low[j + 1] == ",":
            if low[j + 2] == "the":
                return j + 3
            if _capital_word(tk, j + 2):
                return j + 2  # "we propose a new model, R1 Translator, which ..."
            return k
        if lx.HEAD_TYPES.get(low[j]) in ("Method", "Model") and low[j].endswith("s") and \
                low[j + 1] == ":":
            return j + 2  # "we propose two video manipulation methods: Action Masking, .."
    return k


# Verbs after which a capitalised phrase is the paper's (or a cited) new thing: "we propose /
# construct ...", and "our proposed ...", "the recently introduced ...".
_PROPOSING = lx.PROPOSE_VERBS | {"proposed", "introduced"}
_NAMING_VERBS = frozenset(("named", "called", "termed", "dubbed"))
_PROPOSING_OR_NAMING = _PROPOSING | _NAMING_VERBS
_PROPOSING_NAMING_OR_PAST = _PROPOSING_OR_NAMING | lx.PROPOSED_PAST
# The words a name in the subject of a passive proposal follows ("a", "the", "and", "," or
# the sentence's start).
_PASSIVE_NAME_BEFORE = frozenset(("a", "an", "the", "and", ",", "our", "novel", "new"))
# Kind nouns ending a capitalised run after "a novel" that names a part of a method.
_NOVEL_PART_HEADS = frozenset(("loss", "module", "block", "head", "layer", "mechanism",
                               "attention", "strategy", "encoder", "decoder", "network",
                               "regularizer", "regularization", "objective", "adapter",
                               "fusion", "unit", "operator", "scheme"))
_INTRO_ADJECTIVES = frozenset(("novel", "new", "simple", "general", "unified", "lightweight",
                               "effective", "efficient", "plug-and-play", "dedicated",
                               "specialized", "specialised", "carefully", "designed"))


def _capitalised(t: str) -> bool:
    """Written like (part of) a name: "Memory", "LoRA", "GPT4"."""
    return lx.title_case(t) or lx.strong_shape(t)


def _capital_word(tk: Toks, k: int) -> bool:
    return _capitalised(tk.text[k]) and not is_stop(tk.lower[k])


def _capitalised_run(tk: Toks, k: int, sent_end: int) -> tuple[int, int]:
    """End of the run of capitalised words (hyphen compounds count as one) from `k`, and the
    number of words in it."""
    text, low = tk.text, tk.lower
    words = 0
    while k < sent_end and _capitalised(text[k]) and (
            not _common_word(low[k]) or words and low[k] in lx.HEAD_TYPES or
            hyphen_compound(tk, k, sent_end) > k + 1):  # ("English-Pivoted")
        k = hyphen_compound(tk, k, sent_end)
        words += 1  # (a capitalised head ends the name: "the Greatest Good Benchmark")
        if low[k - 1] in lx.HEAD_TYPES and _common_word(low[k - 1]):
            break
    return k, words


_NAME_JOINERS = frozenset(("of", "to", "in", "and", "for", "on", "&"))
_AFTER_NAME = frozenset(("to", "that", "which", "for", "as", "is", "with", "and", "by", "in"))


def _common_word(low: str) -> bool:
    """"NOT", "usIng", "INSTruction": an ordinary word in odd capitals, not a name."""
    return is_stop(low) or low in lx.COMMON_CAPITALISED


# What the name rules need to know about a token string, computed once per distinct string
# (`low` is the token's lower-case form, a function of the string).
_STRONG = 1  # a strong name start: name-shaped, not a number, URL, common word or "top-5"
_WEAK = 2  # title case, not a common word or an adjective-like word (see _is_weak_start)
_TITLE = 4  # lx.title_case
_ALNUM0 = 8  # starts with a letter or digit
_MAYBE_NAME = _STRONG | _WEAK | _TITLE
_MAYBE_START = {None: True, **{f: bool(f & _MAYBE_NAME) for f in range(16)}}
_TOKEN_CLASS: dict[str, int] = {}
_CAMEL_HUMP = re.compile(r"[a-z][A-Z]")


# Release words that label a variant of any model family ("Base models"); not the ones that
# name one family's tier ("an Opus agent" is Claude Opus).
_RELEASE_LABELS = lx.NAME_SUFFIX_WORDS - {"sonnet", "opus", "haiku", "flash"}


_COUNT_SUFFIX = re.compile(r"-\d+(?:\.\d+)?[Kk]$")  # "-665K": thousands of examples
# A word and a count of examples in one token ("mix-665k" of "LLaVA-mix-665k").
_LOWER_COUNTED = re.compile(r"[a-z]+-\d+(?:\.\d+)?[Kk]")
_BARE_RELEASE = re.compile(r"[Vv]\d+(?:\.\d+)?")  # "our V2 mix": a version, no name alone
_CAMEL_INNER = re.compile(r"[a-z][A-Z]")  # "SceneFlow": a capital inside a word
_SPECIAL_TOKENS = frozenset(("cls", "sep", "mask", "eos", "bos", "pad", "unk"))


def _letters(name: str) -> str:
    """Lower-case letters and digits only: "SceneFlow" and "scene flow" alike."""
    return re.sub(r"[\W_]", "", name.lower())


# Score nouns a task's name can modify after a percentage ("11.7% VQA accuracy").
_RATE_HEADS = frozenset(("accuracy", "accuracies", "rate", "rates", "error", "errors",
                         "performance", "success", "gain", "gains", "improvement"))
# A range of model sizes ("(410M-100B+ parameters)", "1B–8B"): no name.
_SIZE_RANGE = re.compile(r"\d+(?:\.\d+)?[KMBT]\+?(?:[-–]\d+(?:\.\d+)?[KMBT]\+?)+", re.I)


def _token_class(t: str, low: str) -> int:
    # (a capitalised common word written in camel case is a name: "FiVE"; not the spelled
    # acronym of "INSTruction optimization usIng ...")
    common = _common_word(low) and not (t[:1].isupper() and _CAMEL_HUMP.search(t)) and \
        t != "EQ" and not (t.isupper() and low in lx.CAPITALS_NAMES)
    # ("Eq. 3" cites an equation; "EQ-Bench", "EQ-VAE" are names; so is "STEP")
    f = 0
    if lx.strong_shape(t) and not like_num(t) and not _url_like(t) and not common and \
            not _TOP_N.match(t) and not _SIZE_RANGE.fullmatch(t) and not _BARE_RELEASE.fullmatch(t):
        f |= _STRONG
    if lx.title_case(t):
        f |= _TITLE
        if not common and not _ADJECTIVE.search(low):
            f |= _WEAK
    if t[:1].isalnum():
        f |= _ALNUM0
    if len(_TOKEN_CLASS) > 1 << 18:
        _TOKEN_CLASS.clear()
    _TOKEN_CLASS[t] = f
    return f


def _acronym_in_other_capitals(token: str, entry: Entry) -> bool:
    """"MiMo" for the listed MIMO (multiple-input multiple-output): a camel-case token that
    only an all-capitals form of a case-blind entry spells. Alone it is often the same
    ("GeLU", "ParaFac"); opening a longer name ("MiMo-VL") it is another."""
    return not entry.cased and _CAMEL_HUMP.search(token) is not None and \
        token != entry.canonical and token not in entry.aliases and any(
            a.isupper() and a.lower() == token.lower() for a in (entry.canonical, *entry.aliases))


def _title_compound(tk: Toks, a: int, b: int, in_title: bool, context: str | None) -> bool:
    """Whether the hyphen compound a..b is the name before the title's colon: "Semi-KAN:"
    in the title, or in the abstract of a paper whose title opens with it."""
    if in_title:
        return a == 0 and b < tk.n and tk.text[b] == ":"
    return context is not None and context.startswith(tk.span_text(a, b) + ":")


def _strong_part(tk: Toks, a: int, b: int, capital_words: bool = True) -> bool:
    return any(lx.strong_shape(tk.text[k]) and (
        not _common_word(tk.lower[k]) or capital_words and _capital_word_prefix(tk, k))
        for k in range(a, b, 2))


def _capital_word_prefix(tk: Toks, k: int) -> bool:
    """"DO-RAG", "IF-Bench", "AM-Thinking-v1": a common word in capitals joined to a
    capitalised part opens a name (not "IF-THEN", "AND-OR", "US-based", "BY-NC"; nor after a
    lost space, "teacher models-AM-Thinking-v1")."""
    text = tk.text
    return not (k >= 2 and text[k - 1] == "-" and text[k - 2].islower()) and \
        k + 2 < tk.n and len(text[k]) > 1 and text[k].isupper() and text[k + 1] == "-" and \
        not tk.ws[k] and not tk.ws[k + 1] and text[k + 2][:1].isupper() and \
        not _common_word(tk.lower[k + 2]) and tk.lower[k] != "by"


# Capitalised word prefixes that modify a known name rather than make a new one ("Multi-LoRA").
_PREFIXES = frozenset((
    "multi", "non", "pre", "post", "cross", "semi", "self", "co", "sub", "super", "meta", "anti",
    "inter", "intra", "zero", "few", "one", "two", "single", "dual", "bi", "tri", "mini",
    "micro", "ultra", "hyper", "de", "re", "un", "auto", "full", "half", "mixed", "low", "high",
    "omni",
))


# Words before "precision" that say how numbers are stored ("full precision Llama-2-13b").
_NUMBER_PRECISIONS = frozenset(("full", "half", "single", "double", "mixed", "reduced", "fixed",
                                "arbitrary", "machine", "floating-point", "quadruple",
                                "numerical", "numeric", "arithmetic", "limited", "bit"))
# (after "low precision": "low precision weights", not "methods have low precision")
_STORED_NUMBERS = frozenset(("weights", "activations", "training", "inference", "arithmetic",
                             "fixed-point", "numbers", "formats", "format", "computation",
                             "representations", "representation", "networks", "models",
                             "quantization", "gradients", "data"))
# Nouns after "precision" that say it is how numbers are stored ("precision settings").
_PRECISION_SETTINGS = frozenset(("settings", "setting", "formats", "format", "configurations",
                                 "configuration", "levels", "modes", "types"))
_PRECISION_FIELDS = frozenset((
    "agriculture", "medicine", "farming", "oncology", "psychiatry", "health", "healthcare",
    "nutrition", "livestock", "forestry", "irrigation", "viticulture", "education",
    "manufacturing", "landing", "machining", "timing", "therapy", "therapeutics",
    "public", "cardiology", "radiotherapy", "neurology", "dairy", "horticulture"))
# What a known metric's hyphen compound starts with when it says how something is ("low-SNR
# conditions", "finite-precision transformers") or weighs two qualities ("speed-accuracy").
_METRIC_MODIFIERS = _PREFIXES | _NUMBER_PRECISIONS | frozenset((
    "higher", "lower", "finite", "bounded", "logarithmic", "infinite", "speed", "efficiency",
    "latency", "cost", "privacy", "robustness", "rate", "throughput", "utility", "fairness",
    "performance", "quality", "compute", "energy", "memory", "size", "sparsity", "safety"))
_TRADE_OFF_WORDS = frozenset(("trade", "tradeoff", "tradeoffs", "pareto",  # ("trade-off")
                              "balance"))
# Lower-case prefixes that make a known term's compound another thing ("non-convex
# optimization" is not convex optimization).
_NEGATING_PREFIXES = frozenset(("non", "self", "semi", "un"))
# Nouns after a task's name that make it a part of a system ("a segmentation loss").
_PART_NOUNS = frozenset(("loss", "losses", "head", "heads", "branch", "branches", "objective",
                         "objectives", "term", "regularizer", "layer", "layers", "decoder"))
# Metric names English also uses as verbs, and the words around such a verb ("the ability
# to recall facts", "we recall the ...", "recall them").
# Listed terms that are also verbs: "we recall the ...", "an LM bootstraps its own
# performance".
_VERB_METRICS = frozenset(("recall", "bootstrap", "bootstraps", "bootstrapped"))
_VERB_METRIC_BEFORE = _VERB_SUBJECTS | {"merely", "can", "could", "cannot", "first"}
_VERB_METRIC_AFTER = _VERB_OBJECTS | {"that", "them", "it", "some", "your", "our"}
# What a "recall" right after it recalls: an ability, not the metric ("factual recall").
# (not "entity recall", "context recall": metrics of retrieval)
_RECALLED_THINGS = frozenset(("factual", "fact", "knowledge", "memory", "associative",
                              "verbatim", "episodic"))


# Title openings and verbs of claims (see _claim_or_lead).
_TITLE_LEADS = frozenset(("beyond", "towards", "toward", "on", "from", "when", "why", "how",
                          "what", "is", "are", "do", "does", "can", "rethinking",
                          "revisiting", "through", "with", "without", "in", "for", "as",
                          "like"))  # (a simile: "As easy as PIE:", "Like a Therapist, But Not:")
_TITLE_VERBS = frozenset(("is", "are", "was", "were", "be", "can", "do", "does", "meets",
                          "meet", "makes", "make", "need", "needs", "matters", "matter",
                          "helps", "help", "beats", "works", "know", "knows"))


_GENRES = frozenset(("position", "survey", "erratum", "overview", "retrospective", "review",
                     "tutorial", "perspective", "commentary", "editorial", "corrigendum",
                     "viewpoint", "primer", "preface", "foreword", "introduction", "essay",
                     "poster", "demo"))  # ("Poster: Camera Tampering Detection for ...")


def _claim_or_lead(tk: Toks, colon: int) -> bool:
    """A title opening "Beyond IID:", "Towards X:", "Position:" or making a claim ("Small LLMs
    Are Weak Tool Learners:") names no artifact before its colon; a verb written in capitals
    is a name ("BEATS:")."""
    if colon == 1 and tk.lower[0] in _GENRES:
        return True  # a paper's genre ("Position: ...", the ICML position-paper track)
    if tk.lower[0] == "the" and tk.lower[colon - 1] in _PHENOMENON_HEADS:
        return True  # a named phenomenon: "The AI Gap:", "The Coherence Trap:"
    # (also a clause with a lower-case article after its verb: "DISCO Balances the Scales:")
    return tk.lower[0] in _TITLE_LEADS or any(
        tk.lower[k] in _TITLE_VERBS and tk.text[k] != tk.text[k].upper() for k in range(colon)) or \
        any(tk.text[k] in ("the", "a", "an") for k in range(2, colon))


_PHENOMENON_HEADS = frozenset(("gap", "gaps", "problem", "dilemma", "paradox", "trap",
                               "illusion", "bottleneck", "effect", "curse", "fallacy",
                               "divide", "trilemma", "phenomenon", "puzzle", "mirage"))


_TITLE_DASHES = frozenset(("--", "-", "–", "—", "---"))
# Endings of a known name that make a variant of it, not a modifier ("UCB-Tuned").
_VARIANT_PARTICIPLES = frozenset(("distilled", "tuned", "finetuned", "trained", "supervised",
                                  "initialized", "parameterized", "parametrized", "optimized"))
# Kinds of model that make no name in a compound with a prefix or an ordinary word.
_MODEL_KINDS = frozenset(("llm", "llms", "lm", "lms", "ai", "mllm", "mllms", "vlm", "vlms",
                          "lmm", "lmms", "slm", "slms", "lrm", "lrms", "agent", "agents"))
# Describing words that make a kind of model with a model kind ("Multimodal-LLM").
_KIND_ADJECTIVES = frozenset(("multimodal", "multilingual", "speech", "audio", "vision",
                              "visual", "medical", "clinical", "large", "small", "generalist",
                              "specialist", "open", "reasoning", "omni"))


def _participle(word: str) -> bool:
    """A lower-case past participle: "quantized", "aided" (a hyphen's last part)."""
    return len(word) > 4 and word.endswith("ed") and word.isalpha() and word.islower()


_AMOUNTS = re.compile(r"(approx|about|around)?(\d+(\.\d+)?[kmbt]?)+"  # on folded keys
                      r"|\d+(\.\d+)?(mp|px|fps|hz|khz|mhz|ghz|db|mm|cm|km|ms|gb|mb|tb|kb"
                      r"|mw|uw|kw|mv|mah)")  # ("10.8mW", "200mV"; not "300W", a benchmark)
# A locale, language and region ("pt-BR", "es-MX", "zh-CN"): what a text is written in.
# "21-Sep-2016", "2016-09-21": a date, no name.
_DATE = re.compile(r"\d{1,2}-[A-Za-z]{3,9}\.?-\d{2,4}|\d{4}-\d{2}-\d{2}")
_LOCALE = re.compile(r"(?:en|zh|es|pt|fr|de|ja|ko|ar|hi|ru|it|nl|tr|vi|id|th|pl|sv|bn|fa|he|"
                     r"ur|sw|ms|uk|el|cs|ro|hu|fi|da|no|nb)[-_][A-Z]{2}")
_NUMBER_FORMAT = re.compile(r"w\d+a\d+(kv\d+)?|u?int(2|3|4|8|16|32)|fp(4|8|16|32|64)|bf16")
# "NeurIPS", "CVPR 2005", "ACL-94", "ICML'09": a venue, not an artifact (annotation guide);
# but "KDD 99" is a dataset.
_VENUE = re.compile(r"([a-z]+)(?:\s*['’-]?\s*(?:\d{2}|\d{4}))?")


# Words of a venue's long form ("Theory and Practice of Logic Programming (TPLP)").
_MEETINGS = frozenset(("workshop", "workshops", "conference", "symposium", "congress"))
# Words that make any long form a meeting's ("the first Iranian conference on pattern
# recognition and image analysis (PRIA 2013)"), unless a kind ends it ("Multimodal Conference
# Dataset (MCD)"). (Not "workshop": "Workshop on Machine Translation (WMT)" is a series of
# shared tasks.)
_MEETING_WORDS = _MEETINGS - {"workshop", "workshops"} | {"proceedings"}
_VENUE_WORDS = frozenset(("conference", "symposium", "journal", "transactions", "workshop",
                          "proceedings", "principles", "practice", "letters", "meeting",
                          "congress", "society", "association", "international", "annual"))


def _named_by_us(low_: list[str], start: int) -> bool:
    """"a representation that we call Local Expression Predictions (LEPs)", "we propose a
    plug-and-play module called Learnable Separable Kernels (LSKs)": the paper names the
    plural long form starting at `start` itself, so it is its own (unlike "a statistical
    inference framework called Markov Logic Networks (MLNs)")."""
    k = start - 1 - (start >= 1 and low_[start - 1] == "the")
    if k < 1:
        return False
    if low_[k] in lx.CALL_VERBS or low_[k] == "as" and k >= 3 and low_[k - 2] == "refer":
        return low_[k - 1 - 2 * (low_[k] == "as")] == "we"
    if low_[k] not in _NAMING_VERBS:
        return False
    words = low_[max(0, k - 12):k]
    if "." in words:
        words = words[len(words) - words[::-1].index("."):]
    return "we" in words and not lx.PROPOSE_VERBS.isdisjoint(words)


# Verbs of proposing that name what they bring ("collect", "train", "obtain" bring data or
# weights the paper did not name).
_DEFINING_VERBS = frozenset(("propose", "introduce", "present", "develop", "design", "devise",
                             "establish", "construct", "build", "create", "curate", "release"))
_PROPOSED_KIND_GAP = frozenset(("a", "an", "the", "our", "novel", "new", "-"))


def _we_propose_before(low_: list[str], start: int, reach: int = 3) -> bool:
    """"we propose RACE (...)", "we introduce a new Context Utilisation Benchmark (CUB)": a verb
    of proposing right after "we", at most `reach` words (an article, "novel", kind words)
    before the definition."""
    k = start - 1
    while k >= 1 and start - k <= reach + 1 and low_[k] not in _DEFINING_VERBS:
        if low_[k] not in _PROPOSED_KIND_GAP and (not low_[k].isalpha() or is_stop(low_[k])):
            return False
        k -= 1
    return k >= 1 and low_[k] in _DEFINING_VERBS and low_[k - 1] == "we"


def _proposed_as_one(low_: list[str], start: int, short_end: int) -> bool:
    """"we propose Segment Attribution Tables (SATs), a method for ...": a plural long form
    right after "we propose" and said to be one thing is the paper's own."""
    k = start - 1
    after = short_end + (short_end < len(low_) and low_[short_end] == ")")
    return k >= 1 and low_[k] in lx.PROPOSE_VERBS and low_[k - 1] == "we" and \
        low_[after:after + 2] in ([",", "a"], [",", "an"])


# Publishers before a venue's or a challenge's name ("at ACM Multimedia 2025", "IEEE
# BigData Challenge"); alone the letters may be a paper's own ("Consensus Merging (ACM)").
_PUBLISHERS = frozenset(("acm", "ieee"))


def _venue(name: str) -> bool:
    """"NeurIPS", "CVPR 2005", "ACL-94"; an everyday acronym only with a year: "SODA 2014"."""
    m = _VENUE.fullmatch(name.lower())
    return m is not None and (m.group(1) in lx.VENUES or m.group(1) in lx.VENUES_WITH_YEAR and
                              any(ch.isdigit() for ch in name))


def _own_title_prefix(tk: Toks, known: Candidate, colon: int, spelled: str | None) -> bool:
    """Whether a Task- or Metric-typed name before a title's colon is the paper's own name: a
    new name (defined by an abbreviation, or typed by its context only), or a listed acronym
    that the subtitle's leading capitalised words spell out (Schwartz & Hearst, as for
    "long form (SF)"; `spelled`: see _subtitle_spelling)."""
    if known.type not in ("Task", "Metric") or (
            known.rule.startswith("gazetteer") and colon != 1):
        return False  # ("Small Object Detection: A Survey" is about the task)
    if known.canonical is None:
        return known.rule.startswith(("abbreviation", "name"))
    return tk.text[0].isupper() and spelled is not None


# Last words of a title's phrase that name a claim or an effect, no artifact ("The FIL
# Hypothesis:", "Safety Paradox:").
_PHENOMENON_WORDS = frozenset(("hypothesis", "paradox", "illusion", "dilemma", "curse",
                               "conjecture", "phenomenon", "fallacy", "myth", "trap"))
# A name in small letters with a digit among its letters ("good4cir", "m1", "e5-omni").
LOWER_DIGIT_NAME = re.compile(r"[a-z][a-z0-9]*\d[a-z0-9]*(?:-[a-z0-9]+)*")


def _spelled_as_other_kind(tk: Toks, known: Candidate, colon: int, spelled: str,
                           gazetteer: Gazetteer) -> bool:
    """A listed name, no long form of it listed, that the subtitle spells out as another
    kind of thing: "MELD: Multi-Task Equilibrated Learning Detector for AI-Generated Text" is
    a detector, not the listed MELD data."""
    entry = gazetteer.lookup(tk.span_text(0, colon))
    if entry is None or any(_spells_initials(a, entry.canonical) for a in entry.aliases):
        return False
    sub = _subtitle_type(tk, colon) or long_form_type(spelled) or (
        ("Method", 0.7) if spelled.rsplit(None, 1)[-1].lower() in _SPELLED_SYSTEMS else None)
    return sub is not None and sub[1] >= 0.7 and sub[0] != known.type


# Last words of a spelled-out name that make it a system ("... Learning Detector").
_SPELLED_SYSTEMS = frozenset(("detector", "classifier", "estimator", "predictor", "tracker",
                              "planner", "solver", "retriever", "verifier"))


def _spells_initials(long: str, short: str) -> bool:
    return " " in long and spelled_by_initials(short, long)


def _subtitle_spelling(tk: Toks, colon: int, start: int = 0) -> str | None:
    """The subtitle's leading capitalised words when they spell the one word before the
    colon (Schwartz & Hearst, as for "long form (SF)"): the title's own definition. The
    capitalised run first ("CoMP: Continual Multimodal Pre-training for ..."), else over
    joining words, preferring the run whose last word the short form's last letter opens
    ("SPADE: Systematic Prompt Framework for Automated Dialogue Expansion in ...")."""
    text = tk.text
    if not colon or any(tk.ws[x] for x in range(start, colon - 1)):
        return None  # (one word before the colon, hyphens and all: "GA-GS:")
    short = tk.span_text(start, colon)

    def run_end(joiners: bool) -> int:
        k = colon + 1
        while k < tk.n and (text[k][:1].isupper() or text[k] == "-" or text[k - 1] == "-" or
                            joiners and tk.lower[k] in _NAME_JOINERS and k + 1 < tk.n and
                            text[k + 1][:1].isupper()):
            k += 1
        return k

    def spelled(end: int) -> str | None:
        # (not "Arbor: A Framework for Reliable Navigation ...": an article opens no spelling)
        return next((a.long for a in find_abbreviations(f"{tk.span_text(colon + 1, end)} ({short})")
                     if a.short == short and a.long_start == 0 and
                     a.long.split(None, 1)[0].lower() not in ("a", "an", "the")), None)

    plain = run_end(False)
    if plain == colon + 1:
        return None
    first = spelled(plain)
    # (a word-like name picks letters inside words, "Odin: Oriented Dual-module
    # Integration", but its capitals are initials: "CATNet: Collaborative Alignment and
    # Transformation Network", not "Collaborative Alignment")
    caps = short if short.isupper() else "".join(filter(str.isupper, short))

    def initials(long: str) -> bool:
        # (a mixed-case name's capitals from capitalised words: "DPFormer: Dynamic Prompt
        # Transformer for Continual Learning" has no F from "for")
        return spelled_by_initials(caps, long if caps is short else
                                   " ".join(w for w in long.split() if w[:1].isupper()))

    if first is not None and (initials(first) or not short.isupper() and len(caps) < 2):
        return first
    found = [f for end in range(run_end(True), plain, -1)
             # (a word's end, not inside a compound)
             if text[end - 1][:1].isupper() and not (end < tk.n and text[end] == "-")
             for f in (spelled(end),) if f is not None]
    if first is not None:
        # An acronym's letters picked from inside the capitalised run's words give way to
        # the shortest longer run whose initials spell it ("LAVA: Language Driven Scalable
        # and Versatile Traffic Video Analytics", not "Language Driven Scalable").
        return next((f for f in reversed(found) if initials(f)), first)
    return next((f for f in found if f.split()[-1][:1].lower() == short[-1:].lower()),
                found[0] if found else None)


_NAMED_KINDS = frozenset(("Model", "Method", "Dataset", "Benchmark"))


def _one_compound(tk: Toks, a: int, b: int) -> bool:
    """Whether a..b is one unspaced hyphen compound of words ("Curate-Train-Refine")."""
    return b - a >= 3 and hyphen_compound(tk, a, b) == b and \
        all(tk.text[k].isalnum() for k in range(a, b, 2))


def _name_like_phrase(tk: Toks, a: int, b: int) -> bool:
    """Title words that can be a technique's name ("Masked Thought", "Diversify and Conquer"),
    not a catch phrase: no stop word but "and", no punctuation but hyphens, and not opening
    with a gerund or an adverb ("Bridging the Gap", "Exploring Model Editing", "Graphically
    Speaking")."""
    low = tk.lower
    first = low[a]
    # (a stop word inside a hyphen compound is a word of the name: "Shot-by-Shot",
    # "Logic-in-Frames")
    return not first.endswith(("ing", "ly")) and all(
        tk.text[k] == "-" or (tk.text[k][:1].isalnum() and (
            not is_stop(low[k]) or low[k] == "and" or
            a < k < b - 1 and tk.text[k - 1] == tk.text[k + 1] == "-"))
        for k in range(a, b))


_CALL_WORDS = lx.PROPOSE_VERBS | lx.NAMING_WORDS | {
    "call", "proposed", "introduced", "presented", "developed", "designed"}


def _found_ignoring_case(name: str, text: str) -> Iterator[int]:
    """Start offsets of `name` in `text` in any case, left to right and not overlapping, as
    re.finditer(re.escape(name), text, re.I) finds them: in ASCII (case folding is then
    str.lower, character by character) by str.find, without compiling a regex for each
    name (~0.4 ms, 2% of the extraction time: the names miss re's cache)."""
    if name.isascii() and text.isascii():
        low, key = text.lower(), name.lower()
        k = low.find(key)
        while k >= 0:
            yield k
            k = low.find(key, k + max(len(key), 1))
    else:
        for m in re.finditer(re.escape(name), text, re.I):
            yield m.start()


def _said_again(name: str, context: str) -> bool:
    """Whether the abstract repeats a title phrase as a name: as written, in its code's
    address, or in lower case a few words after a verb that proposes or names it ("an
    annealing schedule called Cauchy annealing schedule", "we introduce the concept of
    adaptive submodularity")."""
    if name in context:
        return True
    for start in _found_ignoring_case(name, context):
        if context[start - 1:start] == "/":
            return True  # the code's address ("github.com/IBM/ensemble-instruct")
        before = context[max(0, start - 60):start].lower().split()[-4:]
        call = next((j for j in range(len(before) - 1, -1, -1) if before[j] in _CALL_WORDS),
                    None)
        if call is not None and not any(w == "to" or w.endswith("ing")
                                        for w in before[call + 1:]):
            return True  # (not "contributes to understanding catastrophic forgetting in LLMs")
    return False


def _two_names(tk: Toks, start: int, end: int, strong: list[int]
               ) -> list[tuple[int, int]] | None:
    """"FortisAVQA and MAVEN", "LACBoost and FisherBoost", "IPA-CHILDES & G2P+": two
    name-shaped parts joined by "and" or "&" (each part a strong token with its hyphen or
    version parts), or None."""
    low = tk.lower
    joins = [k for k in range(start + 1, end - 1) if low[k] in ("and", "&")]
    if len(joins) != 1:
        return None
    k = joins[0]
    parts = [(start, k), (k + 1, end)]
    if all(any(a <= j < b and not is_stop(low[j]) for j in strong) and b - a <= 4
           for a, b in parts):
        return parts  # (not "WHERE and WHICH", words in capitals)
    return None


def _gerund_lead(tk: Toks, a: int, strong: list[int]) -> bool:
    """"Understanding R1-Zero-Like Training", "Leaking LoRa": a title phrase opening with a
    verb's -ing form, not a name with it ("SparseCodePicking", "FISH-Tuning")."""
    first = tk.text[a]
    return a not in strong and lx.title_case(first) and first.endswith("ing") and \
        not (a + 1 < tk.n and tk.text[a + 1] == "-")


# "eXplainable AI (XAI)", "an eXhaustive and eXplainable framework": a word with the "X" an
# acronym takes from it in capitals (every such word in the corpus is an English word).
_X_SPELLING = re.compile(r"eX[a-z]{3,}")


def _spelled_initial(tk: Toks, start: int, end: int, sent_start: int) -> bool:
    """"XDR-LVLM (eXplainable Diabetic Retinopathy ...)", "X-Blocks (eXplanation Blocks)": a
    word capitalised inside to spell the name before the parenthesis it opens is a word of
    the long form, not a name ("xVerify", "iNaturalist" are names)."""
    text = tk.text
    word = text[start]
    return end - start == 1 and start - 2 >= sent_start and text[start - 1] == "(" and \
        len(word) > 3 and word[0].islower() and word[1].isupper() and word[2:].islower() and \
        text[compound_start(tk, start - 2, sent_start)][:1] == word[1]


def _kind_compound(tk: Toks, a: int, b: int) -> bool:
    """"multi-LLM", "single-LLM", "Human-AI": a hyphen compound of prefixes, model kinds and
    ordinary words (not written in capitals, as "HIS" in "HIS-QA") names a kind of thing."""
    if b - a < 3:
        return False
    if all(tk.lower[k] in _PREFIXES or tk.lower[k] in _MODEL_KINDS or
           (_common_word(tk.lower[k]) and not tk.text[k].isupper()) for k in range(a, b, 2)):
        return True
    # "child-AI", "reasoning-LLM", "Multimodal-LLM", "Speech-LLM": a model kind after words
    # written in lower case or describing words ("User-LLM" is a name; "LLM-advisors",
    # "AI-scientist", "LLM-as-judge" are kinds of something else)
    return tk.lower[b - 1] in _MODEL_KINDS and all(
        tk.lower[k] in _MODEL_KINDS or tk.lower[k] in _KIND_ADJECTIVES or
        tk.text[k].isalpha() and tk.text[k].islower() for k in range(a, b, 2))


def _modifier_compound(tk: Toks, a: int, b: int) -> bool:
    """"Dual-Path", "Multi-Scale", "Spatial-Temporal": a hyphen compound of title-case words
    that opens with a prefix or a describing word, a modifier rather than a name."""
    first = tk.lower[a]
    return (first in _PREFIXES or first in _KIND_ADJECTIVES or _DESCRIBING.search(first)
            is not None) and all(tk.text[k][1:].islower() for k in range(a, b, 2))


_DESCRIBING = re.compile(rf"({_DESCRIBING_ENDINGS})$")


def _prefixed_adjective(name: str) -> bool:
    """"non-convex", "multi-view", "non-uniform": one lower-case compound of a prefix and a
    describing word (not "cross-tuning", "self-distillation": techniques)."""
    first, _, rest = name.partition("-")
    last = rest.rpartition("-")[2]
    return bool(rest) and " " not in name and first in _PREFIXES and \
        not last.endswith(("ing", "tion", "sion", "ment")) and last not in lx.LONG_FORM_HEADS


# A model's sizes glued by slashes into one token: "Pythia-1.4B/7B/12B", "Dolly-7B/12B".
_SLASHED_SIZES = re.compile(r"[A-Z][\w.]*-\d+(?:\.\d+)?[BMK]?(?:/\d+(?:\.\d+)?[BMK]?)*"
                            r"/\d+(?:\.\d+)?[BMK]")


def _url_like(text: str) -> bool:
    """A web or paper address, no name: "https://...", "www.", "arXiv:2602.09029", "doi:"."""
    return "/" in text and _SLASHED_SIZES.fullmatch(text) is None or "@" in text or \
        text.lower().startswith(("http", "www.", "arxiv:", "doi:"))


SHARED_HEAD = "gazetteer+shared-head"  # the rule of a word that shares a coordination's head


_RESOURCE_ADJECTIVES = frozenset(("standard", "public", "popular", "widely-used", "well-known",
                                  "large-scale", "benchmark", "smaller", "larger", "largest",
                                  "challenging"))
_RESOURCE_HEADS = {**dict.fromkeys(("dataset", "corpus", "database", "datasets"), "Dataset"),
                   **dict.fromkeys(("benchmark", "challenge", "suite", "competition"), "Benchmark")}
# Capitalised words that describe rather than name: "the First Dataset Distillation Challenge"
_NOT_NAME_STARTS = frozenset(("first", "second", "third", "new", "novel", "proposed", "same",
                              "following", "above", "original", "entire", "whole", "full",
                              "final", "public", "latest", "current", "present", "resulting"))


# A sub- or superscript's opening right before a token: "_", "^{", "_\mathrm{".
_SCRIPT_BEFORE = re.compile(r"[_^]\s*\{?\s*(?:\\[A-Za-z]+\s*\{?\s*)?$")
# A score's name with a letter for what it is taken on ("AP50b", "APm"): box, mask, small,
# medium, large.
_SCORE_SUFFIX = re.compile(r"[A-Z][A-Za-z]*\d*[bmsl]")
# Verbs that lead a title-like phrase ("TEP: Advancing Complex Video Object Segmentation via
# ..."), no part of the name after them (unlike "Referring Video Object Segmentation").
_LEAD_VERBS = frozenset(("advancing", "improving", "enhancing", "boosting", "rethinking",
                         "revisiting", "exploring", "unlocking", "bridging", "leveraging",
                         "empowering", "unleashing", "harnessing", "mitigating",
                         "accelerating", "towards"))
LOWER_DATA_HEADS = frozenset(("dataset", "database", "corpus"))
_LOWER_SYSTEM_HEADS = frozenset(("framework", "architecture", "algorithm", "toolkit",
                                 "pipeline", "paradigm"))
_LOWER_DATA_PLURALS = frozenset(("datasets", "databases", "corpora"))


def _named_data_run(tk: Toks, k: int, end: int, taken: list[bool]) -> bool:
    """Whether the capitalised run k..end (before "dataset") can be a data name: free, not
    opening with a describing word or a number ("the 960-hour Librispeech dataset"), each
    word title case or name-shaped ("3D", "VHR-10")."""
    text = tk.text
    return not text[k][:1].isdigit() and tk.lower[k] not in _NOT_NAME_STARTS and \
        not any(taken[x] for x in range(k, end)) and \
        all(lx.title_case(text[x]) or lx.strong_shape(text[x]) or text[x] == "-" or
            text[x][:1].isdigit() for x in range(k, end))


def _spelled_after(tk: Toks, k: int, end: int, sent_end: int) -> bool:
    """Whether a short form in parentheses a few words after `end` ("... (VCR)") is spelled,
    letter by letter in order, by initials of the words from `k` to it."""
    text = tk.text
    for j in range(end, min(end + 10, sent_end - 2)):
        if text[j] == "(":
            short = text[j + 1]
            if text[j + 2] != ")" or not lx.strong_shape(short) or \
                    short[0].lower() != text[k][0].lower():
                return False
            initials = [text[x][0].lower() for x in range(k, j) if text[x][:1].isalpha()]
            it = iter(initials)
            return all(ch in it for ch in short.lower() if ch.isalpha())
        if text[j] in (",", ";", ".", ":"):
            return False
    return False


def _introduced_run(tk: Toks, k: int, end: int, sent_end: int, taken: list[bool], is_generic,
                    lookup) -> Candidate | None:
    """The capitalised words k..end an introducing verb names, as a candidate, unless they
    only start a longer phrase or are known or generic."""
    text, low_ = tk.text, tk.lower
    if end >= sent_end or any(taken[x] for x in range(k, end)):
        return None
    after = low_[end]
    if after == "(" or not (
            (after in lx.HEAD_TYPES or is_stop(after) or _participle(text[end]) or
             after in _USING_WORDS) and text[end].islower() and after not in ("'s", "’s") or
            is_punct(after) and after not in ("'", "’", "-")):
        # "an Unsupervised Peer review ... framework": the capitals are only the start of a
        # longer phrase; "Eugene Garfield's": a person's.
        return None
    if after in lx.HEAD_TYPES and end + 1 < sent_end and _capitalised(text[end + 1]):
        return None  # "a new Tool Learning method Chain-of-Tools": the name follows its kind
    if after == "," and end + 2 < sent_end and low_[end + 1] in lx.NAMING_WORDS and \
            lx.strong_shape(text[end + 2 + (low_[end + 2] == "as")]):
        # "a Discriminative Cross-Dimension Evolutionary Learning Framework, termed DCEvo":
        # the name is the one it is termed; its words are no other name
        for x in range(k, end):
            taken[x] = True
        return None
    if is_stop(after) and _spelled_after(tk, k, end, sent_end):
        # "we propose the Variance-Driven Channel Recalibration for Robust Low-Light
        # Enhancement (VCR)": the words start the long form of the short one, no name alone
        for x in range(k, end):
            taken[x] = True
        return None
    name = tk.span_text(k, end)
    if is_generic(name) or lookup(name):
        return None
    head = low_[end - 1]
    typ = lx.HEAD_TYPES.get(head) or lx.HEAD_TYPES.get(after) or \
        lx.LONG_FORM_HEADS.get(head) or "Method"
    if typ == "Metric" and head not in lx.HEAD_TYPES and head not in _MEASURE_HEADS and \
            after not in ("metric", "metrics"):
        typ = "Method"  # ("Process Reward", "Adaptive Scale": no new measure; but "a new
        # Matching Entropy metric" is one)
    # (a run ending in the word "Task" names a task: "We introduce a Variable Attribution
    # Task in which ..."; one ending in a task's words, "Tool Learning", a way to do it; "a
    # new Wason Selection Task dataset": data)
    if head == "task" and after in _DATA_HEADS_TYPE:
        typ = _DATA_HEADS_TYPE[after]
    return Candidate(k, end, "Method" if typ == "Task" and head != "task" else typ, 0.6,
                     "capitalised")


# Words that open a participle clause after a name ("a metaheuristic called Obesity
# Heuristic derived from ...", "X using Y").
_USING_WORDS = frozenset(("using", "leveraging", "combining", "integrating", "exploiting"))
_MEASURE_HEADS = frozenset(("distance", "similarity", "measure", "coefficient", "ratio"))


def _shared_head(tk: Toks, c: Candidate, taken: list[bool], lookup, b: int | None = None
                 ) -> tuple[int, Entry] | None:
    """(index of A, entry of "A H") for "A and B H" / "A, or B H" when the known term `c` is
    "B H" and "A H" is a known term of the same type (A is not a name on its own): A shares
    the head. `b`: where B is, when it is not `c`'s first word (an earlier item of a list
    whose later one already shares it: "mathematical, symbolic, and commonsense
    reasoning")."""
    low = tk.lower
    if b is None:
        b = c.start
        if b - 2 >= 1 and low[b - 1] == "%" and like_num(tk.text[b - 2]):
            b -= 2  # "43.75% Top-1 and 77.10% Top-5 accuracy": over the second score
    a = b - 2
    if a >= 1 and low[a] == "," and low[a + 1] in ("and", "or"):
        a -= 1  # "logical, or commonsense reasoning"
    sa = tk.sents[tk.sent_of[c.start]][0]
    if a < sa or taken[a] or low[b - 1] not in ("and", "or", ",") or \
            not low[a][:1].isalpha() or lookup(tk.text[a]):
        return None
    entry = _sibling_term(lookup, f"{tk.text[a]} {tk.span_text(c.start + 1, c.end)}", c)
    return None if entry is None else (a, entry)


def _shared_modifier(tk: Toks, c: Candidate, taken: list[bool], lookup
                     ) -> tuple[int, Entry] | None:
    """(index of B, entry of "M B") for "M H and B" when the known term `c` is "M H" and
    "M B" is a known term of the same type: "code comprehension and generation", "object
    detection and tracking" (B ends the phrase: not "image classification and generation
    quality")."""
    low = tk.lower
    b = c.end + 1
    se = tk.sents[tk.sent_of[c.start]][1]
    if b >= se or low[c.end] not in ("and", "or") or taken[b] or not low[b].isalpha() or \
            lookup(tk.text[b]) or (b + 1 < se and low[b + 1].isalpha() and
                                   low[b + 1] not in _SHARED_ENDS and not is_stop(low[b + 1])):
        return None
    entry = _sibling_term(lookup, f"{tk.span_text(c.start, c.end - 1)} {tk.text[b]}", c)
    return None if entry is None else (b, entry)


def _sibling_term(lookup, name: str, c: Candidate) -> Entry | None:
    """The known term `name` when it is another term of `c`'s type ("commonsense reasoning"
    beside "mathematical reasoning")."""
    entry = lookup(name)
    if entry is None or entry.type != c.type or entry.canonical == c.canonical:
        return None
    return entry


# Words that may follow a coordination's last word: "code comprehension and generation tasks".
_SHARED_ENDS = frozenset(("task", "tasks", "benchmarks", "problems", "capabilities",
                          "abilities", "skills"))


def _title_case_run_left(tk: Toks, start: int, sent_start: int) -> int:
    """Start of the capitalised words right before `start` ("Contrastive [Instruction Tuning]")."""
    k = compound_start(tk, start, sent_start)  # "Coarse-to-[Fine Diffusion Models]"
    while k - 1 > sent_start and _capitalised(tk.text[k - 1]) and \
            not _common_word(tk.lower[k - 1]):
        k = compound_start(tk, k - 1, sent_start)
    return k


def find_candidates(tk: Toks, gazetteer: Gazetteer, matchers, in_title: bool = False,
                    context: str | None = None,
                    emphasis: list[tuple[int, int]] | None = None,
                    fragments: list[tuple[int, int]] | None = None) -> list[Candidate]:
    """All typed name candidates in `tk`, non-overlapping, in text order.

    `context`: the other field's text (the abstract, for a title: does a title's "Name:" or
    opening term recur; the title, for an abstract: "we propose X for ..." with X in it);
    `emphasis`: character spans the authors emphasised (LaTeX \\textbf{...}, see markup.py);
    `fragments`: capitals emphasised inside a word (markup.strip_markup), no names.
    """
    cands: list[Candidate] = []
    n = tk.n
    taken = [False] * n
    for a, b in fragments or ():
        # (a fragment that is whole tokens: "CO" of "COntinuous"); the rest of its word is no
        # name either: "LP" of "(\\textbf{M}LP)" is no "linear programming"
        c = b + 1
        while c < len(tk.source) and tk.source[c].isalnum():
            c += 1
        for span in (tk.char_span(a, b), tk.char_span(b + 1, c) if c > b + 1 else None):
            for k in range(span.start, span.end) if span is not None else ():
                taken[k] = True
    text, low_ = tk.text, tk.lower
    sents, sent_of = tk.sents, tk.sent_of
    doc = tk.doc
    lookup, is_generic = _gazetteer_cached(gazetteer)
    formula: set[int] = set()  # tokens of inline formulas: variables, no new names
    for a, b in formula_spans(tk.source):
        span = tk.char_span(a, b, alignment_mode="contract")
        formula.update(range(span.start, span.end) if span is not None else ())
    # (a formula's sub- or superscript is a label, not even a known name: "CoT" of
    # "$\mathcal{L}_\mathrm{CoT}$")
    scripted = {k for k in formula if _SCRIPT_BEFORE.search(
        tk.source, max(0, tk.idx[k] - 24), tk.idx[k])} if formula else set()

    def take(c: Candidate) -> None:
        name = tk.name_text(c.start, c.end)
        if name.count(")") > name.count("("):
            return  # ("Super)GLUE" of "(Super)GLUE", "ME)^3" of "CAS(ME)^3": a word's part)
        if c.end - c.start == 1 and low_[c.start] in lx.CONFIDENCE_LEVELS and c.start and \
                text[c.start - 1] == "%":
            return  # "(95% CI: 0.81-0.88)": an interval's level, no name
        for k in range(c.start, c.end):
            taken[k] = True
        cands.append(c)

    def take_new(a: int, b: int, typ: str, conf: float) -> None:
        """Take the capitalised words a..b as a name unless generic or already known."""
        name = tk.span_text(a, b)
        if not is_generic(name) and lookup(name) is None:
            take(Candidate(a, b, typ, conf, "capitalised"))

    # The gazetteer's matches (read in step 2); the tokens they cover belong to known names.
    matches = []
    for matcher in matchers:
        matches.extend(tk.doc_matches(matcher(doc)))
    if scripted:
        matches = [m for m in matches if m[1] not in scripted]
    known = {k for _m, a, b in matches for k in range(a, b)}

    # 1. Abbreviation definitions: the short form is the entity, the long form its alias.
    own_shorts: set[str] = set()  # defined here otherwise than the gazetteer knows them
    # Short forms defined here as another listed entry than the one their letters name:
    # "Genetic Programming (GP)" (not Gaussian process), "attack success rates (ASR)".
    own_entries: dict[str, Entry] = {}
    abbreviations = find_abbreviations(tk.source)
    defined = {ab.short for ab in abbreviations}
    for ab in abbreviations:
        listed = lookup(ab.short)  # what the gazetteer knows by the short form
        sspan = tk.char_span(ab.short_start, ab.short_end, alignment_mode="expand")
        lspan = tk.char_span(ab.long_start, ab.long_end, alignment_mode="expand")
        # (An organisation's name only when the gazetteer does not know the short form:
        # "Karlsruhe Institute of Technology and Toyota Technological Institute (KITTI)".)
        condition = _names_a_condition(ab.long) or _names_a_language(ab.long, gazetteer) or \
            _LOCALE.fullmatch(ab.short) is not None or (
            _names_a_body(ab.long) and listed is None and not (
                sspan is not None and _head_after_parenthesis(tk, sspan.end) in (
                    "Dataset", "Benchmark")))  # (but "the ... Consortium (PHMRC) dataset")
        if is_generic(ab.long) or condition or listed is None and ab.long.islower() and \
                ab.long.endswith(("language model", "language models")):
            # (also a kind of language model spelled in small letters: "the first 2B-parameter
            # multimodal small language model (MSLM)")
            # "Vision-Language Models (VLMs)": no part of a generic definition is a name;
            # nor of a condition ("autism spectrum disorder (ASD)") or a body of people,
            # wherever its short form is written alone ("PE detection", "compared to PE").
            for span in (lspan, sspan):
                for k in range(span.start, span.end) if span is not None else ():
                    taken[k] = True
            # (a condition's short form is its own wherever written, even one the gazetteer
            # lists: "prostate cancer (PCa) ... PCa detection" is no PCA)
            alone = _written_alone(tk, ab.short) if condition else \
                _short_alone(tk, ab.short, known) if listed is None else ()
            for k in alone:
                taken[k] = True
            continue
        if listed is None and (ab.long.rsplit(None, 1)[-1].lower() in _CLAIM_HEADS or
                               _modifier_definition(tk, ab, sspan)):
            # "High-Definition (HD) maps", "a Volume-Aware (VA) Dice loss": a modifier
            # abbreviated, wherever it is written alone ("VA loss"), not a name; nor a claim
            # or a finding ("the Superficial Alignment Hypothesis (SAH)", "Central Limit
            # Theorem (CLT)", "the Dunning-Kruger Effect (DKE)")
            for k in (*(range(lspan.start, lspan.end) if lspan is not None else ()),
                      *_written_alone(tk, ab.short)):
                taken[k] = True
            continue
        if _MEDIA_PAIR.fullmatch(ab.long) and listed is None:
            # ... nor a pair of media, wherever its short form is written alone ("T2I
            # models"; not "T2I generation", a task).
            shorts = [k for k in _written_alone(tk, ab.short) if not (
                k + 1 < tk.n and lx.LONG_FORM_HEADS.get(low_[k + 1]) == "Task")]
            for k in (*(range(lspan.start, lspan.end) if lspan is not None else ()), *shorts):
                taken[k] = True
            continue
        if is_generic(ab.short) and not (lspan is not None and _own_generic_short(
                ab, low_, lspan.start, gazetteer, is_generic, lookup)) or _url_like(ab.short):
            if lspan is not None and not _url_like(ab.short) and \
                    _generic_kind(ab.long, is_generic):
                # "Video-Language Models (VLMs)": a kind of model, no part of it a name
                for k in range(lspan.start, lspan.end):
                    taken[k] = True
            continue
        if sspan is None or lspan is None or any(taken[k] for k in range(sspan.start, sspan.end)):
            continue
        after = sspan.end + (sspan.end < tk.n and text[sspan.end] == ")")
        if listed is None and after < tk.n and low_[after] in _MEETINGS:
            # "the New Trends in Image Restoration and Enhancement (NTIRE) workshop": a venue
            for k in (*range(lspan.start, lspan.end), *_written_alone(tk, ab.short)):
                taken[k] = True
            continue
        entry = gazetteer.defined(ab.short, ab.long)
        if entry is not None and entry is listed and \
                gazetteer.spelled_anew(entry, ab.short, ab.long) and \
                _we_propose_before(low_, min(sspan.start, lspan.start)):
            # "we propose RACE (Reasoning-Aligned Classification of Explanations), a ...
            # framework": the paper's own RACE, not the reading benchmark the list knows by
            # those letters alone (16 of 16 corpus definitions of the shape after a verb of
            # proposing: CLUE, DART, SPICE, OPUS, COMET, ...); typed as any new name is
            entry = None
        if entry is None and (PLURAL_ACRONYM.fullmatch(ab.short) and
                              not _named_by_us(low_, lspan.start) and
                              not _proposed_as_one(low_, lspan.start, sspan.end) or
                              _venue(ab.short) and
                              not _VENUE_WORDS.isdisjoint(ab.long.lower().split()) or
                              not _MEETING_WORDS.isdisjoint(ab.long.lower().split()) and
                              ab.long.rsplit(None, 1)[-1].lower() not in lx.HEAD_TYPES and
                              lookup(ab.short) is None):  # (known data: "DUC", "TAC")
            # (not "PODS (Policy Optimization with Down-Sampling)": a venue's letters, spelled
            # out as something else)
            # "Partial differential equations (PDEs)", "Large Reasoning Models (LRMs)": a
            # plural names a kind of thing, not one artifact (5 of 6 on the tuning papers),
            # also in the singular ("the video generation of a VDM"); "Theory and
            # Practice of Logic Programming (TPLP)" is a venue.
            plural = PLURAL_ACRONYM.fullmatch(ab.short) is not None
            # (the plural itself too where its long form is a kind in small letters, no
            # family the paper names: "higher-order interactions (HOIs) ... extracting HOIs";
            # not "termed background-aware proposals (BAPs)")
            lower_kind = ab.long.islower() and not (
                lspan is not None and lspan.start > 0 and low_[lspan.start - 1] in _NAMING_VERBS)
            alone = [k for k in _short_alone(tk, ab.short, known) if tk.text[k] != ab.short or
                     _generic_kind(ab.long, is_generic) or lower_kind] \
                if plural and listed is None and lookup(ab.short[:-1]) is None else ()
            if plural and (listed or lookup(ab.short[:-1])) is not None and \
                    gazetteer.defined(ab.short[:-1], ab.long) is None and \
                    gazetteer.defined(ab.short[:-1], ab.long[:-1]) is None:
                # "General practitioners (GPs)": not the listed GP (Gaussian process), here
                # or where the short form is written alone
                alone = [*_written_alone(tk, ab.short), *_written_alone(tk, ab.short[:-1])]
                own_shorts.update((ab.short, ab.short[:-1]))
            for k in (*range(sspan.start, sspan.end), *range(lspan.start, lspan.end), *alone):
                taken[k] = True
            continue
        if entry:
            typ, conf, rule, canon = entry.type, 0.9, "abbreviation+gazetteer", entry.canonical
        else:
            lt = long_form_type(ab.long)
            words = ab.long.split()
            if (lt is None or lt[1] < 0.7) and len(words) >= 2:
                # "reconstruction FID (rFID)", "the relative Normalized Mutual Information
                # (rNMI)": a variant of the known metric it ends in (one to three words)
                if any((last := lookup(" ".join(words[-n:]))) is not None and
                       last.type == "Metric" for n in range(1, min(4, len(words)))):
                    lt = ("Metric", 0.7)
            if (lt is None or lt[1] < 0.7 or lt[0] == "Method" and
                    words[-1].lower() == "reasoning" and not any(
                        w.rpartition("-")[2].lower() in lx.MODIFIER_SUFFIXES for w in words)) \
                    and len(words) >= 3 and \
                    _PURPOSE_WORDS.isdisjoint(w.lower() for w in words) and \
                    words[0].lower() != "bayesian" and \
                    (last := lookup(" ".join(words[-2:]))) is not None and last.type == "Task":
                # "Multimodal Sentiment Analysis (MSA)": a kind of the known task it ends in
                # (not "Bayesian Knowledge Tracing (BKT)", a model of it); also one in
                # "Reasoning", which reads as a method by its last word ("Multi-hop Spatial
                # Reasoning (MSR)"; not "Tool-Integrated Reasoning", "-guided", ...)
                lt = ("Task", 0.7)
            if lt is None and not any(w[:1].isupper() for w in words) and not (
                    sum(ch.isupper() for ch in ab.short) >= 3 and ab.short.isalpha() and
                    len(words) >= 2) and not _kind_named_after_definition(
                        tk, ab, sspan.end, lookup):
                # "7 billion parameters (7B)", "see below (Sec)"; but "depth-first
                # search-based decision tree (DFSDT)" is a name. Nor is the short form of
                # a hyphen compound written alone ("the low-resolution (LR) image ... the LR
                # input", "end-to-end (E2E)"), nor any all-capitals short form of ordinary
                # words ("peer to peer (P2P)", "knowledge base (KB)"; "graph-guided fused
                # lasso (GFlasso)" is a name), unless a known name opens with it
                # ("parts-of-speech (POS) ... POS tagging": see _short_alone).
                for k in (_short_alone(tk, ab.short, known)
                          if ab.short.isupper() and listed is None else ()):
                    taken[k] = True
                if listed is not None:
                    # "invasive lumbar puncture (LP)": not the listed LP (linear programming)
                    # where written alone either
                    own_shorts.add(ab.short)
                continue
            typ, conf = lt or ("Method", 0.45)
            sa, sb = tk.sents[tk.sent_of[lspan.start]]
            # The definition's first part, short form or long ("a dataset called HURIT (Human
            # Resource Interview Transcripts)"), and the end of the whole definition.
            first = sspan if sspan.start < lspan.start else lspan
            whole_end = max(sspan.end, lspan.end) + 1
            if first.start - 2 >= sa and low_[first.start - 1] == "," and \
                    lx.new_kind(low_, first.start - 2, sa) and \
                    lx.HEAD_TYPES.get(low_[first.start - 2], "Dataset") != "Model":
                # "we introduce a new task, quantity-and-layout consistent image editing
                # (QL-Edit)": the kind said before the definition is its kind (but "a novel
                # model, Region Convolutional 3D Network (R-C3D)" is an architecture)
                lt = typ, conf = lx.HEAD_TYPES.get(low_[first.start - 2], "Dataset"), 0.8
            if lt is not None and lt[0] in ("Dataset", "Benchmark", "Metric"):
                # "SUV (Selective Unlearning for Verbatim data), a selective unlearning
                # framework": the apposition says what the name is, not its last word
                # (also "Rank-Then-Score (RTS), a fine-tuning framework")
                after = _apposition_type(tk, first.start, whole_end, sa, sb)
                if after is not None and after[0] in ("Method", "Model") and \
                        ab.long.rsplit(None, 1)[-1].lower() not in _SAYS_ITS_KIND:
                    # (not "the Cognitive Complexity Benchmark (CCB), a robust evaluation
                    # framework": the name says its kind itself)
                    typ, conf = after
            if lt is None:
                # "a dataset named Diverse Reflection Removal (DRR)": the long form's context
                # ("the Climate Alignment Quotient (CAQ), a novel metric": the short form's)
                after = _apposition_type(tk, first.start, whole_end, sa, sb)
                typ, conf = _context_type(tk, first.start, first.end, sa, sb) or (
                    after if after and after[0] != "Model" else None) or (typ, conf)
            elif lt[1] < 0.7:
                # a long form typed by its ending only ("-tion") gives way to the kind its
                # context states: "a novel metric, Layer Contribution (LC)", or the whole
                # definition's apposition: "Forensic Answer-Questioning (FAQ), a ... benchmark"
                ctx = _context_type(tk, first.start, first.end, sa, sb) or (
                    after if (after := _apposition_type(tk, first.start, whole_end, sa, sb))
                    and after[0] in ("Dataset", "Benchmark") else None)
                if ctx is not None and ctx[1] > conf:
                    typ, conf = ctx
            elif lt[0] in ("Method", "Task") and (after := _apposition_type(
                    tk, first.start, whole_end, sa, sb)) and \
                    after[0] in ("Dataset", "Benchmark", "Metric"):
                # "SIFT (Speech Instruction Fine-Tuning), a 50M-example dataset": data named
                # after the technique it serves, or the task it tests ("VAREX (VARied-schema
                # EXtraction), a benchmark for ..."); a measure named after what it checks
                # ("citation grounding (CG), a metric that verifies ...")
                typ, conf = after
            # "Cloud removal (CR) remains a challenging task": said of the sentence's subject
            # ("Single underwater image enhancement (UIE) is ...": with a word or two before).
            # Also "we tackle the problem of Generalized Category Discovery (GCD)" (but "the
            # problem of Lifelong Instruction Tuning (LiIT)" names a technique by its head).
            opening = tk.lower[sa:lspan.start]
            head = _head_after_parenthesis(tk, sspan.end) or (
                "Task" if len(opening) <= 2 and not any(is_stop(w) for w in opening) and (
                    task_defined_at(tk.lower, sspan.end + 1, tk.n) or
                    # "Instruction-based image editing (IIE) aims to modify images ..."
                    tk.lower[sspan.end + 1:sspan.end + 3] in (["aims", "to"], ["aims", "at"],
                                                             ["seeks", "to"])) or
                opening[-2:] in (["problem", "of"], ["task", "of"]) and
                (lt is None or lt[1] < 0.7) else None)
            if head is None and tk.lower[sspan.end:sspan.end + 2] == [")", "data"] and \
                    "our" in tk.lower[max(sa, first.start - 3):first.start]:
                head = "Dataset"  # "Our Cubify Anything VQA (CA-VQA) data covers ..."
            if head == "Method" and lt == ("Task", 0.7):
                # "a novel opinion-unaware no-reference image quality assessment (OU NR-IQA)
                # method": a method for the task its long form names
                head = None
            if head:
                # "... Question Answering (iDocVQA) dataset": the noun after it is its kind.
                typ, conf = head, max(conf, 0.8)
            elif typ == "Task" and tk.text[sspan.end:sspan.end + 1] == [")"] and \
                    sspan.end + 1 < tk.n and not (
                        noun := tk.lower[hyphen_compound(tk, sspan.end + 1, tk.n) - 1]
                    ).endswith("s") and lx.HEAD_TYPES.get(noun, "Task") != "Task":
                # "our Uncertainty-guided Perturbation Super-Resolution (UPSR) model", "a
                # context-aware segmentation (CAS) sub-network": named after its task, but a
                # system ("model" is a method as often as a model); not "Abusive Language
                # Detection (ALD) models", models for the task
                typ = "Method"
            rule, canon = "abbreviation", None
        c = Candidate(sspan.start, sspan.end, typ, conf, rule, canon, ab.long,
                      long_span=(lspan.start, lspan.end))
        take(c)
        if entry is None:
            own_shorts.add(ab.short)
        elif listed is not None and fold(listed.canonical) != fold(entry.canonical):
            own_entries[ab.short] = entry
        if entry is not None and PLURAL_ACRONYM.fullmatch(ab.short) and \
                (one := lookup(ab.short[:-1])) is not None and \
                fold(one.canonical) != fold(entry.canonical):
            # "masked autoencoders (MAEs) ... existing MAE-based methods": the singular is
            # the thing defined, not the metric MAE the gazetteer lists
            own_entries[ab.short[:-1]] = entry
        for k in range(lspan.start, lspan.end):
            taken[k] = True  # the long form is an alias, not a second entity

    # 1b. Emphasised phrases ("\\textit{Anchored Rejection}"): authors emphasise what they name.
    for a, b in emphasis or ():
        span = tk.char_span(a, b, alignment_mode="expand")
        if span is None or not 1 <= span.end - span.start <= 8 or \
                any(taken[k] for k in range(span.start, span.end)):
            continue
        name = tk.span_text(span.start, span.end)
        words = [text[k] for k in range(span.start, span.end) if text[k][:1].isalnum()]
        if not words or span.start in formula or _AMOUNT_WORD.fullmatch(words[0]) or not any(
                w[0].isupper() or lx.strong_shape(w) or "-" in name for w in words) or \
                lookup(name) or _url_like(name) or \
                is_generic(name) or all(_common_word(w.lower()) for w in words) or \
                words[0][:1].islower() and ("-" not in name or is_stop(words[0].lower())) and \
                any(is_stop(w.lower()) for w in words) or \
                len(words) > 1 and is_stop(words[0].lower()) and \
                all(w.islower() for w in words[1:]) or \
                name.islower() and (name.rsplit("-", 1)[-1] in lx.MODIFIER_SUFFIXES or
                                    _participle(name.rsplit("-", 1)[-1]) or
                                    any(part.split(" ", 1)[0] in lx.MODIFIER_SUFFIXES
                                        for part in name.split("-")[1:]) or
                                    _prefixed_adjective(name) or
                                    span.end < tk.n and lx.plural(low_[span.end]) and
                                    low_[span.end] in lx.HEAD_TYPES) or \
                any(low_[k] in lx.DOUBLE_QUOTES for k in range(span.start, span.end)) or \
                "," in low_[span.start:span.end] or \
                name.startswith("[") and name.endswith("]") or \
                len(words) > 1 and text[span.end - 1] == ":":
            # (nor a heading: "\\textbf{Availability and implementation:}"; nor a list:
            # "\\textbf{Cantonese, Japanese, and Turkish}"; nor a special token:
            # "\\texttt{[CLS]}"; nor a phrase opening
            # a sentence: "\\textbf{From the dataset perspective}, ...")
            continue  # (nor a quoted phrase: '\\textit{turn on the TV"}'; nor an adjective:
            # "a \\textbf{training-free} framework", "\\textit{open-source} models"; nor a
            # link: "\\texttt{https://...}")
        sa, sb = sents[sent_of[span.start]]
        typed = _context_type(tk, span.start, span.end, sa, sb) or morphology_type(name) or \
            long_form_type(name) or ("Method", 0.5)
        take(Candidate(span.start, span.end, typed[0], typed[1], "emphasis"))

    # 1c. Coined terms of ordinary words ("we propose sequential instruction tuning, a ..."):
    # before the gazetteer, which would take the known term inside them.
    if in_title:
        span = find_title_term(tk, context, is_generic, lookup) if context else None
        # (not a known name's beginning: "Alternating direction method of multipliers for
        # ...", whose term stops before "of")
        if span and not any(taken[k] for k in range(*span)) and not any(
                s <= span[0] and span[1] <= e and e - s > span[1] - span[0]
                for _m, s, e in matches):
            take(Candidate(span[0], span[1], "Method", 0.6, "title-term"))
    else:
        for a, b, typ, introduced in find_coined(tk, taken, is_generic, lookup, context):
            if typ == "Method" and b - a >= 2 and lx.strong_shape(text[a]) and \
                    not is_generic(text[a]) and (
                    (entry := lookup(text[a])) is not None and entry.type == "Model" or
                    _shape_kind(text[a]) == "Model"):
                typ = "Model"  # "ClimateGPT Faithful+": a release of the model it starts with
            cands.append(Candidate(a, b, typ, 0.6, "coined", introduced=introduced))
        for a, b, typ in find_listed(tk, taken, is_generic, lookup):
            cands.append(Candidate(a, b, typ, 0.6, "listed"))

    # 2. Gazetteer, longest match first.
    matches.sort(key=lambda m: (-(m[2] - m[1]), m[1]))
    vocab = doc.vocab.strings
    renamed = _known_names_renamed(tk, matches, sents, sent_of, gazetteer, vocab)
    # (known names ending at a "learning" that may start "learning to X")
    learning_ends = {b for _m, a, b in matches if b - a > 1 and low_[b - 1] == "learning"}
    for match_id, start, end in matches:
        if any(taken[k] for k in range(start, end)):
            continue
        if start + 1 in learning_ends and low_[start:start + 2] == ["learning", "to"]:
            continue  # "reinforcement learning to learn policies": a purpose, no learning to learn
        sa, sb = sents[sent_of[start]]
        # Do not cut a longer name: "LLaMA-2-7B" should not match as "LLaMA-2" + "-7B".
        end2 = _join_right(tk, end - 1, sb) if text[end - 1][:1].isalnum() else end
        if any(taken[k] for k in range(end, end2)) or \
                end2 == end + 2 and text[end] == "-" and low_[end + 1] in lx.MODIFIER_SUFFIXES \
                and low_[end + 1] not in _VARIANT_PARTICIPLES:
            # (nor take a modifier's ending: "Sora-Generated Videos" is Sora's; but
            # "DeepSeek-R1-Distilled", "UCB-Tuned" name variants)
            end2 = end
        entry = gazetteer.entries[int(vocab[match_id])]
        if end2 > end == start + 1 and _acronym_in_other_capitals(text[start], entry):
            continue  # "MiMo-VL" is no MIMO (multiple-input multiple-output)
        if end2 < sb and low_[end2] in _PROCESSORS and entry.type in ("Model", "Method"):
            continue  # "Intel Xeon E5-2670 CPU": hardware, not the E5 embedding model
        if _among_companies(low_, start, end2, sa, sb):
            continue  # "OpenAI, Anthropic, DeepSeek, xAI": companies, no model or task
        if entry.type in ("Dataset", "Benchmark") and end - start >= 3 and \
                all(text[k].islower() for k in range(start, end)) and \
                any(is_stop(low_[k]) for k in range(start + 1, end - 1)):
            continue  # "a target word in context": words, not the Word-in-Context benchmark
        if entry.type == "Metric" and end + 1 < sb and text[end] == "-" and \
                not tk.ws[end - 1] and low_[end + 1] in _METRIC_MODIFIED:
            continue  # "precision-critical domains", "accuracy-oriented": no score named
        if end + 1 < sb and text[end] == "-" and low_[end + 1] == "like" and \
                not tk.ws[end - 1] and not tk.ws[end]:
            continue  # "GPT-like large models", "BERT-like encoders": like it, not it
        if end - start == 1 and text[start] in own_entries:
            entry = own_entries[text[start]]
        if end - start == 1 and text[start] in own_shorts:
            # "a mirrored language structure (MLS) ... MLS has": the paper's own MLS, not
            # the dataset the gazetteer knows by that name.
            continue
        if end - start == 1 and text[start] in renamed:
            take(Candidate(start, end, *renamed[text[start]], "name+context"))
            continue
        # Part of a bigger hyphenated name ("Fine-tune-CoT"): leave it to the name rules.
        c0 = compound_start(tk, start, sa)
        # (a media word's compound in a title's capitals too: "Vision-Language Modeling")
        if c0 < start and low_[start - 2] in _NEGATING_PREFIXES and (
                lx.title_case(text[start]) or low_[start - 2] == "non"):
            continue  # "Self-Speculative Decoding", "Semi-Nonnegative Matrix Factorization",
            # "non-RAG settings": another thing than the known one (as in small letters below)
        if c0 < start and (text[start].islower() or low_[start] == "language") and (
                low_[start - 2] in _NEGATING_PREFIXES or low_[start - 2] == "of" or
                low_[start - 2:start + 1] == ["real", "-", "world"] or
                low_[start - 2] in _MEDIA_WORDS and low_[start] == "language" or
                entry.type == "Metric" and low_[start - 2] in _PREFIXES):
            # "non-linear regression", "self-supervised fine-tuning": another thing, as are
            # "real-world models" (no world models) and "video-language modeling", and the
            # end of an "X-of-Y" compound ("part-of-speech recognition", "out-of-domain
            # generalization": 40 corpus abstracts, none the known term);
            # "high-precision maps", "mixed-precision training": no score
            continue
        if c0 < start and entry.type == "Metric" and (
                low_[start - 2] in _METRIC_MODIFIERS or
                end < sb and low_[end] in _TRADE_OFF_WORDS):
            # "High-Accuracy Clinical Trial", "low-SNR conditions", "finite-precision
            # transformers", "the speed-accuracy trade-off": how something is, or two
            # qualities weighed, no score
            continue
        if entry.type == "Task" and start - 4 >= sa and low_[start - 2] == "to" and \
                text[start - 1] == text[start - 3] == "-" and \
                not any(tk.ws[k] for k in range(start - 4, start)) and \
                text[start - 4].isalpha() and not any(taken[k] for k in range(start - 4, end2)):
            # "text-to-code retrieval", "image-to-video generation": a task of its own, not
            # the "code retrieval" or "video generation" its end names
            take(Candidate(start - 4, end2, "Task", 0.7, "gazetteer+compound"))
            continue
        if entry.type == "Task" and c0 < start and all(
                len(text[k]) > 1 and text[k].isalpha() and not is_stop(low_[k]) and (
                    text[k].islower() or text[k][1:].islower() and
                    text[start][1:].islower()) for k in range(c0, start, 2)) and \
                not any(taken[k] for k in range(c0, end2)):
            # "cross-domain generalization", "spatio-temporal reasoning", "short-form QA",
            # "Hand-Object Pose Estimation": a task of its own, named whole (not the "domain
            # generalization" its end names); not a name made of a task's acronym
            # ("Afri-MCQA", "Master-ASR", "MAGIC-VQA")
            take(Candidate(c0, end2, "Task", 0.7, "gazetteer+compound"))
            continue
        if end - start == 1 and entry.type in ("Metric", "Task") and start > sa and \
                text[start][:1].isupper() and end < sb and low_[end] in ("'s", "’s"):
            continue  # "Perplexity's Sonar Reasoning Pro": a company's, not the metric
        if end - start == 1 and low_[start] == "precision" and (
                start > sa and (low_[start - 1] in _NUMBER_PRECISIONS or
                                low_[start - 1].endswith("-bit") or
                                _NUMBER_FORMAT.fullmatch(low_[start - 1]) is not None or
                                low_[start - 1] in ("low", "lower") and end < sb and
                                low_[end] in _STORED_NUMBERS) or
                end < sb and (low_[end] in _PRECISION_FIELDS or
                              low_[end] in _PRECISION_SETTINGS)):
            # "full precision Llama-2-13b", "half precision", "limited numerical precision",
            # "3-bit precision", "FP16 precision", "low precision weights", "precision
            # settings / formats": how numbers are stored; "precision medicine", "precision
            # agriculture": a field (together ~300 corpus abstracts)
            continue
        if end - start == 1 and low_[start] in _VERB_METRICS and (
                text[start].islower() or low_[end:end + 1] in (["your"], ["our"])) and (
                start > sa and (low_[start - 1] in _VERB_METRIC_BEFORE or
                                low_[start].startswith("bootstrap") and
                                low_[start - 1].endswith("ly") and len(low_[start - 1]) > 4) or
                end < sb and low_[end] in _VERB_METRIC_AFTER):
            continue  # "prompts LLMs to recall and ...", "we recall the ...": a verb (also
            # after an adverb, "can effectively bootstrap high-quality models"; and "Bootstrap
            # Your Own Representations")
        if end - start == 1 and low_[start] == "recall" and start > sa and \
                low_[start - 1] in _RECALLED_THINGS:
            continue  # "factual recall", "knowledge recall", "associative recall": the
            # recalling of something, not the metric (~190 corpus abstracts)
        if c0 < start and _strong_part(tk, c0, start, capital_words=entry.type != "Model"):
            continue  # (but "ET-SAM" is a new model named after SAM, below)
        if entry.type == "Model" and start > sa and \
                0 < start - (a := _title_case_run_left(tk, start, sa - 1)) <= 4 and \
                _title_compound(tk, a, end2, in_title, context) and \
                not any(taken[k] for k in range(a, start)) and \
                not text[a].endswith("ing") and not any(
                    is_stop(low_[k]) or low_[k] in _TITLE_VERBS or
                    (e := lookup(text[k])) is not None and e.type == "Model"
                    for k in range(a, start)):
            # "Vuyko Mistral:", "Durghotona GPT:", "Gather-Scatter Mamba:": capitalised words
            # before a known model's name open the title with the paper's own model, also
            # where the abstract names it ("a framework named 'Durghotona GPT'"); not a
            # verb's -ing form ("Debiasing CLIP:"), a preposition ("Beyond GPT-5:") or a
            # verb ("NeuroSeg Meets DINOv3:")
            take(Candidate(a, end2, "Model", 0.7, "gazetteer+compound"))
            continue
        if c0 + 2 == start and text[c0].islower() and (
                low_[c0] in lx.HEAD_TYPES or low_[c0][:-1] in lx.HEAD_TYPES):
            c0 = start  # "open-source architectures-GPT-2, Pythia": a lost space, no new name
        if c0 < start and entry.type == "Task" and \
                not any(taken[k] for k in range(c0, start)) and \
                _short_form_here(tk.span_text(c0, end2), defined, context):
            continue  # "Medical Visual Question Answering (Med-VQA)": the short form the
            # text defines is what its definition says, in the title too ("... Med-VQA
            # Dataset"), not a new system named after the task VQA (read by the rules below)
        if c0 < start and not any(taken[k] for k in range(c0, start)):
            if entry.type not in ("Task", "Metric") and \
                    _title_compound(tk, c0, end2, in_title, context):
                # "Semi-KAN: KAN Provides ...": the paper's own name, built on a known one
                # (not "Vision-to-Music Generation: A Survey", about a task)
                take(Candidate(c0, end2, entry.type, 0.7, "gazetteer+compound"))
                continue
            if entry.type == "Model":
                # "deita-Mistral-7B": a new model named after the one it starts from.
                take(Candidate(c0, end2, "Model", 0.8, "gazetteer+compound"))
                continue
            if c0 + 2 == start and len(text[c0]) == 1 and text[c0].isalpha() and \
                    entry.type != "Task":
                # "S-MedQA", "T-GRPO", "N-MNIST", "m-GenEval", "e-SNLI": one letter before a
                # known name makes a variant of its kind (known ones, "U-Net", match whole),
                # or of the kind an apposition states ("S-MedQA, an English medical ...
                # dataset"). (Not for tasks, "C-STS": the held-out part lost a task this way.)
                described = _apposition_type(tk, c0, end2, sa, sb)
                # (or in a list of data: "benchmarks to multilingual equivalents: m-GenEval
                # and m-DPG", not the DPG policy gradient)
                listed = None if described else \
                    _listed_under(low_, _list_start(tk, c0, end2, sa), sa)
                if listed is not None and listed[0] not in ("Dataset", "Benchmark"):
                    listed = None
                # (a stated kind, surer than the known name's, types its other mentions)
                take(Candidate(c0, end2, (described or listed or (entry.type,))[0],
                               0.75 if described or listed else 0.7, "gazetteer+compound"))
                continue
            if end - start == 1 and text[start][:1].isupper() and \
                    (lx.title_case(text[c0]) or _DIMENSION.fullmatch(text[c0]) and
                     entry.type in ("Benchmark", "Dataset")) and \
                    low_[start - 2] not in _PREFIXES and low_[c0] not in _PREFIXES:
                # "Vision-Flan", "Logic-RAG", "Master-ASR", "Profile-to-PEFT": a new thing
                # named after a known one, of its kind (a system for a task is a method).
                # (unless a kind noun follows: "the Hi-ToM benchmark")
                typ = _DATA_HEADS_TYPE.get(low_[end2]) if end2 < sb else None
                # (or an apposition, surer than the name's shape: "Afri-MCQA, the first
                # ... question-answering benchmark")
                # ("a ... model named "Aurora-MoE"": the kind the naming word gives)
                described = None if typ else _apposition_type(tk, c0, end2, sa, sb) or \
                    _named_kind(low_, c0, sa)
                # (or the data kind of a list it is in: "two instruction tuning datasets:
                # History-LIMA and History-SelfInstruct")
                listed = None if typ or described else \
                    _listed_under(low_, _list_start(tk, c0, end2, sa), sa)
                if listed is not None and listed[0] in ("Dataset", "Benchmark"):
                    typ = listed[0]
                take(Candidate(c0, end2, described[0] if described else typ or (
                    "Method" if entry.type == "Task" else entry.type),
                    max(0.7, described[1]) if described else 0.7, "gazetteer+compound"))
                continue
        kind = _kind_named_after(tk, end2, sb, taken) if entry.type == "Model" else None
        if kind is not None:
            # "the Aya Dataset", "OPT-IML Bench": a new artifact named after the model.
            take(Candidate(start, kind[0], kind[1], 0.8, "name+context"))
            continue
        if entry.type == "Task" and \
                (named := _task_data_named(tk, start, end, sa, sb, taken)) is not None:
            take(Candidate(*named, 0.8, "name+context"))
            continue
        lower_entry = text[start].islower()
        if entry.type in ("Task", "Metric") or entry.type == "Method" and lower_entry:
            if end2 > end and text[end] == "-" and (
                    lookup(text[end2 - 1]) is None or end2 == end + 2 and
                    entry.type == "Task" and lx.strong_shape(text[start]) and
                    lookup(text[end2 - 1]).type in ("Model", "Method")) and (
                    lx.strong_shape(text[end2 - 1]) or end2 == end + 2 and
                    entry.type == "Task" and lx.strong_shape(text[start]) and
                    text[end2 - 1][:1].isupper() and
                    text[end2 - 1][1:].islower()):
                # "TSP-OCS", "VQA-CPv2": a name built on it, for the name rules (not a pair
                # of known ones: "the AIC-BIC dilemma", but a task's acronym and a known
                # system, "MRC-DETR", is one); also one capitalised word after
                # a task's acronym ("VQA-Causal and VCR-Causal, two new benchmarks"; not a
                # metric's: "F1-Macro")
                continue
            end2 = end  # "question answering 2" is not a variant
        if entry.type == "Task" and end < sb and low_[end] in _PART_NOUNS:
            continue  # "an image synthesis loss", "a segmentation head": a part, not the task
        if entry.type == "Task" and end - start == 1 and start > sa and text[start - 1] == "%" and \
                not (end < sb and (low_[end] in _RATE_HEADS or
                                   lx.HEAD_TYPES.get(low_[end]) == "Metric")):
            # "77.39% ASR on instruction-tuned defenses": a rate after a percentage (the
            # attack success rate), not automatic speech recognition
            take(Candidate(start, end, "Metric", 0.75, "name+context"))
            continue
        if entry.type == "Task" and start > sa and not taken[start - 1] and (
                low_[start - 1] in lx.TASK_MODIFIERS or
                low_[start - 1] in lx.TASK_COMPOUND_ENDS and text[start + 1:start + 2] != ["-"]):
            # "medical image classification", "open-ended question answering", "cross-modal
            # image registration" (not "Multi-Modal Zero-Shot Learning": a modifier compound
            # opens the known task already)
            m0 = compound_start(tk, start - 1, sa)
            if low_[start - 1] in lx.TASK_COMPOUND_ENDS and m0 == start - 1:
                m0 = start
            if m0 < start and not any(taken[k] for k in range(m0, start)):
                take(Candidate(m0, end, "Task", 0.8, "gazetteer+modifier"))
                continue
        # "Contrastive Instruction Tuning": capitalised words before a written-in-capitals
        # generic technique make a new name.
        if not in_title and entry.type in ("Method", "Task") and text[start][0].isupper() and \
                not lx.strong_shape(text[start]) and start > sa and not (
                    entry.type == "Task" and end < sb and
                    lx.HEAD_TYPES.get(low_[end]) in ("Benchmark", "Dataset")):
            # (not "the first Multilingual Cultural Question-Answering benchmark": a
            # description of the data)
            left = _title_case_run_left(tk, start, sa)
            if left < start and low_[left] in _LEAD_VERBS and text[left + 1] != "-" and \
                    (left == sa or low_[left - 1] == ":"):
                left += 1  # ("TEP: Advancing Complex Video Object Segmentation via ...": a verb)
            if left < start and not any(taken[k] for k in range(left, start)):
                # ("Egocentric Action Recognition" before a known task of two words or more
                # is a kind of it; "Adaptive Expert Clustering" a method)
                take(Candidate(left, end, "Task" if entry.type == "Task" and end - start > 1
                               else "Method", 0.6, "capitalised+gazetteer"))
                continue
        if not in_title and entry.type in ("Dataset", "Benchmark", "Model") and end2 == end and \
                start > sa and text[start - 1][:1].isupper() and end + 1 < sb and \
                low_[end] == "," and low_[end + 1] in ("a", "an", "the"):
            # "we introduce Video SimpleQA, the first comprehensive benchmark ...": capitalised
            # words before a known name, introduced and described, are a new name of the
            # paper's (not the known one)
            left = _title_case_run_left(tk, start, sa)
            if sa < left < start and low_[left - 1] in _INTRODUCING and \
                    not any(taken[k] for k in range(left, start)):
                described = _apposition_type(tk, left, end, sa, sb)
                take(Candidate(left, end, described[0] if described else entry.type,
                               described[1] if described else 0.6, "name+context"))
                continue
        if entry.type == "Task" and end2 == end == start + 1 and text[start].isupper() and \
                (listed := _listed_under(low_, _list_start(tk, start, end, sa), sa)) and \
                listed[0] in ("Dataset", "Benchmark") and not _lower_item_after(tk, end, sb):
            # "benchmarks including VSR and CLEVR": the benchmark of an acronym the
            # gazetteer knows as a task (video super-resolution), not the task (but
            # "benchmarks, including VQA, detection, and ...": tasks after all)
            take(Candidate(start, end, listed[0], listed[1], "name+context"))
            continue
        data = _as_data(tk, start, end, sa, sb, lookup) \
            if entry.type == "Model" and end2 == end else None
        if data is not None:
            take(Candidate(start, end, data.type, 0.9, "gazetteer", data.canonical,
                           known_as=data.canonical))
            continue
        if entry.type == "Model" and end2 < sb and low_[end2] in ("dataset", "corpus"):
            # "using the large-scale Tulu 3 dataset": the data released with a model's name
            # (also a release of it: "on the Tulu V2 dataset")
            take(Candidate(start, end2, "Dataset", 0.8, "name+context"))
            continue
        canonical = entry.canonical
        if entry.type in ("Dataset", "Benchmark") and end2 == end and \
                _edition_year_at(tk, end, sb, taken):
            # "KITTI 2015", "ISIC 2020", "BraTS 2021": an edition of the data, its own thing
            take(Candidate(start, end + 1, entry.type, 0.8, "gazetteer"))
            continue
        if end2 > end:
            # "Llama3-ChatQA-1.5" is a new model built on Llama 3, not Llama 3 itself;
            # "Llama-2-7B" (size/release suffixes only) is still a variant of it.
            base = base_name(tk.span_text(start, end2))
            if base is None or fold(base) != fold(tk.span_text(start, end)):
                canonical = None
                kind = lx.HEAD_TYPES.get(_kind_after_list(tk, end2, sb))
                if kind in ("Dataset", "Benchmark"):
                    # "the OPT-RSVG and DIOR-RSVG datasets": data named after a model (or a
                    # technique: "the proposed CoT-Movie-Dubbing dataset")
                    take(Candidate(start, end2, kind, 0.8, "name+context"))
                    continue
                described = _apposition_type(tk, start, end2, sa, sb)
                if described is not None and described[0] != entry.type:
                    # "LTL-Sensing, the first dataset pairing ...": what it is said to be
                    take(Candidate(start, end2, described[0], described[1], "name+context"))
                    continue
                shape = morphology_type(tk.span_text(start, end2)) \
                    if text[end2 - 2] == "-" and low_[end2 - 1] in _LOWER_KIND_SUFFIXES else None
                if shape is not None and shape[0] in ("Benchmark", "Dataset") and \
                        entry.type not in ("Benchmark", "Dataset"):
                    # "DARE-bench": a benchmark named after a known method, of the kind its
                    # ending says
                    take(Candidate(start, end2, shape[0], shape[1], "name+morphology"))
                    continue
                if entry.type == "Model" and _COUNT_SUFFIX.search(tk.span_text(start, end2)):
                    # "datasets like Orca-Math-200k": a count of examples makes it data
                    take(Candidate(start, end2, "Dataset", 0.7, "name+morphology"))
                    continue
        if entry.type in ("Dataset", "Benchmark") and end2 > end and \
                lx.SIZE.match(text[end2 - 1]) and low_[end2 - 1].endswith("b") and \
                not (end2 < sb and (low_[end2] in _COUNTED_UNITS or
                                    lx.HEAD_TYPES.get(low_[end2]) in ("Dataset", "Benchmark"))):
            # "raises RedPajama 3B's best move accuracy": a model with a size in billions of
            # parameters, named after its training data (not "Pile 300B tokens", "the
            # FineWeb-Edu 100B dataset")
            take(Candidate(start, end2, "Model", 0.75, "name+morphology"))
            continue
        # (a new name built on a known one is of its kind less surely: "Swin-VIB, a novel
        # framework ... the efficacy of Swin-VIB" is a method, not a model as Swin is)
        take(Candidate(start, end2, entry.type, 0.9 if canonical is not None else 0.7,
                       "gazetteer", canonical))

    # 2b. A head shared by a coordination: "mathematical and commonsense reasoning",
    # "instance and semantic segmentation", "focal and contrastive loss".
    for c in [c for c in cands if c.rule == "gazetteer" and c.end - c.start >= 2 and
              c.type in ("Task", "Method", "Metric")]:
        for shared in (_shared_head(tk, c, taken, lookup), _shared_modifier(tk, c, taken, lookup)):
            while shared is not None:
                a, entry = shared
                take(Candidate(a, a + 1, entry.type, 0.8, SHARED_HEAD, entry.canonical,
                               known_as=entry.canonical))
                # (and each earlier item of the list: "mathematical, symbolic, and
                # commonsense reasoning")
                shared = _shared_head(tk, c, taken, lookup, a) if \
                    tk.lower[a - 1:a] == [","] else None

    # 3. Title prefix "Name: subtitle".
    if in_title:
        colon = next((k for k in range(n) if text[k] == ":"), None)
        if colon is None:
            # "CM1 -- A Dataset for ...", "SinLlama - A Large Language Model ...": a spaced
            # dash after the first words separates the name as a colon does
            colon = next((k for k in range(1, min(n, 6)) if text[k] in _TITLE_DASHES and
                          tk.ws[k - 1] and tk.ws[k]), None)
        report = colon is None and 3 <= n <= 8 and low_[n - 2:] == ["technical", "report"]
        if colon is None and n and hyphen_compound(tk, 0, n) == n and \
                any(lx.strong_shape(text[k]) for k in range(n)):
            colon = n  # "MotionSwap", "Barnes-Hut-SNE": a title that is one name names the
            # paper's own
        elif report:
            colon = n  # "Logics-Parsing Technical Report": the report's own system (the
            # "technical report" is cut below, as before a colon), most often a model
        # "State Fourier Diffusion Language Model (SFDLM): A Scalable ...": a new name the
        # title defines before its colon is the paper's own.
        defined_here = next((c for c in cands if colon and c.end == colon - 1 and
                             text[colon - 1] == ")" and c.rule == "abbreviation" and
                             c.long_span and c.long_span[0] <= 1), None)
        if defined_here is not None:
            defined_here.title_prefix = True
        if colon is not None and 5 < colon <= 9 and all(
                _capitalised(text[k]) or text[k] == "-"
                for k in range(colon)):
            pass  # "Temporal Self-Rewarding Language Models:" is one name
        elif colon is not None and colon > 5:
            colon = None
        if colon is not None and colon > 1 and low_[colon - 1] == "report" and \
                low_[colon - 2] == "technical":
            colon -= 2  # "MonkeyOCR v1.5 Technical Report:"
        known = next((c for c in cands if c.start == 0 and c.end == colon), None) \
            if colon else None
        # (what the subtitle spells out, when a listed name stands before the colon)
        spelled = _subtitle_spelling(tk, colon) \
            if known is not None and known.canonical is not None else None
        if spelled and (known.canonical != tk.span_text(0, colon) and
                        gazetteer.defined(tk.span_text(0, colon), spelled) is None or
                        _spelled_as_other_kind(tk, known, colon, spelled, gazetteer)):
            # "CoMP: Continual Multimodal Pre-training ...": the subtitle defines the paper's
            # own CoMP, not the listed one (coordinated multipoint); so "RoCo: Role-Based
            # LLMs Collaboration ...", not the listed data ROCO written in other capitals
            sub = _subtitle_type(tk, colon)
            known.type, known.type_conf = sub or morphology_type(spelled) or ("Method", 0.5)
            known.canonical, known.title_prefix, known.rule = None, True, "title-name"
            known.long_form = spelled
        elif known is not None and known.type in ("Model", "Method", "Dataset", "Benchmark"):
            # "InstructBLIP: Towards ...": a known name before the colon is this paper's (the
            # gazetteer knows it because papers like this one made it known).
            known.title_prefix = True
            sub = _subtitle_type(tk, colon) if known.canonical is None else None
            if known.canonical is not None and known.type in ("Dataset", "Benchmark") and \
                    _subtitle_technique(tk, colon):
                # "DART: Diffusion-Inspired Speculative Decoding for ...": a technique named
                # like known data (the DART dataset) is the paper's own, not that data
                known.type, known.type_conf = "Method", 0.7
                known.canonical, known.rule = None, "title-name"
            elif sub is not None and sub[1] >= 0.8:
                # a new name built on a known one is what its subtitle says: "Video-CoT: A
                # Comprehensive Dataset for ..." (not CoT's kind)
                known.type, known.type_conf = sub
            elif known.canonical is None and known.type != "Model" and \
                    _SIZE_END.search(tk.span_text(0, colon)):
                # "ARC-Hunyuan-Video-7B: Structured Video Comprehension ...": a model's size
                # ends the new name, whatever the known name it opens with (the ARC benchmark)
                known.type, known.type_conf = "Model", 0.75
        elif known is not None and _own_title_prefix(tk, known, colon, spelled):
            # "LED: LLM Enhanced Open-Vocabulary Object Detection", "SDR: Set-Distance
            # Rewards for ...": the paper's own system, named by what it is for, not the
            # task (or the listed metric "SDR") itself.
            sub = _subtitle_type(tk, colon)
            morph = morphology_type(tk.span_text(0, colon))
            if known.canonical is not None or known.type == "Task":
                known.type, known.type_conf = sub or morph or ("Method", 0.5)
            if known.canonical is not None:
                # (the subtitle is its long form: not the listed one's, in the graph too)
                known.long_form = spelled
            known.canonical, known.title_prefix, known.rule = None, True, "title-name"
        elif colon is not None and 2 <= colon <= 4 and \
                (head := next((c for c in cands if c.start == 0 and c.end < colon), None)) \
                is not None and head.canonical is not None and \
                head.type in ("Method", "Model") and all(
                    text[k].isalpha() and lx.title_case(text[k]) and not taken[k] and
                    low_[k] not in lx.HEAD_TYPES and not _common_word(low_[k])
                    for k in range(head.end, colon)) and \
                context and tk.span_text(0, colon).lower() in context.lower():
            # "CoT Vectors: Transferring and Probing ...": a known name and capitalised
            # words before the colon, said again in the abstract, name the paper's own thing
            # built on the known one (not "RANSAC Revisited:", "Qwen Goes Brrr:")
            for k in range(head.end, colon):
                taken[k] = True
            head.end, head.canonical, head.title_prefix, head.rule = colon, None, True, \
                "title-name"
            head.type, head.type_conf = _subtitle_type(tk, colon) or \
                morphology_type(tk.span_text(0, colon)) or (head.type, 0.6)
        elif colon is not None and 1 <= colon <= 9 and \
                not any(taken[k] for k in range(colon)) and not _claim_or_lead(tk, colon):
            start, end, head = 0, colon, None
            at = next((k for k in range(1, colon - 1) if low_[k] in ("at", "@")), None)
            if at is not None and (_SHARED_TASK.match(fold(tk.span_text(at + 1, colon))) or
                                   YEAR.fullmatch(text[colon - 1])):
                # "ZJUKLAB at SemEval-2025 Task 4:": a team's system, run on a shared task
                # (also "YaleNLP @ PerAnsSumm 2025:", an edition of a named shared task).
                take(Candidate(at + 1, colon, "Benchmark", 0.8, "name+morphology"))
                end = at
            if colon > 2 and low_[0] == "the" and low_[colon - 1] in lx.HEAD_TYPES:
                # "The Coralscapes Dataset:" names Coralscapes, a dataset.
                start, end, head = 1, colon - 1, lx.HEAD_TYPES[low_[colon - 1]]
            elif end > 1 and low_[0] in ("the", "a", "an") and tk.ws[0]:
                start = 1  # "The Margitron:" names Margitron
            name = tk.span_text(start, end)
            # (a generic acronym does not make a phrase a name: "AI for Climate Finance:",
            # "LLMs Working in Harmony:")
            strong = [k for k in range(start, end) if lx.strong_shape(text[k]) and not (
                is_generic(text[k]) and text[k - 1:k] != ["-"] and text[k + 1:k + 2] != ["-"])]
            # (nor a venue: "SIGIR 2025 -- LiveRAG Challenge Report")
            ok = any(ch.isupper() for ch in name) and not is_generic(name) and not _venue(name) \
                and not (end - start > 1 and low_[end - 1] in _PHENOMENON_WORDS and
                         text[end - 2] != "-") \
                and not (end - start > 2 and low_[start] in _PHENOMENON_WORDS and
                         low_[start + 1] == "of") \
                and not (end - start > 1 and tk.ws[end - 2] and lx.title_case(text[end - 1]) and
                         lx.LONG_FORM_HEADS.get(low_[end - 1]) == "Task" and
                         "of" not in low_[start:end])
            # (but "Cancer-Myth:", a name; nor "The Paradox of Robustness:", "Curse of
            # Depth:"; nor a task: "AI-generated Text Detection: A Multifaceted Approach"; but
            # "Logics-Parsing Technical Report", a hyphened name)
            if not ok and LOWER_DIGIT_NAME.fullmatch(name) and context is not None and \
                    re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", context):
                # "good4cir: ...", "m1: ...", "seg2med: ...": a small-letter name with a digit,
                # said again in the abstract
                ok = True
            if ok and end - start > 1 and (not strong or _gerund_lead(tk, start, strong)):
                # "Lucky 52:", "Amuro & Char:": a phrase, not a name, unless the abstract
                # uses it again as written (not "... the impact of scaling semantic
                # categories") or proposes a technique it does not name ("Masked Thought:
                # ..." with "we develop a method that ..."). So also a phrase led by a verb
                # ("Understanding R1-Zero-Like Training:", "Extending CREAMT:").
                ok = context is not None and (_said_again(name, context) or (
                    _name_like_phrase(tk, start, end) and unnamed_proposal(context))) or \
                    start == 0 and end == colon and _one_compound(tk, start, end) and \
                    (_subtitle_type(tk, colon) or ("",))[0] in _NAMED_KINDS
                # (or one hyphen compound the subtitle says is a system or data: "Mask-to-Height:
                # A YOLOv11-Based Architecture ...", "Inter-Stance: A Dyadic Multimodal Corpus")
            if ok and colon > 1 and len(strong) == 1 and colon > 2 and (
                    all(lx.title_case(text[k]) or is_stop(low_[k]) or k == strong[0]
                        for k in range(colon)) or
                    strong[0] == end - 1 and low_[end - 2] in ("with", "via", "using", "by") and
                    _subtitle_spelling(tk, colon, end - 1)):
                # "Use Your INSTINCT:" -> INSTINCT; "Hallucination reduction with CASAL:
                # Contrastive Activation Steering For Amortized Learning" -> CASAL, which the
                # subtitle spells (not "Text to model via SysML: Automated generation ...")
                start = strong[0]
            if ok and end - start == 1 and lx.is_version(text[start]):
                ok = False  # "Unsupervised Supervised Learning II:": a part number
            parts = _two_names(tk, start, end, strong) if ok else None
            if parts:
                # "FortisAVQA and MAVEN: a Benchmark Dataset and Debiasing Framework": two
                # names, each the paper's own
                for a, b in parts:
                    typ, conf = morphology_type(tk.span_text(a, b)) or ("Method", 0.45)
                    take(Candidate(a, b, typ, conf, "title-name", None, None, True))
            elif ok:
                # The subtitle's own head ("X: An ... Framework") outweighs a weak name
                # ending ("-Instruct" is more often data).
                morph, sub = morphology_type(name), _subtitle_type(tk, colon)
                if morph and sub and sub[1] > morph[1]:
                    morph = None
                typ, conf = (head, 0.8) if head else morph or sub or (
                    ("Model", 0.6) if report else ("Method", 0.45))
                # "GIViC: Generative Implicit Video Compression": the subtitle spells the
                # name out, so the abstract's "Generative Implicit Video Compression" is it
                # (not "SurfR: Surface Reconstruction ...": the task it is for)
                spelled = _subtitle_spelling(tk, colon) if (start, end) == (0, colon) else None
                if spelled and (e := lookup(spelled)) is not None and e.type in ("Task", "Metric"):
                    spelled = None
                take(Candidate(start, end, typ, conf, "title-name", None, spelled, True))

    # 3b. "we propose a Dual-Density Memory Encoding Module that ...": capitalised words
    # right after a proposing (or naming: "named X Y") verb are one name (the name-shaped
    # rule below would keep only pieces of it: "Dual-Density", "Memory"). With "(ABBR)"
    # after it, the abbreviation rule reads it.
    if not in_title:
        for v in tk.find(_PROPOSING_NAMING_OR_PAST):
            if low_[v] not in _PROPOSING_OR_NAMING and \
                    not subject_before(tk, v, sents[sent_of[v]][0], past=True):
                continue  # "this study developed a ... model, AI Taiyan," (not "the
                # recently developed X": another's)
            k = v + 1
            if k < n and low_[k] in ("a", "an", "the", "our"):
                k += 1
            while k < n and low_[k] in _INTRO_ADJECTIVES:
                k += 1
            sb = sents[sent_of[v]][1]
            k0, k = k, _after_kind_apposition(tk, k, sb)
            end, words = _capitalised_run(tk, k, sb)
            if not words and k + 1 < sb and lx.title_case(text[k]) and not is_stop(low_[k]) \
                    and text[k].isalpha() and lx.title_case(text[k + 1]) and \
                    not lx.strong_shape(text[k + 1]) and not _common_word(low_[k + 1]):
                # "We introduce Instruction Boosting as a post-generation method": an ordinary
                # word capitalised mid-sentence opens the name it starts
                end, words = _capitalised_run(tk, k + 1, sb)
                words += 1
            if words and end + 1 < sb and low_[end] == "and" and \
                    low_[end - 1] not in lx.HEAD_TYPES:
                # "a Multi-Modal Decouple and Recouple Network": one name whose kind noun
                # ends the coordination (not "Self-Rubrics and Contrastive Filtering").
                end2, words2 = _capitalised_run(tk, end + 1, sb)
                if words2 and low_[end2 - 1] in lx.HEAD_TYPES:
                    end, words = end2, words + words2
            if words == 1 and all(_capitalised(text[x]) for x in range(k, end)
                                  if text[x] != "-"):
                pass  # a one-word name first: "Self-Rubrics and Contrastive Filtering"
            elif words < 2 or lx.strong_shape(text[k]) and hyphen_compound(tk, k, sb) == k + 1 \
                    and (k == k0 or low_[end - 1] in lx.HEAD_TYPES):
                continue  # ("QualiSpeech Benchmark" is QualiSpeech: the rules below)
            else:
                if low_[v] in _NAMING_VERBS or k != k0:
                    # "this approach, named English-Pivoted CoT Training,", "a new model, R1
                    # Translator,": the whole run is the name, a known word in it and all
                    if lookup(tk.span_text(k, end)) is None:
                        _free_inside(cands, taken, k, end,
                                     lambda c: c.rule.startswith("gazetteer"))
                c = _introduced_run(tk, k, end, sb, taken, is_generic, lookup)
                if c is None:
                    continue
                if k != k0 and lx.HEAD_TYPES.get(low_[end - 1]) is None and \
                        lx.HEAD_TYPES.get(low_[k - 2 - (low_[k - 1] == "the")]) == "Model":
                    c.type = "Model"  # typed by the kind it is said to be
                take(c)
            # "... and Type-Guided Table Merging": the names it is listed with (not the
            # spelled-out "SPRINT, Script-agnostic Structure Recognition in Tables", nor
            # "Joint Denoising" of "Joint Denoising and Correcting Flow modules").
            while end + 1 < sb and low_[end] in (",", "and", "or"):
                comma = low_[end] == ","
                j = end + 1 + (comma and low_[end + 1] in ("and", "or"))
                end, words = _capitalised_run(tk, j, sb)
                listed = end < sb and (low_[end] in (",", "and", "or") or
                                       not comma or low_[j - 1] != ",")
                c = _introduced_run(tk, j, end, sb, taken, is_generic, lookup) \
                    if words >= 2 and listed and not (
                        end + 1 < sb and low_[end] == "and" and
                        _capitalised(text[end + 1])) else None
                if c is None:
                    known = next((x for x in cands if x.start == j), None)
                    if known is None:
                        break
                    end = known.end  # a name found before: the list goes on after it
                    continue
                take(c)

    # 3b''. "a Dual-Constrained Causal Mask is introduced", "an Adaptive Weighted Channel
    # Compensation module is designed", "Image-Decoupled Table Parsing and Type-Guided
    # Table Merging are introduced": capitalised words that are the subject of a passive
    # proposal (its kind noun between at most) are one name, as after a proposing verb.
    if not in_title:
        for v in tk.find(("is", "are")):
            if not lx.passive_verb_at(low_, v + 1, n):
                continue
            sa, sb = sents[sent_of[v]]
            end = v - (low_[v - 1] in lx.HEAD_TYPES and text[v - 1].islower() and
                       low_[v] == "is" or low_[v - 1] == "," and low_[v] == "are")
            while True:
                k = end
                while k - 1 >= sa and (_capitalised(text[k - 1]) or text[k - 1] == "-" and
                                       not tk.ws[k - 1] and k - 2 >= sa and not tk.ws[k - 2]):
                    k -= 1
                while k < end and is_stop(low_[k]):
                    k += 1  # ("The", "An" opening the sentence)
                # (its words all capitalised, ordinary ones too: "Type-Guided Table Merging")
                words = sum(1 for x in range(k, end) if text[x] != "-" and
                            not (x > k and text[x - 1] == "-" and not tk.ws[x - 1]))
                if words < 2 or not (k == sa or low_[k - 1] in _PASSIVE_NAME_BEFORE) or \
                        all(_common_word(low_[x]) for x in range(k, end) if text[x] != "-"):
                    break
                c = _introduced_run(tk, k, end, sb, taken, is_generic, lookup)
                if c is None:
                    break
                take(c)
                if low_[k - 1] != "and" or v - end > 1:
                    break
                end = k - 1 - (k - 2 >= sa and low_[k - 2] == ",")  # the name listed before

    # 3d. "trained with a novel Cross-Feature Loss", "through a novel Directional
    # Consistency Loss": capitalised words after "a novel / new", ending in a method's kind
    # noun, are one name (the paper's own component), whatever verb uses it.
    if not in_title:
        for v in tk.find(("novel", "new")):
            if v == 0 or low_[v - 1] not in ("a", "an") or v + 2 >= n:
                continue
            sa, sb = sents[sent_of[v]]
            end, words = _capitalised_run(tk, v + 1, sb)
            # (or before its kind in small letters, not a definition's: "a novel Knowledge
            # Plausibility metric", "a new Skeleton Tree Tokenization method", "a novel
            # Event Progression Extractor module"; not "... model (KG-GMM)")
            # (nor in apposition to a name, which it describes or spells out: "HiEAG, a
            # novel Hierarchical Evidence-Augmented Generation framework")
            if words >= 2 and (low_[end - 1] in _NOVEL_PART_HEADS or end + 1 < sb and
                               text[end].islower() and (low_[end] in _NOVEL_PART_HEADS or
                                                        low_[end] in lx.HEAD_TYPES) and
                               low_[end + 1] != "(" and low_[v - 2] != ",") and \
                    (c := _introduced_run(tk, v + 1, end, sb, taken, is_generic, lookup)):
                take(c)

    # 3b'. "Our PRO consists of two key components: (i) Grouped Patch Consistency Training
    # that ..., and (ii) Bias Free Masking that ...": capitalised words that open a numbered
    # item of a list after a colon are one name, as after a proposing verb.
    if not in_title and ":" in low_:
        # (only the words right after a ")" can open an item)
        for k in (j + 1 for j in indices(low_, ")", 1, n - 1)):
            sa, sb = sents[sent_of[k]]
            if not lx.opens_numbered_item(low_, k, sa) or ":" not in low_[sa:k]:
                continue
            colon = max(j for j in range(sa, k) if low_[j] == ":")
            if not any(w in lx.PROPOSE_VERBS or w in lx.CONSISTS for w in low_[sa:colon]) or \
                    not lx.NOT_PROPOSED_ITEMS.isdisjoint(low_[max(sa, colon - 3):colon]):
                continue  # (not "four phases: (1) Needle Handling, ...", "three core
                # challenges: (1) Narrative Fragmentation: ...")
            k += low_[k] in ("a", "an") and text[k][:1].isupper()
            end, words = _capitalised_run(tk, k, sb)
            if words >= 2 and not low_[k].endswith("ing") and (c := _introduced_run(
                    tk, k, end, sb, taken, is_generic, lookup)) is not None:
                # ("(ii) IPA CHILDES, a phonemic dataset ...": typed by its description)
                c.type, c.type_conf = _apposition_type(tk, k, end, sa, sb) or (
                    c.type, c.type_conf)
                take(c)

    # 3c. "the Emory Breast Imaging Dataset", "the Food Hazard Detection Challenge": ordinary
    # capitalised words that end in a data or evaluation kind, after "the", name that
    # resource (the kind word is part of the name). Runs with a name-shaped word ("the PUMA
    # Challenge") are left to the rules below.
    if not in_title:
        for t in indices(low_, "the", 0, n - 3):
            k = t + 1 + (low_[t + 1] in _RESOURCE_ADJECTIVES)  # ("the standard Berkeley ...")
            end, words = _capitalised_run(tk, k, n)
            if words and end + 1 < n and text[end][:1].isdigit() and \
                    low_[end + 1] in LOWER_DATA_HEADS:
                end, words = end + 1, words + 1  # ("the MSR Daily Activity 3D dataset")
            if words and end + 2 < n and YEAR.fullmatch(text[end]) and \
                    low_[end + 1:end + 3] == ["shared", "task"] and \
                    _named_data_run(tk, k, end, taken):
                # "on the Quran QA 2023 Shared Task": the edition of a shared task
                take_new(k, end + 1, "Benchmark", 0.7)
                continue
            if words and end + 2 < n and low_[end] == "and":
                # "on the News Headlines and Twitter Sarcasm datasets": two data names
                end2 = end + 1  # (any capitalised words: "Twitter Sarcasm")
                while end2 < n and (_capitalised(text[end2]) or text[end2][:1].isdigit()):
                    end2 += 1
                words2 = end2 - end - 1
                if words2 and end2 < n and low_[end2] in _LOWER_DATA_PLURALS and \
                        text[end2].islower():
                    for a, b, w in ((k, end, words), (end + 1, end2, words2)):
                        if w >= 2 and _named_data_run(tk, a, b, taken):
                            take_new(a, b, "Dataset", 0.7)
                    continue
            if words >= 2 and end < n and low_[end] in LOWER_DATA_HEADS and \
                    text[end].islower() and _named_data_run(tk, k, end, taken):
                # "the Animal Kingdom dataset", "the MSR Daily Activity 3D dataset": a
                # capitalised run before a lower-case data kind names the data (not the
                # pieces "MSR", "Activity 3D" the name-shaped rule below would find)
                take_new(k, end, "Dataset", 0.7)
                continue
            if words >= 2 and end < n and low_[end] in _LOWER_SYSTEM_HEADS and \
                    text[end].islower() and _named_data_run(tk, k, end, taken) and \
                    all(lx.title_case(text[x]) for x in range(k, end)) and \
                    not any(low_[x] in lx.HEAD_TYPES for x in range(k, end)):
                # "in the Grounded Observer framework": ordinary words in capitals before a
                # lower-case system kind name the system
                take_new(k, end, "Method", 0.6)
                continue
            if words < 2 or end >= n or low_[end - 1] not in _RESOURCE_HEADS or \
                    not text[end - 1][0].isupper() or low_[k] in _NOT_NAME_STARTS or \
                    _capitalised(text[end]) or any(taken[x] for x in range(k, end)) or \
                    any(lx.strong_shape(text[x]) or text[x][0].isdigit()
                        for x in range(k, end)):
                continue
            take_new(k, end, _RESOURCE_HEADS[low_[end - 1]], 0.7)
        # "the Caltech 101 dataset", "the Hopkins 155 database": one capitalised word and a
        # number, then a lower-case data or evaluation kind, name the resource; a known one
        # written with a space is it anywhere ("Places 365" is Places365).
        # (only the words before a number are read: this runs on every abstract)
        for k in compress(range(n - 1), map(str.isdigit, islice(text, 1, None))):
            if not (lx.title_case(text[k]) and tk.ws[k]) or \
                    taken[k] or taken[k + 1] or _common_word(low_[k]) or \
                    low_[k] in _NOT_NAME_STARTS or k + 2 < n and text[k + 2][:1].isalnum() and \
                    low_[k + 2] not in _DATA_HEADS_TYPE and low_[k + 2] not in _RESOURCE_HEADS:
                continue
            if (entry := lookup(tk.span_text(k, k + 2))) is not None:
                if entry.type in ("Dataset", "Benchmark"):
                    take(Candidate(k, k + 2, entry.type, 0.9, "gazetteer", entry.canonical))
            elif k > 0 and low_[k - 1] == "the" and k + 2 < n and \
                    low_[k + 2] in _DATA_HEADS_TYPE and text[k + 2].islower():
                take(Candidate(k, k + 2, _DATA_HEADS_TYPE[low_[k + 2]], 0.7, "capitalised"))
            elif k > 0 and low_[k - 1] == "the" and k + 2 < n and YEAR.fullmatch(text[k + 1]) \
                    and lx.title_case(text[k + 2]) and low_[k + 2] in _RESOURCE_HEADS:
                # "the Gleason 2019 Challenge": a capitalised kind after the edition
                take(Candidate(k, k + 3, _RESOURCE_HEADS[low_[k + 2]], 0.7, "capitalised"))

    # 4. Name-shaped tokens. Only a token that is name-shaped or capitalised or followed by
    # a hyphen can start one (for any other the tests below all fail): those are listed
    # first, then visited in order; `i` is where the scan resumes (after a name found).
    classes = _TOKEN_CLASS
    if tk.ascii:
        # Name-shaped and capitalised tokens have a capital letter: in ASCII, they are the
        # tokens that differ from their lower case.
        starts = list(compress(range(n), map(ne, text, low_)))
    else:
        starts = list(compress(range(n), map(_MAYBE_START.__getitem__,
                                             map(classes.get, text))))
    if "-" in text:
        before_hyphen = [k - 1 for k in indices(text, "-", 1, n)]
        starts = sorted({*starts, *before_hyphen})
    i = 0
    lower_words: set[str] | None = None  # words the text writes in lower case, when needed

    def written_lower(low: str) -> bool:
        """Does the text also write this word in lower case (an ordinary word: "Platform")?"""
        nonlocal lower_words
        if lower_words is None:
            lower_words = set(filter(str.islower, text))
        return low in lower_words

    for p in starts:
        if p < i or taken[p]:
            continue
        i = p
        t = text[i]
        f = classes.get(t)
        if f is None:
            f = _token_class(t, low_[i])
        if not f & _MAYBE_NAME and not (f & _ALNUM0 and i + 1 < n and text[i + 1] == "-"):
            continue
        sa, sb = sents[sent_of[i]]
        start = i
        named_end = 0  # end of a name the text introduces ("we propose Bonsai to ...")
        strong = bool(f & _STRONG)
        weak = not strong and not in_title and i != sa and bool(f & _WEAK) and \
            _weak_context(text, i, sa)
        # (only a hyphen right after the token makes a compound: most capitalised words,
        # "The", "We", have none, and skip the call)
        if not strong and not weak and f & _ALNUM0 and i + 1 < n and text[i + 1] == "-":
            if text[i].islower() and is_stop(low_[i]):
                # the rest of a compound from a lower-case common word ("then-RL" of
                # "SFT-then-RL", "to-CAD" of "Text-to-CAD") is no name
                i = hyphen_compound(tk, i, sb)
                continue
            j = hyphen_compound(tk, i, sb)
            if j > i + 1 and (_strong_part(tk, i, j) or _letter_name(tk, i, j)) and \
                    not any(taken[k] for k in range(i, j)):
                strong = True
        # "Self-Instruct", "Vision-Flan": a capitalised hyphen compound.
        if weak or (f & _TITLE and not in_title and i > sa and
                    i + 2 < sb and text[i + 1] == "-" and
                    _capitalised(text[i + 2])):
            end = _join_right(tk, i, sb)
            if end == i + 1 and i + 1 < n and text[i + 1] == "-" and \
                    low_[i - 1] in _INTRODUCING_OR_ITEM and \
                    _capitalised(text[(j := hyphen_compound(tk, i, sb)) - 1]) and j > i + 2:
                end = j  # "we propose Focus-and-Refine, a ... strategy": an introduced
                # compound of capitalised words joined by lower-case ones
            if end > i + 1:
                strong = True
            elif weak and low_[i] in _RELEASE_LABELS:
                i += 1  # "DharmaOCR Full and Lite": a release label alone names no model
                continue
            elif weak:
                ordinary = written_lower(low_[i])
                ctx = None if ordinary else _context_type(
                    tk, i, i + 1, sa, sb, examples=False) or _listed_with_known(tk, i, cands) \
                    or (None if gazetteer.is_language(low_[i]) else
                        _SCORED_ALONE if _scored_alone(tk, i, sa, sb) else
                        _data_list_item(tk, i, sa))
                # (an ordinary word the text introduces and spells out or describes is a
                # name: "We propose Imagine (Machine Imagination-based Reasoning), a novel
                # ... framework", though "the ability to imagine" follows)
                named_end = 0 if ctx is not None or ordinary and not (
                    low_[i - 1] in _INTRODUCING and i + 2 < sb and (
                        text[i + 1] == "(" and lx.title_case(text[i + 2]) or
                        lx.described_after(low_, i + 1))) else \
                    _introduced_word(tk, i, sa, sb)
                if ctx is None and not named_end:
                    # No context type, or an ordinary word the paper also writes in lower
                    # case ("Decomposition", "Platform", "Mind"): not a name.
                    i += 1
                    continue
        if not strong and not weak and f & _TITLE and not in_title and i > sa and \
                low_[i - 1] in _INTRODUCING_OR_TRAINING and not _common_word(low_[i]):
            # "we propose Telly to ...": a name the text introduces may look like an adjective.
            named_end = 0 if written_lower(low_[i]) else _introduced_word(tk, i, sa, sb)
            weak = bool(named_end)
        if not strong and not weak and not in_title and sa < i < sb - 2 and \
                len(text[i]) == 1 and text[i].isupper() and text[i + 1] == "-" and \
                not tk.ws[i] and not tk.ws[i + 1] and lx.title_case(text[i + 2]) and \
                low_[i - 1] in _INTRODUCING_OR_ITEM:
            # "it introduces U-Plan, a planning system": a letter and a word, introduced
            named_end = _introduced_word(tk, i, sa, sb, hyphen_compound(tk, i, sb))
            weak = bool(named_end)
        if not strong and not weak:
            i += 1
            continue
        end = max(_join_right(tk, i, sb), hyphen_compound(tk, i, sb), named_end)
        if weak and end == i + 2 and "." in text[i + 1] and i - 1 > sa and \
                not taken[i - 1] and f & _WEAK and not f & _STRONG and \
                low_[i] not in ("license", "licence"):  # ("Elastic License 2.0")
            # "on Place Pulse 2.0", "Granite Guardian 3.3": the capitalised words before a
            # word with a dotted version are the name's (the word "Place" alone was no name;
            # a whole number is more often a device's: "Raspberry Pi 5", "Intel Gaudi 3")
            start = _title_case_run_left(tk, i, sa)
        if end < sb and text[end] == "Bench" and not taken[end]:
            end += 1  # "our All-Angles Bench offers": the benchmark's whole name
        # Do not swallow a gazetteer match that follows.
        for k in range(i + 1, end):
            if taken[k]:
                end = k
                break
        # Nor end on its hyphen: "Semi-KAN" with KAN known leaves "Semi-", no name; a
        # title's "AutoDrive-QA- Automated ..." names "AutoDrive-QA".
        while end - start > 1 and text[end - 1] == "-":
            end -= 1
        if end < n and text[end] == "-" and end - start == 1 and \
                not lx.strong_shape(text[start]):
            i = end
            continue
        name = tk.span_text(start, end)
        key = fold(name)
        if not key or start in scripted or \
                start in formula and name not in defined and not lookup(name) or \
                is_generic(name) and name not in own_shorts or \
                end < sb and low_[end] in lx.HEAD_TYPES and \
                is_generic(f"{name} {low_[end]}") or \
                key.isdigit() or len(key) < 2 or _url_like(name) or (
                    end - start >= 3 and text[end - 2] == "-" and (
                        low_[end - 1] in lx.MODIFIER_SUFFIXES or
                        _participle(text[end - 1]))) or _AMOUNTS.fullmatch(key) or \
                _AMOUNTS.fullmatch(fold(tk.name_text(start, end))) or \
                _spelled_initial(tk, start, end, sa) or \
                end - start == 1 and _X_SPELLING.fullmatch(name) is not None or \
                _NUMBER_FORMAT.fullmatch(key) or _LOCALE.fullmatch(name) or \
                _DATE.fullmatch(name) or _NUMBERED_PART.fullmatch(name) or \
                _kind_compound(tk, start, end) or end - start >= 3 and end < sb and \
                low_[end] in lx.MODIFIER_SUFFIXES and low_[end] != "based" and \
                not _strong_part(tk, start, end) and morphology_type(name) is None or \
                _venue(name) and not (
                    end < sb and text[end].isdigit() and not YEAR.fullmatch(text[end])) or \
                end - start == 1 and low_[start] in _PUBLISHERS and end < sb and \
                text[end][:1].isupper() or \
                math_like(name) and not lookup(name):
            # "IV-guided", "LLM-aligned", "RL-free", "Multi-Modal", "LLM-aided", "INT4-quantized"
            # (any participle): a modifier, not a name; nor a title-case compound before one
            # ("a novel Spectral-Frequency enhanced ... network")
            # (nor "Vision-Language" of "pre-trained Vision-Language Models", a generic kind);
            # "10B--40B", "approx100K", "24-MP": an amount; "W4A8", "INT4": a number format (of
            # weights and activations); "multi-LLM", "single-LLM": a kind; "L_2",
            # "O(1.4142": a formula (but "F_1" is the known F1).
            i = end
            continue
        if _among_companies(low_, start, end, sa, sb):
            i = end  # "OpenAI, Anthropic, DeepSeek, xAI": companies (also as written here)
            continue
        if start > sa and text[start - 1] == "[" and end < sb and text[end] == "]" and (
                low_[end + 1:end + 2] in (["token"], ["tokens"], ["embedding"], ["symbol"]) or
                low_[start] in _SPECIAL_TOKENS):
            i = end  # "the [CLS] token", "[VOID] tokens": a special token, no name (but
            continue  # "Logistic Regression [LR]" defines one)
        if start > sa and text[start - 1] in ("<", "</", "<|") and end < sb and \
                text[end] in (">", "|>"):
            i = end  # "a special <EASY> token", "<SEG>", "</think>": a token or a tag
            continue
        entry = lookup(name) if name not in own_shorts else None
        if not entry and end + 1 < sb and text[end] == "=" and \
                (text[end + 1][:1].isdigit() or text[end + 1][:1] == "."):
            i = end  # "NFE=1", "SD=0.3": a quantity set to a number, no name (a listed
            continue  # metric is read: "MCC=0.77")
        if not entry and end == start + 1 and (base := base_name(name)) is not None:
            # "Gemma-3b", "Qwen-7B" (one token: the tokenizer keeps a hyphen before a digit):
            # a size of a listed model is that model, as "Llama-2-7B" is (step 2).
            known = lookup(base)
            # (not a count of examples: "LLaVA-665K" is the LLaVA instruction data, and its
            # morphology reads it below)
            entry = known if known is not None and known.type == "Model" and \
                not _COUNT_SUFFIX.search(name) else None
        if not entry and end == start + 1 and _SCORE_SUFFIX.fullmatch(name) and \
                (known := lookup(name[:-1])) is not None and known.type == "Metric":
            entry = known  # "AP50b", "AP50m", "APs": a listed score on boxes, masks, sizes
        if not entry and end == start + 1 and not strong and text[start][1:].islower() and (
                start - 1 > sa and _capital_word(tk, start - 1) or
                end < sb and _capital_word(tk, end)):
            # "the Aya Annotation Platform", "Model Stock": one capitalised word of a
            # capitalised phrase is not a name on its own.
            i = end
            continue
        if not entry and end == start + 1 and low_[start] in _RELEASE_LABELS and \
                start > sa and end < sb and lx.HEAD_TYPES.get(low_[end]) == "Model":
            # "whereas Base models better capture ...", "Instruct and Chat models": a release
            # label of a model family, not a model's name
            i = end
            continue
        if not entry and end - start >= 3 and end < sb and lx.title_case(text[end]) and \
                not _common_word(low_[end]) and low_[end] not in lx.HEAD_TYPES and \
                _modifier_compound(tk, start, end):
            # "a Dual-Path Safety Head", "Spatial-Temporal Extrapolation": nor is a
            # describing compound that opens one
            i = end
            continue
        if entry and entry.type == "Task" and end == start + 1 and \
                _CAMEL_INNER.search(name) and any(
                    " " in f and _letters(f) == _letters(name)
                    for f in (entry.canonical, *entry.aliases)):
            entry = None  # "SceneFlow", "LongFormQA": data named after the task ("scene
            # flow", "long-form QA"), typed by what is said of it
        listed = _listed_under(low_, start, sa) if entry and entry.type == "Model" and \
            fold(entry.canonical) != fold(name) else None
        if listed is not None and listed[0] in ("Dataset", "Benchmark"):
            # "open datasets like Koala-36M": data named like a size of a listed model
            c = Candidate(start, end, listed[0], listed[1], "name+context")
        elif entry:
            c = Candidate(start, end, entry.type, 0.85, "gazetteer-fold", entry.canonical)
        elif _TASK_PAIR.fullmatch(name):
            # "Text-To-Cypher (Text2Cypher) parsers", "Text-to-LaTeX": a mapping from a medium
            # to another, written as a name, is a task (read with its bracketed short form)
            c = Candidate(start, end, "Task", 0.7, "name+morphology")
        elif _PAIR.fullmatch(name) or _ROMAN.fullmatch(name) or _PREFIXED.fullmatch(name) or \
                _NUMBERED_PART.fullmatch(name) or \
                _PAIR_TAIL.match(name) or \
                _generic_parts(name, is_generic) or \
                start > sa and text[start - 1][:1].isupper() and \
                is_generic(f"{text[start - 1]} {name}") or (
                low_[start] in _UNITS and start > sa and
                (like_num(text[start - 1]) or text[start - 1][-1:].isdigit())) or \
                end < sb and low_[end] in _PROCESSORS or _hardware_name(tk, start, end, sa):
            # (nor the end of a generic phrase whose capitalised first word opened the
            # sentence: "Artificial Intelligence models have ...")
            # "RAW-to-sRGB", "2D-to-4D", "fMRI-to-Video": a mapping, not a name; "Domain
            # II": a part number; "75.47 mW", "sub-6 GHz", "~2 TB", "0.5TB 44M": a unit;
            # "Intel Xeon E5-2670 CPU", "B200 GPUs": hardware
            i = end
            continue
        else:
            ctx = _context_type(tk, start, end, sa, sb) or (
                _data_named(tk, start, end, sb) or _evaluated_on(tk, start, end, sa, sb)
                if name not in defined else None)
            if ctx and ctx[0] in ("Model", "Method") and name in defined and end < sb and \
                    low_[end] in lx.HEAD_TYPES and any(
                    ab.short == name and (long_form_type(ab.long) or ("",))[0] == "Task" and
                    not _defined_as_system(tk, ab) for ab in abbreviations):
                # "the LogSigRNN SHAR model" of "Skeletal Human Action Recognition (SHAR)":
                # the task a model is for, not a model's name (but "our MISR algorithm" of "a
                # Multi-Image Super Resolution (MISR) framework" names the framework)
                ctx = ("Task", 0.7)
            morph = morphology_type(name) or _release_of_listed_model(name, lookup)
            if ctx and ctx[0] == "Task" and morph and morph[0] == "Benchmark" and \
                    end < sb and low_[end] in ("task", "tasks"):
                ctx = None  # "the unseen CodeUpdateArena task": a benchmark called a task
            if ctx and (not morph or ctx[1] >= morph[1]):
                typ, conf, rule = ctx[0], ctx[1], "name+context"
            elif morph:
                typ, conf, rule = morph[0], morph[1], "name+morphology"
            else:
                typ, conf, rule = "Method", 0.35, "name"
            if typ in ("Dataset", "Benchmark") and _edition_year_at(tk, end, sb, taken):
                end += 1  # "the WMT-SLT 2022 benchmark": the data's edition
            c = Candidate(start, end, typ, conf, rule)
        take(c)
        i = end

    # 5. A name found once is a name where the text repeats it, also where the rules above
    # cannot tell it alone ("we introduce Agentic-Tx, a ... system. Agentic-Tx surpasses X":
    # a title-case compound opening a sentence).
    if not in_title:
        _repeat_names(tk, cands, taken)
    cands.sort(key=lambda c: c.start)
    _type_from_list(tk, cands)
    _type_versions_of_known_models(tk, cands)
    if not in_title:
        _releases_after_slash(tk, cands, taken)
    # "second-language (L2) learners", "low-level perception (L1)", "larger L2 norms": a
    # label or a norm, a name only as the distance a score is in ("0.28 L2 and 0.18 collision
    # rate", "metrics such as L1, L2, PSNR"; 6 of 108 corpus abstracts the extractor made
    # such a name in).
    return [c for c in cands if c.type == "Metric" or c.end - c.start != 1 or
            not _LEVEL.fullmatch(text[c.start])]


def _repeat_names(tk: Toks, cands: list[Candidate], taken: list[bool]) -> None:
    """Adds a candidate, like the first, at each free repetition of a name the name rules
    found where the text introduces it ("we introduce X", "termed X"; same tokens, same case,
    not inside a longer hyphen compound)."""
    text, low, n = tk.text, tk.lower, tk.n
    firsts: dict[str, list[Candidate]] = {}
    for c in cands:
        k = c.start - 1 - (c.start >= 2 and low[c.start - 1] in ("a", "an", "the", "our"))
        # (or after its kind: "This paper introduces a novel framework, Visual Mamba, ...")
        if c.canonical is None and c.rule.startswith(_REPEATED_RULES) and \
                text[c.start][:1].isupper() and k >= 0 and (
                    low[k] in _INTRODUCED_BY or
                    low[k] == "," and k >= 1 and low[k - 1] in lx.HEAD_TYPES):
            firsts.setdefault(text[c.start], []).append(c)
    if not firsts:
        return
    for i in [k for k in range(n) if text[k] in firsts]:
        if taken[i]:
            continue  # (also by a repetition added just before)
        for c in sorted(firsts[text[i]], key=lambda c: c.start - c.end):
            end = i + c.end - c.start
            if end > n or text[i:end] != text[c.start:c.end] or \
                    i and text[i - 1] == "-" or end < n and text[end] == "-":
                continue
            # A piece the shape rules took inside the repetition gives way to it ("our Foggy
            # Low-Light Puddle datasets" had "Low-Light" alone), as does a known name inside
            # it ("the Visual Mamba technique outperforms ...": not Mamba).
            if not _free_inside(cands, taken, i, end,
                                lambda o, size=end - i: o.canonical is None and
                                o.rule.startswith("name") or o.end - o.start < size):
                continue
            for k in range(i, end):
                taken[k] = True
            cands.append(Candidate(i, end, c.type, c.type_conf, c.rule))
            break


def _free_inside(cands: list[Candidate], taken: list[bool], a: int, b: int, gives_way) -> bool:
    """Frees tokens a..b of the candidates inside them that `gives_way` picks, when no other
    candidate holds a token there; False, and nothing changed, otherwise."""
    inside = [c for c in cands if a <= c.start and c.end <= b and gives_way(c)]
    if any(taken[k] for k in range(a, b) if not any(c.start <= k < c.end for c in inside)):
        return False
    for c in inside:
        cands.remove(c)
        for k in range(c.start, c.end):
            taken[k] = False
    return True


_LEVEL = re.compile(r"L\d")


def _edition_year_at(tk: Toks, k: int, sent_end: int, taken: list[bool]) -> bool:
    """Whether token `k`, after a space, is a year naming an edition of the data before it
    ("KITTI 2015"; not "KITTI 2012-2015", a span of years)."""
    return k < sent_end and tk.ws[k - 1] and not taken[k] and \
        YEAR.fullmatch(tk.text[k]) is not None and \
        not (k + 1 < sent_end and tk.text[k + 1] in ("-", "–"))


_REPEATED_RULES = ("name", "capitalised", "emphasis")
_INTRODUCED_BY = _INTRODUCING | lx.NAMING_WORDS


def _release_of_listed_model(name: str, lookup) -> tuple[str, float] | None:
    """"ChatGPT-4o", "Llama-3.9-Turbo": a listed model's name, a hyphen and a version is a
    release of that model (not "LLaMA-Adapter", a method built on it)."""
    head, sep, rest = name.partition("-")
    entry = lookup(head) if sep and rest[:1].isdigit() else None
    # (also "GLM-4V", "GLM-4.5V": a listed release with a modality's letter; "Qwen3.5",
    # "Gemma4": a listed family with a release number glued on)
    # ("Qwen3.5-plus", "GPT4.1-nano": the same with a release word after the number; and
    # "ConvNeXtV1-small", a version letter before it)
    base = _RELEASE_WORD_END.sub("", name)
    for release in (_MODALITY_LETTER, _FAMILY_NUMBER, _FAMILY_VERSION):
        if entry is not None and entry.type == "Model":
            break
        if (m := release.fullmatch(base)) is not None:
            entry = lookup(m.group(1))
    return ("Model", 0.7) if entry is not None and entry.type == "Model" else None


_MODALITY_LETTER = re.compile(r"(.+-\d+(?:\.\d+)?)[Vv]")
_FAMILY_NUMBER = re.compile(r"([A-Z][A-Za-z]{2,})\d+(?:\.\d+)?")
_FAMILY_VERSION = re.compile(r"([A-Z][A-Za-z]{2,})[Vv]\d+(?:\.\d+)?")  # "ConvNeXtV1-small"
_RELEASE_WORD_END = re.compile("-(?:" + "|".join(sorted(
    lx.LOWER_RELEASE_WORDS | {"small", "base", "large", "tiny", "huge"})) + ")$",
                               re.IGNORECASE)


_DATA_HEADS = frozenset(("data", "dataset", "datasets", "corpus", "corpora"))


_DATA_KINDS = {"bench": "Benchmark", **{w: t for w, t in lx.HEAD_TYPES.items()
                                           if t in ("Dataset", "Benchmark")}}


def _kind_named_after(tk: Toks, end: int, sent_end: int, taken: list[bool]
                      ) -> tuple[int, str] | None:
    """(end, type) of "Dataset" / "Evaluation Suite" written in capitals right after a known
    model's name: "the Aya Dataset", "the Aya Evaluation Suite", "OPT-IML Bench" name data
    or a benchmark of their own (at most one capitalised word before the kind)."""
    for k in (end, end + 1):
        if k >= sent_end or taken[k] or not lx.title_case(tk.text[k]):
            return None
        kind = _named_data_kind(tk.lower[k])
        if kind is not None:
            return k + 1, kind
    return None


def _named_data_kind(low: str) -> str | None:
    """The kind a capitalised data word names after a name ("Dataset", "Bench", "Suite"), not
    a plural that says what the data holds ("Instructions", "Collections", "Datasets")."""
    return None if low in ("instructions", "collections", "datasets") else _DATA_KINDS.get(low)


def _short_form_here(name: str, defined: set[str], context: str | None) -> bool:
    """Whether `name` is a short form defined in this text or, for a title, its abstract."""
    return name in defined or context is not None and f"({name})" in context


# Ordinary words written as a capital letter, a hyphen and a word.
_LETTER_WORDS = frozenset(("x-ray", "x-rays", "e-commerce", "e-mail", "e-mails", "n-gram",
                           "n-grams", "b-spline", "b-splines", "z-score", "z-scores",
                           "k-nearest", "t-cell", "t-cells", "b-cell", "b-cells", "u-shape",
                           "u-shaped", "v-shape", "v-shaped", "a-level", "x-axis", "y-axis",
                           "z-axis", "d-day", "t-shirt", "t-shirts", "e-learning", "e-health",
                           "x-english", "b-rep", "b-reps", "c-means", "k-means", "k-medoids",
                           "l-shaped", "s-shaped", "f-score", "f-measure", "r-precision",
                           "g-mean", "p-value", "p-values", "q-value", "q-values",
                           "t-distribution", "m-best", "x-sub", "x-view", "x-set",
                           "y-architecture", "u-nets", "n-body", "u-curve", "n-fold",
                           "k-shot", "k-mean", "a-box", "t-box", "x-window", "d-wave"))


def _letter_name(tk: Toks, a: int, b: int) -> bool:
    """"G-Eval", "Q-Former", "X-Planner": one capital letter, a hyphen and a capitalised word
    name a system (not an ordinary word so written: "X-Ray", "B-Spline", "E-Commerce")."""
    return b == a + 3 and len(tk.text[a]) == 1 and tk.text[a].isupper() and \
        lx.title_case(tk.text[a + 2]) and tk.span_text(a, b).lower() not in _LETTER_WORDS \
        and (a == 0 or tk.ws[a - 1] or tk.text[a - 1] in ("(", "[", '"', "“", "'", "/"))
    # (not glued to a word before: "Dr.V-Bench")


_COUNTED_UNITS = frozenset(("tokens", "words", "samples", "examples", "images", "pairs"))


def _task_data_named(tk: Toks, start: int, end: int, sent_start: int, sent_end: int,
                     taken: list[bool]) -> tuple[int, int, str] | None:
    """(start, end, type) of "the Open ASR Leaderboard", "the Faetar ASR Benchmark": a known
    task's acronym with a capitalised data kind right after it, after "the" and at most one
    capitalised word (or opening a title before its colon), names one benchmark or dataset (not
    "a ... VQA Benchmark", a kind)."""
    if end - start != 1 or not tk.text[start].isupper() or end >= sent_end or \
            taken[end] or not lx.title_case(tk.text[end]):
        return None
    kind = _named_data_kind(tk.lower[end])
    if kind is None:
        return None
    a = start
    if a - 1 >= sent_start and not taken[a - 1] and lx.title_case(tk.text[a - 1]) and \
            not is_stop(tk.lower[a - 1]):
        a -= 1
    if a - 1 >= sent_start and tk.lower[a - 1] == "the" or \
            a == 0 and end + 1 < tk.n and tk.text[end + 1] == ":":  # (a title's "Name:")
        return a, end + 1, kind
    return None


def _as_data(tk: Toks, start: int, end: int, sent_start: int, sent_end: int, lookup):
    """The known dataset a known model's name stands for where the text speaks of data:
    "the Alpaca and WizardLM data", "datasets such as Alpaca" mean the Alpaca data (a
    dataset entry "X data" / "X dataset"), not the Alpaca model. None otherwise."""
    name = tk.span_text(start, end)
    entry = next((e for e in (lookup(name + " data"), lookup(name + " dataset"))
                  if e is not None and e.type == "Dataset"), None)
    if entry is None:
        return None  # (most models: no data of their name is listed)
    listed = _listed_under(tk.lower, start, sent_start)
    if _kind_after_list(tk, end, sent_end) in _DATA_HEADS or listed and listed[0] == "Dataset":
        return entry
    return None


def _kind_after_list(tk: Toks, end: int, sent_end: int) -> str:
    """The lower-case word after a list of names that starts at `end` (or right there):
    "datasets" in "Alpaca, Dolly and ShareGPT datasets"; "" at the sentence end."""
    low, text = tk.lower, tk.text
    k = end
    while k < min(end + 8, sent_end) and (low[k] in (",", "and", "or") or
                                         _capitalised(text[k]) or text[k] == "-"):
        k += 1
    return low[k] if k < sent_end else ""


_LIST_GLUE = frozenset((",", "and", "or", "as", "well")) | lx.DOUBLE_QUOTES
_LIST_TYPES = frozenset(("Model", "Dataset", "Benchmark"))


# What a lone capitalised word a score is reported on is said alone with ("85.4% on Birdsnap,
# 93.4% on ...", "+27.1% on Sokoban and"); not "30.74% on Verilog generation", "55.97% on Hard
# subset" (a word describing what follows).
_ALONE_AFTER = frozenset((",", "and", "or", ".", ";", ")", "(", "dataset", "datasets",
                          "benchmark", "benchmarks"))
_SCORED_ALONE = ("Benchmark", 0.6)


def _scored_alone(tk: Toks, i: int, sent_start: int, sent_end: int) -> bool:
    """"85.4% on Birdsnap, ...": a lone capitalised word right after a score's "on" (the
    looser cues of `_context_type` are not for lone words: "results on Berkeley ...")."""
    low_ = tk.lower
    k = i - 1 - (low_[i - 1] == "the")
    return k - 1 > sent_start and low_[k] == "on" and _is_score(tk.text, k - 1) and (
        i + 1 >= sent_end or low_[i + 1] in _ALONE_AFTER)


def _data_list_item(tk: Toks, i: int, sent_start: int) -> tuple[str, float] | None:
    """"four pragmatic benchmarks (PragMega, Ludwig, MetoQA, and AltPrag)": a capitalised word
    inside a list of names right after a plural data kind is one of them (not its first
    item, which the name rules read, nor one ending the sentence's list of other words)."""
    first = _list_start(tk, i, i + 1, sent_start)
    if first == i:
        return None
    listed = _listed_under(tk.lower, first, sent_start)
    return listed if listed is not None and listed[0] in ("Dataset", "Benchmark") and \
        listed[1] >= 0.8 else None


def _listed_with_known(tk: Toks, i: int, cands: list[Candidate]) -> tuple[str, float] | None:
    """"such as ChatGPT and Copilot", "Copilot or GPT-4": a capitalised word coordinated with
    a listed model or data set is a name of the same kind (_type_from_list types it)."""
    low, text = tk.lower, tk.text
    for c in cands:
        if c.canonical is None or c.type not in _LIST_TYPES:
            continue
        before = c.end <= i
        glue = low[c.end:i] if before else low[i + 1:c.start]
        # (the word alone, not part of a longer name: "Dense U-Net", "Roget's Thesaurus",
        # "Gemini 1.5 Flesh")
        other = i + 1 if before else i - 1
        if glue in (["and"], ["or"], [","], [",", "and"], [",", "or"]) and not (
                0 <= other < tk.n and (text[other][:1].isupper() or text[other][:1].isdigit()
                                       or text[other] in ("-", "'s", "’s"))):
            return c.type, 0.6
    return None


_VERSION_WORDS = frozenset(("version", "variant", "release", "successor"))
# A model's size or release label written after "/" or "&": "Flan-T5-XL/XXL", "LLaMA 1 & 2".
_RELEASE_LABEL = re.compile(r"\d+(?:\.\d+)?[BbMm]?|X{0,3}L|Large|Base|Small|Tiny|Mini")


def _releases_after_slash(tk: Toks, cands: list[Candidate], taken: list[bool]) -> None:
    """"Flan-T5-XL/XXL", "LLaMA 1 & 2": the label after "/" or "&" names another release of
    the model before, written out as a candidate on the label (as a shared head is)."""
    text = tk.text
    added = False
    for c in [c for c in cands if c.type == "Model"]:
        k = c.end
        # (a label the shape rules took alone gives way: "XXL" read as a name of its own)
        alone = next((o for o in cands if o.start == k + 1 and o.end == k + 2 and
                      o.rule.startswith("name")), None) if k + 1 < tk.n else None
        if k + 1 >= tk.n or text[k] not in ("/", "&") or taken[k + 1] and alone is None or \
                not _RELEASE_LABEL.fullmatch(text[k + 1]) or \
                k + 2 < tk.n and (text[k + 2][:1].isalnum() and not tk.ws[k + 1] or
                                  text[k + 2] in ("/", "-")):
            continue
        name = tk.span_text(c.start, c.end)
        cut = max(name.rfind("-"), name.rfind(" "))
        last = name[cut + 1:]
        if cut <= 0 or not _RELEASE_LABEL.fullmatch(last) or \
                last.isdigit() != text[k + 1].isdigit():
            continue  # (the same kind of label on both sides: "XL/XXL", "1 & 2", "7B/13B")
        taken[k + 1] = True
        if alone is not None:
            cands.remove(alone)
        cands.append(Candidate(k + 1, k + 2, "Model", c.type_conf, SHARED_HEAD,
                               known_as=name[:cut + 1] + text[k + 1]))
        added = True
    if added:
        cands.sort(key=lambda c: c.start)


def _type_versions_of_known_models(tk: Toks, cands: list[Candidate]) -> None:
    """A bare name the text calls a version of a known model is a model: "SafePhi, a QLoRA
    fine-tuned version of Phi-4" (its shape alone made it a method; "a variant of PPO", a
    known method, leaves it one)."""
    low = tk.lower
    starts = {c.start: c for c in cands}
    for c in cands:
        if c.rule != "name" or c.end + 3 >= tk.n or not lx.described_after(low, c.end):
            continue
        se = tk.sents[tk.sent_of[c.start]][1]
        k = next((k for k in range(c.end + 2, min(c.end + 8, se - 2))
                  if low[k] in _VERSION_WORDS and low[k + 1] == "of"), None)
        if k is None:
            continue
        y = starts.get(k + 2 + (low[k + 2] == "the"))
        if y is not None and y.type == "Model" and y.canonical is not None:
            c.type, c.type_conf, c.rule = "Model", 0.7, "name+context"


def _type_from_list(tk: Toks, cands: list[Candidate]) -> None:
    """An untyped bare name in a list with typed names takes their type: "benchmarks
    including Universal Dependencies, MasakhaNER, and AmericasNLI" (coordinated names are
    names of the same kind)."""
    low = tk.lower
    changed = True
    while changed:  # propagate along the list both ways, as far as it goes
        changed = False
        before: list[str] = []  # the glue of the pair before
        for a, b in zip(cands, cands[1:]):
            glue = low[a.end:b.start]
            if glue[:1] == ["("] and (close := _closing_bracket(
                    low, a.end, min(b.start, a.end + 8))) is not None and close > a.end + 1:
                # "TOATOD (63.79%), D3ST (58.70%), and Diable": an item's score or short
                # note in brackets, then the list goes on
                glue = glue[close + 1 - a.end:]
            if len(glue) >= 2 and a.type in ("Dataset", "Benchmark") and \
                    lx.HEAD_TYPES.get(glue[0]) == a.type and not lx.plural(glue[0]) and \
                    glue[-1] in ("and", "or") and lx.LONG_FORM_HEADS.get(
                        tk.name_text(b.start, b.end).rpartition("-")[2].lower(),
                        a.type) in ("Dataset", "Benchmark"):
                # "the ETCI dataset and SenFloods11": the kind, then the list's "and" (not
                # "On the ScreenSpot-Pro benchmark, GUI-Spotlight achieves ...", nor "the
                # MMMG benchmark and MMMG-Score", a metric by its last word)
                glue = glue[1:]
            ended = len(before) <= 3 and _LIST_GLUE.issuperset(before) and (
                "and" in before or "or" in before)
            before = glue
            if ended and glue == [","]:
                continue  # the list ended at its "and": "PubHealth and RAGuard, ArgRAG achieves"
            s0 = tk.sents[tk.sent_of[a.start]][0]
            if glue == [","] and a.start >= 1 and low[a.start - 1] in _FRONTING_PREPS and (
                    s0 == a.start - 1 or a.start - 1 - s0 <= 2 and all(
                        w.endswith("ed") or w == "when" for w in low[s0:a.start - 1]) and
                    b.end < tk.n and low[b.end] not in (",", "and", "or")):
                continue  # a fronted phrase, no list: "On LiTS, T-MPEDNet achieves 97.6%",
                # "Evaluated on VisDrone2019-DET, DroneScan-YOLO achieves 55.3% mAP@50"
            if not glue or len(glue) > 3 or not all(
                    w in _LIST_GLUE or len(glue) == 3 and j == 1 and glue[0] == glue[2] == ","
                    and lx.title_case(tk.text[a.end + 1]) for j, w in enumerate(glue)):
                continue  # (an item between, not read as a name: "MVTec-AD, Visa, MPDD")
            for bare, typed in ((a, b), (b, a)):
                if bare.type == "Task" and bare.rule in ("name+context", "name+list") and \
                        bare.type_conf <= 0.7 and typed.type in lx.DATA_TYPES and \
                        (typed.canonical is not None or typed.rule == "name+list") and \
                        glue == [","]:
                    # "tool-use tasks (ToolBench, API-Bank, TMDB, ToolHop)": a name the list's
                    # opener types a task, listed with known benchmarks, is one of them
                    bare.type, bare.type_conf, bare.rule = typed.type, 0.6, "name+list"
                    changed = True
                elif _shape_typed_data(bare, typed) or _version_of(tk, bare, typed):
                    # "on DAVIS and SNU-FILM": a known benchmark's partner is one too,
                    # whatever its shape alone suggests ("-FILM" reads like a model).
                    bare.type, bare.type_conf, bare.rule = typed.type, 0.6, "name+list"
                    changed = True
                elif bare.rule == "name" and typed.rule != "name" and (
                        typed.type in _LIST_TYPES or typed.rule in ("name+context", "name+list") or
                        # a known method written as a name: "ReAct and LangChain"
                        typed.type == "Method" and typed.canonical is not None and
                        lx.strong_shape(tk.text[typed.start])):
                    bare.type, bare.type_conf, bare.rule = typed.type, 0.6, "name+list"
                    changed = True
                elif bare.rule == typed.rule == "name+morphology" and bare is b and \
                        typed.type == "Benchmark" and bare.type == "Model" and \
                        typed.type_conf > bare.type_conf and glue in (["and"], ["or"]) and \
                        low[b.end:b.end + 1] not in (["'s"], ["’s"]):
                    # "on VerilogEval and RTLLM": a benchmark by its name's ending is surer
                    # than a model by its "-LLM" (not "ShotBench and ShotVL's shortcomings")
                    bare.type, bare.type_conf, bare.rule = typed.type, 0.6, "name+list"
                    changed = True
                elif bare.rule == "gazetteer+compound" and bare.type_conf <= 0.7 and \
                        bare.type != typed.type and typed.type in lx.DATA_TYPES and \
                        bare is a and glue in (["and"], ["or"]) and b.end < tk.n and \
                        lx.plural(low[b.end]) and lx.HEAD_TYPES.get(low[b.end]) in lx.DATA_TYPES:
                    # "on Encyclopedic-VQA and InfoSeek datasets": the kind both share types
                    # a new name made of a known one ("-VQA", a task) as it types the other
                    bare.type, bare.type_conf = typed.type, 0.6
                    changed = True


def _version_of(tk: Toks, bare: Candidate, typed: Candidate) -> bool:
    """A name typed only by its version, beside the data it is a version of: "experiments on
    MMSD and MMSD 2.0"."""
    return bare.rule == "name+morphology" and typed.type in ("Benchmark", "Dataset") and \
        bare.type != typed.type and bare.end - bare.start >= 2 and \
        tk.text[typed.start:typed.end] == tk.text[bare.start:bare.start + typed.end - typed.start]


def _shape_typed_data(bare: Candidate, typed: Candidate) -> bool:
    """A name typed only by its shape, beside a benchmark or dataset the gazetteer knows or
    a cue types."""
    return bare.rule == "name+morphology" and bare.type != typed.type and \
        typed.type in ("Benchmark", "Dataset") and (
            bare.type_conf <= 0.6 and typed.rule.startswith("gazetteer") or
            # "synthetic datasets, including ToCa, SS1M, and ST+MJ": "1M" is no model size
            bare.type_conf <= 0.75 and typed.rule == "name+context")


# Words that end a subtitle's noun phrase.
_SUBTITLE_BREAKS = frozenset((
    "for", "of", "on", "with", "to", "in", "via", "and", ":", ",", "that", "which", "from",
    "through", "towards", "toward", "by", "at", "as", "using", "beyond", "across", "under",
    "without", "?", "!", ".", "(", "is", "are", "–", "—"))
# Prepositions that open a subtitle's topic ("... for Large Language Models"); not "Towards".
_TOPIC_STARTS = _SUBTITLE_BREAKS - {"and", ":", ",", "towards", "toward", "that", "which", "is",
                                    "are", "?", "!", ".", "(", "–", "—"} | {
    # (a clause: "Be Confident When LLMs Are Sure" is about LLMs)
    "when", "if", "where", "while", "whether", "why", "how"}
# Words after a head noun that describe it rather than continue the compound ("a Dataset
# Aligned with ...", "a Language Model Capable of ..."; past participles end in -ed). Most
# -ing words continue it ("LLM Serving", "Model Training").
_POSTMODIFIERS = frozenset(("capable", "built", "leveraging", "learning", "transitioning",
                            "combining", "integrating", "exploiting"))
# "X: Benchmarking ...", "X: Evaluating ...": a verb, followed by what it acts on.
_HEAD_VERBS = frozenset(("benchmarking", "evaluating"))

_SUBTITLE_HEADS = (
    (("benchmark", *_HEAD_VERBS, "leaderboard", "arena", "testbed"), "Benchmark"),
    (("dataset", "datasets", "corpus", "collection", "instructions"), "Dataset"),
    (("model", "models", "llm", "llms", "assistant", "agent", "chatbot"), "Model"),
)


def _modifies_next(tk: Toks, k: int) -> bool:
    """Whether the word at `k` modifies the word after it ("Agent" in "Multi-Agent Simulator",
    "Model" in "Model Training"): what follows is more of the compound."""
    if k + 1 >= tk.n:
        return False
    nxt = tk.lower[k + 1]
    if nxt == "-":
        return True
    if nxt in _SUBTITLE_BREAKS or nxt in lx.HEAD_TYPES or not nxt[:1].isalpha():
        return False
    return not (nxt.endswith("ed") or nxt in _POSTMODIFIERS)


# "-ing" words that open a subtitle as nouns ("Reasoning Models for ...", "Learning ...").
_ING_NOUNS = frozenset(("reasoning", "learning", "training", "pretraining", "embedding",
                        "ranking", "thinking", "computing", "programming", "tuning",
                        "prompting", "planning", "understanding", "modeling", "modelling",
                        "finetuning", "fine-tuning", "streaming", "sampling", "grounding",
                        "processing", "encoding", "decoding", "scaling", "routing", "pooling",
                        "forecasting", "matching", "tracking", "editing", "rendering"))
_RELEASING = frozenset(("developing", "designing", "introducing", "presenting", "releasing",
                        "making", "training", "pretraining", "scaling"))
_MAKING = frozenset(("creating", "create", "building", "build", "constructing", "construct",
                     "curating", "curate", "generating", "generate", "synthesizing",
                     "synthesising", "synthesize", "collecting", "collect"))


def _subtitle_technique(tk: Toks, colon: int) -> bool:
    """Whether the subtitle opens with a technique's capitalised name ("Diffusion-Inspired
    Speculative Decoding for Fast LLM Inference"): its last word a method's head, then the
    end or a preposition."""
    k = colon + 1
    while k < tk.n and (tk.text[k][:1].isupper() or tk.text[k] == "-"):
        k += 1
    return colon + 2 < k and lx.LONG_FORM_HEADS.get(tk.lower[k - 1]) == "Method" and (
        k == tk.n or tk.lower[k] in ("for", "via", "with", "in", "to", "on")) and \
        _EVALUATING.isdisjoint(tk.lower[colon + 1:k])  # (not "... Evaluation Framework")


_EVALUATING = frozenset(("evaluation", "evaluating", "benchmark", "benchmarking", "framework",
                         "platform", "toolkit", "suite", "testbed"))


def _subtitle_type(tk: Toks, colon: int) -> tuple[str, float] | None:
    low = tk.lower
    # "X: A Large-Scale Multi-Modal Dataset for ...": the subtitle's head noun says what X is.
    if colon + 1 < tk.n and low[colon + 1] in ("a", "an", "the"):
        # The phrase's head is its last noun: "A Scalable Instruction Tuning Dataset in ..."
        # is a dataset, not a tuning method; "A Multi-Agent Simulator for ..." is no agent.
        found = None
        for k in range(colon + 2, tk.n):
            if low[k] == "of" and low[k - 1] in _QUANTITY:
                continue  # "A Suite of Open Multilingual LLM Judges": judges
            if low[k] in _SUBTITLE_BREAKS and tk.text[k - 1] != "-" and (
                    found or low[k] != "and" and not (low[k] == "," and k == colon + 3)):
                # ("A Robust and Scalable ... Framework", "An agentic, multimodal
                # vision-language model")
                break  # ("Easy-to-use" does not end the phrase)
            typ = lx.HEAD_TYPES.get(low[k]) if not (
                low[k] in _QUANTITY and k + 1 < tk.n and low[k + 1] == "of") else None
            if typ in ("Task", "Metric"):
                found = None
            elif typ and not _modifies_next(tk, k) and not (
                    found and found[0] == "Benchmark" and (
                        typ == "Dataset" or low[k] in ("framework", "platform", "toolkit"))):
                found = typ, 0.8  # (a "Benchmark Dataset", "Benchmark Framework" is a benchmark)
        if found:
            return found
    # "... for Large Language Models" is a topic, not what the name is; "Model Training",
    # "Dataset Biases": a head word that more of a compound follows is not the head.
    # (nor what a subtitle's opening verb acts on: "DiM3: Bridging Multilingual and Multimodal
    # Models via ...", "LazyMAR: Accelerating Masked Autoregressive Models ...": the name
    # is the way of doing it)
    # (but "Seed-X: Building Strong Multilingual Translation LLM ...": what is made is it)
    first = low[colon + 1] if colon + 1 < tk.n else ""
    acted_on = first.endswith("ing") and first.isalpha() and len(first) > 5 and \
        first not in _ING_NOUNS and first not in _MAKING and first not in _RELEASING and \
        tk.text[colon + 1][:1].isupper() and colon + 2 < tk.n and \
        lx.HEAD_TYPES.get(low[colon + 2]) != "Model"
    topic = making = False
    words = set()
    for k in range(colon + 1, tk.n):
        w = low[k]
        if acted_on and lx.HEAD_TYPES.get(w) == "Model":
            continue
        topic = topic or (w in _TOPIC_STARTS and tk.text[k - 1] != "-" and
                          tk.text[k + 1:k + 2] != ["-"])  # ("a new in-the-Wild ... Dataset")
        making = making or w in _MAKING
        # (nor data: "SSL-AD: ... Learning for Generalizability Across Alzheimer's Prediction
        # Tasks and Datasets"; but "A Blueprint for Creating ... Datasets" makes the data)
        if w in _HEAD_VERBS or (low[k - 1] not in ("language", "vision") and not (
                topic and (lx.HEAD_TYPES.get(w) == "Model" or
                           lx.HEAD_TYPES.get(w) == "Dataset" and not making)) and
                not _modifies_next(tk, k)):
            words.add(w)
    for heads, typ in _SUBTITLE_HEADS:
        if words.intersection(heads):
            return typ, 0.5
    return None
