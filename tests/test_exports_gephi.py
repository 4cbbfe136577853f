"""GraphML, GEXF 1.3 and the CSV pair read back by networkx and igraph, attributes intact."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET

import igraph
import networkx as nx
import pytest

from litgraph.build import build
from litgraph.export import WRITERS, gexf, graphml, html, tables
from litgraph.graph.layout import positions

NODE_KEYS = ("label", "type", "papers", "r", "g", "b", "x", "y", "size")


@pytest.fixture(scope="module")
def kg():
    return build()


@pytest.fixture(scope="module")
def out(kg, tmp_path_factory):
    d = tmp_path_factory.mktemp("gephi")
    for name in ("graph.graphml", "graph.gexf", "nodes.csv", "edges.csv"):
        WRITERS[name](kg, d / name)
    return d


def test_writers_registered():
    for name in ("graph.ttl", "graph.nt", "graph-evidence.ttl", "graph-evidence.nt",
                 "graph.graphml", "graph.html", "graph.gexf", "nodes.csv", "edges.csv"):
        assert name in WRITERS


def test_graphml_keys_declared_for_gephi(out):
    root = ET.parse(out / "graph.graphml").getroot()
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    keys = {(k.get("for"), k.get("attr.name")): k.get("attr.type")
            for k in root.findall("g:key", ns)}
    for k in NODE_KEYS:
        assert ("node", k) in keys
    assert keys[("node", "x")] == "double" and keys[("node", "size")] == "double"
    assert keys[("node", "r")] in ("int", "long") and keys[("node", "papers")] in ("int", "long")
    for k in ("relation", "weight", "confidence"):
        assert ("edge", k) in keys


def test_graphml_networkx_roundtrip(kg, out):
    g = nx.read_graphml(out / "graph.graphml")
    src = kg.nx
    assert g.number_of_nodes() == src.number_of_nodes()
    assert g.number_of_edges() == src.number_of_edges()
    pos = positions(src)
    for n, d in src.nodes(data=True):
        r = g.nodes[n]
        assert r["label"] == d["label"] and r["type"] == d["type"]
        assert r["papers"] == d["papers"]
        assert (r["x"], r["y"]) == pos[n]
        assert f"#{r['r']:02x}{r['g']:02x}{r['b']:02x}" == d["color"]
        assert r["size"] > 0
    rels = sorted(d["relation"] for _, _, d in g.edges(data=True))
    assert rels == sorted(d["relation"] for _, _, d in src.edges(data=True))
    assert all(isinstance(d["weight"], float) and 0 <= d["confidence"] <= 1
               for _, _, d in g.edges(data=True))


def test_graphml_igraph_roundtrip(kg, out):
    g = igraph.Graph.Read_GraphML(str(out / "graph.graphml"))
    assert g.vcount() == kg.nx.number_of_nodes()
    assert g.ecount() == kg.nx.number_of_edges()
    for k in NODE_KEYS:
        assert k in g.vs.attributes()
    for k in ("relation", "weight", "confidence"):
        assert k in g.es.attributes()
    v = g.vs.find(id=kg.entity_iri(sorted(kg.entities)[0]))
    e = kg.entities[sorted(kg.entities)[0]]
    assert v["label"] == e.label and v["type"] == e.type and int(v["papers"]) == e.papers


def test_html_and_exports_share_the_layout(kg):
    data = html.explorer_data(kg)
    g = graphml.export_graph(kg)
    for row in data["nodes"][:200]:
        assert (row[3], row[4]) == (g.nodes[row[0]]["x"], g.nodes[row[0]]["y"])
        assert row[5] == g.nodes[row[0]]["size"]


def test_gexf_13_with_viz(kg, out):
    root = ET.parse(out / "graph.gexf").getroot()
    assert root.tag == "{http://gexf.net/1.3}gexf" and root.get("version") == "1.3"
    viz = "{http://gexf.net/1.3/viz}"
    node = root.find(".//{http://gexf.net/1.3}node")
    assert node.find(viz + "color") is not None
    assert node.find(viz + "position") is not None
    assert node.find(viz + "size") is not None
    g = nx.read_gexf(out / "graph.gexf", version="1.3")
    assert g.number_of_nodes() == kg.nx.number_of_nodes()
    assert g.number_of_edges() == kg.nx.number_of_edges()
    pos = positions(kg.nx)
    for n, d in kg.nx.nodes(data=True):
        r = g.nodes[n]
        assert r["label"] == d["label"] and r["type"] == d["type"] and r["papers"] == d["papers"]
        assert (r["viz"]["position"]["x"], r["viz"]["position"]["y"]) == pos[n]
        c = r["viz"]["color"]
        assert f"#{c['r']:02x}{c['g']:02x}{c['b']:02x}" == d["color"]
    assert {d["relation"] for _, _, d in g.edges(data=True)} == {
        d["relation"] for _, _, d in kg.nx.edges(data=True)}


def test_csv_pair(kg, out):
    with (out / "nodes.csv").open(encoding="utf-8", newline="") as f:
        nodes = list(csv.DictReader(f))
    with (out / "edges.csv").open(encoding="utf-8", newline="") as f:
        edges = list(csv.DictReader(f))
    assert len(nodes) == kg.nx.number_of_nodes() and len(edges) == kg.nx.number_of_edges()
    assert {"Id", "Label", "type", "papers", "x", "y", "size", "r", "g", "b"} <= set(nodes[0])
    assert {"Source", "Target", "Type", "Weight", "relation", "confidence"} <= set(edges[0])
    ids = {r["Id"] for r in nodes}
    assert all(e["Source"] in ids and e["Target"] in ids for e in edges)
    by_id = {r["Id"]: r for r in nodes}
    key = sorted(kg.entities)[0]
    row = by_id[kg.entity_iri(key)]
    assert row["Label"] == kg.entities[key].label and int(row["papers"]) == kg.entities[key].papers
    # loads in networkx as an edge list
    g = nx.from_edgelist(((e["Source"], e["Target"]) for e in edges), create_using=nx.DiGraph)
    assert g.number_of_nodes() <= len(nodes)


def test_exports_are_deterministic(kg, tmp_path):
    a = tables.nodes_csv(graphml.export_graph(kg))
    b = tables.nodes_csv(graphml.export_graph(kg))
    assert a == b
    kg2 = build()
    assert gexf.generate(graphml.export_graph(kg)) == gexf.generate(graphml.export_graph(kg2))
    assert html.render(kg) == html.render(kg2)


def test_hostile_text_in_exports(tmp_path):
    src = tmp_path / "bad.jsonl"
    src.write_text('{"title": "A <b>&</b> \\"quoted\\" title\\u0007", "abstract": "We use LoRA '
                   'on MMLU with GPT-4 and obtain good results on many tasks."}\n',
                   encoding="utf-8")
    kg = build([src])
    graphml.write(kg, tmp_path / "g.graphml")
    gexf.write(kg, tmp_path / "g.gexf")
    g = nx.read_graphml(tmp_path / "g.graphml")
    labels = {d["label"] for _, d in g.nodes(data=True)}
    assert 'A <b>&</b> "quoted" title' in labels
    g2 = nx.read_gexf(tmp_path / "g.gexf", version="1.3")
    assert 'A <b>&</b> "quoted" title' in {d["label"] for _, d in g2.nodes(data=True)}


# -- streaming writers (no kg.nx, no XML tree): the same content as the networkx-based ones ----

HOSTILE = ('{"title": "A <b>&</b> \\"quoted\\" \'single\' title\\u0007 ]]> &amp; \\u2028 '
           '\\ud83d\\ude00 caf\\u00e9", "abstract": "We use LoRA on MMLU with GPT-4 and '
           'obtain good results on <many> & \\"hard\\" tasks."}\n'
           '{"title": "Second paper on MMLU", "date": "2025-03-04", "abstract": "We '
           'propose Foo-LM <x>, which outperforms GPT-4 on MMLU by 3.2 points."}\n')


@pytest.fixture(scope="module")
def hostile_kg(tmp_path_factory):
    src = tmp_path_factory.mktemp("hostile") / "bad.jsonl"
    src.write_text(HOSTILE, encoding="utf-8")
    return build([src])


@pytest.mark.parametrize("which", ["sample", "hostile"])
def test_streamed_graphml_is_networkx_byte_for_byte(kg, hostile_kg, tmp_path, which):
    g_kg = kg if which == "sample" else hostile_kg
    graphml.write(g_kg, tmp_path / "stream.graphml")
    nx.write_graphml(graphml.export_graph(g_kg), tmp_path / "ref.graphml", encoding="utf-8",
                     prettyprint=True, named_key_ids=True)
    assert (tmp_path / "stream.graphml").read_bytes() == (tmp_path / "ref.graphml").read_bytes()
    a = nx.read_graphml(tmp_path / "stream.graphml")
    b = nx.read_graphml(tmp_path / "ref.graphml")
    assert dict(a.nodes(data=True)) == dict(b.nodes(data=True))
    assert sorted(a.edges(data=True), key=repr) == sorted(b.edges(data=True), key=repr)
    ig = igraph.Graph.Read_GraphML(str(tmp_path / "stream.graphml"))
    assert ig.vcount() == a.number_of_nodes() and ig.ecount() == a.number_of_edges()


def test_streamed_graphml_of_any_networkx_graph(tmp_path):
    """The generic path (views): hostile keys and values, empty strings, mixed types."""
    g = nx.MultiDiGraph()
    g.add_node("n<1>&\"", label='tab\there "q" \'s\' <&> \u00e9\U0001F600', papers=3, x=1.5)
    g.add_node("n2", label="", cluster=0)
    g.add_node("lonely")
    g.add_edge("n<1>&\"", "n2", key="k&<", relation="uses & <more>", weight=2.0)
    g.add_edge("n2", "n2", key=0)
    ug = nx.Graph()
    ug.add_edge("a", "b", weight=1.0, relation="co-occurs")
    for i, graph in enumerate((g, ug, nx.MultiDiGraph())):
        graphml.write_graph(graph, tmp_path / f"s{i}.graphml")
        nx.write_graphml(graph, tmp_path / f"r{i}.graphml", encoding="utf-8", prettyprint=True,
                         named_key_ids=True)
        assert (tmp_path / f"s{i}.graphml").read_bytes() == \
            (tmp_path / f"r{i}.graphml").read_bytes(), i


def test_streamed_gexf_and_csv_match_the_networkx_path(hostile_kg, tmp_path):
    eg = graphml.export_graph(hostile_kg)
    gexf.write(hostile_kg, tmp_path / "g.gexf")
    assert (tmp_path / "g.gexf").read_text(encoding="utf-8") == gexf.generate(eg)
    tables.write_nodes(hostile_kg, tmp_path / "nodes.csv")
    tables.write_edges(hostile_kg, tmp_path / "edges.csv")
    assert (tmp_path / "nodes.csv").read_text(encoding="utf-8") == tables.nodes_csv(eg)
    assert (tmp_path / "edges.csv").read_text(encoding="utf-8") == tables.edges_csv(eg)
    back = nx.read_gexf(tmp_path / "g.gexf", version="1.3")
    for n, d in eg.nodes(data=True):
        assert back.nodes[n]["label"] == d["label"] and back.nodes[n]["type"] == d["type"]
        if "year" in d:
            assert back.nodes[n]["year"] == d["year"]
    assert any('"quoted"' in d["label"] for _, d in back.nodes(data=True))


def test_gephi_exports_do_not_build_the_networkx_graph(tmp_path):
    kg = build()
    for name in ("graph.graphml", "graph.gexf", "nodes.csv", "edges.csv"):
        WRITERS[name](kg, tmp_path / name)
    assert "nx" not in kg.__dict__  # read from the KnowledgeGraph itself
    # and the layout computed without kg.nx is the one kg.nx gets
    assert positions(kg) == positions(kg.nx)
    kg2 = build()
    assert positions(kg2.nx) == positions(kg)


def test_layout_iterations_fall_with_size():
    from litgraph.graph import layout

    assert layout.iterations(1_000) == layout.iterations(layout.FULL_ITER_NODES) == 500
    assert layout.iterations(50_000) == 200 and layout.iterations(300_000) == 100
    assert layout.iterations(1_000_000) * 1_000_000 <= layout.MAX_WORK
    assert layout.iterations(10**8) == layout.MIN_ITER
