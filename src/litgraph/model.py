"""Plain data records passed along the pipeline: ingest -> extract -> resolve -> graph.

Every stage takes and returns these dataclasses, so a stage can be run, cached or shipped to a
worker process (they pickle) without knowing about the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: The six entity classes of the vocabulary, in a fixed order (used for stable output).
ENTITY_TYPES: tuple[str, ...] = ("Model", "Method", "Dataset", "Benchmark", "Task", "Metric")

#: Paper-to-entity roles, strongest first: when one paper has several roles for one entity,
#: the first in this order wins for the graph edge (all evidence is kept).
ROLES: tuple[str, ...] = ("proposes", "evaluatesOn", "comparesWith", "uses", "mentions")


@dataclass
class Record:
    """One paper as read from one input file, before deduplication."""

    title: str
    abstract: str
    source: str  # input file name (as given on the command line, or relative to the corpus dir)
    line: int = 0  # 1-based line (or record number) where the record starts
    arxiv_id: str | None = None
    doi: str | None = None
    date: str | None = None  # ISO yyyy, yyyy-mm or yyyy-mm-dd
    url: str | None = None
    categories: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()


@dataclass
class Paper:
    """A deduplicated paper; `key` is stable across runs and inputs."""

    key: str  # "arxiv:2503.11731", "doi:10.1/abc" or "title:<normalised title>"
    title: str
    abstract: str
    arxiv_id: str | None = None
    doi: str | None = None
    date: str | None = None
    url: str | None = None
    categories: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    sources: list[str] = field(default_factory=list)  # every input file it was read from


@dataclass
class Evidence:
    """Where an assertion comes from: a sentence of the paper and the rule that fired."""

    sentence: str
    start: int  # character offsets of the mention inside the field text (title or abstract)
    end: int
    rule: str
    confidence: float
    field: str = "abstract"  # "title" or "abstract"


@dataclass
class Mention:
    """A named thing found in one paper's text, with the paper's role towards it."""

    text: str  # surface form as written
    type: str  # one of ENTITY_TYPES
    role: str  # one of ROLES
    evidence: Evidence
    long_form: str | None = None  # expansion when the text defined it as an abbreviation
    type_confidence: float = 0.5  # how sure the type is (used for corpus-level voting)
    # The known name the text stands for here when it is not the usual reading ("Alpaca" in
    # "the Alpaca and WizardLM data" is the dataset "Alpaca data", not the model).
    known_as: str | None = None


@dataclass
class RelationMention:
    """An entity-to-entity assertion in one paper, e.g. X outperforms Y."""

    subject: str  # surface forms; resolved to entities later
    predicate: str  # "outperforms" | "basedOn"
    object: str
    evidence: Evidence


@dataclass
class ResultMention:
    """A numeric result: subject scores `value` (in `unit`) on `benchmark` (with `metric`)."""

    subject: str
    benchmark: str
    value: float
    evidence: Evidence
    metric: str | None = None
    unit: str | None = None  # "%" or None
    value_text: str = ""  # the number as written, e.g. "75.2"


@dataclass
class UrlMention:
    url: str
    evidence: Evidence


@dataclass
class Extraction:
    """Everything the extractor found in one paper."""

    paper_key: str
    mentions: list[Mention] = field(default_factory=list)
    relations: list[RelationMention] = field(default_factory=list)
    results: list[ResultMention] = field(default_factory=list)
    urls: list[UrlMention] = field(default_factory=list)


@dataclass
class Problem:
    """A bad input record: reported, skipped, never fatal on its own."""

    source: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.message}"


# -- after resolve: one node per real-world thing -------------------------------------------


@dataclass
class Entity:
    key: str  # stable identity: folded canonical name ("llama2", "lora")
    type: str
    label: str  # canonical name
    aliases: list[str] = field(default_factory=list)  # every other form seen, sorted
    papers: int = 0  # number of papers linked to it
    variant_of: str | None = None  # key of the base entity ("llama27b" -> "llama2")
    based_on: list[str] = field(default_factory=list)  # keys


@dataclass
class Link:
    """A paper's role towards an entity, with the best evidence for it."""

    paper_key: str
    role: str
    entity_key: str
    evidence: Evidence


@dataclass
class EntityRelation:
    subject_key: str
    predicate: str  # "outperforms" | "basedOn"
    object_key: str
    paper_key: str
    evidence: Evidence


@dataclass
class Result:
    key: str
    paper_key: str
    subject_key: str
    benchmark_key: str
    value: float
    value_text: str
    evidence: Evidence
    metric_key: str | None = None
    unit: str | None = None


@dataclass
class PaperUrl:
    paper_key: str
    url: str
    evidence: Evidence


@dataclass
class Resolved:
    papers: list[Paper]
    entities: dict[str, Entity]
    links: list[Link]
    relations: list[EntityRelation]
    results: list[Result]
    urls: list[PaperUrl]
