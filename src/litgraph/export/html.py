"""`graph.html`: an interactive pyvis (vis-network) page that works with no network.

vis-network is inlined (`cdn_resources="in_line"`) and the Bootstrap CSS/JS that pyvis 0.3.2's
template still links from a CDN is removed, so the page makes no request at all. Nodes and
edges are filled into pyvis's lists directly (its `add_node` is quadratic) with positions
precomputed by networkx and physics off, which draws thousands of nodes in seconds where
live physics never settles. All text reaches the page through Jinja's `tojson` (which
escapes `<`, `>`, `&`, `'`) and vis-network shows string tooltips as text, so a title such as
`<script>` is displayed, never run.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from pathlib import Path

import networkx as nx

from litgraph.export.atomic import write_text
from litgraph.graph import KnowledgeGraph
from litgraph.graph.vocab import TYPE_COLOURS

DEFAULT_MAX_NODES = 2000
_REMOTE = re.compile(
    r"<link[^>]*href=\"https?://[^\"]*\"[^>]*/?>|<script[^>]*src=\"https?://[^\"]*\"[^>]*>\s*</script>",
    re.S)


def select_nodes(g: nx.MultiDiGraph, max_nodes: int, min_papers: int = 0) -> list[str]:
    """Keep the most connected part: entities with at least `min_papers` papers, then the
    highest-degree nodes up to `max_nodes` (ties broken by id, so the choice is stable)."""
    nodes = [n for n, d in g.nodes(data=True) if d["type"] == "Paper" or
             d.get("papers", 0) >= min_papers]
    nodes.sort(key=lambda n: (-g.nodes[n].get("degree", 0), n))
    return sorted(nodes[:max_nodes])


def layout(g: nx.Graph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Force-directed positions from igraph's C Fruchterman-Reingold (10k nodes in seconds;
    networkx's spring_layout needs scipy and took 68 s for 5k nodes), seeded so the page is
    byte-identical across runs."""
    import random

    import igraph

    nodes = sorted(g.nodes())
    if not nodes:
        return {}
    index = {n: i for i, n in enumerate(nodes)}
    ig = igraph.Graph(n=len(nodes), edges=sorted((index[u], index[v]) for u, v in g.edges()))
    igraph.set_random_number_generator(random.Random(seed))
    try:
        coords = ig.layout_fruchterman_reingold(niter=500, grid="auto")
    finally:
        igraph.set_random_number_generator(random)
    xs = [c[0] for c in coords] or [0.0]
    ys = [c[1] for c in coords] or [0.0]
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9)
    scale = 40.0 * len(nodes) ** 0.5 / span
    return {n: (round((c[0] - min(xs)) * scale, 1), round((c[1] - min(ys)) * scale, 1))
            for n, c in zip(nodes, coords)}


def _tooltip(data: dict) -> str:
    if data["type"] == "Paper":
        return f"Paper: {data.get('title', '')}"
    lines = [f"{data['type']}: {data['label']}", f"{data.get('papers', 0)} paper(s)"]
    if data.get("aliases"):
        lines.append(f"also: {data['aliases']}")
    return "\n".join(lines)


def render(kg: KnowledgeGraph, max_nodes: int = DEFAULT_MAX_NODES, min_papers: int = 0) -> str:
    from pyvis.network import Network

    full = kg.nx
    keep = select_nodes(full, max_nodes, min_papers)
    sub = nx.Graph(full.subgraph(keep))
    pos = layout(sub)
    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line",
                  heading="")
    nodes = []
    for n in keep:
        d = full.nodes[n]
        size = 6 if d["type"] == "Paper" else 8 + 4 * min(d.get("papers", 0), 25) ** 0.5
        label = d["label"] if d["type"] != "Paper" else ""
        x, y = pos.get(n, (0.0, 0.0))
        nodes.append({"id": n, "label": label, "title": _tooltip(d), "group": d["type"],
                      "color": TYPE_COLOURS.get(d["type"], "#999999"), "shape": "dot",
                      "size": round(size, 2), "x": x, "y": y, "ltype": d["type"]})
    keep_set = set(keep)
    edges = []
    for u, v, data in full.edges(data=True):
        if u in keep_set and v in keep_set:
            edges.append({"from": u, "to": v, "title": data["relation"], "arrows": "to",
                          "color": {"opacity": 0.35}, "width": 0.6})
    net.nodes = nodes
    net.edges = edges
    net.set_options(json.dumps({
        "physics": {"enabled": False},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": True},
        "edges": {"smooth": False},
        "nodes": {"font": {"size": 12}},
    }))
    page = net.generate_html()
    page = _REMOTE.sub("", page)
    left = full.number_of_nodes() - len(keep)
    note = (f"{len(keep)} of {full.number_of_nodes()} nodes shown (the most connected); "
            f"{left} left out." if left else f"{len(keep)} nodes.")
    legend = " ".join(
        f'<span style="color:{c}">&#9679;</span> {html_lib.escape(t)}'
        for t, c in TYPE_COLOURS.items() if t != "Result")
    header = (f'<div id="lg-header" style="font-family:sans-serif;padding:4px 8px">'
              f"<b>litgraph</b> &mdash; {html_lib.escape(note)} &nbsp; {legend}</div>")
    page = page.replace("<body>", "<body>\n" + header, 1)
    page = page.replace("<title>", "<title>litgraph", 1) if "<title>" in page else page.replace(
        "<head>", '<head>\n<meta charset="utf-8"><title>litgraph graph</title>', 1)
    return page


def write(kg: KnowledgeGraph, path: Path | str, max_nodes: int = DEFAULT_MAX_NODES,
          min_papers: int = 0) -> None:
    write_text(path, render(kg, max_nodes, min_papers))
