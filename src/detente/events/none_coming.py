"""Whose is a refusal told as an act that will not come: "But he made clear there would be no apology" (wire23
w23_08, gold REJECT), "There will be no compensation for an act our army did not commit, he said". The trigger rows
(triggers.tsv apology, compensation, extradition with `word:no`) read the noun; behind the expletive "there" it has
no doer, so the doer is the subject of the verb of saying (cues.tsv `report`, or "made clear") whose complement the
"there will be" clause is. Its target is the maker of the request just before (events/refused_requests.py)."""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.tree import children
from detente.events.triggers import match_token
from detente.records import Sentence, Token



def none_sayer(sentence: Sentence, token: Token) -> int | None:
    """The verb of saying above "there will be no <token>", or None."""
    if not _no(sentence, token) or not _refused_row(sentence, token):
        return None
    be = sentence.tokens[token.head]
    if be.lemma.lower() != "be" or not any(c.dep == "expl" for c in children(sentence, be.i)):
        return None
    if be.dep != "ccomp" or be.head == be.i:
        return None
    sayer = sentence.tokens[be.head]
    return sayer.i if sayer.lemma.lower() in cue_words("report") or _made_clear(sentence, sayer) else None


def _no(sentence: Sentence, token: Token) -> bool:
    """The noun is what "there is" names, with the determiner "no"."""
    return token.dep == "attr" and token.head != token.i and any(
        c.dep == "det" and c.text.lower() == "no" for c in children(sentence, token.i))


def _made_clear(sentence: Sentence, verb: Token) -> bool:
    """"made clear there would be no apology": a statement, as a verb of saying is."""
    return verb.lemma.lower() == "make" and any(c.text.lower() == "clear" for c in children(sentence, verb.i))


def _refused_row(sentence: Sentence, token: Token) -> bool:
    """Only the refusal rows: "there was no violation of Polish airspace" is a denial of the other side's act, no
    act of the sayer's (wire35 w35_09: a false REJECT BLR>POL when every noun was given its sayer)."""
    entry = match_token(sentence, token)
    return entry is not None and entry.event_type == "REJECT" and any(
        r.kind == "word" and "no" in r.words for r in entry.requires)
