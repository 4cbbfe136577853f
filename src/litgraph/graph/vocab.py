"""The litgraph RDF vocabulary (see `ontology.ttl`) and the standard namespaces it uses."""

from __future__ import annotations

from litgraph.graph.iris import LG

DCTERMS = "http://purl.org/dc/terms/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
SH = "http://www.w3.org/ns/shacl#"

PREFIXES = {
    "lg": LG, "dcterms": DCTERMS, "rdf": RDF, "rdfs": RDFS, "skos": SKOS, "prov": PROV,
    "xsd": XSD,
}

CLASSES = ("Paper", "Model", "Method", "Dataset", "Benchmark", "Task", "Metric", "Result")
ROLE_PREDICATES = ("proposes", "uses", "evaluatesOn", "comparesWith", "mentions")
ENTITY_PREDICATES = ("outperforms", "variantOf", "basedOn")

# Node colours per type (Tableau 10), shared by the GraphML and HTML exports.
TYPE_COLOURS = {
    "Paper": "#9aa0a6", "Model": "#4e79a7", "Method": "#f28e2b", "Dataset": "#59a14f",
    "Benchmark": "#e15759", "Task": "#b07aa1", "Metric": "#edc948", "Result": "#76b7b2",
}
