"""Issue #11, false positives of the fresh pages, seventeenth pass (own sentences): the capital where both
sides of a meeting met is its venue, and the body on whose margins they met its setting, not a third party
(events/sides_venue.py); governments or ministers who clash fight no battle (triggers.tsv clash, notsubj)."""
from __future__ import annotations

import pytest
from events_kit import code, coded_pages

VENUES = [  # (page, the venue's state or body, which no event may take for its target)
    ("The Nigerian envoy met both foreign ministers in Dakar on Thursday.", "SEN"),
    ("The Nigerian envoy met the two delegations in Dakar on Thursday.", "SEN"),
    ("The two foreign ministers are expected to meet on Friday in Osaka, on the margins of a G20 summit.", "IGO"),
    ("The two foreign ministers met on the sidelines of an African Union summit on Monday.", "IGO"),
]
PARTIES = [  # one side named keeps its place as the other side; both sides as the subject keep their host
    ("Ghana's foreign minister held talks in Lome on Tuesday.", ("CONSULT", "GHA", "TGO")),
    ("Ghana's president met Togo's foreign minister in Abuja on Monday.", ("CONSULT", "GHA", "TGO")),
    ("Ghana's foreign minister met African Union officials on the sidelines of the summit.", ("CONSULT", "GHA", "IGO")),
    ("Ghana and Togo agreed to reopen the border after their ministers met in Abuja under the auspices of ECOWAS.",
     ("CONSULT", "IGO", "GHA")),
]


@pytest.fixture(scope="module")
def pages() -> dict[str, set]:
    return coded_pages([t for t, _ in VENUES] + [t for t, _ in PARTIES])


@pytest.mark.parametrize("text,venue", VENUES)
def test_the_venue_of_both_sides_meeting_is_no_party(pages, text, venue):
    assert not any(o == venue for t, s, o in pages[text]), pages[text]


@pytest.mark.parametrize("text,expected", PARTIES)
def test_a_meeting_of_one_named_side_keeps_its_place_as_the_other(pages, text, expected):
    assert expected in pages[text], pages[text]


def test_the_broker_still_meets_both_sides(pages):
    assert {("CONSULT", "IGO", "GHA"), ("CONSULT", "IGO", "TGO")} <= pages[PARTIES[3][0]]


@pytest.mark.parametrize("text", [
    "The two governments also clashed over what had been agreed.",
    "Chilean and Peruvian ministers clashed at the meeting in Lima.",
    "The Chilean and Peruvian presidents clashed on Monday.",
])
def test_governments_or_ministers_clashing_fight_no_battle(text):
    assert "ASSAULT" not in {e.event_type for e in code(text)}


@pytest.mark.parametrize("text", [
    "Chilean and Peruvian troops clashed near the border on Monday.",
    "Chile and Peru clashed near the border on Monday, leaving two soldiers dead.",
    "Peruvian soldiers clashed with Chilean troops on the border.",
])
def test_forces_or_states_clashing_stay_an_assault(text):
    assert "ASSAULT" in {e.event_type for e in code(text)}


@pytest.mark.parametrize("plural", ["governments", "ministers", "ministries", "diplomats", "leaders", "officials",
                                    "spokesmen", "spokeswomen", "presidents", "premiers", "chancellors", "capitals"])
def test_each_clashing_office_of_the_clash_row_fights_no_battle(plural):
    text = f"The Chilean and Peruvian {plural} clashed on Monday."
    assert "ASSAULT" not in {e.event_type for e in code(text)}, plural
