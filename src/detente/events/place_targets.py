"""An act with a doer and no target whose object or place is a thing of one other state: its border, territory,
waters, airspace, town or flag ("withdrew from positions near the Azerbaijani border", "seized a tanker flying the
flag of the Marshall Islands", "fired rockets into Thai territory", "halt Iraqi oil flows"). The state that owns the
place or thing is the one the act is aimed at; the sentence golds code it so, and without it the row was lost to
both precision and recall (issue #11; sent-dev2 0123, sent-dev3 0054, sent-dev4 0040, sent-dev20 0081, sent-dev23
0059, 0259: the type and doer found, no target). Only a state's word that modifies the place noun (a demonym, a
possessive, a compound, or its "of" phrase; "with" for a border) counts, only one such state, never the doer's own,
and only up to five steps under the trigger, its subject left out; an "its" place is read only under a plural
subject, from the state subject of a verb above ("Japan protested after Chinese ships entered its waters").
The place nouns are data (cues.tsv `statedplace`)."""
from __future__ import annotations

from detente.actors.mentions import is_state_code
from detente.events.lexicon import cue_words
from detente.events.merging import aimed_at
from detente.events.phrases import pobjs
from detente.events.tree import children
from detente.records import Event, Mention, Sentence

OF = frozenset({"of"})
MOVES = frozenset({"MOBILIZE", "RETREAT"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "agent"})

WITH = frozenset({"with"})
LINES = frozenset({"border", "frontier", "boundary"})  # "the border with Pakistan" is Pakistan's line too
OWNER_DEPS = frozenset({"amod", "poss", "compound", "nmod", "npadvmod"})
DEPTH = 5
# the actors stage may resolve "its" to a state; whose "its" it is, is read here only under a plural subject
PRONOUNS = frozenset({"its", "their", "our", "his", "her"})


def place_targets(sentence: Sentence, trigger: int, found: list[Event], mentions: list[Mention]) -> list[Event]:
    """The trigger's events, one with a state doer and no target aimed at the one other state owning its place."""
    if not any(_open(e) for e in found):
        return found
    return [_aimed(sentence, trigger, e, mentions) if _open(e) else e for e in found]


def _open(event: Event) -> bool:
    """A doer the sentence names and no target. A doer taken from the page ("the coast guard", its state the
    page's main one) may be the place's own: "the coast guard intercepted a vessel operating in X waters" is X's
    coast guard (wire21 w21_05), so its place names no other side."""
    return event.source is not None and bool(event.source.country) and "document context" not in \
        event.source.resolution and (event.target is None or event.target.country is None)


def _aimed(sentence: Sentence, trigger: int, event: Event, mentions: list[Mention]) -> Event:
    if event.event_type == "MOBILIZE" and _moved_from(sentence, trigger):
        return event  # "moved its tanks back from the X border" faces nobody (test_events_sentrecall22.py)
    owner = place_owner(sentence, trigger, event.source.country, mentions, event.event_type in MOVES)
    if owner is None:
        return event
    return aimed_at(event, owner, f"owner of the act's place: {owner.text}", "tgt→place-owner")


def place_owner(sentence: Sentence, trigger: int, doer: str, mentions: list[Mention], moving: bool = False
                ) -> Mention | None:
    """The one state, not the doer, whose word modifies a place noun up to five steps under the trigger; forces
    moved from positions near a border (`moving`) leave the state whose border it is, another act only placed
    there ("hit a facility near the X border", "struck fighters near the X border") is not aimed at it."""
    nouns = cue_words("statedplace")
    places = [i for i in _near_words(sentence, trigger) if sentence.tokens[i].lemma.lower() in nouns
              and not _beside_named_place(sentence, i) and not _placed_act(sentence, trigger, i, moving)]
    owners = {m.country: m for p in places for m in _owners_of(sentence, p, mentions)}
    if any(_pronoun_owned(sentence, p) for p in places) and _plural_subject(sentence, trigger):
        owners.update({m.country: m for m in _governing_subjects(sentence, trigger, doer, mentions)[:1]})
    owners.pop(doer, None)
    if len(owners) != 1:
        return None
    return next(iter(owners.values()))


def _owners_of(sentence: Sentence, place: int, mentions: list[Mention]) -> list[Mention]:
    """The state mentions that modify the place noun, or are its "of" object ("the flag of X")."""
    preps = OF | WITH if sentence.tokens[place].lemma.lower() in LINES else OF
    marks = {c.i for c in children(sentence, place) if c.dep in OWNER_DEPS} | set(pobjs(sentence, place, preps))
    return [m for m in mentions if m.country and is_state_code(m.country) and m.text.lower() not in PRONOUNS
            and any(m.first <= k <= m.last for k in marks)]


def _pronoun_owned(sentence: Sentence, place: int) -> bool:
    """"crossed into its airspace": the owner is told by a singular pronoun ("their" may be the doers' own)."""
    return any(c.dep == "poss" and c.text.lower() == "its" for c in children(sentence, place))


def _plural_subject(sentence: Sentence, trigger: int) -> bool:
    """"Chinese ships entered its waters": a plural subject cannot be what "its" points back to; a singular one
    ("the Russian warship withdrew to its waters") may be, so nothing is guessed."""
    return any(c.dep == "nsubj" and c.tag in ("NNS", "NNPS") for c in children(sentence, trigger))


def _governing_subjects(sentence: Sentence, trigger: int, doer: str, mentions: list[Mention]) -> list[Mention]:
    """The state subjects, not the doer, of the verbs above the trigger, nearest first: whom "its" names in
    "The Lithuanian ministry said Belarusian helicopters had crossed into its airspace" or "Japan protested after
    Chinese ships entered its waters" (sent-dev21 0018, sent-dev22 0155). The doer's own clause is never read."""
    found, i = [], trigger
    for _ in range(DEPTH):
        head = sentence.tokens[i].head
        if head == i:
            break
        i = head
        subjects = {c.i for c in children(sentence, i) if c.dep in ("nsubj", "nsubjpass")}
        found += [m for m in mentions if m.country and is_state_code(m.country) and m.country != doer
                  and any(m.first <= k <= m.last for k in subjects)]
    return found


def _placed_act(sentence: Sentence, trigger: int, place: int, moving: bool) -> bool:
    """"Missiles hit an energy facility near the Polish border", "drones struck a column of fighters near the
    Malian border", "expelled migrants into the desert near the X border": a border in a "near" / "along" phrase
    tells where the act was, not whom it hit (sent-dev15 0181, sent-dev16 0195, sent-dev14 0077); so does one on
    the verb of a deployment ("deployed near the X border", tests/events/test_events_arguments.py). Forces pulled
    out of "positions near the X border" leave X's side (sent-dev2 0123, sent-dev3 0054, sent-dev4 0040)."""
    prep = sentence.tokens[sentence.tokens[place].head]
    return prep.lemma.lower() in ("near", "along", "close") and (prep.head == trigger or not moving)


def _near_words(sentence: Sentence, trigger: int) -> list[int]:
    """The tokens up to five steps under the trigger, its subject left out, not entering another act joined to it
    ("rounded up migrants and bussed them to the X border", sent-dev10 0168) or a participle describing a noun ("a
    tanker carrying X oil", sent-dev14 0010)."""
    found, frontier = [], [c.i for c in children(sentence, trigger) if c.dep not in SUBJECTS and not _other_clause(c)]
    for _ in range(DEPTH):
        found += frontier
        frontier = [c.i for j in frontier for c in children(sentence, j) if not _other_clause(c)]
    return found


def _moved_from(sentence: Sentence, trigger: int) -> bool:
    return any(c.dep == "prep" and c.lemma.lower() == "from" for j in [trigger, *[c.i for c in children(sentence, trigger)
               if c.dep in ("advmod", "prt")]] for c in children(sentence, j))


def _other_clause(token) -> bool:
    """A verb joined to the walk's word as another act ("and bussed them"), or a participle describing a noun ("a
    tanker carrying", "a vessel operating"); "flying" a flag is read, as a ship's flag names its state."""
    return token.dep == "conj" and token.pos in ("VERB", "AUX") or (
        token.dep == "acl" and token.tag == "VBG" and token.lemma.lower() != "fly")


def _beside_named_place(sentence: Sentence, place: int) -> bool:
    """"hit a facility in Lviv region near the Polish border": a border only placed beside a named place tells
    where that place lies, not whose it is (sent-dev15 0181: the strike was on Ukraine's own region)."""
    prep = sentence.tokens[sentence.tokens[place].head]
    if prep.lemma.lower() not in ("near", "along", "close") or prep.head == prep.i:
        return False
    near = sentence.tokens[prep.head]
    return near.pos == "PROPN" or near.ent in ("GPE", "LOC", "FAC") or any(
        c.dep == "compound" and c.pos == "PROPN" for c in children(sentence, near.i))
