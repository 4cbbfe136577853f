"""`graph.gexf`: GEXF 1.3, Gephi's native format, with `viz:color`, `viz:position` and
`viz:size` from the same layout and colours as the explorer and the GraphML file.

Written by hand (networkx writes GEXF 1.2 and a wrong XSI namespace for 1.3): node
attributes `type`, `papers`, `degree`, `year`, `cluster`, ... declared in `<attributes>`;
edges carry `weight`, `label` and `kind` (the relation, which GEXF 1.3 uses to tell parallel
edges apart) and the attributes `relation` and `confidence`. Output is deterministic.

Streamed element by element: the main graph straight from the KnowledgeGraph's records
(:mod:`litgraph.export.records`, no `kg.nx`), the views from their networkx graph; the bytes
are those the former one-string writer produced.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import quoteattr

import networkx as nx

from litgraph.export import records
from litgraph.export.atomic import atomic_path
from litgraph.export.graphml import export_graph, kg_edges, xml_text
from litgraph.graph import KnowledgeGraph

NS = "http://gexf.net/1.3"
NS_VIZ = "http://gexf.net/1.3/viz"
_SKIP_NODE = {"label", "r", "g", "b", "x", "y", "size", "color"}  # written as label / viz:*
_SKIP_EDGE = {"weight"}

Decl = list[tuple[str, str]]  # (attribute, GEXF type) in first-use order


def _num(v: float) -> str:
    return repr(float(v))


def _declare(items: Iterable[dict], skip: set[str]) -> Decl:
    """Attributes in first-use order; "integer" if every value is an int, "double" if every
    value is a number, else "string"."""
    kinds: dict[str, int] = {}  # 0 integer, 1 double, 2 string
    for data in items:
        for k, v in data.items():
            if k in skip:
                continue
            kind = 0 if isinstance(v, int) else 1 if isinstance(v, float) else 2
            if kinds.get(k, -1) < kind:
                kinds[k] = kind
    return [(k, ("integer", "double", "string")[kind]) for k, kind in kinds.items()]


def _value(v, typ: str) -> str:
    if typ == "integer":
        return str(int(v))
    if typ == "double":
        return _num(v)
    return str(v)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def stream(fh: IO[str], directed: bool, node_attrs: Decl, edge_attrs: Decl,
           nodes: Iterable[tuple[Any, dict]], edges: Iterable[tuple[Any, Any, dict]],
           description: str = "litgraph knowledge graph", chunk: int = 4096) -> None:
    w = fh.write
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           f'<gexf xmlns="{NS}" xmlns:viz="{NS_VIZ}" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           f'xsi:schemaLocation="{NS} {NS}/gexf.xsd" version="1.3">',
           f"  <meta><creator>litgraph</creator><description>{_esc(description)}"
           "</description></meta>",
           f'  <graph defaultedgetype="{"directed" if directed else "undirected"}" '
           'mode="static">']
    for cls, attrs in (("node", node_attrs), ("edge", edge_attrs)):
        out.append(f'    <attributes class="{cls}">')
        for k, typ in attrs:
            out.append(f"      <attribute id={quoteattr(k)} title={quoteattr(k)} "
                       f'type="{typ}"/>')
        out.append("    </attributes>")
    out.append("    <nodes>")
    attr_for = {k: quoteattr(k) for k, _ in node_attrs}
    for node, d in nodes:
        out.append(f"      <node id={quoteattr(str(node))} "
                   f"label={quoteattr(str(d.get('label', node)))}>")
        vals = [(k, t) for k, t in node_attrs if k in d]
        if vals:
            _attvalues(out, vals, d, attr_for)
        out.append(f'        <viz:color r="{int(d.get("r", 153))}" g="{int(d.get("g", 153))}" '
                   f'b="{int(d.get("b", 153))}"/>')
        out.append(f'        <viz:position x="{_num(d.get("x", 0.0))}" '
                   f'y="{_num(d.get("y", 0.0))}" z="0.0"/>')
        out.append(f'        <viz:size value="{_num(d.get("size", 10.0))}"/>')
        out.append("      </node>")
        if len(out) >= chunk:
            _flush(w, out)
    out.append("    </nodes>")
    out.append("    <edges>")
    attr_for = {k: quoteattr(k) for k, _ in edge_attrs}
    for i, (u, v, d) in enumerate(edges):
        rel = str(d.get("relation", ""))
        head = (f'      <edge id="{i}" source={quoteattr(str(u))} target={quoteattr(str(v))} '
                f'weight="{_num(d.get("weight", 1.0))}"')
        if rel:
            head += f" label={quoteattr(rel)} kind={quoteattr(rel)}"
        vals = [(k, t) for k, t in edge_attrs if k in d]
        if not vals:
            out.append(head + "/>")
        else:
            out.append(head + ">")
            _attvalues(out, vals, d, attr_for)
            out.append("      </edge>")
        if len(out) >= chunk:
            _flush(w, out)
    out.append("    </edges>")
    out.append("  </graph>")
    out.append("</gexf>")
    _flush(w, out)


def _attvalues(out: list[str], vals: list[tuple[str, str]], d: dict,
               attr_for: dict[str, str]) -> None:
    out.append("        <attvalues>")
    out.extend(f"          <attvalue for={attr_for[k]} value={quoteattr(_value(d[k], t))}/>"
               for k, t in vals)
    out.append("        </attvalues>")


def _flush(w, out: list[str]) -> None:
    w("\n".join(out) + "\n")
    out.clear()


def _graph_parts(g: nx.Graph) -> tuple[Decl, Decl, Iterable, Iterable]:
    return (_declare((d for _, d in g.nodes(data=True)), _SKIP_NODE),
            _declare((d for _, _, d in g.edges(data=True)), _SKIP_EDGE),
            g.nodes(data=True), g.edges(data=True))


def generate(g: nx.Graph, description: str = "litgraph knowledge graph") -> str:
    """The GEXF document of `g` (an :func:`export_graph` graph) as one string (small graphs;
    the files are streamed)."""
    buf = io.StringIO()
    stream(buf, g.is_directed(), *_graph_parts(g), description=description)
    return buf.getvalue()


def _open(tmp: Path) -> IO[str]:
    return tmp.open("w", encoding="utf-8", newline="\n")


def write_graph(g: nx.Graph, path: Path | str, description: str = "litgraph knowledge graph"
                ) -> None:
    with atomic_path(path) as tmp, _open(tmp) as fh:
        stream(fh, g.is_directed(), *_graph_parts(g), description=description)


def kg_declarations(rec: records.Records) -> tuple[Decl, Decl]:
    """The attribute declarations of the main graph, from one pass over the node kinds."""
    from litgraph.views.overlay import node_years

    years = node_years(rec.kg)
    names = {"p": records.PAPER_KEYS, "e": records.ENTITY_KEYS, "x": records.OTHER_KEYS}
    typ = {int: "integer", float: "double", str: "string"}
    seen: dict[str, str] = {}
    sigs: dict[tuple[str, bool], None] = {}
    for n, kind in rec.node_kinds():
        sigs.setdefault((kind, n in years), None)
    for kind, dated in sigs:
        for k in names[kind] + (("year",) if dated else ()):
            if k not in _SKIP_NODE:
                seen.setdefault(k, typ[records.KEY_TYPES.get(k, str)])
    edge = ([(k, typ[records.KEY_TYPES.get(k, str)]) for k in records.EDGE_KEYS
             if k not in _SKIP_EDGE] if rec.edges else [])
    return list(seen.items()), edge


def write(kg: KnowledgeGraph, path: Path | str) -> None:
    """The main graph to GEXF, streamed from the KnowledgeGraph (no `kg.nx`)."""
    rec = records.of(kg)
    node_attrs, edge_attrs = kg_declarations(rec)
    edges = ((u, v, d) for u, v, _, d in kg_edges(rec))
    with atomic_path(path) as tmp, _open(tmp) as fh:
        stream(fh, True, node_attrs, edge_attrs, rec.node_attrs(xml_text), edges)


__all__ = ["export_graph", "generate", "stream", "write", "write_graph"]
