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


@pytest.mark.parametrize("body, text", [
    # a people's plural the tagger reads as a singular proper noun ("Turkmens" NNP)
    ("Baku has long voiced support for Iranian Turkmens near the frontier.", "Iranian Turkmens"),
    ("Moscow vowed to protect ethnic Russians living in Latvia.", "Russians"),
])
def test_peoples_and_their_armed_groups_abroad_have_no_country(body, text):
    assert _country(body, text) is None


@pytest.mark.parametrize("body, text, code", [
    ("Russian troops in Syria shelled the town on Monday.", "Russian troops", "RUS"),  # a state's forces abroad
    # CAMEO (and the PLOVER gold) code a people's rebels by the people's state even abroad
    ("Kazakh militants in Afghanistan ambushed a convoy on Monday.", "Kazakh militants", "KAZ"),
])
def test_state_forces_and_rebels_abroad_keep_their_state(body, text, code):
    assert _country(body, text) == code


def test_their_after_a_stateless_group_takes_no_document_country():
    body = "Georgia and Armenia traded charges. Ethnic Armenians in Georgia said their fighters shot two soldiers."
    found = [m for m in mentions_of(body, date="2021-05-12") if m.text == "their fighters"]
    assert found and found[0].country is None


def test_no_counterpart_target_for_a_people_of_no_state():
    body = ("Ankara and Moscow traded charges over the border. Moscow accused Ankara of arming rebels. "
            "Ankara has long expressed solidarity with Syrian Turkmens.")
    assert not {e for e in events_of(body) if e[0] == "SUPPORT" and e[1] == "TUR"} - {("SUPPORT", "TUR", None)}
