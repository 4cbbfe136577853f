"""Abbreviation definitions such as "Low-Rank Adaptation (LoRA)".

Implements the algorithm of Schwartz & Hearst (2003), "A simple algorithm for identifying
abbreviation definitions in biomedical text" (PSB 2003): a short form inside parentheses is
matched right-to-left, character by character, against the words before it; the first
character of the short form must start a word of the long form, and the long form has at most
min(|SF| + 5, 2 * |SF|) words. The reversed pattern "LoRA (Low-Rank Adaptation)" is also tried.
A letter followed by a small count stands for that many words with the letter when the plain
match fails ("Selective Self-to-Supervised Fine-Tuning (S3FT)", "M^3IT"), and a "2" or "4"
between letters for the word "to"/"two" or "for"/"four" ("Coarse-to-Fine Denoising (C2F)"), and
a plural short form of one word per letter needs no "s" in its long form ("Visually Impaired
People (VIPs)").
A name and an apposition of capitalised words whose initials spell it ("CALM-DT, a
Context-Adaptive Language Model-based Digital Twin") is read as a definition too.
Works on plain text and returns character offsets, so it is independent of the tokenizer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from litgraph.extract.markup import plain_name

_PAREN = re.compile(r"\(([^()]{1,100})\)")  # (a reversed long form can be long)
# A plural short form ("LLMs", "CXRs"): names a kind of thing, not one artifact.
PLURAL_ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z]s|[a-z]{1,2}[A-Z]*LMs")  # (also "cLLMs", "msLLMs")


@dataclass(frozen=True)
class Abbreviation:
    short: str
    long: str
    short_start: int
    short_end: int
    long_start: int
    long_end: int


_NOT_SHORT_START = frozenset(("no", "not", "the", "a", "an", "and", "or", "of", "in", "on", "for",
                              "with", "vs", "vs."))


def _valid_short(sf: str) -> bool:
    if not 2 <= len(sf) <= (20 if " " in sf else 12) or not sf[0].isalnum():
        return False
    if not any(c.isalpha() for c in sf):
        return False
    if sf.endswith(".") and sf[:-1].isalpha() and not sf[:-1].isupper():
        return False  # a truncated word, no name: "instruction-following (Instr.)", "(Corr.)"
    if " " in sf.strip() and (len(sf.split()) > 2 or sf.split()[0].lower() in _NOT_SHORT_START):
        return False  # ("(no BAC, mild, moderate, and severe)": a list, not a short form)
    # Short forms have a capital somewhere ("LoRA", "SFT", "mT5"); "(e.g." / "(see" do not.
    return any(c.isupper() for c in sf)


# Words a long form does not start with ("and essay scoring (AES)" is a piece of
# "automated essay scoring"); "a posteriori", "in situ" may.
_JOINING = frozenset(("and", "or", "of", "with", "to", "for", "on", "by", "the"))


def _joining_word_at(text: str, c: int) -> bool:
    """Does a joining word ("and", "Of") start at `c` of `text`?"""
    end = text.find(" ", c)
    return end > c and text[c:end].lower() in _JOINING


def _best_long_form(sf: str, candidate: str) -> int | None:
    """Return the start index of the long form inside `candidate`, or None (S&H matching)."""
    if sf.isascii() and candidate.isascii():
        return _best_long_form_ascii(sf, candidate)
    s = len(sf) - 1
    c = len(candidate) - 1
    while s >= 0:
        ch = sf[s].lower()
        if not ch.isalnum():
            s -= 1
            continue
        while c >= 0 and (candidate[c].lower() != ch or (
                s == 0 and c > 0 and (candidate[c - 1].isalnum() or
                                      _joining_word_at(candidate, c)))):
            c -= 1
        if c < 0:
            return None
        s -= 1
        c -= 1
    start = c + 1
    # Extend back to the start of the word.
    while start > 0 and not candidate[start - 1].isspace():
        start -= 1
    return start


def _best_long_form_ascii(sf: str, candidate: str) -> int | None:
    """_best_long_form for ASCII text, where a character's lower case is its place in the
    lower-cased string: each letter is found by str.rfind instead of a character-by-character
    scan in Python (the same right-to-left match; ~10x faster on a long candidate)."""
    low = candidate.lower()
    c = len(candidate) - 1
    for s in range(len(sf) - 1, -1, -1):
        ch = sf[s].lower()
        if not ch.isalnum():
            continue
        c = low.rfind(ch, 0, c + 1)
        if s == 0:
            # The first letter starts a word, not a joining word's ("adaptive gradient and
            # phase edge operator (AGPEO)" is no "and phase edge operator").
            while c > 0 and (candidate[c - 1].isalnum() or _joining_word_at(candidate, c)):
                c = low.rfind(ch, 0, c)
        if c < 0:
            return None
        c -= 1
    start = c + 1
    while start > 0 and not candidate[start - 1].isspace():
        start -= 1
    return start


_SPLIT = re.compile(r"[;,]")
_COUNTED = re.compile(r"([A-Za-z])\^?([2-4])(?![0-9])")
_COUNTS_NEXT = re.compile(r"(?<=[A-Za-z])([2-4])([A-Za-z])")
# "2" and "4" between letters read as "to"/"two" and "for"/"four" ("Coarse-to-Fine (C2F)",
# "Natural Language Inference for Patient Recruitment (NLI4PR)").
_SAID = re.compile(r"(?<=[A-Za-z])[24](?=[A-Za-z])")


def _match_long_form(sf: str, candidate: str) -> int | None:
    rel = _best_long_form(sf, candidate)
    if rel is None and _COUNTED.search(sf):
        rel = _initials_long_form(
            _COUNTED.sub(lambda m: m.group(1) * int(m.group(2)), sf), candidate)
        if rel is None and _COUNTS_NEXT.search(sf):
            # ... or the letter after it: "Negative Relative Rejection Reliability (N3R)"
            rel = _initials_long_form(
                _COUNTS_NEXT.sub(lambda m: m.group(2) * int(m.group(1)), sf), candidate)
    if rel is None and _SAID.search(sf):
        said = _SAID.sub(lambda m: "t" if m.group() == "2" else "f", sf)
        rel = _initials_long_form(said, candidate)
        if rel is None:
            rel = _best_long_form(said, candidate)  # "Speech Encoder for Lip (SE4Lip)"
    cap = _capitals_long_form(sf, candidate)
    if cap is not None and (rel is None or cap < rel):
        # The capitals say which letters were picked: "COllaborative Temporal consistEncy
        # Learning (COTEL)", where the character match stops inside "consistEncy".
        rel = cap
    if rel is not None and sf.isalpha() and sf.isupper() and \
            len(candidate[rel:].split()) < len(sf) + 2 and \
            not spelled_by_initials(sf, candidate[rel:]):  # (a longer one leaves no
        # room for the initials' long form below, which starts earlier)
        # An acronym with a letter per word: the words whose initials spell it, not fewer
        # words the right-to-left match found letters inside ("Chinese character
        # recognition (CCR)", not "character recognition", whose "c" of "charaCter"
        # stood for a word; "radiology report generation (RRG)").
        ini = _initials_long_form(sf, candidate)
        words = candidate[ini:].lower().split() if ini is not None else []
        # (one word more only for an "and" between: "independent and identically
        # distributed (IID)"; not "An end-to-end autoencoder (AE)")
        if ini is not None and ini < rel and (len(words) == len(sf) or
                                              len(words) == len(sf) + 1 and "and" in words[1:-1]):
            rel = ini
    if rel is None and len(sf) > 2 and sf[-1] == "s" and sf[-2].isupper():
        # A plural short form of a long form without an "s", one word per letter ("Visually
        # Impaired People (VIPs)", "Communities of Practice (CoPs)").
        rel = _best_long_form(sf[:-1], candidate)
        if rel is not None and len(candidate[rel:].split()) != len(sf) - 1:
            rel = None
    return rel


def _capitals_long_form(sf: str, candidate: str) -> int | None:
    """Start of the last words of `candidate` whose capital letters, and only those, spell
    `sf`: authors who pick letters from inside words capitalise them ("iNternal consIstency
    aLignmEnt" for NILE)."""
    if not sf.isalpha():
        return None  # "S2IL", "RFP07": digits stand for something else
    want = sf.upper()
    if not "".join(filter(str.isupper, candidate)).endswith(want):
        return None  # (all its capitals end with those of the last words: the common case)
    got = ""
    for m in reversed(list(re.finditer(r"\S+", candidate))):
        got = "".join(c for c in m.group() if c.isupper()) + got
        if got == want:
            return m.start()
        if len(got) >= len(want) or not want.endswith(got):
            return None
    return None


_WORD_PART = re.compile(r"[A-Za-z0-9]+")


def _initials_long_form(sf: str, candidate: str) -> int | None:
    """Start of the long form whose word (and hyphen-part) initials contain `sf`, read
    right-to-left, the first letter starting the first word ("S3FT" -> "Selective
    Self-to-Supervised Fine-Tuning"): a counted letter stands for words, not inner letters."""
    parts = list(_WORD_PART.finditer(candidate))
    letters = [c.lower() for c in sf if c.isalnum()]
    p = len(parts) - 1
    for i in range(len(letters) - 1, -1, -1):
        while p >= 0 and parts[p].group()[0].lower() != letters[i]:
            p -= 1
        if p < 0:
            return None
        if i:
            p -= 1
    start = parts[p].start()
    while start > 0 and not candidate[start - 1].isspace():
        start -= 1
    return start


_LIST_SEP = re.compile(r",\s*(?:(?:and|or)\s+)?")


def _listed_parts_spell(sf: str, long: str) -> bool:
    """A long form with commas is a list whose parts all start with letters of the short
    form ("Extract, Match, and Score (EMS)"); not a clause the match ran back into
    ("... baselines, particularly on knowledge-intensive questions (AfriMMLU)")."""
    if "," not in long:
        return True
    letters = set(sf.lower())
    parts = (part.lstrip("`'\"“‘") for part in _LIST_SEP.split(long))
    return all(part[:1].lower() in letters for part in parts if part)


_FINAL_WORD = re.compile(r"[a-z0-9]([A-Z][a-z]{2,})")


def _final_word_spelled(sf: str, long: str) -> bool:
    """A coined name ending in a word of its own ("MldrNet", "VerbNet", "UniMatch") has that
    word, or a word starting with its letter, in its long form; not a phrase the letters only
    happen to be scattered over ("a new deep network that learns multi-level deep
    representations for image emotion classification (MldrNet)"). A capital inside a word
    spells a playful name ("Cone-based robuSt noisE-unlearning comPositional network
    (ConeSep)")."""
    m = _FINAL_WORD.search(sf)
    if m is None or m.end() != len(sf):
        return True
    word = m.group(1)
    return word[:3].lower() in long.lower() or re.search(
        rf"(?:^|[\s-])[{word[0]}{word[0].lower()}]|[a-z]{word[0]}", long) is not None


def _loosely_spelled(sf: str, inner: str) -> bool:
    """"LaViC (Large Vision-Language Conversational Recommendation Framework)": a coined name
    in mixed case, then a title-case phrase that contains its letters in order (not from the
    first word on), is that phrase's short form; not a list ("LLMs (GPT-4o, Llama 3)") nor a
    phrase with the name in it ("RAG (Reasoning-Enhanced RAG)")."""
    return sum(ch.isupper() for ch in sf) >= 2 and any(ch.islower() for ch in sf) and \
        not PLURAL_ACRONYM.fullmatch(sf) and "," not in inner and sf not in inner and all(
            part[:1].isupper() or part[:1].isdigit()
            for part in re.split(r"[\s-]+", inner) if part) and \
        _best_long_form(sf, inner) is not None


def _list_of_names(inner: str) -> bool:
    """"benchmarks (MMSU, MMAU, MMAR, MMAU-Pro)": a parenthesis listing names gives examples,
    no definition of its first one (not "(LoRA; Hu et al.)", "(LoRA, 2021)")."""
    parts = [p.strip().removeprefix("and ").strip() for p in inner.split(",")]
    return len(parts) >= 2 and all(p and " " not in p and _valid_short(p) for p in parts)


def _end_of(text: str, sep: str) -> int:
    """Offset just after the last `sep` in `text`, 0 when there is none."""
    i = text.rfind(sep)
    return i + len(sep) if i >= 0 else 0


_WORD = re.compile(r"\w+")


def _one_of_its_words(sf: str, long: str) -> bool:
    """A capitalised word that is itself a word of the long form is no short form of it
    ("Meitei Mayek (Script)" after "script", "Bishop's approximation (Bishop, 2006)",
    "Thurstone (Thurstone 1927)"); an acronym may be ("Real Estate Agent ... (REAL)")."""
    return sf[:1].isupper() and sf[1:].islower() and sf.isalpha() and \
        sf.lower() in _WORD.findall(long.lower())


_TITLE_JOINING = _JOINING | {"a", "an", "in", "via", "from", "at", "&"}


def _word_spelled_by_initials(sf: str, long: str) -> bool:
    """A short form written as a capitalised word ("Lasso", "Bert", "Fox") whose long form
    has more words than it has letters is spelled by the long form's word initials, or its
    capitals, from the first word on ("least absolute shrinkage and selection operator",
    "Faithfulness and Observational-flow via eXpression-rectification"); not by letters
    scattered over a clause the match ran back into ("factors shape turn-taking using a
    large dataset of US English conversations (Fisher)"; of 43 such corpus definitions this
    drops 21, 20 of them wrong). A long form in title case is a name written to be
    read as one ("Context-Guided Prompt Learning and Attention Refinement for Zero-Shot
    Anomaly Detections (Crane)")."""
    words = long.split()
    if not (sf[:1].isupper() and sf[1:].islower() and sf.isalpha()) or \
            len(words) <= len(sf) or \
            all(w[:1].isupper() or w.lower() in _TITLE_JOINING for w in words):
        return True
    return spelled_by_initials(sf, long)


def spelled_by_initials(sf: str, long: str) -> bool:
    """Whether the letters and digits of `sf` are, in order, initials of the words (and hyphen
    parts) of `long` or capitals inside them, the first one opening its first word ("LAVA"
    of "Language Driven Scalable and Versatile Traffic Video Analytics"; "Fox" of
    "Faithfulness and Observational-flow via eXpression-rectification")."""
    letters = [ch.lower() for part in _WORD_PART.findall(long)
               for ch in part[0] + "".join(filter(str.isupper, part[1:]))]
    want = [ch.lower() for ch in sf if ch.isalnum()]
    if not letters or not want or letters[0] != want[0]:
        return False
    rest = iter(letters[1:])
    return all(ch in rest for ch in want[1:])  # (the rest, in order)


_CLAUSE_WORDS = frozenset(("which", "that", "is", "are", "was", "were", "we", "our"))
_TITLE_CLAUSE = _TITLE_JOINING | _CLAUSE_WORDS  # ("Less is More": lower-case in a title)


def _clause_end(candidate: str, rel: int) -> int:
    """Offset in `candidate` just after the last clause word ("which", "is", "we", ...) of
    the long form starting at `rel`, 0 when it has none or is written in title case ("Less
    is More", a name)."""
    if _CLAUSE_WORDS.isdisjoint(candidate[rel:].lower().split()):
        return 0  # (the common case, without the regex)
    words = list(_WORD.finditer(candidate, rel))
    if all(w.group()[:1].isupper() or w.group().lower() in _TITLE_CLAUSE for w in words):
        return 0
    last = next((w for w in reversed(words) if w.group().lower() in _CLAUSE_WORDS), None)
    return last.end() if last is not None else 0


_NAMING_PREFIX = re.compile(r"^(?:termed|dubbed|called|named|abbreviated as|denoted as|"
                            r"denoted by|denoted|short for|hereafter)\s+(?=\S+$)")


def _letters_in_place(written: str) -> str:
    """A form written in LaTeX fonts ("\\textbf{ADR}") as read, where its letters stand
    together in it; `written` itself otherwise ("\\textbf{Co}nsistency" spells no run)."""
    if "\\" in written and (plain := plain_name(written)) in written:
        return plain
    return written


def _parenthesised(text: str) -> list[Abbreviation]:
    found: list[Abbreviation] = []
    if "(" not in text:
        return found
    for m in _PAREN.finditer(text):
        inner = m.group(1).strip()
        # "(LoRA; Hu et al.)" / "(LoRA, ...)" keep the first part.
        inner_sf = _SPLIT.split(inner)[0].strip()
        # "(termed COLT)", "(dubbed X)": the short form after the naming word (whose long form
        # must spell it plainly: "(termed CR-Net)" often follows a description)
        named = _NAMING_PREFIX.match(inner_sf) is not None
        inner_sf = _NAMING_PREFIX.sub("", inner_sf, count=1)
        inner_sf = _letters_in_place(inner_sf)  # "(\\textbf{ADR})", "($\\textbf{ADR}$)"
        valid = _valid_short(inner_sf) and not _list_of_names(inner)
        max_words = min(len(inner_sf) + 5, 2 * len(inner_sf))
        # Whitespace-separated words before the "(": the last max_words (the long form), the
        # last one (the reversed pattern), or none. rsplit reads them from the right only.
        need = max_words if valid else 1 if len(inner.split()) >= 2 else 0
        if not need:
            continue
        before = text[: m.start()].rstrip()
        words = before.rsplit(None, need)  # when > need parts, the first is the rest
        if not words:
            continue
        if valid:
            # Start of the first of the last max_words words.
            head = before[len(words[0]):] if len(words) > need else before
            cand_start = len(before) - len(head.lstrip())
            candidate = before[cand_start:]
            # Long forms do not cross sentence or clause punctuation, nor an earlier
            # parenthesis ("reasoning (GSM8K), knowledge-based QA (ARC)").
            cut = max(_end_of(candidate, ". "), _end_of(candidate, "; "),
                      _end_of(candidate, ": "), _end_of(candidate, ")"),
                      _end_of(candidate, " ("))  # (nor an open one: "diseases (abdominal
            # aortic aneurysms (AAA), ...)")
            if cut > 0:
                cand_start += cut
                candidate = before[cand_start:]
            rel = _match_long_form(inner_sf, candidate)
            if rel is not None and (clause := _clause_end(candidate, rel)):
                # A long form runs over no clause ("ratings which is based on Pattern
                # Structures (RAPS)", "challenge, we propose Compound Adverse Weather Mamba
                # (CAWM-Mamba)"): what follows the clause's last word, if it still spells
                # the short form (of ~50 such corpus definitions, all but the title-case
                # names were wrong).
                cand_start += clause
                candidate = before[cand_start:]
                rel = _match_long_form(inner_sf, candidate)
            if rel is not None:
                long_text = candidate[rel:].strip(" ,")
                n_words = len(long_text.split())
                if long_text and n_words >= 1 and len(long_text) > len(inner_sf) and \
                        n_words <= max_words and _listed_parts_spell(inner_sf, long_text) \
                        and _final_word_spelled(inner_sf, long_text) and \
                        not _one_of_its_words(inner_sf, long_text) and \
                        _word_spelled_by_initials(inner_sf, long_text) and \
                        (not named or spelled_by_initials(inner_sf, long_text) or
                         _capitals_long_form(inner_sf, long_text) is not None):
                    ls = cand_start + rel
                    ss = m.start(1) + m.group(1).find(inner_sf)
                    # (the long form as read: "$\\textit{data compliance gap}$ (DCG)")
                    found.append(Abbreviation(inner_sf, plain_name(long_text), ss,
                                              ss + len(inner_sf), ls, ls + len(long_text)))
                    continue
        # Reversed: "LoRA (Low-Rank Adaptation)".
        if len(inner.split()) >= 2:
            last = words[-1]
            # ("\textbf{CALM} (\textit{Corrective Adaptation with Lightweight
            # Modification})": the letters as read, where they stand)
            sf, lf = _letters_in_place(last.strip(",;:")), _letters_in_place(inner)
            # (read as written, "\textbf{Co}nsistency-Guided ...", where no plain run is)
            long = plain_name(lf) if "\\" in lf else lf
            if _valid_short(sf) and len(sf) < len(long) and \
                    len(long.split()) <= min(len(sf) + 5, 2 * len(sf)):
                if (_match_long_form(sf, long) == 0 or _capitals_long_form(sf, long) == 0 or
                        _loosely_spelled(sf, long)) and not _one_of_its_words(sf, long) \
                        and _word_spelled_by_initials(sf, long):
                    ss = len(before) - len(last) + last.find(sf)
                    ls = m.start(1) + m.group(1).find(lf)
                    found.append(Abbreviation(sf, long, ss, ss + len(sf), ls, ls + len(lf)))
    return found


def find_abbreviations(text: str) -> list[Abbreviation]:
    # A LaTeX tie is a space ("we introduce~\textit{Weighted SVD} (WSVD)"); same offsets.
    text = text.replace("~", " ")
    found = _parenthesised(text)
    found.extend(_apposed(text, {a.short for a in found}))
    return found


# "CALM-DT, a Context-Adaptive Language Model-based Digital Twin": a name, then ", a (novel)"
# and capitalised words whose initials spell it (126 in the corpus), the same definition as
# the parenthesised one.
_APPOSED_AT = re.compile(r", an? (?:novel |new )?(?=[A-Z])")  # (cheap: found first)
_NAME_BEFORE = re.compile(r"(?<![\w-])([A-Z][A-Za-z]*(?:-[A-Za-z]+)*)$")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w]*(?:-[\w]+)*(?: (?:[A-Z][\w]*(?:-[\w]+)*|of|for|and|"
                              r"with|to|in|on|via|the))*")


def _apposed(text: str, defined: set[str]) -> list[Abbreviation]:
    out = []
    for at in _APPOSED_AT.finditer(text):
        name = _NAME_BEFORE.search(text, max(0, at.start() - 40), at.start())
        run = _CAPITALISED_RUN.match(text, at.end())
        if name is None or run is None:
            continue
        short = name.group(1)
        letters = short.replace("-", "").upper()
        if len(letters) < 3 or short in defined or not short.isupper() and \
                sum(ch.isupper() for ch in short) < 3:
            continue
        # the shortest run of the words whose capitals' initials spell the letters
        words = run.group(0).split(" ")
        got, end = "", 0
        for i, w in enumerate(words):
            if w in _TITLE_JOINING:
                continue
            got += "".join(p[0] for p in w.split("-") if p[:1].isupper()).upper()
            if not letters.startswith(got):
                break
            if got == letters:
                end = i + 1
                break
        if not end:
            continue
        long = " ".join(words[:end])
        ls = run.start()
        out.append(Abbreviation(short, long, name.start(1), name.end(1), ls, ls + len(long)))
        defined.add(short)
    return out
