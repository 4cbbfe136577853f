"""Resolve: identity by folded name and abbreviation, variants, voting, thesaurus/stop list."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from litgraph.build import build
from litgraph.resolve import Thesaurus
from litgraph.variants import base_name

PAPERS = [
    {"title": "LoRA-Fast: cheap adapters",
     "abstract": "We propose LoRA-Fast, which extends Low-Rank Adaptation (LoRA). We fine-tune "
                 "Llama-2-7B and evaluate on the MMLU benchmark. LoRA-Fast outperforms "
                 "QLoRA on MMLU."},
    {"title": "A study of adapters",
     "abstract": "We compare LoRA with full fine-tuning of Llama 2 on GSM8K, and report "
                 "accuracy on MMLU."},
]


def _build(tmp_path: Path, **kw):
    path = tmp_path / "papers.jsonl"
    path.write_text("".join(json.dumps(p) + "\n" for p in PAPERS), encoding="utf-8")
    return build([path], **kw)


def _build_one(tmp_path: Path, title: str, abstract: str):
    path = tmp_path / "paper.jsonl"
    path.write_text(json.dumps({"title": title, "abstract": abstract}) + "\n", encoding="utf-8")
    return build([path])


def _labels(kg) -> set[str]:
    return {e.label for e in kg.entities.values()}


def test_base_name():
    assert base_name("Llama-2-7B") == "Llama-2"
    assert base_name("Mistral-7B-Instruct-v0.2") == "Mistral"
    assert base_name("GPT-4") is None


def test_abbreviation_and_variants(tmp_path):
    kg = _build(tmp_path)
    lora = kg.entities["lora"]
    assert lora.type == "Method"
    assert "Low-Rank Adaptation" in lora.aliases
    llama7 = next(e for e in kg.entities.values() if e.label.lower().startswith("llama-2-7b"))
    assert llama7.variant_of is not None


def test_thesaurus_merges_and_deletes(tmp_path):
    th = tmp_path / "thesaurus.txt"
    th.write_text("label\treplace by\nQLoRA\tLoRA\nGSM8K\t\n", encoding="utf-8")
    stop = tmp_path / "stop.txt"
    stop.write_text("# generic\naccuracy\n", encoding="utf-8")
    plain = _build(tmp_path)
    assert "QLoRA" in _labels(plain) and "GSM8K" in _labels(plain)
    kg = _build(tmp_path, thesaurus=th, stoplist=stop)
    labels = _labels(kg)
    assert "QLoRA" not in labels  # replaced by LoRA
    assert "GSM8K" not in labels  # empty replacement deletes
    assert "accuracy" not in {x.lower() for x in labels}  # stop list
    assert "LoRA" in labels


def test_thesaurus_load_folds_and_header(tmp_path):
    th = tmp_path / "t.txt"
    th.write_text("label\treplace by\nllama 2\tLlama-2\nfoo\t\n", encoding="utf-8")
    t = Thesaurus.load(th)
    assert t.apply("LLaMA-2") == "Llama-2"
    assert t.apply("FOO") is None
    assert t.apply("bar") == "bar"


def test_a_papers_own_abbreviation_beats_the_listed_expansion(tmp_path):
    path = tmp_path / "papers.jsonl"
    path.write_text(json.dumps({
        "title": "Instruction-tuned Language Models are Better Knowledge Learners",
        "abstract": "We propose pre-instruction-tuning (PIT), a method that instruction-tunes "
                    "on questions first. PIT outperforms standard instruction tuning."}) + "\n"
        + json.dumps({"title": "Speech separation",
                      "abstract": "We train with PIT on WSJ0-2mix and report SI-SNR."}) + "\n",
        encoding="utf-8")
    kg = build([path])
    own = next(e for e in kg.entities.values() if "PIT" in (e.label, *e.aliases) and
               "pre-instruction-tuning" in (e.label, *e.aliases))
    listed = kg.entities.get("permutationinvarianttraining")
    assert listed is not None and own.key != listed.key  # the second paper keeps the list's


def test_gazetteer_defined_reads_the_definition():
    from litgraph.gazetteer import load

    g = load()
    assert g.defined("PIT", "pre-instruction-tuning") is None  # the paper's own thing
    assert g.defined("TTS", "Tree Transfer Search") is None  # not text-to-speech
    assert g.defined("TTS", "Test-Time Scaling").canonical == "test-time scaling"
    assert g.defined("GQA", "Grouped Query Attention").type == "Method"  # not the benchmark
    assert g.defined("KITTI", "Karlsruhe Institute of Technology and Toyota Technological "
                              "Institute").canonical == "KITTI"  # a name, not an expansion
    assert g.defined("RLHF", "reinforcement learning through human feedback") is not None
    assert g.defined("SFT", "supervision during the fine-tuning").canonical == \
        "supervised fine-tuning"  # shares words with the listed long form
    # Initials of some of its words spell it, and it shares only "dynamic" with
    # "spurious-free dynamic range": the paper's own SFDR.
    assert g.defined("SFDR", "semantic-spatial feature fusion with dynamic graph "
                             "refinement") is None
    assert g.defined("DSO", "Direct Simulation Optimization") is None
    # as the list spells it: singular, American
    assert g.defined("SOM", "Self-Organizing Maps").type == "Method"
    assert g.defined("EM", "Expectation-Maximisation").canonical == "expectation-maximization"
    assert g.defined("SAMs", "Segment Anything Models") is None  # (a plural short form)
    assert g.lookup("R1") is None and g.lookup("Recall@1") is not None  # not recall@1
    assert g.defined("mAP50", "mean Average Precision at 50% Intersection over Union") \
        is not None
    # The starts of its words spell a mixed-case short form, and "multimodal" shares nothing
    # with "multipoint": not the listed CoMP (coordinated multipoint).
    assert g.defined("CoMP", "Continual Multimodal Pre-training") is None
    assert g.defined("RFT", "Reinforcement finetuning").canonical == "reinforcement fine-tuning"
    assert g.defined("RFT", "Rejection Fine-Tuning").canonical == \
        "rejection sampling fine-tuning"
    # A name listed with its own long form ("MoCo", Momentum Contrast) is an expansion too:
    # "self-speculative decoding (SSD)" is not the detector, nor "multi-person tracking
    # (MPT)" the model; the list's long forms still win ("Region-Based Convolutional Neural
    # Network (RCNN)").
    assert g.defined("MOCO", "multi-objective combinatorial optimization") is None
    assert g.defined("SSD", "self-speculative decoding") is None
    assert g.defined("MPT", "multi-person tracking") is None
    assert g.defined("RCNN", "Region-Based Convolutional Neural Network").canonical == "R-CNN"
    assert g.defined("KITTI", "Karlsruhe Institute of Technology").canonical == "KITTI"
    # One camel-case word spells its short form: not Massively Multilingual Speech
    assert g.defined("MMS", "MultimodalStudio") is None
    assert g.defined("ReAct", "Reasoning and Acting").canonical == "ReAct"


def test_a_titles_own_definition_beats_the_listed_short_form(tmp_path):
    # "CoMP: Continual Multimodal Pre-training ...", "SDR: Set-Distance Rewards ...": the
    # subtitle spells the name before the colon, so the graph has the paper's own entity
    # (long form as an alias), not coordinated multipoint or signal-to-distortion ratio.
    for title, short, long_ in (
            ("CoMP: Continual Multimodal Pre-training for Vision Foundation Models", "CoMP",
             "Continual Multimodal Pre-training"),
            ("SDR: Set-Distance Rewards for Radiology Report Generation", "SDR",
             "Set-Distance Rewards")):
        kg = _build_one(tmp_path, title, f"We introduce {short}, a new pipeline. "
                                         f"{short} improves quality.")
        own = next(e for e in kg.entities.values() if e.label == short)
        assert long_ in own.aliases and own.type == "Method"
        assert not {"coordinatedmultipoint", "signaltodistortionratio"} & set(kg.entities)


@pytest.mark.parametrize("title, long_", [
    ("GIViC: Generative Implicit Video Compression", "Generative Implicit Video Compression"),
    ("GA-GS: Generation-Assisted Gaussian Splatting for Static Scene Reconstruction",
     "Generation-Assisted Gaussian Splatting"),  # (a name written with a hyphen)
])
def test_a_new_title_name_spelled_out_by_the_subtitle_is_one_entity_with_its_long_form(
        tmp_path, title, long_):
    kg = _build_one(tmp_path, title, f"We propose {long_}, a new approach. It is fast.")
    short = title.split(":")[0]
    own = [e for e in kg.entities.values() if short in (e.label, *e.aliases) or
           long_ in (e.label, *e.aliases)]
    assert len(own) == 1 and {short, long_} <= {own[0].label, *own[0].aliases}


def test_the_plural_of_a_defined_long_form_is_the_same_entity(tmp_path):
    kg = _build_one(tmp_path, "Salience-Affected Neural Networks",
                    "We present Salience-Affected Neural Network (SANN), a model. "
                    "Salience-Affected Neural Networks are fast. SANN is small.")
    own = [e for e in kg.entities.values() if "SANN" in (e.label, *e.aliases)]
    assert len(own) == 1
    assert [e for e in kg.entities.values()
            if e.label == "Salience-Affected Neural Networks"] in ([], own)


def test_a_title_name_is_not_the_task_its_subtitle_names(tmp_path):
    kg = _build_one(tmp_path, "SurfR: Surface Reconstruction with Multi-scale Attention",
                    "We propose SurfR, a fast surface reconstruction method. SurfR is fast.")
    assert "SurfR" in _labels(kg) and kg.entities["surfacereconstruction"].type == "Task"


def test_known_data_scored_on_is_a_benchmark_and_trained_on_stays_data(tmp_path):
    # Annotation guide: data a paper scores systems on is a benchmark; the listed type
    # (CIFAR-10, SNIPS: datasets) is one vote and the mentions decide.
    path = tmp_path / "papers.jsonl"
    path.write_text(json.dumps({
        "title": "Robust classifiers",
        "abstract": "We propose RobustNet. Experiments on CIFAR-10 and SNIPS show that "
                    "RobustNet improves accuracy."}) + "\n" + json.dumps({
        "title": "Pretraining study",
        "abstract": "We pre-train a ResNet-50 on ImageNet and study its features."}) + "\n",
        encoding="utf-8")
    kg = build([path])
    types = {e.label: e.type for e in kg.entities.values()}
    assert types.get("CIFAR-10") == "Benchmark", types
    assert types.get("ImageNet") == "Dataset", types


def test_a_model_name_read_as_its_data_links_the_dataset(tmp_path):
    # "Alpaca" in "the Alpaca and ShareGPT data" is the listed dataset "Alpaca data".
    path = tmp_path / "papers.jsonl"
    path.write_text(json.dumps({
        "title": "Data recycling",
        "abstract": "We apply our method to Alpaca and ShareGPT data. Our models outperform "
                    "Vicuna."}) + "\n", encoding="utf-8")
    kg = build([path])
    linked = {kg.entities[lk.entity_key].label: kg.entities[lk.entity_key]
              for lk in kg.links}
    assert linked["Alpaca data"].type == "Dataset", linked
    assert "Alpaca" in linked["Alpaca data"].aliases
    assert "Alpaca" not in linked  # not the model


def test_a_technique_written_in_the_plural_in_a_title_is_the_listed_one(tmp_path):
    kg = _build_one(tmp_path, "Converged Algorithms for Orthogonal Nonnegative Matrix "
                              "Factorizations",
                    "This paper proposes nonnegative matrix factorization algorithms with "
                    "convergence proofs.")
    nmf = [e for e in kg.entities.values() if "matrix factori" in e.label.lower()]
    assert [e.label for e in nmf] == ["non-negative matrix factorization"]


def test_a_name_folding_like_a_case_sensitive_entry_keeps_its_own_label(tmp_path):
    kg = _build_one(tmp_path, "CoLa -- Learning to Interactively Collaborate with Large LMs",
                    "We introduce CoLa, a novel self-guided learning paradigm for training "
                    "automated guides. CoLa consistently outperforms competitive approaches.")
    labels = {e.label for e in kg.entities.values()}
    assert "CoLa" in labels and "CoLA" not in labels


def test_a_proposed_definition_gives_a_generic_short_form_its_own_meaning(tmp_path):
    # "IID" is generic (independent and identically distributed) wherever a paper does not
    # propose something by that name; here it names the paper's framework.
    kg = _build_one(tmp_path, "Disentangling Instruction Influence in Diffusion Transformers",
                    "We propose Instruction Influence Disentanglement (IID), a novel framework "
                    "enabling parallel execution of multiple instructions.")
    own = next(e for e in kg.entities.values() if e.label == "IID")
    assert "Instruction Influence Disentanglement" in own.aliases and own.type == "Method"
    kg = _build_one(tmp_path, "Federated tuning",
                    "Non-IID data among clients is a challenge. We study IID and non-IID data.")
    assert not any(e.label == "IID" for e in kg.entities.values())
