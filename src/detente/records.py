"""Typed records that flow between the stages.

    Document ──clean──▶ Article(Segment…) ──nlp──▶ Sentence(Token…) ──actors──▶ Mention
        ──events──▶ Event ──stories──▶ StoryLink ──store──▶ rows
    stored events + stories ──▶ Report ──incidents──▶ Incident (Contradiction…) ──store──▶ rows

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
# Actor codes of international bodies (README): NATO, the UN system, EU institutions, any other IGO.
# They are no country: no sector "IGO" is printed after one, and no map shades one.
BODY_CODES = frozenset({"NATO", "UNO", "EUR", "IGO"})
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
    where it came from ("metadata", "dateline", "text", "sentence", "publication", "estimate", "none");
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
    incident_id: str | None = None  # set when read from the store after the incidents stage (stage 7)


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
    """What story clustering needs of a document: its MinHash signature, publication date and topics."""

    doc_id: str
    signature: bytes  # MinHash hash values, little-endian uint64
    published: str | None  # Article.published.value
    # country pairs the document is about, "AUS-CHN" (stories.topics): what links two outlets' wordings; a page
    # with no pair gives the one state it knows, "AUS" (topics.is_side), that is no topic
    topics: tuple[str, ...] = ()
    # the latest year its events are dated to from its own text: a page that states 2021 was not
    # published in 2012 (what rules out a same-topic link when only the other page's date is known)
    latest_year: int | None = None
    # its proper names as sorted 32-bit hashes ("<u4", stories.names): what reworded outlets keep
    names: bytes = b""


@dataclass(frozen=True, slots=True)
class StoryLink:
    """A document's membership in a story (a cluster of near-duplicate / same-story documents)."""

    doc_id: str
    story_id: str


@dataclass(frozen=True, slots=True)
class PageDate:
    """What the story-dates stage needs of one document: its story and its own publication date."""

    doc_id: str
    story_id: str | None
    published: str | None  # Article.published, as stored
    precision: str
    source: str
    lead: str = ""  # its first body paragraph, for a page that may borrow its story's date (else "")
    line: str = ""  # the date lines among its first segments, one a line ("N'DJAMENA, 13 April (Agency) - ")


@dataclass(frozen=True, slots=True)
class DateReport:
    """What the story-dates stage needs of one stored event of a page without a publication day."""

    event_id: str
    doc_id: str
    sentence_index: int
    sentence: str
    trigger_offset: int  # of the trigger within the sentence
    coded: DateInfo  # the date its own page gave it when it was coded


@dataclass(frozen=True, slots=True)
class Redated:
    """An event's date re-resolved against the publication date of its story (date.source "story")."""

    event_id: str
    date: DateInfo


@dataclass(frozen=True, slots=True)
class Report:
    """What the incidents stage needs of one stored event row: who did what to whom and when, and
    where the report came from (its document's story, outlet and publication date)."""

    event_id: str
    doc_id: str
    story_id: str | None
    outlet: str | None  # the document's outlet and URL, when known
    url: str | None
    published: str | None  # the document's publication date (any precision)
    event_type: str
    mode: str | None
    status: str
    date: str | None
    date_precision: str
    date_source: str  # DateInfo.source: "sentence" is a date the sentence itself states
    date_note: str  # DateInfo.note: the expression and what it was resolved against
    source_country: str | None
    source_sector: str | None
    target_country: str | None
    target_sector: str | None
    location_text: str | None
    location_country: str | None
    confidence: float
    trigger_start: int  # with doc_id, the act: several reports of one trigger are one act with several parties
    sentence_idx: int | None = None  # with doc_id, the sentence: one speaker's words in it are one statement
    speaker: str | None = None  # the family name of the person the source actor resolved to (incidents.apart)
    act: str | None = None  # the kind of act its rule codes, when it is one apart from its type's (incidents.apart)
    asks: str | None = None  # what a request asks for, from the words after its trigger (incidents.asks)
    status_cue: str = ""  # Event.status_cue: what set a pending or negated status ("negation:never")


# One getter per part (not a getattr by name): grouping and resolving read these attributes some
# millions of times at 10,000 documents.
_PARTS = {"_doc": lambda k: property(lambda self: self._doc[k]),
          "_date": lambda k: property(lambda self: self._date[k]),
          "_act": lambda k: property(lambda self: self._act[k])}


class StoredReport:
    """A Report as the incidents stage holds every stored event (store.reports): the same attributes,
    read through three parts that rows share (its document's, its date's, and its who-did-what's:
    at 10,000 replayed documents, 164,900 events have 10,000, 8,852 and 2,600 distinct parts). Four
    slots of its own instead of Report's 21: 80 bytes an event instead of 200 (issue #13)."""

    __slots__ = ("event_id", "_doc", "_date", "_act", "confidence", "trigger_start", "sentence_idx")
    DOC = ("doc_id", "story_id", "outlet", "url", "published")
    DATE = ("date", "date_precision", "date_source", "date_note")
    ACT = ("event_type", "mode", "status", "source_country", "source_sector", "target_country", "target_sector",
           "location_text", "location_country", "speaker", "act", "asks", "status_cue")

    def __init__(self, event_id: str, doc: tuple, date: tuple, act: tuple, confidence: float,
                 trigger_start: int, sentence_idx: int | None = None) -> None:
        self.event_id, self._doc, self._date, self._act = event_id, doc, date, act
        self.confidence, self.trigger_start, self.sentence_idx = confidence, trigger_start, sentence_idx

    def as_report(self) -> Report:
        """The same values as a Report (tests, display)."""
        return Report(self.event_id, *self._doc, *self._act[:3], *self._date, *self._act[3:9], self.confidence,
                      self.trigger_start, self.sentence_idx, *self._act[9:])

    def __repr__(self) -> str:
        return "Stored" + repr(self.as_report())


for _slot, _names in (("_doc", StoredReport.DOC), ("_date", StoredReport.DATE), ("_act", StoredReport.ACT)):
    for _k, _name in enumerate(_names):
        setattr(StoredReport, _name, _PARTS[_slot](_k))


@dataclass(frozen=True, slots=True)
class Claim:
    """One value of a disputed field and the reports that give it."""

    value: str
    event_ids: tuple[str, ...]
    doc_ids: tuple[str, ...]
    outlets: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Contradiction:
    """Reports of one incident disagree on `field` ("status", "date" or "parties")."""

    field: str
    claims: tuple[Claim, ...]


@dataclass(frozen=True, slots=True)
class Incident:
    """One real-world event: the event rows (reports) that describe it, resolved to one record."""

    incident_id: str  # content hash (derived from its smallest event_id)
    event_type: str
    mode: str | None
    status: str
    date: str | None
    date_precision: str
    source_country: str | None
    source_sector: str | None
    target_country: str | None
    target_sector: str | None
    location_text: str | None
    location_country: str | None
    n_mentions: int  # event rows
    n_documents: int
    n_outlets: int  # independent sources: distinct outlets (a document of unknown outlet counts alone)
    first_reported: str | None  # earliest and latest publication date of its documents
    last_reported: str | None
    confidence: float
    contradictions: tuple[Contradiction, ...]
    event_ids: tuple[str, ...]  # its reports, sorted
    # Read from the store: the other "SRC-TGT" pairs its reports name ("Bolivia asked Argentina and Peru" is
    # one incident BOL -> ARG whose reports also name BOL-PER), shown beside its own pair and matched by
    # pair and country filters (newcomer review, session 15)
    other_pairs: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AgreementReport:
    """What the agreements stage needs of one stored event row: the act, its parties, its date and the
    words of its sentence (which may name an agreement)."""

    event_id: str
    doc_id: str
    event_type: str
    status: str
    date: str | None
    date_precision: str
    published: str | None  # the document's publication date (any precision)
    source_country: str | None
    target_country: str | None
    sentence: str
    trigger: str
    story_id: str | None = None  # the document's story: a common name there may be a named deal's (track.py)
    target_text: str | None = None  # the act's target as written: the deal itself is no party (track._parties)
    rule: str | None = None  # the coder's rule: a broker's contact with a side ("src=broker") is no party's step


@dataclass(frozen=True, slots=True)
class AgreementStage:
    """One dated step of an agreement's life, told by one event row."""

    agreement_id: str
    stage: str  # proposed | negotiating | agreed | signed | approved | in_force | renegotiating | renewed | violated | suspended | exited | expired
    date: str | None  # the event's date, else its document's publication date
    date_precision: str
    event_id: str
    doc_id: str


@dataclass(frozen=True, slots=True)
class Agreement:
    """A named agreement followed over time: its parties and the steps of its life, oldest first."""

    agreement_id: str  # content hash of its name (a proper name) or of its name and first report
    name: str
    aliases: tuple[str, ...]
    parties: tuple[str, ...]
    first_date: str | None
    last_date: str | None
    stage: str  # the step its latest dated report tells
    stages: tuple[AgreementStage, ...]
