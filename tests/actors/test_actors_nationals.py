"""State words that name people rather than their state: hired fighters and ethnic groups of another
state (own sentences; the annotation guideline codes no event whose party is only such a group)."""
from __future__ import annotations

import pytest

from helpers import events_of, mentions_of


def _country(body: str, text: str) -> str | None:
    found = [m for m in mentions_of(body, date="2021-05-12") if m.text == text]
    assert found, [(m.text, m.country) for m in mentions_of(body, date="2021-05-12")]
    return found[0].country


@pytest.mark.parametrize("body, text", [
    ("Serbian mercenaries attacked a village in the north on Monday.", "Serbian mercenaries"),
    ("Mercenaries from Serbia attacked a village in the north on Monday.", "Mercenaries"),
    ("Ankara has long backed Bulgarian Turks living near the border.", "Bulgarian Turks"),
])
def test_hired_fighters_and_peoples_of_another_state_have_no_country(body, text):
    assert _country(body, text) is None


@pytest.mark.parametrize("body, text, code", [
    ("Serbian soldiers attacked a village in the north on Monday.", "Serbian soldiers", "SRB"),
    ("Albanian rebels clashed with police on Monday.", "Albanian rebels", "ALB"),  # CAMEO: nationality + REB
    ("The Emiratis and the Israelis signed a trade accord.", "Israelis", "ISR"),  # a people for its state
    ("Peruvian-Chilean talks resumed on Monday.", "Peruvian-Chilean", "CHL"),  # a hyphenated pair: both states
])
def test_state_forces_rebels_and_peoples_alone_keep_their_state(body, text, code):
    assert _country(body, text) == code


def test_no_interstate_event_against_hired_fighters():
    found = events_of("Chilean diplomats accused Serbian mercenaries of looting the mines.")
    assert not {e for e in found if e[2] == "SRB"}
