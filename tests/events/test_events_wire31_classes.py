"""Classes of eval/wire31 (session 24, written blind): two main clauses joined by a semicolon ("X released the crew;
Y freed the soldiers") read as one; a gas cut told with "stopped pumping"; the maker of an offer named by a
participle's "by" ("the offers made by X and Y"); "it" in a clause coordinated with an organ's verb of saying;
"water-bombing" sorties read as bombing. Our own text."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))
from helpers import events_of_parts  # noqa: E402

BODY = ("Gabonese gendarmes held two Cameroonian customs officers near Bitam for a week. "
        "The foreign ministers of Cameroon and Gabon met in Libreville on Monday. ")


def _events(sentence: str, title: str = "Cameroon and Gabon meet on border patrols", body: str = BODY) -> set[tuple]:
    return events_of_parts([(title, "title"), (body + sentence, "body")], date="2016-05-10")


def test_each_side_of_a_semicolon_is_its_own_release():
    found = _events("Gabon released the three Cameroonian officers; Cameroon freed the two Gabonese gendarmes.")
    assert ("RETREAT", "GAB", "CMR") in found
    assert ("RETREAT", "CMR", "GAB") in found


def test_tit_for_tat_expulsions_after_a_semicolon_are_two_acts():
    found = _events("Gabon expelled two Cameroonian diplomats; Cameroon expelled three Gabonese diplomats.")
    assert ("SANCTION", "GAB", "CMR") in found
    assert ("SANCTION", "CMR", "GAB") in found


def test_a_clause_reported_after_a_comma_stays_reported():
    found = _events("Gabon freed the three Cameroonian officers, Cameroon said.")
    assert ("RETREAT", "GAB", "CMR") in found
    assert not any(src == "CMR" and t == "RETREAT" for t, src, _ in found)


UZ_BODY = ("Tajikistan summoned the Uzbek ambassador on Tuesday. The foreign ministers of Tajikistan and Uzbekistan "
           "spoke by telephone on Monday. ")


def test_stopped_pumping_gas_is_a_cut():
    found = _events("Uzbekistan stopped pumping gas to Tajikistan on Sunday without any warning.",
                    "Tajikistan and Uzbekistan at odds over gas", UZ_BODY)
    assert ("SANCTION", "UZB", "TJK") in found


def test_halting_the_pumping_of_gas_is_a_cut():
    found = _events("Uzbekistan halted the pumping of gas to Tajikistan on Sunday.",
                    "Tajikistan and Uzbekistan at odds over gas", UZ_BODY)
    assert ("SANCTION", "UZB", "TJK") in found


HAZE = "Indonesia and Singapore at odds over haze"
HAZE_BODY = ("Smoke from fires in Sumatra covered Singapore for a week. Singapore asked Indonesia to share the names "
             "of the companies on Thursday. ")


def test_offers_made_by_several_states_are_each_accepted():
    found = _events("Indonesia's President said his government would accept the offers of assistance made by "
                    "Malaysia and Singapore.", HAZE, HAZE_BODY)
    assert ("AGREE", "IDN", "MYS") in found
    assert ("AGREE", "IDN", "SGP") in found


def test_an_offer_made_by_one_state_is_its_own():
    found = _events("Indonesia accepted an offer of help made by Singapore.", HAZE, HAZE_BODY)
    assert ("AGREE", "IDN", "SGP") in found


def test_it_after_an_organ_that_spoke_is_the_organ():
    found = _events("Indonesia would not give Singapore the names of the companies, the Foreign Ministry said on "
                    "Monday, and it accused Singapore of interfering in Indonesian courts.", HAZE, HAZE_BODY)
    assert ("ACCUSE", "IDN", "SGP") in found
    assert not any(t == "ACCUSE" and src == "SGP" for t, src, _ in found)


def test_water_bombing_sorties_are_no_bombing():
    found = _events("Singapore's two helicopters flew their first water-bombing sorties over Sumatra on Monday.",
                    HAZE, HAZE_BODY)
    assert not any(t == "ASSAULT" for t, _, _ in found)


def test_a_bombing_raid_is_still_an_assault():
    found = _events("Indonesian jets carried out a bombing raid on Singapore.", HAZE, HAZE_BODY)
    assert ("ASSAULT", "IDN", "SGP") in found


DOHA_BODY = ("Five Cameroonian officers held by Gabon flew home yesterday. Qatar hosted the talks in Doha. Qatar paid "
             "for the flights. Doha thanked both sides. Qatar's minister flew to Libreville twice. ")


def test_each_side_of_a_swap_is_aimed_at_the_other_not_at_the_host():
    found = _events("Gabon released the five crew members of the patrol boat; Cameroon freed the two men, who had "
                    "crossed the border after the fighting of 2008.", "Cameroon and Gabon end border row in Doha",
                    DOHA_BODY)
    assert ("RETREAT", "GAB", "CMR") in found
    assert ("RETREAT", "CMR", "GAB") in found
    assert not any(t == "RETREAT" and tgt == "QAT" for t, _, tgt in found)


def test_a_protest_after_a_semicolon_still_answers_the_clause_before_it():
    found = _events("Gabonese gendarmes fired on a Cameroonian customs post; Cameroon protested through its embassy.")
    assert any(t in ("ACCUSE", "PROTEST") and src == "CMR" and tgt == "GAB" for t, src, tgt in found)
