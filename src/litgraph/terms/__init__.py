"""Optional research-term extraction: every scientific noun phrase of a title or abstract
(tasks, methods, metrics, materials), as annotated in SciERC, not only *named* artifacts.

SciERC: Yi Luan, Luheng He, Mari Ostendorf, Hannaneh Hajishirzi. 2018. Multi-Task
Identification of Entities, Relations, and Coreference for Scientific Knowledge Graph
Construction. EMNLP 2018, 3219-3232. https://aclanthology.org/D18-1360/

No weights ship with litgraph (SciERC may not be redistributed outside this project):
train a model from a SciERC-format file with ``litgraph train-terms --scierc-train PATH --out
DIR`` (:mod:`litgraph.terms.train`), then use it with ``litgraph build --terms-model DIR`` or
score it with ``litgraph eval --scierc FILE --terms-model DIR`` (:mod:`litgraph.terms.model`).
The model is a small spaCy NER (hash-embedding CNN + transition-based NER) on litgraph's
blank-English tokenizer: no download, CPU only.
"""

from __future__ import annotations

#: SciERC entity type -> litgraph entity type (Material is data: Dataset).
TO_LITGRAPH = {"Method": "Method", "Task": "Task", "Metric": "Metric", "Material": "Dataset"}

#: The SciERC types a terms model outputs; Generic and OtherScientificTerm are learnt (when
#: trained with them) but never output.
OUTPUT_LABELS = frozenset(TO_LITGRAPH)

__all__ = ["OUTPUT_LABELS", "TO_LITGRAPH"]
