"""The whole pipeline in one call: ingest -> extract -> resolve -> graph.

`build(paths)` returns a KnowledgeGraph; the CLI's `litgraph build` calls the same function
and then the exporters.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from litgraph.engine import extract_all
from litgraph.graph import KnowledgeGraph
from litgraph.graph.iris import DEFAULT_BASE
from litgraph.ingest import ingest
from litgraph.model import Problem
from litgraph.resolve import Resolver, Thesaurus

SAMPLE_DIR = Path(__file__).resolve().parent / "sample"


def sample_paths() -> list[Path]:
    """The bundled instruction-tuning sample corpus (copied from the page dumps)."""
    return [SAMPLE_DIR]


def build(
    paths: Iterable[Path | str] | None = None,
    *,
    fmt: str | None = None,
    base: str = DEFAULT_BASE,
    jobs: int = 1,
    profile: str = "fast",
    thesaurus: Path | str | None = None,
    stoplist: Path | str | None = None,
    on_problem: Callable[[Problem], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> KnowledgeGraph:
    """Build the knowledge graph of the papers in `paths` (default: the bundled sample)."""
    ing = ingest(list(paths) if paths else sample_paths(), fmt, on_problem=on_problem)
    total = len(ing.papers)
    extractions = []
    for i, ext in enumerate(extract_all(ing.papers, jobs=jobs, profile=profile), 1):
        extractions.append(ext)
        if on_progress and (i % 64 == 0 or i == total):
            on_progress(i, total)
    resolver = Resolver(thesaurus=Thesaurus.load(thesaurus, stoplist))
    resolver.add(ing.papers, extractions)
    return KnowledgeGraph(resolver.result(), base=base, problems=ing.problems,
                          records=ing.records)
