"""Extract: find named entities, the paper's role towards each, outperforms claims, numeric
results and URLs in each paper's title and abstract.

`Extractor(profile).extract_many(papers)` yields one :class:`~litgraph.model.Extraction` per
paper. Every assertion carries its Evidence (sentence, offsets, rule, confidence).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from litgraph.extract import lexicon as lx
from litgraph.extract.confidence import combine, link_confidence
from litgraph.extract.markup import strip_markup
from litgraph.extract.names import (
    LOWER_DATA_HEADS,
    LOWER_DIGIT_NAME,
    SHARED_HEAD,
    TRAILING_VERSION,
    YEAR,
    Candidate,
    base_name,
    find_candidates,
    fold,
)
from litgraph.extract.relations import find_outperforms
from litgraph.extract.results import data_as_modifier, find_results
from litgraph.extract.roles import (
    EXISTING_OF,
    ROLE_CONF,
    assign_role,
    default_role,
    describes_the_name_before,
    item_of_a_listed_proposal,
    namely_lists_own,
    opens_a_part_of_a_proposal,
)
from litgraph.extract.tokens import Toks, is_punct, is_stop
from litgraph.extract.urls import find_urls
from litgraph.model import (
    Evidence,
    Extraction,
    Mention,
    Paper,
    RelationMention,
    ResultMention,
    UrlMention,
)

__all__ = ["Extractor"]


_COORDINATION = frozenset((",", "and")) | lx.DOUBLE_QUOTES
_DEFINITIONS_LISTED = _COORDINATION | {"the", "a", "an", ")"}
_CUE_PROPOSALS = ("propose-near", "propose-cue")  # role rules of a proposal by a cue word


def _coordinated(low: list[str], a: Candidate, b: Candidate, most: int) -> bool:
    """Names of the same kind in a list: `b` at most `most` tokens after `a`, only commas,
    "and" and quotes between ("MMed-IFT and MMed-IFT-MC")."""
    return b.type == a.type and 0 < b.start - a.end <= most and \
        _COORDINATION.issuperset(low[a.end:b.start])


_TASK_WORDS = frozenset(("task", "tasks", "problem", "problems"))


def _propose_coordinated(roles: list[tuple[str, str, Candidate, Toks, int]]) -> None:
    """"we introduce two datasets, MMed-IFT and MMed-IFT-MC": a new name coordinated with a
    proposed one of the same kind is proposed too (the propose cue stops at "and" otherwise,
    as "we propose X and evaluate it on Y" must not propose Y)."""
    for i in range(1, len(roles)):
        role_a, rule_a, a, tk_a, si_a = roles[i - 1]
        role_b, _rule_b, b, tk_b, si_b = roles[i]
        # The nearest earlier proposal of the sentence, over the names inside its
        # apposition or purpose.
        j = i - 2
        while j >= 0 and roles[j][3] is tk_b and roles[j][4] == si_b and \
                roles[j][0] != "proposes":
            j -= 1
        if j >= 0 and role_a != "proposes" and roles[j][0] == "proposes" and \
                roles[j][3] is tk_a and roles[j][4] == si_a and \
                b.canonical is None and role_b != "proposes" and tk_a is tk_b and \
                si_a == si_b and roles[j][1] in (*_CUE_PROPOSALS, "naming") and \
                (_described_pair(tk_a.lower, roles[j][2].end, b.written_from(), b.end) or
                 _purpose_pair(tk_a.lower, roles[j][2].end, b.written_from(), b.end)):
            # (over names inside the first one's apposition: "... for motion direction
            # instruction tuning and evaluation, and DeltaDirect, a ...", "DETAnt-HOI, a
            # ... benchmark derived from VidHOI and Action Genome ..., and HOI-DA, a ..."; or
            # inside its purpose: "MTVR-CoT-72k for supervised fine-tuning and MTVR-RL-110k
            # for ...")
            roles[i] = ("proposes", roles[j][1], b, tk_b, si_b)
            continue
        if role_a != "proposes" or rule_a not in (*_CUE_PROPOSALS, "naming") or \
                role_b == "proposes" or tk_a is not tk_b or si_a != si_b or \
                b.canonical is not None:
            continue
        low = tk_a.lower
        # (after "SWIE (Segment-Weighted Instruction Embedding)": its long form's ")")
        a_end = a.long_span[1] + 1 if a.long_span and a.long_span[0] > a.start else a.end
        b_start = b.written_from()
        # ("three distance functions, called the Heterogeneous Value Difference Metric
        # (HVDM), the Interpolated Value Difference Metric (IVDM), and ...": definitions
        # listed, each after "the")
        gap = low[a_end:b_start]
        # (a definition named like a task, listed after a proposed method, is one too: "we
        # propose Reflected Pseudo Labels Generation (RPLG) and Background-Aware Object
        # Localization (BAOL)"; see role_of)
        task_named = a.type == "Method" and b.type == "Task" and b.rule == "abbreviation" and \
            b_start < b.start and low[b.start - 2] not in ("problem", "task") and \
            _TASK_WORDS.isdisjoint(low[tk_a.sents[si_a][0]:a.start])
        # (data and a benchmark released together are listed alike: "the Aya Dataset, the Aya
        # Collection, and the Aya Evaluation Suite")
        listed = (a.type == b.type or task_named or {a.type, b.type} == lx.DATA_TYPES) and \
            0 < len(gap) <= 4 and \
            _DEFINITIONS_LISTED.issuperset(gap) and \
            ("," in gap or "and" in gap and b_start < b.start) and \
            not describes_the_name_before(tk_b, b.start, b.end, tk_b.sents[si_b][1])
        # (not what a's apposition says it is made with: "EconCSLib, a Lean 4 library")
        if listed and task_named:
            b.type = "Method"
        # ("... framework (HazeGen) and a Diffusion-based Dehazing framework (DiffDehaze)")
        if _coordinated(low, a, b, 4) or listed or _and_a_kind(low, a_end, b.start) or \
                _kind_and(low, a.end, b_start) or _described_pair(low, a_end, b_start, b.end) or \
                _purpose_pair(low, a_end, b_start, b.end):
            roles[i] = ("proposes", rule_a, b, tk_b, si_b)


_FRONTED_COMPARISONS = frozenset(("compared", "comparing", "unlike", "relative", "versus"))


def _compare_coordinated(roles: list[tuple[str, str, Candidate, Toks, int]]) -> None:
    """"outperform LLMs such as Qwen2.5-72B-Instruct and DeepSeek-R1-Distill-Qwen-32B": a
    name coordinated with a compared one of the same kind is compared too, where no cue of
    its own reaches it (the compare cue is too far back)."""
    for i in range(1, len(roles)):
        role_a, rule_a, a, tk_a, si_a = roles[i - 1]
        role_b, rule_b, b, tk_b, si_b = roles[i]
        if role_a == "comparesWith" and rule_a == "compare-cue" and rule_b == "default" and \
                tk_a is tk_b and si_a == si_b and _coordinated(tk_a.lower, a, b, 3) and \
                not (tk_a.lower[a.end:b.start] == [","] and
                     tk_a.lower[tk_a.sents[si_a][0]] in _FRONTED_COMPARISONS):
            # (not the subject after a fronted comparison: "Compared to previous attempt of
            # dynamic sparse coding, LLBI exploits ...")
            roles[i] = (role_a, rule_a, b, tk_b, si_b)


def _initials(name: str) -> str:
    """"RL" of "Reinforcement Learning", "SFT" of "supervised fine-tuning"."""
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w).upper()


def _known_initials(roles: list[tuple[str, str, Candidate, Toks, int]]) -> set[str]:
    """The letters of the known multi-word terms the paper writes out ("RL" where the title
    says "Reinforcement Learning"): that term's, where written alone."""
    return {_initials(tk.name_text(c.start, c.end)) for _r, _ru, c, tk, _s in roles
            if c.canonical is not None and c.end - c.start >= 2}


def _said_to_be_languages(cands: list[Candidate], tk: Toks) -> set[str]:
    """Names the abstract describes as a natural language ("Tulu, a low-resource Dravidian
    language", "Hinglish, a code-mixed language"): what a text is written in, no artifact
    (the Tülu model is another thing), wherever the paper writes them."""
    low = tk.lower
    out = set()
    for c in cands:
        k = c.end
        if k + 2 >= tk.n or low[k] != "," or low[k + 1] not in ("a", "an") or \
                not lx.PROPOSE_VERBS.isdisjoint(low[max(0, c.start - 3):c.start]):
            continue  # (not the paper's own: "we propose LingoMotion, a motion language")
        j = next((j for j in range(k + 2, min(tk.n, k + 8)) if low[j] == "language"), None)
        if j is not None and (j + 1 >= tk.n or low[j + 1] in (",", ".", "with", "spoken",
                                                                "that", "which", "of")) and \
                _FORMAL_LANGUAGE_WORDS.isdisjoint(low[k + 2:j]) and \
                all(w.isalpha() or w == "-" for w in low[k + 2:j]):
            out.add(fold(tk.name_text(c.start, c.end)))
    return out


# Words of a formal language's description: "a domain-specific language", "a probabilistic
# logic programming language" (the paper's own may be one: not a natural language).
_FORMAL_LANGUAGE_WORDS = frozenset(("specific", "programming", "query", "markup", "modeling",
                                    "modelling", "specification", "formal", "logic", "visual",
                                    "constructed", "semiformal", "semi-formal", "scripting",
                                    "description", "declarative", "intermediate", "unified",
                                    "new", "novel"))


def _existing_not_proposed(roles: list[tuple[str, str, Candidate, Toks, int]]
                           ) -> list[tuple[str, str, Candidate, Toks, int]]:
    """"One promising solution, called offsite-tuning (OT), is proposed ... However, the
    existing OT-based methods ...": a name the abstract elsewhere calls existing (or builds
    existing methods on) is not new, whatever cue proposed it."""
    def said_existing(c: Candidate, tk: Toks) -> bool:
        words, n = tk.lower[c.start:c.end], c.end - c.start
        return any(tk.lower[j + 1:j + 1 + n] == words for j in tk.find(_EXISTING_WORDS))

    return [(default_role(c.type), "use-cue", c, tk, si)
            if role == "proposes" and (rule in _CUE_PROPOSALS or rule == "naming") and
            c.canonical is None and said_existing(c, tk)
            else (role, rule, c, tk, si) for role, rule, c, tk, si in roles]


# Words right before data it is tested on ("on ShareGPT", "across the Pile").
_TESTED_ON = frozenset(("on", "across", "over"))


def _tested_on(low: list[str], start: int, sent_start: int) -> bool:
    """"on ShareGPT", "across the Pile": the name at `start` is what something is tested on."""
    k = start - 1 - (start > sent_start and low[start - 1] == "the")
    return k >= sent_start and low[k] in _TESTED_ON


_EXISTING_WORDS = frozenset(("existing", "conventional", "traditional", "previous", "prior",
                             "classical", "classic"))


def _known_shorts_not_proposed(roles: list[tuple[str, str, Candidate, Toks, int]]
                               ) -> list[tuple[str, str, Candidate, Toks, int]]:
    """"locally linear embedding (LLE) ... We introduce a variant of LLE", "we construct a DBN
    with ...": a short form the paper defines as a known technique is that technique where
    written alone, which a propose cue near it does not make new, nor "our" before it ("our
    RL approach" uses reinforcement learning)."""
    known = {tk.name_text(c.start, c.end) for _r, _ru, c, tk, _s in roles
             if c.rule == "abbreviation+gazetteer"}
    # (also the letters of a known multi-word term the paper writes: "Self-Supervised
    # Reinforcement Learning for ..." in the title, "we propose a self-supervised RL
    # framework" in the abstract)
    known |= _known_initials(roles)
    if not known:
        return roles
    return [(default_role(c.type), "use-cue", c, tk, si)
            if role == "proposes" and (rule in _CUE_PROPOSALS or rule == "our-name") and
            c.rule in ("name", "name+context") and tk.name_text(c.start, c.end) in known
            else (role, rule, c, tk, si) for role, rule, c, tk, si in roles]


def _and_a_kind(low: list[str], a_end: int, b_start: int) -> bool:
    """"We propose SWIE (Segment-Weighted Instruction Embedding) and an instruction-following
    dataset OVERMISS": "and", an article, at most three words and a kind noun, then the name."""
    between = low[a_end:b_start]
    return 3 <= len(between) <= 6 and between[0] == "and" and \
        between[1] in ("a", "an", "the", "our") and between[-1] in lx.HEAD_TYPES and \
        not any(w in (",", "(", ")", "and", "of", "on", "for") for w in between[2:])


def _described_pair(low: list[str], a_end: int, b_start: int, b_end: int) -> bool:
    """"we introduce UAVBench, a comprehensive benchmark, and UAVIT-1M, a large-scale
    instruction tuning dataset": two names listed, each with its apposition (an article and
    a description of one clause: "DeltaTok, a tokenizer that encodes ... into a single ...
    token, and DeltaWorld, a ..."); the second one's apposition may also be a "which"
    clause ("and AgentRunbook-C, which ...")."""
    # (past the parenthesis of a defined short form: "Thread Inference Model (TIM), a ...")
    between = low[a_end + (low[a_end:a_end + 1] == [")"]):b_start]
    kind = between[2:-2]
    return between[:1] == [","] and between[1:2] in (["a"], ["an"]) and \
        between[-2:] == [",", "and"] and 1 <= len(kind) <= 40 and \
        not any(w in (";", ".", "we", ":") for w in kind) and \
        low[b_end:b_end + 1] == [","] and \
        low[b_end + 1:b_end + 2] in (["a"], ["an"], ["which"], ["that"])


def _purpose_pair(low: list[str], a_end: int, b_start: int, b_end: int) -> bool:
    """"construct Unicorn-1.2M for pretraining and Unicorn-471K-Instruction for
    instruction-tuning": two names listed, each with its purpose ("for", at most three
    words)."""
    between = low[a_end:b_start]
    # (a hyphenated word is one: "for supervised fine-tuning and")
    return 3 <= len(between) - 2 * between.count("-") <= 5 and between[0] == "for" and \
        between[-1] == "and" and \
        all(w == "-" or w.replace("-", "").isalpha() and w not in ("and", "or")
            for w in between[1:-1]) and low[b_end:b_end + 1] == ["for"]


def _singular_key(text: str) -> str:
    key = fold(text)
    return key[:-1] if key.endswith("s") and not key.endswith("ss") else key


def _defined_as_the_title(roles: list[tuple[str, str, Candidate, Toks, int]], title: str
                          ) -> list[tuple[str, str, Candidate, Toks, int]]:
    """"Syntactic Topic Models" with "The syntactic topic model (STM) is ...": a new name whose
    long form is the whole title is what the paper is about, and proposes."""
    title = title.strip().rstrip(".")
    # (also the title's tail after "via / through": "Improving Adversarial Transferability
    # on Vision Transformers via Forward Propagation Refinement")
    keys = {_singular_key(title)} | {
        _singular_key(tail) for tail in _TITLE_TAIL.findall(title) if len(tail.split()) >= 3}
    return [("proposes", "title-term", c, tk, si)
            if role != "proposes" and c.rule == "abbreviation" and c.canonical is None and
            c.long_form and _singular_key(c.long_form) in keys else (role, rule, c, tk, si)
            for role, rule, c, tk, si in roles]


def _title_term_beside_a_name(roles: list[tuple[str, str, Candidate, Toks, int]]
                              ) -> list[tuple[str, str, Candidate, Toks, int]]:
    """"Data Pruning by Information Maximization" with "we propose InfoMax": the title's
    opening term is what the paper works on when the abstract names its own proposal
    otherwise, not a second proposal (unless it is that name's long form: "Creative
    Preference Optimization" of "CrPO"). On the tuning papers, 5 of 8 such title terms were no
    proposal; over 20,000 corpus abstracts most are long forms, kept."""
    if not any(rule == "title-term" for _r, rule, _c, _tk, _s in roles):
        return roles
    longs = {fold(c.long_form) for _r, _ru, c, _tk, _s in roles if c.long_form}
    named = {tk.name_text(c.start, c.end) for role, rule, c, tk, _s in roles
             if role == "proposes" and rule != "title-term" and c.rule != "title-term" and
             c.type in ("Model", "Method", "Dataset", "Benchmark")}
    named_keys = {fold(n) for n in named}
    out = []
    for role, rule, c, tk, si in roles:
        term = tk.name_text(c.start, c.end)
        key = fold(term)
        if rule == "title-term" and key not in named_keys and \
                not any(key in lf or lf in key for lf in longs) and any(
                    not _shares_a_stem(n, term) and not _initials_of(n, term) for n in named):
            role, rule = default_role(c.type), "title-default"
        out.append((role, rule, c, tk, si))
    return out


def _initials_of(name: str, term: str) -> bool:
    """Whether the capitals of `name` are the initials of `term`'s words ("SwD" of
    "Scale-wise Distillation", "I2ST" of "Image-Instance Spatial-Temporal")."""
    caps = "".join(ch for ch in name if ch.isupper())
    initials = "".join(w[0].upper() for w in re.split(r"[\s-]+", term) if w)
    return len(caps) >= 2 and (caps in initials or
                               _is_subsequence(caps, initials) and caps[0] == initials[0])


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def _shares_a_stem(name: str, term: str) -> bool:
    """Whether `name` opens with the first four letters of a word of `term`: "Dropout++" of
    "Generalized Dropout", "Prereq-Tune" of "Prerequisite Learning" (a release or a short
    name of the same thing; not "MORepair" of "Multi-Objective Fine-Tuning")."""
    stems = {w[:4].lower() for w in re.split(r"[\s-]+", term) if len(w) >= 4}
    return any(part[:4].lower() in stems for part in re.split(r"[\s-]+", name) if part)


_TITLE_TAIL = re.compile(r"\b(?:via|through) ([^:,]+)$")  # (not "using X": a use)


def _kind_and(low: list[str], a_end: int, b_start: int) -> bool:
    """"we introduce the Layer Index Rescaling (LIR) weight initialization scheme, and the
    Target Variance Rescaling (TVR) variance control strategy": a name, its kind (at most
    four words), "and", an article, then the next name."""
    between = low[a_end:b_start]
    if between[:1] == [")"]:
        between = between[1:]
    if len(between) < 3 or between[-1] not in ("the", "a", "an", "our") or \
            between[-2] != "and":
        return False
    kind = between[:-3] if between[-3] == "," else between[:-2]
    return 1 <= len(kind) <= 4 and kind[-1] in lx.HEAD_TYPES and all(
        w.replace("-", "").isalpha() and w not in ("and", "of", "on", "for") for w in kind)


def _kind_in_apposition_not_proposed(roles: list[tuple[str, str, Candidate, Toks, int]]
                                     ) -> list[tuple[str, str, Candidate, Toks, int]]:
    """"we introduce GraViT, a PyTorch pipeline", "we propose VoxShield, a UE framework",
    "SE-Agent, a Self-Evolution framework": the name right before the kind noun of a proposed
    name's apposition says what the new thing is built with or like; the new thing is the
    name before the comma (21 corpus appositions of this shape: 13 proposed before, none
    rightly)."""
    proposed = {(id(tk), c.end): tk.name_text(c.start, c.end)
                for role, _r, c, tk, _s in roles if role == "proposes"}
    out = []
    for role, rule, c, tk, si in roles:
        low = tk.lower
        if role == "proposes" and c.end < tk.n and low[c.end] in lx.HEAD_TYPES:
            # (over describing words: "Multi-Agent Fictitious Play (MAFP), a novel MAS
            # paradigm"; and a short form's parenthesis before the comma)
            k = c.start - 1
            while k > 0 and c.start - k <= 2 and low[k].isalpha() and \
                    tk.text[k].islower() and low[k] not in ("a", "an"):
                k -= 1
            new = proposed.get((id(tk), k - 1)) if k >= 2 and low[k] in ("a", "an") and \
                low[k - 1] == "," else None
            if new is None and k >= 3 and low[k] in ("a", "an") and low[k - 1] == "," and \
                    low[k - 2] == ")":
                new = proposed.get((id(tk), k - 2))
            if new is not None and not _spells(new, tk.name_text(c.start, c.end)):
                role, rule = default_role(c.type), "default"
        out.append((role, rule, c, tk, si))
    return out


def _spells(short: str, long: str) -> bool:
    """Do the initials of `long` begin the capitals of `short` (or the reverse)? "CAPT, a
    Confusion-Aware Prompt Tuning framework", "OPSDL, an On-Policy Self-Distillation method":
    the apposition spells the new name out."""
    initials = "".join(w[0] for w in re.split(r"[\s-]+", long) if w[:1].isupper())
    capitals = "".join(ch for ch in short if ch.isupper())
    return len(initials) >= 2 and len(capitals) >= 2 and (
        capitals.startswith(initials) or initials.startswith(capitals))


def _propose_colon_list(roles: list[tuple[str, str, Candidate, Toks, int]]) -> None:
    """"we introduce three new benchmarks: A, based on ...; B, which tests ...; and C, a novel
    task ...": the new names that open the items of a list after a proposing colon are all
    proposed, and of the kind the colon announces."""
    for i, (role_a, rule_a, a, tk, si) in enumerate(roles):
        low = tk.lower
        a_at = a.written_from()  # (a definition's long form first: "methods: Language Bias
        # Regularization (LBR) which ..., and Language Bias Penalty (LBP), which ...")
        if role_a != "proposes" or rule_a not in _CUE_PROPOSALS or \
                a_at < 2 or low[a_at - 1] != ":":
            continue
        kind = lx.HEAD_TYPES.get(low[a_at - 2])
        # (after a plural kind, ", and" opens the last item too)
        plural = kind is not None and lx.plural(low[a_at - 2])
        if kind not in lx.ARTIFACT_TYPES:
            kind = None
        if kind:
            a.type = kind
        for j in range(i + 1, len(roles)):
            role_b, _rule_b, b, tk_b, si_b = roles[j]
            if tk_b is not tk or si_b != si:
                break
            b_at = b.written_from()
            opens = low[b_at - 1] == ";" or low[b_at - 1] == "and" and \
                (low[b_at - 2] == ";" or plural and low[b_at - 2] == "," and
                 b.rule == "abbreviation")
            if opens and b.canonical is None:
                if kind:
                    b.type = kind
                roles[j] = ("proposes", rule_a, b, tk_b, si_b)


_CONSISTING = frozenset(("consisting", "consists", "comprising", "comprises", "composed"))


def _propose_parts(roles: list[tuple[str, str, Candidate, Toks, int]]) -> None:
    """"we introduce FTibSuite, a ... resource suite, consisting of FTibData (...), FTibBench
    (...), and FTibVLM, a reproducible baseline built on Qwen3-VL-8B-Instruct": the new names
    listed as the parts of a proposed thing are proposed (what a part is built on is not)."""
    for i, (role_a, rule_a, a, tk, si) in enumerate(roles):
        if role_a != "proposes" or rule_a not in _CUE_PROPOSALS:
            continue
        low = tk.lower
        opener = next((k for k in range(a.end, min(a.end + 14, tk.sents[si][1] - 1))
                       if low[k] in _CONSISTING and low[k + 1] in ("of", "of:")), None)
        if opener is None or any(w in (";", ".") for w in low[a.end:opener]):
            continue
        for j in range(i + 1, len(roles)):
            role_b, _rule_b, b, tk_b, si_b = roles[j]
            if tk_b is not tk or si_b != si:
                break
            # (not a bare name-shaped word, "BitChute", "Sentinel-2", which may be anything)
            if b.start <= opener or role_b == "proposes" or b.canonical is not None or \
                    b.rule == "name" or _known(b) or b.type in ("Task", "Metric") or \
                    _ACRONYM.fullmatch(tk.name_text(b.start, b.end)) and not b.long_form or \
                    _used_right_before(tk, b, opener):
                continue
            roles[j] = ("proposes", rule_a, b, tk_b, si_b)
    _propose_defined_parts(roles)


def _own_system_has(low: list[str], sent_start: int, first: int) -> bool:
    """"Our approach consists of two key components: Local Image-Sentence Matching (LISM),
    ...": the sentence opens with the paper's own system and a verb of having parts, before
    the name at `first`."""
    k = sent_start + (low[sent_start:sent_start + 2] == ["the", "proposed"]) + 1
    if not (low[sent_start] == "our" or k == sent_start + 2):
        return False
    k += k + 1 < first and low[k] not in lx.HEAD_TYPES  # ("Our overall framework")
    return k + 1 < first and low[k] in lx.HEAD_TYPES and low[k + 1] in _HAVING_PARTS


# (lx.CONSISTS, less "involves", plus "incorporates")
_HAVING_PARTS = lx.CONSISTS - {"involves"} | {"incorporates"}


def _propose_defined_parts(roles: list[tuple[str, str, Candidate, Toks, int]]) -> None:
    """"We propose BiAG ... BiAG consists of three components: Weight Self-Attention Module
    (WSA), ... and Semantic Conversion Module (SCM)": a sentence opening with a proposed name
    and a verb of having parts defines the paper's parts (names it defines there, of a
    system's kind)."""
    proposed = {fold(tk.name_text(c.start, c.end)) for role, _ru, c, tk, _s in roles
                if role == "proposes" and c.type in lx.ARTIFACT_TYPES}
    done: set[tuple[int, int]] = set()
    for i, (_role_a, _rule_a, a, tk, si) in enumerate(roles):
        if (id(tk), si) in done or not (
                a.start == tk.sents[si][0] and fold(tk.name_text(a.start, a.end)) in proposed and
                a.end < tk.n and tk.lower[a.end] in _HAVING_PARTS or
                _own_system_has(tk.lower, tk.sents[si][0], a.start)):
            continue
        done.add((id(tk), si))
        # (a sentence listing its parts after "consists of" / "comprises")
        listing = a.end < tk.n and tk.lower[a.end] in ("consists", "comprises")
        for j in range(i, len(roles)):
            role_b, _rule_b, b, tk_b, si_b = roles[j]
            if tk_b is not tk or si_b != si:
                break
            if role_b != "proposes" and b.canonical is None and not _known(b) and (
                    b.rule.startswith("abbreviation") and b.type in ("Model", "Method") and
                    b.type_conf >= 0.5 or
                    # (or, after "consists of" / "comprises", a new name described right after:
                    # "DentalBench consists of two main components: DentalQA, an ... benchmark
                    # ...; and DentalCorpus, a ... corpus"; not one adapted from or used)
                    listing and b.rule == "name+context" and
                    lx.described_after(tk.lower, b.end) and
                    not _used_right_before(tk, b, tk.sents[si][0])):
                roles[j] = ("proposes", "propose-cue", b, tk_b, si_b)


def _own_title_name(t_cands: list[Candidate], ttk: Toks, a_cands: list[Candidate],
                    atk: Toks) -> None:
    """The title's own name ("SDR: Set-Distance Rewards ...", not the listed metric SDR) is
    the same new name where the abstract says it again; a listed word the abstract gives to
    a new thing of another kind ("CIDER: A Causal Cure ..." and "We propose CIDER, a novel
    ... framework", not the metric CIDEr) is that thing in the title too."""
    renamed = {atk.text[c.start]: c for c in a_cands
               if c.rule == "name+context" and c.canonical is None and c.end - c.start == 1}
    # (and a listed short form the abstract spells out as its own: "TCIA: A Task-Centric
    # Instruction Augmentation Method" with "Task Centric Instruction Augmentation (TCIA)" is
    # no Cancer Imaging Archive, whatever kind each is)
    spelled = {atk.text[c.start]: c for c in a_cands
               if c.rule == "abbreviation" and c.canonical is None and c.end - c.start == 1}
    for c in t_cands:
        if c.end - c.start != 1 or c.canonical is None or c.start != 0:
            continue
        a = renamed.get(ttk.text[c.start])
        b = spelled.get(ttk.text[c.start])
        if a is not None and a.type != c.type or b is not None:
            a = a or b
            c.canonical, c.type, c.type_conf = None, a.type, a.type_conf
    own = {fold(ttk.name_text(c.start, c.end)): c for c in t_cands
           if c.title_prefix and c.canonical is None and c.rule == "title-name"}
    if not own:
        return
    for c in a_cands:
        t = own.get(fold(atk.name_text(c.start, c.end))) if c.canonical is not None else None
        if t is not None:
            c.canonical, c.type, c.type_conf = None, t.type, t.type_conf


_FOR_WORDS = frozenset(("for", "via", "with", "by", "in", "on", "of", "from", "to", "using"))


def _title_long_forms(t_cands: list[Candidate], ttk: Toks, a_cands: list[Candidate],
                      atk: Toks) -> list[Candidate]:
    """A long form the abstract defines, written whole in the title, is the defined name
    there too ("Hierarchical Text Classification (HTC)", "Spatial Transport Optimization by
    Repositioning Attention Map (STORM)"), not the known task or the shorter new name inside
    it that a rule found alone ("Text Classification", "Spatial Transport Optimization").
    `t_cands` with them, in order."""
    defined = {}
    coined = set()
    for c in a_cands:
        if c.rule.startswith("abbreviation") and c.long_form and " " in c.long_form:
            defined.setdefault(c.long_form.lower(), c)
        elif c.rule == "coined" and c.end - c.start >= 2:
            # (a name the abstract coins, "We propose RoPE-Perturbed Self-Distillation, a
            # training regularizer", is that name in the title too, not the known terms
            # in it)
            long = atk.span_text(c.start, c.end).lower()
            if long not in defined:
                defined[long] = c
                coined.add(long)
    if not defined:
        return t_cands
    title = ttk.source.lower()
    if len(title) != len(ttk.source):
        return t_cands  # (lower-casing moved the offsets: "İ" is two characters lower)
    defined = {long: a for long, a in defined.items() if long in title}
    if not defined:
        return t_cands
    words = ttk.lower
    starts = {ttk.idx[k]: k for k in range(ttk.n)}
    ends = {ttk.end_char(k): k + 1 for k in range(ttk.n)}
    for long, a in defined.items():
        at = title.find(long)
        # (the title may say it in the plural: "Restricted Boltzmann Machines")
        end = at + len(long) + (title[at + len(long):at + len(long) + 1] == "s")
        if at < 0 or at not in starts or end not in ends:
            continue
        k, n = starts[at], ends[end] - starts[at]
        inside = [c for c in t_cands if k <= c.start and c.end <= k + n]
        # (a known model or technique in it stays what the paper uses: "Augmented
        # Roberta with ...", "Federated Instruction Tuning (FedIT)", "Progressive
        # Distractor Filtering for Robust 3D Gaussian Splatting": 3 of 3 on the tuning
        # papers; so does a known task in a system's name, the task it is scored on:
        # "Hallucination Detection via Reasoning Subspace Projection (HARP)")
        # ("Active Prompting for Information Extraction (APIE)": the task it is for)
        if not inside or any(c.end - c.start == n or long not in coined and
                             (c.canonical is not None or c.rule.startswith("gazetteer"))
                             and (c.type != "Task" or a.type in ("Model", "Method") or
                                  not _FOR_WORDS.isdisjoint(words[k:c.start]))
                             for c in inside) or \
                any(c.start < k < c.end or c.start < k + n < c.end for c in t_cands):
            continue
        if len(inside) == 1:
            # One name grows to the whole: its reading in the title stays ("The Stanford
            # EDGAR Filings Dataset: ..." the title's own), and so does its kind where it
            # is the head ("Heterogeneous Domain Adaptation" a task, as "Domain
            # Adaptation" was).
            c = inside[0]
            if c.end != k + n:
                c.type, c.type_conf = a.type, a.type_conf
            c.start, c.end, c.canonical = k, k + n, None
            continue
        t_cands = [c for c in t_cands if not (k <= c.start and c.end <= k + n)]
        t_cands.append(Candidate(k, k + n, a.type, a.type_conf, "capitalised"))
    return sorted(t_cands, key=lambda c: c.start)


# Kind words written after a name as a label, not a part of it ("LookAhead Tuning" and
# "Focal Loss" name techniques by them).
_LABEL_KINDS = frozenset(("dataset", "benchmark", "corpus", "framework", "suite", "algorithm",
                         "toolkit", "library", "system", "platform", "pipeline"))


def _drop_kind_words(cands: list[tuple[Candidate, Toks]]) -> None:
    """"the Hummus Dataset of ..." where the paper also says "Hummus": its kind, written in
    capitals after the name, is not part of it (one entity, not two)."""
    # (not after a known name: "the Aya Dataset" is data named after the Aya model)
    names = {fold(tk.name_text(c.start, c.end)) for c, tk in cands if c.canonical is None}
    for c, tk in cands:
        last = c.end - 1
        if c.end - c.start >= 2 and c.canonical is None and tk.text[last][:1].isupper() and \
                tk.lower[last] in _LABEL_KINDS and tk.text[last - 1] != "-" and \
                fold(tk.name_text(c.start, last)) in names:
            c.end = last


def _title_name_again(t_cands: list[Candidate], ttk: Toks, a_cands: list[Candidate],
                      atk: Toks) -> list[Candidate]:
    """The title's own name said again in the abstract, written the same ("Atlas: ..." and
    "Atlas is 7.38% better than FasterViT"): a name even where it is an ordinary word that
    the name rules pass over at a sentence's start. `a_cands` with them, in order."""
    own = [c for c in t_cands if c.title_prefix and c.rule == "title-name" and
           c.canonical is None and (any(ch.isupper() for ch in ttk.span_text(c.start, c.end)) or
                                    LOWER_DIGIT_NAME.fullmatch(ttk.span_text(c.start, c.end)))]
    if not own:
        return a_cands
    taken = set()
    for c in a_cands:
        taken.update(range(c.start, c.end))
    added = []
    for t in own:
        words = ttk.text[t.start:t.end]
        n = len(words)
        # The abstract's own reading of the name, where it has one, types it ("... can be
        # coined Model Stock" a method, though "Model Stock:" reads as a model).
        said = next((c for c in a_cands if atk.text[c.start:c.end] == words), t)
        first = words[0]
        for k in [k for k, w in enumerate(atk.text[:atk.n - n + 1]) if w == first]:
            if atk.text[k:k + n] != words or atk.sent_of[k] != atk.sent_of[k + n - 1]:
                continue
            inside = [c for c in a_cands if k <= c.start and c.end <= k + n]
            if taken.intersection(range(k, k + n)) and not (
                    len(inside) == 1 and inside[0].canonical is None and
                    inside[0].end - inside[0].start < n and
                    taken.intersection(range(k, k + n)) == set(range(inside[0].start,
                                                                     inside[0].end))):
                continue
            # (a part of it that a rule took alone, "R1V" of "The Skywork R1V model", is the
            # whole name)
            for c in inside:
                a_cands.remove(c)
            added.append(Candidate(k, k + n, said.type, said.type_conf, "name"))
            taken.update(range(k, k + n))
    return sorted(a_cands + added, key=lambda c: c.start) if added else a_cands


def _family_base(name: str) -> str | None:
    """The name a variant is a release or a mode of: `base_name` ("AgentLM-70B" -> AgentLM),
    else the part before a last hyphenated capital, short form or capitalised word
    ("DualFact-T" -> DualFact, "Orchard-SWE", "Orchard-Claw" -> Orchard)."""
    base = base_name(name)
    if base is None and "-" in name:
        stem, _, tail = name.rpartition("-")
        if stem and tail[:1].isupper() and (
                len(tail) <= 2 or tail.isalpha() and len(tail) <= 4 or
                tail.isalpha() and tail[1:].islower() and len(tail) <= 8):
            return stem  # (also "Orchard-SWE", "Orchard-Claw": modes named by a word)
    if base is None and name.count(" ") == 1:
        stem, _, tail = name.partition(" ")
        if tail.isalpha() and tail[:1].isupper() and tail[1:].islower() and \
                len(tail) <= 10 and stem[-1:].isalnum() and (
                    not stem.isalpha() or _CAMEL.fullmatch(stem)):
            return stem  # "HealthBench Hard", "HealthBench Consensus": subsets by a word
    return base


def _of_family(name: str, keys: set[str]) -> bool:
    """Whether `name` is a variant of one of the folded names `keys`, through up to three
    steps ("MathFlow-P-7B" -> "MathFlow-P" -> "MathFlow")."""
    for _ in range(3):
        base = _family_base(name)
        if not base:
            return False
        if fold(base) in keys:
            return True
        name = base
    return False


_BARE_RULES = frozenset(("name", "name+context", "name+morphology"))


def _type_bare_mentions_of_definitions(roles: list[tuple[str, str, Candidate, Toks, int]],
                                       role_of, ttk: Toks
                                       ) -> list[tuple[str, str, Candidate, Toks, int]]:
    """A name the paper defines as a task or a metric ("the Airport Gate Assignment Problem
    (AGAP)", "Face anti-spoofing (FAS)") is one in its bare mentions too, which only their
    shape typed (as methods); their roles are read again for that type. After the
    definitions' roles: one the paper proposes has become its method by then."""
    definitions = {fold(tk.name_text(c.start, c.end)): c.type for _r, _ru, c, tk, _s in roles
                   if c.rule in ("abbreviation", "abbreviation+gazetteer")}
    # The long form of a definition the paper proposes, said whole elsewhere (its title:
    # "Structure-Guided Entity Resolution: ..." of "we introduce Structure-Guided Entity
    # Resolution (SGER), a novel framework"), is the proposal, not the task it reads as.
    proposed_longs = {fold(c.long_form): c.type for r, _ru, c, _tk, _s in roles
                      if r == "proposes" and c.rule == "abbreviation" and c.long_form and
                      c.type in ("Method", "Model")}
    for i, (_role, _rule, c, tk, si) in enumerate(roles if proposed_longs else ()):
        t = proposed_longs.get(fold(tk.name_text(c.start, c.end))) if c.type == "Task" \
            else None
        if t is not None:
            c.type = t
            roles[i] = ("proposes", "title-name" if tk is ttk else "propose-near", c, tk, si)
    if not definitions:
        return roles
    defined = {k: t for k, t in definitions.items() if t in ("Task", "Metric")}
    # (and any kind a listed definition states, over a bare mention's shape: "visual
    # instruction tuning (VIT) ... VIT equips MLLMs" is no ViT model)
    listed = {fold(tk.name_text(c.start, c.end)): c.type for _r, _ru, c, tk, _s in roles
              if c.rule == "abbreviation+gazetteer"}
    out = []
    for role, rule, c, tk, si in roles:
        if c.rule not in _BARE_RULES:
            out.append((role, rule, c, tk, si))
            continue
        # (also "AGAP benchmarks", "GCD datasets": data for the task, not the task's kind)
        plural_kind = c.rule == "name+context" and c.end < tk.n and \
            tk.lower[c.end] in lx.HEAD_TYPES and tk.lower[c.end].endswith("s")
        key = fold(tk.name_text(c.start, c.end))
        # (and "the ACD model" of "Argumentative component detection (ACD)": a system for
        # the task, named by it)
        task_system = c.rule == "name+context" and defined.get(key) == "Task" and \
            c.end < tk.n and lx.HEAD_TYPES.get(tk.lower[c.end]) in ("Model", "Method",
                                                                  "Benchmark", "Dataset")
        # (a shape alone gives way to the paper's own definition too: "Many-to-many
        # summarization (M2MS) ... their M2MS ability" is no "-2M" model)
        # (a definition read as a task that the paper proposes, its method by now, types
        # its bare mentions as one: "ELTEX (Efficient LLM Token Extraction), a framework ...
        # the ELTEX-enhanced model")
        kind = definitions.get(key) if c.rule == "name" else \
            defined.get(key) if plural_kind or task_system else \
            listed.get(key) or defined.get(key) if c.rule == "name+morphology" else None
        if kind is not None and kind != c.type:
            c.type = kind
            role, rule = role_of(c, tk, si)
        out.append((role, rule, c, tk, si))
    return out


def _harmonise_types(cands: list[tuple[Candidate, Toks]]) -> None:
    """One new name is one kind of thing within a paper: its mentions take the type of its
    best-evidenced mention ("we propose MiniPLM, a KD framework" types every later "MiniPLM"
    a Method, although "-PLM" alone looks like a model); otherwise the corpus vote in resolve
    would let several shape-only guesses outvote the one stated kind."""
    keyed = [(c, fold(tk.name_text(c.start, c.end))) for c, tk in cands
             if c.canonical is None and c.type in lx.ARTIFACT_TYPES]
    # "Vision-language pre-training (VLP) ... existing surgical VLP datasets": data for a
    # technique the paper defines, not the technique's kind; "extended pretraining (EPT) ...
    # the EPT model": the model the technique made
    # (also a known one: "Continual learning (CL) ... on CL benchmarks")
    techniques = {fold(tk.name_text(c.start, c.end)): c for c, tk in cands
                  if c.rule in ("abbreviation", "abbreviation+gazetteer") and c.long_form and
                  c.long_form.rsplit(None, 1)[-1].lower().endswith(_TECHNIQUE_ENDS)}
    if techniques:
        for c, tk in cands:
            head = lx.HEAD_TYPES.get(tk.lower[c.end]) if c.end < tk.n else None
            if c.rule == "name+context" and (
                    head in ("Dataset", "Benchmark") and tk.lower[c.end].endswith("s") or
                    head == "Model") and \
                    (d := techniques.get(fold(tk.name_text(c.start, c.end)))) is not None:
                c.type, c.type_conf = d.type, d.type_conf
    best: dict[str, Candidate] = {}
    for c, k in keyed:
        b = best.get(k)
        if b is None or _better_typed(c, b):
            best[k] = c
    for c, k in keyed:
        b = best[k]
        # (a shape-only guess also gives way to a list's reading: "benchmark datasets, LiTS
        # and 3DIRCADb ... observed on 3DIRCADb")
        if (b.type_conf >= 0.7 or c.rule == "name" and b.rule == "name+list" or
                c.rule == "title-name" and c.type_conf <= _TITLE_GUESS and
                b.rule not in _SHAPE_RULES) and _better_typed(b, c):
            # (a title name's default guess also gives way to what the abstract says of it:
            # "MOCHA: Are Code Language Models Robust ...?" ... "Fine-tuning on MOCHA")
            c.type = b.type
    # "FiMI (Finance Model for India), a ... language model ... two variants: FiMI Base and
    # FiMI Instruct": a release of a new model the paper names is a model ("-Instruct" alone
    # reads as data, "Evol-Instruct"; a known model's, "LLaVA-Instruct", is left so).
    models = {k for c, k in keyed if c.type == "Model" and c.type_conf >= 0.7}
    if models:
        # (not where any mention states its kind: "the ViSpeak-Instruct dataset", "an
        # instruction dataset UniCoder-Instruct")
        stated = {k for c, k in keyed if c.rule not in _SHAPE_RULES}
        for c, tk in cands:
            name = tk.name_text(c.start, c.end)
            base, _, release = name.replace("-", " ").rpartition(" ")
            if c.canonical is None and c.type != "Model" and \
                    release.lower() in _RELEASE_WORDS and fold(base) in models and \
                    fold(name) not in stated:
                c.type, c.type_conf = "Model", 0.7
    # Another version of data the paper names is data, whatever the version shape suggests:
    # "LC-QuAD 3.0, a new dataset derived from LC-QuAD 2.0".
    # (data named with a version itself: "the MedGemma collection" leaves "MedGemma 1.5" a
    # model)
    data = {_unversioned(tk.name_text(c.start, c.end)): c.type for c, tk in cands
            if c.canonical is None and c.type in ("Dataset", "Benchmark") and
            (c.type_conf >= 0.7 or c.rule == "coined") and c.rule != "name+morphology" and
            TRAILING_VERSION.search(tk.name_text(c.start, c.end))}
    if data:
        for c, tk in cands:
            name = tk.name_text(c.start, c.end)
            if c.rule == "name+morphology" and c.type == "Model" and \
                    TRAILING_VERSION.search(name) and _unversioned(name) in data:
                c.type, c.type_conf = data[_unversioned(name)], 0.6


_RELEASE_WORDS = frozenset(("instruct", "base", "chat"))
_TECHNIQUE_ENDS = ("training", "tuning", "learning")
_SHAPE_RULES = frozenset(("name", "name+morphology", "name+list"))
_TITLE_GUESS = 0.45  # the type_conf of a title name typed by no evidence (names.py)


_SLASHED = re.compile(r"(.+[-\s]|.*[A-Za-z])(\d+(?:\.\d+)?[A-Za-z]*(?:/\d+(?:\.\d+)?[A-Za-z]*)+)")
_SIZE_PART = re.compile(r"(\d+(?:\.\d+)?)([A-Za-z]*)")


def _slashed_releases(name: str, typ: str) -> tuple[str, ...]:
    """A model's "Llama-2-7B/13B" -> ("Llama-2-7B", "Llama-2-13B"); "GPT-3.5/4" ->
    ("GPT-3.5", "GPT-4"); "Pythia-1.4B/7B/12B" -> three; any other name (or a name of
    another type) alone. A size without a unit takes the others' ("Qwen2.5-3/7B" is rare;
    "7B/13B" the usual)."""
    m = _SLASHED.fullmatch(name) if typ == "Model" else None
    if m is None:
        return (name,)
    stem = m.group(1)
    parts = [_SIZE_PART.fullmatch(p).groups() for p in m.group(2).split("/")]
    units = {u.lower() for _n, u in parts if u}
    if len(units) > 1 or units and not parts[-1][1]:
        return (name,)  # ("7B/1T" are not two sizes; "SigLIP-SO400M/14" a patch size)
    unit = next((u for _n, u in reversed(parts) if u), "")
    return tuple(stem + n + (u or unit) for n, u in parts)


def _unversioned(name: str) -> str:
    return fold(TRAILING_VERSION.sub("", name))


def _better_typed(c: Candidate, b: Candidate) -> bool:
    """Whether mention `c` types a name better than `b`. A benchmark is often also called a
    dataset ("XL-AlpacaEval, a new benchmark ...; the XL-AlpacaEval datasets"), a dataset
    rarely a benchmark: a stated Benchmark stands against a Dataset."""
    pair = (c.type, b.type)
    if pair == ("Benchmark", "Dataset") and c.type_conf >= 0.7:
        return True
    if pair == ("Dataset", "Benchmark") and b.type_conf >= 0.7:
        return False
    if c.type_conf == b.type_conf:
        # a stated kind beats a shape as sure ("we construct SPAR-7M, a large-scale dataset"
        # against "-7M" read as a model size)
        # (but "CIGEval, a ... framework for evaluation" stays the benchmark "-Eval" says)
        return c.rule != "name+morphology" and b.rule == "name+morphology" and \
            b.type == "Model"
    return c.type_conf > b.type_conf


# strip_markup's result: plain text, emphasised spans, word fragments.
_Plain = tuple[str, list[tuple[int, int]], list[tuple[int, int]]]


class Extractor:
    def __init__(self, profile: str = "fast", gazetteer_dir: str | None = None,
                 batch_size: int = 256, terms_model: str | None = None) -> None:
        from litgraph.extract.pipeline import build_nlp

        self.profile = profile
        self.nlp = build_nlp(profile, gazetteer_dir)
        component = self.nlp.get_pipe("litgraph_gazetteer")
        self.gazetteer = component.gazetteer
        self.matchers = component.matchers
        self.batch_size = batch_size
        self.doc_sents = profile != "fast"  # the parser sets sentence boundaries
        self.terms = None  # optional research-term model (litgraph.terms), adds "mentions"
        if terms_model is not None:
            from litgraph.terms.model import TermModel

            self.terms = TermModel.load(terms_model)

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, type) character spans of every name found in `text`, including the
        long forms of abbreviation definitions (used for mention-level evaluation)."""
        tk = Toks(self.nlp(text), self.doc_sents, text, text)
        out = []
        for c in find_candidates(tk, self.gazetteer, self.matchers, in_title=False):
            out.append((tk.idx[c.start], tk.end_char(c.end - 1), c.type))
            if c.long_span:
                out.append((tk.idx[c.long_span[0]], tk.end_char(c.long_span[1] - 1), c.type))
        return out

    def extract(self, paper: Paper) -> Extraction:
        return next(self.extract_many([paper]))

    def extract_many(self, papers: Iterable[Paper]) -> Iterator[Extraction]:
        def texts() -> Iterator[str]:
            for title, abstract in plain:
                yield title[0]
                yield abstract[0]

        buffer: list[Paper] = []
        it = iter(papers)
        while True:
            buffer = [p for _, p in zip(range(self.batch_size), it)]
            if not buffer:
                return
            # Each text's markup is read once, for the tokenizer and the rules alike.
            plain = [(strip_markup(p.title), strip_markup(p.abstract)) for p in buffer]
            docs = list(self.nlp.pipe(texts(), batch_size=self.batch_size * 2))
            for i, paper in enumerate(buffer):
                yield self._paper(paper, docs[2 * i], docs[2 * i + 1], *plain[i])

    # -- one paper ----------------------------------------------------------------------------

    def _paper(self, paper: Paper, title_doc, abs_doc, title_plain: _Plain | None = None,
               abstract_plain: _Plain | None = None) -> Extraction:
        """`title_plain`, `abstract_plain`: strip_markup of the title and abstract, when the
        caller has them."""
        ext = Extraction(paper_key=paper.key)
        title, t_emph, _ = title_plain or strip_markup(paper.title)
        abstract, a_emph, a_fragments = abstract_plain or strip_markup(paper.abstract)
        # The markup was blanked to the same length, so token offsets fit the original text,
        # which evidence quotes.
        ttk = Toks(title_doc, self.doc_sents, paper.title, title)
        atk = Toks(abs_doc, self.doc_sents, paper.abstract, abstract)
        t_cands = find_candidates(ttk, self.gazetteer, self.matchers, in_title=True,
                                  context=abstract, emphasis=t_emph)
        a_cands = find_candidates(atk, self.gazetteer, self.matchers, in_title=False,
                                  context=title, emphasis=a_emph,
                                  fragments=a_fragments)
        if languages := _said_to_be_languages(a_cands, atk):
            t_cands = [c for c in t_cands if fold(ttk.name_text(c.start, c.end)) not in languages]
            a_cands = [c for c in a_cands if fold(atk.name_text(c.start, c.end)) not in languages]
        _own_title_name(t_cands, ttk, a_cands, atk)
        t_cands = _title_long_forms(t_cands, ttk, a_cands, atk)
        a_cands = _title_name_again(t_cands, ttk, a_cands, atk)
        _drop_kind_words([(c, ttk) for c in t_cands] + [(c, atk) for c in a_cands])
        _harmonise_types([(c, ttk) for c in t_cands] + [(c, atk) for c in a_cands])
        proposed: Candidate | None = None
        proposed_name = ""
        roles: list[tuple[str, str, Candidate, Toks, int]] = []
        background = _background_sentences(atk)
        if background:
            # (a sentence naming the title's own name speaks of the paper's work: "VeriTrans:
            # ..." and "\\textbf{VeriTrans} is a reliability-first ML system ... On SatBench,
            # VeriTrans achieves 94.46%", before any "we" or "our")
            own = {fold(ttk.name_text(c.start, c.end)) for c in t_cands if c.title_prefix}
            background = min((background, *(atk.sent_of[c.start] for c in a_cands
                                            if fold(atk.name_text(c.start, c.end)) in own)))
        evaluative: dict[tuple[int, int], bool] = {}

        def role_of(c: Candidate, tk: Toks, si: int) -> tuple[str, str]:
            s, e = tk.sents[si]
            in_title = tk is ttk
            if (id(tk), si) not in evaluative:
                # (not a capitalised word of a name other than a metric's: "the Aya
                # Evaluation Suite")
                named = {k for o in (t_cands if in_title else a_cands)
                         if s <= o.start < e and o.type != "Metric"
                         for k in range(o.start, o.end) if tk.text[k][:1].isupper()}
                evaluative[id(tk), si] = any(
                    tk.lower[j] in lx.EVAL_WORDS and j not in named for j in range(s, e))
            eval_sentence = evaluative[id(tk), si]
            role, rule = assign_role(tk, c, s, e, eval_sentence, in_title)
            if rule == "eval-context" and c.type == "Dataset" and c.canonical is not None and \
                    self.gazetteer.is_training_data(c.canonical) and \
                    not _tested_on(tk.lower, c.start, s) and \
                    not (c.end < e and tk.lower[c.end] in ("benchmark", "benchmarks")):
                # Training data named in an evaluation sentence is still what the paper trains
                # on: "trained on 12 instruction datasets ... (e.g., OpenAssistant)", "datasets
                # (Alpaca-52k and Evol-Instruct-70k)" (not "evaluated on ShareGPT", nor "the
                # Alpaca benchmark")
                role, rule = "uses", "default"
            if c.type == "Task" and c.rule in ("abbreviation", "capitalised+gazetteer") and \
                    role != "proposes":
                # A definition named like a task that the paper proposes is its method
                # ("we propose Confidence-Aware Response Generation (CARG)"; "we propose
                # Sentiment-Augmented Role Clustering, which ...").
                c.type = "Method"
                as_method = assign_role(tk, c, s, e, eval_sentence, in_title)
                if as_method[0] == "proposes":
                    role, rule = as_method
                else:
                    c.type = "Task"
            elif c.type == "Task" and c.rule == "capitalised+gazetteer" and role == "proposes":
                c.type = "Method"  # "we propose a novel 3D registration paradigm, Generative
                # Point Cloud Registration": named after its task, the paper's method
            if not in_title and si < background and role != "proposes" and \
                    rule in _BACKGROUND_RULES and c.type != "Metric":
                # Said before the paper says what it does: background ("LLMs such as
                # ChatGPT ..."); a later use of the same name still wins.
                role, rule = "mentions", "background"
            return role, rule

        for tk, cands in ((ttk, t_cands), (atk, a_cands)):
            ci = 0
            for si, (_s, e) in enumerate(tk.sents):
                while ci < len(cands) and cands[ci].start < e:
                    c = cands[ci]
                    ci += 1
                    roles.append((*role_of(c, tk, si), c, tk, si))
        roles = _type_bare_mentions_of_definitions(roles, role_of, ttk)
        _propose_coordinated(roles)
        _compare_coordinated(roles)
        _propose_colon_list(roles)
        _propose_parts(roles)
        for i, (role, _rule, c, tk, si) in enumerate(roles):
            if role != "proposes" and tk is atk and (
                    item_of_a_listed_proposal(tk, c, tk.sents[si][0]) or
                    opens_a_part_of_a_proposal(tk, c, si)):
                roles[i] = ("proposes", "propose-cue", c, tk, si)
        roles = _known_shorts_not_proposed(roles)
        roles = _existing_not_proposed(roles)
        roles = _kind_in_apposition_not_proposed(roles)
        roles = _defined_as_the_title(roles, title)
        roles = _title_term_beside_a_name(roles)
        # A new name the paper keeps using, in a sentence where it proposes something,
        # is what it proposes ("With MORepair, we propose ...").
        # A bare name-shaped token ("NN", "PDF", "RapidAPI") with no context, type cue or
        # propose cue is rarely a named artifact: keep it only when the paper repeats it.
        proposed_now = {fold(tk.name_text(c.start, c.end)) for role, _ru, c, tk, _s in roles
                        if role == "proposes"}
        counts: dict[str, int] = {}
        for _r, _ru, c, tk, _s in roles:
            k = fold(tk.name_text(c.start, c.end))
            counts[k] = counts.get(k, 0) + 1
        # An undefined all-capitals acronym that no cue ever types or roles ("CT", "PDE",
        # "KV") is mostly a field's everyday abbreviation, not a named artifact (6 of 20 right
        # on the tuning papers): dropped even when repeated.
        # A name the paper defines as a known kind, or that a cue types elsewhere, is cued
        # everywhere ("SMART (Submodular data Mixture strAtegy)" ... "SMART outperforms").
        cued = {fold(tk.name_text(c.start, c.end)) for _r, ru, c, tk, _s in roles
                if (c.rule == "abbreviation" and c.type_conf >= 0.5) or
                # (also one it defines as a known technique: "Flow matching (FM) ... PAFM
                # improves over FM")
                c.rule == "abbreviation+gazetteer" or
                (c.rule == "name" and ru not in _NO_CUE_ROLE_RULES) or
                (c.rule == "name+context" and ru == "naming")}

        # A defined term of no known kind said only as background ("Positron emission
        # tomography (PET)"): a field's vocabulary, not an artifact (8 of 9 on the tuning
        # papers); so is its short form written alone later ("Root Cause Analysis (RCA) ...
        # leverages LLMs for RCA").
        def vocabulary_term(c: Candidate, rule: str) -> bool:
            return c.rule == "abbreviation" and c.type_conf < 0.5 and rule == "background"

        vocabulary = {fold(tk.name_text(c.start, c.end)) for _r, rule, c, tk, _s in roles
                      if vocabulary_term(c, rule)}

        def keep(c: Candidate, role: str, rule: str, tk: Toks) -> bool:
            if vocabulary_term(c, rule):
                return False
            if c.rule == "emphasis" and role != "proposes" and \
                    _LOWER_COMPOUND.fullmatch(name := tk.name_text(c.start, c.end)) and \
                    fold(name) not in proposed_now and \
                    not tk.source.endswith("\\texttt{", 0, tk.idx[c.start]):
                # "\\emph{higher-order}", "\\textit{role-separation learning}": words
                # stressed, no name the paper gives (but "\\texttt{lmms-eval}", code, is one;
                # and so is what the paper proposes: "\\emph{cross-tuning}"). Of 66 such
                # compounds not proposed, over 3,333 corpus abstracts with emphasis, 2 were
                # names, and of 130 such phrases none was.
                return False
            if c.rule != "name" or role == "proposes":
                return True
            name = tk.name_text(c.start, c.end)
            key = fold(name)
            if key in vocabulary:
                return False
            if key in proposed_now:
                return True  # "We propose GAEA, a ... model. ... GAEA outperforms X"
            base = _family_base(name)
            if base is not None and fold(base) in proposed_now:
                # "... yields MAmmoTH2-Plus": a release of the proposed one; "two modes:
                # DualFact-T ... and DualFact-V": its modes
                return True
            if rule == "compare-cue" and (_CAMEL.fullmatch(name) or (
                    m := _VERSIONED.fullmatch(name)) and
                    self.gazetteer.lookup(m.group(1)) is None) and \
                    not _PLURAL_ACRONYM.fullmatch(name):
                # "DataJuicer significantly outperforms existing DataSieve": a camel-case
                # name compared with is a system, said once or not (17 of 20 right over the
                # 8,000-abstract dump; other shapes said once as often are not: "non-IID",
                # "H&E-stained", "BLEU-1"); so is a capitals or camel-case name with a
                # version number ("outperforming strong drafters such as EAGLE-3").
                return True
            if rule == "compare-cue" and _listed_acronym(tk, c, name):
                # "outperforms prior works such as KIVI, SKVQ, KVQuant, and CQ": a list's
                # items compared with are systems, capitals alone too
                return True
            return counts[key] > 1 and (key in cued or not _ACRONYM.fullmatch(name))

        roles = [r for r in roles if keep(r[2], r[0], r[1], r[3])]
        kept = {id(r[2]) for r in roles}
        a_cands = [c for c in a_cands if id(c) in kept]
        # A name the background already used ("Visual instruction fine-tuning (IFT) is ...")
        # is not what "we establish a new IFT dataset" proposes.
        if background:
            # (also in the singular: "Concept Bottleneck Models (CBMs) are ..." is not made new
            # by "we introduce f-CBM, a faithful multimodal CBM framework")
            seen = {k for _r, _ru, c, tk, si in roles if tk is atk and si < background
                    for n in (tk.name_text(c.start, c.end),)
                    for k in (fold(n), *((fold(n[:-1]),) if _PLURAL_ACRONYM.fullmatch(n)
                                         else ()))}
            roles = [(default_role(c.type), "default", c, tk, si)
                     if role == "proposes" and rule in _CUE_PROPOSALS and
                     tk is atk and si >= background and fold(tk.name_text(c.start, c.end)) in seen
                     else (role, rule, c, tk, si) for role, rule, c, tk, si in roles]
        # (a survey proposes no system of its own: "A Survey of Continual Reinforcement
        # Learning ... we propose a new taxonomy of CRL methods")
        novel_role = set() if _survey_title(ttk.lower) else _novel_names(roles)
        our_bases = {fold(b) for role, rule, c, tk, _s in roles if rule == "our-name"
                     for b in (base_name(tk.name_text(c.start, c.end)),) if b}
        proposed_keys = {fold(tk.name_text(c.start, c.end)) for role, _r, c, tk, _s in roles
                         if role == "proposes" or id(c) in novel_role}
        # A release of a proposed system named by shape alone is of its kind ("MAmmoTH2-Plus"
        # of the model MAmmoTH2).
        kinds = {fold(tk.name_text(c.start, c.end)): c.type for role, _r, c, tk, _s in roles
                 if role == "proposes" and c.rule != "name"}
        shape_only = [(c, tk) for _r, _ru, c, tk, _s in roles if c.rule == "name"] \
            if kinds else []
        if shape_only:
            typed: dict[str, set[str]] = {}
            for _r, _ru, c, tk, _s in roles:
                if c.rule != "name":
                    typed.setdefault(fold(tk.name_text(c.start, c.end)), set()).add(c.type)
            # (a family's kind its shape alone gave is no evidence for a mode said once:
            # "Chain-of-Language-Model (CoLM)" reads as a model, "CoLM-Air" is a method)
            # (but a "-Bench" ending is: "HealthBench Hard" of the benchmark HealthBench)
            stated = {fold(tk.name_text(c.start, c.end)) for role, _r, c, tk, _s in roles
                      if role == "proposes" and (c.rule not in ("name", "name+morphology") or
                                                 c.rule == "name+morphology" and
                                                 c.type == "Benchmark")}
            for c, tk in shape_only:
                name = tk.name_text(c.start, c.end)
                own = typed.get(fold(name))
                base = base_name(name) if own is None else None
                if base is not None and fold(base) in kinds:
                    c.type = kinds[fold(base)]
                    continue
                # A mode named by a suffix ("SLNet-S", "SLNet-M" of the model SLNet), also
                # said once with its kind's context: "the proper action (WorldPrediction-WM)
                # ... 57% accuracy on WorldPrediction-WM" of the benchmark WorldPrediction.
                base = _family_base(name)
                while base is not None and fold(base) not in kinds:
                    base = _family_base(base)
                kind = kinds[fold(base)] if base is not None else None
                tail = name.rpartition("-")[2].lower()
                # (not a kind word's own: "MMMG-Score" is the benchmark MMMG's metric; nor
                # a system named after a metric or a task: "GoGI-Skip" of the metric GoGI)
                if kind is not None and (kind in own if own else kind not in (
                        "Metric", "Task") and lx.LONG_FORM_HEADS.get(tail, kind) == kind and
                        fold(base) in stated):
                    c.type = kind
        for role, rule, c, tk, si in roles:
            field = "title" if tk is ttk else "abstract"
            if novel_role and id(c) in novel_role:
                role, rule = "proposes", "novel-name"
            elif role == "proposes" and rule in _CUE_PROPOSALS and \
                    _PLURAL_ACRONYM.fullmatch(tk.name_text(c.start, c.end)) and \
                    tk.lower[(e := c.end + (tk.lower[c.end:c.end + 1] == [")"])):e + 2] \
                    not in ([",", "a"], [",", "an"]):
                # "we introduce process reward models (PRMs) into RGS", "a benchmark
                # assessing LALMs' ...": a plural names a kind applied or studied, not the new
                # thing (7 of 9 over the 8,000-abstract dump); one said to be "a" thing is
                # no plural ("we introduce CompAs, a meta-learning framework", "T2Bs, a
                # framework for ...": 4 corpus papers)
                role, rule = default_role(c.type), "default"
            elif role != "proposes" and (proposed_keys or our_bases):
                # "AgentLM-70B" when the paper proposes AgentLM: a release of the same thing;
                # "Our most powerful model, FLAN-MOE-32B, ..." makes FLAN-MOE the paper's too.
                name = tk.name_text(c.start, c.end)
                if role == "comparesWith" and fold(name) in proposed_keys:
                    # "evaluations against leading LLMs, including GPT-4o and DeepSeek,
                    # demonstrate that PersonaFuse achieves ...": the paper's own system is
                    # compared, not compared with
                    role, rule = default_role(c.type), "default"
                elif c.canonical is None and _of_family(name, proposed_keys) or \
                        fold(name) in our_bases:
                    role, rule = "proposes", "proposed-variant"
            # "Our model" in a result or claim is the proposed model or method; a coined
            # term of ordinary words is mostly a part of it ("instruction-aware feature
            # extraction").
            if role == "proposes" and (proposed is None or proposed.type == "Dataset") and \
                    c.type in ("Model", "Method", "Dataset") and c.rule != "coined":
                proposed, proposed_name = c, fold(tk.name_text(c.start, c.end))
            # Calibrated by the candidate's own type: a known dataset the paper evaluates on
            # is often voted a Dataset corpus-wide, and links to datasets are less sure.
            ev = Evidence(sentence=tk.sent_text(si), start=tk.idx[c.start],
                          end=tk.end_char(c.end - 1), rule=f"{c.rule}/{rule}",
                          confidence=link_confidence(c.rule, rule, c.type_conf,
                                                     ROLE_CONF[rule], c.type), field=field)
            # Data the paper scores systems on is a benchmark here (annotation guide); the
            # corpus-level vote in resolve weighs this against its other uses.
            typ = "Benchmark" if c.type == "Dataset" and role == "evaluatesOn" else c.type
            # A word sharing a coordination's head is written out: "mathematical [reasoning]"
            # in "mathematical and commonsense reasoning".
            text = c.known_as if c.rule == SHARED_HEAD else tk.name_text(c.start, c.end)
            # "Llama-2-7B/13B", "GPT-3.5/4": two sizes or releases of one model, each a name
            for one in _slashed_releases(text, c.type):
                ext.mentions.append(Mention(
                    text=one, type=typ, role=role, evidence=ev,
                    long_form=c.long_form, type_confidence=c.type_conf, known_as=c.known_as))
        # Relations and results need the proposed entity, known after the title.
        tk, cands = atk, a_cands
        if proposed is not None and proposed.type != "Dataset":
            # What the paper proposes is one kind of system in its claims, although one
            # mention's context looked like data ("On CelebDF, COF outperforms X"; the subject
            # after a fronted phrase: "On RadDiffBench, RadDiff achieves 47% accuracy,
            # significantly outperforming ... VisDiff").
            for c in cands:
                if (c.type == "Dataset" or c.type == "Benchmark" and
                        proposed.type in ("Model", "Method") and
                        tk.lower[c.start - 1:c.start] == [","]) and c.canonical is None and \
                        fold(tk.name_text(c.start, c.end)) == proposed_name:
                    c.type = proposed.type
        by_sent = _by_sentence(tk, cands)
        # The one benchmark the paper introduces (a score naming no benchmark is on it).
        own_benches = {fold(btk.name_text(c.start, c.end)): c
                       for role, _ru, c, btk, _s in roles
                       if role == "proposes" and c.type == "Benchmark" and btk is atk}
        own_bench = next(iter(own_benches.values())) if len(own_benches) == 1 else None
        evaluated = False
        if own_bench is None and not own_benches:
            # ... else the one benchmark the abstract names at all, when it is evaluated on
            # ("We evaluate WE-PaDiM on the MVTec AD dataset ... The method achieves ...,
            # yielding average results of 99.32% Image-AUC")
            # (any of its mentions evaluated on: "... on the teaLeafBD dataset. teaLeafBD
            # dataset contains seven classes ...")
            named: dict[str, tuple[str, Candidate]] = {}
            for role, _ru, c, btk, _s in roles:
                if c.type in ("Benchmark", "Dataset") and btk is atk and \
                        not data_as_modifier(atk, c):
                    key = fold(btk.name_text(c.start, c.end))
                    if key not in named or role == "evaluatesOn":
                        named[key] = (role, c)
            if len(named) == 1 and next(iter(named.values()))[0] == "evaluatesOn":
                own_bench, evaluated = next(iter(named.values()))[1], True
        beaten: dict[int, Candidate] = {}  # char offset -> a system a claim says is beaten
        # (find_results also reads the proposed candidate, where it is in `cands`)
        at_proposed = next((i for i, c in enumerate(cands) if c is proposed), None)
        # "it" is the paper's system named last as a claim's or result's subject, when the
        # paper proposes several ("DiagAgent achieves ... it surpasses Claude-sonnet-4" in a
        # paper proposing DiagGym first)
        last_named: tuple[int, Candidate] | None = None
        for si, (s, e) in enumerate(tk.sents):
            held = by_sent[si]
            if not held:
                continue  # (no claim nor result without a name in the sentence)
            in_sent = [cands[i] for i in held]
            sentence = None
            mine, at_mine = proposed, at_proposed
            if last_named is not None and "it" in tk.lower[s:e]:
                at_mine, mine = last_named
            if si < background:
                # (said before the paper says what it does, a claim or score is not its own:
                # "model performance degrades when sequence length exceeds ... (e.g., RoPE)")
                mine, at_mine = None, None
            named_here: Candidate | None = None
            for subj, obj, k in find_outperforms(tk, in_sent, s, e, mine):
                stk = tk if any(subj is c for c in cands) else ttk
                subj_text = stk.name_text(subj.start, subj.end)
                obj_text = tk.name_text(obj.start, obj.end)
                if fold(subj_text) == fold(obj_text):
                    continue  # a name "outperforming" itself is a misread clause, no claim
                sentence = sentence or tk.sent_text(si)
                ev = Evidence(sentence=sentence, start=tk.idx[k], end=tk.end_char(k),
                              rule="outperforms-cue",
                              confidence=combine(min(subj.type_conf, obj.type_conf), 0.8))
                for one_subj in _slashed_releases(subj_text, subj.type):
                    for one_obj in _slashed_releases(obj_text, obj.type):
                        ext.relations.append(RelationMention(one_subj, "outperforms", one_obj,
                                                             ev))
                beaten[tk.idx[obj.start]] = obj
                named_here = named_here or _own_named(subj, subj_text, in_sent, proposed_keys)
            for r in find_results(tk, in_sent if at_mine is None or at_mine in held
                                  else [cands[i] for i in sorted((*held, at_mine))],
                                  s, e, mine, own_bench, evaluated):
                subj = r["subject"]
                stk = tk if any(subj is c for c in cands) else ttk
                named_here = named_here or _own_named(
                    subj, stk.name_text(subj.start, subj.end), in_sent, proposed_keys)
                k = r["token"]
                sentence = sentence or tk.sent_text(si)
                ev = Evidence(sentence=sentence, start=tk.idx[k], end=tk.end_char(k),
                              rule="result-pattern",
                              confidence=combine(r["benchmark"].type_conf, 0.75))
                metric = r["metric"]
                bench = r["benchmark"]
                if fold(tk.name_text(bench.start, bench.end)) == \
                        fold(stk.name_text(subj.start, subj.end)):
                    continue  # (a system is not scored on itself)
                ext.results.append(ResultMention(
                    subject=stk.name_text(subj.start, subj.end),
                    benchmark=tk.name_text(bench.start, bench.end),
                    value=r["value"], evidence=ev,
                    metric=tk.name_text(metric.start, metric.end) if metric else None,
                    unit=r["unit"], value_text=r["value_text"]))
            if named_here is not None and named_here.type in ("Model", "Method"):
                last_named = (next(i for i in held if cands[i] is named_here), named_here)
        if beaten:
            _compared_where_beaten(ext.mentions, beaten)
        for url, start, end in find_urls(paper.abstract):
            sentence = atk.sent_at_char(start) or paper.abstract[start:end]
            ext.urls.append(UrlMention(url, Evidence(sentence, start, end, "url-pattern",
                                                     0.98)))
        if self.terms is not None:
            ext.mentions.extend(self.terms.mentions(
                paper, lambda f, k: (ttk if f == "title" else atk).sent_at_char(k)))
        return ext


def _by_sentence(tk: Toks, cands: list[Candidate]) -> list[list[int]]:
    """The indices in `cands` of the candidates starting in each sentence, in order: the
    claim and result rules read one sentence's candidates (and the proposed one), so they
    are grouped once, not filtered from all of them for every sentence (with none, the rules
    find nothing: the sentence is skipped)."""
    sents = tk.sents
    if any(a >= b for a, b in sents) or \
            any(sents[i][1] != sents[i + 1][0] for i in range(len(sents) - 1)):
        # (sentences that do not follow one another: each filtered as the rules did)
        return [[i for i, c in enumerate(cands) if a <= c.start < b] for a, b in sents]
    by_sent: list[list[int]] = [[] for _ in sents]
    lo, hi = (sents[0][0], sents[-1][1]) if sents else (0, 0)
    sent_of = tk.sent_of
    for i, c in enumerate(cands):
        if lo <= c.start < hi:
            by_sent[sent_of[c.start]].append(i)
    return by_sent


def _own_named(subj: Candidate, text: str, in_sent: list[Candidate],
               proposed_keys: set[str]) -> Candidate | None:
    """`subj` when the sentence names it and it is one the paper proposes (a claim's or a
    result's subject "it" may point back to)."""
    return subj if any(subj is c for c in in_sent) and fold(text) in proposed_keys else None


def _compared_where_beaten(mentions: list[Mention], beaten: dict[int, Candidate]) -> None:
    """A system an outperforms claim says was beaten is compared with there, whatever cue
    word the role rule saw nearest ("a +9.5% improvement over LLaVA-1.6-Vicuna-13B")."""
    for m in mentions:
        c = beaten.get(m.evidence.start) if m.evidence.field == "abstract" else None
        if c is None or m.role not in ("uses", "mentions"):
            continue
        m.role = "comparesWith"
        m.evidence = replace(
            m.evidence, rule=m.evidence.rule.rsplit("/", 1)[0] + "/compare-cue",
            confidence=link_confidence(c.rule, "compare-cue", c.type_conf,
                                       ROLE_CONF["compare-cue"], c.type))


# Lower-case words with a hyphen compound: "higher-order", "plug-and-play", "role-separation
# learning", "audio--visual alignment".
_LOWER_COMPOUND = re.compile(r"(?=.*-)[a-z]+(?:(?:--?| )[a-z]+)+")
_NO_CUE_ROLE_RULES = frozenset(("default", "title-default", "background"))
_ACRONYM = re.compile(r"[A-Z]{2,5}s?")
# (also two capitals opening a word: "UDapter")
_CAMEL = re.compile(r"(?:[A-Z][A-Za-z0-9]*(?:[a-z][A-Z]|[A-Z]{2}[a-z])|[A-Z]{2}[a-z])[A-Za-z0-9]*")
# "EAGLE-3", "ORCA-2", "FooBar-3": capitals or camel case with a version (not "Stage-2").
# (its base unknown: "BLEU-1" is a known measure's)
_LIST_BEFORE = frozenset((",", "as", "and", "or", "including", "e.g.", "e.g.,"))


def _listed_acronym(tk: Toks, c: Candidate, name: str) -> bool:
    """Whether `name` is a capitals-only name of three or more letters written as an item of
    a list ("such as KIVI, SKVQ, ..."): a comma or "and" / "or" after it, a list word
    before; or described as others' system ("the recently proposed KLE"); or what is
    outperformed ("surpassing RDED by +5.7%")."""
    return c.end - c.start == 1 and len(name) >= 3 and name.isalpha() and name.isupper() and \
        c.start > 0 and (tk.lower[c.start - 1] in _LIST_BEFORE and
                         c.end < tk.n and tk.lower[c.end] in (",", "and", "or") or
                         tk.lower[c.start - 1] in _OTHERS_SYSTEM_BEFORE or
                         # (or the object of the verb: "outperforms VAVA, which relies on
                         # ...", "surpassing RDED by +5.7%"; not "JAXA's product")
                         tk.lower[c.start - 1] in lx.OUTPERFORM_WORDS and
                         tk.lower[c.end:c.end + 1] not in (["'s"], ["’s"], ["-"]))


# Words right before a name compared with that say it is another paper's system.
_OTHERS_SYSTEM_BEFORE = frozenset(("proposed", "introduced", "popular", "state-of-the-art",
                                   "sota", "baseline", "prior", "previous"))


_VERSIONED = re.compile(r"([A-Z]{3,}|[A-Z][a-z]+[A-Z][A-Za-z]*)-?\d+(?:\.\d+)?")
_PLURAL_ACRONYM = re.compile(r"[A-Z0-9][A-Za-z0-9]*[A-Z]s")


_BACKGROUND_RULES = frozenset(("default", "use-cue", "eval-context", "eval-weak"))


def _background_sentences(tk: Toks) -> int:
    """Index of the first sentence where the paper speaks of its own work ("we", "our",
    "this paper", "in this work", "here"); the sentences before it are background. 0 when no
    sentence does (then nothing is treated as background)."""
    low = tk.lower
    for si, (s, e) in enumerate(tk.sents):
        if _OWN_CUES.isdisjoint(low[s:e]):
            continue  # no token the tests below look for
        for k in range(s, e):
            w = low[k]
            if w in _OWN_WORDS or (w == "this" and k + 1 < e and low[k + 1] in _OWN_NOUNS) or \
                    (w == "here" and k == s) or \
                    (w == "this" and k + 2 < e and low[k + 2] in _OWN_NOUNS and
                     low[k + 1].isalpha() and low[k + 1] not in _OTHERS_WORK):
                return si  # (also "This pilot study proposes ...", "this short paper")
    return 0


_OWN_WORDS = frozenset(("we", "our", "us"))
_OTHERS_WORK = frozenset(("previous", "prior", "earlier", "related", "existing", "original",
                          "same", "other", "latter", "former"))
_OWN_CUES = _OWN_WORDS | {"this", "here"}
_OWN_NOUNS = frozenset(("paper", "work", "study", "article", "research", "report", "thesis",
                        "letter", "note", "chapter", "survey", "review", "tutorial"))


def _known(c: Candidate) -> bool:
    """A gazetteer name, or one built on it ("U-Mamba", "Gemini Flash"); not a capitalised
    run holding a known term ("Supervised Random Walks"), which is often the paper's own."""
    return c.rule != "capitalised+gazetteer" and "gazetteer" in c.rule


_ADJECTIVE_END = re.compile(r"[a-z](ic|al|ar|ous|ive)$")


def _adjective_short(tk: Toks, c: Candidate) -> bool:
    """"equalizers for highly challenging underwater acoustic (UWA) channel equalization": a
    short form of a lower-case adjective, defined before the noun it modifies, is no name of
    the paper's new thing."""
    return c.long_form is not None and c.long_form.islower() and \
        _ADJECTIVE_END.search(c.long_form) is not None and \
        c.end + 1 < tk.n and tk.text[c.end] == ")" and tk.text[c.end + 1].isalpha() and \
        tk.text[c.end + 1].islower() and not is_stop(tk.lower[c.end + 1])


def _plural_long(c: Candidate) -> bool:
    """A short form defined by a capitalised plural long form: "Advanced Driver Assistance
    Systems (ADAS)" (a lower-case one is often the paper's own: "we ... recast in-context
    learning as in-context vectors (ICV)")."""
    last = c.long_form.rsplit(None, 1)[-1] if c.long_form else ""
    return len(last) > 3 and last[:1].isupper() and last.endswith("s") and \
        not last.endswith(("ss", "us", "is", "yes"))


# Words that say a thing exists already: "state-of-the-art", "existing", "previous" ones.
_PRIOR = lx.EXISTING | {"art", "sota", "previous", "prior", "baseline", "baselines",
                        "traditional", "shelf", "mainstream"}


def _said_to_exist(tk: Toks, c: Candidate, sent_start: int) -> bool:
    """"we develop a framework ... and evaluate three state-of-the-art NER models,
    ELMo-BiLSTM, UniversalNER, and GLiNER": a word of existence is the nearest marker before
    the name, back to a propose verb, a numbered item's "(iii)" or a semicolon (not "the
    popular X and a new Bayesian market maker (BMM)"); a propose verb said of others' work
    counts as one ("Recent work proposes X")."""
    low = tk.lower
    for k in range(c.start - 1, sent_start - 1, -1):
        w = low[k]
        if w in _PRIOR:
            return True
        if w in lx.PROPOSE_VERBS:
            return lx.others_work(low, k, sent_start)  # ("Recent work proposes X")
        if w in _NEW_OR_APART or lx.opens_numbered_item(low, k + 1, sent_start):
            return False  # (an item's own "(iii)")
    return False


_NEW_OR_APART = frozenset(("new", "novel", "our", ";"))
# What a described new thing combines or integrates ("an expert-guided framework that combines
# GSV images, ..."); a long form right after these (not after "with", "using": often the
# paper's own part, "an adapter with Complex Linear Projection Optimization (CoLin)") exists.
_COMBINING = frozenset(("combines", "combining", "integrates", "integrating", "incorporates",
                        "incorporating", "leveraging"))
_WITH_WORDS = frozenset(("with", "using", "via", "upon")) | _COMBINING
_BUILT_ON = frozenset(("based", "builds", "built", "relies", "rely", "relying", "building"))


def _listed_after_use(low: list[str], j: int, sent_start: int) -> bool:
    """Whether the "and" at `j` ends a defined item ("... (LLMs) and") that a use verb opens
    at most eight words before it, with no comma between."""
    if j - 1 < sent_start or low[j - 1] != ")":
        return False
    for i in range(j - 2, max(sent_start, j - 10) - 1, -1):
        if low[i] == ",":
            return False
        if low[i] in _USE_VERBS_BEFORE_THE:
            return True  # (not "via": "relying ... via Turn Isolation Retrieval (TIR) and
            # Query-Driven Pruning (QDP)" names the paper's own parts)
    return False


def _used_right_before(tk: Toks, c: Candidate, sent_start: int) -> bool:
    """"a training pipeline with NVIDIA NeMo", "built upon the X": what the new thing is made
    with, one or two words before the name; also the data it is trained or scored on
    ("fine-tuning on both Roman-Urdu-Parl and ...", "on the X dataset") or drawn from."""
    # (also "a seq2seq LLM based on Marian"; "320 natural sentences from the BCC corpus")
    if c.written_from(sent_start) < c.start:
        # A defined short form: what its long form is built on ("based on the Elaboration
        # Likelihood Model (ELM) theory"; not "using a ... Network (DCFMN)", "predict tokens
        # from coarse to fine (CTF)", which may be the paper's own).
        # ("data from the Global Database of Events, Language, and Tone (GDELT)")
        words = tk.lower[max(sent_start, c.long_span[0] - 3):c.long_span[0]]
        # (and "leverages the weighted minimum mean square error (WMMSE) method": "the"
        # after a use verb is one that exists)
        # ("a technique rooted in 2D Gaussian Splatting (2DGS)", "grounded in the X")
        rooted = words[:-1] if words[-1:] == ["the"] else words
        if words[-1:] == ["and"] and _listed_after_use(tk.lower, c.long_span[0] - 1, sent_start):
            return True  # "by leveraging large language models (LLMs) and Google Street
            # View (GSV) imagery": the second of the things used
        return "upon" in words or "on" in words and not _BUILT_ON.isdisjoint(words) or \
            words[-2:] in (["from", "the"], ["on", "the"]) or \
            words[-1:] == ["from"] and tk.text[c.long_span[0]][:1].isupper() or \
            words[-1:] != [] and words[-1] in _COMBINING or \
            len(words) >= 2 and words[-1] == "the" and words[-2] in _USE_VERBS_BEFORE_THE or \
            rooted[-1:] == ["in"] and rooted[-2:-1] != [] and rooted[-2] in _ROOTED
    before = tk.lower[max(sent_start, c.start - 2):c.start]
    return not _WITH_WORDS.isdisjoint(before) or before[-1:] in (["on"], ["from"]) or \
        before in (["on", "the"], ["on", "both"], ["from", "the"]) or \
        _named_after_used_kind(tk.lower, c.start, sent_start)


def _named_after_used_kind(low: list[str], k: int, sent_start: int) -> bool:
    """"We utilize two datasets, HC3 and DAIGT v2, to build a unified benchmark": a name
    right after the kind a use verb takes (its count or article, then a data or system noun,
    then a comma or colon) is one used, whatever the sentence builds."""
    j = k - 1
    if j < sent_start or low[j] not in (",", ":"):
        return False
    j -= 1
    if j < sent_start or low[j] not in lx.HEAD_TYPES:
        return False
    j -= 1
    if j >= sent_start and (low[j] in lx.COUNT_WORDS or low[j] in ("the", "a", "an")):
        j -= 1
    return j >= sent_start and low[j] in lx.USE_WORDS and low[j].isalpha()


_ROOTED = frozenset(("rooted", "grounded", "anchored"))
_USE_VERBS_BEFORE_THE = frozenset(("leverages", "leveraging", "leverage", "uses", "using", "use",
                                   "employs", "employing", "employ", "adopts", "adopting",
                                   "adopt", "applies", "applying", "apply", "implements",
                                   "implementing", "implement"))


# (not "including": "we propose ..., including RLAIFVBias, a debiased ... dataset" lists the
# paper's own)
_EXAMPLE_OPENERS = frozenset(("e.g.", "i.e.", "e.g.,", "i.e.,", "like", "as"))


_YEAR = re.compile(r"(19|20)\d\d[a-z]?")


def _past_name(low: list[str], c: Candidate, sent_end: int) -> int:
    """The token after the name `c`, its closing bracket and its kind noun ("(EVAP)
    developed by", "the DMA approach (Benferhat ...)"), at most three tokens on."""
    j = c.end
    while j < min(c.end + 3, sent_end) and (low[j] == ")" or low[j] in lx.HEAD_TYPES):
        j += 1
    return j


def _made_by_others(tk: Toks, c: Candidate, sent_end: int) -> bool:
    """"the Emergent Value Added Product (EVAP) developed by the Taiwan Space Agency": a
    maker named right after the name (or its kind noun) says it is someone else's."""
    low = tk.lower
    j = _past_name(low, c, sent_end)
    if j + 2 >= sent_end or low[j] not in _MADE or low[j + 1] != "by":
        return False
    return low[j + 2] not in ("us", "our", "this", "the", "a", "an") or \
        low[j + 2] == "the" and j + 3 < sent_end and tk.text[j + 3][:1].isupper()


# Participles naming who made a thing ("developed by the Taiwan Space Agency").
_MADE = frozenset(("developed", "proposed", "introduced", "released", "created", "designed",
                   "built", "provided", "maintained", "published", "launched", "operated"))


def _cited_after(tk: Toks, c: Candidate, sent_end: int) -> bool:
    """"the Disjunctive Maxi-Adjustment (DMA) approach (Benferhat et al. 2004)": a reference
    right after the name (or its kind noun) says it is someone else's."""
    low = tk.lower
    j = _past_name(low, c, sent_end)
    if j >= sent_end or low[j] != "(":
        return False
    inner = low[j + 1:min(j + 10, sent_end)]
    close = inner.index(")") if ")" in inner else len(inner)
    inner = inner[:close]
    return ("et" in inner and any(w.startswith("al") for w in inner)) or \
        any(_YEAR.fullmatch(w) for w in inner) and not any(w.isdigit() and len(w) < 4 and
                                                           w != inner[-1] for w in inner)


def _acronym_modifier(tk: Toks, c: Candidate, sent_end: int) -> bool:
    """An undefined all-capitals acronym before an ordinary lower-case word ("to parse and
    structure HPC logs", "AD T2DM knowledge"): a field's abbreviation used as a modifier, not
    a name the sentence introduces (a kind noun after it may be: "PAL models")."""
    if c.long_form or c.rule != "name" or not _ACRONYM.fullmatch(tk.name_text(c.start, c.end)) \
            or c.end >= sent_end:
        return False
    nxt = tk.text[c.end]
    return nxt.isalpha() and nxt.islower() and not is_stop(tk.lower[c.end]) and \
        nxt not in lx.HEAD_TYPES


def _given_as_example(tk: Toks, c: Candidate, sent_start: int) -> bool:
    """A name in a list of examples ("decoding strategies (i.e., DeCoRe, DoLa, and CAD)",
    "such as X and Y"): named as one that exists, not introduced."""
    low = tk.lower
    k = c.start - 1
    while k >= sent_start and k >= c.start - 20:
        w = low[k]
        if w in _EXAMPLE_OPENERS:
            return w != "as" or k > sent_start and low[k - 1] == "such"
        if w == "including":  # "PEFT techniques, including LoRA, BOFT, ..." (not "the
            # problem, including RLAIFVBias, a ... dataset, and ...": its parts)
            h = k - 1 - (k - 1 >= sent_start and low[k - 1] == ",")
            return h >= sent_start and lx.plural(low[h])
        if w == "(" and k > sent_start and low[k - 1] in lx.HEAD_TYPES and \
                lx.plural(low[k - 1]) and (k + 1 < c.start or c.end < len(low) and
                                           low[c.end] in (",", "and")):
            return True  # "diverse model architectures (ALLaM, Jais, Llama, and GPT-4)": a
            # list (not "large language models (PEAP-LLM)", a definition)
        if w in (".", ";", ":", ")") or not (w in (",", "and", "or", "(", "-") or
                                             tk.text[k][:1].isupper() or w[:1].isdigit()):
            return False
        k -= 1
    return False


def _prior_right_before(tk: Toks, c: Candidate, sent_start: int) -> bool:
    """A word of existence in the three words before the name (or its long form): "the
    standard Linde-Buzo-Gray (LBG) approach", "Existing MCoT studies", "Recent work proposes
    Set-Based Prompting (SBP)"."""
    start = c.long_span[0] if c.long_span else c.start
    low = tk.lower
    return any(low[k] in _PRIOR or low[k] in lx.PROPOSE_VERBS and
               lx.others_work(low, k, sent_start)  # ("Recent work proposes X (ABBR)")
               for k in range(max(sent_start, start - 3), start))


def _purpose_of(low: list[str], start: int, sent_start: int) -> bool:
    """A name right after "for" (one lower-case word between at most): "a network for rapid
    SDA", "a framework for X"; what a new thing is for, not the new thing."""
    k = start - 1
    if k > sent_start and low[k] != "for" and low[k].isalpha() and not is_stop(low[k]):
        k -= 1
    return k >= sent_start and low[k] == "for"


# Proposing verbs that are nouns too ("the effects of evaluation design", "our release"):
# verbs only after a subject, an auxiliary or an adverb ("we design", "we carefully design").
_NOUN_TOO = frozenset(("design", "designs", "release", "releases", "offer", "offers", "train",
                       "build", "builds", "construct", "constructs", "collect", "produce"))
_BEFORE_VERB = frozenset(("we", "also", "further", "then", "first", "and", "to", "can", "will",
                          "here", "thus", "hence", "therefore", "finally", "next", "paper",
                          "work", "study", "article", "i", "they", "authors", ","))


def _new_before(low: list[str], start: int, sent_start: int) -> bool:
    """"compare ... and a new information based Bayesian market maker (BMM)": "a new / novel"
    a few words before the name says it is new, whatever the verb."""
    return any(low[j] in lx.NEW_OR_NOVEL and low[j - 1] in ("a", "an")
               for j in range(max(sent_start + 1, start - 5), start)) and \
        not any(is_punct(w) for w in low[max(sent_start, start - 5):start])


def _proposing_verb(words: list[str], j: int) -> bool:
    """Whether `words[j]` is a proposing verb ("we design X"; not "the present study", nor
    the noun in "evaluation design")."""
    w = words[j]
    if w not in lx.PROPOSE_VERBS:
        return False
    prev = words[j - 1] if j else ""
    if w == "present":
        return prev not in ("the", "at")
    return w not in _NOUN_TOO or prev in _BEFORE_VERB or prev.endswith("ly")


_FRONTED_SOURCES = (("motivated", "by"), ("inspired", "by"), ("building", "on"),
                    ("building", "upon"), ("drawing", "on"), ("drawing", "inspiration"),
                    ("encouraged", "by"))


def _in_fronted_source(low: list[str], start: int, sent_start: int, sent_end: int) -> bool:
    """A name inside a sentence-opening "Motivated by / Inspired by / Building on ..." phrase
    before ", we ..." (2,135 such sentences before a proposing verb in the corpus): what the
    paper's new thing draws on, not the new thing."""
    if sent_start + 1 >= sent_end or (low[sent_start], low[sent_start + 1]) not in _FRONTED_SOURCES:
        return False
    we = next((k for k in range(sent_start + 2, sent_end - 1)
               if low[k] == "," and low[k + 1] == "we"), None)
    return we is not None and start < we


def _studied_of(low: list[str], start: int, sent_start: int) -> bool:
    """A name after "application / use / investigation ... of (the)": "the first application of
    YOLOv26", "a novel application of the Neural Gas Network (NGN)"."""
    k = start - 1 - (start - 1 > sent_start and low[start - 1] in ("the", "a", "an"))
    return k - 1 >= sent_start and low[k] == "of" and low[k - 1] in EXISTING_OF


_CHALLENGE_WORDS = frozenset(("challenge", "competition", "shared"))
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|"
                      r"eighth|ninth|tenth")


def _challenge_joined(tk: Toks, c: Candidate, sent_start: int, sent_end: int) -> bool:
    """A name of a challenge after "to / in / for / at the" ("our solution to the MOT25-StAG
    Challenge", "our participation in the 8th ABAW challenge"): a competition the paper
    enters, not a system it makes (299 such phrases in the corpus)."""
    low, text = tk.lower, tk.text
    # (over a definition: "the MOT25-Spatiotemporal Action Grounding (MOT25-StAG) Challenge")
    start, end = (min(c.start, c.long_span[0]), max(c.end, c.long_span[1])) if c.long_span \
        else (c.start, c.end)
    end += end < sent_end and text[end] == ")"
    k = start - 1
    if k >= sent_start and _ORDINAL.fullmatch(low[k]):
        k -= 1
    if not (k - 1 >= sent_start and low[k] == "the" and low[k - 1] in ("to", "in", "for", "at")):
        return False
    for j in range(end, min(end + 5, sent_end)):
        if low[j] in _CHALLENGE_WORDS:
            return low[j] != "shared" or low[j + 1:j + 2] == ["task"]
        if not text[j][:1].isupper() and not text[j][:1].isdigit():
            return False
    return False


_EDITION_YEAR = re.compile(rf"\s{YEAR.pattern}$")  # (a name ending in one: "EvalLLM 2025")


_SURVEY_BIGRAMS = frozenset((("a", "review"), ("review", "of"), ("an", "overview"),
                             ("overview", "of"), ("systematic", "review"),
                             ("literature", "review")))


def _survey_title(low: list[str]) -> bool:
    """"A Survey of ...", "... : A Systematic Review", "An Overview of ...": a review paper."""
    return any(w in ("survey", "surveys") and nx != "-" for w, nx in zip(low, [*low[1:], ""])) \
        or any((a, b) in _SURVEY_BIGRAMS for a, b in zip(low, low[1:]))  # (not "Survey-Free")


def _listed_with_known(roles: list) -> set[int]:
    """Candidates next to a known name in a list ("benchmarks: PathVQA, PMC-VQA, SLAKE, and
    VQA-RAD"), whatever typed them: peers of what exists."""
    out: set[int] = set()
    run: list[Candidate] = []  # names joined as a list, of three or more ("X, Y" alone may be
    # an apposition: "a novel approach based on diffusion models, DiffDFKD")
    for (_r, _ru, a, atk, asi), nxt in zip(roles, [*roles[1:], None]):
        run = run or [a]
        glue = atk.lower[a.end:nxt[2].start] if nxt is not None and nxt[3] is atk and \
            nxt[4] == asi else []
        if 1 <= len(glue) <= 2 and all(w in (",", "and", "or") for w in glue):
            run.append(nxt[2])
            continue
        # (two after a colon are a list too: "across three Vision-Language Models: CLIP,
        # LAION-CLIP, and Meta's Perception Encoder")
        if (len(run) >= 3 or len(run) == 2 and atk.lower[run[0].start - 1:run[0].start] ==
                [":"]) and any(c.canonical is not None for c in run):
            out.update(id(c) for c in run if c.canonical is None)
        run = []
    return out


def _novel_names(roles: list) -> set[int]:
    """Candidates to re-role as proposed: when nothing Model/Method-like is proposed yet, an
    unknown strong name (not in the gazetteer) that occurs in a sentence with a propose cue."""
    if any(r[0] == "proposes" and r[2].type in ("Model", "Method", "Dataset", "Benchmark")
           for r in roles):
        return set()
    out: set[int] = set()
    # A name defined as a task or a metric ("Text-Based Person Retrieval (TBPR)") is what
    # the paper works on or measures, also where a bare mention of it has no kind.
    not_systems = {tk.name_text(c.start, c.end) for _r, _ru, c, tk, _s in roles
                   if c.type in ("Task", "Metric")}
    # Nor is a name the gazetteer knows elsewhere in the paper new ("RL" once found by shape
    # alone), unless the paper defines it anew ("pre-instruction-tuning (PIT)").
    defined = {tk.name_text(c.start, c.end) for _r, _ru, c, tk, _s in roles
               if c.rule == "abbreviation"}
    not_systems.update(k for _r, _ru, c, tk, _s in roles if _known(c)
                       for k in (tk.name_text(c.start, c.end),) if k not in defined)
    # (nor the letters of a known term the paper writes out: "RL" after the title's
    # "Reinforcement Learning")
    not_systems.update(_known_initials(roles))
    # A name said to exist where it is first written is not made new by a later mention in a
    # proposing sentence ("a generalisation of the standard Linde-Buzo-Gray (LBG) approach
    # ... is presented, ..., as in the LBG case").
    not_systems.update(tk.name_text(c.start, c.end) for _r, _ru, c, tk, si in roles
                       if _prior_right_before(tk, c, tk.sents[si][0]))
    # Nor one the background gives as an example ("algorithms such as DoLa
    # (Decoding by Contrastive Layers) have only been implemented in ...").
    not_systems.update(tk.name_text(c.start, c.end) for _r, rule, c, tk, si in roles
                       if rule == "background" and _given_as_example(tk, c, tk.sents[si][0]))
    # Nor one its first mention uses ("barriers from Google Street View (GSV) imagery ... We
    # collect ... 407 unique GSV locations").
    # (`roles` are in text order, the title's first)
    # Nor one the background names first ("Accurate speed-of-sound (SoS) estimation is
    # crucial ... we propose ... a novel approach to estimate tissue SoS").
    first: dict[str, bool] = {}
    for _r, rule, c, tk, si in roles:
        if (key := tk.name_text(c.start, c.end)) not in first:
            # (or found in: "only about 600 transcripts are available in AphasiaBank")
            # (or in a fronted source: "Motivated by the success of using Formal Concept
            # Analysis (FCA) ..., we present a new approach ...": what the new thing draws on)
            first[key] = rule == "background" or _used_right_before(tk, c, tk.sents[si][0]) or \
                _in_fronted_source(tk.lower, c.written_from(tk.sents[si][0]), *tk.sents[si]) or \
                c.start - 2 >= tk.sents[si][0] and tk.lower[c.start - 1] in ("in", "from") and \
                tk.lower[c.start - 2] in ("available", "found", "stored", "hosted")
    not_systems.update(k for k, used in first.items() if used)
    # Nor one cited where it is written ("the DMA approach (Benferhat et al. 2004)").
    not_systems.update(tk.name_text(c.start, c.end) for _r, _ru, c, tk, si in roles
                       if _cited_after(tk, c, tk.sents[si][1]) or
                       _made_by_others(tk, c, tk.sents[si][1]))
    listed_with_known = _listed_with_known(roles)
    for _role, _rule, c, tk, si in roles:
        # (nor one listed with known names: "such as ChatGPT and Copilot" are peers; nor
        # "the Gravity Spy dataset", data that exists, new only by a cue of its own)
        if c.canonical is not None or _known(c) or c.type in ("Task", "Metric") or \
                c.rule == "capitalised" and c.end < tk.n and \
                tk.lower[c.end] in LOWER_DATA_HEADS and tk.text[c.end].islower() or \
                c.rule == "name+list" or id(c) in listed_with_known or \
                c.rule == "coined" and not c.introduced or \
                c.rule == "name" and \
                c.end - c.start == 1 and tk.text[c.start].isupper() and len(tk.text[c.start]) < 3:
            continue
        s, e = tk.sents[si]
        words = tk.lower[s:e]
        if _purpose_of(tk.lower, c.start, s):
            continue  # "we propose a Mamba-based network for rapid SDA": what it is for
        if _studied_of(tk.lower, c.written_from(s), s):
            continue  # "presents the first application of YOLOv26": one that exists
        if _challenge_joined(tk, c, s, e):
            continue  # "we present our solution to the MOT25-StAG Challenge": one the paper
            # takes part in
        if (any(_proposing_verb(words, j) for j in range(len(words))) or
                _new_before(tk.lower, c.written_from(s), s)) and \
                any(w in lx.PROPOSE_SUBJECTS for w in words) and not _said_to_exist(tk, c, s) and \
                not _used_right_before(tk, c, s) and not _given_as_example(tk, c, s) and \
                not any(words[j] == "namely" and not namely_lists_own(tk.lower, s + j, s)
                        for j in range(c.start - s)):
            # (nor what "a comparison of the main estimation methods, namely, the AIS
            # algorithm ..." studies)
            key = tk.name_text(c.start, c.end)
            if key in not_systems or _PLURAL_ACRONYM.fullmatch(key) or _plural_long(c) or \
                    _adjective_short(tk, c) or _EDITION_YEAR.search(key) or \
                    _acronym_modifier(tk, c, e):
                continue  # ("CXRs", "SDESs", "Advanced Driver Assistance Systems (ADAS)": a
                # plural names a kind of thing, not the new one; "our participation in the
                # EvalLLM 2025 challenge": an edition of a series, which the paper joins)
            out.update(id(r[2]) for r in roles if r[3].name_text(r[2].start, r[2].end) == key)
    return out
