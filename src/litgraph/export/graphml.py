"""GraphML for Gephi, networkx, igraph and Cytoscape.

Node attributes: `label`, `type`, `papers` (count), `degree`, `color` (hex) and `r`,`g`,`b`,
`x`,`y` (the explorer's layout, :mod:`litgraph.graph.layout`), `size`, and `year` (average
publication year, when papers carry dates), plus `title`, `url`, `date`, `aliases` where they
apply; edge attributes: `relation`, `weight`, `confidence`. Gephi's GraphML importer reads
`label`, `r`/`g`/`b`, `x`/`y`, `size` and `weight` as the drawing; every key is declared with
`for=` and `attr.type`. Only str/int/float values are written, text is stripped of characters
XML 1.0 forbids, and the file is written atomically.

Streaming: the file is written element by element as it is generated - from the
KnowledgeGraph's own records for the main graph (:mod:`litgraph.export.records`, no `kg.nx`,
no copy of it, no XML tree), from the networkx graph for the views - so memory stays flat at
any size. The bytes are exactly those networkx's ``write_graphml(prettyprint=True,
named_key_ids=True)`` wrote for the same graph (same key order, escaping and indentation).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import networkx as nx

from litgraph.export import records
from litgraph.export.atomic import atomic_path
from litgraph.graph import KnowledgeGraph
from litgraph.graph.layout import node_size, positions

_DROP_EDGE = ("evidence",)  # long sentences: in the RDF evidence, not in Gephi's edge table
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# the same attribute keeps one type on every node (GraphML declares one attr.type per key)
_FLOAT_NODE = ("x", "y", "size", "year")
_INT_NODE = ("papers", "degree", "r", "g", "b", "cluster", "occurrences")

NS = "http://graphml.graphdrawing.org/xmlns"
_HEAD = ("<?xml version='1.0' encoding='utf-8'?>\n"
         f'<graphml xmlns="{NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
         f'xsi:schemaLocation="{NS} {NS}/1.0/graphml.xsd">\n')
XML_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}

Key = tuple[str, str, str]  # (name, for, attr.type)


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
    `r`,`g`,`b`, layout `x`,`y`, `size`, and `year` when the papers are dated.

    A copy: for the views (small graphs) and for Python callers; the main-graph files are
    written from :mod:`litgraph.export.records` instead, with the same content."""
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


# -- the streaming writer ------------------------------------------------------------------------


# Escapes as ElementTree writes them; "&" first so the others are not escaped twice.
_CDATA_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))
_ATTR_ESCAPES = _CDATA_ESCAPES + (('"', "&quot;"), ("\r", "&#13;"), ("\n", "&#10;"),
                                  ("\t", "&#09;"))


def _escape(text: str, table: tuple[tuple[str, str], ...]) -> str:
    for char, entity in table:
        if char in text:
            text = text.replace(char, entity)
    return text


def _attr(text: str) -> str:
    """An attribute value, escaped as ElementTree does."""
    return _escape(text, _ATTR_ESCAPES)


def _cdata(text: str) -> str:
    return _escape(text, _CDATA_ESCAPES)


def key_order(scoped_names: Iterable[tuple[str, Iterable[tuple[str, type]]]]) -> list[Key]:
    """The `<key>` declarations, in networkx's order (reverse order of first use), from
    (scope, [(name, python type), ...]) per element, in document order."""
    seen: dict[Key, None] = {}
    for scope, names in scoped_names:
        for name, typ in names:
            k = (str(name), scope, XML_TYPES[typ])
            if k not in seen:
                seen[k] = None
    return list(reversed(seen))


_KEY_OPEN: dict[Any, tuple[str, str]] = {}


def _data_lines(attrs: dict, pad: str) -> list[str]:
    out = []
    for k, v in attrs.items():
        tags = _KEY_OPEN.get((k, pad))
        if tags is None:
            ek = _attr(str(k))
            tags = _KEY_OPEN[(k, pad)] = (f'{pad}<data key="{ek}">', f'{pad}<data key="{ek}" />\n')
        text = v if type(v) is str else str(v)
        if text:
            out.append(f"{tags[0]}{_cdata(text)}</data>\n")
        else:
            out.append(tags[1])
    return out


def stream(fh: IO[str], keys: list[Key], nodes: Iterable[tuple[Any, dict]],
           edges: Iterable[tuple[Any, Any, Any, dict]], directed: bool = True,
           multigraph: bool = True, chunk: int = 2048) -> None:
    """Write a GraphML document to `fh`: `keys` (see :func:`key_order`), then `nodes`
    ((id, attributes)) and `edges` ((source, target, key, attributes); the key is the edge
    `id` of a multigraph), one element at a time."""
    w = fh.write
    w(_HEAD)
    for name, scope, typ in keys:
        n = _attr(name)
        w(f'  <key id="{n}" for="{scope}" attr.name="{n}" attr.type="{typ}" />\n')
    graph_open = f'  <graph edgedefault="{"directed" if directed else "undirected"}"'
    buf: list[str] = []
    empty = True
    for node, attrs in nodes:
        if empty:
            buf.append(graph_open + ">\n")
            empty = False
        if attrs:
            buf.append(f'    <node id="{_attr(str(node))}">\n')
            buf.extend(_data_lines(attrs, "      "))
            buf.append("    </node>\n")
        else:
            buf.append(f'    <node id="{_attr(str(node))}" />\n')
        if len(buf) >= chunk:
            w("".join(buf))
            buf.clear()
    for u, v, key, attrs in edges:
        if empty:
            buf.append(graph_open + ">\n")
            empty = False
        head = f'    <edge source="{_attr(str(u))}" target="{_attr(str(v))}"'
        if multigraph:
            head += f' id="{_attr(str(key))}"'
        if attrs:
            buf.append(head + ">\n")
            buf.extend(_data_lines(attrs, "      "))
            buf.append("    </edge>\n")
        else:
            buf.append(head + " />\n")
        if len(buf) >= chunk:
            w("".join(buf))
            buf.clear()
    buf.append(graph_open + " />\n" if empty else "  </graph>\n")
    buf.append("</graphml>\n")
    w("".join(buf))


def _open(tmp: Path) -> IO[str]:
    # as ElementTree writes a file: UTF-8, unencodable characters as references
    return tmp.open("w", encoding="utf-8", errors="xmlcharrefreplace", newline="\n")


def write_graph(g: nx.Graph, path: Path | str) -> None:
    """A networkx graph (e.g. from :func:`export_graph`) to GraphML, streamed."""
    multi = g.is_multigraph()
    if multi:
        edges: Iterator = g.edges(keys=True, data=True)
    else:
        edges = ((u, v, None, d) for u, v, d in g.edges(data=True))
    keys = key_order([*((("node", ((k, type(v)) for k, v in d.items()))
                         for _, d in g.nodes(data=True))),
                      *((("edge", ((k, type(v)) for k, v in d.items()))
                         for *_, d in g.edges(data=True)))])
    with atomic_path(path) as tmp, _open(tmp) as fh:
        stream(fh, keys, g.nodes(data=True), edges, directed=g.is_directed(), multigraph=multi)


def kg_keys(rec: records.Records) -> list[Key]:
    """The key declarations of the main graph, from one pass over the node kinds."""
    from litgraph.views.overlay import node_years

    years = node_years(rec.kg)
    names = {"p": records.PAPER_KEYS, "e": records.ENTITY_KEYS, "x": records.OTHER_KEYS}
    sigs: dict[tuple[str, bool], None] = {}
    for n, kind in rec.node_kinds():
        sigs.setdefault((kind, n in years), None)
    typed = {k: records.KEY_TYPES.get(k, str) for k in (
        *records.PAPER_KEYS, *records.ENTITY_KEYS, "year", *records.EDGE_KEYS)}
    scoped = [("node", [(k, typed[k]) for k in names[kind] + (("year",) if dated else ())])
              for kind, dated in sigs]
    if rec.edges:
        scoped.append(("edge", [(k, typed[k]) for k in records.EDGE_KEYS]))
    return key_order(scoped)


def kg_edges(rec: records.Records) -> Iterator[tuple[str, str, str, dict]]:
    for u, v, key, weight, conf in rec.edges:
        yield u, v, key, {"relation": xml_text(key), "weight": weight, "confidence": conf}


def write(kg: KnowledgeGraph, path: Path | str) -> None:
    """The main graph to GraphML, streamed from the KnowledgeGraph (no `kg.nx`)."""
    rec = records.of(kg)
    keys = kg_keys(rec)
    with atomic_path(path) as tmp, _open(tmp) as fh:
        stream(fh, keys, rec.node_attrs(xml_text), kg_edges(rec))
