"""Faster stand-ins for spaCy's tokenizer regexes (the fast profile's prefix, suffix, infix
and URL searches), each giving exactly the match the plain regex gives.

spaCy asks these regexes about every whitespace-separated string it has not split before;
on new abstracts that is most strings, and most of them are plain words no rule can match.
Each stand-in reads its rules once, at start-up, through Python's own regex parser (what
characters a match can open or end with, whether it needs a "." or a non-letter), and skips
the strings the rules cannot match, or searches only the part of a string where a match can
start. When the analysis is unsure of a rule, the stand-in searches every string as spaCy
does. `tests/test_tokenizer_regex.py` checks each against the plain regex.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator

from spacy.util import compile_suffix_regex

try:
    from re import _parser as sre_parse  # (Python >= 3.11)
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse  # type: ignore[no-redef]


class _RegexShortcut:
    """A compiled spaCy regex and its `pattern` (spaCy serialises a tokenizer regex by the
    `.__self__.pattern` of the bound method it is given)."""

    __slots__ = ("regex", "pattern")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self.pattern = regex.pattern


class InfixRegex(_RegexShortcut):
    """spaCy's infix regex, skipping the words of ASCII letters alone ("transformer"): no
    infix rule matches inside them (checked on the rules themselves: _matches_letters).
    They are 60% of the strings spaCy splits on new abstracts (a word not in its cache);
    the other strings are searched as before."""

    __slots__ = ("finditer",)

    def __init__(self, regex: re.Pattern[str]) -> None:
        super().__init__(regex)
        if not _matches_letters(sre_parse.parse(regex.pattern, regex.flags)):
            self.finditer = self._finditer
        else:  # (a rule may match letters: search every string)
            self.finditer = regex.finditer

    def _finditer(self, text: str) -> Iterator[re.Match[str]]:
        if text.isalpha() and text.isascii():
            return iter(())
        return self.regex.finditer(text)


_LETTERS = frozenset(string.ascii_letters)
# Which ASCII letters a class escape (\d, \w, \s and their negations) takes.
_LETTER_CATEGORIES = {
    **dict.fromkeys(("CATEGORY_DIGIT", "CATEGORY_UNI_DIGIT", "CATEGORY_SPACE",
                     "CATEGORY_UNI_SPACE", "CATEGORY_LINEBREAK", "CATEGORY_UNI_LINEBREAK",
                     "CATEGORY_NOT_WORD", "CATEGORY_UNI_NOT_WORD"), frozenset()),
    **dict.fromkeys(("CATEGORY_NOT_DIGIT", "CATEGORY_UNI_NOT_DIGIT", "CATEGORY_NOT_SPACE",
                     "CATEGORY_UNI_NOT_SPACE", "CATEGORY_NOT_LINEBREAK",
                     "CATEGORY_UNI_NOT_LINEBREAK", "CATEGORY_WORD", "CATEGORY_UNI_WORD"),
                    _LETTERS)}


def _class_letters(items) -> frozenset[str] | None:
    """The ASCII letters a character class ("[a-z0-9]", "[^()]") takes; None if unsure."""
    got: set[str] = set()
    negate = False
    for op, av in items:
        name = str(op)
        if name == "NEGATE":
            negate = True
        elif name == "LITERAL":
            got.update(_LETTERS.intersection(chr(av)))
        elif name == "RANGE":
            got.update(ch for ch in _LETTERS if av[0] <= ord(ch) <= av[1])
        elif name == "CATEGORY" and str(av) in _LETTER_CATEGORIES:
            got.update(_LETTER_CATEGORIES[str(av)])
        else:
            return None
    return _LETTERS - got if negate else frozenset(got)


def _matches_letters(items) -> bool:
    """Whether the parsed regex `items` may match inside a string of ASCII letters alone
    (an empty match included): False only when sure (each part needs a character other than
    a letter; anchors and negative lookarounds are taken to hold). Then a tokenizer regex
    can skip the plain words it is asked about."""
    if getattr(getattr(items, "state", None), "flags", 0) & re.IGNORECASE:
        return True
    for op, av in items:
        name = str(op)
        if name in ("AT", "ASSERT_NOT"):
            continue
        if name == "ASSERT":  # (a lookaround sees letters only too)
            ok = _matches_letters(av[1])
        elif name == "LITERAL":
            ok = chr(av) in _LETTERS
        elif name in ("NOT_LITERAL", "ANY"):
            ok = True
        elif name == "IN":
            letters = _class_letters(av)
            ok = letters is None or bool(letters)
        elif name == "BRANCH":
            ok = any(_matches_letters(branch) for branch in av[1])
        elif name == "SUBPATTERN":
            ok = bool(av[1] & re.IGNORECASE) or _matches_letters(av[-1])
        elif name == "ATOMIC_GROUP":
            ok = _matches_letters(av)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            ok = av[0] == 0 or _matches_letters(av[2])
        else:
            return True  # (a construct not read here: a group reference ...)
        if not ok:
            return False
    return True


class PrefixRegex(_RegexShortcut):
    """spaCy's prefix regex ("^§|^%|...|^US\\$|..."), asked about every string the tokenizer
    has not split before (80k per 3,000 new abstracts), skipping those that open with a letter
    or digit no rule opens with (most: "GPT-4o,", "2024).", not "US$5"). Every rule is
    anchored at the string's start (re.search still tries each position), so a match opens
    with the string's first character (checked on the regex: _anchored, _first_chars)."""

    __slots__ = ("alnum_starts", "search")

    def __init__(self, regex: re.Pattern[str]) -> None:
        super().__init__(regex)
        parsed = sre_parse.parse(regex.pattern, regex.flags)
        ranges = _first_chars(parsed) if _anchored(parsed) and not \
            regex.flags & (re.IGNORECASE | re.MULTILINE) else None
        self.alnum_starts = _alnum_in(ranges or [])
        # (a rule that may open with anything: search every string)
        self.search = regex.search if ranges is None else self._search

    def _search(self, text: str) -> re.Match[str] | None:
        first = text[:1]
        if first.isalnum() and first not in self.alnum_starts:
            return None
        return self.regex.search(text)


_STARTS = ("AT_BEGINNING", "AT_BEGINNING_STRING")


def _anchored(items) -> bool:
    """Whether every match of the parsed regex `items` starts at the string's start."""
    if not len(items):
        return False
    op, av = items[0]
    name = str(op)
    if name == "AT":
        return str(av) in _STARTS
    if name == "BRANCH":
        return all(_anchored(branch) for branch in av[1])
    if name == "SUBPATTERN":
        return _anchored(av[-1])
    return False


def _first_chars(items, from_end: bool = False) -> list[tuple[int, int]] | None:
    """Code point ranges that hold the first character (`from_end`: the last) of every match
    of the parsed regex `items`; None when unsure (a part that may match nothing, a negated
    class, a flag ...). Zero-width anchors and lookarounds are passed over (they only narrow
    the matches)."""
    for op, av in reversed(items) if from_end else items:
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue
        if name == "LITERAL":
            return [(av, av)]
        if name == "IN":
            ranges = []
            for op2, av2 in av:
                if str(op2) == "LITERAL":
                    ranges.append((av2, av2))
                elif str(op2) == "RANGE":
                    ranges.append(av2)
                else:
                    return None
            return ranges
        if name == "BRANCH":
            ranges = []
            for branch in av[1]:
                if (got := _first_chars(branch, from_end)) is None:
                    return None
                ranges.extend(got)
            return ranges
        if name == "SUBPATTERN":
            return _first_chars(av[-1], from_end) if not av[1] & re.IGNORECASE else None
        if name == "ATOMIC_GROUP":
            return _first_chars(av, from_end)
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            return _first_chars(av[2], from_end) if av[0] >= 1 else None
        return None
    return None  # (it may match the empty string)


def _alnum_in(ranges: list[tuple[int, int]]) -> frozenset[str]:
    """The letters and digits in code point `ranges`."""
    return frozenset(ch for lo, hi in ranges for ch in map(chr, range(lo, hi + 1))
                     if ch.isalnum())


class UrlMatch(_RegexShortcut):
    """spaCy's URL regex, asked about every string the tokenizer has not split before (40k
    per 3,000 new abstracts, 1% of the extraction time), skipping those without a "." (most:
    "(LoRA)", "GPT-4o,"): a URL has a dotted host or IP address ("arxiv.org"), and the
    regex cannot match without one (checked on the regex itself: _needs_char)."""

    __slots__ = ("match",)

    def __init__(self, regex: re.Pattern[str]) -> None:
        super().__init__(regex)
        if _needs_char(sre_parse.parse(regex.pattern, regex.flags), "."):
            self.match = self._match
        else:  # (a regex that may match without one: search every string)
            self.match = regex.match

    def _match(self, text: str) -> re.Match[str] | None:
        if "." not in text:
            return None
        return self.regex.match(text)


def _needs_char(items, char: str) -> bool:
    """Whether every match of the parsed regex `items` contains the non-letter `char`: True
    only when sure (a part that always matches it: the literal itself, a group or a repeat
    of at least once that needs it, a branch whose alternatives all do)."""
    code = ord(char)
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            needed = av == code
        elif name == "SUBPATTERN":
            needed = _needs_char(av[-1], char)
        elif name == "ATOMIC_GROUP":
            needed = _needs_char(av, char)
        elif name == "BRANCH":
            needed = all(_needs_char(branch, char) for branch in av[1])
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            needed = av[0] >= 1 and _needs_char(av[2], char)
        else:  # (a class, a lookaround, an anchor ...: not counted on)
            needed = False
        if needed:
            return True
    return False


_SHORT_SUFFIX = 16  # suffix rules at most this long are searched at the string's end only


class SuffixRegex(_RegexShortcut):
    """spaCy's suffix regex ("a$|b$|..."), searched from near the end of the string.

    `re.search` tries every start position, each against every one of the ~100 suffix
    rules, though a rule of at most `width` characters can only match in the last `width`
    (its lookbehind still sees the text before: a search from `pos` does not cut it). The
    few longer rules ("\\.\\.+") are searched whole on their own (cheap): the full regex's
    leftmost match starts no earlier than theirs or the last `width` characters, so
    searching it from there finds the same match, by the same rule. 1.5x faster on new
    abstracts, where the suffix search was 7% of the extraction time.
    """

    __slots__ = ("width", "long_rules", "skip_letters", "alnum_ends", "end_widths")

    def __init__(self, suffixes: list[str]) -> None:
        super().__init__(compile_suffix_regex(suffixes))
        entries = [p for p in suffixes if p.strip()]  # (as compile_suffix_regex keeps them)
        parsed = [sre_parse.parse(p + "$") for p in entries]
        widths = [tree.getwidth()[1] for tree in parsed]
        short = [w <= _SHORT_SUFFIX for w in widths]
        self.width = max((w for w, s in zip(widths, short) if s), default=0)
        long_rules = [p for p, s in zip(entries, short) if not s]
        self.long_rules = compile_suffix_regex(long_rules).search if long_rules else None
        anchored = all(len(tree) and tree[-1] == (sre_parse.AT, sre_parse.AT_END)
                       for tree in parsed)
        if not anchored:
            self.width = 1 << 30  # (a rule "a|b" leaves "a" unanchored: search it all)
        # The letters and digits a rule can end with (units: "km", "GB"; no digit): a string
        # ending in another one ("GPT-4", "3.5", "Qwen2.5-VL") has none. None: not sure.
        ends = [_first_chars(tree, from_end=True)
                if not getattr(tree.state, "flags", 0) & re.IGNORECASE else None
                for tree in parsed] if anchored else [None]
        self.alnum_ends = None if None in ends else _alnum_in([r for e in ends for r in e])
        # The widest short rule that can end with each character: a match ends at the
        # string's end, so it starts in the last that many characters ("model," is searched
        # from its "," only, not from 16 places back). None: not sure.
        self.end_widths: dict[str, int] | None = None
        if None not in ends:
            self.end_widths = {}
            for tree_ends, w, s in zip(ends, widths, short):
                for lo, hi in tree_ends if s else ():
                    for ch in map(chr, range(lo, hi + 1)):
                        self.end_widths[ch] = max(self.end_widths.get(ch, 0), w)
        # No rule matches a word of ASCII letters alone ("transformer": a unit needs a digit
        # before it), half the strings searched on new abstracts: those are not searched.
        self.skip_letters = not any(_matches_letters(tree) for tree in parsed)

    def search(self, text: str) -> re.Match[str] | None:
        if self.skip_letters and text.isalpha() and text.isascii():
            return None
        if self.alnum_ends is not None and text[-1:].isalnum() and \
                text[-1] not in self.alnum_ends:
            return None
        pos = len(text) - self.width
        if self.end_widths is not None and text[-1:] != "\n":  # ("$" also matches before
            # a final newline)
            pos = len(text) - self.end_widths.get(text[-1:], 0)
        if pos <= 0:
            return self.regex.search(text)
        if self.long_rules is not None and (m := self.long_rules(text)) is not None:
            pos = min(pos, m.start())
        return self.regex.search(text, pos)
