"""A threat whose condition the parser hung deep under it, or marked as no subordinator: still a conditional threat,
aimed at the other party (issue #11, conditional threats with no force word; docs/quality.md session 35).

counterpart.conditional and conditional_own_act read a condition ('if' / 'unless', cues.tsv `condition`) only as a
`mark` at most three steps under the threat, so a warning whose condition the parse hangs on a conjunct or a relative
clause of its object, or whose "If" it tags a preposition, was left without a target though its speaker's state and
the story's other state were plain:
- "warned that <state> would suspend the commission's work and stop issuing permits ... if the officers were not
  free" ('if' under the conjunct 'stop', four steps down: wire16 w16_01);
- "warned that <state> 'will not sit and wait' and would strike at any base used to attack it if the training
  continued" (under the object's relative clause: wire53 w53_01);
- "warned that <state> 'reserves the right to answer by every means' if <other>'s forces fired again" (the parser
  read "reserves" as a noun, so the warning has no complement clause: wire10 w10_07);
- "If one more shell lands on <our> soil, <state> will respond in kind" ("If" tagged a preposition: wire20 w20_07).

A condition is a cue word of `condition` anywhere under the threat (its own subject left out), as a subordinator or a
preposition. The threat must be the speaker's own act: the trigger an intent reading of its own subject's act, or a
warning whose complement (a clause or an object) has the speaker's state, its pronoun, or no subject of its own as
doer. A warning of what another will do to someone at home ("warned that the opposition would be banned if ...")
keeps its other doer and is not read.

`condition_doers_fixed` mends the doer of such a threat from its condition: the state whose act the condition names
is the one threatened, so a guessed doer that is that state is the other side's (wire19 w19_02).
"""
from __future__ import annotations

from dataclasses import replace

from detente import ids
from detente.events.construction_roles import condition_subject
from detente.events.lexicon import cue_words
from detente.events.tree import below, children, subtree
from detente.records import Actor, Event, Mention, Sentence

OWN_PRONOUNS = frozenset({"it", "we", "they", "i"})
COMPLEMENTS = frozenset({"ccomp", "xcomp", "dobj"})
# the deepest condition read: warning → clause → conjunct → prep → object → participle → its infinitive → advcl →
# mark (wire53 w53_01)
DEPTH = 8
MARK_DEPS = frozenset({"mark", "prep"})  # the parser tags a sentence-initial "If" as a preposition now and then


def deep_condition(sentence: Sentence, trigger: int, event: Event, mentions: list[Mention]) -> bool:
    """Whether the THREATEN `event` of `trigger` is the speaker's own act on a condition found anywhere under it."""
    source = event.source.country if event.source else None
    if event.event_type != "THREATEN" or source is None:
        return False
    if " intent(" in event.rule and " src=nsubj " in f" {event.rule} ":
        return _condition_below(sentence, trigger)  # "<state> will respond in kind if ...": the speaker's own act
    return any(_own_complement(sentence, c.i, mentions, source) and _condition_below(sentence, c.i, DEPTH - 1)
               for c in children(sentence, trigger) if c.dep in COMPLEMENTS)


def _condition_below(sentence: Sentence, i: int, depth: int = DEPTH) -> bool:
    """A condition's cue word (cues.tsv `condition`) as a subordinator or preposition under `i`."""
    marks = cue_words("condition")
    return any(sentence.tokens[k].dep in MARK_DEPS and sentence.tokens[k].lemma.lower() in marks
               for k in below(sentence, i, depth))


def _own_complement(sentence: Sentence, i: int, mentions: list[Mention], source: str) -> bool:
    """A complement whose subject is the speaker's state (named or as a pronoun), or an object noun or infinitive,
    which has no doer of its own ("the right to answer ...": a subject the parser gives a noun is a misreading)."""
    if sentence.tokens[i].pos in ("NOUN", "PROPN") or sentence.tokens[i].dep == "xcomp":
        return True
    subjects = [c.i for c in children(sentence, i) if c.dep in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(_own(sentence, s, mentions, source) for s in subjects)


def _own(sentence: Sentence, i: int, mentions: list[Mention], source: str) -> bool:
    return sentence.tokens[i].lemma.lower() in OWN_PRONOUNS or any(
        m.country == source and m.first <= i <= m.last for m in mentions)


GUESSED_DOERS = ("pronoun", "document context")  # a doer the actors stage did not read off a name in the clause
# a state named by its name, people or capital: not a person or a title whose country is itself a guess (plover_gsr
# THREATEN-0003: "unless President <X> arranged a ceasefire", the president given the speaker's state), nor "our"
NAMING_KINDS = frozenset({"country", "demonym", "capital"})


def condition_doers_fixed(sentence: Sentence, trigger: int, events: list[Event],
                          mentions: list[Mention]) -> list[Event]:
    """A conditional threat answers the other side's act, so the state named (by name, people or capital) as the
    doer of its 'if' clause, told as done and not as left undone, is the one threatened, never the one threatening.
    When the threat's doer was only guessed (through a pronoun or the page's main state) and is that state, the
    guess is wrong and the threat's resolved target, another state, is its maker: the two are swapped (wire19
    w19_02: the Guard commander's "his troops would answer ... if a single
    <other state's> guard set foot on <our> soil" went to the other state, the commander's nationality misread)."""
    return [_swapped(sentence, trigger, e, mentions) for e in events]


def _swapped(sentence: Sentence, trigger: int, event: Event, mentions: list[Mention]) -> Event:
    source, target = event.source, event.target
    if event.event_type != "THREATEN" or source.country is None or target is None or target.country in (
            None, source.country) or not any(g in source.resolution for g in GUESSED_DOERS):
        return event
    subjects = condition_subject(sentence, trigger, [])
    if not subjects or any(c.dep == "neg" for c in children(sentence, sentence.tokens[subjects[0]].head)):
        return event  # "if our officers are not back": the speaker's own people, held by the other side (wire25)
    named = [m for i in subjects for k in sorted(subtree(sentence, i)) for m in mentions
             if m.first <= k <= m.last and m.country and m.kind in NAMING_KINDS]
    if {m.country for m in named} != {source.country}:
        return event
    event_id = ids.event_id(event.doc_id, event.evidence.trigger_start, event.event_type, target.country,
                            source.country)
    doer = Actor(source.text, target.country, source.sector, f"{source.text} → {target.country}: the maker of a "
                 f"threat whose condition names {source.country} as its doer (not {source.resolution})")
    victim = Actor(named[0].text, source.country, named[0].sector,
                   f"{named[0].text}: the doer of the threat's condition")
    return replace(event, event_id=event_id, source=doer, target=victim, rule=f"{event.rule} condition-doer-swap")
