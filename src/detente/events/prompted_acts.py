"""An act told as what another act prompted: "Russia expelled two diplomats, prompting Norway to recall its
ambassador" tells the recall as done, by the prompted state, not as background to the expulsion.

coder.subordinate drops triggers inside adverbial clauses (a condition or a setting of the main event); the
trailing participle ", prompting X to ..." is parsed as such a clause (advcl), so the answer it tells went
uncoded. Evidence (each a core event of its gold): sent-dev13 "..., prompting Warsaw to send more troops to the
border", sent-dev12 "prompting Port of Spain to demand their immediate release"; the same wording on sent-dev7,
sent-dev9, sent-dev and wire26 ("prompting Mexico to break off relations", "prompting Prague to summon the Chinese
ambassador", "prompting La Paz to recall its ambassador"): nine sentences on six development sets.
Only a bare participle of a verb of causing (cues.tsv `causing`) with a named object and that object's
to-infinitive: the object is the infinitive's doer, read as for "urged X to ..." (object control).
A finite "which prompted X to ..." or "prompting fears of ..." is left alone.
"""
from __future__ import annotations

from dataclasses import replace

from detente import ids
from detente.events.lexicon import cue_words
from detente.events.merging import actor_key
from detente.events.nesting import Candidate
from detente.events.tree import children, subtree
from detente.records import Actor, Event, Sentence

OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "mark", "aux", "auxpass"})


def prompted_act(sentence: Sentence, i: int) -> bool:
    """Token i is the to-infinitive of a trailing bare participle of causing with an object of its own
    ("..., prompting Oslo to summon the ambassador"), the participle an adverbial clause after the main verb."""
    act = sentence.tokens[i]
    if act.dep != "xcomp" or act.head == i or act.tag != "VB":
        return False
    verb = sentence.tokens[act.head]
    if verb.dep != "advcl" or verb.tag != "VBG" or verb.lemma.lower() not in cue_words("causing"):
        return False
    kids = children(sentence, verb.i)
    return verb.head < verb.i and any(c.dep == "dobj" and c.i < act.i for c in kids) \
        and not any(c.dep in OWN_CLAUSE_DEPS for c in kids)


def prompted_targets(sentence: Sentence,
                     coded: list[tuple[Candidate, list[Event]]]) -> list[tuple[Candidate, list[Event]]]:
    """The sentence's candidates with their events; a prompted act with no state target aimed at the one state
    that did the acts outside it ("Belarusian helicopters crossed into Polish airspace, prompting Warsaw to send
    more troops to the border": the troops answer Belarus; sent-dev13 0231, sent-dev12 0115 had no target)."""
    out = []
    for candidate, found in coded:
        i = candidate.hit.token
        if prompted_act(sentence, i):
            inside = subtree(sentence, sentence.tokens[i].head)
            doers = {e.source.country: e.source for c, events in coded if c.hit.token not in inside
                     for e in events if e.source.country}
            found = [_aimed(e, doers) for e in found]
        out.append((candidate, found))
    return out


def _aimed(event: Event, doers: dict[str, Actor]) -> Event:
    others = [a for code, a in doers.items() if code != event.source.country]
    if len(others) != 1 or not event.source.country or (event.target is not None and event.target.country):
        return event
    target = replace(others[0], resolution=f"{others[0].resolution}; doer of the act that prompted it")
    event_id = ids.event_id(event.doc_id, event.evidence.trigger_start, event.event_type, actor_key(event.source),
                            actor_key(target))
    return replace(event, event_id=event_id, target=target, rule=event.rule + " tgt→prompter")
