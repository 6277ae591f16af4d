"""A walkout timed by another state's speaker is a protest at that speaker's state.

"Armenia's delegation walked out of the OSCE meeting when Azerbaijan's envoy took the floor", "the delegations walked
out as Iran's foreign minister addressed the council", "staged a walkout during the British minister's speech",
"left the hall as the Russian foreign minister began his address": the delegates leave to protest at the one who
speaks, not at the body whose hall they leave. The coder read these as a REJECT of the meeting's body (walking out of
talks) or a PROTEST with no target, or nothing for "left the hall" (sent-dev23 0236, 0239; sent-dev4 0121, sent-dev6
0080, sent-dev8 0148, sent-dev11 0021, sent-dev14 0047, sent-dev16 0112, sent-dev18 0240, sent-dev2 0020: gold PROTEST
at the speaker's state, REJECT only an alternative). The time is told by a clause marked "when", "as", "while" or
"after" on the walkout, or by "during" a speech (on the walkout or on the verb whose object it is: "staged a walkout
during ..."; the parser tags "when" an adverb as often as a subordinator); the speaker's state is a state named in that clause's subject
("Somalia's delegation raised the issue") or in the 'during' phrase ("the British minister's speech"). A clause
whose subject names no state ("as the resolution was tabled", "after it was censured") changes nothing: a walkout
over a body's vote stays aimed at the body. Walkout words and the timing words are cues.tsv `walkout` and
`walkout_time`.
"""
from __future__ import annotations

from dataclasses import replace

from detente import ids
from detente.actors.coref import is_state_code
from detente.events.lexicon import cue_words
from detente.events.tree import children
from detente.records import Actor, Event, Mention, Sentence

WALKOUT_TYPES = frozenset({"REJECT", "PROTEST"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def speakers_walked_out(sentence: Sentence, trigger: int, found: list[Event], mentions: list[Mention]) -> list[Event]:
    """Events of one trigger; a walkout's REJECT or PROTEST re-aimed, as a PROTEST, at the speaker's state."""
    if sentence.tokens[trigger].lemma.lower() not in cue_words("walkout"):
        return found
    speaker = _speaker_state(sentence, trigger, mentions)
    if speaker is None:
        return found
    out = []
    for event in found:
        if event.event_type in WALKOUT_TYPES and event.source.country not in (None, speaker) \
                and (event.target is None or event.target.country != speaker):  # talks left with the speaker: as told
            event = _protest_at(event, speaker)
        out.append(event)
    return out


def _protest_at(event: Event, speaker: str) -> Event:
    target = Actor(speaker, speaker, None, f"state whose speaker the walkout answered ({speaker})")
    return replace(event, event_type="PROTEST", target=target, rule=f"{event.rule} tgt→speaker",
                   event_id=ids.event_id(event.doc_id, event.evidence.trigger_start, "PROTEST",
                                         event.source.country, speaker))


def _speaker_state(sentence: Sentence, trigger: int, mentions: list[Mention]) -> str | None:
    """The one state named in the subject of the walkout's timing clause or in its 'during' phrase."""
    timing = cue_words("walkout_time")
    token, spans = sentence.tokens[trigger], []
    verbs = [trigger, token.head] if token.dep == "dobj" else [trigger]  # "staged a walkout during ..."
    for c in (c for v in verbs for c in children(sentence, v)):
        if c.dep == "advcl" and any(m.dep in ("mark", "advmod") and m.lemma.lower() in timing
                                    for m in children(sentence, c.i)):
            spans += [_subtree(sentence, s.i) for s in children(sentence, c.i) if s.dep in SUBJECTS]
        elif c.dep == "prep" and c.lemma.lower() in timing:
            spans += [_subtree(sentence, p.i) for p in children(sentence, c.i) if p.dep == "pobj"]
    states = {m.country for m in mentions for span in spans
              if m.head in span and m.country and is_state_code(m.country)}
    return next(iter(states)) if len(states) == 1 else None


def _subtree(sentence: Sentence, i: int) -> set[int]:
    found, frontier = {i}, [i]
    while frontier:
        frontier = [c.i for j in frontier for c in children(sentence, j) if c.i not in found]
        found.update(frontier)
    return found
