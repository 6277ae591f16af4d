"""People named in a list after their plural office, and a body's office holder named after its office, carry
the state or body the office gives, and so does their later bare surname (issue #11, parties named as people;
session 36, people36; actors/listed_people.py; eval/wire8 w8_15, eval/wire10 w10_10, realnews s19). Our own
sentences and invented people."""
from __future__ import annotations

import pytest

from detente.actors.gazetteer import data_rows, scan
from detente.actors.listed_people import listed_people
from detente.records import Sentence

from helpers import events_of


def test_each_name_of_a_list_takes_the_state_after_its_for():
    body = ("The two foreign ministers, Ana Ruiz for Chile and Pedro Salas for Peru, signed the fisheries accord on "
            "Monday. Ruiz later accused Bolivia of blocking the road.")
    assert ("ACCUSE", "CHL", "BOL") in events_of(body)


def test_a_list_takes_the_states_of_its_office_in_order():
    body = ("The defence ministers of Ghana and Togo, Mr. Kofi Mensah and Mr. Komla Agbeko, signed a border pact. "
            "Agbeko later accused Benin of harbouring the smugglers.")
    assert ("ACCUSE", "TGO", "BEN") in events_of(body)


def test_the_signing_sentence_stays_one_agreement_of_the_two_states():
    # the listed people stay members of their office's group in the list's own sentence (listed_here)
    body = "The defence ministers of Ghana and Togo, Mr. Kofi Mensah and Mr. Komla Agbeko, signed a border pact."
    assert events_of(body) == {("AGREE", "GHA", "TGO")}


def test_nationality_words_before_the_office_count_too():
    body = ("Ghanaian and Togolese defence ministers, Kofi Mensah and Komla Agbeko, met on the border. "
            "Mensah later accused Benin of harbouring the smugglers.")
    assert ("ACCUSE", "GHA", "BEN") in events_of(body)


def test_a_bodys_office_holder_acts_for_the_body_and_so_does_his_surname():
    body = ("The talks were chaired by the ECOWAS Commission chairperson, Amadou Kone. "
            "Kone later urged Mali to free the soldiers.")
    assert ("REQUEST", "IGO", "MLI") in events_of(body)


def _listed(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.country) for p in listed_people(Sentence("t", 0, 0, "body", 0, len(text), text), scan(text), [])]


@pytest.mark.parametrize("text", [
    # three names for two states: no name is given one
    "The ministers of Ghana and Togo, Kofi Mensah, Komla Agbeko and Yaw Boateng, met on Friday.",
    # a "for" after one name only: the list is no respective one
    "The two foreign ministers, Ana Ruiz for Chile and Pedro Salas, signed the accord.",
    # one name after a plural office is no list
    "The foreign ministers of Chile and Peru, Ana Ruiz, said the talks went well.",
])
def test_a_list_that_does_not_match_its_states_gives_none(text):
    assert _listed(text) == []


@pytest.mark.parametrize("word", [row[0] for row in data_rows("body_offices.tsv")])
def test_every_body_office_word_is_read(word):
    assert _listed(f"The talks were led by the African Union {word}, Amadou Kone, on Monday.") == [("Amadou Kone", "IGO")]


@pytest.mark.parametrize("office", ["The foreign ministers", "The two foreign ministers"])
def test_a_plural_office_before_a_for_list_is_the_group_of_its_states(office):
    body = f"{office}, Ana Ruiz for Chile and Pedro Salas for Peru, signed a consular memorandum on Monday."
    assert ("AGREE", "CHL", "PER") in events_of(body)
