"""Measure extraction accuracy against the hand-annotated dev sets (`tests/gold/*.jsonl`).

`evaluate_gold(path)` builds the graph of the gold papers with the real pipeline
(:func:`litgraph.build.build` on a temporary JSON Lines file of their titles and abstracts),
then scores it per split ("tune", "heldout"):

* entities: a predicted entity linked to a paper matches a gold entity of the same paper when
  its folded label or any alias equals the folded gold name or any gold alias (one-to-one,
  greedy). "named" scores use Model/Method/Dataset/Benchmark only (untyped: any of the four on
  both sides; typed: same type); Task and Metric are scored as their own types;
* roles: match + same role; results: (subject, benchmark, value) with folded names and equal
  values; outperforms: (subject, object) pairs; URLs: exact after stripping a trailing "/";
* a confusion table of types, the worst false positives / negatives, and a reliability table:
  per confidence band, the count and precision of link assertions (correct = entity matched
  and role right) and of entity assertions (correct = entity matched and type right).

`evaluate_scierc(path)` scores mention spans on SciERC (Luan et al., 2018): Method -> Method or
Model, Task -> Task, Metric -> Metric, Material -> Dataset or Benchmark; predicted spans that
are exactly a Generic / OtherScientificTerm span are ignored.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from litgraph.gazetteer import fold
from litgraph.ingest import normalise_title
from litgraph.ingest.latex import decode_accents
from litgraph.model import ENTITY_TYPES, ROLES

NAMED_TYPES = ("Model", "Method", "Dataset", "Benchmark")
BANDS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01))
SPLITS = ("tune", "heldout")


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4)}


def load_gold(path: Path | str) -> list[dict]:
    rows = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            rows.append(json.loads(line))
    return rows


def _key(name: str) -> str:
    # Gold names are written as the text has them ("T\\"ULU 2"); ingest decodes the accents.
    # A leading article is not part of the name ("the Pile" is "Pile").
    return fold(_ARTICLE.sub("", decode_accents(name)))


_ARTICLE = re.compile(r"^(the|a|an)\s+(?=\S)", re.IGNORECASE)


def _forms(*names: str | None) -> frozenset[str]:
    return frozenset(k for k in (_key(n) for n in names if n) if k)


def _greedy(pairs: list[tuple[tuple, int, int]]) -> dict[int, int]:
    """One-to-one matching from (priority, gold index, pred index) candidates."""
    pairs.sort(key=lambda p: p[0], reverse=True)
    g_used: dict[int, int] = {}
    p_used: set[int] = set()
    for _, gi, pi in pairs:
        if gi in g_used or pi in p_used:
            continue
        g_used[gi] = pi
        p_used.add(pi)
    return g_used


def _band(conf: float) -> str:
    for lo, hi in BANDS:
        if lo <= conf < hi:
            return f"[{lo:.1f},{min(hi, 1.0):.1f}{']' if hi > 1 else ')'}"
    return "[0.0,0.5)"


class _Split:
    """Accumulates the scores of one split of one gold file."""

    def __init__(self) -> None:
        self.prf: dict[str, PRF] = defaultdict(PRF)
        self.confusion: Counter[tuple[str, str]] = Counter()
        self.fps: list[dict] = []
        self.fns: list[dict] = []
        self.bands: dict[str, dict[str, list[int]]] = {
            "links": defaultdict(lambda: [0, 0]), "entities": defaultdict(lambda: [0, 0]),
            "assertions": defaultdict(lambda: [0, 0])}
        self.papers = 0
        self.missing: list[str] = []

    def band(self, table: str, conf: float, ok: bool) -> None:
        cell = self.bands[table][_band(conf)]
        cell[0] += 1
        cell[1] += int(ok)

    def as_dict(self, worst: int = 20) -> dict:
        def table(name: str) -> list[dict]:
            rows = []
            for lo, _hi in BANDS:
                label = _band(lo)
                n, ok = self.bands[name].get(label, [0, 0])
                rows.append({"band": label, "count": n, "correct": ok,
                             "precision": round(ok / n, 4) if n else None})
            hi_n = sum(self.bands[name].get(_band(x), [0, 0])[0] for x in (0.8, 0.9))
            hi_ok = sum(self.bands[name].get(_band(x), [0, 0])[1] for x in (0.8, 0.9))
            rows.append({"band": ">=0.8", "count": hi_n, "correct": hi_ok,
                         "precision": round(hi_ok / hi_n, 4) if hi_n else None})
            return rows

        fp_count = Counter((f["name"], f["type"]) for f in self.fps)
        fn_count = Counter((f["name"], f["type"]) for f in self.fns)
        return {
            "papers": self.papers,
            "missing_papers": self.missing,
            "scores": {k: v.as_dict() for k, v in sorted(self.prf.items())},
            "confusion": [{"gold": g, "pred": p, "count": n}
                          for (g, p), n in sorted(self.confusion.items())],
            "reliability": {name: table(name) for name in ("links", "entities", "assertions")},
            "worst_false_positives": sorted(
                self.fps, key=lambda f: (-f["confidence"], -fp_count[(f["name"], f["type"])],
                                         f["paper"], f["name"]))[:worst],
            "worst_false_negatives": sorted(
                self.fns, key=lambda f: (-fn_count[(f["name"], f["type"])], f["paper"],
                                         f["name"]))[:worst],
        }


def _entity_forms(kg, key: str) -> frozenset[str]:
    ent = kg.entities.get(key)
    if ent is None:
        return _forms(key)
    return _forms(ent.label, *ent.aliases) | {key}


def score_paper(gold: dict, kg, paper_key: str, acc: _Split) -> None:
    """Add one paper's scores to `acc`."""
    prf = acc.prf
    # -- entities ---------------------------------------------------------------------------
    g_ents = gold.get("entities", [])
    g_forms = [_forms(e["name"], *e.get("aliases", [])) for e in g_ents]
    links = [lk for lk in kg.links_by_paper.get(paper_key, [])]
    p_ents = [kg.entities[lk.entity_key] for lk in links]
    p_forms = [_entity_forms(kg, lk.entity_key) for lk in links]
    pairs = []
    for gi, ge in enumerate(g_ents):
        for pi, pe in enumerate(p_ents):
            if g_forms[gi] & p_forms[pi]:
                prio = (fold(ge["name"]) == fold(pe.label), ge["type"] == pe.type,
                        ge["role"] == links[pi].role)
                pairs.append((prio, gi, pi))
    g2p = _greedy(pairs)
    p2g = {pi: gi for gi, pi in g2p.items()}

    def bump(name: str, g_in: bool, p_in: bool, match: bool) -> None:
        if match and g_in and p_in:
            prf[name].tp += 1
        else:
            if g_in:
                prf[name].fn += 1
            if p_in:
                prf[name].fp += 1

    for gi, ge in enumerate(g_ents):
        pi = g2p.get(gi)
        pe = p_ents[pi] if pi is not None else None
        prole = links[pi].role if pi is not None else None
        gt, ptype = ge["type"], pe.type if pe else None
        acc.confusion[(gt, ptype or "(missed)")] += 1
        # Each gold entity, and its matched prediction if any, scored once per table.
        bump("entities.all", True, pe is not None, pe is not None)
        bump("entities.named", gt in NAMED_TYPES, ptype in NAMED_TYPES, pe is not None)
        bump("entities.named_typed", gt in NAMED_TYPES, ptype in NAMED_TYPES, gt == ptype)
        for t in ENTITY_TYPES:
            bump(f"type.{t}", gt == t, ptype == t, gt == ptype)
        for r in ROLES:
            bump(f"role.{r}", ge["role"] == r, prole == r, ge["role"] == prole)
        if pe is None:
            acc.fns.append({"paper": gold["id"], "name": ge["name"], "type": gt,
                            "role": ge["role"]})
    for pi, pe in enumerate(p_ents):
        lk = links[pi]
        gi = p2g.get(pi)
        conf = lk.evidence.confidence
        if gi is None:
            acc.confusion[("(spurious)", pe.type)] += 1
            prf["entities.all"].fp += 1
            if pe.type in NAMED_TYPES:
                prf["entities.named"].fp += 1
                prf["entities.named_typed"].fp += 1
            prf[f"type.{pe.type}"].fp += 1
            prf[f"role.{lk.role}"].fp += 1
            acc.fps.append({"paper": gold["id"], "name": pe.label, "type": pe.type,
                            "role": lk.role, "rule": lk.evidence.rule, "confidence": conf,
                            "sentence": lk.evidence.sentence[:160]})
        ge = g_ents[gi] if gi is not None else None
        acc.band("links", conf, ge is not None and ge["role"] == lk.role)
        acc.band("entities", conf, ge is not None and ge["type"] == pe.type)
        acc.band("assertions", conf, ge is not None and ge["role"] == lk.role)

    # Forms of each gold name through the paper's annotated aliases.
    alias_map: dict[str, frozenset[str]] = {}
    for forms in g_forms:
        for k in forms:
            alias_map[k] = alias_map.get(k, frozenset()) | forms

    def gforms(name: str | None) -> frozenset[str] | None:
        if not name:
            return None  # not written (e.g. a result without a named benchmark): any
        k = _key(name)
        return alias_map.get(k, frozenset({k}))

    # -- outperforms ------------------------------------------------------------------------
    g_out = [(gforms(o["subject"]), gforms(o["object"])) for o in gold.get("outperforms", [])]
    p_out = [r for r in kg.relations_by_paper.get(paper_key, []) if r.predicate == "outperforms"]
    p_out_f = [(_entity_forms(kg, r.subject_key), _entity_forms(kg, r.object_key))
               for r in p_out]
    pairs = [((), gi, pi) for gi, (gs, go) in enumerate(g_out)
             for pi, (ps, po) in enumerate(p_out_f) if gs & ps and go & po]
    m = _greedy(pairs)
    prf["outperforms"].add(PRF(len(m), len(p_out) - len(m), len(g_out) - len(m)))
    for pi, r in enumerate(p_out):
        acc.band("assertions", r.evidence.confidence, pi in m.values())

    # -- results ----------------------------------------------------------------------------
    g_res = [(gforms(r["subject"]), gforms(r["benchmark"]), float(r["value"]))
             for r in gold.get("results", [])]
    p_res = kg.results_by_paper.get(paper_key, [])
    pairs = []
    for gi, (gs, gb, gv) in enumerate(g_res):
        for pi, r in enumerate(p_res):
            if abs(gv - r.value) < 1e-6 and gs & _entity_forms(kg, r.subject_key) and \
                    (gb is None or gb & _entity_forms(kg, r.benchmark_key)):
                pairs.append(((), gi, pi))
    m = _greedy(pairs)
    prf["results"].add(PRF(len(m), len(p_res) - len(m), len(g_res) - len(m)))
    for pi, r in enumerate(p_res):
        acc.band("assertions", r.evidence.confidence, pi in m.values())

    # -- URLs -------------------------------------------------------------------------------
    g_urls = {u.rstrip("/") for u in gold.get("urls", [])}
    p_urls = {u.url.rstrip("/") for u in kg.urls_by_paper.get(paper_key, [])}
    prf["urls"].add(PRF(len(g_urls & p_urls), len(p_urls - g_urls), len(g_urls - p_urls)))
    for u in kg.urls_by_paper.get(paper_key, []):
        acc.band("assertions", u.evidence.confidence, u.url.rstrip("/") in g_urls)


def _by_paper(items) -> defaultdict[str, list]:
    out: defaultdict[str, list] = defaultdict(list)
    for item in items:
        out[item.paper_key].append(item)
    return out


class _Index:
    """The parts of a built graph the scorer needs, grouped by paper."""

    def __init__(self, kg) -> None:
        self.entities = kg.entities
        self.links_by_paper = _by_paper(kg.links)
        self.relations_by_paper = _by_paper(kg.relations)
        self.results_by_paper = _by_paper(kg.results)
        self.urls_by_paper = _by_paper(kg.urls)
        self.by_title = {normalise_title(p.title): p.key for p in kg.papers}


def build_gold_graph(rows: list[dict], corpus: list[Path] | None = None, profile: str = "fast",
                     thesaurus: Path | str | None = None, stoplist: Path | str | None = None):
    """Run the real pipeline on the gold papers (plus an optional corpus for voting)."""
    from litgraph.build import build

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "gold.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for r in rows:
                obj = {"title": r["title"], "abstract": r["abstract"]}
                if r.get("arxiv_id"):
                    obj["id"] = r["arxiv_id"]
                fh.write(json.dumps(obj) + "\n")
        return build([path, *(corpus or [])], profile=profile, thesaurus=thesaurus,
                     stoplist=stoplist)


def evaluate_gold(path: Path | str, corpus: list[Path] | None = None, profile: str = "fast",
                  thesaurus: Path | str | None = None, stoplist: Path | str | None = None,
                  worst: int = 20, splits: Sequence[str] | None = None) -> dict:
    """Scores of one gold file: {"file", "profile", "splits": {split: {...}}}.

    `splits` limits scoring (and so the error lists) to those splits, e.g. ("tune",) while
    tuning rules, so that held-out errors are never seen; all papers are still built.
    """
    rows = load_gold(path)
    kg = build_gold_graph(rows, corpus, profile, thesaurus, stoplist)
    idx = _Index(kg)
    accs: dict[str, _Split] = {}
    for row in rows:
        if splits and row.get("split", "tune") not in splits:
            continue
        for split in (row.get("split", "tune"), "all"):
            acc = accs.setdefault(split, _Split())
            key = idx.by_title.get(normalise_title(row["title"]))
            if key is None:
                acc.missing.append(row["id"])
                continue
            acc.papers += 1
            score_paper(row, idx, key, acc)
    order = [s for s in (*SPLITS, "all") if s in accs]
    return {"file": str(path), "profile": profile,
            "splits": {s: accs[s].as_dict(worst) for s in order}}


# -- SciERC ---------------------------------------------------------------------------------

SCIERC_MAP = {"Model": "Method", "Method": "Method", "Task": "Task", "Metric": "Metric",
              "Dataset": "Material", "Benchmark": "Material"}
SCIERC_KEEP = frozenset(("Method", "Task", "Metric", "Material"))
_PTB = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
        "``": '"', "''": '"'}
_NO_SPACE_BEFORE = frozenset((".", ",", ";", ":", ")", "]", "}", "?", "!", "'s", "%"))
_NO_SPACE_AFTER = frozenset(("(", "[", "{"))


def scierc_text(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Detokenised text of a SciERC document and each token's character span."""
    parts: list[str] = []
    spans = []
    pos = 0
    prev = None
    for tok in tokens:
        t = _PTB.get(tok, tok)
        if prev is not None and t not in _NO_SPACE_BEFORE and prev not in _NO_SPACE_AFTER:
            parts.append(" ")
            pos += 1
        spans.append((pos, pos + len(t)))
        parts.append(t)
        pos += len(t)
        prev = t
    return "".join(parts), spans


def read_scierc(path: Path | str, limit: int | None = None) -> list[dict]:
    """The documents of a SciERC split (one JSON object per line)."""
    docs = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            docs.append(json.loads(line))
    return docs[:limit] if limit else docs


def score_scierc(docs: list[dict], span_fn) -> dict:
    """Mention-level scores of `span_fn(text) -> [(start, end, SciERC type)]` on SciERC
    documents (exact character spans; predictions exactly on a Generic / OtherScientificTerm
    span are ignored)."""
    typed, untyped = PRF(), PRF()
    per_type: dict[str, PRF] = defaultdict(PRF)
    fps: Counter[str] = Counter()
    fns: Counter[str] = Counter()
    for doc in docs:
        tokens = [t for sent in doc["sentences"] for t in sent]
        text, spans = scierc_text(tokens)
        gold: dict[tuple[int, int], str] = {}
        ignore: set[tuple[int, int]] = set()
        for sent in doc["ner"]:
            for s, e, typ in sent:
                span = (spans[s][0], spans[e][1])
                if typ in SCIERC_KEEP:
                    gold[span] = typ
                else:
                    ignore.add(span)
        pred: dict[tuple[int, int], str] = {}
        for s, e, typ in span_fn(text):
            if (s, e) in ignore:
                continue
            pred.setdefault((s, e), typ)
        for span, typ in pred.items():
            g = gold.get(span)
            if g is not None:
                untyped.tp += 1
            else:
                untyped.fp += 1
                fps[text[span[0]:span[1]]] += 1
            if g == typ:
                typed.tp += 1
                per_type[typ].tp += 1
            else:
                typed.fp += 1
                per_type[typ].fp += 1
        for span, g in gold.items():
            if span not in pred:
                untyped.fn += 1
                fns[text[span[0]:span[1]]] += 1
            if pred.get(span) != g:
                typed.fn += 1
                per_type[g].fn += 1
    return {"documents": len(docs), "typed": typed.as_dict(), "untyped": untyped.as_dict(),
            "per_type": {t: per_type[t].as_dict() for t in sorted(SCIERC_KEEP)},
            "worst_false_positives": fps.most_common(20),
            "worst_false_negatives": fns.most_common(20)}


def evaluate_scierc(path: Path | str, profile: str = "fast", limit: int | None = None,
                    terms_model: Path | str | None = None) -> dict:
    """Mention-level scores on a SciERC split (exact span; untyped and with mapped types).

    With `terms_model` (a directory made by `litgraph train-terms`) the research-term model's
    spans are scored instead of the profile's named-entity spans."""
    docs = read_scierc(path, limit)
    if terms_model is not None:
        from litgraph.terms.model import TermModel

        span_fn = TermModel.load(terms_model).scierc_spans
    else:
        from litgraph.extract import Extractor

        ex = Extractor(profile)

        def span_fn(text: str) -> list[tuple[int, int, str]]:
            return [(s, e, SCIERC_MAP[typ]) for s, e, typ in ex.spans(text)]

    return {"file": str(path), "profile": profile,
            "terms_model": str(terms_model) if terms_model is not None else None,
            **score_scierc(docs, span_fn)}


# -- printing ---------------------------------------------------------------------------------

MAIN_ROWS = ("entities.named", "entities.named_typed", "entities.all",
             *(f"type.{t}" for t in ENTITY_TYPES), *(f"role.{r}" for r in ROLES),
             "results", "outperforms", "urls")


def print_report(report: dict, console, worst: int = 20) -> None:
    from rich.table import Table

    splits = report["splits"]
    shown = [s for s in (*SPLITS, "all") if s in splits]
    t = Table(title=f"{report['file']} (profile {report['profile']})")
    t.add_column("score")
    for s in shown:
        n = splits[s]["papers"]
        t.add_column(f"{s} ({n}) P / R / F1", justify="right")
    for name in MAIN_ROWS:
        cells = []
        for s in shown:
            d = splits[s]["scores"].get(name)
            if d is None or d["tp"] + d["fp"] + d["fn"] == 0:
                cells.append("-")
            else:
                cells.append(f"{d['precision']:.3f} / {d['recall']:.3f} / {d['f1']:.3f}")
        t.add_row(name, *cells)
    console.print(t)
    for s in shown:
        if s == "all":
            continue
        sd = splits[s]
        if sd["missing_papers"]:
            console.print(f"[yellow]{s}: gold papers not found in the graph:[/] "
                          f"{', '.join(sd['missing_papers'])}")
        rt = Table(title=f"{s}: reliability (precision per confidence band)")
        rt.add_column("band")
        for name in ("links", "entities", "assertions"):
            rt.add_column(f"{name} n", justify="right")
            rt.add_column(f"{name} P", justify="right")
        rows = {name: sd["reliability"][name] for name in ("links", "entities", "assertions")}
        for i in range(len(rows["links"])):
            cells = []
            for name in ("links", "entities", "assertions"):
                r = rows[name][i]
                cells += [str(r["count"]),
                          "-" if r["precision"] is None else f"{r['precision']:.3f}"]
            rt.add_row(rows["links"][i]["band"], *cells)
        console.print(rt)
        ct = Table(title=f"{s}: type confusion (rows gold, columns predicted)")
        cols = [*ENTITY_TYPES, "(missed)"]
        ct.add_column("gold \\ pred")
        for c in cols:
            ct.add_column(c[:9], justify="right")
        conf = {(c["gold"], c["pred"]): c["count"] for c in sd["confusion"]}
        for g in (*ENTITY_TYPES, "(spurious)"):
            ct.add_row(g, *[str(conf.get((g, c), "")) for c in cols])
        console.print(ct)
        if worst:
            ft = Table(title=f"{s}: worst false positives (most confident first)")
            for c in ("paper", "name", "type", "role", "rule", "conf"):
                ft.add_column(c)
            for f in sd["worst_false_positives"][:worst]:
                ft.add_row(f["paper"], f["name"], f["type"], f["role"], f["rule"],
                           f"{f['confidence']:.2f}")
            console.print(ft)
            nt = Table(title=f"{s}: worst false negatives (most frequent first)")
            for c in ("paper", "name", "type", "role"):
                nt.add_column(c)
            for f in sd["worst_false_negatives"][:worst]:
                nt.add_row(f["paper"], f["name"], f["type"], f["role"])
            console.print(nt)


def print_scierc(report: dict, console) -> None:
    from rich.table import Table

    source = (f"terms model {report['terms_model']}" if report.get("terms_model")
              else f"profile {report['profile']}")
    t = Table(title=f"SciERC {report['file']} ({report['documents']} abstracts, "
                    f"{source}; exact mention spans)")
    for c in ("score", "P", "R", "F1", "tp", "fp", "fn"):
        t.add_column(c, justify="right" if c != "score" else "left")
    rows = [("typed", report["typed"]), ("untyped", report["untyped"]),
            *((f"type {k}", v) for k, v in report["per_type"].items())]
    for name, d in rows:
        t.add_row(name, f"{d['precision']:.3f}", f"{d['recall']:.3f}", f"{d['f1']:.3f}",
                  str(d["tp"]), str(d["fp"]), str(d["fn"]))
    console.print(t)
