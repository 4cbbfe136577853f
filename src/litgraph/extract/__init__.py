"""Extract: find named entities, the paper's role towards each, outperforms claims, numeric
results and URLs in each paper's title and abstract.

`Extractor(profile).extract_many(papers)` yields one :class:`~litgraph.model.Extraction` per
paper. Every assertion carries its Evidence (sentence, offsets, rule, confidence).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from litgraph.extract.confidence import combine
from litgraph.extract.names import Candidate, find_candidates
from litgraph.extract.relations import find_outperforms
from litgraph.extract.results import find_results
from litgraph.extract.roles import ROLE_CONF, assign_role
from litgraph.extract.urls import find_urls
from litgraph.extract import lexicon as lx
from litgraph.model import (
    Evidence,
    Extraction,
    Mention,
    Paper,
    RelationMention,
    ResultMention,
    UrlMention,
)

__all__ = ["Extractor"]


class Extractor:
    def __init__(self, profile: str = "fast", gazetteer_dir: str | None = None,
                 batch_size: int = 256) -> None:
        from litgraph.extract.pipeline import build_nlp

        self.profile = profile
        self.nlp = build_nlp(profile, gazetteer_dir)
        component = self.nlp.get_pipe("litgraph_gazetteer")
        self.gazetteer = component.gazetteer
        self.matchers = component.matchers
        self.batch_size = batch_size

    def extract(self, paper: Paper) -> Extraction:
        return next(self.extract_many([paper]))

    def extract_many(self, papers: Iterable[Paper]) -> Iterator[Extraction]:
        def texts() -> Iterator[str]:
            for p in buffer:
                yield p.title
                yield p.abstract

        buffer: list[Paper] = []
        it = iter(papers)
        while True:
            buffer = [p for _, p in zip(range(self.batch_size), it)]
            if not buffer:
                return
            docs = list(self.nlp.pipe(texts(), batch_size=self.batch_size * 2))
            for i, paper in enumerate(buffer):
                yield self._paper(paper, docs[2 * i], docs[2 * i + 1])

    # -- one paper ----------------------------------------------------------------------------

    def _paper(self, paper: Paper, title_doc, abs_doc) -> Extraction:
        ext = Extraction(paper_key=paper.key)
        t_cands = find_candidates(title_doc, self.gazetteer, self.matchers, in_title=True)
        a_cands = find_candidates(abs_doc, self.gazetteer, self.matchers, in_title=False)
        proposed: Candidate | None = None
        for field, doc, cands in (("title", title_doc, t_cands), ("abstract", abs_doc, a_cands)):
            for sent in doc.sents:
                s, e = sent.start, sent.end
                words = {doc[k].lower_ for k in range(s, e)}
                eval_sentence = bool(words & lx.EVAL_WORDS)
                for c in cands:
                    if not s <= c.start < e:
                        continue
                    role, rule = assign_role(doc, c, s, e, eval_sentence, field == "title")
                    if role == "proposes" and proposed is None and c.type in ("Model", "Method"):
                        proposed = c
                    span = doc[c.start:c.end]
                    ev = Evidence(sentence=sent.text, start=span.start_char, end=span.end_char,
                                  rule=f"{c.rule}/{rule}",
                                  confidence=combine(c.type_conf, ROLE_CONF[rule]), field=field)
                    ext.mentions.append(Mention(
                        text=span.text,
                        type=c.type, role=role, evidence=ev, long_form=c.long_form,
                        type_confidence=c.type_conf))
            if field == "title":
                continue
            # Relations and results need the proposed entity, known after the title.
            for sent in doc.sents:
                s, e = sent.start, sent.end
                for subj, obj, k in find_outperforms(doc, cands, s, e, proposed):
                    sdoc = doc if any(subj is c for c in cands) else title_doc
                    ev = Evidence(sentence=sent.text, start=doc[k].idx,
                                  end=doc[k].idx + len(doc[k].text),
                                  rule="outperforms-cue",
                                  confidence=combine(min(subj.type_conf, obj.type_conf), 0.8))
                    ext.relations.append(RelationMention(
                        sdoc[subj.start:subj.end].text, "outperforms",
                        doc[obj.start:obj.end].text, ev))
                for r in find_results(doc, cands, s, e, proposed):
                    subj = r["subject"]
                    sdoc = doc if any(subj is c for c in cands) else title_doc
                    tok = doc[r["token"]]
                    ev = Evidence(sentence=sent.text, start=tok.idx, end=tok.idx + len(tok.text),
                                  rule="result-pattern",
                                  confidence=combine(r["benchmark"].type_conf, 0.75))
                    metric = r["metric"]
                    ext.results.append(ResultMention(
                        subject=sdoc[subj.start:subj.end].text,
                        benchmark=doc[r["benchmark"].start:r["benchmark"].end].text,
                        value=r["value"], evidence=ev,
                        metric=doc[metric.start:metric.end].text if metric else None,
                        unit=r["unit"], value_text=r["value_text"]))
            for url, start, end in find_urls(paper.abstract):
                sent = abs_doc.char_span(start, end, alignment_mode="expand")
                sentence = sent.sent.text if sent is not None else paper.abstract[start:end]
                ext.urls.append(UrlMention(url, Evidence(sentence, start, end, "url-pattern",
                                                         0.98)))
        return ext
