"""`nodes.csv` and `edges.csv`: the graph as two tables for spreadsheets, Gephi's spreadsheet
import and Cytoscape ("Import Network from File" on edges.csv, "Import Table" on nodes.csv).

Columns follow Gephi's conventions: nodes `Id`, `Label`, then `type`, `papers`, `degree`,
`year`, `color`, `r`, `g`, `b`, `x`, `y`, `size` and the rest; edges `Source`, `Target`,
`Type` (Directed/Undirected), `Label` (the relation), `Weight`, `relation`, `confidence`.
Rows are sorted, so the files are byte-identical across runs.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import networkx as nx

from litgraph.export.atomic import write_text
from litgraph.export.graphml import export_graph
from litgraph.graph import KnowledgeGraph

NODE_FIRST = ("type", "papers", "degree", "year", "cluster", "occurrences", "color", "r", "g",
              "b", "x", "y", "size")
EDGE_COLUMNS = ("Source", "Target", "Type", "Label", "Weight", "relation", "confidence")


def _cell(v) -> str:
    if v is None:
        return ""
    return repr(v) if isinstance(v, float) else str(v)


def nodes_csv(g: nx.Graph) -> str:
    keys = {k for _, d in g.nodes(data=True) for k in d}
    cols = ["Id", "Label"] + [k for k in NODE_FIRST if k in keys] + sorted(
        keys - set(NODE_FIRST) - {"label"})
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(cols)
    for node in sorted(g.nodes()):
        d = g.nodes[node]
        w.writerow([node, d.get("label", "")] + [_cell(d.get(k)) for k in cols[2:]])
    return buf.getvalue()


def edges_csv(g: nx.Graph) -> str:
    kind = "Directed" if g.is_directed() else "Undirected"
    rows = []
    for u, v, d in g.edges(data=True):
        rel = str(d.get("relation", ""))
        rows.append([u, v, kind, rel, _cell(float(d.get("weight", 1.0))), rel,
                     _cell(float(d.get("confidence", 1.0)))])
    rows.sort()
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(EDGE_COLUMNS)
    w.writerows(rows)
    return buf.getvalue()


def write_nodes(kg: KnowledgeGraph, path: Path | str) -> None:
    write_text(path, nodes_csv(export_graph(kg)))


def write_edges(kg: KnowledgeGraph, path: Path | str) -> None:
    write_text(path, edges_csv(export_graph(kg)))
