"""The curated name lists (`data/gazetteer/*.tsv`) and the generic-phrase stop list.

File format: `canonical<TAB>alias|alias|...`; the file name gives the type (`models.tsv` ->
Model); `*_cased.tsv` entries match on exact case only (acronyms that are also words: "ARC",
"MATH", "Orca"). `pwc_methods.tsv` is derived from Papers with Code (CC BY-SA 4.0, see
`LICENSE-pwc.md`). Pure Python and cached, so both the extractor and the resolver can use it
without importing spaCy.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data" / "gazetteer"

_FILE_TYPES = {
    "models": "Model", "methods": "Method", "datasets": "Dataset", "benchmarks": "Benchmark",
    "tasks": "Task", "metrics": "Metric", "pwc_methods": "Method",
}
# Curated files win over the Papers-with-Code list when both claim a name.
_LOW_PRIORITY = {"pwc_methods"}

_FOLD = re.compile(r"[\W_]+", re.UNICODE)


def fold(name: str) -> str:
    """Case/punctuation/accent-folded key: "LLaMA-2" and "Llama 2" both give "llama2"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _FOLD.sub("", text.casefold())


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
    by_key: dict[str, Entry]  # folded name or alias -> entry
    generic: frozenset[str]  # folded generic phrases

    def lookup(self, name: str) -> Entry | None:
        return self.by_key.get(fold(name))

    def is_generic(self, name: str) -> bool:
        return fold(name) in self.generic


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


@lru_cache(maxsize=4)
def load(directory: str | None = None) -> Gazetteer:
    root = Path(directory) if directory else DATA_DIR
    entries: list[Entry] = []
    by_key: dict[str, Entry] = {}
    files = sorted(root.glob("*.tsv"), key=lambda p: (p.stem in _LOW_PRIORITY, p.name))
    for path in files:
        stem = path.stem
        cased = stem.endswith("_cased")
        base = stem.removesuffix("_cased")
        if base not in _FILE_TYPES:
            continue
        for name, aliases in _read_tsv(path):
            entry = Entry(name, _FILE_TYPES[base], aliases, cased, stem)
            entries.append(entry)
            for form in (name, *aliases):
                key = fold(form)
                if key:
                    by_key.setdefault(key, entry)
    generic_path = root / "generic.txt"
    generic = frozenset(
        fold(line) for line in (generic_path.read_text(encoding="utf-8").splitlines()
                                if generic_path.exists() else [])
        if line.strip() and not line.startswith("#"))
    return Gazetteer(entries, by_key, generic)
