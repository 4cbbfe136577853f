"""The curated name lists (`data/gazetteer/*.tsv`) and the generic-phrase stop list.

File format: `canonical<TAB>alias|alias|...`; the file name gives the type (`models.tsv` ->
Model, `methods_science.tsv` -> Method); `*_cased.tsv` entries match on exact case only
(acronyms that are also words: "ARC", "MATH", "Orca"). `pwc_methods.tsv` is derived from
Papers with Code (CC BY-SA 4.0, see `LICENSE-pwc.md`). Pure Python and cached, so both the
extractor and the resolver can use it without importing spaCy.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import product
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data" / "gazetteer"

_FILE_TYPES = {
    "models": "Model", "methods": "Method", "datasets": "Dataset", "benchmarks": "Benchmark",
    "tasks": "Task", "metrics": "Metric", "pwc_methods": "Method",
    # (data papers train on: pretraining corpora, instruction and preference data)
    "datasets_training": "Dataset",
}
_FILE_TYPES.update({f"{stem}_science": typ for stem, typ in list(_FILE_TYPES.items())
                    if stem != "pwc_methods"})


def _priority(stem: str) -> int:
    """When two files claim a name, the core lists win over the cross-science lists
    (`*_science.tsv`), which win over the Papers-with-Code list."""
    base = stem.removesuffix("_cased")
    return 2 if base == "pwc_methods" else 1 if base.endswith("_science") else 0

_LOOSE_MIN = 7  # folded length from which a case-sensitive entry also matches in any case
_FOLD = re.compile(r"[\W_]+", re.UNICODE)
# A "+" right after a letter or digit is part of the name ("HumanEval+", "CodeT5+", "C++"): it
# is spelled "plus" so that keys stay [a-z0-9] (IRIs) and "HumanEval+" != "HumanEval".
_PLUS = re.compile(r"(?<=[^\W_])\++")


def _plus(match: re.Match) -> str:
    return "plus" * len(match.group(0))


def _strip(name: str) -> str:
    if name.isascii():
        text = name  # (no accents to strip: the common case, and a third of a cold run's folds)
    else:
        text = unicodedata.normalize("NFKD", name)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    if "+" in text:
        text = _PLUS.sub(_plus, text)
    if "∞" in text:
        # ("∞Bench" is not "Bench", nor any "X-Bench" cut before it: "H∞ norm" is the
        # H-infinity norm)
        text = text.replace("∞", "infinity")
    return text


@lru_cache(maxsize=1 << 20)  # pure, and called for the same names millions of times
def fold(name: str) -> str:
    """Case/punctuation/accent-folded key: "LLaMA-2" and "Llama 2" both give "llama2";
    "HumanEval+" gives "humanevalplus"."""
    return _FOLD.sub("", _strip(name).casefold())


@lru_cache(maxsize=1 << 20)
def cased_fold(name: str) -> str:
    """Like :func:`fold` but keeping case: the key of case-sensitive gazetteer entries, so
    "FiD" (Fusion-in-Decoder) and "FID" (the metric), "ViTs" and "VITS" stay apart."""
    return _FOLD.sub("", _strip(name))


@dataclass(frozen=True)
class Entry:
    canonical: str
    type: str
    aliases: tuple[str, ...]
    cased: bool
    source: str  # file stem


@dataclass
class Gazetteer:
    entries: list[Entry]
    by_key: dict[str, Entry]  # folded name or alias -> entry (case-insensitive entries)
    generic: frozenset[str]  # folded generic phrases
    by_exact: dict[str, Entry] = field(default_factory=dict)  # cased_fold -> cased entry
    by_canonical: dict[str, Entry] = field(default_factory=dict)  # fold(canonical) -> entry
    # Long forms of case-sensitive entries, any case ("Kernel Inception Distance"): short
    # ones ("FID", "MATH", "ViTs") are ambiguous across case and only match exactly.
    by_loose: dict[str, Entry] = field(default_factory=dict)
    languages: frozenset[str] = frozenset()  # folded language names (also in `generic`)
    # The stop list's phrases of two or more words by their initials ("cad": "computer-aided
    # design"): a short form they spell has that generic meaning (see `other_meaning`).
    generic_initials: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def lookup(self, name: str) -> Entry | None:
        """The entry `name` spells: case-sensitive entries on their exact case first ("FID"
        is the metric, "FiD" the model), then the case-insensitive ones."""
        if self.by_exact:
            entry = self.by_exact.get(cased_fold(name))
            if entry is not None:
                return entry
        key = fold(name)
        entry = self.by_key.get(key)
        if entry is None and len(key) >= _LOOSE_MIN:
            entry = self.by_loose.get(key)
        return entry

    def lookup_key(self, key: str) -> Entry | None:
        """The entry whose canonical name folds to the entity key `key`."""
        return self.by_canonical.get(key)

    def is_generic(self, name: str) -> bool:
        """On the stop list, or the plural of an acronym on it ("IMUs", "MRIs", "IDs")."""
        key = fold(name)
        return key in self.generic or len(name) > 2 and _acronym_plural(name) and \
            key[:-1] in self.generic

    def other_meaning(self, short: str, long: str) -> bool:
        """Whether a paper's definition "long (short)" gives a generic short form a meaning
        other than its generic one: "Cylindrical Algebraic Decomposition (CAD)" is no
        "computer-aided design" (a short form whose generic long form the list does not
        spell, like "MRI", has none)."""
        key = fold(short)
        key = key[:-1] if _acronym_plural(short) else key
        spelled = self.generic_initials.get(key)
        # (not a variant of the generic phrase: "Video Language Models (VLM)" is a kind of
        # vision-language model, "Visual Language Action (VLA)" vision-language-action)
        return spelled is not None and not self.is_generic(long) and \
            not _shares_half(long, *spelled)

    def is_training_data(self, canonical: str) -> bool:
        """Whether the listed dataset `canonical` is data papers train on (a pretraining corpus,
        instruction or preference data: datasets_training*.tsv), not data they test on."""
        entry = self.by_canonical.get(fold(canonical))
        return entry is not None and entry.source.startswith("datasets_training")

    def is_language(self, word: str) -> bool:
        return fold(word) in self.languages

    def spelled_anew(self, entry: Entry, short: str, long: str) -> bool:
        """Whether "long (short)" spells out a short form the list knows only as a name, with
        no long form of its own ("RACE", "CLUE", "DART"): the definition gives the letters a
        meaning the list cannot confirm, so only who defines it tells whose it is."""
        return _known_by_letters(entry, short, short) and _spells(long, short)

    def defined(self, short: str, long: str) -> Entry | None:
        """The entry a paper's own abbreviation definition "long (short)" means.

        The long form decides when it is listed ("Grouped Query Attention (GQA)" is the
        attention method, not the GQA benchmark). A listed short form that abbreviates some
        other long form ("PIT" = permutation invariant training) is overridden by a definition
        whose initials spell it and which shares less than half the words of each listed long
        form: "pre-instruction-tuning (PIT)", "Test-Time Scaling (TTS)" are the paper's own
        things. A long form is also looked up as the list spells it (singular, American).
        """
        entry = self.lookup(long)
        if entry is None and not short.endswith("s"):
            # (a plural short form names a kind of thing: "Segment Anything Models (SAMs)")
            entry = self.lookup(_singular_american(long))
        if entry is not None:
            return entry
        entry = self.lookup(short)
        if entry is None or _known_by_letters(entry, short, entry.canonical) and (
                short == entry.canonical or short in entry.aliases):
            return entry  # a name, not an expansion ("KITTI", "LLaVA"): the list wins
            # (but "MoCo" is listed with its long form, Momentum Contrast; and a name
            # written otherwise, "Face Image Quality Assessment (FIQA)", "centroidal Voronoi
            # tessellation (CVT)", is not the listed FiQA or CvT when its long form spells
            # it: 20 of 25 corpus definitions of the shape)
        if _spells(long, short) and not _shares_half(long, entry.canonical, *entry.aliases):
            return None
        return entry


def _known_by_letters(entry: Entry, short: str, letters: str) -> bool:
    """Whether the list knows `short` only by its letters: `entry`'s canonical name is it and
    no alias spells `letters` out (an alias holding the short form, "KITTI dataset", "RACE-h",
    spells nothing)."""
    return fold(entry.canonical) == fold(short) and not any(
        _spells(alias, letters) for alias in entry.aliases if fold(short) not in fold(alias))


def _acronym_plural(name: str) -> bool:
    """"IMUs", "VLMs": capitals and a plural "s"."""
    return name.endswith("s") and name[:-1].isupper()


_STOP = frozenset("a an and by for from in of on the to through via with".split())


def _words(text: str) -> list[str]:
    # (any dash: "human–object interaction" is three words, as "human-object interaction")
    return [w for w in re.split(r"[\s\-\u2010-\u2015/]+", text.casefold()) if w]


_BRITISH = re.compile(r"is(ation|ing|e|ed|er)\b")


def _singular_american(long: str) -> str:
    """"Self-Organizing Maps" -> "Self-Organizing Map", "Expectation-Maximisation" ->
    "Expectation-Maximization": a definition's long form as the list spells it."""
    text = _BRITISH.sub(r"iz\1", long)
    if text.endswith("s") and not text.endswith(("ss", "us", "is")):
        text = text[:-1]
    return text


def _shares_half(long: str, *listed: str) -> bool:
    """Whether `long` has at least half the content words of one of the `listed` long forms
    ("semantic-spatial feature fusion with dynamic graph refinement" shares only "dynamic" with
    "spurious-free dynamic range", so it is another SFDR)."""
    own = _stems(long)
    return any(2 * len(own & form) >= len(form) for form in map(_stems, listed) if form)


def _stems(*texts: str) -> set[str]:
    """Crude stems of the content words (first four letters), enough to see that
    "supervision during the fine-tuning" and "supervised fine-tuning" share words."""
    # ("multi" leads too many words to say anything: "multimodal" is not "multipoint")
    return {w[5:9] if w.startswith("multi") and len(w) > 8 else w[:4]
            for t in texts for w in _words(t) if w not in _STOP and w.isalpha()}


def _spells(long: str, short: str) -> bool:
    """Do the initials of `long` (with or without its small words), the letters of its one
    camel-case word, the starts of its words (for a mixed-case short form: "CoMP"), or the
    capitals inside its words, spell `short`?"""
    letters = "".join(ch for ch in short.casefold() if ch.isalpha())
    if len(letters) > 2 and short.endswith("s") and short[-2:-1].isupper():
        letters = letters[:-1]  # "TTSs", "LLMs"
    words = _words(long)
    initials = "".join(w[0] for w in words)
    if letters in (initials, "".join(w[0] for w in words if w not in _STOP)):
        return True
    if short.isalpha() and letters[:1] == initials[:1] and _in_order(letters, initials):
        return True  # initials of some of its words: "semantic-spatial feature fusion with
        # dynamic graph refinement (SFDR)"
    if len(words) == 1 and any(ch.isupper() for ch in long[1:]) and \
            letters[:1] == words[0][:1] and _in_order(letters, words[0]):
        return True  # one camel-case word: "MultimodalStudio (MMS)"
    chunks = _CHUNK.findall(short)
    if len(chunks) > 1 and "".join(chunks) == short and any(c[1:] for c in chunks) and \
            words and words[0].startswith(chunks[0].casefold()):
        # The starts of words: "Continual Multimodal Pre-training (CoMP)"
        it = iter(words[1:])
        if all(any(w.startswith(c.casefold()) for w in it) for c in chunks[1:]):
            return True
    # Capitals inside words spell it: "ImPlicit Self-ImprovemenT (PIT)".
    if not any(ch.isupper() for w in long.split() for ch in w[1:]):
        return False
    caps = iter(ch.casefold() for ch in long if ch.isupper())
    return all(ch in caps for ch in letters)


_CHUNK = re.compile(r"[A-Z][a-z]*")


def _in_order(letters: str, initials: str) -> bool:
    """Whether `letters` occur in `initials` in order (a subsequence)."""
    it = iter(initials)
    return all(ch in it for ch in letters)


_CLOSING_PREFIXES = frozenset((
    "pre", "post", "fine", "multi", "self", "semi", "non", "co", "re", "sub", "super", "inter",
    "intra", "cross", "meta", "hyper", "over", "under", "anti", "auto", "bi", "tri", "de",
    "mid", "mini", "uni", "hetero", "homo", "zero", "few", "one", "single", "long", "short"))
_SEPARATOR = re.compile(r"(?<=[a-z])([ -])(?=[a-z])")


def hyphenation_variants(form: str, limit: int = 3) -> list[str]:
    """The ways a lower-case multi-word name is written with other joins between its words:
    "instruction fine-tuning" -> "instruction-fine-tuning", "instruction fine tuning",
    "instruction finetuning", ... (all fold to the same key, so they name the same entry);
    lower case, as the case-insensitive matcher compares.
    A hyphen after a prefix may also close up ("pre-training" -> "pretraining").
    Names with more than `limit` joins are left as written (the variants multiply)."""
    words = re.split(r"[ -]", form)
    if any(len(w) < 2 for w in words):
        return []  # "Shap-E", "Mask R-CNN": one letter is part of a name, not a word
    form = form.lower()  # matched on lower case
    parts = _SEPARATOR.split(form)
    seps = parts[1::2]
    if not seps or len(seps) > limit:
        return []
    choices = []
    for k, sep in enumerate(seps):
        closes = sep == "-" and parts[2 * k].rsplit(" ", 1)[-1] in _CLOSING_PREFIXES
        choices.append((" ", "-", "") if closes else (" ", "-"))
    out = []
    for combo in product(*choices):
        text = parts[0] + "".join(c + w for c, w in zip(combo, parts[2::2]))
        if text != form:
            out.append(text)
    return out


def _read_tsv(path: Path) -> list[tuple[str, tuple[str, ...]]]:
    rows = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cols = raw.split("\t")
        name = cols[0].strip()
        aliases = tuple(a.strip() for a in cols[1].split("|") if a.strip()) if len(cols) > 1 else ()
        if name:
            rows.append((name, aliases))
    return rows


_ACTION_ENDS = ("tion", "ment", "sion")


def plural_variants(forms: set[str]) -> list[str]:
    """"data augmentations" for "data augmentation": a multi-word name of an action said in
    the plural is still that technique."""
    return [f + "s" for f in forms if " " in f and f.endswith(_ACTION_ENDS)]


@lru_cache(maxsize=4)
def load(directory: str | None = None) -> Gazetteer:
    root = Path(directory) if directory else DATA_DIR
    entries: list[Entry] = []
    by_key: dict[str, Entry] = {}
    by_exact: dict[str, Entry] = {}
    by_canonical: dict[str, Entry] = {}
    by_loose: dict[str, Entry] = {}
    files = sorted(root.glob("*.tsv"), key=lambda p: (_priority(p.stem), p.name))
    for path in files:
        stem = path.stem
        cased = stem.endswith("_cased")
        base = stem.removesuffix("_cased")
        if base not in _FILE_TYPES:
            continue
        for name, aliases in _read_tsv(path):
            entry = Entry(name, _FILE_TYPES[base], aliases, cased, stem)
            entries.append(entry)
            by_canonical.setdefault(fold(name), entry)
            for form in (name, *aliases):
                key = cased_fold(form) if cased else fold(form)
                if key and not ("@" in form and len(key) <= 3):
                    # (not "R@1" as "r1": a lookup of "R1", as in DeepSeek-R1, is no score)
                    (by_exact if cased else by_key).setdefault(key, entry)
                if cased and len(fold(form)) >= _LOOSE_MIN and (
                        " " in form or "-" in form or form[1:] == form[1:].lower()):
                    # (not one word whose inner capitals mark it: "QuALITY" is no "Quality")
                    by_loose.setdefault(fold(form), entry)
            if not cased and entry.type == "Method":
                # (the matcher finds these plurals, so a lookup of one finds its entry)
                for form in plural_variants({name, *aliases}):
                    by_key.setdefault(fold(form), entry)
    languages = _read_list(root / "languages.txt")
    generic_lines = _list_lines(root / "generic.txt")
    generic = frozenset(fold(line) for line in generic_lines) | languages
    initials: dict[str, tuple[str, ...]] = {}
    for line in generic_lines:
        if len(words := _words(line)) >= 2:
            key = "".join(w[0] for w in words)
            initials[key] = (*initials.get(key, ()), line)
    return Gazetteer(entries, by_key, generic, by_exact, by_canonical, by_loose, languages,
                     initials)


def _list_lines(path: Path) -> list[str]:
    """The phrases of a one-per-line list (``#`` starts a comment line)."""
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return [line for line in lines if line.strip() and not line.startswith("#")]


def _read_list(path: Path) -> frozenset[str]:
    """The folded phrases of a one-per-line list."""
    return frozenset(fold(line) for line in _list_lines(path))
