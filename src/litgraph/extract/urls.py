"""URLs written in an abstract (code, data and project pages).

Trailing sentence punctuation is not part of a URL; bare "github.com/..." gets https://.
"""

from __future__ import annotations

import re

_URL = re.compile(
    r"(?:https?://|www\.|(?<![\w@/.])(?:github\.com|huggingface\.co|gitlab\.com)/)"
    r"[^\s<>\"'`{}|\\^]+", re.IGNORECASE)
_TRAIL = ".,;:!?)]}'\"*"


def find_urls(text: str) -> list[tuple[str, int, int]]:
    """(url, start, end) for each URL in `text`, normalised to start with http(s)://."""
    out = []
    for m in _URL.finditer(text):
        raw = m.group(0)
        while raw and raw[-1] in _TRAIL:
            # Keep a closing bracket that closes one inside the URL.
            if raw[-1] == ")" and raw.count("(") >= raw.count(")"):
                break
            raw = raw[:-1]
        if len(raw) < 8:
            continue
        url = raw if raw.lower().startswith(("http://", "https://")) else "https://" + raw
        out.append((url, m.start(), m.start() + len(raw)))
    return out
