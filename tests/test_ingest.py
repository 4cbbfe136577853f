"""Ingest: every input format, bad records reported with file and line, duplicates merged."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from litgraph.build import sample_paths
from litgraph.ingest import detect_format, ingest
from litgraph.ingest.dedupe import normalise_title

ABSTRACT = ("We propose FooNet, a new model for image classification. FooNet is trained on "
            "ImageNet and outperforms ResNet-50 by a wide margin.")


def test_sample_has_417_records_and_346_papers():
    result = ingest(sample_paths())
    assert result.records == 417
    assert len(result.papers) == 346
    assert result.duplicates == 71
    assert result.problems == []
    # A paper listed in several dumps records every source file.
    multi = [p for p in result.papers if len(p.sources) > 1]
    assert multi and all(len(set(p.sources)) == len(p.sources) for p in multi)


def test_sample_header_noise_is_skipped_and_glued_subscribe_split():
    titles = {p.title for p in ingest(sample_paths()).papers}
    assert "Evaluating the Zero-shot Robustness of Instruction-tuned Language Models" in titles
    noise = ("Subscribe", "new", "Mar 18", "byAK and the research community",
             "Get trending papers in your email inbox!")
    assert not any(t in titles for t in noise)
    assert not any(t.startswith("Subscribe") for t in titles)


def test_pagedump_without_blank_lines_and_missing_abstract(tmp_path: Path):
    f = tmp_path / "dump.txt"
    f.write_text(
        "Get trending papers in your email inbox!\nSubscribeFirst Paper Title\n"
        f"{ABSTRACT}\nOrphan Title Without Abstract\nSecond Paper Title\n{ABSTRACT} More.\n",
        encoding="utf-8")
    result = ingest([f])
    assert [p.title for p in result.papers] == ["First Paper Title", "Second Paper Title"]
    assert len(result.problems) == 1
    prob = result.problems[0]
    assert prob.source.endswith("dump.txt") and prob.line == 4
    assert "no abstract" in prob.message and "Orphan Title" in prob.message


def test_jsonl_with_broken_line_bad_encoding_and_missing_abstract(tmp_path: Path):
    f = tmp_path / "papers.jsonl"
    good = {"title": "Good One", "abstract": ABSTRACT, "id": "2401.00001v2",
            "date": "2024-01-02", "categories": ["cs.CV"], "authors": ["A. B"]}
    lines = [json.dumps(good).encode(), b'{"title": "Broken", "abstract": ',
             json.dumps({"title": "No Abstract"}).encode(),
             b'{"title": "Bad \xff\xfe bytes", "abstract": "x"}',
             json.dumps({"title": "Good Two", "abstract": ABSTRACT + " Two."}).encode()]
    f.write_bytes(b"\n".join(lines) + b"\n")
    result = ingest([f])
    assert [p.title for p in result.papers] == ["Good One", "Good Two"]
    first = result.papers[0]
    assert first.arxiv_id == "2401.00001" and first.key == "arxiv:2401.00001"
    assert first.date == "2024-01-02" and first.categories == ("cs.CV",)
    by_line = {p.line: p.message for p in result.problems}
    assert set(by_line) == {2, 3, 4}
    assert "broken JSON" in by_line[2]
    assert "no abstract" in by_line[3]
    assert "UTF-8" in by_line[4]


def test_gzip_jsonl_and_json_array(tmp_path: Path):
    gz = tmp_path / "a.jsonl.gz"
    with gzip.open(gz, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"title": "Gz Paper", "abstract": ABSTRACT}) + "\n")
    arr = tmp_path / "b.json"
    arr.write_text(json.dumps([{"title": "Array Paper", "abstract": ABSTRACT, "doi":
                                "https://doi.org/10.1000/XYZ.1"}, 42]), encoding="utf-8")
    assert detect_format(gz) == "jsonl" and detect_format(arr) == "json"
    result = ingest([gz, arr])
    assert [p.title for p in result.papers] == ["Gz Paper", "Array Paper"]
    assert result.papers[1].doi == "10.1000/xyz.1"
    assert len(result.problems) == 1 and "JSON object" in result.problems[0].message


def test_csv_with_header_and_bad_rows(tmp_path: Path):
    f = tmp_path / "papers.csv"
    f.write_text(
        "Title,Abstract,Year,Authors\n"
        f'"A, quoted title","{ABSTRACT}",2023,"Ann Lee; Bo Chen"\n'
        "Short row only\n"
        f'Plain Title,"{ABSTRACT} Plain.",2022,X\n', encoding="utf-8")
    result = ingest([f])
    assert [p.title for p in result.papers] == ["A, quoted title", "Plain Title"]
    assert result.papers[0].authors == ("Ann Lee", "Bo Chen")
    assert result.papers[0].date == "2023"
    assert len(result.problems) == 1 and result.problems[0].line == 3


def test_bibtex(tmp_path: Path):
    f = tmp_path / "refs.bib"
    f.write_text(
        "@article{foo2023,\n  title = {{FooNet}: A Model},\n"
        f"  abstract = {{{ABSTRACT}}},\n  eprint = {{2305.12345}},\n  year = {{2023}},\n"
        "  author = {Lee, Ann and Chen, Bo}\n}\n\n"
        "@inproceedings{noabs2022,\n  title = {Nothing Here},\n  year = {2022}\n}\n",
        encoding="utf-8")
    result = ingest([f])
    assert len(result.papers) == 1
    p = result.papers[0]
    assert p.title == "FooNet: A Model" and p.arxiv_id == "2305.12345" and p.date == "2023"
    assert p.authors == ("Lee, Ann", "Chen, Bo")
    assert len(result.problems) == 1
    assert result.problems[0].line == 8 and "no abstract" in result.problems[0].message


def test_binary_junk_file_is_reported_not_fatal(tmp_path: Path):
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 20)
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"title": "Survivor", "abstract": ABSTRACT}) + "\n")
    result = ingest([junk, good])
    assert [p.title for p in result.papers] == ["Survivor"]
    assert result.problems and all(p.source.endswith("junk.txt") for p in result.problems)


def test_format_override_and_unknown_extension(tmp_path: Path):
    f = tmp_path / "papers.data"
    f.write_text(json.dumps({"title": "Override", "abstract": ABSTRACT}) + "\n")
    assert ingest([f]).papers == [] and "unknown format" in ingest([f]).problems[0].message
    assert [p.title for p in ingest([f], fmt="jsonl").papers] == ["Override"]


def test_duplicates_merge_by_id_then_title(tmp_path: Path):
    a = tmp_path / "a.jsonl"
    a.write_text(
        json.dumps({"title": "Same Paper!", "abstract": ABSTRACT}) + "\n" +
        json.dumps({"title": "same paper", "abstract": ABSTRACT, "id": "2401.00002"}) + "\n" +
        json.dumps({"title": "Renamed in v2", "abstract": ABSTRACT, "id": "2401.00002v3"}) + "\n"
        + json.dumps({"title": "Same Paper", "abstract": ABSTRACT, "id": "2401.99999"}) + "\n")
    result = ingest([a])
    assert len(result.papers) == 2
    merged = result.papers[0]
    assert merged.key == "arxiv:2401.00002" and merged.title == "Same Paper!"
    assert result.papers[1].key == "arxiv:2401.99999"  # same title, conflicting id: distinct


@pytest.mark.parametrize("title,expected", [("LLaMA-2: Open Models", "llama 2 open models"),
                                            ("Café  Über\tModels", "cafe uber models")])
def test_normalise_title(title: str, expected: str):
    assert normalise_title(title) == expected


@pytest.mark.parametrize("raw,decoded", [
    ('T\\"ULU 2 and Nystr\\"om', "TÜLU 2 and Nyström"),
    ("Erd\\H{o}s and G\\\"{o}del, {\\'e}t\\'e", "Erdős and Gödel, été"),
    ("na\\\"{\\i}ve \\c{c}a", "naïve ça"),
    ("keeps \\textbf{bold} and $\\alpha$", "keeps \\textbf{bold} and $\\alpha$"),
])
def test_latex_accents_are_decoded(raw: str, decoded: str):
    from litgraph.ingest.latex import decode_accents
    from litgraph.ingest.records import clean_text

    assert decode_accents(raw) == decoded
    assert clean_text(raw) == decoded


def test_latex_ties_are_spaces():
    from litgraph.ingest.records import clean_text

    assert clean_text("we introduce~\\textit{Weighted SVD} in Table~2, ~3x faster") == \
        "we introduce \\textit{Weighted SVD} in Table 2, ~3x faster"


def test_latex_and_unicode_spellings_are_one_paper(tmp_path: Path):
    f = tmp_path / "p.jsonl"
    f.write_text(json.dumps({"title": 'Camels with T\\"ulu 2', "abstract": "A" * 60}) + "\n" +
                 json.dumps({"title": "Camels with Tülu 2", "abstract": "B" * 60}) + "\n",
                 encoding="utf-8")
    papers = ingest([f]).papers
    assert len(papers) == 1 and papers[0].title == "Camels with Tülu 2"
