"""The `litgraph` command line. Heavy imports (spaCy, pyvis, rdflib) happen inside the
commands that need them, so `litgraph stats` or `litgraph --help` start instantly.
"""

from __future__ import annotations

import contextlib
import sys
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Build and explore a knowledge graph of papers from titles and abstracts.")
console = Console(stderr=True)
out = Console()

OUT_DIR = Path("output")

OutOpt = Annotated[Path, typer.Option("--out", "-o", help="Output directory.")]
ThesaurusOpt = Annotated[Path | None, typer.Option(help="Thesaurus applied in resolve.")]
StoplistOpt = Annotated[Path | None, typer.Option(help="Stop list applied in resolve.")]
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", help="Worker processes.")]


@app.command()
def build(
    paths: Annotated[list[Path] | None, typer.Argument(
        help="Input files or directories (default: the bundled instruction-tuning sample).")
    ] = None,
    out_dir: OutOpt = OUT_DIR,
    fmt: Annotated[str | None, typer.Option(
        "--format", help="Input format for all files: pagedump|jsonl|json|csv|bibtex "
                         "(default: by extension).")] = None,
    base: Annotated[str, typer.Option(help="Base IRI for papers and entities.")
                    ] = "https://w3id.org/litgraph/id/",
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes for extraction.")
                    ] = 1,
    engine: Annotated[str, typer.Option(
        help="Extraction engine: local (--jobs processes) or dask (an existing Dask "
             "distributed cluster, see --scheduler).")] = "local",
    scheduler: Annotated[str | None, typer.Option(
        help="Dask scheduler address for --engine dask, e.g. tcp://10.0.0.5:8786.")] = None,
    profile: Annotated[str, typer.Option(help="Extractor profile: fast (default, no model) "
                                               "or parser (needs litgraph[parser]).")] = "fast",
    thesaurus: Annotated[Path | None, typer.Option(
        help="VOSviewer-style thesaurus: label<TAB>replace by (empty replacement deletes).")
    ] = None,
    stoplist: Annotated[Path | None, typer.Option(help="Labels to drop, one per line.")
                        ] = None,
    max_nodes: Annotated[int, typer.Option(help="Most nodes drawn in graph.html.")] = 2000,
    min_papers: Annotated[int, typer.Option(
        help="Leave entities found in fewer papers out of graph.html.")] = 0,
    view: Annotated[list[str] | None, typer.Option(
        "--view", help="Also write a bibliometric view: cooccurrence, overlay (repeatable).")
    ] = None,
    no_html: Annotated[bool, typer.Option("--no-html", help="Skip graph.html.")] = False,
    store: Annotated[Path | None, typer.Option(
        "--store", help="Also write an on-disk Oxigraph store (for `litgraph query`, `add` and "
                        "`serve`) in this directory, replacing any store there atomically.")
    ] = None,
    terms_model: Annotated[Path | None, typer.Option(
        help="Also add research terms (SciERC-style Task/Method/Metric/Material noun phrases) "
             "found by this model (made by `litgraph train-terms`), role \"mentions\".")
    ] = None,
) -> None:
    """Read papers, extract entities and relations, and write the graph files."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    from litgraph.build import build as run_build
    from litgraph.export import WRITERS
    from litgraph.export import html as html_export
    from litgraph.views import VIEWS

    for v in view or []:
        if v not in VIEWS:
            console.print(f"[red]unknown --view {v!r}[/]; choose from {', '.join(VIEWS)}")
            raise typer.Exit(2)
    if fmt is not None:
        from litgraph.ingest import READERS

        if fmt not in READERS:
            console.print(f"[red]unknown --format {fmt!r}[/]; choose from {', '.join(READERS)}")
            raise typer.Exit(2)
    for p in paths or []:
        if not p.exists():
            console.print(f"[yellow]warning:[/] {p}: file not found")
    t0 = time.perf_counter()
    problems = []

    def on_problem(p) -> None:
        problems.append(p)
        if len(problems) <= 20:
            console.print(f"[yellow]skipped[/] {p}")

    with Progress("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=console, transient=False) as progress:
        task = progress.add_task("extracting", total=None)

        def on_progress(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        files = [n for n in WRITERS if not (no_html and n == "graph.html")]
        written: list[str] = []

        def write_files(kg) -> tuple[Path, Path] | None:
            """The export files; with --store, before the store, which then bulk-loads the
            N-Triples files instead of generating the triples again."""
            wtask = progress.add_task("writing", total=len(files))
            out_dir.mkdir(parents=True, exist_ok=True)
            for name in files:
                if name == "graph.html":
                    html_export.write(kg, out_dir / name, max_nodes=max_nodes,
                                      min_papers=min_papers)
                else:
                    WRITERS[name](kg, out_dir / name)
                written.append(name)
                progress.advance(wtask)
            if {"graph.nt", "graph-evidence.nt"} <= set(written):
                return out_dir / "graph.nt", out_dir / "graph-evidence.nt"
            return None

        try:
            if store is not None:
                from litgraph.build import sample_paths
                from litgraph.incremental import build_store

                kg = build_store(paths or sample_paths(), store, fmt=fmt, base=base, jobs=jobs,
                                 profile=profile, thesaurus=thesaurus, stoplist=stoplist,
                                 terms_model=terms_model,
                                 on_problem=on_problem, on_progress=on_progress,
                                 engine=engine, scheduler=scheduler, before_store=write_files)
            else:
                kg = run_build(paths or None, fmt=fmt, base=base, jobs=jobs, profile=profile,
                               thesaurus=thesaurus, stoplist=stoplist, on_problem=on_problem,
                               on_progress=on_progress, engine=engine, scheduler=scheduler,
                               terms_model=terms_model)
        except (RuntimeError, ValueError, OSError) as exc:
            console.print(f"[red]error:[/] {exc}")
            raise typer.Exit(2) from None
        if len(problems) > 20:
            console.print(f"[yellow]... and {len(problems) - 20} more skipped records[/]")
        if not kg.papers:
            console.print("[red]error:[/] no usable papers in the input")
            raise typer.Exit(1)
        if not written:
            write_files(kg)
        for v in view or []:
            files += [p.name for p in VIEWS[v](kg, out_dir, max_nodes=max_nodes,
                                               min_papers=min_papers)]

    s = kg.summary()
    table = Table(title="litgraph build", show_header=False, box=None)
    table.add_row("papers read", f"{s['records']} records -> {s['papers']} papers "
                                 f"({s['duplicates']} duplicates merged)")
    if s["problems"]:
        table.add_row("skipped", f"{s['problems']} bad records (see messages above)")
    table.add_row("entities", ", ".join(f"{t} {n}" for t, n in s["entities"].items()))
    table.add_row("relations", ", ".join(f"{t} {n}" for t, n in s["relations"].items()))
    table.add_row("results / urls", f"{s['results']} results, {s['urls']} URLs")
    table.add_row("files", ", ".join(str(out_dir / n) for n in files))
    if store is not None:
        table.add_row("store", f"{store} (query it: litgraph query top-benchmarks --store "
                               f"{store})")
    table.add_row("time", f"{time.perf_counter() - t0:.1f} s")
    out.print(table)


@app.command()
def stats(
    out_dir: OutOpt = OUT_DIR,
    top: Annotated[int, typer.Option(help="Top entities listed per type.")] = 10,
) -> None:
    """Counts by type and the top entities per type of a built graph."""
    from litgraph.stats import graph_stats

    path = out_dir / "graph.nt"
    if not path.exists():
        console.print(f"[red]error:[/] {path} not found; run `litgraph build` first")
        raise typer.Exit(1)
    st = graph_stats(path, top)
    t = Table(title=f"{path}: {st['triples']} triples")
    t.add_column("type")
    t.add_column("count", justify="right")
    t.add_column(f"top {top} (papers)")
    for typ, count in st["counts"].items():
        tops = ", ".join(f"{label} ({n})" for label, n in st["top"].get(typ, []))
        t.add_row(typ, str(count), tops)
    out.print(t)


@app.command("eval")
def eval_cmd(
    gold: Annotated[list[Path] | None, typer.Option(
        "--gold", help="Annotated dev set (JSONL, see tests/gold/GUIDE.md); repeatable.")
    ] = None,
    corpus: Annotated[list[Path] | None, typer.Option(
        help="Extra papers built with the gold ones (for corpus-level type voting); "
             "only gold papers are scored.")] = None,
    scierc: Annotated[Path | None, typer.Option(
        help="A SciERC split (DyGIE JSON) to score mention spans on.")] = None,
    terms_model: Annotated[Path | None, typer.Option(
        help="Also score this research-term model (from `litgraph train-terms`) on --scierc.")
    ] = None,
    profile: Annotated[list[str] | None, typer.Option(
        help="Extractor profile(s): fast, parser; repeat to compare side by side.")] = None,
    thesaurus: ThesaurusOpt = None,
    stoplist: StoplistOpt = None,
    worst: Annotated[int, typer.Option(help="False positives/negatives listed per split.")
                     ] = 20,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write all numbers here.")
                        ] = None,
    split: Annotated[list[str] | None, typer.Option(
        help="Score only this split (tune, heldout); repeatable. Use --split tune while "
             "tuning so held-out errors stay unseen.")] = None,
) -> None:
    """Precision / recall / F1 of the extractor against hand-annotated papers."""
    import json as _json

    from litgraph.evaluate import evaluate_gold, evaluate_scierc, print_report, print_scierc

    if not gold and scierc is None:
        console.print("[red]error:[/] give --gold FILE and/or --scierc FILE")
        raise typer.Exit(2)
    if terms_model is not None and scierc is None:
        console.print("[red]error:[/] --terms-model is scored on --scierc FILE")
        raise typer.Exit(2)
    report: dict = {"gold": [], "scierc": []}
    try:
        for prof in profile or ["fast"]:
            for g in gold or []:
                r = evaluate_gold(g, corpus=corpus, profile=prof, thesaurus=thesaurus,
                                  stoplist=stoplist, worst=worst, splits=split)
                print_report(r, out, worst)
                report["gold"].append(r)
            if scierc is not None:
                r = evaluate_scierc(scierc, profile=prof)
                print_scierc(r, out)
                report["scierc"].append(r)
        if terms_model is not None and scierc is not None:
            r = evaluate_scierc(scierc, terms_model=terms_model)
            print_scierc(r, out)
            report["scierc"].append(r)
    except (RuntimeError, ValueError, OSError) as exc:
        console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    if json_out is not None:
        json_out.write_text(_json.dumps(report, indent=1) + "\n", encoding="utf-8")
        console.print(f"wrote {json_out}")


@app.command("train-terms")
def train_terms_cmd(
    scierc_train: Annotated[Path, typer.Option(
        "--scierc-train", help="SciERC-format training file (DyGIE JSON lines).")],
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="Model directory to write.")],
    scierc_dev: Annotated[Path | None, typer.Option(
        "--scierc-dev", help="Dev file: scored after each epoch, best epoch kept, early stop "
                             "(never give the test split).")] = None,
    epochs: Annotated[int, typer.Option(help="Most training epochs.")] = 60,
    patience: Annotated[int, typer.Option(help="Stop after this many epochs without a better "
                                               "dev F1.")] = 10,
    limit: Annotated[int | None, typer.Option(help="Train on the first N documents only.")
                     ] = None,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 0,
    learn_rate: Annotated[float, typer.Option(help="Adam learning rate.")] = 0.001,
    batch_size: Annotated[int, typer.Option(help="Documents per update.")] = 8,
    init: Annotated[str | None, typer.Option(
        help="en_core_web_sm: start from its NER weights (needs the optional 'parser' "
             "extra) instead of from scratch.")] = None,
    members: Annotated[int, typer.Option(
        help="Train this many models (seeds seed, seed+1, ...) that vote on each span.")] = 1,
) -> None:
    """Train a research-term model (SciERC Task/Method/Metric/Material, Luan et al. 2018)
    for `litgraph build --terms-model` and `litgraph eval --terms-model`."""
    from litgraph.terms.train import train

    def on_epoch(row: dict) -> None:
        dev = row.get("dev_typed")
        console.print(f"epoch {row['epoch']:>2}  loss {row['loss']:>9.1f}  "
                      f"{row['train_seconds']:>5.1f} s" +
                      (f"  dev typed P {dev['precision']:.3f} R {dev['recall']:.3f} "
                       f"F1 {dev['f1']:.3f}" if dev else ""))

    try:
        meta = train(scierc_train, out_dir, scierc_dev, epochs=epochs, patience=patience,
                     limit=limit, seed=seed, learn_rate=learn_rate, batch_size=batch_size,
                     init=init, members=members, on_epoch=on_epoch)
    except (RuntimeError, ValueError, OSError, KeyError) as exc:
        console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    best = meta["best_dev_typed_f1"]
    out.print(f"wrote {out_dir} (epoch {meta['best_epoch']}"
              + (f", dev typed F1 {best:.3f}" if best is not None else "")
              + f", {meta['seconds']:.0f} s)")


def _graph_for(paths: list[Path] | None, fmt: str | None, thesaurus: Path | None,
               stoplist: Path | None, jobs: int):
    """Build the graph of `paths` (default: the sample) for `view` and `report`."""
    from litgraph.build import build as run_build

    try:
        kg = run_build(paths or None, fmt=fmt, jobs=jobs, thesaurus=thesaurus,
                       stoplist=stoplist)
    except (RuntimeError, ValueError, OSError) as exc:
        console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    if not kg.papers:
        console.print("[red]error:[/] no usable papers in the input")
        raise typer.Exit(1)
    return kg


@app.command("view")
def view_cmd(
    name: Annotated[str, typer.Argument(help="View: cooccurrence or overlay.")],
    paths: Annotated[list[Path] | None, typer.Argument(
        help="Input files or directories (default: the bundled sample).")] = None,
    out_dir: OutOpt = OUT_DIR,
    fmt: Annotated[str | None, typer.Option("--format", help="Input format for all files.")
                   ] = None,
    min_occurrences: Annotated[int, typer.Option(
        help="cooccurrence: keep entities found in at least this many papers.")] = 2,
    min_weight: Annotated[int, typer.Option(
        help="cooccurrence: keep links shared by at least this many papers.")] = 1,
    max_nodes: Annotated[int, typer.Option(help="Most nodes drawn in the HTML.")] = 2000,
    min_papers: Annotated[int, typer.Option(help="Leave out entities in fewer papers.")] = 0,
    thesaurus: ThesaurusOpt = None,
    stoplist: StoplistOpt = None,
    jobs: JobsOpt = 1,
) -> None:
    """Write a bibliometric view (HTML explorer, GraphML, GEXF) of the papers."""
    from litgraph.views import VIEWS

    if name not in VIEWS:
        console.print(f"[red]unknown view {name!r}[/]; choose from {', '.join(VIEWS)}")
        raise typer.Exit(2)
    kg = _graph_for(paths, fmt, thesaurus, stoplist, jobs)
    written = VIEWS[name](kg, out_dir, min_occurrences=min_occurrences, min_weight=min_weight,
                          max_nodes=max_nodes, min_papers=min_papers)
    for p in written:
        out.print(f"wrote {p}")


@app.command()
def report(
    paths: Annotated[list[Path] | None, typer.Argument(
        help="Input files or directories (default: the bundled sample).")] = None,
    out_dir: OutOpt = OUT_DIR,
    fmt: Annotated[str | None, typer.Option("--format", help="Input format for all files.")
                   ] = None,
    as_: Annotated[str, typer.Option("--as", help="Report format: html or md.")] = "html",
    top: Annotated[int, typer.Option(help="Top entities listed per type.")] = 10,
    min_occurrences: Annotated[int, typer.Option(
        help="Clusters: keep entities found in at least this many papers.")] = 2,
    thesaurus: ThesaurusOpt = None,
    stoplist: StoplistOpt = None,
    jobs: JobsOpt = 1,
) -> None:
    """A self-contained summary: counts, top entities, leaderboards, clusters, charts."""
    from litgraph.report import write_report

    if as_ not in ("html", "md"):
        console.print("[red]error:[/] --as must be html or md")
        raise typer.Exit(2)
    kg = _graph_for(paths, fmt, thesaurus, stoplist, jobs)
    path = write_report(kg, out_dir / f"report.{as_}", fmt=as_, top=top,
                        min_occurrences=min_occurrences)
    out.print(f"wrote {path}")


@app.command("query")
def query_cmd(
    query: Annotated[str | None, typer.Argument(
        help="A .rq file, the name of a canned query (see --list) or an inline SPARQL query.")
    ] = None,
    store: Annotated[Path | None, typer.Option(
        "--store", help="Query this store (made by `litgraph build --store`).")] = None,
    out_dir: OutOpt = OUT_DIR,
    fmt: Annotated[str, typer.Option(
        "--format", "-f", help="table, csv, tsv, json (SPARQL 1.1 results JSON) or xml; "
                               "ttl or nt for CONSTRUCT/DESCRIBE.")] = "table",
    param: Annotated[list[str] | None, typer.Option(
        "--param", "-p", help="name=value for a query parameter (repeatable), e.g. "
                              "--param benchmark=MMLU.")] = None,
    list_queries: Annotated[bool, typer.Option("--list", help="List the canned queries.")
                            ] = False,
    show: Annotated[bool, typer.Option(
        "--show", help="Print the query with its parameters filled in, do not run it.")
    ] = False,
) -> None:
    """Run a SPARQL query on the graph (the built files in --out, or a --store)."""
    from litgraph import query as lq
    from litgraph import store as gstore

    if list_queries or not query:
        t = Table(title="canned queries (litgraph query NAME --param name=value)")
        t.add_column("name")
        t.add_column("question")
        t.add_column("parameters (default)")
        for q in lq.all_canned():
            t.add_row(q.name, q.question, ", ".join(f"{p.name}={p.default}"
                                                     for p in q.params.values()))
        out.print(t)
        if not query:
            return
    if fmt not in ("table", "csv", "tsv", "json", "xml", "ttl", "nt"):
        console.print(f"[red]error:[/] unknown --format {fmt!r}")
        raise typer.Exit(2)
    try:
        q = lq.load(query)
        params = lq.parse_params(param)
        with contextlib.ExitStack() as stack:
            if store is not None or gstore.is_store(out_dir):
                db = stack.enter_context(gstore.open_read(store or out_dir))
            else:
                db = gstore.load_files(out_dir)
            text = lq.prepare(q, params, db)
            if show:
                sys.stdout.write(text if text.endswith("\n") else text + "\n")
                return
            t0 = time.perf_counter()
            res = lq.execute(db, text)
            elapsed = time.perf_counter() - t0
    except lq.QueryError as exc:
        console.print(f"[red]error:[/] {exc}", markup=True, highlight=False)
        raise typer.Exit(2) from None
    except gstore.StoreError as exc:
        console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(1) from None
    if fmt == "table":
        if res.kind == "ask":
            out.print("true" if res.boolean else "false")
        elif res.kind == "graph":
            sys.stdout.write(lq.serialize(res, "ttl").decode())
        else:
            t = Table(title=q.question or None, title_justify="left")
            for v in res.variables:
                t.add_column(v, overflow="fold")
            for row in res.rows:
                t.add_row(*(lq.compact(v) for v in row))
            out.print(t)
            console.print(f"{len(res.rows)} rows in {elapsed * 1000:.0f} ms")
        return
    if res.kind == "graph" and fmt not in ("ttl", "nt"):
        fmt = "ttl"
    if res.kind != "graph" and fmt in ("ttl", "nt"):
        console.print(f"[red]error:[/] --format {fmt} is for CONSTRUCT/DESCRIBE queries")
        raise typer.Exit(2)
    sys.stdout.buffer.write(lq.serialize(res, fmt))
    sys.stdout.flush()


@app.command("add")
def add_cmd(
    paths: Annotated[list[Path], typer.Argument(help="Input files or directories to add.")],
    store: Annotated[Path, typer.Option(
        "--store", help="The store to add to (made by `litgraph build --store`).")],
    fmt: Annotated[str | None, typer.Option(
        "--format", help="Input format for all files (default: by extension).")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes for extraction.")
                    ] = 1,
    out_dir: Annotated[Path | None, typer.Option(
        "--out", "-o", help="Also rewrite the graph files (graph.nt, ...) in this directory.")
    ] = None,
) -> None:
    """Add papers to a store: duplicates merged, entities resolved against the stored ones,
    and only the triples that change are written (in one transaction)."""
    from litgraph import store as gstore
    from litgraph.incremental import add as run_add

    for p in paths:
        if not p.exists():
            console.print(f"[yellow]warning:[/] {p}: file not found")

    def on_problem(p) -> None:
        console.print(f"[yellow]skipped[/] {p}")

    def on_graph(kg) -> None:
        if out_dir is None:
            return
        from litgraph.export import WRITERS

        out_dir.mkdir(parents=True, exist_ok=True)
        for name, writer in WRITERS.items():
            writer(kg, out_dir / name)

    t0 = time.perf_counter()
    try:
        rep = run_add(paths, store, fmt=fmt, jobs=jobs, on_problem=on_problem,
                      on_graph=on_graph if out_dir is not None else None)
    except (gstore.StoreError, ValueError, OSError) as exc:
        console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(1) from None
    table = Table(title="litgraph add", show_header=False, box=None)
    table.add_row("records read", f"{rep.records} records: {rep.new_papers} new papers, "
                                  f"{rep.merged} already known ({rep.changed_papers} stored "
                                  "papers updated)")
    table.add_row("extracted", f"{rep.extracted} papers")
    table.add_row("store", f"{store}: -{rep.deleted} +{rep.inserted} triples" if rep.changed
                  else f"{store}: unchanged")
    table.add_row("time", f"{time.perf_counter() - t0:.1f} s")
    out.print(table)


@app.command("serve")
def serve_cmd(
    store: Annotated[Path | None, typer.Option(
        "--store", help="Serve this store (default: the graph files in --out).")] = None,
    out_dir: OutOpt = OUT_DIR,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 7878,
    timeout: Annotated[float, typer.Option(help="Time limit per query, in seconds.")] = 10.0,
    max_rows: Annotated[int, typer.Option(help="Most result rows (or triples) returned.")
                        ] = 100_000,
    workers: Annotated[int | None, typer.Option(help="Query worker processes.")] = None,
) -> None:
    """A read-only SPARQL 1.1 endpoint (/sparql) with a query page, on this machine."""
    from litgraph import serve as lserve
    from litgraph import store as gstore

    if host not in ("127.0.0.1", "localhost", "::1"):
        console.print(f"[yellow]warning:[/] listening on {host}: the endpoint has no "
                      "authentication; anyone who can reach this address can query the graph")
    with contextlib.ExitStack() as stack:
        try:
            if store is not None or gstore.is_store(out_dir):
                db = stack.enter_context(gstore.shared_lock(store or out_dir))
                source = ("store", str(db))
            else:
                if not (out_dir / "graph.nt").exists():
                    raise gstore.StoreError(f"{out_dir / 'graph.nt'} not found; run `litgraph "
                                            "build` first (or give --store)")
                source = ("files", str(out_dir))
        except gstore.StoreError as exc:
            console.print(f"[red]error:[/] {exc}")
            raise typer.Exit(1) from None
        html_dir = out_dir if (out_dir / "graph.html").exists() else None
        settings = lserve.Settings(source=source, timeout=timeout, max_rows=max_rows,
                                   workers=workers or lserve.default_workers(),
                                   html_dir=html_dir)
        console.print(f"SPARQL endpoint: http://{host}:{port}/sparql  (query page: "
                      f"http://{host}:{port}/)")
        lserve.serve(settings, host=host, port=port)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:  # pragma: no cover
        console.print("interrupted")
        sys.exit(130)


if __name__ == "__main__":
    main()
