"""`litgraph report`: HTML and Markdown summaries, with and without matplotlib."""

from __future__ import annotations

import builtins
import re

import pytest
from typer.testing import CliRunner

from litgraph import report
from litgraph.build import build
from litgraph.cli import app


@pytest.fixture(scope="module")
def kg():
    return build()


def test_html_report_is_self_contained(kg, tmp_path):
    path = report.write_report(kg, tmp_path / "report.html")
    page = path.read_text(encoding="utf-8")
    for section in ("Counts", "Top entities per type", "Top benchmarks and leaderboards",
                    "Largest clusters"):
        assert section in page
    assert page.count('<img src="data:image/png;base64,') == 2
    assert not re.search(r'(src|href)="(?!data:)', page)  # nothing external
    top = max((e for e in kg.entities.values() if e.type == "Model"), key=lambda e: e.papers)
    assert top.label in page


def test_markdown_report_with_chart_files(kg, tmp_path):
    path = report.write_report(kg, tmp_path / "report.md")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# litgraph report")
    assert "| type | top entities (papers) |" in text
    assert (tmp_path / "report-types.png").read_bytes()[:4] == b"\x89PNG"


def test_report_without_matplotlib(kg, tmp_path, monkeypatch):
    real = builtins.__import__

    def no_mpl(name, *a, **k):
        if name.startswith("matplotlib"):
            raise ImportError(name)
        return real(name, *a, **k)

    monkeypatch.setattr(builtins, "__import__", no_mpl)
    page = report.write_report(kg, tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<img" not in page and "Top entities per type" in page


def test_report_escapes_text(tmp_path):
    src = tmp_path / "x.jsonl"
    src.write_text('{"title": "<script>alert(1)</script>", "abstract": "We propose '
                   '<b>Evil</b>Net and evaluate LoRA on MMLU with GPT-4."}\n', encoding="utf-8")
    kg = build([src])
    page = report.write_report(kg, tmp_path / "r.html", with_charts=False).read_text()
    assert "<script>" not in page and "<b>" not in page


def test_cli_report_and_view(tmp_path):
    runner = CliRunner()
    r = runner.invoke(app, ["report", "--out", str(tmp_path), "--as", "md"])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "report.md").exists()
    r = runner.invoke(app, ["view", "cooccurrence", "--out", str(tmp_path),
                            "--min-occurrences", "3"])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "cooccurrence.gexf").exists()
    r = runner.invoke(app, ["view", "nope", "--out", str(tmp_path)])
    assert r.exit_code == 2
