"""Decode LaTeX accent commands into Unicode letters: ``T\\"ULU`` -> ``TÜLU``,
``Nystr\\"om`` -> ``Nyström``, ``Erd\\H{o}s`` -> ``Erdős``, ``{\\'e}`` -> ``é``.

arXiv metadata keeps authors' LaTeX, so the same name reaches us as ``T\\"ulu`` and ``Tülu``;
decoding at ingest makes them one name (and the quote no longer splits it into tokens). Only
the accent commands of LaTeX's text mode (Lamport, *LaTeX*, 2nd ed., table 3.1) are decoded,
into a letter plus a combining mark, then NFC-composed; anything else is left as written.
"""

from __future__ import annotations

import re
import unicodedata

_MARKS = {
    '"': "\u0308", "'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303", "=": "\u0304",
    ".": "\u0307", "u": "\u0306", "v": "\u030c", "H": "\u030b", "c": "\u0327", "k": "\u0328",
    "r": "\u030a",
}
# \"u  \"{u}  {\"u}  \H{o}  \c{c}  \'{\i}: a symbol command takes the next letter, a letter
# command needs braces or a space (\u is also the start of other commands).
_ACCENT = re.compile(
    r"\{?\\(?:([\"'`^~=.])\s*(?:\{\s*(\\?[A-Za-z])\s*\}|(\\?[A-Za-z]))"
    r"|([uvHckr])(?:\{\s*(\\?[A-Za-z])\s*\}|\s+([A-Za-z])))\}?")


def _replace(m: re.Match) -> str:
    cmd = m.group(1) or m.group(4)
    letter = next(g for g in (m.group(2), m.group(3), m.group(5), m.group(6)) if g)
    letter = {"\\i": "i", "\\j": "j"}.get(letter, letter)
    if letter.startswith("\\"):
        return m.group(0)
    text = m.group(0)
    # Keep braces that are not part of this accent ("{\"u}" loses both, "\"{u}" its own).
    composed = unicodedata.normalize("NFC", letter + _MARKS[cmd])
    if text.startswith("{") and not text.endswith("}"):
        return "{" + composed
    if text.endswith("}") and not text.startswith("{") and not (m.group(2) or m.group(5)):
        return composed + "}"
    return composed


def decode_accents(text: str) -> str:
    if "\\" not in text:
        return text
    return _ACCENT.sub(_replace, text)
