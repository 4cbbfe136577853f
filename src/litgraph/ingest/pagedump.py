"""Reader for paper-listing page dumps: a title line, then an abstract line, repeated.

Blank lines between records are optional. Navigation noise copied with the page ("Subscribe",
"Get trending papers in your email inbox!", "byAK and the research community", dates such as
"Mar 18", "new") is skipped, and "Subscribe" glued to the first title is split off. Pairing is
by line length: a title is short, an abstract is long, so a missing abstract or an orphaned
abstract is reported instead of shifting every later record.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from litgraph.ingest.records import clean_text, make_record
from litgraph.model import Problem, Record

_NOISE = re.compile(
    r"^(new|subscribe|get trending papers.*|by\s*ak and the research community|"
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(, \d{4})?|"
    r"\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|"
    r"upvote|\d+ upvotes?|submitted by .*)$",
    re.IGNORECASE,
)
_GLUED = re.compile(r"^Subscribe(?=[A-Z0-9])")
MAX_TITLE_CHARS = 400  # longer lines are abstracts
MIN_ABSTRACT_LINE = 150  # shorter lines are titles


def _lines(path: Path, source: str) -> Iterator[tuple[int, str] | Problem]:
    with path.open("rb") as fh:
        for no, raw in enumerate(fh, 1):
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield Problem(source, no, f"not valid UTF-8 ({exc.reason} at byte {exc.start})")
                continue
            text = clean_text(text)
            text = _GLUED.sub("", text)
            if text and not _NOISE.match(text):
                yield no, text


def read(path: Path, source: str) -> Iterator[Record | Problem]:
    pending: tuple[int, str] | None = None  # a title waiting for its abstract
    for item in _lines(path, source):
        if isinstance(item, Problem):
            yield item
            continue
        no, text = item
        # Abstracts are long, or at least read as sentences; titles rarely end with a period.
        looks_abstract = len(text) >= MIN_ABSTRACT_LINE or (
            len(text) >= 60 and text.endswith(".") and text.count(" ") >= 8)
        if pending is None:
            if len(text) > MAX_TITLE_CHARS:
                yield Problem(source, no, "abstract line without a title before it; skipped")
            else:
                pending = (no, text)
            continue
        if looks_abstract:
            yield make_record(title=pending[1], abstract=text, source=source, line=pending[0])
            pending = None
        else:
            # Two short lines in a row: the first title lost its abstract.
            yield Problem(source, pending[0], f"no abstract for {pending[1][:60]!r}; skipped")
            pending = (no, text)
    if pending is not None:
        yield Problem(source, pending[0], f"no abstract for {pending[1][:60]!r}; skipped")
