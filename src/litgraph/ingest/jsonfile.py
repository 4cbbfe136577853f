"""Readers for JSON Lines (one object per line) and JSON arrays of paper objects.

Fields: `title`, `abstract` (or `summary`), optional `id`, `doi`, `date`, `url`, `categories`,
`authors`. A broken line in a JSONL file is reported with its line number and the rest is kept.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from litgraph.ingest.opening import open_text_lines
from litgraph.ingest.records import make_record
from litgraph.model import Problem, Record


def from_object(obj: Any, source: str, line: int) -> Record | Problem:
    if not isinstance(obj, dict):
        return Problem(source, line, f"expected a JSON object, got {type(obj).__name__}; skipped")
    return make_record(
        title=obj.get("title"),
        abstract=obj.get("abstract", obj.get("summary")),
        source=source,
        line=line,
        identifier=obj.get("id") or obj.get("arxiv_id") or obj.get("eprint"),
        doi=obj.get("doi"),
        date=obj.get("date") or obj.get("published") or obj.get("year"),
        url=obj.get("url"),
        categories=obj.get("categories"),
        authors=obj.get("authors"),
        list_sep=None,
    )


def read_jsonl(path: Path, source: str) -> Iterator[Record | Problem]:
    for no, text in open_text_lines(path, source):
        if isinstance(text, Problem):
            yield text
            continue
        if not text.strip():
            continue
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            yield Problem(source, no, f"broken JSON ({exc.msg} at column {exc.colno}); skipped")
            continue
        yield from_object(obj, source, no)


def read_json(path: Path, source: str) -> Iterator[Record | Problem]:
    try:
        raw = path.read_bytes().decode("utf-8-sig")
        data = json.loads(raw)
    except UnicodeDecodeError as exc:
        yield Problem(source, 0, f"not valid UTF-8 ({exc.reason}); file skipped")
        return
    except json.JSONDecodeError as exc:
        # Many ".json" files are really JSON Lines.
        if exc.msg == "Extra data":
            yield from read_jsonl(path, source)
            return
        yield Problem(source, exc.lineno, f"broken JSON ({exc.msg} at column {exc.colno}); "
                                          "file skipped")
        return
    if isinstance(data, dict):
        data = data.get("papers", data.get("records", [data]))
    if not isinstance(data, list):
        yield Problem(source, 1, "expected a JSON array of paper objects; file skipped")
        return
    for i, obj in enumerate(data, 1):
        yield from_object(obj, f"{source}", i)
