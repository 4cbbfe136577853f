"""LaTeX emphasis left in arXiv abstracts: "we propose \\textbf{Temporal Self-Rewarding Language
Models}", "(1) \\textit{Anchored Rejection}", "a sampling scheme, \\bf mix-cd"; and ties
("e.g.~RoBERTa"), which are spaces.

:func:`strip_markup` blanks the markup (same length, so character offsets into the original
abstract stay valid) and returns the character spans that were emphasised: authors emphasise
the names of what they introduce, so the name rules treat such a span as a name.
"""

from __future__ import annotations

import re

_EMPH = re.compile(r"\\(?:textbf|textit|emph|texttt|textsc|mathbf|mathrm|underline)\s*"
                   r"\{([^{}\\]{1,100})\}")
_BRACE_EMPH = re.compile(r"\{\\(?:bf|it|em|sc|tt)\s+([^{}\\]{1,100})\}")
_BARE = re.compile(r"\\(?:bf|it|em|sc|tt)\b\s?")
# LaTeX's unbreakable space between two words ("e.g.~RoBERTa", "Table~2"); not the "~" of a
# URL path ("/~user"), nor "~10%" (about 10%).
_TIE = re.compile(r"(?<=[A-Za-z0-9.,)])~(?=[A-Za-z0-9(])")


def strip_markup(text: str) -> tuple[str, list[tuple[int, int]]]:
    """(text with LaTeX emphasis markup and ties replaced by spaces, emphasised character
    spans)."""
    if "~" in text:
        text = _TIE.sub(" ", text)
    if "\\" not in text:
        return text, []
    chars = list(text)
    spans: list[tuple[int, int]] = []

    def blank(a: int, b: int) -> None:
        for i in range(a, b):
            chars[i] = " "

    for pattern in (_EMPH, _BRACE_EMPH):
        for m in pattern.finditer(text):
            blank(m.start(), m.start(1))
            blank(m.end(1), m.end())
            inner = text[m.start(1):m.end(1)]
            lead = len(inner) - len(inner.lstrip())
            trail = len(inner.rstrip())
            if trail > lead:
                spans.append((m.start(1) + lead, m.start(1) + trail))
    out = "".join(chars)
    if "\\" in out:
        out = _BARE.sub(lambda m: " " * len(m.group(0)), out)
    spans.sort()
    return out, spans
