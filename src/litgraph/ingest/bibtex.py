"""Reader for BibTeX files (`title`, `abstract`, `eprint`/`doi`, `year`, `url`, `author`),
parsed with bibtexparser. LaTeX braces and common accents are simplified to plain text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import bibtexparser
from bibtexparser.bparser import BibTexParser
from bibtexparser.customization import convert_to_unicode

from litgraph.ingest.opening import read_text
from litgraph.ingest.records import make_record
from litgraph.model import Problem, Record

_BRACES = re.compile(r"[{}]")
_ENTRY_START = re.compile(r"^\s*@(\w+)\s*[{(]\s*([^,\s]*)", re.MULTILINE)


def _plain(value: str | None) -> str | None:
    return _BRACES.sub("", value) if value else value


def read(path: Path, source: str) -> Iterator[Record | Problem]:
    text = read_text(path)
    # Line number of each entry key, so problems can point at the entry.
    lines = {m.group(2): text.count("\n", 0, m.start()) + 1 for m in _ENTRY_START.finditer(text)}
    parser = BibTexParser(common_strings=True, ignore_nonstandard_types=False)
    parser.customization = convert_to_unicode
    try:
        db = bibtexparser.loads(text, parser=parser)
    except Exception as exc:  # bibtexparser raises a variety of pyparsing errors
        yield Problem(source, 0, f"cannot parse BibTeX: {exc}")
        return
    for entry in db.entries:
        key = entry.get("ID", "")
        line = lines.get(key, 0)
        authors = entry.get("author")
        yield make_record(
            title=_plain(entry.get("title")),
            abstract=_plain(entry.get("abstract")),
            source=source,
            line=line,
            identifier=entry.get("eprint") or entry.get("arxivid"),
            doi=entry.get("doi"),
            date=entry.get("date") or entry.get("year"),
            url=entry.get("url"),
            categories=entry.get("keywords", "").replace(";", ",").split(",") or None,
            authors=[a.strip() for a in authors.split(" and ")] if authors else None,
        )
