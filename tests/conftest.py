"""Shared fixtures: the bundled sample built once per test session, and paths to ../shared."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.exists():
        pytest.skip(f"{SHARED} (the shared data folder) is not present")
    return SHARED


@pytest.fixture
def bench_record(tmp_path) -> Callable[[str, dict], Path]:
    """Write a test's measurement as JSON: into bench/ when LITGRAPH_BENCH=1 (to refresh the
    recorded numbers), else into the test's temporary directory, so that an ordinary test run
    leaves the working tree unchanged."""

    def record(name: str, result: dict) -> Path:
        folder = ROOT / "bench" if os.environ.get("LITGRAPH_BENCH") == "1" else tmp_path
        folder.mkdir(exist_ok=True)
        path = folder / name
        path.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
        return path

    return record


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
