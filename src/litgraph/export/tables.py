"""`nodes.csv` and `edges.csv`: the graph as two tables for spreadsheets, Gephi's spreadsheet
import and Cytoscape ("Import Network from File" on edges.csv, "Import Table" on nodes.csv).

Columns follow Gephi's conventions: nodes `Id`, `Label`, then `type`, `papers`, `degree`,
`year`, `color`, `r`, `g`, `b`, `x`, `y`, `size` and the rest; edges `Source`, `Target`,
`Type` (Directed/Undirected), `Label` (the relation), `Weight`, `relation`, `confidence`.
Rows are sorted, so the files are byte-identical across runs.

The main graph's tables are streamed row by row from the KnowledgeGraph's records
(:mod:`litgraph.export.records`, no `kg.nx`); only the edge sort keys are held at once.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

import networkx as nx

from litgraph.export import records
from litgraph.export.atomic import atomic_path
from litgraph.export.graphml import export_graph, xml_text
from litgraph.graph import KnowledgeGraph

NODE_FIRST = ("type", "papers", "degree", "year", "cluster", "occurrences", "color", "r", "g",
              "b", "x", "y", "size")
EDGE_COLUMNS = ("Source", "Target", "Type", "Label", "Weight", "relation", "confidence")


def _cell(v) -> str:
    if v is None:
        return ""
    return repr(v) if isinstance(v, float) else str(v)


def node_columns(keys: set[str]) -> list[str]:
    return ["Id", "Label"] + [k for k in NODE_FIRST if k in keys] + sorted(
        keys - set(NODE_FIRST) - {"label"})


def write_node_rows(fh: IO[str], cols: list[str], nodes: Iterable[tuple[Any, dict]],
                    chunk: int = 4096) -> None:
    """`nodes` ((id, attributes), sorted by id) as CSV rows under `cols`."""
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(cols)
    rest = cols[2:]
    rows = []
    for node, d in nodes:
        rows.append([node, d.get("label", "")] + [_cell(d.get(k)) for k in rest])
        if len(rows) >= chunk:
            w.writerows(rows)
            rows.clear()
    w.writerows(rows)


def write_edge_rows(fh: IO[str], rows: list[list]) -> None:
    rows.sort()
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(EDGE_COLUMNS)
    for i in range(0, len(rows), 4096):
        w.writerows(rows[i:i + 4096])


def _edge_rows(g: nx.Graph) -> list[list]:
    kind = "Directed" if g.is_directed() else "Undirected"
    rows = []
    for u, v, d in g.edges(data=True):
        rel = str(d.get("relation", ""))
        rows.append([u, v, kind, rel, _cell(float(d.get("weight", 1.0))), rel,
                     _cell(float(d.get("confidence", 1.0)))])
    return rows


def nodes_csv(g: nx.Graph) -> str:
    cols = node_columns({k for _, d in g.nodes(data=True) for k in d})
    buf = io.StringIO()
    write_node_rows(buf, cols, ((n, g.nodes[n]) for n in sorted(g.nodes())))
    return buf.getvalue()


def edges_csv(g: nx.Graph) -> str:
    buf = io.StringIO()
    write_edge_rows(buf, _edge_rows(g))
    return buf.getvalue()


def _open(tmp: Path) -> IO[str]:
    return tmp.open("w", encoding="utf-8", newline="")


def kg_node_columns(rec: records.Records) -> list[str]:
    from litgraph.views.overlay import node_years

    names = {"p": records.PAPER_KEYS, "e": records.ENTITY_KEYS, "x": records.OTHER_KEYS}
    keys = {k for kind in {kind for _, kind in rec.node_kinds()} for k in names[kind]}
    if node_years(rec.kg):
        keys.add("year")
    return node_columns(keys)


def write_nodes(kg: KnowledgeGraph, path: Path | str) -> None:
    rec = records.of(kg)
    cols = kg_node_columns(rec)
    with atomic_path(path) as tmp, _open(tmp) as fh:
        write_node_rows(fh, cols, rec.node_attrs(xml_text))


def write_edges(kg: KnowledgeGraph, path: Path | str) -> None:
    rec = records.of(kg)
    rows = []
    for u, v, key, weight, conf in rec.edges:
        rel = xml_text(key)
        rows.append([u, v, "Directed", rel, _cell(weight), rel, _cell(conf)])
    with atomic_path(path) as tmp, _open(tmp) as fh:
        write_edge_rows(fh, rows)


__all__ = ["edges_csv", "export_graph", "nodes_csv", "write_edges", "write_nodes"]
