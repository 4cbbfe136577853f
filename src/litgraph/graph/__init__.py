"""Graph: the resolved papers and entities as RDF triples and as a networkx graph.

:class:`KnowledgeGraph` is the public result of :func:`litgraph.build`. Triples are generated
as pyoxigraph terms in a fixed order (fast to serialise, byte-identical across runs);
`.rdf` (rdflib Graph) and `.nx` (networkx MultiDiGraph) are built on first use.

The main graph holds papers, entities, their links and results; the evidence (one reified
`rdf:Statement` per link, outperforms claim and result) is generated separately by
:meth:`KnowledgeGraph.evidence_triples` and written to `graph-evidence.ttl` beside the main
graph, so that the main graph stays small for tools that do not need the sentences.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from pyoxigraph import Literal, NamedNode, Triple

from litgraph.graph import iris
from litgraph.graph.vocab import DCTERMS, PROV, RDF, RDFS, SKOS, TYPE_COLOURS, XSD
from litgraph.model import ENTITY_TYPES, ROLES, Evidence, Resolved

if TYPE_CHECKING:
    import networkx
    import rdflib

__all__ = ["KnowledgeGraph"]

_LG = iris.LG
_T_TYPE = NamedNode(RDF + "type")
_XSD_DEC = NamedNode(XSD + "decimal")
_XSD_INT = NamedNode(XSD + "integer")


def _n(ns: str, local: str) -> NamedNode:
    return NamedNode(ns + local)


@lru_cache(maxsize=1 << 16)  # confidences and values repeat a lot; Literals are immutable
def _decimal(value: float | str) -> Literal:
    try:
        d = Decimal(str(value))
    except InvalidOperation:
        d = Decimal(0)
    text = format(d.normalize(), "f") if d == d.to_integral() else format(d, "f")
    return Literal(text, datatype=_XSD_DEC)


# The reified-statement vocabulary, built once (not per statement).
_ST = {name: NamedNode(ns + name) for ns, names in (
    (RDF, ("Statement", "subject", "predicate", "object")),
    (_LG, ("evidenceText", "evidenceField", "charStart", "charEnd", "confidence", "extractor")),
    (PROV, ("wasDerivedFrom",))) for name in names}


def _date(value: str) -> Literal:
    kind = {4: "gYear", 7: "gYearMonth", 10: "date"}.get(len(value), "string")
    return Literal(value, datatype=NamedNode(XSD + kind))


class KnowledgeGraph:
    def __init__(self, resolved: Resolved, base: str = iris.DEFAULT_BASE,
                 problems: list | None = None, records: int | None = None) -> None:
        self.base = iris.check_base(base)
        self.resolved = resolved
        self.papers = sorted(resolved.papers, key=lambda p: p.key)
        self.entities = resolved.entities
        self.links = resolved.links
        self.relations = resolved.relations
        self.results = resolved.results
        self.urls = resolved.urls
        self.problems = problems or []
        self.records = records if records is not None else len(self.papers)
        self._iri_cache: dict[tuple[str, str], str] = {}

    # -- IRIs ----------------------------------------------------------------------------------

    def paper_iri(self, key: str) -> str:
        iri = self._iri_cache.get(("p", key))
        if iri is None:
            iri = self._iri_cache[("p", key)] = iris.paper_iri(self.base, key)
        return iri

    def entity_iri(self, key: str) -> str:
        iri = self._iri_cache.get(("e", key))
        if iri is None:
            iri = self._iri_cache[("e", key)] = iris.entity_iri(self.base, key)
        return iri

    # -- triples -------------------------------------------------------------------------------

    def triples(self) -> Iterator[Triple]:
        """The main graph, in a deterministic order."""
        lg = {name: _n(_LG, name) for name in (
            "Paper", "Result", *ENTITY_TYPES, *ROLES, "link", "outperforms", "variantOf",
            "basedOn", "paper", "subject", "benchmark", "metric", "value", "unit",
            "paperCount")}
        title, abstract = _n(DCTERMS, "title"), _n(DCTERMS, "abstract")
        ident, date, source = _n(DCTERMS, "identifier"), _n(DCTERMS, "date"), \
            _n(DCTERMS, "source")
        label, alt, see_also = _n(RDFS, "label"), _n(SKOS, "altLabel"), _n(RDFS, "seeAlso")
        urls_by_paper: dict[str, list[str]] = {}
        for u in self.urls:
            urls_by_paper.setdefault(u.paper_key, []).append(u.url)
        links_by_paper: dict[str, list] = {}
        for lk in self.links:
            links_by_paper.setdefault(lk.paper_key, []).append(lk)

        for p in self.papers:
            s = NamedNode(self.paper_iri(p.key))
            yield Triple(s, _T_TYPE, lg["Paper"])
            yield Triple(s, title, Literal(p.title))
            yield Triple(s, abstract, Literal(p.abstract))
            if p.arxiv_id:
                yield Triple(s, ident, Literal(f"arXiv:{p.arxiv_id}"))
                yield Triple(s, see_also, NamedNode(f"https://arxiv.org/abs/{p.arxiv_id}"))
            if p.doi:
                yield Triple(s, ident, Literal(f"doi:{p.doi}"))
            if p.date:
                yield Triple(s, date, _date(p.date))
            for src in sorted(p.sources):
                yield Triple(s, source, Literal(src))
            for url in urls_by_paper.get(p.key, []):
                safe = iris.safe_url(url)
                if safe:
                    try:
                        yield Triple(s, lg["link"], NamedNode(safe))
                    except ValueError:
                        pass  # not a valid IRI even after escaping: keep the graph clean
            for lk in links_by_paper.get(p.key, []):
                yield Triple(s, lg[lk.role], NamedNode(self.entity_iri(lk.entity_key)))

        for key in sorted(self.entities):
            e = self.entities[key]
            s = NamedNode(self.entity_iri(key))
            yield Triple(s, _T_TYPE, lg[e.type])
            yield Triple(s, label, Literal(e.label))
            for a in e.aliases:
                yield Triple(s, alt, Literal(a))
            yield Triple(s, lg["paperCount"], Literal(str(e.papers), datatype=_XSD_INT))
            if e.variant_of:
                yield Triple(s, lg["variantOf"], NamedNode(self.entity_iri(e.variant_of)))
            for b in e.based_on:
                yield Triple(s, lg["basedOn"], NamedNode(self.entity_iri(b)))
        seen = set()
        for r in self.relations:
            if r.predicate == "outperforms" and (r.subject_key, r.object_key) not in seen:
                seen.add((r.subject_key, r.object_key))
                yield Triple(NamedNode(self.entity_iri(r.subject_key)), lg["outperforms"],
                             NamedNode(self.entity_iri(r.object_key)))

        for r in self.results:
            s = NamedNode(iris.result_iri(self.base, r.key))
            yield Triple(s, _T_TYPE, lg["Result"])
            yield Triple(s, lg["paper"], NamedNode(self.paper_iri(r.paper_key)))
            yield Triple(s, lg["subject"], NamedNode(self.entity_iri(r.subject_key)))
            yield Triple(s, lg["benchmark"], NamedNode(self.entity_iri(r.benchmark_key)))
            if r.metric_key:
                yield Triple(s, lg["metric"], NamedNode(self.entity_iri(r.metric_key)))
            yield Triple(s, lg["value"], _decimal(r.value_text or r.value))
            if r.unit:
                yield Triple(s, lg["unit"], Literal(r.unit))

    def _statement(self, subj: str, pred: str, obj: NamedNode | Literal, paper_key: str,
                   ev: Evidence) -> Iterator[Triple]:
        obj_text = obj.value
        st = NamedNode(iris.statement_iri(self.base, subj, pred, obj_text, paper_key,
                                          str(ev.start), ev.field))
        paper = NamedNode(self.paper_iri(paper_key))
        c = _ST
        yield Triple(st, _T_TYPE, c["Statement"])
        yield Triple(st, c["subject"], NamedNode(subj))
        yield Triple(st, c["predicate"], _n(_LG, pred))
        yield Triple(st, c["object"], obj)
        yield Triple(st, c["evidenceText"], Literal(ev.sentence))
        yield Triple(st, c["evidenceField"], Literal(ev.field))
        yield Triple(st, c["charStart"], Literal(str(ev.start), datatype=_XSD_INT))
        yield Triple(st, c["charEnd"], Literal(str(ev.end), datatype=_XSD_INT))
        yield Triple(st, c["confidence"], _decimal(ev.confidence))
        yield Triple(st, c["extractor"], Literal(ev.rule))
        yield Triple(st, c["wasDerivedFrom"], paper)

    def evidence_triples(self) -> Iterator[Triple]:
        """Reified statements with the evidence for every link, claim and result."""
        for lk in self.links:
            yield from self._statement(self.paper_iri(lk.paper_key), lk.role,
                                       NamedNode(self.entity_iri(lk.entity_key)), lk.paper_key,
                                       lk.evidence)
        for r in self.relations:
            yield from self._statement(self.entity_iri(r.subject_key), r.predicate,
                                       NamedNode(self.entity_iri(r.object_key)), r.paper_key,
                                       r.evidence)
        for r in self.results:
            yield from self._statement(iris.result_iri(self.base, r.key), "value",
                                       _decimal(r.value_text or r.value), r.paper_key,
                                       r.evidence)

    def all_triples(self) -> Iterator[Triple]:
        yield from self.triples()
        yield from self.evidence_triples()

    # -- views ---------------------------------------------------------------------------------

    @cached_property
    def rdf(self) -> rdflib.Graph:
        """Main graph plus evidence as an rdflib Graph (parsed from N-Triples: fast, exact)."""
        import pyoxigraph
        import rdflib

        from litgraph.graph.vocab import PREFIXES

        g = rdflib.Graph()
        for prefix, ns in PREFIXES.items():
            g.bind(prefix, ns)
        data = pyoxigraph.serialize(self.all_triples(), format=pyoxigraph.RdfFormat.N_TRIPLES)
        g.parse(data=data.decode("utf-8"), format="nt")
        return g

    @cached_property
    def nx(self) -> networkx.MultiDiGraph:
        """Papers and entities as nodes (ids are their IRIs), links and claims as edges.

        Attributes are primitives only (str, int, float), so every networkx writer accepts them.
        """
        import networkx as nx

        g = nx.MultiDiGraph()
        for p in self.papers:
            g.add_node(self.paper_iri(p.key), label=p.title, type="Paper", papers=1,
                       title=p.title, url=(f"https://arxiv.org/abs/{p.arxiv_id}"
                                           if p.arxiv_id else p.url or ""),
                       date=p.date or "", color=TYPE_COLOURS["Paper"])
        for key in sorted(self.entities):
            e = self.entities[key]
            g.add_node(self.entity_iri(key), label=e.label, type=e.type, papers=e.papers,
                       aliases="; ".join(e.aliases), color=TYPE_COLOURS[e.type])
        for lk in self.links:
            g.add_edge(self.paper_iri(lk.paper_key), self.entity_iri(lk.entity_key),
                       key=lk.role, relation=lk.role, weight=1.0,
                       confidence=float(lk.evidence.confidence), evidence=lk.evidence.sentence)
        for key in sorted(self.entities):
            e = self.entities[key]
            if e.variant_of:
                g.add_edge(self.entity_iri(key), self.entity_iri(e.variant_of), key="variantOf",
                           relation="variantOf", weight=1.0, confidence=1.0, evidence="")
        claims: Counter[tuple[str, str, str]] = Counter()
        best: dict[tuple[str, str, str], tuple[float, str]] = {}
        for r in self.relations:
            k = (r.subject_key, r.predicate, r.object_key)
            claims[k] += 1
            if k not in best or r.evidence.confidence > best[k][0]:
                best[k] = (r.evidence.confidence, r.evidence.sentence)
        for (s, pred, o), n in sorted(claims.items()):
            g.add_edge(self.entity_iri(s), self.entity_iri(o), key=pred, relation=pred,
                       weight=float(n), confidence=float(best[(s, pred, o)][0]),
                       evidence=best[(s, pred, o)][1])
        for node, deg in g.degree():
            g.nodes[node]["degree"] = int(deg)
        return g

    # -- summary -------------------------------------------------------------------------------

    def summary(self) -> dict:
        """Counts for the build report: papers, duplicates, entities/relations by type."""
        ent = Counter(e.type for e in self.entities.values())
        rel = Counter(lk.role for lk in self.links)
        rel.update(r.predicate for r in self.relations)
        rel["variantOf"] = sum(1 for e in self.entities.values() if e.variant_of)
        return {
            "records": self.records,
            "papers": len(self.papers),
            "duplicates": self.records - len(self.papers),
            "problems": len(self.problems),
            "entities": {t: ent.get(t, 0) for t in ENTITY_TYPES},
            "relations": dict(sorted(rel.items())),
            "results": len(self.results),
            "urls": len(self.urls),
        }
