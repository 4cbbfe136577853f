"""Variant names: a model name plus a size or release suffix is a variant of the bare name.

"Llama-2-7B" -> "Llama-2", "Mistral-7B-Instruct-v0.2" -> "Mistral", "Flan-T5-XL" -> "Flan-T5".
Version numbers are part of the identity and are never stripped ("GPT-4" stays "GPT-4",
unrelated to "GPT-3.5").

Shared by the extractor (a size of a listed model is that model) and the resolver (variants
merge into their family), like the gazetteer, so neither stage imports the other.
"""

from __future__ import annotations

import re

_PART = re.compile(r"[\s\-_]+")
_SIZE = re.compile(r"^(\d+(\.\d+)?[bmkt]|\d+x\d+(\.\d+)?[bmkt]|a\d+(\.\d+)?[bmkt])$", re.I)
_RELEASE = frozenset((
    "instruct", "chat", "base", "large", "small", "medium", "xl", "xxl", "mini", "tiny", "turbo",
    "plus", "pro", "ultra", "lite", "hf", "it", "sft", "dpo", "rlhf", "preview", "uncased",
    "cased", "distilled", "nano",
))
_RELEASE_VERSION = re.compile(r"^v\d+(\.\d+)*$", re.I)


def base_name(name: str) -> str | None:
    """The name without trailing size/release parts, or None when there are none."""
    parts = [p for p in _PART.split(name.strip()) if p]
    seps = _PART.findall(name.strip())
    cut = len(parts)
    while cut > 1 and (_SIZE.match(parts[cut - 1]) or parts[cut - 1].lower() in _RELEASE or
                       _RELEASE_VERSION.match(parts[cut - 1])):
        cut -= 1
    if cut == len(parts) or cut == 0:
        return None
    out = parts[0]
    for i in range(1, cut):
        out += seps[i - 1] + parts[i]
    return out
