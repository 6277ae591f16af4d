"""People named once with their role, then by the name news uses alone."""
from __future__ import annotations

import pycountry
import pytest

from helpers import mentions_of
from detente.actors.coref import PersonRef
from detente.actors.named_people import family_first, other_surnames, reference_names
from detente.actors.gazetteer import data_rows


def _alias(body: str, name: str):
    return next((m for m in mentions_of(body) if m.text == name and m.kind == "alias"), None)


def test_name_order_rows_are_iso_codes():
    rows = data_rows("name_order.tsv")
    assert rows and all(pycountry.countries.get(alpha_3=row[0]) for row in rows)


def test_every_family_first_state_resolves_a_bare_family_name():
    demonyms = {"CHN": "Chinese", "TWN": "Taiwanese", "KOR": "South Korean",
                "PRK": "North Korean", "KHM": "Cambodian"}
    assert set(demonyms) == family_first()
    for code, demonym in demonyms.items():
        body = f"{demonym} envoy Tran Bao Min flew to Lima on Monday. Tran told reporters the talks went well."
        found = _alias(body, "Tran")
        assert found is not None and found.country == code, (code, found)


def test_a_given_name_first_person_is_not_found_by_the_first_word():
    body = "Peruvian envoy Tran Bao Min flew to Lima on Monday. Tran told reporters the talks went well."
    assert _alias(body, "Tran") is None


def test_a_surname_the_tagger_reads_as_a_common_noun_is_still_the_person():
    body = "Chilean Foreign Minister Ana Ruiz spoke first. Ruiz later told reporters she disagreed."
    found = _alias(body, "Ruiz")
    assert found is not None and found.country == "CHL"


def test_a_pronoun_after_a_bare_family_name_refers_to_that_person_not_to_an_older_role():
    # "her Peruvian counterpart" is named between the full name and the pronoun; "Ruiz" brings the
    # Chilean back, and "She" is her
    body = ("Chilean President Ana Ruiz opened the new bridge on Monday. Asked when she would meet her "
            "Peruvian counterpart, Ms Ruiz said no date was fixed. She also accused Lima of delaying the talks.")
    she = [m for m in mentions_of(body) if m.text == "She"]
    assert she and she[0].country == "CHL", [(m.text, m.country, m.resolution) for m in mentions_of(body)]


def test_a_given_name_that_opens_another_name_is_no_repeat():
    from detente.actors.coref import PersonRef, with_repeats
    from detente.records import Sentence

    first = PersonRef(0, 18, "Ana Ruiz", "CHL", "GOV", "title 'President'")
    sentences = (Sentence("d", 0, 0, "body", 0, 33, "Chilean President Ana Ruiz spoke."),
                 Sentence("d", 1, 0, "body", 34, 68, "Ruiz Tagle and Ruiz met on Friday."))
    repeats = [p for p in with_repeats([first], sentences) if p.sentence == 1]
    assert [p.start for p in repeats] == [34 + len("Ruiz Tagle and ")]


@pytest.mark.parametrize("opening", ["Peru's army commander and head of border operations",
                                     "Peru's top army commander"])  # a rank word between state and role
def test_a_name_in_apposition_to_a_state_role_is_that_states_person(opening):
    # the story names Chile more often, but the general was introduced as Peru's commander
    body = (f"{opening}, Jorge Salcedo, flew to the border on Monday. "
            "Chile protested. Chile said Chilean patrols were shadowed. Chile recalled its envoy. "
            "General Salcedo said he had ordered the patrols.")
    found = [m for m in mentions_of(body) if m.text in ("General Salcedo", "he")]
    assert [m.country for m in found] == ["PER", "PER"], [(m.text, m.country, m.resolution) for m in found]


@pytest.mark.parametrize("role", ["environment minister", "trade minister", "deputy foreign minister", "minister"])
def test_a_later_surname_keeps_the_state_of_a_role_with_its_portfolio(role):
    # session 9 (wire8): "Romania's environment minister, X," left the later bare surname without a state
    body = (f"On Monday, Kenya's {role}, Amina Odhiambo, took the ferry across the lake. Uganda and Tanzania "
            "were named. Uganda again. Odhiambo refused to discuss compensation.")
    assert [m.country for m in mentions_of(body) if m.text == "Odhiambo"] == ["KEN"]


def test_the_first_of_two_family_names_is_the_person():
    # wire4: "Foreign Minister Arturo Benítez Lagos … Benítez told journalists … He warned"
    body = ("Chilean Foreign Minister Marta Vidal Ortega signed the note on Sunday. Vidal told reporters the "
            "crews must be freed. She warned that the patrols would stay at sea.")
    found = _alias(body, "Vidal")
    assert found is not None and found.country == "CHL"
    she = [m for m in mentions_of(body) if m.text == "She"]
    assert she and she[0].country == "CHL"


def test_the_first_part_of_a_hyphenated_family_name_is_a_reference_name():
    # wire4: "Placide Kasongo-Ilunga … Mr Kasongo-Ilunga said", which the tagger marked as the person "Kasongo"
    person = PersonRef(0, 0, "Placide Mwamba-Ilunga", "COD", "GOV", "title")
    assert reference_names(person) == ("Mwamba-Ilunga", "Mwamba")
    # "al-" is an article, no first part; the name without it is one ("Sisi said"; session 26, wire38)
    assert other_surnames(PersonRef(0, 0, "Abdel Fattah al-Sisi", "EGY", "GOV", "title")) == ("Fattah", "Sisi")
    assert other_surnames(PersonRef(0, 0, "Xi Jinping", "CHN", "GOV", "title")) == ()


def test_a_given_name_alone_is_not_a_second_family_name():
    # only inner words of a three-word name count: "Ortega" of "Marta Ortega" stays the one surname
    body = "Chilean envoy Marta Ortega flew to Lima on Monday. Marta told reporters the talks went well."
    assert _alias(body, "Marta") is None


def test_a_minister_of_a_portfolio_of_a_named_state_is_that_states():
    body = ("The accord was signed by the Minister of Trade and Industry of Chile, Tomas Ibarra Soto, on Monday. "
            "Mr Ibarra later said the tariffs would fall.")
    found = {m.text: m.country for m in mentions_of(body, date="2021-05-12")}
    assert found.get("Tomas Ibarra Soto") == "CHL" and found.get("Ibarra") == "CHL", found


def _state_of(body: str, text: str) -> str | None:
    found = [m for m in mentions_of(body, date="2021-05-12") if m.text == text]
    assert found, (text, [m.text for m in mentions_of(body, date="2021-05-12")])
    return found[-1].country


def test_a_name_set_off_before_a_states_role_is_that_states_and_so_is_the_later_surname():
    body = "Ana Ruiz, Chile's foreign minister, flew to Lima on Monday. On Tuesday Ruiz accused Peru of stalling."
    assert _state_of(body, "Ruiz") == "CHL"
    body = "Ana Ruiz, a senior Chilean diplomat, flew to Lima on Monday. Ruiz accused Peru of stalling."
    assert _state_of(body, "Ruiz") == "CHL"


def test_a_name_before_the_role_of_another_state_named_later_is_not_taken_from_it():
    # the state must own the role: "Ana Ruiz, who met Chile's foreign minister," names no role of hers
    body = "Ana Ruiz, who met Chile's foreign minister, flew to Lima on Monday. Ruiz accused Peru of stalling."
    assert all(m.country != "CHL" for m in mentions_of(body, date="2021-05-12") if "Ruiz" in m.text)


def test_a_titled_name_of_a_state_gives_the_state_to_the_later_surname():
    body = "President Luis Vera of Ecuador flew to Lima. Vera accused Peru of stalling the talks."
    assert _state_of(body, "Vera") == "ECU"


def test_a_name_after_a_role_ending_in_a_place_or_ending_the_sentence_is_the_roles_states():
    body = "Ecuador's ambassador in Lima, Luis Vera, was summoned. Vera accused Peru of stalling the talks."
    assert _state_of(body, "Vera") == "ECU"
    body = "The talks were led by Chile's chief negotiator, Ana Ruiz Tagle. Ruiz Tagle accused Peru of stalling."
    assert _state_of(body, "Ruiz Tagle") == "CHL"


def test_a_persons_names_are_read_once_per_name_and_state():
    # docs/scaling.md, session 35: the resolver asks them of every earlier person for every later sentence
    from detente.actors import named_people
    first = PersonRef(0, 0, "Arturo Benítez Lagos", "ESP", "GOV", "title")
    again = PersonRef(3, 40, "Arturo Benítez Lagos", "ESP", "GOV", "appositive")
    assert reference_names(first) == ("Lagos", "Benítez")
    before = named_people.cached_reference_names.cache_info().hits
    assert reference_names(again) == reference_names(first) and other_surnames(again) == ("Benítez",)
    assert named_people.cached_reference_names.cache_info().hits >= before + 2
    assert reference_names(PersonRef(0, 0, "Xi Jinping", "CHN", "GOV", "title")) == ("Xi",)
    assert named_people.article_lowered("Al-Mutairi") == "al-Mutairi"
