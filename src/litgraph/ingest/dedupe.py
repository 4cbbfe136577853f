"""Merge records of the same paper into one Paper.

Identity is the arXiv id or DOI when a record has one, else the normalised title (case,
punctuation, accents and whitespace folded). A record with an id also matches an earlier
record with the same title and no conflicting id, so a paper listed once with and once
without its arXiv id is still one paper.
"""

from __future__ import annotations

import re
import unicodedata

from litgraph.ingest.latex import decode_accents
from litgraph.model import Paper, Record

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def normalise_title(title: str) -> str:
    text = unicodedata.normalize("NFKD", decode_accents(title))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", text.casefold()).strip()


def paper_key(arxiv_id: str | None, doi: str | None, title: str) -> str:
    if arxiv_id:
        return f"arxiv:{arxiv_id}"
    if doi:
        return f"doi:{doi}"
    return f"title:{normalise_title(title)}"


class Deduplicator:
    """Streaming merger: feed records in order, read `.papers` at the end."""

    def __init__(self) -> None:
        self._papers: list[Paper] = []
        self._by_id: dict[str, int] = {}
        self._by_title: dict[str, int] = {}
        self.records = 0
        self.merged = 0

    def _ids(self, arxiv_id: str | None, doi: str | None) -> list[str]:
        return [i for i in (arxiv_id and f"arxiv:{arxiv_id}", doi and f"doi:{doi}") if i]

    def add(self, rec: Record) -> Paper:
        self.records += 1
        ids = self._ids(rec.arxiv_id, rec.doi)
        title = normalise_title(rec.title)
        idx = next((self._by_id[i] for i in ids if i in self._by_id), None)
        if idx is None and title in self._by_title:
            cand = self._papers[self._by_title[title]]
            conflict = (rec.arxiv_id and cand.arxiv_id and rec.arxiv_id != cand.arxiv_id) or (
                rec.doi and cand.doi and rec.doi != cand.doi)
            if not conflict:
                idx = self._by_title[title]
        if idx is None:
            paper = Paper(
                key=paper_key(rec.arxiv_id, rec.doi, rec.title), title=rec.title,
                abstract=rec.abstract, arxiv_id=rec.arxiv_id, doi=rec.doi, date=rec.date,
                url=rec.url, categories=rec.categories, authors=rec.authors,
                sources=[rec.source],
            )
            idx = len(self._papers)
            self._papers.append(paper)
        else:
            self.merged += 1
            paper = self._papers[idx]
            self._merge(paper, rec)
        for i in self._ids(paper.arxiv_id, paper.doi):
            self._by_id.setdefault(i, idx)
        self._by_title.setdefault(title, idx)
        return paper

    @staticmethod
    def _merge(paper: Paper, rec: Record) -> None:
        # First seen wins; later records only fill gaps, so the result depends on input order
        # alone (deterministic) and never on dict or set ordering.
        paper.arxiv_id = paper.arxiv_id or rec.arxiv_id
        paper.doi = paper.doi or rec.doi
        paper.date = paper.date or rec.date
        paper.url = paper.url or rec.url
        paper.categories = paper.categories or rec.categories
        paper.authors = paper.authors or rec.authors
        if len(rec.abstract) > len(paper.abstract) * 1.5:  # a truncated copy was seen first
            paper.abstract = rec.abstract
        if rec.source not in paper.sources:
            paper.sources.append(rec.source)
        paper.key = paper_key(paper.arxiv_id, paper.doi, paper.title)

    @property
    def papers(self) -> list[Paper]:
        return self._papers
