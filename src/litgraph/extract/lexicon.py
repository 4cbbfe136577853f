"""Word lists the rules read: context cues for roles, head nouns that give a type, and the
shape tests that tell a name ("WizardLM", "GSM8K", "Flan-T5") from an ordinary word.

Kept in one place so the rules stay short and so tuning touches data, not code.
"""

from __future__ import annotations

import re
from functools import lru_cache

# The four types of named artifact, and the two of data.
ARTIFACT_TYPES = frozenset(("Model", "Method", "Dataset", "Benchmark"))
DATA_TYPES = frozenset(("Dataset", "Benchmark"))

# Head nouns next to a name ("the MMLU benchmark", "dataset ShareGPT") -> type.
HEAD_TYPES: dict[str, str] = {
    **dict.fromkeys(("benchmark", "benchmarks", "suite", "leaderboard", "testbed", "test-bed",
                     "arena", "challenge", "competition"), "Benchmark"),
    **dict.fromkeys(("dataset", "datasets", "corpus", "corpora", "collection", "collections",
                     "data-set", "instructions", "database", "databases", "treebank",
                     "treebanks"), "Dataset"),
    **dict.fromkeys(("model", "models", "llm", "llms", "lm", "lms", "checkpoint",
                     "checkpoints", "family", "series", "backbone", "chatbot", "assistant",
                     "mllm", "mllms", "vlm", "vlms", "lvlm", "lvlms", "lmm", "lmms", "lrm",
                     "lrms", "slm", "slms", "agent",
                     "agents", "network", "architectures"), "Model"),
    **dict.fromkeys(("method", "methods", "framework", "frameworks", "approach", "approaches",
                     "algorithm", "algorithms", "technique", "techniques", "strategy", "pipeline",
                     "paradigm", "mechanism", "objective", "architecture", "module", "procedure",
                     "recipe", "loss", "scheme", "protocol", "tuning", "prompting", "attack",
                     "optimizer"), "Method"),
    **dict.fromkeys(("task", "tasks"), "Task"),
    **dict.fromkeys(("metric", "metrics", "score", "scores"), "Metric"),
}

# Last word of an abbreviation's long form -> type ("Low-Rank Adaptation" -> Method).
LONG_FORM_HEADS: dict[str, str] = {
    **dict.fromkeys((
        "tuning", "learning", "optimization", "optimisation", "alignment", "prompting",
        "training", "distillation", "decoding", "search", "adaptation", "regularization",
        "attention", "sampling", "augmentation", "selection", "feedback", "fine-tuning",
        "finetuning", "method", "framework", "approach", "algorithm", "network", "networks",
        "reasoning", "pretraining", "pre-training", "encoding",
        "embedding", "embeddings", "policy", "inference", "estimation", "quantization", "pruning",
        "transfer", "mechanism", "strategy", "process", "machine", "machines", "instruct",
        "engineering", "refinement", "ranking", "filtering", "editing", "descent", "scaling",
        "initialization", "normalization", "dropout", "merging", "model", "module", "block",
        "loss", "adapter", "decoder", "encoder", "generator"),
        "Method"),
    **dict.fromkeys(("benchmark", "bench", "evaluation", "eval", "suite", "test", "challenge",
                     "leaderboard", "exam", "arena"), "Benchmark"),
    **dict.fromkeys(("dataset", "corpus", "collection", "instructions", "data", "bank", "set",
                     "treebank", "thesaurus", "lexicon", "archive"), "Dataset"),
    **dict.fromkeys(("llm", "lm", "assistant", "agent", "transformer", "gpt", "chatbot"), "Model"),
    **dict.fromkeys(("answering", "translation", "summarization", "summarisation",
                     "classification", "recognition", "detection", "segmentation",
                     "captioning", "parsing", "tagging", "understanding", "completion",
                     "labeling", "labelling", "extraction", "generation", "retrieval",
                     "recommendation", "problem", "problems"), "Task"),
    **dict.fromkeys(("score", "scores", "rate", "rates", "error", "errors", "accuracy",
                     "precision", "recall", "ratio", "distance", "similarity", "perplexity",
                     "reward", "coefficient", "metric", "measure", "characteristic", "scale",
                     "factor", "index", "merit"),
                    "Metric"),
}
# More last words of a task's long form, read only for abbreviations ("blind face restoration
# (BFR)", "Open-World Tracking (OWT)"); not for one-word kinds, where "tracking" alone is vague.
# Not "enhancement", "reconstruction", "synthesis": as often a method ("Virtual Point
# Enhancement", "Histogram-based Polynomial Synthesis (HIPS)").
ABBREVIATED_TASK_HEADS = frozenset((
    "restoration", "forecasting", "localization", "localisation", "tracking",
    "re-identification", "reid", "navigation", "diagnosis", "counting", "imputation",
    "super-resolution", "inpainting", "registration", "grounding", "verification",
    "categorization", "categorisation",
))
# "Natural Language Inference (NLI)" is a task; "Variational Inference (VI)" a method: the
# generic "inference" stays Method unless a task word precedes it.
TASK_INFERENCE_PRECEDERS = {"language", "textual"}
# "Retrieval-Augmented Generation (RAG)" is a method, "Scene Graph Generation (SGG)" a task.
METHOD_GENERATION_PRECEDERS = {"augmented"}
# What a task estimates ("Occlusion Boundary Estimation (OBE)", "Monocular Depth Estimation");
# "estimation" alone ends methods as often ("Maximum Likelihood Estimation", "Kernel Density
# Estimation (KDE)").
TASK_ESTIMATION_OBJECTS = frozenset((
    "depth", "pose", "boundary", "flow", "motion", "normal", "normals", "layout", "disparity",
    "gaze", "age", "orientation", "shape", "illumination", "lighting", "keypoint", "keypoints",
    "scene", "occupancy", "trajectory", "crowd", "count", "visibility", "albedo"))
# The short forms of a confidence interval after its level ("95% CI"): no name, no metric.
CONFIDENCE_LEVELS = frozenset(("ci", "cis"))

# Last words of a medical condition's name: "autism spectrum disorder (ASD)" names no artifact.
CONDITION_HEADS = frozenset(("disease", "diseases", "disorder", "disorders", "syndrome",
                             "cancer", "cancers", "failure", "injury", "injuries", "tumor",
                             "tumors", "tumour", "tumours", "infection", "infections",
                             "impairment", "retinopathy", "carcinoma", "carcinomas",
                             "sclerosis", "degeneration", "edema", "oedema", "hemorrhage",
                             "haemorrhage", "infarction", "hypertension", "fibrillation",
                             "embolism", "stroke", "dementia", "arthritis", "glaucoma",
                             "aneurysm", "aneurysms",
                             "lesion", "lesions", "pain", "fracture", "fractures",
                             "pneumonia", "diabetes", "sepsis", "tuberculosis", "leukemia",
                             "schizophrenia", "epilepsy", "psoriasis", "fibrosis", "apnea",
                             "depression", "melanoma", "autism", "asthma", "fistula",
                             "fistulas", "pancreatitis", "hepatitis", "cirrhosis", "anemia",
                             "anaemia", "lymphoma", "glioma", "gliomas", "sarcoma", "stenosis",
                             "atrophy", "obesity", "ischemia", "neuropathy", "dermatitis",
                             "nephropathy", "cardiomyopathy", "dysplasia", "delirium",
                             "dementias", "palsy", "paralysis", "seizure", "seizures",
                             "aphasia", "dystrophy", "ataxia", "neuritis", "myopathy",
                             "encephalopathy", "hyperplasia", "polyps", "nodule", "nodules",
                             "metastasis", "metastases"))

# Last words of an organisation's or a group of people's name: "University College London
# Hospital (UCLH)", "Visually Impaired People (VIPs)" name no artifact either.
BODY_HEADS = frozenset(("hospital", "hospitals", "university", "organization", "organisation",
                        "commission", "agency", "ministry", "council", "administration",
                        "people", "persons", "individuals", "patients", "participants",
                        "users", "workers", "society", "institute", "consortium", "bureau",
                        "department", "museum", "corporation", "company", "league",
                        "federation", "parliament", "government"))
# (not "foundation": "Cracks in the Foundation (CiF)" is a dataset; nor "committee": "Local
# Linear Regression Ensemble Committee (LOLREC)" a method; nor "association": "Decoupled Object
# Association"; nor "laboratory": "Portable Biomechanics Laboratory (PBL)" is a system,
# "Decision-Making Trial and Evaluation Laboratory (DEMATEL)" a method)

# Last words of a long form naming a machine, not an artifact of the six types ("unmanned
# surface vehicle (USV)", "autonomous mobile robot (AMR)").
MACHINE_HEADS = frozenset(("vehicle", "vehicles", "robot", "robots", "drone", "drones",
                           "satellite", "satellites", "aircraft", "spacecraft", "rover",
                           "rovers", "manipulator", "manipulators", "rangefinder",
                           "rangefinders", "camera", "cameras", "scanner", "scanners",
                           "device", "devices", "sensor", "sensors", "microscope",
                           "microscopes", "diode", "diodes", "transistor", "transistors",
                           "antenna", "antennas", "actuator", "actuators"))

PROPOSE_VERBS = frozenset((
    "propose", "proposes", "introduce", "introduces", "present", "presents", "develop",
    "develops", "release", "releases", "construct", "constructs", "build", "builds", "create",
    "creates", "curate", "curates", "design", "designs", "contribute", "contributes", "offer",
    "offers", "establish", "establishes", "devise", "devises", "unveil", "unveils",
    "open-source", "opensource", "collect", "collects", "train", "trains", "releasing",
    "proposing", "introducing", "presenting", "obtain", "obtains", "produce", "produces",
    "compile", "compiles",
))
# Past forms propose only with their subject right before them ("we developed X", "this study
# developed X"): alone they describe others' work ("the recently proposed X").
PROPOSED_PAST = frozenset((
    "proposed", "introduced", "developed", "designed", "presented", "built", "created",
    "constructed", "devised", "curated", "released", "established", "collected", "unveiled",
))
# The past forms that make a passive proposal ("X is proposed", "A and B are introduced"; not
# "built", "collected": "a dataset collected from ..." describes data).
PASSIVE_PROPOSED = PROPOSED_PAST - {"built", "released", "collected", "established"}
# Adverbs between "is" and its passive verb ("X is then introduced").
PASSIVE_ADVERBS = frozenset(("then", "further", "also", "first", "thus", "therefore",
                             "additionally", "newly", "specifically"))
# Words that say a named thing exists already: "the existing ...", "a widely used ...".
# (Hyphens are tokens of their own: "well-known" is read as "known", "widely-used" as
# "widely".)
EXISTING = frozenset(("existing", "known", "popular", "classic", "classical", "conventional",
                      "standard", "widely", "commonly"))
# "Recent work proposes Set-Based Prompting (SBP)": another paper's proposal.
_OTHERS_WORK = frozenset(("recent", "prior", "previous", "earlier", "existing"))


def others_work(low: list[str], verb: int, sent_start: int) -> bool:
    """Whether the proposing verb at `verb` is said of other papers' work ("Recent work
    proposes X", "previous studies introduced X")."""
    return not _OTHERS_WORK.isdisjoint(low[max(sent_start, verb - 3):verb])


# "so called X", "also called X", "commonly termed X": a name X already has elsewhere.
OTHER_NAME = frozenset(("so", "also", "commonly", "often", "sometimes", "usually",
                        "generally", "typically", "widely"))
NAMING_WORDS = frozenset(("called", "named", "dubbed", "termed", "coined", "namely", "denoted"))
# Verbs of "we call / term / name X": the paper names X itself.
CALL_VERBS = frozenset(("call", "term", "dub", "coin", "name"))
# Double quotation marks as tokens: a quoted list ('"A", "B", "C"') is still a list.
DOUBLE_QUOTES = frozenset(('"', "“", "”"))


# What a paper observes rather than builds: "a phenomenon we term attention collapse", "a
# failure mode we call neural howlround" name no technique (2 such in the gold sets, neither
# annotated).
PHENOMENA = frozenset((
    "phenomenon", "phenomena", "behavior", "behaviour", "behaviors", "behaviours", "effect",
    "effects", "issue", "issues", "failure", "failures", "pattern", "patterns", "paradox",
    "trap", "mode", "modes", "bias", "biases", "gap",
    # (and what a system can do: "a skill called precise instruction following", "This
    # ability, termed continual learning")
    *(_SKILLS := ("skill", "skills", "ability", "abilities", "capability", "capabilities")),
))


_PHENOMENON_NAMING_GAP = frozenset(("we", "which", "that", ",", "is", "are", "was", "were",
                                    "has", "have", "had", "been", "be", "often", "also",
                                    "commonly", "sometimes", "recently"))


def names_a_phenomenon(low: list[str], naming: int, sent_start: int) -> bool:
    """Whether the naming word at `naming` ("term", "call", "termed", "refer") names a
    phenomenon: "(a) phenomenon (, which) (we) term X"."""
    j = naming - 1
    # (also "This phenomenon is called game tree pathology", "This phenomenon has been termed
    # as Image-induced Fidelity Loss (IFL)")
    while j > sent_start and low[j] in _PHENOMENON_NAMING_GAP:
        j -= 1
    # (but skills the paper names are its own: "These reusable skills, which we refer to as
    # Deep Skill Networks")
    return j >= sent_start and low[j] in PHENOMENA and not (
        low[j] in _SKILLS and "we" in low[j + 1:naming])


def refer_as(low: list[str], verb: int, end: int) -> int:
    """"(which we) refer to [it / this / them] as X": the index of X's first token after
    `verb` ("refer"), or 0 when the words do not follow. Said with "we", it names X as
    "we call X" does."""
    k = verb + 1
    if k < end and low[k] == "to":
        k += 1 + (k + 1 < end and low[k + 1] in ("it", "this", "them"))
        if k < end - 1 and low[k] == "as":
            return k + 1
    return 0


# Venues whose acronyms are also everyday words or names: venues only with a year ("[Andoni
# et al., SODA 2014]", "KR 2020").
VENUES_WITH_YEAR = frozenset(("soda", "kr", "cav", "cade", "icaps", "mfcs", "icdt", "jelia"))
# Conference and journal names: not entities (annotation guide), also with a year (not
# those that are also everyday acronyms or names: SODA, KR, CAV, CADe, see above).
VENUES = frozenset((
    "neurips", "nips", "iclr", "icml", "acl", "emnlp", "naacl", "eacl", "aacl", "coling",
    "lrec", "cvpr", "iccv", "eccv", "wacv", "bmvc", "aaai", "ijcai", "kdd", "sigir", "cikm",
    "wsdm", "recsys", "interspeech", "icassp", "miccai", "iros", "icra", "corl", "uai",
    "aistats", "colt", "tacl", "jmlr", "tpami", "sigmod", "vldb", "icde", "chi", "uist",
    "stoc", "focs", "pods", "icalp", "iclp", "gecco", "sigkdd", "ecml", "pkdd", "icdm", "pakdd",
    "aamas", "ijcnn", "iconip", "iswc", "eswc", "icse", "ijcar", "lics", "ecai", "ismir", "icip",
    "accv", "icme", "tplp", "jair", "tkde", "tnnls", "tmlr", "jacm", "tocl", "tods", "tois",
    "tkdd", "sigdial", "inlg", "icwsm", "ijcnlp", "cogsci", "cscw",
    "ubicomp", "mobicom", "ndss", "midl", "ipmi",
))
PROPOSE_SUBJECTS = frozenset(("we", "paper", "work", "study", "article", "here"))

EVAL_WORDS = frozenset((
    "evaluate", "evaluates", "evaluated", "evaluating", "evaluation", "evaluations",
    "experiment", "experiments", "experimental", "experimentation", "benchmark", "benchmarks",
    "benchmarked", "benchmarking", "test", "tested", "testing", "achieve", "achieves", "achieved",
    "achieving",
    "score", "scores", "scoring", "accuracy", "performance", "results", "outperform",
    "outperforms", "outperforming", "surpass", "surpasses", "surpassing", "sota",
    "state-of-the-art", "reach", "reaches", "attain", "attains", "obtain", "obtains",
    "improve", "improves", "improvement", "improvements", "gains", "measured", "assess",
    "assessed", "assessing", "validate", "validated", "demonstrate", "show", "shows",
))
EVAL_PREPS = frozenset(("on", "across", "over", "including", "like", "as", "in", "and",
                        "with", ","))

COMPARE_WORDS = frozenset((
    "outperform", "outperforms", "outperformed", "outperforming", "surpass", "surpasses",
    "surpassed", "surpassing", "beat", "beats", "beating", "exceed", "exceeds", "exceeding",
    "than", "versus", "vs", "vs.", "against", "baseline", "baselines", "compared", "compare",
    "comparing", "comparison", "rival", "rivals", "rivaling", "matches", "matching",
    "competitive", "par", "compete", "competes",
))


def participle_clause(words: list[str], k: int) -> bool:
    """Whether words[k] opens a participle clause after a comma ("..., highlighting the
    effectiveness of X"): a comma, then an -ing word that neither lists more of the same ("X,
    including Y") nor describes a noun ("superior to, leading proprietary models")."""
    w = words[k]
    return k > 0 and words[k - 1] == "," and w.endswith("ing") and len(w) > 5 and \
        w not in _NOT_CLAUSE_ING


_NOT_CLAUSE_ING = frozenset((
    "including", "containing", "comprising", "spanning", "covering", "featuring",
    "leading", "existing", "competing", "emerging", "promising", "outstanding", "following",
    "corresponding", "remaining", "underlying", "pioneering", "prevailing", "growing",
    "increasing", "interesting", "surprising", "challenging", "demanding", "missing",
    "matching", "trailing", "lagging", "rivaling", "rivalling", "outperforming", "surpassing",
    "exceeding", "beating"))


# The words saying a thing is new ("a new / novel X"): the paper's own.
NEW_OR_NOVEL = frozenset(("new", "novel"))
# Dashes written with spaces around them, setting off an aside ("-- TME eliminates ... --").
DASHES = frozenset(("--", "---", "\u2013", "\u2014"))

OUTPERFORM_WORDS = frozenset((
    "outperform", "outperforms", "outperformed", "outperforming", "surpass", "surpasses",
    "surpassed", "surpassing", "beat", "beats", "beating", "exceeds", "exceeding", "exceed",
    "outperfoms",
))
# "LoRAN consistently improves over QLoRA", "SAVE improves upon AVIGATE": what is improved over
# is beaten (a claim) and compared with (a role).
IMPROVE_VERBS = frozenset(("improves", "improved", "improve", "improving"))
# "LoRA substantially underperforms full finetuning": the claim read the other way round.
UNDERPERFORM_WORDS = frozenset(("underperform", "underperforms", "underperformed",
                                "underperforming"))

USE_WORDS = frozenset((
    "use", "uses", "used", "using", "utilize", "utilizes", "utilizing", "utilise", "based",
    "build", "built", "upon", "fine-tune", "finetune", "fine-tuned", "finetuned", "fine-tuning",
    "finetuning", "tune", "tuned", "trained", "training", "train", "leverage", "leverages",
    "leveraging", "employ", "employs", "employing", "adopt", "adopts", "adopting", "apply",
    "applies", "applying", "applied", "via", "through", "initialized", "distill", "distilled",
    "distilling", "prompt", "prompting", "prompted", "query", "querying", "generated", "from",
    "extend", "extends", "extending", "combine", "combines", "combining", "incorporate",
    "incorporates", "integrating", "integrates", "powered", "backbone", "teacher", "student",
    "with",
))

# Verbs whose object is a system the paper's own is applied to ("it boosts Qwen2.5-VL-7B by
# +22.5% and outperforms X", "accelerates ViTs and MLLMs ..., achieving 67.0%"): that object
# is not the subject of the claim or score that follows.
APPLIED_TO = frozenset(("accelerates", "boosts", "improves", "enhances", "enables", "helps",
                        "lifts", "raises", "speeds", "strengthens", "empowers", "equips",
                        "upgrades"))

# What a gain "over X" is: "improvement(s) in accuracy over X", "the superiority of X over Y".
GAINS = frozenset(("improvement", "improvements", "gains", "gain", "advantage", "advantages",
                   "increase", "increases", "boost", "boosts",
                   "superiority", "improving"))
_GAIN_BREAKS = frozenset((",", ";", ":", "(", ")", "while", "whereas", "but", "and"))
# A signed score ("+8.0% on CG-Bench over ReKV", "(+1.1% over CLIP)") may lie further back,
# over commas and parentheses, within the clause.
_SIGNED_BREAKS = frozenset((";", ".", "while", "whereas", "but", "than", "compared"))


_MARGIN_UNITS = frozenset(("points", "pp", "pts", "%", "p.p."))


def gain_before(low: list[str], k: int, sent_start: int) -> int | None:
    """Index of what makes the "over" at `k` a gain over what follows: a gain word at most
    four words back in the clause ("improvement in accuracy over X"), or a signed score at most
    ten tokens back ("achieves +8.0% on CG-Bench, ... and +2.4% on VideoMME (Long) over
    ReKV"); None when there is neither."""
    for j in range(k - 1, max(sent_start, k - 5) - 1, -1):
        if low[j] in GAINS:
            return j
        if low[j] in _GAIN_BREAKS:
            break
    # a margin right before it: "1.41 percentage points over UDapter", "3.2% over X"
    j = k - 1 - (k - 2 >= sent_start and low[k - 1] == "points" and low[k - 2] == "percentage")
    if j - 1 >= sent_start and low[j] in _MARGIN_UNITS and low[j - 1][:1].isdigit() and \
            low[j - 1].replace(".", "", 1).isdigit():
        return j - 1
    for j in range(k - 1, max(sent_start, k - 10) - 1, -1):
        w = low[j]
        if w[:1] == "+" and w[1:2].isdigit():
            return j
        if w in _SIGNED_BREAKS:
            return None
    return None


CLAUSE_BREAKS = frozenset((";", "while", "whereas", "but", "although", "though", "which",
                           "where", "and"))

# Capitalised words that open clauses or are ordinary proper adjectives, never names alone.
COMMON_CAPITALISED = frozenset((
    "we", "our", "the", "this", "these", "those", "in", "on", "to", "for", "however", "moreover",
    "furthermore", "additionally", "finally", "first", "second", "third", "then", "thus",
    "firstly", "secondly", "thirdly",
    "specifically", "experiments", "experimental", "results", "extensive", "existing", "recent",
    "english", "chinese", "japanese", "korean", "german", "french", "spanish", "arabic",
    "russian", "hindi", "python", "java", "internet", "web", "wikipedia", "reddit", "twitter",
    "github", "openai", "google", "meta", "microsoft", "stanford", "transformer-based",
    "i", "a", "an", "it", "as", "by", "with", "from", "at", "of", "and", "or", "but", "to",
    "large", "language", "models", "model", "instruction", "instructions", "data", "dataset",
    "benchmark", "human", "figure", "table", "section", "appendix", "example", "theorem",
    "lemma", "corollary", "proposition", "equation", "chapter", "lastly", "overall",
    "notably", "importantly", "surprisingly", "interestingly", "despite", "while", "although",
    "further", "besides", "meanwhile", "here", "there", "when", "where", "what", "which", "how",
    "why", "can", "does", "do", "is", "are", "et", "al", "al.", "e.g.", "i.e.", "via",
    # Proper adjectives of mathematics: "a Gaussian model", "the Markov property".
    "gaussian", "markov", "markovian", "bayesian", "poisson", "bernoulli", "euclidean",
    "boolean", "fourier", "laplacian", "hessian", "jacobian", "lipschitz", "riemannian",
    "hilbert", "banach", "dirichlet", "standard", "theory", "technical", "report",
    # Numbered parts of a paper or procedure: "Stage 2", "Phase 1", "Theorem 3".
    "stage", "phase", "step", "round", "part", "level", "type", "case", "version", "experiment",
    "setting", "scenario", "tier", "chapter", "eq", "equation", "lemma", "theorem", "subtask",
))

# Common words above that, written all in capitals, are coined names ("We introduce STEP, a
# novel framework", "we present STAGE (Streaming ...)", "we propose LEMMA, a lightweight
# ... model": 60 of the ~70 corpus abstracts so writing one); not the languages, platforms and
# headings ("RESULTS:", "the FRENCH scale", "GITHUB issues").
CAPITALS_NAMES = frozenset((
    "stage", "phase", "step", "round", "part", "level", "type", "case", "version", "setting",
    "scenario", "tier", "lemma", "theorem", "subtask", "second", "recent", "despite", "data",
    "model",
))

# Tokens that can continue a name: versions, sizes and release suffixes ("Llama 2 70B Chat").
_VERSION = re.compile(r"^(v?\d+(\.\d+)*[a-z]?|\d+(\.\d+)?[bmkt]|x{0,2}l|[ivx]{1,4})$",
                      re.IGNORECASE)
NAME_SUFFIX_WORDS = frozenset((
    "instruct", "chat", "base", "large", "small", "xl", "xxl", "mini", "pro", "turbo", "plus",
    "ultra", "max", "lite", "hard", "omni", "vision", "code", "math", "hd", "nano",
    "sonnet", "opus", "haiku", "flash", "vl", "medium", "coder",
))
# ... and after a hyphen only: "GPT-4-turbo-preview", "BERT-large-cased", "FLUX.1-schnell".
HYPHEN_SUFFIX_WORDS = NAME_SUFFIX_WORDS | {"preview", "cased", "uncased", "schnell", "reranker",
                                          "embed", "embedding", "retriever", "coder", "audio",
                                          "guard"}
# Release words written in lower case after a version: "GPT 5 mini", "GPT-4 turbo".
LOWER_RELEASE_WORDS = frozenset(("mini", "nano", "turbo", "pro", "max", "plus", "flash", "lite"))
# Domain or setting words that make a longer task name: "medical image classification".
TASK_MODIFIERS = frozenset((
    "medical", "clinical", "biomedical", "financial", "legal", "scientific", "ended",
    "domain", "hop", "label", "grained", "slide", "multilingual", "lingual", "conversational",
    "extractive", "abstractive", "histopathology", "satellite", "document", "video", "3d",
    "aspect", "multi-label", "open-ended", "open-domain", "multi-hop", "fine-grained",
    "whole-slide", "cross-lingual", "few-shot", "long-form", "multi-document",
))
# Last parts of hyphen compounds that make a task's modifier: "cross-modal retrieval",
# "zero-shot classification", "multi-turn dialogue", "short-form QA", "low-light image
# enhancement", "open-vocabulary object detection", "multi-view stereo" (alone, "vocabulary
# scene understanding", they are not).
TASK_COMPOUND_ENDS = frozenset(("modal", "shot", "turn", "form", "light", "vocabulary", "view",
                                "person", "choice"))
# Last parts of hyphen compounds that make a modifier, not a name: "IV-guided", "RL-free".
MODIFIER_SUFFIXES = frozenset((
    "guided", "aligned", "free", "based", "assisted", "augmented", "aware", "driven",
    "specific", "centric", "level", "style", "styled", "like", "oriented", "enhanced", "inspired",
    "powered", "generated", "only", "agnostic", "dependent", "independent", "modal",
    "linguality", "lingual", "conditioned", "supervised", "annotated", "friendly", "intensive",
    "trained", "tuned", "finetuned", "parameterized", "parametrized", "distilled", "initialized",
    "informed", "grounded", "induced", "constrained", "equipped", "optimized", "empowered",
    "enabled", "agentic", "ed", "focused", "specialized", "specialised", "compatible",
    "tailored", "targeted", "centered", "centred", "related", "derived", "structured",
    "regularized", "regularised", "preserving", "native", "aided", "capable", "ready", "weighted",
    "compliant", "domain",
))
# The mark of a numbered item before its ")": "1) X", "(ii) X", "(a) X".
ITEM_MARK = re.compile(r"^(?:\d|[ivx]{1,4}|[a-e])$")


# What a numbered list counts when its items are not the paper's contributions ("three core
# challenges: (1) ...").
NOT_PROPOSED_ITEMS = frozenset(("challenges", "questions", "issues", "limitations", "problems",
                                "aspects", "dimensions", "scenarios", "settings", "domains",
                                "categories", "types", "findings", "observations", "obstacles",
                                "bottlenecks", "difficulties", "drawbacks", "shortcomings",
                                "weaknesses", "pitfalls", "failures", "risks", "gaps"))
# "Our X consists of: 1) ...": the items are the parts of X.
# Counts before a plural kind ("two modules: ...", "three subsets: ...").
COUNT_VALUES = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4,
                "5": 5, "6": 6}
COUNT_WORDS = frozenset((*COUNT_VALUES, "several", "multiple"))
CONSISTS = frozenset(("consists", "comprises", "includes", "contains", "involves", "integrates",
                      "combines"))  # (not "features": as often a noun)


def plural(word: str) -> bool:
    """A plural noun ("models", "benchmarks"; not "corpus", "loss")."""
    return word.endswith("s") and not word.endswith(("us", "ss"))


def new_kind(low: list[str], kind: int, sent_start: int) -> bool:
    """"a new dataset", "a newly introduced benchmark", "a novel large-scale corpus": the kind
    noun at `kind` is said to be new, after "a" / "an" and at most three words."""
    if kind < sent_start or plural(low[kind]) or low[kind] not in HEAD_TYPES and not (
            low[kind] == "set" and kind > sent_start and low[kind - 1] in SET_KINDS):
        return False  # (not "corpus"; but "a newly collected test set")
    for k in range(kind - 1, max(sent_start, kind - 5) - 1, -1):
        if low[k] in ("a", "an"):
            return any(w in _NEW_WORDS for w in low[k + 1:kind])
        if low[k] == "the":
            # "The resulting dataset, Ground-V, ...", "the constructed benchmark"
            return any(w in _MADE_WORDS for w in low[k + 1:kind])
        if low[k] == "," and k - 2 >= sent_start and low[k - 1] in _NEW_WORDS and \
                low[k - 2] in ("a", "an"):
            return True  # "a novel, richly annotated dataset"
        if low[k] in (",", "(", "of", "on", "and"):
            return False
    return False


_NEW_WORDS = frozenset(("new", "newly", "novel"))
# Words before "set" that make it a set of data: "a test set", "a held-out evaluation set".
SET_KINDS = frozenset(("test", "evaluation", "validation", "held-out", "benchmark"))
_MADE_WORDS = frozenset(("resulting", "constructed", "curated", "collected", "proposed"))


def opens_numbered_item(low: list[str], start: int, sent_start: int) -> bool:
    """"(2) X", "ii) X": the word at `start` opens a numbered item."""
    return start - 2 >= sent_start and low[start - 1] == ")" and \
        bool(ITEM_MARK.match(low[start - 2]))


def passive_verb_at(low: list[str], k: int, end: int) -> bool:
    """A passive proposal verb at `k`, over adverbs ("is then introduced": `k` after "is"),
    before `end`."""
    while k < end and low[k] in PASSIVE_ADVERBS:
        k += 1
    return k < end and low[k] in PASSIVE_PROPOSED


def described_after(low: list[str], end: int) -> bool:
    """"X, a|an ...": an apposition describing the name ending at `end` follows it."""
    return low[end:end + 2] in ([",", "a"], [",", "an"])


def opens_described_item(low: list[str], start: int, end: int, sent_start: int,
                         sent_end: int) -> bool:
    """"three key components: 1) Copernicus-Pretrain, a massive-scale pretraining dataset
    ...": the words start..end open a numbered item and are described right after."""
    return opens_numbered_item(low, start, sent_start) and end + 1 < sent_end and \
        described_after(low, end)
SIZE = re.compile(r"^\d+(\.\d+)?[bmk](v\d+)?$", re.IGNORECASE)  # "7B", "3Bv2"


def is_version(text: str) -> bool:
    return bool(_VERSION.match(text))


@lru_cache(maxsize=1 << 16)
def strong_shape(text: str) -> bool:
    """A token that looks like a name on its own: inner capitals, or letters mixed with digits."""
    if len(text) < 2 or not text[0].isalnum():
        return False
    letters = sum(c.isalpha() for c in text)
    if letters == 0:
        return False
    if any(c.isupper() for c in text[1:]):
        return letters >= 2 or text[0].isupper()
    if text.endswith("++") and letters >= 3:
        return text[0].isupper()  # "Dropout++", "Elastica++" (not "C++" nor "k-means++")
    return any(c.isdigit() for c in text) and text[0].isalpha() and text[0].isupper()


@lru_cache(maxsize=1 << 16)
def title_case(text: str) -> bool:
    return len(text) > 1 and text[0].isupper() and text[1:].islower() and text.isalpha()
