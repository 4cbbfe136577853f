"""`litgraph stats`: counts by type and top entities per type, read from a built graph with
pyoxigraph (no spaCy import, so it answers in well under a second)."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph

from litgraph.graph.iris import LG
from litgraph.graph.vocab import CLASSES


def graph_stats(path: Path, top: int = 10) -> dict:
    store = pyoxigraph.Store()
    store.bulk_load(path=str(path), format=pyoxigraph.RdfFormat.N_TRIPLES)
    counts = {}
    tops: dict[str, list[tuple[str, int]]] = {}
    for cls in CLASSES:
        q = f"SELECT (COUNT(?s) AS ?n) WHERE {{ ?s a <{LG}{cls}> }}"
        counts[cls] = int(next(iter(store.query(q)))["n"].value)
        if cls not in ("Paper", "Result"):
            q = (f"SELECT ?label ?n WHERE {{ ?s a <{LG}{cls}> ; "
                 f"<http://www.w3.org/2000/01/rdf-schema#label> ?label ; <{LG}paperCount> ?n }}"
                 f" ORDER BY DESC(?n) ?label LIMIT {int(top)}")
            tops[cls] = [(row["label"].value, int(row["n"].value)) for row in store.query(q)]
    return {"triples": len(store), "counts": counts, "top": tops}
