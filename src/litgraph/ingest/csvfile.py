"""Reader for CSV/TSV files with a header row naming the fields (`title`, `abstract`, ...).

Header names are matched case-insensitively; list fields (`authors`, `categories`) are split
on ";" (or "|").
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from litgraph.ingest.opening import read_text
from litgraph.ingest.records import make_record
from litgraph.model import Problem, Record

csv.field_size_limit(10_000_000)


def _split(value: str | None) -> list[str] | None:
    if not value:
        return None
    sep = ";" if ";" in value else "|" if "|" in value else None
    return value.split(sep) if sep else [value]


def read(path: Path, source: str) -> Iterator[Record | Problem]:
    text = read_text(path)
    dialect: type[csv.Dialect] | csv.Dialect = csv.excel_tab if path.suffix.lower() in (
        ".tsv", ".tab") else csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        yield Problem(source, 1, "empty CSV file")
        return
    except csv.Error as exc:
        yield Problem(source, 1, f"cannot read CSV header: {exc}")
        return
    if "title" not in header or not ({"abstract", "summary"} & set(header)):
        yield Problem(source, 1, f"CSV header needs 'title' and 'abstract' columns, has {header}")
        return
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Problem(source, line, f"broken CSV row ({exc}); skipped")
            continue
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield Problem(source, line, f"row has {len(row)} fields, header has {len(header)}; "
                                        "skipped")
            continue
        rec = dict(zip(header, row))
        if "\ufffd" in rec.get("title", "") + rec.get("abstract", ""):
            yield Problem(source, line, "not valid UTF-8; skipped")
            continue
        yield make_record(
            title=rec.get("title"),
            abstract=rec.get("abstract") or rec.get("summary"),
            source=source,
            line=line,
            identifier=rec.get("id") or rec.get("arxiv_id") or rec.get("eprint"),
            doi=rec.get("doi"),
            date=rec.get("date") or rec.get("year"),
            url=rec.get("url"),
            categories=_split(rec.get("categories")),
            authors=_split(rec.get("authors")),
        )
