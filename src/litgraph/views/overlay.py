"""Overlay by year: each paper's publication year and each entity's average publication year
(over its papers that carry a date), as a decimal year (`2025.5` is about July 2025) so that
a corpus spanning a year or two still gets a useful colour scale.

The value is a node attribute `year` in every export (GraphML, GEXF, CSV) and the explorer's
"colour by year" scale; `litgraph view overlay` writes `overlay.html`, coloured by year from
the start.
"""

from __future__ import annotations

import re
from pathlib import Path

import networkx as nx

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def decimal_year(date: str | None) -> float | None:
    """`2025` -> 2025.0, `2025-07` -> 2025.5, `2025-07-16` -> 2025.54; None when unparseable."""
    m = _DATE.match(date or "")
    if not m:
        return None
    year = int(m.group(1))
    month = min(max(int(m.group(2) or 1), 1), 12)
    day = min(max(int(m.group(3) or 1), 1), 31)
    return round(year + (month - 1 + (day - 1) / 31) / 12, 3)


def node_years(kg) -> dict[str, float]:
    """Node IRI -> year: papers their own date, entities the mean over their dated papers."""
    paper_year: dict[str, float] = {}
    for p in kg.papers:
        y = decimal_year(p.date)
        if y is not None:
            paper_year[p.key] = y
    if not paper_year:
        return {}
    out = {kg.paper_iri(k): v for k, v in paper_year.items()}
    seen: dict[str, set[str]] = {}
    for lk in kg.links:
        if lk.paper_key in paper_year:
            seen.setdefault(lk.entity_key, set()).add(lk.paper_key)
    for ent, papers in sorted(seen.items()):
        out[kg.entity_iri(ent)] = round(sum(paper_year[p] for p in papers) / len(papers), 3)
    return out


def apply(g: nx.Graph, kg) -> bool:
    """Set the `year` attribute on the nodes of `g` that have one; True if any did."""
    years = node_years(kg)
    hit = False
    for node, data in g.nodes(data=True):
        if node in years:
            data["year"] = years[node]
            hit = True
    return hit


def write(kg, out_dir: Path | str, max_nodes: int | None = None, min_papers: int = 0,
          **_: object) -> list[Path]:
    """`overlay.html`: the explorer coloured by year (by type when no paper has a date)."""
    from litgraph.export import html

    path = Path(out_dir) / "overlay.html"
    html.write(kg, path, max_nodes=max_nodes or html.DEFAULT_MAX_NODES, min_papers=min_papers,
               colour_by="year", title="litgraph: overlay by year")
    return [path]
