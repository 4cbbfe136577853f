"""The node and edge records the Gephi-style exports (GraphML, GEXF, CSV) write, read straight
from a :class:`~litgraph.graph.KnowledgeGraph` without building `kg.nx`.

:class:`Records` reproduces exactly what ``export_graph(kg)`` (a copy of `kg.nx` with the
drawing attributes) holds, in the same order, so the streaming writers produce the same bytes
as the networkx-based ones did: nodes sorted by IRI; edges grouped by source node (sorted), then
by target in the order the (source, target) pair first appeared while `kg.nx` was built (links,
then variantOf, then claims), then by key; a repeated (source, target, key) is one edge carrying
the last attributes, as in a networkx MultiDiGraph; `degree` counts those edges.

It holds one small tuple per edge and one entry per node (+70 MB and 3 CPU-s for the 229k
nodes and 410k edges of the 112k-paper corpus, where the networkx-based GraphML writer added
2.7 GB: a copy of `kg.nx` and the whole XML tree) and is built once per graph and shared by
the writers and the layout.
"""

from __future__ import annotations

import weakref
from collections import Counter
from collections.abc import Iterator
from typing import Any

from litgraph.graph.vocab import TYPE_COLOURS

_CACHE: weakref.WeakKeyDictionary[Any, Records] = weakref.WeakKeyDictionary()

# attribute names per kind of node, in the order kg.nx + export_graph give them
PAPER_KEYS = ("label", "type", "papers", "title", "url", "date", "color", "degree", "r", "g",
              "b", "x", "y", "size")
ENTITY_KEYS = ("label", "type", "papers", "aliases", "color", "degree", "r", "g", "b", "x", "y",
               "size")
OTHER_KEYS = ("degree", "r", "g", "b", "x", "y", "size")  # an edge end that is no paper/entity
EDGE_KEYS = ("relation", "weight", "confidence")
KEY_TYPES = {"papers": int, "degree": int, "r": int, "g": int, "b": int, "x": float,
             "y": float, "size": float, "year": float, "weight": float, "confidence": float}


class Records:
    """Nodes and edges of `kg.nx`, in export order, without networkx."""

    def __init__(self, kg) -> None:
        self._kg = weakref.ref(kg)  # not a strong reference: the cache is keyed by kg
        paper_iri, entity_iri = kg.paper_iri, kg.entity_iri
        # node IRI -> Paper | (entity key, Entity) | None (an edge end that is neither)
        info: dict[str, Any] = {}
        for p in kg.papers:
            info[paper_iri(p.key)] = p
        ents = kg.entities
        for key in sorted(ents):
            info[entity_iri(key)] = (key, ents[key])

        index: dict[tuple[str, str, str], int] = {}
        edges: list[list] = []  # [source, target, key, weight, confidence]

        def add(u: str, v: str, key: str, weight: float, conf: float) -> None:
            i = index.get((u, v, key))
            if i is None:
                index[(u, v, key)] = len(edges)
                edges.append([u, v, key, weight, conf])
            else:
                edges[i][3], edges[i][4] = weight, conf

        for lk in kg.links:
            add(paper_iri(lk.paper_key), entity_iri(lk.entity_key), lk.role, 1.0,
                float(lk.evidence.confidence))
        for key in sorted(ents):
            e = ents[key]
            if e.variant_of:
                add(entity_iri(key), entity_iri(e.variant_of), "variantOf", 1.0, 1.0)
        claims: Counter[tuple[str, str, str]] = Counter()
        best: dict[tuple[str, str, str], float] = {}
        for r in kg.relations:
            k = (r.subject_key, r.predicate, r.object_key)
            claims[k] += 1
            if k not in best or r.evidence.confidence > best[k]:
                best[k] = r.evidence.confidence
        for (s, pred, o), n in sorted(claims.items()):
            add(entity_iri(s), entity_iri(o), pred, float(n), float(best[(s, pred, o)]))
        index.clear()
        del claims, best

        first: dict[tuple[str, str], int] = {}
        degree: Counter[str] = Counter()
        for i, (u, v, *_rest) in enumerate(edges):
            first.setdefault((u, v), i)
            degree[u] += 1
            degree[v] += 1
            if u not in info:
                info[u] = None
            if v not in info:
                info[v] = None
        order = sorted((e[0], first[(e[0], e[1])], i) for i, e in enumerate(edges))
        del first
        self.edges: list[tuple[str, str, str, float, float]] = [
            tuple(edges[i]) for _, _, i in order]
        edges.clear()
        del order
        self.info = info
        self.nodes: list[str] = sorted(info)
        self.degree = degree

    @property
    def kg(self):
        kg = self._kg()
        if kg is None:
            raise ReferenceError("the KnowledgeGraph of these records is gone")
        return kg

    # -- layout input ---------------------------------------------------------------------------

    def pairs(self) -> Iterator[tuple[str, str]]:
        """Every (source, target) edge end pair (with repeats)."""
        for u, v, *_ in self.edges:
            yield u, v

    # -- export attributes ----------------------------------------------------------------------

    def node_kinds(self) -> Iterator[tuple[str, str]]:
        """(node, kind) in node order; kind is "p" (paper), "e" (entity) or "x" (neither)."""
        for n in self.nodes:
            d = self.info[n]
            yield n, ("x" if d is None else "e" if isinstance(d, tuple) else "p")

    def node_attrs(self, xml_text=lambda s: s) -> Iterator[tuple[str, dict]]:
        """(node, attributes) in node order, as `export_graph(kg)` gives them: text through
        `xml_text`, colour as r,g,b, the shared layout, size, and year when known."""
        from litgraph.export.graphml import rgb
        from litgraph.graph.layout import node_size, positions
        from litgraph.views.overlay import node_years

        pos = positions(self.kg)
        years = node_years(self.kg)
        rgb_of = {c: rgb(c) for c in TYPE_COLOURS.values()}
        paper_colour = TYPE_COLOURS["Paper"]
        deg = self.degree
        for n in self.nodes:
            d = self.info[n]
            if d is None:
                a = {"degree": deg[n]}
                colour = "#999999"
            elif isinstance(d, tuple):
                e = d[1]
                colour = TYPE_COLOURS[e.type]
                a = {"label": xml_text(e.label), "type": xml_text(e.type),
                     "papers": int(e.papers), "aliases": xml_text("; ".join(e.aliases)),
                     "color": colour, "degree": deg[n]}
            else:
                colour = paper_colour
                title = xml_text(d.title)
                a = {"label": title, "type": "Paper", "papers": 1, "title": title,
                     "url": xml_text(f"https://arxiv.org/abs/{d.arxiv_id}" if d.arxiv_id
                                     else d.url or ""),
                     "date": xml_text(d.date or ""), "color": colour, "degree": deg[n]}
            r, g, b = rgb_of.get(colour) or rgb(colour)
            x, y = pos.get(n, (0.0, 0.0))
            a["r"], a["g"], a["b"] = r, g, b
            a["x"], a["y"] = float(x), float(y)
            a["size"] = float(node_size(a))
            year = years.get(n)
            if year is not None:
                a["year"] = float(year)
            yield n, a


def of(kg) -> Records:
    """The records of `kg`, built once per graph object."""
    rec = _CACHE.get(kg)
    if rec is None:
        rec = _CACHE[kg] = Records(kg)
    return rec
