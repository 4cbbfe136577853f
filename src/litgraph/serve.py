"""`litgraph serve`: a read-only SPARQL 1.1 Protocol endpoint over the graph (Starlette+uvicorn).

* ``/sparql``: GET ``?query=``, POST ``application/sparql-query`` or form-encoded ``query=``.
  SELECT/ASK results as SPARQL JSON, XML, CSV or TSV and CONSTRUCT/DESCRIBE as Turtle or
  N-Triples, chosen by the Accept header (or ``?format=json|xml|csv|tsv|ttl|nt``). SPARQL
  Update is refused (403); a malformed query gets 400 with the parser's message.
* ``/``: a page with a query box and the canned queries; ``/graph.html``: the drawn graph;
  ``/queries`` (JSON list), ``/queries/NAME.rq`` (text), ``/queries/NAME?param=...`` (runs it).

Queries run in worker processes, each with its own read-only handle on the store: a query that
exceeds ``--timeout`` is stopped by killing its worker (a native Oxigraph evaluation cannot be
interrupted otherwise) and a fresh worker takes its place. Results are capped at ``--max-rows``
rows (the response then carries ``X-Litgraph-Truncated: true``).
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import json
import multiprocessing as mp
import os
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from litgraph import query as lq

RESULT_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "ttl", "application/x-turtle": "ttl", "application/n-triples": "nt",
    "text/plain": "nt",
}
MAX_QUERY_BYTES = 1 << 20


# -- worker processes --------------------------------------------------------------------------


def _open(source: tuple[str, str]):
    import pyoxigraph as ox

    from litgraph import store as gstore

    kind, path = source
    if kind == "store":
        return ox.Store.read_only(path)
    return gstore.load_files(path)


def _worker_main(conn, source: tuple[str, str], max_rows: int) -> None:
    store = _open(source)
    conn.send(("ready",))
    while True:
        try:
            msg = conn.recv()
        except EOFError:
            return
        if msg is None:
            return
        try:
            if msg.get("name"):
                q = lq.canned(msg["name"])
                text = lq.prepare(q, msg.get("params"), store)
            else:
                text = msg["text"]
            out = lq.execute(store, text, max_rows)
            fmt = msg["graph_format"] if out.kind == "graph" else msg["result_format"]
            conn.send(("ok", out.kind, fmt, out.truncated, lq.serialize(out, fmt)))
        except lq.QueryError as exc:
            conn.send(("error", 400, str(exc)))
        except Exception as exc:  # noqa: BLE001 - report, keep serving
            conn.send(("error", 500, f"{type(exc).__name__}: {exc}"))


class QueryTimeout(Exception):
    pass


class _Worker:
    def __init__(self, ctx, source, max_rows: int) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, source, max_rows),
                                daemon=True)
        self.proc.start()
        child.close()
        if not self.conn.poll(120) or self.conn.recv() != ("ready",):
            self.kill()
            raise RuntimeError("a query worker failed to start")

    def call(self, msg: dict, timeout: float):
        self.conn.send(msg)
        if not self.conn.poll(timeout):
            raise QueryTimeout
        return self.conn.recv()

    def kill(self) -> None:
        with contextlib.suppress(Exception):
            self.proc.kill()
            self.proc.join(5)
        with contextlib.suppress(Exception):
            self.conn.close()

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self.conn.send(None)
            self.proc.join(2)
        self.kill()


class Pool:
    """N query workers; a request takes an idle one, a timed-out one is replaced."""

    def __init__(self, source: tuple[str, str], workers: int, timeout: float, max_rows: int):
        self.source, self.size, self.timeout, self.max_rows = source, workers, timeout, max_rows
        self.ctx = mp.get_context("spawn")
        self.idle: asyncio.Queue[_Worker] = asyncio.Queue()
        self.all: list[_Worker] = []

    def _spawn(self) -> _Worker:
        w = _Worker(self.ctx, self.source, self.max_rows)
        self.all.append(w)
        return w

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        for w in await asyncio.gather(*(loop.run_in_executor(None, self._spawn)
                                        for _ in range(self.size))):
            self.idle.put_nowait(w)

    async def stop(self) -> None:
        for w in self.all:
            w.stop()
        self.all.clear()

    async def run(self, msg: dict):
        loop = asyncio.get_running_loop()
        start = time.monotonic()
        getter = asyncio.ensure_future(self.idle.get())
        done, _ = await asyncio.wait({getter}, timeout=self.timeout)
        if not done:  # every worker busy for the whole time limit
            getter.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await getter
            if not getter.cancelled():  # got one just as we gave up: do not lose it
                self.idle.put_nowait(getter.result())
            raise QueryTimeout
        w = getter.result()
        left = max(self.timeout - (time.monotonic() - start), 0.01)
        try:
            reply = await loop.run_in_executor(None, w.call, msg, left)
        except BaseException:
            w.kill()
            self.all.remove(w)
            fresh = await loop.run_in_executor(None, self._spawn)
            self.idle.put_nowait(fresh)
            raise
        self.idle.put_nowait(w)
        return reply


# -- HTTP --------------------------------------------------------------------------------------


def _accept(header: str | None, table: dict[str, str], default: str) -> str:
    best, best_q = None, -1.0
    for i, part in enumerate((header or "").split(",")):
        fields = [f.strip() for f in part.split(";")]
        mt = fields[0].lower()
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                with contextlib.suppress(ValueError):
                    q = float(f[2:])
        fmt = table.get(mt)
        if fmt and q > best_q and q > 0:
            best, best_q = fmt, q - i * 1e-6
    return best or default


def _error(status: int, message: str) -> Response:
    return Response(message + "\n", status_code=status, media_type="text/plain; charset=utf-8")


@dataclass
class Settings:
    source: tuple[str, str]  # ("store", database path) or ("files", output directory)
    timeout: float = 10.0
    max_rows: int = 100_000
    workers: int = 2
    html_dir: Path | None = None  # where graph.html is


def _formats(request: Request, params) -> tuple[str, str] | Response:
    fmt = params.get("format")
    if fmt:
        fmt = fmt.lower()
        fmt = {"turtle": "ttl", "ntriples": "nt", "n-triples": "nt"}.get(fmt, fmt)
        if fmt not in ("json", "xml", "csv", "tsv", "ttl", "nt"):
            return _error(400, f"unknown format {fmt!r}: json, xml, csv, tsv, ttl or nt")
        return ("json" if fmt in ("ttl", "nt") else fmt, fmt if fmt in ("ttl", "nt") else "ttl")
    accept = request.headers.get("accept")
    return _accept(accept, RESULT_TYPES, "json"), _accept(accept, GRAPH_TYPES, "ttl")


async def _answer(request: Request, pool: Pool, msg: dict, params) -> Response:
    fmts = _formats(request, params)
    if isinstance(fmts, Response):
        return fmts
    msg["result_format"], msg["graph_format"] = fmts
    try:
        reply = await pool.run(msg)
    except QueryTimeout:
        return _error(503, f"query stopped: it took longer than the time limit of "
                           f"{pool.timeout:g} s (see `litgraph serve --timeout`)")
    if reply[0] == "error":
        return _error(reply[1], reply[2])
    _, _kind, fmt, truncated, body = reply
    headers = {}
    if truncated:
        headers["X-Litgraph-Truncated"] = "true"
        headers["X-Litgraph-Max-Rows"] = str(pool.max_rows)
    return Response(body, media_type=lq.MEDIA_TYPES[fmt], headers=headers)


def create_app(settings: Settings) -> Starlette:
    pool = Pool(settings.source, settings.workers, settings.timeout, settings.max_rows)

    async def sparql(request: Request) -> Response:
        params = request.query_params
        text = params.get("query")
        if "update" in params:
            return _read_only()
        if request.method == "POST":
            ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
            body = await request.body()
            if len(body) > MAX_QUERY_BYTES:
                return _error(413, "query too long")
            if ctype == "application/sparql-update":
                return _read_only()
            if ctype == "application/sparql-query":
                text = body.decode("utf-8", "replace")
            elif ctype == "application/x-www-form-urlencoded":
                form = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
                if "update" in form:
                    return _read_only()
                text = form.get("query", [text])[0]
            else:
                return _error(415, "POST a query as application/sparql-query or as "
                                   "application/x-www-form-urlencoded query=...")
        if not text:
            return _error(400, "missing query: GET /sparql?query=... or POST it (SPARQL 1.1 "
                               "Protocol)")
        if lq.is_update(text):
            return _read_only()
        return await _answer(request, pool, {"text": text}, params)

    async def run_canned(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in lq.canned_names():
            return _error(404, f"no canned query {name!r}")
        params = {k: v for k, v in request.query_params.items() if k != "format"}
        return await _answer(request, pool, {"name": name, "params": params},
                             request.query_params)

    async def canned_text(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in lq.canned_names():
            return _error(404, f"no canned query {name!r}")
        return Response(lq.canned(name).text, media_type="application/sparql-query")

    async def canned_list(request: Request) -> Response:
        return JSONResponse([_describe(q) for q in lq.all_canned()])

    async def index(request: Request) -> Response:
        return HTMLResponse(_page(settings))

    async def graph_html(request: Request) -> Response:
        path = settings.html_dir / "graph.html" if settings.html_dir else None
        if path is None or not path.exists():
            return _error(404, "graph.html not found (run `litgraph build` with --out)")
        return FileResponse(path)

    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok", "workers": len(pool.all)})

    @contextlib.asynccontextmanager
    async def lifespan(app):
        await pool.start()
        try:
            yield
        finally:
            await pool.stop()

    routes = [
        Route("/", index),
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/queries", canned_list),
        Route("/queries/{name}.rq", canned_text),
        Route("/queries/{name}", run_canned),
        Route("/graph.html", graph_html),
        Route("/health", health),
    ]
    middleware = [Middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST"],
                             allow_headers=["*"],
                             expose_headers=["X-Litgraph-Truncated", "X-Litgraph-Max-Rows"])]
    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan)
    app.state.pool = pool
    return app


def _read_only() -> Response:
    return _error(403, "SPARQL Update is not allowed: this endpoint is read-only "
                       "(add papers with `litgraph add FILES --store DIR`)")


def _describe(q: lq.CannedQuery) -> dict:
    return {"name": q.name, "question": q.question, "description": q.description,
            "params": [{"name": p.name, "type": p.type, "default": p.default, "help": p.help}
                       for p in q.params.values()]}


def _page(settings: Settings) -> str:
    canned = json.dumps([_describe(q) for q in lq.all_canned()])
    graph = ('<a href="graph.html">the graph drawing</a> · ' if settings.html_dir and
             (settings.html_dir / "graph.html").exists() else "")
    return _PAGE.replace("__CANNED__", html.escape(canned, quote=False)).replace(
        "__GRAPH__", graph).replace("__TIMEOUT__", f"{settings.timeout:g}")


_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>litgraph SPARQL</title>
<style>
body{font-family:system-ui,sans-serif;margin:1.5em;max-width:80em}
textarea{width:100%;height:16em;font-family:monospace;font-size:13px}
table{border-collapse:collapse;font-size:13px;margin-top:1em}
td,th{border:1px solid #ccc;padding:2px 6px;vertical-align:top;text-align:left}
#params label{margin-right:1em} .err{color:#b00;white-space:pre-wrap;font-family:monospace}
small{color:#666}
</style></head><body>
<h1>litgraph SPARQL endpoint</h1>
<p>__GRAPH__endpoint: <code>/sparql</code> (SPARQL 1.1 Protocol, read-only, time limit
__TIMEOUT__ s) · <a href="queries">canned queries (JSON)</a></p>
<p><label>Canned query: <select id="canned"><option value="">(type your own)</option></select>
</label> <small id="question"></small></p>
<p id="params"></p>
<textarea id="q">SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 10</textarea>
<p><button id="run">Run</button> <small id="info"></small></p>
<div id="out"></div>
<script id="canned-data" type="application/json">__CANNED__</script>
<script>
const canned = JSON.parse(document.getElementById('canned-data').textContent);
const sel = document.getElementById('canned'), q = document.getElementById('q');
for (const c of canned) { const o = document.createElement('option'); o.value = c.name;
  o.textContent = c.name; sel.appendChild(o); }
let current = null;
sel.onchange = async () => {
  current = canned.find(c => c.name === sel.value) || null;
  const ps = document.getElementById('params'); ps.innerHTML = '';
  document.getElementById('question').textContent = current ? current.question : '';
  if (!current) return;
  q.value = await (await fetch('queries/' + current.name + '.rq')).text();
  for (const p of current.params) {
    const l = document.createElement('label'); l.textContent = p.name + ' ';
    const i = document.createElement('input'); i.name = p.name; i.value = p.default;
    i.title = p.help; l.appendChild(i); ps.appendChild(l);
  }
};
q.oninput = () => { if (current) { current = null; sel.value = '';
  document.getElementById('params').innerHTML = ''; } };
function cell(b) { if (!b) return ''; return b.value; }
document.getElementById('run').onclick = async () => {
  const out = document.getElementById('out'), info = document.getElementById('info');
  out.innerHTML = ''; info.textContent = 'running...'; const t0 = performance.now();
  let r;
  if (current) {
    const u = new URLSearchParams();
    for (const i of document.querySelectorAll('#params input')) u.set(i.name, i.value);
    r = await fetch('queries/' + current.name + '?' + u, {headers: {Accept:
      'application/sparql-results+json, text/turtle;q=0.5'}});
  } else {
    r = await fetch('sparql', {method: 'POST', body: q.value, headers: {
      'Content-Type': 'application/sparql-query',
      Accept: 'application/sparql-results+json, text/turtle;q=0.5'}});
  }
  const ms = Math.round(performance.now() - t0);
  if (!r.ok) { info.textContent = r.status + ' in ' + ms + ' ms';
    const d = document.createElement('div'); d.className = 'err';
    d.textContent = await r.text(); out.appendChild(d); return; }
  const ct = r.headers.get('content-type') || '';
  if (!ct.includes('json')) { const pre = document.createElement('pre');
    pre.textContent = await r.text(); out.appendChild(pre); info.textContent = ms + ' ms';
    return; }
  const data = await r.json();
  if ('boolean' in data) { out.textContent = String(data.boolean); return; }
  const vars = data.head.vars, rows = data.results.bindings;
  info.textContent = rows.length + ' rows in ' + ms + ' ms' +
    (r.headers.get('X-Litgraph-Truncated') ? ' (truncated)' : '');
  const t = document.createElement('table'), h = t.insertRow();
  for (const v of vars) { const th = document.createElement('th'); th.textContent = v;
    h.appendChild(th); }
  for (const b of rows) { const tr = t.insertRow();
    for (const v of vars) { tr.insertCell().textContent = cell(b[v]); } }
  out.appendChild(t);
};
</script></body></html>
"""


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 7878,
          log_level: str = "info") -> None:
    import uvicorn

    uvicorn.run(create_app(settings), host=host, port=port, log_level=log_level,
                timeout_graceful_shutdown=5)


def default_workers() -> int:
    return max(2, min(4, os.cpu_count() or 2))
