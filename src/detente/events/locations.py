"""Where an event happened: the place phrase of its trigger, of the nouns it acts on, or the page's dateline.

A location never changes an event's type, actors or status; it only fills Event.location. The readings,
most direct first (each was missed in `demo`, where 5 of 79 events had a place, session 7):
  - 'in/at/near <place>' on the trigger or the verbs governing it ("met in Arusha");
  - the same phrase on a noun trigger's participle or 'of' phrase ("the deal, signed in Nairobi",
    "a meeting of the border committee in <town>");
  - on a trigger's subject or object that is posted somewhere (cues.tsv kinds posted, crowd: "summoned the
    ambassador in <capital>", "the crossings at <town> reopened", "an official of the embassy in <city>");
  - a place inside the phrase ("in <country>'s northern <X> province", "near a shoal in the <sea>");
  - the page's dateline ("<CITY> —"), for a state's own words and decisions only (with_dateline), and not
    for one done on its edge ("closed its border with <Y>": cues.tsv site).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from detente.actors import country_of_place
from detente.actors.items import dateline_end
from detente.events.lexicon import cue_words
from detente.events.triggers import children
from detente.places import locate
from detente.records import Event, Location, Sentence, Token

PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
PLACE_PREPS = ("in", "at", "near")
ARGUMENT_DEPS = ("nsubj", "nsubjpass", "dobj")
NOUN_CLAUSES = ("acl", "relcl")
# prepositions that put an act somewhere (a dateline does not place an act the sentence puts elsewhere)
LOCATIVE_PREPS = frozenset({"in", "at", "near", "to", "from", "into", "inside", "across", "along", "off", "outside",
                            "over", "through", "toward", "towards"})


def event_location(sentence: Sentence, anchors: list[int], parties: Iterable[str | None] = ()) -> Location | None:
    """The place of the event whose trigger is anchors[0] (anchors[1:] are the verbs governing it).
    `parties` (the event's states) admit a gazetteer town the parser did not tag as a place."""
    parties = frozenset(p for p in parties if p)
    for heads in (anchors, _noun_clauses(sentence, anchors[0]), _posted_arguments(sentence, anchors)):
        for i in heads:
            found = _place_of(sentence, i, parties)
            if found is not None:
                return found
    return None


def _noun_clauses(sentence: Sentence, i: int) -> list[int]:
    """A noun trigger's participle or relative clause and its 'of' noun ("the deal, signed in X";
    "a meeting of the committee in X"): the place of these is the place of the act the noun names."""
    if sentence.tokens[i].pos not in ("NOUN", "PROPN"):
        return []
    return [c.i for c in children(sentence, i) if c.dep in NOUN_CLAUSES] + _of_nouns(sentence, i)


def _of_nouns(sentence: Sentence, i: int) -> list[int]:
    return [o.i for p in children(sentence, i) if p.dep == "prep" and p.lemma.lower() == "of"
            for o in children(sentence, p.i) if o.dep == "pobj"]


def _posted_arguments(sentence: Sentence, anchors: list[int]) -> list[int]:
    """Subjects and objects of the trigger and its governors that are posted at a place (an envoy, an
    embassy, a crossing, a crowd) or are places ("shelled a village in <X> province"), and a posted noun
    in their 'of' phrase ("an official of the embassy in X"). Other nouns are not followed: in "condemned
    the attack in X" the place is the attack's."""
    posted = cue_words("posted").keys() | cue_words("crowd").keys() | cue_words("placenoun").keys()
    out = []
    for a in anchors:
        for c in children(sentence, a):
            if c.dep in ARGUMENT_DEPS:
                out += [n for n in [c.i] + _of_nouns(sentence, c.i) if sentence.tokens[n].lemma.lower() in posted]
    return out


def _place_of(sentence: Sentence, head: int, parties: frozenset[str], depth: int = 0) -> Location | None:
    """The place an 'in/at/near' phrase of token `head` names, looking one noun deeper when its object is
    no place itself ("near a shoal in the <sea>", "at a ceremony in <city>"); a kind of place (placenoun)
    also by its 'of' phrase ("near the village of <X>")."""
    preps = PLACE_PREPS + (("of",) if _lemma(sentence, head) in cue_words("placenoun") else ())
    for p in children(sentence, head):
        if p.dep != "prep" or p.lemma.lower() not in preps:
            continue
        for o in children(sentence, p.i):
            if o.dep != "pobj":
                continue
            found = _named_place(sentence, o, parties)
            if o.pos == "NOUN" and depth == 0 and (found is None or _lemma(sentence, o.i) in cue_words("placenoun")):
                found = _place_of(sentence, o.i, parties, 1) or found  # "the <state>'s town of <X>": X
            if found is not None:
                return found
    return None


def _lemma(sentence: Sentence, i: int) -> str:
    return sentence.tokens[i].lemma.lower()


def _named_place(sentence: Sentence, o: Token, parties: frozenset[str]) -> Location | None:
    """The place a prepositional object names: a place entity; a region noun with a place compound
    ("<country>'s northern <X> province": "<X> province", in that country: kinds of place are cues.tsv
    placenoun); or a proper noun the parser
    took for a person or body that the gazetteer knows as a town in one of the event's states. A place
    compound on another noun is no place of the event ("the <X>-<Y> border", "a <state> strike")."""
    owner = _owner_country(sentence, o.i)
    if o.ent in PLACE_ENTS:
        text = entity_text(sentence, o.i)
        return locate(text, owner or country_of_place(text, sentence.text))
    named = [c for c in children(sentence, o.i) if c.dep == "compound" and (c.ent in PLACE_ENTS or c.pos == "PROPN")
             and not _demonym_country(c.text)]  # the parser tags some a people: "<X> region"
    if named and _lemma(sentence, o.i) in cue_words("placenoun"):
        text = f"{entity_text(sentence, named[-1].i)} {o.text}"
        return locate(text, owner or country_of_place(text, sentence.text))
    if o.pos == "PROPN" and o.ent in ("PERSON", "ORG", "") and parties:
        found = locate(entity_text(sentence, o.i) if o.ent else o.text, None)
        return found if found.geo_precision == "city" and found.country in parties else None
    return None


def _owner_country(sentence: Sentence, i: int) -> str | None:
    """"<country>'s ..." before a place, or the kind of place it names ("the <demonym> town of <X>"):
    that country."""
    kind = sentence.tokens[sentence.tokens[i].head].head  # "town" in "the Kyrgyz town of <X>"
    owners = [i] + ([kind] if _lemma(sentence, kind) in cue_words("placenoun") else [])
    for c in (c for n in owners for c in children(sentence, n)):
        if c.dep == "poss" and c.ent == "GPE":
            return country_of_place(entity_text(sentence, c.i), sentence.text)
        if c.dep in ("amod", "compound") and c.ent in ("NORP", "GPE") and _demonym_country(c.text):
            return _demonym_country(c.text)  # the parser tags "Kyrgyz" in "the Kyrgyz town" either way
    return None


def _demonym_country(word: str) -> str | None:
    from detente.actors.gazetteer import term_index

    codes = {t.code for t in term_index().get(word.lower(), ()) if t.kind == "demonym"}
    return codes.pop() if len(codes) == 1 else None


def entity_text(sentence: Sentence, i: int) -> str:
    tokens = sentence.tokens
    a = i
    while a > 0 and tokens[a].ent_iob == "I":
        a -= 1
    b = i
    while b + 1 < len(tokens) and tokens[b + 1].ent_iob == "I":
        b += 1
    return sentence.text[tokens[a].start - sentence.start: tokens[b].start - sentence.start + len(tokens[b].text)]


# A state's own words and decisions are made where its government sits, which is where a wire dateline
# naming that state's town files the story from ("OTTAWA — Canada imposed sanctions…"). Acts on the ground
# (strikes, deployments, withdrawals, aid deliveries) and meetings (often abroad) are not placed by it.
DATELINE_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "SUPPORT", "THREATEN", "SANCTION"})


def with_dateline(events: Iterable[Event], sentences: tuple[Sentence, ...]) -> tuple[Event, ...]:
    """Events without a place, of DATELINE_TYPES, whose source is the dateline's state and whose own
    sentence puts nothing in another state (_only_home), placed at the dateline."""
    place = dateline_place(sentences)
    if place is None or place.country is None:
        return tuple(events)
    by_index = {s.index: s for s in sentences}
    return tuple(replace(e, location=place) if e.location is None and e.event_type in DATELINE_TYPES
            and e.source.country == place.country and _only_home(by_index.get(e.evidence.sentence_index), place)
            and not _at_a_site(by_index.get(e.evidence.sentence_index), e) else e for e in events)


def dateline_place(sentences: tuple[Sentence, ...]) -> Location | None:
    """The place of a wire dateline opening the article's first body sentence ("NAIROBI —"); None for
    none, or for a joint one ("BAKU/ASHGABAT -") that names no single place."""
    first = next((s for s in sentences if s.role == "body"), None)
    if first is None or not first.parsed:
        return None
    dash = dateline_end(first.tokens)
    if dash <= 0:
        return None
    paren = next((t.i for t in first.tokens[:dash] if t.text == "("), dash)
    name = " ".join(t.text for t in first.tokens[:paren])  # "SUVA (XYZ) --": the agency is no place
    if "/" in name or not name.strip():
        return None
    place = locate(name.title(), country_of_place(name.title()))
    return place if place.latitude is not None else None


def _at_a_site(sentence: Sentence | None, event: Event) -> bool:
    """The act is done on or along a state's edge or a crossing (cues.tsv site: "closed its border with <Y>",
    "shut the crossing", "patrols along the frontier"): there, not where the story is filed (newcomer s16: a
    border closure read as done in the dateline's capital). A charge or a threat about the border is made
    where its maker sits: only the trigger's own object and place phrases count."""
    if sentence is None or not sentence.parsed:
        return False
    trigger = next((t for t in sentence.tokens if t.start == event.evidence.trigger_start), None)
    if trigger is None:
        return False
    sites = cue_words("site")
    preps = LOCATIVE_PREPS | ({"of"} if trigger.pos == "NOUN" else set())  # "the closure of the border"
    nouns = [c for c in children(sentence, trigger.i) if c.dep in ("dobj", "nsubjpass")]
    nouns += [o for p in children(sentence, trigger.i) if p.dep == "prep" and p.lemma.lower() in preps
              for o in children(sentence, p.i) if o.dep == "pobj"]
    return any(n.lemma.lower() in sites or n.text.lower() in sites for n in nouns)


def _only_home(sentence: Sentence | None, place: Location) -> bool:
    """True when no place the sentence (after its dateline) puts anything in, at, to or from lies outside
    the dateline's state: a state named as a party ("rejected <Y>'s proposal") is no place."""
    if sentence is None or not sentence.parsed:
        return False
    start = dateline_end(sentence.tokens) + 1
    for t in sentence.tokens[start:]:
        prep = sentence.tokens[t.head]
        if t.dep == "pobj" and prep.lemma.lower() in LOCATIVE_PREPS and t.ent in PLACE_ENTS | {"ORG", "PERSON"}:
            country = country_of_place(entity_text(sentence, t.i), sentence.text)
            if country != place.country and (t.ent in PLACE_ENTS or country is not None):
                return False
    return True
