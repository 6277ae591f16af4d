"""Ways news names a doer that the actorsblind set (tests/actors/data/actorsblind, session 16) found unread:
a ministry or seat known by its building alone, a body in the possessive, "American" after a part of the
continent, and "the country" behind words that only describe it. Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import events_of, mentions_of

# seats.tsv rows added in session 16 (its building or palace names the organ; no state named in the sentence)
NEW_SEATS = [("Itamaraty", "BRA"), ("Planalto Palace", "BRA"), ("Farnesina", "ITA"), ("Casa Rosada", "ARG"),
             ("Miraflores Palace", "VEN"), ("Kantei", "JPN"), ("Malacanang", "PHL")]


def _countries(body: str, text: str) -> list[str | None]:
    mentions = mentions_of(body)
    return [m.country for m in mentions if m.text.endswith(text)] or [(m.text, m.country) for m in mentions]


@pytest.mark.parametrize("seat,code", NEW_SEATS)
def test_a_seat_named_alone_is_its_states_organ(seat, code):
    assert _countries(f"The {seat} summoned the Nigerian ambassador on Monday over the arrests.", seat) == [code]


def test_the_seat_acts_in_an_event():
    events = events_of("Itamaraty summoned the Guyanese ambassador on Tuesday to protest against the detention "
                       "of ten miners.")
    assert {(s, t) for k, s, t in events if k in ("PROTEST", "ACCUSE")} == {("BRA", "GUY")}, events


def test_a_body_in_the_possessive_is_the_whole_name():
    mentions = mentions_of("The African Union's Peace and Security Council urged Chad to free the detainees.")
    assert [m.country for m in mentions if "Council" in m.text] == ["IGO"], [(m.text, m.country) for m in mentions]


@pytest.mark.parametrize("phrase", ["South American", "Central American", "Latin American", "North American"])
def test_american_after_a_part_of_the_continent_is_not_the_united_states(phrase):
    mentions = mentions_of(f"{phrase} leaders met in Quito on Friday to discuss migration.")
    assert all(m.country != "USA" for m in mentions), [(m.text, m.country) for m in mentions]


def test_american_alone_is_still_the_united_states():
    assert _countries("American troops left the base in Niger on Sunday.", "American troops") == ["USA"]


@pytest.mark.parametrize("body,noun,code", [
    ("Honduras expelled a Salvadoran reporter on Monday. The Central American nation accused him of spying.",
     "nation", "HND"),
    ("Nepal and India held border talks on Friday. The Himalayan country wants a new survey of the river.",
     "country", "NPL"),
    ("Brunei signed the accord on Monday. The oil-rich kingdom will supply gas to Japan.", "kingdom", "BRN"),
])
def test_a_described_country_refers_back_like_the_country(body, noun, code):
    assert _countries(body, noun) == [code]


def test_the_neighbouring_country_is_not_the_state_just_named():
    assert _countries("Chile closed the border crossing on Monday. The neighbouring country protested.",
                      "country") != ["CHL"]


@pytest.mark.parametrize("feature", ["Indian Ocean", "Persian Gulf", "Philippine Sea", "South China Sea",
                                     "Ethiopian Highlands"])
def test_a_state_word_in_the_name_of_a_sea_or_landform_names_no_state(feature):
    mentions = mentions_of(f"Navy ships from Brazil sailed into the {feature} on Monday.")
    assert {m.country for m in mentions if m.country} == {"BRA"}, [(m.text, m.country) for m in mentions]


def test_the_state_word_before_other_nouns_still_names_its_state():
    assert _countries("Indian ships sailed into the Gulf of Aden on Monday.", "Indian ships") == ["IND"]


@pytest.mark.parametrize("body,event", [
    ("India closed the Wagah crossing on Monday. Pakistan accused its neighbour of trying to starve Afghan traders.",
     ("ACCUSE", "PAK", "IND")),
    ("Armenia and Azerbaijan traded fire on Monday. Baku accused its neighbour of shelling its positions.",
     ("ACCUSE", "AZE", "ARM")),
])
def test_its_neighbour_is_the_other_state_named_before(body, event):
    assert event in events_of(body)


def test_its_neighbour_is_never_the_state_its_stands_for():
    mentions = mentions_of("Algeria closed its airspace to Moroccan aircraft. Its neighbour called the decision "
                           "unjustified.")
    found = [(m.text, m.country) for m in mentions]
    assert [country for text, country in found if text == "Its neighbour"] == ["MAR"], found


def test_its_neighbours_are_no_state_in_particular():
    mentions = mentions_of("Kenya urged its neighbours to close the border to cattle traders.")
    assert all(m.country is None for m in mentions if "neighbours" in m.text), [(m.text, m.country) for m in mentions]


def test_the_place_a_joint_patrol_covers_is_not_its_members():
    # events/arguments._members: the sea of "a joint patrol of the X Ocean" displaced the two navies as its doers
    for body, pair in [("Ships from Kenya and Tanzania began a joint patrol of the Indian Ocean on Monday.",
                        {"KEN", "TZA"}),
                       ("Troops from Mali and Niger began a joint patrol of the border on Friday.", {"MLI", "NER"})]:
        coded = events_of(body)
        assert any(k == "COOPERATE" and {s, t} == pair for k, s, t in coded), coded


def test_the_members_of_a_meeting_are_still_its_of_phrase():
    coded = events_of("The talks follow a meeting of the Chilean and Peruvian foreign ministers in Lima.")
    assert any(k == "CONSULT" and {s, t} == {"CHL", "PER"} for k, s, t in coded), coded
