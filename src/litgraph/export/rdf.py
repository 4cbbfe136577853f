"""Turtle and N-Triples: `graph.ttl`/`graph.nt` (main graph) and
`graph-evidence.ttl`/`graph-evidence.nt` (the reified evidence statements).

Serialised by pyoxigraph straight from the triple stream (no in-memory rdflib graph, no giant
string), so memory stays flat and 1M triples take seconds.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph

from litgraph.export.atomic import atomic_path
from litgraph.graph import KnowledgeGraph
from litgraph.graph.vocab import PREFIXES

FORMATS = {".ttl": pyoxigraph.RdfFormat.TURTLE, ".nt": pyoxigraph.RdfFormat.N_TRIPLES}


def _write(triples, path: Path, base: str) -> None:
    fmt = FORMATS[path.suffix]
    prefixes = {**PREFIXES, "lgid": base} if fmt == pyoxigraph.RdfFormat.TURTLE else None
    with atomic_path(path) as tmp, tmp.open("wb") as fh:
        pyoxigraph.serialize(triples, fh, fmt, prefixes=prefixes)


def write(kg: KnowledgeGraph, path: Path | str) -> None:
    """Main graph to `path` (.ttl or .nt)."""
    _write(kg.triples(), Path(path), kg.base)


def write_evidence(kg: KnowledgeGraph, path: Path | str) -> None:
    _write(kg.evidence_triples(), Path(path), kg.base)
