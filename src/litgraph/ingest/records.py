"""Validate and normalise one raw record into a :class:`~litgraph.model.Record` or a Problem.

All readers funnel through :func:`make_record`, so every input format gets the same cleaning
(LaTeX accents decoded, control characters removed, whitespace collapsed, identifiers
normalised) and the same checks
(title and abstract present, text not binary junk).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from litgraph.ingest.latex import decode_accents
from litgraph.model import Problem, Record

MIN_ABSTRACT_CHARS = 40

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]")
_SPACE = re.compile(r"\s+")
_ARXIV_NEW = re.compile(r"(?<![\d.])(\d{4}\.\d{4,5})(?:v\d+)?(?![\d])")
_ARXIV_OLD = re.compile(r"\b([a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?\b")
_DOI = re.compile(r"\b(10\.\d{4,9}/\S+)", re.IGNORECASE)
_DATE = re.compile(r"^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?")


# A LaTeX tie between words ("we introduce~\textit{Weighted SVD}", "Table~2"): a space, so
# the words are read apart (not "~3x", approximately).
_TIE = re.compile(r"(?<=[\w}$])~(?=[\w\\{$])")


def clean_text(text: str) -> str:
    """Decode LaTeX accents and ties, drop control/zero-width characters, collapse
    whitespace."""
    text = unicodedata.normalize("NFC", decode_accents(text))
    if "~" in text:
        text = _TIE.sub(" ", text)
    if not text.isprintable():  # every _CONTROL character is unprintable: skip the regex
        text = _CONTROL.sub(" ", text)
    return " ".join(text.split())  # = _SPACE.sub(" ", text).strip(), several times faster


def junk_ratio(text: str) -> float:
    """Share of characters that are replacement marks or unprintable: a binary-junk signal."""
    if not text or text.isascii():  # no ASCII character is in those classes: fast path
        return 0.0
    bad = sum(1 for ch in text if ch == "\ufffd" or unicodedata.category(ch) in ("Co", "Cn", "Cs"))
    return bad / len(text)


def normalise_arxiv_id(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    m = _ARXIV_NEW.search(value) or _ARXIV_OLD.search(value)
    return m.group(1) if m else None


def normalise_doi(value: str | None) -> str | None:
    if not value:
        return None
    m = _DOI.search(value.strip())
    return m.group(1).rstrip(".,;").lower() if m else None


def normalise_date(value: object) -> str | None:
    """Keep yyyy, yyyy-mm or yyyy-mm-dd from whatever date-ish value a source gives."""
    if value is None:
        return None
    m = _DATE.match(str(value).strip())
    if not m:
        return None
    year, month, day = m.groups()
    if not 1900 <= int(year) <= 2100:
        return None
    parts = [year]
    if month and 1 <= int(month) <= 12:
        parts.append(f"{int(month):02d}")
        if day and 1 <= int(day) <= 31:
            parts.append(f"{int(day):02d}")
    return "-".join(parts)


def _as_tuple(value: object, split: str | None = None) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        items: Iterable[object] = value.split(split) if split else [value]
    elif isinstance(value, (list, tuple)):
        items = value
    else:
        items = [value]
    return tuple(c for c in (clean_text(str(v)) for v in items) if c)


def make_record(
    *,
    title: object,
    abstract: object,
    source: str,
    line: int,
    identifier: object = None,
    doi: object = None,
    date: object = None,
    url: object = None,
    categories: object = None,
    authors: object = None,
    list_sep: str | None = None,
) -> Record | Problem:
    """Build a Record from loosely typed fields, or say precisely why the record is unusable."""
    if not isinstance(title, str) or not clean_text(title):
        return Problem(source, line, "record has no title; skipped")
    if not isinstance(abstract, str) or not clean_text(abstract):
        return Problem(source, line, f"no abstract for {clean_text(title)[:60]!r}; skipped")
    t, a = clean_text(title), clean_text(abstract)
    for name, text in (("title", t), ("abstract", a)):
        if junk_ratio(text) > 0.02:
            return Problem(source, line, f"{name} looks like binary or mis-encoded text; skipped")
    if len(a) < MIN_ABSTRACT_CHARS:
        return Problem(source, line, f"abstract too short ({len(a)} chars) for {t[:60]!r}; skipped")
    ident = str(identifier) if identifier not in (None, "") else None
    url_s = clean_text(str(url)) if url else None
    arxiv = normalise_arxiv_id(ident) or (normalise_arxiv_id(url_s) if url_s and "arxiv" in url_s
                                          else None)
    doi_s = normalise_doi(str(doi)) if doi else (normalise_doi(ident) if ident else None)
    return Record(
        title=t,
        abstract=a,
        source=source,
        line=line,
        arxiv_id=arxiv,
        doi=doi_s,
        date=normalise_date(date),
        url=url_s if url_s and url_s.startswith(("http://", "https://")) else None,
        categories=_as_tuple(categories, list_sep),
        authors=_as_tuple(authors, list_sep),
    )
