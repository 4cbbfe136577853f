"""The `litgraph` command line. Heavy imports (spaCy, pyvis, rdflib) happen inside the
commands that need them, so `litgraph stats` or `litgraph --help` start instantly.
"""

from __future__ import annotations

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
    profile: Annotated[str, typer.Option(help="Extractor profile: fast (default, no model) "
                                               "or parser (needs litgraph[parser]).")] = "fast",
    thesaurus: Annotated[Path | None, typer.Option(
        help="VOSviewer-style thesaurus: label<TAB>replace by (empty replacement deletes).")
    ] = None,
    stoplist: Annotated[Path | None, typer.Option(help="Labels to drop, one per line.")
                        ] = None,
    max_nodes: Annotated[int, typer.Option(help="Most nodes drawn in graph.html.")] = 2000,
    no_html: Annotated[bool, typer.Option("--no-html", help="Skip graph.html.")] = False,
) -> None:
    """Read papers, extract entities and relations, and write the graph files."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    from litgraph.build import build as run_build
    from litgraph.export import WRITERS
    from litgraph.export import html as html_export

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

        try:
            kg = run_build(paths or None, fmt=fmt, base=base, jobs=jobs, profile=profile,
                           thesaurus=thesaurus, stoplist=stoplist, on_problem=on_problem,
                           on_progress=on_progress)
        except (RuntimeError, ValueError, OSError) as exc:
            console.print(f"[red]error:[/] {exc}")
            raise typer.Exit(2) from None
        if len(problems) > 20:
            console.print(f"[yellow]... and {len(problems) - 20} more skipped records[/]")
        if not kg.papers:
            console.print("[red]error:[/] no usable papers in the input")
            raise typer.Exit(1)
        files = [n for n in WRITERS if not (no_html and n == "graph.html")]
        wtask = progress.add_task("writing", total=len(files))
        out_dir.mkdir(parents=True, exist_ok=True)
        for name in files:
            if name == "graph.html":
                html_export.write(kg, out_dir / name, max_nodes=max_nodes)
            else:
                WRITERS[name](kg, out_dir / name)
            progress.advance(wtask)

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


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:  # pragma: no cover
        console.print("interrupted")
        sys.exit(130)


if __name__ == "__main__":
    main()
