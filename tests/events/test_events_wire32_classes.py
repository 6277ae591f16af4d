"""Classes of eval/wire32 (session 24). Our own text throughout."""
from __future__ import annotations

import pytest
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


# A recall told with "call ... home / back ... for consultations" (eval/wire32: coded REQUEST under the "call for"
# row). Our own sentences, through events_kit's small gazetteer.
STORY = "Kenya accused Uganda of detaining six fishermen near Migingo island. Uganda denied the charge. "


def _found(text: str) -> set[tuple]:
    from events_kit import code
    return {(e.event_type, e.source.country, e.target.country if e.target else None) for e in code(STORY + text)
            if e.evidence.sentence_index == 2}


@pytest.mark.parametrize("text", [
    "Kenya called its ambassador in Uganda home for consultations on Tuesday.",
    "Kenya called its ambassador in Uganda back to Nairobi for consultations.",
    "On Friday Kenya called its envoy in Uganda home, hours after the arrests.",
])
def test_an_envoy_called_home_is_a_recall(text):
    found = _found(text)
    assert ("SANCTION", "KEN", "UGA") in found and not {t for t in found if t[0] == "REQUEST"}


@pytest.mark.parametrize("text,kind", [
    ("Kenya called on Uganda to free the fishermen.", "REQUEST"),  # a call on a state stays a request
    ("Kenya called in Uganda's ambassador on Tuesday.", "ACCUSE"),  # calling in an envoy stays a summons
])
def test_other_calls_keep_their_reading(text, kind):
    assert kind in {t for t, _, _ in _found(text)}
    assert "SANCTION" not in {t for t, _, _ in _found(text)}


# Cutting ties put on a condition: "would review all cooperation with X if ..." (eval/wire32, sent-dev6 0063 and
# wire22 coded the nested 'cooperation' as pending COOPERATE).
@pytest.mark.parametrize("text", [
    "Kenya would review all its cooperation with Uganda if the fishermen were not freed by Friday.",
    "Kenya will review its ties with Uganda unless the fishermen are freed, the minister said.",
])
def test_a_conditional_review_of_ties_is_a_threat(text):
    found = _found(text)
    assert ("THREATEN", "KEN", "UGA") in found and "COOPERATE" not in {t for t, _, _ in found}


def test_reviewing_cooperation_at_a_meeting_is_no_threat():
    found = _found("The two ministers reviewed cooperation between Kenya and Uganda in Nairobi on Tuesday.")
    assert not {t for t in found if t[0] in ("THREATEN", "SANCTION")}
