"""A seat's name that other states' organs bear too ("Department of State") is its state's only on a page
that names that state some other way (wire14: a Banjul paper's Department of State read as the USA's)."""
from __future__ import annotations

from detente.actors.gazetteer import data_rows, load_terms
from helpers import events_of, mentions_of


def _seat(mentions, word):
    return [m for m in mentions if word in m.text]


def test_every_shared_name_is_one_of_its_rows_names():
    shared = {t.text for t in load_terms("seats.tsv") if t.use == "shared"}
    listed = {n for row in data_rows("seats.tsv") if len(row) > 4 for n in row[4].split("|") if n}
    assert listed and listed == shared


def test_department_of_state_on_a_page_with_no_american_name_is_not_the_usa():
    mentions = mentions_of("The Secretary of State for Trade, Awa Ndure, said the Department of State had "
                           "sent a note of protest to the Malian embassy over the closed border.")
    seat = _seat(mentions, "Department of State")
    assert seat and seat[0].country != "USA", mentions


def test_department_of_state_on_a_page_naming_the_usa_is_the_usa():
    mentions = mentions_of("Washington said on Monday that the Department of State had sent a note of "
                           "protest to the Cuban embassy over the expelled diplomats.")
    seat = _seat(mentions, "Department of State")
    assert seat and seat[0].country == "USA", mentions


def test_an_unshared_name_of_the_same_seat_needs_no_other_name():
    mentions = mentions_of("The State Department sent a note of protest to the Cuban embassy on Monday.")
    seat = _seat(mentions, "State Department")
    assert seat and seat[0].country == "USA", mentions


def test_no_american_protest_on_a_page_about_two_african_states():
    events = events_of("Kolda, Tuesday. The Secretary of State for Trade, Awa Ndure, said the Department "
                       "of State had sent a note of protest to the Malian embassy over the closed border.")
    assert not any(source == "USA" for _, source, _ in events), events
