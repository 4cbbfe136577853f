"""Ingest: read paper records from files in several formats and merge duplicates.

`read_records(paths)` streams Records and Problems; `ingest(paths)` returns the deduplicated
Papers plus the problems met, for the next stage (extract).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from litgraph.ingest import bibtex, csvfile, jsonfile, pagedump
from litgraph.ingest.dedupe import Deduplicator, normalise_title, paper_key
from litgraph.model import Paper, Problem, Record

Reader = Callable[[Path, str], Iterator["Record | Problem"]]

READERS: dict[str, Reader] = {
    "pagedump": pagedump.read,
    "jsonl": jsonfile.read_jsonl,
    "json": jsonfile.read_json,
    "csv": csvfile.read,
    "bibtex": bibtex.read,
}

_EXTENSIONS = {
    ".txt": "pagedump", ".text": "pagedump", ".md": "pagedump",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".csv": "csv", ".tsv": "csv", ".tab": "csv",
    ".bib": "bibtex", ".bibtex": "bibtex",
}

__all__ = ["READERS", "IngestResult", "detect_format", "expand_paths", "ingest", "read_file",
           "read_records",
           "normalise_title", "paper_key"]


def detect_format(path: Path) -> str | None:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return _EXTENSIONS.get(suffixes[-1]) if suffixes else None


def expand_paths(paths: Iterable[Path | str]) -> Iterator[tuple[Path, str]]:
    """Yield (file, source name) for files and the known-format files inside directories."""
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and detect_format(f) and not f.name.startswith("."):
                    yield f, f.relative_to(p.parent).as_posix()
        else:
            yield p, p.name if p.is_absolute() else p.as_posix()


def read_file(path: Path, source: str, fmt: str | None = None) -> Iterator[Record | Problem]:
    """Records and problems of one input file (the unit of work a Dask worker reads)."""
    if not path.exists():
        yield Problem(source, 0, "file not found")
        return
    name = fmt or detect_format(path)
    if name not in READERS:
        yield Problem(source, 0, "unknown format (use --format "
                                 f"{'|'.join(READERS)}); file skipped")
        return
    try:
        yield from READERS[name](path, source)
    except OSError as exc:
        yield Problem(source, 0, f"cannot read: {exc}")


def read_records(paths: Iterable[Path | str], fmt: str | None = None
                 ) -> Iterator[Record | Problem]:
    for path, source in expand_paths(paths):
        yield from read_file(path, source, fmt)


@dataclass
class IngestResult:
    papers: list[Paper]
    records: int
    problems: list[Problem] = field(default_factory=list)

    @property
    def duplicates(self) -> int:
        return self.records - len(self.papers)


def ingest(paths: Iterable[Path | str], fmt: str | None = None,
           on_problem: Callable[[Problem], None] | None = None,
           items: Iterable[Record | Problem] | None = None) -> IngestResult:
    """Read and deduplicate. `items`: records already read elsewhere (e.g. by Dask workers,
    in file order); deduplication is always this one pass, so the result is the same."""
    dedup = Deduplicator()
    problems: list[Problem] = []
    for item in (items if items is not None else read_records(paths, fmt)):
        if isinstance(item, Problem):
            problems.append(item)
            if on_problem:
                on_problem(item)
        else:
            dedup.add(item)
    return IngestResult(papers=dedup.papers, records=dedup.records, problems=problems)
