"""`litgraph report`: a self-contained summary of a KnowledgeGraph, as HTML or Markdown.

Sections: counts, top entities per type, top benchmarks with their leaderboards, the largest
co-occurrence clusters, and two charts (entities per type; papers per month when the papers
are dated, else the most frequent entities) drawn with matplotlib. matplotlib is optional
(`pip install litgraph[report]`): without it the report has the tables only. In HTML the
charts are embedded PNGs (`data:` URIs) so the file stands alone; in Markdown they are written
beside the report (`report-*.png`). Every text is HTML-escaped.
"""

from __future__ import annotations

import base64
import html
import io
from collections import Counter, defaultdict
from pathlib import Path

from litgraph.export.atomic import atomic_path, write_text
from litgraph.graph.vocab import TYPE_COLOURS
from litgraph.model import ENTITY_TYPES


def report_data(kg, top: int = 10, min_occurrences: int = 2, boards: int = 8,
                board_rows: int = 10, clusters: int = 8) -> dict:
    """All numbers and tables of the report, as plain data."""
    from litgraph.views.cooccurrence import clusters_summary, cooccurrence_graph

    s = kg.summary()
    top_entities = {}
    for t in ENTITY_TYPES:
        ents = sorted((e for e in kg.entities.values() if e.type == t),
                      key=lambda e: (-e.papers, e.label))
        top_entities[t] = [(e.label, e.papers) for e in ents[:top]]
    titles = {p.key: p.title for p in kg.papers}
    by_bench: dict[str, list] = defaultdict(list)
    for r in kg.results:
        by_bench[r.benchmark_key].append(r)
    ents = kg.entities

    def label(key: str | None) -> str:
        return ents[key].label if key in ents else (key or "")

    leaderboards = []
    for b in sorted(by_bench, key=lambda b: (-len(by_bench[b]), label(b)))[:boards]:
        rows = sorted(by_bench[b], key=lambda r: (-r.value, label(r.subject_key), r.paper_key))
        leaderboards.append({
            "benchmark": label(b), "results": len(rows),
            "rows": [(label(r.subject_key), r.value_text or str(r.value), r.unit or "",
                      label(r.metric_key), titles.get(r.paper_key, r.paper_key))
                     for r in rows[:board_rows]]})
    g = cooccurrence_graph(kg, min_occurrences=min_occurrences)
    months = Counter((p.date or "")[:7] for p in kg.papers if p.date and len(p.date) >= 7)
    years = Counter((p.date or "")[:4] for p in kg.papers if p.date)
    return {"summary": s, "top": top_entities, "leaderboards": leaderboards,
            "clusters": clusters_summary(g)[:clusters], "cooccurrence": {
                "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
                "clusters": len({d["cluster"] for _, d in g.nodes(data=True)}),
                "min_occurrences": min_occurrences},
            "months": dict(sorted(months.items())), "years": dict(sorted(years.items()))}


def charts(data: dict) -> list[tuple[str, str, bytes]]:
    """(name, caption, PNG bytes) per chart; empty when matplotlib is not installed."""
    try:
        import matplotlib

        matplotlib.use("Agg", force=False)
        import matplotlib.pyplot as plt
    except ImportError:
        return []
    out = []

    def png(fig) -> bytes:
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=110, bbox_inches="tight", metadata={"Software": None})
        plt.close(fig)
        return buf.getvalue()

    ents = data["summary"]["entities"]
    fig, ax = plt.subplots(figsize=(6, 2.8))
    types = list(ents)[::-1]
    ax.barh(types, [ents[t] for t in types], color=[TYPE_COLOURS.get(t, "#999") for t in types])
    for i, t in enumerate(types):
        ax.text(ents[t], i, f" {ents[t]}", va="center", fontsize=8)
    ax.set_xlabel("entities")
    ax.spines[["top", "right"]].set_visible(False)
    out.append(("types", "Entities per type", png(fig)))

    series = data["months"] if len(data["months"]) > 1 else data["years"]
    if len(series) > 1:
        fig, ax = plt.subplots(figsize=(7, 2.8))
        keys = list(series)
        ax.bar(range(len(keys)), [series[k] for k in keys], color="#4e79a7")
        step = max(1, len(keys) // 12)
        ax.set_xticks(range(0, len(keys), step), keys[::step], rotation=45, ha="right",
                      fontsize=8)
        ax.set_ylabel("papers")
        ax.spines[["top", "right"]].set_visible(False)
        out.append(("papers", "Papers per " + ("month" if series is data["months"] else "year"),
                    png(fig)))
    else:
        top = sorted(((n, lab, t) for t, rows in data["top"].items() for lab, n in rows),
                     key=lambda x: (-x[0], x[1]))[:15][::-1]
        if top:
            fig, ax = plt.subplots(figsize=(6, 3.6))
            ax.barh([lab for _, lab, _ in top], [n for n, _, _ in top],
                    color=[TYPE_COLOURS.get(t, "#999") for _, _, t in top])
            ax.set_xlabel("papers")
            ax.tick_params(axis="y", labelsize=8)
            ax.spines[["top", "right"]].set_visible(False)
            out.append(("entities", "Most frequent entities", png(fig)))
    return out


def _md_cell(text: object) -> str:
    return html.escape(str(text)).replace("|", "\\|").replace("\n", " ")


def to_markdown(data: dict, images: list[tuple[str, str]]) -> str:
    s = data["summary"]
    lines = ["# litgraph report", "", "## Counts", "",
             f"- papers: {s['papers']} ({s['records']} records, {s['duplicates']} duplicates "
             f"merged, {s['problems']} skipped)",
             "- entities: " + ", ".join(f"{t} {n}" for t, n in s["entities"].items()),
             "- relations: " + ", ".join(f"{t} {n}" for t, n in s["relations"].items()),
             f"- results: {s['results']}, URLs: {s['urls']}", ""]
    for src, caption in images:
        lines += [f"![{caption}]({src})", ""]
    lines += ["## Top entities per type", "", "| type | top entities (papers) |", "|---|---|"]
    for t, rows in data["top"].items():
        lines.append(f"| {t} | " + _md_cell(", ".join(f"{lab} ({n})" for lab, n in rows)) + " |")
    lines += ["", "## Top benchmarks and leaderboards", ""]
    if not data["leaderboards"]:
        lines += ["No numeric results were extracted.", ""]
    for b in data["leaderboards"]:
        lines += [f"### {_md_cell(b['benchmark'])} ({b['results']} results)", "",
                  "| subject | value | metric | paper |", "|---|---:|---|---|"]
        for subj, value, unit, metric, paper in b["rows"]:
            lines.append(f"| {_md_cell(subj)} | {_md_cell(value + unit)} | {_md_cell(metric)} | "
                         f"{_md_cell(paper)} |")
        lines.append("")
    c = data["cooccurrence"]
    lines += ["## Largest clusters", "",
              f"Co-occurrence map: {c['nodes']} entities in at least {c['min_occurrences']} "
              f"papers, {c['edges']} links, {c['clusters']} Louvain clusters.", "",
              "| cluster | size | top members (papers) |", "|---:|---:|---|"]
    for cl in data["clusters"]:
        lines.append(f"| {cl['cluster']} | {cl['size']} | " + _md_cell(
            ", ".join(f"{lab} ({n})" for lab, _, n in cl["top"])) + " |")
    return "\n".join(lines) + "\n"


_CSS = """body{font:14px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;
color:#222}table{border-collapse:collapse;margin:.5rem 0 1rem}td,th{border-bottom:1px solid #ddd;
padding:3px 8px;text-align:left;vertical-align:top}th{background:#f5f5f5}td.n{text-align:right}
.sw{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:4px}
figure{margin:1rem 0}figcaption{color:#555;font-size:12px}h3{margin-bottom:.2rem}"""


def to_html(data: dict, images: list[tuple[str, str]]) -> str:
    e = html.escape
    s = data["summary"]
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           "<title>litgraph report</title>", f"<style>{_CSS}</style></head><body>",
           "<h1>litgraph report</h1>", "<h2>Counts</h2>", "<table>",
           f"<tr><th>papers</th><td>{s['papers']} ({s['records']} records, {s['duplicates']} "
           f"duplicates merged, {s['problems']} skipped)</td></tr>",
           "<tr><th>entities</th><td>" + e(", ".join(f"{t} {n}" for t, n in
                                                     s["entities"].items())) + "</td></tr>",
           "<tr><th>relations</th><td>" + e(", ".join(f"{t} {n}" for t, n in
                                                      s["relations"].items())) + "</td></tr>",
           f"<tr><th>results / URLs</th><td>{s['results']} / {s['urls']}</td></tr>", "</table>"]
    for src, caption in images:
        out.append(f'<figure><img src="{e(src)}" alt="{e(caption)}">'
                   f"<figcaption>{e(caption)}</figcaption></figure>")
    out += ["<h2>Top entities per type</h2>", "<table><tr><th>type</th><th>top entities "
            "(papers)</th></tr>"]
    for t, rows in data["top"].items():
        out.append(f'<tr><th><span class="sw" style="background:{TYPE_COLOURS.get(t, "#999")}">'
                   f"</span>{e(t)}</th><td>"
                   + e(", ".join(f"{lab} ({n})" for lab, n in rows)) + "</td></tr>")
    out += ["</table>", "<h2>Top benchmarks and leaderboards</h2>"]
    if not data["leaderboards"]:
        out.append("<p>No numeric results were extracted.</p>")
    for b in data["leaderboards"]:
        out += [f"<h3>{e(b['benchmark'])} <small>({b['results']} results)</small></h3>",
                "<table><tr><th>subject</th><th>value</th><th>metric</th><th>paper</th></tr>"]
        for subj, value, unit, metric, paper in b["rows"]:
            out.append(f"<tr><td>{e(subj)}</td><td class=n>{e(value + unit)}</td>"
                       f"<td>{e(metric)}</td><td>{e(paper)}</td></tr>")
        out.append("</table>")
    c = data["cooccurrence"]
    out += ["<h2>Largest clusters</h2>",
            f"<p>Co-occurrence map: {c['nodes']} entities in at least {c['min_occurrences']} "
            f"papers, {c['edges']} links, {c['clusters']} Louvain clusters.</p>",
            "<table><tr><th>cluster</th><th>size</th><th>top members (papers)</th>"
            "<th>types</th></tr>"]
    for cl in data["clusters"]:
        out.append(f'<tr><td><span class="sw" style="background:{e(cl["colour"])}"></span>'
                   f"{cl['cluster']}</td><td class=n>{cl['size']}</td><td>"
                   + e(", ".join(f"{lab} ({n})" for lab, _, n in cl["top"])) + "</td><td>"
                   + e(", ".join(f"{t} {n}" for t, n in cl["types"].items())) + "</td></tr>")
    out += ["</table>", "</body></html>"]
    return "\n".join(out) + "\n"


def write_report(kg, path: Path | str, fmt: str | None = None, top: int = 10,
                 min_occurrences: int = 2, with_charts: bool = True) -> Path:
    """Write the report to `path` (`fmt` "html" or "md", default from the extension)."""
    path = Path(path)
    fmt = fmt or ("md" if path.suffix.lower() in (".md", ".markdown") else "html")
    data = report_data(kg, top=top, min_occurrences=min_occurrences)
    pngs = charts(data) if with_charts else []
    images = []
    for name, caption, png in pngs:
        if fmt == "html":
            images.append(("data:image/png;base64," + base64.b64encode(png).decode(), caption))
        else:
            img = path.with_name(f"{path.stem}-{name}.png")
            with atomic_path(img) as tmp:
                tmp.write_bytes(png)
            images.append((img.name, caption))
    write_text(path, to_html(data, images) if fmt == "html" else to_markdown(data, images))
    return path
