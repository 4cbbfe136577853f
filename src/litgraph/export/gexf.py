"""`graph.gexf`: GEXF 1.3, Gephi's native format, with `viz:color`, `viz:position` and
`viz:size` from the same layout and colours as the explorer and the GraphML file.

Written by hand (networkx writes GEXF 1.2 and a wrong XSI namespace for 1.3): node
attributes `type`, `papers`, `degree`, `year`, `cluster`, ... declared in `<attributes>`;
edges carry `weight`, `label` and `kind` (the relation, which GEXF 1.3 uses to tell parallel
edges apart) and the attributes `relation` and `confidence`. Output is deterministic.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import quoteattr

import networkx as nx

from litgraph.export.atomic import atomic_path
from litgraph.export.graphml import export_graph
from litgraph.graph import KnowledgeGraph

NS = "http://gexf.net/1.3"
NS_VIZ = "http://gexf.net/1.3/viz"
_SKIP_NODE = {"label", "r", "g", "b", "x", "y", "size", "color"}  # written as label / viz:*
_SKIP_EDGE = {"weight"}


def _gexf_type(values: list) -> str:
    if all(isinstance(v, int) for v in values):
        return "integer"
    if all(isinstance(v, (int, float)) for v in values):
        return "double"
    return "string"


def _num(v: float) -> str:
    return repr(float(v))


def _declare(items: list[dict], skip: set[str]) -> list[tuple[str, str]]:
    seen: dict[str, list] = {}
    for data in items:
        for k, v in data.items():
            if k not in skip:
                seen.setdefault(k, []).append(v)
    return [(k, _gexf_type(vs)) for k, vs in seen.items()]


def _value(v, typ: str) -> str:
    if typ == "integer":
        return str(int(v))
    if typ == "double":
        return _num(v)
    return str(v)


def generate(g: nx.Graph, description: str = "litgraph knowledge graph") -> str:
    node_attrs = _declare([d for _, d in g.nodes(data=True)], _SKIP_NODE)
    edge_data = [d for _, _, d in g.edges(data=True)]
    edge_attrs = _declare(edge_data, _SKIP_EDGE)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           f'<gexf xmlns="{NS}" xmlns:viz="{NS_VIZ}" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           f'xsi:schemaLocation="{NS} {NS}/gexf.xsd" version="1.3">',
           f"  <meta><creator>litgraph</creator><description>{_esc(description)}"
           "</description></meta>",
           f'  <graph defaultedgetype="{"directed" if g.is_directed() else "undirected"}" '
           'mode="static">']
    for cls, attrs in (("node", node_attrs), ("edge", edge_attrs)):
        out.append(f'    <attributes class="{cls}">')
        for k, typ in attrs:
            out.append(f"      <attribute id={quoteattr(k)} title={quoteattr(k)} "
                       f'type="{typ}"/>')
        out.append("    </attributes>")
    out.append("    <nodes>")
    for node, d in g.nodes(data=True):
        out.append(f"      <node id={quoteattr(str(node))} "
                   f"label={quoteattr(str(d.get('label', node)))}>")
        vals = [(k, t) for k, t in node_attrs if k in d]
        if vals:
            out.append("        <attvalues>")
            out.extend(f"          <attvalue for={quoteattr(k)} "
                       f"value={quoteattr(_value(d[k], t))}/>" for k, t in vals)
            out.append("        </attvalues>")
        out.append(f'        <viz:color r="{int(d.get("r", 153))}" g="{int(d.get("g", 153))}" '
                   f'b="{int(d.get("b", 153))}"/>')
        out.append(f'        <viz:position x="{_num(d.get("x", 0.0))}" '
                   f'y="{_num(d.get("y", 0.0))}" z="0.0"/>')
        out.append(f'        <viz:size value="{_num(d.get("size", 10.0))}"/>')
        out.append("      </node>")
    out.append("    </nodes>")
    out.append("    <edges>")
    for i, (u, v, d) in enumerate(g.edges(data=True)):
        rel = str(d.get("relation", ""))
        head = (f'      <edge id="{i}" source={quoteattr(str(u))} target={quoteattr(str(v))} '
                f'weight="{_num(d.get("weight", 1.0))}"')
        if rel:
            head += f" label={quoteattr(rel)} kind={quoteattr(rel)}"
        vals = [(k, t) for k, t in edge_attrs if k in d]
        if not vals:
            out.append(head + "/>")
            continue
        out.append(head + ">")
        out.append("        <attvalues>")
        out.extend(f"          <attvalue for={quoteattr(k)} value={quoteattr(_value(d[k], t))}/>"
                   for k, t in vals)
        out.append("        </attvalues>")
        out.append("      </edge>")
    out.append("    </edges>")
    out.append("  </graph>")
    out.append("</gexf>")
    return "\n".join(out) + "\n"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_graph(g: nx.Graph, path: Path | str, description: str = "litgraph knowledge graph"
                ) -> None:
    with atomic_path(path) as tmp:
        tmp.write_text(generate(g, description), encoding="utf-8")


def write(kg: KnowledgeGraph, path: Path | str) -> None:
    write_graph(export_graph(kg), path)
