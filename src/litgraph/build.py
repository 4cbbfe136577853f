"""The whole pipeline in one call: ingest -> extract -> resolve -> graph.

`build(paths)` returns a KnowledgeGraph; the CLI's `litgraph build` calls the same function
and then the exporters.

Memory: the ingested Papers are held (they are the graph's papers), extraction streams over
them in batches (no spaCy Doc outlives its batch) and only the small Extraction records are
kept for the resolve step, with repeated evidence sentences shared rather than copied.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from litgraph.engine import extract_all, read_dask
from litgraph.graph import KnowledgeGraph
from litgraph.graph.iris import DEFAULT_BASE
from litgraph.ingest import ingest
from litgraph.model import Extraction, Problem
from litgraph.resolve import Resolver, Thesaurus

SAMPLE_DIR = Path(__file__).resolve().parent / "sample"

#: Stage names passed to `on_stage`, in order.
STAGES = ("ingest", "extract", "resolve", "graph")


def sample_paths() -> list[Path]:
    """The bundled instruction-tuning sample corpus (copied from the page dumps)."""
    return [SAMPLE_DIR]


def _share_sentences(ext: Extraction) -> Extraction:
    """Make evidence that quotes the same sentence of a paper point at one string (an
    extractor or a worker's pickle hands each mention its own copy)."""
    seen: dict[str, str] = {}
    for group in (ext.mentions, ext.relations, ext.results, ext.urls):
        for item in group:
            ev = item.evidence
            ev.sentence = seen.setdefault(ev.sentence, ev.sentence)
    return ext


def build(
    paths: Iterable[Path | str] | None = None,
    *,
    fmt: str | None = None,
    base: str = DEFAULT_BASE,
    jobs: int = 1,
    profile: str = "fast",
    thesaurus: Path | str | None = None,
    stoplist: Path | str | None = None,
    engine: str = "local",
    scheduler: Any = None,
    on_problem: Callable[[Problem], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    on_stage: Callable[[str], None] | None = None,
    terms_model: Path | str | None = None,
) -> KnowledgeGraph:
    """Build the knowledge graph of the papers in `paths` (default: the bundled sample).

    `engine` is "local" (`jobs` worker processes) or "dask" (`scheduler` is the address of a
    running Dask distributed scheduler, e.g. "tcp://10.0.0.5:8786", or a `distributed.Client`).
    `on_stage(name)` is called as each of :data:`STAGES` starts (for timing).
    `terms_model`: a research-term model directory (`litgraph train-terms`) whose terms are
    added as role-"mentions" entities (optional; off by default).
    """
    stage = on_stage or (lambda name: None)
    stage("ingest")
    inputs = list(paths) if paths else sample_paths()
    # On Dask the files are parsed by the workers; deduplication stays one pass here.
    items = read_dask(inputs, scheduler, fmt) if engine == "dask" else None
    ing = ingest(inputs, fmt, on_problem=on_problem, items=items)
    total = len(ing.papers)

    stage("extract")

    def extractions() -> Iterator[Extraction]:
        stream = extract_all(ing.papers, jobs=jobs, profile=profile, engine=engine,
                             scheduler=scheduler,
                             terms_model=str(terms_model) if terms_model else None)
        for i, ext in enumerate(stream, 1):
            yield _share_sentences(ext)
            if on_progress and (i % 64 == 0 or i == total):
                on_progress(i, total)

    resolver = Resolver(thesaurus=Thesaurus.load(thesaurus, stoplist))
    resolver.add(ing.papers, extractions())
    stage("resolve")
    resolved = resolver.result()
    stage("graph")
    return KnowledgeGraph(resolved, base=base, problems=ing.problems, records=ing.records)
