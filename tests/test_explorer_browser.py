"""The HTML explorer in real headless Chromium (Playwright driving Debian's /usr/bin/chromium).

Checks: no console errors, no network request, drawn node count, search, type filters, side
panel with evidence, edge tooltips, hostile text shown literally, and time-to-interactive on a
10k-node graph built from the shared arXiv corpus (recorded in bench/explorer.json when
LITGRAPH_BENCH=1).
Screenshots go to output/screenshots/ for a person to look at.
"""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path

import pytest

from litgraph.build import build
from litgraph.export import html

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "output" / "screenshots"
SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "data" / "corpus" / "arxiv_cs_daily_2025-2026.jsonl.gz"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Chromium not found at /usr/bin/chromium (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    kg = build()
    path = tmp_path_factory.mktemp("explorer") / "graph.html"
    html.write(kg, path)
    return kg, path


class Page:
    """A loaded explorer page with its console messages, errors, requests and dialogs."""

    def __init__(self, browser, path: Path, width: int = 1400, height: int = 900) -> None:
        self.page = browser.new_page(viewport={"width": width, "height": height})
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)

        def route(r):
            self.requests.append(r.request.url)
            r.continue_()

        self.page.route("**/*", route)
        t0 = time.perf_counter()
        self.page.goto(path.as_uri())
        self.page.wait_for_function("window.litgraphReady", timeout=60_000)
        self.load_seconds = time.perf_counter() - t0
        self.url = path.as_uri()

    def _dialog(self, d) -> None:
        self.dialogs.append(d.message)
        d.dismiss()

    def js(self, expr: str, arg=None):
        return self.page.evaluate(expr, arg)

    def node_index(self, iri: str) -> int:
        return self.js("iri => window.litgraph.indexOf(iri)", iri)

    def dom_point(self, i: int) -> tuple[float, float] | None:
        """Page coordinates of node i after centring it; None if another node covers it
        anywhere within 2 px of its centre (a mouse event lands on whole pixels, so a node
        visible only in a sliver at its centre is not clickable)."""
        return self.js("""async i => {
            const n = window.litgraph.network;
            n.focus(i, {scale: 1.6, animation: false});
            await new Promise(ok => requestAnimationFrame(() => requestAnimationFrame(ok)));
            const r = document.getElementById('lg-graph').getBoundingClientRect();
            const c = n.canvasToDOM(n.getPositions([i])[i]);
            const x = Math.round(r.left + c.x), y = Math.round(r.top + c.y);
            for (let dx = -2; dx <= 2; dx++) for (let dy = -2; dy <= 2; dy++)
                if (n.getNodeAt({x: x + dx - r.left, y: y + dy - r.top}) !== i) return null;
            return [x, y];
        }""", i)

    def clickable(self, iris: list[str]) -> tuple[str, tuple[float, float]]:
        """The first of `iris` whose node can be clicked (not under another node)."""
        for iri in iris:
            i = self.node_index(iri)
            point = self.dom_point(i) if i >= 0 else None
            if point:
                return iri, point
        raise AssertionError("no clickable node among the candidates")

    def shot(self, name: str) -> Path:
        SHOTS.mkdir(parents=True, exist_ok=True)
        path = SHOTS / name
        self.page.screenshot(path=str(path))
        return path

    def __enter__(self) -> Page:
        return self

    def __exit__(self, *exc: object) -> None:
        self.page.close()


def test_sample_loads_offline_without_errors(browser, sample):
    kg, path = sample
    with Page(browser, path) as pg:
        expected = html.select_nodes(kg.nx, html.DEFAULT_MAX_NODES)
        assert pg.js("window.litgraph.network.body.nodeIndices.length") == len(expected)
        assert pg.js("window.litgraph.data.nodes.map(n => n[0])") == expected
        assert pg.errors == []
        assert pg.requests == [pg.url]  # the page itself, nothing else
        assert "nodes" in pg.page.inner_text("#lg-note")
        pg.shot("explorer-sample.png")


def test_page_makes_no_request_even_when_interacting(browser, sample):
    _, path = sample
    with Page(browser, path) as pg:
        pg.page.fill("#lg-search", "lora")
        pg.page.keyboard.press("Enter")
        pg.page.uncheck("input[data-type='Model']")
        pg.js("window.litgraph.setColourMode('type')")
        pg.page.mouse.move(700, 450)
        pg.page.wait_for_timeout(300)
        assert pg.requests == [pg.url]
        assert pg.errors == []


def _entity_with_alias(kg):
    ents = sorted((e for e in kg.entities.values() if e.aliases and e.papers >= 2),
                  key=lambda e: (-e.papers, e.key))
    return ents[0]


def test_search_selects_and_centres_node(browser, sample):
    kg, path = sample
    ent = _entity_with_alias(kg)
    iri = kg.entity_iri(ent.key)
    with Page(browser, path) as pg:
        i = pg.node_index(iri)
        assert i >= 0
        pg.page.fill("#lg-search", ent.label)
        assert pg.page.is_visible("#lg-results")
        assert ent.label in pg.page.inner_text("#lg-results li:first-child")
        pg.page.keyboard.press("Enter")
        assert pg.js("window.litgraph.network.getSelectedNodes()") == [i]
        assert pg.page.inner_text("#lg-panel h2") == ent.label
        # centred: the node is in the middle of the canvas
        off = pg.js("""i => {
            const n = window.litgraph.network, p = n.canvasToDOM(n.getPositions([i])[i]);
            const c = document.getElementById('lg-graph').getBoundingClientRect();
            return [p.x - c.width / 2, p.y - c.height / 2];
        }""", i)
        assert abs(off[0]) < 5 and abs(off[1]) < 5
        pg.shot("explorer-search.png")
        # an alias finds the same node
        alias = ent.aliases[0]
        assert i in pg.js("q => window.litgraph.search(q, 50)", alias)


def test_type_filter_hides_that_type(browser, sample):
    kg, path = sample
    with Page(browser, path) as pg:
        drawn = pg.js("window.litgraph.network.body.nodeIndices.length")
        papers = sum(1 for n in html.select_nodes(kg.nx, html.DEFAULT_MAX_NODES)
                     if kg.nx.nodes[n]["type"] == "Paper")
        label = pg.page.inner_text("#lg-filters label:has(input[data-type='Paper'])")
        assert str(papers) in label
        pg.page.uncheck("input[data-type='Paper']")
        left = pg.js("""() => {
            const L = window.litgraph, types = L.data.types;
            return L.network.body.nodeIndices.map(i => types[L.data.nodes[i][2]][0]);
        }""")
        assert "Paper" not in left
        assert len(left) == drawn - papers
        pg.shot("explorer-filter-no-papers.png")
        pg.page.check("input[data-type='Paper']")
        assert pg.js("window.litgraph.network.body.nodeIndices.length") == drawn


def test_legend_and_colour_modes(browser, sample):
    _, path = sample
    with Page(browser, path) as pg:
        legend = pg.page.inner_text("#lg-legend")
        for t in ("Paper", "Model", "Method", "Dataset", "Benchmark", "Task", "Metric"):
            assert t in legend


def test_clicking_entity_opens_panel_with_papers_and_evidence(browser, sample):
    kg, path = sample
    with Page(browser, path) as pg:
        cands = sorted((e for e in kg.entities.values() if e.aliases and e.papers >= 2),
                       key=lambda e: (-e.papers, e.key))
        iri, (x, y) = pg.clickable([kg.entity_iri(e.key) for e in cands])
        ent = next(e for e in cands if kg.entity_iri(e.key) == iri)
        pg.page.mouse.click(x, y)
        pg.page.wait_for_selector("#lg-panel:not([hidden])")
        text = pg.page.inner_text("#lg-panel")
        assert ent.label in text and ent.type in text
        assert "Evidence" in text
        sentences = {" ".join(lk.evidence.sentence.split())[:60] for lk in kg.links
                     if lk.entity_key == ent.key}
        assert any(s in " ".join(text.split()) for s in sentences)
        assert any(a in text for a in ent.aliases)
        titles = {p.key: p.title for p in kg.papers}
        linked = {titles[lk.paper_key] for lk in kg.links if lk.entity_key == ent.key}
        assert any(t in text for t in linked)
        # paper links point at arXiv / their URL, never at a script
        hrefs = pg.js("[...document.querySelectorAll('#lg-panel a[href]')].map(a => a.href)")
        assert all(h.startswith(("https://", "http://")) for h in hrefs)
        pg.shot("explorer-entity-panel.png")


def test_clicking_paper_shows_title_abstract_and_entities(browser, sample):
    kg, path = sample
    by_paper = {}
    for lk in kg.links:
        by_paper.setdefault(lk.paper_key, []).append(lk)
    cands = sorted(kg.papers, key=lambda p: (-len(by_paper.get(p.key, [])), p.key))
    with Page(browser, path) as pg:
        iri, (x, y) = pg.clickable([kg.paper_iri(p.key) for p in cands])
        paper = next(p for p in cands if kg.paper_iri(p.key) == iri)
        pg.page.mouse.click(x, y)
        pg.page.wait_for_selector("#lg-panel:not([hidden])")
        assert pg.page.inner_text("#lg-panel h2") == paper.title
        text = " ".join(pg.page.inner_text("#lg-panel").split())
        assert " ".join(paper.abstract.split())[:80] in text
        assert "Extracted entities" in text
        labels = {kg.entities[lk.entity_key].label for lk in by_paper[paper.key]}
        assert all(lab in text for lab in labels)
        pg.shot("explorer-paper-panel.png")


def test_hovering_edge_shows_relation_and_evidence(browser, sample):
    kg, path = sample
    with Page(browser, path) as pg:
        # an edge with an evidence sentence whose midpoint is free of nodes, hovered there
        k, x, y = pg.js("""async () => {
            const L = window.litgraph, D = L.data, n = L.network;
            const r = document.getElementById('lg-graph').getBoundingClientRect();
            const frame = () => new Promise(ok => requestAnimationFrame(() => ok()));
            for (let k = 0; k < D.edges.length; k++) {
                const e = D.edges[k];
                if (!D.strings[e[5]]) continue;
                n.fit({nodes: [e[0], e[1]], animation: false});
                await frame(); await frame();  // labels count as the node: draw at this scale
                const p = n.getPositions([e[0], e[1]]);
                const m = n.canvasToDOM({x: (p[e[0]].x + p[e[1]].x) / 2,
                                         y: (p[e[0]].y + p[e[1]].y) / 2});
                m.x = Math.round(m.x); m.y = Math.round(m.y);
                const near = [[0, 0], [-6, -6], [6, 6], [-6, 6], [6, -6]].map(
                    d => ({x: m.x + d[0], y: m.y + d[1]}));
                // (and the edge alone near it: the page's pointer lands within a pixel of
                // m, where another edge may be the nearest)
                const close = [[0, 0], [-2, 0], [2, 0], [0, -2], [0, 2]].map(
                    d => ({x: m.x + d[0], y: m.y + d[1]}));
                if (near.every(q => n.getNodeAt(q) === undefined) &&
                        close.every(q => n.getEdgeAt(q) === k))
                    return [k, r.left + m.x, r.top + m.y];
            }
            return [-1, 0, 0];
        }""")
        assert k >= 0
        edge = pg.js("k => window.litgraph.data.edges[k]", k)
        relation = pg.js("r => window.litgraph.data.relations[r]", edge[2])
        pg.page.mouse.move(x, y, steps=3)
        pg.page.wait_for_function(
            "rel => { const t = document.getElementById('lg-tip');"
            " return !t.hidden && t.textContent.includes('\u2014' + rel); }",
            arg=relation, timeout=3000)
        tip = pg.page.inner_text("#lg-tip")
        sentence = pg.js("s => window.litgraph.data.strings[s]", edge[5])
        assert relation in tip
        assert "evidence" in tip and sentence[:40] in tip
        pg.shot("explorer-edge-tooltip.png")


HOSTILE_TITLE = "<img src=x onerror=alert(1)>"
HOSTILE_ABSTRACT = ("We fine-tune LLaMA-2 with LoRA and evaluate on MMLU, where it outperforms "
                    "GPT-3.5 by 4 points. <script>alert(2)</script> Code at "
                    "https://github.com/example/repo.")


def test_hostile_text_is_shown_literally_and_runs_nothing(browser, tmp_path):
    src = tmp_path / "hostile.jsonl"
    rows = [
        {"id": "2501.00001", "title": HOSTILE_TITLE, "abstract": HOSTILE_ABSTRACT,
         "date": "2025-01-02", "url": "javascript:alert(3)"},
        {"id": "2501.00002", "title": "Instruction tuning <b>bold</b> & co",
         "abstract": "We propose <svg onload=alert(4)>Tuner, a method for instruction tuning "
                     "that uses LoRA and is evaluated on MMLU.", "date": "2025-02-03"},
    ]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    kg = build([src])
    page_path = tmp_path / "graph.html"
    html.write(kg, page_path)
    raw = page_path.read_text(encoding="utf-8")
    assert HOSTILE_TITLE not in raw and "<script>alert" not in raw
    with Page(browser, page_path) as pg:
        paper = next(p for p in kg.papers if p.title == HOSTILE_TITLE)
        x, y = pg.clickable([kg.paper_iri(paper.key)])[1]
        pg.page.mouse.move(x, y)
        pg.page.wait_for_selector("#lg-tip:not([hidden])", timeout=3000)
        assert HOSTILE_TITLE in pg.page.inner_text("#lg-tip")
        pg.page.mouse.click(x, y)
        pg.page.wait_for_selector("#lg-panel:not([hidden])")
        assert pg.page.inner_text("#lg-panel h2") == HOSTILE_TITLE
        assert "<script>alert(2)</script>" in pg.page.inner_text("#lg-panel")
        # search shows the title as text too
        pg.page.fill("#lg-search", "onerror")
        assert HOSTILE_TITLE in pg.page.inner_text("#lg-results")
        pg.page.keyboard.press("Enter")
        pg.page.wait_for_timeout(500)
        assert pg.js("document.querySelectorAll('img, svg, #lg-panel script').length") == 0
        hrefs = pg.js("[...document.querySelectorAll('a[href]')].map(a => a.href)")
        assert not any(h.lower().startswith("javascript:") for h in hrefs)
        # the other paper's entities and panel
        other = next(p for p in kg.papers if p.key != paper.key)
        pg.js("i => window.litgraph.select(i)", pg.node_index(kg.paper_iri(other.key)))
        assert pg.page.inner_text("#lg-panel h2") == other.title
        assert "<svg onload=alert(4)>" in pg.page.inner_text("#lg-panel")
        pg.page.wait_for_timeout(300)
        pg.shot("explorer-hostile.png")
        assert pg.dialogs == []
        assert pg.errors == []
        assert pg.requests == [pg.url]


def test_left_out_nodes_are_reported(browser, sample, tmp_path):
    kg, _ = sample
    path = tmp_path / "small.html"
    html.write(kg, path, max_nodes=300, min_papers=2)
    with Page(browser, path) as pg:
        assert pg.js("window.litgraph.network.body.nodeIndices.length") == 300
        note = pg.page.inner_text("#lg-note")
        assert f"300 of {kg.nx.number_of_nodes()} nodes" in note
        assert "left out" in note and "fewer than 2 papers" in note


# -- 10k nodes ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def big_page(tmp_path_factory):
    if not CORPUS.exists():
        pytest.skip(f"shared corpus not found: {CORPUS}")
    d = tmp_path_factory.mktemp("big")
    src = d / "corpus.jsonl"
    for papers in (4000, 6000, 9000):  # the first N papers that give >= 10k nodes
        with gzip.open(CORPUS, "rt", encoding="utf-8") as fin, \
                src.open("w", encoding="utf-8") as f:
            for i, line in enumerate(fin):
                if i >= papers:
                    break
                f.write(line)
        t0 = time.perf_counter()
        kg = build([src], jobs=2)
        t_build = time.perf_counter() - t0
        n = kg.nx.number_of_nodes()
        if n >= 10_000:
            break
    t0 = time.perf_counter()
    path = d / "graph.html"
    html.write(kg, path, max_nodes=n)
    t_render = time.perf_counter() - t0
    return kg, path, {"papers": len(kg.papers), "nodes": n, "edges": kg.nx.number_of_edges(),
                      "build_s": round(t_build, 2), "render_html_s": round(t_render, 2),
                      "html_mb": round(path.stat().st_size / 1e6, 2)}


def test_10k_node_graph_is_interactive_quickly(browser, big_page, bench_record):
    kg, path, info = big_page
    assert info["nodes"] >= 10_000
    with Page(browser, path) as pg:
        tti_s = pg.load_seconds  # navigation start -> first frame drawn, measured outside
        in_page_ms = pg.js("window.litgraphReady")
        drawn = pg.js("window.litgraph.network.body.nodeIndices.length")
        assert drawn == info["nodes"]
        ent = max(kg.entities.values(), key=lambda e: (e.papers, e.key))
        t0 = time.perf_counter()
        pg.page.fill("#lg-search", ent.label)
        pg.page.keyboard.press("Enter")
        pg.page.wait_for_selector("#lg-panel:not([hidden])")
        search_s = time.perf_counter() - t0
        assert pg.page.inner_text("#lg-panel h2") == ent.label
        t0 = time.perf_counter()
        pg.page.uncheck("input[data-type='Paper']")
        pg.js("new Promise(r => requestAnimationFrame(() => r()))")
        filter_s = time.perf_counter() - t0
        pg.shot("explorer-10k.png")
        assert pg.errors == []
        assert pg.requests == [pg.url]
    result = dict(info, time_to_interactive_s=round(tti_s, 3),
                  in_page_ready_ms=round(in_page_ms, 1), search_select_s=round(search_s, 3),
                  type_filter_s=round(filter_s, 3), target_s=5.0,
                  chromium="headless /usr/bin/chromium", corpus=CORPUS.name)
    bench_record("explorer.json", result)
    assert tti_s < 30, result  # generous bound; the target (< 5 s) is recorded, not asserted
