"""The maker of a charge as the target of its rejection: "X accused Y of abducting the crew. Y dismissed the
charge as groundless." A state that rejects a charge (its object a noun of cues.tsv `charge`) answers whoever made
it, which the rejecting sentence leaves unsaid; the charge made against that state in the sentences just before
names its maker (PLOVER REJECT: the target is the party whose demand or accusation is turned down).

wire9: a rejection left without a target where the story's counterpart was named too rarely (as "the North" and
"the South") for events/counterpart.py to take it. Only open rejections are read: one with a named target keeps it.
"""
from __future__ import annotations


from detente.actors.coref import is_state_code
from detente.actors.draft import NO_STATE
from detente.events.lexicon import cue_words
from detente.events.reassign import latest, with_party
from detente.records import Actor, Event

ANSWER_FACTOR = 0.8  # as for a target read from the story (events/counterpart.py COUNTERPART_FACTOR)
# where the object phrase the parser gave the rejection goes on past its noun ("dismissed the accusations as groundless")
LINK_WORDS = frozenset({"as", "of", "that", "against", "by", "from", "about", "over", "on", "in", "which", ","})
BARE_WORDS = frozenset({"the", "these", "those", "this", "that", "such", "its", "their", "latest", "new", "fresh",
                        "same", "earlier", "repeated"})
LOOKBACK = 3  # sentences before the rejection a charge may be made in ("Earlier ... accused ... . X dismissed ...")
# a rejection whose object is a bare pronoun answers the charge or demand told just before ("handed him a letter
# accusing Britain of ... . Britain's mission dismissed it as a distraction": eval/wire57 w57_03, session 34)
PRONOUNS = frozenset({"it", "this", "them", "these"})


def with_accusers(events: list[Event]) -> list[Event]:
    """The events of one page, each open rejection of a charge given the maker of the latest charge against its
    source as target."""
    return [_answered(e, events) if _open_rejection(e) else e for e in events]


def _open_rejection(event: Event) -> bool:
    """A state's rejection whose object, left without a state, is a charge ("dismissed the charge")."""
    target = event.target
    if event.event_type != "REJECT" or event.status == "negated" or not is_state_code(event.source.country or ""):
        return False
    if target is None or target.country is not None or NO_STATE in target.resolution:
        return False
    return _head_word(target.text) in cue_words("charge") or _pronoun(target.text)


def _pronoun(phrase: str) -> bool:
    return phrase.strip().lower() in PRONOUNS


def _head_word(phrase: str) -> str:
    """The noun of a bare charge phrase: the last word before the first link word ("the charge as groundless",
    "the accusations of espionage", "the charge that it had fired"), when only a determiner or a word of
    time goes before it; "" for "the Nigerian allegations", whose maker the phrase names itself."""
    words = []
    for word in phrase.lower().split():
        if word in LINK_WORDS:
            break
        words.append(word)
    return words[-1] if words and set(words[:-1]) <= BARE_WORDS else ""


def _answered(event: Event, events: list[Event]) -> Event:
    """The rejection aimed at the maker of the nearest earlier charge against its source, if there is one."""
    here, source = event.evidence.sentence_index, event.source.country
    kinds = ("ACCUSE", "REQUEST") if _pronoun(event.target.text) else ("ACCUSE",)
    makers = [e for e in events if e.event_type in kinds and e.target is not None and e.target.country == source
              and is_state_code(e.source.country or "") and e.source.country != source
              and here - LOOKBACK <= e.evidence.sentence_index < here]
    if not makers:
        return event
    maker = latest(makers).source.country
    target = Actor(event.target.text, maker, None, f"the charge's maker: {maker} accused {source} just before")
    return with_party(event, event.source, target, "tgt→accuser", ANSWER_FACTOR)
