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
