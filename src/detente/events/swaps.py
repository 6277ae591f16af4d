"""The other half of a swap told as one release "in exchange for" or "in return for" people held by the other
side: "Iran released five detained Americans in exchange for five Iranians held in the United States", "Norway
freed a convicted Russian spy in exchange for a Norwegian inspector jailed in Moscow", "Belarus handed over 14
prisoners to Polish officials in return for the release of a Belarusian convicted in Warsaw". The coder reads the
release the verb tells (Iran frees Americans: RETREAT IRN → USA); the people given in return are freed by the
state that held them, toward the releaser (RETREAT USA → IRN). The sentence golds code both sides of a swap core
(sent-dev12 0013 and 0110, sent-dev16 0214, sent-dev17 0184, sent-dev18 0060: only the first side was coded)."""
from __future__ import annotations

from dataclasses import replace

from detente import ids
from detente.events.tree import children
from detente.records import Event, Sentence, Token

SWAP_NOUNS = frozenset({"exchange", "return"})
PEOPLE = frozenset({"release", "prisoner", "detainee", "captive", "hostage", "national", "citizen", "spy", "agent",
                    "official", "diplomat", "soldier", "officer", "pilot", "sailor", "fisherman", "journalist",
                    "inspector", "trader", "student", "worker", "activist", "crew", "man", "woman", "people",
                    "serviceman", "civilian", "fighter"})
REACH = 3  # the phrase hangs on the verb, its object, or a place phrase ("at the crossing in return for")


def with_swaps(sentence: Sentence, events: list[Event]) -> list[Event]:
    """The events of one sentence, with the mirror release of each release given in exchange for people."""
    have = {(e.event_type, e.source.country, e.target.country if e.target else None) for e in events}
    at = {t.start: t.i for t in sentence.tokens}
    out = list(events)
    for e in events:
        if not _release(sentence, e, at) or e.target is None or not e.source.country or not e.target.country \
                or e.source.country == e.target.country or e.status != "asserted":
            continue
        if (e.event_type, e.target.country, e.source.country) in have or not _given_in_exchange(
                sentence, at.get(e.evidence.trigger_start)):
            continue
        have.add((e.event_type, e.target.country, e.source.country))
        out.append(replace(e, source=e.target, target=e.source, rule=e.rule + " swap→other-side",
                           event_id=ids.event_id(e.doc_id, e.evidence.trigger_start, e.event_type,
                                                 e.target.country, e.source.country)))
    return out


def _release(sentence: Sentence, event: Event, at: dict[int, int]) -> bool:
    """A release (RETREAT), or people "handed over" (CONCEDE by the hand-over row): "Azerbaijan handed over two
    Armenian soldiers in exchange for 32 Azerbaijani servicemen" (sent-dev20 0214: only the hand-over was coded).
    Another concession "in exchange for" people ("lifted sanctions in exchange for the prisoners") has no mirror."""
    if event.event_type == "RETREAT":
        return True
    i = at.get(event.evidence.trigger_start)
    return event.event_type == "CONCEDE" and i is not None and sentence.tokens[i].lemma.lower() == "hand"


def _given_in_exchange(sentence: Sentence, i: int | None) -> bool:
    """The trigger, or a word just under it, carries "in exchange for" / "in return for"."""
    if i is None:
        return False
    frontier, seen = [i], {i}
    for _ in range(REACH):
        frontier = [c.i for f in frontier for c in children(sentence, f) if c.i not in seen]
        seen.update(frontier)
    return any(sentence.tokens[p].text.lower() == "in" and any(_swap_noun(sentence, c.i) for c in children(sentence, p))
               for p in seen)


def _swap_noun(sentence: Sentence, i: int) -> bool:
    """'exchange' or 'return' with a 'for' phrase of people: "[in] exchange for five Iranians", "for the release
    of ..."; not "in return for development funding" or "in exchange for a fine"."""
    return sentence.tokens[i].lemma.lower() in SWAP_NOUNS and any(
        c.text.lower() == "for" and any(_people(sentence.tokens[o.i]) for o in children(sentence, c.i) if o.dep == "pobj")
        for c in children(sentence, i))


def _people(token: Token) -> bool:
    return token.ent == "NORP" or token.lemma.lower() in PEOPLE
