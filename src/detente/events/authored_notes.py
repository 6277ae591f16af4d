"""Whose rejected text it is: the author of a note, protest or proposal named only in a relative clause or a
participle on the rejected noun ("rejected the protest note that X delivered", "objected to the text that X's
minister intended to read", "a proposal put forward by X"). The one who rejects or condemns a communication answers
its author, so that author is the act's target (PLOVER REJECT / ACCUSE).

Session 31 found three core REJECT misses of this one shape with no target: wire23 w23_02 (a relative clause's
subject), wire42 w42_07 (the same, a minister named by his state's adjective) and wire16 w16_05 (a note "handed to"
the rejecting state's own ambassador: its author is the page's other state, events/counterpart.py).
Only the relative clause's subject or the participle's 'by' agent is read: a state the clause merely mentions
("the note that X delivered to Y's envoy") is no author, nor is the rejecting state itself; a content clause
("rejected the claim that X had fired") has a 'that' marker and no gap, and names what the text says, not who wrote it.
"""
from __future__ import annotations

from detente.actors.coref import is_state_code
from detente.events.lexicon import cue_words
from detente.events.merging import aimed_at
from detente.events.mission_posts import mission_host, with_host
from detente.events.nesting import Candidate
from detente.events.phrases import pobjs
from detente.events.tree import children, subtree
from detente.records import Event, Mention, Sentence, Token

AUTHORED_TYPES = frozenset({"REJECT", "ACCUSE"})
OWNER_DEPS = frozenset({"poss", "amod", "compound"})
RELATIVE_PREPS = frozenset({"to", "against", "at", "with"})  # "objected to the text", "protested against the note"
# "rejected as baseless the allegations X made": the parser hangs the shifted object on the "as" of the verdict
# (eval/wire54 w54_05)
SHIFTED_PREPS = frozenset({"as"})


def authored_texts(sentence: Sentence, trigger: int) -> list[Token]:
    """The communication nouns (cues.tsv `authored`) the trigger acts on: its object, its passive subject ("A
    compromise text, circulated by Berlin, was turned down by Sofia": eval/wire53 w53_06), its preposition's object,
    or the object of its infinitive ("refused to accept the nominee X proposed": eval/wire54 w54_08)."""
    heads = [trigger] + [c.i for c in children(sentence, trigger) if c.dep == "xcomp"]  # "refused to accept the N"
    nouns = [c.i for h in heads for c in children(sentence, h) if c.dep in ("dobj", "nsubjpass")]
    nouns += pobjs(sentence, trigger, RELATIVE_PREPS) + _shifted_objects(sentence, trigger)
    authored = cue_words("authored")
    nouns += [o for n in nouns for o in pobjs(sentence, n, frozenset({"of"}))]  # "the note of protest handed to"
    return [sentence.tokens[n] for n in nouns if sentence.tokens[n].lemma.lower() in authored]


def _shifted_objects(sentence: Sentence, trigger: int) -> list[int]:
    """The object moved after the verdict ("rejected as baseless the allegations X made"), which the parser hangs on
    the "as" or on the verdict's adjective under it."""
    verdicts = [c for c in children(sentence, trigger) if c.dep == "prep" and c.lemma.lower() in SHIFTED_PREPS]
    heads = [v.i for v in verdicts] + [a.i for v in verdicts for a in children(sentence, v.i) if a.dep == "amod"]
    return [o.i for h in heads for o in children(sentence, h) if o.dep in ("pobj", "dobj")]


def relative_author(sentence: Sentence, trigger: int, event_type: str, source: str | None,
                    mentions: list[Mention]) -> Mention | None:
    """The one state named as the subject of a relative clause, or the 'by' agent of a participle, on the text
    the act rejects or condemns; None when there is none, several, or it is the doer's own state."""
    if event_type not in AUTHORED_TYPES:
        return None
    heads = [h for noun in authored_texts(sentence, trigger) for h in _author_heads(sentence, noun)]
    found = [m for m in mentions for h in heads if m.first <= h <= m.last and m.country and is_state_code(m.country)]
    if len({m.country for m in found}) != 1 or found[0].country == source:
        return None
    return found[0]


def _author_heads(sentence: Sentence, noun: Token) -> list[int]:
    """The relative clause's subject ("the note that X delivered") or the participle's agent ("put forward by X")."""
    heads = []
    for clause in children(sentence, noun.i):
        kids = children(sentence, clause.i)
        # a finite clause with a gap, not a content clause's 'that' (the parser calls some relative clauses acl:
        # wire42's "the text that X's minister intended to read")
        if clause.dep in ("relcl", "acl") and not any(k.dep == "mark" for k in kids):
            heads += [j for k in kids if k.dep == "nsubj" for j in _named(sentence, k.i)]
        if clause.dep == "acl" and clause.tag == "VBN":
            heads += [j for k in kids if k.dep == "agent" for g in children(sentence, k.i) if g.dep == "pobj"
                      for j in _named(sentence, g.i)]
    return heads


def _named(sentence: Sentence, noun: int) -> list[int]:
    """A noun and the words that name its state ("the Xian minister", "X's envoy"), not its clauses."""
    return [noun] + [c.i for c in children(sentence, noun) if c.dep in OWNER_DEPS]


def sent_to_doer(sentence: Sentence, trigger: int, event_type: str, source: str | None,
                 mentions: list[Mention]) -> bool:
    """"rejected the note of protest handed to X's ambassador" said by X: a text given to the doer's own envoy
    came from the other side, the story's counterpart (wire16 w16_05)."""
    if event_type not in AUTHORED_TYPES or source is None:
        return False
    participles = [c for noun in authored_texts(sentence, trigger) for c in children(sentence, noun.i)
                   if c.dep == "acl" and c.tag == "VBN" and not any(k.dep == "agent" for k in children(sentence, c.i))]
    addressees = [o for p in participles for o in pobjs(sentence, p.i, frozenset({"to"}), ("prep", "dative"))]
    return any(_owner(sentence, o, mentions) == {source} for o in addressees)


def _owner(sentence: Sentence, noun: int, mentions: list[Mention]) -> set[str]:
    """The states of a noun's possessor or national modifier ("X's ambassador", "the Xian envoy"); events/turned_down
    owner_state reads the same, but imports the counterpart module this one serves."""
    owned = {k for c in children(sentence, noun) if c.dep in OWNER_DEPS for k in subtree(sentence, c.i)} | {noun}
    return {m.country for m in mentions if m.head in owned and m.country and is_state_code(m.country)}


def with_author(event: Event, author: Mention) -> Event:
    """The event aimed at the author of the text it rejects, marked in its rule."""
    return aimed_at(event, author, f"author of the rejected text: {author.text}", "tgt→text-author")


def authored_targets(sentence: Sentence, coded: list[tuple[Candidate, list[Event]]],
                     mentions: list[Mention]) -> list[tuple[Candidate, list[Event]]]:
    """The sentence's candidates with their events; an untargeted rejection aimed at its text's named author. Read
    before the coder's clause checks: "said it had rejected the note that X delivered" is told under "said"."""
    return [(candidate, [_aimed(sentence, candidate.hit.token, e, mentions) for e in found]) for candidate, found in coded]


def _aimed(sentence: Sentence, trigger: int, event: Event, mentions: list[Mention]) -> Event:
    if event.target is not None and event.target.country is not None:
        return event
    author = relative_author(sentence, trigger, event.event_type, event.source.country, mentions)
    if author is not None:
        return with_author(event, author)
    host = mission_host(sentence, trigger, event, mentions)  # "withdrew a secretary of its embassy in X" (wire54)
    return event if host is None else with_host(event, host)
