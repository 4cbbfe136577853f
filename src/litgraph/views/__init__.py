"""Bibliometric views of a KnowledgeGraph.

- :mod:`litgraph.views.cooccurrence`: the VOSviewer-style entity-entity graph weighted by the
  number of papers mentioning both, with Louvain clusters;
- :mod:`litgraph.views.overlay`: each node's (average) publication year, for an overlay
  colour scale.

`VIEWS` maps a view name (as given to `litgraph view NAME` or `litgraph build --view NAME`) to
a function `write(kg, out_dir, **options) -> list[Path]`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path


def _write_cooccurrence(kg, out_dir: Path, **options) -> list[Path]:
    from litgraph.views import cooccurrence

    return cooccurrence.write(kg, out_dir, **options)


def _write_overlay(kg, out_dir: Path, **options) -> list[Path]:
    from litgraph.views import overlay

    return overlay.write(kg, out_dir, **options)


VIEWS: dict[str, Callable[..., list[Path]]] = {
    "cooccurrence": _write_cooccurrence,
    "overlay": _write_overlay,
}
