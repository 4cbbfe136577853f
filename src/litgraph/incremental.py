"""Building a persistent store, and adding papers to it incrementally.

The store keeps the deduplicator's index of every record read so far, and in its keyed tables
(:class:`litgraph.store.Tables`) every paper with its extraction (keyed by a fingerprint of its
key, title and abstract) and the corpus-level tables of the resolver
(:mod:`litgraph.resolve.incremental`). `add` feeds the new records to the same deduplicator
(so a paper already stored is merged, never duplicated), extracts only the papers that are new
or whose text changed, updates the resolver's tables with them (re-resolving only the stored
papers and entities they affect, so entities and aliases merge exactly as in a full build), and
writes only the triples of the papers and entities that changed, in one transaction. Hence
building A then adding B gives the same graph as building A+B at once, and adding B again
changes nothing.
"""

from __future__ import annotations

import dataclasses
import hashlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from litgraph import store as gstore
from litgraph.graph import KnowledgeGraph
from litgraph.graph.iris import DEFAULT_BASE, check_base
from litgraph.model import EntityRelation, Extraction, Paper, Problem, Resolved
from litgraph.resolve.incremental import Change, PaperRec, Updater, pidx

#: Below this many papers to extract, `add` extracts in its own process (starting workers and
#: loading the pipeline in each costs more than it saves); the output is the same.
MIN_PAPERS_PER_JOB = 2000


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


def new_state(base: str = DEFAULT_BASE, profile: str = "fast", thesaurus=None,
              terms_model: Path | str | None = None) -> gstore.State:
    """An empty store state. The extraction settings are kept in it so that `add` extracts
    new papers exactly as the build did (the terms model by its absolute path)."""
    from litgraph.ingest.dedupe import Deduplicator
    from litgraph.resolve import Thesaurus

    return gstore.State(version=gstore.new_version(),
                        options={"base": check_base(base), "profile": profile,
                                 "thesaurus": thesaurus or Thesaurus(),
                                 "terms_model": str(Path(terms_model).resolve())
                                 if terms_model else None},
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


class PaperList:
    """The deduplicator's list of papers in a store: pickled as its length only; a stored
    paper is read from the keyed tables when the deduplicator looks at it (to merge a record
    into it). `recs` keeps the stored records, `loaded` the (possibly merged) papers."""

    def __init__(self, n: int = 0) -> None:
        self.__setstate__({"n": n})

    def __getstate__(self) -> dict:
        return {"n": len(self)}

    def __setstate__(self, d: dict) -> None:
        self.n = d["n"]
        self.tables = None
        self.recs: dict[int, PaperRec] = {}
        self.loaded: dict[int, Paper] = {}
        self.new: list[Paper] = []

    def __len__(self) -> int:
        return self.n + len(self.new)

    def __getitem__(self, i: int) -> Paper:
        if i >= self.n:
            return self.new[i - self.n]
        p = self.loaded.get(i)
        if p is None:
            rec = self.recs[i] = self.tables.get("p", pidx(i))
            p = self.loaded[i] = _copy_paper(rec.paper)
        return p

    def append(self, p: Paper) -> None:
        self.new.append(p)


class _DictTables:
    """In-memory keyed tables (the rows of a new store)."""

    def __init__(self) -> None:
        self.data: dict[tuple[str, str], object] = {}

    def get(self, ns: str, key: str):
        return self.data.get((ns, key))

    def put(self, ns: str, key: str, value) -> None:
        if value is None:
            self.data.pop((ns, key), None)
        else:
            self.data[(ns, key)] = value

    def scan(self, ns: str, prefix: str):
        return sorted((k, v) for (n, k), v in self.data.items()
                      if n == ns and k.startswith(prefix))


def _read(dedup, paths, fmt, report: AddReport, on_problem) -> None:
    from litgraph.ingest import read_records

    before = dedup.records
    for item in read_records(paths, fmt):
        if isinstance(item, Problem):
            report.problems.append(item)
            if on_problem:
                on_problem(item)
        else:
            dedup.add(item)
    report.records = dedup.records - before


def _extract(todo: list[Paper], state: gstore.State, jobs: int, on_progress, engine_options
             ) -> dict[str, Extraction]:
    from litgraph.engine import extract_all

    fresh = {}
    terms_model = state.options.get("terms_model")  # absent in stores built before it existed
    if terms_model and not Path(terms_model).is_dir():
        raise OSError(f"the store was built with the terms model {terms_model}, "
                      "which is no longer there")
    stream = extract_all(todo, jobs=jobs, profile=state.options["profile"],
                         terms_model=terms_model, **engine_options)
    for i, ext in enumerate(stream, 1):
        fresh[ext.paper_key] = _share_sentences(ext)
        if on_progress and (i % 64 == 0 or i == len(todo)):
            on_progress(i, len(todo))
    return fresh


def ingest_into(state: gstore.State, paths: Iterable[Path | str], *, fmt: str | None = None,
                jobs: int = 1, on_problem: Callable[[Problem], None] | None = None,
                on_progress: Callable[[int, int], None] | None = None,
                report: AddReport | None = None, **engine_options
                ) -> tuple[gstore.State, KnowledgeGraph]:
    """Feed the records in `paths` into the new (empty) `state` of a store being built.

    Returns the new state (with the rows of its keyed tables) and the graph.
    """
    from litgraph.resolve import Resolver

    report = report if report is not None else AddReport()
    t0 = time.perf_counter()
    dedup = state.dedup
    _read(dedup, paths, fmt, report, on_problem)
    papers = list(dedup.papers)
    report.new_papers = len(papers)
    report.merged = report.records - report.new_papers
    report.seconds["ingest"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    fresh = _extract(papers, state, jobs, on_progress, engine_options)
    exts = [fresh[p.key] for p in papers]
    report.extracted = len(papers)
    report.seconds["extract"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    resolver = Resolver(thesaurus=state.options["thesaurus"])
    resolver.add(papers, exts)
    resolved = resolver.result()
    report.seconds["resolve"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    tables = _DictTables()  # the resolver's tables, by the same update `add` runs
    upd = Updater(tables, resolver, 0)
    fps = {}
    for idx, (p, ext) in enumerate(zip(papers, exts)):
        fps[idx] = fingerprint(p)
        upd.paper(idx, p, fps[idx], ext)
    upd.run(fps, diff=False)
    report.seconds["tables"] = time.perf_counter() - t0
    dedup._papers = PaperList(len(papers))
    new = gstore.State(version=gstore.new_version(), options=state.options, dedup=dedup,
                       problems=state.problems + len(report.problems),
                       rows=[(ns, key, val) for (ns, key), val in tables.data.items()])
    kg = KnowledgeGraph(resolved, base=state.options["base"], problems=report.problems,
                        records=dedup.records)
    return new, kg


# -- the triple delta of the papers and entities that changed ----------------------------------


def _graphs(recs: list[tuple[PaperRec, Callable[[str], str]]], entities: dict,
            base: str) -> tuple[set[ox.Triple], set[ox.Triple]]:
    """Main and evidence triples of these papers (with their results) and entities."""
    links, rels, results, urls = [], [], [], []
    for rec, type_of in recs:
        links += rec.links
        rels += rec.relations()
        results += rec.results(type_of)
        urls += rec.urls
    outp = [EntityRelation(k, "outperforms", o, "", None)  # type: ignore[arg-type]
            for k, (_, objs) in sorted(entities.items()) for o in objs]
    main = Resolved([rec.paper for rec, _ in recs], {k: e for k, (e, _) in entities.items()},
                    links, outp, results, urls)
    evid = Resolved([], {}, links, rels, results, [])
    return (set(KnowledgeGraph(main, base=base).triples()),
            set(KnowledgeGraph(evid, base=base).evidence_triples()))


def delta(change: Change, base: str) -> tuple[list[ox.Quad], list[ox.Quad]]:
    """Quads to delete and to insert to apply `change` to the store."""
    old_main, old_ev = _graphs(
        [(o, change.old_type_of) for o, _ in change.papers.values() if o is not None],
        {k: o for k, (o, _) in change.entities.items() if o is not None}, base)
    new_main, new_ev = _graphs(
        [(n, change.type_of) for _, n in change.papers.values()],
        {k: n for k, (_, n) in change.entities.items() if n is not None}, base)

    def q(triples: set[ox.Triple], graph) -> list[ox.Quad]:
        return sorted((ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples),
                      key=str)

    delete = q(old_main - new_main, gstore.MAIN_GRAPH) + q(old_ev - new_ev,
                                                           gstore.EVIDENCE_GRAPH)
    insert = q(new_main - old_main, gstore.MAIN_GRAPH) + q(new_ev - old_ev,
                                                           gstore.EVIDENCE_GRAPH)
    return delete, insert


def full_graph(state: gstore.State, records: int | None = None) -> KnowledgeGraph:
    """The whole graph of a store, resolved at once from its stored papers and extractions
    (what `add --out` writes)."""
    from litgraph.resolve import Resolver

    n = len(state.dedup._papers)
    papers, exts = [], []
    for i in range(n):
        papers.append(state.tables.get("p", pidx(i)).paper)
        exts.append(state.tables.get("x", pidx(i)))
    resolver = Resolver(thesaurus=state.options["thesaurus"])
    resolver.add(papers, exts)
    return KnowledgeGraph(resolver.result(), base=state.options["base"], records=records)


# -- the two entry points ----------------------------------------------------------------------


def build_store(paths: Iterable[Path | str], store_dir: Path | str, *, fmt: str | None = None,
                base: str = DEFAULT_BASE, jobs: int = 1, profile: str = "fast",
                thesaurus: Path | str | None = None, stoplist: Path | str | None = None,
                terms_model: Path | str | None = None,
                on_problem: Callable[[Problem], None] | None = None,
                on_progress: Callable[[int, int], None] | None = None,
                write_store: bool = True,
                before_store: Callable[[KnowledgeGraph], tuple[Path, Path] | None] | None
                = None, **engine_options) -> KnowledgeGraph:
    """Build the graph of `paths` and write it as a new store in `store_dir` (replacing any
    store there atomically). Returns the graph, as :func:`litgraph.build.build` does.

    `before_store(kg)` runs between the graph and the store (the CLI writes the export files
    there); when it returns the (graph.nt, graph-evidence.nt) files it just wrote from `kg`,
    the store bulk-loads them instead of generating the triples again. `terms_model` (a
    `litgraph train-terms` directory) is recorded in the store and used again by `add`."""
    from litgraph.resolve import Thesaurus

    state = new_state(base, profile, Thesaurus.load(thesaurus, stoplist), terms_model)
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
    from litgraph.resolve import Resolver

    report = AddReport()
    with gstore.open_write(store_dir) as w:
        state = w.state
        base = state.options["base"]
        t0 = time.perf_counter()
        dedup = state.dedup
        plist: PaperList = dedup._papers
        plist.tables = state.tables
        n_old = len(plist)
        _read(dedup, paths, fmt, report, on_problem)
        report.new_papers = len(plist.new)
        report.merged = report.records - report.new_papers
        changed = {i: p for i, p in plist.loaded.items() if p != plist.recs[i].paper}
        report.changed_papers = len(changed)
        report.seconds["ingest"] = time.perf_counter() - t0

        t0 = time.perf_counter()
        papers = {**changed, **{n_old + i: p for i, p in enumerate(plist.new)}}
        fps = {i: fingerprint(p) for i, p in papers.items()}
        todo = [i for i in sorted(papers) if i >= n_old or plist.recs[i].fp != fps[i]]
        fresh = _extract([papers[i] for i in todo], state,
                         min(jobs, max(1, len(todo) // MIN_PAPERS_PER_JOB)), on_progress,
                         engine_options)
        report.extracted = len(todo)
        report.seconds["extract"] = time.perf_counter() - t0

        t0 = time.perf_counter()
        upd = Updater(state.tables, Resolver(thesaurus=state.options["thesaurus"]), n_old)
        upd.precs.update(plist.recs)
        for i in sorted(papers):
            upd.paper(i, papers[i], fps[i], fresh.get(papers[i].key) if i in todo else None)
        change = upd.run(fps)
        report.seconds["resolve"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        delete, insert = delta(change, base)
        report.seconds["delta"] = time.perf_counter() - t0
        report.deleted, report.inserted = len(delete), len(insert)
        t0 = time.perf_counter()
        if delete or insert or report.new_papers or report.changed_papers:
            new = gstore.State(version=gstore.new_version(), options=state.options, dedup=dedup,
                               problems=state.problems + len(report.problems),
                               tables=state.tables)
            w.commit(new, delete, insert)
        report.seconds["write"] = time.perf_counter() - t0
        if on_graph:
            on_graph(full_graph(w.state, dedup.records))
    return report
