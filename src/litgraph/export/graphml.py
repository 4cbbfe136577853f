"""GraphML for Gephi, networkx, igraph and Cytoscape.

Node attributes: `label`, `type`, `papers` (count), `degree`, `color` (hex) and `r`,`g`,`b`,
`x`,`y` (the explorer's layout, :mod:`litgraph.graph.layout`), `size`, and `year` (average
publication year, when papers carry dates), plus `title`, `url`, `date`, `aliases` where they
apply; edge attributes: `relation`, `weight`, `confidence`. Gephi's GraphML importer reads
`label`, `r`/`g`/`b`, `x`/`y`, `size` and `weight` as the drawing; every key is declared with
`for=` and `attr.type`. Only str/int/float values are written (the networkx writer rejects
None, lists, dicts and sets), text is stripped of characters XML 1.0 forbids, and the file is
written atomically.
"""

from __future__ import annotations

import re
from pathlib import Path

import networkx as nx

from litgraph.export.atomic import atomic_path
from litgraph.graph import KnowledgeGraph
from litgraph.graph.layout import node_size, positions

_DROP_EDGE = ("evidence",)  # long sentences: in the RDF evidence, not in Gephi's edge table
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# the same attribute keeps one type on every node (GraphML declares one attr.type per key)
_FLOAT_NODE = ("x", "y", "size", "year")
_INT_NODE = ("papers", "degree", "r", "g", "b", "cluster", "occurrences")


def xml_text(value: str) -> str:
    return _XML_BAD.sub("", value)


def rgb(colour: str) -> tuple[int, int, int]:
    c = str(colour or "#999999").lstrip("#")
    if len(c) != 6:
        c = "999999"
    try:
        return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)
    except ValueError:
        return 153, 153, 153


def export_graph(kg: KnowledgeGraph, graph: nx.Graph | None = None) -> nx.MultiDiGraph:
    """`graph` (default `kg.nx`) with the drawing attributes every export shares: colour as
    `r`,`g`,`b`, layout `x`,`y`, `size`, and `year` when the papers are dated."""
    from litgraph.views.overlay import node_years

    src = kg.nx if graph is None else graph
    pos = positions(src)
    years = node_years(kg)
    g = nx.MultiDiGraph() if src.is_directed() else nx.MultiGraph()
    for node in sorted(src.nodes()):
        data = src.nodes[node]
        attrs = {k: (xml_text(v) if isinstance(v, str) else v) for k, v in data.items()
                 if isinstance(v, (str, int, float)) and not isinstance(v, bool)}
        r, gg, b = rgb(data.get("color", "#999999"))
        x, y = pos.get(node, (0.0, 0.0))
        attrs.update(r=r, g=gg, b=b, x=float(x), y=float(y), size=float(node_size(data)))
        year = years.get(node, data.get("year"))
        if year is not None:
            attrs["year"] = float(year)
        for k in _FLOAT_NODE:
            if k in attrs:
                attrs[k] = float(attrs[k])
        for k in _INT_NODE:
            if k in attrs:
                attrs[k] = int(attrs[k])
        g.add_node(node, **attrs)
    if src.is_multigraph():
        items = src.edges(keys=True, data=True)
    else:
        items = ((u, v, 0, d) for u, v, d in src.edges(data=True))
    for u, v, key, data in items:
        attrs = {k: (xml_text(val) if isinstance(val, str) else val) for k, val in data.items()
                 if isinstance(val, (str, int, float)) and not isinstance(val, bool)
                 and k not in _DROP_EDGE}
        for k in ("weight", "confidence"):
            if k in attrs:
                attrs[k] = float(attrs[k])
        g.add_edge(u, v, key=key, **attrs)
    return g


def to_graphml_graph(kg: KnowledgeGraph) -> nx.MultiDiGraph:
    return export_graph(kg)


def write_graph(g: nx.Graph, path: Path | str) -> None:
    with atomic_path(path) as tmp:
        nx.write_graphml(g, tmp, encoding="utf-8", prettyprint=True, named_key_ids=True)


def write(kg: KnowledgeGraph, path: Path | str) -> None:
    write_graph(export_graph(kg), path)
