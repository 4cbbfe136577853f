"""`graph.html`: an offline, scalable graph explorer built on pyvis's vis-network.

- Offline: pyvis's bundled vis-network 9.1.2 (`pyvis/templates/lib/vis-9.1.2`) and all the
  page's own script and style are inlined; the page requests nothing (no CDN, no fonts, no
  source map).
- Scales: node positions are precomputed once per graph by :mod:`litgraph.graph.layout` (the
  same positions the GraphML/GEXF/CSV exports carry) and physics is off, so 10k nodes are
  interactive in a second or two; `max_nodes` / `min_papers` keep the most connected part and
  the page says what was left out.
- Finds and explains: search over labels and aliases, type filters with counts, a colour
  legend (by type, cluster or year), a side panel per entity (papers by role, results,
  evidence) and per paper (title, abstract, links, entities), edge tooltips with evidence.
- Safe: all data travels as one JSON blob in a `<script type="application/json">` element with
  `<`, `>`, `&` escaped (as Jinja's `tojson` does) and the page inserts every string with
  `textContent` / `createElement`; links get an `href` only when they are `http(s)`. A paper
  titled `<img src=x onerror=alert(1)>` is shown literally and runs nothing.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import networkx as nx

from litgraph.export.atomic import write_text
from litgraph.graph import KnowledgeGraph
from litgraph.graph.layout import node_size, positions
from litgraph.graph.vocab import TYPE_COLOURS
from litgraph.model import ROLES

DEFAULT_MAX_NODES = 2000
TEMPLATE = "explorer.html"
TYPE_ORDER = ("Paper", "Model", "Method", "Dataset", "Benchmark", "Task", "Metric")

# bounds on the embedded side-panel data, so that a 10k-node page stays a few MB
MAX_ABSTRACT = 2500
MAX_SENTENCE = 320
MAX_PAPERS_PER_ROLE = 25
MAX_EVIDENCE = 6
MAX_RESULTS = 25

_HTTP = re.compile(r"^https?://", re.I)
_SOURCE_MAP = re.compile(r"//# sourceMappingURL=\S*")


def select_nodes(g: nx.Graph, max_nodes: int, min_papers: int = 0) -> list[str]:
    """Keep the most connected part: entities with at least `min_papers` papers, then the
    highest-degree nodes up to `max_nodes` (ties broken by id, so the choice is stable)."""
    nodes = [n for n, d in g.nodes(data=True) if d.get("type") == "Paper" or
             d.get("papers", 0) >= min_papers]
    nodes.sort(key=lambda n: (-g.nodes[n].get("degree", g.degree(n)), n))
    if max_nodes and max_nodes > 0:
        nodes = nodes[:max_nodes]
    return sorted(nodes)


def safe_json(data: Any) -> str:
    """JSON that can sit inside a `<script>` element: `<`, `>`, `&`, U+2028/9 escaped."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _clip(text: str | None, n: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "\u2026"


def _url(url: str | None) -> str:
    return url if url and _HTTP.match(url) else ""


class _Panels:
    """Side-panel tables: `P` (papers) and `E` (entities) referenced by the drawn nodes."""

    def __init__(self, kg: KnowledgeGraph) -> None:
        self.kg = kg
        self.paper_by_iri = {kg.paper_iri(p.key): p for p in kg.papers}
        self.paper_by_key = {p.key: p for p in kg.papers}
        self.ent_by_iri = {kg.entity_iri(k): k for k in kg.entities}
        self.links_by_ent: dict[str, list] = defaultdict(list)
        self.links_by_paper: dict[str, list] = defaultdict(list)
        for lk in kg.links:
            self.links_by_ent[lk.entity_key].append(lk)
            self.links_by_paper[lk.paper_key].append(lk)
        self.res_by_subject: dict[str, list] = defaultdict(list)
        self.res_by_bench: dict[str, list] = defaultdict(list)
        for r in kg.results:
            self.res_by_subject[r.subject_key].append(r)
            self.res_by_bench[r.benchmark_key].append(r)
        self.urls_by_paper: dict[str, list[str]] = defaultdict(list)
        for u in kg.urls:
            if _url(u.url) and u.url not in self.urls_by_paper[u.paper_key]:
                self.urls_by_paper[u.paper_key].append(u.url)
        self.strings: dict[str, int] = {"": 0}  # shared by entity evidence and edges
        self.P: list[dict] = []
        self.E: list[dict] = []
        self._p: dict[str, int] = {}
        self._e: dict[str, int] = {}

    # -- references (short entries for things that are not drawn) ------------------------------

    def paper_ref(self, key: str) -> int:
        if key not in self._p:
            p = self.paper_by_key[key]
            self._p[key] = len(self.P)
            self.P.append({"t": p.title, "u": self._paper_url(p), "d": p.date or "", "v": -1})
        return self._p[key]

    def entity_ref(self, key: str) -> int:
        if key not in self._e:
            e = self.kg.entities[key]
            self._e[key] = len(self.E)
            self.E.append({"l": e.label, "t": e.type, "n": e.papers, "v": -1})
        return self._e[key]

    @staticmethod
    def _paper_url(p) -> str:
        if p.arxiv_id:
            return f"https://arxiv.org/abs/{p.arxiv_id}"
        if p.doi:
            return f"https://doi.org/{p.doi}"
        return _url(p.url)

    # -- full entries for drawn nodes -----------------------------------------------------------

    def paper_full(self, key: str, node: int) -> int:
        i = self.paper_ref(key)
        p = self.paper_by_key[key]
        entry = self.P[i]
        ents = []
        for lk in sorted(self.links_by_paper.get(key, []),
                         key=lambda lk: (ROLES.index(lk.role) if lk.role in ROLES else 99,
                                         lk.entity_key)):
            ents.append([self.entity_ref(lk.entity_key), lk.role])
        entry.update(v=node, ab=_clip(p.abstract, MAX_ABSTRACT), ax=p.arxiv_id or "",
                     doi=p.doi or "", links=self.urls_by_paper.get(key, [])[:10], ents=ents,
                     au=list(p.authors[:12]), nau=len(p.authors))
        return i

    def _result_row(self, r) -> list:
        ents = self.kg.entities
        metric = ents[r.metric_key].label if r.metric_key in ents else ""
        return [self.paper_ref(r.paper_key),
                ents[r.subject_key].label if r.subject_key in ents else r.subject_key,
                ents[r.benchmark_key].label if r.benchmark_key in ents else r.benchmark_key,
                metric, r.value_text or str(r.value), r.unit or ""]

    def entity_full(self, key: str, node: int) -> int:
        i = self.entity_ref(key)
        e = self.kg.entities[key]
        links = self.links_by_ent.get(key, [])
        by_role: dict[str, list[str]] = defaultdict(list)
        for lk in links:
            if lk.paper_key not in by_role[lk.role]:
                by_role[lk.role].append(lk.paper_key)
        roles = []
        for role in ROLES:
            keys = sorted(by_role.get(role, []))
            if keys:
                roles.append([role, len(keys),
                              [self.paper_ref(k) for k in keys[:MAX_PAPERS_PER_ROLE]]])
        best = sorted(links, key=lambda lk: (-lk.evidence.confidence, lk.paper_key,
                                             lk.evidence.start))
        evidence, seen = [], set()
        for lk in best:
            s = _clip(lk.evidence.sentence, MAX_SENTENCE)
            if s and s not in seen:
                seen.add(s)
                evidence.append([self.paper_ref(lk.paper_key), lk.role,
                                 self.strings.setdefault(s, len(self.strings)),
                                 round(float(lk.evidence.confidence), 2)])
            if len(evidence) >= MAX_EVIDENCE:
                break
        order = lambda r: (r.benchmark_key, -r.value, r.paper_key)  # noqa: E731
        results = [self._result_row(r)
                   for r in sorted(self.res_by_subject.get(key, []), key=order)[:MAX_RESULTS]]
        board = [self._result_row(r) for r in sorted(
            self.res_by_bench.get(key, []), key=lambda r: (-r.value, r.subject_key,
                                                           r.paper_key))[:MAX_RESULTS]]
        entry = self.E[i]
        entry.update(v=node, al=list(e.aliases), roles=roles, ev=evidence, res=results,
                     lb=board, var=(self.kg.entities[e.variant_of].label
                                    if e.variant_of in self.kg.entities else ""))
        return i


def explorer_data(kg: KnowledgeGraph, graph: nx.Graph | None = None,
                  max_nodes: int = DEFAULT_MAX_NODES, min_papers: int = 0,
                  colour_by: str = "type", title: str = "litgraph") -> dict:
    """Everything the page needs, as plain JSON-able data (see `templates/explorer.html`)."""
    from litgraph.views.overlay import node_years

    full = kg.nx if graph is None else graph
    keep = select_nodes(full, max_nodes, min_papers)
    pos = positions(full)
    years = node_years(kg)
    panels = _Panels(kg)
    index = {n: i for i, n in enumerate(keep)}
    types = [t for t in TYPE_ORDER if any(d.get("type") == t for _, d in full.nodes(data=True))]
    types += sorted({d.get("type", "?") for _, d in full.nodes(data=True)} - set(types))
    tindex = {t: i for i, t in enumerate(types)}

    nodes = []
    clusters: dict[int, list] = {}
    for i, n in enumerate(keep):
        d = full.nodes[n]
        typ = d.get("type", "?")
        if n in panels.paper_by_iri:
            kind, ref = "p", panels.paper_full(panels.paper_by_iri[n].key, i)
        elif n in panels.ent_by_iri:
            kind, ref = "e", panels.entity_full(panels.ent_by_iri[n], i)
        else:
            kind, ref = "x", -1
        x, y = pos.get(n, (0.0, 0.0))
        cluster = d.get("cluster")
        if isinstance(cluster, int):
            clusters.setdefault(cluster, []).append(
                (-(d.get("occurrences", d.get("papers", 0)) or 0), d.get("label", "")))
        label = "" if typ == "Paper" else str(d.get("label", ""))
        aliases = [a for a in str(d.get("aliases", "")).split("; ") if a]
        nodes.append([n, label, tindex[typ], x, y, node_size(d), kind, ref,
                      years.get(n, d.get("year")), cluster if isinstance(cluster, int) else None,
                      int(d.get("papers", 0) or 0), aliases,
                      int(d.get("occurrences", 0) or 0)])

    strings = panels.strings
    relations: dict[str, int] = {}
    edges = []
    for u, v, data in full.edges(data=True):
        if u in index and v in index:
            s = _clip(str(data.get("evidence", "") or ""), MAX_SENTENCE)
            rel = str(data.get("relation", ""))
            edges.append([index[u], index[v], relations.setdefault(rel, len(relations)),
                          round(float(data.get("weight", 1.0)), 3),
                          round(float(data.get("confidence", 1.0)), 2),
                          strings.setdefault(s, len(strings))])

    total = Counter(d.get("type", "?") for _, d in full.nodes(data=True))
    shown = Counter(full.nodes[n].get("type", "?") for n in keep)
    left = {t: total[t] - shown[t] for t in types if total[t] - shown[t]}
    cluster_info = []
    for c in sorted(clusters, key=lambda c: (-len(clusters[c]), c)):
        members = sorted(clusters[c])
        cluster_info.append([c, len(members), [m[1] for m in members[:3]]])
    year_values = [r[8] for r in nodes if r[8] is not None]
    if colour_by == "year" and not year_values:
        colour_by = "type"
    if colour_by == "cluster" and not cluster_info:
        colour_by = "type"
    return {
        "title": title,
        "types": [[t, TYPE_COLOURS.get(t, "#999999"), shown[t], total[t]] for t in types],
        "nodes": nodes,
        "edges": edges,
        "relations": sorted(relations, key=relations.get),
        "strings": sorted(strings, key=strings.get),
        "P": panels.P,
        "E": panels.E,
        "clusters": cluster_info,
        "years": [min(year_values), max(year_values)] if year_values else None,
        "colourBy": colour_by,
        "directed": full.is_directed(),
        "total": full.number_of_nodes(),
        "totalEdges": full.number_of_edges(),
        "leftOut": left,
        "maxNodes": max_nodes,
        "minPapers": min_papers,
    }


def _vis_js() -> str:
    import pyvis

    path = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js"
    js = _SOURCE_MAP.sub("", path.read_text(encoding="utf-8"))
    return js.replace("</script", "<\\/script")


def _vis_options(data: dict) -> dict:
    """vis-network options via pyvis's Network (the pyvis base of the page)."""
    from pyvis.network import Network

    big = len(data["nodes"]) > 3000
    net = Network(directed=data["directed"], cdn_resources="in_line")
    net.set_options(json.dumps({
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {"hover": True, "tooltipDelay": 80, "hideEdgesOnDrag": True,
                        "hideEdgesOnZoom": big, "multiselect": False},
        "edges": {"smooth": False, "color": {"color": "#8a8f98", "highlight": "#222222",
                                             "hover": "#222222", "opacity": 0.45},
                  "width": 0.6, "selectionWidth": 2,
                  "arrows": {"to": {"enabled": data["directed"], "scaleFactor": 0.4}}},
        "nodes": {"shape": "dot", "borderWidth": 1, "borderWidthSelected": 4,
                  "font": {"size": 12, "face": "sans-serif"},
                  "scaling": {"label": {"drawThreshold": 6}}},
    }))
    return net.options if isinstance(net.options, dict) else json.loads(net.options.to_json())


def render(kg: KnowledgeGraph, max_nodes: int = DEFAULT_MAX_NODES, min_papers: int = 0, *,
           graph: nx.Graph | None = None, colour_by: str = "type",
           title: str = "litgraph") -> str:
    """The explorer page for `graph` (default: the main graph `kg.nx`)."""
    import jinja2
    from markupsafe import Markup

    data = explorer_data(kg, graph, max_nodes, min_papers, colour_by, title)
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("litgraph", "templates"),
        autoescape=True, keep_trailing_newline=True)
    page = env.get_template(TEMPLATE).render(
        title=title,
        vis_js=Markup(_vis_js()),
        data_json=Markup(safe_json(data)),
        options_json=Markup(safe_json(_vis_options(data))))
    return page


def write(kg: KnowledgeGraph, path: Path | str, max_nodes: int = DEFAULT_MAX_NODES,
          min_papers: int = 0, **options: Any) -> None:
    write_text(path, render(kg, max_nodes, min_papers, **options))
