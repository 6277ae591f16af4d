"""Idioms whose "no" negates the idiom, not the act it governs (issues #11, #12).

status.py walks up from a trigger through the words that govern it and stores the act negated at the first
negated governor. In "had no objection to a meeting", "left no doubt that it would expel", "made no secret of its
support", "no one was hurt in the shelling", "nobody was injured when troops fired" the negated word is the
idiom's own: the meeting is proposed, the expulsion threatened, the support given, the shelling happened.
Counted over realnews and wire4, wire8–59 (merge1): of 46 "negation:no" rows, wire25 w25_02's "had no objection
to such a meeting" (gold: CONSULT pending) and wire10's "Nobody was hurt, thank God" are such idioms here; the
speech idioms ("made no comment on the request", "did not mention the demand": wire21, wire24, wire40) are
left negated, since their act's doer is not the idiom's subject and the coder would give the request to the
one who kept silent (docs/quality.md, session 35, idioms35).

The idioms are data: cue kind `negidiom` in data/cues.tsv, keyed by the lemma that carries the negation (the
noun under "no", the verb of harm whose subject is "no one", the subject noun "no casualties"); its value is
what the governed act becomes: '-' its status comes from further up (asserted unless a modal or plan says
otherwise), 'pending' it is pending ("no objection to a meeting": the meeting is only proposed, wire25 gold).
"""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.triggers import children
from detente.records import Sentence, Token

# The object a light verb's own "not" reaches: "did not make any comment on the request", "did not raise any
# objection to a meeting" negate the idiom noun, as "made no comment" does.
LIGHT_OBJECT_DEPS = frozenset({"dobj", "attr"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def idiom_value(sentence: Sentence, below: Token, gov: Token, trigger: Token) -> tuple[str, str] | None:
    """(idiom word, what it leaves of the act below it: '-' the negation stops here, or 'pending'), or None
    when the negated governor is no idiom's (the negation is the act's)."""
    idioms = cue_words("negidiom")
    words = [gov]
    if below.i != trigger.i and below.dep in LIGHT_OBJECT_DEPS:
        words.append(below)  # "did not have any objection to talks": the light verb's "not" is the idiom noun's
    words += [c for c in children(sentence, gov.i) if c.dep in SUBJECT_DEPS]  # "no casualties were reported in"
    for word in words:
        if (value := idioms.get(word.lemma.lower())) is not None:
            return word.lemma.lower(), value
    return None


def press_request(sentence: Sentence, i: int) -> bool:
    """A request noun whose 'for' object is a reporter's (cues.tsv `pressask`): "the embassy did not respond to
    requests for comment" is the news outlet asking, no request between states; read as one, it was a REQUEST
    stored negated that flagged its incident disputed (wire21, wire22, wire29, wire43: 4 of the 174 flagged reports
    over realnews and wire4, wire8–59 on merge1)."""
    token = sentence.tokens[i]
    if token.lemma.lower() not in ("request", "demand", "call"):
        return False
    asked = cue_words("pressask")
    return any(p.dep == "prep" and p.lemma.lower() == "for" and any(
        o.dep == "pobj" and o.lemma.lower() in asked for o in children(sentence, p.i)) for p in children(sentence, i))
