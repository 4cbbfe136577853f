"""Bibliometric views: co-occurrence map with Louvain clusters, overlay by year."""

from __future__ import annotations

import json
from itertools import combinations

import igraph
import networkx as nx
import pytest

from litgraph.build import build
from litgraph.views import VIEWS, cooccurrence, overlay


@pytest.fixture(scope="module")
def kg():
    return build()


@pytest.fixture(scope="module")
def dated(tmp_path_factory):
    d = tmp_path_factory.mktemp("dated")
    rows = [
        {"id": "2401.00001", "title": "LoRA for instruction tuning", "date": "2024-01-10",
         "abstract": "We fine-tune LLaMA-2 with LoRA and evaluate on MMLU and GSM8K."},
        {"id": "2407.00002", "title": "Better adapters", "date": "2024-07-01",
         "abstract": "We propose AdaptX, which uses LoRA and outperforms LLaMA-2 on MMLU."},
        {"id": "2501.00003", "title": "Reasoning at scale", "date": "2025-01-01",
         "abstract": "We evaluate GPT-4 and LLaMA-2 on GSM8K and MMLU with chain-of-thought."},
    ]
    src = d / "papers.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return build([src])


def test_cooccurrence_weights_count_shared_papers(kg):
    g = cooccurrence.cooccurrence_graph(kg, min_occurrences=2)
    papers = {}
    for lk in kg.links:
        papers.setdefault(kg.entity_iri(lk.entity_key), set()).add(lk.paper_key)
    assert g.number_of_nodes() > 20
    for n, d in g.nodes(data=True):
        assert d["occurrences"] == len(papers[n]) >= 2
        assert isinstance(d["cluster"], int) and d["color"].startswith("#")
    for u, v, d in list(g.edges(data=True))[:300]:
        assert d["weight"] == len(papers[u] & papers[v]) >= 1
        assert d["relation"] == "co-occurs"
    # every pair of kept entities sharing a paper is linked
    kept = list(g.nodes())[:60]
    for u, v in combinations(kept, 2):
        assert g.has_edge(u, v) == bool(papers[u] & papers[v])


def test_threshold_and_clusters(kg):
    g2 = cooccurrence.cooccurrence_graph(kg, min_occurrences=2)
    g5 = cooccurrence.cooccurrence_graph(kg, min_occurrences=5)
    assert 0 < g5.number_of_nodes() < g2.number_of_nodes()
    assert all(d["occurrences"] >= 5 for _, d in g5.nodes(data=True))
    sizes = [c["size"] for c in cooccurrence.clusters_summary(g2)]
    assert sizes == sorted(sizes, reverse=True) and sum(sizes) == g2.number_of_nodes()
    assert len(sizes) >= 2
    # deterministic
    g2b = cooccurrence.cooccurrence_graph(kg, min_occurrences=2)
    assert nx.get_node_attributes(g2, "cluster") == nx.get_node_attributes(g2b, "cluster")


def test_cooccurrence_files(kg, tmp_path):
    files = VIEWS["cooccurrence"](kg, tmp_path, min_occurrences=3)
    assert [f.name for f in files] == ["cooccurrence.html", "cooccurrence.graphml",
                                       "cooccurrence.gexf"]
    g = nx.read_graphml(tmp_path / "cooccurrence.graphml")
    d = next(iter(g.nodes(data=True)))[1]
    for k in ("label", "type", "cluster", "occurrences", "r", "g", "b", "x", "y", "size"):
        assert k in d
    ig = igraph.Graph.Read_GraphML(str(tmp_path / "cooccurrence.graphml"))
    assert "cluster" in ig.vs.attributes() and "weight" in ig.es.attributes()
    gx = nx.read_gexf(tmp_path / "cooccurrence.gexf", version="1.3")
    assert gx.number_of_nodes() == g.number_of_nodes()
    page = (tmp_path / "cooccurrence.html").read_text(encoding="utf-8")
    assert '"colourBy":"cluster"' in page


def test_decimal_year():
    assert overlay.decimal_year("2025") == 2025.0
    assert overlay.decimal_year("2025-07") == 2025.5
    assert 2025.5 < overlay.decimal_year("2025-07-16") < 2025.6
    assert overlay.decimal_year("") is None and overlay.decimal_year(None) is None


def test_overlay_years(dated, tmp_path):
    years = overlay.node_years(dated)
    lora = next(k for k, e in dated.entities.items() if e.label == "LoRA")
    p = {lk.paper_key for lk in dated.links if lk.entity_key == lora}
    expected = sum(overlay.decimal_year(pp.date) for pp in dated.papers if pp.key in p) / len(p)
    assert years[dated.entity_iri(lora)] == pytest.approx(expected, abs=1e-3)
    from litgraph.export import graphml

    graphml.write(dated, tmp_path / "g.graphml")
    g = nx.read_graphml(tmp_path / "g.graphml")
    assert g.nodes[dated.entity_iri(lora)]["year"] == pytest.approx(expected, abs=1e-3)
    files = VIEWS["overlay"](dated, tmp_path)
    page = files[0].read_text(encoding="utf-8")
    assert '"colourBy":"year"' in page and '"years":[2024.0' in page


def test_overlay_without_dates_falls_back_to_type(kg, tmp_path):
    assert overlay.node_years(kg) == {}
    page = VIEWS["overlay"](kg, tmp_path)[0].read_text(encoding="utf-8")
    assert '"colourBy":"type"' in page
