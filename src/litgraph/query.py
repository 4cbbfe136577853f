"""SPARQL over the graph: canned queries with parameters, running them, formatting results.

A query is a `.rq` file, the name of a canned query (``litgraph/queries/<name>.rq``) or an
inline string. Canned queries start with comment lines: the first says the question it
answers, ``# @param NAME TYPE = DEFAULT -- help`` lines declare parameters, and ``$NAME`` in the
body is replaced by the value (``$NAME`` is also a plain SPARQL variable, so the file stays
valid SPARQL when read by other tools, apart from ``LIMIT $n`` placeholders).

Parameter types: ``entity`` (a label or alias, matched exactly, then case-insensitively),
``paper`` (arXiv id, DOI, title or IRI), ``node`` (entity or paper), ``class`` (Model, Method,
...), ``predicate`` (proposes, uses, outperforms, ...), ``int``, ``string`` and ``iri``. An entity,
paper, node, class or predicate value becomes one IRI (the most-linked one when a name is
ambiguous); ``*`` means "any": ``$NAME`` then stays a variable. A query must therefore use
``$NAME`` only as a term in patterns (never project it: ``BIND($NAME AS ?x)`` if needed).

Results are serialised here (SPARQL 1.1 JSON, XML, CSV, TSV; Turtle/N-Triples for graphs)
rather than by pyoxigraph, so that the endpoint can cap the number of rows it sends.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from litgraph.graph.iris import DEFAULT_BASE, LG
from litgraph.graph.vocab import CLASSES, DCTERMS, PREFIXES, RDFS, SKOS, XSD

QUERIES_DIR = Path(__file__).resolve().parent / "queries"
_XSD_STRING = XSD + "string"
_ENTITY_CLASSES = ("Model", "Method", "Dataset", "Benchmark", "Task", "Metric")
PREDICATES = ("proposes", "uses", "evaluatesOn", "comparesWith", "mentions", "outperforms",
              "basedOn", "variantOf", "value")
PARAM_TYPES = ("entity", "paper", "node", "class", "predicate", "int", "string", "iri")

_PARAM_LINE = re.compile(
    r"^#\s*@param\s+(?P<name>[A-Za-z_]\w*)\s+(?P<type>\w+)\s*=\s*(?P<default>.*?)\s*"
    r"(?:--\s*(?P<help>.*))?$")
_UPDATE_START = re.compile(
    r"^\s*(?:(?:PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s+<[^>]*>)\s*)*"
    r"(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.I)
_ERROR_POS = re.compile(r"error at (\d+):(\d+)")


class QueryError(ValueError):
    """A query that cannot be run: unknown name, bad parameter, syntax error, update..."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.line, self.column = line, column


@dataclass
class Param:
    name: str
    type: str
    default: str
    help: str = ""


@dataclass
class CannedQuery:
    name: str
    text: str
    question: str = ""
    description: str = ""
    params: dict[str, Param] = field(default_factory=dict)
    path: Path | None = None


def parse_header(name: str, text: str, path: Path | None = None) -> CannedQuery:
    q = CannedQuery(name=name, text=text, path=path)
    desc = []
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        m = _PARAM_LINE.match(line)
        if m:
            typ = m["type"]
            if typ not in PARAM_TYPES:
                raise QueryError(f"{name}: unknown parameter type {typ!r} "
                                 f"(one of {', '.join(PARAM_TYPES)})")
            q.params[m["name"]] = Param(m["name"], typ, m["default"], m["help"] or "")
        elif not q.params:
            desc.append(line.lstrip("#").strip())
    desc = [d for d in desc if d]
    q.question = desc[0] if desc else ""
    q.description = " ".join(desc[1:])
    if not q.params:  # an inline or user query: any $name in it may be given
        for var in sorted(set(re.findall(r"\$([A-Za-z_]\w*)", _strip_strings(text)))):
            q.params[var] = Param(var, "string", "", "")
    return q


def canned_names() -> list[str]:
    return sorted(p.stem for p in QUERIES_DIR.glob("*.rq"))


def canned(name: str) -> CannedQuery:
    path = QUERIES_DIR / f"{name}.rq"
    if not path.exists():
        raise QueryError(f"no canned query named {name!r}; available: {', '.join(canned_names())}")
    return parse_header(name, path.read_text(encoding="utf-8"), path)


def all_canned() -> list[CannedQuery]:
    return [canned(n) for n in canned_names()]


def load(spec: str) -> CannedQuery:
    """A `.rq` file, a canned query name, or an inline query string."""
    p = Path(spec)
    if spec.endswith((".rq", ".sparql")) or ("\n" not in spec and len(spec) < 250 and
                                               p.suffix and p.exists()):
        if not p.exists():
            raise QueryError(f"{spec}: file not found")
        return parse_header(p.stem, p.read_text(encoding="utf-8"), p)
    if re.fullmatch(r"[A-Za-z0-9_-]+", spec):
        return canned(spec)
    return parse_header("inline", spec)


def _strip_strings(text: str) -> str:
    text = re.sub(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'', '""', text)
    return re.sub(r"(?m)#.*$", "", text)


# -- parameters --------------------------------------------------------------------------------


def _literal(value: str) -> str:
    return str(ox.Literal(value))


def _iri(value: str) -> str:
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        value = value[1:-1]
    try:
        return str(ox.NamedNode(value))
    except ValueError:
        raise QueryError(f"not a valid IRI: {value!r}") from None


def _best(store: ox.Store, patterns: list[str], value: str, folded: bool) -> str | None:
    """The IRI matching `value` through the first pattern that matches (each binds ?x from
    ?v), the most-linked one when several do; `folded`: compare case-insensitively (a scan
    over all labels: slower, only a fallback)."""
    union = " UNION ".join(f"{{ {p} BIND({i} AS ?k) }}" for i, p in enumerate(patterns))
    test = (f"FILTER(LCASE(STR(?v)) = {_literal(value.casefold())})" if folded
            else f"VALUES ?v {{ {_literal(value)} }}")
    q = (f"SELECT ?x WHERE {{ {test if not folded else ''} {union} "
         f"{test if folded else ''} OPTIONAL {{ ?x <{LG}paperCount> ?n }} "
         "FILTER(isIRI(?x)) } ORDER BY ?k DESC(?n) ?x LIMIT 1")
    for row in store.query(q):
        return str(row["x"])
    return None


_ENTITY_PATTERNS = [f"?x <{RDFS}label> ?v", f"?x <{SKOS}altLabel> ?v"]
_PAPER_PATTERNS = [f"?x <{DCTERMS}identifier> ?v", f"?x <{DCTERMS}title> ?v"]


def _find(store: ox.Store, value: str, kinds: tuple[str, ...]) -> str | None:
    if value.startswith("<") or re.match(r"^https?://", value):
        return _iri(value)
    candidates = [value]
    if "paper" in kinds:
        if re.fullmatch(r"\d{4}\.\d{4,5}(v\d+)?|[a-z\-]+(\.[A-Z]{2})?/\d{7}", value):
            candidates.insert(0, "arXiv:" + re.sub(r"v\d+$", "", value))
        elif value.startswith("10."):
            candidates.insert(0, "doi:" + value)
    patterns = ([*_ENTITY_PATTERNS] if "entity" in kinds else []) + \
        ([*_PAPER_PATTERNS] if "paper" in kinds else [])
    for cand in candidates:
        found = _best(store, patterns, cand, folded=False)
        if found:
            return found
    return _best(store, patterns, value, folded=True)


def param_value(store: ox.Store | None, param: Param, value: str) -> str | None:
    """The SPARQL term that replaces `$name` for this value; None for "*" (any): `$name`
    then stays a variable."""
    typ, value = param.type, value.strip()
    if typ == "int":
        try:
            return str(int(value))
        except ValueError:
            raise QueryError(f"parameter {param.name}: not an integer: {value!r}") from None
    if typ == "string":
        return _literal(value)
    if typ == "iri":
        return _iri(value)
    if value in ("*", ""):
        return None
    if typ == "class":
        if value not in CLASSES:
            raise QueryError(f"parameter {param.name}: unknown class {value!r} "
                             f"(one of {', '.join(CLASSES)})")
        return f"<{LG}{value}>"
    if typ == "predicate":
        if value not in PREDICATES:
            raise QueryError(f"parameter {param.name}: unknown predicate {value!r} "
                             f"(one of {', '.join(PREDICATES)})")
        return f"<{LG}{value}>"
    kinds = {"entity": ("entity",), "paper": ("paper",), "node": ("entity", "paper")}[typ]
    if store is None:
        raise QueryError(f"parameter {param.name}: a store is needed to look up {value!r}")
    found = _find(store, value, kinds)
    if not found:
        what = {"entity": "entity", "paper": "paper", "node": "entity or paper"}[typ]
        raise QueryError(f"parameter {param.name}: no {what} named {value!r} in the graph "
                         "(names are matched against labels and aliases; try the `aliases` "
                         "or `entity` query)")
    return found


def prepare(q: CannedQuery, params: dict[str, str] | None = None,
            store: ox.Store | None = None) -> str:
    """The query text with every `$param` replaced (given value, else the default)."""
    params = dict(params or {})
    unknown = set(params) - set(q.params)
    if unknown:
        known = ", ".join(q.params) or "none"
        raise QueryError(f"unknown parameter {sorted(unknown)[0]!r} for query {q.name!r} "
                         f"(parameters: {known})")
    text = q.text
    for name, p in q.params.items():
        if name not in params and not p.default and p.type in ("int", "iri"):
            raise QueryError(f"query {q.name!r} needs --param {name}=...")
        if name not in params and q.name == "inline" and not p.default:
            continue  # an inline query's $var stays a variable unless given
        value = param_value(store, p, params.get(name, p.default))
        if value is not None:
            text = re.sub(rf"\${name}(?![A-Za-z0-9_])", lambda _m, v=value: v, text)
    return text


def parse_params(items: list[str] | None) -> dict[str, str]:
    out = {}
    for item in items or []:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise QueryError(f"--param expects name=value, got {item!r}")
        out[name.strip()] = value
    return out


# -- running -----------------------------------------------------------------------------------


@dataclass
class Outcome:
    kind: str  # "select" | "ask" | "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[list] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)
    truncated: bool = False

    def __len__(self) -> int:
        return len(self.rows) if self.kind == "select" else len(self.triples)

    def dicts(self) -> list[dict[str, str | None]]:
        """Rows as {variable: plain value} (handy in tests and scripts)."""
        return [{v: (t.value if t is not None and not isinstance(t, ox.Triple) else
                     (str(t) if t is not None else None)) for v, t in zip(self.variables, r)}
                for r in self.rows]


def is_update(text: str) -> bool:
    return bool(_UPDATE_START.match(_strip_strings(text)))


def syntax_error(exc: SyntaxError, text: str) -> QueryError:
    msg = str(exc)
    m = _ERROR_POS.search(msg)
    line = col = None
    if m:
        line, col = int(m[1]), int(m[2])
        lines = text.splitlines()
        if 0 < line <= len(lines):
            msg += f"\n  {lines[line - 1]}\n  {' ' * max(col - 1, 0)}^"
    return QueryError(f"SPARQL syntax error: {msg}", line, col)


def execute(store: ox.Store, text: str, max_rows: int | None = None) -> Outcome:
    """Run a query; collect at most `max_rows` rows or triples (then `truncated` is set)."""
    if is_update(text):
        raise QueryError("SPARQL Update is not allowed: the graph is read-only here "
                         "(use `litgraph add` to add papers)")
    try:
        res = store.query(text, prefixes=PREFIXES)
    except SyntaxError as exc:
        raise syntax_error(exc, text) from None
    if isinstance(res, ox.QueryBoolean):
        return Outcome("ask", boolean=bool(res))
    limit = max_rows if max_rows is not None else -1
    if isinstance(res, ox.QueryTriples):
        out = Outcome("graph")
        for t in res:
            if len(out.triples) == limit:
                out.truncated = True
                break
            out.triples.append(t)
        return out
    out = Outcome("select", variables=[v.value for v in res.variables])
    n = len(out.variables)
    for sol in res:
        if len(out.rows) == limit:
            out.truncated = True
            break
        out.rows.append([sol[i] for i in range(n)])
    return out


def run(store: ox.Store, spec: str, params: dict[str, str] | None = None,
        max_rows: int | None = None) -> Outcome:
    """Load (`spec`), fill the parameters and execute: the one-call API."""
    q = load(spec)
    return execute(store, prepare(q, params, store), max_rows)


# -- formats -----------------------------------------------------------------------------------

MEDIA_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "ttl": "text/turtle; charset=utf-8",
    "nt": "application/n-triples",
}


def _json_term(t) -> dict:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Triple):
        return {"type": "triple", "value": {"subject": _json_term(t.subject),
                                            "predicate": _json_term(t.predicate),
                                            "object": _json_term(t.object)}}
    d = {"type": "literal", "value": t.value}
    if t.language:
        d["xml:lang"] = t.language
    elif t.datatype.value != _XSD_STRING:
        d["datatype"] = t.datatype.value
    return d


def _xml_term(t) -> str:
    if isinstance(t, ox.NamedNode):
        return f"<uri>{escape(t.value)}</uri>"
    if isinstance(t, ox.BlankNode):
        return f"<bnode>{escape(t.value)}</bnode>"
    if isinstance(t, ox.Triple):
        return (f"<triple><subject>{_xml_term(t.subject)}</subject><predicate>"
                f"{_xml_term(t.predicate)}</predicate><object>{_xml_term(t.object)}</object>"
                "</triple>")
    if t.language:
        return f"<literal xml:lang={quoteattr(t.language)}>{escape(t.value)}</literal>"
    if t.datatype.value != _XSD_STRING:
        return f"<literal datatype={quoteattr(t.datatype.value)}>{escape(t.value)}</literal>"
    return f"<literal>{escape(t.value)}</literal>"


_NUMERIC = {XSD + "integer": re.compile(r"^[+-]?\d+$"),
            XSD + "decimal": re.compile(r"^[+-]?\d*\.\d+$")}


def _tsv_term(t) -> str:
    if t is None:
        return ""
    if isinstance(t, ox.Literal) and not t.language:
        pat = _NUMERIC.get(t.datatype.value)
        if pat and pat.match(t.value):
            return t.value
    return str(t)


def _csv_term(t) -> str:
    if t is None:
        return ""
    if isinstance(t, ox.BlankNode):
        return f"_:{t.value}"
    if isinstance(t, ox.Triple):
        return str(t)
    return t.value


def serialize(out: Outcome, fmt: str) -> bytes:
    """SPARQL results in `fmt` (json|xml|csv|tsv), or a graph in ttl|nt."""
    if out.kind == "graph":
        rdf = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES}.get(fmt)
        if rdf is None:
            raise QueryError(f"a CONSTRUCT/DESCRIBE result cannot be written as {fmt}; "
                             "use ttl or nt")
        return ox.serialize(out.triples, format=rdf,
                            prefixes=PREFIXES if rdf == ox.RdfFormat.TURTLE else None) or b""
    if fmt == "json":
        if out.kind == "ask":
            return json.dumps({"head": {}, "boolean": out.boolean}).encode()
        bindings = [{v: _json_term(t) for v, t in zip(out.variables, row) if t is not None}
                    for row in out.rows]
        return json.dumps({"head": {"vars": out.variables},
                           "results": {"bindings": bindings}}, ensure_ascii=False).encode()
    if fmt == "xml":
        parts = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                 "<head>"]
        parts += [f"<variable name={quoteattr(v)}/>" for v in out.variables]
        parts.append("</head>")
        if out.kind == "ask":
            parts.append(f"<boolean>{'true' if out.boolean else 'false'}</boolean>")
        else:
            parts.append("<results>")
            for row in out.rows:
                parts.append("<result>")
                parts += [f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                          for v, t in zip(out.variables, row) if t is not None]
                parts.append("</result>")
            parts.append("</results>")
        parts.append("</sparql>\n")
        return "".join(parts).encode()
    if fmt in ("csv", "tsv"):
        if out.kind == "ask":
            return (b"_askResult\r\n" if fmt == "csv" else b"?_askResult\n") + \
                (b"true" if out.boolean else b"false") + (b"\r\n" if fmt == "csv" else b"\n")
        if fmt == "csv":
            buf = io.StringIO()
            w = csv.writer(buf, lineterminator="\r\n")
            w.writerow(out.variables)
            for row in out.rows:
                w.writerow([_csv_term(t) for t in row])
            return buf.getvalue().encode()
        lines = ["\t".join(f"?{v}" for v in out.variables)]
        lines += ["\t".join(_tsv_term(t) for t in row) for row in out.rows]
        return ("\n".join(lines) + "\n").encode()
    raise QueryError(f"unknown result format {fmt!r} (json, xml, csv, tsv)")


_DISPLAY_PREFIXES = {"lgid": DEFAULT_BASE, **PREFIXES}


def compact(t, prefixes: dict[str, str] | None = None) -> str:
    """A short human form of a term for tables: prefixed IRIs, plain literal values."""
    if t is None:
        return ""
    if isinstance(t, ox.NamedNode):
        for p, ns in (prefixes or _DISPLAY_PREFIXES).items():
            if t.value.startswith(ns) and re.fullmatch(r"[\w.\-/]*", t.value[len(ns):]):
                return f"{p}:{t.value[len(ns):]}"
        return t.value
    if isinstance(t, ox.Literal):
        return t.value
    return str(t)
