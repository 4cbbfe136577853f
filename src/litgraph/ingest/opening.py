"""Open input files as text, transparently decompressing `.gz`, decoding line by line.

A line that is not valid UTF-8 becomes a Problem for that line only, so one bad line never
costs the rest of the file.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

from litgraph.model import Problem


def open_binary(path: Path):
    return gzip.open(path, "rb") if path.suffix == ".gz" else path.open("rb")


def open_text_lines(path: Path, source: str) -> Iterator[tuple[int, str | Problem]]:
    with open_binary(path) as fh:
        try:
            for no, raw in enumerate(fh, 1):
                try:
                    yield no, raw.decode("utf-8-sig" if no == 1 else "utf-8")
                except UnicodeDecodeError as exc:
                    yield no, Problem(source, no, f"not valid UTF-8 ({exc.reason} at byte "
                                                  f"{exc.start}); skipped")
        except (OSError, EOFError) as exc:  # truncated or corrupt gzip
            yield 0, Problem(source, 0, f"cannot read further: {exc}")


def read_text(path: Path) -> str:
    """Whole file as text (for formats parsed as a whole); undecodable bytes become U+FFFD."""
    with open_binary(path) as fh:
        return fh.read().decode("utf-8-sig", errors="replace")
