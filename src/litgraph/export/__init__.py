"""Export: write a KnowledgeGraph to files. One module per format, each with
`write(kg, path)`; :func:`write_all` writes the standard set into an output directory.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from litgraph.export import gexf, graphml, html, rdf, tables
from litgraph.graph import KnowledgeGraph

# file name -> writer; the order is the order files are written and reported.
WRITERS: dict[str, Callable[[KnowledgeGraph, Path], None]] = {
    "graph.ttl": rdf.write,
    "graph.nt": rdf.write,
    "graph-evidence.ttl": rdf.write_evidence,
    "graph-evidence.nt": rdf.write_evidence,
    "graph.graphml": graphml.write,
    "graph.gexf": gexf.write,
    "nodes.csv": tables.write_nodes,
    "edges.csv": tables.write_edges,
    "graph.html": html.write,
}


def write_all(kg: KnowledgeGraph, out_dir: Path | str, skip: tuple[str, ...] = (),
              on_file: Callable[[Path], None] | None = None) -> list[Path]:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, writer in WRITERS.items():
        if name in skip or name.rsplit(".", 1)[-1] in skip:
            continue
        writer(kg, out / name)
        written.append(out / name)
        if on_file:
            on_file(out / name)
    return written
