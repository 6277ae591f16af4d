"""Brokers, mediators and hosts: a third party to others' talks or deal consults each side (CONSULT).

News names a broker in many ways besides "X mediated": "the talks, brokered by X", "an X-brokered
exchange", "under X's auspices", "with the help of X", "signed in X's presence", "thanked X for its
mediation". The coder's triggers find the deal, talks or exchange itself (AGREE, CONSULT, RETREAT ...
between the sides); this pass, run over the events of one sentence, adds the broker's CONSULT with each
side. The sides are the states paired by the events the broker word is attached to in the parse (the deal
it brokered, the signing it presided over), or named on the broker word itself ("mediating between A and
B"). An event that took the broker for a side ("A and B reached the deal with X's help" read as A–X and
B–X) is given back to the sides. A mediation offered, planned or accepted is not yet a contact.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, replace

from detente import ids
from detente.events.lexicon import data_rows, cue_words, fold_spelling
from detente.events.role_actors import actors_at
from detente.events.phrases import with_conjuncts
from detente.events.roles import source_tokens
from detente.events.lexicon import TriggerEntry
from detente.events.status import event_status, governors
from detente.events.nesting import Candidate
from detente.events.token_memo import folded_lemma_words, text_words
from detente.events.triggers import Hit, children
from detente.records import Actor, Event, Mention, Sentence, Token

# Events whose two states are the sides of a brokered deal, talks or exchange.
SIDE_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE", "RETREAT", "CONCEDE"})
SYMMETRIC = frozenset({"AGREE", "CONSULT", "COOPERATE"})
OWNER_DEPS = frozenset({"npadvmod", "compound", "nmod", "amod", "poss"})  # "X-brokered", "Norwegian mediation"
BROKER_FACTOR = 0.9
LINK_DEPTH = 6
# What a state hosts that is no dealing of others: places and people housed (sent-dev18 0012: "agreed to host two
# centres for migrants rescued by Italian ships" became Albania's CONSULT with Italy)
HOSTED_PLACES = frozenset({"centre", "center", "camp", "facility", "base", "refugee", "migrant", "troop",
                           "soldier", "shelter", "hub", "plant", "depot"})


@dataclass(frozen=True, slots=True)
class Broker:
    token: int  # the broker word ("brokered", "auspices")
    actors: tuple[Actor, ...]  # who brokers, resolved
    sides: tuple[str, ...]  # states the broker word itself names as sides ("mediating between A and B")


@functools.lru_cache(maxsize=1)
def broker_words() -> dict[str, dict[str, str]]:
    """kind ('verb' | 'noun') → {word: the preposition it must be the object of, or '-'}."""
    table: dict[str, dict[str, str]] = {}
    for _, cols in data_rows("mediation.tsv"):
        table.setdefault(cols[0], {})[cols[1]] = cols[2]
    return table


def no_broker_word(sentence: Sentence) -> bool:
    """No token's folded lemma or lower-case text is a broker word (`_word` of either kind): most sentences, which
    the coder then need not walk token by token (the shared word sets of events/token_memo.py)."""
    lemmas, texts = folded_lemma_words(sentence), text_words(sentence)
    return all(lemmas.isdisjoint(words) and texts.isdisjoint(words) for words in broker_words().values())


def _word(token: Token, kind: str) -> str | None:
    words = broker_words()[kind]
    return next((w for w in (fold_spelling(token.lemma), token.text.lower()) if w in words), None)


def _by_agents(sentence: Sentence, i: int) -> list[int]:
    return [o.i for p in children(sentence, i) if p.dep in ("agent", "prep") and p.lemma.lower() == "by"
            for o in children(sentence, p.i) if o.dep == "pobj"]


def _named_owner(sentence: Sentence, token: Token) -> bool:
    return token.pos == "PROPN" or token.ent in ("GPE", "NORP", "ORG")


def _hyphen_owners(sentence: Sentence, verb: Token) -> list[int]:
    """"an X-brokered exchange", "a Turkey- and UN-brokered deal" (the parser coordinates the first
    name with the participle)."""
    owners = [c.i for c in children(sentence, verb.i) if c.dep in OWNER_DEPS and _named_owner(sentence, c)]
    if verb.dep == "conj" and _named_owner(sentence, sentence.tokens[verb.head]):
        owners.append(verb.head)
    return owners


def _verb_brokers(sentence: Sentence, verb: Token) -> list[int]:
    """Who brokers: the 'by' agent, the name before the hyphen, else the subject ("X brokered the deal",
    "X, which is mediating, ...", "X offered to mediate")."""
    agents = _by_agents(sentence, verb.i)
    if not agents and verb.lemma.lower() == "preside":  # "presided over by X"
        agents = [a for p in children(sentence, verb.i) if p.lemma.lower() == "over" for a in _by_agents(sentence, p.i)]
    if agents:
        return with_conjuncts(sentence, agents[0])
    if verb.dep in ("amod", "compound", "conj") and verb.tag == "VBN":
        return _hyphen_owners(sentence, verb)
    if verb.tag == "VBN" and verb.dep == "acl":
        return []  # "the talks hosted in Oslo": no broker named
    if verb.lemma.lower() == "host" and any(c.dep == "dobj" and c.lemma.lower() in HOSTED_PLACES
                                            for c in children(sentence, verb.i)):
        return []  # "agreed to host two centres for migrants": a facility or people housed, no talks of others
    found, how = source_tokens(sentence, verb.i)
    if how == "between" and verb.dep in ("xcomp", "advcl", "conj") and verb.head != verb.i:
        found, how = source_tokens(sentence, verb.head)  # "X offered to mediate between A and B": A, B are sides
    return found if how != "between" else []


def _clause_verb(sentence: Sentence, noun: Token) -> Token:
    i, steps = noun.i, 0
    while sentence.tokens[i].pos not in ("VERB", "AUX") and sentence.tokens[i].head != i and steps < 4:
        i, steps = sentence.tokens[i].head, steps + 1
    return sentence.tokens[i]


def _antecedent(sentence: Sentence, noun: Token) -> list[int]:
    """"thanked X for its mediation": a possessive pronoun on the broker word stands for the object of
    the verb its phrase hangs on, else for that verb's subject."""
    kids = children(sentence, _clause_verb(sentence, noun).i)
    return ([c.i for c in kids if c.dep == "dobj"] + [c.i for c in kids if c.dep in ("nsubj", "nsubjpass")])[:1]


def _own_sides(sentence: Sentence, b: int) -> list[int]:
    """Sides named on the broker word or, for "A and B thanked X for its mediation", the thankers."""
    token = sentence.tokens[b]
    found = [o.i for p in children(sentence, b) if p.dep == "prep" and p.lemma.lower() in ("between", "among")
             for o in children(sentence, p.i) if o.dep == "pobj"]
    if not found and any(c.dep == "poss" and c.pos == "PRON" for c in children(sentence, b)):
        verb = _clause_verb(sentence, token)
        if any(c.dep == "dobj" for c in children(sentence, verb.i)):
            found = [c.i for c in children(sentence, verb.i) if c.dep == "nsubj"]
    return [k for f in found[:1] for k in with_conjuncts(sentence, f)]


def _noun_brokers(sentence: Sentence, noun: Token, needs: str) -> list[int]:
    """The owner of a broker noun: possessor, 'of' phrase or national adjective; a plain word ("help",
    "presence") counts only under its own preposition ("with X's help", "in the presence of X")."""
    prep = sentence.tokens[noun.head]
    if needs != "-" and (noun.dep != "pobj" or prep.lemma.lower() != needs):
        return []
    kids = children(sentence, noun.i)
    poss = [c for c in kids if c.dep == "poss"]
    if poss and poss[0].pos == "PRON":
        return _antecedent(sentence, noun)
    if poss:
        return with_conjuncts(sentence, poss[0].i)
    of = [o.i for p in kids if p.dep == "prep" and p.lemma.lower() == "of" for o in children(sentence, p.i)
          if o.dep == "pobj"] or _by_agents(sentence, noun.i) or _stray_by(sentence, noun)
    if of:
        return with_conjuncts(sentence, of[0])
    return [c.i for c in kids if c.dep in ("amod", "compound") and _named_owner(sentence, c)]


def _stray_by(sentence: Sentence, noun: Token) -> list[int]:
    """"signed a truce after mediation by X": the 'by' right after the noun, which the parser hangs on the
    clause's verb, names the broker (blindcats, issue #11's brokers of a deal)."""
    nxt = noun.i + 1
    if nxt >= len(sentence.tokens) or sentence.tokens[nxt].text.lower() != "by" \
            or sentence.tokens[nxt].dep not in ("agent", "prep"):
        return []
    return [o.i for o in children(sentence, nxt) if o.dep == "pobj"]


CONSULTING = TriggerEntry("mediate", "VERB", "CONSULT", None, (), False, "a broker word, for its status", 0)
ACCEPTING = frozenset({"agree", "accept", "invite", "ask", "urge", "seek", "want"})


def _planned(sentence: Sentence, token: Token) -> bool:
    """A mediation offered, planned, accepted or asked for ("ready to mediate", "will visit both capitals to
    mediate", "agreed to US mediation") has not yet brought the broker together with either side."""
    chain = governors(sentence, token.i, 3)
    if any(g.lemma.lower() in cue_words("intent") for g in chain):
        return True
    if token.pos != "VERB" and any(g.lemma.lower() in ACCEPTING for g in chain[:2]):
        return True  # "agreed to US mediation", but not "agreed to a truce brokered by X"
    if token.dep in ("advcl", "xcomp") and any(c.dep == "aux" and c.text.lower() == "to" for c in children(sentence, token.i)):
        head = sentence.tokens[token.head]  # "will visit both capitals to mediate": the aim of a planned trip
        return event_status(sentence, Candidate(Hit(head.i, CONSULTING), ()))[0] != "asserted"
    return False


def brokers(sentence: Sentence, mentions: list[Mention]) -> list[Broker]:
    """Every broker phrase of the sentence whose broker resolves to a state or international body."""
    if no_broker_word(sentence):
        return []
    out = []
    for token in sentence.tokens:
        if token.pos == "VERB" and (word := _word(token, "verb")):
            found = _verb_brokers(sentence, token)
        elif token.pos in ("NOUN", "PROPN") and (word := _word(token, "noun")):
            found = _noun_brokers(sentence, token, broker_words()["noun"][word])
        else:
            continue
        actors = tuple(a for i in found for a in actors_at(sentence, i, mentions) if a.country)
        codes = {a.country for a in actors}
        sides = [a.country for i in _own_sides(sentence, token.i) for a in actors_at(sentence, i, mentions)
                 if a.country and a.country not in codes]
        if actors and not _planned(sentence, token):
            out.append(Broker(token.i, actors, tuple(dict.fromkeys(sides))))
    return out


def _linked(sentence: Sentence, a: int, b: int) -> bool:
    """Token a governs token b (or is it), or b governs a: the broker word and the deal it brokers sit on
    one line of the parse ("signed [the deal] in X's presence", "[a deal] brokered by X", "X brokered [a deal]")."""
    return _governs(sentence, a, b) or _governs(sentence, b, a)


def _governs(sentence: Sentence, top: int, i: int) -> bool:
    """top is i or above it, not across a coordinated clause (another act: "A and B swapped prisoners, and
    X hosted a festival")."""
    steps = 0
    while i != top and sentence.tokens[i].head != i and steps < LINK_DEPTH:
        if sentence.tokens[i].dep == "conj" and sentence.tokens[i].pos in ("VERB", "AUX"):
            return False
        i, steps = sentence.tokens[i].head, steps + 1
    return i == top


def _sides(sentence: Sentence, b: int, events: list[Event], broker: set[str]) -> list[str]:
    """States paired by the deal, talks or exchange the broker word is attached to, the broker left out."""
    at = {t.start: t.i for t in sentence.tokens}
    out: list[str] = []
    for e in events:
        if e.event_type in SIDE_TYPES and e.target is not None and e.source.country and e.target.country \
                and _linked(sentence, at.get(e.evidence.trigger_start, b), b):
            out += [c for c in (e.source.country, e.target.country) if c not in broker and c not in out]
    return out


def _given_back(events: list[Event], broker: set[str]) -> list[Event]:
    """"A and B reached the deal with X's help", parsed as A–X and B–X: when two or more sides took the
    broker for their partner, they are partners of each other instead (each way, for an exchange)."""
    out = [e for e in events if not _took_broker(e, broker)]
    for event_type in sorted({e.event_type for e in events if _took_broker(e, broker)}):
        taken = [e for e in events if e.event_type == event_type and _took_broker(e, broker)]
        sources = list(dict.fromkeys(e.source.country for e in taken))
        if len(sources) < 2:
            out += taken
            continue
        for n, a in enumerate(sources):
            for b in (sources[n + 1:] if event_type in SYMMETRIC else sources[:n] + sources[n + 1:]):
                first = next(e for e in taken if e.source.country == a)
                partner = next(e.source for e in taken if e.source.country == b)
                out.append(replace(first, target=partner, rule=first.rule + " broker→sides-with-each-other",
                                   event_id=ids.event_id(first.doc_id, first.evidence.trigger_start, event_type, a, b)))
    return out


def _sides_met(events: list[Event], broker: set[str]) -> list[Event]:
    """"X hosted talks between A and B", coded as X–A and X–B (the host's CONSULT with each side, read from
    the 'between' phrase of the talks nested under "hosted"): A and B met each other too, the main fact
    (sent-dev: "will host a meeting between the army chiefs of A and B", gold A–B). Added once per pair."""
    hosted = [e for e in events if e.event_type in SYMMETRIC and "nested-subject:between" in e.rule
              and e.source.country in broker and e.target is not None and e.target.country
              and e.target.country not in broker]
    have = {(e.event_type, frozenset((e.source.country, e.target.country))) for e in events if e.target is not None}
    out = []
    for n, first in enumerate(hosted):
        for other in hosted[n + 1:]:
            pair = frozenset((first.target.country, other.target.country))
            if other.evidence.trigger_start != first.evidence.trigger_start or len(pair) < 2 \
                    or (first.event_type, pair) in have:
                continue
            have.add((first.event_type, pair))
            a, b = first.target.country, other.target.country
            out.append(replace(first, source=first.target, target=other.target,
                               rule=first.rule + " broker→sides-with-each-other",
                               event_id=ids.event_id(first.doc_id, first.evidence.trigger_start, first.event_type, a, b)))
    return events + out


def _took_broker(event: Event, broker: set[str]) -> bool:
    return (event.event_type in SIDE_TYPES and event.target is not None and event.target.country in broker
            and event.source.country is not None and event.source.country not in broker)


def _consult(template: Event, sentence: Sentence, b: Broker, source: Actor, side: str) -> Event:
    token = sentence.tokens[b.token]
    evidence = replace(template.evidence, trigger=token.text, trigger_start=token.start,
                       trigger_end=token.start + len(token.text))
    target = Actor(side, side, None, f"a side of the talks or deal {source.text} brokers")
    return replace(template, event_id=ids.event_id(template.doc_id, token.start, "CONSULT", source.country, side),
                   event_type="CONSULT", mode=None, source=source, target=target, evidence=evidence,
                   rule=f"mediation:{token.lemma.lower()} src=broker tgt=side",
                   confidence=round(template.confidence * BROKER_FACTOR, 3))


def with_brokers(sentence: Sentence, events: list[Event], mentions: list[Mention]) -> list[Event]:
    """The sentence's events, with each broker's CONSULT toward each side added."""
    found = brokers(sentence, mentions)
    if not found or not events:
        return events
    for b in found:
        codes = {a.country for a in b.actors}
        template = next((e for e in events if e.event_type in SIDE_TYPES), events[0])
        events = _given_back(events, codes)
        start = sentence.tokens[b.token].start
        # a broker word that is itself a trigger ("its mediation") took the wrong party when it climbed
        events = [e for e in events if e.evidence.trigger_start != start or e.source.country in codes]
        events = _sides_met(events, codes)
        sides = dict.fromkeys(b.sides + tuple(_sides(sentence, b.token, events, codes)))
        have = {(e.event_type, e.source.country, e.target.country if e.target else None) for e in events}
        events = events + [_consult(template, sentence, b, a, side) for a in b.actors for side in sides
                           if side != a.country and ("CONSULT", a.country, side) not in have]
        events = [_without_broker_target(sentence, e, b.token, codes) for e in events
                  if not _broker_as_doer(sentence, e, b.token, codes)]
    return events


def _without_broker_target(sentence: Sentence, event: Event, b: int, broker: set[str]) -> Event:
    """"Ghana freed the crew after Beninese mediation": the target read off the nested broker word is no party
    to the release either; it is left open for the story's counterpart (events/counterpart.py). A host is kept:
    "Pakistan boycotted the summit hosted by India" is aimed at the host (sent-dev3, sent-dev5)."""
    at = {t.start: t.i for t in sentence.tokens}
    trigger = at.get(event.evidence.trigger_start)
    if event.event_type == "CONSULT" or sentence.tokens[b].lemma.lower() == "host" or "tgt=nested" not in event.rule or event.target is None \
            or event.target.country not in broker or trigger is None or trigger == b \
            or not _governs(sentence, trigger, b):
        return event
    return replace(event, target=None, rule=event.rule + " broker→not-target",
                   event_id=ids.event_id(event.doc_id, event.evidence.trigger_start, event.event_type,
                                         event.source.country, None))


def _broker_as_doer(sentence: Sentence, event: Event, b: int, broker: set[str]) -> bool:
    """An act whose doer was read off the broker word nested under it ("Bahraini crew freed after Omani
    mediation": the release's source taken from "Omani"; wire30) is not the broker's: the broker word says its
    part was the mediation (its CONSULT with the sides is added above), not the act itself."""
    at = {t.start: t.i for t in sentence.tokens}
    trigger = at.get(event.evidence.trigger_start)
    return (event.event_type != "CONSULT" and "src=nested" in event.rule and event.source.country in broker
            and trigger is not None and trigger != b and _governs(sentence, trigger, b))
