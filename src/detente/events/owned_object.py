"""The owner of an expelled object named by a pronoun: "its ambassador" is the other state's, not the expeller's.

"Mexico calls Peru's expulsion of its ambassador unjustified" (wire47 w47_05, core SANCTION PER→MEX): nobody
expels their own envoy, so "its" names the state named before it, the one that judges the expulsion, and that
state is what the act is done to. The actors stage reads the pronoun as the nearest state, the expeller, and the
counterpart rule (events/counterpart.py) saw Mexico only as the subject of "calls", a judge, so the act kept no
target. Only for acts on people that are never the doer's own (cues.tsv `othersown`: expel, deport), only the
possessive pronoun of the act's object ("expel its envoy", "expulsion of its diplomats"), and only when every
mention of the counterpart in the clause comes before the pronoun and outside the act's own phrase (the pronoun's
antecedent; a counterpart named after it or inside the act, "expelled its envoy to Mexico", is read by the
ordinary rule).
"""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.tree import children, subtree
from detente.records import Mention, Sentence, Token

POSSESSIVE_PRONOUNS = frozenset({"its", "their"})


def owner_named_before(sentence: Sentence, trigger: int, clause: set[int], mentions: list[Mention],
                       code: str) -> bool:
    """Whether the counterpart `code`, named in the act's clause before the act, owns the act's object through a
    possessive pronoun ("X calls Y's expulsion of its ambassador ...": X)."""
    if sentence.tokens[trigger].lemma.lower() not in cue_words("othersown"):
        return False
    pronouns = [p.i for o in _objects(sentence, trigger) for p in children(sentence, o.i)
                if p.dep == "poss" and p.text.lower() in POSSESSIVE_PRONOUNS]
    if not pronouns:
        return False
    act = subtree(sentence, trigger)
    named = [m for m in mentions if m.head in clause and m.country == code]
    return bool(named) and all(m.last < pronouns[0] and m.head not in act for m in named)


def _objects(sentence: Sentence, trigger: int) -> list[Token]:
    """What the act is done to: a verb's direct object, a noun's "of" phrase ("expulsion of its envoy")."""
    kids = children(sentence, trigger)
    if sentence.tokens[trigger].pos in ("NOUN", "PROPN"):
        return [g for c in kids if c.dep == "prep" and c.lemma.lower() == "of"
                for g in children(sentence, c.i) if g.dep == "pobj"]
    return [c for c in kids if c.dep == "dobj"]
