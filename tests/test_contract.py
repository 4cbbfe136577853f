"""The RDF contract (classes, properties, evidence for every link), read back by independent
parsers (rdflib, pyoxigraph, networkx, igraph), SHACL conformance, determinism, and the
offline/escaped HTML."""

from __future__ import annotations

import json
import re
from importlib.resources import files
from pathlib import Path

import networkx as nx
import pyoxigraph
import rdflib
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

import litgraph
from litgraph.export import write_all

LG = rdflib.Namespace("https://w3id.org/litgraph/ns#")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
TYPES = {LG[t] for t in ("Model", "Method", "Dataset", "Benchmark", "Task", "Metric")}
ROLES = [LG[r] for r in ("proposes", "uses", "evaluatesOn", "comparesWith", "mentions")]
ABSTRACT = ("We propose FooNet, a new model for image classification. FooNet is trained on "
            "ImageNet and achieves 91.5% accuracy on ImageNet, and FooNet outperforms ResNet-50. "
            "Code: https://github.com/example/foonet.")


def _count_rdflib(path: Path) -> int:
    return len(rdflib.Graph().parse(path, format="turtle" if path.suffix == ".ttl" else "nt"))


def _count_oxigraph(path: Path) -> int:
    fmt = pyoxigraph.RdfFormat.TURTLE if path.suffix == ".ttl" else pyoxigraph.RdfFormat.N_TRIPLES
    with path.open("rb") as fh:
        return sum(1 for _ in pyoxigraph.parse(fh, fmt))


def test_all_files_written(sample_out: Path):
    for name in ("graph.ttl", "graph.nt", "graph-evidence.ttl", "graph-evidence.nt",
                 "graph.graphml", "graph.html"):
        assert (sample_out / name).stat().st_size > 1000, name
    assert not list(sample_out.glob(".*.tmp")), "temporary files left behind"


def test_rdf_round_trips_in_rdflib_and_pyoxigraph(sample_out: Path):
    for stem in ("graph", "graph-evidence"):
        ttl, nt = sample_out / f"{stem}.ttl", sample_out / f"{stem}.nt"
        counts = {_count_rdflib(ttl), _count_rdflib(nt), _count_oxigraph(ttl), _count_oxigraph(nt)}
        assert len(counts) == 1 and counts.pop() > 1000, stem


def test_ttl_and_nt_hold_the_same_graph(sample_out: Path):
    a = rdflib.Graph().parse(sample_out / "graph.ttl")
    b = rdflib.Graph().parse(sample_out / "graph.nt", format="nt")
    assert set(a) == set(b)


def test_vocabulary_contract(sample_kg):
    g = sample_kg.rdf
    papers = set(g.subjects(RDF.type, LG.Paper))
    assert len(papers) == 346
    for p in papers:
        assert len(list(g.objects(p, DCTERMS.title))) == 1
        assert len(list(g.objects(p, DCTERMS.abstract))) == 1
        assert list(g.objects(p, DCTERMS.source))
        assert str(p).startswith("https://w3id.org/litgraph/id/paper/")
    entities = {o for r in ROLES for o in g.objects(None, r)}
    assert len(entities) > 100
    for e in entities:
        types = set(g.objects(e, RDF.type)) & TYPES
        assert len(types) == 1, (e, types)
        assert len(list(g.objects(e, RDFS.label))) == 1
        assert re.fullmatch(r"https://w3id\.org/litgraph/id/entity/[a-z0-9\-]+", str(e)), e
    # Each role is used, and aliases are recorded.
    for role in (LG.proposes, LG.uses, LG.evaluatesOn, LG.comparesWith):
        assert len(set(g.subject_objects(role))) > 10, role
    assert len(set(g.subject_objects(SKOS.altLabel))) > 10
    assert set(g.subject_objects(LG.outperforms))
    assert set(g.subject_objects(LG.variantOf))
    assert set(g.subject_objects(LG.link))


def test_every_link_claim_and_result_has_evidence(sample_kg):
    g = sample_kg.rdf
    evidence = {}
    for st in g.subjects(RDF.type, RDF.Statement):
        key = (g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object))
        evidence[key] = st
        text = str(g.value(st, LG.evidenceText))
        start, end = int(g.value(st, LG.charStart)), int(g.value(st, LG.charEnd))
        assert 0 <= start < end
        conf = float(g.value(st, LG.confidence))
        assert 0.0 <= conf <= 1.0
        assert g.value(st, LG.confidence).datatype == XSD.decimal
        assert g.value(st, LG.extractor) is not None
        paper = g.value(st, PROV.wasDerivedFrom)
        assert (paper, RDF.type, LG.Paper) in g
        # The offsets point into the field text, and the sentence is taken from it.
        field = str(g.value(st, LG.evidenceField))
        source = g.value(paper, DCTERMS.title if field == "title" else DCTERMS.abstract)
        assert text in str(source) and end <= len(str(source))
    for role in ROLES:
        for s, o in g.subject_objects(role):
            assert (s, role, o) in evidence, (s, role, o)
    for s, o in g.subject_objects(LG.outperforms):
        assert (s, LG.outperforms, o) in evidence
    for r in g.subjects(RDF.type, LG.Result):
        assert (r, LG.value, g.value(r, LG.value)) in evidence
        assert g.value(r, LG.value).datatype == XSD.decimal


def test_resolution_merges_spellings_and_keeps_versions_apart(sample_kg):
    labels = {e.key: e for e in sample_kg.entities.values()}
    # "LLaMA-2", "Llama 2", "Llama-2" all fold to one entity.
    llama2 = labels["llama2"]
    assert {a.lower().replace(" ", "-") for a in [llama2.label, *llama2.aliases]} >= {"llama-2"}
    assert "gpt4" in labels and "gpt35" in labels and labels["gpt4"] is not labels["gpt35"]
    variants = [e for e in sample_kg.entities.values() if e.variant_of == "llama2"]
    assert variants, "Llama-2 sizes should be variants of Llama-2"


def test_abbreviation_long_and_short_forms_are_one_entity(tmp_path: Path):
    f = tmp_path / "p.jsonl"
    rows = [
        {"title": "Paper One", "abstract": "We study Low-Rank Adaptation (LoRA) for language "
         "models. LoRA reduces memory while keeping quality on several tasks overall."},
        {"title": "Paper Two", "abstract": "We fine-tune a model with LoRA and compare it to "
         "full fine-tuning on many different tasks and settings in this work."},
    ]
    f.write_text("".join(json.dumps(r) + "\n" for r in rows))
    kg = litgraph.build([f])
    lora = [e for e in kg.entities.values() if e.label == "LoRA"]
    assert len(lora) == 1 and "Low-Rank Adaptation" in lora[0].aliases
    assert lora[0].papers == 2


def test_shacl_conformance(sample_kg):
    import pyshacl

    shapes = rdflib.Graph().parse(files("litgraph") / "shapes.ttl")
    ontology = rdflib.Graph().parse(files("litgraph") / "ontology.ttl")
    conforms, _, text = pyshacl.validate(sample_kg.rdf, shacl_graph=shapes, ont_graph=ontology,
                                         inference="none")
    assert conforms, text[:2000]


def test_shacl_catches_a_broken_graph(sample_kg):
    import pyshacl

    g = rdflib.Graph()
    g += sample_kg.rdf
    some_entity = next(g.objects(None, LG.uses))
    g.add((some_entity, RDF.type, LG.Dataset))  # a second type
    g.add((some_entity, RDF.type, LG.Model))
    shapes = rdflib.Graph().parse(files("litgraph") / "shapes.ttl")
    conforms, _, _ = pyshacl.validate(g, shacl_graph=shapes, inference="none")
    assert not conforms


def test_ontology_declares_every_term_used(sample_kg):
    ont = rdflib.Graph().parse(files("litgraph") / "ontology.ttl")
    declared = {s for s in ont.subjects(RDFS.label, None)}
    used = {p for p in sample_kg.rdf.predicates() if str(p).startswith(str(LG))}
    used |= {o for o in sample_kg.rdf.objects(None, RDF.type) if str(o).startswith(str(LG))}
    assert used <= declared, used - declared
    schema_article = rdflib.URIRef("https://schema.org/ScholarlyArticle")
    assert (LG.Paper, RDFS.subClassOf, schema_article) in ont


def test_graphml_loads_in_networkx_and_igraph(sample_out: Path, sample_kg):
    import igraph

    g = nx.read_graphml(sample_out / "graph.graphml")
    assert g.number_of_nodes() == sample_kg.nx.number_of_nodes()
    assert g.number_of_edges() == sample_kg.nx.number_of_edges()
    types = {d["type"] for _, d in g.nodes(data=True)}
    assert {"Paper", "Model", "Method", "Benchmark"} <= types
    for _, d in g.nodes(data=True):
        assert isinstance(d["label"], str) and isinstance(d["papers"], int)
        assert isinstance(d["degree"], int) and d["color"].startswith("#")
    assert {d["relation"] for _, _, d in g.edges(data=True)} >= {"proposes", "uses"}
    ig = igraph.Graph.Read_GraphML(str(sample_out / "graph.graphml"))
    assert ig.vcount() == g.number_of_nodes() and ig.ecount() == g.number_of_edges()
    assert "label" in ig.vs.attributes() and "relation" in ig.es.attributes()


def test_outputs_are_byte_identical_across_runs(sample_out: Path, tmp_path: Path):
    again = tmp_path / "again"
    write_all(litgraph.build(), again)
    for f in sample_out.iterdir():
        if f.is_file():
            assert f.read_bytes() == (again / f.name).read_bytes(), f.name


def test_html_is_offline(sample_out: Path):
    page = (sample_out / "graph.html").read_text(encoding="utf-8")
    assert "vis.Network" in page or "new vis" in page
    assert not re.search(r"<script[^>]+src=[\"']?(https?:)?//", page, re.I)
    assert not re.search(r"<link[^>]+href=[\"']?(https?:)?//", page, re.I)


def test_hostile_text_is_escaped_everywhere(tmp_path: Path):
    hostile = '<script>alert("x")</script> "Quoted" & \x07bell <img src=x onerror=alert(1)>'
    f = tmp_path / "evil.jsonl"
    f.write_text(json.dumps({
        "title": hostile, "id": "2401.00003",
        "abstract": ABSTRACT + ' See https://example.org/a b"<c> and </script><b>x</b>.'}) + "\n")
    kg = litgraph.build([f])
    out = tmp_path / "out"
    write_all(kg, out)
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert "<script>alert" not in page and "<img src=x" not in page
    for name in ("graph.ttl", "graph.nt"):
        g = rdflib.Graph().parse(out / name, format="turtle" if name.endswith("ttl") else "nt")
        title = str(next(g.objects(None, DCTERMS.title)))
        assert title.startswith('<script>alert("x")</script> "Quoted" &')
        for link in g.objects(None, LG.link):
            assert " " not in str(link) and "<" not in str(link) and '"' not in str(link)
    assert nx.read_graphml(out / "graph.graphml").number_of_nodes() > 1
