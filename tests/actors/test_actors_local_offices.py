"""Officials of a province, region or city act for the state the place lies in (local_offices.py), read
through the places gazetteers, not from a list of people."""
from __future__ import annotations

import pytest

from detente.actors.gazetteer import data_rows, term_index
from detente.actors.local_offices import local_offices
from detente.places import state_of_place
from helpers import events_of, mentions_of


def _office(body: str, word: str):
    return next(m for m in mentions_of(body, date="2021-05-12") if word in m.text)


@pytest.mark.parametrize("body, word, country", [
    ("Chile protested on Monday. The governor of Kandahar met reporters in Geneva.", "governor", "AFG"),
    ("Chile protested on Monday. The mayor of Kharkiv thanked the donors.", "mayor", "UKR"),
    ("Balochistan's chief minister accused Iran of shelling the border.", "chief minister", "PAK"),
    ("Peru voted on Sunday. The wali of Tetouan received a Spanish delegation.", "wali", "MAR"),
    ("Kandahar governor Ali Khan accused Pakistani troops of firing across the border.", "governor", "AFG"),
    ("The prefect of the Romanian county of Teleorman met a Bulgarian delegation.", "prefect", "ROU"),
    ("Chile protested. The governor of Teleorman county met a Bulgarian delegation.", "governor", "ROU"),
])
def test_a_local_official_takes_the_state_of_its_place(body, word, country):
    found = _office(body, word)
    assert (found.country, found.sector) == (country, "GOV"), found.resolution


def test_an_assembly_of_a_province_is_the_legislature():
    found = _office("Chile protested. The provincial assembly of Sindh condemned India on Monday.", "assembly")
    assert (found.country, found.sector) == ("PAK", "LEG"), found.resolution


def test_two_border_officials_meet_as_their_two_states():
    body = ("Trade across the border resumed. On Monday the regional governor of Pleven, Mr. Ivan Petrov, met "
            "the prefect of the Romanian county of Teleorman, Mr. Ion Popa.")
    assert ("CONSULT", "BGR", "ROU") in events_of(body)


def test_the_holder_named_after_the_office_is_of_that_state():
    body = "On Monday the regional governor of Pleven, Mr. Ivan Petrov, met the Romanian consul in Ruse."
    person = _office(body, "Ivan Petrov")
    assert person.country == "BGR", person.resolution


@pytest.mark.parametrize("body, word", [
    # a governor of no place keeps the document's country, not a town's that shares a common word
    ("Peru said on Monday that the governor of the central bank would resign.", "governor"),
    # a person's name after "of" is no place
    ("Peru said on Monday that the governor, a friend of Ivan Petrov, would resign.", "governor"),
])
def test_no_place_no_local_state(body, word):
    found = _office(body, word)
    assert found.country == "PER", found.resolution


@pytest.mark.parametrize("name, code", [
    ("Kandahar", "AFG"), ("Teleorman", "ROU"), ("Teleorman county", "ROU"), ("the Kherson region", "UKR"),
    ("Punjab", None),  # a region of two states is not guessed
])
def test_state_of_place(name, code):
    assert state_of_place(name) == code


def test_each_local_office_is_a_role_and_loads():
    rows = data_rows("local_offices.tsv")
    assert rows and {row[1] for row in rows} <= {"province", "city"}
    for term in local_offices():
        assert any(t.kind == "role" for t in term_index().get(term, ())), term


def test_a_holder_named_again_by_surname_keeps_the_office_state():
    body = ("On Monday the governor of Jendouba, Mr. Ali Ben Salah, received the wali of El Tarf, Mr. Omar Bouzid. "
            "Mr. Salah thanked the Algerian delegation for its understanding.")
    later = [m for m in mentions_of(body, date="2021-05-12") if m.text == "Salah"]
    assert later and later[0].country == "TUN", [m.resolution for m in later]


def test_two_namesakes_of_two_states_leave_a_bare_surname_alone():
    from detente.actors.named_people import with_earlier_people
    from detente.records import Mention

    def person(text, country):
        return Mention(0, 0, 0, 0, 0, 0, text, country, "GOV" if country else None, "person", text)

    out = with_earlier_people([person("Ana Ruiz", "PER"), person("Jorge Ruiz", "CHL"), person("Ruiz", None),
                               person("Luis Vega", "BOL"), person("Vega", None)])
    assert [m.country for m in out[2::2]] == [None, "BOL"]


def test_a_later_bare_office_is_the_same_local_official():
    body = ("Tunisia reopened the border post on Monday. The governor of Jendouba received the wali of El Tarf at "
            "the post. The wali thanked Tunisia for its help, and the governor praised Algeria.")
    later = [(m.text, m.country) for m in mentions_of(body, date="2021-05-12") if m.kind == "role"][2:]
    assert later == [("wali", "DZA"), ("governor", "TUN")]


def test_receiving_another_state_s_governor_is_a_visit():
    body = "Tunisia reopened the border post on Monday. The governor of Jendouba received the wali of El Tarf at the post."
    assert ("CONSULT", "TUN", "DZA") in events_of(body)


@pytest.mark.parametrize("body, country", [
    ("Chile protested. Governor Ali Khan of Kandahar accused Pakistani troops of shelling.", "AFG"),
    ("Chile protested. The Kandahar provincial governor thanked Iran.", "AFG"),
    ("Chile protested. The governor of Iraq's Anbar province thanked Jordan.", "IRQ"),
])
def test_other_ways_of_naming_the_office(body, country):
    assert _office(body, "overnor").country == country


def test_a_place_the_official_visits_is_not_the_office_s():
    found = _office("Chile protested on Monday. Governor Ali Khan met Swiss officials in Geneva.", "Ali Khan")
    assert found.country != "CHE", found.resolution


def test_an_institution_s_short_name_is_no_town():
    found = _office("Peru said on Monday that the governor of the Bank would resign.", "governor")
    assert found.country == "PER", found.resolution


def test_a_surname_of_two_words_names_the_earlier_person_and_keeps_a_guess_marked():
    from detente.actors.named_people import with_earlier_people
    from detente.records import Mention

    def person(text, country, how=""):
        return Mention(0, 0, 0, 0, 0, 0, text, country, "GOV" if country else None, "person", text + how)

    # wire8: "Samira Ben Jeddou, the trade minister … Ben Jeddou is due in Algiers on Sunday"
    out = with_earlier_people([person("Leila Ben Amor", "TUN"), person("Ben Amor", None),
                               person("Karim Haddad", "DZA", " + appositive 'minister', its state from document context"),
                               person("Haddad", None), person("Omar Haddad", None)])
    assert [m.country for m in out] == ["TUN", "TUN", "DZA", "DZA", None]
    assert "document context" not in out[1].resolution and "its state from document context" in out[3].resolution
