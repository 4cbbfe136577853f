"""Shared fixtures: the bundled sample built once per test session, and paths to ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.exists():
        pytest.skip(f"{SHARED} (the shared data folder) is not present")
    return SHARED


@pytest.fixture(scope="session")
def sample_kg():
    """KnowledgeGraph of the bundled sample (built once)."""
    import litgraph

    return litgraph.build()


@pytest.fixture(scope="session")
def sample_out(sample_kg, tmp_path_factory) -> Path:
    """Directory with every export of the sample written by the standard writers."""
    from litgraph.export import write_all

    out = tmp_path_factory.mktemp("sample-out")
    write_all(sample_kg, out)
    return out
