"""The demand of a note handed at a passive summons: "Russia's ambassador was called to the Azerbaijani foreign
ministry on Sunday and handed a note demanding a prompt investigation", "Saudi Arabia's ambassador was called to
the foreign ministry on Monday and given a message for the Saudi government demanding that its forces leave". The
note is the summoning state's: its demand (PLOVER REQUEST) is made by the state that summoned the envoy, to the
envoy's state. The passive conjunct ("and handed a note") has no subject of its own, so the coder left the demand
without a maker (w56_04) or gave it to the summoned envoy's state through a noun the parser made the participle's
subject (w56_07: "the Saudi government demanding"); eval/wire56, written blind in session 34.

`summons_of_note` finds the summons verb; the coder then reads the demand's parties as the summons' own: its
passive place ("called to the Azerbaijani foreign ministry") or the page's other state (events/summoned_envoys.py)
as the maker, the summoned envoy's state as the one asked. Active summonses ("X summoned Y's envoy and handed him
a note demanding ...") already share their subject with the conjunct and are left alone.
"""
from __future__ import annotations

from collections import Counter

from detente.events.lexicon import cue_words
from detente.events.roles import source_tokens
from detente.events.summoned_envoys import summoning_state
from detente.events.tree import children
from detente.records import Actor, Mention, Sentence, Token

NOTE_ACTS = frozenset({"REQUEST", "ACCUSE", "PROTEST"})
CLIMB = frozenset({"advcl", "acl", "pcomp", "prep", "dobj", "xcomp"})  # participle → note / 'for' → handing verb


def summons_of_note(sentence: Sentence, trigger: int, event_type: str) -> int | None:
    """The passive summons verb whose subjectless conjunct ("and handed / given a note") carries the note the
    trigger's participle belongs to ("a note demanding ..."), or None."""
    token = sentence.tokens[trigger]
    if event_type not in NOTE_ACTS or token.tag != "VBG":
        return None
    hand = _handing_verb(sentence, trigger)
    if hand is None or hand.dep != "conj" or not _holds_note(sentence, hand.i):
        return None
    summons = sentence.tokens[hand.head]
    kids = children(sentence, summons.i)
    passive = any(c.dep == "nsubjpass" for c in kids) and not any(c.dep == "agent" for c in kids)
    own_subject = any(c.dep in ("nsubj", "nsubjpass") for c in children(sentence, hand.i))
    return summons.i if summons.lemma.lower() in cue_words("summoner") and passive and not own_subject else None


def _handing_verb(sentence: Sentence, trigger: int) -> Token | None:
    """The verb of handing over (cues.tsv `handing`) a few attachment steps above the participle: "handed a note
    demanding" (the participle on the verb or on the note), "given a message for X demanding" (on the 'for')."""
    i = trigger
    for _ in range(4):
        token = sentence.tokens[i]
        if token.head == i or token.dep not in CLIMB:
            return None
        head = sentence.tokens[token.head]
        if head.pos == "VERB" and head.lemma.lower() in cue_words("handing"):
            return head
        i = head.i
    return None


def _holds_note(sentence: Sentence, verb: int) -> bool:
    """The handing verb's object is a note, a letter or a message (cues.tsv `handednote`)."""
    notes = cue_words("handednote")
    return any(c.dep in ("dobj", "dative") and c.lemma.lower() in notes for c in children(sentence, verb))


def noted_summoner(sentence: Sentence, trigger: int, event_type: str, mentions: list[Mention],
                   states: Counter[str] | None) -> tuple[Actor, str] | None:
    """(the summoner, the envoy's state) for a note's demand at an agentless summons whose place names no state
    ("called to the foreign ministry"): the page's other state, as for the summons itself."""
    summons = summons_of_note(sentence, trigger, event_type)
    return None if summons is None else summoning_state(sentence, summons, "ACCUSE", mentions, states)


def note_arguments(sentence: Sentence, summons: int) -> tuple[list[int], list[tuple[list[int], str]], str]:
    """(source tokens, target options, rule) of a note's demand read as the summons' own: the summons' passive
    place as the maker (the page's other state stands in when it names none: `noted_summoner`), the envoy asked."""
    envoys = [c.i for c in children(sentence, summons) if c.dep == "nsubjpass"]
    found, how = source_tokens(sentence, summons)
    return found, [(envoys, "summoned-envoy")], f"src={how}(note-at-summons)"
