"""A charge told behind "said" alone whose verb breaks another's sovereignty or rights (issue #11, session 29;
wire41: "said Greek Cypriot activities ignored the rights of Turkish Cypriots" went uncoded): cues.tsv culpable
rows violate and ignore, with objects sovereignty, integrity or right, read by events/predicates.py
culpable_act as the speaker's censure of the clause's subject. Our own sentences."""
from __future__ import annotations

import pytest

from events_kit import code, summary
from detente.events.lexicon import cue_words


@pytest.mark.parametrize("text, expected", [
    ("Kenya said Uganda had violated its sovereignty.", ("ACCUSE", "KEN", "UGA")),
    ("Kenya said Uganda had violated the rights of Kenyan traders.", ("ACCUSE", "KEN", "UGA")),
    ("Chile's foreign ministry said Peruvian activities ignored the rights of Chilean fishermen.",
     ("ACCUSE", "CHL", "PER")),
    ("Norway said Finland had ignored the rights of the Sami people.", ("ACCUSE", "NOR", "FIN")),
])
def test_a_broken_sovereignty_or_right_told_behind_said_is_a_charge(text, expected):
    assert expected in summary(code(text))


@pytest.mark.parametrize("text", [
    "Kenya said Uganda had not violated its sovereignty.",  # cleared
    "Kenya said it had never violated Uganda's sovereignty.",  # its own act, denied
    "Kenya said Uganda had ignored the weather warnings.",  # not a right or sovereignty
])
def test_no_charge_without_a_broken_right_by_another(text):
    assert not any(e.event_type == "ACCUSE" for e in code(text))


def test_the_rows_are_read_as_culpable_verbs_and_censure_only_through_them():
    assert cue_words("culpable")["violate"] == "sovereignty|integrity|right"
    assert cue_words("culpable")["ignore"] == "right|sovereignty"
    assert {"violate", "ignore"} <= set(cue_words("censure"))
