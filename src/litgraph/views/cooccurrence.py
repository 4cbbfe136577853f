"""Co-occurrence view (VOSviewer-style term map): entities linked by the number of papers
that mention both, with a minimum-occurrence threshold and Louvain clusters.

- nodes: entities found in at least `min_occurrences` papers (any role); attributes `label`,
  `type`, `papers`, `occurrences` (papers counted here), `aliases`, `degree`, `cluster`
  (0 = largest) and `color` (the cluster's colour, the same palette as the explorer);
- edges: `relation="co-occurs"`, `weight` = number of papers mentioning both (at least
  `min_weight`), `confidence` 1.0;
- entities left with no edge are dropped (as in VOSviewer's map of connected items).

Clusters come from networkx's Louvain with a fixed seed over a graph built in sorted order,
so the same input gives the same clusters and byte-identical files.
"""

from __future__ import annotations

from collections import Counter
from itertools import combinations
from pathlib import Path

import networkx as nx

# the explorer's cluster palette (templates/explorer.html), so files and page agree
PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
           "#ff9da7", "#9c755f", "#bab0ac", "#1f77b4", "#aec7e8", "#ffbb78", "#98df8a",
           "#d62728", "#c5b0d5", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
           "#9edae5")
DEFAULT_MIN_OCCURRENCES = 2


def cooccurrence_graph(kg, min_occurrences: int = DEFAULT_MIN_OCCURRENCES, min_weight: int = 1,
                       types: tuple[str, ...] | None = None, resolution: float = 1.0,
                       seed: int = 7) -> nx.Graph:
    """The entity-entity co-occurrence graph of `kg` (node ids are entity IRIs)."""
    papers_of: dict[str, set[str]] = {}
    for lk in kg.links:
        e = kg.entities.get(lk.entity_key)
        if e is None or (types and e.type not in types):
            continue
        papers_of.setdefault(lk.entity_key, set()).add(lk.paper_key)
    kept = {k for k, ps in papers_of.items() if len(ps) >= max(1, min_occurrences)}
    by_paper: dict[str, set[str]] = {}
    for k in kept:
        for p in papers_of[k]:
            by_paper.setdefault(p, set()).add(k)
    pairs: Counter[tuple[str, str]] = Counter()
    for p in sorted(by_paper):
        pairs.update(combinations(sorted(by_paper[p]), 2))
    edges = sorted((a, b, n) for (a, b), n in pairs.items() if n >= max(1, min_weight))
    linked = sorted({a for a, _, _ in edges} | {b for _, b, _ in edges})

    g = nx.Graph()
    for k in linked:
        e = kg.entities[k]
        g.add_node(kg.entity_iri(k), label=e.label, type=e.type, papers=e.papers,
                   occurrences=len(papers_of[k]), aliases="; ".join(e.aliases))
    for a, b, n in edges:
        g.add_edge(kg.entity_iri(a), kg.entity_iri(b), relation="co-occurs", weight=float(n),
                   confidence=1.0, evidence="")
    for node, deg in g.degree():
        g.nodes[node]["degree"] = int(deg)
    assign_clusters(g, resolution=resolution, seed=seed)
    return g


def assign_clusters(g: nx.Graph, resolution: float = 1.0, seed: int = 7) -> list[list[str]]:
    """Louvain communities as node attributes `cluster` (0 = largest) and `color`."""
    if g.number_of_nodes() == 0:
        return []
    comms = nx.community.louvain_communities(g, weight="weight", resolution=resolution,
                                             seed=seed)
    ordered = sorted((sorted(c) for c in comms), key=lambda c: (-len(c), c[0]))
    for i, members in enumerate(ordered):
        for n in members:
            g.nodes[n]["cluster"] = i
            g.nodes[n]["color"] = PALETTE[i % len(PALETTE)]
    return ordered


def clusters_summary(g: nx.Graph, top: int = 5) -> list[dict]:
    """Clusters, largest first: size and the most frequent members."""
    members: dict[int, list[tuple[int, str, str]]] = {}
    for _, d in g.nodes(data=True):
        members.setdefault(d["cluster"], []).append(
            (-d.get("occurrences", 0), d["label"], d["type"]))
    out = []
    for c in sorted(members, key=lambda c: (-len(members[c]), c)):
        ms = sorted(members[c])
        out.append({"cluster": c, "size": len(ms), "colour": PALETTE[c % len(PALETTE)],
                    "top": [(label, typ, -n) for n, label, typ in ms[:top]],
                    "types": dict(Counter(t for _, _, t in ms).most_common())})
    return out


def write(kg, out_dir: Path | str, min_occurrences: int = DEFAULT_MIN_OCCURRENCES,
          min_weight: int = 1, max_nodes: int | None = None, min_papers: int = 0,
          **_: object) -> list[Path]:
    """`cooccurrence.html`, `.graphml` and `.gexf` in `out_dir`."""
    from litgraph.export import gexf, graphml, html

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    g = cooccurrence_graph(kg, min_occurrences=min_occurrences, min_weight=min_weight)
    eg = graphml.export_graph(kg, g)
    graphml.write_graph(eg, out / "cooccurrence.graphml")
    gexf.write_graph(eg, out / "cooccurrence.gexf", description="litgraph co-occurrence map")
    html.write(kg, out / "cooccurrence.html", max_nodes=max_nodes or html.DEFAULT_MAX_NODES,
               min_papers=min_papers, graph=g, colour_by="cluster",
               title="litgraph: co-occurrence map")
    return [out / "cooccurrence.html", out / "cooccurrence.graphml", out / "cooccurrence.gexf"]
