"""Extractor rules on small hand-written abstracts."""

from __future__ import annotations

import pytest

from litgraph.extract import Extractor
from litgraph.extract.abbreviations import find_abbreviations
from litgraph.extract.tokens import _merge_sents, _split_sents
from litgraph.model import Paper


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _run(ex: Extractor, title: str, abstract: str):
    return ex.extract(Paper("t:1", title, abstract))


def _roles(ext) -> dict[str, str]:
    out: dict[str, str] = {}
    rank = ["proposes", "evaluatesOn", "comparesWith", "uses", "mentions"]
    for m in ext.mentions:
        if m.text not in out or rank.index(m.role) < rank.index(out[m.text]):
            out[m.text] = m.role
    return out


def test_abbreviation_definitions():
    abbs = {(a.short, a.long) for a in find_abbreviations(
        "We use Low-Rank Adaptation (LoRA) and DPO (Direct Preference Optimization).")}
    assert ("LoRA", "Low-Rank Adaptation") in abbs
    assert ("DPO", "Direct Preference Optimization") in abbs


def test_sentences_do_not_break_after_vs():
    text = ["A", "(", "76.7", "vs.", "70.7", ")", ".", "Next", "one", "."]
    assert _merge_sents(_split_sents(text), text) == [(0, 7), (7, 10)]


def test_title_name_roles_and_urls(ex):
    ext = _run(ex, "FooNet: A Model for Image Classification",
               "We propose FooNet, trained on ImageNet. FooNet achieves 91.5% accuracy on "
               "CIFAR-10 and outperforms ResNet-50. Code: https://github.com/x/FooNet.")
    roles = _roles(ext)
    assert roles["FooNet"] == "proposes"
    assert roles["ResNet-50"] == "comparesWith"
    assert roles["CIFAR-10"] == "evaluatesOn"
    assert not any("github" in m.text for m in ext.mentions)  # a URL is not a name
    assert [u.url for u in ext.urls] == ["https://github.com/x/FooNet"]
    assert ("FooNet", "ResNet-50") in {(r.subject, r.object) for r in ext.relations}
    assert [(r.subject, r.benchmark, r.value) for r in ext.results] == \
        [("FooNet", "CIFAR-10", 91.5)]


def test_generic_phrases_are_not_entities(ex):
    ext = _run(ex, "A study", "Large language models (LLMs) are NOT always better. We use a "
                              "PDF parser and instruction following data.")
    texts = {m.text.lower() for m in ext.mentions}
    assert not texts & {"llms", "large language models", "not", "pdf", "instruction following"}


def test_gains_are_not_results(ex):
    ext = _run(ex, "X", "Our BarLM improves accuracy on MMLU by 5.2% and reaches 70.1% on GSM8K.")
    assert [(r.benchmark, r.value) for r in ext.results] == [("GSM8K", 70.1)]


def test_versus_pairs(ex):
    ext = _run(ex, "X", "With our BazNet we achieve better results than LLaVA on benchmarks, "
                        "e.g., MM-Vet (40.2 vs. 35.4).")
    got = {(r.subject, r.benchmark, r.value) for r in ext.results}
    assert ("LLaVA", "MM-Vet", 35.4) in got


def test_proposed_variants(ex):
    ext = _run(ex, "AgentFoo: tuning agents",
               "We present AgentFoo. We release AgentFoo-7B and AgentFoo-70B.")
    roles = _roles(ext)
    assert roles["AgentFoo-7B"] == "proposes" and roles["AgentFoo-70B"] == "proposes"


def test_spans_include_long_forms(ex):
    text = "We apply Low-Rank Adaptation (LoRA) to BERT."
    spans = {text[a:b]: t for a, b, t in ex.spans(text)}
    assert spans["LoRA"] == "Method" and spans["Low-Rank Adaptation"] == "Method"
    assert spans["BERT"] == "Model"
