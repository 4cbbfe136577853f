"""litgraph: a knowledge graph of papers and the methods, models, datasets, benchmarks, tasks,
metrics and results their titles and abstracts talk about.

    >>> import litgraph
    >>> kg = litgraph.build()            # the bundled sample corpus
    >>> kg.nx                            # networkx MultiDiGraph
    >>> kg.rdf                           # rdflib Graph
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["KnowledgeGraph", "build", "__version__"]


def __getattr__(name: str):
    # Lazy, so `import litgraph` (and CLI commands that do not extract) stay fast.
    if name == "build":
        from litgraph.build import build

        return build
    if name == "KnowledgeGraph":
        from litgraph.graph import KnowledgeGraph

        return KnowledgeGraph
    raise AttributeError(name)
