"""A body's commission written in lower case names the body: "the African Union commission chairman", "the AU
commission chief" (issue #11; sent-dev16 0066, sent-dev18 0097 were coded with no doer). bodies.tsv aliases.
Our own sentences."""
from __future__ import annotations

from helpers import events_of, mentions_of


def test_the_lower_case_commission_chairman_acts_for_the_african_union():
    body = "The African Union commission chairman condemned Sudan for the raid on the border town."
    assert ("ACCUSE", "IGO", "SDN") in events_of(body)


def test_the_short_name_commission_chief_acts_for_the_african_union():
    body = "The AU commission chief urged Ethiopia and Eritrea to pull back their troops."
    events = events_of(body)
    assert ("REQUEST", "IGO", "ETH") in events
    assert ("REQUEST", "IGO", "ERI") in events


def test_the_european_commission_in_lower_case_is_the_eu():
    body = "The European commission president criticised Hungary for the new media law."
    assert ("ACCUSE", "EUR", "HUN") in events_of(body)


def test_the_ecowas_commission_president_acts_for_ecowas():
    body = "The Ecowas commission president urged Mali to hold elections before the end of the year."
    assert ("REQUEST", "IGO", "MLI") in events_of(body)


def test_a_commission_reporting_an_attack_is_not_its_doer():
    body = "The African Union commission said Sudan had attacked the border town."
    assert all(source != "IGO" for _, source, _ in events_of(body))
    assert any(m.country == "IGO" for m in mentions_of(body))


def test_the_head_of_a_body_s_rights_office_acts_for_the_body():
    # the parser hangs "UN" on "office" as an nmod before the adjective "human" (actors/of_phrases.py)
    body = "The head of the UN human rights office accused Myanmar of killing civilians in the north."
    assert ("ACCUSE", "UNO", "MMR") in events_of(body)


def test_the_envoys_of_a_body_s_member_countries_are_not_the_body_s():
    body = ("Armenia's foreign minister received the ambassadors of the three Minsk Group co-chair countries in "
            "Yerevan and rejected a call from Baku for a ceasefire.")
    assert all(source != "IGO" for _, source, _ in events_of(body))
