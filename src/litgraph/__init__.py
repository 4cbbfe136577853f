"""litgraph: a knowledge graph of papers and the methods, models, datasets, benchmarks, tasks,
metrics and results their titles and abstracts talk about.

    >>> import litgraph
    >>> kg = litgraph.build()            # the bundled sample corpus
    >>> kg.nx                            # networkx MultiDiGraph
    >>> kg.rdf                           # rdflib Graph
"""

from __future__ import annotations

__version__ = "0.1.0"

# Imported eagerly so that `litgraph.build` is the function, not the `litgraph.build` module
# (the module is loaded here first; later `import litgraph.build` does not rebind the name).
# Nothing on this path imports spaCy: the extractor is loaded only when a build runs.
from litgraph.build import build  # noqa: E402
from litgraph.graph import KnowledgeGraph  # noqa: E402

__all__ = ["KnowledgeGraph", "build", "__version__"]
