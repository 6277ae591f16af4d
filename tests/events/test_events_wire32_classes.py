"""Classes of eval/wire32 (session 24). Our own text throughout."""
from __future__ import annotations

from events_kit import parsed

from detente.events.counterpart import clause_of, without_participles, without_tellers

TOLD = ("The shelling of Ambam on Tuesday afternoon left two Cameroonian gendarmes wounded, the Ministry of Defence "
        "said, in the heaviest fighting on the southern frontier in ten years.")


def _token(sentence, word: str) -> int:
    return next(t.i for t in sentence.tokens if t.text == word)


def test_a_teller_that_holds_the_act_is_kept():
    # "..., the ministry said, in the heaviest fighting ...": the parser hangs 'fighting' under 'said'; dropping
    # the teller emptied the act's clause and the page was rejected (ValueError in without_participles)
    _, sentences = parsed(TOLD)
    sentence = sentences[0]
    fighting = _token(sentence, "fighting")
    kept = without_tellers(sentence, clause_of(sentence, fighting), fighting)
    assert fighting in kept
    assert without_participles(sentence, kept)


def test_a_teller_beside_the_act_is_still_dropped():
    _, sentences = parsed(TOLD)
    sentence = sentences[0]
    left = _token(sentence, "left")
    kept = without_tellers(sentence, clause_of(sentence, left), left)
    assert left in kept and _token(sentence, "Ministry") not in kept


def test_an_empty_clause_has_no_participles():
    _, sentences = parsed(TOLD)
    assert without_participles(sentences[0], set()) == set()
