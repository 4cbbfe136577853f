"""One layout per graph, shared by every export: `graph.html` draws the nodes where
`graph.graphml`, `graph.gexf` and `nodes.csv` put them (`x`, `y`, `size`).

Positions come from igraph's C Fruchterman-Reingold (12k nodes in about a second; networkx's
spring_layout needs scipy and took 68 s for 5k nodes), seeded so that the same input gives
byte-identical files. The result is cached per graph, so a build that writes the HTML,
GraphML, GEXF and CSV files computes it once: `positions(kg)` (a KnowledgeGraph, read without
building `kg.nx`) and `positions(kg.nx)` are the same layout, computed once for both.

Large graphs (:func:`iterations`): with `grid` igraph's FR costs about iterations x (nodes +
edges), so the iteration count falls with size: 500 up to 20k nodes, then
`500 * 20k / nodes` but at least 100 - unchanged from before, so the sample's files are the
same - and above 300k nodes the work is capped at 30M node-iterations (at least 10
iterations), so the cost stays linear in the graph size instead of growing with it. Measured
on the 112k-paper corpus (228,709 nodes, 409,838 distinct node pairs): 100 iterations take
about 4 CPU-s and +30 MB (500 would take 15 CPU-s); the old 52 CPU-s / 2.7 GB of the GraphML
export were the graph copy and the XML tree, not the layout. Fewer iterations give a coarser
layout of the same shape (clusters around hub entities); for a finished drawing of the whole
graph, run Gephi's ForceAtlas2 on the GraphML/GEXF file. igraph's DrL (its large-graph
layout) was measured and not used: slower than FR at this size. No time limit: a time-bounded
layout would not be deterministic.
"""

from __future__ import annotations

import math
import random
import weakref
from collections.abc import Iterable
from typing import Any

import networkx as nx

__all__ = ["positions", "node_size"]

#: Full Fruchterman-Reingold up to this many nodes (500 iterations, about 1 s at 12k nodes).
FULL_ITER_NODES = 20_000
FULL_ITER = 500
#: Iterations for large graphs, as long as nodes x iterations stays within MAX_WORK.
LARGE_ITER = 100
MAX_WORK = 30_000_000
#: The fewest iterations on very large graphs.
MIN_ITER = 10

_CACHE: weakref.WeakKeyDictionary[Any, dict[Any, tuple[float, float]]] = (
    weakref.WeakKeyDictionary())


def iterations(n_nodes: int) -> int:
    """Fruchterman-Reingold iterations for a graph of `n_nodes` nodes."""
    if n_nodes <= FULL_ITER_NODES:
        return FULL_ITER
    it = max(LARGE_ITER, int(FULL_ITER * FULL_ITER_NODES / n_nodes))
    if n_nodes * it > MAX_WORK:
        it = max(MIN_ITER, MAX_WORK // n_nodes)
    return it


def _layout(nodes: list, pairs: Iterable[tuple[Any, Any]], seed: int
            ) -> dict[Any, tuple[float, float]]:
    """Layout of `nodes` (sorted) with the undirected edges `pairs` (node pairs, any order,
    repeats and self-loops allowed)."""
    import igraph

    if not nodes:
        return {}
    index = {n: i for i, n in enumerate(nodes)}
    uniq: set[tuple[int, int]] = set()
    for u, v in pairs:
        a, b = index[u], index[v]
        if a != b:
            uniq.add((a, b) if a < b else (b, a))
    edges = sorted(uniq)
    del uniq, index
    ig = igraph.Graph(n=len(nodes), edges=edges)
    del edges
    igraph.set_random_number_generator(random.Random(seed))
    try:
        coords = ig.layout_fruchterman_reingold(niter=iterations(len(nodes)), grid="auto")
    finally:
        igraph.set_random_number_generator(random)
    xs = [c[0] for c in coords]
    ys = [c[1] for c in coords]
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9)
    scale = 70.0 * len(nodes) ** 0.5 / span
    x0, y0 = min(xs), min(ys)
    return {n: (round((c[0] - x0) * scale, 1), round((c[1] - y0) * scale, 1))
            for n, c in zip(nodes, coords)}


def _compute(g: nx.Graph, seed: int) -> dict[Any, tuple[float, float]]:
    return _layout(sorted(g.nodes()), g.edges(), seed)


def _kg_nx(kg) -> nx.Graph | None:
    """`kg.nx` if it has been built (it is a cached property), else None."""
    return getattr(kg, "__dict__", {}).get("nx")


def positions(g, seed: int = 7) -> dict[Any, tuple[float, float]]:
    """Node -> (x, y) for every node of `g` (a networkx graph, or a KnowledgeGraph for its
    main graph `kg.nx` without building it), computed once per graph object."""
    if not isinstance(g, nx.Graph):
        return _positions_kg(g, seed)
    cached = _CACHE.get(g)
    if cached is None:
        for kg, pos in list(_CACHE.items()):  # the same layout, computed from the KnowledgeGraph
            if not isinstance(kg, nx.Graph) and _kg_nx(kg) is g:
                cached = pos
                break
    if cached is None or len(cached) != g.number_of_nodes():
        cached = _compute(g, seed)
    _CACHE[g] = cached
    return cached


def _positions_kg(kg, seed: int) -> dict[Any, tuple[float, float]]:
    from litgraph.export import records

    cached = _CACHE.get(kg)
    if cached is None:
        g = _kg_nx(kg)
        cached = _CACHE.get(g) if g is not None else None
    if cached is None:
        rec = records.of(kg)
        cached = _layout(rec.nodes, rec.pairs(), seed)
    _CACHE[kg] = cached
    return cached


def node_size(data: dict) -> float:
    """Drawn size of a node: papers small and constant, entities grow with their paper count
    (a co-occurrence view node with its occurrence count)."""
    if data.get("type") == "Paper":
        return 6.0
    n = data.get("occurrences", data.get("papers", 0)) or 0
    return round(8 + 4 * math.sqrt(min(int(n), 25)), 2)
