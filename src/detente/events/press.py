"""Acts in words aimed at the press: "thanked Nigerian journalists", "dismissed a French newspaper's report",
"denied press reports from Lima that a patrol had crossed", "denied reports that it would lease a port to
China". The annotation guideline codes no event whose party is an organisation or person without a state role,
and a newspaper, a journalist or an unattributed report is none; the state a report comes from or tells of is
not the one the denial or the thanks is addressed to. (precision6's blind sentences, eval/sent-fp: four such
false positives; newswire: "denying press reports from Lima" coded a rejection of Peru.)

State media (roles.tsv "state media", "state television") speak for their state and stay its actors; a report
its own words give to a state ("Kenya's report", "the Dutch report", "reports by Kenya") stays that state's.
Material acts on journalists (detaining, expelling, releasing them) are left alone: the news gold codes
such acts on another state's nationals (wire4, wire9: fishermen seized and freed).
"""
from __future__ import annotations

import re

from detente.actors.draft import NO_STATE
from detente.events.lexicon import cue_words
from detente.events.triggers import children
from detente.records import Actor, Mention, Sentence

# Acts done in words or in a meeting, whose target is whoever they are said or offered to.
VERBAL_TYPES = frozenset({"SUPPORT", "REJECT", "ACCUSE", "PROTEST", "REQUEST", "THREATEN", "AGREE", "CONSULT",
                          "COOPERATE"})
OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})
STATE_OUTLET = re.compile(r"\bstate\b", re.I)  # "Chinese state media", "state television"
COLLECTIVE_PRESS = re.compile(r"\bmedia\b", re.I)


def press_targets(sentence: Sentence, event_type: str, objects: list[int], t_how: str, targets: list[Actor],
                  mentions: list[Mention]) -> list[Actor] | None:
    """The targets with the press put in place of a state, or None when the act is not aimed at the press."""
    if event_type not in VERBAL_TYPES or not any(t.country for t in targets):
        return None
    named = [t for t in targets if t.country]
    if all(_outlet(t) for t in named):
        return [_press(t.text) for t in named]
    # also the press the report ran in ("denied reports in Vietnamese media that …": the 'in' place is the medium;
    # newswire: once warning shots were a trigger, the denial of such a report was coded as a rejection of Vietnam)
    read = t_how == "object" or t_how == "place" and all(t.sector == "MED" for t in named)
    if read and objects and _report(sentence, objects[0]) \
            and not {t.country for t in named} & _report_owners(sentence, objects[0], mentions):
        return [_press(sentence.tokens[objects[0]].text)]
    return None


def _outlet(actor: Actor) -> bool:
    """One outlet or some journalists; not a state's press as a whole ("accused Australian media of Cold War
    thinking": wire4's gold codes the charge against Australia), nor its state media."""
    return actor.sector == "MED" and not STATE_OUTLET.search(actor.text) and not COLLECTIVE_PRESS.search(actor.text)


def _report(sentence: Sentence, i: int) -> bool:
    """The act's own object is a report or an outlet ("denied reports that …"), not the medium it is said on
    ("warning on state television that …", wire2: the warning's addressee is named in its clause)."""
    token = sentence.tokens[i]
    return token.dep in ("dobj", "nsubjpass") and token.lemma.lower() in cue_words("media") \
        and not any(c.lemma.lower() == "state" for c in children(sentence, i))


def _report_owners(sentence: Sentence, i: int, mentions: list[Mention]) -> set[str]:
    """States the report's own modifiers name as its author: "Kenya's report", "the Dutch report",
    "reports by Kenya" (not "press reports from Lima", nor a state its 'that' clause tells of)."""
    kids = children(sentence, i)
    owners = [c.i for c in kids if c.dep in OWNER_DEPS]
    owners += [o.i for c in kids if c.dep == "prep" and c.lemma.lower() == "by"
               for o in children(sentence, c.i) if o.dep == "pobj"]
    found = {m.country for m in mentions for j in owners if m.first <= j <= m.last and m.country and m.sector != "MED"}
    return found if sentence.tokens[i].lemma.lower() not in ("press", "newspaper") else set()


def _press(text: str) -> Actor:
    return Actor(text, None, "MED", f"the press, {NO_STATE}")
