"""GraphML for Gephi, networkx, igraph and Cytoscape.

Node attributes: `label`, `type`, `papers`, `degree`, `color` (hex) and `r`,`g`,`b`; edge
attributes: `relation`, `weight`, `confidence`. Only str/int/float values are written (the
networkx writer rejects None, lists, dicts and sets), and the file is written atomically.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from litgraph.export.atomic import atomic_path
from litgraph.graph import KnowledgeGraph

_DROP_EDGE = ("evidence",)  # long sentences: in the RDF evidence, not in Gephi's edge table


def to_graphml_graph(kg: KnowledgeGraph) -> nx.MultiDiGraph:
    src = kg.nx
    g = nx.MultiDiGraph()
    for node, data in src.nodes(data=True):
        attrs = {k: v for k, v in data.items() if isinstance(v, (str, int, float))}
        colour = str(data.get("color", "#999999")).lstrip("#")
        attrs.update(r=int(colour[0:2], 16), g=int(colour[2:4], 16), b=int(colour[4:6], 16))
        g.add_node(node, **attrs)
    for u, v, key, data in src.edges(keys=True, data=True):
        attrs = {k: val for k, val in data.items()
                 if isinstance(val, (str, int, float)) and k not in _DROP_EDGE}
        g.add_edge(u, v, key=key, **attrs)
    return g


def write(kg: KnowledgeGraph, path: Path | str) -> None:
    g = to_graphml_graph(kg)
    with atomic_path(path) as tmp:
        nx.write_graphml(g, tmp, encoding="utf-8", prettyprint=True, named_key_ids=True)
