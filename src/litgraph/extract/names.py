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
from dataclasses import dataclass

from litgraph.extract import lexicon as lx
from litgraph.extract.abbreviations import find_abbreviations
from litgraph.gazetteer import Gazetteer, fold


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


_MORPH = (
    (re.compile(r"(bench|eval|arena|leaderboard)$"), "Benchmark", 0.75),
    (re.compile(r"\d+(\.\d+)?[bm]($|[a-z])"), "Model", 0.75),
    (re.compile(r"(lm|llm|gpt|bert|llama|coder|chat|vl|llava|net|bot|vit|clip|mllm|vlm|"
                r"diffusion|former|mamba)\d*$"), "Model", 0.6),
    (re.compile(r"(qa|set|corpus|data|instructions|bank)$"), "Dataset", 0.55),
    (re.compile(r"instruct$"), "Method", 0.45),
)


def morphology_type(text: str) -> tuple[str, float] | None:
    key = fold(text)
    for pattern, typ, conf in _MORPH:
        if pattern.search(key):
            return typ, conf
    return None


def long_form_type(long_form: str) -> tuple[str, float] | None:
    words = [w for w in re.split(r"[\s\-]+", long_form.lower()) if w]
    if not words:
        return None
    head = words[-1]
    if head == "inference" and len(words) > 1 and words[-2] in lx.TASK_INFERENCE_PRECEDERS:
        return "Task", 0.7
    if head in lx.LONG_FORM_HEADS:
        return lx.LONG_FORM_HEADS[head], 0.7
    if head.endswith(("ing", "tion", "ment", "sion")) and any(
            w[0].isupper() for w in long_form.split()):
        return "Method", 0.55
    return None


def _context_type(doc, start: int, end: int, sent_start: int, sent_end: int
                  ) -> tuple[str, float] | None:
    # Right: "X benchmark", "X-based" excluded, "X model(s)".
    j = end
    if j < sent_end and doc[j].text in ("-",):
        return None
    for k in range(j, min(j + 2, sent_end)):
        low = doc[k].lower_
        if low in lx.HEAD_TYPES:
            return lx.HEAD_TYPES[low], 0.8
        if not (doc[k].is_alpha and doc[k].text[0].isupper()) and low not in ("-",):
            break
    # Left: "the benchmark X", "dataset X".
    if start - 1 >= sent_start:
        low = doc[start - 1].lower_
        if low in lx.HEAD_TYPES and low not in ("data", "tuning", "prompting", "loss"):
            return lx.HEAD_TYPES[low], 0.7
    # Appositive: "X, a new large-scale benchmark".
    if end + 1 < sent_end and doc[end].text in (",", "(") and doc[end + 1].lower_ in (
            "a", "an", "the", "our"):
        for k in range(end + 2, min(end + 8, sent_end)):
            low = doc[k].lower_
            if low in lx.HEAD_TYPES:
                return lx.HEAD_TYPES[low], 0.75
            if doc[k].is_punct and doc[k].text != "-":
                break
    return None


def _join_right(doc, i: int, sent_end: int) -> int:
    """Extend a name over hyphen parts, versions, sizes and release suffixes."""
    j = i + 1
    while j < sent_end:
        t = doc[j]
        if t.text == "-" and j + 1 < sent_end and doc[j + 1].text[:1].isalnum() and \
                not doc[j].whitespace_ and not doc[j - 1].whitespace_ and \
                (doc[j + 1].text[0].isupper() or doc[j + 1].text[0].isdigit() or
                 doc[j + 1].lower_ in lx.NAME_SUFFIX_WORDS or lx.is_version(doc[j + 1].text)):
            j += 2
            continue
        if doc[j - 1].whitespace_ and (
                (lx.is_version(t.text) and t.text[0].isdigit() and not t.like_num) or
                (lx.SIZE.match(t.text)) or
                (t.text[0].isupper() and t.lower_ in lx.NAME_SUFFIX_WORDS) or
                (t.text[0].isdigit() and re.fullmatch(r"\d+(\.\d+)?", t.text) and
                 j + 1 < sent_end and lx.SIZE.match(doc[j + 1].text))):
            j += 1
            continue
        if re.fullmatch(r"\d(\.\d)?", t.text) and doc[j - 1].whitespace_ and \
                doc[j - 1].text[0].isupper() and j == i + 1:
            # "Llama 2", "GPT 3.5", "Claude 3": a bare version right after the name.
            j += 1
            continue
        break
    return j


def _is_weak_start(doc, i: int, sent_start: int, in_title: bool) -> bool:
    t = doc[i]
    if in_title or i == sent_start or not lx.title_case(t.text):
        return False
    if t.lower_ in lx.COMMON_CAPITALISED:
        return False
    prev = doc[i - 1]
    if prev.text in (".", ":", "\"", "“", "(") and i - 1 == sent_start:
        return False
    return True


def find_candidates(doc, gazetteer: Gazetteer, matchers, in_title: bool = False
                    ) -> list[Candidate]:
    """All typed name candidates in `doc`, non-overlapping, in text order."""
    cands: list[Candidate] = []
    taken = [False] * len(doc)

    def take(c: Candidate) -> None:
        for k in range(c.start, c.end):
            taken[k] = True
        cands.append(c)

    sents = [(s.start, s.end) for s in doc.sents]
    sent_of = [0] * len(doc)
    for si, (a, b) in enumerate(sents):
        for k in range(a, b):
            sent_of[k] = si

    # 1. Abbreviation definitions: the short form is the entity, the long form its alias.
    for ab in find_abbreviations(doc.text):
        if fold(ab.short) in lx.GENERIC_BUILTIN or gazetteer.is_generic(ab.long) or \
                gazetteer.is_generic(ab.short):
            continue
        sspan = doc.char_span(ab.short_start, ab.short_end, alignment_mode="expand")
        lspan = doc.char_span(ab.long_start, ab.long_end, alignment_mode="expand")
        if sspan is None or lspan is None or any(taken[k] for k in range(sspan.start, sspan.end)):
            continue
        entry = gazetteer.lookup(ab.short) or gazetteer.lookup(ab.long)
        if entry:
            typ, conf, rule, canon = entry.type, 0.9, "abbreviation+gazetteer", entry.canonical
        else:
            lt = long_form_type(ab.long)
            if lt is None and not any(w[:1].isupper() for w in ab.long.split()):
                continue  # "7 billion parameters (7B)", "see below (Sec)"
            typ, conf = lt or ("Method", 0.45)
            rule, canon = "abbreviation", None
        c = Candidate(sspan.start, sspan.end, typ, conf, rule, canon, ab.long)
        take(c)
        for k in range(lspan.start, lspan.end):
            taken[k] = True  # the long form is an alias, not a second entity

    # 2. Gazetteer, longest match first.
    matches = []
    for matcher in matchers:
        matches.extend(matcher(doc))
    matches.sort(key=lambda m: (-(m[2] - m[1]), m[1]))
    vocab = doc.vocab.strings
    for match_id, start, end in matches:
        if any(taken[k] for k in range(start, end)):
            continue
        # Do not cut a longer name: "LLaMA-2-7B" should not match as "LLaMA-2" + "-7B".
        end2 = _join_right(doc, end - 1, sents[sent_of[start]][1]) if \
            doc[end - 1].text[:1].isalnum() else end
        if any(taken[k] for k in range(end, end2)):
            end2 = end
        entry = gazetteer.entries[int(vocab[match_id])]
        if entry.type == "Task" or entry.type == "Metric" or \
                entry.type == "Method" and doc[start].is_lower:
            end2 = end  # "question answering 2" is not a variant
        take(Candidate(start, end2, entry.type, 0.9, "gazetteer", entry.canonical))

    # 3. Title prefix "Name: subtitle".
    if in_title:
        colon = next((t.i for t in doc if t.text == ":"), None)
        if colon is not None and 1 <= colon <= 5 and not any(taken[k] for k in range(colon)):
            text = doc[:colon].text
            if any(ch.isupper() for ch in text) and not gazetteer.is_generic(text) and \
                    fold(text) not in lx.GENERIC_BUILTIN and \
                    not (colon > 2 and all(lx.title_case(t.text) or t.is_stop
                                           for t in doc[:colon]) and
                         not any(lx.strong_shape(t.text) for t in doc[:colon])):
                typ, conf = morphology_type(text) or ("Method", 0.45)
                c = Candidate(0, colon, typ, conf, "title-name", None, None, True)
                take(c)

    # 4. Name-shaped tokens.
    i = 0
    n = len(doc)
    while i < n:
        if taken[i]:
            i += 1
            continue
        t = doc[i]
        sa, sb = sents[sent_of[i]]
        start = i
        strong = lx.strong_shape(t.text) and not t.like_num
        weak = not strong and _is_weak_start(doc, i, sa, in_title)
        # "Self-Instruct", "Vision-Flan": a capitalised hyphen compound.
        if weak or (lx.title_case(t.text) and not in_title and i > sa and
                    i + 2 < sb and doc[i + 1].text == "-" and
                    (lx.title_case(doc[i + 2].text) or lx.strong_shape(doc[i + 2].text))):
            end = _join_right(doc, i, sb)
            if end > i + 1:
                strong = True
            elif weak:
                ctx = _context_type(doc, i, i + 1, sa, sb)
                if ctx is None:
                    i += 1
                    continue
        if not strong and not weak:
            i += 1
            continue
        end = _join_right(doc, i, sb)
        # Do not swallow a gazetteer match that follows.
        for k in range(i + 1, end):
            if taken[k]:
                end = k
                break
        text = doc[start:end].text
        key = fold(text)
        if not key or key in lx.GENERIC_BUILTIN or gazetteer.is_generic(text) or \
                key.isdigit() or len(key) < 2:
            i = end
            continue
        entry = gazetteer.lookup(text)
        if entry:
            c = Candidate(start, end, entry.type, 0.85, "gazetteer-fold", entry.canonical)
        else:
            ctx = _context_type(doc, start, end, sa, sb)
            morph = morphology_type(text)
            if ctx and (not morph or ctx[1] >= morph[1]):
                typ, conf, rule = ctx[0], ctx[1], "name+context"
            elif morph:
                typ, conf, rule = morph[0], morph[1], "name+morphology"
            else:
                typ, conf, rule = "Method", 0.35, "name"
            c = Candidate(start, end, typ, conf, rule)
        take(c)
        i = end

    cands.sort(key=lambda c: c.start)
    return cands
