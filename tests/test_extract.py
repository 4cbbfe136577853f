"""Extractor rules on small hand-written abstracts."""

from __future__ import annotations

import pytest

from litgraph.extract import Extractor
from litgraph.extract.abbreviations import find_abbreviations
from litgraph.extract.markup import math_like
from litgraph.extract.tokens import Toks, _merge_sents, _split_sents, indices
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


def _scores(ext) -> list[tuple[str, str, float]]:
    """The paper's numeric results as sorted (subject, benchmark, value)."""
    return sorted((r.subject, r.benchmark, r.value) for r in ext.results)


def _beats(ext) -> set[tuple[str, str]]:
    """The paper's outperforms claims as (subject, object) pairs."""
    return {(r.subject, r.object) for r in ext.relations if r.predicate == "outperforms"}


def _types(ext, name: str) -> set[str]:
    """The types the extractor gives the mentions written `name`."""
    return {m.type for m in ext.mentions if m.text == name}


def test_abbreviation_definitions():
    abbs = {(a.short, a.long) for a in find_abbreviations(
        "We use Low-Rank Adaptation (LoRA) and DPO (Direct Preference Optimization).")}
    assert ("LoRA", "Low-Rank Adaptation") in abbs
    assert ("DPO", "Direct Preference Optimization") in abbs
    # a coined mixed-case name spelled loosely by the title-case phrase after it; not a list
    # or a phrase that contains the name
    abbs = {(a.short, a.long) for a in find_abbreviations(
        "We propose LaViC (Large Vision-Language Conversational Recommendation Framework). "
        "We test LLMs (GPT-4o, Llama 3) and RAG (Reasoning-Enhanced RAG).")}
    assert abbs == {("LaViC", "Large Vision-Language Conversational Recommendation Framework")}


def test_sentences_do_not_break_after_vs():
    text = ["A", "(", "76.7", "vs.", "70.7", ")", ".", "Next", "one", "."]
    assert _merge_sents(_split_sents(text), text) == [(0, 7), (7, 10)]


def test_token_indices_as_a_scan_finds_them(ex):
    words = ["the", "-", "The", "the", "x", "the"]
    assert indices(words, "the") == [0, 3, 5]
    assert indices(words, "the", 1, 5) == [3]
    assert indices(words, "the", 0, -1) == [] and indices(words, "-", 3, 2) == []
    text = "We propose X and present Y; the model is proposed."
    tk = Toks(ex.nlp(text), False, text, text)
    assert tk.find(frozenset(("propose", "present", "proposed", "absent"))) == [1, 4, 10]
    assert tk.find({"we": 0, "model": 1}, 1) == [8]


def test_tokens_leave_out_blanks_and_map_doc_spans_and_sentences():
    import spacy
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    text = "We use   Alpaca here.  Then   MATH."
    tk = Toks(nlp(text), True, text, text)
    assert tk.text == ["We", "use", "Alpaca", "here", ".", "Then", "MATH", "."]
    assert [tk.span_text(a, b) for a, b in tk.sents] == ["We use   Alpaca here.", "Then   MATH."]
    assert tk.char_span(text.index("MATH"), text.index("MATH") + 4) == (6, 7)
    assert tk.ws[1] and tk.doc_matches([(0, 3, 4)]) == [(0, 2, 3)]


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


def test_plus_names_stay_apart(ex):
    from litgraph.gazetteer import fold, load

    gz = load()
    assert fold("HumanEval+") == "humanevalplus" != fold("HumanEval")
    assert gz.lookup("HumanEval+").canonical == "HumanEval+"
    assert gz.lookup("HumanEval").canonical == "HumanEval"
    assert gz.lookup("MBPP+").canonical == "MBPP+"
    assert gz.lookup("CodeT5+").canonical == "CodeT5+"
    assert gz.lookup("RefCOCO+").canonical == "RefCOCO+"
    ext = _run(ex, "T", "We evaluate CodeT5+ on HumanEval+ and MBPP+, and CodeT5 on HumanEval.")
    texts = {m.text for m in ext.mentions}
    assert {"CodeT5+", "HumanEval+", "MBPP+", "CodeT5", "HumanEval"} <= texts


def test_cased_entries_match_their_case_first():
    from litgraph.gazetteer import load

    gz = load()
    assert gz.lookup("FiD").type == "Model"
    assert gz.lookup("FID").type == "Metric"
    assert gz.lookup("ViTs").canonical == "ViT"
    assert gz.lookup("VITS").canonical == "VITS"
    assert gz.lookup("Vits") is None
    # Long case-sensitive forms still match in any case; entity keys stay [a-z0-9].
    assert gz.lookup("fusion-in-decoder").canonical == "FiD"
    assert gz.lookup_key("humanevalplus").canonical == "HumanEval+"


def test_parenthesis_glued_to_a_word(ex):
    ext = _run(ex, "T", "We fine-tune with Low-Rank Adaptation(LoRA) and Mixture-of-Experts(MoE).")
    texts = {m.text for m in ext.mentions}
    assert "LoRA" in texts and not any("(" in t for t in texts)
    lora = next(m for m in ext.mentions if m.text == "LoRA")
    assert lora.long_form == "Low-Rank Adaptation"


def test_parenthesis_glued_after_an_acronym(ex):
    # "(GAN)-based", "(SAM)has": the acronym, not "GAN)-based".
    ext = _run(ex, "T", "We compare Generative Adversarial Network (GAN)-based synthesis with "
                        "Stable Diffusion (SD)-based editing and with BERT-(un)cased models.")
    texts = {m.text for m in ext.mentions}
    assert {"GAN", "SD"} <= texts and not any(t.endswith(("-based", ")")) for t in texts), texts


def test_names_drop_a_final_stop_after_a_hyphen_part(ex):
    ext = _run(ex, "T", "We evaluate on HumanML3D and Motion-X. Our encoder is ViT-L.")
    texts = {m.text for m in ext.mentions}
    assert {"Motion-X", "ViT-L"} <= texts, texts


def test_latex_emphasis_inside_a_word_is_no_name(ex):
    # Authors bold the letters of an acronym: "\textbf{S}elf-\textbf{R}eflective".
    ext = _run(ex, "T", r"We propose \textbf{S}elf-\textbf{R}eflective \textbf{L}earning "
                        r"(SRL) and \textbf{X}. We introduce \textbf{D}ynamic \textbf{R}outing.")
    texts = {m.text for m in ext.mentions}
    assert not texts & {"S", "R", "L", "X", "D"}, texts
    # ... nor the rest of the word: "LP" of "(\textbf{M}LP)" is no linear programming
    ext = _run(ex, "T", r"We use multi-layer perceptrons (\textbf{M}LP).")
    assert not {m.text for m in ext.mentions} & {"linear programming", "LP"}


def test_names_written_in_latex_math_read_as_text(ex):
    ext = _run(ex, "X$^{2}$-Gaussian: 4D radiative Gaussian splatting",
               r"We propose X$^{2}$-Gaussian. X$^{2}$-Gaussian outperforms PixArt-$\Sigma$ "
               r"and LLM$\times$MapReduce-V2 on PM\textsuperscript{4}Bench and "
               r"VRU\_Data.")
    texts = {m.text for m in ext.mentions}
    assert {"X^2-Gaussian", "PixArt-Σ", "LLM×MapReduce-V2", "PM4Bench", "VRU_Data"} <= texts, \
        texts
    assert not any("$" in t or "\\" in t for t in texts)


def test_latex_citations_are_blanked(ex):
    # "GPT4o~\\cite{gpt4o}" had been read as one name; the citation is no text (and offsets
    # into the abstract stay where they were).
    abstract = ("We develop FooGen. FooGen significantly outperforms GPT4o~\\cite{gpt4o} and "
                "CLIP (Radford et al.)~\\citep[p.~2]{radford2021} on long text.")
    ext = _run(ex, "Beyond Words: long-text image generation", abstract)
    names = {m.text for m in ext.mentions}
    assert {"GPT4o", "CLIP"} <= names and not any("cite" in n for n in names)
    m = next(m for m in ext.mentions if m.text == "GPT4o")
    assert abstract[m.evidence.start:m.evidence.end] == "GPT4o"


def test_latex_emphasis_marks_names(ex):
    ext = _run(ex, "T", r"We propose \textbf{Temporal Self-Rewarding Language Models} that "
                        r"use two steps: (1) \textit{Anchored Rejection} and more.")
    roles = _roles(ext)
    assert roles.get("Temporal Self-Rewarding Language Models") == "proposes"
    assert "Anchored Rejection" in roles
    m = next(m for m in ext.mentions if m.text == "Anchored Rejection")
    assert ext.mentions and m.evidence.sentence.startswith("We propose")  # offsets unchanged


def test_background_mentions_and_modifiers(ex):
    ext = _run(ex, "T", "Large language models such as ChatGPT are strong. In this paper, we "
                        "propose FooTune, an IV-guided method, and fine-tune LLaMA with it.")
    roles = _roles(ext)
    assert roles["ChatGPT"] == "mentions"
    assert roles["FooTune"] == "proposes"
    assert roles["LLaMA"] == "uses"
    assert "IV-guided" not in roles


def test_outperforms_compared_to_and_new_names_on_known_bases(ex):
    ext = _run(ex, "FooNet: a model",
               "We propose FooNet. Our FooNet method is more efficient than LoRA. "
               "Our Llama3-RankRAG outperforms Llama3-ChatQA-1.5 and GPT-4.")
    pairs = {(r.subject, r.object) for r in ext.relations}
    assert ("FooNet", "LoRA") in pairs
    assert ("Llama3-RankRAG", "Llama3-ChatQA-1.5") in pairs


def _claims(ext) -> set[tuple[str, str]]:
    return {(r.subject, r.object) for r in ext.relations}


def test_outperforms_superiority_over_comparison_with_and_better_y_than(ex):
    # "the superiority of X over Y and Z", a gain word a few words before "over", and
    # "(superior performance) in comparison with X" are claims like "outperforms".
    ext = _run(ex, "Tuning a controller",
               "We tune it with bacterial foraging optimization (BFO), particle swarm "
               "optimization (PSO) and gradient descent (GD). The comparison shows the "
               "superiority of BFO over the PSO and GD techniques.")
    assert {("BFO", "PSO"), ("BFO", "GD")} <= _claims(ext)
    ext = _run(ex, "FooTune: sparse tuning",
               "We propose FooTune. This method achieves a 5% improvement in accuracy over "
               "standard supervised fine-tuning. We show superior performance of the proposed "
               "method in comparison with LoRA.")
    assert {("FooTune", "supervised fine-tuning"), ("FooTune", "LoRA")} <= _claims(ext)
    # "yields better Y than X": the subject is named before the comparative, not the Y
    # between it and "than".
    ext = _run(ex, "BarGen: generating instruction data",
               "We propose BarGen. Our method yields higher-quality instruction tuning data "
               "than Self-Instruct.")
    assert _claims(ext) == {("BarGen", "Self-Instruct")}


def test_superior_performance_to_x_is_a_claim(ex):
    # "superior performance / accuracy to X" without "compared"; "superior generalization to
    # unseen data" says what a model generalises to.
    ext = _run(ex, "Gemma 3 Technical Report",
               "We introduce Gemma 3. The Gemma 3 models are trained with distillation and "
               "achieve superior performance to Gemma 2 for both pre-trained and instruction "
               "finetuned versions.")
    assert _claims(ext) == {("Gemma 3", "Gemma 2")}
    ext = _run(ex, "FooNet: a model",
               "We propose FooNet. FooNet shows superior generalization to BERT inputs.")
    assert _claims(ext) == set()


def test_a_size_of_a_listed_model_in_one_token_is_that_model(ex):
    # "Gemma-3b" is one token (no split at a hyphen before a digit): a size of the listed
    # Gemma, used, not a new name the study introduces; two sizes of one model are two
    # systems in a claim.
    ext = _run(ex, "Vision-Language Models for tuberculosis diagnosis",
               "This study introduces a VLM leveraging SigLIP and Gemma-3b architectures for "
               "screening. Our approach enables Qwen-1.5B to outperform Qwen-32B.")
    gemma = next(m for m in ext.mentions if m.text == "Gemma-3b")
    assert (gemma.type, gemma.role) == ("Model", "uses")
    assert ("Qwen-1.5B", "Qwen-32B") in _claims(ext)


def test_a_camel_case_name_beaten_once_is_kept(ex):
    # A bare name said once is dropped unless cued; one an outperform verb beats, written
    # in camel case, is a system ("DataSieve"), while "non-IID" is not.
    ext = _run(ex, "DataJuicer: data filtering",
               "We propose DataJuicer. Experiments demonstrate that DataJuicer significantly "
               "outperforms existing DataSieve in retrieval. DataJuicer outperforms non-IID "
               "baselines.")
    assert ("DataJuicer", "DataSieve") in _claims(ext)
    assert "non-IID" not in {m.text for m in ext.mentions}


def test_an_introduced_name_is_found_where_it_opens_a_sentence(ex):
    # "Agentic-Tx" (a title-case compound) opening a sentence is no name alone; the text
    # introduced it, so the claim there is its own.
    ext = _run(ex, "TxGemma: Efficient and Agentic LLMs for Therapeutics",
               "Building on this, we further introduce Agentic-Tx, a generalist agentic system. "
               "Agentic-Tx surpasses prior models with 52.3% relative improvement over "
               "o3-mini (high).")
    assert _claims(ext) == {("Agentic-Tx", "o3-mini")}


def test_the_system_run_under_a_method_makes_the_claim(ex):
    ext = _run(ex, "T1: Tool-integrated Self-verification",
               "We propose Tool-integrated self-verification (T1). With T1, a Llama-3.2 1B model "
               "under test-time scaling outperforms the significantly larger Llama-3.1 8B model.")
    assert _claims(ext) == {("Llama-3.2 1B", "Llama-3.1 8B")}


def test_a_coordinated_verb_keeps_the_subject_past_a_participle_clause(ex):
    # "X, fine-tuned from Y, can outperform A and surpass B": X beats B (Y is what it was
    # made from); with no subject for the first verb there is none for the second.
    ext = _run(ex, "Improved Visual-Spatial Reasoning via R1-Zero-Like Training",
               "With just 120 GPU hours, our vsGRPO-2B model, fine-tuned from Qwen2-VL-2B, can "
               "outperform the base model by 12.1% and surpass GPT-4o.")
    assert _claims(ext) == {("vsGRPO-2B", "GPT-4o")}
    ext = _run(ex, "Reinforced tool learning",
               "Our RL-trained agent, built upon a Qwen2-VL-2B, significantly outperforms its "
               "SFT-initialized counterpart and surpasses baselines like Taco and CogCom.")
    assert _claims(ext) == set()


def test_a_known_term_describing_a_named_system_is_no_object(ex):
    # "the low-bit KV cache implementation (QServe)": beaten is QServe, not the KV cache.
    ext = _run(ex, "BitDecoding: Low-Bit KV Cache decoding",
               "We propose BitDecoding. It also outperforms the state-of-the-art low-bit KV "
               "cache implementation (QServe) by up to 4.3x.")
    assert ("BitDecoding", "KV cache") not in _claims(ext)


def test_what_a_system_is_built_on_and_a_companys_name_make_no_claim_or_metric(ex):
    # "ContrastScore based on Qwen 3B ... outperforms Qwen 7B": ContrastScore beats it;
    # "Perplexity's Sonar Reasoning Pro" is a company's product, not the metric.
    ext = _run(ex, "ContrastScore: Better Evaluation Metrics",
               "We introduce ContrastScore. Notably, ContrastScore based on Qwen 3B and 0.5B "
               "even outperforms Qwen 7B. Search solutions such as Perplexity's Sonar Reasoning "
               "Pro are closed.")
    assert _claims(ext) == {("ContrastScore", "Qwen 7B")}
    assert "Perplexity" not in {m.text for m in ext.mentions}


def test_outperforms_objects_stop_at_a_new_clause(ex):
    # ", and illustrate the QAM": a new clause after ", and", not the list's last item.
    ext = _run(ex, "BoxSeg: segmentation from boxes",
               "We propose BoxSeg. Results show the superiority of BoxSeg over Mask2Former, "
               "and illustrate the QAM can be applied to other models.")
    assert _claims(ext) == {("BoxSeg", "Mask2Former")}
    # ... while "X, Y, and the Z" is a list.
    ext = _run(ex, "EigenFoo: sparse regression",
               "We propose EigenFoo. EigenFoo outperforms GPT-4, Llama-2, and the Mistral-7B.")
    assert {("EigenFoo", "GPT-4"), ("EigenFoo", "Llama-2"), ("EigenFoo", "Mistral-7B")} <= \
        _claims(ext)


def test_the_proposed_name_is_a_system_in_its_claims(ex):
    # "On CelebDF, COF ...": a mention that looked like data is still the proposed method.
    ext = _run(ex, "Uncertainty fusion for deepfake detection",
               "We propose COF. We evaluate on FaceForensics++ and CelebDF. On CelebDF, COF "
               "outperforms Random Forest in 9/11 architectures.")
    assert ("COF", "Random Forest") in _claims(ext)


def test_a_name_given_to_a_kind_takes_that_kind(ex):
    # "a ... model named X", "a framework, termed X", "a benchmark dataset called X" (the
    # first head), "Our model, X,": the name is of that kind.
    ext = _run(ex, "Chat in Chinese",
               "We construct the Mixtral-8x7B sparse Mixture-of-Experts model named "
               "\"Aurora-MoE.\" To assess the performance of Aurora-MoE, we use three benchmarks. "
               "We also develop a Mamba-based style transfer framework, termed SaMam. We "
               "propose a new benchmark dataset called SA-Eval. Our model, Typhoon-Audio, "
               "outperforms open models.")
    assert _types(ext, "Aurora-MoE") == {"Model"}
    assert _types(ext, "SaMam") == {"Method"}
    assert _types(ext, "SA-Eval") == {"Benchmark"}
    assert _types(ext, "Typhoon-Audio") == {"Model"}
    # After a plural, the name is of what was described before ("LMs, termed X"), and a
    # capitalised phrase keeps its extent ("a method called Prune and Merge").
    ext = _run(ex, "Robust LMs",
               "We propose a bi-stage optimization framework to enhance both the generalization "
               "and robustness of LMs, termed UEGR. We propose a token compression method "
               "called Prune and Merge.")
    assert _types(ext, "UEGR") == {"Method"}
    assert "Prune and Merge" in _roles(ext)


def test_results_respectively_pair_in_order_and_improvements_are_not_scores(ex):
    ext = _run(ex, "UWSeg: underwater segmentation",
               "We propose UWSeg. UWSeg achieves the highest mIoU of 82.12 and 71.41 on the "
               "SUIM and DUT datasets, respectively. On the MLVU benchmark, UWSeg achieves "
               "relative improvements of 14.6% and 7.7%.")
    got = {(r.subject, r.benchmark, r.value) for r in ext.results}
    assert got == {("UWSeg", "SUIM", 82.12), ("UWSeg", "DUT", 71.41)}


def test_size_letters_stay_on_names_and_counts(ex):
    # spaCy splits "K" / "M" after a digit as units; in ML text they are sizes in names
    # ("GOT-10K", "SmolVLM-256M") and counts ("1.5M examples"), never a score.
    ext = _run(ex, "TrackFoo: tracking",
               "We propose TrackFoo. Trained on 1.5M examples, TrackFoo achieves 75.2% AUC on "
               "GOT-10K and outperforms SmolVLM-256M on MRES-32M.")
    names = {m.text for m in ext.mentions}
    assert {"GOT-10K", "SmolVLM-256M", "MRES-32M"} <= names
    assert not names & {"GOT-10", "SmolVLM-256", "MRES-32"}
    assert {(r.benchmark, r.value) for r in ext.results} == {("GOT-10K", 75.2)}


def test_no_name_ends_on_a_hyphen(ex):
    # "Meta-" of "Meta-LoRA" (LoRA known) is no name; "AutoDrive-QA- Automated" names
    # "AutoDrive-QA".
    ext = _run(ex, "AutoDrive-QA- Automated Generation of Driving Questions",
               "We compare Meta-LoRA with LoRA and combine a Multi-LSTM network with it.")
    names = {m.text for m in ext.mentions}
    assert not any(n.endswith("-") for n in names), names
    assert "AutoDrive-QA" in names


def test_a_listed_acronym_spelled_out_by_the_subtitle_is_the_papers_own(ex):
    # "SDR" is a listed metric (signal-to-distortion ratio); "SDR: Set-Distance Rewards ..."
    # names the paper's own method, in the title and where the abstract says it again.
    ext = _run(ex, "SDR: Set-Distance Rewards for Radiology Report Generation",
               "We propose set-to-set distances as rewards. SDR improves report quality.")
    assert {(m.type, m.role) for m in ext.mentions if m.text == "SDR"} <= {
        ("Method", "proposes"), ("Method", "uses")}
    assert _roles(ext)["SDR"] == "proposes"
    # ... while a survey of a task is about the task.
    ext = _run(ex, "Small Object Detection: A Comprehensive Survey",
               "We survey small object detection.")
    assert _types(ext, "Small Object Detection") == {"Task"}


def test_a_new_name_built_on_a_known_one_through_a_word(ex):
    # "Profile-to-PEFT", "Chain-of-LoRA": a new method named after a known one.
    ext = _run(ex, "Instant adaptation via hypernetwork",
               "We introduce Profile-to-PEFT, a scalable framework that maps a profile to "
               "adapter parameters. We also propose Chain-of-LoRA.")
    roles = _roles(ext)
    assert roles.get("Profile-to-PEFT") == "proposes", roles
    assert roles.get("Chain-of-LoRA") == "proposes", roles


def test_data_a_model_is_trained_on_is_used_though_results_follow(ex):
    ext = _run(ex, "T", "We also find that models trained on CQIA-Subset achieve competitive "
                        "results in human assessment.")
    assert {(m.role, m.type) for m in ext.mentions if m.text == "CQIA-Subset"} == {
        ("uses", "Dataset")}


def test_result_subject_is_not_its_training_recipe(ex):
    ext = _run(ex, "T", "When further trained with direct preference optimization (DPO), "
                        "FooLM-7B + DPO trained with 6K SFT and 10K DPO samples achieve 7.55 "
                        "MT-Bench and 90.06% AlpacaEval scores.")
    got = {(r.subject, r.benchmark, r.value) for r in ext.results}
    assert ("FooLM-7B", "AlpacaEval", 90.06) in got


def test_full_stop_after_a_size_ends_the_name(ex):
    ext = _run(ex, "X", "We fine-tune Vicuna-13B. FooLM reaches 70.1% on GSM8K. Then we stop.")
    texts = {m.text for m in ext.mentions}
    assert {"Vicuna-13B", "GSM8K"} <= texts
    assert [(r.benchmark, r.value) for r in ext.results] == [("GSM8K", 70.1)]
    ext = _run(ex, "X", "FooLM gains +14.1% on ScanNet and SUN RGB-D. It is fast.")
    texts = {m.text for m in ext.mentions}  # (a stop after a hyphen and a capital)
    assert "SUN RGB-D" in texts and "SUN" not in texts


def test_a_name_after_a_score_change_is_scored_on_not_a_metric(ex):
    ext = _run(ex, "X", "FooLM improves mAP by $+2.82\\%$ on ZorbNet-3D. It yields "
                        "state-of-the-art clustering results (+3% Zorb-100, +5% CUB).")
    assert _types(ext, "ZorbNet-3D") == {"Benchmark"} and _types(ext, "Zorb-100") != {"Metric"}


@pytest.mark.parametrize("text,name,typ", [
    ("We use Claude Sonnet 4 as the judge.", "Claude Sonnet 4", "Model"),
    ("We use GPT 5 mini as the judge.", "GPT 5 mini", "Model"),
    ("We train OpenLLaMA 3Bv2 with LoRA.", "OpenLLaMA 3Bv2", "Model"),
    ("It matches GPT-3.5-turbo-0301 on several tasks.", "GPT-3.5-turbo-0301", "Model"),
    ("Our parser beats MinerU 2.5 by far.", "MinerU 2.5", "Model"),
    ("Scores on OmniDocBench v1.5 improve.", "OmniDocBench v1.5", "Benchmark"),
])
def test_release_versions_belong_to_the_name(ex, text, name, typ):
    got = {(a, t) for a, b, t in [(text[s:e], e, t) for s, e, t in ex.spans(text)]}
    assert (name, typ) in got


def test_numbered_parts_are_not_names(ex):
    assert ex.spans("We present Stage 2 of Phase 1 as in Theorem 3.") == []


def test_number_inside_a_benchmark_name_is_not_a_score(ex):
    ext = _run(ex, "X", "With just 4K examples, LLaMA-3-8B-Base achieves 42.76% length-controlled "
                        "win rate on AlpacaEval 2.0.")
    assert [(r.subject, r.benchmark, r.value) for r in ext.results] == \
        [("LLaMA-3-8B-Base", "AlpacaEval 2.0", 42.76)]


def test_one_benchmark_sentence_and_gain_lists(ex):
    ext = _run(ex, "X", "When fine-tuned on ScienceQA, our FooLM achieves a new state-of-the-art "
                        "accuracy of 92.53%.")
    assert [(r.benchmark, r.value) for r in ext.results] == [("ScienceQA", 92.53)]
    ext = _run(ex, "X", "We achieve improvements up to 24.2% on the GSM8K dataset, 32.6% on "
                        "CaseHOLD and 39.8% on SST-2 over regular fine-tuning.")
    assert ext.results == []


def test_uncued_undefined_acronyms_are_dropped(ex):
    ext = _run(ex, "CT registration for lung tumours",
               "CT scans are noisy. We register CT volumes and evaluate them. "
               "We propose FooReg, which uses BARNet for this.")
    texts = {m.text for m in ext.mentions}
    assert "CT" not in texts and "FooReg" in texts


@pytest.mark.parametrize("abstract, term", [
    ("Here we propose sequential instruction tuning, a simple yet effective strategy to add "
     "steps.", "sequential instruction tuning"),
    ("Building on this, we develop IV-guided training, which aims to keep the graph.",
     "IV-guided training"),
    ("A special case, which we call LM up-scaling, avoids fine-tuning large models.",
     "LM up-scaling"),
    ('First, "Explicit Marking" strategy transforms the problem into a classification.',
     "Explicit Marking"),
])
def test_coined_terms_the_text_introduces_are_proposed(ex, abstract, term):
    roles = _roles(_run(ex, "A study of adaptation", abstract))
    assert roles.get(term) == "proposes", roles


@pytest.mark.parametrize("abstract", [
    "We present extensive experiments, which show gains over baselines.",
    "We propose a novel data selection method, which improves results.",
    "We term this failure brittle safety.",
    "The so-called prompt hacking problem, a known issue, persists.",
])
def test_describing_phrases_are_not_coined_terms(ex, abstract):
    assert not [m for m in _run(ex, "A study", abstract).mentions
                if m.evidence.rule.startswith("coined")]


def test_title_term_said_again_in_the_abstract_is_proposed(ex):
    roles = _roles(_run(ex, "Feature Vector Regularization in Machine Learning",
                        "We study feature vector regularization for sparse models."))
    assert roles.get("Feature Vector Regularization") == "proposes"
    # Not when the abstract does not say it again, nor for what a paper is about.
    assert "Pedagogical Alignment" not in _roles(_run(
        ex, "Pedagogical Alignment of Large Language Models",
        "We study pedagogical alignment of tutors."))


def test_known_name_before_a_title_colon_is_proposed(ex):
    roles = _roles(_run(ex, "InstructBLIP: Towards General-purpose Vision-Language Models",
                        "InstructBLIP models achieve state-of-the-art zero-shot results."))
    assert roles["InstructBLIP"] == "proposes"


def test_counted_letters_in_short_forms():
    abbs = {(a.short, a.long) for a in find_abbreviations(
        "This paper introduces Selective Self-to-Supervised Fine-Tuning (S3FT), an approach.")}
    assert abbs == {("S3FT", "Selective Self-to-Supervised Fine-Tuning")}


def test_plural_and_background_acronyms_are_vocabulary(ex):
    ext = _run(ex, "Solving equations",
               "Positron emission tomography (PET) is widely used. Partial differential "
               "equations (PDEs) model physics. We propose FooSolver for PDEs.")
    texts = {m.text for m in ext.mentions}
    assert "PET" not in texts and "PDEs" not in texts and "FooSolver" in texts


def test_bare_names_in_a_list_take_the_type_of_their_known_neighbours(ex):
    ext = _run(ex, "X", "It outperforms adapters on multilingual benchmarks, including "
                        "Universal Dependencies, MasakhaNER, and AmericasNLI.")
    types = {m.text: m.type for m in ext.mentions}
    assert types.get("MasakhaNER") == types.get("AmericasNLI") == types["Universal Dependencies"]


def test_long_forms_do_not_cross_an_earlier_parenthesis(ex):
    text = ("Our method generalizes across mathematical reasoning (GSM8K), knowledge-based QA "
            "(ARC, TruthfulQA), and code generation (HumanEval).")
    assert find_abbreviations(text) == []
    texts = {m.text for m in _run(ex, "X", text).mentions}
    assert {"GSM8K", "mathematical reasoning", "TruthfulQA", "HumanEval"} <= texts


def test_name_shaped_and_numbered_compounds_are_not_coined_terms(ex):
    for abstract in ("We introduce Fin-R1, a reasoning model for finance.",
                     "We propose Frequency-Aware, a method for robust training.",
                     "We present level-0, a baseline."):
        assert not [m for m in _run(ex, "A study", abstract).mentions
                    if m.evidence.rule.startswith("coined")], abstract
    roles = _roles(_run(ex, "A study", "We introduce Fin-R1, a reasoning model for finance."))
    assert roles["Fin-R1"] == "proposes"


@pytest.mark.parametrize("abstract, name", [
    ("We fine-tune LLaMA on ToolBench and obtain ToolLLaMA.", "ToolLLaMA"),
    ("We train LLaVA-1.5 on the generated data, denoted as LLaVA-Instruct, which improves.",
     "LLaVA-Instruct"),
    ("The resulting models, TagLM, outperform open-source models.", "TagLM"),
    ("We employ CMAP, a new approach for patching activations across models.", "CMAP"),
    ("We introduce two medical datasets, MMed-IFT and MMed-IFT-MC, in six languages.",
     "MMed-IFT-MC"),
])
def test_more_ways_of_saying_the_paper_introduces_a_name(ex, abstract, name):
    assert _roles(_run(ex, "A study", abstract)).get(name) == "proposes"


def test_editions_join_names_but_venues_stay_out(ex):
    texts = {m.text for m in _run(
        ex, "X", "We release a large-scale dataset GBC-FS 2025, which is dense. It was "
                 "accepted at NeurIPS 2023 and ICLR 2024.").mentions}
    assert "GBC-FS 2025" in texts and not any("2023" in t or "2024" in t for t in texts)


def test_fronted_comparisons_and_models_trained_with_the_method(ex):
    ext = _run(ex, "X", "GreenTrainer adapts backpropagation. Compared to fine-tuning techniques "
                        "such as LoRA, GreenTrainer can achieve up to 4% improvement on accuracy.")
    assert [(r.subject, r.object) for r in ext.relations] == [("GreenTrainer", "LoRA")]
    ext = _run(ex, "X", "Results show that AgentGen helps, e.g., the AgentGen instruction-tuned "
                        "Llama-3 8B surpasses GPT-3.5 in overall performance.")
    assert [(r.subject, r.object) for r in ext.relations] == [("AgentGen", "GPT-3.5")]


def test_a_name_keeps_its_stated_kind_within_a_paper(ex):
    ext = _run(ex, "MiniPLM: Knowledge Distillation for Pre-Training Language Models",
               "We propose MiniPLM, a KD framework for pre-training. MiniPLM performs offline "
               "inference. MiniPLM operates on the corpus.")
    assert _types(ext, "MiniPLM") == {"Method"}


def test_field_acronyms_and_titled_dataset_names(ex):
    ext = _run(ex, "The Coralscapes Dataset: Semantic Scene Understanding in Coral Reefs",
               "RGB images and CBCT volumes are common. RGB cameras and CBCT scanners help.")
    types = {m.text: m.type for m in ext.mentions}
    assert types.get("Coralscapes") == "Dataset"
    assert "RGB" not in types and "CBCT" not in types


def test_fronted_with_proposal_and_bracketed_names(ex):
    roles = _roles(_run(ex, "Program repair", "With MORepair, we propose a novel perspective "
                                              "on fine-tuning for program repair."))
    assert roles.get("MORepair") == "proposes"
    ext = _run(ex, "X", "We test 12 models across a safety benchmark (PacifAIst) and two "
                        "controls.")
    assert {m.text: m.type for m in ext.mentions}.get("PacifAIst") == "Benchmark"


def test_ordinary_words_the_paper_writes_in_lower_case_are_not_names(ex):
    ext = _run(ex, "X", "We propose a low-rank decomposition of weights. The model uses a "
                        "Decomposition module and the Omnimatte layer.")
    texts = {m.text for m in ext.mentions}
    assert "Decomposition" not in texts


def test_gain_verbs_before_a_number_make_it_a_gain(ex):
    ext = _run(ex, "X", "ET-SAM improves an average of 11.0% F-score on Total-Text.")
    assert ext.results == []
    ext = _run(ex, "X", "ET-SAM achieves 81.0% F-score on Total-Text.")
    assert [(r.subject, r.benchmark, r.value) for r in ext.results] == \
        [("ET-SAM", "Total-Text", 81.0)]


def test_abbreviation_long_form_heads_type_metrics(ex):
    ext = _run(ex, "X", "We report attack success rates (ASR) on the benchmark.")
    assert {m.text: m.type for m in ext.mentions}.get("ASR") == "Metric"


def test_a_known_name_inside_a_capitalised_compound_names_a_new_thing(ex):
    ext = _run(ex, "X", "To address this, we construct Vision-Flan, a visual instruction "
                        "dataset. We then build Logic-RAG on top of it.")
    texts = {m.text: m.type for m in ext.mentions}
    assert texts.get("Vision-Flan") == "Dataset" and texts.get("Logic-RAG") == "Method"
    assert not {"Vision-", "Flan", "RAG", "Logic-"} & set(texts)


def test_a_capital_letter_before_a_known_name_makes_a_new_one(ex):
    ext = _run(ex, "X", "In this paper, we introduce S-MedQA, an English medical "
                        "question-answering (QA) dataset. We first propose the T-GRPO algorithm. "
                        "It is nearly lossless on N-MNIST.")
    texts = {m.text: m.type for m in ext.mentions}
    assert texts.get("S-MedQA") == "Dataset" and "MedQA" not in texts
    assert texts.get("T-GRPO") == "Method" and "GRPO" not in texts
    assert "N-MNIST" in texts and "MNIST" not in texts
    # (known names of this shape stay themselves: "U-Net", "Q-learning")
    texts = {m.text for m in _run(ex, "X", "We train a U-Net with Q-learning.").mentions}
    assert {"U-Net", "Q-learning"} <= texts


def test_a_capitalised_bench_ends_the_benchmark_name(ex):
    ext = _run(ex, "Seeing from Another Perspective: Evaluating Multi-View Understanding",
               "We propose All-Angles Bench, a benchmark of over 2,100 question-answer pairs. "
               "We believe that our All-Angles Bench offers valuable insights.")
    texts = {m.text: m.type for m in ext.mentions}
    assert texts == {"All-Angles Bench": "Benchmark"}


def test_a_new_name_built_on_a_known_model_takes_its_stated_kind(ex):
    ext = _run(ex, "X", "Based on this insight, we propose Swin-VIB, a novel framework that "
                        "integrates a pipeline of variational information bottleneck models. "
                        "Extensive experiments demonstrate the efficacy of Swin-VIB.")
    assert _types(ext, "Swin-VIB") == {"Method"}


def test_our_before_a_known_short_form_proposes_nothing_new(ex):
    ext = _run(ex, "X", "This underscores the role of reinforcement learning (RL) in reasoning. "
                        "We present Skywork-OR1, an effective RL implementation. Our RL "
                        "approach achieves notable performance gains.")
    roles = _roles(ext)
    assert roles.get("Skywork-OR1") == "proposes"
    assert roles.get("RL") == "uses"


def test_short_forms_that_mostly_name_other_things_are_not_known_alone(ex):
    ext = _run(ex, "X", "Fine-tuning the ART model yields ART+, which outperforms the original "
                        "ART. We propose SENSE, a unified framework.")
    known = {m.text for m in ext.mentions if "gazetteer" in m.evidence.rule}
    assert not known & {"ART", "SENSE"}
    ext = _run(ex, "X", "We build on adaptive resonance theory (ART). ART learns stable codes.")
    # (the bare ART is the defined theory, which the resolver maps it to, not a listed ART)
    assert {m.evidence.rule.split("/")[0] for m in ext.mentions} <= {
        "abbreviation+gazetteer", "name"}
    assert [m.long_form for m in ext.mentions if m.text == "ART" and m.long_form] == [
        "adaptive resonance theory"]


def test_a_known_name_with_a_modifier_ending_is_the_known_name(ex):
    ext = _run(ex, "Simple Visual Artifact Detection in Sora-Generated Videos",
               "We study artifacts in Sora-generated videos.")
    assert {m.text for m in ext.mentions} == {"Sora"}
    texts = {m.text for m in _run(ex, "X", "We use UCB-Tuned as the bandit policy.").mentions}
    assert "UCB-Tuned" in texts


def test_a_subtitle_clause_about_models_does_not_type_the_name(ex):
    ext = _run(ex, "Supervised Optimism Correction: Be Confident When LLMs Are Sure",
               "To address this limitation, we propose Supervised Optimism Correction (SOC), "
               "which introduces a simple yet effective auxiliary loss.")
    assert _types(ext, "Supervised Optimism Correction") == {"Method"}


def test_scores_listed_after_their_benchmarks_are_in_the_metric_before_the_list(ex):
    ext = _run(ex, "PropRAG: Guiding Retrieval with Beam Search over Proposition Paths",
               "PropRAG achieves state-of-the-art zero-shot Recall@5 results on PopQA (55.3%), "
               "HotpotQA (97.0%), and MuSiQue (77.3%), alongside top F1 scores (e.g., 52.4% "
               "on MuSiQue).")
    got = sorted((r.benchmark, r.value, r.metric) for r in ext.results)
    assert got == [("HotpotQA", 97.0, "Recall@5"), ("MuSiQue", 52.4, "F1"),
                   ("MuSiQue", 77.3, "Recall@5"), ("PopQA", 55.3, "Recall@5")]


def test_a_definition_the_new_thing_is_based_on_is_not_proposed(ex):
    ext = _run(ex, "Breaking the Ceiling: Exploring the Potential of Jailbreak Attacks",
               "We propose a novel framework that decomposes jailbreak strategies into "
               "components based on the Elaboration Likelihood Model (ELM) theory.")
    assert _roles(ext).get("ELM") != "proposes"
    ext = _run(ex, "X", "Based on this insight, we propose to predict tokens from coarse to fine "
                        "(CTF), realized by assigning the same coarse label for similar tokens.")
    assert _roles(ext).get("CTF") == "proposes"
    ext = _run(ex, "A Python Tool for Reconstructing Full News Text from GDELT",
               "This paper presents a novel approach to obtaining articles by leveraging data "
               "from the Global Database of Events, Language, and Tone (GDELT).")
    assert _roles(ext).get("GDELT") != "proposes"


def test_a_spaced_dash_in_a_title_separates_the_name_as_a_colon_does(ex):
    ext = _run(ex, "CM1 -- A Dataset for Evaluating Few-Shot Information Extraction",
               "In this work, we present a novel dataset. The CM1 documents are forms.")
    assert _roles(ext).get("CM1") == "proposes" and _types(ext, "CM1") == {"Dataset"}
    ext = _run(ex, "SinLlama - A Large Language Model for Sinhala", "We extend Llama-3-8B.")
    assert _roles(ext).get("SinLlama") == "proposes"


def test_a_venue_before_a_title_colon_is_no_name(ex):
    ext = _run(ex, "SIGIR 2025 -- LiveRAG Challenge Report",
               "The LiveRAG Challenge at SIGIR 2025 provided a competitive platform.")
    assert "SIGIR 2025" not in {m.text for m in ext.mentions}
    ext = _run(ex, "NeurIPS: Lessons From Organizing a Conference",
               "We present NeurIPS lessons. NeurIPS grew fast.")
    assert "NeurIPS" not in {m.text for m in ext.mentions}


def test_describing_words_before_a_model_kind_make_a_kind_not_a_name(ex):
    ext = _run(ex, "CT-Agent: A Multimodal-LLM Agent for 3D CT Radiology Question Answering",
               "High-quality data are crucial for Speech-LLM development. This approach "
               "creates two parent-AI agents.")
    texts = {m.text for m in ext.mentions}
    assert not {"Multimodal-LLM", "Speech-LLM", "parent-AI"} & texts
    ext = _run(ex, "X", "We propose LLM-advisors, a panel of models. LLM-advisors help.")
    assert "LLM-advisors" in {m.text for m in ext.mentions}


def test_a_verb_after_a_name_is_no_description_of_its_data(ex):
    ext = _run(ex, "X", "Unlike dictionary-based methods, NeoN combines reference corpora and "
                        "linguistic filters. Images come from the ORL face database.")
    assert "Dataset" not in _types(ext, "NeoN")
    assert _types(ext, "ORL") == {"Dataset"}


def test_a_known_name_marked_by_inner_capitals_does_not_match_a_plain_word(ex):
    ext = _run(ex, "X", "It targets five tasks: Knowledge Base Refinement, Agent Quality "
                        "Adherence, and Article Search. We also test on QuALITY.")
    assert [m.text for m in ext.mentions if "gazetteer" in m.evidence.rule] == ["QuALITY"]


def test_a_venue_acronym_spelled_out_as_something_else_is_the_papers_name(ex):
    ext = _run(ex, "X", "To address this, we introduce PODS (Policy Optimization with "
                        "Down-Sampling), a framework that decouples these phases.")
    assert _roles(ext).get("PODS") == "proposes"
    ext = _run(ex, "X", "It appeared in Theory and Practice of Logic Programming (TPLP).")
    assert "TPLP" not in {m.text for m in ext.mentions}


def test_focused_and_specialized_compounds_are_modifiers(ex):
    texts = {m.text for m in _run(ex, "X", "We introduce the first RS-focused multimodal large "
                                           "language model and a TCM-specialized model.").mentions}
    assert not {"RS-focused", "TCM-specialized"} & texts


def test_an_amount_written_in_latex_is_no_name(ex):
    ext = _run(ex, "X", "We introduce GeoLLaVA-8K, capable of handling inputs up to "
                        "8K$\\times$8K resolution.")
    assert {m.text for m in ext.mentions} == {"GeoLLaVA-8K"}


def test_western_and_eastern_are_no_names(ex):
    texts = {m.text for m in _run(ex, "X", "Gemini aligns more closely with Western models than "
                                           "with Eastern models.").mentions}
    assert not {"Western", "Eastern"} & texts


def test_a_name_in_apposition_to_the_kind_it_is_said_to_be(ex):
    ext = _run(ex, "X", "We propose a new model, R1 Translator, which aims to improve EEG-to-text "
                        "decoding. We also propose a new method, Liquid Temporal Feature "
                        "Evolution, which simulates features.")
    roles = _roles(ext)
    assert roles.get("R1 Translator") == "proposes" and "R1" not in roles
    assert _types(ext, "R1 Translator") == {"Model"}
    assert roles.get("Liquid Temporal Feature Evolution") == "proposes"


def test_a_coined_name_ending_in_a_word_has_that_word_in_its_long_form(ex):
    abbs = {a.short: a.long for a in find_abbreviations(
        "We propose a new deep network that learns multi-level deep representations for image "
        "emotion classification (MldrNet). VerbNet is the largest verb lexicon currently "
        "available for English (VerbNet). Cone-based robuSt noisE-unlearning comPositional "
        "network (ConeSep) is new.")}
    assert "MldrNet" not in abbs and "VerbNet" not in abbs and "ConeSep" in abbs
    ext = _run(ex, "X", "We propose a new deep network that learns multi-level deep "
                        "representations for image emotion classification (MldrNet).")
    assert _types(ext, "MldrNet") == {"Model"}


def test_what_a_method_is_compared_with_is_compared_not_used(ex):
    roles = _roles(_run(ex, "X", "Finally, we compare the proposed method with Support Vector "
                                 "Machine (SVM) and Random Forest (RF). We compare models "
                                 "fine-tuned with LoRA."))
    assert roles.get("SVM") == roles.get("RF") == "comparesWith"
    assert roles.get("LoRA") == "uses"


def test_an_abbreviated_modifier_is_no_name(ex):
    ext = _run(ex, "X", "Maps evolve in three stages: High-Definition (HD) maps and Implicit maps. "
                        "We integrate a Volume-Aware (VA) Dice loss function and use VA loss on "
                        "LN only. We study image super-resolution (SR) and SR models.")
    texts = {m.text for m in ext.mentions}
    assert not {"HD", "VA"} & texts
    assert "SR" in texts and "Dice loss" in texts


def test_a_name_the_background_gives_as_an_example_is_not_new(ex):
    ext = _run(ex, "X", "However, algorithms such as DoLa (Decoding by Contrastive Layers) have "
                        "only been implemented in decoder-only architectures. To understand these "
                        "results, we present a layer-by-layer analysis of logit evolution to "
                        "quantify DoLa's impact on token output probabilities.")
    assert _roles(ext).get("DoLa") != "proposes"


def test_a_data_kind_after_a_second_name_in_parentheses_types_both(ex):
    ext = _run(ex, "X", "To encourage research in the field of poetry, we introduce the P4I "
                        "(PoemForImage) dataset, consisting of 1111 poems. Results on code "
                        "generation (CodeAgent-Test) benchmarks are strong.")
    assert _types(ext, "P4I") == _types(ext, "PoemForImage") == {"Dataset"}
    assert _types(ext, "CodeAgent-Test") == {"Benchmark"}


def test_our_described_kind_names_the_papers_own_thing(ex):
    ext = _run(ex, "X", "We propose two algorithms. Our variance-reduction based algorithm "
                        "ClusterSVRG introduces a new gradient estimator. Evaluations on our "
                        "high-fidelity benchmark, Semi-Sim, are reported.")
    roles = _roles(ext)
    assert roles.get("ClusterSVRG") == roles.get("Semi-Sim") == "proposes"
    assert _types(ext, "Semi-Sim") == {"Benchmark"}
    ext = _run(ex, "SemanticMoments: Training-Free Motion Similarity",
               "We propose SemanticMoments, a simple, training-free method. Across our "
               "benchmarks, SemanticMoments consistently outperforms existing methods.")
    assert _types(ext, "SemanticMoments") == {"Method"}


def test_a_technique_before_sota_methods_is_only_their_kind(ex):
    ext = _run(ex, "X", "We propose MultiADS, a zero-shot learning approach. Our approach "
                        "outperforms zero/few-shot learning SoTA methods on anomaly detection.")
    assert not ext.relations


def test_a_characteristic_curve_is_a_metric(ex):
    ext = _run(ex, "X", "We report the area under the receiver operating characteristic (ROC) "
                        "curve.")
    assert _types(ext, "ROC") == {"Metric"}


def test_a_machine_spelled_out_is_no_name(ex):
    ext = _run(ex, "X", "A vision detection algorithm for autonomous ground vehicle (AGV) "
                        "applications was implemented. Cornell's AGV was upgraded.")
    assert "AGV" not in {m.text for m in ext.mentions}


def test_a_kind_noun_glued_to_a_known_name_is_no_new_name(ex):
    ext = _run(ex, "X", "Experiments across three open-source architectures-GPT-2, Pythia, and "
                        "LLaMA demonstrate the effectiveness. We start from deita-Mistral-7B.")
    texts = {m.text for m in ext.mentions}
    assert "GPT-2" in texts and "architectures-GPT-2" not in texts
    assert "deita-Mistral-7B" in texts


def test_a_name_before_a_model_kind_and_a_leaderboard_is_the_leaderboard(ex):
    ext = _run(ex, "X", "The 14B model achieves 8th place on the OpenCompass VLM leaderboard "
                        "among models of comparable scale.")
    assert _types(ext, "OpenCompass") == {"Benchmark"}


def test_a_count_in_a_short_form_may_count_the_letter_after_it(ex):
    abbs = {(a.short, a.long) for a in find_abbreviations(
        "We propose N3R (Negative Relative Rejection Reliability) to assess rejection. "
        "Selective Self-to-Supervised Fine-Tuning (S3FT) works.")}
    assert ("N3R", "Negative Relative Rejection Reliability") in abbs
    assert ("S3FT", "Selective Self-to-Supervised Fine-Tuning") in abbs


def test_an_emphasised_link_is_no_name(ex):
    ext = _run(ex, "X", "The code will be available at: \\href{https://github.com/cat-wwh/BEV-GS}"
                        "{\\texttt{https://github.com/cat-wwh/BEV-GS}}")
    assert not ext.mentions and {u.url for u in ext.urls} == {"https://github.com/cat-wwh/BEV-GS"}


def test_a_long_form_ending_in_a_known_task_is_a_task(ex):
    ext = _run(ex, "X", "Fusion has been studied in Multimodal Sentiment Analysis (MSA). "
                        "Across three MSA benchmarks, DeepMLF is best. We study Bayesian "
                        "Knowledge Tracing (BKT).")
    assert _types(ext, "MSA") == {"Task"}
    assert _types(ext, "BKT") != {"Task"}


def test_structured_compounds_are_modifiers(ex):
    ext = _run(ex, "X", "This paper investigates whether the Task-Method-Knowledge (TMK) framework "
                        "helps. We examine whether TMK-structured prompting can help models.")
    assert "TMK-structured" not in {m.text for m in ext.mentions}


def test_latex_quotes_around_a_long_form_go(ex):
    ext = _run(ex, "X", "The idea is developed within the Leibniz Science Campus "
                        "``Digital Transformation of Research'' (DiTraRe). We call it "
                        "``AI Mother Tongue'' (AIM).")
    longs = {m.long_form for m in ext.mentions if m.long_form}
    assert "AI Mother Tongue" in longs and not any("`" in x or "'" in x for x in longs)


def test_a_rating_scale_is_a_metric(ex):
    ext = _run(ex, "X", "Novices rated explanations on the Explanation Satisfaction Scale "
                        "(ESS), and experts on the Cognitive Therapy Rating Scale (CTRS).")
    assert _types(ext, "ESS") == _types(ext, "CTRS") == {"Metric"}


def test_a_long_form_ending_in_its_kind_keeps_it_past_a_framework_apposition(ex):
    ext = _run(ex, "X", "We introduce the Cognitive Complexity Benchmark (CCB), a robust "
                        "evaluation framework grounded in a dataset. SUV (Selective Unlearning "
                        "for Verbatim data), a selective unlearning framework, is proposed.")
    assert _types(ext, "CCB") == {"Benchmark"}
    assert _types(ext, "SUV") == {"Method"}


def test_a_metric_word_in_a_modifier_names_no_score(ex):
    ext = _run(ex, "X", "This offers insight for precision-critical domains and accuracy-oriented "
                        "training. We report ROUGE-based scores.")
    texts = {m.text for m in ext.mentions}
    assert not {"precision", "accuracy"} & texts and "ROUGE" in texts


def test_a_dev_release_after_a_version_is_part_of_the_name(ex):
    ext = _run(ex, "X", "We use a pretrained FLUX.1-dev backbone and FLUX.1-schnell, tested on "
                        "MS MARCO-dev. We calibrate a camera and a Laser Rangefinder (LRF).")
    texts = {m.text for m in ext.mentions}
    assert {"FLUX.1-dev", "FLUX.1-schnell", "MS MARCO"} <= texts and "LRF" not in texts


def test_a_name_cited_where_it_is_written_is_not_new(ex):
    ext = _run(ex, "X", "In this paper, we propose a revision-based approach for conflict "
                        "resolution by generalizing the Disjunctive Maxi-Adjustment (DMA) approach "
                        "(Benferhat et al. 2004). Both are easier than the DMA approach.")
    assert _roles(ext).get("DMA") != "proposes"


def test_regularized_compounds_are_modifiers(ex):
    ext = _run(ex, "X", "In this work, we combine two techniques, parallelism and Nesterov's "
                        "acceleration, to design faster algorithms for L1-regularized loss. We "
                        "propose a method for L1-regularized regression (lasso).")
    assert {m.text for m in ext.mentions if m.text.startswith("L1-")} == {
        "L1-regularized regression"}


def test_a_name_after_top_and_a_number_is_a_name(ex):
    ext = _run(ex, "X", "We identify a number of issues in Top2Vec and BERTopic. We report "
                        "top-5 accuracy.")
    texts = {m.text for m in ext.mentions}
    assert "Top2Vec" in texts and "top-5" not in texts


def test_the_subject_after_a_fronted_comparison_is_not_compared(ex):
    ext = _run(ex, "X", "We propose PFIP. Compared to existing approaches, PFIP achieves a 50x "
                        "improvement. Compared with GPT-4, our model is faster. Comparing pixel, "
                        "SD-VAE, and DINOv2 features, we find differences.")
    roles = _roles(ext)
    assert roles.get("PFIP") == "proposes" and "comparesWith" not in {
        m.role for m in ext.mentions if m.text == "PFIP"}
    assert roles.get("GPT-4") == roles.get("DINOv2") == "comparesWith"


def test_a_model_kind_with_a_participle_is_a_modifier(ex):
    ext = _run(ex, "X", "We propose an LLM-aided pipeline trained on LLM-synthesized data and an "
                        "ambiguity-preserving translation.")
    texts = {m.text for m in ext.mentions}
    assert not {"LLM-aided", "LLM-synthesized", "ambiguity-preserving"} & texts


def test_a_capitalised_word_and_a_number_before_a_data_kind_name_it(ex):
    ext = _run(ex, "X", "We test on the Caltech 101 dataset and the Hopkins 155 database. The 2 "
                        "datasets are small. We also evaluate on Places 365. In Section 4 we "
                        "show it.")
    assert {m.text for m in ext.mentions} == {"Caltech 101", "Hopkins 155", "Places 365"}


def test_a_challenge_edition_is_part_of_its_name(ex):
    ext = _run(ex, "X", "We address Stream 1 of the SPARK 2026 Challenge, which requires a single "
                        "model.")
    assert _types(ext, "SPARK 2026") == {"Benchmark"}


def test_a_short_form_before_a_meeting_word_is_a_venue(ex):
    ext = _run(ex, "X", "The challenge is held with the New Trends in Image Restoration and "
                        "Enhancement (NTIRE) workshop at CVPR 2025. NTIRE is great.")
    assert "NTIRE" not in {m.text for m in ext.mentions}


def test_a_name_with_a_participle_after_a_hyphen_is_a_modifier(ex):
    ext = _run(ex, "X", "We serve an INT4-quantized model and the RL-improved policy. We propose "
                        "OVFact. Models trained on an OVFact-filtered subset improve.")
    texts = {m.text for m in ext.mentions}
    assert not {"INT4-quantized", "RL-improved", "OVFact-filtered"} & texts and "OVFact" in texts


def test_problem_solving_long_forms_name_a_task(ex):
    ext = _run(ex, "X", "Geometry problem solving (GPS) requires models to master diagrams. "
                        "We collect posts from the Art of Problem Solving (AoPS) forum.")
    assert _types(ext, "GPS") == {"Task"} and _types(ext, "AoPS") != {"Task"}


def test_a_kind_the_background_names_in_the_plural_is_not_new_in_the_singular(ex):
    ext = _run(ex, "X", "Concept Bottleneck Models (CBMs) are interpretable models. CBMs remain "
                        "unexplored. In this work, we introduce f-CBM, a faithful multimodal CBM "
                        "framework built on a backbone.")
    roles = _roles(ext)
    assert roles.get("f-CBM") == "proposes" and roles.get("CBM") != "proposes"


def test_a_list_types_all_its_bare_names(ex):
    ext = _run(ex, "X", "Experiments conducted on FERET, FRGC, FRLL, and WVU Twin datasets "
                        "demonstrate the superiority of WaFusion.")
    assert {"FERET", "FRGC", "FRLL"} <= {m.text for m in ext.mentions if m.type == "Benchmark"}


def test_data_experiments_are_run_using_is_evaluated_on(ex):
    ext = _run(ex, "X", "We evaluate the proposed framework on image classification using the "
                        "ImageNet-1K dataset. Separately, we fine-tune the model using the "
                        "COCO dataset.")
    roles = _roles(ext)
    assert roles.get("ImageNet-1K") == "evaluatesOn" and roles.get("COCO") == "uses"


def test_examples_of_models_a_claim_is_against_are_compared(ex):
    ext = _run(ex, "X", "We introduce AuroraEdge-V-2B. It gets a higher score on 9 benchmarks than "
                        "models with the same number of parameters (e.g., Qwen2-VL-2B, "
                        "Qwen2.5-VL-3B). An adaptive matching algorithm with Gaussian process "
                        "augmentation is formulated.")
    roles = _roles(ext)
    assert roles.get("Qwen2-VL-2B") == "comparesWith" and roles.get("Gaussian process") == "uses"


def test_a_technique_and_an_acronym_sharing_a_kind_noun_are_kinds(ex):
    ext = _run(ex, "X", "We propose CPS4. Our CPS4 achieves superior performance, surpassing "
                        "popular semi-supervised learning and VLM methods. We propose ViGoRL. "
                        "ViGoRL consistently outperforms both supervised fine-tuning and "
                        "conventional RL baselines.")
    assert {(r.subject, r.object) for r in ext.relations} == {
        ("ViGoRL", "supervised fine-tuning")}


def test_a_capitalised_word_an_edition_and_a_challenge_name_it(ex):
    ext = _run(ex, "X", "The approach is validated using prostate images from 50 patients in the "
                        "Gleason 2019 Challenge public dataset.")
    assert _types(ext, "Gleason 2019 Challenge") == {"Benchmark"}


def test_the_subject_after_a_fronted_comparison_is_not_coordinated_with_it(ex):
    ext = _run(ex, "X", "Here, we describe a leaky linearized Bregman iteration (LLBI) algorithm. "
                        "Compared to previous attempt of dynamic sparse coding, LLBI exploits the "
                        "temporal correlation of stimuli.")
    assert "comparesWith" not in {m.role for m in ext.mentions if m.text == "LLBI"}


def test_capitalised_words_ending_in_datasets_after_the_name_them(ex):
    ext = _run(ex, "X", "This improves regular Random Forest by about 10% on the standard Berkeley "
                        "Segmentation Datasets.")
    assert _roles(ext).get("Berkeley Segmentation Datasets") == "evaluatesOn"


def test_names_listed_after_a_plural_kind_are_of_it(ex):
    ext = _run(ex, "X", "We introduce MEMETRON, a task-agnostic framework. MEMETRON leverages "
                        "hybrid metaheuristic algorithms, GENETRON and ANNETRON, to search the "
                        "response space.")
    assert {"GENETRON", "ANNETRON"} <= {m.text for m in ext.mentions if m.type == "Method"}


def test_a_list_ends_at_its_and(ex):
    ext = _run(ex, "X", "We propose ArgRAG. Evaluated on two fact verification benchmarks, "
                        "PubHealth and RAGuard, ArgRAG achieves strong accuracy.")
    assert _types(ext, "RAGuard") == {"Benchmark"} and "Benchmark" not in _types(ext, "ArgRAG")


def test_a_name_said_to_be_the_first_of_its_kind_is_introduced(ex):
    ext = _run(ex, "X", "Finally, we apply this process to a Hebrew newspaper title, producing "
                        "HEBTEASESUM, the first dedicated summarization dataset in Hebrew. On "
                        "ELT-Bench, the first benchmark for ELT pipelines, agents failed.")
    roles = _roles(ext)
    assert roles.get("HEBTEASESUM") == "proposes" and roles.get("ELT-Bench") != "proposes"


def test_a_list_propagates_a_kind_it_was_given(ex):
    ext = _run(ex, "X", "Furthermore, we propose three automatic metrics, NexusScore, NaturalScore "
                        "and GmeScore, to quantify subject consistency.")
    assert _types(ext, "GmeScore") == {"Metric"}


def test_a_plural_acronym_is_not_what_a_cue_proposes(ex):
    ext = _run(ex, "X", "To address this challenge, we introduce process reward models (PRMs) into "
                        "RGS and argue that an ideal PRM should be consistent.")
    assert _roles(ext).get("PRMs") != "proposes"


def test_a_long_form_ending_in_factor_is_a_metric(ex):
    ext = _run(ex, "X", "It removes noise with a better Image Enhancement Factor (IEF).")
    assert _types(ext, "IEF") == {"Metric"}


def test_the_subject_after_rather_than_is_not_compared(ex):
    ext = _run(ex, "GRAIL: AI translation for scientists", "Rather than fine-tuning a specialized "
               "LLM model, GRAIL adapts RDPro, a Scala library for satellite data analysis.")
    assert "comparesWith" not in {m.role for m in ext.mentions if m.text == "GRAIL"}


def test_a_score_with_a_qualified_metric_is_scored_on_what_follows(ex):
    ext = _run(ex, "X", "Evaluation across eight diverse HAR benchmarks shows that "
                        "MicroBi-ConvLSTM maintains competitive performance: 93.41% macro F1 on "
                        "UCI-HAR, 94.46% on "
                        "SKODA assembly gestures.")
    assert _types(ext, "UCI-HAR") == {"Benchmark"}


def test_a_long_form_does_not_cross_an_open_parenthesis(ex):
    abbs = {(a.short, a.long) for a in find_abbreviations(
        "Results for specific diseases (abdominal aortic aneurysms (AAA), thoracic aortic "
        "aneurysms (TAA), iliac aneurysms) are presented.")}
    assert ("AAA", "abdominal aortic aneurysms") in abbs
    ext = _run(ex, "X", "Results for specific diseases (abdominal aortic aneurysms (AAA), thoracic "
                        "aortic aneurysms (TAA)) are presented.")
    assert not {"AAA", "TAA"} & {m.text for m in ext.mentions}


def test_a_range_of_scores_is_no_result(ex):
    ext = _run(ex, "X", "We propose FooNet, a new model. On GSM8K, FooNet achieves an accuracy of "
                        "86.6%, outperforming baselines (73.2-75.7%) by approximately 10-13%.")
    assert [(r.subject, r.benchmark, r.value) for r in ext.results] == [
        ("FooNet", "GSM8K", 86.6)]


def test_a_score_in_parentheses_after_an_unread_name_is_its_own(ex):
    ext = _run(ex, "X", "We present DeReC (Dense Retrieval Classification), a lightweight "
                        "framework. On the RAWFC dataset, DeReC achieves an F1 score of 65.58%, "
                        "surpassing the state-of-the-art method L-Defense (61.20%).")
    # (L-Defense is read as a name: the score in brackets after it is its own)
    assert {(r.subject, r.value) for r in ext.results} == {("DeReC", 65.58),
                                                           ("L-Defense", 61.2)}
    ext = _run(ex, "X", "We present DeReC (Dense Retrieval Classification), a lightweight "
                        "framework. On the RAWFC dataset, DeReC achieves an F1 score of 65.58%, "
                        "surpassing the state-of-the-art method of Ma (61.20%).")
    assert [r.value for r in ext.results] == [65.58]


def test_the_subject_after_a_fronted_comparison_phrase_is_not_compared(ex):
    ext = _run(ex, "X", "This paper introduces GCRL, an approach that enhances RL-based methods. "
                        "In a comparative experiment against state-of-the-art methods, GCRL "
                        "exhibited superior learning efficiency.")
    assert not [m for m in ext.mentions if m.role == "comparesWith"]


def test_a_plural_short_form_the_paper_names_itself_is_its_own(ex):
    ext = _run(ex, "X", "The local predictions form a representation that we call Local "
                        "Expression Predictions (LEPs). LEPs can be combined.")
    assert _roles(ext)["LEPs"] == "proposes"
    ext = _run(ex, "X", "We propose a plug-and-play module called Learnable Separable Kernels "
                        "(LSKs), which are formally equivalent to convolutions.")
    assert _roles(ext)["LSKs"] == "proposes"


def test_a_known_model_trained_is_used_unless_versions_of_it_are_made(ex):
    ext = _run(ex, "X", "In this work, we propose to train Random Forests upon spatially defined "
                        "local subspaces of the face.")
    assert _roles(ext)["Random Forests"] == "uses"
    ext = _run(ex, "X", "Using a synthetic learning method, we train GPT-2 models on 18 corpora.")
    assert _roles(ext)["GPT-2"] == "uses"
    ext = _run(ex, "X", "We exploit these insights to train OPT-IML 30B and 175B, which are "
                        "instruction-tuned versions of OPT.")
    assert _roles(ext)["OPT-IML 30B"] == "proposes"


def test_capitalised_words_before_a_dotted_version_are_one_name(ex):
    ext = _run(ex, "X", "We propose UrbanAlign. The framework achieves 72.2% accuracy on Place "
                        "Pulse 2.0 across six categories.")
    assert _scores(ext) == [("UrbanAlign", "Place Pulse 2.0", 72.2)]
    ext = _run(ex, "X", "The code is released under the Elastic License 2.0 on a Raspberry Pi 5.")
    assert not {"Elastic License 2.0", "Raspberry Pi 5"} & {m.text for m in ext.mentions}


def test_a_short_form_of_an_adjective_before_its_noun_is_no_novel_name(ex):
    ext = _run(ex, "X", "We introduce a novel family of adaptive robust equalizers for highly "
                        "challenging underwater acoustic (UWA) channel equalization.")
    assert _roles(ext)["UWA"] != "proposes"


def test_real_world_models_are_no_world_models(ex):
    ext = _run(ex, "X", "Existing datasets oversimplify, leading to sensitivity-prone real-world "
                        "models. We study world models.")
    assert [m.text for m in ext.mentions] == ["world models"]


def test_metric_before_a_noun_in_an_apposition_modifies_it(ex):
    ext = _run(ex, "X", "In this paper, we introduce Metric-Solver, a novel sliding anchor-based "
                        "metric depth estimation method that adapts to varying scene scales.")
    assert _types(ext, "Metric-Solver") == {"Method"}
    ext = _run(ex, "X", "We introduce Goal-Gradient Importance (GoGI), a novel metric accurately "
                        "identifying functionally relevant tokens.")
    assert _types(ext, "GoGI") == {"Metric"}


def test_a_new_capitalised_score_or_distance_is_a_proposed_metric(ex):
    ext = _run(ex, "X", "To understand why, we introduce the Cross Activation Shift Distance, to "
                        "quantify the distance between model changes.")
    assert [(m.text, m.type, m.role) for m in ext.mentions] == [
        ("Cross Activation Shift Distance", "Metric", "proposes")]
    ext = _run(ex, "X", "We evaluate it on code efficiency and, particularly, TeachQuiz, a novel "
                        "end-to-end metric that quantifies how well a VLM recovers knowledge.")
    assert _roles(ext)["TeachQuiz"] == "proposes"


def test_a_new_kind_said_before_a_definition_types_it(ex):
    ext = _run(ex, "X", "To address this, we introduce a new task, quantity-and-layout consistent "
                        "image editing (QL-Edit), which aims to enable fine-grained control.")
    assert {(m.text, m.type, m.role) for m in ext.mentions} == {("QL-Edit", "Task", "proposes")}
    ext = _run(ex, "X", "In this paper, we present a novel task, IGC, in which conversations are "
                        "generated about shared images.")
    assert {(m.text, m.type, m.role) for m in ext.mentions} == {("IGC", "Task", "proposes")}


def test_a_roman_edition_after_a_name_is_part_of_it(ex):
    ext = _run(ex, "X", "Our FDP improves F1-score on the CASME II, SAMM, and SMIC datasets, "
                        "respectively.")
    assert {m.text for m in ext.mentions if m.role == "evaluatesOn"} == {
        "CASME II", "SAMM", "SMIC"}


def test_a_closing_parenthesis_glued_to_a_name_is_no_part_of_it(ex):
    ext = _run(ex, "X", "Radio maps are built with a Hidden Markov Model (HMM)-based inference. "
                        "We test on the CAS(ME)^2 and CAS(ME)^3 datasets and on (Super)GLUE.")
    names = {m.text for m in ext.mentions}
    assert not [n for n in names if n.count(")") > n.count("(")]
    ext = _run(ex, "X", "We use the Large Language and Vision Assistant (LLaVA)1.5 model.")
    assert "LLaVA1.5" in {m.text for m in ext.mentions}


def test_us_to_propose_proposes_and_counted_subsets_are_data(ex):
    ext = _run(ex, "X", "As a byproduct, these findings inspire us to propose the PEP-MEK "
                        "framework, which yields an average improvement of 9.90%.")
    assert _roles(ext)["PEP-MEK"] == "proposes"
    ext = _run(ex, "X", "We construct SA1B-ORS, an SA-1B-derived dataset with two subsets: "
                        "SA1B-CoRS (category-oriented samples) and SA1B-DeRS (other samples).")
    assert _types(ext, "SA1B-CoRS") == {"Dataset"}


def test_modes_of_a_proposed_system_named_by_a_word_are_its_own(ex):
    ext = _run(ex, "Orchard: An Open-Source Agentic Modeling Framework",
               "We present Orchard, an open-source framework for agentic modeling. Orchard-SWE "
               "targets coding agents. We also test Orchard-Claw on X.")
    roles = _roles(ext)
    assert roles["Orchard-SWE"] == roles["Orchard-Claw"] == "proposes"


def test_a_score_after_a_training_stage_is_the_systems(ex):
    ext = _run(ex, "X", "We propose Orchard-SWE. Starting from Qwen3-30B, Orchard-SWE achieves "
                        "64.3% on SWE-bench Verified after SFT and 67.5% after SFT+RL.")
    assert {r.subject for r in ext.results} == {"Orchard-SWE"}


def test_a_time_to_long_form_is_a_metric(ex):
    ext = _run(ex, "X", "With the enhanced features, detection rate (DR), false alarm rate (FAR) "
                        "and mean time to detect (MTTD) are significantly improved.")
    assert _types(ext, "MTTD") == {"Metric"}
    ext = _run(ex, "X", "Accurate time-to-event (TTE) prediction from clinical data is hard.")
    assert "Metric" not in _types(ext, "TTE")


def test_a_single_image_to_3d_model_is_no_name(ex):
    ext = _run(ex, "X", "Outputs are converted into coherent 3D meshes via a single-image-to-3D "
                        "model.")
    assert not ext.mentions


def test_a_second_claim_after_and_beats_nothing(ex):
    ext = _run(ex, "X", "We propose ComfyMind. Results show that ComfyMind consistently "
                        "outperforms open-source baselines such as OmniGen and achieves "
                        "performance comparable to GPT-Image-1.")
    assert [(r.subject, r.object) for r in ext.relations if r.predicate == "outperforms"] == [
        ("ComfyMind", "OmniGen")]


def test_a_task_named_short_form_before_a_sub_network_is_a_method(ex):
    ext = _run(ex, "X", "In particular, PCSNet comprises a context-aware segmentation (CAS) "
                        "sub-network.")
    assert _types(ext, "CAS") == {"Method"}


def test_a_categorization_long_form_is_a_task(ex):
    ext = _run(ex, "X", "This paper presents our approach for the FungiCLEF 2025 competition, "
                        "which focuses on few-shot fine-grained visual categorization (FGVC).")
    assert _types(ext, "FGVC") == {"Task"}


def test_more_than_an_amount_compares_nothing(ex):
    ext = _run(ex, "X", "We achieved more than 90% sparsity in the Winograd parameters while "
                        "maintaining the original accuracy of AlexNet on ImageNet dataset.")
    assert _roles(ext)["AlexNet"] == "uses"


def test_a_title_opening_with_a_definition_proposes_it(ex):
    ext = _run(ex, "Emotion-Attended Stateful Memory (EASM):The Architecture for Scale",
               "We propose an emotion-attended stateful memory architecture.")
    assert _roles(ext)["EASM"] == "proposes"
    ext = _run(ex, "License Plate Recognition (LPR): A Review with Experiments",
               "We review methods.")
    assert _roles(ext)["LPR"] != "proposes"


def test_a_suite_of_models_is_no_benchmark(ex):
    ext = _run(ex, "X", "In this report, we present Hunyuan3D 2.5, a robust suite of 3D diffusion "
                        "models aimed at generating 3D assets. Hunyuan3D 2.5 follows the pipeline "
                        "of its previous version Hunyuan3D 2.0.")
    assert "Benchmark" not in {m.type for m in ext.mentions}


def test_a_parenthesised_list_of_names_defines_none(ex):
    ext = _run(ex, "X", "MiMo-Audio achieves open-source SOTA on audio understanding benchmarks "
                        "(MMSU, MMAU, MMAR, MMAU-Pro) and spoken dialogue benchmarks.")
    assert not [m for m in ext.mentions if m.long_form]
    assert {m.text for m in ext.mentions if m.role == "evaluatesOn"} >= {"MMSU", "MMAU"}


def test_names_after_a_colon_ending_a_described_plural_kind_are_of_it(ex):
    ext = _run(ex, "X", "Using a unified multimodal pipeline, we evaluate model performance on "
                        "three speech datasets spanning English and Mandarin: ADReSSo and "
                        "NCMMSC2021-AD.")
    assert {m.text for m in ext.mentions if m.role == "evaluatesOn"} == {
        "ADReSSo", "NCMMSC2021-AD"}


def test_a_fronted_use_phrase_does_not_reach_into_the_main_clause(ex):
    ext = _run(ex, "X", "Using a unified pipeline, we evaluate model performance on three speech "
                        "datasets spanning English and Mandarin: ADReSSo and NCMMSC2021-AD.")
    assert {m.text for m in ext.mentions if m.role == "evaluatesOn"} == {
        "ADReSSo", "NCMMSC2021-AD"}


def test_items_of_a_system_that_involves_parts_are_its_own(ex):
    ext = _run(ex, "X", "RADAR involves two key components: (1) Soft Discrimination Score, a novel "
                        "metric for tracking ability development; and (2) Multi-Modal Mixture "
                        "Benchmark, a new 15K+ sample benchmark for evaluating MLLMs.")
    assert {(m.text, m.type, m.role) for m in ext.mentions} >= {
        ("Soft Discrimination Score", "Metric", "proposes"),
        ("Multi-Modal Mixture Benchmark", "Benchmark", "proposes")}


def test_a_simple_yet_effective_apposition_proposes(ex):
    ext = _run(ex, "X", "We implement this paradigm with the ShrinkAdapter, a simple yet effective "
                        "module featuring a residual-free design.")
    assert _roles(ext)["ShrinkAdapter"] == "proposes"
    ext = _run(ex, "X", "We learn a points-to analysis for JavaScript, a challenging yet important "
                        "problem.")
    assert _roles(ext).get("JavaScript") != "proposes"


def test_the_present_paper_proposes_nothing_by_the_word_present(ex):
    ext = _run(ex, "X", "Cylindrical Algebraic Decomposition (CAD) is a key tool in algebraic "
                        "geometry. In the present paper we investigate whether machine learning "
                        "may be used to identify those CAD problems.")
    assert _roles(ext)["CAD"] != "proposes"


def test_a_latex_tie_before_a_long_form_is_a_space(ex):
    ext = _run(ex, "X", "Collectively, we introduce~\\textit{Weighted SVD} (WSVD), which "
                        "outperforms other approaches.")
    assert {m.long_form for m in ext.mentions if m.text == "WSVD"} == {"Weighted SVD"}


def test_a_subtitle_opening_with_an_article_spells_no_title_name(ex):
    ext = _run(ex, "Arbor: A Framework for Reliable Navigation of Critical Conversation Flows",
               "To address this gap, we present Arbor, a framework that decomposes navigation.")
    assert not [m for m in ext.mentions if m.long_form]


def test_a_former_name_before_baseline_is_a_compared_system(ex):
    ext = _run(ex, "X", "For example, on Cifar-100, Max-Pooling pushes the top-1 accuracy to "
                        "79.12%, surpassing the well-tuned Spikformer baseline by 0.97%.")
    assert _roles(ext)["Spikformer"] == "comparesWith"


def test_agent_before_a_noun_in_an_apposition_modifies_it(ex):
    ext = _run(ex, "X", "To address this, we establish GLEAN, an agent verification framework "
                        "with guideline-grounded evidence accumulation.")
    assert _types(ext, "GLEAN") == {"Method"}


def test_a_title_case_compound_before_a_modifier_word_is_no_name(ex):
    ext = _run(ex, "X", "In this paper, we propose SFMambaNet, a novel Spectral-Frequency enhanced "
                        "Mamba-based two-view correspondence pruning network.")
    assert "Spectral-Frequency" not in {m.text for m in ext.mentions}


def test_a_benchmark_framework_in_a_subtitle_is_a_benchmark(ex):
    ext = _run(ex, "EHRStruct: A Comprehensive Benchmark Framework for Evaluating Models",
               "To address these challenges, we introduce EHRStruct to evaluate LLMs.")
    assert _types(ext, "EHRStruct") == {"Benchmark"}


def test_a_name_after_a_new_corpus_of_things_is_proposed(ex):
    ext = _run(ex, "X", "We created a new corpus of ~50k five-sentence commonsense stories, "
                        "ROCStories, to enable this evaluation.")
    assert _roles(ext)["ROCStories"] == "proposes"


def test_a_long_form_ending_in_index_is_a_metric(ex):
    ext = _run(ex, "X", "To evaluate retention, we introduce the Retention-Adaptability Index "
                        "(RAI), which combines the Average Retention Index (Avg RI).")
    assert {m.type for m in ext.mentions if m.text in ("RAI", "Avg RI")} == {"Metric"}
    ext = _run(ex, "X", "We forecast the Dow Jones Industrial Average Index (DJIA).")
    assert "Metric" not in {m.type for m in ext.mentions}


def test_a_name_called_after_introduced_by_others_exists(ex):
    ext = _run(ex, "X", "Our model is based on a formalism introduced by the artificial "
                        'intelligence community called "multi-agent influence diagrams".')
    assert _roles(ext)["multi-agent influence diagrams"] != "proposes"


def test_a_society_or_consortium_is_no_artifact_unless_its_dataset(ex):
    ext = _run(ex, "X", "We analyze papers published by the American Physical Society (APS) "
                        "journals.")
    assert "APS" not in {m.text for m in ext.mentions}
    ext = _run(ex, "X", "We evaluate on the Population Health Metrics Research Consortium "
                        "(PHMRC) dataset.")
    assert "PHMRC" in {m.text for m in ext.mentions}


def test_a_known_name_after_we_present_a_novel_kind_is_proposed(ex):
    ext = _run(ex, "X", "In this paper, we present a novel instruction tuning framework, "
                        "PDDL-Instruct, designed to enhance symbolic planning.")
    assert _roles(ext)["PDDL-Instruct"] == "proposes"
    ext = _run(ex, "X", "To predict emotions we propose a novel architecture, Emotion Recognition "
                        "and Forecasting in Conversation.")
    assert _roles(ext).get("Emotion Recognition") != "proposes"


def test_a_score_got_through_a_technique_is_the_proposed_systems(ex):
    ext = _run(ex, "X", "We introduce MolmoWeb, a family of open web agents. We further "
                        "demonstrate consistent gains through test-time scaling via parallel "
                        "rollouts, achieving 94.7% on WebVoyager.")
    assert {r.subject for r in ext.results} == {"MolmoWeb"}


def test_a_definition_that_aims_to_do_something_is_a_task(ex):
    ext = _run(ex, "X", "Instruction-based image editing (IIE) aims to modify images according to "
                        "textual instructions. Current IIE models treat localization naively.")
    assert _types(ext, "IIE") == {"Task"}


def test_bare_mentions_of_a_listed_definition_take_its_kind(ex):
    ext = _run(ex, "X", "We propose LIT, an advancement of visual instruction tuning (VIT). While "
                        "VIT equips Multimodal LLMs with capabilities, the design of VIT overfits.")
    assert _types(ext, "VIT") == {"Method"}


def test_a_known_model_before_dataset_names_the_data(ex):
    ext = _run(ex, "X", "We conduct a systematic study of KD in post-training using the "
                        "large-scale Tulu 3 dataset.")
    assert _types(ext, "Tulu 3") == {"Dataset"}


def test_a_name_built_on_a_known_one_in_a_list_of_datasets_is_data(ex):
    ext = _run(ex, "Pretraining language models on historical text",
               "Using this framework we construct two historical instruction tuning datasets: "
               "History-LIMA and History-SelfInstruct.")
    assert _types(ext, "History-SelfInstruct") == {"Dataset"}


def test_a_second_described_name_is_proposed_over_a_name_in_the_first_description(ex):
    ext = _run(ex, "Diagnosing directional motion blindness in Video-LLMs",
               "We introduce MoDirect, a dataset family for motion direction instruction tuning "
               "and evaluation, and DeltaDirect, a diagnosis-driven, projector-level objective "
               "that predicts motion vectors.")
    assert _roles(ext)["DeltaDirect"] == "proposes"


def test_later_names_of_a_list_take_the_kind_its_opener_names(ex):
    ext = _run(ex, "Scaling model and data for multilingual machine translation",
               "Extensive experiments show that MiLMMT-46 consistently outperforms recent "
               "state-of-the-art (SOTA) models, including Seed-X, HY-MT-1.5, and TranslateGemma, "
               "and achieves competitive performance. When tested against academic benchmarks: "
               "IndustryOR, NL4OPT and NLP4LP, ORPilot outperformed state-of-the-art tools.")
    assert _types(ext, "HY-MT-1.5") == _types(ext, "TranslateGemma") == {"Model"}
    assert _types(ext, "ORPilot") == {"Method"}
    ext = _run(ex, "Hybrid and unitary fine-tuning of large language models",
               "This paper presents a comprehensive evaluation of parameter-efficient "
               "fine-tuning (PEFT) techniques, including LoRA, BOFT, LoRA-GA, and uRNN, and "
               "introduces a novel hybrid strategy that integrates BOFT's orthogonal stability.")
    assert _roles(ext)["BOFT"] != "proposes"


def test_a_defined_task_before_benchmark_is_the_task(ex):
    ext = _run(ex, "Spec-TOD: an instruction-tuned LLM framework for task-oriented dialogue",
               "Task-oriented dialogue (TOD) systems facilitate goal-driven interactions. "
               "Experiments on the MultiWOZ dataset, a widely used TOD benchmark, show gains.")
    assert _types(ext, "TOD") == {"Task"}


def test_a_new_kind_then_the_long_form_types_the_definition(ex):
    ext = _run(ex, "Polyglots or multitudes?",
               "We release a new corpus, the Multilingual European Value Survey (MEVS), which "
               "comprises human-translated survey questions.")
    assert _types(ext, "MEVS") == {"Dataset"}


def test_capitalised_words_ending_in_task_name_a_proposed_task(ex):
    ext = _run(ex, "Are more tokens rational?",
               "We introduce a Variable Attribution Task in which models infer which variables "
               "determine outcomes. In this study, we introduce a new Wason Selection Task "
               "dataset that encodes deontic modality.")
    assert _types(ext, "Variable Attribution Task") == {"Task"}
    assert _roles(ext)["Variable Attribution Task"] == "proposes"
    assert _types(ext, "Wason Selection Task") == {"Dataset"}


def test_a_release_of_a_known_model_before_dataset_names_the_data(ex):
    ext = _run(ex, "X", "We apply Influence Distillation to instruction tuning on the Tulu V2 "
                        "dataset, across models from the Llama family.")
    assert _types(ext, "Tulu V2") == {"Dataset"}


def test_a_plus_plus_name_keeps_its_shape_type(ex):
    ext = _run(ex, "X", "We release T2I-CompBench++ to the community.")
    assert _types(ext, "T2I-CompBench++") == {"Benchmark"}


def test_video_language_modeling_is_no_language_modeling(ex):
    ext = _run(ex, "X", "We propose Hour-LLaVA, a powerful model for hour-scale video-language "
                        "modeling.")
    assert "language modeling" not in {m.text for m in ext.mentions}


def test_an_emphasised_list_is_no_name(ex):
    ext = _run(ex, "X", "We present an evaluation of LLMs on a new benchmark covering "
                        "\\textbf{Cantonese, Japanese, and Turkish}.")
    assert not ext.mentions


def test_a_threshold_is_no_result(ex):
    ext = _run(ex, "X", "We present Eywa. On BEAM, a technical-memory stress benchmark, it reaches "
                        "81.45% mean nugget score and 85.29% pass@score >= 0.5.")
    assert sorted(r.value for r in ext.results) == [81.45, 85.29]


def test_our_baseline_models_are_used(ex):
    ext = _run(ex, "X", "Using thresholds to truncate reasoning from our baseline models, "
                        "Gemma-3-4B-IT and LLaMA-3.1-70B-Instruct, we conduct experiments.")
    assert _roles(ext)["Gemma-3-4B-IT"] == "uses"


def test_a_mode_of_a_proposed_benchmark_is_one(ex):
    ext = _run(ex, "X", "We introduce WorldPrediction, a video-based benchmark for world modeling. "
                        "The task is to distinguish the proper action (WorldPrediction-WM) from "
                        "distractors. Models achieve 57% accuracy on WorldPrediction-WM.")
    assert _types(ext, "WorldPrediction-WM") == {"Benchmark"}


def test_a_defined_long_form_in_the_title_is_the_name_there(ex):
    ext = _run(ex, "Hierarchical Text Classification Using Black Box Large Language Models",
               "Hierarchical Text Classification (HTC) aims to assign texts to label "
               "hierarchies. We study LLMs for HTC.")
    names = {m.text for m in ext.mentions}
    assert "Hierarchical Text Classification" in names and "Text Classification" not in names
    # (a known technique in a new name stays the technique the paper uses)
    ext = _run(ex, "Towards the Federated GPT: Federated Instruction Tuning",
               "We propose Federated Instruction Tuning (FedIT) for LLMs.")
    assert "Instruction Tuning" in {m.text for m in ext.mentions}


def test_a_word_short_form_of_a_long_clause_is_spelled_by_initials():
    from litgraph.extract.abbreviations import find_abbreviations
    assert not find_abbreviations("We examine how individual factors shape turn-taking using "
                                  "a large dataset of US English conversations (Fisher).")
    got = find_abbreviations("We fit the least absolute shrinkage and selection operator "
                             "(Lasso) and Context-Guided Prompt Learning and Attention "
                             "Refinement for Zero-Shot Anomaly Detections (Crane).")
    assert [(a.short, a.long) for a in got] == [
        ("Lasso", "least absolute shrinkage and selection operator"),
        ("Crane", "Context-Guided Prompt Learning and Attention Refinement for Zero-Shot "
                  "Anomaly Detections")]


def test_a_unit_after_a_number_in_a_word_is_no_name(ex):
    ext = _run(ex, "X", "This range offers the superior propagation characteristics of sub-6 "
                        "GHz bands. We evaluate the SNR across sub-6 GHz, FR3, and mmWave bands. "
                        "It results in ~2 TB of raw image data and ~2 TB of labels.")
    assert not {"GHz", "TB"} & {m.text for m in ext.mentions}


def test_a_defined_long_form_in_the_title_is_found_across_hyphens(ex):
    ext = _run(ex, "A Lifting-based Method for Single-View Aerial-Ground Re-Identification",
               "Aerial-Ground Re-Identification (AG-ReID) is constrained by the viewpoint gap. "
               "We study AG-ReID.")
    names = {m.text for m in ext.mentions}
    assert "Aerial-Ground Re-Identification" in names and "Re-Identification" not in names


def test_a_level_or_norm_written_l_digit_is_no_name_but_a_distance_metric_is(ex):
    ext = _run(ex, "X", "Autonomy ranges from human-commanded operation (L1) to fully autonomous "
                        "monitoring (L5). Second-language (L2) learners write L2 essays.")
    assert not ext.mentions
    ext = _run(ex, "X", "Quantitative evaluations use metrics such as L1, L2, PSNR, and SSIM.")
    assert {m.text for m in ext.mentions if m.type == "Metric"} >= {"L1", "L2"}


def test_the_end_of_an_x_of_y_compound_is_no_known_term(ex):
    ext = _run(ex, "X", "We analyze models on lexical alignment and part-of-speech recognition. "
                        "Our method shows strong out-of-domain generalization.")
    assert not {"speech recognition", "domain generalization"} & {m.text for m in ext.mentions}


def test_a_power_or_voltage_glued_to_its_number_is_no_name(ex):
    ext = _run(ex, "A 10.8mW Mixed-Signal Ising Solver",
               "The voltage can be scaled by 200mV. We evaluate on the 300W benchmark.")
    assert {m.text for m in ext.mentions} == {"300W"}


def test_the_singular_of_a_defined_plural_short_form_is_the_thing_defined(ex):
    ext = _run(ex, "X", "Self-supervised learning has succeeded through masked autoencoders "
                        "(MAEs). However, existing MAE-based methods lack rotation invariance.")
    assert _types(ext, "MAE") == {"Method"}


def test_memory_and_chip_kinds_and_school_grades_are_no_names(ex):
    ext = _run(ex, "X", "We propose a novel 10-T SRAM cell. The SRAM cell performs ternary "
                        "multiplication. Feedback for K-12 English writing is studied, and K-12 "
                        "students benefit.")
    assert not {"SRAM", "K-12"} & {m.text for m in ext.mentions}


def test_a_title_acronym_is_spelled_by_initials_over_joining_words(ex):
    ext = _run(ex, "LAVA: Language Driven Scalable and Versatile Traffic Video Analytics",
               "We build LAVA, a system that accepts natural language queries.")
    assert {m.long_form for m in ext.mentions if m.text == "LAVA"} - {None} == {
        "Language Driven Scalable and Versatile Traffic Video Analytics"}
    ext = _run(ex, "Odin: Oriented Dual-module Integration for Text-rich Network Learning",
               "We propose Odin, a new architecture.")
    assert {m.long_form for m in ext.mentions if m.text == "Odin"} - {None} == {
        "Oriented Dual-module Integration"}


def test_a_mixed_case_title_name_is_spelled_by_its_capitals(ex):
    ext = _run(ex, "CATNet: Collaborative Alignment and Transformation Network for Cooperative "
                   "Perception", "We propose a framework for perception.")
    assert {m.long_form for m in ext.mentions if m.text == "CATNet"} - {None} == {
        "Collaborative Alignment and Transformation Network"}
    ext = _run(ex, "DPFormer: Dynamic Prompt Transformer for Continual Learning",
               "We propose a framework for continual learning.")
    assert {m.long_form for m in ext.mentions if m.text == "DPFormer"} - {None} == {
        "Dynamic Prompt Transformer"}


def test_a_describing_compound_opening_a_capitalised_phrase_is_no_name(ex):
    ext = _run(ex, "X", "We add a Dual-Path Safety Head to enhance the safety signal. Our "
                        "curation procedure, Spatial-Temporal Extrapolation, seeds questions.")
    assert not {"Dual-Path", "Spatial-Temporal"} & {m.text for m in ext.mentions}
    ext = _run(ex, "A Monte-Carlo Algorithm for Dempster-Shafer Belief",
               "A Monte-Carlo algorithm for the calculation of Dempster-Shafer belief is "
               "described. It can also be generalised to calculate Dempster-Shafer Belief "
               "over other logics. Using the Anthropic Helpful-Harmless RLHF dataset, we train "
               "models.")
    assert {"Helpful-Harmless", "Dempster-Shafer"} <= {m.text for m in ext.mentions}


def test_a_kind_word_inside_a_hyphen_modifier_does_not_type_an_apposition(ex):
    ext = _run(ex, "X", "We present Attention Zoom, a modular and model-agnostic spatial "
                        "attention mechanism designed to improve feature extraction.")
    assert _types(ext, "Attention Zoom") == {"Method"}


def test_a_formulas_variables_are_no_names(ex):
    ext = _run(ex, "Contextual Online Pricing",
               "An Optimism-in-the-Face-of-Uncertainty (OFU) policy achieves a regret bound "
               "$\\tilde{\\mathcal{O}}\\big(d\\sqrt{T} \\wedge (V^2T + \\frac{dT}{N})\\big)$. "
               "We also provide a generalized OFU algorithm that attains the rate "
               "$\\tilde{\\mathcal{O}}(V^2T)$, with a Bayes factor ($\\mathrm{BF}_{10} > 10$).")
    names = {m.text for m in ext.mentions}
    assert "OFU" in names and not names & {"V^2T", "BF"}
    # (names written in math stay: emphasis, a Greek letter, a known metric in a score)
    ext = _run(ex, "X", "We propose ${\\bf Elastic-Cache}$, a training-free strategy, and "
                        "$Param\\Delta$, a weight mixing method. It reaches "
                        "$\\mathrm{AUC} = 0.940$.")
    assert {"Elastic-Cache", "ParamΔ", "AUC"} <= {m.text for m in ext.mentions}


def test_capable_ready_and_compliant_compounds_are_modifiers(ex):
    ext = _run(ex, "X", "We further introduce the VRU-Weighted Accuracy Score (SWAS), a metric.")
    assert "VRU-Weighted" not in {m.text for m in ext.mentions}
    ext = _run(ex, "FinTagging: An LLM-ready Benchmark for Financial Information",
               "We build recommendations for evaluating CSW-capable LLMs. We release two "
               "ML-ready datasets and run experiments on four ICAO-compliant datasets.")
    assert not {"LLM-ready", "CSW-capable", "ML-ready", "ICAO-compliant"} & {
        m.text for m in ext.mentions}


def test_a_defined_name_the_new_thing_is_rooted_in_is_used(ex):
    ext = _run(ex, "High-Quality Orthoimage Generation",
               "This work presents an alternative technique rooted in 2D Gaussian Splatting "
               "(2DGS), free of explicit DSM. To address this, we propose a pair of sanity "
               "checks grounded in the Predictability-Computability-Stability (PCS) framework.")
    assert {m.role for m in ext.mentions if m.text in ("2DGS", "PCS")} == {"uses"}


def test_a_kind_coined_as_a_name_types_it(ex):
    ext = _run(ex, "X", "A unified benchmark, coined as UniBench300, is introduced to bridge "
                        "the inconsistency.")
    assert _types(ext, "UniBench300") == {"Benchmark"}


def test_a_capitalised_run_before_a_lower_case_data_kind_names_the_data(ex):
    ext = _run(ex, "X", "State-of-the-art results are achieved on NTU-RGB+D. Performance close "
                        "to state-of-the-art is achieved on the smaller MSR Daily Activity 3D "
                        "dataset. Experiments on the Animal Kingdom dataset demonstrate gains.")
    names = {m.text for m in ext.mentions}
    assert {"MSR Daily Activity 3D", "Animal Kingdom"} <= names and "Activity 3D" not in names
    # (data that exists is new only by a cue of its own)
    ext = _run(ex, "Vision Transformer for Transient Noise Classification",
               "We train a pre-trained Vision Transformer model on a combined dataset "
               "consisting of the Gravity Spy dataset with two more classes.")
    assert {m.role for m in ext.mentions if m.text == "Gravity Spy"} == {"uses"}


def test_results_in_as_a_noun_makes_nothing_new(ex):
    ext = _run(ex, "X", "Notably, our method achieves state-of-the-art results in the Waymo "
                        "Interaction Prediction dataset. VNLI-Critique shows strong results in "
                        "CHOCOLATE claim verification.")
    assert "proposes" not in {m.role for m in ext.mentions
                              if m.text in ("Waymo Interaction Prediction", "CHOCOLATE")}
    ext = _run(ex, "X", "We merge the two models, resulting in TagLM, a tagging model.")
    assert {m.role for m in ext.mentions if m.text == "TagLM"} == {"proposes"}


def test_a_title_name_spelled_out_and_written_in_other_capitals_is_the_papers_own(ex):
    ext = _run(ex, "RoCo: Role-Based LLMs Collaboration for Automatic Heuristic Design",
               "This paper proposes RoCo, a novel Multi-Agent Role-Based System.")
    assert {(m.type, m.role) for m in ext.mentions if m.text == "RoCo"} >= {
        ("Method", "proposes")} and "Dataset" not in {m.type for m in ext.mentions}


def test_two_capitalised_runs_before_a_plural_data_kind_are_two_data_names(ex):
    ext = _run(ex, "X", "Our models improve accuracy by 0.77% and 0.49% on the News Headlines "
                        "and Twitter Sarcasm datasets, respectively.")
    assert {"News Headlines", "Twitter Sarcasm"} <= {m.text for m in ext.mentions}


def test_a_based_modifier_of_the_proposed_kind_is_no_use_cue(ex):
    ext = _run(ex, "X", "We propose ReaRec, a framework. Moreover, we introduce two lightweight "
                        "reasoning-based learning methods, Ensemble Reasoning Learning (ERL) "
                        "and Progressive Reasoning Learning (PRL).")
    assert {m.role for m in ext.mentions if m.text in ("ERL", "PRL")} == {"proposes"}


def test_the_blanks_left_by_latex_markup_stand_between_no_words(ex):
    ext = _run(ex, "X", "We propose \\textbf{ToxiTrace}, an explainability-oriented method with "
                        "three components: (1) \\textbf{CuSA}, which refines saliency cues; (2) "
                        "\\textbf{GCLoss}, a gradient-constrained objective; and (3) "
                        "\\textbf{ARCL}, which constructs pairs.")
    assert {m.role for m in ext.mentions if m.text in ("CuSA", "GCLoss", "ARCL")} == {
        "proposes"}
    # (the character offsets still point into the abstract as written)
    m = next(m for m in ext.mentions if m.text == "ARCL")
    assert m.evidence.sentence[m.evidence.start:m.evidence.end] == "ARCL"


def test_a_formulas_subscript_is_no_name_even_when_known(ex):
    ext = _run(ex, "GST-VLA: Structured Gaussian Spatial Tokens",
               "Trained with composite $\\mathcal{L}_\\mathrm{flow} + \\mathcal{L}_\\mathrm{CoT}$ "
               "across three stages, GST-VLA achieves 96.4% on LIBERO.")
    assert "CoT" not in {m.text for m in ext.mentions}
    assert {r.subject for r in ext.results} == {"GST-VLA"}


def test_a_participle_clause_continued_by_outperforming_keeps_the_main_subject(ex):
    ext = _run(ex, "AutoMS: Multi-Agent Evolutionary Search",
               "We introduce AutoMS, a framework. AutoMS achieves a 83.8% success rate, nearly "
               "doubling the performance of traditional NSGA-II (43.7%) and significantly "
               "outperforming ReAct-based LLM baselines (53.3%).")
    assert {(r.subject, r.object) for r in ext.relations} == {("AutoMS", "ReAct")}


def test_a_new_thing_defined_in_place_is_proposed_whatever_verb_uses_it(ex):
    ext = _run(ex, "X", "We integrate a Spatiotemporal Graph Convolutional Network (ST-GCN) with "
                        "a novel Multi-Scale Temporal Aggregation (MSTA) module to capture motion.")
    roles = _roles(ext)
    assert roles["MSTA"] == "proposes" and roles["ST-GCN"] == "uses"


def test_a_head_shared_across_two_scores_names_both_metrics(ex):
    ext = _run(ex, "Few-Shot Prototypical Networks",
               "We propose a Few-Shot Prototypical Network framework. On the WLASL dataset our "
               "model achieves 43.75% Top-1 and 77.10% Top-5 accuracy on the test set.")
    assert {(r.metric, r.value) for r in ext.results} == {("Top-1", 43.75),
                                                          ("Top-5 accuracy", 77.1)}
    assert "top-1 accuracy" in {m.known_as for m in ext.mentions}


def test_a_long_form_at_scale_is_no_rating_scale(ex):
    ext = _run(ex, "MuSAlS: A Fast Multiple Sequence Alignment Approach",
               "We introduce MuSAlS (Multiple Sequence Alignment at Scale), a fast aligner. We "
               "report the System Usability Scale (SUS).")
    types = {m.text: m.type for m in ext.mentions}
    assert types["MuSAlS"] == "Method" and types["SUS"] == "Metric"


def test_a_lower_case_known_kind_in_the_plural_is_not_beaten(ex):
    ext = _run(ex, "ImageEdit-R1: Boosting Image Editing",
               "We propose ImageEdit-R1, an agent. ImageEdit-R1 outperforms existing diffusion "
               "models and GPT-4o.")
    assert {r.object for r in ext.relations} == {"GPT-4o"}


def test_an_introduced_compound_joined_by_lower_case_words_is_a_name(ex):
    for name in ("Focus-and-Refine", "Edit-then-Consolidate", "Query-as-Anchor"):
        ext = _run(ex, "X", f"We propose {name}, a region-focused strategy.")
        assert _roles(ext).get(name) == "proposes", name


def test_a_number_after_a_change_verb_is_no_score(ex):
    ext = _run(ex, "DBMSolver: A Sampler", "We introduce DBMSolver, a sampler. FID drops 53% "
                                           "on DIODE at 20 NFEs.")
    assert not ext.results


def test_a_compression_or_saving_is_no_score(ex):
    ext = _run(ex, "SelfBudgeter: Adaptive Token Allocation",
               "We propose SelfBudgeter, a strategy. SelfBudgeter achieves up to 74.47% response "
               "length compression on the MATH benchmark while maintaining accuracy.")
    assert not ext.results


def test_data_described_after_a_fronted_on_is_named(ex):
    ext = _run(ex, "X", "On PMC-MAD, a distribution-aligned dataset of 46,309 biomedical "
                        "articles, DPR-BAG improves abstractive novelty over strong baselines.")
    assert _types(ext, "PMC-MAD") <= {"Dataset", "Benchmark"}
    assert "PMC-MAD" in {m.text for m in ext.mentions}


def test_a_plural_long_form_we_propose_as_one_thing_is_ours(ex):
    ext = _run(ex, "X", "To address this, we propose Segment Attribution Tables (SATs), a method "
                        "for summarising saliency explanations. SATs take image segments.")
    assert _roles(ext).get("SATs") == "proposes"
    ext = _run(ex, "X", "We study Partial Differential Equations (PDEs) with neural solvers.")
    assert "PDEs" not in {m.text for m in ext.mentions}


def test_a_defined_task_before_a_model_noun_is_the_task(ex):
    ext = _run(ex, "X", "This is exemplified by Skeletal Human Action Recognition (SHAR). The "
                        "LogSigRNN SHAR model outperforms the SoTA DeGCN model in five cases.")
    assert _types(ext, "SHAR") == {"Task"}
    assert {(r.subject, r.object) for r in ext.relations} == {("LogSigRNN", "DeGCN")}


def test_a_listed_score_with_a_box_or_mask_letter_is_that_score(ex):
    ext = _run(ex, "X", "UniSpector outperforms baselines by at least 19.7% in AP50b. We "
                        "report AUCs and MAEs.")
    types = {m.text: m.type for m in ext.mentions}
    assert types.get("AP50b") == "Metric" and types.get("AUCs") == "Metric"


def test_a_plural_acronym_after_existing_is_a_kind_not_beaten(ex):
    ext = _run(ex, "GenPRM: Scaling Process Reward Models",
               "We propose GenPRM, a generative model. GenPRM outperforms existing open-source "
               "PRMs and GPT-4o.")
    assert {r.object for r in ext.relations} == {"GPT-4o"}


def test_the_backbone_a_system_is_built_on_is_not_what_outperforms(ex):
    ext = _run(ex, "MiroMind-M1: An Open-Source Advancement in Mathematical Reasoning",
               "We introduce the MiroMind-M1 series, a set of fully open-source models built on "
               "the Qwen-2.5 backbone that match or exceed the performance of GPT-4o.")
    assert {(r.subject, r.object) for r in ext.relations} == {("MiroMind-M1", "GPT-4o")}


def test_an_emphasised_lower_case_modifier_of_a_plural_kind_is_no_name(ex):
    ext = _run(ex, "X", 'We compare \\textit{commercial} and \\textit{open-source} models under '
                        'a prompting strategy, and \\textit{in-the-wild} datasets.')
    assert not {"open-source", "in-the-wild"} & {m.text for m in ext.mentions}


def test_a_museum_or_company_defined_by_initials_is_no_artifact(ex):
    ext = _run(ex, "TimeLens: On-Device Artifact Recognition",
               "TimeLens is a mobile guide for the Grand Egyptian Museum (GEM). Data come from "
               "the British Broadcasting Corporation (BBC).")
    assert not {"GEM", "BBC"} & {m.text for m in ext.mentions}


def test_nested_latex_emphasis_is_read_inside_out(ex):
    ext = _run(ex, "X", "To address this gap, we introduce \\textbf{\\texttt{RealChart2Code}}, a "
                        "new large-scale benchmark with over 2,800 instances.")
    assert {(m.type, m.role) for m in ext.mentions if m.text == "RealChart2Code"} == {
        ("Benchmark", "proposes")}


def test_lower_case_words_are_no_listed_data_name_with_a_stop_word(ex):
    ext = _run(ex, "X", "Frame identification selects the frame for a target word in context. "
                        "We evaluate on the Word-in-Context benchmark.")
    assert {m.text for m in ext.mentions} == {"Word-in-Context"}


def test_a_title_case_run_before_a_lower_case_framework_names_it(ex):
    ext = _run(ex, "X", "We instantiate these ideas in the Grounded Observer framework and apply "
                        "it across three deployments.")
    assert _types(ext, "Grounded Observer") == {"Method"}


def test_our_gains_over_a_system_are_our_systems(ex):
    ext = _run(ex, "C2D-ISR: Optimizing Attention-based Image Super-resolution",
               "We propose a novel framework, C2D-ISR, for super-resolution. We have evaluated the "
               "C2D-ISR framework based on three backbones, SwinIR-L, SRFormer-L and MambaIRv2-L, "
               "and demonstrated significant improvements over the existing framework, HiT.")
    assert {(r.subject, r.object) for r in ext.relations} == {("C2D-ISR", "HiT")}


def test_an_emphasised_prefixed_adjective_is_no_name(ex):
    ext = _run(ex, "X", "This loss is {\\it non-convex} in U, but we use \\emph{multi-view} "
                        "inputs and propose \\textit{cross-tuning}, a new method.")
    names = {m.text for m in ext.mentions}
    assert not {"non-convex", "multi-view"} & names and "cross-tuning" in names


def test_an_introduced_name_ends_before_a_participle_clause(ex):
    ext = _run(ex, "X", "A metaheuristic called Obesity Heuristic derived from advances in "
                        "obesity treatment is proposed. We further propose a Tiered Prompting "
                        "Protocol based on progressive disclosure.")
    roles = _roles(ext)
    assert roles.get("Obesity Heuristic") == "proposes"
    assert roles.get("Tiered Prompting Protocol") == "proposes"


def test_a_participle_clause_after_the_beaten_ends_them(ex):
    ext = _run(ex, "MortgageLLM: Domain-Adaptive Pretraining",
               "Our final model (MLM v2) significantly outperforms the base "
               "LLaMA-3.1-8B-Instruct, achieving an LLM-as-a-Judge summarization score of 4.58.")
    assert "LLM-as-a-Judge" not in {r.object for r in ext.relations}


def test_a_sign_language_is_a_language_no_artifact(ex):
    ext = _run(ex, "X", "We recognise American Sign Language (ASL) letters and evaluate on a "
                        "natively recorded ASL-DVS dataset.")
    names = {m.text for m in ext.mentions}
    assert "ASL" not in names and "ASL-DVS" in names


def test_experimentation_on_datasets_is_evaluation(ex):
    ext = _run(ex, "X", "Rigorous experimentation has been performed on three real-world face "
                        "datasets: FR_SURV, SCface and ChokePoint.")
    assert {m.role for m in ext.mentions if m.text in ("SCface", "ChokePoint")} == {
        "evaluatesOn"}


def test_names_in_parentheses_after_test_sets_are_data(ex):
    ext = _run(ex, "X", "We construct two held-out test sets (HIDF-img and HIDF-vid) using "
                        "commercial generators.")
    assert {m.type for m in ext.mentions if m.text.startswith("HIDF")} == {"Dataset"}


def test_a_leading_verb_is_no_part_of_a_name_before_a_known_task(ex):
    ext = _run(ex, "X", "To address this issue, we propose TEP: Advancing Complex Video Object "
                        "Segmentation via Tracking-Enhanced Prompts.")
    assert not any(m.text.startswith("Advancing") for m in ext.mentions)


def test_a_title_opening_with_a_name_it_defines_proposes_it(ex):
    ext = _run(ex, "Forecastable Component Analysis (ForeCA)",
               "Forecastable component analysis is a new method for time series.")
    assert _roles(ext).get("ForeCA") == "proposes"
    ext = _run(ex, "Numerical Weather Prediction (NWP) and hybrid ARMA/ANN model",
               "We predict global radiation.")
    assert _roles(ext).get("NWP") != "proposes"


def test_precision_of_stored_numbers_or_a_field_is_no_metric(ex):
    ext = _run(ex, "X", "Structure from motion is a critical problem in precision agriculture and "
                        "precision medicine. Models with limited numerical precision and 2-bit "
                        "precision train low precision weights.")
    assert "precision" not in {m.text.lower() for m in ext.mentions}
    ext = _run(ex, "X", "Lexical detection methods tend to have low precision on OLID.")
    assert "precision" in {m.text for m in ext.mentions}


def test_an_acronym_with_a_letter_per_word_takes_the_words_its_initials_spell():
    from litgraph.extract.abbreviations import find_abbreviations
    got = find_abbreviations("They are critical to Chinese character recognition (CCR). Advances "
                             "in AI-generated content (AIGC) and radiology report generation "
                             "(RRG).")
    assert [(a.short, a.long) for a in got] == [
        ("CCR", "Chinese character recognition"), ("AIGC", "AI-generated content"),
        ("RRG", "radiology report generation")]


def test_a_year_after_data_names_its_edition(ex):
    ext = _run(ex, "X", "We evaluate on the WMT-SLT 2022 benchmark and on ISIC 2020. It ranks "
                        "1st on the KITTI 2015 and KITTI 2012 leaderboards.")
    assert {"WMT-SLT 2022", "ISIC 2020", "KITTI 2015", "KITTI 2012"} <= \
        {m.text for m in ext.mentions}


def test_an_edition_year_before_a_challenge_or_task_word_types_the_data(ex):
    ext = _run(ex, "X", "The SRF dataset was part of the WMT-SLT 2022 challenge. This work "
                        "presents our participation in the EvalLLM 2025 challenge on biomedical "
                        "NER, and we evaluate on BioNLP-ST 2016 Task BB3.")
    got = {m.text: (m.type, m.role) for m in ext.mentions}
    assert got["WMT-SLT 2022"][0] == "Benchmark"
    assert got["EvalLLM 2025"] == ("Benchmark", "evaluatesOn")
    assert got["BioNLP-ST 2016"][0] == "Benchmark"


def test_a_capitals_then_word_name_compared_with_once_is_kept(ex):
    ext = _run(ex, "X", "We propose FLiD. FLiD consistently outperforms manipulation "
                        "detectors (TruFor, MMFusion, UniVAD) across all attack scenarios.")
    assert {"TruFor", "MMFusion", "UniVAD"} <= {m.text for m in ext.mentions}


def test_names_listed_after_architectures_are_models_given_as_examples(ex):
    ext = _run(ex, "X", "We evaluate five specialized architectures (MiVOLO, Custom-Best, "
                        "MiViaLab, DEX).")
    assert {m.text: m.type for m in ext.mentions}.get("MiVOLO") == "Model"
    ext = _run(ex, "X", "This paper presents a study of generation strategies across diverse model "
                        "architectures (ALLaM, Jais, Llama, and GPT-4).")
    assert {m.role for m in ext.mentions if m.text == "ALLaM"} == {"uses"}


def test_a_cost_is_no_score_and_each_variant_keeps_its_own_score(ex):
    ext = _run(ex, "SLNet: A Network", "We present SLNet. On ModelNet40, SLNet-S with 0.14M "
               "parameters and 0.31 GFLOPs achieves 93.64% overall accuracy, outperforming "
               "PointMLP-elite with 5x fewer parameters, while SLNet-M with 0.55M parameters and "
               "1.22 GFLOPs reaches 93.92%, exceeding PointMLP.")
    assert sorted((r.subject, r.metric, r.value) for r in ext.results) == [
        ("SLNet-M", "accuracy", 93.92), ("SLNet-S", "accuracy", 93.64)]


def test_a_mode_said_once_takes_the_stated_kind_of_its_family(ex):
    ext = _run(ex, "SLNet: A Super-Lightweight Network", "We present SLNet, a lightweight "
               "backbone model for 3D point cloud recognition. On ModelNet40, SLNet-S achieves "
               "93.64% overall accuracy, while SLNet-M reaches 93.92%.")
    assert {m.text: m.type for m in ext.mentions if m.text.startswith("SLNet-")} == {
        "SLNet-S": "Model", "SLNet-M": "Model"}
    # (not a kind word's own, nor a system named after a metric)
    ext = _run(ex, "X", "We introduce the MMMG benchmark and MMMG-Score to evaluate images. "
                        "GPT-4o achieves an MMMG-Score of only 50.20.")
    assert "Benchmark" not in _types(ext, "MMMG-Score")


def test_a_quoted_capitalised_model_or_dataset_name_and_latex_quotes(ex):
    ext = _run(ex, "X", "We introduce the ``Connected Minds'' model, which unifies these "
                        "frameworks. The research utilizes the \"Airbus Ship Detection\" dataset.")
    got = {m.text: (m.type, m.role) for m in ext.mentions}
    assert got["Connected Minds"] == ("Method", "proposes")
    assert got["Airbus Ship Detection"] == ("Dataset", "uses")
    ext = _run(ex, "X", "We use the \"drafter\" model to propose tokens.")
    assert "drafter" not in {m.text for m in ext.mentions}


def test_data_fine_tuned_on_is_a_dataset(ex):
    ext = _run(ex, "X", "After fine-tuning on Sen1Floods11, the advantage narrows.")
    assert {m.text: m.type for m in ext.mentions}.get("Sen1Floods11") == "Dataset"


def test_a_plural_acronym_fine_tuned_on_is_no_dataset(ex):
    ext = _run(ex, "X", "We represent programs as concrete syntax trees (CSTs). A small amount of "
                        "continual pre-training and fine-tuning on CSTs yields improvements.")
    assert "Dataset" not in _types(ext, "CSTs") and \
        "Benchmark" not in _types(ext, "CSTs")


def test_this_pilot_study_is_the_papers_own_work(ex):
    ext = _run(ex, "X", "Colorectal diseases require quick care. Traditional pipelines rely on "
                        "separate evaluations. This pilot study proposes a unified network. "
                        "Images were "
                        "taken from the PathMNIST dataset. This study demonstrates a pipeline.")
    assert {m.role for m in ext.mentions if m.text == "PathMNIST"} == {"uses"}


def test_evaluated_on_both_x_and_y(ex):
    ext = _run(ex, "X", "We report experiments on both Sen1Floods11 and WorldFloods.")
    got = {m.text: m.type for m in ext.mentions}
    assert got.get("Sen1Floods11") == "Benchmark" and got.get("WorldFloods") == "Benchmark"


def test_a_name_set_off_after_described_data_is_its_name(ex):
    ext = _run(ex, "X", "We curate a large-scale dataset of architectural symmetries, ArchSym, "
                        "from SfM reconstructions. We curate a corpus of trajectories across "
                        "Coding, Math, and Agentic domains.")
    got = {m.text: m.type for m in ext.mentions}
    assert got.get("ArchSym") == "Dataset" and "Math" not in got


def test_an_acronym_spelled_by_initials_over_an_and():
    from litgraph.extract.abbreviations import find_abbreviations
    got = find_abbreviations("Data are assumed independent and identically distributed (IID). "
                             "We train an end-to-end autoencoder (AE).")
    assert [(a.short, a.long) for a in got] == [
        ("IID", "independent and identically distributed"), ("AE", "autoencoder")]


def test_the_end_of_a_generic_phrase_opening_a_sentence_is_no_name(ex):
    ext = _run(ex, "X", "Artificial Intelligence models have demonstrated success in diagnosis.")
    assert "Intelligence" not in {m.text for m in ext.mentions}


def test_one_quoted_ordinary_word_before_a_kind_is_no_name(ex):
    ext = _run(ex, "X", "We take a more \"pragmatic\" approach. We propose a novel \"seeking\" "
                        "mechanism and a \"search-and-refine\" paradigm.")
    names = {m.text for m in ext.mentions}
    assert not {"pragmatic", "seeking"} & names and "search-and-refine" in names


def test_chips_and_boards_are_no_names(ex):
    ext = _run(ex, "X", "We propose MPM. On ADE20K, MPM reduces per-image latency by up to 60% "
                        "for ViT-Tiny on Raspberry Pi 5, and increases throughput by up to 20% on "
                        "H100 with FlashAttention-2 while keeping the mIoU drop below 3%.")
    assert not {"H100", "Pi 5"} & {m.text for m in ext.mentions}


def test_more_venues_are_no_benchmarks(ex):
    ext = _run(ex, "X", "This paper documents our submission to the Automatic Minuting Shared Task "
                        "at SIGDial 2025.")
    assert not any(m.text.startswith("SIGDial") for m in ext.mentions)


def test_an_apposition_with_three_describing_words(ex):
    ext = _run(ex, "X", "We also introduce MMTAD, a diverse, multilingual, multi-domain dataset "
                        "annotated with text attributes.")
    assert {m.text: m.type for m in ext.mentions}.get("MMTAD") == "Dataset"


def test_a_known_name_the_proposal_is_built_on_is_used(ex):
    ext = _run(ex, "X", "We propose a novel approach based on a machine learning tool named random "
                        "forests to conduct selection.")
    assert {m.role for m in ext.mentions if m.text == "random forests"} == {"uses"}


def test_a_long_form_runs_over_no_clause():
    from litgraph.extract.abbreviations import find_abbreviations
    got = find_abbreviations("We propose a new algorithm for numeric ratings which is based on "
                             "Pattern Structures (RAPS). We address this critical weak-to-strong "
                             "(W2S) setting with Less is More (LiM).")
    assert [(a.short, a.long) for a in got] == [("W2S", "weak-to-strong"),
                                                ("LiM", "Less is More")]


def test_the_resulting_kind_names_a_new_thing(ex):
    ext = _run(ex, "Ground-V: Teaching VLMs to Ground Complex Instructions in Pixels",
               "This work presents a workflow for scaling instruction-following data. The "
               "resulting dataset, Ground-V, captures rich object localization knowledge.")
    assert _types(ext, "Ground-V") == {"Dataset"}


def test_a_definition_ending_in_a_known_metric_is_a_metric(ex):
    ext = _run(ex, "X", "We propose a new metric for community detection, namely the relative "
                        "Normalized Mutual Information (rNMI), which considers significance.")
    assert _types(ext, "rNMI") == {"Metric"}


def test_gpu_hours_are_a_cost_no_name(ex):
    ext = _run(ex, "X", "The executed branch spends 144 GPU-hours, and continuing would spend 192 "
                        "GPU-hours.")
    assert not ext.mentions


def test_our_unnamed_model_is_not_the_setting_named_before_it(ex):
    ext = _run(ex, "X", "In the challenging task of one-shot learning on the Omniglot dataset, our "
                        "model achieves super-human performance with an error rate of 1.5%.")
    assert not ext.results


def test_a_markdown_link_is_one_url():
    from litgraph.extract.urls import find_urls
    got = find_urls("Code: [https://github.com/a/b-c](https://github.com/a/b-c). See "
                    "https://en.wikipedia.org/wiki/Q_(x).")
    assert [u for u, _s, _e in got] == ["https://github.com/a/b-c",
                                         "https://en.wikipedia.org/wiki/Q_(x)"]


def test_a_name_after_an_x_dataset_and_is_listed_data(ex):
    ext = _run(ex, "X", "Models were evaluated in two benchmark datasets, the ETCI dataset and "
                        "SenFloods11. On the ScreenSpot-Pro benchmark, GUI-Spotlight achieves "
                        "52.8% accuracy.")
    got = {m.text: m.type for m in ext.mentions}
    assert got.get("SenFloods11") in ("Dataset", "Benchmark") and \
        got.get("GUI-Spotlight") != "Benchmark"


def test_a_score_on_a_task_is_not_put_on_the_benchmark_before_it(ex):
    ext = _run(ex, "X", "Their combination performs best, improving Jina-ColBERT-V2 from 55.8 to "
                        "63.3 on VDR and from 48.6 to 61.8 on code retrieval.")
    assert sorted(r.value for r in ext.results) == [55.8, 63.3]


def test_capital_letters_inside_words_spell_an_abbreviation(ex):
    abbs = {(a.short, a.long) for a in find_abbreviations(
        "we introduce NILE (iNternal consIstency aLignmEnt) framework")}
    assert abbs == {("NILE", "iNternal consIstency aLignmEnt")}
    assert not find_abbreviations("were used (RFP07) before")
    texts = {m.text for m in _run(ex, "X", "To address this issue, we introduce NILE "
                                           "(iNternal consIstency aLignmEnt) framework.").mentions}
    assert "NILE" in texts and not {"iNternal", "consIstency", "aLignmEnt"} & texts


def test_latex_ties_amounts_and_model_kinds_are_not_names(ex):
    texts = {m.text for m in _run(ex, "X", "Pre-finetuning helps discriminators (e.g.~RoBERTa) "
                                           "and models of around 10B--40B parameters "
                                           "(approx10B tokens). Our multi-LLM framework "
                                           "beats single-LLM agents. We test Omni-LLMs; "
                                           "the omni-LLMs fail.").mentions}
    assert "RoBERTa" in texts
    assert not {"e.g.~RoBERTa", "10B--40B", "approx10B", "multi-LLM", "single-LLM",
                "omni-LLMs", "Omni-LLMs"} & texts


def test_generic_definitions_and_claim_titles_name_nothing(ex):
    ext = _run(ex, "Small LLMs Are Weak Tool Learners: A Multi-LLM Agent",
               "Visual instruction tuning is pivotal for Vision-Language Models (VLMs). "
               "We propose Coarse-to-Fine Diffusion Models for image generation.")
    texts = {m.text for m in ext.mentions}
    assert not {"Vision-Language", "VLMs", "LLMs Are Weak Tool Learners"} & texts
    assert "Coarse-to-Fine Diffusion Models" in texts
    assert not any(m.evidence.rule.startswith("title-name") for m in ext.mentions)


def test_a_simile_title_names_nothing(ex):
    # "As easy as PIE:" is a figure of speech; the PIEs are data points the paper studies.
    ext = _run(ex, "As easy as PIE: understanding when pruning causes language models to "
               "disagree", "These data points are called PIEs. We find that PIEs impact "
               "inference quality.")
    assert not any(m.evidence.rule.startswith("title-name") for m in ext.mentions)


def test_names_given_as_examples_or_scored_on_take_the_kind(ex):
    ext = _run(ex, "LAMP: Lagged Corrections",
               "We propose LAMP. Experiments demonstrate consistent improvements over strong "
               "baselines such as DiffPIR and DDRM. Extensive experiments on CVRPLib and "
               "evaluation on CelebDF and DFDC confirm it.")
    roles = _roles(ext)
    # A single bare mention is normally dropped; a list of examples or "experiments on X"
    # says what it is.
    assert roles["DiffPIR"] == roles["DDRM"] == "comparesWith"
    assert roles["CVRPLib"] == roles["CelebDF"] == roles["DFDC"] == "evaluatesOn"
    assert {("LAMP", "DiffPIR"), ("LAMP", "DDRM")} <= {(r.subject, r.object)
                                                       for r in ext.relations}
    # A lone capitalised word is not typed by these looser cues.
    ext = _run(ex, "A study", "We report results on Berkeley images and experiments on "
                              "Information retrieval.")
    assert not {m.text for m in ext.mentions} & {"Berkeley", "Information"}


def test_tasks_and_methods_listed_as_examples(ex):
    ext = _run(ex, "CodeX: a model for code",
               "We propose CodeX. CodeX outperforms prior methods on understanding tasks "
               "such as code defect detection and clone detection. SMART (Submodular data "
               "Mixture strAtegy) is ours. SMART significantly outperforms traditional "
               "methods such as examples proportional mixing and equal mixing.")
    typed = {m.text: m.type for m in ext.mentions}
    assert typed["code defect detection"] == typed["clone detection"] == "Task"
    assert typed["examples proportional mixing"] == typed["equal mixing"] == "Method"
    # The defined acronym's bare mention is kept, so the claim it makes is read.
    assert {("SMART", "examples proportional mixing"), ("SMART", "equal mixing")} <= {
        (r.subject, r.object) for r in ext.relations}
    # Descriptions and clauses in such a list are not terms.
    ext = _run(ex, "A study", "It handles tasks such as various problems, outperforming "
                              "existing ones, and methods like poor text-image alignment.")
    assert not any(m.evidence.rule.startswith("listed/") for m in ext.mentions)


def test_a_change_from_one_score_to_another_gives_both_results(ex):
    ext = _run(ex, "GenerativeAdapter: contextualizing",
               "We propose GenerativeAdapter. Our judge models boost WizardLM-13B-V1.2 from "
               "89.17 to 92.48 on AlpacaEval. In StreamingQA, our approach achieves a 63.5% "
               "improvement in F1 score over the model with supervised fine-tuning (from 19.5 "
               "to 31.5). Accuracy on MMLU ranges from 13.7% to 90.0%.")
    got = {(r.subject, r.benchmark, r.value) for r in ext.results}
    assert got == {("WizardLM-13B-V1.2", "AlpacaEval", 89.17),
                   ("WizardLM-13B-V1.2", "AlpacaEval", 92.48),
                   ("supervised fine-tuning", "StreamingQA", 19.5),
                   ("GenerativeAdapter", "StreamingQA", 31.5)}  # not the MMLU range
    # "In StreamingQA, our approach": a fronted place, not an apposition typing it a method.
    assert _types(ext, "StreamingQA") == {"Benchmark"}


def test_names_the_text_introduces_by_a_verb_or_an_apposition(ex):
    ext = _run(ex, "A study of environments",
               "We introduce Odeen, a basic environment for tests. We introduce Guardians of "
               "Generation, a model agnostic technique. This is called the Nishimori line in "
               "physics. Our model, Typhoon-Audio, outperforms open audio models. We "
               "introduce semantic pruning to eliminate redundant codes.")
    roles = _roles(ext)
    for name in ("Odeen", "Guardians of Generation", "Typhoon-Audio", "semantic pruning"):
        assert roles[name] == "proposes", name
    assert not any("Nishimori" in m.text for m in ext.mentions)  # a word of a longer phrase


def test_kinds_named_by_an_acronym_are_not_compared_with(ex):
    ext = _run(ex, "FooSolver: a solver",
               "We propose FooSolver. FooSolver surpasses various state-of-the-art CVRP "
               "solvers and outperforms PEFT methods.")
    assert not ext.relations


def test_a_known_technique_the_paper_calls_its_own_is_not_compared_with(ex):
    ext = _run(ex, "Sparse principal component analysis",
               "We propose a new formulation for sparse PCA. Finally, we compare our sparse PCA "
               "approach with several existing methods on synthetic data.")
    assert _roles(ext)["sparse PCA"] != "comparesWith"


def test_an_adverb_and_a_verb_after_a_list_are_no_term(ex):
    ext = _run(ex, "VideoGEM: training-free action grounding",
               "Models excel at zero-shot tasks, including localization and grounding, primarily "
               "focusing on objects. We compare methods such as locally weighted regression.")
    names = {m.text for m in ext.mentions}
    assert "primarily focusing" not in names and "locally weighted regression" in names


def test_a_plural_short_form_defined_otherwise_is_not_the_listed_one(ex):
    # "General practitioners (GPs)": not the listed GP (Gaussian process), wherever "GPs" is
    # written; "Graph Neural Networks (GNNs)" are the listed ones.
    ext = _run(ex, "GPBench: A Benchmark for LLMs as General Practitioners",
               "General practitioners (GPs) serve as the cornerstone of primary healthcare. The "
               "proficiency among GPs can vary. Graph Neural Networks (GNNs) are popular. We "
               "train GNNs.")
    assert "GPs" not in {m.text for m in ext.mentions}


def test_names_given_as_examples_are_not_novel(ex):
    # "decoding strategies (i.e., DeCoRe, DoLa, and CAD)": existing ones the analysis covers;
    # "including RLAIFVBias, a debiased ... dataset" after a proposal is the paper's own.
    ext = _run(ex, "An Analysis of Decoding Methods for LLM-based Agents",
               "We present a systematic analysis of how the ReAct framework and decoding "
               "strategies (i.e., DeCoRe, DoLa, and CAD) influence faithfulness. We observe "
               "an F1 increase from 19.5 to 32.6 on HotpotQA when using ReAct and DoLa.")
    assert "proposes" not in {m.role for m in ext.mentions if m.text == "DoLa"}
    ext = _run(ex, "Modality bias in preference optimization",
               "In this paper, we propose using preference optimization to solve the modality "
               "bias problem, including RLAIFVBias, a debiased preference optimization dataset.")
    assert _roles(ext).get("RLAIFVBias") == "proposes"


def test_a_name_with_a_year_after_a_hyphen_is_an_edition(ex):
    ext = _run(ex, "RuOpinionNE-2024: Extraction of Opinion Tuples from Russian News Texts",
               "We introduce the shared task on extraction of structured opinions. We evaluate on "
               "ISIC-2019 and report results from April-2026.")
    assert _types(ext, "RuOpinionNE-2024") == {"Benchmark"}
    assert "April-2026" not in {m.text for m in ext.mentions}


def test_bootstrap_as_a_verb_is_no_method(ex):
    ext = _run(ex, "Reasoning to Learn from Latent Thoughts",
               "We show that a 1B LM can bootstrap its performance across three iterations. "
               "Perception and reasoning mutually bootstrap each other.")
    assert "bootstrap" not in {m.text for m in ext.mentions}


def test_a_numbered_example_or_theorem_is_no_name(ex):
    ext = _run(ex, "Soft Approximations and uni-int Decision Making",
               "We prove (Theorem 8.1) that the method is equivalent. Our Example 8.6 presents "
               "a case where the optimum choice is clear.")
    assert not {m.text for m in ext.mentions} & {"Example 8.6", "Theorem 8.1"}


def test_a_named_phenomenon_is_not_proposed(ex):
    # "patterns we term training strata", "a phenomenon we term attention collapse": what the
    # paper observes, not a technique it proposes.
    ext = _run(ex, "Training strata in language models",
               "Models exhibit persistent behavioral patterns that survive prompt replacement -- "
               "patterns we term training strata. We observe a phenomenon we term attention "
               "collapse.")
    assert "proposes" not in {m.role for m in ext.mentions}


def test_a_release_of_a_listed_model_is_a_model(ex):
    ext = _run(ex, "Gender bias in large language models",
               "By comparing its performance to ChatGPT-4o, the analysis highlights some "
               "differences.")
    assert _types(ext, "ChatGPT-4o") == {"Model"}


def test_resulting_in_proposes_what_results_not_what_it_affects(ex):
    ext = _run(ex, "Event learning for crossing intent prediction",
               "Frames are redundant, which results in the sub-optimal performance of PCI "
               "prediction. We evaluate on PIE.")
    assert _roles(ext).get("PCI") != "proposes"
    ext = _run(ex, "A closed-domain question answering framework",
               "We conducted a case study in a university, resulting in the creation of XUBench, "
               "a large-scale benchmark.")
    assert _roles(ext)["XUBench"] == "proposes"


def test_names_after_namely_are_proposed_only_when_the_paper_makes_them(ex):
    ext = _run(ex, "Complexity of non-monotonic logics",
               "In this survey we consider a logical formalism from each of the above "
               "possibilities, namely Reiter's default logic and circumscription. We evaluate "
               "on two datasets, namely ImageNet and CIFAR-10.")
    roles = _roles(ext)
    assert roles["default logic"] != "proposes" and roles["ImageNet"] != "proposes"
    ext = _run(ex, "Similarity of folksonomies",
               "The proposed metric is assessed on three large-scale datasets, namely Bibsonomy, "
               "MovieLens and CiteULike. We also propose two algorithms, namely L-DD and Q-DD. "
               "The resulting model, namely HQ-CLIP, is fast. It has two key modules, namely, a "
               "Token Pruning Module (TPM) and a Token Recovering Module (TRM).")
    roles = _roles(ext)
    assert roles["Bibsonomy"] != "proposes"
    assert roles["L-DD"] == roles["HQ-CLIP"] == roles["TPM"] == "proposes"


def test_names_a_study_of_lists_after_namely_are_studied_not_proposed(ex):
    ext = _run(ex, "Accuracy-efficiency tradeoffs in reasoning models",
               "We present a controlled empirical benchmark of seven recent instruction-tuned "
               "models, namely Gemma-4-E2B, Gemma-4-E4B and Qwen3-8B, evaluated on GSM8K. We "
               "also present an empirical comparison of three estimation methods, namely MLE-Net, "
               "GMM-Boost and EM-Fit.")
    roles = _roles(ext)
    assert "proposes" not in {roles["Gemma-4-E2B"], roles["Qwen3-8B"], roles["MLE-Net"],
                              roles["GMM-Boost"]}


def test_a_listed_name_in_odd_capitals_does_not_match_the_everyday_word(ex):
    ext = _run(ex, "Simulated annealing for polygon packing",
               "The polygons are allowed to rotate. We build superpoint graphs. We compare with "
               "RotatE and SuperPoint.")
    texts = {m.text for m in ext.mentions}
    assert {"RotatE", "SuperPoint"} <= texts and not {"rotate", "superpoint"} & texts


def test_a_hyphenated_task_head_types_a_definition(ex):
    ext = _run(ex, "NCAP: Scene Text Image Super-Resolution with a Non-Categorical Prior",
               "Scene text image super-resolution (STISR) enhances the resolution of images. "
               "Our method generalizes to all TP-guided STISR networks. We develop our "
               "Uncertainty-guided Perturbation Super-Resolution (UPSR) model.")
    assert _types(ext, "STISR") == {"Task"} and _types(ext, "UPSR") == {"Method"}


def test_a_one_word_network_name_is_a_model(ex):
    ext = _run(ex, "Autoencoders for nuclei classification",
               "Our model outperforms the current state of the art, CHR-Network, across all "
               "evaluated metrics.")
    assert _types(ext, "CHR-Network") == {"Model"}
    assert _roles(ext)["CHR-Network"] == "comparesWith"


def test_a_capitalised_word_listed_with_known_names_is_one_of_them(ex):
    ext = _run(ex, "Did chatbots alter the style of news headlines?",
               "Large language models such as ChatGPT and Copilot change how text is written. "
               "We run on nuScenes, Waymo and Argoverse. We compare U-Net++, and Dense U-Net and "
               "Gemini 1.5 Flesh and Gemini 1.5 Pro.")
    roles = _roles(ext)
    assert _types(ext, "Copilot") == {"Model"} and roles["Copilot"] != "proposes"
    assert _types(ext, "Waymo") in ({"Dataset"}, {"Benchmark"})
    assert not {"Dense", "Flesh"} & set(roles)  # (parts of longer names)


def test_a_hyphenated_pair_of_kind_words_is_no_name(ex):
    ext = _run(ex, "Neuro-symbolic reasoning",
               "We propose a Zero-Shot method for Vision-Language tasks. Neuro-Symbolic "
               "systems are studied on the World-Wide Web.")
    assert not {"Zero-Shot", "Vision-Language", "Neuro-Symbolic", "World-Wide"} & set(_roles(ext))


def test_letters_emphasised_inside_a_word_are_no_name(ex):
    ext = _run(ex, "CODA: Repurposing Continuous VAEs for Discrete Tokenization",
               "In this paper, we introduce \\textbf{CODA}(\\textbf{CO}ntinuous-to-"
               "\\textbf{D}iscrete \\textbf{A}daptation), a framework that decouples compression "
               "and discretization.")
    assert "CO" not in {m.text for m in ext.mentions}
    ext = _run(ex, "Few-shot class-incremental learning",  # (but lower case is the name's)
               "Extensive experiments on CUB-200, \\emph{mini}ImageNet, and CIFAR-100 show it.")
    assert "ImageNet" not in {m.text for m in ext.mentions}


def test_a_short_form_followed_by_problem_is_a_task(ex):
    ext = _run(ex, "Delay-optimal power allocation",
               "It corresponds to a stochastic Network Utility Maximization (NUM) problem where "
               "no general solution is known. We propose an online algorithm for NUM.")
    assert _types(ext, "NUM") == {"Task"} and _roles(ext)["NUM"] != "proposes"


def test_data_trained_on_in_a_proposing_sentence_is_not_the_new_name(ex):
    ext = _run(ex, "Low-resource transliteration for Roman-Urdu",
               "Prior work using RNNs on the Roman-Urdu-Parl dataset showed promise. We propose "
               "a transformer-based approach, fine-tuned on both Roman-Urdu-Parl and the "
               "Dakshina dataset.")
    assert _roles(ext).get("Roman-Urdu-Parl") != "proposes"
    ext = _run(ex, "Transliteration for Hindi and Bengali",  # (what it is built on, too)
               "We pre-train a custom multilingual seq2seq LLM based on Marian architecture.")
    assert _roles(ext).get("Marian") != "proposes"


def test_a_title_phrase_said_again_as_an_object_of_study_is_no_name(ex):
    ext = _run(ex, "Catastrophic Forgetting in LLMs: A Comparative Analysis Across Language Tasks",
               "We evaluate several LLMs on GLUE tasks. This work contributes to understanding "
               "catastrophic forgetting in LLMs.")
    assert "Catastrophic Forgetting in LLMs" not in {m.text for m in ext.mentions}


def test_defined_names_that_the_paper_introduces(ex):
    # A definition spelled by the capitals inside its words is the paper's own name, not the
    # listed "PIT" (permutation invariant training).
    ext = _run(ex, "Self-improvement from data",
               "We propose an ImPlicit Self-ImprovemenT (PIT) framework that learns the goal.")
    assert {(m.text, m.role) for m in ext.mentions if m.text == "PIT"} == {("PIT", "proposes")}
    # The noun after the parenthesis is the kind: a dataset, though its long form ends like a
    # task; a new metric of the paper's own is proposed.
    ext = _run(ex, "Instruction makes a difference",
               "We introduce Instruction Document Visual Question Answering (iDocVQA) dataset "
               "for training. In this paper, we introduce the Instruction Following Score "
               "(IFS), a metric that detects instruction following.")
    got = {m.text: (m.type, m.role) for m in ext.mentions}
    assert got["iDocVQA"] == ("Dataset", "proposes")
    assert got["IFS"] == ("Metric", "proposes")


def test_names_given_by_we_call_and_adjective_like_names(ex):
    ext = _run(ex, "Finetuned language models are zero-shot learners",
               "We evaluate this instruction-tuned model, which we call FLAN, on unseen task "
               "types. We propose a meta-learning framework, which we call one-shot imitation "
               "learning. To this end, we propose Telly to efficiently extend the context.")
    roles = _roles(ext)
    for name in ("FLAN", "one-shot imitation learning", "Telly"):
        assert roles.get(name) == "proposes", (name, roles)


def test_known_terms_match_however_their_words_are_joined(ex):
    ext = _run(ex, "A study",
               "We apply instruction-fine tuning and pattern exploiting training, compared "
               "with full-parameter finetuning. Shape features are kept.")
    got = {m.text: m.type for m in ext.mentions}
    for written in ("instruction-fine tuning", "pattern exploiting training",
                    "full-parameter finetuning"):
        assert got.get(written) == "Method", (written, got)
    # A one-letter part is a name's own spelling: "Shap-E" does not match "shape".
    assert "Shape" not in got


def test_a_subtitle_head_noun_types_the_title_name(ex):
    # The head of "A ... Dataset" is the last head word ("Tuning" is a modifier there); it
    # outweighs a weak name ending ("-Instruct" is more often data); a "Benchmark Dataset"
    # is a benchmark.
    for title, name, typ in (
            ("InfinityMATH: A Scalable Instruction Tuning Dataset in Mathematical Reasoning",
             "InfinityMATH", "Dataset"),
            ("EasyInstruct: An Easy-to-use Instruction Processing Framework for Large "
             "Language Models",
             "EasyInstruct", "Method"),
            ("StyleRec: A Benchmark Dataset for Prompt Recovery", "StyleRec", "Benchmark"),
            ("Derm1M: A Million-scale Vision-Language Dataset Aligned with Clinical Ontology "
             "Knowledge", "Derm1M", "Dataset"),
            ("COIG-P: A High-Quality and Large-Scale Chinese Preference Dataset for Alignment",
             "COIG-P", "Dataset")):
        ext = _run(ex, title, "We study this.")
        got = _types(ext, name)
        assert got == {typ}, (title, got)


def test_a_subtitle_word_that_modifies_another_or_a_topic_does_not_type_the_name(ex):
    # "Multi-Agent Simulator", "Model Training", "LLM Serving": the head word is part of a
    # longer compound; "... for Mixture-of-Experts Models": the topic, not the thing.
    for title, name in (
            ("H-AdminSim: A Multi-Agent Simulator for Realistic Hospital Administrative "
             "Workflows", "H-AdminSim"),
            ("VeOmni: Scaling Any Modality Model Training with Model-Centric Distributed "
             "Recipe Zoo", "VeOmni"),
            ("PALS: Power-Aware LLM Serving for Mixture-of-Experts Models", "PALS"),
            ("FastCuRL: Curriculum Reinforcement Learning for Efficient Reasoning Models",
             "FastCuRL")):
        ext = _run(ex, title, "We study this.")
        got = _types(ext, name)
        assert got and "Model" not in got, (title, got)
    # ... but a model said as the subtitle's head still is one, "Towards" is no topic.
    ext = _run(ex, "AMD-Hummingbird: Towards an Efficient Text-to-Video Model", "We study this.")
    assert _types(ext, "AMD-Hummingbird") == {"Model"}


def test_appositions_type_names_and_verbs_do_not(ex):
    ext = _run(ex, "Tennis",
               "We present TennisTV, the first and most comprehensive benchmark for tennis "
               "video understanding. TennisTV models each rally as a sequence of strokes. We "
               "propose MMTL-UniAD, a unified multi-modal multi-task learning framework that "
               "recognizes driver behavior.")
    got = {(m.text, m.type) for m in ext.mentions}
    assert _types(ext, "TennisTV") == {"Benchmark"}, got
    assert _types(ext, "MMTL-UniAD") == {"Method"}, got


def test_capitals_describing_a_benchmark_are_not_a_method_name(ex):
    ext = _run(ex, "Cultural QA",
               "We introduce Afri-MCQA, the first Multilingual Cultural Question-Answering "
               "benchmark covering 7.5k pairs.")
    got = {m.text for m in ext.mentions}
    assert not any("Multilingual" in t for t in got), got


def test_a_capitalised_phrase_after_a_proposing_verb_is_one_name(ex):
    ext = _run(ex, "Crowd counting",
               "We propose a Dual-Density Memory Encoding Module that uses two memories. We "
               "introduce the Greatest Good Benchmark to evaluate moral judgement. We propose "
               "an Unsupervised Peer review MLLM Evaluation framework. It develops Eugene "
               "Garfield's notions.")
    got = {m.text: (m.type, m.role) for m in ext.mentions}
    assert got["Dual-Density Memory Encoding Module"] == ("Method", "proposes")
    assert got["Greatest Good Benchmark"] == ("Benchmark", "proposes")
    # Capitals that only start a longer phrase, or a person's name, are not a name; neither
    # are the pieces of a capitalised phrase.
    for piece in ("Unsupervised Peer", "Eugene Garfield", "Dual-Density", "Memory", "Good"):
        assert piece not in got, (piece, got)


def test_one_word_of_a_capitalised_phrase_and_field_acronyms_are_not_names(ex):
    ext = _run(ex, "Resources",
               "We open-source the Aya Annotation Platform. We demonstrate the efficacy of "
               "Model Stock with fine-tuned models. The problem is NP-hard, and we use HR and "
               "WSI inputs during COVID-19.")
    got = {m.text for m in ext.mentions}
    for word in ("Platform", "Stock", "NP-hard", "HR", "WSI", "COVID-19"):
        assert word not in got, (word, got)


def test_names_we_call_this_or_refer_to_as(ex):
    ext = _run(ex, "Instruction following without instruction tuning",
               "We find two forms of adaptation that still yield instruction following; we "
               "call this implicit instruction tuning. We learn the latent tree with a "
               "procedure which we refer to as CLGrouping. We build a grouping model that we "
               "refer to as hybrid linear modeling, and test it on ten sets. We call this "
               "failure mode prompt drift.")
    roles = _roles(ext)
    for name in ("implicit instruction tuning", "CLGrouping", "hybrid linear modeling"):
        assert roles.get(name) == "proposes", (name, roles)
    assert "prompt drift" not in roles  # no technique's head word: a name for a finding


def test_a_known_model_name_spoken_of_as_data_is_the_dataset(ex):
    ext = _run(ex, "Selective reflection-tuning",
               "We apply our method to Alpaca and ShareGPT data. Our models outperform "
               "Alpaca on AlpacaEval.")
    data = [m for m in ext.mentions if m.text == "Alpaca" and m.known_as]
    assert [(m.type, m.known_as) for m in data] == [("Dataset", "Alpaca data")]
    assert "Model" in _types(ext, "Alpaca")  # the compared system stays the model


def test_formulas_are_not_names_but_plus_plus_names_are(ex):
    ext = _run(ex, "X$^2$-Gaussian: worst-case bounds",
               "We obtain an upper bound O(1.4142^m) and bound the $L_2$ error by "
               "$f_D'^c$ with A_0 = 1 and Median=4. One set of methods in this family, called "
               "Dropout++, is a version of dropout with trainable parameters. We report F_1.")
    got = {m.text for m in ext.mentions}
    for formula in ("O(1.4142", "L_2", "f_D'^c", "A_0", "Median=4"):
        assert not any(formula in name for name in got), (formula, got)
    assert _roles(ext).get("Dropout++") == "proposes"
    assert {"X^2-Gaussian", "F_1"} <= got


def test_superiority_of_our_method_compared_to_others(ex):
    ext = _run(ex, "FAAR: Efficient Multi-Task Fine-Tuning",
               "Experiments on dense visual benchmarks show the superiority of our method in "
               "accuracy compared to LoRA and BitFit.")
    pairs = _beats(ext)
    assert pairs == {("FAAR", "LoRA"), ("FAAR", "BitFit")}


def test_results_gain_nouns_counts_and_named_metrics_are_not_scores(ex):
    ext = _run(ex, "FractalNet",
               "On Manga109, FractalNet achieves a 0.21 dB PSNR gain. FractalNet reaches an "
               "accuracy of 81.2% on ImageNet with 6.8 million parameters. On the "
               "DrivingStereo dataset, FractalNet achieves a Global Difference (GD) of 3.61\\% "
               "and an End-Point Error (EPE) of 0.88. On GenEval, FractalNet achieves a score "
               "of 0.81, surpassing the previous best score of 0.80.")
    assert _scores(ext) == [
        ("FractalNet", "DrivingStereo", 0.88), ("FractalNet", "DrivingStereo", 3.61),
        ("FractalNet", "GenEval", 0.81), ("FractalNet", "ImageNet", 81.2)]


def test_results_for_each_system_and_lists_before_their_scores(ex):
    ext = _run(ex, "V2P-Bench",
               "Models perform poorly on V2P-Bench (65.4% for GPT-4o and 67.9% for "
               "Gemini-1.5-Pro). On the NUAA-SIRST and NUDT-SIRST datasets, our MSCA-Net "
               "attains mIoU scores of 78.43\\% and 94.56\\%, respectively.")
    assert _scores(ext) == [
        ("GPT-4o", "V2P-Bench", 65.4), ("Gemini-1.5-Pro", "V2P-Bench", 67.9),
        ("MSCA-Net", "NUAA-SIRST", 78.43), ("MSCA-Net", "NUDT-SIRST", 94.56)]


def test_what_a_claim_beat_is_not_the_next_claims_subject(ex):
    ext = _run(ex, "Atlas: a fast vision backbone",
               "Our model is 7.38% better than FasterViT, 4.96% better than LongViT. Notably, "
               "JudgeLRM-3B surpasses GPT-4, and JudgeLRM-7B outperforms DeepSeek-R1 by 2.79%. "
               "UNet and ResNet outperform other compressive sensing algorithms. UNet "
               "outperforms ResNet, particularly due to the attention mechanisms in it. The "
               "PPR vector is more accurate than its offline counterpart because it uses more "
               "random walks.")
    pairs = _beats(ext)
    assert pairs == {("Atlas", "FasterViT"), ("Atlas", "LongViT"), ("JudgeLRM-3B", "GPT-4"),
                     ("JudgeLRM-7B", "DeepSeek-R1"), ("UNet", "ResNet")}


def test_a_coordinations_shared_head_and_released_checkpoints(ex):
    ext = _run(ex, "Scaling instruction-finetuned language models",
               "Experiments on mathematical and commonsense reasoning tasks, and on instance "
               "and semantic segmentation, use focal and contrastive loss. We also publicly "
               "release Flan-T5 checkpoints. LoRA and full fine-tuning are compared.")
    roles = _roles(ext)
    types = {m.text: m.type for m in ext.mentions}
    for name, typ in (("mathematical reasoning", "Task"), ("commonsense reasoning", "Task"),
                      ("instance segmentation", "Task"), ("semantic segmentation", "Task"),
                      ("focal loss", "Method"), ("contrastive loss", "Method")):
        assert types.get(name) == typ, (name, types)
    assert roles.get("Flan-T5") == "proposes"
    # A word that is a name on its own keeps its own reading ("LoRA", not "LoRA fine-tuning").
    assert "LoRA" in roles and "mathematical" not in roles


def test_a_name_with_a_participle_suffix_is_a_modifier(ex):
    ext = _run(ex, "SAMI", "A SAMI-trained mistral-7b beats an RL-trained model and an "
                           "LLM-parameterized classifier on GPU-optimized kernels.")
    got = {m.text for m in ext.mentions}
    for modifier in ("SAMI-trained", "RL-trained", "LLM-parameterized", "GPU-optimized"):
        assert modifier not in got, (modifier, got)


def test_capitalised_names_listed_after_an_introducing_verb(ex):
    ext = _run(ex, "CodecLM",
               "We also introduce Self-Rubrics and Contrastive Filtering during decoding. We "
               "propose TSR and introduce SPRINT, Script-agnostic Structure Recognition in "
               "Tables. We propose Cross-modal and Uncertainty-aware Agglomeration for 3D "
               "scenes.")
    roles = _roles(ext)
    assert roles.get("Self-Rubrics") == roles.get("Contrastive Filtering") == "proposes"
    # A spelled-out name and a coordination inside one name are no list of names.
    for piece in ("Script-agnostic Structure Recognition", "Uncertainty-aware Agglomeration"):
        assert piece not in roles, (piece, roles)


def test_names_opening_the_items_of_a_proposing_colon_list(ex):
    ext = _run(ex, "A Japanese language model and three new evaluation benchmarks",
               "We introduce three new benchmarks: YakugakuQA, based on licensing exams; "
               "NayoseQA, which tests synonym normalization; and SogoCheck, a novel task "
               "designed to assess consistency. Even GPT-4o performs poorly on SogoCheck.")
    got = {(m.text, m.type) for m in ext.mentions if m.role == "proposes"}
    assert got == {("YakugakuQA", "Benchmark"), ("NayoseQA", "Benchmark"),
                   ("SogoCheck", "Benchmark")}


def test_a_proposal_coordinated_with_and_a_kind_and_a_name(ex):
    ext = _run(ex, "Improving translation faithfulness",
               "We propose SWIE (Segment-Weighted Instruction Embedding) and an "
               "instruction-following dataset OVERMISS. OVERMISS improves faithfulness.")
    roles = _roles(ext)
    assert roles.get("SWIE") == roles.get("OVERMISS") == "proposes"


def test_capabilities_listed_as_tasks_and_a_name_after_its_kind(ex):
    ext = _run(ex, "Chain-of-Tools: utilizing massive unseen tools",
               "It excels in tasks such as mathematical reasoning, translation, and instruction "
               "following. In this paper, we present a new Tool Learning method Chain-of-Tools. "
               "Instruction following is a key capability.")
    roles = _roles(ext)
    assert _types(ext, "instruction following") == {"Task"}
    assert roles.get("Chain-of-Tools") == "proposes" and "Tool Learning" not in roles
    # Said on its own, the capability is no entity.
    assert "Instruction following" not in roles


def test_a_bench_name_is_a_benchmark_though_called_a_dataset(ex):
    ext = _run(ex, "FineTuneBench: how well do fine-tuning APIs infuse knowledge?",
               "We introduce FineTuneBench, an evaluation framework and dataset. We open "
               "source the FineTuneBench dataset.")
    assert _types(ext, "FineTuneBench") == {"Benchmark"}


def test_a_release_of_the_proposed_model_said_once_is_kept_and_of_its_kind(ex):
    ext = _run(ex, "MAmmoTH2: scaling instructions from the web",
               "We build MAmmoTH2 models, which boost performance on reasoning benchmarks. "
               "Further training MAmmoTH2 on public instruction tuning datasets yields "
               "MAmmoTH2-Plus, achieving strong performance.")
    plus = [m for m in ext.mentions if m.text == "MAmmoTH2-Plus"]
    assert plus and {(m.type, m.role) for m in plus} == {("Model", "proposes")}


def test_a_quoted_list_of_released_names_is_one_kind(ex):
    ext = _run(ex, "OpenBezoar: small, cost-effective and open models",
               'We release "OpenBezoar-SFT", "OpenBezoar-HH-RLHF-SFT", "OpenBezoar-HH-RLHF-DPO" '
               "checkpoints, alongside our datasets.")
    got = {(m.text, m.type, m.role) for m in ext.mentions if m.text != "OpenBezoar"}
    assert got == {(n, "Model", "proposes") for n in (
        "OpenBezoar-SFT", "OpenBezoar-HH-RLHF-SFT", "OpenBezoar-HH-RLHF-DPO")}


def test_definitions_named_like_tasks_are_tasks_unless_proposed(ex):
    ext = _run(ex, "Scaling prompts for retrieval",
               "Composed Image Retrieval (CIR) aims to retrieve images. Scene Graph Generation "
               "(SGG) describes images as graphs. Retrieval-Augmented Generation (RAG) helps "
               "LLMs. The Vehicle Routing Problem (VRP) is hard.")
    for name in ("CIR", "SGG", "VRP"):
        assert _types(ext, name) == {"Task"}, name
    assert _types(ext, "RAG") == {"Method"}
    ext = _run(ex, "Stable answers in follow-up dialogues",
               "We propose Confidence-Aware Response Generation (CARG), a framework that keeps "
               "answers stable. CARG improves stability.")
    assert {(m.type, m.role) for m in ext.mentions if m.text == "CARG"} >= {
        ("Method", "proposes")}
    assert "Task" not in _types(ext, "CARG")


def test_a_task_the_paper_keeps_naming_is_not_what_it_proposes(ex):
    ext = _run(ex, "Noisy correspondence in person retrieval",
               "Text-Based Person Retrieval (TBPR) finds people from text. We study TBPR with "
               "noisy labels and propose a robust loss for TBPR.")
    roles = _roles(ext)
    assert roles.get("TBPR") != "proposes"


def test_a_sentence_saying_what_a_task_is_names_the_task(ex):
    ext = _run(ex, "Counting cells with few labels",
               "Cell counting remains a fundamental yet challenging task in microscopy. Cloud "
               "removal (CR) is a challenging task in remote sensing. The recognition of Arabic "
               "Named Entities (NE) is a problem in many domains. This is a hard task. Single "
               "underwater image enhancement (UIE) is a challenging ill-posed problem.")
    assert _types(ext, "Cell counting") == {"Task"}
    assert _types(ext, "CR") == _types(ext, "UIE") == {"Task"}
    assert "Task" not in _types(ext, "NE")  # not the sentence's subject


def test_a_database_named_after_a_name_is_a_dataset(ex):
    ext = _run(ex, "Thermal face recognition",
               "Experiments on the Object Tracking and Classification Beyond Visible Spectrum "
               "(OTCBVS) database show gains.")
    # (data the paper scores on is a benchmark by the annotation guide)
    assert _types(ext, "OTCBVS") and _types(ext, "OTCBVS") <= {"Dataset", "Benchmark"}


def test_plural_techniques_match_the_gazetteer(ex):
    ext = _run(ex, "Scaling laws for deepfake detection",
               "We examine the role of data augmentations in deepfake detection.")
    assert _types(ext, "data augmentations") == {"Method"}


def test_scores_of_unnamed_baselines_settings_and_questions_are_not_results(ex):
    ext = _run(ex, "LatAct: compact latent actions",
               "We show that LatAct achieves a score of 42.4 on the math500 benchmark, surpassing "
               "the baseline score of 38.2. CCFS achieves 60.2% test accuracy on ResNet-18 with "
               "a 20% compression ratio of Tiny-ImageNet. Are GT images in existing ImageNet "
               "datasets 100% trustworthy? REJEPA shows an enhancement in retrieval accuracy of "
               "5.1% on FMoW-RGB.")
    got = _scores(ext)
    assert ("LatAct", "math500", 42.4) in got
    assert all(v not in (38.2, 20.0, 100.0, 5.1) for _s, _b, v in got), got


def test_result_subjects_are_not_units_protocols_or_beaten_systems(ex):
    ext = _run(ex, "CellVTA: cell segmentation with vision transformers",
               "Extensive experiments show that CellVTA achieves 0.538 mPQ on the CoNIC dataset "
               "and 0.506 mPQ on the PanNuke dataset.")
    assert {s for s, _b, _v in _scores(ext)} == {"CellVTA"}
    ext = _run(ex, "Sonata: self-supervised point clouds",
               "Sonata triples linear probing accuracy (from 21.8% to 72.5%) on ScanNet.")
    assert ("linear probing" not in {s for s, _b, _v in _scores(ext)})
    ext = _run(ex, "SenseExpo: efficient exploration",
               "Our SenseExpo achieves better performance on the KTH dataset than U-net (24.5M) "
               "and LaMa (51M), delivering PSNR 9.026 and SSIM 0.718.")
    assert _scores(ext) and {s for s, _b, _v in _scores(ext)} == {"SenseExpo"}


def test_scores_with_their_own_unknown_benchmark_and_percent_words(ex):
    ext = _run(ex, "VanDepth: depth adapters",
               "We achieve 56.05 mIoU on SUN-RGBD segmentation, 88.3 RMSE on Void's depth "
               "completion.")
    assert [v for _s, b, v in _scores(ext) if b == "SUN-RGBD"] == [56.05]
    ext = _run(ex, "CoSIL: issue localization",
               "CoSIL achieves a Top-1 localization success rate of 43 percent and 44.6 percent "
               "on SWE-bench Lite and SWE-bench Verified, respectively.")
    assert ("CoSIL", "SWE-bench Lite", 43.0) in _scores(ext)
    assert ("CoSIL", "SWE-bench Verified", 44.6) in _scores(ext)


def test_a_participle_comparison_after_a_comma_is_the_papers_claim(ex):
    ext = _run(ex, "RelCLIP: relation inference with CLIP",
               "Evaluated on multiple CLIP-based models, our method significantly improves "
               "zero-shot relation inference accuracy in both frozen and fine-tuned settings, "
               "significantly outperforming CLIP and state-of-the-art models.")
    assert {(r.subject, r.object) for r in ext.relations} == {("RelCLIP", "CLIP")}


def test_established_technique_names_are_known(ex):
    ext = _run(ex, "Scaling multilingual models",
               "We apply vocabulary extension and layer freezing.")
    assert _types(ext, "vocabulary extension") == _types(ext, "layer freezing") == {"Method"}


def test_a_modifier_shared_by_a_coordination(ex):
    ext = _run(ex, "Evaluating instructed LLMs on code",
               "We evaluate LLMs on code summarization and generation tasks, and on object "
               "detection and tracking. Image classification and generation quality improve.")
    assert _types(ext, "code generation") == _types(ext, "object tracking") == {"Task"}
    assert not _types(ext, "image generation")  # "generation quality" is not the task


def test_a_defined_medical_condition_is_no_artifact(ex):
    ext = _run(ex, "Brain disorder diagnosis with KANs",
               "We propose a novel classification network (AFBR-KAN) to aid in diagnosing "
               "autism spectrum disorder (ASD).")
    roles = _roles(ext)
    assert roles.get("AFBR-KAN") == "proposes" and "ASD" not in roles


def test_bounded_scores_and_scores_after_a_metric_colon(ex):
    ext = _run(ex, "PAPI-Reg: point cloud registration",
               "On the KITTI dataset, our PAPI-Reg achieves a registration accuracy rate of over "
               "99%. PAPI-Reg improves accuracy by over 5% on KITTI.")
    assert [(s, v) for s, _b, v in _scores(ext)] == [("PAPI-Reg", 99.0)]
    ext = _run(ex, "FundusGAN: fundus image synthesis",
               "FundusGAN outperforms prior methods on the DDR dataset (SSIM: 0.8863, FID: "
               "54.2).")
    assert _scores(ext) == [("FundusGAN", "DDR", 0.8863), ("FundusGAN", "DDR", 54.2)]


def test_a_long_form_with_commas_is_a_list_of_the_short_forms_parts():
    abbs = {(a.short, a.long) for a in find_abbreviations(
        "We propose Extract, Match, and Score (EMS). Our models achieve the best performance "
        "amongst similarly sized baselines, particularly on knowledge-intensive "
        "multiple-choice questions (AfriMMLU).")}
    assert ("EMS", "Extract, Match, and Score") in abbs
    assert not any(short == "AfriMMLU" for short, _long in abbs)


def test_data_named_after_a_known_model_is_its_own_artifact(ex):
    ext = _run(ex, "OPT-IML: scaling instruction meta learning",
               "We create OPT-IML Bench: a large benchmark of 2000 NLP tasks. We release the "
               "Aya Dataset.")
    assert _types(ext, "OPT-IML Bench") == {"Benchmark"}
    assert _types(ext, "Aya Dataset") == {"Dataset"}
    assert _roles(ext).get("OPT-IML Bench") == "proposes"


def test_the_base_of_our_named_release_is_ours(ex):
    ext = _run(ex, "Mixture-of-Experts meets instruction tuning",
               "Our most powerful model, FLAN-MOE-32B, surpasses FLAN-PALM-62B on four "
               "benchmark tasks. The advancements embodied by FLAN-MOE inspire a reevaluation.")
    roles = _roles(ext)
    assert roles.get("FLAN-MOE-32B") == roles.get("FLAN-MOE") == "proposes"
    assert roles.get("FLAN-PALM-62B") == "comparesWith"


def test_what_a_system_trains_is_used_and_a_problem_named_is_a_task(ex):
    ext = _run(ex, "SAUCE: selective concept unlearning",
               "We introduce SAUCE, a novel method that leverages sparse autoencoders (SAEs) "
               "for unlearning. SAUCE first trains SAEs to capture sparse features. SAUCE then "
               "edits SAEs features.")
    roles = _roles(ext)
    assert roles.get("SAUCE") == "proposes" and roles.get("SAEs") != "proposes"
    ext = _run(ex, "DebGCD: debiased learning",
               "In this paper, we tackle the problem of Generalized Category Discovery (GCD). "
               "We also study the problem of Lifelong Instruction Tuning (LiIT).")
    assert _types(ext, "GCD") == {"Task"}
    assert _types(ext, "LiIT") == {"Method"}


def test_latex_links_are_no_names(ex):
    ext = _run(ex, "Unified-Lift: lifting segmentation",
               "Code is available at \\url{https://github.com/Runsong123/Unified-Lift}. The data "
               "is at \\href{https://huggingface.co/datasets/a/AM-1.4M}{https://huggingface.co/"
               "datasets/a/AM-1.4M}.")
    assert {m.text for m in ext.mentions} == {"Unified-Lift"}
    assert {u.url for u in ext.urls} == {"https://github.com/Runsong123/Unified-Lift",
                                         "https://huggingface.co/datasets/a/AM-1.4M"}


def test_a_copula_names_the_kind(ex):
    ext = _run(ex, "Referring video segmentation",
               "MeViS is a large-scale dataset of motion expressions. TWED is a distance metric "
               "for time series. SPX is a key part of the pipeline.")
    assert _types(ext, "MeViS") == {"Dataset"} and _types(ext, "TWED") == {"Metric"}
    assert "Metric" not in _types(ext, "SPX") and "Method" not in _types(ext, "MeViS")


def test_a_relative_clause_before_the_comparison_is_not_its_subject(ex):
    ext = _run(ex, "AM: distilled reasoning data",
               "The AM-Distill-Qwen-32B model, which was trained through only simple Supervised "
               "Fine-Tuning (SFT) using this data, outperformed the DeepSeek-R1-Distill-Qwen-32B "
               "model on four benchmarks.")
    assert {(r.subject, r.object) for r in ext.relations} == {
        ("AM-Distill-Qwen-32B", "DeepSeek-R1-Distill-Qwen-32B")}


def test_bare_mentions_of_a_defined_task_are_the_task(ex):
    ext = _run(ex, "A constraint model for gate assignment",
               "The Airport Gate Assignment Problem (AGAP) is hard. We solve AGAP instances with "
               "constraint programming and evaluate on AGAP benchmarks from two airports.")
    assert _types(ext, "AGAP") == {"Task"}
    assert {m.role for m in ext.mentions if m.text == "AGAP"} <= {"evaluatesOn", "mentions"}


def test_a_name_whose_kind_ends_a_coordination_is_one_name(ex):
    ext = _run(ex, "Robust 3D object detection",
               "To mitigate, we propose a Multi-Modal Decouple and Recouple Network for robust 3D "
               "object detection. We also introduce Self-Rubrics and Contrastive Filtering.")
    roles = _roles(ext)
    assert roles.get("Multi-Modal Decouple and Recouple Network") == "proposes"
    assert "Multi-Modal Decouple" not in roles
    assert roles.get("Self-Rubrics") == roles.get("Contrastive Filtering") == "proposes"


def test_what_follows_a_score_is_its_metric_not_a_unit(ex):
    ext = _run(ex, "BoRAD: bootstrap your own representations",
               "BoRAD achieves 86.2% mAD on MVTec AD and runs at 31.5 FPS with 2.4 GB of memory.")
    assert _types(ext, "mAD") == _types(ext, "FPS") == {"Metric"}
    assert not _types(ext, "GB")


def test_modes_of_the_proposed_system_are_proposed(ex):
    ext = _run(ex, "DualFact+: a multimodal fact verification framework",
               "We introduce DualFact, a multimodal factuality evaluation framework. We "
               "instantiate DualFact in two modes: DualFact-T, which verifies facts against text, "
               "and DualFact-V, which verifies facts against video.")
    roles = _roles(ext)
    assert roles.get("DualFact-T") == roles.get("DualFact-V") == "proposes"


def test_a_name_a_score_is_reported_on_is_a_benchmark(ex):
    ext = _run(ex, "BoRAD: bootstrap your own representations",
               "BoRAD achieves 86.2% mAD on MVTec AD, 80.7% mAD on VisA and 73.1% mAD on "
               "Real-IAD, at 38.4 FPS on NVIDIA RTX 3090.")
    assert _types(ext, "Real-IAD") == {"Benchmark"}
    assert ("BoRAD", "Real-IAD", 73.1) in _scores(ext)
    assert "Benchmark" not in _types(ext, "NVIDIA")


def test_the_title_names_a_technique_the_abstract_proposes_unnamed(ex):
    # "Masked Thought:" and "Composable Sparse Fine-Tuning for ..." said only in the title,
    # where the abstract proposes a method it does not name.
    abstract = ("Earlier approaches need costly labels. Conversely, we develop a method that "
                "avoids external resources by masking tokens in the chain of thought.")
    assert _roles(_run(ex, "Masked Thought: Simply Masking Steps Improves Reasoning",
                       abstract)).get("Masked Thought") == "proposes"
    assert _roles(_run(ex, "Composable Sparse Fine-Tuning for Cross-Lingual Transfer",
                       "Adapters are modular. In this work, we introduce a new fine-tuning "
                       "method with both these properties.")).get(
        "Composable Sparse Fine-Tuning") == "proposes"
    assert _roles(_run(ex, "Object Isolated Attention for Consistent Story Visualization",
                       "We propose a novel network that keeps characters consistent across "
                       "frames.")).get("Object Isolated Attention") == "proposes"
    # A catch phrase, a gerund's object, or an abstract that names its own method: no name.
    for title, text in (
            ("Bridging the Gap: Robust Learning for Segmentation", abstract),
            ("Exploring Model Editing for Large Language Models", abstract),
            ("Incremental Training of a Detector Using Sparse Decomposition",
             "We propose an effective framework for learning an adaptive greedy sparse linear "
             "discriminant analysis (GSLDA) model.")):
        roles = _roles(_run(ex, title, text))
        assert not {"Bridging the Gap", "Exploring Model Editing",
                    "Incremental Training"} & set(roles), roles
    assert "Masked Thought" not in _roles(_run(
        ex, "Masked Thought: Simply Masking Steps Improves Reasoning",
        "We study how masking tokens in the chain of thought changes reasoning."))


def test_underperforming_is_outperforming_read_backwards(ex):
    ext = _run(ex, "LoRA Learns Less and Forgets Less",
               "Our results show that, in most settings, LoRA substantially underperforms full "
               "finetuning. Visual SSL currently underperforms CLIP in multimodal settings.")
    assert _claims(ext) >= {("full finetuning", "LoRA")}
    assert ("LoRA", "full finetuning") not in _claims(ext)


def test_a_bare_mention_of_the_proposed_name_is_kept(ex):
    # An all-capitals name said bare is kept only when cued; being proposed is such a cue.
    ext = _run(ex, "GAEA: a geolocation LMM",
               "We propose GAEA, a conversational model. Results show that GAEA significantly "
               "outperforms LLaVA-OneVision on geolocation.")
    assert _claims(ext) == {("GAEA", "LLaVA-OneVision")}


def test_the_titles_name_said_again_is_found_though_an_ordinary_word(ex):
    ext = _run(ex, "Atlas: Multi-Scale Attention Improves Long Context Image Modeling",
               "We then introduce Atlas, a novel neural network architecture. We demonstrate "
               "that Atlas improves the tradeoff. Atlas is 2.95x faster and 7.38% better than "
               "FasterViT.")
    assert _claims(ext) == {("Atlas", "FasterViT")}
    # The abstract's own reading of the name types the mentions it adds.
    ext = _run(ex, "Model Stock: All we need is just a few fine-tuned models",
               "This strategy can be aptly coined Model Stock. We demonstrate the efficacy of "
               "Model Stock with fine-tuned CLIP models.")
    assert {m.type for m in ext.mentions if m.text == "Model Stock" and
            m.evidence.rule.startswith("name/")} == {"Method"}


def test_names_that_only_say_which_kind_was_beaten_are_no_claims(ex):
    ext = _run(ex, "CoKV: mixed-precision KV cache",
               "We propose CoKV. CoKV outperforms state-of-the-art KV cache quantization "
               "methods. EditNet outperforms state-of-the-art TIE and RIE methods. Our PMG "
               "outperforms the PSO and GD techniques.")
    claims = _claims(ext)
    assert not {o for _s, o in claims} & {"KV cache", "TIE", "RIE"}, claims
    assert {o for s, o in claims if s == "PMG"} == {"PSO", "GD"}


def test_our_kind_noun_before_a_name_makes_it_ours(ex):
    roles = _roles(_run(ex, "FocusDiff: tuning-free panorama editing",
                        "We propose FocusDiff. Extensive experiments on our localized editing "
                        "benchmark LIMB show that FocusDiff works. It builds upon our previous "
                        "framework VARGPT. We evaluate our performance across benchmark TSR "
                        "datasets including PubTabNet."))
    assert roles.get("LIMB") == "proposes"
    assert roles.get("VARGPT") != "proposes" and roles.get("TSR") != "proposes"


def test_a_name_fronted_in_a_sentence_reporting_a_score_is_scored_on(ex):
    ext = _run(ex, "Siformer: sign language recognition",
               "We propose Siformer. For LSA64, we achieve a top-1 accuracy of 99.84%. On MSC, "
               "Siformer reaches 44.9% accuracy. For NewNet, we release the code.")
    assert _types(ext, "LSA64") == _types(ext, "MSC") == {"Benchmark"}
    assert ("Siformer", "LSA64", 99.84) in _scores(ext)
    assert "Benchmark" not in _types(ext, "NewNet")


def test_numbers_listed_up_to_a_gain_word_are_all_gains(ex):
    ext = _run(ex, "Agent S2: a compositional computer-use agent",
               "We propose AgentS2. AgentS2 achieves 18.9% and 32.7% relative improvements on "
               "the OSWorld benchmark. AgentS2 reaches 43.2% accuracy on the WindowsAgentArena "
               "benchmark.")
    assert _scores(ext) == [("AgentS2", "WindowsAgentArena", 43.2)]


def test_our_unnamed_system_between_a_name_and_the_verb_is_no_named_subject(ex):
    ext = _run(ex, "Orthogonal optimisation for fine-tuning",
               "On three scenarios (DoRA, VideoMAE, future prediction), we show our orthogonal "
               "optimizer outperforms the strong AdamW in all three scenarios.")
    assert not _claims(ext)


def test_digits_said_as_words_in_short_forms():
    abbs = {(a.short, a.long) for a in find_abbreviations(
        "We introduce Coarse-to-Fine Denoising (C2F) to reduce computation. We design a task, "
        "Natural Language Inference for Patient Recruitment (NLI4PR), for trials.")}
    assert abbs == {("C2F", "Coarse-to-Fine Denoising"),
                    ("NLI4PR", "Natural Language Inference for Patient Recruitment")}


def test_past_tense_proposals_need_their_subject(ex):
    roles = _roles(_run(ex, "Lumbar spine reconstruction from X-ray images",
                        "To address this gap, we have developed MultiBARF. This study developed "
                        "SpineNet, a lightweight model. Following up the work presented at "
                        "ACAT 2008, we use the technique presented there."))
    assert roles.get("MultiBARF") == roles.get("SpineNet") == "proposes"
    assert roles.get("ACAT 2008") != "proposes"


def test_passive_proposals_of_names(ex):
    roles = _roles(_run(ex, "Low-light enhancement with recursive networks",
                        "A Human Parsing Estimator (HPE) is then introduced to divide the "
                        "person. To solve the problem, EffOWT is proposed for transfer. Then, "
                        "MCEM and HMIM are proposed to exploit texture. A condition for the "
                        "codiagnosability of SDESs is presented. Cross-Domain Few-Shot "
                        "Segmentation (CDFSS) is proposed to transfer segmentation skills."))
    assert {n: roles.get(n) for n in ("HPE", "EffOWT", "MCEM", "HMIM")} == dict.fromkeys(
        ("HPE", "EffOWT", "MCEM", "HMIM"), "proposes")
    assert roles.get("SDESs") != "proposes" and roles.get("CDFSS") != "proposes"


def test_compared_with_and_comparable_to_are_comparisons(ex):
    roles = _roles(_run(ex, "AgentLM: generalized agent abilities",
                        "Our AgentLM achieves results compared with GPT-4 on MMLU. AgentLM is "
                        "comparable to GPT-3.5-turbo on unseen tasks and competes with Claude 3 "
                        "Opus. We reach comparable quality with Mistral-7B as the backbone."))
    assert {n: roles.get(n) for n in ("GPT-4", "GPT-3.5-turbo", "Claude 3 Opus")} == \
        dict.fromkeys(("GPT-4", "GPT-3.5-turbo", "Claude 3 Opus"), "comparesWith")
    assert roles.get("Mistral-7B") == "uses"


def test_what_a_claim_says_was_beaten_is_compared_with(ex):
    ext = _run(ex, "V2APT: visual prompt tuning",
               "We propose V2APT. V2APT achieves a +3.2% improvement over VPT-Deep and "
               "LLaVA-1.5 on HTA.")
    assert {o for s, o in _claims(ext) if s == "V2APT"} >= {"LLaVA-1.5"}
    assert _roles(ext).get("LLaVA-1.5") == "comparesWith"


def test_a_position_paper_title_names_nothing(ex):
    ext = _run(ex, "Position: Graph learning will lose relevance due to poor benchmarks",
               "We argue that graph learning needs better benchmarks.")
    assert "Position" not in _roles(ext)


def test_naming_what_already_exists_proposes_nothing(ex):
    roles = _roles(_run(ex, "DPN: dynamic pyramid networks",
                        "We propose DPN. It is validated on the existing high-resolution MLLM "
                        "called LLaVA-HR. We show bounds for two well-known functions called "
                        "OneMax and BinVal. We extend the standard detection task to a novel "
                        "method named ForeSight."))
    assert roles.get("LLaVA-HR") != "proposes"
    assert roles.get("OneMax") != "proposes" and roles.get("BinVal") != "proposes"
    assert roles.get("ForeSight") == "proposes"


def test_a_naming_word_names_only_what_follows_it(ex):
    roles = _roles(_run(ex, "Rank-one downdates for nonnegative matrix factorization",
                        "We propose an algorithm called R1D for computing a NMF that is partly "
                        "motivated by singular value decomposition. We present a detection "
                        "framework, termed UniCD, that addresses infrared NUC tasks."))
    assert roles.get("R1D") == roles.get("UniCD") == "proposes"
    assert roles.get("NMF") != "proposes" and roles.get("NUC") != "proposes"
    assert roles.get("singular value decomposition") != "proposes"


def test_a_name_modifying_a_new_kind_and_nouns_like_verbs_are_not_proposals(ex):
    roles = _roles(_run(ex, "Cleaning labels for land cover maps",
                        "We propose a multi-level GT cleaning framework. We construct the "
                        "MMSafe-PO preference dataset for assistants. Building on these designs, "
                        "we further enhance DyDiT. We present DLA-Count, an approach that "
                        "introduces K-adjacent Hungarian Matching (KHM), which improves matching."))
    assert roles.get("GT") != "proposes" and roles.get("DyDiT") != "proposes"
    assert roles.get("MMSafe-PO") == roles.get("KHM") == "proposes"


def test_a_pair_of_media_is_no_name(ex):
    ext = _run(ex, "Aligning diffusion models with many metrics",
               "Text-to-Image (T2I) diffusion models have advanced. We align T2I models with "
               "BalancedDPO and test T2I generation on T2I-CompBench.")
    roles = _roles(ext)
    assert "T2I" not in roles and "Text-to-Image" not in roles
    assert "T2I-CompBench" in roles and _types(ext, "T2I generation") == {"Task"}


def test_a_name_that_is_a_generic_kind_with_its_head_is_no_name(ex):
    roles = _roles(_run(ex, "Spatial reasoning of vision-language models",
                        "Prompt tuning enhances pre-trained Vision-Language Models. We analyze "
                        "13 state-of-the-art Vision-Language Models and PaliGemma."))
    assert "Vision-Language" not in roles and "PaliGemma" in roles


def test_fields_and_attributes_defined_as_acronyms_are_no_names(ex):
    roles = _roles(_run(ex, "Super-resolution of remote sensing images",
                        "Remote sensing (RS) images are often low-resolution (LR). We upsample "
                        "LR images of RS scenes with SRNet."))
    assert not {"RS", "LR", "Remote sensing", "low-resolution"} & set(roles)
    assert roles.get("SRNet") is not None


def test_named_components_are_typed_by_their_kind_word(ex):
    ext = _run(ex, "Detecting small objects",
               "Detectors often rely on a Contrast and High-Frequency Attention Block (CHFAB) "
               "for small objects. We propose DetX, which improves the CHFAB.")
    assert _types(ext, "CHFAB") == {"Method"}


def test_appositions_are_skipped_around_a_comparison(ex):
    ext = _run(ex, "Mamba or Transformer for segmentation",
               "Our findings reveal that UlikeMamba, a U-shape Mamba-based network, consistently "
               "surpasses UlikeTrans, a U-shape Transformer-based network, on CT scans.")
    assert _claims(ext) == {("UlikeMamba", "UlikeTrans")}


def test_our_before_a_known_technique_describes_the_papers_thing(ex):
    roles = _roles(_run(ex, "Semantic communication with transformers",
                        "We design a new system, SemCom. These findings establish our ViT-based "
                        "approach as a breakthrough. Our NeRF prior and our inpainting solution "
                        "help. Our DeiT-Tiny-Distill model is fast."))
    assert roles.get("ViT") != "proposes" and roles.get("NeRF") != "proposes"
    assert roles.get("inpainting") != "proposes"


def test_a_known_technique_applied_is_not_proposed(ex):
    roles = _roles(_run(ex, "Reliable landmark localization",
                        "This paper introduces conformal prediction as a framework for "
                        "uncertainty. The new algorithm uses ideas commonly used in model "
                        "checking, namely counterexample guided abstraction refinement. We "
                        "release ToolBench, a benchmark."))
    assert roles.get("conformal prediction") != "proposes"
    assert roles.get("counterexample guided abstraction refinement") != "proposes"
    assert roles.get("ToolBench") == "proposes"


def test_hyphen_parts_written_like_names_or_release_words_stay_on_the_name(ex):
    roles = _roles(_run(ex, "Zero-shot editing",
                        "We propose pix2pix-zeroCon, a zero-shot method. We compare with "
                        "GPT-4-turbo-preview and BERT-large-cased on Occ3D-nuScenes."))
    assert {"pix2pix-zeroCon", "GPT-4-turbo-preview", "BERT-large-cased",
            "Occ3D-nuScenes"} <= set(roles)
    assert not {"pix2pix", "zeroCon", "nuScenes"} & set(roles)


def test_two_word_short_forms_and_proposed_actions(ex):
    roles = _roles(_run(ex, "Styled layout diffusion",
                        "In this paper, we proposed STyled LAYout Diffusion (STAY Diffusion), a "
                        "diffusion-based model. To address this issue, we propose enriching the "
                        "RM's input with a causal attribution."))
    assert roles.get("STAY Diffusion") == "proposes"
    assert not {"STyled", "LAYout"} & set(roles) and roles.get("RM") != "proposes"


def test_scores_of_people_are_no_systems_results(ex):
    ext = _run(ex, "A unified agentic framework for evaluating image generation",
               "Experiments demonstrate that CIGEval (GPT-4o version) achieves a high "
               "correlation of 0.4625 with human assessments, closely matching the "
               "inter-annotator correlation of 0.47.")
    assert not [s for s in _scores(ext) if s[2] == 0.47]


def test_a_long_form_ending_in_a_known_metric_defines_a_metric(ex):
    ext = _run(ex, "CODA: discrete tokenizers",
               "We propose CODA. CODA achieves a reconstruction FID (rFID) of 0.43 on ImageNet.")
    assert _types(ext, "rFID") == {"Metric"}
    assert ("CODA", "ImageNet", 0.43) in _scores(ext)


def test_a_bare_name_listed_with_a_known_named_method_is_a_method(ex):
    ext = _run(ex, "Exploring LLM frameworks", "We use frameworks such as ReAct and LangChain.")
    assert _types(ext, "LangChain") == {"Method"}


def test_passive_proposals_of_names_in_an_apposition(ex):
    roles = _roles(_run(ex, "Visual explanations for vision transformers",
                        "In this paper, a novel visual explanation approach, Dynamic Accumulated "
                        "Attention Map (DAAM), is proposed. Two new factors, PTX and RTX, are "
                        "introduced."))
    assert roles.get("DAAM") == roles.get("PTX") == roles.get("RTX") == "proposes"


def test_a_term_defined_with_a_copula_is_not_proposed(ex):
    roles = _roles(_run(ex, "Knowledge induction from databases",
                        "Automatic induction of knowledge from data sets is called data mining. "
                        "Our nonparametric independence screening is called NIS."))
    assert roles.get("data mining") != "proposes" and roles.get("NIS") == "proposes"


def test_venues_are_no_names_but_a_numbered_venue_dataset_is(ex):
    ext = _run(ex, "Spectral clustering revisited",
               "Agents replicate 20 ICML 2024 papers; rubrics are written with the authors of "
               "each ICML paper. We introduce CLAIMCHECK, a dataset of NeurIPS 2023 reviews. "
               "It is compared with the method in VLDB 2004, in VLDB 2004. We evaluate on the "
               "KDD 99 intrusion benchmark.")
    names = {m.text for m in ext.mentions}
    assert not {"ICML", "NeurIPS", "VLDB"} & names and "CLAIMCHECK" in names
    assert any(n.startswith("KDD") for n in names)
    ext = _run(ex, "Description logic programs",
               "To appear in Theory and Practice of Logic Programming (TPLP), 2008. We translate "
               "OWL rules into Prolog, as TPLP readers know.")
    assert "TPLP" not in {m.text for m in ext.mentions}


def test_a_fronted_evaluation_names_its_benchmark(ex):
    ext = _run(ex, "Generative Adapter: Contextualizing Language Models in Parameters",
               "We propose GenerativeAdapter. In the MetaICL in-context learning evaluation, our "
               "method achieves an average accuracy of 44.9 across 26 tasks.")
    assert ("GenerativeAdapter", "MetaICL", 44.9) in _scores(ext)


def test_scores_compared_to_are_the_compared_systems(ex):
    ext = _run(ex, "Gyan: an explainable language model",
               "Gyan achieves SOTA results on PubmedQA with 87.1% accuracy compared to 82% by "
               "MedPrompt based on GPT-4 and 81.8% by Med-PaLM 2. For the MIT-BIH dataset, our "
               "adapted HAN achieves 98.55% test accuracy compared to 99.14% for CAT-Net.")
    scores = _scores(ext)
    assert ("Med-PaLM 2", "PubmedQA", 81.8) in scores and ("Gyan", "PubmedQA", 87.1) in scores
    assert ("CAT-Net", "MIT-BIH", 99.14) in scores
    # (82% is MedPrompt's, the system compared with, not GPT-4's, which it is based on)
    assert [s for s in scores if s[2] == 82.0] == [("MedPrompt", "PubmedQA", 82.0)]
    scores = _scores(_run(ex, "Gyan: an explainable language model",
                          "Gyan achieves 87.1% accuracy on PubmedQA compared to 82% for GPT-4, "
                          "improving by 5% for Med-PaLM 2 users."))
    assert ("GPT-4", "PubmedQA", 82.0) in scores and not [s for s in scores if s[2] == 5.0]


def test_learning_paradigms_and_part_numbers_are_no_names(ex):
    ext = _run(ex, "Unsupervised Supervised Learning II: Training Margin Based Classifiers",
               "Classifiers are trained with supervised learning. We compare supervised "
               "learning and unsupervised learning with semi-supervised learning.")
    names = {m.text.lower() for m in ext.mentions}
    assert not {"supervised learning", "unsupervised learning", "ii"} & names
    assert "semi-supervised learning" in names


def test_shared_tasks_are_benchmarks_and_a_teams_title_names_its_system(ex):
    roles = _roles(_run(ex, "SemEval-2025 Task 4: Unlearning sensitive content from LLMs",
                        "We introduce SemEval-2025 Task 4: unlearning sensitive content."))
    assert roles == {"SemEval-2025 Task 4": "proposes"}
    ext = _run(ex, "ZJUKLAB at SemEval-2025 Task 4: Unlearning via Model Merging",
               "This paper presents the ZJUKLAB team's submission for SemEval-2025 Task 4. "
               "We use TIES-Merging.")
    assert _roles(ext)["ZJUKLAB"] == "proposes"
    assert _roles(ext)["SemEval-2025 Task 4"] == "evaluatesOn"
    assert _types(ext, "SemEval-2025 Task 4") == {"Benchmark"}


def test_a_closing_parenthesis_glued_to_the_next_sentence_is_split(ex):
    roles = _roles(_run(ex, "Color-space transformations",
                        "In this paper, we present a new approach called Minimax Approximations "
                        "for Color-space Transformations (MACT).We demonstrate MACT on three "
                        "color spaces."))
    assert roles.get("MACT") == "proposes" and not [r for r in roles if ")" in r]


def test_test_time_scaling_is_a_known_technique_not_a_proposal(ex):
    ext = _run(ex, "Reasoning models", "Third, we introduce inference-time scaling to harness "
               "the model's reasoning potential. Test-time scaling improves results.")
    assert _types(ext, "inference-time scaling") == {"Method"}
    assert _roles(ext).get("inference-time scaling") != "proposes"


def test_a_known_name_is_never_taken_for_a_new_one(ex):
    roles = _roles(_run(ex, "Reward models for reasoning",
                        "By fine-tuning a base 7B model using various RL algorithms against our "
                        "reward model, we obtain policies that outperform Qwen2.5-72B-Instruct. "
                        "We study reinforcement learning (RL) with verifiable rewards."))
    assert roles.get("RL") != "proposes" and roles.get("Qwen2.5-72B-Instruct") != "proposes"
    roles = _roles(_run(ex, "Link prediction in social networks",
                        "We develop Supervised Random Walks, an algorithm that combines the "
                        "network structure with node attributes."))
    assert roles.get("Supervised Random Walks") == "proposes"


_SDES_ABSTRACT = (  # arXiv, 2007-2017 listing: a plural acronym said in propose sentences
    'Recently, the diagnosability of {\\it stochastic discrete event systems} (SDESs) '
    'was investigated in the literature, and, the failure diagnosis considered was '
    '{\\it centralized}. In this paper, we propose an approach to {\\it decentralized} '
    'failure diagnosis of SDESs, where the stochastic system uses multiple local '
    'diagnosers to detect failures and each local diagnoser possesses its own '
    'information. In a way, the centralized failure diagnosis of SDESs can be viewed '
    'as a special case of the decentralized failure diagnosis presented in this paper'
    ' with only one projection. The main contributions are as follows: (1) We '
    'formalize the notion of codiagnosability for stochastic automata, which means '
    'that a failure can be detected by at least one local stochastic diagnoser within'
    ' a finite delay. (2) We construct a codiagnoser from a given stochastic '
    'automaton with multiple projections, and the codiagnoser associated with the '
    'local diagnosers is used to test codiagnosability condition of SDESs. (3) We '
    'deal with a number of basic properties of the codiagnoser. In particular, a '
    'necessary and sufficient condition for the codiagnosability of SDESs is '
    'presented. (4) We give a computing method in detail to check whether '
    'codiagnosability is violated. And (5) some examples are described to illustrate '
    'the applications of the codiagnosability and its computing method.')


def test_a_plural_acronym_is_not_the_papers_new_name(ex):
    roles = _roles(_run(ex, "Decentralized Failure Diagnosis of Stochastic Discrete Event Systems",
                        _SDES_ABSTRACT))
    assert roles.get("SDESs") != "proposes"


def test_a_clause_subject_after_that_the_carries_over_coordinated_verbs(ex):
    ext = _run(ex, "Camels in a Changing Climate: Tulu 2",
               "We release Tulu 2, a suite of models. Our evaluation shows that the Tulu 2 suite "
               "achieves state-of-the-art performance among open models and matches or exceeds "
               "the performance of GPT-3.5-turbo-0301 on several benchmarks.")
    assert ("Tulu 2", "GPT-3.5-turbo-0301") in {(r.subject, r.object) for r in ext.relations}


def test_an_edition_with_a_year_is_an_event_not_a_model(ex):
    ext = _run(ex, "YaleNLP @ PerAnsSumm 2025: Multi-Perspective Summarization",
               "This paper presents our system for the IP track of CLEF 2009, which extends the "
               "algorithm of STOC 2010. We derived a solution for track 3 of CLEF 2009, as shown "
               "at STOC 2010.")
    roles = _roles(ext)
    assert roles.get("YaleNLP") == "proposes"
    assert roles.get("PerAnsSumm 2025") == "evaluatesOn"
    assert _types(ext, "CLEF 2009") == {"Benchmark"} and "STOC 2010" not in roles


def test_kinds_of_video_and_action_models_are_no_names(ex):
    ext = _run(ex, "Hallucination in video models",
               "We tackle hallucination in Video Large Language Models (Video-LLMs). Video-LLMs "
               "and VL models fail, as do VLA policies. VLA models and VideoLLMs are compared.")
    assert not {m.text for m in ext.mentions} & {"Video-LLMs", "VL", "VLA", "VideoLLMs",
                                                  "Video Large"}


def test_human_object_interaction_is_a_task(ex):
    ext = _run(ex, "ChainHOI: joint-based generation",
               "We propose ChainHOI for text-driven human-object interaction (HOI) generation. "
               "ChainHOI generates realistic HOIs.")
    assert _types(ext, "HOI") == {"Task"} and _roles(ext).get("HOI") != "proposes"


def test_capitalised_words_ending_in_a_resource_kind_after_the_name_it(ex):
    ext = _run(ex, "Speech emotion recognition",
               "We train on the Serbian Emotional Speech Corpus and test on the Semantic Robot "
               "Vision Competition. The First Dataset Distillation Challenge and the PUMA "
               "Challenge are held yearly.")
    assert _types(ext, "Serbian Emotional Speech Corpus") == {"Dataset"}
    assert _types(ext, "Semantic Robot Vision Competition") == {"Benchmark"}
    names = {m.text for m in ext.mentions}
    assert "First Dataset Distillation Challenge" not in names and "PUMA Challenge" not in names


def test_abbreviations_of_restoration_and_tracking_tasks_are_tasks(ex):
    ext = _run(ex, "TD-BFR: truncated diffusion for restoration",
               "Diffusion models excel at blind face restoration (BFR). Open-World Tracking "
               "(OWT) and visible-infrared person re-identification (VI-ReID) are hard. We "
               "propose a hyperspectral adapter for tracking (HyA-T). TD-BFR beats BFR "
               "methods on OWT and VI-ReID.")
    assert _types(ext, "BFR") == {"Task"} and _types(ext, "OWT") == {"Task"}
    assert _types(ext, "VI-ReID") == {"Task"}
    assert "Task" not in _types(ext, "HyA-T")


def test_a_stated_benchmark_stays_a_benchmark_when_also_called_a_dataset(ex):
    ext = _run(ex, "XL-Instruct: synthetic data for cross-lingual generation",
               "We introduce XL-AlpacaEval, a new benchmark for evaluating generation. We "
               "release the XL-Instruct and XL-AlpacaEval datasets.")
    assert _types(ext, "XL-AlpacaEval") == {"Benchmark"}


def test_benchmark_as_a_verb_types_nothing(ex):
    ext = _run(ex, "Medical representation learning through high-quality data",
               "We introduce Open-PMC, a high-quality medical dataset from PubMed Central. "
               "Through extensive experiments, we benchmark Open-PMC against larger datasets. "
               "We release Open-PMC.")
    assert _types(ext, "Open-PMC") == {"Dataset"}


def test_an_abbreviation_takes_the_kind_said_before_its_long_form(ex):
    ext = _run(ex, "Dereflection with diffusion priors",
               "We introduce a dataset named Diverse Reflection Removal (DRR), created by "
               "rotating mediums. We propose a new evaluation metric called Domain Independence "
               "(DI) for segmentation.")
    assert _types(ext, "DRR") == {"Dataset"} and _types(ext, "DI") == {"Metric"}


def test_a_short_form_defined_in_the_paper_is_not_the_gazetteer_one(ex):
    ext = _run(ex, "Attacks on aligned models",
               "We measure attack success rates (ASR) of jailbreaks. The ASR grows with longer "
               "prompts, and ASR is higher for smaller models.")
    assert _types(ext, "ASR") == {"Metric"}


def test_a_so_called_technique_exists_unless_the_paper_introduces_it(ex):
    ext = _run(ex, "Belief propagation for network flow",
               "Algorithms such as the so-called Belief Propagation algorithm gained attention. "
               "In contrast, this paper introduces a prior-free method, so-called DropGaussian, "
               "for 3D Gaussian splatting.")
    roles = _roles(ext)
    assert roles.get("Belief Propagation") != "proposes"
    assert roles.get("DropGaussian") == "proposes"
    ext = _run(ex, "Multiple output Gaussian processes",
               "The covariance is similar to the so called PITC approximation. It resembles "
               "the so called phase space dimension.")
    roles = _roles(ext)
    assert roles.get("PITC") != "proposes" and "phase space dimension" not in roles


def test_the_start_of_a_long_form_is_no_name_of_its_own(ex):
    # "Variance-Driven Channel Recalibration" only starts the long form of VCR.
    ext = _run(ex, "VCR: Variance-Driven Channel Recalibration for Robust Low-Light Enhancement",
               "To address these challenges, we propose the Variance-Driven Channel "
               "Recalibration for Robust Low-Light Enhancement (VCR), a novel framework.")
    assert "Variance-Driven Channel Recalibration" not in {m.text for m in ext.mentions}


def test_capitalised_words_a_naming_word_introduces_are_one_name(ex):
    # "named English-Pivoted CoT Training": the whole run, a known word in it ("CoT") and a
    # hyphen compound opening with an everyday word ("English-") all.
    ext = _run(ex, "Scaling Test-time Compute for Low-resource Languages",
               "Our experiments demonstrate that this approach, named English-Pivoted CoT "
               "Training, outperforms other baselines. We propose a novel gait representation, "
               "named Parsing Skeleton.")
    roles = _roles(ext)
    assert roles.get("English-Pivoted CoT Training") == "proposes"
    assert roles.get("Parsing Skeleton") == "proposes"


def test_a_coined_term_is_not_cut_before_its_complement(ex):
    ext = _run(ex, "Image retrieval with clusters",
               "Hence, a new technique called Image retrieval based on optimum clusters is "
               "proposed. For matching, we employ LightGlue or SuperGlue.")
    names = {m.text for m in ext.mentions}
    assert not any(n.endswith(" based") for n in names)
    assert _types(ext, "SuperGlue") == {"Model"}


def test_a_relative_clause_types_a_coined_term_only_through_a_copula(ex):
    # "X, where we combine ... Models", "X, which generates ... instructions": what X works
    # on, not what it is; "X, which is a ... benchmark" says what it is.
    ext = _run(ex, "Unseen from Seen: rewriting for navigation",
               "We first introduce Object-Enriched Observation Rewriting, where we combine "
               "Vision-Language Models to derive descriptions. Then, we propose "
               "Observation-Contrast Instruction Rewriting, which generates rewritten "
               "instructions. We also introduce Grounded Story Probing, which is a new "
               "benchmark for stories.")
    assert _types(ext, "Object-Enriched Observation Rewriting") == {"Method"}
    assert _types(ext, "Observation-Contrast Instruction Rewriting") == {"Method"}
    assert _types(ext, "Grounded Story Probing") == {"Benchmark"}


def test_a_new_task_named_by_the_paper_is_proposed_as_a_task(ex):
    # "a new task named X (ABBR)" poses a task: proposed, and still a task (so the system
    # that solves it is what the claims are about); "a downstream task called X" exists.
    ext = _run(ex, "Multimodal Reference Visual Grounding",
               "We introduce a new task named Multimodal Reference Visual Grounding (MRVG). "
               "Then we introduce a novel method, named MRVG-Net, to solve it. Our method "
               "outperforms LVLMs such as Qwen2.5-VL-7B.")
    assert ("MRVG", "Task", "proposes") in {(m.text, m.type, m.role) for m in ext.mentions}
    assert _claims(ext) == {("MRVG-Net", "Qwen2.5-VL-7B")}
    ext = _run(ex, "VERSA: refining event data",
               "We propose VERSA. Refined data improves a downstream task called VAEP.")
    assert _roles(ext).get("VAEP") != "proposes"


def test_a_coined_term_ends_before_a_two_word_preposition(ex):
    ext = _run(ex, "Thinking before drawing",
               "We propose a framework with a thought process called visual draft planning "
               "prior to image generation.")
    names = {m.text for m in ext.mentions}
    assert "visual draft planning" in names and "visual draft planning prior" not in names


def test_a_task_introduced_in_apposition_is_proposed_and_task_can_be_a_modifier(ex):
    # "We introduce X, a new task ..." poses a task; "task" before another noun modifies it
    # ("a task arithmetic method"); "LVLM" is a kind of model.
    ext = _run(ex, "Studying assistants",
               "We introduce ProPerSim, a new task designed for proactive assistants. We also "
               "propose CATA, a conflict-averse task arithmetic method. Finally, we introduce "
               "WalkGPT, a pixel-grounded LVLM for navigation.")
    found = {(m.text, m.type, m.role) for m in ext.mentions}
    assert {("ProPerSim", "Task", "proposes"), ("CATA", "Method", "proposes"),
            ("WalkGPT", "Model", "proposes")} <= found
    # Also a defined short form; "a framework that ..." says it is no task.
    ext = _run(ex, "Exploring long tables",
               "We introduce NeedleInATable (NIAT), a novel task that treats each cell as a "
               "needle. We propose Knowledge-to-Verification (K2V), a framework that extends "
               "RLVR.")
    found = {(m.text, m.type, m.role) for m in ext.mentions}
    assert {("NIAT", "Task", "proposes"), ("K2V", "Method", "proposes")} <= found


def test_widely_used_describes_and_is_no_use_cue(ex):
    # "the widely used nuScenes benchmark" says what others do with it; here it is evaluated
    # on, and "the commonly used U-Net" is compared with.
    ext = _run(ex, "InsightDrive: Insight Scene Representation for Autonomous Driving",
               "We propose InsightDrive. Extensive experiments on the widely used nuScenes "
               "benchmark demonstrate that InsightDrive outperforms the commonly used U-Net.")
    roles = _roles(ext)
    assert roles.get("nuScenes") == "evaluatesOn" and roles.get("U-Net") == "comparesWith"


def test_a_suite_of_things_is_of_their_kind_and_a_short_form_first_takes_its_context(ex):
    # "a suite of open-weight LLM judges" is no benchmark suite; "a dataset called HURIT
    # (Human Resource Interview Transcripts)" names a dataset by its short form first.
    ext = _run(ex, "M-Prometheus: A Suite of Open Multilingual LLM Judges",
               "We introduce M-Prometheus, a suite of open-weight LLM judges. We introduce a "
               "dataset called HURIT (Human Resource Interview Transcripts), which comprises "
               "3,890 transcripts.")
    assert "Benchmark" not in _types(ext, "M-Prometheus")
    assert _types(ext, "HURIT") == {"Dataset"}


def test_data_a_resource_is_drawn_from_is_used(ex):
    # "claims sourced from FEVER and SciFact": the new benchmark's sources, used; "results
    # derived from AgentBoard" are scores got on it.
    ext = _run(ex, "Poly-FEVER: A Multilingual Fact Verification Benchmark",
               "We introduce Poly-FEVER. It comprises 77,973 labeled factual claims spanning 11 "
               "languages, sourced from FEVER, Climate-FEVER, and SciFact. The evaluation "
               "results derived from AgentBoard show that it helps.")
    roles = _roles(ext)
    assert roles.get("SciFact") == "uses" and roles.get("Climate-FEVER") == "uses"
    assert roles.get("AgentBoard") == "evaluatesOn"


def test_an_apposition_head_after_a_modifying_head_and_a_tool(ex):
    # "the largest multimodal instruction tuning dataset" is a dataset; "a novel tool that
    # combines large language models" is a method, not a model.
    ext = _run(ex, "FakeScope: forensics",
               "We further present FakeInstruct, the largest multimodal instruction tuning "
               "dataset. This paper introduces schema-miner, a novel tool that combines large "
               "language models with human feedback.")
    assert _types(ext, "FakeInstruct") == {"Dataset"}
    assert _types(ext, "schema-miner") == {"Method"}


def test_a_coined_measure_is_a_metric(ex):
    ext = _run(ex, "SciReplicate-Bench: Benchmarking LLMs in Algorithmic Reproduction",
               "To assess algorithm understanding, we introduce reasoning graph accuracy, which "
               "quantifies similarity between generated and reference reasoning graphs.")
    assert _types(ext, "reasoning graph accuracy") == {"Metric"}


def test_we_name_our_model_as_x_proposes_x(ex):
    ext = _run(ex, "Dense Retrieval with Query Likelihood Modeling",
               "We use LLMs for dense retrieval. We name our model as LLM-QL. Experiments on "
               "MSMARCO show that LLM-QL achieves better performance.")
    assert _roles(ext).get("LLM-QL") == "proposes"


def test_our_code_names_the_tool_it_is_written_with(ex):
    ext = _run(ex, "Re-thinking temporal search for long-form video understanding",
               "We study temporal search. Our PyTorch code and models are in the supplement.")
    assert _roles(ext).get("PyTorch") != "proposes"


def test_a_known_benchmarks_partner_in_a_list_is_data_whatever_its_shape(ex):
    ext = _run(ex, "EDEN: enhanced diffusion for frame interpolation",
               "EDEN achieves a 10% LPIPS reduction on DAVIS and SNU-FILM. We also test on "
               "CIFAR-10 and ImageNet-100.")
    snu = _types(ext, "SNU-FILM")
    assert snu == _types(ext, "DAVIS") and "Model" not in snu
    assert _types(ext, "ImageNet-100") == _types(ext, "CIFAR-10")


def test_new_names_opening_numbered_items_with_a_description_are_proposed(ex):
    ext = _run(ex, "Towards a unified foundation model for Earth vision",
               "We take a step forward with three key components: 1) Copernicus-Pretrain, a "
               "massive-scale pretraining dataset; 2) Copernicus-FM, a unified foundation model; "
               "and 3) Copernicus-Bench, a systematic evaluation benchmark.")
    roles = _roles(ext)
    assert all(roles.get(n) == "proposes"
               for n in ("Copernicus-Pretrain", "Copernicus-FM", "Copernicus-Bench"))


def test_a_one_word_name_opening_a_numbered_item_is_proposed(ex):
    ext = _run(ex, "Named entity recognition in context",
               "Our approach integrates three components: (1) Pindola, a modern encoder "
               "pretrained on Classical Chinese texts; (2) a retrieval module. (1) Firstly, a "
               "model is trained.")
    roles = _roles(ext)
    assert roles.get("Pindola") == "proposes" and "Firstly" not in roles


def test_an_agentic_compound_describes_the_framework(ex):
    # "an LLM-agentic framework, SE-VSim": the compound says what kind of framework it is.
    ext = _run(ex, "Social engineering simulation",
               "In this work, we propose an LLM-agentic framework, SE-VSim, to simulate attacks.")
    roles = _roles(ext)
    assert roles.get("SE-VSim") == "proposes" and "LLM-agentic" not in roles


def test_a_capitalised_modifier_suffix_ends_a_known_name(ex):
    ext = _run(ex, "DPCS: Path Tracing-Based Differentiable Projector-Camera Systems",
               "We improve GAN-Based synthesis and keep UCB-Tuned as a baseline.")
    names = {m.text for m in ext.mentions}
    assert "Path Tracing-Based" not in names and "GAN-Based" not in names
    assert "Path Tracing" in names or "path tracing" in {n.lower() for n in names}
    ext = _run(ex, "A PDTB-Styled End-to-End Discourse Parser",
               "We have developed a full discourse parser in the Penn Discourse Treebank (PDTB) "
               "style.")
    assert "PDTB-Styled" not in {m.text for m in ext.mentions}


def test_a_condition_short_form_is_no_name_wherever_it_is_written(ex):
    ext = _run(ex, "T",
               "Pulmonary embolism (PE) is a leading cause of mortality. LLMs demonstrate strong "
               "potential for automating PE registry abstraction. We analyzed the PERT "
               "Consortium registry of PE management data. Diabetic retinopathy (DR) is common; "
               "DR grading uses fundus images. Chronic Lower Back Pain (cLBP) is costly; cLBP "
               "assessment uses ultrasound.")
    assert not {m.text for m in ext.mentions} & {"PE", "DR", "cLBP"}
    ext = _run(ex, "T", "Alzheimer's disease (AD) is common; we propose AD-GPT for AD diagnosis.")
    names = {m.text for m in ext.mentions}
    assert "AD" not in names and "AD-GPT" in names


def test_a_title_name_drops_its_article(ex):
    ext = _run(ex, "The Margitron: a generalised perceptron with margin",
               "We identify the classical Perceptron algorithm with margin as a member of a "
               "broader family. The Margitron converges fast.")
    roles = _roles(ext)
    assert roles.get("Margitron") == "proposes" and "The Margitron" not in roles
    ext = _run(ex, "A-SCoRe: attention-based scene coordinate regression", "We study it.")
    assert _roles(ext).get("A-SCoRe") == "proposes"


def test_a_known_task_inside_a_hyphenated_name_is_the_name(ex):
    ext = _run(ex, "TSP-OCS: A Time-Series Prediction for Optimal Camera Selection",
               "We evaluate on VQA-CPv2. This resolves the AIC-BIC dilemma.")
    roles = _roles(ext)
    assert roles.get("TSP-OCS") == "proposes" and "VQA-CPv2" in roles
    assert not {"traveling salesman problem", "TSP", "AIC-BIC"} & set(roles)


def test_a_genre_before_the_title_colon_names_nothing(ex):
    ext = _run(ex, "Retrospective: A CORDIC Based Configurable Activation Function",
               "We present a retrospective of our activation function design.")
    assert "Retrospective" not in _roles(ext)


def test_bare_mentions_of_a_known_task_defined_in_place_are_that_task(ex):
    ext = _run(ex, "One-class face anti-spoofing",
               "Face anti-spoofing (FAS) techniques distinguish live faces from attacks. While "
               "two-class FAS methods overfit, one-class FAS approaches generalise.")
    assert _types(ext, "FAS") == {"Task"}


def test_an_organisation_or_a_group_of_people_defined_in_place_is_no_entity(ex):
    ext = _run(ex, "Safe clinical guidance",
               "We answer questions using University College London Hospital (UCLH) guidelines. "
               "Drones assist Visually Impaired People (VIPs); we estimate distances to VIP and "
               "compare with the UCLH baseline. We evaluate on the KITTI dataset.")
    names = {m.text for m in ext.mentions}
    assert not names & {"UCLH", "VIPs", "VIP"} and any("KITTI" in n for n in names)
    abbs = {(a.short, a.long) for a in find_abbreviations(
        "We study Communities of Practice (CoPs) and FlexOffer (FOs) models.")}
    assert ("CoPs", "Communities of Practice") in abbs and not any(s == "FOs" for s, _ in abbs)


def test_a_title_phrase_said_again_only_in_lower_case_is_no_name(ex):
    ext = _run(ex, "Scaling Semantic Categories: Investigating the Impact on ViT Labeling",
               "This study explores the impact of scaling semantic categories on labeling.")
    assert "Scaling Semantic Categories" not in _roles(ext)
    ext = _run(ex, "Understanding R1-Zero-Like Training: A Critical Perspective",
               "We critically examine R1-Zero-like training.")
    assert "Understanding R1-Zero-Like Training" not in _roles(ext)
    ext = _run(ex, "Cauchy Annealing Schedule: An Annealing Schedule for Selection",
               "We derive an annealing schedule called Cauchy annealing schedule.")
    assert _roles(ext).get("Cauchy Annealing Schedule") == "proposes"
    ext = _run(ex, "Ensemble-Instruct: Generating Instruction-Tuning Data",
               "We propose new methods. Code: https://github.com/IBM/ensemble-instruct.")
    assert _roles(ext).get("Ensemble-Instruct") == "proposes"


def test_the_numbered_items_a_proposal_announces_are_proposed(ex):
    ext = _run(ex, "Cell counting",
               "We present DLA-Count, an approach that introduces three key innovations: (1) "
               "K-adjacent Hungarian Matching (KHM), which improves matching, (2) Multi-scale "
               "Deformable Gaussian Convolution (MDGC), which adapts to morphologies, and (3) "
               "Gaussian-enhanced Feature Decoder (GFD) for feature fusion.")
    roles = _roles(ext)
    assert roles.get("MDGC") == roles.get("GFD") == "proposes"
    ext = _run(ex, "Translation",
               "This paper studies two settings: (1) continual pre-training (CPT), where the "
               "msLLM is trained further, and (2) GFD-MT, where data is translated.")
    assert _roles(ext).get("GFD-MT") != "proposes"


def test_a_hyphen_compound_ending_in_empowered_is_a_modifier(ex):
    ext = _run(ex, "Chatbots", "LLM-empowered chatbots have shown promise. Our objective was "
               "the development of an LLM-empowered chatbot software capable of answering.")
    assert "LLM-empowered" not in _roles(ext)


def test_a_proposal_further_back_announces_its_numbered_modules(ex):
    ext = _run(ex, "Semi-supervised domain generalization",
               "To this end, we propose UPCSC to utilize these unconfident-unlabeled samples in "
               "SSDG that consists of two modules: 1) Unlabeled Proxy-based Contrastive learning "
               "(UPC) module, treating samples as negative pairs and 2) Surrogate Class learning "
               "(SC) module, generating positive pairs. We develop an architecture optimized for "
               "four critical tasks in AD research: (1) genetic information retrieval, and (2) "
               "gene-AD relationship analysis.")
    roles = _roles(ext)
    assert roles.get("UPC") == roles.get("SC") == "proposes"
    assert roles.get("gene-AD") != "proposes"


def test_an_artificial_neural_network_is_no_name(ex):
    ext = _run(ex, "Diagnosis", "We propose a diagnostic model based on the artificial neural "
               "network (ANN). The ANN reaches high accuracy.")
    assert "ANN" not in _roles(ext)


def test_the_interaction_dataset_is_written_in_capitals(ex):
    ext = _run(ex, "RedditESS: A Mental Health Social Support Interaction Dataset",
               "We build an interaction dataset. Others evaluate on the INTERACTION dataset.")
    names = {m.text for m in ext.mentions}
    assert "INTERACTION dataset" in names
    assert not {"Interaction Dataset", "interaction dataset"} & names


def test_a_hyphen_modifier_between_the_proposing_verb_and_the_name(ex):
    ext = _run(ex, "Audio-enhanced modelling",
               "We propose kNN-based Latent Space Broadening (LSB) to enhance efficiency. We "
               "propose plug-and-play Model-Agnostic Optimization (MAO) for prompt tuning. We "
               "train two text-to-image models, LeX-FLUX and LeX-Lumina.")
    roles = _roles(ext)
    assert roles.get("MAO") == roles.get("LeX-FLUX") == "proposes"
    assert roles.get("kNN") != "proposes"


def test_the_short_form_of_a_hyphen_compound_is_no_name(ex):
    ext = _run(ex, "Blind super-resolution",
               "Most current end-to-end (E2E) autonomous driving algorithms are built on "
               "standard vehicles. This paper investigates E2E robot navigation. Methods assume "
               "a kernel between the high-resolution (HR) image and the low-resolution (LR) "
               "image. Such methods fail once the LR images are generated differently. Our "
               "method recovers the kernel directly from the LR input image. Taggers "
               "use parts-of-speech (POS) tags; errors in POS tagging matter. We propose "
               "skills-in-context (SKiC) prompting; SKiC works.")
    roles = _roles(ext)
    assert not {"E2E", "LR", "HR"} & set(roles)
    assert "SKiC" in roles and any("POS tagging" in n or "part-of-speech" in n.lower()
                                   for n in roles)


def test_a_long_form_in_latex_is_read_as_written(ex):
    abbs = find_abbreviations("we call it the $\\textit{data compliance gap}$ (DCG), which")
    assert [(a.short, a.long) for a in abbs] == [("DCG", "data compliance gap")]
    ext = _run(ex, "Web opt-outs",
               "We conceptualize this effect as the $\\textit{data compliance gap}$ (DCG). "
               "Compliance does not degrade knowledge (close to 0\\% DCG).")
    assert _types(ext, "DCG") != {"Metric"}  # not discounted cumulative gain


def test_the_kind_before_a_comma_after_a_past_proposal(ex):
    ext = _run(ex, "Open-vocabulary detection",
               "We have created a new dataset, NEU-171K, tailored for both settings. We evaluate "
               "on four video grounding datasets, V-HICO, DALY, and GroundingYouTube.")
    assert _types(ext, "NEU-171K") == {"Dataset"}
    assert _roles(ext).get("NEU-171K") == "proposes"


def test_a_number_format_is_no_name(ex):
    ext = _run(ex, "FP4DiT: Towards Effective Floating Point Quantization for Diffusion "
               "Transformers",
               "While recent DM PTQ methods achieve W4A8 on integer-based PTQ, two key "
               "limitations remain. In response, we introduce FP4DiT, a PTQ method that leverages "
               "FPQ to achieve W4A6 quantization. FP4DiT outperforms integer-based PTQ at W4A6 "
               "and W4A8 precision. We propose a class of programs called FP2.")
    roles = _roles(ext)
    assert not {"W4A6", "W4A8"} & set(roles) and "FP2" in roles


def test_a_capitalised_word_a_past_proposal_introduces(ex):
    ext = _run(ex, "Mining intermediates",
               "In this study, we have constructed Muscorian, using a generic text processor. It "
               "reads biological text and extracts interactions.")
    assert _roles(ext).get("Muscorian") == "proposes"


def test_data_named_after_a_model(ex):
    ext = _run(ex, "MB-ORES: A Multi-Branch Object Reasoner for Visual Grounding",
               "We propose a unified framework for visual grounding. Our model demonstrates "
               "superior performance on the OPT-RSVG and DIOR-RSVG datasets.")
    assert _types(ext, "OPT-RSVG") == {"Benchmark"}
    assert _roles(ext).get("OPT-RSVG") == "evaluatesOn"


def test_a_name_coordinated_with_a_compared_one_is_compared(ex):
    ext = _run(ex, "Expanding RL with verifiable rewards",
               "We study verifiable rewards. We obtain policies that outperform "
               "state-of-the-art open-source aligned LLMs such as Qwen2.5-72B-Instruct and "
               "DeepSeek-R1-Distill-Qwen-32B by a large margin.")
    assert _roles(ext).get("DeepSeek-R1-Distill-Qwen-32B") == "comparesWith"


def test_a_release_two_steps_from_the_proposed_name_is_proposed(ex):
    ext = _run(ex, "MathFlow: Enhancing the Perceptual Flow of MLLMs",
               "In response, we introduce MathFlow, a modular problem-solving pipeline that "
               "decouples perception and inference. Given the perceptual limitations of current "
               "MLLMs, we trained MathFlow-P-7B as a dedicated perception model. Results show "
               "that MathFlow-P-7B yields substantial performance gains.")
    assert _roles(ext).get("MathFlow-P-7B") == "proposes"


def test_a_short_form_of_a_capitalised_plural_is_not_the_new_name(ex):
    ext = _run(ex, "Data-driven object tracking",
               "This paper presents novel methodologies for tracking, specifically designed to "
               "meet the demands of Advanced Driver Assistance Systems (ADAS). Tracking improves.")
    assert _roles(ext).get("ADAS") != "proposes"
    ext = _run(ex, "In-context vectors",
               "To overcome these limitations, we propose an alternative approach that recasts "
               "in-context learning as in-context vectors (ICV). Using ICV has two steps.")
    assert _roles(ext).get("ICV") == "proposes"


def test_a_name_a_thing_is_also_called_is_not_coined(ex):
    ext = _run(ex, "Query processing in geographic search engines",
               "Geographic search technology, also called location search, has received "
               "interest. We propose several algorithms for efficient query processing.")
    assert "location search" not in _roles(ext)


def test_a_short_form_defined_as_another_listed_entry_is_that_entry(ex):
    ext = _run(ex, "Iterative prompting in jailbreaking",
               "Our results show that the attack success rates (ASR) increase as the prompts "
               "become more refined, with the highest ASR of 90% for GPT4.")
    assert _types(ext, "ASR") == {"Metric"}  # not automatic speech recognition
    ext = _run(ex, "Latent reconstruction for misinformation detection",
               "Researchers develop methods for multimodal misinformation detection (MMD). "
               "Large models remain underused for generating training data for MMD.")
    assert _types(ext, "MMD") == {"Task"}  # not maximum mean discrepancy


def test_a_known_name_something_is_called_is_not_proposed(ex):
    ext = _run(ex, "An effective fingerprint verification technique",
               "The method proves invariance by using a distance measure called Hausdorff "
               "distance. We evaluate it on fingerprints.")
    assert _roles(ext).get("Hausdorff distance") not in (None, "proposes")
    ext = _run(ex, "Scraping the shadows",
               "Recently a new clustering algorithm called 'affinity propagation' has been "
               "proposed. Others say that a technique, also called LiNGAM, exists.")
    assert _roles(ext).get("LiNGAM") != "proposes"


def test_names_said_to_exist_are_not_the_new_ones(ex):
    ext = _run(ex, "Deep learning for dark web intelligence",
               "We develop a framework for extracting data and evaluate three state-of-the-art "
               "NER models, ELMo-BiLSTM, UniversalNER, and GLiNER, at the task. We propose a new "
               "annotated dataset.")
    assert _roles(ext).get("UniversalNER") != "proposes"
    ext = _run(ex, "Comparing prediction market structures",
               "We use this design to compare the popular logarithmic market scoring rule (LMSR) "
               "and a new information based Bayesian market maker (BMM). BMM offers stability.")
    roles = _roles(ext)
    assert roles.get("LMSR") != "proposes" and roles.get("BMM") == "proposes"


def test_an_apposition_of_several_describing_words_types_the_name(ex):
    ext = _run(ex, "ImViD: Immersive Volumetric Videos for Enhanced VR Engagement",
               "To stimulate the reconstruction of volumetric videos, we introduce ImViD, a "
               "multi-view, multi-modal dataset featuring complete data capture.")
    assert _types(ext, "ImViD") == {"Dataset"}


def test_a_kind_written_after_the_paper_s_name_is_not_part_of_it(ex):
    ext = _run(ex, "Hummus: A Dataset of Humorous Multimodal Metaphor Use",
               "We create the Hummus Dataset of Humorous Multimodal Metaphor Use, providing "
               "expert annotation on 1k image-caption pairs.")
    assert "Hummus Dataset" not in _roles(ext) and _roles(ext).get("Hummus") == "proposes"


def test_data_experimented_on_after_a_use_word_is_evaluated_on(ex):
    ext = _run(ex, "Modality-composable diffusion policy",
               "We propose a novel policy composition method. Through extensive empirical "
               "experiments on the RoboTwin dataset, we demonstrate the potential of our method.")
    assert _roles(ext).get("RoboTwin") == "evaluatesOn"


@pytest.mark.parametrize("listing", [
    "four cell counting datasets (ADI, MBM, VGG, and DCC)",
    "four cell counting datasets: ADI, MBM, VGG, and DCC,",  # after a colon or a dash
    "four cell counting datasets -- ADI, MBM, VGG, and DCC --",
])
def test_names_listed_after_a_plural_kind_are_of_that_kind(ex, listing):
    ext = _run(ex, "DLA-Count: dense cell counting",
               f"We present DLA-Count, an approach to cell counting. Our experiments on {listing} "
               "show that our method outperforms previous methods.")
    assert _types(ext, "ADI") == {"Benchmark"} and _roles(ext).get("ADI") == "evaluatesOn"


def test_and_inside_a_capitalised_name_does_not_block_the_proposal(ex):
    ext = _run(ex, "Parser-prompted transformers for image restoration",
               "We propose Intra and Inter Parser-Prompted Transformers (PPTformer) that explore "
               "useful features for image restoration. Specifically, PPTformer contains two parts.")
    assert _roles(ext).get("PPTformer") == "proposes"


def test_a_part_of_the_title_name_taken_alone_is_the_whole_name(ex):
    ext = _run(ex, "Skywork R1V: Pioneering Multimodal Reasoning with Chain-of-Thought",
               "We introduce Skywork R1V, a multimodal reasoning model. The Skywork R1V model "
               "weights have been publicly released.")
    assert "R1V" not in _roles(ext) and _roles(ext).get("Skywork R1V") == "proposes"


def test_spoofing_detection_alone_is_not_speech_anti_spoofing(ex):
    ext = _run(ex, "Face Spoofing Detection using Deep Learning",
               "This study evaluates three vision based models for spoof detection in image "
               "classification.")
    # the whole "Face Spoofing Detection" is face anti-spoofing, not "Spoofing Detection"
    assert "Spoofing Detection" not in _roles(ext) and "Face Spoofing Detection" in _roles(ext)


def test_an_amount_with_a_unit_is_no_name(ex):
    ext = _run(ex, "Bokehlicious: Photorealistic Bokeh Rendering",
               "We present RealBokeh, a novel dataset featuring 23,000 high-resolution (24-MP) "
               "images captured at 60Hz by 12MP cameras.")
    assert not {"24-MP", "60Hz", "12MP"} & set(_roles(ext))


def test_a_licence_is_no_artifact_and_a_dotted_version_stays_with_its_name(ex):
    ext = _run(ex, "The Food Hazard Detection Challenge",
               "We released (under CC BY-NC-SA 4.0) a novel set of 6,644 labeled reports. The "
               "code is released under GPL 3.0. Our results on the Social-IQ 2.0 benchmark show "
               "that our method achieves state-of-the-art performance.")
    roles = _roles(ext)
    assert not {"BY-NC-SA 4.0", "GPL 3.0"} & set(roles)
    assert roles.get("Social-IQ 2.0") == "evaluatesOn" and not _scores(ext)


def test_a_tie_in_a_name_is_a_space_and_a_compound_before_based_is_no_proposal(ex):
    ext = _run(ex, "Event-driven microscopy",
               "Among eleven segmentation methods, Cellpose~3 reached a Panoptic Quality of "
               "93.58%. To complement this task, we design an advanced Diffusion-Transformer-based "
               "architecture.")
    roles = _roles(ext)
    assert "Cellpose 3" in roles and "Cellpose~3" not in roles
    assert roles.get("Diffusion-Transformer") != "proposes"


def test_a_known_short_form_alone_is_not_made_new_by_a_propose_cue(ex):
    ext = _run(ex, "A unifying perspective for spectral dimensionality reduction",
               "We show that parameter fitting in the locally linear embedding (LLE) is "
               "approximate maximum likelihood. We introduce a variant of LLE that performs "
               "maximum likelihood exactly.")
    assert _roles(ext).get("LLE") != "proposes"


def test_a_score_takes_the_metric_defined_right_after_it(ex):
    ext = _run(ex, "ORION: autonomous driving",
               "We propose ORION, a holistic autonomous driving framework. Our method achieves a "
               "closed-loop performance of 77.74 Driving Score (DS) and 54.62% Success Rate (SR) "
               "on the challenge Bench2Drive datasets.")
    metrics = {r.value: r.metric for r in ext.results}
    assert metrics.get(54.62) == "SR" and metrics.get(77.74) == "DS"


def test_established_methods_read_in_old_abstracts_are_known(ex):
    ext = _run(ex, "Supermartingales in prediction with expert advice",
               "The Defensive Forecasting Algorithm is very close to the well-known Aggregating "
               "Algorithm. We apply the Dendritic Cell Algorithm and Self-Organizing Maps.")
    roles = _roles(ext)
    assert {"Aggregating Algorithm", "Dendritic Cell Algorithm", "Self-Organizing Maps"} <= \
        set(roles)


def test_a_generic_acronym_does_not_make_a_title_phrase_a_name(ex):
    ext = _run(ex, "AI for Climate Finance: Agentic Retrieval and Multi-Step Reasoning",
               "Tracking financial investments in climate adaptation is a complex task. To address "
               "this challenge, we introduce an agentic system that integrates retrieval.")
    assert "AI for Climate Finance" not in _roles(ext)
    ext = _run(ex, "LLM-Gomoku: A Large Language Model-Based System for Gomoku",
               "We present a system that plays Gomoku with a language model.")
    assert _roles(ext).get("LLM-Gomoku") == "proposes"


def test_a_name_before_based_modifies_the_proposal_and_our_solution_names_it(ex):
    ext = _run(ex, "Domain generalization meets category discovery",
               "To this end, our solution, DG2CD-Net, aims to construct an embedding space. "
               "Furthermore, we introduce SSM based cross-attention for the queries. Experiments "
               "confirm that DG2CD-Net outperforms existing methods.")
    roles = _roles(ext)
    assert roles.get("DG2CD-Net") == "proposes" and roles.get("SSM") != "proposes"


def test_a_title_naming_two_things_gives_two_names(ex):
    ext = _run(ex, "FortisAVQA and MAVEN: a Benchmark Dataset and Debiasing Framework for Robust "
                   "Multimodal Reasoning",
               "We first introduce a novel dataset, FortisAVQA, constructed in two stages. Second, "
               "we introduce a robust Multimodal Audio-Visual Epistemic Network (MAVEN).")
    roles = _roles(ext)
    assert "FortisAVQA and MAVEN" not in roles
    assert roles.get("FortisAVQA") == "proposes" and roles.get("MAVEN") == "proposes"
    roles = _roles(_run(ex, "SemSegBench & DetecBench: Benchmarking Reliability",
                        "We present two benchmarks for semantic segmentation and detection."))
    assert roles.get("SemSegBench") == roles.get("DetecBench") == "proposes"


def test_a_citation_glued_after_a_definition_is_split(ex):
    ext = _run(ex, "Hybrid intelligent systems",
               "We organize algorithms such as Rough Set Theory (RST)[11], collaborative "
               "clustering and genetic algorithms. RST is used to reduce the data.")
    roles = _roles(ext)
    assert "RST)[11" not in roles and "RST" in roles


def test_a_long_reversed_definition_is_read_but_not_an_explanation():
    abbrs = find_abbreviations("We propose LEAVS (Large language model Extractor for Abdominal "
                               "Vision Supervision). We use sparse CCA (cross-language document "
                               "retrieval and vocabulary selection for music retrieval).")
    assert [(a.short, a.long) for a in abbrs] == [
        ("LEAVS", "Large language model Extractor for Abdominal Vision Supervision")]


def test_a_digit_for_a_word_inside_a_letter_matched_abbreviation():
    abbrs = find_abbreviations("we propose the Speech Encoder for Lip (SE4Lip) to encode lips")
    assert [(a.short, a.long) for a in abbrs] == [("SE4Lip", "Speech Encoder for Lip")]


def test_capitals_that_spell_an_abbreviation_beat_an_earlier_stop_of_the_letter_match():
    abbrs = find_abbreviations("we propose a new COllaborative Temporal consistEncy Learning "
                               "(COTEL) framework, and Primitive Prompt Learning (PPL)")
    assert [(a.short, a.long) for a in abbrs] == [
        ("COTEL", "COllaborative Temporal consistEncy Learning"),
        ("PPL", "Primitive Prompt Learning")]


def test_a_negating_prefix_makes_a_known_terms_compound_another_thing(ex):
    ext = _run(ex, "Kernel methods for regression",
               "We study non-linear regression problems and a non-convex optimization problem. "
               "Then we investigate a self-supervised fine-tuning approach.")
    roles = _roles(ext)
    assert not {"linear regression", "convex optimization", "supervised fine-tuning"} & set(roles)


def test_recall_as_a_verb_is_no_metric(ex):
    ext = _run(ex, "Memory of language models",
               "We prompt models to recall and reflect on related problems. We first recall the "
               "basic notions. Our retriever improves recall by 5 points.")
    assert _types(ext, "recall") == {"Metric"}
    ext = _run(ex, "Memory of language models",
               "We prompt models to recall and reflect on related problems. We first recall the "
               "basic notions.")
    assert "recall" not in _roles(ext)


def test_a_suspended_hyphen_coordination_does_not_block_a_proposal(ex):
    ext = _run(ex, "Temporal learning for video localization",
               "We propose a new COllaborative Temporal consistEncy Learning (COTEL) framework. "
               "Specifically, we first design a frame- and a segment-level Temporal Consistency "
               "Learning (TCL) module that models alignment.")
    roles = _roles(ext)
    assert roles.get("COTEL") == "proposes" and roles.get("TCL") == "proposes"


def test_a_name_said_to_exist_where_first_written_is_not_new(ex):
    ext = _run(ex, "Stochastic vector quantisers",
               "In this paper a stochastic generalisation of the standard Linde-Buzo-Gray (LBG) "
               "approach to vector quantiser (VQ) design is presented, in which the encoder is "
               "implemented as the sampling of a vector of code indices, and the stochastic VQ "
               "is optimised using a distortion criterion, as in the LBG case.")
    assert _roles(ext).get("LBG") != "proposes"


def test_a_name_after_a_described_kind_and_the_is_proposed(ex):
    ext = _run(ex, "A new metaheuristic algorithm",
               "In this paper, we propose a new metaheuristic method, the Bat Algorithm, based on "
               "the echolocation behaviour of bats.")
    assert _roles(ext).get("Bat Algorithm") == "proposes"


def test_a_title_name_built_on_a_known_one_with_a_prefix_is_the_papers_own(ex):
    ext = _run(ex, "Semi-KAN: KAN Provides an Effective Representation for Segmentation",
               "Inspired by Kolmogorov-Arnold Networks (KANs), we propose Semi-KAN, which "
               "leverages the potential of KANs. Experiments show that Semi-KAN surpasses "
               "baseline networks.")
    roles = _roles(ext)
    assert roles.get("Semi-KAN") == "proposes"


def test_a_proposal_verb_coordinated_with_a_we_clause_has_its_subject(ex):
    ext = _run(ex, "Large self-supervised models for object detection",
               "We want to leverage these models for DAOD and introduce DINO Teacher, which "
               "consists of two components.")
    assert _roles(ext).get("DINO Teacher") == "proposes"


def test_a_generic_definitions_short_form_written_alone_is_generic_too(ex):
    ext = _run(ex, "Training pathology foundation models with less data",
               "Computational pathology has seen advances driven by vision foundation models "
               "(FMs). We present three novel pathology FMs trained on fewer slides. The "
               "key-value (KV) cache grows, so we compress the KV cache and rank on the Open LLM "
               "Leaderboard with large language models (LLMs).")
    roles = _roles(ext)
    assert not {"FM", "FMs"} & set(roles)
    assert "KV cache" in roles and "Open LLM Leaderboard" in roles


def test_a_list_of_benchmarks_reads_past_an_item_not_read_as_a_name(ex):
    ext = _run(ex, "Multi-type anomaly detection",
               "We evaluate on five commonly used datasets: MVTec-AD, Visa, MPDD, MAD and "
               "Real-IAD.")
    roles = _roles(ext)
    assert all(roles.get(n) == "evaluatesOn" for n in ("MPDD", "MAD", "Real-IAD"))


def test_a_mapping_between_two_kinds_of_data_is_no_name(ex):
    ext = _run(ex, "Learning 4D panoptic scene graph generation",
               "First, we introduce a 4D Large Language Model (4D-LLM) integrated with a 3D mask "
               "decoder. Most importantly, we propose a 2D-to-4D visual scene transfer learning "
               "framework. Existing sRGB-to-RAW methods can generate pseudo-RAW images.")
    roles = _roles(ext)
    assert "sRGB-to-RAW" not in roles and "2D-to-4D" not in roles


def test_a_lower_case_definition_before_a_kind_noun_is_a_name(ex):
    ext = _run(ex, "Algorithms for nonnegative matrix factorization",
               "Then we introduce the concept of majorization-equalization (ME) algorithm which "
               "produces larger steps. We propose a novel opinion-unaware no-reference image "
               "quality assessment (OU NR-IQA) method, SFD-IQA.")
    roles = _roles(ext)
    assert roles.get("ME") == "proposes" and "OU NR-IQA" not in roles


def test_a_version_of_a_benchmark_beside_it_is_a_benchmark(ex):
    ext = _run(ex, "Sarcasm detection with multimodal models",
               "We conducted extensive experiments on MMSD and MMSD 2.0, utilizing four models.")
    assert _types(ext, "MMSD 2.0") == {"Benchmark"}


def test_an_item_with_an_article_in_a_list_of_the_papers_own_parts_is_proposed(ex):
    ext = _run(ex, "econSG: Efficient Open-Vocabulary 3D Semantic Gaussians",
               "In this work, we propose econSG for open-vocabulary semantic segmentation. Our "
               "econSG consists of: 1) A Confidence-region Guided Regularization (CRR) that "
               "refines SAM and CLIP; 2) a low dimensional contextual space.")
    assert _roles(ext).get("CRR") == "proposes"


def test_a_roman_part_number_alone_is_no_name(ex):
    ext = _run(ex, "Structured extraction in materials science",
               "We annotate abstracts from two domains: high-temperature materials (Domain I) and "
               "uncertainty quantification (Domain II). We evaluated it on Domain II using BERT.")
    assert "II" not in _roles(ext)


def test_what_a_system_is_comparable_with_does_not_win_its_next_claim(ex):
    ext = _run(ex, "Qwen2.5-Omni Technical Report",
               "In this report, we present Qwen2.5-Omni, an end-to-end multimodal model. "
               "Qwen2.5-Omni is comparable with the similarly sized Qwen2.5-VL and outperforms "
               "Qwen2-Audio.")
    claims = _claims(ext)
    assert ("Qwen2.5-Omni", "Qwen2-Audio") in claims and \
        not any(s == "Qwen2.5-VL" for s, _o in claims)


def test_an_abbreviation_described_in_apposition_as_a_task_is_a_task(ex):
    ext = _run(ex, "From broadcast to minimap",
               "Game State Reconstruction (GSR), a critical task in sports video understanding, "
               "involves tracking all players. Achieving accurate GSR is hard.")
    assert _types(ext, "GSR") == {"Task"}


def test_a_short_form_defined_as_ordinary_words_is_not_the_listed_name_alone(ex):
    ext = _run(ex, "Identification of tuberculous meningitis",
               "Diagnosis often requires invasive lumbar puncture (LP) and fluid analysis. We "
               "avoid LP with a graph classifier.")
    assert "linear programming" not in _roles(ext) and "LP" not in _roles(ext)


def test_precision_of_a_number_format_is_no_metric(ex):
    ext = _run(ex, "Depth enhancement from a light-weight sensor",
               "We convert raw signals into high-precision, dense depth maps and study "
               "low-precision training.")
    assert "precision" not in _roles(ext)


def test_the_singular_of_a_plural_kind_defined_is_no_name(ex):
    ext = _run(ex, "Towards physically plausible video generation",
               "Video diffusion models (VDMs) have advanced significantly. We employ a VLM as "
               "a planner. We use predicted trajectories to guide the video generation of a "
               "VDM. Noise gives the VDM freedom in generating motion.")
    assert "VDM" not in _roles(ext)


def test_an_all_capitals_short_form_of_ordinary_words_is_no_name_alone(ex):
    ext = _run(ex, "Behavioural correlation for detecting bots",
               "New bots use peer to peer (P2P) protocols, thus making the detection of P2P bots a "
               "real challenge. In response, we present an algorithm to detect an individual P2P "
               "bot.")
    assert "P2P" not in _roles(ext)
    ext = _run(ex, "Structured multi-task regression",
               "In this paper, we propose graph-guided fused lasso (GFlasso) for structured "
               "regression. We optimise GFlasso with a proximal-gradient method.")
    assert _roles(ext).get("GFlasso") == "proposes"


def test_an_apposition_after_a_definitions_short_form_types_it(ex):
    ext = _run(ex, "Evaluating climate discourse",
               "To systematically evaluate LLM performance, we present the Climate Alignment "
               "Quotient (CAQ), a novel metric comprising five distinct dimensions.")
    assert _types(ext, "CAQ") == {"Metric"}


def test_a_metric_said_before_of_is_the_metric_of_the_score(ex):
    ext = _run(ex, "A residual CNN-Transformer for breast cancer detection",
               "We propose CB-Res-RBCMT. The proposed CB-Res-RBCMT achieves an F1-score of 95.57%, "
               "accuracy of 95.63% on the standard BUSI dataset.")
    metrics = {r.value: r.metric for r in ext.results}
    assert metrics.get(95.57, "").lower().startswith("f1") and metrics.get(95.63) == "accuracy"
    # ... and one said right after a score is its metric ("89.55% accuracy and 81.46% F1")
    ext = _run(ex, "BiPrompt-SAM: prompt selection for segmentation",
               "BiPrompt-SAM achieved 89.55% accuracy and 81.46% F1 on Endovis17.")
    assert {r.value: r.metric for r in ext.results} == {89.55: "accuracy", 81.46: "F1"}


def test_sift_as_a_verb_is_no_feature_transform(ex):
    ext = _run(ex, "Automatic resource discovery",
               "Manual discovery requires the user to sift through results. We match SIFT "
               "features across images.")
    assert [m.text for m in ext.mentions if m.text.lower() == "sift"] == ["SIFT"]


def test_the_base_of_a_proposed_version_is_not_proposed(ex):
    ext = _run(ex, "Semantic segmentation of drinking glasses",
               "In this work we propose TransCaGNet, a modified version of the zero-shot model "
               "CaGNet. We exchange the segmentation backbone.")
    roles = _roles(ext)
    assert roles.get("TransCaGNet") == "proposes" and roles.get("CaGNet") != "proposes"


def test_a_definition_glued_to_a_slash_and_a_unit_after_a_number(ex):
    ext = _run(ex, "Frequency enhancement for image demosaicking",
               "Based on the frequency analysis of color filter array (CFA)/demosaicked/ground "
               "truth images, we propose DFENet. Our model needs 512 MB of memory and 2 MB per "
               "image.")
    roles = _roles(ext)
    assert "CFA" in roles and not any(")" in n for n in roles) and "MB" not in roles


def test_what_recent_work_proposes_is_not_this_papers(ex):
    ext = _run(ex, "Order independence with finetuning",
               "Recent work proposes Set-Based Prompting (SBP) as a way to remove order "
               "information. We introduce a fine-tuning strategy that integrates SBP into the "
               "training process.")
    assert _roles(ext).get("SBP") != "proposes"


def test_a_capitalised_name_after_a_colon_of_proposed_kinds_is_proposed(ex):
    ext = _run(ex, "Exploring ordinal bias in action recognition",
               "To address this issue, we propose two effective video manipulation methods: Action "
               "Masking, which masks frames of frequently co-occurring actions.")
    assert _roles(ext).get("Action Masking") == "proposes"


def test_a_new_name_on_a_known_one_takes_the_kind_its_apposition_says(ex):
    ext = _run(ex, "Breaking the box: segmentation with freehand sketches",
               "Second, we introduce LTL-Sensing, the first dataset pairing human sketches with "
               "remote sensing imagery.")
    assert _types(ext, "LTL-Sensing") == {"Dataset"}


def test_a_capitalised_description_termed_a_name_is_not_a_second_name(ex):
    ext = _run(ex, "DCEvo: evolutionary learning for image fusion",
               "To overcome these limitations, we propose a Discriminative Cross-Dimension "
               "Evolutionary Learning Framework, termed DCEvo, which enhances visual quality.")
    roles = _roles(ext)
    assert roles.get("DCEvo") == "proposes" and set(roles) <= {"DCEvo", "image fusion"}


def test_a_coefficient_defined_is_a_metric_and_cil_is_the_task(ex):
    ext = _run(ex, "Spherical CNNs for fiber orientation estimation",
               "We propose a spherical convolutional neural network (sCNN). The sCNN achieves "
               "higher angular correlation coefficient (ACC) compared to a Multi-Layer Perceptron "
               "(MLP) baseline. It also helps in CIL settings.")
    assert _types(ext, "ACC") == {"Metric"}
    assert ("sCNN", "MLP") in _claims(ext) or ("sCNN", "multilayer perceptron") in _claims(ext)
    assert _types(ext, "CIL") == {"Task"}


def test_a_name_the_new_thing_is_made_with_is_not_new_nor_a_company(ex):
    ext = _run(ex, "Training Video Foundation Models with NVIDIA NeMo",
               "Video Foundation Models (VFMs) have recently been used to simulate the real "
               "world. We present a scalable, open-source VFM training pipeline with NVIDIA NeMo, "
               "providing accelerated video dataset curation. We also provide a comprehensive "
               "performance analysis.")
    roles = _roles(ext)
    assert "NVIDIA" not in roles and roles.get("NeMo") != "proposes"


def test_a_name_before_what_the_data_holds_and_a_data_kind_is_data(ex):
    ext = _run(ex, "Classification of log-polar eigenfaces",
               "In the experiments we have used ORL face database and the UMIST face dataset for "
               "visual face images.")
    assert _types(ext, "ORL") == {"Dataset"} and _types(ext, "UMIST") == {"Dataset"}


def test_a_definition_ending_in_metric_or_measure_is_a_metric(ex):
    ext = _run(ex, "Evaluating subjectivity in narrative understanding",
               "Whether a claim gets rewritten can be used as an automatic evaluation metric, the "
               "Ambiguity Rewrite Metric (ARM). We show that ARM improves annotator agreement.")
    assert _types(ext, "ARM") == {"Metric"}


def test_a_compound_of_language_names_is_no_name(ex):
    ext = _run(ex, "Low-resource Machine Translation for Code-switched Kazakh-Russian Language "
                   "Pair",
               "We propose a method to build a machine translation model for code-switched "
               "Kazakh-Russian language pair with no labeled data. Additionally, we present the "
               "first codeswitching Kazakh-Russian parallel corpus and the evaluation results.")
    roles = _roles(ext)
    assert "Kazakh-Russian" not in roles


def test_a_kind_word_after_a_preposition_in_an_apposition_is_not_its_kind(ex):
    ext = _run(ex, "VEGGIE: Instructional Editing and Reasoning Video Concepts",
               "In this paper, we introduce VEGGIE, a Video Editor with Grounded Generation from "
               "Instructions, a simple end-to-end framework that unifies video concept editing.")
    assert _types(ext, "VEGGIE") == {"Method"}


def test_a_task_named_as_a_part_of_a_system_is_not_the_task(ex):
    ext = _run(ex, "Detail-aware multi-view stereo network for depth estimation",
               "We propose a detail-aware multi-view stereo network (DA-MVSNet). In addition, an "
               "image synthesis loss is employed to constrain the gradient flow.")
    assert "image synthesis" not in _roles(ext) and "image generation" not in _roles(ext)


def test_a_plural_short_form_of_a_generic_kind_is_no_name_written_alone(ex):
    # "Vision Foundation Models" ends in the generic kind "foundation models": "our VFMs" is
    # no new name; "Critical Rationalist Networks" is a family the paper names.
    ext = _run(ex, "CoMP: Continual Multimodal Pre-training for Vision Foundation Models",
               "Pre-trained Vision Foundation Models (VFMs) provide strong representations. We "
               "pre-train prevailing VFMs in a multimodal manner. Our VFMs achieve remarkable "
               "improvements.")
    roles = _roles(ext)
    assert "VFMs" not in roles and "VFM" not in roles
    ext = _run(ex, "Explanatory Learning: Beyond Empiricism in Neural Networks",
               "To these models, we oppose Critical Rationalist Networks (CRNs), which embrace a "
               "rationalist view. CRNs express several desired properties by construction. "
               "Using Odeen as a testbed, we show how CRNs outperform "
               "empiricist end-to-end approaches of similar size and architecture "
               "(Transformers).")
    assert "CRNs" in _roles(ext)


def test_r_squared_in_latex_is_a_metric(ex):
    ext = _run(ex, "Echo-E3Net: Efficient Network for Ejection Fraction Estimation",
               "We evaluate Echo-E3Net on the EchoNet-Dynamic dataset, achieving a RMSE of 5.15 "
               "and an R$^2$ score of 0.82.")
    assert any(m.type == "Metric" and m.text.startswith("R^2") for m in ext.mentions)


def test_capitalised_words_opening_the_items_of_a_proposal_are_names(ex):
    ext = _run(ex, "One Look is Enough",
               "To tackle these limitations, we propose Patch Refine Once (PRO), an efficient "
               "tile-based framework. Our PRO consists of two key components: (i) Grouped Patch "
               "Consistency Training that enhances test-time efficiency, and (ii) Bias Free "
               "Masking that prevents the models from overfitting.")
    roles = _roles(ext)
    assert roles["Grouped Patch Consistency Training"] == "proposes"
    assert roles["Bias Free Masking"] == "proposes"
    # (the items of a list of challenges are none of the paper's names)
    ext = _run(ex, "VideoGen-of-Thought",
               "We introduce VideoGen-of-Thought (VGoT), a framework that addresses three core "
               "challenges: (1) Narrative Fragmentation: existing methods lack storytelling.")
    assert "Narrative Fragmentation" not in _roles(ext)


def test_the_parts_a_named_system_consists_of_are_proposed(ex):
    ext = _run(ex, "StreamOcc: Streaming Occupancy Prediction",
               "We propose StreamOcc, a streaming framework. StreamOcc consists of two key "
               "components: (i) Stream-based Voxel Aggregation, which accumulates past "
               "observations, and (ii) Query-guided Aggregation, which aggregates features.")
    roles = _roles(ext)
    assert roles["Stream-based Voxel Aggregation"] == "proposes"
    assert roles["Query-guided Aggregation"] == "proposes"


def test_a_denied_comparison_is_no_outperforms_claim(ex):
    for text in ("We find that methods using SAM out-of-the-box do not outperform a custom "
                 "Mask R-CNN, even with well-designed prompts.",
                 "SAM was unable to outperform a basic 3D U-Net in meniscus segmentation.",
                 "SAM is no better than Mask R-CNN."):
        assert not _run(ex, "Assessing SAM for Segmentation", text).relations
    ext = _run(ex, "Assessing SAM for Segmentation",
               "SAM not only outperforms Mask R-CNN but also runs faster.")
    assert [(r.subject, r.object) for r in ext.relations] == [("SAM", "Mask R-CNN")]


def test_full_precision_is_no_metric(ex):
    ext = _run(ex, "Sarcasm detection with LLMs",
               "In the fine-tuning scenario, full precision Llama-2-13b achieves state-of-the-art "
               "accuracy, measured at 0.83.")
    assert "precision" not in _roles(ext) and "accuracy" in _roles(ext)


def test_a_kind_then_namely_between_commas_types_the_name(ex):
    ext = _run(ex, "MuTri: Multi-view Tri-alignment for OCT to OCTA 3D Image Translation",
               "We also collect the first large-scale dataset, namely, OCTA2024, which contains "
               "a pair of OCT and OCTA volumes from 846 subjects.")
    assert _types(ext, "OCTA2024") == {"Dataset"}


def test_infrared_bands_are_generic(ex):
    ext = _run(ex, "F-ViTA: Foundation Model Guided Visible to Thermal Translation",
               "Our model can generate Long-Wave Infrared (LWIR), Mid-Wave Infrared (MWIR), and "
               "Near-Infrared (NIR) translations from the same visible image.")
    assert not {"LWIR", "MWIR", "NIR"} & set(_roles(ext))


def test_pubmed_is_data(ex):
    ext = _run(ex, "IHC-LLMiner: Automated extraction of tumour profiles from PubMed abstracts",
               "This study presents an automated pipeline, IHC-LLMiner, for extracting profiles "
               "from PubMed abstracts and PubMed Central articles.")
    assert _types(ext, "PubMed") == {"Dataset"} and _types(ext, "PubMed Central") == {"Dataset"}


def test_a_hyphen_before_an_article_is_a_dash(ex):
    ext = _run(ex, "Can Large Vision Language Models Read Maps Like a Human?",
               "In this paper, we introduce MapBench-the first dataset specifically designed for "
               "map-based outdoor navigation. MapBench comprises over 1600 problems. This is a "
               "state-of-the-art result.")
    roles = _roles(ext)
    assert roles.get("MapBench") == "proposes" and "MapBench-the" not in roles


def test_two_definitions_each_with_its_kind_are_both_proposed(ex):
    ext = _run(ex, "Variance Control via Weight Rescaling in LLM Pre-training",
               "In this paper, we introduce the Layer Index Rescaling (LIR) weight initialization "
               "scheme, and the Target Variance Rescaling (TVR) variance control strategy.")
    roles = _roles(ext)
    assert roles["LIR"] == "proposes" and roles["TVR"] == "proposes"


def test_a_kind_sharing_its_noun_with_another_kind_is_not_beaten_by_name(ex):
    ext = _run(ex, "MVSAnywhere: Zero-Shot Multi-View Stereo",
               "We introduce MVSA, a novel multi-view stereo architecture. MVSA surpasses existing "
               "multi-view stereo and monocular baselines.")
    assert not any(r.object == "multi-view stereo" for r in ext.relations)
    ext = _run(ex, "Gen-SSD: Generation-aware distillation",
               "We propose Gen-SSD. Gen-SSD consistently outperforms standard knowledge "
               "distillation and recent baselines.")
    assert any(r.object == "knowledge distillation" for r in ext.relations)


@pytest.mark.parametrize("title, abstract, name", [
    # "an introductory version of X is presented": X's own start
    ("The Socceral Force",
     "In this review, we summarize our efforts. In addition, an introductory version of FerSML "
     "(Footballer and Football Simulation Markup Language) is presented in this paper.",
     "FerSML"),
    # a definition whose long form is the whole title
    ("Syntactic Topic Models",
     "The syntactic topic model (STM) is a Bayesian nonparametric model of language. The STM "
     "models dependency parsed corpora. We show that the STM is a more predictive model of "
     "language than current models.", "STM"),
])
def test_the_papers_own_name_is_proposed(ex, title, abstract, name):
    assert _roles(_run(ex, title, abstract))[name] == "proposes"


def test_a_repeated_introduced_name_is_not_split_by_a_hyphen_piece(ex):
    ext = _run(ex, "ABCDWaveNet: Road Ponding Detection in Fog",
               "We propose ABCDWaveNet, a novel framework. We introduce the Foggy Low-Light Puddle "
               "dataset. ABCDWaveNet achieves gains on the Foggy-Puddle and our Foggy Low-Light "
               "Puddle datasets.")
    names = {m.text for m in ext.mentions}
    assert "Low-Light" not in names and "Foggy Low-Light Puddle" in names


def test_definitions_listed_after_a_naming_word_are_all_proposed(ex):
    ext = _run(ex, "Improved Heterogeneous Distance Functions",
               "This paper proposes three new heterogeneous distance functions, called the "
               "Heterogeneous Value Difference Metric (HVDM), the Interpolated Value Difference "
               "Metric (IVDM), and the Windowed Value Difference Metric (WVDM).")
    roles = _roles(ext)
    assert roles["HVDM"] == roles["IVDM"] == roles["WVDM"] == "proposes"
    ext = _run(ex, "Learning Hazing to Dehazing",
               "We introduce a novel hazing-dehazing pipeline consisting of a Realistic Hazy "
               "Image Generation framework (HazeGen) and a Diffusion-based Dehazing framework "
               "(DiffDehaze). HazeGen produces training data for DiffDehaze.")
    assert _roles(ext)["DiffDehaze"] == "proposes"


def test_systems_beaten_by_margins_in_a_list_are_all_beaten(ex):
    ext = _run(ex, "GAEA: A Geolocation Aware Conversational Model",
               "We propose GAEA, a conversational model. GAEA significantly outperforms the best "
               "open-source model, LLaVA-OneVision by 25.69% and the best proprietary model, "
               "GPT-4o by 8.28%. GAEA beats LLaVA by 2.5% and improves GPT-4 by 8.28%.")
    beaten = {r.object for r in ext.relations if r.subject == "GAEA"}
    assert {"LLaVA-OneVision", "GPT-4o", "LLaVA"} <= beaten and "GPT-4" not in beaten


def test_a_task_named_by_the_kind_after_its_definition_is_posed(ex):
    ext = _run(ex, "Surgical Action Planning with Large Language Models",
               "We introduce the Surgical Action Planning (SAP) task, which generates future "
               "action plans from visual inputs. LLMs remain underexplored for SAP.")
    assert _types(ext, "SAP") == {"Task"} and _roles(ext)["SAP"] == "proposes"


def test_our_newly_collected_dataset_is_proposed(ex):
    ext = _run(ex, "Surgical Action Planning with Large Language Models",
               "We study action planning. We evaluate our planner on our constructed CholecT50-SAP "
               "dataset and on our newly collected ListenerX dataset.")
    roles = _roles(ext)
    assert roles["CholecT50-SAP"] == roles["ListenerX"] == "proposes"


def test_a_new_kind_named_in_apposition_is_proposed(ex):
    ext = _run(ex, "Training-Free Personalization via Retrieval and Reasoning",
               "We propose a novel method, R2P. We validate R2P on two benchmarks and a newly "
               "introduced dataset, PerVA, for concept identification. We also present a new "
               "benchmark, CVTG-2K, to evaluate CVTG.")
    assert _roles(ext)["PerVA"] == "proposes" and _types(ext, "PerVA") == {"Dataset"}
    assert _roles(ext).get("CVTG") != "proposes"


def test_a_name_ending_in_a_count_of_thousands_is_data(ex):
    ext = _run(ex, "Unicorn: Text-Only Data Synthesis for Vision Language Model Training",
               "We propose a three-stage data synthesis framework. This process enables us to "
               "construct Unicorn-1.2M for pretraining and Unicorn-471K-Instruction for "
               "instruction-tuning.")
    assert _types(ext, "Unicorn-471K-Instruction") == {"Dataset"}


def test_an_acronym_spelled_in_latex_math_is_defined(ex):
    ext = _run(ex, "From Head to Tail: Adaptive Data Calibration",
               r"We propose an $\textbf{A}$daptive $\textbf{D}$ata $\textbf{R}$efinement "
               r"Framework ($\textbf{ADR}$). We also propose $\textbf{Dy}$namic "
               r"$\textbf{Di}$ffusion $\textbf{T}$ransformer (\textbf{DyDiT}). ADR improves "
               r"LLaVA 1.5.")
    roles = _roles(ext)
    assert roles["ADR"] == roles["DyDiT"] == "proposes"
    assert "abbreviation" in {m.evidence.rule.split("/")[0] for m in ext.mentions
                              if m.text == "ADR"}
    assert not {m.text for m in ext.mentions} & {"Dy", "Di", "A", "D", "R", "T"}


def test_a_shape_typed_name_listed_with_cued_data_is_data(ex):
    ext = _run(ex, "Scale Efficient Training for Large Datasets",
               "We propose SeTa. We conduct extensive experiments on large-scale synthetic "
               "datasets, including ToCa, SS1M, and ST+MJ, each containing over 3 million samples.")
    assert _types(ext, "SS1M") == _types(ext, "ST+MJ") == _types(ext, "ToCa")


def test_an_apposition_types_a_definition_its_long_form_calls_data(ex):
    ext = _run(ex, "Copyright Compliance with Selective Unlearning",
               "We introduce SUV (Selective Unlearning for Verbatim data), a selective unlearning "
               "framework. We design TRAnsformation Consistency Evaluation (TRACE), a brand-new "
               "method for detecting poisoned samples.")
    assert _types(ext, "SUV") == _types(ext, "TRACE") == {"Method"}


def test_a_name_after_a_preposition_with_an_apposition_is_typed_by_it(ex):
    ext = _run(ex, "On the Performance of an Explainable Language Model on PubMedQA",
               "We report results from Gyan, an explainable language model, on PubMedQA. "
               "We introduce GAIA-2, Generative AI for Autonomy, a latent diffusion world model.")
    assert _types(ext, "Gyan") == {"Model"}
    assert "Autonomy" not in {m.text for m in ext.mentions}


def test_we_compile_a_named_dataset_proposes_it(ex):
    ext = _run(ex, "Repurposing 2D Diffusion Models with Gaussian Atlas for 3D Generation",
               "To support model training, we compile GaussianVerse, a large-scale dataset "
               "comprising 205K high-quality 3D Gaussian fittings.")
    assert _roles(ext)["GaussianVerse"] == "proposes"


def test_the_proposed_kind_named_in_apposition_is_proposed(ex):
    ext = _run(ex, "Semantic-Clipping: Efficient Vision-Language Modeling",
               "We propose a lightweight framework. The proposed method, SEMCLIP, strengthens "
               "the visual understanding of LLaVA-1.5 by 3.3%. Within the proposed framework VOs "
               "are seen as emerging from societies of agents.")
    assert _roles(ext)["SEMCLIP"] == "proposes" and _roles(ext).get("VOs") != "proposes"


def test_a_past_tense_hyphen_suffix_is_no_part_of_a_name(ex):
    ext = _run(ex, "Retro-Search: Exploring Untaken Paths for Deeper and Efficient Reasoning",
               "We introduce Retro-Search, an MCTS-inspired search algorithm. Our approach can "
               "enable two use cases: self-improvement, where models are fine-tuned on their own "
               "Retro-Search-ed thought traces, and weak-to-strong improvement, where a weaker "
               "model revises stronger model's thought traces via Retro-Search. For "
               "self-improving, R1-distill-7B, fine-tuned on its own Retro-Search-ed traces, "
               "reduces the average reasoning length by 31.2%.")
    assert "Retro-Search-ed" not in {m.text for m in ext.mentions}


def test_the_old_score_of_a_beaten_unnamed_system_is_no_result(ex):
    ext = _run(ex, "TimeSearch: Hierarchical Video Search",
               "We propose TimeSearch, a novel framework. Experiments confirm that TimeSearch "
               "substantially surpasses previous state-of-the-art, improving the accuracy from "
               "41.8% to 51.5% on the LVBench.")
    assert {(r.subject, r.value) for r in ext.results} == {("TimeSearch", 51.5)}


def test_an_emphasised_amount_is_no_name(ex):
    ext = _run(ex, "CodeReviewQA: The Code Review Comprehension Assessment",
               r"We introduce a benchmark, $\textbf{CodeReviewQA}$. Our evaluation spans 72 models "
               r"on $\textbf{900 manually curated, high-quality examples}$. We find "
               r"\textbf{(1) All Patches Matter:} more is better.")
    assert {m.text for m in ext.mentions} == {"CodeReviewQA"}


def test_a_stated_kind_types_the_names_later_mentions_against_a_size_shape(ex):
    ext = _run(ex, "From Flatland to Space",
               "We construct SPAR-7M, a large-scale dataset generated from thousands of scenes. "
               "Training on both SPAR-7M and large-scale 2D datasets helps our models.")
    assert _types(ext, "SPAR-7M") == {"Dataset"}


def test_a_titles_pronoun_does_not_carry_a_kind_noun_back_to_a_name(ex):
    ext = _run(ex, "CASCADE Your Datasets for Cross-Mode Knowledge Retrieval",
               "We propose CASCADE, a novel pretraining algorithm that uses cascading datasets "
               "with varying sequence lengths.")
    assert _types(ext, "CASCADE") == {"Method"}


def test_names_listed_after_trained_on_are_data_learnt_from(ex):
    ext = _run(ex, "Cross-Mode Knowledge Retrieval of Language Models",
               "We demonstrate that models trained on multiple data sources (e.g., Wikipedia and "
               "TinyStories) exhibit significantly reduced accuracy.")
    assert {(n, r) for n, r in _roles(ext).items() if n != "accuracy"} == {
        ("Wikipedia", "uses"), ("TinyStories", "uses")}


def test_an_apposition_reads_its_kind_over_hyphenated_words_and_not_past_a_preposition(ex):
    ext = _run(ex, "STAR-1: Safer Alignment of Reasoning LLMs with 1K Data",
               "This paper introduces STAR-1, a high-quality, just-1k-scale safety dataset "
               "specifically designed for large reasoning models (LRMs) like DeepSeek-R1.")
    assert _types(ext, "STAR-1") == {"Dataset"}
    ext = _run(ex, "Foundation Models for Scene Understanding",
               "This paper proposes FM4SU, a novel methodology for training a symbolic "
               "foundation model (FM) for scene understanding in autonomous driving.")
    assert _types(ext, "FM4SU") == {"Method"}


def test_comparable_performance_with_a_system_compares_with_it(ex):
    ext = _run(ex, "Iterative Prompting with Persuasion Skills in Jailbreaking",
               "Our technique shows comparable performance with GCG and AutoDAN.")
    assert _roles(ext)["AutoDAN"] == "comparesWith"
    assert _roles(ext)["GCG"] == "comparesWith"


def test_a_task_named_definition_listed_after_a_proposed_method_is_proposed(ex):
    ext = _run(ex, "GLRD: Collaborative Reason and Debate for 3D Open-Vocabulary Detection",
               "We further propose Reflected Pseudo Labels Generation (RPLG) and Background-Aware "
               "Object Localization (BAOL).")
    assert _roles(ext)["BAOL"] == "proposes" and _types(ext, "BAOL") == {"Method"}
    ext = _run(ex, "Temporal Reasoning in Video Models",
               "We introduce two fundamental benchmark tasks: Next Frame Selection (NFS) and "
               "Temporal Coherence Verification (TCV).")
    assert _types(ext, "TCV") == {"Task"}


def test_a_name_built_on_a_known_task_before_a_data_noun_is_data(ex):
    ext = _run(ex, "ToM-RL: Reinforcement Learning Unlocks Theory of Mind in Small LLMs",
               "Our RL-trained 7B model achieves 84.50% accuracy on the Hi-ToM benchmark, "
               "surpassing models like GPT-4o.")
    assert _types(ext, "Hi-ToM") == {"Benchmark"} and _roles(ext)["Hi-ToM"] == "evaluatesOn"


def test_a_compare_word_inside_a_name_is_no_compare_cue(ex):
    ext = _run(ex, "GOAL: Global-local Object Alignment Learning",
               "Our approach consists of two key components: Local Image-Sentence Matching "
               "(LISM), which identifies corresponding pairs, and Token Similarity-based Learning "
               "(TSL), which propagates local element attention.")
    assert _roles(ext).get("TSL") != "comparesWith"


def test_minerva_math_is_a_benchmark_not_the_minerva_model(ex):
    ext = _run(ex, "FastCuRL: Curriculum Reinforcement Learning",
               "Our model surpasses DeepScaleR-1.5B-Preview across all five datasets (including "
               "MATH 500, AIME 2024, AMC 2023, Minerva Math, and OlympiadBench).")
    assert _types(ext, "Minerva Math") == {"Benchmark"}


def test_a_name_in_parentheses_after_a_long_proposed_phrase_is_proposed(ex):
    ext = _run(ex, "Dancing with Critiques: Enhancing LLM Reasoning with Self-Critique",
               "In this paper, we propose a novel inference-time scaling approach -- stepwise "
               "natural language self-critique (PANEL), which employs critiques as feedback. "
               "PANEL retains essential qualitative information. Results show that PANEL "
               "significantly enhances reasoning performance.")
    assert _roles(ext).get("PANEL") == "proposes"


def test_an_apposition_types_a_definition_whose_long_form_ends_like_a_metric(ex):
    ext = _run(ex, "Rank-Then-Score: Enhancing Large Language Models for Automated Essay Scoring",
               "In this paper, we propose Rank-Then-Score (RTS), a fine-tuning framework based "
               "on large language models to enhance their essay scoring capabilities.")
    assert _types(ext, "RTS") == {"Method"}


def test_another_version_of_named_data_is_data(ex):
    ext = _run(ex, "FRASE: Structured Representations for Generalizable SPARQL Query Generation",
               "We also present LC-QuAD 3.0, a new dataset derived from LC-QuAD 2.0, in which "
               "each question is enriched using FRASE.")
    assert _types(ext, "LC-QuAD 2.0") == {"Dataset"}


def test_a_plural_short_form_with_a_lower_case_prefix_names_a_kind(ex):
    ext = _run(ex, "Extracting Patient History from Clinical Text",
               "Fine-tuned clinical large language models (cLLMs) can assist in this process. "
               "We fine-tuned seven state-of-the-art cLLMs and compared them against GPT-4o.")
    assert "cLLMs" not in {m.text for m in ext.mentions}


def test_a_name_data_is_drawn_from_is_not_new(ex):
    ext = _run(ex, "Language Models at the Syntax-Semantics Interface",
               "We construct a dataset of 240 synthetic sentences using templates, along with 320 "
               "natural sentences from the BCC corpus.")
    assert _roles(ext).get("BCC") != "proposes"


def test_an_emphasised_quoted_phrase_is_no_name(ex):
    ext = _run(ex, "MMR: A Large-scale Benchmark Dataset for Reasoning Segmentation",
               r'For example, when instructing a robot to \textit{turn on the TV"}, there could be '
               "various ways to accomplish this command.")
    assert not any("TV" in m.text for m in ext.mentions)


def test_a_compare_cue_reaches_past_a_based_adjective(ex):
    ext = _run(ex, "Stable Diffusion Distillation",
               "We show that our distillation method can surpass the other distillation-based "
               "method for ResShift - SinSR - making it on par with state-of-the-art methods.")
    assert _roles(ext)["SinSR"] == "comparesWith"
    ext = _run(ex, "Point Cloud Distillation",
               "In this paper, we propose a novel distribution matching-based dataset "
               "distillation method for 3D point clouds.")
    assert _roles(ext).get("dataset distillation") != "comparesWith"


def test_a_term_named_after_a_kind_noun_is_of_that_kind(ex):
    ext = _run(ex, "Splits! A Flexible Dataset for Evaluating Social Inference",
               "In this paper, we define a new task called Group Theorization, in which a system "
               "must write theories that differentiate expression across demographic groups.")
    assert _types(ext, "Group Theorization") == {"Task"}
    ext = _run(ex, "Date Fragments: A Hidden Bottleneck of Tokenization",
               "In this work, we introduce a simple yet interpretable metric, termed date "
               "fragmentation ratio, that measures how faithfully a tokenizer preserves dates.")
    assert _types(ext, "date fragmentation ratio") == {"Metric"}


def test_a_common_word_written_in_camel_case_is_a_name(ex):
    ext = _run(ex, "Video Editing Benchmarks",
               "To further enhance object-level evaluation, we introduce FiVE-Acc, a novel "
               "metric leveraging VLMs to assess the success of fine-grained video editing.")
    assert _types(ext, "FiVE-Acc") == {"Metric"}


def test_an_apposition_after_a_quoted_name_types_it(ex):
    ext = _run(ex, "LOGO-Net: Large-scale Deep Logo Detection and Brand Recognition",
               'In this paper, we introduce "LOGO-Net", a large-scale logo image database for logo '
               "detection and brand recognition from real-world product images.")
    assert _types(ext, "LOGO-Net") == {"Dataset"}


def test_a_subtitle_spelling_the_title_name_over_joining_words_makes_it_the_papers(ex):
    ext = _run(ex, "SPADE: Systematic Prompt Framework for Automated Dialogue Expansion in "
               "Machine-Generated Text Detection",
               "We propose five novel data augmentation frameworks for synthetic user dialogue "
               "generation.")
    spade = [m for m in ext.mentions if m.text == "SPADE"]
    assert spade and all(m.role == "proposes" for m in spade)
    assert {m.long_form for m in spade} == {
        "Systematic Prompt Framework for Automated Dialogue Expansion"}


def test_a_name_built_on_a_known_technique_before_a_data_noun_is_data(ex):
    ext = _run(ex, "DeepDubber-V1: Adaptive Movie Dubbing",
               "WER decreases from 52.69% to 23.20% for initial reasoning setting on the "
               "CoT-Movie-Dubbing dataset.")
    assert _types(ext, "CoT-Movie-Dubbing") == {"Dataset"}


def test_matching_inside_a_hyphen_compound_is_no_compare_cue(ex):
    ext = _run(ex, "OAEI-LLM-T: A TBox Benchmark Dataset for LLM Hallucinations",
               "The dataset evolves from the TBox (i.e. schema-matching) datasets in the Ontology "
               "Alignment Evaluation Initiative (OAEI), capturing hallucinations of LLMs.")
    assert _roles(ext).get("OAEI") != "comparesWith"


def test_a_size_in_parentheses_glued_to_a_name_is_split_off(ex):
    ext = _run(ex, "CrowdVLM-R1: Crowd Counting with Fuzzy Rewards",
               "In contrast, FGRPR, applied to Qwen2.5-VL(3B and 7B), surpasses all baseline "
               "models, including GPT4o, LLaMA2(90B), and SFT, across five in-domain datasets.")
    names = {m.text for m in ext.mentions}
    assert "Qwen2.5-VL" in names and not any("(" in n for n in names)


def test_the_subject_of_a_claim_is_before_an_applied_to_clause(ex):
    ext = _run(ex, "CrowdVLM-R1: Crowd Counting with Fuzzy Rewards",
               "We propose Fuzzy Group Relative Policy Reward (FGRPR), a novel framework. In "
               "contrast, FGRPR, applied to Qwen2.5-VL, surpasses all baseline models, including "
               "GPT-4o.")
    assert _beats(ext) == {
        ("FGRPR", "GPT-4o")}


def test_a_stated_kind_overrides_a_long_form_typed_by_its_ending_only(ex):
    ext = _run(ex, "ShortV: Efficient Multimodal Large Language Models",
               "We investigate layer-wise redundancy in MLLMs by introducing a novel metric, Layer "
               "Contribution (LC), which quantifies the impact of a layer's transformations.")
    assert _types(ext, "LC") == {"Metric"}


def test_a_name_the_title_defines_before_its_colon_is_the_papers(ex):
    ext = _run(ex, "State Fourier Diffusion Language Model (SFDLM): A Scalable, Novel Iterative "
               "Approach to Language Modeling",
               "This paper introduces a fully diffusion driven discrete text generation model "
               "built without any transformer.")
    assert _roles(ext)["SFDLM"] == "proposes"


def test_the_newly_constructed_data_is_the_papers_own(ex):
    ext = _run(ex, "StableToolBench-MirrorAPI: Modeling Tool Environments",
               "MirrorAPI achieves superior accuracy and stability compared to state-of-the-art "
               "methods, as demonstrated by its performance on the newly constructed "
               "MirrorAPI-Bench.")
    assert _roles(ext)["MirrorAPI-Bench"] == "proposes"
    ext = _run(ex, "Face Recognition at Scale",
               "We report results on the newly released IJB-A benchmark.")
    assert _roles(ext).get("IJB-A") != "proposes"


def test_a_lower_case_prefix_on_an_acronym_is_no_name(ex):
    ext = _run(ex, "SLAG: Scalable Language-Augmented Gaussian Splatting",
               "To address this, we introduce SLAG, a multi-GPU framework for language-augmented "
               "Gaussian splatting. Clients hold non-IID data.")
    names = {m.text for m in ext.mentions}
    assert "multi-GPU" not in names and "non-IID" not in names


def test_a_fronted_comparison_reads_the_whole_list_before_the_subject(ex):
    ext = _run(ex, "Zebra-Llama: Towards Extremely Efficient Hybrid Models",
               "Compared to models like MambaInLLaMA, X-EcoMLA, Minitron, and Llamba, Zebra-Llama "
               "consistently delivers competitive or superior accuracy.")
    pairs = _beats(ext)
    assert ("X-EcoMLA", "MambaInLLaMA") not in pairs and ("Zebra-Llama", "X-EcoMLA") in pairs
    ext = _run(ex, "Open-Det: An Efficient Learning Framework for Open-Ended Detection",
               "Compared to GenerateU, Open-Det, using only 1.5% of the training data, achieves "
               "even higher performance.")
    assert {(r.subject, r.object) for r in ext.relations} == {("Open-Det", "GenerateU")}


def test_an_emphasised_name_reads_the_kind_noun_after_the_markup(ex):
    ext = _run(ex, "Large Language Models for Predictive Analysis: How Far Are They?",
               r"To bridge this gap, we introduce the \textbf{PredictiQ} benchmark, which "
               "integrates 1130 sophisticated predictive analysis queries.")
    assert _types(ext, "PredictiQ") == {"Benchmark"}


def test_a_name_before_based_and_a_plural_kind_is_no_beaten_system(ex):
    ext = _run(ex, "Legal Document Tagging with Large Language Models",
               "We propose Legal-LLM, a novel approach. Our experimental results demonstrate that "
               "Legal-LLM outperforms a range of strong baseline models, including traditional "
               "methods and other Transformer-based approaches.")
    assert not [r for r in ext.relations if r.predicate == "outperforms"]


def test_a_title_naming_a_phenomenon_proposes_no_system(ex):
    ext = _run(ex, "The AI Gap: How Socioeconomic Status Affects Language Technology Interactions",
               "We survey 1,000 individuals and collect 6,482 prompts from their interactions with "
               "LLMs. These differences limit the AI Gap across SES groups.")
    assert "AI Gap" not in {m.text for m in ext.mentions}


def test_context_reads_over_the_blank_markup_leaves_before_a_name(ex):
    ext = _run(ex, "MorphTok: Morphologically Grounded Tokenization",
               r"Moreover, we introduce a new human evaluation metric, \textit{EvalTok}, enabling "
               "more human-grounded assessment.")
    assert _types(ext, "EvalTok") == {"Metric"}


def test_a_name_defined_as_the_titles_via_tail_is_proposed(ex):
    ext = _run(ex, "Improving Adversarial Transferability on Vision Transformers via Forward "
               "Propagation Refinement",
               "Transferable adversarial examples on ViTs have been extensively studied. Forward "
               "Propagation Refinement (FPR) refines two components of ViTs. FPR improves "
               "transferability.")
    assert _roles(ext)["FPR"] == "proposes"


def test_an_emphasised_adjective_is_no_name(ex):
    ext = _run(ex, "DyST-XL: Dynamic Layout Planning for Compositional Text-to-Video Generation",
               r"To address these limitations, we propose DyST-XL, a \textbf{training-free} "
               "framework that enhances off-the-shelf text-to-video models.")
    assert "training-free" not in {m.text for m in ext.mentions}


def test_a_reversed_definition_and_an_i_e_apposition_take_their_stated_kind(ex):
    ext = _run(ex, "The Hallucination Tax of Reinforcement Finetuning",
               "To investigate this, we introduce SUM (Synthetic Unanswerable Math), a "
               "high-quality dataset of unanswerable math problems designed to probe models.")
    assert _types(ext, "SUM") == {"Dataset"}
    ext = _run(ex, "Benchmarking LVLMs on Fine-Grained Image Tasks",
               "To fill this gap, we introduce a comprehensive fine-grained evaluation benchmark, "
               "i.e., FG-BMK, comprising 3.49 million questions.")
    assert _types(ext, "FG-BMK") == {"Benchmark"}


def test_webqsp_is_its_own_benchmark(ex):
    # WebQuestionsSP is the semantic-parse subset of WebQuestions, not another name of it
    entry = ex.gazetteer.lookup("WebQSP")
    assert entry is not None and entry.canonical == "WebQSP" and entry.type == "Benchmark"
    assert ex.gazetteer.lookup("WebQuestions").canonical == "WebQuestions"


def test_a_known_word_given_to_a_new_thing_of_another_kind_is_that_thing(ex):
    # the metric CIDEr and the task UQ: the apposition says what the paper's own one is
    ext = _run(ex, "Structured Masked Diffusion for Joint Multiuser Decoding",
               "We propose CIDER, a learned multiuser decoder with masked-diffusion refinement "
               "steps. CIDER uses demixing to prevent duplicate-row collapse.")
    assert _types(ext, "CIDER") == {"Method"} and _roles(ext)["CIDER"] == "proposes"
    ext = _run(ex, "UQ: Assessing Language Models on Unsolved Questions",
               "We introduce UQ, a testbed of 500 challenging, diverse questions sourced from "
               "Stack Exchange.")
    assert _types(ext, "UQ") == {"Benchmark"}


def test_a_name_ending_in_capital_s_said_to_be_one_thing_is_no_plural(ex):
    ext = _run(ex, "Context Parametrization with Compositional Adapters",
               "To address this gap, we introduce CompAs, a meta-learning framework that "
               "translates context into adapter parameters with a compositional structure.")
    assert _roles(ext)["CompAs"] == "proposes"


def test_a_listed_name_written_in_other_capitals_and_spelled_out_is_the_papers_own(ex):
    # not the listed financial QA benchmark FiQA; the listed BERT still where only the case
    # differs and the long form is the listed one
    ext = _run(ex, "PreFIQs: Face Image Quality Is What Survives Pruning",
               "Face Image Quality Assessment (FIQA) evaluates the utility of a face image. "
               "Our method beats state-of-the-art FIQA methods.")
    assert _types(ext, "FIQA") == {"Task"}
    assert ex.gazetteer.defined(
        "Bert", "Bidirectional Encoder Representations from Transformers").canonical == "BERT"
    assert ex.gazetteer.defined("KITTI", "Karlsruhe Institute of Technology and Toyota "
                                "Technological Institute").canonical == "KITTI"


def test_a_task_defined_before_its_methods_stays_a_task(ex):
    ext = _run(ex, "Are Foundation Models All You Need for Zero-shot Face Presentation Attack "
               "Detection?",
               "State-of-the-art deep learning presentation attack detection (PAD) approaches "
               "require a large amount of data. This paper focuses on zero-shot PAD.")
    assert _types(ext, "PAD") == {"Task"}


def test_datasets_for_a_defined_technique_leave_it_a_technique(ex):
    ext = _run(ex, "SurgLaVi: Large-Scale Hierarchical Dataset for Surgical Vision-Language "
               "Representation Learning",
               "Vision-language pre-training (VLP) offers unique advantages for surgery. Our "
               "dataset is four times larger than existing surgical VLP datasets.")
    assert _types(ext, "VLP") == {"Method"}


def test_multiple_choice_questions_are_a_task_not_a_benchmark(ex):
    ext = _run(ex, "Towards Safer Mobile Agents",
               "Using HazardForge, we construct MovSafeBench, a multiple-choice question (MCQ) "
               "benchmark comprising 7,254 images.")
    assert _types(ext, "MCQ") <= {"Task"} and _roles(ext)["MovSafeBench"] == "proposes"
    assert _roles(ext).get("MCQ") != "proposes"


def test_a_name_built_on_a_known_task_takes_its_apposition_kind(ex):
    ext = _run(ex, "Afri-NER: Named Entity Recognition for African Languages",
               "We introduce Afri-NER, the first multilingual named entity recognition "
               "benchmark covering 7,500 sentences. Afri-NER shows that open-weight models "
               "perform poorly.")
    assert _types(ext, "Afri-NER") == {"Benchmark"}


def test_a_name_in_a_fronted_phrase_is_not_who_outperforms(ex):
    ext = _run(ex, "ASI-Evolve: AI Accelerates AI",
               "We present ASI-Evolve, an agentic framework for AI-for-AI research. In "
               "reinforcement learning algorithm design, discovered algorithms outperform GRPO "
               "by up to 12.5 points on AIME24.")
    assert ("reinforcement learning", "GRPO") not in _claims(ext)
    ext = _run(ex, "Reasoning distillation",
               "We study distillation. For OpenThinker-7B, a strong reasoning model that "
               "significantly outperforms its base model Qwen2.5-7B-Instruct, we find gains.")
    assert ("OpenThinker-7B", "Qwen2.5-7B-Instruct") in _claims(ext)


def test_capitalised_words_before_a_known_task_make_a_kind_of_the_task(ex):
    ext = _run(ex, "Domain Generalization using Action Sequences",
               "This variability leads to a notable drop in the performance of Egocentric Action "
               "Recognition models. We propose SeqDG, an approach for Egocentric Action "
               "Recognition.")
    assert _types(ext, "Egocentric Action Recognition") == {"Task"}
    # (a method named by a one-word task; one the paper proposes stays its method)
    ext = _run(ex, "Clustering roles",
               "We then apply Adaptive Expert Clustering to the roles. We propose "
               "Sentiment-Augmented Role Clustering, which groups speakers.")
    assert _types(ext, "Adaptive Expert Clustering") == {"Method"}


def test_a_prior_thing_called_a_name_is_not_proposed(ex):
    ext = _run(ex, "Path Integral Guided Policy Search",
               "We present a policy search method for learning control policies. We build on a "
               "prior technique called guided policy search (GPS), which optimizes local "
               "policies.")
    assert _roles(ext)["GPS"] != "proposes"


def test_native_makes_a_modifier_not_a_name(ex):
    ext = _run(ex, "AutoNeural: Co-Designing Vision-Language Models for NPU Inference",
               "To bridge this gap, we propose AutoNeural, an NPU-native VLM architecture "
               "co-designed for integer-only inference.")
    assert "NPU-native" not in _roles(ext) and _roles(ext)["AutoNeural"] == "proposes"


def test_a_passive_proposal_reads_over_what_the_name_is_for(ex):
    ext = _run(ex, "Generalized Ensemble Model for Document Ranking in Information Retrieval",
               "A generalized ensemble model (gEnM) for document ranking is proposed in this "
               "paper. The gEnM linearly combines basis document retrieval models.")
    assert _roles(ext)["gEnM"] == "proposes"


def test_a_condition_short_form_the_gazetteer_lists_is_the_condition_alone_too(ex):
    ext = _run(ex, "Hybrid Multi-Dimensional MRI Prostate Cancer Detection",
               "MRI is vital for prostate cancer (PCa) diagnosis. We propose HBR-Net-18, a "
               "two-stage AI framework for PCa detection.")
    assert "PCa" not in _roles(ext)


def test_a_fronted_phrase_is_no_list_and_a_list_types_bare_mentions(ex):
    ext = _run(ex, "T-MPEDNet: Transformer-aware Network for Tumor and Liver Segmentation",
               "The efficacy of T-MPEDNet is assessed on two public benchmark datasets, LiTS "
               "and 3DIRCADb. On LiTS, T-MPEDNet achieves a Dice of 97.6%. Similar performance "
               "is observed on 3DIRCADb, with a Dice of 98.3%.")
    assert "Benchmark" not in _types(ext, "T-MPEDNet")
    assert _types(ext, "3DIRCADb") == {"Benchmark"}


def test_a_name_ending_in_benchmark_is_a_benchmark(ex):
    ext = _run(ex, "Deep Value Benchmark: Measuring Whether Models Generalize Deep Values",
               "We introduce the Deep Value Benchmark, which tests whether models generalize. "
               "RLVER reaches 79.2 on the Sentient-Benchmark.")
    assert _types(ext, "Deep Value Benchmark") == {"Benchmark"}
    assert _types(ext, "Sentient-Benchmark") == {"Benchmark"}


def test_data_given_as_an_example_of_data_is_data_whatever_its_size_suffix(ex):
    ext = _run(ex, "Tiger200K: Manually Curated High Visual Quality Video Dataset",
               "While existing open datasets like Koala-36M employ algorithmic filtering, they "
               "lack quality. Corpora such as DS-TF2-EN-RO-3M are small.")
    assert _types(ext, "Koala-36M") == {"Dataset"}
    assert _types(ext, "DS-TF2-EN-RO-3M") == {"Dataset"}


def test_a_definition_right_after_a_use_verb_and_the_is_used(ex):
    ext = _run(ex, "Weighted Sum-Rate Enhancement for Metasurface-Assisted Multicell Systems",
               "To tackle this challenge, we propose an efficient alternating optimization "
               "framework that leverages the weighted minimum mean square error (WMMSE) method "
               "to reformulate the problem.")
    assert _roles(ext)["WMMSE"] == "uses"
    ext = _run(ex, "Memory Efficient Multi-Scale Line Detector Architecture",
               "This paper presents a memory efficient architecture that implements the "
               "Multi-Scale Line Detector (MSLD) algorithm for real-time retinal blood vessel "
               "detection.")
    assert _roles(ext)["MSLD"] == "uses"


def test_aided_makes_a_modifier(ex):
    ext = _run(ex, "Physics-Informed Wireless Imaging with Implicit Neural Representation in "
               "RIS-Aided ISAC System", "We study imaging in integrated sensing systems.")
    assert "RIS-Aided" not in _roles(ext)


def test_the_proposed_approach_between_a_name_and_the_verb_is_the_subject(ex):
    ext = _run(ex, "A Deep Learning Iterative Framework for Sentinel-1 Stripmap Enhancement",
               "Sentinel-1 (S1) constitutes one of the most widely used spaceborne SAR missions, "
               "offering systematic global coverage. Among S1 modes, Stripmap (SM) provides the "
               "highest resolution. In this work, we propose a self-supervised enhancement "
               "framework for S1 SM imagery based on azimuth subaperture decomposition. "
               "Experiments on real S1 SM data show that the proposed approach consistently "
               "outperforms the widely adopted self-supervised deep learning baseline MERLIN, "
               "in terms of PSNR and SSIM, while MERLIN attains higher ENL.")
    assert not any(b == "MERLIN" and a == "S1" for a, b in _claims(ext))


def test_a_range_of_factors_is_no_score(ex):
    ext = _run(ex, "DC-AR: Efficient Masked Autoregressive Image Generation",
               "DC-AR achieves state-of-the-art results with a gFID of 5.49 on MJHQ-30K and an "
               "overall score of 0.69 on GenEval, while offering 1.5-7.9x higher throughput.")
    assert 1.5 not in {v for _s, _b, v in _scores(ext)}
    assert ("DC-AR", "GenEval", 0.69) in _scores(ext)


def test_a_task_acronym_with_a_capitalised_word_after_it_is_a_new_name(ex):
    ext = _run(ex, "What's Missing in Vision-Language Models?",
               "To bridge this gap, we introduce VQA-Causal and VCR-Causal, two new benchmarks "
               "designed to evaluate causal reasoning.")
    assert _roles(ext).get("VQA-Causal") == "proposes"
    ext = _run(ex, "CoSMo", "Our model reaches a higher F1-Macro than the baselines.")
    # (no new name: the known macro-F1 written the other way round)
    assert _types(ext, "F1-Macro") <= {"Metric"} and _roles(ext).get("F1-Macro") != "proposes"


def test_vlsi_is_hardware_vocabulary(ex):
    ext = _run(ex, "Spiking Analog VLSI Neuron Assemblies as Constraint Satisfaction Solvers",
               "We present an efficient implementation of spike-based CSP solvers using a "
               "reconfigurable neural network VLSI device.")
    assert "VLSI" not in _roles(ext)


def test_an_apposition_reads_over_a_comma_between_describing_words(ex):
    ext = _run(ex, "PosterVerse: A Full-Workflow Framework for Commercial-Grade Poster Generation",
               "In addition, we introduce PosterDNA, a commercial-grade, HTML-based dataset "
               "tailored for training and validating poster design models.")
    assert _types(ext, "PosterDNA") == {"Dataset"}


def test_a_name_before_cpu_or_gpu_is_hardware(ex):
    ext = _run(ex, "The GPU-based Parallel Ant Colony System",
               "The parallel ACS on Nvidia Kepler GK104 GPU is able to obtain a speedup up to "
               "24.29x vs the sequential ACS running on a single core of Intel Xeon E5-2670 CPU.")
    assert "E5-2670" not in _roles(ext) and "GK104" not in _roles(ext)


def test_remote_sensing_imagery_is_a_kind_of_data_not_a_name(ex):
    ext = _run(ex, "HoliTracer: Holistic Vectorization of Geographic Objects",
               "With the increasing resolution of remote sensing imagery (RSI), large-size RSI has "
               "emerged as a vital data source. Experiments on large-size RSI datasets show gains.")
    assert "RSI" not in _roles(ext)


def test_data_named_in_a_subtitles_topic_does_not_type_the_title_name(ex):
    ext = _run(ex, "SSL-AD: Spatiotemporal Self-Supervised Learning for Generalizability and "
               "Adaptability Across Alzheimer's Prediction Tasks and Datasets",
               "We adapt three temporal self-supervised learning approaches for MRI analysis.")
    assert _types(ext, "SSL-AD") == {"Method"}
    ext = _run(ex, "WILD: a new in-the-Wild Image Linkage Dataset for synthetic image attribution",
               "We present a dataset of images.")
    assert _types(ext, "WILD") == {"Dataset"}
    ext = _run(ex, "IndicSuite: A Blueprint for Creating Pre-training and Fine-Tuning Datasets "
               "for Indian Languages", "We release many tokens of text.")
    assert _types(ext, "IndicSuite") == {"Dataset"}


def test_a_figure_of_merit_is_a_metric(ex):
    ext = _run(ex, "Edge Detection: A Collection of Pixel based Approach for Colored Images",
               "The Pratt Figure of Merit (PFOM) is used as a quantitative comparison between "
               "the existing edge detection algorithm and the developed algorithm.")
    assert _types(ext, "PFOM") == {"Metric"}


def test_a_proposed_name_built_on_a_known_task_is_a_method(ex):
    ext = _run(ex, "Generative Point Cloud Registration",
               "In this paper, we propose a novel 3D registration paradigm, Generative Point "
               "Cloud Registration, which bridges 2D generative models with 3D matching tasks.")
    assert _types(ext, "Generative Point Cloud Registration") == {"Method"}


def test_a_language_variety_defined_in_place_is_no_name(ex):
    ext = _run(ex, "Munsit at NADI 2025 Shared Task 2: Multidialectal Arabic ASR",
               "We pretrain the model on speech covering both Modern Standard Arabic (MSA) and "
               "various Dialectal Arabic (DA) variants. MSA and DA differ.")
    assert "MSA" not in _roles(ext) and "DA" not in _roles(ext)
    ext = _run(ex, "MIMOSA", "We present the Multimodal Aggression Dataset in Bengali (MIMOSA).")
    assert "MIMOSA" in _roles(ext)


def test_icme_is_a_venue(ex):
    ext = _run(ex, "CompressedVQA-HDR: Quality Assessment Models for Compressed HDR Videos",
               "We introduce CompressedVQA-HDR, an effective VQA framework. Moreover, "
               "CompressedVQA-HDR-FR won first place in the FR track of the Grand Challenge at "
               "IEEE ICME 2025.")
    assert "ICME 2025" not in _roles(ext) and "ICME" not in _roles(ext)


def test_our_novel_and_one_describing_word_before_a_definition_proposes_it(ex):
    ext = _run(ex, "Visual Memory Injection Attacks for Multi-Turn Conversations",
               "Our novel stealthy Visual Memory Injection (VMI) attack is designed such that the "
               "LVLM exhibits nominal behavior. VMI is effective even after long conversations.")
    assert _roles(ext)["VMI"] == "proposes"


def test_darpa_is_an_agency_not_a_benchmark(ex):
    ext = _run(ex, "The DARPA Twitter Bot Challenge",
               "This paper describes the DARPA Challenge and describes the methods used by the "
               "three top-ranked teams.")
    assert "DARPA" not in _roles(ext)


def test_poster_and_demo_before_a_titles_colon_are_genres(ex):
    ext = _run(ex, "Poster: Camera Tampering Detection for Outdoor IoT Systems",
               "We study camera tampering detection for outdoor IoT systems.")
    assert "Poster" not in _roles(ext)


def test_a_title_name_built_on_a_known_one_is_what_its_subtitle_says(ex):
    ext = _run(ex, "Video-CoT: A Comprehensive Dataset for Spatiotemporal Understanding of Videos",
               "We introduce Video-CoT, a groundbreaking dataset designed to enhance "
               "spatiotemporal understanding using Chain-of-Thought (CoT) methodologies.")
    assert _types(ext, "Video-CoT") == {"Dataset"}


def test_a_signed_gain_over_a_name_compares_with_it(ex):
    # "+2.4% on VideoMME (Long) over ReKV": a signed score before "over" is a gain over it,
    # like "an improvement over X"
    ext = _run(ex, "Going Down Memory Lane: Scaling Tokens for Video Stream Understanding",
               "We propose scaling the token budget. Our method, MemStream, achieves +8.0% on "
               "CG-Bench, +8.5% on LVBench, and +2.4% on VideoMME (Long) over ReKV with "
               "Qwen2.5-VL-7B.")
    assert _roles(ext)["ReKV"] == "comparesWith"
    pairs = _beats(ext)
    assert ("MemStream", "ReKV") in pairs
    # (a lower-case name before a score word is what was scored, not who scored)
    ext = _run(ex, "DREAM: Representation Learning and Generation",
               "We propose DREAM, a unified framework. Trained solely on CC12M, DREAM achieves "
               "72.7% ImageNet linear-probing accuracy (+1.1% over CLIP).")
    pairs = _beats(ext)
    assert pairs == {("DREAM", "CLIP")}


def test_formula_pieces_with_operators_or_open_brackets_are_no_names(ex):
    ext = _run(ex, "Codes for the Read Channel",
               "We construct codes with redundancy $t\\log n+O(1)$, and we propose codes with "
               "redundancy $(2t-1)\\log n+O(1)$. We study the triples $ (H(X|W), H(Y|W), "
               "I(X:Y|W)) $ obtained by extending the pair. The field $\\mathbb F_{16}+ "
               "v\\mathbb F_{16}$ is used. We study the case $N>1$ and $A+B$ problems.")
    names = _roles(ext)
    assert not [n for n in names if any(ch in n for ch in "+|>{(")], names
    assert math_like("C++") is False and math_like("BERT+CRF") is False


def test_a_lone_capitalised_word_a_score_is_reported_on_is_data(ex):
    ext = _run(ex, "The Unreasonable Effectiveness of Noisy Data for Fine-Grained Recognition",
               "Quantitatively, we achieve top-1 accuracies of 92.3% on CUB-200-2011, 85.4% on "
               "Birdsnap, 93.4% on FGVC-Aircraft, and 80.8% on Stanford Dogs. Our agent gains "
               "30.7% on Verilog generation and 13.3% on Pashto.")
    assert _roles(ext)["Birdsnap"] == "evaluatesOn" and _types(ext, "Birdsnap") == {"Benchmark"}
    assert "Verilog" not in _roles(ext) and "Pashto" not in _roles(ext)


def test_a_capitalised_word_of_the_long_form_is_no_short_form():
    text = ("This language uses two scripts: a Bengali script and Meitei Mayek (Script). We "
            "compare with the dataset of Mikolajczyk et al 2005 (Mikolajczyk). We fine-tune "
            "with P-Tuning v2 (Tuning). We build a Real Estate Agent Evaluation (REAL).")
    shorts = {a.short for a in find_abbreviations(text)}
    assert "Script" not in shorts and "Mikolajczyk" not in shorts and "Tuning" not in shorts
    assert "REAL" in shorts


def test_locales_are_no_names(ex):
    ext = _run(ex, "P3B3: A Benchmark for Portuguese Variety Bias in LLMs",
               "In Portuguese, European (pt-PT) and Brazilian (pt-BR) varieties remain unevenly "
               "represented, with pt-BR dominating. We evaluate slang awareness in Indian English "
               "(en-IN) and find en-IN slang hard.")
    assert not {"pt-BR", "pt-PT", "en-IN"} & set(_roles(ext))


def test_a_naming_words_noun_phrase_head_further_back_types_the_name(ex):
    # "corpus" is no plural; the head of "a ... dataset for ... named X" is "dataset"
    for abstract in ("This work introduces a multimodal corpus named MuSaRoNews.",
                     "This work introduces a multimodal corpus for satire detection in Romanian "
                     "news articles named MuSaRoNews.",
                     "We curate a high-quality dataset of 16K UG pairs named MuSaRoNews for RL "
                     "fine-tuning.",
                     "This paper presents a dual-view sign language dataset for ISLR named "
                     "MuSaRoNews, which covers the vocabulary."):
        ext = _run(ex, "Satire Detection", abstract)
        assert _types(ext, "MuSaRoNews") == {"Dataset"}, abstract
    ext = _run(ex, "Pose Estimation", "We present a Mixture-of-Experts network for monocular 3D "
               "pose estimation named PoseMoE.")
    assert _types(ext, "PoseMoE") != {"Dataset"}


def test_data_evaluated_on_after_an_article_or_a_second_on(ex):
    ext = _run(ex, "LM-CartSeg: Automated Segmentation of Cartilage",
               "Segmentation was evaluated on an OAIZIB-CM test set (103 knees) and on SKI-10 "
               "(100 knees). The compression is evaluated on a RISC-V platform.")
    assert _roles(ext)["OAIZIB-CM"] == "evaluatesOn" and _roles(ext)["SKI-10"] == "evaluatesOn"
    assert "RISC-V" not in _roles(ext)


def test_regions_of_interest_are_no_names(ex):
    ext = _run(ex, "LM-CartSeg", "Radiomics requires meaningful regions of interest (ROIs). Most "
               "existing work relies on manual ROIs. From 10 ROIs we extracted features.")
    assert "ROIs" not in _roles(ext)


def test_a_long_form_does_not_start_with_a_joining_word():
    for text, long in (
            ("we propose the adaptive gradient and phase edge operator (AGPEO), computing edges",
             "adaptive gradient and phase edge operator"),
            ("we study automated essay scoring (AES) with LLMs", "automated essay scoring"),
            ("Alzheimer disease and related dementias (ADRD) affect many",
             "Alzheimer disease and related dementias"),
            ("the a posteriori probability (APP) of a bit", "a posteriori probability")):
        assert [a.long for a in find_abbreviations(text)] == [long], text


def test_ap_is_average_precision_unless_the_paper_defines_it(ex):
    ext = _run(ex, "PEG-DRNet", "PEG-DRNet achieves an overall AP of 29.8%, surpassing the "
               "RT-DETR-R18 baseline by 3.0%.")
    assert _types(ext, "AP") == {"Metric"}
    ext = _run(ex, "Auto-Prompting", "We introduce an auto-prompting (AP) segmentation decoder. "
               "AP improves results.")
    assert _types(ext, "AP") == {"Method"}


def test_a_leftover_brace_is_no_part_of_a_long_form(ex):
    ext = _run(ex, "Random Differential Privacy",
               "We propose a relaxed privacy definition called {\\em random differential "
               "privacy} (RDP). RDP histograms are accurate.")
    assert {m.long_form for m in ext.mentions if m.text == "RDP"} >= {
        "random differential privacy"}
    assert not any("}" in (m.long_form or "") for m in ext.mentions)


def test_bangla_and_filipino_are_languages(ex):
    ext = _run(ex, "NCTB-QA: A Large-Scale Bangla Educational Question Answering Dataset",
               "We introduce NCTB-QA. Unlike existing Bangla datasets, NCTB-QA is balanced. "
               "We also build Filipino datasets.")
    assert "Bangla" not in _roles(ext) and "Filipino" not in _roles(ext)


def test_devices_defined_in_place_are_no_names(ex):
    ext = _run(ex, "A DMD-Based Adaptive Modulation Method for High Dynamic Range Imaging",
               "This paper presents an HDR imaging system that leverages the spatial modulation "
               "capability of a digital micromirror device (DMD). The DMD-based system works. "
               "Images come from a scanning electron microscope (SEM).")
    assert "DMD" not in _roles(ext) and "SEM" not in _roles(ext)


def test_a_rate_defined_in_place_is_a_metric(ex):
    ext = _run(ex, "Automated Detection of Micro-calcifications",
               "Our approach has a true positive rate (TPR) of 40% at one false positive per "
               "image (FPI) and runs at 30 frames per second (FPS).")
    assert _types(ext, "FPI") == {"Metric"} and _types(ext, "FPS") == {"Metric"}


def test_a_name_before_based_is_no_claims_subject(ex):
    ext = _run(ex, "DWTSumm: Discrete Wavelet Transform for Document Summarization",
               "We propose DWTSumm, a multi-resolution summarization framework. Compared to a "
               "GPT-4o baseline, the DWT based summarization consistently improves semantic "
               "similarity.")
    pairs = _beats(ext)
    assert pairs == {("DWTSumm", "GPT-4o")}


def test_more_conditions_defined_in_place_are_no_names(ex):
    ext = _run(ex, "Automated Prediction of Postoperative Pancreatic Fistula",
               "Postoperative pancreatic fistula (POPF) is a serious complication after "
               "pancreatic resection. We present an automatic, end-to-end deep learning "
               "pipeline-from pancreatic segmentation to classification-for preoperative POPF "
               "risk estimation and stratification using preoperative CT scans.")
    assert "POPF" not in _roles(ext)


def test_an_arxiv_identifier_is_no_name(ex):
    ext = _run(ex, "Universal Shuffle Asymptotics, Part III",
               "Part I of this series (arXiv:2602.09029) establishes a sharp limit theory.")
    assert not [m.text for m in ext.mentions if m.text.lower().startswith("arxiv")]


def test_a_name_before_the_kind_noun_of_a_proposed_names_apposition_is_not_proposed(ex):
    ext = _run(ex, "GraViT: Gravitational Lens Classification",
               "We introduce GraViT, a PyTorch pipeline for gravitational lens detection. We "
               "propose RLVC, an RL framework with visual cues.")
    roles = _roles(ext)
    assert roles["GraViT"] == "proposes" and roles["RLVC"] == "proposes"
    assert roles.get("PyTorch") != "proposes" and roles.get("RL") != "proposes"
    # (an apposition spelling the new name out is that name, its long form: 2a9dc35)
    ext = _run(ex, "CAPT: Prompt Tuning", "To address this, we propose CAPT, a Confusion-Aware "
               "Prompt Tuning framework that learns from misalignment.")
    assert _roles(ext)["CAPT"] == "proposes"
    assert "Confusion-Aware Prompt Tuning" in {m.long_form for m in ext.mentions
                                               if m.text == "CAPT"}


def test_a_data_long_form_ending_in_an_edition_is_data(ex):
    ext = _run(ex, "An End-to-End System for Unconstrained Face Verification",
               "The evaluation uses the newly released IARPA Janus Benchmark A (IJB-A) and the "
               "JANUS Challenge Set 2 (JANUS CS2). JANUS CS2 extends IJB-A.")
    assert _types(ext, "JANUS CS2") <= {"Dataset", "Benchmark"}
    assert _types(ext, "JANUS CS2")


def test_this_kind_comma_name_is_the_papers_own(ex):
    ext = _run(ex, "Looking beyond the next token",
               "We argue that rearranging the training data sequences helps. We demonstrate that "
               "this technique, Trelawney, and the inference algorithms derived from it allow us "
               "to improve performance. We believe Trelawney could open doors.")
    assert _roles(ext)["Trelawney"] == "proposes"


def test_an_apposition_saying_the_kind_wins_over_a_metric_word_ending_the_name(ex):
    ext = _run(ex, "Familiar Puzzles Fool Smart Models",
               "To examine these things systematically, we introduce Phantom Recall, a benchmark "
               "comprising 25 well-known logic puzzles.")
    assert _types(ext, "Phantom Recall") == {"Benchmark"}


def test_a_title_term_is_not_the_beginning_of_a_known_name(ex):
    ext = _run(ex, "Alternating direction method of multipliers for penalized zero-variance "
               "discriminant analysis",
               "We develop a simple algorithm based on the alternating direction method of "
               "multipliers.")
    assert "Alternating direction method" not in _roles(ext)


def test_fps_is_frames_per_second_unless_defined_otherwise(ex):
    ext = _run(ex, "YOLO9000: Better, Faster, Stronger",
               "At 67 FPS, YOLOv2 gets 76.8 mAP on VOC 2007.")
    assert _types(ext, "FPS") == {"Metric"} and _types(ext, "YOLOv2") == {"Model"}
    ext = _run(ex, "Point Clouds", "We use farthest point sampling (FPS) to select points. FPS "
               "is fast.")
    assert _types(ext, "FPS") == {"Method"}


def test_a_name_after_for_in_a_proposing_sentence_is_not_new(ex):
    ext = _run(ex, "A Mamba-Based Multimodal Network for Structural Damage Assessment",
               "Accurate and rapid structural damage assessment (SDA) is crucial. We propose a "
               "Mamba-based multimodal network for rapid SDA that integrates information.")
    assert _roles(ext).get("SDA") != "proposes"
    ext = _run(ex, "A Learning Algorithm for Relational Logistic Regression",
               "Relational logistic regression (RLR) is a representation of conditional "
               "probability. In this paper, we develop a learning algorithm for RLR models.")
    assert _roles(ext)["RLR"] != "proposes"


def test_a_kind_modifier_after_describing_words_or_a_short_forms_parenthesis_is_not_proposed(ex):
    ext = _run(ex, "Multi-Agent Fictitious Play",
               "To address it, we propose Multi-Agent Fictitious Play (MAFP), a novel MAS "
               "paradigm that represents stakeholder stances as agents. We introduce UGC-AVQA, "
               "a public UGC benchmark with 1,000 videos.")
    roles = _roles(ext)
    assert roles["MAFP"] == "proposes" and roles.get("MAS") != "proposes"
    assert roles.get("UGC") != "proposes"


def test_a_quoted_term_after_a_possessive_is_anothers(ex):
    ext = _run(ex, "EigentSearch-Q+: Enhancing Deep Research Agents",
               'Motivated by Anthropic\'s "think" tool paradigm and insights from the literature, '
               "we introduce Q+, a set of query tools.")
    assert _roles(ext).get("think") != "proposes"


def test_programming_tools_are_no_names_and_a_phenomenon_is_called_is_no_proposal(ex):
    # (the gold never annotates Python, MATLAB, Java or Hugging Face)
    ext = _run(ex, "PlatEMO: A MATLAB Platform for Evolutionary Multi-Objective Optimization",
               "We have developed a MATLAB platform for evolutionary multi-objective "
               "optimization, called PlatEMO. Users collect statistical results in Excel or "
               "LaTeX files. We port the code from PyTorch to NumPy.")
    assert not {"MATLAB", "LaTeX", "Excel", "PyTorch", "NumPy"} & set(_roles(ext))
    ext = _run(ex, "A Cure for Pathological Behavior in Games that Use Minimax",
               "Searching deeper decreases the probability of making a correct move. This "
               "phenomenon is called game tree pathology. We consider a new evaluation function.")
    assert _roles(ext).get("game tree pathology") != "proposes"


def test_a_mappings_tail_cut_from_its_head_is_no_name(ex):
    ext = _run(ex, "PiLoT v2: Pixel-to-Orthogonal Map Alignment",
               "The pioneering system, PiLoT, achieves high precision via Neural Pixel-to-3D "
               "Registration. PiLoT v2 achieves performance comparable to, or even exceeding, "
               "its Pixel-to-3D predecessor.")
    assert not [n for n in _roles(ext) if n.startswith("to-")]


def test_a_treebank_is_data(ex):
    ext = _run(ex, "UD-English-CHILDES: A Collected Resource of Universal Dependencies Trees",
               "This paper introduces UD-English-CHILDES, the first officially released Universal "
               "Dependencies (UD) treebank derived from CHILDES data.")
    assert _types(ext, "UD-English-CHILDES") == {"Dataset"}


def test_tau2_bench_is_a_listed_benchmark(ex):
    ext = _run(ex, "AutoForge: Automated Environment Synthesis",
               "Comprehensive evaluations on agentic benchmarks, including tau-bench, tau2-Bench, "
               "and VitaBench, validate the effectiveness of our proposed method.")
    assert _types(ext, "tau2-Bench") == {"Benchmark"}
    assert _roles(ext).get("tau2-Bench") == "evaluatesOn"
    assert ex.gazetteer.lookup("tau2-Bench").canonical == "τ²-bench"


def test_margins_of_a_percentage_are_gains_not_scores(ex):
    ext = _run(ex, "Kalman Filter Incorporating Motion Dynamics for 3D Multi-Object Tracking",
               "Additionally, it shows an enhanced capability in managing long occlusions compared "
               "to the baseline Kalman filter, achieving margins of 1.22% in higher order tracking "
               "accuracy (HOTA) and 1.55% in multi-object tracking accuracy (MOTA) on the KITTI "
               "dataset.")
    assert not ext.results


def test_a_task_after_a_place_describes_the_clause_not_the_place(ex):
    ext = _run(ex, "A Spatially Explicit Deep Learning Model for Terrain Feature Detection",
               "Third, we apply this model to detect impact craters on Mars, a task that "
               "previously required extensive manual effort.")
    assert "Mars" not in _roles(ext)
    ext = _run(ex, "Gistify", "We propose Gistify, a task where a coding LLM must create a "
               "single file.")
    assert _types(ext, "Gistify") == {"Task"}


def test_an_apposition_after_a_bracketed_name_types_it(ex):
    ext = _run(ex, "Multi-Dimensional Emotion Understanding",
               "To address this limitation, we introduce Emotional Scenarios (EmoScene), a "
               "theory-grounded benchmark of 4,731 context-rich scenarios annotated with an "
               "8-dimensional emotion vector.")
    assert _types(ext, "EmoScene") == {"Benchmark"}
    assert _roles(ext).get("EmoScene") == "proposes"


def test_eq_in_capitals_is_a_name_part_not_an_equation(ex):
    ext = _run(ex, "PoliticsBench: Benchmarking Political Values in Large Language Models",
               "This study investigates political bias in eight prominent LLMs using "
               "PoliticsBench: a novel multi-turn roleplay framework adapted from the "
               "EQ-Bench psychometric benchmark. As Eq. 3 shows, the bias grows.")
    assert _types(ext, "EQ-Bench") == {"Benchmark"}
    assert not any(m.text.startswith("Eq") for m in ext.mentions)


def test_a_hyphened_version_keeps_the_type_of_the_name_it_versions(ex):
    ext = _run(ex, "PoliticsBench", "This study uses PoliticsBench: a novel framework adapted "
               "from XQ-Bench-v3. We compare with FooNet-v3.")
    assert _types(ext, "XQ-Bench-v3") == {"Benchmark"}
    assert _types(ext, "FooNet-v3") == {"Model"}


def test_the_proposed_kind_then_a_name_is_the_papers_own_without_a_comma(ex):
    ext = _run(ex, "Instruction-tuned Self-Questioning Framework for Multimodal Reasoning",
               "Our experiments show that the proposed method SQ-InstructBLIP, which uses the "
               "generated sub-questions as additional information, performs more accurate "
               "reasoning than the previous works.")
    assert _roles(ext).get("SQ-InstructBLIP") == "proposes"


def test_an_apposition_outweighs_the_data_a_model_is_trained_on(ex):
    ext = _run(ex, "Thinking with Camera",
               "Puffin is trained on Puffin-4M, a large-scale dataset of 4 million "
               "vision-language-camera triplets.")
    assert _types(ext, "Puffin-4M") == {"Dataset"}


def test_with_a_name_then_the_first_kind_is_an_apposition_not_a_fronted_phrase(ex):
    ext = _run(ex, "TF1-EN-3M: Three Million Synthetic Moral Fables",
               "We close this gap with TF1-EN-3M, the first open dataset of three million "
               "English-language fables generated by instruction-tuned models.")
    assert "Dataset" in _types(ext, "TF1-EN-3M")


def test_llada_is_a_listed_model(ex):
    ext = _run(ex, "Fast-Decoding Diffusion Language Models",
               "We evaluated SchED on two dLLM families (Dream and LLaDA), in base and "
               "instruction-tuned variants across ten benchmarks.")
    assert _types(ext, "LLaDA") == {"Model"}


def test_a_listed_title_name_the_abstract_spells_out_as_its_own_is_the_papers(ex):
    ext = _run(ex, "TCIA: A Task-Centric Instruction Augmentation Method for Instruction "
               "Finetuning", "We thus introduce Task Centric Instruction Augmentation (TCIA), "
               "a framework that systematically expands instructions.")
    assert _types(ext, "TCIA") == {"Method"}
    assert all(m.known_as is None for m in ext.mentions if m.text == "TCIA")


def test_two_names_each_with_its_apposition_are_both_proposed(ex):
    ext = _run(ex, "UAVBench and UAVIT-1M",
               "Therefore, we introduce UAVBench, a comprehensive benchmark, and UAVIT-1M, a "
               "large-scale instruction tuning dataset, designed to evaluate and improve MLLMs.")
    assert _roles(ext).get("UAVIT-1M") == "proposes"
    assert _types(ext, "UAVIT-1M") == {"Dataset"}


def test_tau_bench_written_in_latex_is_the_listed_benchmark(ex):
    ext = _run(ex, "Scaling Agentic Capabilities via Grounded Interaction Synthesis",
               "Experiments on BFCL, $\\tau^2$-Bench, and ACEBench demonstrate gains; we also "
               "report $\\tau$-bench.")
    assert _types(ext, "τ^2-Bench") == {"Benchmark"}
    assert _types(ext, "τ-bench") == {"Benchmark"}
    assert ex.gazetteer.lookup("τ^2-Bench").canonical == "τ²-bench"


def test_a_score_naming_no_benchmark_is_on_the_one_the_paper_introduces(ex):
    ext = _run(ex, "KorMedMCQA-V: A Multimodal Benchmark for Evaluating Vision-Language Models",
               "We introduce KorMedMCQA-V, a Korean medical licensing-exam-style multimodal "
               "multiple-choice question answering benchmark for evaluating vision-language "
               "models. The best proprietary model (Gemini-3.0-Pro) achieves 96.9% accuracy.")
    assert [(r.subject, r.benchmark, r.value) for r in ext.results] == \
        [("Gemini-3.0-Pro", "KorMedMCQA-V", 96.9)]


def test_a_change_from_one_setting_to_another_is_read_across_the_settings(ex):
    ext = _run(ex, "Multi-IF: Benchmarking LLMs on Multi-Turn and Multilingual Instructions "
               "Following", "To address this gap, we introduce Multi-IF, a new benchmark "
               "designed to assess LLMs' proficiency in following multi-turn instructions. For "
               "example, o1-preview drops from 0.877 at the first turn to 0.707 at the third turn "
               "in terms of average accuracy over all languages.")
    assert sorted((r.subject, r.benchmark, r.value) for r in ext.results) == \
        [("o1-preview", "Multi-IF", 0.707), ("o1-preview", "Multi-IF", 0.877)]


def test_a_model_based_name_with_a_count_of_examples_is_data(ex):
    ext = _run(ex, "MASTER: multi-agent simulated teaching",
               "Utilizing MASTER, we construct BOOST-QA, a fine-tuning dataset augmented from "
               "existing datasets like Orca-Math-200k, ProcQA, and OpenHermes2.5.")
    assert _types(ext, "Orca-Math-200k") == {"Dataset"}


def test_a_domain_compound_is_no_name(ex):
    ext = _run(ex, "BenCao: an instruction-tuned large language model for TCM",
               "BenCao outperforms general-domain and TCM-domain models on all tasks. We "
               "propose a DCT-domain compression method.")
    assert not {"TCM-domain", "DCT-domain"} & set(_roles(ext))


def test_new_data_a_named_model_is_trained_on_is_used(ex):
    ext = _run(ex, "VisCoder: fine-tuning LLMs for visualization code generation",
               "We fine-tune Qwen2.5-Coder-Instruct on VisCode-200K to create VisCoder, and "
               "evaluate it on PandasPlotBench. We train TerraSeg on OmniLiDAR, a unified "
               "large-scale dataset, and report results.")
    roles = _roles(ext)
    assert roles["VisCode-200K"] == roles["OmniLiDAR"] == "uses"
    assert roles["PandasPlotBench"] == "evaluatesOn"


def test_math_dollars_around_emphasis_alone_are_no_math(ex):
    ext = _run(ex, "User-assistant bias in LLMs",
               "In this paper, we introduce an 8k multi-turn conversation dataset "
               "$\\textbf{UserAssist}$, which we use to benchmark the bias. To fill this gap, we "
               "introduce $\\texttt{HyperGVL}$, the first benchmark to evaluate LVLMs.")
    assert _types(ext, "UserAssist") == {"Dataset"}
    assert _types(ext, "HyperGVL") == {"Benchmark"}


def test_a_name_that_scores_a_number_is_no_metric(ex):
    ext = _run(ex, "Ovis2.5 Technical Report",
               "We release two open-source models: Ovis2.5-9B and Ovis2.5-2B. On the OpenCompass "
               "multimodal leaderboard, Ovis2.5-9B averages 78.3; Ovis2.5-2B scores 73.9.")
    assert _types(ext, "Ovis2.5-2B") == {"Model"}
    assert ("Ovis2.5-2B", "OpenCompass", 73.9) in _scores(ext)


def test_a_dimension_before_a_known_benchmark_names_a_variant(ex):
    ext = _run(ex, "Improving in-context learning with reasoning distillation",
               "ReDis achieves significant improvements across tasks, including 1D-ARC, ACRE "
               "and MiniSCAN. We use a 3D-CNN encoder.")
    roles = _roles(ext)
    assert "1D-ARC" in roles and "ARC" not in roles
    assert "3D-CNN" not in roles


def test_a_benchmark_name_with_a_model_suffix_is_a_benchmark(ex):
    ext = _run(ex, "RTLC: a three-stage prompting paradigm",
               "On JudgeBench-GPT (350 hard pairwise items), Claude 3.7 Sonnet's pairwise "
               "accuracy climbs from 64.6% to 78.6%. To evaluate agentic reward modeling, we "
               "introduce ARMBench-VL, comprising three benchmarks.")
    assert _types(ext, "JudgeBench-GPT") == _types(ext, "ARMBench-VL") == {"Benchmark"}


def test_data_a_model_is_fine_tuned_on_is_used_though_gains_follow(ex):
    ext = _run(ex, "MetaChart: chart captions",
               "We further construct MetaChart, a large-scale dataset of chart captions. "
               "Fine-tuning six different models on MetaChart resulted in an average "
               "performance improvement of 5% across all tasks.")
    assert {m.role for m in ext.mentions if m.text == "MetaChart"} == {"proposes", "uses"}


def test_capitalised_words_and_a_year_before_shared_task_name_the_edition(ex):
    ext = _run(ex, "Two-stage Quranic QA via ensemble retrieval",
               "Our approach achieves state-of-the-art results on the Quran QA 2023 Shared "
               "Task, with a MAP@10 of 0.3128.")
    assert _types(ext, "Quran QA 2023") == {"Benchmark"}


def test_than_before_an_amount_is_no_comparison(ex):
    ext = _run(ex, "Infinite-Instruct: synthesizing code instruction data",
               "Using less than one-tenth of the instruction fine-tuning data, we achieved "
               "performance comparable to the Qwen-2.5-Coder-Instruct. Our network trained on "
               "less than half of the KITTI dataset gives comparable performance.")
    roles = _roles(ext)
    assert roles["instruction fine-tuning"] != "comparesWith"
    assert roles["Qwen-2.5-Coder-Instruct"] == "comparesWith"
    assert roles["KITTI dataset"] != "comparesWith"


def test_a_coined_name_opening_with_a_model_name_is_a_model(ex):
    ext = _run(ex, "Listen to the context: faithful large language models for climate questions",
               "We then focus on ClimateGPT, a large language model specialised in climate "
               "science. By excluding unfaithful subsets of the model's training data, we "
               "develop ClimateGPT Faithful+, which achieves an improvement in faithfulness.")
    assert _types(ext, "ClimateGPT Faithful+") == {"Model"}


def test_a_spaced_vl_release_word_is_part_of_the_name(ex):
    ext = _run(ex, "WisWheat: a vision-language dataset for wheat management",
               "Specifically, the Qwen2.5 VL 7B fine-tuned on our wheat instruction dataset "
               "achieves accuracy scores of 79.2%, ahead of Qwen3 VL 32B.")
    assert {"Qwen2.5 VL 7B", "Qwen3 VL 32B"} <= set(_roles(ext))
    assert "VL 7B" not in _roles(ext)


def test_a_short_form_termed_in_parentheses_is_defined(ex):
    ext = _run(ex, "COLT: Enhancing Video Large Language Models with Continual Tool Usage",
               "To this end, we propose to enhance open-source video LLMs with COntinuaL Tool "
               "usage (termed COLT), which acquires tool-use ability. Specifically, our COLT "
               "incorporates a learnable tool codebook. Experiments demonstrate the "
               "state-of-the-art performance of our proposed COLT.")
    colt = [m for m in ext.mentions if m.text == "COLT" and m.long_form]
    assert colt and colt[0].long_form == "COntinuaL Tool usage"
    assert "proposes" in {m.role for m in ext.mentions if m.text == "COLT"}
    ext = _run(ex, "X", "We propose a novel SAR target detection method (termed CR-Net).")
    assert not any(m.long_form for m in ext.mentions if m.text == "CR-Net")


def test_new_names_listed_as_the_parts_of_a_proposal_are_proposed(ex):
    ext = _run(ex, "FTibSuite: a resource suite for Tibetan vision-language modeling",
               "To fill this gap, we introduce FTibSuite, a comprehensive resource suite for "
               "Tibetan vision-language research, consisting of FTibData (human-verified "
               "multimodal training corpora), FTibBench (Tibetan adaptations of five multimodal "
               "benchmarks), and FTibVLM, a reproducible baseline built on Qwen3-VL-8B-Instruct.")
    roles = _roles(ext)
    assert roles["FTibData"] == roles["FTibBench"] == roles["FTibVLM"] == "proposes"
    assert roles["Qwen3-VL-8B-Instruct"] != "proposes"
    assert _types(ext, "FTibData") == {"Dataset"}


def test_a_letter_and_a_word_introduced_is_a_name(ex):
    ext = _run(ex, "Multi-stream streaming understanding",
               "To bridge this, we introduce X-Stream, the first benchmark dedicated to "
               "multi-stream streaming understanding. We introduce K-Function, a unified "
               "framework that combines transcription and scoring.")
    roles = _roles(ext)
    assert roles["X-Stream"] == roles["K-Function"] == "proposes"
    assert _types(ext, "X-Stream") == {"Benchmark"}


def test_names_listed_after_plural_kind_and_ie_take_the_kind(ex):
    ext = _run(ex, "Prime and reach: synthesising body motion for gaze-primed object reach",
               "To that end, we curate 23.7K gaze-primed human motion sequences from five "
               "publicly available datasets, i.e., HD-EPIC, MoGaze, HOT3D, ADT, and GIMO.")
    assert _types(ext, "MoGaze") == _types(ext, "GIMO") == {"Dataset"}
    assert "proposes" not in {m.role for m in ext.mentions}


def test_a_change_between_numbers_in_math_dollars_is_read(ex):
    ext = _run(ex, "EO-Gym: an interactive environment for Earth observation agents",
               "We construct EO-Gym-Data, a benchmark of 9,078 trajectories. As a reference "
               "baseline, EO-Gym-4B, obtained by fine-tuning Qwen3-VL-4B-Instruct on "
               "EO-Gym-Data, improves overall Pass@3 from $0.49$ to $0.74$.")
    assert _scores(ext) == [("EO-Gym-4B", "EO-Gym-Data", 0.74),
                            ("Qwen3-VL-4B-Instruct", "EO-Gym-Data", 0.49)]


def test_a_numbered_task_of_an_evaluation_series_is_part_of_its_name(ex):
    ext = _run(ex, "System Report for CCL25-Eval Task 5: New Dataset and LoRA-Fine-Tuned Qwen2.5",
               "We propose a domain-specialized LLM, called PoetryQwen. "
               "Experimental results on the CCL25-Eval Task 5 benchmark demonstrate that "
               "PoetryQwen achieves a score of 0.757. We also took part in CCL25-Eval Task 10.")
    assert _types(ext, "CCL25-Eval Task 5") == _types(ext, "CCL25-Eval Task 10") == {"Benchmark"}
    assert _scores(ext) == [("PoetryQwen", "CCL25-Eval Task 5", 0.757)]


def test_a_date_is_no_name(ex):
    ext = _run(ex, "Predicting Future Shanghai Stock Market Price using ANN in the Period "
               "21-Sep-2016 to 11-Oct-2016",
               "This model has been put to the test in predicting selected stocks in the future "
               "period of 21-Sep-2016 to 11-Oct-2016, evaluated on ETTh1 until 2016-10-11.")
    assert not {"21-Sep-2016", "11-Oct-2016", "2016-10-11"} & set(_roles(ext))


def test_a_name_introduced_after_its_kind_is_found_again_over_a_known_name_inside(ex):
    ext = _run(ex, "BVI-Mamba: Video Enhancement Using a Visual State-Space Model",
               "This paper introduces a novel framework, Visual Mamba, designed to reduce memory "
               "usage. Experimental results show that the Visual Mamba technique outperforms "
               "Transformer and convolution-based models. We introduce a new method, Interaction "
               "Screening, which estimates parameters. We assess Interaction Screening on Ising "
               "models.")
    assert ("Visual Mamba", "outperforms", "Transformer") in \
        {(r.subject, r.predicate, r.object) for r in ext.relations}
    assert "Mamba" not in _roles(ext)
    assert len([m for m in ext.mentions if m.text == "Interaction Screening"]) == 2


def test_an_acronym_modifying_a_word_in_a_proposing_sentence_is_not_proposed(ex):
    ext = _run(ex, "Instruction-Tuned LLMs for Parsing and Mining Unstructured Logs on "
               "Leadership HPC Systems",
               "Leadership-class HPC systems generate massive volumes of logs. To capitalize on "
               "this opportunity, we present a domain-adapted, LLM-driven framework that "
               "leverages chain-of-thought (CoT) reasoning to parse and structure HPC logs.")
    assert _roles(ext).get("HPC") != "proposes"


def test_a_change_made_with_a_new_method_is_its_new_score_only(ex):
    ext = _run(ex, "Diagnosing directional motion blindness in Video-LLMs",
               "We introduce DeltaDirect, a projector-level objective. On MoDirect-SynBench, "
               "instruction tuning with DeltaDirect improves motion direction accuracy from "
               "25.9% to 85.4%.")
    assert _scores(ext) == [("DeltaDirect", "MoDirect-SynBench", 85.4)]


def test_a_release_label_before_models_is_no_model_name(ex):
    ext = _run(ex, "Evaluating Chinese Ambiguity Understanding in Large Language Models",
               "Moreover, instruction tuning induces overconfidence, whereas Base models better "
               "capture semantic diversity. We compare Instruct models with MiniNet models.")
    assert "Base" not in _roles(ext) and "Instruct" not in _roles(ext)
    assert _types(ext, "MiniNet") == {"Model"}


def test_a_name_before_shared_task_is_the_evaluation(ex):
    ext = _run(ex, "Multimodal Retrieval-Augmented Generation for Medical VQA",
               "The MEDIQA-WV 2025 shared task addressed wound-care VQA, requiring systems to "
               "generate free-text responses. Our system ranked 3rd in the BEA shared task.")
    assert _types(ext, "MEDIQA-WV 2025") == {"Benchmark"}
    assert _types(ext, "BEA") == {"Benchmark"}


def test_a_bound_above_a_number_is_no_score(ex):
    ext = _run(ex, "Engineering Reasoning and Instruction (ERI) Benchmark",
               "We examined ERI via seven LLMs, with frontier models (GPT-5, Claude Sonnet 4, "
               "DeepSeek V3.1) achieving mean scores above 4.30 on ERI.")
    assert not ext.results


def test_a_participle_clause_after_a_comma_ends_what_a_claim_beats(ex):
    ext = _run(ex, "LLaVA-LE: Large Language-and-Vision Assistant for Lunar Exploration",
               "LLaVA-LE achieves a 3.3x overall performance gain over Base LLaVA, with a "
               "reasoning score of 1.070, exceeding the judge's own reference score, highlighting "
               "the effectiveness of domain-specific data and instruction tuning. LLaVA-LE "
               "outperforms strong baselines, including GPT-4V and Gemini.")
    beaten = {r.object for r in ext.relations if r.predicate == "outperforms"}
    assert "instruction tuning" not in beaten
    assert {"GPT-4V", "Gemini"} <= beaten


def test_no_cue_reaches_across_a_participle_clause(ex):
    ext = _run(ex, "LLaVA-LE: Large Language-and-Vision Assistant for Lunar Exploration",
               "LLaVA-LE achieves a 3.3x overall performance gain over Base LLaVA, with a "
               "reasoning score of 1.070, exceeding the judge's own reference score, highlighting "
               "the effectiveness of domain-specific data and instruction tuning. Our model "
               "achieves performance competitive with, and at times superior to, leading "
               "proprietary models like GPT-4o.")
    roles = _roles(ext)
    assert roles.get("instruction tuning") != "comparesWith"
    assert roles.get("GPT-4o") == "comparesWith"


def test_a_listed_models_release_with_a_modality_letter_is_a_model(ex):
    ext = _run(ex, "Risk identification based on similar case retrieval enhancement",
               "Experiments on real construction data show significant improvements. For "
               "instance, GLM-4V's recognition accuracy increased to 50%, a 35.49% boost.")
    assert _types(ext, "GLM-4V") == {"Model"}


def test_a_phenomenon_that_has_been_termed_is_not_proposed(ex):
    ext = _run(ex, "Breaking Language Barriers in Visual Language Models",
               "This phenomenon has been termed as Image-induced Fidelity Loss (IFL) and stems "
               "from limited multimodal multilingual training data.")
    assert _roles(ext).get("IFL") != "proposes"


def test_a_technique_written_before_a_model_is_not_beaten_itself(ex):
    ext = _run(ex, "CogniSQL-R1-Zero: Lightweight Reinforced Reasoning",
               "We introduce CogniSQL-R1-Zero, a reinforcement learning framework. "
               "CogniSQL-R1-Zero achieves state-of-the-art execution accuracy on BIRD, "
               "outperforming prior baselines including SFT CodeS-7B, DeepSeek-Coder 236B, and "
               "Mistral 123B.")
    beaten = {r.object for r in ext.relations if r.predicate == "outperforms"}
    assert "SFT" not in beaten and "CodeS-7B" in beaten


def test_defined_items_of_a_proposing_colon_list_after_a_plural_kind_are_proposed(ex):
    ext = _run(ex, "Language Bias in LVLMs",
               "To address this, we propose two simple yet effective methods: Language Bias "
               "Regularization (LBR) which mitigates language bias through regularization during "
               "instruction tuning, and Language Bias Penalty (LBP), which penalizes language bias "
               "in the DPO training process.")
    roles = _roles(ext)
    assert roles.get("LBR") == "proposes" and roles.get("LBP") == "proposes"


def test_the_model_a_defined_technique_made_keeps_the_technique_a_method(ex):
    ext = _run(ex, "Customizing a Large Language Model for VHDL Design",
               "We evaluated models as we performed extended pretraining (EPT) of a base LLM. "
               "Expert evaluation of the code explanations produced by the EPT model increased "
               "to 69%.")
    assert _types(ext, "EPT") == {"Method"}


def test_a_long_form_with_a_data_kind_before_its_first_preposition_names_that_kind(ex):
    ext = _run(ex, "Crab: A Unified Audio-Visual Scene Understanding Model",
               "We carefully refine these datasets and construct an Audio-Visual Unified "
               "Instruction-tuning dataset with Explicit reasoning process (AV-UIE), which "
               "clarifies the cooperative relationship among tasks.")
    assert _types(ext, "AV-UIE") == {"Dataset"}


def test_a_range_of_model_sizes_is_no_name(ex):
    ext = _run(ex, "From Context Shift to Stylistic Collapse",
               "We analyze 17 models (410M-100B+ parameters) across 24 linguistically-motivated "
               "probes.")
    assert not ext.mentions


def test_a_listed_models_name_with_a_count_of_examples_is_data(ex):
    ext = _run(ex, "MAGIC: Multimodal Alignment & Grounding-aware Instruction Coreset",
               "Across LLaVA-665K and Vision-Flan datasets, MAGIC consistently improves over "
               "strong baselines. We also fine-tune on Magicoder-110K.")
    assert _types(ext, "LLaVA-665K") <= {"Dataset", "Benchmark"}
    assert _types(ext, "Magicoder-110K") == {"Dataset"}


def test_a_name_ending_in_retrieval_is_no_eval_shaped_benchmark(ex):
    ext = _run(ex, "Micro-Macro Retrieval: Reducing Long-Form Hallucination in Large Language "
               "Models", "We propose Micro-Macro Retrieval (M2R), a novel retrieve-while-generate "
               "framework to fill this gap.")
    assert "Benchmark" not in _types(ext, "Micro-Macro Retrieval")


def test_what_a_proposed_framework_combines_is_used_not_new(ex):
    ext = _run(ex, "Do VLMs See What Sensors Feel?",
               "This paper examines whether vision-language models can identify accessibility "
               "barriers from Google Street View (GSV) imagery. We propose an expert-guided "
               "retrieval-augmented framework that combines GSV images, guidance, and expert-"
               "derived rubrics to evaluate accessibility.")
    assert _roles(ext).get("GSV") != "proposes"


def test_a_name_its_first_mention_uses_is_not_made_new_later(ex):
    ext = _run(ex, "An Automatic Algorithm for Object Recognition Based on ASIFT Keypoints",
               "This paper presents a method for object recognition by combining affine scale "
               "invariant feature transform (ASIFT) and a region merging algorithm. ASIFT is a "
               "fully affine invariant algorithm.")
    assert _roles(ext).get("ASIFT") != "proposes"


def test_a_bare_version_is_no_name_alone(ex):
    ext = _run(ex, "Camels in a Changing Climate",
               "We release CODE TULU 2, CODE LLAMA models finetuned on our V2 mix that outperform "
               "CODE LLAMA and its instruction-tuned variant, CODE LLAMA-Instruct.")
    assert "V2" not in _roles(ext)
    assert not any(r.subject == "V2" for r in ext.relations)


def test_a_listed_familys_numbered_release_is_a_model(ex):
    ext = _run(ex, "Measuring Maximum Activations in Open Large Language Models",
               "We find that global maxima span four orders of magnitude, with Qwen3.5 and MoE "
               "checkpoints in the 10^2 to 10^3 range. Although SAM3 is strong, it fails here.")
    assert _types(ext, "Qwen3.5") == {"Model"}
    assert _types(ext, "SAM3") == {"Model"}


def test_a_title_clause_with_an_article_names_no_artifact_before_its_colon(ex):
    ext = _run(ex, "DISCO Balances the Scales: Adaptive Domain- and Difficulty-Aware "
               "Reinforcement Learning on Imbalanced Data",
               "We propose Domain-Informed Self-Consistency Policy Optimization (DISCO).")
    assert "DISCO Balances the Scales" not in _roles(ext)
    assert _roles(ext).get("DISCO") == "proposes"


def test_a_naming_word_before_a_prefixed_known_name_does_not_propose_the_known_one(ex):
    ext = _run(ex, "Online Adaptation of Hyper-parameters in CMA-ES",
               "The Covariance Matrix Adaptation Evolution Strategy (CMA-ES) is widely accepted. "
               "In this paper, we propose a principled approach called self-CMA-ES to achieve the "
               "online adaptation of CMA-ES hyper-parameters.")
    assert _roles(ext).get("CMA-ES") != "proposes"


def test_a_system_named_by_a_defined_task_keeps_the_task_type(ex):
    ext = _run(ex, "BeLink: Biomedical Entity Linking Meets Generative Re-Ranking",
               "Despite recent progress, Biomedical Entity Linking (BEL) remains challenging. "
               "We integrate our re-ranker into the BEL pipeline and train a BEL model.")
    assert _types(ext, "BEL") == {"Task"}


def test_a_task_acronym_after_a_percentage_is_a_rate(ex):
    ext = _run(ex, "Circumventing Safety Alignment in Large Language Models",
               "ETTA generalizes to safety-enhanced models (e.g., 77.39% ASR on instruction-tuned "
               "defenses). Training yields 11.7% VQA accuracy under attacks.")
    assert _types(ext, "ASR") == {"Metric"}
    assert "Metric" not in _types(ext, "VQA")


def test_a_defined_task_outweighs_a_bare_mentions_shape(ex):
    ext = _run(ex, "An Empirical Study of Many-to-Many Summarization with Large Language Models",
               "Many-to-many summarization (M2MS) aims to process documents in any language. "
               "After instruct-tuning, open-source LLMs can significantly improve their M2MS "
               "ability, and outperform zero-shot LLMs (including GPT-4).")
    assert _types(ext, "M2MS") == {"Task"}
    assert not any(r.subject == "M2MS" for r in ext.relations)


def test_a_data_kind_after_a_hyphen_compound_types_the_definition_before_it(ex):
    ext = _run(ex, "Mind-Omni: A Unified Multi-Task Framework for Brain-Vision-Language Modeling",
               "To unlock advanced reasoning capabilities, we further curate a specialized Brain "
               "Question Answering (BQA) instruction-tuning dataset.")
    assert _types(ext, "BQA") == {"Dataset"}


def test_a_second_verb_after_a_comma_ends_what_a_claim_beats(ex):
    ext = _run(ex, "ELIQ: A Label-Free Framework for Quality Assessment",
               "Experiments demonstrate that ELIQ consistently outperforms existing label-free "
               "methods, generalizes from AI-generated content (AIGC) to user-generated content "
               "(UGC) scenarios without modification.")
    assert not [r for r in ext.relations if r.predicate == "outperforms"]


def test_a_benchmark_shaped_name_called_a_task_is_a_benchmark(ex):
    ext = _run(ex, "ReCode: Updating Code API Knowledge with Reinforcement Learning",
               "Our experiments demonstrate that ReCode substantially boosts code generation "
               "performance, especially on the unseen CodeUpdateArena task.")
    assert _types(ext, "CodeUpdateArena") == {"Benchmark"}


def test_an_emphasised_lower_case_modifier_phrase_is_no_name(ex):
    ext = _run(ex, "Listen, Correct, and Feed Back: Spoken Pedagogical Feedback Generation",
               "Real teaching scenarios also require \\emph{learner-friendly pedagogical "
               "feedback} that is actionable. We build \\textit{human-verified} data.")
    assert not ext.mentions


def test_an_emphasised_phrase_opening_with_a_stop_word_is_no_name(ex):
    ext = _run(ex, "Open-Source Image Editing Models Are Zero-Shot Vision Learners",
               "Image editing models transfer to depth estimation \\textit{without any "
               "fine-tuning} and to segmentation \\emph{in-domain}.")
    assert not any(m.text.startswith(("without", "in-domain")) for m in ext.mentions)


def test_chemprot_is_listed_data(ex):
    ext = _run(ex, "Error-Aware Curriculum Learning for Biomedical Relation Classification",
               "The model outperforms strong baselines across three benchmark datasets (PPI, "
               "Chemical-Protein Interactions (ChemProt), and DDI).")
    assert _types(ext, "ChemProt") <= {"Dataset", "Benchmark"}
    assert _roles(ext).get("ChemProt") != "comparesWith"


def test_one_lower_case_letter_before_a_known_name_makes_a_variant(ex):
    ext = _run(ex, "NeoBabel: A Multilingual Open Tower for Visual Generation",
               "We expand two English-only benchmarks to multilingual equivalents: m-GenEval "
               "and m-DPG. NeoBabel scores 0.75 on m-GenEval. We compare with t-SVD and m-RNN.")
    assert _types(ext, "m-GenEval") == {"Benchmark"}
    assert "GenEval" not in {m.text for m in ext.mentions}
    assert _scores(ext) == [("NeoBabel", "m-GenEval", 0.75)]
    assert {"t-SVD", "m-RNN"} <= {m.text for m in ext.mentions}


def test_a_definition_described_as_a_benchmark_is_one_whatever_its_long_form_ends_in(ex):
    ext = _run(ex, "Beyond Static Artifacts: A Forensic Benchmark for Video Deepfake Reasoning",
               "To bridge this gap, we propose Forensic Answer-Questioning (FAQ), a large-scale "
               "benchmark that formulates temporal deepfake analysis as a multiple-choice task.")
    assert _types(ext, "FAQ") == {"Benchmark"} and _roles(ext)["FAQ"] == "proposes"


def test_new_data_made_in_a_gerund_phrase_is_proposed(ex):
    ext = _run(ex, "Mind the Rarities: Can Rare Skin Diseases Be Reliably Diagnosed?",
               "We address this gap by constructing DermCase, a long-context benchmark derived "
               "from peer-reviewed case reports. Constructing Bayesian networks is hard. The "
               "data is useful for developing CSLR and SLT systems, as CSLR datasets are few.")
    roles = _roles(ext)
    assert roles["DermCase"] == "proposes"
    assert roles.get("Bayesian networks") != "proposes" and roles.get("CSLR") != "proposes"


def test_a_definition_called_new_after_its_parenthesis_is_proposed(ex):
    ext = _run(ex, "QoQ-Med: Building Multimodal Clinical Foundation Models",
               "QoQ-Med is trained with Domain-aware Relative Policy Optimization (DRPO), a "
               "novel reinforcement-learning objective that scales normalized rewards. We "
               "introduce Group Intention Forecasting (GIF), a novel task that forecasts "
               "intentions.")
    roles = _roles(ext)
    assert roles["DRPO"] == "proposes"
    assert _types(ext, "GIF") == {"Task"}


def test_a_name_termed_after_the_first_dataset_for_something_is_data(ex):
    ext = _run(ex, "SeLeRoSa: Sentence-Level Romanian Satire Detection Dataset",
               "In this study, we establish the first large-scale dataset for UGC images, "
               "termed ViDA-UGC, which comprises 11K images.")
    assert _types(ext, "ViDA-UGC") == {"Dataset"}


def test_data_named_after_a_technique_by_its_long_form_is_data(ex):
    ext = _run(ex, "SIFT-50M: A Large-Scale Multilingual Dataset for Speech Instruction Tuning",
               "We introduce SIFT (Speech Instruction Fine-Tuning), a 50M-example dataset "
               "designed for instruction fine-tuning of speech-text large language models.")
    assert _types(ext, "SIFT") == {"Dataset"} and _roles(ext)["SIFT"] == "proposes"


def test_a_long_form_ending_in_a_model_head_and_a_release_number_is_a_model(ex):
    ext = _run(ex, "Towards Visuospatial Cognition via Hierarchical Fusion of Visual Experts",
               "We introduce ViCA2 (Visuospatial Cognitive Assistant 2), a novel MLLM designed "
               "to enhance spatial reasoning.")
    assert _types(ext, "ViCA2") == {"Model"}


def test_a_reversed_definition_in_font_commands_is_read_as_written(ex):
    ext = _run(ex, "Unlocking Native Reasoning for Optimization Modeling",
               "We propose \\textbf{CALM} (\\textit{Corrective Adaptation with Lightweight "
               "Modification}), a framework that refines LRMs. We also propose \\textbf{CoSMo} "
               "(\\textbf{Co}nsistency-Guided \\textbf{S}plit-\\textbf{M}erge "
               "\\textbf{O}ptimization).")
    longs = {m.text: m.long_form for m in ext.mentions if m.long_form}
    assert longs == {"CALM": "Corrective Adaptation with Lightweight Modification",
                     "CoSMo": "Consistency-Guided Split-Merge Optimization"}
    assert _types(ext, "CALM") == {"Method"}


def test_a_name_described_as_a_reasoning_or_small_language_model_is_a_model(ex):
    ext = _run(ex, "Menta: On-Device Mental Health Prediction",
               "We develop STORM, a 4B-parameter LRM that achieves strong accuracy, and Menta, "
               "an optimized SLM fine-tuned on social media data.")
    assert _types(ext, "STORM") == {"Model"} and _types(ext, "Menta") == {"Model"}


def test_a_release_of_a_new_model_named_in_the_paper_is_a_model(ex):
    ext = _run(ex, "FiMI: A Domain-Specific Language Model for Indian Finance Ecosystem",
               "We present FiMI (Finance Model for India), a domain-specialized financial "
               "language model. We develop two model variants: FiMI Base and FiMI Instruct. "
               "We also collect the FiMI-Chat dataset for training.")
    assert _types(ext, "FiMI Base") == _types(ext, "FiMI Instruct") == {"Model"}
    assert _types(ext, "FiMI-Chat") == {"Dataset"}


def test_a_new_thing_described_after_a_gerund_of_making_is_proposed(ex):
    ext = _run(ex, "Efficient Training of Robust Traditional Chinese LLaMA-1B",
               "We address this practical reliability gap by creating PureTC-1B, a three-stage "
               "stabilization pipeline for Llama-3.2-1B-Instruct using LoRA adapters.")
    roles = _roles(ext)
    assert roles["PureTC-1B"] == "proposes" and roles["Llama-3.2-1B-Instruct"] != "proposes"


def test_a_name_with_an_apposition_before_a_passive_proposal_is_proposed(ex):
    ext = _run(ex, "Vision-Language Foundation Models for Pavement Condition Assessment",
               "PaveInstruct, a dataset containing 278,889 image-instruction-response pairs "
               "spanning 32 task types, was created by unifying annotations from nine "
               "heterogeneous pavement datasets. GPT-4, a model trained by OpenAI, was "
               "evaluated as well.")
    roles = _roles(ext)
    assert roles["PaveInstruct"] == "proposes" and roles.get("GPT-4") != "proposes"


def test_two_joined_descriptions_of_the_kind_do_not_block_a_proposal(ex):
    ext = _run(ex, "AIGI-Holmes: Towards Explainable AI-Generated Image Detection",
               "To address these issues, we introduce a large-scale and comprehensive dataset, "
               "Holmes-Set, which includes explanations. We propose X-Net and evaluate it on a "
               "public benchmark, MMBench.")
    roles = _roles(ext)
    assert roles["Holmes-Set"] == "proposes" and roles["MMBench"] != "proposes"


def test_our_variant_names_the_papers_own_release(ex):
    ext = _run(ex, "SFR-DeepResearch: Towards Effective Reinforcement Learning",
               "We propose a simple RL recipe. Our best variant SFR-DR-20B achieves up to 28.7% "
               "on Humanity's Last Exam benchmark.")
    assert _roles(ext)["SFR-DR-20B"] == "proposes"


def test_south_african_language_names_written_with_their_prefix_are_no_names(ex):
    ext = _run(ex, "MzansiText and MzansiLM: An Open Corpus for South African Languages",
               "MzansiLM reaches 20.65 BLEU on isiXhosa and competes on isiZulu and Sepedi.")
    assert not {"isiXhosa", "isiZulu", "Sepedi"} & {m.text for m in ext.mentions}
    assert not ext.results


def test_the_old_score_of_a_change_belongs_to_the_base_named_in_parentheses(ex):
    ext = _run(ex, "MAmmoTH2: Scaling Instructions from the Web",
               "Notably, MAmmoTH2-7B's (Mistral) performance increases from 11% to 34% on MATH "
               "and from 36% to 67% on GSM8K without training on any in-domain data.")
    assert _scores(ext) == [("MAmmoTH2-7B", "GSM8K", 67.0), ("MAmmoTH2-7B", "MATH", 34.0),
                            ("Mistral", "GSM8K", 36.0), ("Mistral", "MATH", 11.0)]


def test_of_two_names_scored_together_the_papers_own_gets_the_score(ex):
    ext = _run(ex, "Visual Instruction Tuning",
               "We introduce LLaVA, an end-to-end trained large multimodal model. When "
               "fine-tuned on Science QA, the synergy of LLaVA and GPT-4 achieves a new "
               "state-of-the-art accuracy of 92.53%.")
    assert _scores(ext) == [("LLaVA", "Science QA", 92.53)]


def test_names_a_named_system_is_evaluated_against_are_compared_systems(ex):
    ext = _run(ex, "EmbGen: Teaching with Reassembled Corpora",
               "We introduce EmbGen, a synthetic data generation pipeline. We evaluate EmbGen "
               "against EntiGraph, InstructLab and Knowledge-Instruct on three datasets.")
    assert {m.type for m in ext.mentions if m.text in ("EntiGraph", "Knowledge-Instruct")} == \
        {"Method"}
    assert _roles(ext)["InstructLab"] == "comparesWith"


def test_a_share_of_named_data_is_no_score(ex):
    ext = _run(ex, "Neuron-Aware Data Selection In Instruction Tuning",
               "We propose a novel framework called NAIT. Training on the 10\\% Alpaca-GPT4 IT "
               "data subset selected by NAIT consistently outperforms methods, and NAIT "
               "reaches 61.2% on MMLU.")
    assert _scores(ext) == [("NAIT", "MMLU", 61.2)]


def test_numbers_listed_after_a_colon_closing_a_phrase_of_gains_are_gains(ex):
    ext = _run(ex, "A Modular Approach for Clinical SLMs",
               "We propose MediFlow, a new synthetic dataset. Our expert models deliver relative "
               "improvements on this benchmark over the base "
               "model: 64.3% on medical entities, 49.5% on radiology reports, and 44% on ICD-10 "
               "coding. GPT-4o achieves 71.2% on MedQA.")
    assert _scores(ext) == [("GPT-4o", "MedQA", 71.2)]


def test_a_collection_of_models_named_before_it_is_a_model(ex):
    ext = _run(ex, "A Modular Approach for Clinical SLMs",
               "We introduce the MediPhi collection of 3.8B-parameter SLMs developed with our "
               "novel framework, and the MediFlow collection of synthetic instructions.")
    assert _types(ext, "MediPhi") == {"Model"} and _types(ext, "MediFlow") == {"Dataset"}


def test_a_usage_word_before_the_kind_named_does_not_type_the_name(ex):
    ext = _run(ex, "Aligned Better, Listen Better for Audio-Visual Large Language Models",
               "From the dataset perspective, we curate an audio-visual caption and "
               "instruction-tuning dataset, called AVU. It comprises 5.2 million tuples.")
    assert _types(ext, "AVU") == {"Dataset"}


def test_a_statistic_beside_a_score_is_no_score(ex):
    ext = _run(ex, "Cognitive Load Limits in Large Language Models",
               "We designed the Interleaved Cognitive Evaluation (ICE), a benchmark. Smaller "
               "models (Llama-3-8B-Instruct, Mistral-7B-Instruct-v0.2) exhibited brittleness, "
               "achieving 0% accuracy (SEM = 0.0) across all conditions on this task.")
    assert _scores(ext) == [("Mistral-7B-Instruct-v0.2", "ICE", 0.0)]
    assert [r.unit for r in ext.results] == ["%"]


def test_more_conditions_defined_in_a_medical_abstract_are_no_names(ex):
    ext = _run(ex, "A Hybrid CNN and ML Framework for Classification of Movement Disorders",
               "Atypical Parkinsonian Disorders (APD) are a group of neurodegenerative diseases "
               "that include progressive supranuclear palsy (PSP) and multiple system atrophy "
               "(MSA). In this study, we propose a hybrid framework combining convolutional "
               "neural networks (CNNs) with machine learning (ML) techniques to distinguish "
               "between the subtypes: PSP vs. PD, MSA vs. PD, and PSP vs. MSA.")
    assert not {"PSP", "MSA"} & {m.text for m in ext.mentions}


def test_an_emphasised_phrase_opening_with_a_capitalised_stop_word_is_no_name(ex):
    ext = _run(ex, "Your One-Stop Solution for AI-Generated Video Detection",
               "\\textbf{From the dataset perspective}, existing datasets are small. "
               "\\textit{When should the model stop?} We propose \\textbf{In-Context Pruning}.")
    texts = {m.text for m in ext.mentions}
    assert not any(t.startswith(("From", "When")) for t in texts)
    assert "In-Context Pruning" in texts


def test_a_new_model_described_as_the_paper_fine_tunes_it_is_proposed(ex):
    ext = _run(ex, "K-BENCH: Domain Knowledge Injection",
               "Utilizing this dataset, we fine-tune GLLM, a model designed to transform raw "
               "documents into dialogues. We also fine-tune Llama-3, a widely used model.")
    roles = _roles(ext)
    assert roles["GLLM"] == "proposes" and roles["Llama-3"] != "proposes"


def test_a_survey_proposes_no_name_by_the_novel_name_fallback(ex):
    ext = _run(ex, "A Survey of Continual Reinforcement Learning",
               "With the arisen of Continual Learning (CL), Continual Reinforcement Learning "
               "(CRL) has emerged as a promising direction. In this survey, we provide a "
               "comprehensive examination of CRL. Secondly, we propose a new taxonomy of CRL "
               "methods.")
    assert "proposes" not in _roles(ext).values()


def test_a_metastasis_defined_in_a_medical_abstract_is_no_name(ex):
    ext = _run(ex, "Automatic segmentation of colorectal liver metastases",
               "Colorectal liver metastases (CRLM) are common. We segment CRLM in ultrasound "
               "images with a U-Net.")
    assert "CRLM" not in {m.text for m in ext.mentions}


def test_a_title_name_ending_in_a_model_size_is_a_model_whatever_it_opens_with(ex):
    ext = _run(ex, "ARC-Hunyuan-Video-7B: Structured Video Comprehension of Real-World Shorts",
               "We introduce ARC-Hunyuan-Video, a multimodal model.")
    assert _types(ext, "ARC-Hunyuan-Video-7B") == {"Model"}


def test_a_math_emphasis_glued_to_a_word_is_a_part_of_the_word(ex):
    ext = _run(ex, "Beyond Hard and Soft: Hybrid Context Compression",
               "To address this, we propose $\\textbf{Hy}$brid $\\textbf{Co}$ntext "
               "$\\textbf{Co}$mpression (HyCo$_2$) for LLMs. We build the dataset "
               "$\\textbf{UserAssist}$ for training.")
    texts = {m.text for m in ext.mentions}
    assert not {"Hy", "Co"} & texts and "UserAssist" in texts


def test_what_a_first_part_is_compared_to_is_no_subject_of_the_second(ex):
    ext = _run(ex, "UORA: Uniform Orthogonal Reinitialization Adaptation",
               "We propose UORA, a novel PEFT method. This results in substantially fewer "
               "trainable parameters compared to LoRA and outperforms VeRA in efficiency.")
    assert ("LoRA", "VeRA") not in {(r.subject, r.object) for r in ext.relations}


def test_a_technique_named_by_how_it_works_after_a_propose_verb_is_coined(ex):
    ext = _run(ex, "Label Supervised LLaMA Finetuning",
               "In this paper, we introduce a label-supervised adaptation for LLMs, which aims "
               "to finetune the model with discriminant labels. We also propose a novel "
               "consistency-aware self-training framework for segmentation.")
    roles = _roles(ext)
    assert roles.get("label-supervised adaptation") == "proposes"
    assert not any("consistency-aware" in t for t in roles)


def test_a_defined_hypothesis_theorem_or_effect_is_no_name(ex):
    ext = _run(ex, "Superficial Alignment",
               "Under the Superficial Alignment Hypothesis (SAH), a few examples suffice. We use "
               "the Central Limit Theorem (CLT) and the Dunning-Kruger Effect (DKE). SAH holds "
               "for Llama-2.")
    assert not {"SAH", "CLT", "DKE"} & {m.text for m in ext.mentions}
    assert "Llama-2" in {m.text for m in ext.mentions}


def test_items_of_an_unnumbered_list_a_counted_proposal_announces_are_proposed(ex):
    ext = _run(ex, "Multi-Round Text Simplifier",
               "We propose two multi-round simplification methods and generate them via "
               "GPT-4o: rule-based simplification (MRS-Rule) and jointly rule-based LLM "
               "simplification (MRS-Joint). We have developed two approaches for the "
               "perturbations: Neighbor-Driven Prototype Perturbation (NDPP) and "
               "Optimization-Driven Prototype Perturbation (ODPP). AdaSD introduces two "
               "thresholds: one to stop generation and another to accept tokens, both updated "
               "based on token entropy and Jensen-Shannon distance. We construct four "
               "representations, which we embed using four models: MiniLM, MPNet and ZetaBERT.")
    roles = _roles(ext)
    assert all(roles.get(n) == "proposes" for n in ("MRS-Rule", "MRS-Joint", "NDPP", "ODPP"))
    assert roles.get("Jensen-Shannon") != "proposes" and roles.get("ZetaBERT") != "proposes"


def test_a_task_acronym_listed_as_an_example_of_benchmarks_is_the_benchmark(ex):
    ext = _run(ex, "Visual Reasoning",
               "Griffon-R achieves strong results on visual reasoning benchmarks including VSR "
               "and CLEVR. Ophiuchus excels across medical benchmarks, including VQA, detection, "
               "and segmentation.")
    types = {(m.text, m.type) for m in ext.mentions}
    assert ("VSR", "Benchmark") in types and ("VSR", "Task") not in types
    assert ("VQA", "Task") in types and ("VQA", "Benchmark") not in types


def test_an_infinity_sign_is_folded_as_a_word_not_dropped(ex):
    from litgraph.gazetteer import fold, load

    assert load().lookup("Bench") is None and fold("H∞ norm") == fold("H-infinity norm")
    ext = _run(ex, "Captioning", "ACM-8B achieves gains on widely used benchmarks such as "
               "MIA-Bench and VidCapBench.")
    assert "MIA-Bench" in {m.text for m in ext.mentions}


def test_a_subtitle_head_after_two_adjectives_joined_by_a_comma_types_the_name(ex):
    ext = _run(ex, "LiveFact: A Dynamic, Time-Aware Benchmark for Fake News Detection",
               "We introduce LiveFact to test LLMs. LiveFact is updated monthly.")
    assert {m.type for m in ext.mentions if m.text == "LiveFact"} == {"Benchmark"}


def test_a_definition_after_an_article_and_an_adjective_opening_a_numbered_item_is_proposed(ex):
    ext = _run(ex, "4D3R: Dynamic Neural Rendering",
               "4D3R introduces two key innovations: (1) a motion-aware bundle adjustment "
               "(MA-BA) module that refines poses; and (2) an efficient Motion-Aware Gaussian "
               "Splatting (MA-GS) representation that models motion. To address these "
               "challenges, we propose two strategies for extending Langevin sampling to "
               "Poisson imaging models: (i) an accelerated PnP Langevin method that uses "
               "reflections and (ii) a mirror sampler.")
    roles = _roles(ext)
    assert roles.get("MA-GS") == "proposes" and roles.get("MA-BA") == "proposes"
    assert roles.get("PnP") != "proposes"


def test_a_size_between_our_and_the_kind_noun_keeps_the_apposition_typed(ex):
    ext = _run(ex, "Grounded Chess Reasoning",
               "Our 4B parameter model, C1, advances from a near-zero baseline to 48.1% "
               "accuracy. C1 generates explainable solutions.")
    assert {m.type for m in ext.mentions if m.text == "C1"} == {"Model"}


def test_a_title_phrase_ending_with_a_name_its_subtitle_spells_names_only_that(ex):
    ext = _run(ex, "Hallucination reduction with CASAL: Contrastive Activation Steering For "
               "Amortized Learning", "We introduce CASAL, an efficient algorithm.")
    texts = {m.text for m in ext.mentions if m.evidence.field == "title"}
    assert "CASAL" in texts and not any("reduction" in t for t in texts)


def test_what_we_curate_or_collect_is_data(ex):
    ext = _run(ex, "OmniFall: Fall Detection",
               "For real-world evaluation we curate OOPS-Fall from genuine accident videos. "
               "OOPS-Fall is hard. We collect GPS data from phones and MoReBench-Theory from "
               "experts.")
    types = {m.text: m.type for m in ext.mentions}
    assert types.get("OOPS-Fall") == "Dataset"
    assert types.get("GPS") != "Dataset" and types.get("MoReBench-Theory") != "Dataset"


def test_data_after_a_training_noun_and_on_is_used_not_evaluated_on(ex):
    ext = _run(ex, "StoryWriter",
               "We train the model using supervised fine-tuning on LongStory, which "
               "demonstrates advanced performance. Fine-tuning on GLUE gives 85.1 accuracy.")
    roles = _roles(ext)
    assert roles.get("LongStory") == "uses" and roles.get("GLUE") == "evaluatesOn"


def test_a_new_definition_opening_a_part_sentence_after_a_proposal_is_proposed(ex):
    ext = _run(ex, "Taming the Light",
               "We propose a novel semantic SLAM framework with two designs. First, the "
               "Intrinsic Appearance Normalization (IAN) module disentangles the scene's "
               "intrinsic properties. Second, an Artificial Neural Network (ANN) estimates "
               "the impedance.")
    roles = _roles(ext)
    assert roles.get("IAN") == "proposes" and roles.get("ANN") != "proposes"


def test_a_camel_case_spelling_of_a_listed_acronym_opening_a_longer_name_is_another(ex):
    ext = _run(ex, "MiMo-VL Technical Report",
               "We compare MiMo-VL-7B-RL with Qwen2.5-VL-7B. GeLU activations help.")
    types = {m.text: m.type for m in ext.mentions}
    assert types.get("MiMo-VL-7B-RL") == "Model" and "GeLU" in types


def test_we_open_source_with_a_hyphen_proposes_what_follows(ex):
    ext = _run(ex, "MiMo-VL Technical Report",
               "We open-source MiMo-VL-7B-SFT, a powerful vision-language model. We finetune "
               "open-source FooLM-7B models on instruction data.")
    roles = _roles(ext)
    assert roles.get("MiMo-VL-7B-SFT") == "proposes" and roles.get("FooLM-7B") != "proposes"


def test_a_score_after_and_a_second_verb_of_the_comparer_is_the_comparers(ex):
    ext = _run(ex, "MiMo-VL Technical Report",
               "MiMo-VL-7B-RL outperforms Qwen2.5-VL-7B on 35 out of 40 evaluated tasks, and "
               "scores 59.4 on OlympiadBench.")
    assert [(r.subject, r.value_text) for r in ext.results] == [("MiMo-VL-7B-RL", "59.4")]


def test_further_kinds_of_models_with_their_acronyms_are_generic(ex):
    ext = _run(ex, "Distinct social-linguistic processing between humans and large "
               "audio-language models: Evidence from model-brain alignment",
               "Voice-based AI development faces unique challenges. This study compares how "
               "large audio-language models (LALMs) and humans integrate speaker "
               "characteristics, asking whether LALMs process speaker-contextualized language "
               "in ways that parallel human cognitive mechanisms. We compared two LALMs' "
               "(Qwen2-Audio and Ultravox 0.5) processing patterns with human responses.")
    texts = {m.text for m in ext.mentions}
    assert "LALMs" not in texts and "Qwen2-Audio" in texts


def test_a_definition_after_our_whose_long_form_ends_in_a_kind_is_the_papers(ex):
    ext = _run(ex, "FoA-SR",
               "FoA-SR starts with our supervised FLUX.2-based SR adapter (Flux2SR) trained "
               "with flow matching. Our approach integrates conditional diffusion models (CDM) "
               "with multi-task learning.")
    roles = _roles(ext)
    assert roles.get("Flux2SR") == "proposes" and roles.get("CDM") != "proposes"


def test_items_of_a_counted_list_of_variants_of_ours_are_proposed(ex):
    ext = _run(ex, "Bayesian Persuasion",
               "We evaluate two variants of our approach: Semi-Formal-Natural-Language (SFNL) "
               "BP and Fully-Natural-Language (FNL) BP, benchmarking them against baselines.")
    roles = _roles(ext)
    assert roles.get("SFNL") == "proposes" and roles.get("FNL") == "proposes"


def test_a_capitalised_word_inside_a_list_after_a_plural_data_kind_is_data(ex):
    ext = _run(ex, "PragReST",
               "Across four pragmatic benchmarks (PragMega, Ludwig, MetoQA, and AltPrag), "
               "PragReST improves over backbone models. We evaluate LAP on three procedure "
               "planning benchmarks: CrossTask, Coin, and NIV.")
    types = {m.text: m.type for m in ext.mentions}
    assert types.get("Ludwig") == "Benchmark" and types.get("Coin") == "Benchmark"


def test_a_title_term_of_a_gerund_and_a_known_technique_is_no_coined_name(ex):
    ext = _run(ex, "Scaling Reinforcement Learning for Content Moderation",
               "We present an empirical investigation of scaling reinforcement learning (RL) "
               "for content classification. We propose a hierarchical reward structure.")
    assert not any(m.text.startswith("Scaling") for m in ext.mentions)
    ext = _run(ex, "Streaming Gibbs Sampling for LDA Model",
               "We propose streaming Gibbs sampling, a new algorithm for LDA.")
    assert any(m.text == "Streaming Gibbs Sampling" for m in ext.mentions)


def test_a_name_inside_an_aside_set_off_by_dashes_is_not_the_scorer(ex):
    ext = _run(ex, "Open Deep Search",
               "We introduce ODS. ODS is a general framework for augmenting any LLMs -- for "
               "example, DeepSeek-R1 that achieves 82.4% on SimpleQA -- with search to achieve "
               "state-of-the-art performance: 88.3% on SimpleQA.")
    got = {(r.subject, r.value_text) for r in ext.results}
    assert ("ODS", "88.3") in got and ("DeepSeek-R1", "88.3") not in got


def test_a_release_label_alone_is_no_name(ex):
    ext = _run(ex, "DharmaOCR",
               "This manuscript introduces DharmaOCR Full and Lite, a pair of specialized small "
               "language models for structured OCR.")
    assert "Lite" not in {m.text for m in ext.mentions}


def test_our_definition_followed_by_data_is_a_dataset(ex):
    ext = _run(ex, "MM-Spatial",
               "Our Cubify Anything VQA (CA-VQA) data covers diverse spatial tasks. CA-VQA "
               "enables us to train MM-Spatial.")
    assert {m.type for m in ext.mentions if m.text == "CA-VQA"} == {"Dataset"}


def test_the_name_a_technical_report_title_opens_with_is_the_papers_model(ex):
    ext = _run(ex, "Logics-Parsing Technical Report",
               "Recent advances in LVLMs have improved document parsing. Experiments show "
               "Logics-Parsing achieves state-of-the-art results.")
    title = [m for m in ext.mentions if m.evidence.field == "title"]
    assert [(m.text, m.type, m.role) for m in title] == [("Logics-Parsing", "Model", "proposes")]


def test_items_of_a_counted_list_of_new_things_are_proposed_whatever_the_verb(ex):
    ext = _run(ex, "Metacognitive Feedback",
               "We operationalize this idea via two novel mechanisms: reinforcement learning "
               "with metacognitive feedback (RLMF), a paradigm to refine completion rankings, "
               "and metacognitive data selection. RLMF surpasses standard RL by up to 63%.")
    assert _roles(ext).get("RLMF") == "proposes"


def test_a_technique_before_a_clause_is_no_recipe_of_the_scorer(ex):
    ext = _run(ex, "MuSeR",
               "We propose MuSeR. Furthermore, by incorporating knowledge distillation with the "
               "proposed method, the performance of a smaller backbone LLM (e.g., Qwen3-32B) "
               "surpasses its teacher model, achieving a new SOTA on HealthBench (63.8%).")
    assert {r.subject for r in ext.results} == {"Qwen3-32B"}


def test_two_scores_set_against_each_other_after_a_comparing_verb(ex):
    ext = _run(ex, "Pythagoras-Prover",
               "Empirically, Pythagoras-Prover-4B surpasses DeepSeek-Prover-V2-671B at pass@32 "
               "on MiniF2F-Test (86.1% vs 82.4%) with fewer parameters.")
    got = {(r.subject, r.value_text) for r in ext.results}
    assert got == {("Pythagoras-Prover-4B", "86.1"), ("DeepSeek-Prover-V2-671B", "82.4")}


def test_our_named_system_after_a_list_is_the_clause_subject_not_an_apposition(ex):
    ext = _run(ex, "ORION",
               "Across benchmarks including AIME 2024, MinervaMath, Math500, and AMC, our ORION "
               "models produce shorter traces. We introduce ProFees, our LLM-based framework.")
    types = {m.text: m.type for m in ext.mentions}
    assert types.get("AMC") == "Benchmark" and types.get("ProFees") == "Method"


def test_speech_llms_are_a_generic_kind(ex):
    ext = _run(ex, "Slot Filling as a Reasoning Task for SpeechLLMs",
               "We study speechLLMs for slot filling. A speechLLM is trained with "
               "chain-of-thought supervision.")
    assert not {m.text.lower() for m in ext.mentions} & {"speechllms", "speechllm"}


def test_large_before_a_kind_of_models_is_no_release_of_the_name_before(ex):
    ext = _run(ex, "TharuChat: Bootstrapping Large Language Models for a Low-Resource Language",
               "We use Llama-3.3 70B Instruct models and Phi-3 Vision.")
    texts = {m.text for m in ext.mentions}
    assert "Bootstrapping Large" not in texts and "Llama-3.3 70B Instruct" in texts


def test_the_papers_own_system_is_compared_not_compared_with(ex):
    ext = _run(ex, "PersonaFuse",
               "In this work, we introduce PersonaFuse, a novel LLM post-training framework. "
               "Finally, human preference evaluations against leading LLMs, including GPT-4o and "
               "DeepSeek, demonstrate that PersonaFuse achieves competitive response quality.")
    assert not [m for m in ext.mentions if m.text == "PersonaFuse" and m.role == "comparesWith"]
    assert any(m.text == "GPT-4o" and m.role == "comparesWith" for m in ext.mentions)


def test_items_of_a_numbered_list_of_obstacles_are_not_proposed(ex):
    ext = _run(ex, "UniCoder",
               "While Reinforcement Learning (RL) offers a theoretical pathway to bridge this "
               "gap, its application is hindered by two fundamental obstacles: (1) "
               "\\textit{Reward Coarseness}, where metrics fail, and (2) \\textit{Exploration "
               "Stagnation}, where the search space is sparse.")
    roles = _roles(ext)
    assert roles.get("Reward Coarseness") != "proposes"


def test_a_word_inside_a_name_or_an_adjective_of_models_is_no_use_cue(ex):
    ext = _run(ex, "Program Repair",
               "We further show that our fine-tuning strategy yields superior performance "
               "compared to the incumbent state-of-the-art in fine-tuned models for program "
               "repair, Fine-tune-CoT and RepairLLaMA.")
    rules = {m.evidence.rule for m in ext.mentions if m.text == "RepairLLaMA"}
    assert rules and not any(r.endswith("use-cue") for r in rules)


def test_a_bench_named_after_a_known_method_is_a_new_benchmark(ex):
    ext = _run(ex, "DARE-bench: Evaluating Modeling and Instruction Fidelity of LLMs",
               "We introduce DARE-bench, a benchmark for data science. Models score low on "
               "DARE-bench.")
    assert {(m.text, m.type) for m in ext.mentions} == {("DARE-bench", "Benchmark")}


def test_plcc_and_srcc_are_the_known_correlation_metrics(ex):
    ext = _run(ex, "IQA",
               "EvoQuality improves the zero-shot performance of VLMs by 31.8% on PLCC across "
               "diverse IQA benchmarks.")
    assert {m.text: m.type for m in ext.mentions if m.text == "PLCC"} == {"PLCC": "Metric"}


def test_what_a_first_verb_improves_over_is_no_subject_of_the_second(ex):
    ext = _run(ex, "ASR Distillation",
               "Across ASR benchmarks, the proposed training recipe consistently improves over "
               "supervised fine-tuning alone and outperforms the same-scale Qwen3-ASR-0.6B "
               "baseline on four of five evaluation sets.")
    assert not any(r.subject == "supervised fine-tuning" for r in ext.relations)


def test_medium_is_a_release_word_of_a_model_name(ex):
    ext = _run(ex, "Speech Translation",
               "We compare with Whisper Medium and GPT-2 Medium on the test set.")
    texts = {m.text for m in ext.mentions}
    assert {"Whisper Medium", "GPT-2 Medium"} <= texts and "Medium" not in texts


def test_a_name_after_a_new_kind_and_its_for_phrase_is_proposed(ex):
    ext = _run(ex, "Sign Language Models",
               "We introduce a new benchmark dataset for American Sign Language, ASL Minimal "
               "Translation Pairs (ASL-MTP), divided into multiple types of phenomena. Using a "
               "novel alignment dataset for post-training, BabyLM generates grammatical "
               "responses.")
    roles = _roles(ext)
    assert roles.get("ASL-MTP") == "proposes" and roles.get("BabyLM") != "proposes"


def test_a_common_word_in_capitals_opens_a_hyphenated_name(ex):
    ext = _run(ex, "AM-Thinking-v1: Advancing the Frontier of Reasoning at 32B Scale",
               "We present AM-Thinking-v1, a 32B dense language model. We propose DO-RAG, a "
               "retrieval framework, and evaluate it on IF-Bench. IF-THEN rules are US-based.")
    found = {(m.text, m.type) for m in ext.mentions}
    assert {("AM-Thinking-v1", "Model"), ("DO-RAG", "Method"),
            ("IF-Bench", "Benchmark")} <= found
    assert not {t for t, _ in found} & {"RAG", "IF-THEN", "US-based"}


def test_a_name_the_abstract_coins_is_that_name_in_the_title(ex):
    ext = _run(ex, "Shuffle the Context: RoPE-Perturbed Self-Distillation for Long-Context "
                   "Adaptation",
               "We propose RoPE-Perturbed Self-Distillation, a training regularizer that "
               "improves positional robustness.")
    texts = {m.text for m in ext.mentions}
    assert texts == {"RoPE-Perturbed Self-Distillation"}


def test_a_publisher_before_a_venue_is_no_name(ex):
    ext = _run(ex, "Event-Enriched Image Analysis Grand Challenge at ACM Multimedia 2025",
               "The top three teams present their solutions at ACM Multimedia 2025. We use "
               "the IEEE DCASE Challenge systems. We propose "
               "Activation-Guided Consensus Merging (ACM), a merging framework.")
    assert not any(m.text in ("ACM", "IEEE") and m.role != "proposes" for m in ext.mentions)
    assert any(m.text == "ACM" and m.role == "proposes" for m in ext.mentions)


def test_a_reranker_or_embedding_release_of_a_known_model_is_one_name(ex):
    ext = _run(ex, "Passage Selection",
               "DPS improves F1 over strong baselines like Qwen3-reranker and "
               "bge-reranker-v2, and over GPT-4o-audio.")
    texts = {m.text for m in ext.mentions}
    assert {"Qwen3-reranker", "bge-reranker-v2", "GPT-4o-audio"} <= texts
    assert not texts & {"Qwen3", "bge", "GPT-4o"}


def test_a_definition_named_after_a_task_is_the_data_its_apposition_says(ex):
    ext = _run(ex, "X",
               "We introduce VAREX (VARied-schema EXtraction), a benchmark for evaluating "
               "multimodal foundation models on structured data extraction.")
    assert {m.text: m.type for m in ext.mentions}.get("VAREX") == "Benchmark"


def test_names_listed_before_their_count_and_kind_are_of_that_kind(ex):
    ext = _run(ex, "X", "We construct PolyNews and PolyNewsParallel, two multilingual "
                        "news-specific corpora. We test on GSM8K, MATH and Foo-Bar, three "
                        "reasoning benchmarks.")
    types = {m.text: m.type for m in ext.mentions}
    assert types["PolyNews"] == types["PolyNewsParallel"] == "Dataset"
    assert types["Foo-Bar"] == "Benchmark"


def test_what_we_make_and_then_use_is_proposed(ex):
    ext = _run(ex, "X", "To this end, we construct and leverage PolyNews, a multilingual corpus.")
    assert _roles(ext).get("PolyNews") == "proposes"
    assert all(m.evidence.rule.endswith("propose-near") for m in ext.mentions)


def test_a_new_kind_with_a_comma_after_new_is_still_new(ex):
    ext = _run(ex, "X", "This includes supervised fine-tuning on a novel, richly annotated "
                        "dataset, Enhanced-CAsT-Answerability (ECA), which features labels.")
    m = next(m for m in ext.mentions if m.text == "ECA")
    assert (m.type, m.role) == ("Dataset", "proposes")


def test_a_subset_of_a_proposed_bench_named_by_a_word_is_a_benchmark(ex):
    ext = _run(ex, "HealthBench",
               "We present HealthBench, an open-source benchmark. We additionally release two "
               "HealthBench variations: HealthBench Consensus, which includes 34 dimensions, "
               "and HealthBench Hard, where the current top score is 32%.")
    assert {m.text: m.type for m in ext.mentions}.get("HealthBench Hard") == "Benchmark"


def test_a_model_named_in_lower_case_scores(ex):
    ext = _run(ex, "X", "HealthBench performance reflects steady progress (compare GPT-3.5 "
                        "Turbo's 16% to GPT-4o's 32%) and rapid recent improvements (o3 "
                        "scores 60%).")
    assert ("o3", 60.0) in {(r.subject, r.value) for r in ext.results}
    assert ("GPT-4o", 60.0) not in {(r.subject, r.value) for r in ext.results}


def test_an_apposition_with_an_adverb_and_participle_after_a_comma_types(ex):
    ext = _run(ex, "X", "Additionally, we introduce Cross-category Object Fusion (COF), a "
                        "large-scale, hierarchically structured dataset built upon ImageNet-1K.")
    assert {m.text: m.type for m in ext.mentions}.get("COF") == "Dataset"


def test_one_of_a_kind_in_lower_case_is_no_outperformer(ex):
    ext = _run(ex, "X", "We finetune a diffusion model on this data and demonstrate significant "
                        "improvements over baseline SD 1.5, SDXL, and FLUX.1-dev models.")
    assert not any(r.subject == "diffusion model" for r in ext.relations)


def test_the_rest_of_a_compound_after_a_common_word_is_no_name(ex):
    ext = _run(ex, "X", "Post-training typically follows an SFT-then-RL pipeline. We propose "
                        "MathAgent, a novel Mixture-of-Math-Agent framework.")
    texts = {m.text for m in ext.mentions}
    assert not texts & {"then-RL", "Math-Agent"} and "MathAgent" in texts


def test_a_score_after_a_dash_ending_the_beaten_list_is_the_comparers(ex):
    ext = _run(ex, "AutoSurfer -- Teaching Web Agents through Comprehensive Surfing",
               "We evaluate AutoSurfer on the WebArena benchmark by fine-tuning "
               "Qwen2.5-VL-7B-Instruct and demonstrate that it outperforms state-of-the-art "
               "methods - Explorer, OS-Genesis, and SynthAgent - achieving up to 24.23% overall "
               "task completion accuracy.")
    assert [(r.subject, r.value) for r in ext.results] == [("AutoSurfer", 24.23)]


def test_a_score_on_a_described_benchmark_after_it_is_on_that_benchmark(ex):
    ext = _run(ex, "SAViL-Det: Semantic-Aware Vision-Language Model for Text Detection",
               "Experiments demonstrate the effectiveness of the proposed approach, achieving "
               "F-scores of 84.8% on the benchmark multi-lingual MLT-2019 dataset and 90.2% on "
               "the curved-text CTW1500 dataset.")
    assert {(r.benchmark, r.value) for r in ext.results} == {("MLT-2019", 84.8),
                                                            ("CTW1500", 90.2)}


def test_a_change_is_in_the_metric_said_before_its_from(ex):
    ext = _run(ex, "X", "We propose TGV, a text-guided vision model. Experiments on the "
                        "VisDrone dataset show that the proposed model outperforms the original "
                        "YOLO-World model, with precision increasing "
                        "from 40.6% to 41.6%, recall from 30.8% to 31%, and mAP@0.5 from 30.4% "
                        "to 30.7%.")
    got = {(r.metric, r.value) for r in ext.results}
    assert {("precision", 41.6), ("recall", 31.0), ("mAP@0.5", 30.7)} <= got


def test_a_score_after_comma_with_following_the_beaten_is_the_comparers(ex):
    ext = _run(ex, "Deep residual learning with product units",
               "We propose PURe, a residual network with product units. On ImageNet, PURe "
               "architectures outperform standard ResNet models at similar depths, with "
               "PURe34 achieving a top-1 accuracy of 80.27%.")
    assert [(r.subject, r.value) for r in ext.results] == [("PURe", 80.27)]


def test_a_confidence_level_is_no_score(ex):
    ext = _run(ex, "MMA2A: Modality-Native Routing in Agent-to-Agent Networks",
               "On CrossModal-CS, MMA2A achieves 52% task completion accuracy versus 32% for the "
               "text-bottleneck baseline (95% bootstrap CI on $Δ$TCA: [8, 32] pp; McNemar's "
               "exact $p = 0.006$).")
    assert 95.0 not in {r.value for r in ext.results} and 52.0 in {r.value for r in ext.results}


def test_a_name_followed_by_of_and_a_number_is_no_benchmark_scored_on(ex):
    ext = _run(ex, "StereoMamba: Real-time Stereo Disparity Estimation",
               "Experiments on the ex-vivo SCARED benchmark demonstrate that StereoMamba "
               "achieves the second-best performance on Bad2 of 41.49% and Bad3 of 26.99%.")
    assert {r.benchmark for r in ext.results} == {"SCARED"}


def test_a_metric_after_a_later_number_with_its_own_benchmark_is_that_numbers(ex):
    ext = _run(ex, "CodeAlchemy: Synthetic Code Rewriting at Scale",
               "Our 3B models achieve 83.5% on HumanEval, 63.2% on MBPP, 8.09% win rate on "
               "DevEval.")
    got = {r.value: r.metric for r in ext.results}
    assert got == {83.5: None, 63.2: None, 8.09: "win rate"}


def test_the_model_a_system_is_fine_tuned_from_is_not_the_scorer(ex):
    ext = _run(ex, "FT-ARM: Fine-Tuned Agentic Reflection Multimodal Language Model",
               "On the publicly available Pressure Injury Image Dataset (PIID), FT-ARM, "
               "fine-tuned from LLaMA 3.2 90B, achieved 85% accuracy in classifying PU stages.")
    assert [(r.subject, r.value) for r in ext.results] == [("FT-ARM", 85.0)]


def test_a_number_right_after_an_unnamed_capitalised_word_is_no_score(ex):
    ext = _run(ex, "NVIDIA OmniDreams: Real-Time Generative World Model",
               "A world-action model (WAM) post-trained from OmniDreams achieves strong "
               "performance on the NuRec dataset, surpassing the VLA-based Alpamayo 1.5 research "
               "policy model. On LIBERO, Omega-QVLA compresses Pi 0.5 to W4A4 with 98.0% task "
               "success rate.")
    assert not {r.value for r in ext.results} & {1.5, 0.5}


def test_a_known_term_in_a_modifier_compound_is_no_outperformed_system(ex):
    ext = _run(ex, "World2VLM: Distilling World Model Imagination into VLMs",
               "World2VLM also outperforms the test-time world-model-coupled methods while "
               "eliminating inference-time generation.")
    assert not any(r.predicate == "outperforms" for r in ext.relations)


def test_it_after_a_fronted_comparison_is_the_papers_system(ex):
    ext = _run(ex, "TACTIC: Translation Agents",
               "Using DeepSeek-V3 as the base model, TACTIC surpasses GPT-4.1 by an average of "
               "+0.6 XCOMET. Compared to DeepSeek-R1, it further improves by +0.84 XCOMET.")
    pairs = _beats(ext)
    assert ("TACTIC", "DeepSeek-R1") in pairs and not any(s == "XCOMET" for s, _o in pairs)


def test_a_name_in_a_parenthesised_description_of_the_beaten_is_not_beaten(ex):
    ext = _run(ex, "TwinFlow: Realizing One-step Generation",
               "On text-to-image tasks, our method achieves a GenEval score of 0.83, "
               "outperforming strong baselines like SANA-Sprint (a GAN loss-based framework) "
               "and RCGM (a consistency-based framework).")
    objs = {r.object for r in ext.relations if r.predicate == "outperforms"}
    assert objs == {"SANA-Sprint", "RCGM"}


def test_a_definition_whose_long_form_is_a_conference_is_no_name(ex):
    ext = _run(ex, "Bethesda Cell Detection in Pap Smear Cytology",
               "Our pipeline ranked first at the International Symposium on Biomedical Imaging "
               "(ISBI) challenge. We introduce the Multimodal Conference Dataset (MCD), a corpus "
               "of talks.")
    texts = {m.text for m in ext.mentions}
    assert "ISBI" not in texts and "MCD" in texts


def test_a_score_with_unread_data_in_brackets_is_not_on_an_earlier_benchmark(ex):
    ext = _run(ex, "DRetHTR: Linear-Time Decoder-Only Retentive Network",
               "Consequently, DRetHTR achieves best reported test character error rates of 2.26% "
               "(IAM-A, en), 1.81% (RIMES, fr), and is competitive on READ-2016 (de) with 4.21%. "
               "On MS-COCO, DRetHTR obtained BLEU scores of 0.893 (B-1) and 0.821 (B-2).")
    got = {(r.benchmark, r.value) for r in ext.results}
    assert got == {("READ-2016", 4.21), ("MS-COCO", 0.893), ("MS-COCO", 0.821)}


def test_a_duration_is_no_score(ex):
    ext = _run(ex, "Dual-Process Scaffold Reasoning for Enhancing LLM Code Debugging",
               "Our framework DSR achieves an 88.91% pass rate and an average inference time of "
               "5.36 seconds per-problem on DebugBench.")
    assert 5.36 not in {r.value for r in ext.results}


def test_what_a_system_is_trained_with_after_describing_words_is_not_the_scorer(ex):
    ext = _run(ex, "CaptchaMind: Training CAPTCHA Solvers via Reinforcement Learning",
               "We therefore present CaptchaMind, an RL-based solver trained with explicit "
               "reasoning process supervision, achieving 82.9% average success rate across eight "
               "tasks on CaptchaBench.")
    assert [(r.subject, r.value) for r in ext.results] == [("CaptchaMind", 82.9)]


def test_additional_within_and_degradation_make_no_score(ex):
    ext = _run(ex, "ASPD: Unlocking Adaptive Serial-Parallel Decoding",
               "On Vicuna Bench, ASPD achieves up to 3.19x speedup while maintaining response "
               "quality within 1% difference. Balanced online filtering yields an additional 10% "
               "in AIME. MMLU accuracy is preserved at exactly 0.0% degradation.")
    assert not {r.value for r in ext.results} & {1.0, 10.0, 0.0}


def test_what_a_system_is_paired_with_is_not_the_scorer(ex):
    ext = _run(ex, "BrowseComp-Plus: A More Fair and Transparent Evaluation Benchmark",
               "For instance, the open-source model Search-R1, when paired with the BM25 "
               "retriever, achieves 3.86% accuracy on BrowseComp-Plus.")
    assert [(r.subject, r.value) for r in ext.results] == [("Search-R1", 3.86)]


def test_the_papers_next_claim_ends_what_was_beaten(ex):
    ext = _run(ex, "SG-LDM: Semantic-Guided LiDAR Generation",
               "Systematic experiments demonstrate that SG-LDM significantly outperforms "
               "existing lidar diffusion models and the proposed lidar translation framework "
               "further improves data augmentation performance in the downstream task.")
    assert not any(r.predicate == "outperforms" for r in ext.relations)


def test_the_letters_of_a_known_term_the_paper_writes_are_not_proposed(ex):
    ext = _run(ex, "Beyond the Trade-off: Self-Supervised Reinforcement Learning for Reasoning "
                   "Models' Instruction Following",
               "We propose a self-supervised RL framework that leverages reasoning models' own "
               "internal signals. Our framework significantly improves instruction following.")
    assert _roles(ext).get("RL") != "proposes"


def test_a_subtitle_naming_its_data_is_the_papers_own(ex):
    ext = _run(ex, "Evaluating Large Language Models for Greek Question Answering: The DemosQA "
                   "Benchmark",
               "We evaluate twelve models on a new benchmark of Greek questions.")
    assert _roles(ext).get("DemosQA") == "proposes"


def test_names_defined_where_a_proposed_system_has_its_parts_are_proposed(ex):
    ext = _run(ex, "PoseSyn: Synthesizing Poses",
               "We propose PoseSyn, a novel framework. PoseSyn comprises Error Extraction Module "
               "(EEM), which identifies challenging poses, and Motion Synthesis Module (MSM), "
               "which synthesizes motion.")
    roles = _roles(ext)
    assert roles.get("EEM") == roles.get("MSM") == "proposes"


def test_names_defined_where_our_system_has_its_parts_are_proposed(ex):
    ext = _run(ex, "Haze Removal",
               "Our approach incorporates two key innovations: a Haze Perception and Decoupling "
               "Module (HPDM) that identifies haze-affected regions, and a Progressive Fusion "
               "Module (PFM) that fuses features.")
    roles = _roles(ext)
    assert roles.get("HPDM") == roles.get("PFM") == "proposes"


def test_a_numbered_part_is_no_name(ex):
    ext = _run(ex, "Land Cover Mapping",
               "Using Beijing City (Area-1) and a coastal region (Area-2) as study areas, the "
               "Stage-1 model and the Stage-2 model are compared. Area-1 and Area-2 differ.")
    assert not {m.text for m in ext.mentions} & {"Area-1", "Area-2", "Stage-1", "Stage-2"}


def test_a_range_of_numbers_is_no_score(ex):
    ext = _run(ex, "CARD: Complexity Agnostic Recursive Decomposition",
               "CARD achieves 81.4% to 89.2% accuracy on GSM8K. On HarmBench, CARD withholds "
               "between 23.53 and 41.86 answer tokens. CARD achieves 55.2% accuracy on AIME.")
    assert {r.value for r in ext.results} == {55.2}


def test_a_standard_deviation_and_its_comparison_are_no_scores(ex):
    ext = _run(ex, "Structural Generalization on SLOG",
               "On the SLOG benchmark, the system achieves 100% type-exact match on 11 of 17 "
               "categories, including three where AM-Parser scores 0 to 74%, with an overall "
               "standard deviation of 0.2 across 10 seeds (vs. AM-Parser's 4.3).")
    assert not {r.value for r in ext.results} & {0.2, 4.3}


def test_a_gain_named_by_a_compound_and_plus_are_no_scores(ex):
    ext = _run(ex, "HorizonForge: Driving Scene Editing",
               "HorizonForge achieves an 83.4% user-preference gain on HorizonSuite. On "
               "TruthfulQA, Qwen2.5-14B achieves plus 49 percent MC2 accuracy.")
    assert not {r.value for r in ext.results} & {83.4, 49.0}


def test_what_outperforms_and_then_achieves_scores(ex):
    ext = _run(ex, "RLBFF: Binary Flexible Feedback",
               "We show that Reward Models trained in this manner can outperform Bradley-Terry "
               "models when matched for data and achieve top performance on RM-Bench (86.2%).")
    assert [(r.subject, r.value) for r in ext.results] == [("RLBFF", 86.2)]


def test_a_technique_naming_a_kind_of_benchmark_scores_nothing(ex):
    ext = _run(ex, "Temporal Ensembling",
               "We set new records for two standard semi-supervised learning benchmarks, "
               "reducing the error rate from 18.44% to 7.05% in SVHN.")
    assert not any(r.subject == "semi-supervised learning" for r in ext.results)


def test_dice_written_alone_in_capitals_is_the_dice_coefficient(ex):
    ext = _run(ex, "LiverNet: Hyperbolic Convolution for Liver Segmentation",
               "On the 3D-IRCADb-01 dataset, LiverNet achieves an average Dice of 87.45% and an "
               "IoU of 80.30%. We train with Dice loss.")
    assert {m.text: m.type for m in ext.mentions}.get("Dice") == "Metric"
    assert ("Dice", 87.45) in {(r.metric, r.value) for r in ext.results}


def test_only_after_a_score_verb_is_still_a_score(ex):
    ext = _run(ex, "VideoRewardBench",
               "Results show that even the top-performing model GPT-4o achieves only 57.0% "
               "overall accuracy on VideoRewardBench, using only 10% of the data.")
    assert [(r.subject, r.value) for r in ext.results] == [("GPT-4o", 57.0)]


def test_a_metric_after_a_later_number_past_a_benchmark_is_that_numbers(ex):
    ext = _run(ex, "MANAR: Memory-augmented Attention",
               "Empirical evaluations confirm that MANAR matches or exceeds strong baselines "
               "across vision (83.9% ImageNet-1K) and speech (2.7% WER on LibriSpeech).")
    assert {r.value: r.metric for r in ext.results} == {83.9: None, 2.7: "WER"}


def test_data_named_as_a_modifier_and_a_threshold_are_no_results(ex):
    ext = _run(ex, "DermaFlux: Synthetic Skin Lesion Generation",
               "Our ImageNet-pretrained ViT fine-tuned with DermaFlux-generated samples achieves "
               "78.04% binary classification accuracy. On Aariz, CephRes-MHNet achieved a success "
               "detection rate (SDR) @ 2.0 mm of 85.5%.")
    got = {(r.benchmark, r.value) for r in ext.results}
    assert not any(b == "ImageNet" for b, _v in got) and not any(v == 2.0 for _b, v in got)


def test_a_list_of_systems_and_a_list_of_scores_pair_in_order(ex):
    ext = _run(ex, "CXR-ContraBench: Benchmarking Negated-Option Attraction in Medical VLMs",
               "On CheXpert, MedGemma and Qwen2.5-VL reach only 31.49% and 30.21% accuracy, "
               "respectively.")
    got = {(r.subject, r.value) for r in ext.results}
    assert ("MedGemma", 31.49) in got and ("Qwen2.5-VL", 31.49) not in got


def test_a_name_after_with_that_then_scores_is_the_scorer(ex):
    ext = _run(ex, "Evaluating Multimodal Large Language Models on Video Captioning",
               "We benchmark MLLMs of varying sizes on VidCapBench. Results on VidCapBench show "
               "that InternVL2.5 lags behind, with Gemini-1.5-Pro achieving the highest F1 score "
               "of 71.2.")
    assert [(r.subject, r.value) for r in ext.results] == [("Gemini-1.5-Pro", 71.2)]


def test_a_deviation_after_latex_pm_is_no_score(ex):
    ext = _run(ex, "Frugal Knowledge Graph Construction",
               "On HotpotQA, our FrugalKG system achieves a RAGAS faithfulness of 0.96 $\\pm$ "
               "0.04 on 50 samples.")
    assert 0.04 not in {r.value for r in ext.results}


def test_a_percentage_after_a_metric_and_at_is_a_threshold(ex):
    ext = _run(ex, "No Pedestrian Left Behind: Real-Time Detection and Tracking",
               "We introduce No Pedestrian Left Behind (NPLB), a real-time adaptive traffic "
               "signal system. We evaluated five state-of-the-art object detection models on the "
               "BGVP dataset, with YOLOv12 achieving the highest mean Average Precision at 50% "
               "(mAP@0.5) of 0.756.")
    assert 50.0 not in {r.value for r in ext.results}


def test_a_full_stop_after_a_camel_case_name_ends_the_sentence(ex):
    ext = _run(ex, "Class-Consistency Federated Semantic Segmentation",
               "We propose a novel federated segmentation framework that strikes class "
               "consistency, termed FedSaaS. Specifically, we introduce class exemplars.")
    assert {m.text for m in ext.mentions if m.role == "proposes"} == {"FedSaaS"}


def test_a_name_a_problem_is_answered_with_is_proposed(ex):
    ext = _run(ex, "Robust Multispectral Semantic Segmentation under Missing Modalities",
               "In this paper, we tackle this limitation with CBC-SLP, a multimodal semantic "
               "segmentation model designed to preserve modality-specific information. We "
               "address these challenges through ERP-RoPE, a position encoding scheme.")
    roles = {m.text: m.role for m in ext.mentions}
    assert roles.get("CBC-SLP") == "proposes" and roles.get("ERP-RoPE") == "proposes"


def test_a_name_a_problem_is_answered_with_is_proposed_whatever_follows(ex):
    ext = _run(ex, "AI-Enabled Crater-Based Navigation for Lunar Mapping",
               "We bridge this gap with STELLA - the first end-to-end CBN pipeline for lunar "
               "mapping. We address this challenge with CAPES, which integrates a regional "
               "model. We address this problem with PHARL (PHysics-aware Alignment "
               "Representation Learning), which learns fall representations.")
    roles = {m.text: m.role for m in ext.mentions}
    assert all(roles.get(n) == "proposes" for n in ("STELLA", "CAPES", "PHARL"))


def test_throughput_is_a_metric(ex):
    ext = _run(ex, "PALS: Power-Aware LLM Serving",
               "While prior systems optimize throughput and latency by batching, we find "
               "configurations that satisfy throughput targets while maximizing energy "
               "efficiency.")
    assert _types(ext, "throughput") == {"Metric"}


def test_prediction_accuracy_is_read_whole(ex):
    ext = _run(ex, "Forecasting Learner Satisfaction",
               "Our model improves prediction accuracy by 4% over the baselines.")
    assert "prediction accuracy" in {m.text for m in ext.mentions if m.type == "Metric"}


def test_task_success_is_a_metric(ex):
    ext = _run(ex, "Predicting Agent Outcomes",
               "We train a probe to predict task success from the agent's hidden states.")
    assert _types(ext, "task success") == {"Metric"}


def test_a_task_after_x_to_is_read_whole(ex):
    ext = _run(ex, "CodeT5+: Open Code Large Language Models",
               "We observe state-of-the-art performance on code-related tasks, such as math "
               "programming and text-to-code retrieval tasks, and on image-to-video generation.")
    tasks = {m.text for m in ext.mentions if m.type == "Task"}
    assert {"text-to-code retrieval", "image-to-video generation"} <= tasks
    assert "code retrieval" not in tasks and "video generation" not in tasks


def test_kinds_of_question_answering_are_tasks(ex):
    ext = _run(ex, "Fine-tuning Video-LLMs",
               "We evaluate on open-ended QA, multi-choice QA, long-form QA and "
               "knowledge-based QA.")
    assert {"open-ended QA", "multi-choice QA", "long-form QA", "knowledge-based QA"} <= {
        m.text for m in ext.mentions if m.type == "Task"}


def test_kinds_of_reasoning_and_code_tasks_are_tasks(ex):
    ext = _run(ex, "Evaluating Instruction-Tuned Models on Code Comprehension",
               "We evaluate on temporal reasoning, spatial reasoning, code debugging, entity "
               "tracking and linguistic acceptability.")
    assert {"temporal reasoning", "spatial reasoning", "code debugging", "entity tracking",
            "linguistic acceptability"} <= {m.text for m in ext.mentions if m.type == "Task"}


def test_reasoning_puzzles_and_the_lm_eval_harness_are_benchmarks(ex):
    ext = _run(ex, "Meta-Prompting: Enhancing Language Models with Task-Agnostic Scaffolding",
               "When averaged across all tasks, including the Game of 24, Checkmate-in-One, and "
               "Python Programming Puzzles, meta-prompting surpasses standard prompting. "
               "Evaluation is done with the LM Eval Harness tasks.")
    types = {m.text: m.type for m in ext.mentions}
    assert all(types.get(n) == "Benchmark" for n in (
        "Game of 24", "Checkmate-in-One", "Python Programming Puzzles", "LM Eval Harness"))


def test_more_measures_tasks_and_training_stages_are_known(ex):
    ext = _run(ex, "Evaluating Agents",
               "We report refusal rate, task completion rates, exact-set match accuracy and "
               "execution match accuracy. We apply continuous pre-training, vision-language "
               "pre-training and intermediate task fine-tuning. We evaluate on yes-no question "
               "answering, long-form generation and dialogue understanding.")
    types = {m.text: m.type for m in ext.mentions}
    assert all(types.get(n) == "Metric" for n in (
        "refusal rate", "task completion rates", "exact-set match accuracy",
        "execution match accuracy"))
    assert all(types.get(n) == "Method" for n in (
        "continuous pre-training", "vision-language pre-training",
        "intermediate task fine-tuning"))
    assert all(types.get(n) == "Task" for n in (
        "yes-no question answering", "long-form generation", "dialogue understanding"))


def test_capitals_after_a_past_proposing_verb_with_its_subject_are_a_name(ex):
    ext = _run(ex, "Efficiently Building a Domain-Specific Large Language Model from Scratch",
               "To address this challenge, this study developed a large language model, AI "
               "Taiyan, specifically designed for understanding Classical Chinese. The recently "
               "developed Foo Bar Network is slower.")
    roles = _roles(ext)
    assert roles.get("AI Taiyan") == "proposes" and roles.get("Foo Bar Network") != "proposes"


def test_capitals_that_are_the_subject_of_a_passive_proposal_are_a_name(ex):
    ext = _run(ex, "MonkeyOCR v1.5 Technical Report",
               "Additionally, two specialized modules, Image-Decoupled Table Parsing and "
               "Type-Guided Table Merging, are introduced to enable reliable parsing of tables. "
               "Then an Adaptive Weighted Channel Compensation module is introduced.")
    roles = _roles(ext)
    # (the first, ending in a task's word, is read as a problem setting)
    assert "Image-Decoupled Table Parsing" in roles
    assert all(roles.get(n) == "proposes" for n in (
        "Type-Guided Table Merging", "Adaptive Weighted Channel Compensation"))


def test_a_title_that_is_one_name_names_the_papers_own(ex):
    ext = _run(ex, "MotionSwap",
               "This paper presents our implementation and enhancement of SimSwap, an efficient "
               "framework for high fidelity face swapping.")
    roles = _roles(ext)
    assert roles.get("MotionSwap") == "proposes" and roles.get("SimSwap") != "proposes"


def test_yolo_names_with_a_size_letter_are_models(ex):
    ext = _run(ex, "Lightweight Weed Detection",
               "Our detector outperforms YOLOv8n, YOLOv11s and YOLO12n on the weed dataset.")
    assert all(_types(ext, n) == {"Model"} for n in ("YOLOv8n", "YOLOv11s", "YOLO12n"))


def test_a_fronted_participle_phrase_is_no_list(ex):
    ext = _run(ex, "DroneScan-YOLO: Redundancy-Aware Lightweight Detection for Tiny Objects",
               "Evaluated on VisDrone2019-DET, DroneScan-YOLO achieves 55.3% mAP@50, "
               "outperforming the YOLOv8s baseline by +16.6 points.")
    assert ("DroneScan-YOLO", "YOLOv8s") in _claims(ext)
    assert _types(ext, "DroneScan-YOLO") == {"Method"}


def test_a_capitals_name_with_a_version_compared_once_is_kept(ex):
    ext = _run(ex, "Accelerating Speculative Decoding with Block Diffusion Draft Trees",
               "Our drafter outperforms strong autoregressive drafters such as EAGLE-3. It "
               "also improves BLEU-1.")
    roles = _roles(ext)
    assert roles.get("EAGLE-3") == "comparesWith" and "BLEU-1" not in roles


def test_a_benchmark_name_with_a_hyphened_number_is_a_benchmark(ex):
    ext = _run(ex, "Reward Models",
               "Our reward model outperforms baselines on RewardBench-2 and TempEval-2.")
    assert _types(ext, "RewardBench-2") == _types(ext, "TempEval-2") == {"Benchmark"}


def test_a_subject_after_a_short_fronted_phrase_is_the_claims(ex):
    ext = _run(ex, "rStar2-Agent: Agentic Reasoning Technical Report",
               "To this end, rStar2-Agent boosts a pre-trained 14B model to state of the art in "
               "only 510 RL steps within one week, achieving average pass@1 scores of 80.6% on "
               "AIME24 and 69.8% on AIME25, surpassing DeepSeek-R1 (671B) with significantly "
               "shorter responses.")
    assert ("rStar2-Agent", "DeepSeek-R1") in _claims(ext)


def test_multi_layer_perceptrons_are_read_whole(ex):
    ext = _run(ex, "Spectral Vision Transformers",
               "We compare with multi-layer perceptrons and logistic regression.")
    assert "multi-layer perceptrons" in {m.text for m in ext.mentions}


def test_an_abbreviated_estimation_of_a_quantity_is_a_task(ex):
    ext = _run(ex, "Occlusion Boundary and Depth: Mutual Enhancement via Multi-Task Learning",
               "Occlusion Boundary Estimation (OBE) identifies boundaries. We smooth with "
               "Kernel Density Estimation (KDE).")
    assert _types(ext, "OBE") == {"Task"} and _types(ext, "KDE") == {"Method"}


def test_detection_map_thresholds_are_metrics(ex):
    ext = _run(ex, "DroneScan-YOLO: Lightweight Detection for Tiny Objects",
               "Our detector achieves 55.3% mAP@50 and 35.6% mAP@50-95 on VisDrone2019-DET, and "
               "41.2 mAP@0.5:0.95 on COCO.")
    metrics = {m.text for m in ext.mentions if m.type == "Metric"}
    assert {"mAP@50", "mAP@50-95", "mAP@0.5:0.95"} <= metrics


def test_a_confidence_interval_after_a_percentage_is_no_name(ex):
    ext = _run(ex, "Dual-Trace Memory Encoding for LLM Agents",
               "Dual-trace achieves 73.7% overall accuracy versus 53.5%, a +20.2 percentage "
               "point gain (95% CI: [+12.1, +29.3], bootstrap p < 0.0001).")
    assert "CI" not in {m.text for m in ext.mentions}


def test_more_metric_acronyms_are_metrics_in_capitals_only(ex):
    ext = _run(ex, "DriveDreamer-Policy: A Geometry-Grounded World-Action Model",
               "Our planner reaches a PDMS of 89.2 and an EPDMS of 88.7 on NAVSIM, a QWK of "
               "0.81, a TPR of 0.9 and 45.1 PQ, with an F1-macro of 0.6. We set pq to zero.")
    metrics = {m.text for m in ext.mentions if m.type == "Metric"}
    assert {"PDMS", "EPDMS", "QWK", "TPR", "PQ", "F1-macro"} <= metrics and "pq" not in metrics


def test_a_gain_after_a_metric_with_signs_is_no_score(ex):
    ext = _run(ex, "GranAlign: Granularity-Aware Alignment for Zero-Shot Video Moment Retrieval",
               "Our method sets a new state-of-the-art across all three major benchmarks "
               "(QVHighlights, Charades-STA, ActivityNet-Captions), with a notable 3.23% mAP@avg "
               "improvement on the challenging QVHighlights dataset.")
    assert 3.23 not in {r.value for r in ext.results}


def test_a_share_of_annotations_is_no_score(ex):
    ext = _run(ex, "SuperCL: Superpixel Guided Contrastive Learning for Medical Image Segmentation",
               "SuperCL achieves 85.2% DSC on CHAOS with 10% annotations.")
    assert [r.value for r in ext.results] == [85.2]


def test_a_bracketed_benchmark_right_after_a_score_is_its_own(ex):
    ext = _run(ex, "Synthetic Melanoma Image Generation with Generative Adversarial Networks",
               "StyleGAN2 attains FID scores of 24.8 (ISIC 2018) and 7.96 (ISIC 2020) at "
               "gamma=0.8.")
    assert {(r.benchmark, r.value) for r in ext.results} == {("ISIC 2018", 24.8),
                                                             ("ISIC 2020", 7.96)}


def test_bdd_x_is_data(ex):
    ext = _run(ex, "Towards Explainable AI: Multi-Modal Transformer for Video Captioning",
               "The suggested framework outperforms traditional methods with BLEU-4 scores of "
               "0.755 (BDD-X) and 0.778 (MSVD).")
    assert _types(ext, "BDD-X") == {"Dataset"}
    assert "BDD-X" not in {r.subject for r in ext.results}


def test_scores_compared_for_unnamed_systems_are_not_the_subjects(ex):
    ext = _run(ex, "REDI: Corpus Aware Patch Ranking for DINOv3 Token Reduction",
               "The REDI variant based on incoming attention mass achieves 84.706% Top-1 "
               "accuracy on ImageNet-1K, compared with 83.514% for the dense baseline, 82.634% "
               "for incoming attention mass alone, and 81.796% for supervised TF-IDF alone.")
    assert [(r.subject, r.value) for r in ext.results] == [("REDI", 84.706)]


def test_a_score_is_on_the_benchmark_after_its_bracketed_gain(ex):
    ext = _run(ex, "FooNet: Reasoning", "FooNet reaches 71.0% on GSM8K and 61.52% (+6.19% "
               "improvement) on MMLU.")
    assert {(r.benchmark, r.value) for r in ext.results} == {("GSM8K", 71.0), ("MMLU", 61.52)}


def test_names_in_a_closed_vs_aside_do_not_score_what_follows(ex):
    ext = _run(ex, "EditCaption: Human-Aligned Instruction Synthesis for Image Editing",
               "The 235B model reaches 4.712 on Eval-400 (vs. Gemini-3-Pro 4.706, GPT-4.1 4.220) "
               "and 4.588 on ByteMorph-Bench (vs. Gemini-3-Pro 4.522, GPT-4.1 3.412).")
    assert ("GPT-4.1", 4.588) not in {(r.subject, r.value) for r in ext.results}
    assert ("Gemini-3-Pro", 4.522) in {(r.subject, r.value) for r in ext.results}


def test_the_original_models_score_is_not_the_subjects(ex):
    ext = _run(ex, "Accelerating Vision Transformers on Brain Processing Unit",
               "The quantized DeiT-Base model achieves 80.4% accuracy on ImageNet, compared to "
               "the original 81.8%.")
    assert [r.value for r in ext.results] == [80.4]


def test_a_percentage_after_a_name_is_no_version_of_it(ex):
    ext = _run(ex, "HPSv3++: Scaling Reward Models Across the Full Spectrum",
               "HPSv3++ achieves state-of-the-art preference prediction, outperforming HPSv3 "
               "9.8% on HPDv3, 5.5% on GenAI-Bench.")
    assert ("HPSv3++", "HPSv3") in _claims(ext)


def test_what_a_system_is_integrated_into_is_not_the_scorer(ex):
    ext = _run(ex, "DataPRM: Process-Level Reward Modeling for Agentic Data Analysis",
               "Integrating DataPRM into Reinforcement Learning yields substantial gains, "
               "achieving 78.73% on DABench. We distill trajectories into ClinSeek-35B-A3B, "
               "which achieves 34.0 F1 on AgentEHR-Bench.")
    got = {(r.subject, r.value) for r in ext.results}
    assert ("DataPRM", 78.73) in got and ("ClinSeek-35B-A3B", 34.0) in got


def test_it_is_the_proposed_system_named_last(ex):
    # a paper proposing an environment first and an agent second: "it" after the agent's
    # claim is the agent
    ext = _run(ex, "Evolving Diagnostic Agents in a Virtual Clinical Environment",
               "We present DiagGym, a diagnostics world model. We train DiagAgent via "
               "multi-turn reinforcement learning. DiagAgent significantly outperforms GPT-4o. "
               "In rubric-based evaluation, it surpasses the next-best model, Claude-sonnet-4, "
               "by 7.1% in weighted rubric score.")
    assert ("DiagAgent", "Claude-sonnet-4") in _claims(ext)
    assert ("DiagGym", "Claude-sonnet-4") not in _claims(ext)


def test_a_learning_method_to_learn_something_is_no_learning_to_learn(ex):
    ext = _run(ex, "FooNet: Representations",
               "We use contrastive learning to learn robust representations. We train FooNet "
               "with reinforcement learning to learn policies.")
    names = {m.text for m in ext.mentions}
    assert {"contrastive learning", "reinforcement learning"} <= names
    assert "learning to learn" not in names


def test_a_common_word_in_capitals_is_a_coined_name(ex):
    ext = _run(ex, "Heterogeneous Self-Play for Realistic Highway Traffic Simulation",
               "We present PHASE, Policy for Heterogeneous Agent Self-play on Expressway, a "
               "context-aware self-play framework. PHASE further supports different vehicle "
               "profiles.")
    assert _roles(ext)["PHASE"] == "proposes"


def test_a_short_form_defined_as_a_framework_names_it_before_a_head(ex):
    # (not the task its long form names, as in "the LogSigRNN SHAR model")
    ext = _run(ex, "Multi-Image Super Resolution Framework for Plant Roots",
               "We propose a Multi-Image Super Resolution (MISR) framework designed to enhance "
               "root visibility. Our MISR algorithm leverages spatial redundancy across views.")
    assert _types(ext, "MISR") == {"Method"}


def test_what_the_method_is_evaluated_on_is_a_benchmark(ex):
    ext = _run(ex, "treeX: Unsupervised Tree Instance Segmentation",
               "We study tree segmentation. We evaluated the method on ForestSemantic, LAUTx "
               "and TreeLearn. Results are good.")
    assert {n for n, r in _roles(ext).items() if r == "evaluatesOn"} >= {
        "ForestSemantic", "LAUTx", "TreeLearn"}


def test_an_apposition_after_a_bracketed_spelling_types_the_name(ex):
    ext = _run(ex, "AEGIS: Exploring the Limit of World Knowledge",
               "We propose AEGIS (\\emph{i.e.}, \\textbf{A}ssessing \\textbf{E}diting, "
               "\\textbf{G}eneration, \\textbf{I}nterpretation-Understanding for "
               "\\textbf{S}uper-intelligence), a comprehensive multi-task benchmark covering "
               "visual understanding. AEGIS comprises 1,050 questions.")
    assert _types(ext, "AEGIS") == {"Benchmark"}


def test_what_cited_authors_proposed_and_named_is_not_the_papers(ex):
    ext = _run(ex, "A New Construction Structure on Coded Caching",
               "Recently, Cheng et al. proposed a construction framework for linear coded caching "
               "schemes called Non-Half-Sum Disjoint Packing (NHSDP). This paper introduces a "
               "novel combinatorial structure, termed the Non-Half-Sum Latin Rectangle (NHSLR).")
    roles = _roles(ext)
    assert roles["NHSDP"] != "proposes" and roles["NHSLR"] == "proposes"


def test_what_a_new_dataset_holds_is_not_proposed(ex):
    ext = _run(ex, "Time Is Effort: Estimating Human Post-Editing Time",
               "Text editing can involve several iterations of revision. We present the first "
               "large-scale dataset of post-editing (PE) time annotations for two GEC test "
               "datasets. We introduce Post-Editing Effort in Time (PEET) as a scorer.")
    roles = _roles(ext)
    assert roles["PE"] != "proposes" and roles["PEET"] == "proposes"


def test_our_model_made_with_a_known_method_is_the_proposed_scorer(ex):
    ext = _run(ex, "RAIDEN-R1: Improving Role-awareness of LLMs via GRPO",
               "We propose RAIDEN-R1, a novel reinforcement learning framework. Our 14B-GRPO "
               "model achieves 88.04% accuracy on RAIDEN, outperforming baseline models.")
    assert _scores(ext) == [("RAIDEN-R1", "RAIDEN", 88.04)]


def test_names_listed_before_baselines_are_systems(ex):
    ext = _run(ex, "Vector-Quantized Soft Label Compression",
               "We introduce a vector-quantized autoencoder (VQAE) for compressing soft labels. On "
               "ImageNet-1K, our proposed VQAE achieves 30--40x additional compression over "
               "RDED, LPLD, SRE2L, and CDA baselines.")
    assert all(_types(ext, n) == {"Method"} for n in ("RDED", "LPLD", "SRE2L", "CDA"))
    # (a task's short form before "baselines" alone is what they are baselines of)
    ext = _run(ex, "FineCIR: Explicit Parsing for Composed Image Retrieval",
               "FineCIR consistently outperforms state-of-the-art CIR baselines on CIR datasets.")
    assert "Method" not in _types(ext, "CIR")


def test_a_league_is_a_body_not_a_method(ex):
    ext = _run(ex, "A Constraint Programming Approach for Playoff Clinching",
               "We investigate playoff clinching in the context of the National Hockey League "
               "(NHL), where it is hard. We present an algorithm that takes into account the "
               "NHL's extensive list of tie-breakers.")
    assert "NHL" not in _roles(ext)


def test_a_kind_described_in_a_title_is_no_term(ex):
    for title in ("Deep Learning-based Method for Expressing Knowledge Boundary of Black-Box LLM",
                  "Evolutionary Approach for Scheduling Problems"):
        ext = _run(ex, title, "This paper proposes an evolutionary approach, a deep "
                   "learning-based method. Our approach is evaluated on several problems.")
        assert not [m for m in ext.mentions if m.role == "proposes"], title


def test_a_score_after_a_colon_is_the_name_befores(ex):
    ext = _run(ex, "Hi-Agent: Hierarchical Vision-Language Agents for Mobile Device Control",
               "Hi-Agent achieves 87.9% task success rate on the Android-in-the-Wild (AitW) "
               "benchmark, outperforming prior methods: prompt-based (AppAgent: 17.7%), "
               "supervised (Filtered BC: 54.5%), and reinforcement learning-based (DigiRL: "
               "71.9%).")
    got = {(r.subject, r.value) for r in ext.results}
    assert ("AppAgent", 17.7) in got and ("AppAgent", 54.5) not in got
    assert ("reinforcement learning", 71.9) not in got


def test_a_name_listed_with_known_benchmarks_is_not_new(ex):
    ext = _run(ex, "Beyond Accuracy: Evaluating Visual Grounding In Multimodal Medical Reasoning",
               "We introduce a counterfactual evaluation framework using real, blank, and "
               "shuffled images across four medical VQA benchmarks: PathVQA, PMC-VQA, SLAKE, and "
               "VQA-RAD. Beyond accuracy, we measure Image Sensitivity.")
    assert _roles(ext)["PMC-VQA"] == "evaluatesOn"


def test_a_score_in_another_setting_is_not_on_the_one_benchmark(ex):
    ext = _run(ex, "KANGURA: Kolmogorov-Arnold Network-Based Geometry-Aware Learning",
               "KANGURA outperforms 15 models on the ModelNet40 benchmark dataset, achieving 92.7% "
               "accuracy, and excels in a real-world MFC anode structure problem with 97% "
               "accuracy.")
    assert _scores(ext) == [("KANGURA", "ModelNet40", 92.7)]


def test_our_known_method_based_model_is_not_the_known_method(ex):
    ext = _run(ex, "A Fully Convolutional Neural Network based Structured Prediction Approach",
               "Our proposed convolutional neural network based model achieves strong "
               "performance on DRIVE dataset with 95.33% accuracy and 0.974 AUC score.")
    assert not any(r.subject == "convolutional neural network" for r in ext.results)


def test_metrics_listed_before_scores_pair_respectively(ex):
    ext = _run(ex, "SwinTextUNet: Integrating CLIP-Based Text Guidance",
               "On the QaTaCOV19 dataset, SwinTextUNet achieves Dice and IoU scores of 86.47% "
               "and 78.2%, respectively.")
    assert {(r.metric, r.value) for r in ext.results} == {("Dice", 86.47), ("IoU", 78.2)}


def test_a_score_while_maintaining_is_not_the_beaten_ones(ex):
    ext = _run(ex, "Business Logic-Driven Text-to-SQL Data Synthesis for Business Intelligence",
               "Experiments on a production-scale Salesforce database show that our synthesized "
               "data achieves high business realism (98.44%), substantially outperforming OmniSQL "
               "(+19.5%) and SQL-Factory (+54.7%), while maintaining strong question-SQL "
               "alignment (98.59%).")
    assert not any(r.subject == "OmniSQL" for r in ext.results)


def test_coordinated_subjects_of_a_plural_verb_all_outperform(ex):
    ext = _run(ex, "Advancing Scientific Text Classification",
               "Domain-specific models like SciBERT and BioBERT consistently outperform "
               "general-purpose models such as BERT.")
    assert {("SciBERT", "BERT"), ("BioBERT", "BERT")} <= _claims(ext)


def test_a_second_participle_claim_has_the_firsts_subject(ex):
    ext = _run(ex, "Grasp Any Region",
               "We propose GAR-1B. Experiments show that GAR-1B not only maintains "
               "state-of-the-art captioning capabilities, e.g., outperforming DAM-3B +4.5 on "
               "DLC-Bench, but also excels at modeling relationships between multiple prompts "
               "with advanced comprehension capabilities, even surpassing InternVL3-78B on "
               "GAR-Bench-VQA.")
    assert {("GAR-1B", "DAM-3B"), ("GAR-1B", "InternVL3-78B")} <= _claims(ext)


def test_a_relative_clause_after_an_apposition_is_its_heads(ex):
    ext = _run(ex, "Massively Multilingual Joint Segmentation and Glossing",
               "We extend the training corpus of GlossLM and pretrain PolyGloss, a family of "
               "seq2seq multilingual models for joint segmentation and glossing that outperforms "
               "GlossLM on glossing.")
    assert _claims(ext) == {("PolyGloss", "GlossLM")}


def test_a_hyperparameters_value_is_no_score(ex):
    ext = _run(ex, "Towards Fair and Robust Volumetric CT Classification via Group DRO",
               "On CT-RATE, Group DRO with α = 0.5 achieves a mean per-gender macro F1 of 0.815, "
               "outperforming the best challenge entry.")
    assert [r.value for r in ext.results] == [0.815]


def test_a_name_measured_of_a_number_is_a_metric(ex):
    ext = _run(ex, "LiDAR MOT-DETR: A LiDAR-based Two-Stage Transformer",
               "The online mode outperforms the lidar-only baseline on the nuScenes dataset, with "
               "an aMOTA of 0.722 and an aMOTP of 0.475.")
    assert _types(ext, "aMOTA") == _types(ext, "aMOTP") == {"Metric"}


def test_an_average_name_of_a_number_is_a_metric(ex):
    ext = _run(ex, "LENS: Learning to Segment Anything",
               "LENS achieves an average cIoU of 81.2% on the RefCOCO benchmark.")
    assert [(r.metric, r.value) for r in ext.results] == [("cIoU", 81.2)]


def test_little_advantage_over_is_no_claim(ex):
    ext = _run(ex, "CaseReportBench: An LLM Benchmark Dataset",
               "Zero-shot chain-of-thought prompting offers little advantage over standard "
               "zero-shot prompting. The open-source model Qwen2.5-7B outperforms GPT-4o.")
    assert _claims(ext) == {("Qwen2.5-7B", "GPT-4o")}


def test_top_3_accuracy_is_one_metric(ex):
    ext = _run(ex, "AQUA20: A Benchmark Dataset for Underwater Species Classification",
               "ConvNeXt achieves the best performance on AQUA20, with a Top-3 accuracy of 98.82% "
               "and a Top-1 accuracy of 90.69%.")
    assert {(r.metric, r.value) for r in ext.results} == {("Top-3 accuracy", 98.82),
                                                          ("Top-1 accuracy", 90.69)}


def test_a_percentage_before_reduced_is_a_change(ex):
    ext = _run(ex, "IDP Accelerator: Agentic Document Intelligence",
               "We propose IDP Accelerator. On DocSplit, it achieves 98% classification accuracy, "
               "80% reduced processing latency, and 77% lower operational costs.")
    assert [r.value for r in ext.results] == [98.0]


def test_a_name_modifying_a_kind_is_not_the_scorer(ex):
    ext = _run(ex, "ViT-Linearizer: Distilling Quadratic Knowledge into Linear-Time Vision Models",
               "We propose ViT-Linearizer. Additionally, it also elevates Mamba-based "
               "architectures' performance on standard vision benchmarks, achieving a "
               "competitive 84.3% top-1 accuracy on ImageNet with a base-sized model.")
    assert [r.subject for r in ext.results] == ["ViT-Linearizer"]


def test_sift_flow_and_mnist_fashion_are_data(ex):
    ext = _run(ex, "NIRMAL Pooling: An Adaptive Max Pooling Approach",
               "NIRMAL Pooling achieves 91.59% on MNIST Fashion and 64.0% on SIFT Flow.")
    assert {(r.benchmark, r.value) for r in ext.results} == {("MNIST Fashion", 91.59),
                                                             ("SIFT Flow", 64.0)}


def test_the_system_matched_is_not_the_scorer_after_and(ex):
    ext = _run(ex, "L2P: Unlocking Latent Potential for Pixel Generation",
               "Experiments show that L2P incurs negligible training overhead, yet performs on "
               "par with the source LDM on DPG-Bench and reaches 93% performance on GenEval.")
    assert [r.subject for r in ext.results] == ["L2P"]


def test_a_name_before_features_is_not_the_scorer(ex):
    ext = _run(ex, "CapRecover: A Cross-Modality Feature Inversion Attack Framework",
               "CapRecover generates fluent captions from ResNet50 features on COCO2017 with "
               "ROUGE-L scores of 0.52.")
    assert [r.subject for r in ext.results] == ["CapRecover"]


def test_scores_of_the_systems_ranked_next_after_followed_by(ex):
    ext = _run(ex, "FinSheet-Bench: From Simple Lookups to Complex Reasoning",
               "We introduce FinSheet-Bench. The best-performing model, Gemini 3.1 Pro, achieves "
               "82.4% accuracy on FinSheet-Bench, followed by GPT-5.2 with reasoning at 80.4%, "
               "and Gemini 3 Pro at 80.2%.")
    assert {(r.subject, r.value) for r in ext.results} >= {("GPT-5.2", 80.4),
                                                           ("Gemini 3 Pro", 80.2)}


def test_a_main_verb_after_the_objects_ends_them(ex):
    ext = _run(ex, "Toward Mention Detection Robustness with Recurrent Neural Networks",
               "The advantage of RNNs over the traditional approaches is their capacity to "
               "capture long ranges of context and implicitly adapt the word embeddings.")
    assert not _claims(ext)


def test_a_fronted_phrase_after_an_opening_adverb_holds_no_subject(ex):
    ext = _run(ex, "BrainG3N: A Dual-Purpose Tokenizer for Controllable 3D Brain MRI Generation",
               "First, on a 23-task linear-probing benchmark, the encoder outperforms or matches "
               "SOTA models (i.e., BrainIAC, BrainSegFounder, and MedicalNet) on 21 of 23 tasks.")
    assert not any(s == "linear-probing" for s, _o in _claims(ext))


def test_data_before_pretrained_is_not_outperformed(ex):
    ext = _run(ex, "MedNNS: Supernet-based Medical Task-Adaptive Neural Network Search",
               "Experimental results demonstrate that MedNNS significantly outperforms both "
               "ImageNet pre-trained DL models and SOTA Neural Architecture Search (NAS) methods.")
    assert ("MedNNS", "ImageNet") not in _claims(ext)


def test_what_a_method_is_trained_on_is_not_the_claims_subject(ex):
    ext = _run(ex, "High-Resolution Visual Reasoning via Multi-Turn Grounding-Based RL",
               "We propose MGPO. Notably, MGPO post-training on Qwen2.5-VL-7B with 21K samples "
               "surpasses OpenAI's o1 and GPT-4o models on the OOD V* Bench.")
    assert ("MGPO", "GPT-4o") in _claims(ext)
    assert not any(s == "Qwen2.5-VL-7B" for s, _o in _claims(ext))


def test_a_participle_claim_after_using_a_model_is_the_papers_systems(ex):
    ext = _run(ex, "Hydra: Structured Cross-Source Enhanced Large Language Model Reasoning",
               "Comprehensive experiments on seven benchmark datasets show that Hydra achieves "
               "overall state-of-the-art results on all benchmarks with GPT-3.5, outperforming "
               "the strong hybrid baseline ToG-2 by an average of 20.3% and up to 30.1%.")
    assert _claims(ext) == {("Hydra", "ToG-2")}


def test_genai_is_generic(ex):
    ext = _run(ex, "Scaling Vision Language Models on Industrial GenAI Platform",
               "In this work, we present an industrial GenAI framework that processes over 200,000 "
               "PDFs and videos.")
    assert "GenAI" not in _roles(ext)


def test_what_a_proposed_library_is_written_in_is_not_proposed(ex):
    ext = _run(ex, "EconCSLib: AI-Assisted Lean Formalization for Economics",
               "This paper presents EconCSLib, a Lean 4 library and workflow for formalizing "
               "research papers in Economics and Computation with language-model assistance.")
    assert _roles(ext).get("Lean 4") != "proposes"


def test_scene_understanding_is_a_task(ex):
    ext = _run(ex, "DriveSafe: Risk-Aware Scene Understanding",
               "We propose DriveSafe, a framework for risk-aware scene understanding that "
               "leverages structured natural language descriptions.")
    assert _types(ext, "scene understanding") == {"Task"}


def test_scores_a_kind_of_model_spans_are_a_range(ex):
    ext = _run(ex, "Encyclo-K: Evaluating LLMs with Dynamically Composed Knowledge Statements",
               "We introduce Encyclo-K. Even the top-performing OpenAI-GPT-5.1 achieves only "
               "62.07% accuracy on Encyclo-K, and model performance displays a clear gradient "
               "distribution--reasoning models span from 16.04% to 62.07%.")
    assert [r.value for r in ext.results] == [62.07]


def test_pii_is_no_artifact(ex):
    ext = _run(ex, "VisualLeakBench: Auditing the Fragility of LVLMs against PII Leakage",
               "We introduce VisualLeakBench to audit personally identifiable information (PII) "
               "leakage. Claude 4 achieves the lowest OCR ASR (14.2%) but the highest PII ASR "
               "(74.4%). Grok-4 achieves the lowest PII ASR (20.4%).")
    assert "PII" not in _roles(ext)
    assert "PII" not in {r.subject for r in ext.results}


def test_examples_of_what_a_system_is_comparable_to_do_not_make_its_claim(ex):
    ext = _run(ex, "Training Foundation Models on a Full-Stack AMD Platform",
               "ZAYA1-base achieves performance comparable to leading base models such as "
               "Qwen3-4B and Gemma3-12B at its scale and larger, and outperforms models including "
               "Llama-3-8B and OLMoE across reasoning, mathematics, and coding benchmarks.")
    assert ("ZAYA1-base", "Llama-3-8B") in _claims(ext)
    assert not any(s == "Gemma3-12B" for s, _o in _claims(ext))


def test_a_share_of_data_and_a_score_on_an_unknown_benchmark_after_three_words(ex):
    ext = _run(ex, "Improving Resnet-9 Generalization Trained on Small Datasets",
               "Our experiments show that the ResNet-9 can achieve the accuracy of 88% while "
               "trained only on a 10% subset of CIFAR-10 dataset in less than 10 minutes.")
    assert [r.value for r in ext.results] == [88.0]
    ext = _run(ex, "OmegaUse: Building a General-Purpose GUI Agent",
               "OmegaUse achieves a state-of-the-art score of 96.3% on ScreenSpot-V2 and a "
               "leading 79.1% step success rate on AndroidControl.")
    # (each score on its own benchmark, and the second one's metric not the first's)
    assert [(r.benchmark, r.metric, r.value) for r in ext.results] == [
        ("ScreenSpot-V2", None, 96.3), ("AndroidControl", "success rate", 79.1)]


def test_a_score_naming_no_benchmark_is_on_the_one_the_abstract_evaluates_on(ex):
    ext = _run(ex, "Organ-aware Multi-scale Medical Image Segmentation",
               "We propose OMT-SAM. We evaluate OMT-SAM on the FLARE 2021 dataset, benchmarking "
               "its performance against existing segmentation methods. Empirical results "
               "demonstrate that OMT-SAM achieves a mean Dice Similarity Coefficient of 0.937, "
               "outperforming MedSAM (0.893) and other segmentation models.")
    assert sorted((r.subject, r.benchmark, r.value) for r in ext.results) == \
        [("MedSAM", "FLARE 2021", 0.893), ("OMT-SAM", "FLARE 2021", 0.937)]
    # ... but not when the score sentence speaks of other, unnamed data
    ext = _run(ex, "FrustumFusionNets: A Three-Dimensional Object Detection Network",
               "We evaluate FrustumFusionNets on KITTI. Experiments demonstrate that on the "
               "constructed test set of tractor road data, the FrustumFusionNetv2 achieves 82.28% "
               "accuracy in the three-dimensional object detection of cars.")
    assert ext.results == []


def test_a_number_after_minus_is_a_change_or_spread_no_score(ex):
    ext = _run(ex, "CARVE: Content-Aware Recurrent with Value Efficiency",
               "We introduce CARVE. CARVE achieves WikiText perplexity 15.72 (minus 0.18 vs. "
               "GDN-2, a 4.5-sigma effect).")
    assert [r.value for r in ext.results] == [15.72]
    ext = _run(ex, "Single-Channel Tissue Segmentation via Cross-Modal Distillation",
               "On TissueNet, the SAM-distilled Swin-Tiny student achieves Dice 78.36 (plus or "
               "minus 1.44).")
    assert 1.44 not in [r.value for r in ext.results]


def test_an_overhead_is_a_cost_no_score(ex):
    ext = _run(ex, "Improving Model Safety by Targeted Error Correction",
               "Evaluated across three domains, skin lesion diagnosis (ISIC 2018), and prostate "
               "histopathology (SICAPv2), our framework demonstrates robust safety improvements. "
               "Our results confirm the pipeline introduces negligible inference latency (1.60% "
               "overhead for the animal dataset, 1.84% for ISIC, and 1.70% for SICAPv2) while "
               "outperforming Maximum Class Probability (MCP) baselines in correction precision.")
    assert ext.results == []


def test_a_rate_or_an_amount_is_no_score(ex):
    ext = _run(ex, "Visual Implicit Autoregressive Modeling",
               "We evaluate VIAR on ImageNet. By controlling the per-scale knob, VIAR can reduce "
               "peak memory from 19.24 GB to 8.53 GB and doubles throughput from 15.16 to 32.08 "
               "images/s on a single RTX 4090, without retraining.")
    assert ext.results == []
    ext = _run(ex, "Polycepta: Object-Centric Appearance Estimation for Multi-Object Tracking",
               "Polycepta operates at 90.57 Hz and delivers state-of-the-art performance on the "
               "KITTI benchmark, achieving a MOTA of 92.27%.")
    assert [r.value for r in ext.results] == [92.27]


def test_a_listed_name_the_title_spells_out_as_another_kind_is_the_papers_own(ex):
    ext = _run(ex, "MELD: Multi-Task Equilibrated Learning Detector for AI-Generated Text",
               "Without additional finetuning, MELD achieves 99.9% TPR at 1% FPR on MELD-eval, "
               "while many baselines degrade sharply.")
    assert _types(ext, "MELD") == {"Method"}
    assert [(r.subject, r.benchmark) for r in ext.results] == [("MELD", "MELD-eval")]
    ext = _run(ex, "EAST: Early Action Prediction Sampling Strategy with Token Masking",
               "We propose EAST, which samples frames for early action prediction.")
    assert {m.long_form for m in ext.mentions if m.text == "EAST" and m.role == "proposes"} \
        >= {"Early Action Prediction Sampling Strategy"}


def test_a_known_kind_in_an_apposition_does_not_score_for_the_name_it_describes(ex):
    ext = _run(ex, "SAMM2D: Scale-Aware Multi-Modal 2D Dual-Encoder",
               "We introduce SAMM2D, a dual-encoder framework that achieves an AUC of 0.686 on "
               "the RSNA intracranial aneurysm dataset.")
    assert [r.subject for r in ext.results] == ["SAMM2D"]


def test_the_score_of_an_unnamed_best_model_is_no_result(ex):
    ext = _run(ex, "SATA-BENCH: Select All That Apply Benchmark for Multiple Choice Questions",
               "We introduce SATA-BENCH and Choice Funnel. Our evaluation of 27 models reveals a "
               "significant gap: even the strongest model achieves only 41.8% exact match on "
               "SATA-BENCH.")
    assert ext.results == []
    ext = _run(ex, "Putnam-AXIOM: A Functional and Static Benchmark",
               "On the Original set of Putnam-AXIOM, OpenAI's o1-preview -- the strongest "
               "evaluated model -- scores 41.9%. On MMSI-Bench, the strongest open-source model "
               "attains roughly 30% accuracy and OpenAI's o3 reasoning model reaches 40%.")
    assert sorted((r.subject, r.value) for r in ext.results) == \
        [("o1-preview", 41.9), ("o3", 40.0)]


def test_a_name_made_by_others_is_not_proposed(ex):
    ext = _run(ex, "Post-Disaster Affected Area Segmentation",
               "We propose a vision transformer (ViT)-based deep learning framework to refine "
               "disaster-affected area segmentation, aiming to support and enhance the Emergent "
               "Value Added Product (EVAP) developed by the Taiwan Space Agency (TASA).")
    assert _roles(ext).get("EVAP") != "proposes"


def test_a_score_before_a_ranked_metric_word_is_on_the_benchmark_after_it(ex):
    ext = _run(ex, "Edges Are All You Need: Robust Gait Recognition via Label-Free Structure",
               "We propose SketchGait. Extensive experiments on SUSTech1K and CCPG validate the "
               "proposed modality and framework: SketchGait achieves 92.9% Rank-1 on SUSTech1K "
               "and 93.1% mean Rank-1 on CCPG.")
    assert _scores(ext) == [("SketchGait", "CCPG", 93.1), ("SketchGait", "SUSTech1K", 92.9)]


def test_a_score_for_an_unread_name_is_not_on_the_last_benchmark(ex):
    ext = _run(ex, "Storage Is Not Memory: A Retrieval-Centered Architecture for Agent Recall",
               "We present True Memory Pro. On LoCoMo (1,540 questions across 10 multi-session "
               "conversations), True Memory Pro reaches 93.0% accuracy (3-run mean) against 61.4% "
               "for Mem0 and 94.5% for EverMemOS under a matched gpt-4.1-mini answer model.")
    assert 61.4 not in [r.value for r in ext.results]


def test_a_list_of_scores_on_a_list_of_benchmarks_pairs_in_order(ex):
    ext = _run(ex, "PVANet: Lightweight Deep Neural Networks for Real-time Object Detection",
               "We propose PVANet. This network achieves solid results on well-known object "
               "detection benchmarks: 84.9% and 84.2% mAP on VOC2007 and VOC2012 while the "
               "required compute is less than 10% of the recent ResNet-101.")
    assert _scores(ext) == [("PVANet", "VOC2007", 84.9), ("PVANet", "VOC2012", 84.2)]


def test_a_name_compared_inside_a_closed_aside_does_not_score_later(ex):
    ext = _run(ex, "VLM2GeoVec: Toward Universal Multimodal Embeddings for Remote Sensing",
               "We propose VLM2GeoVec and RSMEB. On RSMEB, it achieves 26.6% P@1 on region-caption "
               "retrieval (+25 pp vs. dual-encoder baselines), 32.5% P@1 on referring-expression "
               "retrieval (+19 pp), and 17.8% P@1 on semantic geo-localization retrieval.")
    assert {r.subject for r in ext.results} == {"VLM2GeoVec"}


def test_a_name_after_despite_is_not_beaten(ex):
    ext = _run(ex, "The Shattered Gradients Problem: If resnets are the answer",
               "Architectures incorporating skip-connections such as ResNet perform much better "
               "than standard feedforward architectures despite well-chosen initialization and "
               "batch normalization.")
    assert not any(r.object == "batch normalization" for r in ext.relations)


def test_our_model_is_not_the_data_the_paper_proposes(ex):
    ext = _run(ex, "Open-Vocabulary Functional 3D Scene Graphs for Real-World Indoor Spaces",
               "We evaluate our approach on an extended SceneFun3D dataset and a newly collected "
               "dataset, FunGraph3D, both annotated with functional 3D scene graphs. Our method "
               "significantly outperforms adapted baselines, including Open3DSG and "
               "ConceptGraph.")
    assert not any(r.subject == "FunGraph3D" for r in ext.relations)


def test_a_number_after_a_drop_noun_is_a_change_no_score(ex):
    ext = _run(ex, "MSCR: Exploring the Vulnerability of LLMs' Mathematical Reasoning Abilities",
               "We propose MSCR. Even a slight perturbation can significantly reduce the accuracy "
               "of all models, with the maximum drop reaching 49.89% on GSM8K and 35.40% on "
               "MATH500.")
    assert ext.results == []


def test_a_score_in_a_study_of_its_own_is_not_on_the_evaluated_benchmark(ex):
    ext = _run(ex, "Zephyr: Direct Distillation of LM Alignment",
               "We evaluate Zephyr-7B on MT-Bench. Training with only 1,000 examples, Zephyr-7B "
               "reaches 85% accuracy in a user study.")
    assert ext.results == []


def test_the_proposed_system_after_a_fronted_data_phrase_is_no_benchmark(ex):
    ext = _run(ex, "RadDiff: Describing Differences in Radiology Image Sets with Natural Language",
               "We propose RadDiff and RadDiffBench. On RadDiffBench, RadDiff achieves 47% "
               "accuracy, significantly outperforming the general-domain VisDiff baseline.")
    assert ("RadDiff", "VisDiff") in {(r.subject, r.object) for r in ext.relations}


def test_a_fronted_benchmark_scores_its_clause_when_another_follows(ex):
    ext = _run(ex, "GCA-ResUNet: Image segmentation in medical images",
               "We propose GCA-ResUNet. On the Synapse dataset, GCA-ResUNet achieves a Dice score "
               "of 86.11%, and on the ACDC dataset, it reaches 92.64%.")
    assert _scores(ext) == [("GCA-ResUNet", "ACDC", 92.64),
                            ("GCA-ResUNet", "Synapse dataset", 86.11)]


def test_a_number_after_degrades_is_a_change_no_score(ex):
    ext = _run(ex, "Architecture-Adaptive Uncertainty Fusion for Deepfake Detection",
               "We propose COF. On CelebDF, COF outperforms Random Forest in 9/11 architectures; "
               "RF degrades 85% cross-domain to r = 0.071.")
    assert 85.0 not in [r.value for r in ext.results]


def test_a_score_on_unnamed_data_is_not_on_the_benchmark_named_after(ex):
    ext = _run(ex, "COTCAgent: Preventive Consultation via Probabilistic Chain-of-Thought",
               "We propose COTCAgent. COTCAgent achieves 90.47% Top-1 accuracy on the self-built "
               "dataset and 70.41% on HealthBench, outperforming existing medical agents.")
    assert [r.value for r in ext.results] == [70.41]


def test_the_system_a_scorer_is_powered_by_does_not_score(ex):
    ext = _run(ex, "COTCAgent: Preventive Consultation via Probabilistic Chain-of-Thought",
               "We propose COTCAgent. COTCAgent powered by Baichuan-M2 achieves 70.41% on "
               "HealthBench.")
    assert [r.subject for r in ext.results] == ["COTCAgent"]


def test_v_s_compares_like_vs(ex):
    ext = _run(ex, "Kernelized Sparse Fine-Tuning with Bi-level Parameter Competition",
               "We propose SNELLA. Notably, SNELLA obtains 1.8% (91.9% v.s. 90.1%) higher Top-1 "
               "accuracy on the FGVC benchmark compared to SPT-LoRA.")
    assert ("SNELLA", 90.1) not in {(r.subject, r.value) for r in ext.results}


def test_the_last_example_of_a_kind_before_a_passive_verb_is_not_proposed(ex):
    ext = _run(ex, "Rate-Distortion Bounds for Heterogeneous Random Fields on Finite Lattices",
               "In contrast, error-bounded practical lossy compressors for scientific computing, "
               "such as SZ, ZFP, MGARD, and SPERR, are designed for finite, high-dimensional "
               "random fields.")
    assert _roles(ext).get("SPERR") != "proposes"


def test_two_names_listed_after_a_colon_with_a_known_one_are_peers(ex):
    ext = _run(ex, "An analysis of vision-language models for fabric retrieval",
               "We produce these descriptions to evaluate retrieval performance across three "
               "Vision-Language Models: CLIP, LAION-CLIP, and Meta's Perception Encoder.")
    assert _roles(ext).get("LAION-CLIP") != "proposes"


def test_the_score_of_an_unnamed_best_baseline_is_no_result(ex):
    ext = _run(ex, "Zero-Shot Object Re-Identification in Egocentric Kitchen Videos",
               "We evaluate five feature extractors, including CLIP, DINOv2, and SAM3, on "
               "EPIC-Kitchens, and show that zero-shot methods fail, with the best baseline "
               "achieving only 45.3% mAP.")
    assert ext.results == []


def test_what_is_superior_compared_to_another_is_not_the_subject(ex):
    ext = _run(ex, "Center-Fed Pinching Antenna System (C-PASS): Modeling, Analysis",
               "A generalized framework for the novel center-fed pinching antenna system (C-PASS) "
               "is proposed. Closed-form expressions for the degree of freedom (DoF) of the "
               "proposed C-PASS are first derived. Finally, our numerical results reveal that the "
               "single-waveguide C-PASS: 1) achieves superior DoF and power scaling laws "
               "compared to the single-waveguide PASS; and 2) outperforms the multi-waveguide "
               "PASS in high-attenuation regimes.")
    assert not any(r.subject == "DoF" for r in ext.relations)
    assert ("C-PASS", "PASS") in {(r.subject, r.object) for r in ext.relations}


def test_a_list_of_scores_after_a_metric_and_of_is_all_in_that_metric(ex):
    ext = _run(ex, "EASLT: Emotion-Aware Sign Language Translation",
               "We propose EASLT. Evaluations on the PHOENIX14T and CSL-Daily benchmarks show that "
               "EASLT achieves BLEU-4 scores of 26.15 and 22.80, and BLEURT scores of 61.0 and "
               "57.8, respectively.")
    got = {(r.benchmark, r.metric, r.value) for r in ext.results}
    assert ("CSL-Daily", "BLEU-4", 22.8) in got and ("PHOENIX14T", "BLEURT", 61.0) in got


def test_the_percentile_of_a_hausdorff_distance_is_no_score(ex):
    ext = _run(ex, "A Multi-Modal Fusion Framework for Brain Tumor Segmentation",
               "We propose MSFA and evaluate it on BraTS 2020. The proposed method achieved "
               "average Dice coefficient of 0.8505 and 95% Hausdorff distance of 2.8256mm on "
               "BraTS 2020.")
    assert 95.0 not in [r.value for r in ext.results]


def test_we_name_the_resulting_model_x_names_the_papers_own(ex):
    ext = _run(ex, "Improving Instruction Following in Large Language Models",
               "We fine-tune LLaMA on these dialogues and name the resulting model Koala-13B. "
               "We call this new algorithm Point Cloud Local Variation (PCLV).")
    assert _roles(ext).get("Koala-13B") == "proposes"
    assert _roles(ext).get("PCLV") == "proposes"


def test_superior_performance_over_is_a_claim(ex):
    ext = _run(ex, "YOLO and SGBM Integration for Autonomous Tree Branch Detection",
               "Experimental evaluation demonstrates YOLO's superior performance over Mask R-CNN, "
               "achieving 82.0% mAP for branch segmentation.")
    assert ("YOLO", "Mask R-CNN") in {(r.subject, r.object) for r in ext.relations}


def test_macc_is_a_known_metric(ex):
    ext = _run(ex, "BFANet: Revisiting 3D Semantic Segmentation with Boundary Feature Analysis",
               "We propose BFANet. BFANet reaches 78.3 mIoU and 85.2 mAcc on ScanNet.")
    assert _types(ext, "mAcc") == {"Metric"}
    assert {m.evidence.rule for m in ext.mentions if m.text == "mAcc"} <= {
        "gazetteer/eval-context", "gazetteer/default", "gazetteer/use-cue"}


def test_a_proposed_definition_read_as_a_task_types_its_bare_mentions_as_its_method(ex):
    ext = _run(ex, "ELTEX: A Framework for Domain-Driven Synthetic Data Generation",
               "We present ELTEX (Efficient LLM Token Extraction), a domain-driven framework "
               "for generating synthetic training data. Our results show that the "
               "ELTEX-enhanced model achieves performance competitive with GPT-4.")
    assert _types(ext, "ELTEX") == {"Method"}


def test_every_earlier_item_of_a_list_shares_a_known_head(ex):
    ext = _run(ex, "CIRF: Tokenizing Chain-of-Thoughts for Efficient Latent Reasoning",
               "Extensive experiments on mathematical, symbolic, and commonsense reasoning "
               "benchmarks show that CIRF provides a favorable trade-off.")
    assert {"mathematical reasoning", "symbolic reasoning", "commonsense reasoning"} <= {
        m.text for m in ext.mentions if m.type == "Task"}


def test_a_change_after_improves_over_y_is_the_first_systems_new_score(ex):
    ext = _run(ex, "CurveBench: A Benchmark for Exact Topological Reasoning",
               "We introduce CurveBench, a benchmark for topological reasoning. Our trained "
               "Qwen3-VL-8B model improves over Qwen-3-VL-8B-Thinking from 2.8% to 33.3% "
               "accuracy on CurveBench-Easy.")
    got = {(r.subject, r.value) for r in ext.results}
    assert ("Qwen3-VL-8B", 33.3) in got and ("Qwen-3-VL-8B-Thinking", 2.8) in got
    assert ("Qwen-3-VL-8B-Thinking", 33.3) not in got


def test_factual_or_knowledge_recall_is_no_metric(ex):
    ext = _run(ex, "Prior Prompt Engineering for Reinforcement Fine-Tuning",
               "We translate five strategies (reasoning, planning, and knowledge recall) into "
               "prompts. We formalize factual recall as a synthetic task and report recall "
               "and precision on it.")
    assert [m.text for m in ext.mentions if m.text.lower() == "recall"] == ["recall"]


def test_a_fine_tuned_version_of_a_known_model_is_a_model(ex):
    ext = _run(ex, "Towards Safer AI Moderation",
               "We introduced SafePhi, a QLoRA fine-tuned version of Phi-4, adapting diverse "
               "ethical contexts. We also present BarPO, a variant of PPO.")
    assert _types(ext, "SafePhi") == {"Model"}
    assert _types(ext, "BarPO") == {"Method"}


def test_a_word_name_trained_and_described_at_once_is_a_name(ex):
    ext = _run(ex, "Timely Response Generation for Open-domain Dialogue Agents",
               "We then train Timer, a dialogue agent designed to proactively predict time "
               "intervals and generate timely responses.")
    assert _roles(ext).get("Timer") == "proposes"


def test_evaluated_on_the_widely_used_x_is_evaluated_on(ex):
    ext = _run(ex, "MASF: A Multi-Model Adaptive Selection Framework for Summarization",
               "We introduce WIDER-FAIR, a new dataset built on the widely used WIDER-FACE "
               "benchmark, and evaluate detectors on it. The models are fine-tuned and "
               "evaluated on the widely used CNN/DailyMail news summarization dataset.")
    assert _roles(ext).get("CNN/DailyMail") == "evaluatesOn"
    assert _roles(ext).get("WIDER-FACE") == "uses"


def test_x_improves_over_or_upon_y_is_a_claim(ex):
    ext = _run(ex, "Enhancing Low-Rank Adaptation with Structured Nonlinear Transformations",
               "We propose LoRAN, a non-linear extension of LoRA. Experiments across "
               "summarization and classification tasks show that LoRAN consistently improves "
               "over QLoRA. We propose SAVE, a video-text retrieval model. SAVE improves upon "
               "CLIP4Clip on all datasets.")
    rels = _beats(ext)
    assert ("LoRAN", "QLoRA") in rels and ("SAVE", "CLIP4Clip") in rels


def test_an_apposition_after_a_spaced_dash_types_the_name(ex):
    ext = _run(ex, "Advancing Egocentric Video Question Answering",
               "We further develop 3DLLaVA-CRITIC - a fine-tuned MLLM specialized for evaluating "
               "text alignment. We present QaEgo4Dv2 - a refined dataset of egocentric videos. "
               "We pretrain variants of GaitPT - a transformer-based architecture - on a dataset "
               "of 2.7 million sequences.")
    assert _types(ext, "3DLLaVA-CRITIC") == {"Model"}
    assert _types(ext, "QaEgo4Dv2") == {"Dataset"}
    assert _types(ext, "GaitPT") == {"Method"}


def test_two_names_each_with_its_purpose_are_both_proposed(ex):
    ext = _run(ex, "MolAct: An Agentic RL Framework for Molecular Editing",
               "We instantiate the MolAct framework to train two model families: MolEditAgent "
               "for molecular editing tasks and MolOptAgent for molecular optimization tasks. "
               "This process enables us to construct Unicorn-1.2M for pretraining and "
               "Unicorn-471K-Instruction for instruction-tuning.")
    roles = _roles(ext)
    assert roles.get("MolOptAgent") == "proposes"
    assert roles.get("Unicorn-471K-Instruction") == "proposes"


def test_a_name_opening_with_two_capitals_compared_once_is_kept(ex):
    ext = _run(ex, "MixedPEFT: Combining Multiple PEFT Methods",
               "We propose MixedPEFT. MixedPEFT gains 1.41 points over UDapter.")
    assert ("MixedPEFT", "UDapter") in {(r.subject, r.object) for r in ext.relations}


def test_a_margin_right_before_over_makes_a_claim(ex):
    ext = _run(ex, "DreamRenderer: Multi-Instance Attribute Control",
               "We propose DreamRenderer. DreamRenderer improves the Image Success Ratio by "
               "17.7% over FLUX. It gains 2.5 percentage points over GLIGEN.")
    rels = {(r.subject, r.object) for r in ext.relations}
    assert ("DreamRenderer", "FLUX") in rels and ("DreamRenderer", "GLIGEN") in rels


def test_the_title_saying_a_proposed_definitions_long_form_proposes_it(ex):
    ext = _run(ex, "Structure-Guided Entity Resolution: Fine-Tuning LLMs for Name Matching",
               "This paper introduces Structure-Guided Entity Resolution (SGER), a novel "
               "framework that fine-tunes an LLM through a two-phase curriculum.")
    m = next(m for m in ext.mentions if m.text == "Structure-Guided Entity Resolution")
    assert (m.type, m.role) == ("Method", "proposes")


def test_a_score_and_its_metric_before_on_the_x_is_on_x(ex):
    ext = _run(ex, "Phoneme-Level Visual Speech Recognition",
               "We propose PV-ASR. Our PV-ASR method achieves 17.4% WER on the LRS2 and 21.0% "
               "WER on the LRS3 dataset.")
    assert {(r.benchmark, r.value) for r in ext.results} == {("LRS2", 17.4), ("LRS3", 21.0)}


def test_models_a_claim_is_made_on_are_not_compared(ex):
    ext = _run(ex, "Selecting Demonstrations for Many-Shot In-Context Learning",
               "We introduce a novel gradient matching approach. For instance, it surpasses "
               "random selection by 4% on Qwen2.5-72B and Llama3-70B.")
    roles = _roles(ext)
    assert roles.get("Qwen2.5-72B") != "comparesWith"
    assert roles.get("Llama3-70B") != "comparesWith"


def test_matching_after_a_noun_is_a_technique_not_a_comparison(ex):
    ext = _run(ex, "Selecting Demonstrations via Gradient Matching",
               "We introduce a novel approach. Through gradient matching on relatively small "
               "models, e.g., Qwen2.5-3B or Llama3-8B, our method outperforms random selection. "
               "Our model performs well while matching GPT-4 on MMLU.")
    roles = _roles(ext)
    assert roles.get("Qwen2.5-3B") != "comparesWith"
    assert roles.get("GPT-4") == "comparesWith"


def test_the_name_after_a_fronted_phrase_with_names_is_the_subject(ex):
    ext = _run(ex, "CHURRO: Making History Readable with an Open-Weight VLM",
               "We present CHURRO, an open-weight VLM. On the CHURRO-DS test set, CHURRO "
               "achieves 82.3% (printed) and 70.1% (handwritten) normalized Levenshtein "
               "similarity, surpassing the second-best model, Gemini 2.5 Pro, by 1.4%.")
    assert ("CHURRO", "Gemini 2.5 Pro") in {(r.subject, r.object) for r in ext.relations}


def test_a_change_of_a_name_not_read_is_not_the_last_systems(ex):
    ext = _run(ex, "Rethinking Supervision Granularity for Theorem Proving",
               "We propose SegPro and evaluate on miniF2F. It increases the proof success rate "
               "of BFS-Prover-V2-7B from 68.77% to 70.74% and that of InternLM2.5-StepProver "
               "from 59.59% to 60.33%, showing gains.")
    assert {r.value for r in ext.results} == {68.77, 70.74}


def test_a_score_of_residents_or_participants_is_peoples(ex):
    ext = _run(ex, "ReXVQA: A Large-scale Visual Question Answering Benchmark",
               "We introduce ReXVQA, a benchmark for chest X-rays. GPT-4o achieved 83.84% "
               "accuracy on ReXVQA, compared to human readers (best radiology resident: "
               "77.27%).")
    assert [r.value for r in ext.results] == [83.84]


def test_a_benchmark_ending_the_claim_before_is_not_the_next_scores(ex):
    ext = _run(ex, "Liberating LLM Capabilities in Full-Duplex Speech Models",
               "We propose LWS. Empirically, LWS reaches 4.72 on VoiceBench AlpacaEval, "
               "achieves 92.6% writing-speaking consistency, and outperforms its ablations.")
    assert 92.6 not in [r.value for r in ext.results]


def test_capitalised_words_before_a_known_name_introduced_make_a_new_name(ex):
    ext = _run(ex, "Towards Factuality Evaluation in Large Video Language Models",
               "To address this gap, we introduce Video SimpleQA, the first comprehensive "
               "benchmark tailored for factuality evaluation of LVLMs. The best-performing model "
               "Gemini-1.5-Pro achieves merely an F-score of 54.4% on Video SimpleQA.")
    assert _roles(ext).get("Video SimpleQA") == "proposes"
    assert "SimpleQA" not in {m.text for m in ext.mentions}


def test_a_title_ending_via_a_technique_the_abstract_names_proposes_it(ex):
    ext = _run(ex, "Fictitious Synthetic Data Can Improve LLM Factuality via Prerequisite Learning",
               "In this paper, we propose a novel fine-tuning strategy called Prereq-Tune. "
               "Prereq-Tune introduces an additional prerequisite learning stage to learn the "
               "necessary knowledge for SFT.")
    assert _roles(ext).get("Prerequisite Learning") == "proposes"
    ext = _run(ex, "Solving the Satisfiability Problem Through Boolean Networks",
               "We study Boolean networks and their dynamics.")
    assert "Boolean Networks" not in {m.text for m in ext.mentions if m.role == "proposes"}


def test_a_score_said_of_current_systems_unnamed_is_not_the_papers(ex):
    ext = _run(ex, "EvoArena: Tracking Memory Evolution for Robust LLM Agents",
               "We propose EvoMem and introduce EvoArena, a benchmark. Experiments show that "
               "current agents struggle on EvoArena, achieving an average accuracy of 39.6%. "
               "EvoMem outperforms existing methods on EvoArena, achieving 52.1% accuracy.")
    assert [(r.subject, r.value) for r in ext.results] == [("EvoMem", 52.1)]


def test_a_small_letter_title_name_with_a_digit_said_again_is_the_papers(ex):
    ext = _run(ex, "good4cir: Generating Detailed Synthetic Captions for Composed Image Retrieval",
               "We introduce good4cir, a structured pipeline leveraging vision-language models "
               "to generate high-quality synthetic annotations.")
    assert _roles(ext).get("good4cir") == "proposes"
    ext = _run(ex, "a1: Steep Test-time Scaling Law via Environment Augmented Generation",
               "We study test-time scaling of agents.")
    assert "a1" not in {m.text for m in ext.mentions}


def test_a_definition_ending_on_instruction_following_is_a_task(ex):
    ext = _run(ex, "Evaluating Ill-Defined Tasks in Large Language Models",
               "We examine two case studies: Complex Instruction Following (CIF), where we "
               "identify recurring issues with LLM-based judges.")
    assert _types(ext, "CIF") == {"Task"}


def test_slashed_or_joined_sizes_of_a_model_are_each_a_model(ex):
    ext = _run(ex, "Tuning Reasoning Models",
               "We fine-tune Llama-2-7B/13B and LLaMA 1 & 2, and compare with Flan-T5-XL/XXL. "
               "SigLIP-SO400M/14 is the image encoder.")
    names = {m.text for m in ext.mentions if m.type == "Model"}
    assert {"Llama-2-7B", "Llama-2-13B", "LLaMA 1", "LLaMA 2", "Flan-T5-XL",
            "Flan-T5-XXL"} <= names
    assert "SigLIP-SO14M" not in names


def test_instruct_tuning_is_instruction_tuning(ex):
    ext = _run(ex, "Becoming self-instruct: early stopping criteria for minimal instruct tuning",
               "We study instruct-tuning of base models and introduce IFS, a metric.")
    assert {m.text.lower() for m in ext.mentions if m.type == "Method"} >= {
        "instruct tuning", "instruct-tuning"}


def test_success_rates_in_the_plural_are_the_metric(ex):
    ext = _run(ex, "ISR-LLM: Iterative Self-Refined LLM for Long-Horizon Planning",
               "We propose ISR-LLM. The results show that ISR-LLM achieves markedly higher "
               "success rates in task accomplishments and lower attack success rates.")
    assert {"success rates", "attack success rates"} <= {
        m.text for m in ext.mentions if m.type == "Metric"}


def test_a_background_sentence_makes_no_claim_for_the_papers_system(ex):
    ext = _run(ex, "Periodic RoPE for Infinite Context LLMs",
               "While recent efforts have extended context windows, model performance degrades "
               "when sequence length exceeds the pre-trained range of positional encodings "
               "(e.g., RoPE). To address it, we propose Periodic RoPE (P-RoPE), a positional "
               "encoding mechanism. P-RoPE outperforms YaRN on RULER.")
    assert {(r.subject, r.object) for r in ext.relations} == {("P-RoPE", "YaRN")}


def test_the_subject_of_listed_predicates_makes_the_last_claim(ex):
    ext = _run(ex, "CoE-Ops: Collaboration of LLM-based Experts for AIOps Question-Answering",
               "We propose CoE-Ops. Experimental results demonstrate that CoE-Ops achieves a "
               "72% improvement in routing accuracy for high-level AIOps tasks compared to "
               "existing CoE methods, delivers up to 8% accuracy enhancement over single AIOps "
               "models in DevOps problem resolution, and outperforms larger-scale "
               "Mixture-of-Experts (MoE) models by up to 14% in accuracy.")
    assert ("CoE-Ops", "MoE") in {(r.subject, r.object) for r in ext.relations}


def test_a_judge_model_giving_a_score_is_not_the_subject_of_a_gain(ex):
    ext = _run(ex, "3D-PLOT-LLM: Part-Level Object Tokens for 3D Large Language Models",
               "We propose 3D-PLOT-LLM. 3D-PLOT-LLM outperforms SegPoint on every metric, with "
               "up to +3.03 GPT-4o judge over PointLLM.")
    assert "GPT-4o" not in {r.subject for r in ext.relations}


def test_a_benchmarks_own_score_is_in_no_metric_named_later(ex):
    ext = _run(ex, "Attention-MoA: Enhancing Mixture-of-Agents",
               "We propose Attention-MoA. Attention-MoA outperforms GPT-4.1, achieving an "
               "MT-Bench score of 8.83 and an AlpacaEval 2.0 LC Win Rate of 77.36%.")
    assert {(r.value, r.metric) for r in ext.results} >= {(8.83, None)}


def test_a_score_of_a_capitalised_measure_not_read_is_in_no_other_metric(ex):
    ext = _run(ex, "GenoMAS: A Multi-Agent Framework for Gene Expression Analysis",
               "We propose GenoMAS. On the GenoTEX benchmark, GenoMAS reaches a Composite "
               "Similarity Correlation of 89.13% for data preprocessing and an F1 of 60.48% for "
               "gene identification.")
    assert {(r.value, r.metric) for r in ext.results} == {(89.13, None), (60.48, "F1")}


def test_a_truncated_word_in_brackets_is_no_short_form(ex):
    ext = _run(ex, "IFEvalCode: Controlled Code Generation",
               "IFEvalCode decouples evaluation into two metrics: correctness (Corr.) and "
               "instruction-following (Instr.), enabling a more nuanced assessment.")
    assert not {"Instr.", "Corr."} & {m.text for m in ext.mentions}


def test_a_title_naming_a_hypothesis_or_paradox_proposes_no_artifact(ex):
    ext = _run(ex, "Safety Paradox: How Enhanced Safety Awareness Leaves LLMs Vulnerable",
               "We reveal that safety awareness introduces a vulnerability, the Safety "
               "Paradox. We introduce Posterior Attack, a single-query jailbreak.")
    assert "Safety Paradox" not in {m.text for m in ext.mentions if m.role == "proposes"}
    ext = _run(ex, "Cancer-Myth: Evaluating AI Chatbot on Patient Questions",
               "We introduce Cancer-Myth, an expert-verified adversarial dataset.")
    assert _roles(ext).get("Cancer-Myth") == "proposes"


def test_a_known_tasks_acronym_with_a_capitalised_data_kind_after_the_names_a_benchmark(ex):
    ext = _run(ex, "Open ASR Leaderboard: Towards Reproducible Speech Recognition Evaluation",
               "We present the Open ASR Leaderboard, a fully reproducible benchmark comparing "
               "60+ systems across 11 datasets.")
    assert _roles(ext).get("Open ASR Leaderboard") == "proposes"
    assert "Benchmark" in _types(ext, "Open ASR Leaderboard")
    ext = _run(ex, "Investigating Transcription Normalization in the Faetar ASR Benchmark",
               "We study how transcription normalization changes word error rates.")
    assert "Benchmark" in _types(ext, "Faetar ASR Benchmark")
    ext = _run(ex, "KOFFVQA: An Objectively Evaluated Free-form VQA Benchmark",
               "We introduce KOFFVQA, a free-form VQA benchmark in Korean.")
    assert not any("VQA Benchmark" in m.text for m in ext.mentions)


def test_capitalised_words_before_a_known_model_opening_a_title_name_the_papers_model(ex):
    ext = _run(ex, "Vuyko Mistral: Adapting LLMs for Low-Resource Dialectal Translation",
               "We fine-tune open-source LLMs with LoRA on a parallel corpus.")
    assert _roles(ext).get("Vuyko Mistral") == "proposes"
    assert "Model" in _types(ext, "Vuyko Mistral")
    ext = _run(ex, "Debiasing CLIP: Interpreting and Correcting Bias", "We study CLIP.")
    assert "Debiasing CLIP" not in {m.text for m in ext.mentions}
    ext = _run(ex, "Beyond GPT-5: Making LLMs Cheaper", "We study routing.")
    assert "Beyond GPT-5" not in {m.text for m in ext.mentions}
    ext = _run(ex, "NeuroSeg Meets DINOv3: Transferring 2D Priors", "We study transfer.")
    assert "NeuroSeg Meets DINOv3" not in {m.text for m in ext.mentions}
    ext = _run(ex, "Durghotona GPT: A Framework to Generate Road Accident Datasets",
               "This paper presents a novel framework named 'Durghotona GPT' that integrates "
               "web scraping and LLMs.")
    assert {m.text for m in ext.mentions if m.role == "proposes"} == {"Durghotona GPT"}


def test_gains_in_an_aside_after_a_score_end_with_the_aside(ex):
    ext = _run(ex, "HDRR: Hybrid Document-Routed Retrieval for Financial RAG",
               "We evaluate on the FinDER benchmark. Experimental results demonstrate that HDRR "
               "achieves the best performance on every metric: an average score of 7.54 (25.2% "
               "above CBR, 16.9% above SFR), a failure rate of only 6.4%, and a correctness "
               "rate of 67.7% (+18.7 pp over CBR).")
    assert {(r.subject, r.value) for r in ext.results} == {
        ("HDRR", 7.54), ("HDRR", 6.4), ("HDRR", 67.7)}


def test_numbers_listed_before_a_plural_gain_noun_are_gains(ex):
    ext = _run(ex, "AdaViP: Adaptive Vision-enhanced Preference Optimization",
               "Notably, our AdaViP-7B achieves 93.7% and 96.4% reductions in response-level "
               "and mentioned-level hallucination respectively on the Object HalBench.")
    assert not ext.results


def test_a_short_form_defined_as_a_task_is_no_system_named_after_a_known_task(ex):
    ext = _run(ex, "3D-RAD: A Comprehensive 3D Radiology Med-VQA Dataset",
               "Medical Visual Question Answering (Med-VQA) holds significant potential for "
               "clinical decision support. This paper presents 3D-RAD, a large-scale dataset "
               "designed to advance 3D Med-VQA using radiology CT scans.")
    assert _types(ext, "Med-VQA") == {"Task"}


def test_companies_listed_together_are_no_models_or_tasks(ex):
    ext = _run(ex, "Narrative over Numbers: The Identifiable Victim Effect in LLMs",
               "We run trials across 16 frontier models from nine labs (Google, Anthropic, "
               "OpenAI, Meta, DeepSeek, xAI, Alibaba, IBM, and Moonshot). We compare Mistral, "
               "DeepSeek and GPT-4o.")
    assert "xAI" not in {m.text for m in ext.mentions}
    assert {m.text for m in ext.mentions if m.role == "comparesWith"} >= {"Mistral", "DeepSeek"}


def test_a_thesaurus_lexicon_or_archive_defined_is_data(ex):
    ext = _run(ex, "Modeling Website Workload Using Neural Networks",
               "We use traces from the Internet Traffic Archive (ITA) to train the network.")
    assert _types(ext, "ITA") == {"Dataset"}
    ext = _run(ex, "Bootstrapping a Lexicon for Emotional Arousal",
               "We build the Software Engineering Arousal lexicon (SEA) from issue comments.")
    assert _types(ext, "SEA") == {"Dataset"}


def test_a_name_before_a_tracks_shared_task_is_a_benchmark(ex):
    ext = _run(ex, "Iterative MBR Distillation for Error Span Detection",
               "Extensive experiments on the WMT Metrics Shared Task datasets demonstrate that "
               "models trained on pseudo-labels outperform supervised baselines.")
    assert _types(ext, "WMT") == {"Benchmark"}


def test_coder_after_a_models_name_is_part_of_it(ex):
    ext = _run(ex, "Multi-task Code LLMs: Data Mix or Model Merge?",
               "We study two model families (Qwen Coder and DeepSeek Coder). Our best "
               "configuration of Qwen Coder 2.5 7B model achieves 92.7% Pass@1 on HumanEval.")
    assert {(r.subject, r.value) for r in ext.results} == {("Qwen Coder 2.5 7B", 92.7)}
    assert "Qwen Coder" in {m.text for m in ext.mentions}
    ext = _run(ex, "Co-Evolving LLM Coder and Unit Tester via Reinforcement Learning",
               "We train a coder and a unit tester together.")
    assert "LLM Coder" not in {m.text for m in ext.mentions}


def test_a_name_modifying_the_setting_of_a_claim_is_not_compared(ex):
    ext = _run(ex, "SEPTQ: A Simple Post-Training Quantization Paradigm",
               "We propose SEPTQ. Experimental results demonstrate that SEPTQ significantly "
               "outperforms other strong baselines, especially in low-bit quantization "
               "scenarios.")
    assert "comparesWith" not in {m.role for m in ext.mentions}


def test_a_one_letter_variant_listed_as_a_benchmark_is_one(ex):
    ext = _run(ex, "NeoBabel: A Multilingual Open Tower for Visual Generation",
               "To evaluate its capabilities, we expand two English-only benchmarks to "
               "multilingual equivalents: m-GenEval and m-DPG. NeoBabel achieves "
               "state-of-the-art multilingual performance, scoring 0.75 on m-GenEval and 0.68 "
               "on m-DPG.")
    assert _types(ext, "m-DPG") == {"Benchmark"}
    assert {(r.benchmark, r.value) for r in ext.results} == {("m-GenEval", 0.75),
                                                             ("m-DPG", 0.68)}


def test_a_fine_tuned_version_of_a_model_is_a_model(ex):
    ext = _run(ex, "GuardEval: A Multi-Perspective Benchmark for LLM Moderators",
               "We also present GemmaGuard (GGuard), a QLoRA fine-tuned version of Gemma3-12B "
               "trained on GuardEval, to assess content moderation.")
    assert _types(ext, "GGuard") == {"Model"}


def test_a_name_after_a_new_test_set_is_data(ex):
    ext = _run(ex, "CogBench: A Benchmark for Cognitive Impairment Assessment",
               "We evaluate model performance on three speech datasets spanning English and "
               "Mandarin: ADReSSo, NCMMSC2021-AD, and a newly collected test set, CIR-E.")
    assert _types(ext, "CIR-E") == {"Dataset"}


def test_a_capital_letter_hyphen_and_capitalised_word_is_a_name(ex):
    ext = _run(ex, "HypoEval: Hypothesis-Guided Evaluation for Natural Language Generation",
               "We propose HypoEval. On average, HypoEval outperforms G-Eval by 11.86%, "
               "and Q-Former by more.")
    assert {"G-Eval", "Q-Former"} <= {m.text for m in ext.mentions}
    ext = _run(ex, "X", "We fit B-Spline curves to X-Ray images and score E-Commerce sites.")
    assert not {"B-Spline", "X-Ray", "E-Commerce"} & {
        m.text for m in ext.mentions if m.evidence.rule.startswith("name")}


def test_a_name_modifying_a_kind_has_no_score_of_a_change(ex):
    ext = _run(ex, "MSRL: Multi-Stage Reinforcement Learning for Reward Models",
               "We propose MSRL. Extensive experiments demonstrate that MSRL effectively scales "
               "the RLVR-based training of generative reward models and substantially improves "
               "their performance (e.g., from 66.6% to 75.9% on VL-RewardBench).")
    assert {r.subject for r in ext.results} == {"MSRL"}


def test_benchmarks_of_a_defined_learning_technique_do_not_make_it_a_benchmark(ex):
    ext = _run(ex, "Gated Integration of Low-Rank Adaptation for Continual Learning",
               "Continual learning (CL), which requires the model to learn tasks sequentially, "
               "is crucial. Experimental results on CL benchmarks demonstrate that GainLoRA "
               "outperforms existing methods.")
    assert _types(ext, "CL") == {"Method"}


def test_known_data_with_a_size_in_billions_is_a_model(ex):
    ext = _run(ex, "Brittleness Testing for Chess-Trained Language Models",
               "We also demonstrate how LLM-Modulo, a verifier-in-the-loop framework, raises "
               "RedPajama 3B's best move accuracy from 1.2% to 21.2% on chess puzzles.")
    assert _types(ext, "RedPajama 3B") == {"Model"}


def test_a_title_naming_the_paradox_or_curse_of_something_proposes_no_artifact(ex):
    ext = _run(ex, "The Paradox of Robustness: Decoupling Rule-Based Logic from Affective Noise",
               "In this work, we uncover a striking \"Paradox of Robustness\": LLMs exhibit "
               "near-total invariance to emotional framing.")
    assert "proposes" not in {m.role for m in ext.mentions}


def test_a_model_a_system_is_built_upon_does_not_improve_over_others(ex):
    ext = _run(ex, "Flow-OPD: On-Policy Distillation for Flow Matching Models",
               "We propose Flow-OPD. Built upon Stable Diffusion 3.5 Medium, Flow-OPD raises "
               "the GenEval score from 63 to 92, yielding an overall improvement of roughly 10 "
               "points over vanilla GRPO.")
    assert _beats(ext) == {
        ("Flow-OPD", "GRPO")}


def test_a_list_of_data_goes_on_past_an_items_description_in_brackets(ex):
    ext = _run(ex, "G-Loss: Graph-Guided Fine-Tuning of Language Models",
               "We evaluate G-Loss on five benchmark datasets: R8 (topic categorization), R52, "
               "and Ohsumed.")
    assert _types(ext, "R52") == {"Benchmark"}


def test_a_kind_of_language_model_defined_in_small_letters_is_no_name(ex):
    ext = _run(ex, "TinyRS-R1: Compact Multimodal Language Model for Remote Sensing",
               "This paper introduces TinyRS, the first 2B-parameter multimodal small language "
               "model (MSLM) optimized for remote sensing tasks.")
    assert "MSLM" not in {m.text for m in ext.mentions}


def test_a_kind_of_architecture_based_on_a_name_is_not_outperformed(ex):
    ext = _run(ex, "ByteFlow: Language Modeling through Adaptive Byte Compression",
               "We propose ByteFlow. Experiments demonstrate substantial gains, with ByteFlow "
               "outperforming both BPE-based Transformers and previous byte-level "
               "architectures.")
    assert not [r for r in ext.relations if r.predicate == "outperforms"]


def test_the_model_a_system_starts_from_and_kinds_of_models_are_not_in_a_claim(ex):
    ext = _run(ex, "Ryze: Evidence-Enriched Data Synthesis from Biomedical Papers",
               "We propose Ryze. Starting from Qwen3-VL-8B, Ryze produces BioVLM-8B at under "
               "USD 200, achieving 48.0% weighted accuracy on LAB-Bench, surpassing GPT-5.2 by "
               "+3.8 pp.")
    assert {r.subject for r in ext.relations if r.predicate == "outperforms"} == {"Ryze"}
    ext = _run(ex, "Exploring Graph Representations of Logical Forms",
               "We propose GFoLDS. We show that GFoLDS vastly outperforms textual, transformer "
               "LMs pretrained on similar amounts of data.")
    assert not [r for r in ext.relations if r.predicate == "outperforms"]


def test_an_ordinary_word_introduced_and_spelled_out_is_a_name(ex):
    ext = _run(ex, "Enhancing Zero-shot Commonsense Reasoning via Machine Imagination",
               "We propose Imagine (Machine Imagination-based Reasoning), a novel zero-shot "
               "commonsense reasoning framework. Specifically, we enhance PLMs with the ability "
               "to imagine by embedding an image generator in the reasoning pipeline.")
    assert _roles(ext).get("Imagine") == "proposes"


def test_names_after_a_described_state_of_the_art_are_outperformed(ex):
    ext = _run(ex, "MORepair: Teaching LLMs to Repair Code via Multi-Objective Fine-tuning",
               "We propose MORepair. We further show that our fine-tuning strategy yields "
               "superior performance compared to the incumbent state-of-the-art in fine-tuned "
               "models for program repair, Fine-tune-CoT and RepairLLaMA.")
    assert _beats(ext) == {
        ("MORepair", "Fine-tune-CoT"), ("MORepair", "RepairLLaMA")}


def test_a_listed_term_may_open_with_training(ex):
    ext = _run(ex, "Disperse-Then-Merge: Pushing the Limits of Instruction Tuning",
               "We propose disperse-then-merge. Despite its simplicity, our framework "
               "outperforms various sophisticated methods such as data curation and training "
               "regularization on a series of standard benchmarks.")
    assert _types(ext, "training regularization") == {"Method"}


def test_a_capitalised_evaluation_word_in_a_name_makes_no_evaluation_sentence(ex):
    ext = _run(ex, "Aya Dataset: An Open-Access Collection for Multilingual Instruction Tuning",
               "We release the Aya Evaluation Suite, built with xP3 and FLAN.")
    assert _roles(ext).get("xP3") == "uses"


def test_data_and_a_benchmark_listed_after_a_proposal_are_proposed(ex):
    ext = _run(ex, "X", "We release the Aya Dataset, the Aya Collection, and the Aya Evaluation "
                        "Suite.")
    assert _roles(ext).get("Aya Evaluation Suite") == "proposes"


def test_a_score_followed_by_a_name_in_brackets_is_that_names(ex):
    ext = _run(ex, "PlotChain: Deterministic Checkpointed Evaluation of Multimodal LLMs",
               "We introduce PlotChain, a benchmark. On PlotChain, the top models achieve 80.42% "
               "(Gemini 2.5 Pro), 79.84% (GPT-4.1), and 78.21% (Claude Sonnet 4.5) overall "
               "pass rates.")
    assert {(r.subject, r.value) for r in ext.results} == {
        ("Gemini 2.5 Pro", 80.42), ("GPT-4.1", 79.84), ("Claude Sonnet 4.5", 78.21)}


def test_a_new_name_in_mixed_capitals_ending_a_title_after_with_is_proposed(ex):
    ext = _run(ex, "Exploring Advanced Large Language Models with LLMsuite",
               "This tutorial explores the advancements and challenges in large language "
               "models.")
    assert _roles(ext).get("LLMsuite") == "proposes"
    ext = _run(ex, "Efficient Solving of Scheduling Problems with SMT", "We encode jobs.")
    assert _roles(ext).get("SMT") != "proposes"
    ext = _run(ex, "Evaluating Summaries via LLM-as-Judge", "We ask models to grade.")
    assert "proposes" not in {m.role for m in ext.mentions}


def test_accuracy_at_k_is_a_metric(ex):
    ext = _run(ex, "SHERLOC: Structured Diagnostic Localization for Code Repair Agents",
               "We introduce SHERLOC. SHERLOC reaches 84.33% accuracy@1 on SWE-Bench Lite.")
    assert {(r.metric, r.value) for r in ext.results} == {("accuracy@1", 84.33)}


def test_a_drop_with_no_system_named_is_no_score_of_the_papers(ex):
    ext = _run(ex, "Supersede: Diagnosing and Training the Memory-Update Gap in LLM Agents",
               "We propose Supersede. On the knowledge-update subset of LongMemEval, replacing "
               "an agent's full context with a bounded memory drops accuracy from 92% to 77% "
               "even on a frontier model.")
    assert not ext.results


def test_knowledge_graph_and_multi_hop_question_answering_are_known_tasks(ex):
    ext = _run(ex, "Search-on-Graph: Iterative Informed Navigation on Knowledge Graphs",
               "Existing KGQA methods face trade-offs. Across six KGQA benchmarks spanning "
               "Freebase and Wikidata, SoG achieves state-of-the-art performance, and it also "
               "helps MHQA.")
    assert _types(ext, "KGQA") == {"Task"} and _types(ext, "MHQA") == {"Task"}


def test_a_capitalised_mapping_from_a_medium_is_a_task(ex):
    ext = _run(ex, "Achieving Precise Text-To-Cypher Via Grounded Knowledge Graph Data Generation",
               "We need conversational interfaces based on Text-To-Cypher (Text2Cypher) parsers. "
               "We conduct experiments on all the major Text-To-Cypher benchmarks.")
    assert _types(ext, "Text-To-Cypher") == {"Task"}


def test_described_parts_of_a_proposed_benchmark_are_proposed(ex):
    ext = _run(ex, "DentalBench: Benchmarking LLMs for Dentistry",
               "We introduce DentalBench. DentalBench consists of two main components: "
               "DentalQA, an English-Chinese question-answering (QA) benchmark with 36,597 "
               "questions; and DentalCorpus, a large-scale, high-quality corpus with 337 million "
               "tokens.")
    assert _roles(ext).get("DentalCorpus") == "proposes"


def test_a_name_opening_the_next_clause_is_not_beaten(ex):
    ext = _run(ex, "GCA-ResUNet: Medical Image Segmentation",
               "We propose SFT on disease labels followed by Group Relative Policy Optimization "
               "(GRPO). Across three datasets, SFT outperformed baselines and GRPO further "
               "improved classification. GCA-ResUNet achieves Dice scores of 86.11%, "
               "outperforming CNN and Transformer-based methods, including Swin-UNet.")
    pairs = _beats(ext)
    assert ("SFT", "GRPO") not in pairs and not any(o == "Transformer" for _s, o in pairs)
    assert any(o == "Swin-UNet" for _s, o in pairs)


def test_capitals_listed_among_compared_systems_are_names(ex):
    ext = _run(ex, "AnTKV: Anchor Token-Aware Sub-Bit Vector Quantization for KV Cache",
               "We introduce AnTKV. Our experiment results demonstrate that AnTKV matches or "
               "outperforms prior works such as KIVI, SKVQ, KVQuant, and CQ under 4-bit "
               "settings.")
    pairs = _beats(ext)
    assert {("AnTKV", "KIVI"), ("AnTKV", "SKVQ"), ("AnTKV", "KVQuant")} <= pairs


def test_benchmarks_listed_before_their_scores_pair_in_order(ex):
    ext = _run(ex, "SCRA-VQA: Summarized Caption-Rerank for Visual Question Answering",
               "We propose SCRA-VQA. Based on an LLM with 6.7B parameters, SCRA-VQA performs "
               "excellently on two challenging knowledge-based VQA datasets: OK-VQA and "
               "A-OKVQA, achieving accuracies of 38.8% and 34.6%.")
    assert {(r.benchmark, r.value_text) for r in ext.results} == {("OK-VQA", "38.8"),
                                                                  ("A-OKVQA", "34.6")}


def test_a_score_bracketed_after_an_unnamed_system_is_not_the_named_ones(ex):
    ext = _run(ex, "ATLAS: Constraints-Aware Multi-Agent Collaboration for Travel Planning",
               "ATLAS demonstrates state-of-the-art performance on the TravelPlanner benchmark. "
               "In this setting, ATLAS achieves an 84% final pass rate which significantly "
               "outperforms baselines including ReAct (59%) and a monolithic agent (27%). "
               "Gemini 3 Pro achieves the best F1 score as a commercial model (64.61).")
    scores = {(r.subject, r.value_text) for r in ext.results}
    assert ("ReAct", "59") in scores and ("ReAct", "27") not in scores
    assert ("Gemini 3 Pro", "64.61") in scores


def test_a_term_set_off_after_the_kind_it_is_is_coined(ex):
    ext = _run(ex, "Mind the Gap: Improving Output Diversity of Instruction-Tuned LLMs",
               "Motivated by these findings, we present a new decoding strategy, conformative "
               "decoding, which guides an instruct model using its base model. We also "
               "propose a novel task, hierarchical instance tracking, which needs no labels. "
               "We propose a meta-learning approach, trained on historical data, that ranks.")
    roles = _roles(ext)
    assert roles.get("conformative decoding") == "proposes"
    assert _types(ext, "hierarchical instance tracking") == {"Task"}
    assert not any(n.startswith("trained") for n in roles)


def test_a_metric_past_a_clause_or_another_numbers_words_is_not_the_scores(ex):
    ext = _run(ex, "SCRIBE: Structured Mid-Level Supervision for Tool-Using Language Models",
               "We propose SCRIBE. In particular, it improves the AIME25 accuracy of a Qwen3-4B "
               "model from 43.3% to 63.3%, and significantly increases success rates in complex "
               "tool interactions. On BUSI, SCRIBE achieves an accuracy of 95.63%, "
               "sensitivity of 96.42%, and precision of 94.79%. On MMLU, SCRIBE achieves "
               "87.1%, 86.5%, and 85.8% accuracy.")
    got = {r.value_text: r.metric for r in ext.results}
    assert got["63.3"] == "accuracy" and got["96.42"] is None
    assert got["86.5"] == "accuracy"


def test_a_clause_opening_with_an_unnamed_system_scores_no_named_one(ex):
    ext = _run(ex, "GraphMERT: Efficient and Scalable Distillation of Reliable Knowledge Graphs",
               "We propose GraphMERT. On text obtained from PubMed papers on diabetes, our "
               "80M-parameter GraphMERT yields a KG with a 69.8% FActScore; a 32B-parameter "
               "baseline LLM yields a KG that achieves only 40.2% FActScore.")
    assert {r.value_text for r in ext.results} == {"69.8"}


def test_listed_systems_pair_with_scores_said_respectively_after_a_metric(ex):
    ext = _run(ex, "IMAGINE: Integrating Multi-Agent System into One Model",
               "We propose IMAGINE and evaluate it on TravelPlanner. Even in the thinking mode, "
               "Qwen3-8B-Instruct and DeepSeek-R1-671B, only achieve Final Pass Rates of 5.9% "
               "and 40%, respectively. When integrated with ORCNN and ReDet architectures, "
               "IMAGINE achieves pass rates of 47.86% and 48.50%, respectively.")
    got = {r.value_text: r.subject for r in ext.results}
    assert got["5.9"] == "Qwen3-8B-Instruct" and got["40"] == "DeepSeek-R1-671B"
    assert got.get("47.86") != "ORCNN"


def test_the_one_benchmark_past_a_semicolon_is_not_the_scores(ex):
    ext = _run(ex, "CXR-ContraBench: Benchmarking Negated-Option Attraction in Medical VLMs",
               "We introduce CXR-ContraBench, a benchmark. On a strict direct presence probe, "
               "MedGemma and Qwen2.5-VL reach only 31.49% and 30.21% accuracy, respectively; "
               "on a matched CheXpert training-split protocol, both models select negated "
               "options on over 62% of presence questions.")
    assert {r.benchmark for r in ext.results} == {"CXR-ContraBench"}


def test_an_unnamed_system_changed_from_a_score_had_the_old_one(ex):
    ext = _run(ex, "TAGS: A Test-Time Generalist-Specialist Framework for Medical QA",
               "We propose TAGS. TAGS achieves strong performance across nine MedQA benchmarks, "
               "boosting GPT-4o accuracy by 13.8%, DeepSeek-R1 by 16.8%, and improving a "
               "vanilla 7B model from 14.1% to 23.9%.")
    assert {(r.subject, r.value_text) for r in ext.results} == {("TAGS", "23.9")}


def test_a_benchmark_named_like_a_change_word_is_no_change(ex):
    ext = _run(ex, "HRM-Text: Efficient Pretraining Beyond Scaling",
               "We propose HRM-Text. HRM-Text achieves 60.7% on MMLU, 81.9% on ARC-C, 82.2% on "
               "DROP, 84.5% on GSM8K, and 56.2% on MATH.")
    assert {(r.benchmark, r.value_text) for r in ext.results} >= {
        ("DROP", "82.2"), ("GSM8K", "84.5"), ("MATH", "56.2")}


def test_a_previously_published_best_is_not_the_papers_score(ex):
    ext = _run(ex, "RAFFLES: Reasoning-based Attribution of Faults for LLM Systems",
               "We propose RAFFLES. RAFFLES achieves an accuracy of 43% on the Hand-Crafted "
               "dataset (a substantial increase from the previously published best of 16.6%).")
    assert "16.6" not in {r.value_text for r in ext.results}


def test_a_change_after_beating_a_system_is_the_winners(ex):
    ext = _run(ex, "A Guardrail for Safety Preservation in Fine-tuned LLMs",
               "We propose GuardSpace. On GSM8K, GuardSpace outperforms the state-of-the-art "
               "method AsFT, reducing the average harmful score from 14.4% to 3.6%, while "
               "improving the accuracy from 26.0% to 28.0%.")
    got = {r.value_text: r.subject for r in ext.results}
    assert got.get("3.6") == "GuardSpace" and got.get("14.4") == "AsFT"


def test_a_score_in_unread_measure_words_has_no_metric(ex):
    ext = _run(ex, "WebGen-Agent: Enhancing Interactive Website Generation",
               "We propose WebGen-Agent. On the WebGen-Bench dataset, WebGen-Agent increases the "
               "accuracy of Claude-3.5-Sonnet from 26.4% to 51.9% and its appearance score from "
               "3.0 to 3.9. WebGen-Agent reaches a final score of 50.5% accuracy on MMLU.")
    got = {r.value_text: r.metric for r in ext.results}
    assert got["51.9"] == "accuracy" and got["3.9"] is None and got["50.5"] == "accuracy"


def test_how_a_beaten_system_was_made_is_not_beaten_and_with_a_x_is_a_recipe(ex):
    ext = _run(ex, "OpenSeeker: Democratizing Frontier Search Agents",
               "We propose OpenSeeker. OpenSeeker even surpasses industrial competitors such as "
               "Tongyi DeepResearch (trained via extensive continual pre-training, SFT, and RL) "
               "on BrowseComp-ZH. Gemini 1.5 Pro combined with a Chain-of-Thought prompt "
               "achieved the highest accuracy (84%), outperforming GPT-4o (81%).")
    pairs = _beats(ext)
    assert not any(o in ("SFT", "RL") for _s, o in pairs)
    assert ("Gemini 1.5 Pro", "GPT-4o") in pairs


def test_our_kind_opening_the_sentence_beats_what_its_predicate_names(ex):
    ext = _run(ex, "ThinkPRM: Process Reward Models That Think",
               "We propose ThinkPRM. Our approach capitalizes on the inherent reasoning abilities "
               "of long CoT models, and outperforms LLM-as-a-Judge across several benchmarks.")
    pairs = _beats(ext)
    assert pairs == {("ThinkPRM", "LLM-as-a-Judge")}


def test_a_name_before_a_plural_kind_of_agent_is_only_a_kind(ex):
    ext = _run(ex, "Traffic-R1: Reinforced LLMs Bring Human-Like Reasoning to Traffic Control",
               "We propose Traffic-R1. Extensive benchmarks demonstrate that Traffic-R1 sets a "
               "new state of the art, outperforming strong baselines and training-intensive RL "
               "controllers. Traffic-R1 also outperforms ReAct-based agents and PPO.")
    objects = {r.object for r in ext.relations if r.predicate == "outperforms"}
    assert "RL" not in objects and "ReAct" not in objects and "PPO" in objects


def test_listed_systems_pair_with_every_listed_score_run_said_respectively(ex):
    ext = _run(ex, "CQ-Bench: Benchmarking Metacognitive Cultural Intelligence",
               "We introduce CQ-Bench, a benchmark. We find that while o1 and Deepseek-R1 models "
               "reach human-level performance in value selection (0.809 and 0.814), they still "
               "fall short in nuanced attitude detection, with F1 scores of 0.622 and 0.635, "
               "respectively.")
    got = {r.value_text: (r.subject, r.metric) for r in ext.results}
    assert got["0.809"] == ("o1", None) and got["0.622"] == ("o1", "F1")
    assert got["0.635"] == ("Deepseek-R1", "F1")


def test_a_known_technique_modifying_the_proposal_is_not_proposed(ex):
    ext = _run(ex, "REG-TSC: Distributed LLM Agents for Traffic Signal Control",
               "This paper proposes Retrieval Augmented Generation (RAG)-enhanced distributed "
               "LLM agents with Emergency response for Generalizable TSC (REG-TSC).")
    assert _roles(ext).get("RAG") != "proposes"


def test_an_emphasised_heading_is_no_name(ex):
    ext = _run(ex, "Trust the Model: Compact VLMs as In-Context Judges for Data Quality",
               "We introduce a streamlined data filtration framework. \\textbf{Availability and "
               "implementation:} Our compact VLM filtration model is freely available.")
    assert not any(m.text.endswith(":") for m in ext.mentions)


def test_a_score_after_a_vs_comparison_is_the_comparers(ex):
    ext = _run(ex, "P-RAG: Prompt-Enhanced Parametric RAG for Multi-Hop QA",
               "We propose P-RAG. On 2WikiMultihopQA, P-RAG nearly doubles the overall score "
               "vs. Standard RAG (33.44% vs. 17.83%) and achieves 44.03% on the Compare subset.")
    assert {r.subject for r in ext.results if r.value_text == "44.03"} == {"P-RAG"}


def test_latex_bounds_and_counts_of_things_are_no_scores(ex):
    ext = _run(ex, "Fusion Steering: Prompt-Specific Activation Control",
               "We propose Fusion Steering. On SimpleQA, Fusion Steering "
               "achieves an accuracy of 25.4% (outputs scoring $\\geq 0.6$). On the COCO "
               "dataset, Fusion Steering averages 14.2 candidate proposals per image, "
               "achieving a final annotation mAP of 37.1%.")
    values = {r.value_text for r in ext.results}
    assert "25.4" in values and "37.1" in values
    assert "0.6" not in values and "14.2" not in values


def test_a_name_listed_as_a_metric_is_a_metric_whatever_its_eval_suffix(ex):
    ext = _run(ex, "MirrorBench: An Extensible Framework to Evaluate User-Proxy Agents",
               "We present MirrorBench. We include three LLM-judge-based metrics (GTEval, "
               "Pairwise Indistinguishability, and Rubric-and-Reason).")
    assert _types(ext, "GTEval") == {"Metric"}


def test_a_second_defined_thing_after_a_use_verb_is_used_not_new(ex):
    ext = _run(ex, "Leveraging Multimodal LLMs for Housing Attribute Assessment",
               "We present a novel framework for automatically evaluating building conditions "
               "by leveraging large language models (LLMs) and Google Street View (GSV) "
               "imagery.")
    assert _roles(ext).get("GSV") != "proposes"


def test_high_or_low_before_an_acronym_is_no_name(ex):
    ext = _run(ex, "TraceAlign: Attributing Alignment Failures in LLMs",
               "We introduce TraceAlign, built on the Belief Conflict Index (BCI). TraceShield "
               "uses high-BCI spans. We evaluate on high-IPC settings.")
    assert not any(m.text in ("high-BCI", "high-IPC") for m in ext.mentions)


def test_hardware_description_languages_are_no_names(ex):
    ext = _run(ex, "StepPRM-RTL: Stepwise Process-Reward Guided LLM Fine-Tuning for RTL Synthesis",
               "We present StepPRM-RTL. Automatic generation of RTL code remains challenging due "
               "to strict correctness constraints in Verilog and VHDL. We evaluate on Verilog "
               "and VHDL tasks.")
    assert not any(m.text in ("Verilog", "VHDL") for m in ext.mentions)


def test_a_name_opening_a_clause_after_a_dash_is_not_a_listed_benchmark(ex):
    ext = _run(ex, "Checklists Are Better Than Reward Models For Aligning Language Models",
               'We propose "Reinforcement Learning from Checklist Feedback" (RLCF). We compare '
               "RLCF with other alignment methods on five widely-studied benchmarks -- RLCF is "
               "the only method to improve performance on every benchmark.")
    assert _types(ext, "RLCF") == {"Method"}


def test_a_metric_after_one_measure_word_is_the_scores(ex):
    ext = _run(ex, "VitaTouch: Property-Aware Vision-Tactile-Language Model",
               "We propose VitaTouch. On VitaSet, it reaches 88.89% hardness accuracy, 75.13% "
               "roughness accuracy, and 54.81% descriptor recall.")
    assert {r.value_text: r.metric for r in ext.results}["54.81"] == "recall"


def test_a_metric_after_a_benchmark_or_capitalised_measure_word_is_the_scores(ex):
    ext = _run(ex, "AToken: A Unified Tokenizer for Vision",
               "We propose AToken. AToken achieves 0.21 rFID with 82.2% ImageNet accuracy for "
               "images. AToken attains a competitive 61.06% execution accuracy and 68.77% Soft "
               "F1 score on the BIRD development dataset.")
    got = {r.value_text: r.metric for r in ext.results}
    assert got["82.2"] == "accuracy" and got["68.77"] == "F1 score"


def test_our_system_scored_first_beats_and_people_beat_for_no_system(ex):
    ext = _run(ex, "DeceptGuard: A Constitutional Oversight Framework",
               "We propose DeceptGuard. Experimental results show that our hierarchical approach "
               "achieves a 2.78x speedup for the 4-bit weight Llama-3-70B model on an A100 GPU, "
               "outperforming EAGLE-2 by 1.31x. We find that humans significantly outperform "
               "o1-preview at our task.")
    pairs = _beats(ext)
    assert pairs == {("DeceptGuard", "EAGLE-2")}


def test_a_score_is_reported_on_the_name_past_an_aside(ex):
    ext = _run(ex, "UrbanAlign: Post-hoc Semantic Calibration",
               "We propose UrbanAlign. The framework achieves 72.2% accuracy ($κ=0.45$) on Place "
               "Pulse 2.0 across six categories. Our DD-CoT system achieves 0.24 Macro F1 "
               "(+100\\% over baseline) on S1 and 0.79 Macro F1 (+49\\%) on S2.")
    assert _types(ext, "Place Pulse 2.0") == {"Benchmark"}
    got = {r.value_text: r.benchmark for r in ext.results}
    assert got == {"72.2": "Place Pulse 2.0", "0.24": "S1", "0.79": "S2"}


def test_a_title_term_after_a_gerund_of_bettering_is_not_proposed(ex):
    ext = _run(ex, "Advancing Graph Few-Shot Learning via In-Context Learning",
               "We propose a novel model named VISION for adVancIng graph few-Shot learning via "
               "In-cOntext LearNing. Experiments show gains.")
    assert not any(m.text.startswith("Advancing") for m in ext.mentions)


def test_two_beaten_systems_each_with_its_setting(ex):
    ext = _run(ex, "Generalization or Memorization? Brittleness Testing for Chess Models",
               "We train KinGPT, a 25M-parameter character-level language model, who exceeds "
               "3B-parameter ChessGPT on a 600-puzzle mate-in-N suite and 4B-parameter C1-4B "
               "over a 20-theme puzzle benchmark.")
    pairs = _beats(ext)
    assert pairs == {("KinGPT", "ChessGPT"), ("KinGPT", "C1-4B")}


def test_a_name_made_of_a_known_one_takes_the_kind_it_shares_in_a_list(ex):
    ext = _run(ex, "Recurrence Meets Transformers for Universal Multimodal Retrieval",
               "We propose ReT-2, a unified retrieval model. ReT-2 also improves downstream "
               "performance on Encyclopedic-VQA and InfoSeek datasets.")
    assert _types(ext, "Encyclopedic-VQA") == _types(ext, "InfoSeek") == {"Benchmark"}


def test_a_higher_score_than_a_system_beats_it(ex):
    ext = _run(ex, "Sem-DPO: Mitigating Semantic Inconsistency in Preference Optimization",
               "We propose Sem-DPO. Sem-DPO achieves 8-12% higher CLIP similarity than DPO. "
               "Our DPO-tuned LLM achieves higher segmentation accuracy than SegNet-2. This hybrid "
               "approach achieves both faster convergence than pure RL and higher performance "
               "ceiling than pure SFT. It has a higher computational cost than LoRA.")
    pairs = _beats(ext)
    assert pairs == {("Sem-DPO", "DPO"), ("Sem-DPO", "SegNet-2")}


def test_a_known_data_name_before_a_technique_subtitle_is_the_papers_method(ex):
    ext = _run(ex, "DART: Diffusion-Inspired Speculative Decoding for Fast LLM Inference",
               "We propose DART, which leverages parallel generation to reduce drafting latency. "
               "DART achieves a 2.03x speedup, surpassing EAGLE3 by 30% on average.")
    assert _types(ext, "DART") == {"Method"}
    assert ("DART", "EAGLE3") in {(r.subject, r.object) for r in ext.relations}


def test_two_beaten_systems_each_with_its_score(ex):
    ext = _run(ex, "O-MARC: Omni Memory-Augmented Compression Distillation",
               "We propose O-MARC. On Qwen2.5-Omni-3B, O-MARC improves the average score across "
               "four benchmarks to 45.8, outperforming full token inference at 44.1 and "
               "OmniZip at 41.0.")
    pairs = _beats(ext)
    assert pairs == {("O-MARC", "OmniZip")}


def test_the_bracketed_score_of_beaten_data_is_not_a_score_on_it(ex):
    ext = _run(ex, "FLUX: Data Worth Training On",
               "We propose FLUX. A 3B-parameter model trained on 60B tokens with FLUX achieves "
               "32.14% MMLU accuracy, surpassing the previous state-of-the-art pipeline DCLM "
               "(31.98%) and significantly outperforming FineWeb (29.88%).")
    assert _scores(ext) == [("FLUX", "MMLU", 32.14)]


def test_a_change_our_system_makes_is_not_the_named_hosts(ex):
    ext = _run(ex, "DeltaLLM: A Training-Free Framework for Efficient Edge LLM Inference",
               "We propose DeltaLLM. The results show that on BitNet, our framework improves the "
               "F1 score from 29.63 to 30.97 on SQuAD-v2.")
    assert _scores(ext) == [("DeltaLLM", "SQuAD-v2", 30.97)]


def test_the_old_score_of_a_change_a_method_makes_is_no_ones(ex):
    ext = _run(ex, "ASP: The Argent Signaling Protocol",
               "We propose the Argent Signaling Protocol (ASP). On Dobby, ASP improves pass rate "
               "from 33.3% to 44.4% on TermBench. With ASP training, Qwen2.5-7B-Instruct "
               "improves pass rate from 20.1% to 30.2% on TermBench.")
    # (a model has both, before and after)
    assert _scores(ext) == [("ASP", "TermBench", 44.4),
                            ("Qwen2.5-7B-Instruct", "TermBench", 20.1),
                            ("Qwen2.5-7B-Instruct", "TermBench", 30.2)]


def test_an_unread_score_word_before_a_bracketed_score_is_its_metric(ex):
    ext = _run(ex, "Benchmarking Retrieval Strategies for Biomedical RAG",
               "We evaluate on BioASQ. Cross-Encoder Reranking achieves the best composite score "
               "(0.827) and highest contextual precision (0.852).")
    assert {r.value_text: r.metric for r in ext.results} == {"0.827": None,
                                                              "0.852": "precision"}


def test_a_change_of_a_quantity_that_is_no_score_is_no_result(ex):
    ext = _run(ex, "SAND-Math: Generating Difficult Mathematics Questions",
               "We introduce SAND-Math. Our Difficulty Hiking step is effective: by increasing "
               "average problem difficulty from 5.02 to 5.98, this step lifts AIME25 performance "
               "from 46.38% to 49.23%. On ImageNet-256, SAND-Math reduces rFID from 0.57 to "
               "0.29.")
    assert sorted(r.value_text for r in ext.results) == ["0.29", "49.23"]


def test_data_named_by_ordinary_words_matches_only_in_capitals(ex):
    ext = _run(ex, "EmplifAI: a Fine-grained Dataset for Japanese Empathetic Medical Dialogues",
               "This paper introduces EmplifAI. To evaluate emotional alignment in empathetic "
               "dialogues, we use BERTScore, achieving F1 scores of 0.83. We also test on "
               "Empathetic Dialogues and on hateful memes from the Hateful Memes benchmark.")
    names = {m.text for m in ext.mentions}
    assert "empathetic dialogues" not in names and "hateful memes" not in names
    assert {"Empathetic Dialogues", "Hateful Memes"} <= names


def test_a_thing_made_like_a_named_one_is_not_beaten(ex):
    ext = _run(ex, "Recycling the Web: A Method to Enhance Pre-training Data Quality",
               "We propose REWIRE. REWIRE also outperforms related approaches of generating "
               "synthetic data, including Wikipedia-style paraphrasing and knowledge extraction. "
               "RISER surpasses CoT-style reasoning with higher token efficiency.")
    assert not [r for r in ext.relations if r.predicate == "outperforms"]


def test_a_comparison_held_as_a_view_is_no_claim(ex):
    ext = _run(ex, "Boosting MLLM Reasoning with Text-Debiased Hint-GRPO",
               "We propose Hint-GRPO. Recently, DeepSeek-R1 has challenged the traditional view "
               "that PRM outperforms ORM.")
    assert not [r for r in ext.relations if r.predicate == "outperforms"]


def test_the_head_of_an_apposition_after_a_short_form_outperforms(ex):
    ext = _run(ex, "J4R: Learning to Judge with Equivalent Initial State GRPO",
               "We propose the Equivalent Initial State Group Relative Policy Optimization "
               "(EIS-GRPO) algorithm. We train Judge for Reasoning (J4R), a 7B judge trained "
               "with EIS-GRPO that outperforms GPT-4o by 6.7%.")
    pairs = _beats(ext)
    assert pairs == {("J4R", "GPT-4o")}


def test_the_that_clause_subject_before_a_participle_comparison(ex):
    ext = _run(ex, "Not All Directions Matter: Toward Structured Low-Rank Adaptation",
               "We propose StructLoRA, a framework for adaptation. Extensive experiments across "
               "model families (including LLaMA, LLaVA, and ViT) demonstrate that StructLoRA "
               "consistently establishes a new state-of-the-art, outperforming not only vanilla "
               "LoRA but also sparsity-based methods.")
    pairs = _beats(ext)
    assert pairs == {("StructLoRA", "LoRA")}


def test_what_our_system_boosts_is_not_the_next_verbs_subject(ex):
    ext = _run(ex, "Hybrid Self-evolving Structured Memory for GUI Agents",
               "We propose HyMEM, a memory for GUI agents. Notably, it boosts Qwen2.5-VL-7B by "
               "+22.5% and outperforms Gemini2.5-Pro-Vision and GPT-4o.")
    pairs = _beats(ext)
    assert pairs == {("HyMEM", "Gemini2.5-Pro-Vision"), ("HyMEM", "GPT-4o")}


def test_a_budget_or_operating_point_is_no_score(ex):
    ext = _run(ex, "DapQ: Decoding-aligned KV Cache Compression",
               "We propose DapQ. DapQ achieves nearly lossless performance 99.5% on NIAH with 3% "
               "KV cache budgets. On CORD, at 80% coverage, DapQ accuracy reaches 99.1%.")
    assert sorted(r.value_text for r in ext.results) == ["99.1", "99.5"]


def test_a_combined_system_changes_the_score_not_its_partner(ex):
    ext = _run(ex, "Calibrated Confidence Estimation for Tabular Question Answering",
               "We propose MFA. On TableBench, an MFA + self-consistency ensemble lifts AUROC "
               "from 0.74 to 0.82.")
    assert ("MFA", "TableBench", 0.82) in _scores(ext)


def test_state_of_the_art_systems_unnamed_score_for_no_one(ex):
    ext = _run(ex, "Omanic: Towards Step-wise Evaluation of Multi-hop Reasoning",
               "We introduce OmanicBench. Systematic evaluations show that state-of-the-art LLMs "
               "achieve only 73.11% multiple-choice accuracy on OmanicBench.")
    assert not ext.results


def test_a_name_before_ability_is_not_the_scorer(ex):
    ext = _run(ex, "Precise Information Control in Long-Form Text Generation",
               "We formalize precise information control (PIC) and introduce PIC-Bench. We "
               "introduce a post-training framework to train an 8B PIC-LM with stronger PIC "
               "ability--improving from 69.1% to 91.0% F1 on PIC-Bench.")
    assert {r.subject for r in ext.results} == {"PIC-LM"}


def test_recent_systems_unnamed_in_a_clause_score_for_no_one(ex):
    ext = _run(ex, "Don't Think Twice! Over-Reasoning Impairs Confidence Calibration",
               "We introduce ClimateX. Our key finding challenges the test-time scaling "
               "paradigm: while recent reasoning LLMs achieve 48.7% accuracy on ClimateX, "
               "larger budgets impair calibration. Experiments on seven popular LLMs reveal "
               "that even the most advanced models achieve only 61.79% overall accuracy.")
    assert not ext.results


def test_the_bracketed_scores_of_compared_data_are_not_scores_on_it(ex):
    ext = _run(ex, "Enhancing LLMs for API calls through Knowledge Graphs",
               "We propose KG2data. KG2data achieves superior performance (1.43%, 0%, 88.57%) "
               "compared to RAG2data (16%, 10%, 72.14%) and chat2data (7.14%, 8.57%, 71.43%).")
    assert not ext.results


def test_a_described_baselines_score_is_not_the_systems(ex):
    ext = _run(ex, "SATBench: Benchmarking LLMs' Logical Reasoning",
               "We introduce SATBench. Even the strongest model, o4-mini, achieves only 65.0% "
               "accuracy on SATBench, close to the random baseline of 50%.")
    assert sorted(r.value_text for r in ext.results) == ["65.0"]


def test_an_unread_similarity_is_no_other_metrics(ex):
    ext = _run(ex, "WOW-Seg: A Word-free Open World Segmentation Model",
               "We propose WOW-Seg. WOW-Seg attains strong results on the LVIS dataset, "
               "achieving a semantic similarity of 89.7 and a semantic IoU of 82.1.")
    assert {r.value_text: r.metric for r in ext.results}["89.7"] is None


def test_what_our_system_accelerates_is_not_the_participles_scorer(ex):
    ext = _run(ex, "Attend Before Attention: Efficient Video Understanding via Gazing",
               "We propose AutoGaze, a gazing module. AutoGaze reduces visual tokens by 4x and "
               "accelerates ViTs and MLLMs by up to 19x, enabling longer videos, and achieving "
               "superior results on video benchmarks (e.g., 67.0% on VideoMME).")
    assert _scores(ext) == [("AutoGaze", "VideoMME", 67.0)]


def test_names_written_with_latex_accents_are_known(ex):
    ext = _run(ex, "How Far Can Camels Go? Exploring the State of Instruction Tuning",
               'We further introduce T\\"ulu, our best performing instruction-tuned model suite. '
               'We compare SVM and Na\\"ive Bayes, and score images with the Fr\\\'echet Inception '
               "Distance.")
    got = {m.text: m.type for m in ext.mentions}
    assert got['T\\"ulu'] == "Model" and got['Na\\"ive Bayes'] == "Method"
    assert got["Fr\\'echet Inception Distance"] == "Metric"


def test_a_relative_clause_after_an_owners_name_is_about_our_system(ex):
    ext = _run(ex, "UniWorld: High-Resolution Semantic Encoders for Unified Visual Generation",
               "We propose UniWorld. As a result, we build a strong unified model using only 1% "
               "amount of BAGEL's data, which consistently outperforms BAGEL on image editing "
               "benchmarks.")
    pairs = _beats(ext)
    assert pairs == {("UniWorld", "BAGEL")}


def test_the_most_advanced_model_or_bare_models_score_for_no_one(ex):
    ext = _run(ex, "T2S-Bench: Benchmarking Text-to-Structure Reasoning",
               "We introduce T2S-Bench and propose Structure-of-Thought (SoT). The average "
               "accuracy on the multi-hop task is only 52.1%, and even the most advanced model "
               "achieves 58.1% node accuracy on T2S-Bench. Evaluations reveal a wall: while "
               "models achieve 90% accuracy in interface tasks on T2S-Bench, they fail. Even "
               "the most powerful models perform poorly on T2S-Bench (65.4% for GPT-4o).")
    assert _scores(ext) == [("GPT-4o", "T2S-Bench", 65.4)]


def test_even_top_models_unnamed_score_for_no_one(ex):
    ext = _run(ex, "When Robots Do the Chores: A Benchmark and Agent for Household Tasks",
               "We introduce LongAct, a benchmark. We further propose HoloMind, a VLM-driven "
               "agent. Even top models achieve only 59% goal completion and 16% full-task "
               "success, underscoring the difficulty of LongAct.")
    assert not ext.results


def test_a_measure_word_rate_after_a_score_is_no_other_metrics(ex):
    ext = _run(ex, "Reason-Imagine-Act: Closed-Loop LLM Decision Making for Driving",
               "We propose RIA. Under a unified CARLA point-goal protocol, RIA achieves 80.05% "
               "route completion, 51.10% arrival rate, and 0.20% collision rate.")
    got = {r.value_text: r.metric for r in ext.results}
    assert got["51.10"] is None and got["0.20"] is None


def test_a_system_matched_as_another_is_not_the_scorer(ex):
    ext = _run(ex, "AutoSDT: Scaling Data-Driven Discovery Tasks Toward Open Co-Scientists",
               "We propose AutoSDT. Most notably, AutoSDT-Coder-32B reaches the same level of "
               "performance as GPT-4o on ScienceAgentBench with a success rate of 7.8%.")
    assert _scores(ext) == [("AutoSDT-Coder-32B", "ScienceAgentBench", 7.8)]


def test_a_second_predicate_ends_the_beaten_systems(ex):
    ext = _run(ex, "Exploring the Vulnerability of the Content Moderation Guardrail",
               "We propose IntentPrompt. Experiments indicate that our framework consistently "
               "outperforms several cutting-edge jailbreak methods and evades even advanced "
               "Intent Analysis (IA) and Chain-of-Thought (CoT)-based defenses.")
    assert not [r for r in ext.relations if r.predicate == "outperforms"]


def test_what_a_system_competes_with_does_not_surpass_after_while(ex):
    ext = _run(ex, "Kimi-VL Technical Report",
               "We present Kimi-VL, an efficient open-source VLM. In comparative evaluations, it "
               "effectively competes with cutting-edge efficient VLMs such as GPT-4o-mini, "
               "Qwen2.5-VL-7B, and Gemma-3-12B-IT, while surpassing GPT-4o in several key "
               "domains.")
    pairs = _beats(ext)
    assert pairs == {("Kimi-VL", "GPT-4o")}


def test_a_formula_symbols_font_is_no_emphasised_name(ex):
    ext = _run(ex, "4DVLT: Dynamic Scene Understanding with Vision-Language Tracking",
               "We propose 4DVLT. On Instruct-4D, 4DTrack-Qwen3.5-9B reaches 62.68 "
               "$\\mathrm{TGA}_{\\mathrm{Top1}}$ and surpasses the best adapted VLT baseline by "
               "19.62 points.")
    assert not {"TGA", "Top1"} & {m.text for m in ext.mentions}


def test_a_name_after_a_proposed_kind_and_ie_is_proposed(ex):
    ext = _run(ex, "Efficient Layer-wise LLM Fine-tuning for Revision Intention Prediction",
               "To address this issue, we introduce a plug-and-play layer-wise parameter-"
               "efficient fine-tuning (PEFT) framework, i.e., IR-Tuning, which fine-tunes a "
               "subset of important LLM layers. We evaluate on two benchmarks, i.e., MMLU and "
               "GSM8K.")
    assert _roles(ext)["IR-Tuning"] == "proposes" and _roles(ext)["MMLU"] != "proposes"


def test_a_known_name_and_capitals_before_a_title_colon_name_the_papers_own(ex):
    ext = _run(ex, "CoT Vectors: Transferring and Probing the Reasoning Mechanisms of LLMs",
               "To improve CoT reasoning at a lower cost, we introduce CoT Vectors, compact "
               "representations that encode multi-step reasoning knowledge.")
    assert _roles(ext).get("CoT Vectors") == "proposes"
    ext = _run(ex, "Qwen Goes Brrr: Off-the-Shelf RAG for Ukrainian Document Understanding",
               "We study Qwen on Ukrainian documents with retrieval-augmented generation.")
    assert "Qwen Goes Brrr" not in {m.text for m in ext.mentions}


def test_but_only_a_score_on_a_benchmark_is_a_score(ex):
    ext = _run(ex, "ChartQAPro: A More Diverse and Challenging Benchmark",
               "We introduce ChartQAPro. Claude Sonnet 3.5 scores 90.5% on ChartQA but only "
               "55.81% on ChartQAPro.")
    assert ("Claude Sonnet 3.5", "ChartQAPro", 55.81) in _scores(ext)


def test_a_name_first_said_as_where_data_is_available_is_not_new(ex):
    ext = _run(ex, "Towards a Method for Synthetic Generation of PWA Transcripts",
               "For example, only about 600 transcripts are available in AphasiaBank. "
               "Therefore, this study constructs and validates two methods to generate "
               "synthetic transcripts of the AphasiaBank Cat Rescue picture description task.")
    assert _roles(ext).get("AphasiaBank") != "proposes"


def test_an_apposition_after_a_colon_following_a_proposing_verb_types_the_name(ex):
    ext = _run(ex, "Turin3D: Evaluating Adaptation Strategies under Label Scarcity",
               "In this paper, we introduce Turin3D: a new aerial LiDAR dataset for point cloud "
               "semantic segmentation. We propose TOGA: a vision-language model for temporal "
               "grounding. We introduce IntentHQ: a new benchmark for intent understanding.")
    assert _types(ext, "Turin3D") == {"Dataset"}
    assert _types(ext, "TOGA") == {"Model"}
    assert _types(ext, "IntentHQ") == {"Benchmark"}


def test_an_and_in_the_kind_before_its_examples_does_not_end_the_beaten_list(ex):
    ext = _run(ex, "EHR-R1: A Reasoning-Enhanced Foundational Language Model",
               "We show that EHR-R1 consistently outperforms state-of-the-art commercial and "
               "open-source LLMs (including DeepSeek-V3 and GPT-4o).")
    rels = _beats(ext)
    assert ("EHR-R1", "GPT-4o") in rels and ("EHR-R1", "DeepSeek-V3") in rels


def test_a_ward_or_a_field_of_medicine_is_no_artifact(ex):
    ext = _run(ex, "ShizhenGPT: Towards Multimodal LLMs for Traditional Chinese Medicine",
               "Their potential in Traditional Chinese Medicine (TCM) remains underexplored. We "
               "present ShizhenGPT, the first multimodal LLM tailored for TCM, and curate the "
               "largest TCM dataset. Summarization in settings like the Neonatal Intensive Care "
               "Unit (NICU) is hard; we use three NICU summaries.")
    names = {m.text for m in ext.mentions}
    assert "TCM" not in names and "NICU" not in names and "ShizhenGPT" in names


def test_superior_scores_compared_with_others_past_a_bracketed_score(ex):
    ext = _run(ex, "Are Large Language Models Good at Detecting Propaganda?",
               "We find that, while GPT-4 demonstrates superior F1 scores (F1 = 0.16) compared "
               "to GPT-3.5 and Claude 3 Opus, it does not outperform a RoBERTa-CRF baseline.")
    rels = _beats(ext)
    assert ("GPT-4", "GPT-3.5") in rels and ("GPT-4", "Claude 3 Opus") in rels


def test_a_latex_setting_symbol_before_a_number_sets_no_score(ex):
    ext = _run(ex, "PDP-SGD: Private Pose Estimation",
               "On the MPII Human Pose Dataset, PDP-SGD achieves 78.48% PCKh@0.5 at a strict "
               "privacy budget ($\\epsilon = 0.2$).")
    assert {v for _s, _b, v in _scores(ext)} == {78.48}


def test_a_sample_size_in_brackets_does_not_hide_the_data_kind(ex):
    ext = _run(ex, "Cardiac Phase Detection in Multi-View Cardiac MR Images",
               "The M&Ms-2 (n = 360) dataset contains cine images.")
    assert _types(ext, "M&Ms-2") == {"Dataset"}


def test_a_metric_set_equal_to_a_number_without_spaces_is_scored(ex):
    ext = _run(ex, "How Small Can You Go? Compact Language Models for Critical Error Detection",
               "Gemma-3-1B provides the best trade-off, reaching MCC=0.77 with F1-ERR=0.98 on "
               "SynCED-EnDe-2025. With NFE=1, sampling is fast.")
    assert [(r.subject, r.benchmark, r.metric, r.value) for r in ext.results] == [
        ("Gemma-3-1B", "SynCED-EnDe-2025", "MCC", 0.77)]
    assert "NFE" not in {m.text for m in ext.mentions}


def test_a_techniques_counterparts_beaten_are_the_technique_beaten(ex):
    ext = _run(ex, "Reasoning for Hierarchical Text Classification: The Case of Patents",
               "We propose RHC. RHC outperforms the supervised fine-tuning counterparts by "
               "approximately 3% in accuracy.")
    rels = _beats(ext)
    assert ("RHC", "supervised fine-tuning") in rels


def test_a_name_after_the_kind_a_use_verb_takes_is_not_new(ex):
    ext = _run(ex, "AI Generated Text Detection",
               "This paper presents an evaluation of AI text detection methods. We utilize two "
               "datasets, HC3 and DAIGT v2, to build a unified benchmark.")
    assert _roles(ext).get("HC3") != "proposes"


def test_plural_f_scores_and_hit_at_one_are_metrics(ex):
    ext = _run(ex, "SAViL-Det: Semantic-Aware Vision-Language Model for Text Detection",
               "SAViL-Det achieves F-scores of 84.8% on the MLT-2019 dataset. RAR achieves "
               "Hit@1 scores of 93.3% on WebQSP.")
    assert _types(ext, "F-scores") == {"Metric"} and _types(ext, "Hit@1") == {"Metric"}


def test_an_additional_or_extra_percentage_is_a_gain_not_a_score(ex):
    ext = _run(ex, "VeriGrey: Greybox Agent Validation",
               "On the AgentDojo benchmark, VeriGrey achieves 33% additional efficacy in finding "
               "vulnerabilities. X-Agent achieves 5% extra accuracy on AgentDojo.")
    assert _scores(ext) == []


def test_the_owner_of_an_improved_performance_is_the_later_scorer(ex):
    ext = _run(ex, "Grounded Reinforcement Learning for Visual Reasoning",
               "We introduce ViGoRL (Visually Grounded Reinforcement Learning), a model trained "
               "with RL. Incorporating multi-turn RL with zoomed-in visual feedback "
               "significantly improves ViGoRL's performance on visual search, achieving 86.4% "
               "on V*Bench.")
    assert _scores(ext) == [("ViGoRL", "V*Bench", 86.4)]


def test_aupr_is_the_area_under_the_precision_recall_curve(ex):
    ext = _run(ex, "Rethinking Vacuity for OOD Detection in Evidential Deep Learning",
               "We show how results for AUROC and AUPR can substantially differ.")
    assert _types(ext, "AUPR") == {"Metric"}


def test_a_name_central_to_the_papers_own_work_is_proposed(ex):
    ext = _run(ex, "Nine Ways to Break Copyright Law: A Fair Use Aligned Generation Framework",
               "We develop FUA-LLM, a legally-grounded framework. Central to our method is "
               "FairUseDB, a carefully constructed dataset containing 18,000 examples. At the "
               "core of our approach is KeypointBEV, which lifts keypoints.")
    assert _roles(ext).get("FairUseDB") == "proposes"
    assert _roles(ext).get("KeypointBEV") == "proposes"


def test_models_a_subtitles_opening_verb_acts_on_are_not_the_names_kind(ex):
    ext = _run(ex, "LazyMAR: Accelerating Masked Autoregressive Models via Feature Caching",
               "Masked Autoregressive models are slow to sample.")
    assert _types(ext, "LazyMAR") == {"Method"}


def test_namely_renames_the_kind_before_what_it_is_for(ex):
    ext = _run(ex, "Iterative Trajectory Exploration for Multimodal Agents",
               "We propose an online self-exploration method for multimodal agents, namely "
               "SPORT, via step-wise preference optimization.")
    assert _types(ext, "SPORT") == {"Method"}


def test_a_participles_subject_is_not_a_name_in_a_phrase_of_where_it_scored(ex):
    ext = _run(ex, "Finetuning Large Language Models for Automated Depression Screening",
               "We use the Patient Health Questionnaire-9 (PHQ-9). GPT-4.1 achieved the highest "
               "performance, with 94.5% accuracy in PHQ-9 severity scoring prediction, "
               "outperforming Gemma-3-4B-it and Phi-3-mini-4k-instruct.")
    rels = _beats(ext)
    assert ("GPT-4.1", "Phi-3-mini-4k-instruct") in rels
    assert not any(s == "PHQ-9" for s, _o in rels)


def test_a_skill_called_something_is_not_proposed(ex):
    ext = _run(ex, "Generalizing Verifiable Instruction Following",
               "Most models overfit on the constraints of the benchmarks that test these "
               "abilities, a skill called precise instruction following. We introduce a new "
               "benchmark, IFBench.")
    assert _roles(ext).get("precise instruction following") != "proposes"
    assert _roles(ext).get("IFBench") == "proposes"


def test_a_framework_for_a_kind_of_model_is_a_framework(ex):
    ext = _run(ex, "Evidence Packing for Cross-Domain Image Deepfake Detection with LVLMs",
               "We propose the Semantic Consistent Evidence Pack (SCEP), a training-free LVLM "
               "framework that replaces whole-image inference. We present PaperCoder, a "
               "multi-agent LLM framework. We release RocketScience, an open-source "
               "contrastive VLM benchmark.")
    assert _types(ext, "SCEP") == {"Method"} and _types(ext, "PaperCoder") == {"Method"}
    assert _types(ext, "RocketScience") == {"Benchmark"}


def test_a_name_at_its_core_is_the_papers_own(ex):
    ext = _run(ex, "STELAR-Vision: Self-Topology-Aware Efficient Learning for Aligned Reasoning",
               "We introduce STELAR-Vision, a training framework for topology-aware reasoning. At "
               "its core is TopoAug, a synthetic data pipeline that enriches training.")
    assert _roles(ext).get("TopoAug") == "proposes"


def test_bootstrap_after_an_adverb_or_before_your_is_a_verb(ex):
    ext = _run(ex, "BoRAD: Bootstrap your Own Representations for Multi-class Anomaly Detection",
               "Large-scale automated translation can effectively bootstrap high-quality "
               "multimodal models for low-resource languages.")
    assert not any(m.text.lower() == "bootstrap" for m in ext.mentions)


def test_a_title_names_guessed_type_gives_way_to_what_the_abstract_says(ex):
    ext = _run(ex, "MOCHA: Are Code Language Models Robust Against Multi-Turn Malicious Prompts?",
               "We introduce a large-scale benchmark of malicious prompts. Fine-tuning on MOCHA "
               "improves rejection rates while preserving coding ability.")
    assert _types(ext, "MOCHA") == {"Dataset"}


def test_an_ordinary_word_capitalised_after_a_proposing_verb_opens_the_name(ex):
    ext = _run(ex, "Boosting Instruction Following at Scale",
               "We introduce Instruction Boosting as a post-generation method to increase the "
               "reliability of LLM prompt instructions. We release Meta WikiExpert-8B.")
    assert _roles(ext).get("Instruction Boosting") == "proposes"
    assert "Meta WikiExpert-8B" not in {m.text for m in ext.mentions}


def test_a_camel_case_name_folding_to_a_task_is_data_named_after_it(ex):
    ext = _run(ex, "Stereo Matching with Foundation Models",
               "Our model achieves state-of-the-art results on SceneFlow and KITTI 2015.")
    assert _types(ext, "SceneFlow") != {"Task"}


def test_the_new_system_that_enables_a_model_is_what_outperforms(ex):
    ext = _run(ex, "Language-based Trial and Error Falls Behind in the Era of Experience",
               "We propose SCOUT, a novel framework. Empirically, SCOUT enables a "
               "Qwen2.5-3B-Instruct model to achieve an average score of 0.86, significantly "
               "outperforming proprietary models, including Gemini-2.5-Pro (0.60).")
    rels = _beats(ext)
    assert rels == {("SCOUT", "Gemini-2.5-Pro")}


def test_a_fronted_outperforming_phrase_is_beaten_by_the_main_clause_subject(ex):
    ext = _run(ex, "AM-Thinking-v1: Advancing the Frontier of Reasoning at 32B Scale",
               "We present AM-Thinking-v1, a 32B dense language model. Outperforming DeepSeek-R1 "
               "and rivaling leading Mixture-of-Experts (MoE) models like Qwen3-235B-A22B, "
               "AM-Thinking-v1 achieves impressive scores of 85.3 on AIME 2024.")
    rels = _beats(ext)
    assert rels == {("AM-Thinking-v1", "DeepSeek-R1")}


def test_a_name_called_existing_elsewhere_is_not_proposed_by_a_cue(ex):
    ext = _run(ex, "GradOT: Training-free Gradient-preserving Offsite-tuning for LLMs",
               "One promising solution, called offsite-tuning (OT), is proposed to address these "
               "challenges. However, the existing OT-based methods require high computational "
               "costs. This paper introduces a novel OT approach, named GradOT.")
    assert _roles(ext).get("OT") != "proposes" and _roles(ext).get("GradOT") == "proposes"


def test_a_benchmark_named_so_types_its_partner_named_like_a_model(ex):
    ext = _run(ex, "VeriCoder: Enhancing LLM-Based RTL Code Generation",
               "VERICODER achieves state-of-the-art functional correctness on VerilogEval and "
               "RTLLM, with relative gains of up to 71.7% and 27.4% respectively.")
    assert _types(ext, "RTLLM") == {"Benchmark"}


def test_a_score_with_the_beating_is_the_comparers(ex):
    ext = _run(ex, "WizardLM: Empowering Large Language Models to Follow Complex Instructions",
               "We propose WizardLM. WizardLM-13B surpasses ChatGPT on AlpacaEval with a win rate "
               "of 89.17%. WizardLM-7B outperforms Vicuna-7B (6.01) with a score of 6.50 on "
               "MT-Bench.")
    scores = _scores(ext)
    assert ("WizardLM-13B", "AlpacaEval", 89.17) in scores
    assert ("WizardLM-7B", "MT-Bench", 6.5) in scores
    assert not any(s in ("ChatGPT", "Vicuna-7B") and v in (89.17, 6.5) for s, _b, v in scores)


def test_a_score_in_points_right_after_the_verb_is_a_score(ex):
    ext = _run(ex, "WizardLM: Empowering Large Language Models to Follow Complex Instructions",
               "We propose WizardLM. WizardLM-13B obtains 7.55 points on MT-Bench. WizardLM-7B "
               "improves by 2.5 points on MMLU.")
    assert _scores(ext) == [("WizardLM-13B", "MT-Bench", 7.55)]


def test_preferred_over_and_wins_against_are_claims_of_beating(ex):
    ext = _run(ex, "WizardLM: Empowering Large Language Models to Follow Complex Instructions",
               "We propose WizardLM. Human evaluations show that WizardLM is preferred over "
               "ChatGPT. WizardLM-13B wins against Vicuna-13B in 60% of comparisons.")
    rels = _beats(ext)
    assert rels == {("WizardLM", "ChatGPT"), ("WizardLM-13B", "Vicuna-13B")}


def test_the_recipe_of_the_beaten_ones_is_what_is_beaten(ex):
    ext = _run(ex, "WizardLM: Empowering Large Language Models to Follow Complex Instructions",
               "We propose Evol-Instruct. Models fine-tuned with Evol-Instruct outperform those "
               "fine-tuned with Self-Instruct.")
    rels = _beats(ext)
    assert rels == {("Evol-Instruct", "Self-Instruct")}


def test_a_recently_proposed_thing_called_x_is_not_the_papers(ex):
    ext = _run(ex, "Variational Visual Question Answering",
               "We address unreliability in multimodal models by proposing a Variational VQA "
               "approach. We employ a recently proposed variational algorithm called IVON, which "
               "yields a posterior distribution over model parameters.")
    assert _roles(ext).get("IVON") != "proposes"


def test_a_name_said_to_be_a_natural_language_is_no_artifact(ex):
    ext = _run(ex, "Making Large Language Models Speak Tulu: Structured Prompting",
               "We study Tulu, a Dravidian language with over 2 million speakers. We evaluate "
               "GPT-4o on Tulu. We present AgentSpec, a lightweight domain-specific language.")
    names = {m.text for m in ext.mentions}
    assert "Tulu" not in names and "GPT-4o" in names and "AgentSpec" in names


def test_an_emphasised_special_token_is_no_name(ex):
    ext = _run(ex, "microCLIP: Unsupervised CLIP Adaptation",
               "Prior efforts align LLM descriptions with the CLIP $\\texttt{[CLS]}$ token.")
    assert "[CLS]" not in {m.text for m in ext.mentions}


def test_exceeding_a_threshold_beats_no_one(ex):
    ext = _run(ex, "Localist LLMs -- A Mathematical Framework for Dynamic Locality Control",
               "We propose Localist LLMs. We prove that when group sparsity penalties exceed "
               "certain threshold values, the model's attention mechanisms concentrate on "
               "relevant blocks.")
    assert not [r for r in ext.relations if r.predicate == "outperforms"]


def test_a_mixed_case_name_after_a_full_stop_opens_a_sentence(ex):
    ext = _run(ex, "OMIND: Framework for Knowledge Grounded Finetuning",
               "We present oMind. Our experiments show oMind LLMs consistently outperform "
               "baselines. oMind-LLM also shows significantly better reasoning with up to 80% "
               "win rate.")
    assert not [r for r in ext.relations if r.predicate == "outperforms"]


def test_the_one_benchmark_is_evaluated_on_if_any_mention_says_so(ex):
    ext = _run(ex, "Tea Leaf Disease Detection with CNNs",
               "We evaluate several CNN models, including DenseNet201 and MobileNetV2, on the "
               "teaLeafBD dataset. teaLeafBD dataset contains seven classes. Among the CNN "
               "models, DenseNet201 has achieved the highest test accuracy of 99%.")
    assert ("DenseNet201", "teaLeafBD", 99.0) in _scores(ext)


def test_a_fronted_using_phrase_names_how_it_was_run_not_who_scored(ex):
    ext = _run(ex, "NeuroFrame: Autism Detection from fMRI",
               "We propose NeuroFrame. Using stratified 10-fold cross-validation, the framework "
               "achieved an AUC of 87.3% on ABIDE-I.")
    assert _scores(ext) == [("NeuroFrame", "ABIDE-I", 87.3)]


def test_a_background_terms_short_form_alone_later_is_vocabulary_too(ex):
    ext = _run(ex, "Reasoning Language Models for Root Cause Analysis in 5G Wireless Networks",
               "Root Cause Analysis (RCA) in mobile networks remains a challenging task. In this "
               "work, we propose a lightweight framework that leverages LLMs for RCA.")
    assert "RCA" not in {m.text for m in ext.mentions}


def test_capitalised_words_after_a_novel_ending_in_a_part_noun_are_the_papers(ex):
    ext = _run(ex, "DuET: Dual Incremental Object Detection",
               "We propose DuET, a framework that mitigates sign conflicts through a novel "
               "Directional Consistency Loss. It is trained with a new Temporal Alignment Module.")
    assert _roles(ext).get("Directional Consistency Loss") == "proposes"
    assert _roles(ext).get("Temporal Alignment Module") == "proposes"


def test_what_a_thing_is_based_on_the_widely_used_x_is_not_evaluated_on(ex):
    ext = _run(ex, "A title",
               "We introduce WIDER-FAIR, a new dataset based on the widely used WIDER-FACE "
               "benchmark, and evaluate detectors on it.")
    assert _roles(ext).get("WIDER-FACE") == "uses"


def test_a_single_author_s_i_propose_is_a_proposal(ex):
    ext = _run(ex, "A title",
               "In this paper, I propose Neurosymbolic Transition Systems as a principled "
               "computational model. I develop Ornithologist, a weakly-supervised textual "
               "classification system. Phase I introduces BERT to the pipeline.")
    roles = _roles(ext)
    assert roles.get("Neurosymbolic Transition Systems") == "proposes"
    assert roles.get("Ornithologist") == "proposes"
    assert roles.get("BERT") == "uses"


def test_my_work_is_the_paper_s_own_and_markup_letters_are_no_author(ex):
    ext = _run(ex, "A title",
               "Continued pre-training offers a path for domain adaptation. Over the past "
               "decade, my work has focused on tagging. It achieved state-of-the-art results "
               "in various NLP tasks, including dependency parsing. We then propose the "
               "jp-algorithm.")
    assert _roles(ext).get("dependency parsing") == "evaluatesOn"
    ext = _run(ex, "A title",
               "Preference learning is critical, yet it hinges on Preference "
               "\\textbf{A}nnotations, \\textbf{I}nstructions, and \\textbf{R}esponse Pairs. "
               "In this work, we propose AIR, an analysis framework.")
    assert _roles(ext).get("Preference learning") == "mentions"


def test_two_proposed_names_each_with_a_known_technique_as_purpose(ex):
    ext = _run(ex, "A title",
               "Therefore, we construct two high-quality multi-task video reasoning datasets "
               "MTVR-CoT-72k for supervised fine-tuning and MTVR-RL-110k for reinforcement "
               "learning.")
    roles = _roles(ext)
    assert roles.get("MTVR-CoT-72k") == roles.get("MTVR-RL-110k") == "proposes"
    assert roles.get("supervised fine-tuning") == "uses"


def test_two_described_proposals_over_any_apposition(ex):
    ext = _run(ex, "A title",
               "We propose the Thread Inference Model (TIM), a family of LLMs trained for "
               "recursive and decompositional problem solving, and TIMRUN, an inference runtime "
               "enabling long-horizon structured reasoning. We introduce DETAnt-HOI, a "
               "temporally corrected benchmark derived from VidHOI and Action Genome for more "
               "faithful evaluation, and HOI-DA, a simple yet effective method. We propose "
               "AgentRunbook-R, an efficient RAG-based memory with knowledge pools for raw "
               "observations, events, and strategy notes, and AgentRunbook-C, which distills "
               "them.")
    roles = _roles(ext)
    for name in ("TIM", "TIMRUN", "DETAnt-HOI", "HOI-DA", "AgentRunbook-R", "AgentRunbook-C"):
        assert roles.get(name) == "proposes", name
    assert roles.get("VidHOI") != "proposes"


def test_markdown_emphasis_marks_are_no_text(ex):
    ext = _run(ex, "Beyond Final Answers: CRYSTAL Benchmark for Transparent Reasoning",
               "We introduce **CRYSTAL** (*__C__lear __R__easoning via __Y__ielded "
               "__S__teps*), a diagnostic benchmark. Beyond evaluation, we propose the "
               "**Causal Process Reward (CPR)**, a multiplicative reward that couples answer "
               "correctness with step-level alignment, and **CPR-Curriculum**, which "
               "progressively increases reasoning difficulty during training.")
    roles = _roles(ext)
    assert roles.get("CPR") == roles.get("CPR-Curriculum") == "proposes"
    assert not {"C", "R", "lear"} & set(roles)


def test_an_emphasised_lower_case_compound_is_no_name_unless_proposed_or_code(ex):
    ext = _run(ex, "A title",
               "We argue that a \\emph{higher-order} binding of personas is needed, with a "
               "\\textit{plug-and-play} module. We propose \\emph{cross-tuning}, a method. We "
               "evaluate it with \\texttt{lmms-eval} on MMMU.")
    roles = _roles(ext)
    assert "higher-order" not in roles and "plug-and-play" not in roles
    assert roles.get("cross-tuning") == "proposes"
    assert "lmms-eval" in roles


def test_an_emphasised_lower_case_phrase_with_a_compound_is_no_name(ex):
    ext = _run(ex, "A title",
               "We study \\emph{role-separation learning} and \\textit{audio--visual "
               "alignment} in LLMs.")
    assert not {"role-separation learning", "audio--visual alignment"} & set(_roles(ext))


def test_precision_of_stored_numbers_is_no_metric(ex):
    ext = _run(ex, "Systematic Identification of Precision-Induced Output Disagreements",
               "Our study extends to FP16 precision inference across hardware, software, and "
               "precision settings. The detector has high precision (94 percent).")
    found = [(m.text, m.evidence.sentence[:20]) for m in ext.mentions
             if m.text.lower() == "precision"]
    assert found == [("precision", "The detector has hig")]


def test_no_module_binds_a_top_level_name_twice():
    # A second `_BUILT` or `_NUMBER_FORMAT` further down a rules module silently replaces the
    # first for every rule above it (ruff flags redefined functions, not constants).
    import ast
    from pathlib import Path

    import litgraph

    twice = []
    for path in sorted(Path(litgraph.__file__).parent.rglob("*.py")):
        bound: dict[str, int] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names = [node.target.id]
            elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names = [node.name]
            else:
                names = []
            for name in names:
                if name in bound:
                    twice.append(f"{path.name}: {name} (lines {bound[name]}, {node.lineno})")
                bound[name] = node.lineno
    assert twice == []


def test_an_apposition_s_unhyphenated_based_modifier_is_not_its_kind(ex):
    ext = _run(ex, "A title", "G-Eval, a LLM based quantitative metric, showed promising "
                              "results.")
    assert _types(ext, "G-Eval") == {"Metric"}


def test_readability_and_faithfulness_metrics_are_known(ex):
    ext = _run(ex, "A title",
               "We report Flesch-Kincaid grade level, SARI and G-Eval, and measure "
               "faithfulness with AlignScore and SummaC.")
    for name in ("Flesch-Kincaid grade level", "SARI", "G-Eval", "AlignScore", "SummaC"):
        assert _types(ext, name) == {"Metric"}, name


def test_newly_developed_before_namely_is_no_proposal(ex):
    ext = _run(ex, "Benchmarking Reasoning-Focused Large Language Models in Ophthalmology",
               "This study evaluated and compared the accuracy of four newly developed "
               "reasoning-focused LLMs, namely DeepSeek-R1, OpenAI o1, o3-mini, and Gemini 2.0 "
               "Flash-Thinking. We propose two algorithms, namely L-DD and Q-DD.")
    roles = _roles(ext)
    assert roles.get("DeepSeek-R1") != "proposes"
    assert roles.get("L-DD") == "proposes"


def test_capitals_after_a_novel_before_their_kind_in_small_letters_are_proposed(ex):
    ext = _run(ex, "A title",
               "The proposed backbone employs a novel Event Progression Extractor module. We "
               "also introduce a new Matching Entropy metric. We propose HiEAG, a novel "
               "Hierarchical Evidence-Augmented Generation framework.")
    roles = _roles(ext)
    assert roles.get("Event Progression Extractor") == "proposes"
    assert roles.get("Matching Entropy") == "proposes"
    assert _types(ext, "Matching Entropy") == {"Metric"}
    assert "Hierarchical Evidence-Augmented Generation" not in roles


def test_a_name_the_background_writes_first_is_not_made_new_later(ex):
    ext = _run(ex, "A title",
               "Myocardial perfusion imaging (MPI) with single-photon emission computed "
               "tomography (SPECT) is a widely used diagnostic tool. To address this issue, we "
               "propose a detection-task-specific deep-learning method for sparse-view MPI "
               "SPECT images. The proposed method yielded a larger AUC.")
    assert _roles(ext).get("MPI") != "proposes"


def test_a_plain_number_after_a_metric_s_of_or_a_past_score_verb_is_a_score(ex):
    ext = _run(ex, "A title",
               "We introduce DSCC-HS, a novel framework. Our experiments on TruthfulQA and "
               "BioGEN show DSCC-HS achieves state-of-the-art performance. On the long-form "
               "BioGEN benchmark, it attained the highest FActScore of 46.50.")
    assert [(r.subject, r.benchmark, r.metric, r.value_text) for r in ext.results] == [
        ("DSCC-HS", "BioGEN", "FActScore", "46.50")]


def test_a_use_word_inside_the_kind_a_name_is_given_as_is_no_use_cue(ex):
    ext = _run(ex, "A title",
               "We also introduce a new prompting strategy Reflect-Critique-Refine, to improve "
               "debate quality. To address these limitations, we develop a post-training "
               "method, CFGPT, that enhances a model's reasoning ability.")
    roles = _roles(ext)
    assert roles.get("Reflect-Critique-Refine") == roles.get("CFGPT") == "proposes"


def test_a_camel_case_name_evaluated_on_is_data_said_once(ex):
    ext = _run(ex, "A title",
               "We propose Direct Embedding Optimization (DEO), a training-free method. DEO "
               "outperforms baselines on NegConstraint, with gains of +0.0738 nDCG@10. "
               "Experiments on LLMs show gains. Code is available on GitHub.")
    roles = _roles(ext)
    assert roles.get("NegConstraint") == "evaluatesOn"
    assert _types(ext, "NegConstraint") == {"Benchmark"}
    assert "LLMs" not in roles and "GitHub" not in roles


def test_referred_to_as_names_the_paper_s_own_unless_commonly_or_others(ex):
    ext = _run(ex, "A title",
               "Based on this framework, we construct three corpora, collectively referred to "
               "as DeFaBel, including a German-language corpus. We introduce a novel "
               "Statistical Relation Network, referred to as PainNet, designed for pain "
               "estimation. Large language models as evaluators, commonly referred to as "
               "LLM-as-a-Judge, are popular.")
    roles = _roles(ext)
    assert roles.get("DeFaBel") == roles.get("PainNet") == "proposes"
    assert roles.get("LLM-as-a-Judge") != "proposes"
    ext = _run(ex, "A title",
               "Recent studies have introduced various approaches for prompt-tuning black-box "
               "vision-language models, referred to as black-box prompt-tuning (BBPT).")
    assert _roles(ext).get("BBPT") != "proposes"


def test_a_title_s_vision_language_modeling_is_not_language_modeling(ex):
    ext = _run(ex, "MaTVLM: Hybrid Mamba-Transformer for Efficient Vision-Language Modeling",
               "We propose MaTVLM, a hybrid model.")
    assert "Language Modeling" not in _roles(ext)


def test_a_definition_opening_a_subsequently_or_additionally_sentence_is_a_part(ex):
    ext = _run(ex, "A title",
               "We propose SDM-SCR, a robust framework. First, the Semantic Decoupling Module "
               "(SDM) parses raw attributes. Subsequently, Semantic Consistency Regularization "
               "(SCR) exploits the spectral observation. Additionally, a Dual-Modal Feature "
               "Fusion (DMFF) module enhances cross-modal interaction.")
    roles = _roles(ext)
    assert roles.get("SCR") == roles.get("DMFF") == "proposes"


def test_a_collection_of_untyped_things_in_an_apposition_is_data(ex):
    ext = _run(ex, "A title",
               "In this work, we introduce OpenRubrics, a diverse, large-scale collection of "
               "(prompt, rubric) pairs for training rubric-generation models. We present "
               "MedGemma, a collection of medical vision-language foundation models.")
    assert _types(ext, "OpenRubrics") == {"Dataset"}
    assert _types(ext, "MedGemma") == {"Model"}


def test_a_score_in_an_unread_hyphenated_measure_takes_no_other_metric(ex):
    ext = _run(ex, "A title",
               "We propose BreastGPT, a unified MLLM. On BreastStage-Bench, BreastGPT achieves "
               "75.66% closed-ended accuracy and 89.92% open-ended score.")
    assert [(r.metric, r.value) for r in ext.results] == [("accuracy", 75.66), (None, 89.92)]


def test_a_participle_clause_after_even_continues_the_claim(ex):
    ext = _run(ex, "T2I-R1: Reinforcing Image Generation",
               "We introduce T2I-R1, a novel reasoning-enhanced text-to-image generation model. "
               "By applying our strategies to the baseline model, Janus-Pro, we achieve "
               "superior performance with 13% improvement on T2I-CompBench and 19% improvement "
               "on the WISE benchmark, even surpassing the state-of-the-art model FLUX.1.")
    assert ("T2I-R1", "FLUX.1") in _claims(ext)


def test_an_acronym_compared_with_as_others_recent_system_is_kept_said_once(ex):
    ext = _run(ex, "SeSE: A Structural Information-Guided Uncertainty Quantification",
               "We propose SeSE, a principled UQ framework. Extensive experiments show that "
               "SeSE significantly outperforms advanced UQ baselines, including strong "
               "supervised methods and the recently proposed KLE.")
    assert _roles(ext).get("KLE") == "comparesWith"


def test_a_new_name_the_paper_makes_by_designing_is_proposed(ex):
    ext = _run(ex, "A title",
               "We propose X-Seg. Second, we address SAM's inherent low-resolution output by "
               "designing a High-Resolution Decoder (HR-Decoder), which directly produces "
               "fine-grained segmentation maps. By curating LeetCode Python problems, our "
               "dataset enables contamination-free evaluation.")
    roles = _roles(ext)
    assert roles.get("HR-Decoder") == "proposes"
    assert roles.get("LeetCode") != "proposes"


def test_data_a_sentence_opening_gerund_trains_on_is_used_not_evaluated_on(ex):
    ext = _run(ex, "A title",
               "We construct WildGUI, a large-scale dataset containing 12 million trajectories. "
               "Pre-training Qwen2.5-VL and Mimo-VL on WildGUI yields consistent improvements "
               "of 5-20% across multiple GUI grounding and action benchmarks.")
    found = [(m.role, m.type) for m in ext.mentions
             if m.text == "WildGUI" and m.evidence.sentence.startswith("Pre-training")]
    assert found == [("uses", "Dataset")]


def test_an_everyday_acronym_venue_with_a_year_is_no_name(ex):
    ext = _run(ex, "A title",
               "It builds on Spherical Locality-Sensitive Filtering [Becker, Ducas, Gama, "
               "Laarhoven, SODA 2016] and data-dependent hashing [Andoni, Indyk, SODA 2014].")
    assert not any(r.startswith("SODA") for r in _roles(ext))


def test_a_coined_name_opening_a_title_before_for_is_the_paper_s_own(ex):
    for title, name in (("Seq-NMS for Video Object Detection", "Seq-NMS"),
                        ("KANFormer for Predicting Fill Probabilities", "KANFormer")):
        assert _roles(_run(ex, title, "We study this problem.")).get(name) == "proposes"
    for title, name in (("Meta-Learning for Repeated Bayesian Persuasion", "Meta-Learning"),
                        ("DisCSPs with Privacy Recast as Planning Problems", "DisCSPs")):
        assert _roles(_run(ex, title, "We study this problem.")).get(name) != "proposes"


def test_reality_kinds_and_hpc_are_no_names(ex):
    ext = _run(ex, "A title",
               "We present a system that combines Augmented Reality with Kinect, and train a "
               "network on HPC architectures.")
    assert not {"Reality", "Augmented Reality", "HPC"} & set(_roles(ext))


def test_a_sentence_naming_the_title_s_own_name_is_no_background(ex):
    ext = _run(ex, "TGraphX: Tensor-Aware Graph Neural Network for Feature Learning",
               "TGraphX presents a novel paradigm by unifying CNNs with GNNs to enhance visual "
               "reasoning tasks. Traditional CNNs excel at extracting spatial features. Our "
               "approach preserves local spatial semantics.")
    assert _roles(ext).get("GNNs") == "uses"


def test_a_name_listed_with_known_benchmarks_after_tasks_is_a_benchmark(ex):
    ext = _run(ex, "A title",
               "We propose DeepAgent. Experiments on general tool-use tasks (ToolBench, API-Bank, "
               "TMDB, ToolHop) show that DeepAgent outperforms baselines.")
    assert _types(ext, "TMDB") == _types(ext, "ToolHop") == {"Benchmark"}


def test_a_known_model_s_name_with_a_word_and_a_count_of_examples_is_data(ex):
    ext = _run(ex, "A title",
               "We propose FooBar. This problem is not unique to the LLaVA-mix-665k dataset. "
               "We train on the Vicuna-style-50k data.")
    assert _types(ext, "LLaVA-mix-665k") == _types(ext, "Vicuna-style-50k") == {"Dataset"}
    assert "LLaVA" not in _roles(ext)


def test_a_known_name_before_like_is_no_mention_of_it(ex):
    ext = _run(ex, "A title",
               "We first introduce the background on recent GPT-like large models. We pretrain "
               "a series of CLIP-like models, and use BERT as the encoder.")
    roles = _roles(ext)
    assert "GPT" not in roles and "CLIP" not in roles and "BERT" in roles


def test_gpu_programming_platforms_are_no_names(ex):
    ext = _run(ex, "A title",
               "In this work we present Mimir, a CUDA/Vulkan interoperability C++ library. Our "
               "estimator uses 1 GB of CUDA memory.")
    assert not {"CUDA", "Vulkan"} & set(_roles(ext))


def test_llm_serving_and_agent_tools_are_known_methods(ex):
    ext = _run(ex, "A title",
               "We serve models with vLLM and Ollama, build agents with LangGraph and DSPy, and "
               "query the knowledge graph in SPARQL over ASCII text.")
    for name in ("vLLM", "Ollama", "LangGraph", "DSPy"):
        assert _types(ext, name) == {"Method"}, name
    assert not {"SPARQL", "ASCII"} & set(_roles(ext))


def test_a_listed_family_s_release_with_a_release_word_is_a_model(ex):
    ext = _run(ex, "A title",
               "We propose ANX. Experiments with Qwen3.5-plus show ANX reduces tokens. It also "
               "helps GPT4.1-nano, and we test on Spider2.0-Lite.")
    assert _types(ext, "Qwen3.5-plus") == _types(ext, "GPT4.1-nano") == {"Model"}
    assert "Model" not in _types(ext, "Spider2.0-Lite")


def test_a_model_a_long_form_works_with_is_not_its_head(ex):
    ext = _run(ex, "Beyond Multiple Choice",
               "We propose ReVeL (Rewrite and Verify by LLM), a framework that rewrites "
               "multiple-choice questions into open-form questions. We also build SPILL "
               "(Selection and Pooling with Large Language Models).")
    assert _types(ext, "ReVeL") == {"Method"}
    assert "Model" not in _types(ext, "SPILL")


def test_a_challenge_the_paper_takes_part_in_is_not_proposed(ex):
    for abstract in (
            "In this report, we present our solution to the MOT25-Spatiotemporal Action "
            "Grounding (MOT25-StAG) Challenge. The aim of this challenge is to track objects.",
            "In this report, we present our solution to the MOT25-StAG Challenge. The aim of "
            "this challenge is to track objects."):
        assert _roles(_run(ex, "A report", abstract))["MOT25-StAG"] == "evaluatesOn"
    ext = _run(ex, "A title", "We introduce the MOT25-StAG Challenge, a new challenge.")
    assert _roles(ext)["MOT25-StAG Challenge"] == "proposes"


def test_an_area_under_a_curve_is_a_metric(ex):
    ext = _run(ex, "A title",
               "This paper proposes the Area Under the Sustainability Curve (ASC) for performance "
               "assessment. We also report the Area Under the Risk-Coverage Curve (AURC).")
    assert _types(ext, "ASC") == _types(ext, "AURC") == {"Metric"}


def test_a_name_in_a_fronted_motivation_is_not_what_the_paper_proposes(ex):
    ext = _run(ex, "Automatic ontology generation",
               "Motivated by the success of using Formal Concept Analysis (FCA) in several "
               "fields, we present in this paper a new approach for automatic generation of "
               "Fuzzy Ontology of Data Mining (FODM), through the fusion of fuzzy logic and FCA.")
    roles = _roles(ext)
    assert roles["FODM"] == "proposes" and roles["FCA"] != "proposes"


def test_a_proposing_verb_that_is_a_noun_here_makes_no_new_name(ex):
    ext = _run(ex, "An Empirical Study of LLM-as-a-Judge",
               "In this work, we analyze key factors. Using BIGGENBench and EvalBiasBench, we "
               "study the effects of evaluation design and Chain-of-Tought (CoT) reasoning. "
               "As part of our data release, we include judgments by Llama3.2b.")
    roles = _roles(ext)
    assert "proposes" not in {roles["EvalBiasBench"], roles["CoT"], roles["Llama3.2b"]}
    ext = _run(ex, "A title", "Here we carefully design FooNet, a new model.")
    assert _roles(ext)["FooNet"] == "proposes"


def test_a_resource_in_apposition_is_data(ex):
    ext = _run(ex, "A title",
               "We introduce FalseReject, a comprehensive resource containing 16k seemingly "
               "toxic queries. We also present LiteLong, a resource-efficient method for "
               "synthesis.")
    assert _types(ext, "FalseReject") == {"Dataset"}
    assert _types(ext, "LiteLong") == {"Method"}


def test_three_sizes_of_a_model_glued_by_slashes_are_three_models(ex):
    ext = _run(ex, "Causal Understanding",
               "We test seven models (Pythia-1.4B/7B/12B, GPT-J-6B, Dolly-7B/12B, Qwen-7B).")
    for name in ("Pythia-1.4B", "Pythia-7B", "Pythia-12B", "Dolly-7B", "Dolly-12B"):
        assert _types(ext, name) == {"Model"}, name


def test_a_tuned_variant_in_apposition_is_a_model(ex):
    ext = _run(ex, "PunGPT2",
               "We present PunGPT2, a suite of Punjabi LLMs. We further develop Pun-Instruct, a "
               "parameter-efficient, instruction-tuned variant using QLoRA.")
    assert _types(ext, "Pun-Instruct") == {"Model"}


def test_an_amount_glued_to_its_unit_is_no_release_nor_name(ex):
    ext = _run(ex, "PhilEO",
               "We pretrain on MajorTOM 23TB and on the subset FastTOM 2TB that does not "
               "include oceans. The PhilEO 44M model outperforms PhilEO Globe 0.5TB 44M.")
    roles = _roles(ext)
    assert "FastTOM 2" not in roles and "TB 44M" not in roles


def test_a_model_word_two_words_before_a_method_kind_is_a_modifier(ex):
    ext = _run(ex, "ReST-RL",
               "This paper introduces ReST-RL, a unified LLM RL paradigm. We also present "
               "AdaRank, a novel model merging framework, and FooLM, a small LLM capable of "
               "reasoning.")
    assert _types(ext, "ReST-RL") == _types(ext, "AdaRank") == {"Method"}
    assert _types(ext, "FooLM") == {"Model"}


def test_a_name_before_the_kind_in_another_name_s_apposition_modifies_it(ex):
    ext = _run(ex, "ReST-RL",
               "This paper introduces ReST-RL, a unified LLM RL paradigm that improves code "
               "reasoning. We propose PHT-CAD, a novel 2D PPA framework. This paper introduces "
               "MPEC, a novel Masked Point-Entity Contrastive learning method.")
    roles = _roles(ext)
    assert roles["RL"] != "proposes" and roles["PPA"] != "proposes"
    # (the name spelled out is its long form: 2a9dc35)
    assert roles["MPEC"] == "proposes" and "Masked Point-Entity Contrastive" in {
        m.long_form for m in ext.mentions if m.text == "MPEC"}


def test_a_named_term_ends_before_a_participle_clause(ex):
    ext = _run(ex, "A title",
               "We introduce a novel dataset called StereoBias-Stories containing short stories "
               "either unconditioned or conditioned on (one, two, or six) random attributes. We "
               "also describe a method called Sparse "
               "Representation based Classification (SRC).")
    roles = _roles(ext)
    assert roles.get("StereoBias-Stories") == "proposes"
    assert not any("containing" in name for name in roles)


def test_a_score_after_by_achieving_is_a_score_not_a_gain(ex):
    ext = _run(ex, "Phoneme-Level Visual Speech Recognition",
               "We propose PV-ASR. Our PV-ASR method demonstrates superior performance by "
               "achieving 17.4% WER on the LRS2 and 21.0% WER on the LRS3 dataset. IM-BERT "
               "outperforms BERT by achieving 5.9% higher accuracy on AdvGLUE.")
    assert _scores(ext) == [("PV-ASR", "LRS2", 17.4), ("PV-ASR", "LRS3", 21.0)]


def test_a_name_before_the_kind_in_a_the_apposition_modifies_it(ex):
    ext = _run(ex, "Tmax: A simple recipe for terminal agents",
               "We present Tmax, the strongest open RL recipe for terminal agents to date.")
    assert _roles(ext)["Tmax"] == "proposes" and _roles(ext).get("RL") != "proposes"


def test_a_data_kind_one_word_after_a_short_form_types_it(ex):
    ext = _run(ex, "DSFormer",
               "Our strategy repartitions the widely used San Francisco eXtra Large (SF-XL) "
               "training dataset. We curate data from the United States Consumer Product Safety "
               "Commission (CPSC) recalls database.")
    assert _types(ext, "SF-XL") == {"Dataset"} and "CPSC" not in _roles(ext)


def test_the_first_application_of_a_name_does_not_propose_it(ex):
    ext = _run(ex, "Dental Panoramic Radiograph Analysis Using YOLO26",
               "This study presents the first application of YOLOv26 for automated tooth "
               "detection. This research introduces a novel application of the Neural Gas "
               "Network (NGN) algorithm for synthesizing body motion data.")
    roles = _roles(ext)
    assert roles["YOLOv26"] != "proposes" and roles["NGN"] != "proposes"


def test_a_name_in_sans_serif_latex_is_read(ex):
    ext = _run(ex, "Seeing Through Deepfakes",
               "Guided by these insights, we introduce \\textsf{HICOM}, a novel framework "
               "designed to detect every fake face. Experiments show that {\\sf HICOM} improves "
               "average accuracy by 3.3\\%.")
    assert _roles(ext)["HICOM"] == "proposes"


def test_a_title_phrase_ending_in_a_task_is_no_name(ex):
    ext = _run(ex, "AI-generated Text Detection: A Multifaceted Approach to Binary Classification",
               "In this work, we addressed two sub-tasks of a shared task. For each task, we "
               "proposed two neural architectures.")
    # (the task it names, now listed, not a name of the paper's)
    assert _roles(ext).get("AI-generated Text Detection") != "proposes"
    assert _types(ext, "AI-generated Text Detection") <= {"Task"}


def test_a_score_of_the_system_that_performs_best_on_the_one_benchmark(ex):
    ext = _run(ex, "ResearchCodeBench: Benchmarking LLMs",
               "We introduce ResearchCodeBench, a benchmark of 212 coding challenges. We find "
               "Gemini-2.5-Pro-Preview to perform best at 37.3% success rate, with O3 (High) and "
               "O4-mini (High) following behind at 32.3% and 30.8% respectively.")
    assert _scores(ext) == [("Gemini-2.5-Pro-Preview", "ResearchCodeBench", 37.3)]


def test_a_knowledge_graph_in_apposition_is_data(ex):
    ext = _run(ex, "A title",
               "We build BambooKG, a knowledge graph with frequency-based weights. We also "
               "propose KERAP, a knowledge graph (KG)-enhanced reasoning approach.")
    assert _types(ext, "BambooKG") == {"Dataset"} and _types(ext, "KERAP") == {"Method"}


def test_a_kind_word_alone_in_capitals_is_no_kind(ex):
    ext = _run(ex, "Effective and Transparent RAG",
               "We propose ARENA (Adaptive-Rewarded Evidence Navigation Agent), a transparent RAG "
               "generator framework trained via reinforcement learning. ARENA outperforms "
               "DeepSeek-R1.")
    assert "Benchmark" not in _types(ext, "ARENA") and _roles(ext)["ARENA"] == "proposes"


def test_a_name_spelled_out_in_its_apposition_is_defined_there():
    abbs = {(a.short, a.long) for a in find_abbreviations(
        "We develop CALM-DT, a Context-Adaptive Language Model-based Digital Twin that "
        "simulates. We propose ReST-RL, a unified LLM RL paradigm.")}
    assert abbs == {("CALM-DT", "Context-Adaptive Language Model-based Digital Twin")}


def test_a_name_spelled_out_in_its_apposition_is_one_entity(ex):
    ext = _run(ex, "Continuously Updating Digital Twins",
               "We develop CALM-DT, a Context-Adaptive Language Model-based Digital Twin that can "
               "accurately simulate across diverse state-action spaces.")
    assert set(_roles(ext)) == {"CALM-DT"}


def test_a_long_form_naming_a_system_for_a_task_is_the_system(ex):
    ext = _run(ex, "A title",
               "To overcome these challenges, we follow the computational design science "
               "paradigm to develop a novel framework, Hybrid Approach for SOcial Support need "
               "classification (HA-SOS). HA-SOS integrates an answer set programming module. "
               "In practice, our HA-SOS framework facilitates online Q&A platform managers.")
    assert _types(ext, "HA-SOS") == {"Method"}


def test_a_name_before_competition_is_a_benchmark(ex):
    ext = _run(ex, "Feature-Based Dual Visual Feature Extraction Model",
               "This article presents our results for the AIMO-2 competition. The model that "
               "fuses the features of ViT and ResNet exhibits superior performance.")
    assert _types(ext, "AIMO-2") == {"Benchmark"}


def test_a_participle_after_a_long_claim_has_the_claims_subject(ex):
    ext = _run(ex, "DermAgent: A Self-Reflective Agentic System",
               "We propose DermAgent. Extensive experiments on five dermatology benchmarks "
               "demonstrate that DermAgent consistently outperforms state-of-the-art MLLMs "
               "and medical agent baselines across zero-shot fine-grained disease diagnosis, "
               "concept annotation, and clinical captioning tasks, exceeding GPT-4o by 17.6% "
               "in skin disease diagnostic accuracy.")
    assert ("DermAgent", "GPT-4o") in _claims(ext)
    # (not after a "vs." aside: "X achieves 67.90 (vs. 64.27 for Y), ..., outperforming Z")
    ext = _run(ex, "Xuanwu",
               "Evaluations show that Xuanwu VL-2B achieves an average score of 67.90 across "
               "seven OpenCompass multimodal metrics (vs. 64.27 for InternVL 3.5 2B), an "
               "average recall of 94.38% over seven tasks, and a weighted overall recall of "
               "82.82% on policy-violating text, outperforming Gemini-2.5-Pro (76.72%).")
    assert ("InternVL 3.5 2B", "Gemini-2.5-Pro") not in _claims(ext)


def test_a_listed_benchmarks_level_does_not_end_the_list(ex):
    ext = _run(ex, "ARMOR-MAD: Adaptive Routing for Heterogeneous Multi-Agent Debate",
               "We propose ARMOR-MAD. Across MATH Level 5, GSM8K, MMLU, and MMLU-Pro, "
               "ARMOR-MAD consistently improves over fixed-round heterogeneous debate with the "
               "same model pool, reaching 65.5\\%, 96.5\\%, 90.0\\%, and 81.5\\% accuracy, "
               "respectively.")
    assert _scores(ext) == [("ARMOR-MAD", "GSM8K", 96.5), ("ARMOR-MAD", "MATH", 65.5),
                            ("ARMOR-MAD", "MMLU", 90.0), ("ARMOR-MAD", "MMLU-Pro", 81.5)]


def test_imaging_and_capture_techniques_and_platforms_are_no_names(ex):
    # The kind of data a paper works with, as the dev sets read them (no MRI, CT or LiDAR).
    ext = _run(ex, "Ship Detection in SAR Images",
               "Synthetic Aperture Radar (SAR) imagery is widely used for Earth Observation "
               "(EO). We collect motion capture (MoCap) data and YouTube videos, and derive "
               "Channel State Information (CSI) from WiFi signals. We propose ShipNet, a "
               "detector for SAR ship detection, trained on CAD models.")
    assert {m.text for m in ext.mentions if m.type != "Task"} == {"ShipNet"}
    ext = _run(ex, "The Model Is Not the Product",
               "This report introduces Psych LM, an iOS application that validates the thesis.")
    assert set(_roles(ext)) == {"Psych LM"}


def test_a_generic_short_form_the_paper_names_after_called_is_its_own(ex):
    ext = _run(ex, "Leveraging Implicit Sentiments",
               "In this work, we introduce a novel evaluation instrument specifically designed "
               "for LLMs, called Core Sentiment Inventory (CSI). CSI is a bilingual tool.")
    assert _roles(ext) == {"CSI": "proposes"}


def test_plurals_of_field_acronyms_and_viewing_quantities_are_no_names(ex):
    ext = _run(ex, "Surgical Instrument Pose Estimation",
               "This paper presents a novel 6 Degrees of Freedom (DoF) pose estimation pipeline "
               "for surgical instruments. We construct a large-scale dataset containing "
               "2,535,759 RGB-Event data pairs for the pre-training.")
    assert {m.text for m in ext.mentions if m.type != "Task"} == set()
    assert all(ex.gazetteer.is_generic(w) for w in ("IMUs", "MRIs", "NPUs", "IDs"))
    assert not ex.gazetteer.is_generic("ViTs")


def test_a_generic_short_form_a_paper_defines_as_its_task_is_that_task(ex):
    ext = _run(ex, "ReplayCAD: Generative Diffusion Replay",
               "Continual Anomaly Detection (CAD) enables anomaly detection models to learn new "
               "classes. Existing CAD methods store image distributions.")
    assert _types(ext, "CAD") == {"Task"}


def test_a_kind_of_model_spelled_out_before_a_generic_short_form_is_no_name(ex):
    ext = _run(ex, "Towards Understanding Camera Motions",
               "Evaluating the video understanding capabilities of Video-Language Models "
               "(VLMs) remains a significant challenge. We propose a unified MultiModal "
               "framework, M2CD.")
    assert {m.text for m in ext.mentions if m.type != "Task"} == {"M2CD"}


def test_a_generic_short_form_spelled_out_as_something_else_is_the_papers_name(ex):
    # ("CAD" and "SAR" are field words: computer-aided design, synthetic aperture radar)
    ext = _run(ex, "Quantifier Elimination",
               "Cylindrical Algebraic Decomposition (CAD) is a key tool in algebraic geometry. "
               "We build on Sort After Reversed Retrieval (SAR). Video Language Models (VLM) "
               "and Synthetic Aperture Radar (SAR) images are no such names.")
    assert _types(ext, "CAD") == {"Method"} and "SAR" in _roles(ext)
    assert not {"VLM", "Video Language Models", "Synthetic Aperture Radar"} & set(_roles(ext))


def test_an_apposition_reads_its_kind_past_a_list_of_describing_words(ex):
    ext = _run(ex, "GenWorld: Towards Detecting AI-generated Real-world Simulation Videos",
               "In this paper, we propose GenWorld, a large-scale, high-quality, and real-world "
               "simulation dataset for AI-generated video detection.")
    assert _types(ext, "GenWorld") == {"Dataset"}
    ext = _run(ex, "A title",
               "To address this, we introduce VisualNeedle, a challenging, information-dense, "
               "and fine-grained benchmark for scenes where critical evidence is minute.")
    assert _types(ext, "VisualNeedle") == {"Benchmark"}


def test_systems_given_as_examples_past_a_setting_phrase_are_beaten(ex):
    ext = _run(ex, "IndexRAG: Bridging Facts for Cross-Document Reasoning",
               "We propose IndexRAG. When combined with IRCoT, IndexRAG outperforms all "
               "graph-based baselines on average, including HippoRAG and FastGraphRAG, while "
               "relying solely on flat retrieval.")
    assert {("IndexRAG", "HippoRAG"), ("IndexRAG", "FastGraphRAG")} <= _claims(ext)
    # (not examples of what they ran on, nor of a second predicate's object)
    ext = _run(ex, "G2C-MT: Translation",
               "We propose G2C-MT. Experiments show that G2C-MT outperforms strong baselines on "
               "multiple LLMs, including DeepSeek-V3 and Gemini-2.5-Flash-lite.")
    assert not _claims(ext)
    ext = _run(ex, "Skywork R1V2",
               "We propose R1V2. These results underscore R1V2's superiority over existing "
               "open-source models and demonstrate significant progress in closing the "
               "performance gap with premier proprietary systems, including Gemini 2.5 and "
               "OpenAI o4-mini.")
    assert not _claims(ext)


def test_a_known_technique_brought_into_the_work_is_used_not_proposed(ex):
    ext = _run(ex, "DP2O-SR",
               "Specifically, we introduce Direct Preference Optimization (DPO) into Real-ISR "
               "to achieve alignment. We also introduce Conditional Variational Autoencoder "
               "(CVAE) to the Att-Adapter to mitigate overfitting.")
    assert _roles(ext)["DPO"] == "uses" and _roles(ext)["CVAE"] == "uses"
    # (but a generic short form proposed in small letters is the paper's own)
    ext = _run(ex, "A title", "Inspired by biological evolution, we propose parameter dynamic "
                              "evolution (PDE) to adapt to different images.")
    assert _roles(ext) == {"PDE": "proposes"}


def test_a_dash_glued_after_a_bracket_is_split_off(ex):
    assert [t.text for t in ex.nlp("0.918 bits per byte (bpb)--outperforming gzip")][-5:] == \
        ["bpb", ")", "--", "outperforming", "gzip"]
    ext = _run(ex, "Nacrith: Neural Lossless Compression",
               "We propose Nacrith. Nacrith achieves 0.918 bits per byte (bpb)--outperforming "
               "CMIX v21 by 44%.")
    assert ("Nacrith", "CMIX v21") in _claims(ext)


def test_a_claims_subject_right_after_a_reporting_verb_with_no_that(ex):
    ext = _run(ex, "Stabilizing Reasoning in Medical LLMs",
               "We propose Preferred-MedLLM-Qwen-72B. Evaluations on the Japanese Medical "
               "Licensing Exam benchmark (IgakuQA) show Preferred-MedLLM-Qwen-72B achieves "
               "state-of-the-art performance (0.868 accuracy), surpassing strong proprietary "
               "models like GPT-4o (0.866).")
    assert ("Preferred-MedLLM-Qwen-72B", "GPT-4o") in _claims(ext)


def test_a_participle_claim_has_the_one_system_named_before_as_its_subject(ex):
    ext = _run(ex, "Task Memory Engine: Spatial Memory for Robust Multi-Step LLM Agents",
               "In this work, we propose the Task Memory Engine (TME), a lightweight memory "
               "module. Across four multi-turn scenarios-trip planning, cooking, meeting "
               "scheduling, and shopping cart editing -- TME eliminates 100% of hallucinations "
               "and misinterpretations in three tasks, and reduces hallucinations by 66.7% and "
               "misinterpretations by 83.3% across 27 user turns, outperforming ReAct.")
    assert ("TME", "ReAct") in _claims(ext)


def test_a_score_said_roughly_or_after_to_achieve_is_a_score(ex):
    ext = _run(ex, "Lucy: edgerunning agentic web search",
               "We present Lucy, a 1.7B-parameter SLM that leverages this dynamic reasoning "
               "mechanism with MCP integration to achieve 78.3% accuracy on the SimpleQA "
               "benchmark.")
    assert _scores(ext) == [("Lucy", "SimpleQA", 78.3)]
    ext = _run(ex, "Penny Wise, Pixel Foolish",
               "We propose PriceBlind. On E-ShopBench, PriceBlind achieves around 80% ASR in "
               "white-box evaluation, and over 90% in another.")
    assert _scores(ext) == [("PriceBlind", "E-ShopBench", 80.0)]
    # (not a judge's agreement with people, nor the technique used to score)
    ext = _run(ex, "An Illusion of Progress? Assessing Web Agents",
               "We introduce Online-Mind2Web, a benchmark. We also develop a novel "
               "LLM-as-a-Judge automatic evaluation method and show that it can achieve around "
               "85% agreement with human judgment.")
    assert not _scores(ext)
    ext = _run(ex, "OpenCodeReasoning: Advancing Data Distillation",
               "Our distilled models use only SFT to achieve 61.8% on LiveCodeBench.")
    assert all(s != "SFT" for s, _b, _v in _scores(ext))


def test_a_gain_noun_four_words_after_a_number_makes_it_a_gain(ex):
    ext = _run(ex, "RoboFlamingo-LPAF",
               "We propose RoboFlamingo-LPAF. Experiments show that RoboFlamingo-LPAF averagely "
               "achieves around 8% task success rate improvement on CALVIN.")
    assert not _scores(ext)


def test_a_system_in_an_apposition_is_a_method_over_a_listed_name(ex):
    ext = _run(ex, "Empowering Agentic Video Analytics Systems with Video Language Models",
               "We introduce AVA, a VLM-powered system designed for open-ended video analytics. "
               "On AVA-100, AVA achieves top-tier performance with an accuracy of 75.8%.")
    assert _types(ext, "AVA") == {"Method"}
    assert _scores(ext) == [("AVA", "AVA-100", 75.8)]
    # (not a kind alone, nor a system prompt)
    ext = _run(ex, "A title", "As the computational platform, we use an MPSoC system from AMD.")
    assert "MPSoC" not in _roles(ext)


def test_gaussians_are_primitives_not_a_name(ex):
    ext = _run(ex, "Dynamic Scene Reconstruction",
               "To more accurately learn the motion of dynamic Gaussians, a novel 2D optical flow "
               "map reconstruction algorithm is designed.")
    assert "Gaussians" not in _roles(ext)


def test_a_comma_glued_between_a_digit_and_a_letter_is_split_off(ex):
    assert [t.text for t in ex.nlp("on HAM10000,BCN20000 and 1,000 images")] == \
        ["on", "HAM10000", ",", "BCN20000", "and", "1,000", "images"]


def test_a_participle_after_a_dash_and_its_as_the_papers_system(ex):
    ext = _run(ex, "Reasoning for Mobile User Experience with Multimodal LLMs",
               "We propose UI-UX. Experiments demonstrate that UI-UX achieves state-of-the-art "
               "(SOTA) performance on UXBench, attaining an accuracy of 0.7963 -- surpassing "
               "Claude-4.5-Sonnet's 0.6550 -- while exhibiting strong generalization.")
    assert ("UI-UX", "Claude-4.5-Sonnet") in _claims(ext)
    ext = _run(ex, "E-RayZer: Self-supervised 3D Reconstruction",
               "We propose E-RayZer. Furthermore, its learned representations outperform leading "
               "visual pre-training models (e.g., DINOv3 and CroCo v2) when transferring to 3D "
               "downstream tasks.")
    assert {("E-RayZer", "DINOv3"), ("E-RayZer", "CroCo v2")} <= _claims(ext)


def test_examples_after_such_as_with_no_comma_past_a_setting_phrase(ex):
    ext = _run(ex, "Solving Cyclic Antibandwidth Problem by SAT",
               "We propose SAT-CAB. Comparative results indicate that SAT-CAB surpasses the "
               "best-known solutions obtained by state-of-the-art heuristic algorithms such as "
               "MS-GVNS and MACAB.")
    assert {("SAT-CAB", "MS-GVNS"), ("SAT-CAB", "MACAB")} <= _claims(ext)


def test_a_metric_past_an_aside_and_a_second_predicate_is_not_the_scores(ex):
    ext = _run(ex, "MedReadCtrl",
               "We propose MedReadCtrl. Evaluations show that MedReadCtrl achieves significantly "
               "lower readability instruction-following errors than GPT-4 (e.g., 1.39 vs. 1.59 "
               "on ReadMe, p<0.001) and delivers substantial gains on unseen clinical tasks "
               "(e.g., +14.7 ROUGE-L, +6.18 SARI on MTSamples).")
    assert {(r.subject, r.metric) for r in ext.results} == {("MedReadCtrl", None)}


def test_a_numbered_part_alone_is_no_name(ex):
    ext = _run(ex, "City2Scene",
               "We evaluated City2Scene on the DCASE Challenge Task 1 datasets. The datasets "
               "used in Track 1 and Track 2 are available online.")
    assert not {"Task 1", "Track 1", "Track 2"} & set(_roles(ext))
    ext = _run(ex, "SemEval-2025 Task 3: Mu-SHROOM", "We present SemEval-2025 Task 3.")
    assert "SemEval-2025 Task 3" in _roles(ext)


def test_a_plain_score_before_a_metric_with_digits_and_on_a_benchmark(ex):
    ext = _run(ex, "FAF-CD: Frequency-Aware Fusion for Change Detection",
               "We propose FAF-CD. FAF-CD also generalizes to binary optical CD, achieving "
               "0.924 cF1 on LEVIR-CD and 0.955 cF1 on WHU-CD.")
    assert _scores(ext) == [("FAF-CD", "LEVIR-CD", 0.924), ("FAF-CD", "WHU-CD", 0.955)]


def test_a_known_technique_in_small_letters_is_proposed_only_by_a_verb_of_proposing(ex):
    ext = _run(ex, "Application and Optimization of Large Models Based on Prompt Tuning",
               "By applying designed prompt templates to large language models, we establish "
               "in-context learning and leverage prompt tuning technology to improve accuracy.")
    assert _roles(ext)["in-context learning"] != "proposes"


def test_a_name_listed_alone_spelled_out_by_the_paper_proposing_it_is_its_own(ex):
    # (the list knows RACE, CLUE and COMET only by their letters: a reading benchmark, a
    # Chinese benchmark, a translation metric)
    ext = _run(ex, "X-Blocks: Linguistic Building Blocks of Explanations",
               "At the context level, we propose RACE (Reasoning-Aligned Classification of "
               "Explanations), a multi-LLM ensemble framework. Applied to the Berkeley "
               "DeepDrive-X dataset, RACE achieves 91.45 percent accuracy.")
    assert _types(ext, "RACE") == {"Method"} and _roles(ext)["RACE"] == "proposes"
    assert ("RACE", "Berkeley DeepDrive-X") in {(r.subject, r.benchmark) for r in ext.results}
    ext = _run(ex, "Planning with Monte Carlo Tree Search",
               "We introduce the Causal Object-centric Model for Efficient Tree search (COMET).")
    assert _types(ext, "COMET") == {"Method"}
    # (a paper using the listed thing spells it out without proposing it)
    ext = _run(ex, "A title", "We evaluate on the Chinese Language Understanding Evaluation "
               "(CLUE) benchmark.")
    assert _types(ext, "CLUE") == {"Benchmark"}


def test_a_graph_structure_is_no_name(ex):
    ext = _run(ex, "JERR: Relational Reasoning for Long-Context LLMs",
               "We propose JERR. Second, we build a directed acyclic graph (DAG) to resolve "
               "redundancy, as DAG-based planners do.")
    assert not {"DAG", "directed acyclic graph"} & set(_roles(ext))
    # (spelled out as something else, the letters are the paper's own)
    ext = _run(ex, "A title", "We propose Dual Attention Gating (DAG), a lightweight module.")
    assert _roles(ext).get("DAG") == "proposes"


def test_a_manner_a_mode_of_thought_a_stain_and_a_pair_of_dimensions_are_no_names(ex):
    ext = _run(ex, "BridgeAD: End-to-End Driving",
               "We propose BridgeAD. Most existing E2E approaches generate plans from dense "
               "grid features. Humans conduct System 2 reasoning via the language of thoughts. "
               "We predict gene expression from H&E images and propose a 2D-3D fusion camera "
               "tracking method.")
    assert not {"E2E", "System 2", "H&E", "2D-3D"} & set(_roles(ext))


def test_a_generic_short_form_made_the_papers_own_is_its_name_where_written_alone(ex):
    ext = _run(ex, "From Chaos to Order",
               "To overcome these limitations, we present Atomic Reasoner (AR), a cognitive "
               "inference strategy. AR decomposes the reasoning process into atomic units. "
               "Experiments show that AR outperforms Tree-of-Thoughts.")
    assert ("AR", "Tree-of-Thoughts") in _claims(ext)
    assert _roles(ext)["AR"] == "proposes"


def test_a_generic_short_form_proposed_past_a_few_kind_words_is_the_papers_own(ex):
    ext = _run(ex, "Self-regulation of Diffusion Models for Safe Text-to-Image Generation",
               "In this work, we propose the safe generation framework Detect-and-Guide (DAG), "
               "leveraging the internal knowledge of diffusion models. DAG outperforms SafeGen.")
    assert _roles(ext).get("DAG") == "proposes" and ("DAG", "SafeGen") in _claims(ext)


def test_imaging_signals_molecules_building_services_and_a_goal_are_no_names(ex):
    ext = _run(ex, "A Desideratum for Conversational Agents",
               "We propose PETNet. Our insights advance progress toward Artificial General "
               "Intelligence (AGI). PET images and PPG signals are noisy, and PSF engineering "
               "shapes wavefronts. We read raw DNA sequences and tune HVAC systems.")
    assert not {"AGI", "Artificial General Intelligence", "PET", "PPG", "PSF", "DNA",
                "HVAC"} & set(_roles(ext))
    ext = _run(ex, "A title", "We propose Direct Noise Alignment (DNA), which refines the "
               "Gaussian noise. DNA outperforms SafeGen.")
    assert _roles(ext).get("DNA") == "proposes"


def test_earth_observation_missions_are_the_data_papers_train_on(ex):
    ext = _run(ex, "Wetland Mapping",
               "We propose WetNet, a segmentation model. Leveraging Sentinel-2 data and "
               "Sentinel-1 radar, our method maps wetlands.")
    assert _types(ext, "Sentinel-2") == {"Dataset"} and _types(ext, "Sentinel-1") == {"Dataset"}
    assert _roles(ext)["Sentinel-2"] != "proposes"


def test_a_word_capitalised_inside_to_spell_the_name_before_it_is_no_name(ex):
    ext = _run(ex, "A title",
               "To address this, we propose XDR-LVLM (eXplainable Diabetic Retinopathy "
               "Diagnosis with LVLM), a novel framework. This paper introduces X-Blocks "
               "(eXplanation Blocks), a hierarchical framework.")
    assert not {"eXplainable", "eXplanation"} & set(_roles(ext))
    assert {"XDR-LVLM", "X-Blocks"} <= set(_roles(ext))


def test_a_word_with_its_acronym_x_in_capitals_is_no_name(ex):
    ext = _run(ex, "A title",
               "We propose TabXEval, an eXhaustive and eXplainable two-phase evaluation "
               "framework. eXplainable AI (XAI) methods help.")
    assert not {"eXhaustive", "eXplainable"} & set(_roles(ext))
    assert _roles(ext)["TabXEval"] == "proposes"


def test_standards_bodies_and_vehicle_to_everything_links_are_no_names(ex):
    ext = _run(ex, "REACT: A Real-Time Edge-AI Based V2X Framework",
               "We propose REACT. Employing a decomposition of NIST CSF 2.0 functions, we fuse "
               "V2X communication with exposures set by shutter speed and ISO.")
    assert not {"NIST", "V2X", "ISO"} & set(_roles(ext))
    ext = _run(ex, "Neural Image Space Tessellation",
               "We present Neural Image-Space Tessellation (NIST), a lightweight approach. "
               "NIST leverages normals.")
    assert _roles(ext).get("NIST") == "proposes"


def test_sensor_pairs_standards_and_describing_pairs_are_no_names(ex):
    ext = _run(ex, "Task Specific Sharpness Aware O-RAN Resource Management",
               "We propose FutrTrack, a modular camera-LiDAR multi-object tracking framework. "
               "We evaluate GPT-4o for BI-RADS assessment, and strategies including Gradient "
               "Ascent and Teacher-Student distillation. The task of Open-Vocabulary SGG was "
               "proposed for TinyML devices.")
    assert not {"camera-LiDAR", "O-RAN", "BI-RADS", "Teacher-Student", "Open-Vocabulary",
                "TinyML"} & set(_roles(ext))
    assert _roles(ext)["FutrTrack"] == "proposes"


def test_an_unnamed_setups_score_in_brackets_is_not_the_papers(ex):
    ext = _run(ex, "Agents for Underspecified Issues",
               "We propose TME. Our multi-agent system achieves a 69.40% task resolve rate on "
               "SWE-bench Verified, significantly outperforming a standard single-agent setup "
               "(61.20%) and its full-context counterpart (64.1%).")
    assert [v for _s, _b, v in _scores(ext)] == [69.4]


def test_an_unnamed_systems_possessive_score_is_not_the_papers(ex):
    ext = _run(ex, "CanViT: Active Vision",
               "We propose CanViT. On ADE20K segmentation, a frozen CanViT-B achieves 38.5% "
               "mIoU in a single glimpse, outperforming the best active model's 27.6% with "
               "19.5x fewer inference FLOPs.")
    assert _scores(ext) == [("CanViT-B", "ADE20K", 38.5)]
    ext = _run(ex, "UniVLA", "We propose UniVLA. UniVLA achieves 95.5% average success rate on "
               "the LIBERO benchmark, surpassing pi0-FAST's 85.5%.")
    assert _scores(ext) == [("UniVLA", "LIBERO", 95.5), ("pi0-FAST", "LIBERO", 85.5)]


def test_its_part_after_and_beats_as_the_papers_system(ex):
    ext = _run(ex, "PRISM: Predicting Forgetting",
               "We propose PRISM. Across five benchmarks, PRISM ranks variants with mean "
               "Spearman correlations of 0.831 for LoRA forgetting, and its axis-guided shape "
               "regularizer outperforms experience replay in aggregate.")
    assert _claims(ext) == {("PRISM", "experience replay")}


def test_a_verb_coordinated_with_open_source_proposes_what_follows(ex):
    ext = _run(ex, "Aya Dataset: An Open-Access Collection for Multilingual Instruction Tuning",
               "In total, we contribute four key resources: we develop and open-source the "
               "Aya Annotation Platform, the Aya Dataset, the Aya Collection, and the Aya "
               "Evaluation Suite.")
    roles = _roles(ext)
    assert roles["Aya Collection"] == roles["Aya Evaluation Suite"] == "proposes"


def test_and_joining_two_things_made_each_with_its_kind_noun_proposes_both(ex):
    ext = _run(ex, "iDocVQA and LLaDoc",
               "We introduce Instruction Document Visual Question Answering (iDocVQA) dataset "
               "and Large Language Document (LLaDoc) model, for training Language-Vision "
               "models.")
    assert _roles(ext)["LLaDoc"] == _roles(ext)["iDocVQA"] == "proposes"


def test_a_name_answering_a_problem_past_where_is_proposed(ex):
    ext = _run(ex, "Instruct, Not Assist",
               "We tackle this issue in the code debugging domain with TreeInstruct, an "
               "Instructor agent guided by a novel state space-based planning algorithm.")
    assert _roles(ext)["TreeInstruct"] == "proposes"


def test_a_short_form_spelled_out_otherwise_than_a_listed_name_with_an_en_dash_is_not_it(ex):
    # (the list knows HOI as "human-object interaction" and "human\u2013object interaction")
    ext = _run(ex, "MvHo-IB: Multi-View Higher-Order Information Bottleneck",
               "Recent evidence suggests that modeling higher-order interactions (HOIs) in fMRI "
               "data can enhance diagnostic accuracy. However, effectively extracting HOIs "
               "remains a challenge. We propose MvHo-IB, a multi-view learning framework.")
    assert "HOIs" not in _roles(ext)


def test_a_plural_short_form_of_a_kind_in_small_letters_is_no_name_where_written_alone(ex):
    ext = _run(ex, "Anatomy-constrained modelling in dynamic PET",
               "Accurate kinetic analysis requires anatomically constrained modelling of "
               "image-derived input functions (IDIFs). Traditionally, IDIFs are obtained from "
               "the aorta. This study proposes a multi-organ approach that integrates IDIFs "
               "from the aorta and the portal vein.")
    assert "IDIFs" not in _roles(ext)
    # (a family the paper names keeps its plural)
    ext = _run(ex, "R-Sparse R-CNN",
               "We introduce R-Sparse R-CNN, a pipeline that leverages sparse learnable "
               "proposals, termed background-aware proposals (BAPs). The proposed BAPs enrich "
               "object representation. To complement BAPs, we propose Dual-Context Pooling.")
    assert "BAPs" in _roles(ext)


def test_a_definition_said_to_be_a_metric_is_a_metric_whatever_its_long_form_ends_in(ex):
    ext = _run(ex, "A title",
               "We propose citation grounding (CG), a metric that verifies LLM-generated legal "
               "citations against a ground-truth citation graph. CG decomposes into three "
               "components.")
    assert _types(ext, "CG") == {"Metric"}


def test_a_bracketed_score_on_a_named_task_is_not_moved_to_another_benchmark(ex):
    ext = _run(ex, "Revisiting NLI",
               "We re-evaluate a lightweight alternative -- off-the-shelf Natural Language "
               "Inference (NLI) scoring augmented by a simple lexical-match flag and find that "
               "this decades-old technique matches GPT-4o's accuracy (89.9%) on long-form QA, "
               "while requiring fewer parameters. To test human alignment, we introduce "
               "DIVER-QA, a new benchmark.")
    assert not ext.results


def test_training_data_named_in_an_evaluation_sentence_is_still_used(ex):
    ext = _run(ex, "A title",
               "We demonstrate this for several state-of-the-art LLMs (Llama-2-7B and "
               "Mistral-7B) and datasets (Alpaca-52k and Evol-Instruct-70k).")
    roles = _roles(ext)
    assert roles["Alpaca-52k"] == roles["Evol-Instruct-70k"] == "uses"
    # (but tested on it, or called a benchmark, it is evaluated on)
    ext = _run(ex, "A title", "We evaluate perplexity on ShareGPT. In our evaluation of the "
               "Dolly benchmark, scores improve.")
    assert _roles(ext)["ShareGPT"] == _roles(ext)["Dolly"] == "evaluatesOn"


def test_more_sensor_pairs_are_no_names(ex):
    ext = _run(ex, "Stereo-LiDAR Fusion by Semi-Global Matching",
               "We propose SGM-Fuse. It outperforms the previous real-time stereo-LiDAR fusion "
               "method and handles thermal-LiDAR data, RGB-Infrared pairs and RGB-Depth input.")
    assert not {"Stereo-LiDAR", "stereo-LiDAR", "thermal-LiDAR", "RGB-Infrared",
                "RGB-Depth"} & set(_roles(ext))


def test_what_the_idea_is_inspired_by_is_mentioned(ex):
    ext = _run(ex, "Instruction Segment Embeddings",
               "We introduce the Instructional Segment Embedding (ISE) technique, inspired by "
               "BERT, to modern large language models. Inspired by classical program synthesis "
               "and the human approach to prompting, we propose APE.")
    roles = _roles(ext)
    assert roles["BERT"] == roles["program synthesis"] == "mentions"
    assert roles["ISE"] == roles["APE"] == "proposes"


def test_positioning_propagation_plural_sensors_and_command_lines_are_no_names(ex):
    ext = _run(ex, "LEO-based Carrier-Phase Positioning for 6G: Comparison with GNSS",
               "We propose LEO-CPP. The dataset contains frames recorded from four roadside "
               "cameras and LiDARs at 25 Hz.")
    assert not {"GNSS", "LiDARs"} & set(_roles(ext))
    ext = _run(ex, "Hard/Soft NLoS Detection via Data Augmentation for 6G Positioning",
               "We propose NLoS-Aug. It exploits line-of-sight (LoS) conditions.")
    assert not {"NLoS", "LoS", "line-of-sight"} & set(_roles(ext))


def test_imagenet_subsets_and_resolutions_are_benchmarks(ex):
    ext = _run(ex, "Dynamic Inference",
               "We propose DynaViT. Deployed for dynamic inference on ImageNet-100, our hybrid "
               "approach achieves Pareto-optimal efficiency. We conduct class-conditional "
               "ImageNet-256 generation experiments.")
    assert _types(ext, "ImageNet-100") == {"Benchmark"}
    assert _types(ext, "ImageNet-256") == {"Benchmark"}


def test_a_series_every_field_expands_in_is_no_name(ex):
    ext = _run(ex, "Reduced-Order Modelling",
               "We propose ROMNet. The technique employs a Taylor series expansion of the "
               "nonlinear residual around equilibrium states.")
    assert "Taylor" not in _roles(ext) and _roles(ext)["ROMNet"] == "proposes"


def test_llm_as_judge_written_without_the_article_is_the_known_technique(ex):
    ext = _run(ex, "Evaluating Shopping Agents",
               "We introduce a multi-faceted evaluation rubric and develop a calibrated "
               "LLM-as-judge pipeline. In a blind LLM-as-Judge evaluation, EMoT matched CoT.")
    assert _roles(ext).get("LLM-as-judge") == "uses"
    assert {m.evidence.rule.split("/")[0] for m in ext.mentions
            if m.text.startswith("LLM-as-")} == {"gazetteer"}


def test_a_list_with_scores_in_brackets_goes_on_past_them(ex):
    ext = _run(ex, "GEM: Graph-Enhanced Mixture-of-Experts",
               "We propose GEM. On MultiWOZ 2.2, GEM surpasses state-of-the-art methods "
               "including TOATOD (63.79%), D3ST (58.70%), and Diable (56.48%).")
    assert _roles(ext).get("D3ST") == "comparesWith"
    assert ("GEM", "D3ST") in _beats(ext)


def test_two_names_sharing_a_baselines_noun_are_systems_compared(ex):
    ext = _run(ex, "Explicit Preference Decomposition",
               "We propose TOFU. Results show that TOFU consistently outperforms strong KGFM "
               "and MMKGR baselines, and segments are more precise than SLIC and Felzenszwalb "
               "baselines.")
    roles = _roles(ext)
    assert roles.get("KGFM") == roles.get("MMKGR") == "comparesWith"
    assert roles.get("Felzenszwalb") == "comparesWith"


def test_an_increase_or_boost_over_a_system_beats_it(ex):
    ext = _run(ex, "4D-VLA: Spatial-Temporal Vision-Language-Action Pretraining",
               "We propose 4D-VLA. In both simulated and real-world experiments, our model "
               "achieves a significant increase in success rate over OpenVLA. 4D-VLA also "
               "obtains a 3.50% boost over LanguageBind on Video-MME.")
    assert {("4D-VLA", "OpenVLA"), ("4D-VLA", "LanguageBind")} <= _beats(ext)


def test_a_system_inside_what_a_than_compares_with_beats_no_one(ex):
    ext = _run(ex, "CRISP: Complex Reasoning with Interpretable Step-based Plans",
               "We introduce CRISP, a dataset of plans. We demonstrate that fine-tuning a small "
               "model on CRISP enables it to generate higher-quality plans than much larger "
               "models using few-shot prompting, while significantly outperforming "
               "Chain-of-Thought reasoning.")
    assert not any(s == "few-shot prompting" for s, _o in _beats(ext))


def test_a_metric_ending_a_compound_that_says_how_something_is_is_no_score(ex):
    ext = _run(ex, "FMDConv: Fast Convolution via Speed-Accuracy Trade-off",
               "We propose FMDConv for High-Accuracy detection. It improves the "
               "precision-recall trade-off on low-SNR video. FMDConv reaches 91% accuracy.")
    assert _roles(ext).get("accuracy") == "uses"
    assert not {"Speed-Accuracy", "Accuracy", "recall", "SNR"} & set(_roles(ext))


def test_a_listed_task_ending_a_hyphen_compound_is_named_whole(ex):
    ext = _run(ex, "Hand-Object Pose Estimation with Spatio-Temporal Reasoning",
               "We propose HOPE. HOPE improves cross-domain generalization on DexYCB. We "
               "also release Afri-MCQA, a benchmark.")
    roles = _roles(ext)
    assert {"Hand-Object Pose Estimation", "Spatio-Temporal Reasoning",
            "cross-domain generalization"} <= set(roles)
    assert not {"Object Pose Estimation", "Temporal Reasoning", "domain generalization"} & \
        set(roles)
    assert _types(ext, "Afri-MCQA") == {"Benchmark"}


def test_a_tasks_acronym_joined_to_a_known_system_names_a_new_one(ex):
    ext = _run(ex, "MRC-DETR: An Adaptive Multi-Residual Coupled Transformer for Detection",
               "We propose MRC-DETR, a detector. It uses a CSP-DarkNet53 backbone.")
    roles = _roles(ext)
    assert roles.get("MRC-DETR") == "proposes" and "CSP-DarkNet53" in roles
    assert not {"MRC", "DETR", "CSP"} & set(roles)


def test_sentence_transformers_are_the_sentence_bert_models(ex):
    ext = _run(ex, "FinTextSim",
               "We introduce FinTextSim, a finetuned sentence-transformer model. Compared to "
               "all-MiniLM-L6-v2, the most widely used Sentence Transformer, FinTextSim "
               "increases intratopic similarity.")
    assert _types(ext, "sentence-transformer") == {"Model"}
    assert "transformer" not in _roles(ext)
    assert _types(ext, "Sentence Transformer") == {"Model"}


def test_a_negating_prefix_in_title_case_or_before_an_acronym_makes_another_thing(ex):
    ext = _run(ex, "LayerSkip: Dynamic Exit Layers for Efficient Self-Speculative Decoding",
               "We propose LayerSkip. Our work asks whether retrieval helps in non-RAG "
               "settings.")
    assert not {"Speculative Decoding", "RAG"} & set(_roles(ext))


def test_scores_in_brackets_do_not_push_a_list_item_out_of_its_compare_cue(ex):
    ext = _run(ex, "Small Language Models for Efficient Agentic Tool Calling",
               "Our fine-tuned SLM achieves a 77.55% pass rate on ToolBench, significantly "
               "outperforming all baseline models including ChatGPT-CoT (26.00%), "
               "ToolLLaMA-DFS (30.18%), and ToolLLaMA-CoT (16.27%).")
    assert _roles(ext).get("ToolLLaMA-CoT") == "comparesWith"


def test_nl_for_natural_language_is_no_name(ex):
    ext = _run(ex, "NL2Scratch: An Executable Benchmark",
               "We introduce NL2Scratch, comprising 311,648 NL--program pairs paired with "
               "semantically aligned NL descriptions. We use NL data from the NL corpus.")
    assert "NL" not in _roles(ext) and _roles(ext)["NL2Scratch"] == "proposes"


def test_a_hyphen_compound_modifier_names_a_task_with_it(ex):
    ext = _run(ex, "CRFT: Feature Flow Transformer for Cross-Modal Image Registration",
               "We propose CRFT for cross-modal image registration. We also test "
               "zero-shot object detection and multi-turn function calling, not open "
               "vocabulary scene understanding.")
    roles = _roles(ext)
    assert {"Cross-Modal Image Registration", "cross-modal image registration",
            "zero-shot object detection", "multi-turn function calling"} <= set(roles)
    assert "vocabulary scene understanding" not in roles


def test_a_short_form_defined_as_a_known_technique_counts_where_written_alone(ex):
    ext = _run(ex, "Posterior Augmented Flow Matching",
               "Flow matching (FM) trains a time-dependent vector field. We introduce PAFM, a "
               "generalization. Finally, we show that PAFM improves over FM by up to 3.4 "
               "FID50K.")
    assert ("PAFM", "FM") in _beats(ext)
    assert "comparesWith" in {m.role for m in ext.mentions if m.text == "FM"}


def test_a_listed_models_version_letter_and_size_word_make_a_release_of_it(ex):
    ext = _run(ex, "Ensembles for Mammography",
               "We propose EnsNet. On TecSalud, EnsNet achieved an AUC of 0.87, compared to "
               "0.83 for ConvNeXtV1-small, and beats MobileViTv2.")
    assert _types(ext, "ConvNeXtV1-small") == {"Model"}
    assert _types(ext, "MobileViTv2") == {"Model"}
    assert ("ConvNeXtV1-small", "TecSalud", 0.83) in _scores(ext)


def test_a_known_models_score_with_our_method_is_the_papers(ex):
    ext = _run(ex, "Temporal Self-Rewarding Language Models",
               "We propose Temporal Self-Rewarding Language Models. For example, Llama3.1-8B "
               "reaches a 29.44 win rate on AlpacaEval 2.0 with our method, outperforming the "
               "Self-Rewarding baseline (19.69) by 9.75.")
    assert ("Temporal Self-Rewarding Language Models", "AlpacaEval 2.0", 29.44) in _scores(ext)
    assert not any(s == "Llama3.1-8B" for s, _b, _v in _scores(ext))


def test_a_capitals_name_said_once_as_what_is_outperformed_is_a_system(ex):
    ext = _run(ex, "V-Stylist: Video Stylization",
               "We propose V-Stylist. V-Stylist surpasses FRESCO and ControlVideo by 6.05% and "
               "4.51% respectively, and NSP surpasses JAXA's gauge-calibrated product.")
    assert _roles(ext).get("FRESCO") == "comparesWith"
    assert ("V-Stylist", "FRESCO") in _beats(ext)
    assert "JAXA" not in _roles(ext)


def test_what_an_unnamed_system_improves_over_is_compared_with(ex):
    ext = _run(ex, "Inducing Reasoning Primitives from Agent Traces",
               "We introduce Reasoning Primitive Induction. Across five subtasks, a single "
               "fixed configuration improves over ReAct on every subtask.")
    assert _roles(ext).get("ReAct") == "comparesWith"


def test_a_name_with_its_parameter_count_in_brackets_is_a_model(ex):
    ext = _run(ex, "Dynamic Pattern Alignment Learning",
               "We propose DPAL. DPAL-ViT/Ti (5M parameters) is similar to large HVMs such as "
               "PATH-B (84M) and Sapiens-L (307M). Models trained on SOS beat those trained "
               "on datasets such as GRIT (20M) and V3Det (200K).")
    assert _types(ext, "PATH-B") == _types(ext, "Sapiens-L") == {"Model"}
    assert "Ti" not in _roles(ext) and "Model" not in _types(ext, "GRIT")


def test_a_reasoning_long_form_ending_in_a_known_task_is_that_kind_of_task(ex):
    ext = _run(ex, "Video-MSR: Benchmarking Multi-hop Spatial Reasoning Capabilities of MLLMs",
               "We introduce Video-MSR, the first benchmark specifically designed to evaluate "
               "Multi-hop Spatial Reasoning (MSR) in dynamic video scenarios.")
    assert _types(ext, "MSR") == {"Task"}
    ext = _run(ex, "Robots", "We propose Tool-Guided Spatial Reasoning (TGSR), a framework.")
    assert _types(ext, "TGSR") == {"Method"}


def test_established_tasks_missing_from_the_list_are_tasks(ex):
    ext = _run(ex, "Benchmarking and Rethinking Knowledge Editing for Large Language Models",
               "Knowledge editing aims to update knowledge in LLMs. We evaluate on zero-shot "
               "classification, presentation attack detection and semantic scene completion, "
               "and extend talking head synthesis.")
    for task in ("Knowledge Editing", "zero-shot classification",
                 "presentation attack detection", "semantic scene completion",
                 "talking head synthesis"):
        assert _types(ext, task) == {"Task"}, task


def test_a_title_name_with_function_words_inside_its_hyphens_is_a_name(ex):
    ext = _run(ex, "Shot-by-Shot: Film-Grammar-Aware Training-Free Audio Description Generation",
               "Our objective is the automatic generation of audio descriptions. To achieve "
               "this, we propose a two-stage framework that leverages shots.")
    assert _roles(ext).get("Shot-by-Shot") == "proposes"


def test_a_hyphen_compound_title_name_the_subtitle_calls_a_system_is_the_papers(ex):
    ext = _run(ex, "Mask-to-Height: A YOLOv11-Based Architecture for Joint Building Instance "
                   "Segmentation and Height Classification",
               "Accurate building instance segmentation and height classification are "
               "critical. This paper presents a detailed analysis of YOLOv11.")
    assert _roles(ext).get("Mask-to-Height") == "proposes"
    ext = _run(ex, "Sim-to-Real: Evaluating Policies in Simulation",
               "We study simulators. Results show gaps.")
    assert "Sim-to-Real" not in {m.text for m in ext.mentions if m.role == "proposes"}


def test_a_token_in_angle_brackets_is_no_name(ex):
    ext = _run(ex, "AutoL2S: Auto Long-Short Reasoning for Efficient Large Language Models",
               "We propose AutoL2S, trained on data with a special <EASY> token. We then use "
               "the <EASY> token to indicate when the model can skip reasoning.")
    assert "EASY" not in _roles(ext)


def test_a_short_form_followed_by_index_is_a_metric(ex):
    ext = _run(ex, "CAT: A Metric-Driven Framework",
               "We further propose the Consistency-Oriented Robustness Estimate (CORE) index, "
               "a global metric that combines the area and shape of the CAR curve.")
    assert _types(ext, "CORE") == {"Metric"}


def test_ai_text_detection_is_the_task_not_a_method_ai_text(ex):
    ext = _run(ex, "Operation-Guided Benchmark for Multi-Granularity AI-Text Detection",
               "Existing AI-text detection benchmarks focus on final outputs. We introduce "
               "OpAI-Bench, an operation-guided benchmark.")
    assert not {"AI-text", "AI-Text"} & set(_roles(ext))
    assert _types(ext, "AI-text detection") == {"Task"}


def test_a_score_with_its_metric_after_gains_named_as_such_is_a_result(ex):
    ext = _run(ex, "GuirlVG: Incentivize GUI Visual Grounding",
               "We propose GuirlVG. Extensive experiments show that GuirlVG outperforms SFT "
               "methods, achieving a 7.7% improvement on ScreenSpot, a 17.2% improvement on "
               "ScreenSpotPro, and 91.9% accuracy on ScreenSpotV2.")
    assert _scores(ext) == [("GuirlVG", "ScreenSpotV2", 91.9)]


def test_setting_a_new_state_of_the_art_after_gains_opens_scores_again(ex):
    ext = _run(ex, "MetaCLIP 2: A Worldwide Scaling Recipe",
               "We present MetaCLIP 2. MetaCLIP 2 surpasses mSigLIP by 0.7%, and sets new "
               "state-of-the-art on multilingual benchmarks, such as CVQA with 57.4% and "
               "XM3600 with 64.3%. It improves by 2.3 points on the TED test sets.")
    assert _scores(ext) == [("MetaCLIP 2", "CVQA", 57.4), ("MetaCLIP 2", "XM3600", 64.3)]


def test_a_latex_superscript_name_opening_with_a_currency_letter_is_read(ex):
    ext = _run(ex, "A$^2$Search: Ambiguity-Aware Question Answering",
               "We introduce A$^2$Search, an annotation-free framework. A$^2$Search-7B yields "
               "an average score of 48.4% across four benchmarks, outperforming the larger "
               "ReSearch-32B (46.2%).")
    assert ("A^2Search-7B", "ReSearch-32B") in _beats(ext)


def test_names_in_future_work_are_mentioned(ex):
    ext = _run(ex, "Talking Face Generation",
               "We propose TalkNet. We conclude by identifying key future directions, such as "
               "integrating StyleGAN3 and improving lip synchronization. We benchmark VideoLLMs "
               "in RAG settings, suggesting avenues for future work.")
    roles = _roles(ext)
    assert roles.get("StyleGAN3") == "mentions"
    assert roles.get("RAG") == "uses"


def test_visual_instruction_and_image_text_pretraining_data_are_training_data(ex):
    ext = _run(ex, "Data Selection for Fine-tuning Vision Language Models",
               "We propose XMAS. Extensive experiments show that XMAS can discard 50% of the "
               "LLaVA-665k dataset and 85% of the Vision-Flan dataset while preserving "
               "performance, and models pretrained on LAION-5B improve.")
    for name in ("LLaVA-665k", "Vision-Flan", "LAION-5B"):
        assert _roles(ext).get(name) == "uses", name
        assert _types(ext, name) == {"Dataset"}, name


def test_a_title_term_beside_a_named_proposal_is_the_topic_not_a_second_proposal(ex):
    ext = _run(ex, "Multi-Objective Fine-Tuning for Enhanced Program Repair with LLMs",
               "We propose MORepair, a multi-objective fine-tuning framework. MORepair "
               "outperforms Fine-tune-CoT and RepairLLaMA.")
    roles = _roles(ext)
    assert roles.get("MORepair") == "proposes"
    assert roles.get("Multi-Objective Fine-Tuning") != "proposes"
    assert ("MORepair", "RepairLLaMA") in _beats(ext)
    ext = _run(ex, "Scale-wise Distillation of Diffusion Models",
               "We present SwD, a scale-wise distillation framework for diffusion models.")
    assert _roles(ext).get("Scale-wise Distillation") == "proposes"


def test_systems_beaten_past_a_kind_named_after_its_task_are_beaten(ex):
    ext = _run(ex, "ConsID-Gen: View-Consistent Image-to-Video Generation",
               "We propose ConsID-Gen. Experiments demonstrate that ConsID-Gen consistently "
               "outperforms in multiple metrics, with the best overall performance surpassing "
               "leading video generation models like Wan2.1 and HunyuanVideo.")
    assert {("ConsID-Gen", "Wan2.1"), ("ConsID-Gen", "HunyuanVideo")} <= _beats(ext)


def test_far_before_a_comparing_participle_keeps_the_sentences_subject(ex):
    ext = _run(ex, "IMAGINE: Integrating Multi-Agent System into One Model",
               "We propose IMAGINE. Experimental results demonstrate that, when using "
               "Qwen3-8B-Instruct as the base model and training it with our method, the model "
               "achieves an 82.7% Final Pass Rate on the TravelPlanner benchmark, far exceeding "
               "the 40% of DeepSeek-R1-671B.")
    assert ("IMAGINE", "DeepSeek-R1-671B") in _beats(ext)


def test_a_colon_inside_brackets_opens_no_clause_before_a_claim(ex):
    ext = _run(ex, "HiRes: A Hierarchical Cascaded Method for Resistor Value Identification",
               "We propose HiRes. Experiments show that HiRes achieves a detection mAP50 of "
               "0.9906, a segmentation mIoU of 0.8444, and an identification accuracy of 85.8% "
               "(95% CI: 78.0-91.9%), outperforming the publicly available classical baseline, "
               "CVResist, which fails to generalize.")
    assert ("HiRes", "CVResist") in _beats(ext)
