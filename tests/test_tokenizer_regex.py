"""The fast profile's tokenizer regexes (extract/tokenizer_regex.py, set up by
extract/pipeline.py) skip work spaCy's plain regexes would do; these tests pin that they find
exactly what the plain regexes find."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
import spacy

from litgraph.extract import pipeline, tokenizer_regex
from litgraph.extract.tokenizer_regex import (
    _anchored,
    _first_chars,
    _matches_letters,
    _needs_char,
    sre_parse,
)

SAMPLE = Path(pipeline.__file__).resolve().parents[1] / "sample"

# Strings the rules treat specially: units, full stops after capitals and digits, ellipses,
# glued parentheses, letters outside ASCII, LaTeX.
EDGE = ["GSM8K.", "Vicuna-13B.", "RGB-D.", "1.5M", "7B", "665K", "5km", "5kg.", "...", "a..",
        "abc....", "(PCA)-style", "x)", "(LoRA),", "transformer", "Transformer", "naïve",
        "Straße", "ABC", "e.g.", "U.S.", "10%", "$96.1\\%$", "3x", "~3x", "B-)", ":-)",
        "don't", "model's", "LLMs'", "2024).", "[1]", "https://x.org/a.", "α-β", "—", ""]


def _strings() -> list[str]:
    words = set(EDGE)
    for path in sorted(SAMPLE.rglob("*")):
        if path.is_file():
            words.update(path.read_text(encoding="utf-8", errors="replace").split())
    return sorted(words)


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    pipeline._split_glued_parens(nlp)
    pipeline._adjust_suffixes(nlp)
    pipeline._skip_dotless_urls(nlp)
    pipeline._skip_word_prefixes(nlp)
    return nlp


def test_suffix_search_finds_what_the_plain_regex_finds(nlp):
    fast = nlp.tokenizer.suffix_search
    plain = fast.__self__.regex.search
    strings = [*_strings(), "5GB", "3km²", "10mm", "GPT-4", "Qwen2.5-VL", "x\n", "5km\n",
               "GSM8K.\n", "a.)\n", "(x),"]
    assert len(strings) > 1000
    assert {"m", "B"} <= fast.__self__.alnum_ends and not {"4", "L"} & fast.__self__.alnum_ends
    for s in strings:
        for t in (s, s[:-1], s[1:]):  # (spaCy searches what is left after each suffix)
            a, b = fast(t), plain(t)
            assert (a and (a.span(), a.group())) == (b and (b.span(), b.group())), t


def test_infix_search_finds_what_the_plain_regex_finds(nlp):
    fast = nlp.tokenizer.infix_finditer
    plain = fast.__self__.regex.finditer
    for s in _strings():
        assert [m.span() for m in fast(s)] == [m.span() for m in plain(s)], s


def test_prefix_search_finds_what_the_plain_regex_finds(nlp):
    fast = nlp.tokenizer.prefix_search
    plain = fast.__self__.regex.search
    assert fast.__func__ is tokenizer_regex.PrefixRegex._search  # (spaCy's rules are all anchored)
    assert {"U", "C", "A"} <= fast.__self__.alnum_starts  # ("US$", "C$", "A$")
    for s in [*_strings(), "US$5", "C$3", "A$", "U", "Cat", "§1", "(a"]:
        for t in (s, s[1:]):  # (spaCy searches what is left after each prefix)
            a, b = fast(t), plain(t)
            assert (a and a.span()) == (b and b.span()), t


def test_first_character_check_reads_the_regex():
    def parse(p: str):
        return sre_parse.parse(p)

    assert _anchored(parse(r"^a|^b")) and _anchored(parse(r"(?:^a|^bc)"))
    assert not _anchored(parse(r"^a|b"))
    assert sorted(_first_chars(parse(r"^a|^[b-d]|^(?:e|f)+g"))) == \
        [(97, 97), (98, 100), (101, 101), (102, 102)]
    assert _first_chars(parse(r"^a|^x?b")) is None  # (an optional first part)
    assert _first_chars(parse(r"^[^a]")) is None  # (a negated class)
    assert _first_chars(parse(r"^(?i:a)")) is None  # (a flag)
    assert set(_first_chars(parse(r"(?<=[0-9])(?:km|m)$"), from_end=True)) == {(109, 109)}


def test_url_match_finds_what_the_plain_regex_finds(nlp):
    fast = nlp.tokenizer.url_match
    plain = fast.__self__.regex.match
    assert fast.__func__ is tokenizer_regex.UrlMatch._match  # (spaCy's URL regex needs a ".")
    for s in [*_strings(), "arxiv.org", "www.x.org/a", "http://x", "192.168.0.1", "a@b.co"]:
        a, b = fast(s), plain(s)
        assert (a and a.span()) == (b and b.span()), s


def test_dot_check_reads_the_regex():
    def parse(p: str):
        return sre_parse.parse(p)

    assert _needs_char(parse(r"^(?:[a-z]+\.)+[a-z]{2,}$"), ".")
    assert _needs_char(parse(r"a(?:b\.|\.c)"), ".")
    assert not _needs_char(parse(r"a(?:b\.|c)"), ".")  # (one alternative has none)
    assert not _needs_char(parse(r"(?:a\.)?b"), ".")  # (an optional one)
    assert not _needs_char(parse(r"[.]b|(?=\.)"), ".")  # (not counted on)


def test_letter_check_reads_the_rules():
    def parse(p: str):
        return sre_parse.parse(p)

    assert _matches_letters(parse(r"[a-z]+$"))
    assert _matches_letters(parse(r"(?i)K$"))  # (a flag: not sure, so yes)
    assert not _matches_letters(parse(r"\d+%$"))
    assert not _matches_letters(parse(r"(?<=[0-9])km$"))  # (the digit it needs first)
    assert not _matches_letters(parse(r"(?<=[A-Z])\.$"))
    assert _matches_letters(parse(r"(?<=[a-z])(?:ing|ed)$"))
    assert _matches_letters(parse(r"(?:\.|s)$"))


def test_the_tokenizer_pickles_with_its_regexes(nlp):
    text = "We tune LLaMA-2-7B on GSM8K. It reaches 85.4% on Birdsnap... (PCA)-style 1.5M"
    again = pickle.loads(pickle.dumps(nlp))
    assert [t.text for t in again(text)] == [t.text for t in nlp(text)]


def test_a_latex_name_opening_with_a_currency_letter_stays_one_token():
    from litgraph.extract.pipeline import build_nlp

    nlp = build_nlp("fast")
    words = [t.text for t in nlp.make_doc("We introduce A$^2$Search and C$^2$-Net.")]
    assert "A$^2$Search" in words and "C$^2$-Net" in words
