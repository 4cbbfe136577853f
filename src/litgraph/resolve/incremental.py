"""Resolve incrementally: keep the corpus-level tables of :meth:`Resolver.result` in a keyed
store and update them when papers are added, recomputing only what the new papers touch.

The rules are :class:`~litgraph.resolve.Resolver`'s own (per paper, per entity key, per group
of variants, per paper again); this module only keeps their sums. The result is the one
`Resolver.result()` gives over all papers (the tests compare the two):

* an entity key's tables (surface forms, short forms, type votes, paper count, outperforms
  objects) are sums over its papers in corpus order; papers appended at the end of the corpus
  add to the stored sums (float type votes are summed in the same order as a full resolve); when
  a paper in the middle changes, the key's sums are recomputed from its per-paper rows;
* a paper's keys depend on the corpus-wide short-form map only through the short keys it looked
  up there; when a short form becomes defined or ambiguous, exactly those papers are re-resolved;
* an entity whose type changes re-runs the rules that read types (basedOn of the papers linking
  to it, metric check of the results naming it, the variants of its base group).

Tables (namespace, key -> value): ``p`` paper index -> :class:`PaperRec`; ``x`` paper index ->
Extraction; ``e`` entity key -> :class:`KeyRec`; ``c`` "key NUL index" -> the paper's
:class:`KeyContrib`; ``f`` "short key NUL index" -> the paper looked the short key up corpus-
wide; ``a`` short key -> Counter of long keys; ``b`` base key -> sorted variant candidates.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from litgraph.model import (
    Entity,
    EntityRelation,
    Evidence,
    Extraction,
    Link,
    Paper,
    PaperUrl,
    Result,
)
from litgraph.resolve import (
    KeyContrib,
    KeyTotals,
    Resolver,
    based_on_pairs,
    global_key_of,
    keep_metric,
)


class Tables(Protocol):
    def get(self, ns: str, key: str) -> Any: ...
    def put(self, ns: str, key: str, value: Any) -> None: ...  # None deletes
    def scan(self, ns: str, prefix: str) -> list[tuple[str, Any]]: ...


def pidx(i: int) -> str:
    return f"{i:09d}"


@dataclass
class PaperRec:
    """One stored paper: its record, what it contributed, and what of it is in the graph."""

    paper: Paper
    fp: str  # fingerprint of what the extraction depends on
    pkey: str = ""  # the paper key the extraction (and everything below) was made with
    keys: list[str] = field(default_factory=list)  # entity keys it contributes to
    ft: list[str] = field(default_factory=list)  # short keys it looked up corpus-wide
    abbr: list[tuple[str, str]] = field(default_factory=list)  # its abbreviation definitions
    links: list[Link] = field(default_factory=list)  # sorted by entity key
    rels: list[EntityRelation] = field(default_factory=list)  # extracted, resolved
    raw_results: list[Result] = field(default_factory=list)  # metric not yet checked
    urls: list[PaperUrl] = field(default_factory=list)
    based: list[tuple[str, str]] = field(default_factory=list)  # basedOn pairs it yields
    bo_rels: dict[tuple[str, str], EntityRelation] = field(default_factory=dict)  # credited

    def results(self, type_of: Callable[[str], str]) -> list[Result]:
        return [dataclasses.replace(r, metric_key=keep_metric(r.metric_key, type_of))
                for r in self.raw_results]

    def relations(self) -> list[EntityRelation]:
        have = {(r.subject_key, r.predicate, r.object_key) for r in self.rels}
        return self.rels + [r for (s, t), r in sorted(self.bo_rels.items())
                            if (s, "basedOn", t) not in have]


@dataclass
class KeyRec:
    t: KeyTotals = field(default_factory=KeyTotals)
    entity: Entity | None = None  # as in the graph: named by papers, or made from the gazetteer
    bkey: str | None = None  # the base group it is a member of
    bo: dict[str, dict[str, tuple[int, Evidence]]] = field(default_factory=dict)  # basedOn

    def outperforms(self) -> list[str]:
        return sorted(o for o, n in self.t.outperforms.items() if n > 0)


@dataclass
class Change:
    """What an update changed, as old and new values of the graph's subjects."""

    papers: dict[int, tuple[PaperRec | None, PaperRec]] = field(default_factory=dict)
    old_types: dict[str, str] = field(default_factory=dict)  # types before, where they changed
    entities: dict[str, tuple[tuple | None, tuple | None]] = field(default_factory=dict)
    type_of: Callable[[str], str] | None = None
    old_type_of: Callable[[str], str] | None = None


def same_contrib(a: KeyContrib | None, b: KeyContrib | None) -> bool:
    """Equal contributions (zero counts included: a form counted 0 times is an alias)."""
    if a is None or b is None:
        return a is b
    return (dict(a.forms) == dict(b.forms) and dict(a.shorts) == dict(b.shorts) and
            a.votes == b.votes and a.link == b.link and a.metric == b.metric and
            a.outperforms == b.outperforms)


def _copy_rec(r: PaperRec) -> PaperRec:
    return dataclasses.replace(r, bo_rels=dict(r.bo_rels))


def _copy_entity(e: Entity | None) -> Entity | None:
    return None if e is None else dataclasses.replace(e, aliases=list(e.aliases),
                                                      based_on=list(e.based_on))


class _Abbr:
    """short key -> long keys (the corpus-wide map), read from the tables on demand."""

    def __init__(self, tables: Tables) -> None:
        self.tables = tables
        self.cur: dict[str, Counter[str]] = {}
        self.old: dict[str, Counter[str]] = {}

    def counter(self, s: str) -> Counter[str]:
        c = self.cur.get(s)
        if c is None:
            c = self.cur[s] = self.tables.get("a", s) or Counter()
            self.old[s] = Counter(c)
        return c

    def get(self, s: str) -> list[str] | None:
        c = self.counter(s)
        return [k for k, n in c.items() if n > 0] or None

    @staticmethod
    def meaning(c: Counter[str]) -> str | None:
        longs = [k for k, n in c.items() if n > 0]
        return longs[0] if len(longs) == 1 else None

    def changed(self) -> list[str]:
        return sorted(s for s in self.cur if self.meaning(self.old[s]) != self.meaning(self.cur[s]))

    def flush(self) -> None:
        for s, c in self.cur.items():
            c = +c
            if c != +self.old[s]:
                self.tables.put("a", s, c or None)


class Updater:
    """One update of the tables: feed it the papers that are new or changed, then `run`."""

    def __init__(self, tables: Tables, resolver: Resolver, n_old: int) -> None:
        self.tables, self.r, self.n_old = tables, resolver, n_old
        self.precs: dict[int, PaperRec | None] = {}  # loaded (old) paper records
        self.new_precs: dict[int, PaperRec] = {}
        self.krecs: dict[str, KeyRec] = {}
        self.old_keys: dict[str, tuple[bool, Entity | None, list[str], str | None]] = {}
        self.old_bo: dict[str, dict[str, dict[str, tuple[int, Evidence]]]] = {}
        self.groups: dict[str, list[str]] = {}
        self.groups_dirty: set[str] = set()
        self.abbr = _Abbr(tables)
        self.exts: dict[int, Extraction] = {}
        self.meta: dict[int, Paper] = {}

    # -- loading -------------------------------------------------------------------------------

    def prec(self, idx: int) -> PaperRec | None:
        if idx not in self.precs:
            self.precs[idx] = self.tables.get("p", pidx(idx)) if idx < self.n_old else None
        return self.precs[idx]

    def new_prec(self, idx: int) -> PaperRec:
        rec = self.new_precs.get(idx)
        if rec is None:
            rec = self.new_precs[idx] = _copy_rec(self.prec(idx))
        return rec

    def krec(self, key: str) -> KeyRec:
        rec = self.krecs.get(key)
        if rec is None:
            rec = self.krecs[key] = self.tables.get("e", key) or KeyRec()
            self.old_keys[key] = (rec.t.refs > 0, _copy_entity(rec.entity), rec.outperforms(),
                                  None)
            self.old_bo[key] = rec.bo
            rec.bo = {t: dict(ps) for t, ps in rec.bo.items()}
        return rec

    def group(self, bkey: str) -> list[str]:
        g = self.groups.get(bkey)
        if g is None:
            g = self.groups[bkey] = list(self.tables.get("b", bkey) or [])
        return g

    # -- input ---------------------------------------------------------------------------------

    def paper(self, idx: int, paper: Paper, fp: str, ext: Extraction | None) -> None:
        """Paper `idx` is new or changed; `ext` is its new extraction (None: text unchanged)."""
        if ext is not None:
            self.exts[idx] = ext
        self.meta[idx] = paper

    # -- the update ----------------------------------------------------------------------------

    def run(self, fps: dict[int, str], diff: bool = True) -> Change:
        r, tables = self.r, self.tables
        change = Change()
        # 1. abbreviation definitions, and the short forms whose corpus-wide meaning changed
        for idx, ext in self.exts.items():
            old = self.prec(idx)
            for s, lf in (old.abbr if old else []):
                self.abbr.counter(s)[lf] -= 1
            for s, lf in r.abbreviations(ext):
                self.abbr.counter(s)[lf] += 1
        global_key = global_key_of(self.abbr)
        remap: set[int] = set()
        for s in self.abbr.changed():
            for k, _ in tables.scan("f", s + "\0"):
                idx = int(k.rpartition("\0")[2])
                if idx not in self.exts:
                    remap.add(idx)
        for idx in remap:
            self.exts[idx] = tables.get("x", pidx(idx))

        # 2. re-resolve the papers; recompute the sums of keys touched by papers in the middle
        recompute: set[str] = set()
        appended: dict[str, list[KeyContrib]] = {}
        for idx in sorted(self.exts):
            ext = self.exts[idx]
            old = self.prec(idx)
            loc = r.local(ext, global_key)
            if old is not None:  # a paper in the middle: keys whose contribution changed
                for key in set(old.keys) | loc.keys.keys():
                    row = f"{key}\0{pidx(idx)}"
                    c = loc.keys.get(key)
                    if not same_contrib(tables.get("c", row) if key in old.keys else None, c):
                        recompute.add(key)
                        tables.put("c", row, c)
                for k in set(old.ft) ^ loc.fallthrough:
                    tables.put("f", f"{k}\0{pidx(idx)}", True if k in loc.fallthrough else None)
            else:
                for key, c in loc.keys.items():
                    tables.put("c", f"{key}\0{pidx(idx)}", c)
                    appended.setdefault(key, []).append(c)
                for k in loc.fallthrough:
                    tables.put("f", f"{k}\0{pidx(idx)}", True)
            paper = self.meta.get(idx) or old.paper
            rec = PaperRec(paper, fps.get(idx, old.fp if old else ""), ext.paper_key,
                           sorted(loc.keys), sorted(loc.fallthrough), r.abbreviations(ext),
                           loc.links(), list(loc.relations.values()), list(loc.results.values()),
                           list(loc.urls.values()), list(old.based) if old else [],
                           dict(old.bo_rels) if old else {})
            self.new_precs[idx] = rec
        for idx, paper in self.meta.items():
            if idx not in self.new_precs:
                self.new_prec(idx).paper = paper
        for key, cs in appended.items():
            if key not in recompute:
                t = self.krec(key).t
                for c in cs:
                    t.add(c)
        for key in sorted(recompute):
            t = self.krec(key).t = KeyTotals()
            for _, c in tables.scan("c", key + "\0"):
                t.add(c)
        touched = recompute | appended.keys()

        # 3. entities of the touched keys; type changes; base groups
        core: dict[str, Entity | None] = {}
        type_changed: list[str] = []
        regroup: set[str] = set()
        for key in sorted(touched):
            rec = self.krec(key)
            was_used, old_ent, _, _ = self.old_keys[key]
            ent = r.entity(key, rec.t) if rec.t.refs > 0 else None
            core[key] = ent
            old_core = old_ent if was_used else None
            if (old_core is None) != (ent is None) or (
                    ent is not None and (old_core.type, old_core.label) != (ent.type,
                                                                            ent.label)):
                if old_core is not None and ent is not None and old_core.type != ent.type:
                    type_changed.append(key)
                    change.old_types[key] = old_core.type
                if (old_core is None) != (ent is None) or old_core.type != ent.type:
                    regroup.add(key)  # as the base of a group
                b = r.base_of(ent) if ent is not None else None
                if rec.bkey is not None:
                    g = self.group(rec.bkey)
                    if key in g:
                        g.remove(key)
                    self.groups_dirty.add(rec.bkey)
                    regroup.add(rec.bkey)
                rec.bkey = b[0] if b else None
                if b:
                    g = self.group(b[0])
                    g.append(key)
                    g.sort()
                    self.groups_dirty.add(b[0])
                    regroup.add(b[0])

        def used(key: str) -> bool:
            return self.krec(key).t.refs > 0

        def core_of(key: str) -> Entity | None:
            if key in core:
                return core[key]
            rec = self.krec(key)
            return rec.entity if rec.t.refs > 0 else None

        def type_of(key: str) -> str:
            return core_of(key).type

        # 4. rules that read types: basedOn and metric checks of the papers concerned
        based_todo = set(self.exts)
        results_todo = set(self.exts)
        for key in type_changed:
            new_t = core[key].type
            old_t = change.old_types[key]
            if (old_t == "Model") != (new_t == "Model") or (old_t == "Metric") != (
                    new_t == "Metric"):
                for k, c in tables.scan("c", key + "\0"):
                    idx = int(k.rpartition("\0")[2])
                    if c.link and (old_t == "Model") != (new_t == "Model"):
                        based_todo.add(idx)
                    if c.metric and (old_t == "Metric") != (new_t == "Metric"):
                        results_todo.add(idx)
        pairs_changed: set[tuple[str, str]] = set()
        for idx in sorted(based_todo):
            rec = self.new_prec(idx)
            old = self.prec(idx)
            old_pk = old.pkey if old else rec.pkey
            new_pairs = based_on_pairs(rec.links, type_of)
            for s, t in (old.based if old else []):
                self.krec(s).bo.get(t, {}).pop(old_pk, None)
                pairs_changed.add((s, t))
            for s, t, lk in new_pairs:
                self.krec(s).bo.setdefault(t, {})[rec.pkey] = (idx, lk.evidence)
                pairs_changed.add((s, t))
            rec.based = [(s, t) for s, t, _ in new_pairs]
        bo_changed: set[str] = set()
        for s, t in sorted(pairs_changed):
            rec = self.krec(s)
            old_bo = self.old_bo[s].get(t, {})
            old_credit = min(old_bo.items()) if old_bo else None
            ps = rec.bo.get(t) or {}
            if not ps:
                rec.bo.pop(t, None)
            credit = min(ps.items()) if ps else None
            bo_changed.add(s)
            if old_credit == credit:
                continue
            if old_credit is not None:
                self.new_prec(old_credit[1][0]).bo_rels.pop((s, t), None)
            if credit is not None:
                pk, (idx, ev) = credit
                self.new_prec(idx).bo_rels[(s, t)] = EntityRelation(s, "basedOn", t, pk, ev)

        # 5. variant groups
        variant_of: dict[str, str | None] = {}
        made: dict[str, Entity | None] = {}
        for bkey in sorted(regroup):
            members = []
            for key in self.group(bkey):
                ent = core_of(key)
                members.append((key, ent.type, r.base_of(ent)[1]))
            variants, base_ent, _ = r.variant_group(
                bkey, members, type_of(bkey) if used(bkey) else None)
            for key, _, _ in members:
                variant_of[key] = variants.get(key)
            made[bkey] = base_ent

        # 6. the entities as in the graph
        for key in sorted(touched | bo_changed | variant_of.keys() | made.keys()):
            rec = self.krec(key)
            if used(key):
                ent = _copy_entity(core_of(key))
                ent.papers = rec.t.papers
                ent.variant_of = variant_of[key] if key in variant_of else (
                    rec.entity.variant_of if rec.entity is not None else None)
                ent.based_on = sorted(t for t, ps in rec.bo.items() if ps)
            elif key in made:
                ent = made[key]
            else:  # not named by any paper, before or now: made from the gazetteer or not
                ent = rec.entity
            rec.entity = ent
        if diff:
            for key in self.krecs:
                _, old_ent, old_out, _ = self.old_keys[key]
                rec = self.krecs[key]
                new = (rec.entity, rec.outperforms()) if rec.entity is not None else None
                old = (old_ent, old_out) if old_ent is not None else None
                if old != new:
                    change.entities[key] = (old, new)

        # 7. papers whose results' metric check may have changed, and the write-back
        for idx in results_todo:
            self.new_prec(idx)
        for idx, rec in self.new_precs.items():
            change.papers[idx] = (self.prec(idx), rec)
        for idx, rec in self.new_precs.items():
            tables.put("p", pidx(idx), rec)
        for idx in sorted(self.exts):
            if idx not in remap:
                tables.put("x", pidx(idx), self.exts[idx])
        for key, rec in self.krecs.items():
            tables.put("e", key, rec if rec.t.refs > 0 or rec.entity is not None or rec.bo
                       else None)
        for bkey in self.groups_dirty:
            tables.put("b", bkey, self.groups[bkey] or None)
        self.abbr.flush()
        def old_type_of(key: str) -> str:
            if key in self.old_keys:
                return self.old_keys[key][1].type
            return type_of(key)

        change.type_of, change.old_type_of = type_of, old_type_of
        return change

