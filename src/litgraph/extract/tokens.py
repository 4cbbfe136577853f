"""A spaCy Doc as plain Python lists, for the rules.

Creating a spaCy Token object costs more than the rule that reads it, and the rules look at
each token many times; so each Doc is read once into lists (text, lower case, trailing space,
character offset, sentence spans) and the rules index those. This keeps the default extractor
well above 1,000 abstracts/s on one core.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import compress
from typing import NamedTuple

from spacy.attrs import IDX, LENGTH, LOWER, ORTH, SPACY
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.lang.lex_attrs import lower as _spacy_lower

from litgraph.extract.markup import plain_name

_ATTRS = [ORTH, LOWER, SPACY, IDX]
_SLICE_ATTRS = [IDX, LENGTH, SPACY]

_NUM = re.compile(r"^[+\-]?(\d+([.,]\d+)*|\.\d+)$")


_STRS: dict[int, str] = {}  # string hash -> string (hashes are vocab-independent)
_STRS_MAX = 1 << 19


_VERSION_AFTER = re.compile(r"\d+(\.\d+)*")


def _cut_at_close(text: str) -> str:
    """"HMM)", "RLHF)--each", "CG-CoT):Enhancing": a short form's closing parenthesis glued
    to the token (and what follows it, with no space) is no part of the name, nor before a
    version ("(LLaVA)1.5" is LLaVA1.5); "(Super)GLUE" keeps its ")", a part of a word (see
    names.find_candidates)."""
    if ")" not in text or text.count(")") <= text.count("("):
        return text
    depth = 0
    for p, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if depth < 0:
            after = text[p + 1:p + 2]
            if _VERSION_AFTER.fullmatch(text[p + 1:]):
                return text[:p] + text[p + 1:]  # "(LLaVA)1.5": the short form's version
            return text if after.isalnum() or after == "^" else text[:p]
    return text


def _strs(hashes: list[int], strings) -> list[str]:
    memo = _STRS
    try:
        return list(map(memo.__getitem__, hashes))
    except KeyError:
        if len(memo) > _STRS_MAX:
            memo.clear()
        for h in hashes:
            if h not in memo:
                memo[h] = strings[h]
        return list(map(memo.__getitem__, hashes))


class TokSpan(NamedTuple):
    start: int
    end: int


# Words after which a capital "I" is the author speaking: ", I propose", "here I show".
_FIRST_PERSON_AFTER = frozenset((",", "paper", "work", "study", "article", "here", "and",
                                 "then", "thus", "so", "first", "finally", "chapter", "thesis"))


class Toks:
    __slots__ = ("doc", "text", "lower", "ws", "idx", "n", "sents", "sent_of", "source",
                 "ascii", "_names", "_words", "_doc_of", "_at")

    def __init__(self, doc, doc_sents: bool = False, text: str | None = None,
                 doc_text: str | None = None) -> None:
        """`doc_sents`: take sentences from the Doc (a parser set them); else split here.
        `text`: the string offsets refer to and evidence quotes (by default the Doc's text).
        `doc_text`: the exact string the Doc was made from, when the caller has it (saves
        reading token strings from the vocabulary)."""
        self.doc = doc
        self._names: dict[tuple[int, int], str] = {}  # name_text by span: asked many times
        self._words: set[str] | None = None  # the distinct lower-case words (see find)
        self.source = text if text is not None else doc.text
        # `ascii`: every token is ASCII and its lower case is str.lower() of it (known when
        # `doc_text` is given).
        self.ascii = doc_text is not None and doc_text.isascii() and \
            doc.vocab.lex_attr_getters.get(LOWER) is _spacy_lower
        if self.ascii:
            # A token's text is its slice of the Doc's text, and its LOWER is str.lower() of
            # it (mapped in C: twice as fast as slicing the lower-cased text). Small integers
            # only: converting the 64-bit string hashes to Python ints costs more than this.
            idx, length, spacy = doc.to_array(_SLICE_ATTRS).T.tolist()
            self.text = [doc_text[a:a + b] for a, b in zip(idx, length)]
            self.lower = list(map(str.lower, self.text))
        else:
            # Whole columns at once; hash -> str through a process-wide memo (a StringStore
            # lookup decodes a new str every time).
            orth, lower, spacy, idx = doc.to_array(_ATTRS).T.tolist()
            strings = doc.vocab.strings
            self.text = _strs(orth, strings)
            self.lower = _strs(lower, strings)
        self.ws = spacy  # 1 when a space follows the token, else 0 (read as a truth value)
        self.idx = idx
        self._doc_of: list[int] | None = None  # token -> Doc token, when blanks were dropped
        self._at: list[int] | None = None  # Doc token -> token (see _toks_of)
        src = doc_text if doc_text is not None else doc.text
        if "  " in src or "\n" in src or "\t" in src or src[:1].isspace():
            self._drop_blanks()
        n = self.n = len(self.idx)
        if not n:
            self.sents = []
        elif doc_sents:
            self.sents = _merge_sents([sp for s in doc.sents
                                       if (sp := self._kept(s.start, s.end))], self.text)
        else:
            self.sents = _merge_sents(_split_sents(self.text), self.text)
        sent_of: list[int] = []
        for si, (a, b) in enumerate(self.sents):
            if a != len(sent_of):  # not contiguous (never for the built-in splitters)
                sent_of = [0] * n
                for sj, (a2, b2) in enumerate(self.sents):
                    for k in range(a2, b2):
                        sent_of[k] = sj
                break
            sent_of.extend([si] * (b - a))
        if len(sent_of) != n:
            sent_of.extend([0] * (n - len(sent_of)))
        self.sent_of = sent_of
        if "i" in self.lower or "my" in self.lower:
            self._first_person_as_we()

    def _first_person_as_we(self) -> None:
        """Read a single author's "I" and "my" as "we" and "our" ("In this paper, I propose
        X", "I've investigated ...", "My approach ..."), so every rule that reads who speaks
        reads them: only the capital "I" opening a sentence or a clause, as a word before a
        lower-case one ("Type I error", "Phase I introduces", "(I)" and
        "\\textbf{I}nstructions" stay as written)."""
        text, low, src, idx = self.text, self.lower, self.source, self.idx
        starts = {a for a, _b in self.sents}
        for k in range(self.n - 1):
            if text[k] == "my" or text[k] == "My" and k in starts:
                low[k] = "our"  # (not a title's "Learn My Life")
            elif text[k] == "I" and (
                    src[idx[k] + 1:idx[k] + 2].isspace() and low[k + 1].isalpha() and
                    text[k + 1].islower() or low[k + 1] in ("'ve", "’ve")) and (
                    k in starts or low[k - 1] in _FIRST_PERSON_AFTER):
                low[k] = "we"

    def _drop_blanks(self) -> None:
        """Leave out the tokens that are only whitespace: the blanks that strip_markup puts
        where LaTeX was ("we propose \\textbf{X}", "(1) \\textbf{X}") would otherwise stand
        between a name and the words the rules read next to it."""
        keep = [k for k, t in enumerate(self.text) if not t.isspace()]
        if len(keep) == len(self.text):
            return
        ws = list(self.ws)
        for k, t in enumerate(self.text):
            if k and t.isspace():
                ws[k - 1] = 1  # (a space follows it in the text)
        self.text = [self.text[k] for k in keep]
        self.lower = [self.lower[k] for k in keep]
        self.ws = [ws[k] for k in keep]
        self.idx = [self.idx[k] for k in keep]
        self._doc_of = keep

    def _toks_of(self) -> list[int]:
        """For each Doc token index (and the Doc's end), the index of the first kept token at
        or after it."""
        if self._at is not None:
            return self._at
        n_doc = len(self.doc)
        if self._doc_of is None:
            self._at = list(range(n_doc + 1))
            return self._at
        self._at = [bisect_left(self._doc_of, d) for d in range(n_doc + 1)]
        return self._at

    def _kept(self, start: int, end: int) -> TokSpan | None:
        """The kept tokens of the Doc tokens start..end; None when they were all blanks."""
        at = self._toks_of()
        a, b = at[start], at[end]
        return TokSpan(a, b) if a < b else None

    def doc_matches(self, matches: list) -> list:
        """(match_id, start, end) matches over the Doc, in token indices (see _drop_blanks)."""
        if self._doc_of is None:
            return matches
        return [(m, *sp) for m, a, b in matches if (sp := self._kept(a, b))]

    def char_span(self, start: int, end: int, alignment_mode: str = "strict"
                  ) -> TokSpan | None:
        """The tokens of the characters start..end, aligned as Doc.char_span aligns them."""
        span = self.doc.char_span(start, end, alignment_mode=alignment_mode)
        if span is None:
            return None
        if self._doc_of is None:
            return TokSpan(span.start, span.end)
        return self._kept(span.start, span.end)

    def end_char(self, k: int) -> int:
        return self.idx[k] + len(self.text[k])

    def span_text(self, start: int, end: int) -> str:
        if end <= start:
            return ""
        return self.source[self.idx[start]:self.end_char(end - 1)]

    def name_text(self, start: int, end: int) -> str:
        """A name's text: like span_text, without a sentence's full stop glued to the last
        token by the tokenizer ("AgentLM-70B." at the end of an abstract) and without a
        suspended hyphen ("GAN- or diffusion-based", a title's "AutoDrive-QA- Automated"),
        and with LaTeX math written as a reader sees it ("X$^{2}$-Gaussian" -> "X^2-Gaussian",
        markup.plain_name)."""
        try:
            return self._names[start, end]
        except KeyError:
            pass
        name = self._names[start, end] = self._name_text(start, end)
        return name

    def _name_text(self, start: int, end: int) -> str:
        text = _cut_at_close(plain_name(self.span_text(start, end)))
        last = plain_name(self.text[end - 1]) if end > start else ""
        if last.endswith(".") and last.lower() not in _NO_BREAK_AFTER and \
                last[-2:-1].isalnum() and "." not in last[:-1] and (
                    len(last) > 2 or end - start > 1 and self.text[end - 2] == "-"):
            return text[:-1]  # (also "Motion-X." and "SAM-H.", but not the initial "J.")
        if len(last) > 1 and last.endswith("-"):
            return text.rstrip("-")
        return text

    def find(self, words, start: int = 0, stop: int | None = None) -> list[int]:
        """Ascending indices in [start, stop) of the tokens whose lower case is in `words` (a
        set or dict): only the few of them that the text has are looked for, each by
        list.index in C, instead of testing every token."""
        if self._words is None:
            self._words = set(self.lower)
        present = self._words.intersection(words)
        if len(present) == 1:
            return indices(self.lower, present.pop(), start, stop)
        return sorted(k for w in present for k in indices(self.lower, w, start, stop))

    def sent_at_char(self, char: int) -> str:
        """Text of the sentence holding character offset `char`."""
        for a, b in self.sents:
            if self.idx[a] <= char < self.end_char(b - 1) + 1:
                return self.span_text(a, b)
        return ""

    def sent_text(self, si: int) -> str:
        a, b = self.sents[si]
        return self.span_text(a, b)


_NO_BREAK_AFTER = frozenset(("vs.", "e.g.", "i.e.", "al.", "cf.", "approx.", "fig.", "eq.",
                             "etc.", "resp.", "sec.", "no.", "vol.", "ca.", "v.s."))


_SENT_END = frozenset((".", "!", "?", "...", "…"))


def _split_sents(text: list[str]) -> list[tuple[int, int]]:
    """spaCy's Sentencizer rule on plain lists: a sentence ends after ".", "!" or "?" (and any
    closing punctuation right after it) when a non-punctuation token follows."""
    out = []
    start = 0
    n = len(text)
    j = 0
    # Only the sentence-final tokens need a look; those inside a run of closing punctuation
    # already read (k < j) are skipped, as the token-by-token scan did.
    for k in compress(range(n), map(_SENT_END.__contains__, text)):
        if k < j:
            continue
        j = k + 1
        # (a word after the stop, the usual case, is told by str.isalnum without a loop)
        while j < n and not text[j].isalnum() and not any(c.isalnum() for c in text[j]) and \
                text[j] not in ("(", "["):
            j += 1
        if j < n:
            out.append((start, j))
            start = j
    if start < n:
        out.append((start, n))
    return out


def _merge_sents(sents: list[tuple[int, int]], text: list[str]) -> list[tuple[int, int]]:
    """Undo the sentencizer's splits after abbreviations ("vs.", "e.g.") and before a
    lower-case word or a number: "(76.7 vs. 70.7)" is one sentence (but a name in mixed case
    opens one: "... outperform baselines. oMind-LLM also shows ...")."""
    out: list[tuple[int, int]] = []
    for a, b in sents:
        if out:
            pa, pb = out[-1]
            last = text[pb - 1].lower()
            prev2 = (text[pb - 2] + text[pb - 1]).lower() if pb - 2 >= pa else last
            first = text[a]
            if last in _NO_BREAK_AFTER or prev2 in _NO_BREAK_AFTER or \
                    (last != "." and last[-1:] == ".") or \
                    first[:1].islower() and first.lower() == first or \
                    (first[:1].isdigit() and last in (".",) and prev2.endswith("vs.")):
                out[-1] = (pa, b)
                continue
        out.append((a, b))
    return out


def indices(seq: list[str], value: str, start: int = 0, stop: int | None = None) -> list[int]:
    """Ascending indices of `value` in seq[start:stop] (positions, not Python's negative
    ones): list.index in C, several times faster than testing every token in Python, for a
    word that is rare in the text."""
    stop = len(seq) if stop is None else stop
    out: list[int] = []
    if stop <= start:
        return out
    index = seq.index
    try:
        k = index(value, start, stop)
        while True:
            out.append(k)
            k = index(value, k + 1, stop)
    except ValueError:
        return out


def compound_start(tk: Toks, i: int, sent_start: int) -> int:
    """First token of the unspaced hyphen compound ending at token `i` ("post" of
    "post-training"); `i` for a plain token."""
    text, ws = tk.text, tk.ws
    k = i
    while k - 2 >= sent_start and text[k - 1] == "-" and not ws[k - 1] and not ws[k - 2] and \
            text[k - 2][:1].isalnum():
        k -= 2
    return k


def hyphen_compound(tk: Toks, i: int, end: int) -> int:
    """End of the unspaced hyphen compound starting at token `i` ("Fine-tune-CoT",
    "step-by-step"); `i + 1` for a plain token. `end`: where the sentence ends."""
    text, ws = tk.text, tk.ws
    j = i + 1
    while j + 1 < end and text[j] == "-" and not ws[j - 1] and not ws[j] and \
            text[j + 1][:1].isalnum():
        if text[j + 1].lower() in _DASHED_ARTICLES and not (
                j + 2 < end and text[j + 2] == "-" and not ws[j + 1]):
            break  # "MapBench-the first dataset": a dash, not a compound ("state-of-the-art")
        j += 2
    return j


_DASHED_ARTICLES = frozenset(("the", "a", "an"))


def like_num(text: str) -> bool:
    return bool(_NUM.match(text))


# A number a score is written as: "84.1", "0.538", "92" (not "1,000", "7B" or "2024").
_SCORE_NUMBER = re.compile(r"\d{1,3}(\.\d+)?")


def score_number(text: str) -> bool:
    return _SCORE_NUMBER.fullmatch(text) is not None


def is_punct(text: str) -> bool:
    return not any(c.isalnum() for c in text)


def is_stop(lower: str) -> bool:
    return lower in STOP_WORDS


def aside_start(low: list[str], k: int, sent_start: int) -> int:
    """Where a parenthesised aside right before token `k` opens ("72.2% accuracy (κ=0.45)
    on X", "superior F1 scores (F1 = 0.16) compared to X": the "("), or `k` when there is none
    within six tokens."""
    if k - 1 > sent_start and low[k - 1] == ")":
        for j in range(k - 2, max(sent_start, k - 8) - 1, -1):
            if low[j] == "(":
                return j
            if low[j] == ")":
                break
    return k


def word_before(low: list[str], k: int, lo: int, found, stop) -> int | None:
    """Index of the nearest word in `found` before `k` (back to `lo`), or None when a word in
    `stop` comes first: "improvement in accuracy over X" finds the gain word before "over"."""
    for j in range(k - 1, lo - 1, -1):
        if low[j] in found:
            return j
        if low[j] in stop:
            return None
    return None
