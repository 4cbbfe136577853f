"""One layout per graph, shared by every export: `graph.html` draws the nodes where
`graph.graphml`, `graph.gexf` and `nodes.csv` put them (`x`, `y`, `size`).

Positions come from igraph's C Fruchterman-Reingold (12k nodes in about a second; networkx's
spring_layout needs scipy and took 68 s for 5k nodes), seeded so that the same input gives
byte-identical files. The result is cached per networkx graph object, so a build that writes
the HTML, GraphML, GEXF and CSV files computes it once.
"""

from __future__ import annotations

import math
import random
import weakref
from typing import Any

import networkx as nx

__all__ = ["positions", "node_size"]

_CACHE: weakref.WeakKeyDictionary[nx.Graph, dict[Any, tuple[float, float]]] = (
    weakref.WeakKeyDictionary())


def _compute(g: nx.Graph, seed: int) -> dict[Any, tuple[float, float]]:
    import igraph

    nodes = sorted(g.nodes())
    if not nodes:
        return {}
    index = {n: i for i, n in enumerate(nodes)}
    pairs = sorted({(min(index[u], index[v]), max(index[u], index[v]))
                    for u, v in g.edges() if u != v})
    ig = igraph.Graph(n=len(nodes), edges=pairs)
    # fewer iterations on huge graphs: 500 at <= 20k nodes (about 1 s), then scaled down
    niter = 500 if len(nodes) <= 20_000 else max(100, int(500 * 20_000 / len(nodes)))
    igraph.set_random_number_generator(random.Random(seed))
    try:
        coords = ig.layout_fruchterman_reingold(niter=niter, grid="auto")
    finally:
        igraph.set_random_number_generator(random)
    xs = [c[0] for c in coords]
    ys = [c[1] for c in coords]
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9)
    scale = 70.0 * len(nodes) ** 0.5 / span
    x0, y0 = min(xs), min(ys)
    return {n: (round((c[0] - x0) * scale, 1), round((c[1] - y0) * scale, 1))
            for n, c in zip(nodes, coords)}


def positions(g: nx.Graph, seed: int = 7) -> dict[Any, tuple[float, float]]:
    """Node -> (x, y) for every node of `g`, computed once per graph object."""
    cached = _CACHE.get(g)
    if cached is None or len(cached) != g.number_of_nodes():
        cached = _compute(g, seed)
        _CACHE[g] = cached
    return cached


def node_size(data: dict) -> float:
    """Drawn size of a node: papers small and constant, entities grow with their paper count
    (a co-occurrence view node with its occurrence count)."""
    if data.get("type") == "Paper":
        return 6.0
    n = data.get("occurrences", data.get("papers", 0)) or 0
    return round(8 + 4 * math.sqrt(min(int(n), 25)), 2)
