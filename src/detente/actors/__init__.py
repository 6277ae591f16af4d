"""Actors stage: find who is named in parsed sentences and resolve each actor to country + sector.

    read_actors(article, sentences) → Cast        the stage: mentions and named-state counts together
    find_mentions(article, sentences) → Mention…   every actor phrase of the parsed sentences
    country_of_place(text, sentence, document) → code | None   gazetteer lookup for event locations
    document_states(article, sentences) → counts   how often each state is named in title and body text
    resolve_name(text) → (country, sector)        resolve a free-text actor phrase (tests, tools)
    entity_names(text) → (start, end, label)…     gazetteer names as entity labels (rule entities, the default)

Knowledge lives in data/*.tsv (countries, bodies, seats, roles, leaders, places); see gazetteer.py.
Pronouns, "the country" and bare titles ("the premier") are resolved in anaphora.py (rules and
known limits in its docstring); a non-state group rooted in one state (bodies.tsv "home") gets
that state with sector REB and kind "org". "The council", "the bloc", "the alliance" refer back to a body
named earlier (short_names.py, data/short_names.tsv), and "the North", "the South" to a half of a divided
country the document names with its partner (data/divided_states.tsv); a mission ("its embassy in Tehran") belongs to its
owner, not to the place it sits in (missions.py, data/missions.tsv). An official of a province, region or
city ("the governor of Kandahar") is the state the place lies in (local_offices.py, read through the places
gazetteers); a state agency named by its own name after its state ("Kenya's revenue body (KRA)") is that
state's organ for the rest of the document (agency_names.py, with mentions.py's raw-text reading), and so is one
named first and set off by its state's organ ("The Coastal Patrol Command, Turkey's maritime police,"); a later
bare "the command", or "the Guards" after "Iran's Revolutionary Guards", refers back to it (coref.organ_by_head).
Mentions may nest ("the head of Pakistan's armed forces" contains "Pakistan's armed forces"); a
phrase naming several states ("US and Pakistani officials") yields one Mention per state over the
same span; kind "group" ("the two countries") has no country and lists the candidate states,
"+"-joined, in `entity`.
"""
from __future__ import annotations

from collections import Counter

from detente.actors.agency_names import with_agency_names
from detente.actors.chair_turns import with_chair_turns
from detente.actors.coref import DocContext, build_context
from detente.actors.ambiguous import place_in_context
from detente.actors.entity_names import entity_names
from detente.actors.gazetteer import country_of_place as _gazetteer_country
from detente.actors.local_offices import with_local_offices
from detente.actors.named_people import with_earlier_people
from detente.actors.repeated_titles import with_repeated_titles
from detente.actors.resolve import sentence_mentions
from detente.actors.sent_documents import with_document_pronouns, with_sent_documents
from detente.records import Article, Cast, DateInfo, Mention, Segment, Sentence

__all__ = ["read_actors", "find_mentions", "country_of_place", "resolve_name", "document_states", "entity_names"]


def read_actors(article: Article, sentences: tuple[Sentence, ...]) -> Cast:
    """Stage 4: mentions and named-state counts from one document context (built once: it scans
    every sentence against the gazetteer, about 3 % of a document's CPU time)."""
    ctx = build_context(article, sentences)
    return Cast(_mentions(article, sentences, ctx), dict(_named_states(sentences, ctx)))


def find_mentions(article: Article, sentences: tuple[Sentence, ...]) -> tuple[Mention, ...]:
    return _mentions(article, sentences, build_context(article, sentences))


def document_states(article: Article, sentences: tuple[Sentence, ...]) -> Counter[str]:
    """Times each state or body is named in the title and body (page furniture left out), read from the
    sentence text so the counts are the same whether or not the parser prefilter skipped a sentence."""
    return _named_states(sentences, build_context(article, sentences))


def _mentions(article: Article, sentences: tuple[Sentence, ...], ctx: DocContext) -> tuple[Mention, ...]:
    found: list[Mention] = []
    for sentence in (s for s in sentences if s.parsed):
        mentions = with_chair_turns(sentence, sentence_mentions(article, sentence, ctx))  # "the Czech presidency of the EU"
        found += mentions
        ctx = with_agency_names(ctx, sentence, mentions)  # "Kenya's revenue body (KRA)": later "KRA" is Kenya's
        ctx = with_local_offices(ctx, sentence, mentions)  # "the governor of Kandahar… the governor said"
    found = with_sent_documents(sentences, list(with_earlier_people(found)))  # "the note warned": its sender
    found = with_document_pronouns(sentences, found)  # "The statement said ... It also warned": the sender
    found = with_repeated_titles(found, sentences)  # "the EU's foreign policy chief… the foreign policy chief"
    return tuple(sorted(found, key=lambda m: (m.sentence, m.first)))


def _named_states(sentences: tuple[Sentence, ...], ctx: DocContext) -> Counter[str]:
    roles = {s.index: s.role for s in sentences}
    return Counter(ref.code for ref in ctx.states if roles.get(ref.sentence) in ("title", "body"))


def country_of_place(text: str, sentence: str = "", document: str = "") -> str | None:
    """Country of a place name (a country, capital, seat or listed city/region), None if unknown. A name of
    places in two states ("Tripoli", "Punjab") is read from the raw `sentence` and `document` it came from
    when given (see ambiguous.py), else gets its default reading."""
    reading = place_in_context(text, sentence, document)
    return reading.code if reading else _gazetteer_country(text)


def resolve_name(text: str) -> tuple[str | None, str | None]:
    """(country, sector) of a free-text actor phrase, parsed as a one-sentence article."""
    from detente.nlp import parse_article

    article = Article("resolve", "-", None, "text", text, (Segment(0, "body", 0, len(text)),),
                      DateInfo(None))
    mentions = find_mentions(article, parse_article(article))
    best = max(mentions, key=lambda m: (m.country is not None, m.last - m.first), default=None)
    return (best.country, best.sector) if best else (None, None)
