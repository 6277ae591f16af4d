"""Classes of eval/wire29 (session 23), our own sentences: a provincial office of a name two states use
("Formosa"), "it"
after an organ the page names without its state, a minister named without his state after one state's
ministry, and border services as police organs."""
from __future__ import annotations

from detente.actors.gazetteer import data_rows
from detente.actors.ministries import ministries, ministry_state
from detente.actors.mentions import PersonRef
from helpers import mentions_of


def _mention(body: str, word: str, title: str = ""):
    return next(m for m in mentions_of(body, title, date="2018-05-24") if m.text.endswith(word))


def test_a_governor_of_a_province_two_states_name_takes_the_page_state():
    body = ("Argentina delivered six fire engines to Paraguay on Tuesday. Formosa's governor, Ana Ruiz, asked "
            "Paraguay to speed up the permits for the bridge.")
    assert _mention(body, "governor").country == "ARG"


def test_the_name_alone_keeps_its_default_reading():
    assert _mention("The governor of Formosa met Taiwanese officials in Taipei.", "Formosa").country == "TWN"


def test_it_after_an_organ_without_its_state_is_the_organ_not_the_state_named_before():
    body = ("Kyrgyzstan's Foreign Ministry summoned the ambassador of Uzbekistan on Monday. Most of the lorries "
            "that use the crossing carry fruit to Russia. The border service said on Tuesday it had sent an extra "
            "company of troops to the district.")
    found = next(m for m in mentions_of(body, date="2017-07-18") if m.text == "it")
    assert found.country != "RUS", found.resolution


def test_a_border_service_is_a_police_organ():
    found = _mention("Latvia's State Border Service said the boat had been stopped.", "Border Service")
    assert (found.country, found.sector) == ("LVA", "COP")


def test_a_foreign_minister_without_a_state_heads_the_one_foreign_ministry_named():
    body = ("Kyrgyzstan's Foreign Ministry summoned the ambassador of Uzbekistan over three engineers held by "
            "Uzbek border troops. Uzbek officials said the dam lies on Uzbek land and Uzbek guards drove the men "
            "to Andijan. Foreign Minister Talant Osmonov wrote on Tuesday to the OSCE, asking it to help.")
    assert _mention(body, "Talant Osmonov").country == "KGZ"


def test_two_states_foreign_ministries_decide_nothing():
    organs = (PersonRef(0, 10, "", "KGZ", "GOV", "role", office="foreign ministry"),
              PersonRef(1, 90, "", "UZB", "GOV", "role", office="foreign ministry"))
    assert ministry_state(organs, "foreign minister", 200) is None
    assert ministry_state(organs[:1], "foreign minister", 200) == "KGZ"
    assert ministry_state(organs[:1], "foreign minister", 5) is None  # named after the minister: no evidence


def test_every_ministries_row_is_loaded_and_names_roles():
    roles = {row[0].lower() for row in data_rows("roles.tsv")}
    rows = data_rows("ministries.tsv")
    assert len(ministries()) == len(rows)
    for title, names in rows:
        assert title.lower() in roles
        assert all(name.lower() in roles for name in names.split("|")), names


def test_the_head_of_a_body_named_office_acts_for_the_body_not_his_nationality():
    body = ("The two ministers met on Monday with the head of the OSCE Programme Office in Bishkek, the Austrian "
            "diplomat Karl Weber, in the chair.")
    assert _mention(body, "head of the OSCE").country == "IGO"


def test_the_head_of_a_body_mission_named_by_a_common_noun_acts_for_the_body():
    # sent-dev18 (session 31): "the head of the UN mission in ..." was nobody's; the office need not be a name
    body = "South Sudan expelled the head of the UN mission in Juba on Monday."
    assert _mention(body, "head of the UN").country == "UNO"
