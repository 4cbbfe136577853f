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
from collections.abc import Iterable

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
from litgraph.resolve.variants import base_name

__all__ = ["Resolver", "Thesaurus", "resolve"]

_ROLE_RANK = {r: i for i, r in enumerate(ROLES)}
_PLURAL_ACRONYM = re.compile(r"^([A-Z][A-Za-z0-9\-]*[A-Z0-9])s$")


def _singular(name: str) -> str:
    m = _PLURAL_ACRONYM.match(name)
    return m.group(1) if m else name


class Resolver:
    """Collects extractions (in order), then resolves them all at once in :meth:`result`."""

    def __init__(self, gazetteer: Gazetteer | None = None, thesaurus: Thesaurus | None = None
                 ) -> None:
        self.gazetteer = gazetteer or load_gazetteer()
        self.thesaurus = thesaurus or Thesaurus()
        self.papers: list[Paper] = []
        self.extractions: list[Extraction] = []

    def add(self, papers: Iterable[Paper], extractions: Iterable[Extraction]) -> None:
        self.papers.extend(papers)
        self.extractions.extend(extractions)

    # -- naming --------------------------------------------------------------------------------

    def _clean(self, name: str | None) -> str | None:
        if not name:
            return None
        name = self.thesaurus.apply(name)
        if not name or self.gazetteer.is_generic(name):
            return None
        return _singular(name.strip())

    def _key(self, name: str) -> str:
        entry = self.gazetteer.lookup(name)
        return fold(entry.canonical) if entry else fold(name)

    def result(self) -> Resolved:
        exts = self.extractions
        # Pass 1: abbreviation definitions across the corpus: short key -> long keys.
        short_to_long: dict[str, set[str]] = defaultdict(set)
        for ext in exts:
            for m in ext.mentions:
                short, long_ = self._clean(m.text), self._clean(m.long_form)
                if short and long_ and not self.gazetteer.lookup(short):
                    short_to_long[fold(short)].add(self._key(long_))

        def key_for(name: str, local: dict[str, str]) -> str | None:
            clean = self._clean(name)
            if clean is None:
                return None
            k = fold(clean)
            if not k:
                return None
            if k in local:
                return local[k]
            entry = self.gazetteer.lookup(clean)
            if entry:
                return fold(entry.canonical)
            longs = short_to_long.get(k)
            if longs and len(longs) == 1:
                return next(iter(longs))
            return k

        forms: dict[str, Counter[str]] = defaultdict(Counter)  # key -> surface forms
        short_forms: dict[str, Counter[str]] = defaultdict(Counter)
        type_votes: dict[str, Counter[str]] = defaultdict(Counter)
        best: dict[tuple[str, str], tuple] = {}  # (paper, entity) -> (rank, -conf, order, link)
        relations: dict[tuple[str, str, str, str], EntityRelation] = {}
        results: dict[str, Result] = {}
        urls: dict[tuple[str, str], PaperUrl] = {}
        order = 0
        for ext in exts:
            local: dict[str, str] = {}
            for m in ext.mentions:  # paper-local abbreviation scope
                short, long_ = self._clean(m.text), self._clean(m.long_form)
                if short and long_:
                    k = self.gazetteer.lookup(short)
                    local[fold(short)] = fold(k.canonical) if k else self._key(long_)
                    local[fold(long_)] = local[fold(short)]
            for m in ext.mentions:
                key = key_for(m.text, local)
                if key is None:
                    continue
                clean = self._clean(m.text) or m.text
                forms[key][clean] += 1
                if m.long_form:
                    lf = self._clean(m.long_form)
                    if lf:
                        forms[key][lf] += 0  # an alias, never the preferred label by count
                        short_forms[key][clean] += 1
                type_votes[key][m.type] += m.type_confidence
                order += 1
                cand = (_ROLE_RANK[m.role], -m.evidence.confidence, order,
                        Link(ext.paper_key, m.role, key, m.evidence))
                prev = best.get((ext.paper_key, key))
                if prev is None or cand[:3] < prev[:3]:
                    best[(ext.paper_key, key)] = cand
            for r in ext.relations:
                s, o = key_for(r.subject, local), key_for(r.object, local)
                if s and o and s != o:
                    forms[s][self._clean(r.subject) or r.subject] += 0
                    forms[o][self._clean(r.object) or r.object] += 0
                    relations.setdefault((s, r.predicate, o, ext.paper_key),
                                         EntityRelation(s, r.predicate, o, ext.paper_key,
                                                        r.evidence))
            for res in ext.results:
                s, b = key_for(res.subject, local), key_for(res.benchmark, local)
                mk = key_for(res.metric, local) if res.metric else None
                if not (s and b):
                    continue
                forms[s][self._clean(res.subject) or res.subject] += 0
                forms[b][self._clean(res.benchmark) or res.benchmark] += 0
                if mk and res.metric:
                    forms[mk][self._clean(res.metric) or res.metric] += 0
                rid = hashlib.sha1("|".join((ext.paper_key, s, b, mk or "", res.value_text,
                                             str(res.evidence.start))).encode()).hexdigest()[:16]
                results.setdefault(rid, Result(rid, ext.paper_key, s, b, res.value,
                                               res.value_text, res.evidence, mk, res.unit))
            for u in ext.urls:
                urls.setdefault((ext.paper_key, u.url), PaperUrl(ext.paper_key, u.url, u.evidence))

        # Entities referenced only by relations/results still need a node.
        for rel in relations.values():
            for k in (rel.subject_key, rel.object_key):
                type_votes[k]  # noqa: B018 - touch so the key exists
        entities: dict[str, Entity] = {}
        used_keys = set(forms) | {r.subject_key for r in results.values()} | \
            {r.benchmark_key for r in results.values()} | \
            {r.metric_key for r in results.values() if r.metric_key} | \
            {k for rel in relations.values() for k in (rel.subject_key, rel.object_key)}
        for key in sorted(used_keys):
            entry = self.gazetteer.lookup_key(key) if key else None
            votes = type_votes.get(key) or Counter()
            if entry is not None and fold(entry.canonical) == key:
                votes = votes.copy()
                votes[entry.type] += 1.0  # the curated type is one strong vote
                label = entry.canonical
                aliases = set(entry.aliases) & set(forms[key])
            else:
                label = self._label(forms[key], short_forms[key])
                aliases = set()
            typ = max(ENTITY_TYPES, key=lambda t: (votes.get(t, 0.0), -ENTITY_TYPES.index(t)))
            aliases |= set(forms[key])
            aliases.discard(label)
            entities[key] = Entity(key, typ, label, sorted(aliases))

        # Variants: "Llama-2-7B" -> "Llama-2" when that base is an entity or a known name.
        for key, ent in sorted(entities.items()):
            base = base_name(ent.label)
            if not base:
                continue
            bkey = self._key(base)
            if bkey == key:
                continue
            if bkey not in entities:
                entry = self.gazetteer.lookup(base)
                if entry is None or ent.type != entry.type:
                    continue
                entities[bkey] = Entity(bkey, entry.type, entry.canonical,
                                        sorted(set(entry.aliases) & set()))
            if entities[bkey].type == ent.type:
                ent.variant_of = bkey

        # A result's metric must be a Metric ("AlpacaEval score" names a benchmark, not one).
        for res in results.values():
            if res.metric_key and entities[res.metric_key].type != "Metric":
                res.metric_key = None

        links = [v[3] for v in best.values()]
        links.sort(key=lambda lk: (lk.paper_key, lk.entity_key))
        for ent in entities.values():
            ent.papers = 0
        for lk in links:
            entities[lk.entity_key].papers += 1
        # basedOn: a paper's proposed model fine-tuned from / built on a model it uses.
        by_paper: dict[str, list[Link]] = defaultdict(list)
        for lk in links:
            by_paper[lk.paper_key].append(lk)
        for paper_key, plinks in by_paper.items():
            proposed = [lk for lk in plinks if lk.role == "proposes" and
                        entities[lk.entity_key].type == "Model"]
            if len(proposed) != 1:
                continue
            for lk in plinks:
                if lk.role == "uses" and entities[lk.entity_key].type == "Model" and \
                        re.search(r"fine-?tun|based on|built (up)?on|initiali[sz]ed from|"
                                  r"trained from|on top of", lk.evidence.sentence, re.I):
                    src = entities[proposed[0].entity_key]
                    if lk.entity_key not in src.based_on and lk.entity_key != src.key:
                        src.based_on.append(lk.entity_key)
                        src.based_on.sort()
                        relations.setdefault(
                            (src.key, "basedOn", lk.entity_key, paper_key),
                            EntityRelation(src.key, "basedOn", lk.entity_key, paper_key,
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
