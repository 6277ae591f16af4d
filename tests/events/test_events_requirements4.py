"""Session 19 requirement classes (reqs4): a trigger word was there but its entry's requirement failed on a
common news form ("told X to withdraw", "pressed X on the release of", "returned the border guards", "expressed regret to X"), or the word took another type's sense ("objected to the detention"
read as a rejection of a plan, "protested the detention" read as a street protest).
Each class is tested with our own sentences, and with near misses that keep their old reading or stay uncoded."""
from __future__ import annotations

import pytest

from events_kit import code, summary


def types(sentence: str) -> set[str]:
    return {t for t, _, _ in summary(code(sentence))}


@pytest.mark.parametrize("sentence,expected", [
    # an object and its infinitive after 'tell', as after 'ask' and 'urge'
    ("Kenya told Uganda to withdraw its troops.", ("REQUEST", "KEN", "UGA")),
    ("Kenya told Uganda to release the fishermen within a week.", ("REQUEST", "KEN", "UGA")),
    # ... but a diplomat told to leave is expelled
    ("The Kenyan ministry told a first secretary at the Ugandan embassy to leave within three days.",
     ("SANCTION", "KEN", "UGA")),
    # pressed X on / over a named matter
    ("Kenya pressed Uganda on the release of the fishermen.", ("REQUEST", "KEN", "UGA")),
    ("Kenya pressed Uganda over the detention of its fishermen.", ("REQUEST", "KEN", "UGA")),
    # objecting to an act done is disapproval of it
    ("Kenya strongly objects to the use of force by Uganda against its fishermen.", ("ACCUSE", "KEN", "UGA")),
    ("Kenya objected to the detention of its fishermen by Uganda.", ("ACCUSE", "KEN", "UGA")),
    ("Kenya objected strongly to the Ugandan incursion.", ("ACCUSE", "KEN", "UGA")),
    # a state protesting an act done complains of it
    ("Kenya protested against the detention of its fishermen by Uganda.", ("ACCUSE", "KEN", "UGA")),
    ("Kenya protested the incursion by Ugandan troops.", ("ACCUSE", "KEN", "UGA")),
    # regret addressed to the other side, or for an injury (a misunderstanding, an entry: cut back by precision9)
    ("Kenya expressed regret to Uganda over the shooting.", ("CONCEDE", "KEN", "UGA")),
    ("Kenya regretted the injuries to the two Ugandan officers.", ("CONCEDE", "KEN", "UGA")),
    # officers, border guards and small craft returned or released
    ("Kenya returned the two Ugandan border guards.", ("RETREAT", "KEN", "UGA")),
    ("Kenya released the Ugandan canoes.", ("RETREAT", "KEN", "UGA")),
])
def test_requirement_met_in_another_form(sentence, expected):
    found = summary(code(sentence))
    assert any(e[:len(expected)] == expected for e in found), found


@pytest.mark.parametrize("sentence,absent", [
    ("The Kenyan minister told reporters to expect a statement.", "REQUEST"),
    ("Uganda told to withdraw its troops; Kenyan ship sent to the island", "REQUEST"),
    ("Kenya pressed Uganda on trade.", "REQUEST"),
    ("The Kenyan minister pressed on with his tour.", "REQUEST"),
    ("Kenya objected to Uganda's proposal for a joint commission.", "ACCUSE"),
    ("Kenyan fishermen protested the seizure of their boats by Uganda.", "ACCUSE"),
    ("Hundreds of Kenyans protested against the detention of the fishermen in Uganda.", "ACCUSE"),
])
def test_requirement_still_guards(sentence, absent):
    assert absent not in types(sentence)


@pytest.mark.parametrize("sentence,kept", [
    ("Kenya objected to Uganda's proposal for a joint commission.", "REJECT"),
    ("Kenyan fishermen protested the seizure of their boats by Uganda.", "PROTEST"),
    ("Kenya regretted Uganda's decision to close the border.", "ACCUSE"),
    ("The Kenyan minister called his Ugandan counterpart irresponsible.", "ACCUSE"),
    ("The Kenyan minister called on his Ugandan counterpart to release the fishermen.", "REQUEST"),
    ("Kenya asked Uganda in a letter to extradite the suspects.", "REQUEST"),
    ("Kenya urged Uganda in a phone call to lift the ban.", "REQUEST"),
])
def test_other_readings_kept(sentence, kept):
    assert kept in types(sentence)
