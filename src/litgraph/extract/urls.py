"""URLs written in an abstract (code, data and project pages).

Trailing sentence punctuation is not part of a URL, nor is a Markdown link's "](...)"; bare
"github.com/..." gets https://.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import repeat

_URL = re.compile(
    r"(?:https?://|www\.|(?<![\w@/.])(?:github\.com|huggingface\.co|gitlab\.com)/)"
    r"[^\s<>\"'`{}|\\^]+", re.IGNORECASE)
_TRAIL = ".,;:!?)]}'\"*"


def find_urls(text: str) -> list[tuple[str, int, int]]:
    """(url, start, end) for each URL in `text`, normalised to start with http(s)://."""
    # Every match holds "://", "www." or ".co" (".com/", ".co/") in some case: most
    # abstracts have none, and the regex would scan them all.
    low = text.lower()
    if "://" not in text and "www." not in low and ".co" not in low:
        return []
    out = []
    for m in _matches(text, low):
        raw = m.group(0)
        if "]" in raw and "[" not in raw[:raw.index("]")]:
            # a Markdown link: "[https://x/y](https://x/y)" is the URL up to the "]"
            raw = raw[:raw.index("]")]
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


_STARTS = ("http", "www.", "github.com/", "huggingface.co/", "gitlab.com/")


def _matches(text: str, low: str) -> Iterator[re.Match]:
    """`_URL.finditer(text)`, trying the regex only where a match can start: at "http",
    "www." or a code host's name (in ASCII text, case-insensitive means lower-cased)."""
    if not text.isascii():
        yield from _URL.finditer(text)
        return
    pos = 0
    while True:
        found = [k for k in map(low.find, _STARTS, repeat(pos)) if k >= 0]
        if not found:
            return
        k = min(found)
        m = _URL.match(text, k)
        if m is None:
            pos = k + 1
        else:
            yield m
            pos = m.end()
