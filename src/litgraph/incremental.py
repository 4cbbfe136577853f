"""Building a persistent store, and adding papers to it incrementally.

The store keeps every record read so far (in a :class:`~litgraph.ingest.dedupe.Deduplicator`),
the extraction of every paper (keyed by a fingerprint of its key, title and abstract) and the
resolved graph. `add` feeds the new records to the same deduplicator (so a paper already stored
is merged, never duplicated), extracts only the papers that are new or whose text changed,
re-resolves the whole corpus (so entities and aliases merge exactly as in a full build), and
writes only the triples that differ, in one transaction. Hence building A then adding B gives
the same graph as building A+B at once, and adding B again changes nothing.
"""

from __future__ import annotations

import dataclasses
import hashlib
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from litgraph import store as gstore
from litgraph.graph import KnowledgeGraph
from litgraph.graph.iris import DEFAULT_BASE, check_base
from litgraph.model import Extraction, Paper, Problem, Resolved


@dataclass
class AddReport:
    records: int = 0  # records read from the new files
    new_papers: int = 0
    merged: int = 0  # records that were papers already known (stored or earlier in the input)
    changed_papers: int = 0  # stored papers that a new record changed
    extracted: int = 0  # papers (re-)extracted
    deleted: int = 0  # quads removed from the store
    inserted: int = 0  # quads added to the store
    problems: list[Problem] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return bool(self.deleted or self.inserted)


def fingerprint(p: Paper) -> str:
    """What the extractor's output depends on."""
    return hashlib.sha1("\0".join((p.key, p.title, p.abstract)).encode("utf-8")).hexdigest()


def new_state(base: str = DEFAULT_BASE, profile: str = "fast", thesaurus=None) -> gstore.State:
    from litgraph.ingest.dedupe import Deduplicator
    from litgraph.resolve import Thesaurus

    return gstore.State(version=gstore.new_version(),
                        options={"base": check_base(base), "profile": profile,
                                 "thesaurus": thesaurus or Thesaurus()},
                        dedup=Deduplicator())


def _share_sentences(ext: Extraction) -> Extraction:
    """Evidence quoting the same sentence points at one string (smaller state in memory and
    on disk); as :func:`litgraph.build.build` does."""
    seen: dict[str, str] = {}
    for group in (ext.mentions, ext.relations, ext.results, ext.urls):
        for item in group:
            item.evidence.sentence = seen.setdefault(item.evidence.sentence,
                                                     item.evidence.sentence)
    return ext


def _copy_paper(p: Paper) -> Paper:
    return dataclasses.replace(p, sources=list(p.sources))


def ingest_into(state: gstore.State, paths: Iterable[Path | str], *, fmt: str | None = None,
                jobs: int = 1, on_problem: Callable[[Problem], None] | None = None,
                on_progress: Callable[[int, int], None] | None = None,
                report: AddReport | None = None, **engine_options
                ) -> tuple[gstore.State, KnowledgeGraph]:
    """Feed the records in `paths` into (a copy-on-write use of) `state`.

    Returns the new state and its graph. `state.dedup` is updated in place, so `state` must
    not be used afterwards (its `resolved` papers are snapshotted first).
    """
    from litgraph.engine import extract_all
    from litgraph.ingest import read_records
    from litgraph.resolve import Resolver

    report = report if report is not None else AddReport()
    t0 = time.perf_counter()
    old_papers = {p.key: _copy_paper(p) for p in state.dedup.papers}
    if state.resolved is not None:  # the Deduplicator mutates its papers on merge
        state.resolved = dataclasses.replace(
            state.resolved, papers=[old_papers[p.key] for p in state.resolved.papers])
    dedup = state.dedup
    before = dedup.records
    for item in read_records(paths, fmt):
        if isinstance(item, Problem):
            report.problems.append(item)
            if on_problem:
                on_problem(item)
        else:
            dedup.add(item)
    report.records = dedup.records - before
    papers = dedup.papers
    old_list = list(old_papers.values())  # the deduplicator only appends: same order
    report.new_papers = len(papers) - len(old_list)
    report.merged = report.records - report.new_papers
    report.changed_papers = sum(1 for p, o in zip(papers, old_list) if p != o)
    report.seconds["ingest"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    fps = {p.key: fingerprint(p) for p in papers}
    todo = [p for p in papers if state.extractions.get(p.key, ("",))[0] != fps[p.key]]
    fresh = {}
    stream = extract_all(todo, jobs=jobs, profile=state.options["profile"], **engine_options)
    for i, ext in enumerate(stream, 1):
        fresh[ext.paper_key] = _share_sentences(ext)
        if on_progress and (i % 64 == 0 or i == len(todo)):
            on_progress(i, len(todo))
    report.extracted = len(todo)
    extractions = {p.key: (fps[p.key], fresh[p.key] if p.key in fresh
                           else state.extractions[p.key][1]) for p in papers}
    report.seconds["extract"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    resolver = Resolver(thesaurus=state.options["thesaurus"])
    resolver.add(papers, [extractions[p.key][1] for p in papers])
    resolved = resolver.result()
    report.seconds["resolve"] = time.perf_counter() - t0
    new = gstore.State(version=gstore.new_version(), options=state.options, dedup=dedup,
                       extractions=extractions, resolved=resolved,
                       problems=state.problems + len(report.problems))
    kg = KnowledgeGraph(resolved, base=state.options["base"], problems=report.problems,
                        records=dedup.records)
    return new, kg


# -- the triple delta between two resolved graphs ----------------------------------------------


class _Index:
    """A resolved graph cut into groups of triples with one subject (or one paper's evidence),
    each with a signature: a group whose signature is unchanged has unchanged triples."""

    def __init__(self, res: Resolved | None) -> None:
        res = res or Resolved([], {}, [], [], [], [])
        self.papers = {p.key: p for p in res.papers}
        self.entities = res.entities
        self.results = {r.key: r for r in res.results}
        self.links: dict[str, list] = defaultdict(list)
        self.urls: dict[str, list] = defaultdict(list)
        self.rels: dict[str, list] = defaultdict(list)  # by paper (evidence)
        self.res_by_paper: dict[str, list] = defaultdict(list)
        self.outperforms: dict[str, list] = defaultdict(list)  # by subject entity
        for lk in res.links:
            self.links[lk.paper_key].append(lk)
        for u in res.urls:
            self.urls[u.paper_key].append(u)
        for r in res.relations:
            self.rels[r.paper_key].append(r)
            if r.predicate == "outperforms":
                self.outperforms[r.subject_key].append(r)
        for r in res.results:
            self.res_by_paper[r.paper_key].append(r)

    def paper_sig(self, k: str):
        p = self.papers.get(k)
        return None if p is None else (p, [u.url for u in self.urls.get(k, [])],
                                       [(lk.role, lk.entity_key) for lk in self.links.get(k, [])])

    def evidence_sig(self, k: str):
        return (self.links.get(k, []), self.rels.get(k, []), self.res_by_paper.get(k, []))

    def entity_sig(self, k: str):
        e = self.entities.get(k)
        return None if e is None else (e, sorted({r.object_key for r in
                                                  self.outperforms.get(k, [])}))

    def triples(self, base: str, papers: set[str], evidence: set[str], entities: set[str],
                results: set[str]) -> tuple[set[ox.Triple], set[ox.Triple]]:
        pk = sorted(k for k in papers if k in self.papers)
        ek = sorted(k for k in entities if k in self.entities)
        main = Resolved(
            papers=[self.papers[k] for k in pk],
            entities={k: self.entities[k] for k in ek},
            links=[lk for k in pk for lk in self.links.get(k, [])],
            relations=[r for k in ek for r in self.outperforms.get(k, [])],
            results=[self.results[k] for k in sorted(results) if k in self.results],
            urls=[u for k in pk for u in self.urls.get(k, [])])
        ev = sorted(evidence)
        evid = Resolved(
            papers=[], entities={},
            links=[lk for k in ev for lk in self.links.get(k, [])],
            relations=[r for k in ev for r in self.rels.get(k, [])],
            results=[r for k in ev for r in self.res_by_paper.get(k, [])], urls=[])
        return (set(KnowledgeGraph(main, base=base).triples()),
                set(KnowledgeGraph(evid, base=base).evidence_triples()))


def delta(old: Resolved | None, new: Resolved, base: str
          ) -> tuple[list[ox.Quad], list[ox.Quad]]:
    """Quads to delete and to insert to turn the store of `old` into the store of `new`."""
    a, b = _Index(old), _Index(new)

    def changed(keys: Iterable[str], sig: str) -> set[str]:
        return {k for k in keys if getattr(a, sig)(k) != getattr(b, sig)(k)}

    papers = changed(a.papers.keys() | b.papers.keys(), "paper_sig")
    evidence = changed(a.papers.keys() | b.papers.keys() | a.rels.keys() | b.rels.keys(),
                       "evidence_sig")
    entities = changed(a.entities.keys() | b.entities.keys(), "entity_sig")
    results = {k for k in a.results.keys() | b.results.keys()
               if a.results.get(k) != b.results.get(k)}
    old_main, old_ev = a.triples(base, papers, evidence, entities, results)
    new_main, new_ev = b.triples(base, papers, evidence, entities, results)

    def q(triples: set[ox.Triple], graph) -> list[ox.Quad]:
        return sorted((ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples),
                      key=str)

    delete = q(old_main - new_main, gstore.MAIN_GRAPH) + q(old_ev - new_ev,
                                                           gstore.EVIDENCE_GRAPH)
    insert = q(new_main - old_main, gstore.MAIN_GRAPH) + q(new_ev - old_ev,
                                                           gstore.EVIDENCE_GRAPH)
    return delete, insert


# -- the two entry points ----------------------------------------------------------------------


def build_store(paths: Iterable[Path | str], store_dir: Path | str, *, fmt: str | None = None,
                base: str = DEFAULT_BASE, jobs: int = 1, profile: str = "fast",
                thesaurus: Path | str | None = None, stoplist: Path | str | None = None,
                on_problem: Callable[[Problem], None] | None = None,
                on_progress: Callable[[int, int], None] | None = None,
                write_store: bool = True,
                before_store: Callable[[KnowledgeGraph], tuple[Path, Path] | None] | None
                = None, **engine_options) -> KnowledgeGraph:
    """Build the graph of `paths` and write it as a new store in `store_dir` (replacing any
    store there atomically). Returns the graph, as :func:`litgraph.build.build` does.

    `before_store(kg)` runs between the graph and the store (the CLI writes the export files
    there); when it returns the (graph.nt, graph-evidence.nt) files it just wrote from `kg`,
    the store bulk-loads them instead of generating the triples again."""
    from litgraph.resolve import Thesaurus

    state = new_state(base, profile, Thesaurus.load(thesaurus, stoplist))
    state, kg = ingest_into(state, paths, fmt=fmt, jobs=jobs, on_problem=on_problem,
                            on_progress=on_progress, **engine_options)
    files = before_store(kg) if before_store and kg.papers else None
    if write_store and kg.papers:
        if files:
            gstore.create_from_files(store_dir, files[0], files[1], state)
        else:
            gstore.create(store_dir, kg.triples(), kg.evidence_triples(), state)
    return kg


def add(paths: Iterable[Path | str], store_dir: Path | str, *, fmt: str | None = None,
        jobs: int = 1, on_problem: Callable[[Problem], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        on_graph: Callable[[KnowledgeGraph], None] | None = None, **engine_options
        ) -> AddReport:
    """Add the papers in `paths` to the store in `store_dir`; write only what changed."""
    report = AddReport()
    with gstore.open_write(store_dir) as w:
        base = w.state.options["base"]
        state, kg = ingest_into(w.state, paths, fmt=fmt, jobs=jobs, on_problem=on_problem,
                                on_progress=on_progress, report=report, **engine_options)
        old = w.state.resolved  # with the snapshotted (unmerged) papers
        t0 = time.perf_counter()
        delete, insert = delta(old, state.resolved, base)
        report.seconds["delta"] = time.perf_counter() - t0
        report.deleted, report.inserted = len(delete), len(insert)
        t0 = time.perf_counter()
        if delete or insert or report.new_papers or report.changed_papers:
            w.commit(state, delete, insert)
        report.seconds["write"] = time.perf_counter() - t0
        if on_graph:
            on_graph(kg)
    return report
