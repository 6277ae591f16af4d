"""Who summoned an envoy when the sentence does not say: "The charge d'affaires of Belarus, summoned on Tuesday
evening, was told that the incident was unacceptable", "Peru's ambassador was summoned on Tuesday". An agentless
passive of summoning (cues.tsv `summoner`: summon, call in) whose passive subject is one state's envoy (the
trigger's own requirement: ambassador, envoy, charge d'affaires, consul ...), that state named by the envoy's own
modifier, names no summoner; envoys are summoned by the state they are posted to, and on a page about that state
and one other, the other state summoned him (PLOVER ACCUSE / PROTEST), as the page's other state delivers a note
handed to an envoy with no sender named (events/delivered_notes.py) and receives an envoy (events/received_guests.py).

eval/wire35 (written blind in session 25: a Warsaw business page's "The charge d'affaires of Belarus, summoned on
Tuesday evening, was told ...") coded the summons with no doer; realnews (a Bamako statement's "The French
ambassador to Bamako was summoned") and wire15 ("The Lebanese ambassador was summoned to the foreign ministry") have
the same agentless form. Not when a 'by' phrase names the summoner, nor when the page is not clearly about one other
state (events.counterpart.counterpart_of).
"""
from __future__ import annotations

from collections import Counter

from detente.actors.coref import is_state_code
from detente.events.counterpart import counterpart_of
from detente.events.lexicon import cue_words
from detente.events.phrases import pobjs
from detente.events.tree import children, subtree
from detente.events.turned_down import owner_state
from detente.records import Actor, Mention, Sentence


def summoning_state(sentence: Sentence, trigger: int, event_type: str, mentions: list[Mention],
                    states: Counter[str] | None) -> tuple[Actor, str] | None:
    """(the summoner, the envoy's state) of an agentless summons of one state's envoy, or None."""
    if event_type != "ACCUSE" or not states:
        return None
    envoy = _summoned_envoy(sentence, trigger)
    if envoy is None:
        return None
    envoy_state = owner_state(sentence, envoy, mentions)
    posted = _post_state(sentence, envoy, mentions, envoy_state) if envoy_state else None
    if posted:
        return Actor("unnamed", posted, None, f"the envoy's post: {posted} summoned {envoy_state}'s envoy"), envoy_state
    summoner = counterpart_of(states, envoy_state) if envoy_state else None
    if summoner is None:
        return None
    return Actor("unnamed", summoner, None, f"the page's other state: {summoner} summoned {envoy_state}'s envoy"), \
        envoy_state


def _post_state(sentence: Sentence, envoy: int, mentions: list[Mention], envoy_state: str) -> str | None:
    """The one state an envoy is posted to, named by his 'to' or 'in' phrase ("Russia's ambassador to Kazakhstan
    was summoned", sent-dev22 0156: a one-sentence page names each state once, too few for the page's other
    state): envoys are summoned by the state that hosts them."""
    heads = {k for o in pobjs(sentence, envoy, frozenset({"to", "in"})) for k in subtree(sentence, o)}
    posts = {m.country for m in mentions if m.head in heads and m.country and is_state_code(m.country)}
    posts.discard(envoy_state)
    return posts.pop() if len(posts) == 1 else None


def _summoned_envoy(sentence: Sentence, trigger: int) -> int | None:
    """The envoy of an agentless summons at the trigger: its one passive subject ("X was summoned"), the noun its
    participle modifies ("X, summoned on Tuesday, ..."), or the passive subject of the act told to him that carries
    that participle ("X, summoned on Tuesday, was told the incident was unacceptable": the summons is nested in the
    telling, which the coder keeps); None when a 'by' phrase names the summoner."""
    summoner, token = cue_words("summoner"), sentence.tokens[trigger]
    if token.pos == "NOUN":
        return _of_object(sentence, trigger)
    if token.lemma.lower() in summoner and token.dep == "acl":
        return None if _agented(sentence, trigger) else token.head
    subjects = [c.i for c in children(sentence, trigger) if c.dep == "nsubjpass"]
    if len(subjects) != 1 or _agented(sentence, trigger):
        return None
    if token.lemma.lower() in summoner:
        return subjects[0]
    participles = [c.i for c in children(sentence, subjects[0]) if c.dep == "acl" and c.lemma.lower() in summoner]
    return subjects[0] if len(participles) == 1 and not _agented(sentence, participles[0]) else None


def _of_object(sentence: Sentence, trigger: int) -> int | None:
    """The envoy of a summons told as a noun, "the summoning of Belarus's charge d'affaires" (wire34 w34_06,
    wire35 w35_02/w35_12: the noun names no summoner): the object of its 'of' phrase; None with a 'by' phrase."""
    preps = {c.lemma.lower(): c.i for c in children(sentence, trigger) if c.dep in ("prep", "agent")}
    if "of" not in preps or "by" in preps:
        return None
    objects = [c.i for c in children(sentence, preps["of"]) if c.dep == "pobj"]
    return objects[0] if len(objects) == 1 else None


def _agented(sentence: Sentence, i: int) -> bool:
    return any(c.dep == "agent" for c in children(sentence, i))
