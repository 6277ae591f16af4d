"""Typed records that flow between the stages.

    Document ──clean──▶ Article(Segment…) ──nlp──▶ Sentence(Token…) ──actors──▶ Mention
        ──events──▶ Event ──stories──▶ StoryLink ──store──▶ rows

Every record is a frozen, slotted dataclass: stages return new records and never mutate
old ones, and records pickle cheaply across process and Spark boundaries (no spaCy objects
ever leave `detente.nlp`). Character offsets (`start`, `end`) always index `Article.text`.
Rows become dicts only at the storage edge (`detente.store`).
"""
from __future__ import annotations

from dataclasses import dataclass

SEGMENT_ROLES = ("title", "dateline", "body", "caption", "related", "comment", "boilerplate")
# Roles whose sentences may yield events (captions are coded but flagged by their role).
CODED_ROLES = frozenset({"title", "body", "caption"})
STATUSES = ("asserted", "pending", "negated")
# The 16 PLOVER event types, cooperative to conflictual (the events stage codes only these).
EVENT_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
               "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
PRECISIONS = ("day", "month", "year", "none")


@dataclass(frozen=True, slots=True)
class Document:
    """One input article as read, before cleaning. `content` is decoded text or HTML."""

    doc_id: str  # content hash of the normalised content (see detente.ids)
    path: str  # input file ("-" for standard input); archive members as "file.warc.gz"
    line: int | None  # 1-based line (JSONL) or record number (WARC); None for whole files
    fmt: str  # "text" | "html"
    content: str
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    date: str | None = None  # publication date as given by metadata, unparsed


@dataclass(frozen=True, slots=True)
class Reject:
    """An input (file, line or record) that was not ingested, and why."""

    path: str
    line: int | None
    reason: str  # short code, e.g. "binary", "empty", "bad_json", "no_text", "not_article"
    detail: str  # what happened and what to do, for people


@dataclass(frozen=True, slots=True)
class DateInfo:
    """A resolved date with how it was found.

    `value` is "YYYY-MM-DD", "YYYY-MM", "YYYY" or None; `precision` says which; `source` says
    where it came from ("metadata", "dateline", "text", "sentence", "publication", "none");
    `note` carries the matched expression, or the reason when no date was found.
    """

    value: str | None
    precision: str = "none"
    source: str = "none"
    note: str = ""


NO_DATE = DateInfo(None, "none", "none", "no date found")


@dataclass(frozen=True, slots=True)
class Segment:
    """A contiguous stretch of an article's text with one role (see SEGMENT_ROLES)."""

    index: int
    role: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Article:
    """A Document after cleaning: plain text split into role-tagged segments."""

    doc_id: str
    path: str
    line: int | None
    fmt: str
    text: str  # the cleaned text every offset points into
    segments: tuple[Segment, ...]
    published: DateInfo
    url: str | None = None
    title: str | None = None
    outlet: str | None = None


@dataclass(frozen=True, slots=True)
class Token:
    """One token of a parsed sentence (a plain copy of what spaCy found)."""

    i: int  # index within the sentence
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int  # index within the sentence; the root points at itself
    ent: str  # entity label ("GPE", "NORP", "ORG", "PERSON", …) or ""
    ent_iob: str  # "B", "I" or "O"
    start: int  # character offset into Article.text


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a coded segment; `tokens` is empty when the prefilter skipped it."""

    doc_id: str
    index: int  # sentence number within the article
    segment: int  # Segment.index
    role: str  # Segment.role
    start: int
    end: int
    text: str
    tokens: tuple[Token, ...] = ()

    @property
    def parsed(self) -> bool:
        return bool(self.tokens)


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of a sentence that names an actor, resolved to country and sector."""

    sentence: int  # Sentence.index
    first: int  # first token index (inclusive)
    last: int  # last token index (inclusive)
    head: int  # index of the span's syntactic head token
    start: int  # character offsets into Article.text
    end: int
    text: str
    country: str | None  # ISO 3166 alpha-3, or NATO / UNO / EUR / IGO; None if unresolved
    sector: str | None  # PLOVER sector: GOV, MIL, LEG, JUD, POL, REB, CVL, BUS, MED, …
    kind: str  # what matched: "country", "demonym", "capital", "seat", "body", "role", "person", "alias", "org"
    resolution: str = ""  # how: mention → entity → country/sector, for `detente explain`
    entity: str = ""  # canonical entity name when known ("Jane Ortiz", "Kenya")


@dataclass(frozen=True, slots=True)
class Cast:
    """What the actors stage read in one article, for the events stage."""

    mentions: tuple[Mention, ...]  # every actor phrase of the parsed sentences
    # times each state or body is named in title and body text, parsed or not (the counterpart rule)
    named_states: dict[str, int]


@dataclass(frozen=True, slots=True)
class Actor:
    """Source or target of an event."""

    text: str
    country: str | None
    sector: str | None
    resolution: str = ""


@dataclass(frozen=True, slots=True)
class Location:
    """Where an event took place: the text naming it, its country, and its place in the GeoNames
    gazetteer (detente.places) when it was found there."""

    text: str
    country: str | None
    latitude: float | None = None
    longitude: float | None = None
    admin1: str | None = None  # GeoNames first-level region code, "UA.07"
    geo_precision: str | None = None  # city | region | country (ACLED's geo_precision 1 / 2 / 3)
    geonameid: int | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where an event was read: segment, sentence and character spans into Article.text."""

    segment_role: str
    segment: int
    sentence_index: int
    sentence: str
    start: int  # sentence span
    end: int
    trigger: str
    trigger_start: int
    trigger_end: int


@dataclass(frozen=True, slots=True)
class Event:
    """One coded PLOVER event with provenance and the reasons behind each field."""

    event_id: str  # content hash (detente.ids.event_id)
    doc_id: str
    event_type: str  # one of the 16 PLOVER types
    mode: str | None
    context: str | None
    status: str  # asserted | pending | negated
    date: DateInfo
    source: Actor
    target: Actor | None
    location: Location | None
    attribution: str | None  # the reporting phrase ("officials said", "according to sources")
    attribution_kind: str | None  # "named" | "anonymous" | "media" | "statement" | None
    confidence: float
    evidence: Evidence
    rule: str  # which trigger/pattern coded it
    status_cue: str = ""  # what set the status ("modal:would", "negation:not", "" for default)


@dataclass(frozen=True, slots=True)
class CodedArticle:
    """Everything the per-document stages produced for one article (the runner's unit)."""

    article: Article
    sentences: int  # number of sentences
    parsed: int  # number of sentences the parser ran on
    events: tuple[Event, ...]
    fingerprint: "Fingerprint | None" = None  # for story clustering (detente.stories)


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What story clustering needs of a document: its MinHash signature and publication date."""

    doc_id: str
    signature: bytes  # MinHash hash values, little-endian uint64
    published: str | None  # Article.published.value


@dataclass(frozen=True, slots=True)
class StoryLink:
    """A document's membership in a story (a cluster of near-duplicate / same-story documents)."""

    doc_id: str
    story_id: str
