"""Resolve: turn per-paper mentions into one node per real-world thing across the corpus.

Identity is the folded name (case, punctuation, spaces ignored: "LLaMA-2" = "Llama 2"), mapped
through the gazetteer's canonical names and aliases, and through abbreviation definitions
("Low-Rank Adaptation (LoRA)"): inside a paper a defined short form means its long form; across
the corpus a short form means the long form it is defined with, when that is unambiguous.
Version suffixes keep things apart ("GPT-4" is not "GPT-3.5"); a name that is another name
plus a size or release suffix ("Llama-2-7B") becomes a variant of it. An entity's type is the
confidence-weighted majority of its mentions' types (corpus-level voting).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from litgraph.gazetteer import Gazetteer, fold
from litgraph.gazetteer import load as load_gazetteer
from litgraph.model import (
    ENTITY_TYPES,
    ROLES,
    Entity,
    EntityRelation,
    Extraction,
    Link,
    Paper,
    PaperUrl,
    Resolved,
    Result,
)
from litgraph.resolve.thesaurus import Thesaurus
from litgraph.variants import base_name

__all__ = ["Resolver", "Thesaurus", "resolve"]

_ROLE_RANK = {r: i for i, r in enumerate(ROLES)}
_PLURAL_ACRONYM = re.compile(r"^([A-Z][A-Za-z0-9\-]*[A-Z0-9])s$")


def _singular(name: str) -> str:
    m = _PLURAL_ACRONYM.match(name)
    return m.group(1) if m else name


_BASED_ON = re.compile(r"fine-?tun|based on|built (up)?on|initiali[sz]ed from|trained from|"
                       r"on top of", re.I)


def _counter(d: dict[str, Any]) -> Counter:
    c: Counter = Counter()
    dict.update(c, d)  # Counter(d) goes through a slow isinstance(Mapping) check
    return c


def _make(cls: type, counters: tuple[str, ...], d: dict[str, Any]) -> Any:
    obj = cls.__new__(cls)
    for name in counters:
        d[name] = _counter(d[name])
    obj.__dict__.update(d)
    return obj


@dataclass
class KeyContrib:
    """What one paper contributes to one entity key (summed over the corpus, in paper order)."""

    forms: Counter[str] = field(default_factory=Counter)  # surface forms (count 0: alias only)
    shorts: Counter[str] = field(default_factory=Counter)  # defined short forms
    votes: list[tuple[str, float]] = field(default_factory=list)  # (type, confidence), in order
    link: bool = False  # the paper links to the entity
    metric: bool = False  # a result of the paper names it as its metric
    outperforms: list[str] = field(default_factory=list)  # objects of "key outperforms o"

    def __reduce__(self):  # compact and fast to unpickle (there is one per paper and key)
        return _make, (KeyContrib, ("forms", "shorts"),
                       {k: dict(v) if isinstance(v, Counter) else v
                        for k, v in self.__dict__.items()})


@dataclass
class PaperLocal:
    """Everything resolving one paper's extraction yields, given the corpus-wide short-form map
    (`global_key`). The corpus-level tables are sums of these, in paper order."""

    paper_key: str
    keys: dict[str, KeyContrib] = field(default_factory=dict)
    fallthrough: set[str] = field(default_factory=set)  # short keys looked up corpus-wide
    best: dict[str, tuple] = field(default_factory=dict)  # key -> (rank, -conf, order, Link)
    relations: dict[tuple[str, str, str, str], EntityRelation] = field(default_factory=dict)
    results: dict[str, Result] = field(default_factory=dict)
    urls: dict[tuple[str, str], PaperUrl] = field(default_factory=dict)

    def links(self) -> list[Link]:
        return sorted((v[3] for v in self.best.values()), key=lambda lk: lk.entity_key)


@dataclass
class KeyTotals:
    """Corpus-level tables of one entity key: the sum of its papers' :class:`KeyContrib`."""

    forms: Counter[str] = field(default_factory=Counter)
    shorts: Counter[str] = field(default_factory=Counter)
    votes: Counter[str] = field(default_factory=Counter)
    refs: int = 0  # papers contributing
    papers: int = 0  # papers linking
    outperforms: Counter[str] = field(default_factory=Counter)  # object -> papers

    def __reduce__(self):
        return _make, (KeyTotals, ("forms", "shorts", "votes", "outperforms"),
                       {k: dict(v) if isinstance(v, Counter) else v
                        for k, v in self.__dict__.items()})

    def add(self, c: KeyContrib) -> None:
        for f, n in c.forms.items():
            self.forms[f] += n
        for f, n in c.shorts.items():
            self.shorts[f] += n
        for t, conf in c.votes:  # one by one, in order: float sums depend on the order
            self.votes[t] += conf
        self.refs += 1
        self.papers += c.link
        for o in c.outperforms:
            self.outperforms[o] += 1


def global_key_of(short_to_long: dict[str, Iterable[str]]) -> Callable[[str], str]:
    """Across the corpus a short form means the long form it is defined with, when that is
    unambiguous (one long key)."""
    def global_key(k: str) -> str:
        longs = short_to_long.get(k)
        if longs and len(longs) == 1:
            return next(iter(longs))
        return k
    return global_key


def keep_metric(metric_key: str | None, type_of: Callable[[str], str]) -> str | None:
    """A result's metric must be a Metric ("AlpacaEval score" names a benchmark, not one)."""
    return metric_key if metric_key and type_of(metric_key) == "Metric" else None


def based_on_pairs(plinks: list[Link], type_of: Callable[[str], str]
                   ) -> list[tuple[str, str, Link]]:
    """basedOn: a paper's proposed model fine-tuned from / built on a model it uses.
    `plinks`: the paper's links sorted by entity key; (source, target, uses-link) pairs."""
    proposed = [lk for lk in plinks if lk.role == "proposes" and
                type_of(lk.entity_key) == "Model"]
    if len(proposed) != 1:
        return []
    src = proposed[0].entity_key
    return [(src, lk.entity_key, lk) for lk in plinks
            if lk.role == "uses" and type_of(lk.entity_key) == "Model" and
            _BASED_ON.search(lk.evidence.sentence) and lk.entity_key != src]


class Resolver:
    """Collects extractions (in order), then resolves them all at once in :meth:`result`.

    The rules are per paper (:meth:`abbreviations`, :meth:`local`), per entity key
    (:meth:`entity`), per group of variants (:meth:`variant_group`) and per paper again
    (:func:`based_on_pairs`, :func:`keep_metric`); :meth:`result` sums them over the corpus, and
    :mod:`litgraph.resolve.incremental` updates the same sums when papers are added.
    """

    def __init__(self, gazetteer: Gazetteer | None = None, thesaurus: Thesaurus | None = None
                 ) -> None:
        self.gazetteer = gazetteer or load_gazetteer()
        self.thesaurus = thesaurus or Thesaurus()
        self.papers: list[Paper] = []
        self.extractions: list[Extraction] = []
        self._clean_cache: dict[str, str | None] = {}
        self._key_cache: dict[str, str] = {}

    def add(self, papers: Iterable[Paper], extractions: Iterable[Extraction]) -> None:
        self.papers.extend(papers)
        self.extractions.extend(extractions)

    # -- naming --------------------------------------------------------------------------------

    def _clean(self, name: str | None) -> str | None:
        if not name:
            return None
        try:
            return self._clean_cache[name]
        except KeyError:
            pass
        clean = self.thesaurus.apply(name)
        if not clean or self.gazetteer.is_generic(clean):
            clean = None
        else:
            clean = _singular(clean.strip())
        self._clean_cache[name] = clean
        return clean

    def _key(self, name: str) -> str:
        try:
            return self._key_cache[name]
        except KeyError:
            pass
        entry = self.gazetteer.lookup(name)
        key = self._key_cache[name] = fold(entry.canonical) if entry else fold(name)
        return key

    # -- per paper -----------------------------------------------------------------------------

    def abbreviations(self, ext: Extraction) -> list[tuple[str, str]]:
        """Abbreviation definitions of one paper: (short key, long key), one per mention."""
        out = []
        for m in ext.mentions:
            short, long_ = self._clean(m.text), self._clean(m.long_form)
            if short and long_ and not self.gazetteer.lookup(short):
                out.append((fold(short), self._key(long_)))
        return out

    def local(self, ext: Extraction, global_key: Callable[[str], str]) -> PaperLocal:
        """Resolve one paper's mentions, relations, results and URLs to entity keys."""
        loc = PaperLocal(ext.paper_key)
        keys = loc.keys
        local: dict[str, str] = {}
        own_generic: dict[str, str] = {}
        for m in ext.mentions:  # paper-local abbreviation scope
            short, long_ = self._clean(m.text), self._clean(m.long_form)
            if short and long_:
                k = self.gazetteer.defined(short, long_)
                local[fold(short)] = fold(k.canonical) if k else fold(long_)
                local[fold(long_)] = local[fold(short)]
                # (and its plural: the title's "... Collaborative Networks" is the abstract's
                # "... Collaborative Network (SGGLC-Net)")
                local.setdefault(fold(long_) + "s", local[fold(short)])
            elif long_ and self.thesaurus.apply(m.text):
                # "We propose Instruction Influence Disentanglement (IID)": the paper gives a
                # generic short form a meaning of its own (the thesaurus still deletes)
                own_generic[fold(m.text)] = fold(long_)

        def key_for(name: str) -> str | None:
            clean = self._clean(name)
            if clean is None:
                return own_generic.get(fold(name)) if own_generic else None
            k = fold(clean)
            if not k:
                return None
            if k in local:
                return local[k]
            entry = self.gazetteer.lookup(clean)
            if entry:
                return fold(entry.canonical)
            loc.fallthrough.add(k)
            return global_key(k)

        def contrib(key: str) -> KeyContrib:
            c = keys.get(key)
            if c is None:
                c = keys[key] = KeyContrib()
            return c

        order = 0
        for m in ext.mentions:
            key = key_for(m.known_as or m.text)
            if key is None:
                continue
            c = contrib(key)
            clean = self._clean(m.text) or m.text
            c.forms[clean] += 1
            if clean != m.text:
                c.forms[m.text.strip()] += 0  # "FLOPs" stays an alias of "FLOP"
            if m.long_form:
                lf = self._clean(m.long_form)
                if lf:
                    c.forms[lf] += 0  # an alias, never the preferred label by count
                    c.shorts[clean] += 1
            c.votes.append((m.type, m.type_confidence))
            order += 1
            cand = (_ROLE_RANK[m.role], -m.evidence.confidence, order,
                    Link(ext.paper_key, m.role, key, m.evidence))
            prev = loc.best.get(key)
            if prev is None or cand[:3] < prev[:3]:
                loc.best[key] = cand
                c.link = True
        for r in ext.relations:
            s, o = key_for(r.subject), key_for(r.object)
            if s and o and s != o:
                contrib(s).forms[self._clean(r.subject) or r.subject] += 0
                contrib(o).forms[self._clean(r.object) or r.object] += 0
                if (s, r.predicate, o, ext.paper_key) not in loc.relations:
                    loc.relations[(s, r.predicate, o, ext.paper_key)] = EntityRelation(
                        s, r.predicate, o, ext.paper_key, r.evidence)
                    if r.predicate == "outperforms":
                        keys[s].outperforms.append(o)
        for res in ext.results:
            s, b = key_for(res.subject), key_for(res.benchmark)
            mk = key_for(res.metric) if res.metric else None
            if not (s and b):
                continue
            contrib(s).forms[self._clean(res.subject) or res.subject] += 0
            contrib(b).forms[self._clean(res.benchmark) or res.benchmark] += 0
            if mk and res.metric:
                contrib(mk).forms[self._clean(res.metric) or res.metric] += 0
            rid = hashlib.sha1("|".join((ext.paper_key, s, b, mk or "", res.value_text,
                                         str(res.evidence.start))).encode()).hexdigest()[:16]
            if rid not in loc.results:
                loc.results[rid] = Result(rid, ext.paper_key, s, b, res.value, res.value_text,
                                          res.evidence, mk, res.unit)
                if mk:
                    keys[mk].metric = True
        for u in ext.urls:
            loc.urls.setdefault((ext.paper_key, u.url), PaperUrl(ext.paper_key, u.url,
                                                                 u.evidence))
        return loc

    # -- per entity ----------------------------------------------------------------------------

    def entity(self, key: str, t: KeyTotals) -> Entity:
        """The entity of `key` (type, label, aliases) from its corpus-level tables."""
        entry = self.gazetteer.lookup_key(key) if key else None
        if entry is not None and entry.cased and not any(
                self.gazetteer.lookup(f) is entry for f in t.forms):
            entry = None  # "CoLa" (a paper's own name) is not the case-sensitive CoLA
        votes = t.votes
        if entry is not None and fold(entry.canonical) == key:
            votes = votes.copy()
            votes[entry.type] += 1.0  # the curated type is one strong vote
            if entry.type == "Dataset":
                # ... but whether known data is a benchmark depends on its use (annotation
                # guide): scored on, it is one; the mentions decide, a tie stays Dataset.
                votes["Benchmark"] += 1.0
            label = entry.canonical
            aliases = set(entry.aliases) & set(t.forms)
        else:
            label = self._label(t.forms, t.shorts)
            aliases = set()
        typ = max(ENTITY_TYPES, key=lambda t: (votes.get(t, 0.0), -ENTITY_TYPES.index(t)))
        aliases |= set(t.forms)
        aliases.discard(label)
        return Entity(key, typ, label, sorted(aliases))

    def base_of(self, ent: Entity) -> tuple[str, str] | None:
        """(base key, base name) when the entity's label is a variant name ("Llama-2-7B")."""
        base = base_name(ent.label)
        if not base:
            return None
        bkey = self._key(base)
        return None if bkey == ent.key else (bkey, base)

    def variant_group(self, bkey: str, members: list[tuple[str, str, str]],
                      used_type: str | None) -> tuple[dict[str, str], Entity | None, str | None]:
        """Variants: "Llama-2-7B" -> "Llama-2" when that base is an entity or a known name.

        `members`: (key, type, base name) of the entities whose base key is `bkey`, sorted by
        key; `used_type`: the type of entity `bkey`, or None when no paper names it. Returns
        {member key: bkey} for the variants, the gazetteer entity made for `bkey` when it is
        not named by any paper but known (or None), and the member that made it."""
        out: dict[str, str] = {}
        made, maker = None, None
        for key, typ, base in members:
            if used_type is None and made is None:
                entry = self.gazetteer.lookup(base)
                if entry is None or typ != entry.type:
                    continue
                made, maker = Entity(bkey, entry.type, entry.canonical, []), key
            if (used_type if used_type is not None else made.type) == typ:
                out[key] = bkey
        return out, made, maker

    # -- the whole corpus ----------------------------------------------------------------------

    def result(self) -> Resolved:
        exts = self.extractions
        # Pass 1: abbreviation definitions across the corpus: short key -> long keys.
        short_to_long: dict[str, set[str]] = defaultdict(set)
        for ext in exts:
            for short, long_ in self.abbreviations(ext):
                short_to_long[short].add(long_)
        global_key = global_key_of(short_to_long)

        totals: dict[str, KeyTotals] = defaultdict(KeyTotals)
        links: list[Link] = []
        relations: dict[tuple[str, str, str, str], EntityRelation] = {}
        results: dict[str, Result] = {}
        urls: dict[tuple[str, str], PaperUrl] = {}
        for ext in exts:
            loc = self.local(ext, global_key)
            for key, c in loc.keys.items():
                totals[key].add(c)
            links.extend(v[3] for v in loc.best.values())
            for k, rel in loc.relations.items():
                relations.setdefault(k, rel)
            for k, res in loc.results.items():
                results.setdefault(k, res)
            for k, u in loc.urls.items():
                urls.setdefault(k, u)

        entities: dict[str, Entity] = {key: self.entity(key, totals[key])
                                       for key in sorted(totals)}
        groups: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        for key, ent in entities.items():
            b = self.base_of(ent)
            if b:
                groups[b[0]].append((key, ent.type, b[1]))
        made = []
        for bkey, members in groups.items():
            used = entities.get(bkey)
            variants, base_ent, maker = self.variant_group(
                bkey, members, used.type if used is not None else None)
            for key, b in variants.items():
                entities[key].variant_of = b
            if base_ent is not None:
                made.append((maker, base_ent))
        for _, base_ent in sorted(made, key=lambda m: m[0]):
            entities[base_ent.key] = base_ent

        def type_of(key: str) -> str:
            return entities[key].type

        for res in results.values():
            res.metric_key = keep_metric(res.metric_key, type_of)
        links.sort(key=lambda lk: (lk.paper_key, lk.entity_key))
        for key, t in totals.items():
            entities[key].papers = t.papers
        by_paper: dict[str, list[Link]] = defaultdict(list)
        for lk in links:
            by_paper[lk.paper_key].append(lk)
        for paper_key, plinks in by_paper.items():
            for src_key, target, lk in based_on_pairs(plinks, type_of):
                src = entities[src_key]
                if target not in src.based_on:  # the first paper (by key) gives the evidence
                    src.based_on.append(target)
                    src.based_on.sort()
                    relations.setdefault((src_key, "basedOn", target, paper_key),
                                         EntityRelation(src_key, "basedOn", target, paper_key,
                                                        lk.evidence))
        rel_list = sorted(relations.values(), key=lambda r: (r.subject_key, r.predicate,
                                                              r.object_key, r.paper_key))
        res_list = sorted(results.values(), key=lambda r: (r.paper_key, r.key))
        url_list = sorted(urls.values(), key=lambda u: (u.paper_key, u.url))
        return Resolved(self.papers, entities, links, rel_list, res_list, url_list)

    @staticmethod
    def _label(forms: Counter[str], shorts: Counter[str]) -> str:
        """Most used form; a defined short form ("LoRA") beats its long form."""
        pool = shorts if shorts else forms
        if not pool:
            return ""
        return min(pool, key=lambda f: (-pool[f], -sum(c.isupper() for c in f), f))


def resolve(papers: list[Paper], extractions: Iterable[Extraction],
            thesaurus: Thesaurus | None = None, gazetteer: Gazetteer | None = None
            ) -> Resolved:
    r = Resolver(gazetteer, thesaurus)
    r.add(papers, extractions)
    return r.result()
