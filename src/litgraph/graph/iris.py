"""Minting IRIs deterministically and safely: slugs and hashes, never raw text in an IRI.

Papers: `paper/arxiv-2503.11731`, `paper/doi-10.18653-v1-2023.acl-long.1-<hash>`, or
`paper/<title-slug>-<hash>`; entities: `entity/<folded-name>` (ASCII letters and digits only,
stable across runs because it is the resolver's key); results and evidence statements:
`result/<hash>`, `statement/<hash>`.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

DEFAULT_BASE = "https://w3id.org/litgraph/id/"
LG = "https://w3id.org/litgraph/ns#"

_SLUG = re.compile(r"[^a-z0-9]+")


def short_hash(text: str, n: int = 10) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:n]


def slug(text: str, max_len: int = 60) -> str:
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    s = _SLUG.sub("-", ascii_.lower()).strip("-")
    return s[:max_len].rstrip("-")


def check_base(base: str) -> str:
    if not re.match(r"^https?://[^\s<>\"{}|\\^`]+$", base):
        raise ValueError(f"base IRI must be an http(s) IRI without spaces: {base!r}")
    return base if base.endswith(("/", "#")) else base + "/"


def paper_iri(base: str, key: str) -> str:
    kind, _, value = key.partition(":")
    if kind == "arxiv" and re.fullmatch(r"[0-9.]+|[a-z\-]+(\.[A-Z]{2})?/\d{7}", value):
        return f"{base}paper/arxiv-{value.replace('/', '-')}"
    if kind == "doi":
        return f"{base}paper/doi-{slug(value, 50)}-{short_hash(key, 8)}"
    return f"{base}paper/{slug(value, 50) or 'untitled'}-{short_hash(key, 8)}"


def entity_iri(base: str, key: str) -> str:
    if re.fullmatch(r"[a-z0-9]{1,80}", key):
        return f"{base}entity/{key}"
    return f"{base}entity/{slug(key, 40) or 'x'}-{short_hash(key)}"


def result_iri(base: str, key: str) -> str:
    return f"{base}result/{key}"


def statement_iri(base: str, *parts: str) -> str:
    return f"{base}statement/{short_hash('|'.join(parts), 16)}"


_IRI_UNSAFE = "".join(chr(c) for c in range(0x21)) + "<>\"{}|\\^`\x7f"


def safe_url(url: str) -> str | None:
    """Percent-encode what may not appear in an IRI; None when it is not a usable http URL."""
    url = url.strip()
    if not re.match(r"^https?://[^/\s]+", url, re.I):
        return None
    return quote(url, safe="".join(chr(c) for c in range(0x21, 0x7f) if chr(c) not in
                                   _IRI_UNSAFE) + "%")
