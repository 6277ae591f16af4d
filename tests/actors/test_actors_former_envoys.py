"""A former office holder sent by an international body acts for the body (actors/former_envoys.py): "ECOWAS has
sent an envoy. Former Malian foreign minister X held talks ..." is no Malian act; nor is "Its envoy, the former
Malian minister X," (the appositive used to lend the envoy his nationality), and "the two ministers" after him and
two ministers of states are those two states'. wire15 w15_02 and wire30 w30_03's class; our own Ghana-Togo
sentences."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))
from events_kit import coded_pages  # noqa: E402

LEAD = "Ghana and Togo closed their border after a clash on Sunday. "
SENT = LEAD + ("The Economic Community of West African States has sent an envoy. Former Malian foreign minister "
               "Amadou Keita held talks with the Ghanaian president in Accra on Thursday.")
REGIONAL = LEAD + ("ECOWAS offered to mediate. The regional body's special envoy, the former Malian minister Amadou "
                   "Keita, flew into Accra on Monday and held talks in Lome the next day with Togo's foreign minister.")
ITS_ENVOY = LEAD + ("ECOWAS offered to mediate. Its envoy, the former Malian minister Amadou Keita, flew into Accra "
                    "on Monday, and was in Lome the next day for talks with the Togolese foreign minister.")
TWO = ITS_ENVOY + (" On Thursday Ghana's defence minister Kwame Mensah and Togo's defence minister, Kodjo Agbeyome, "
                   "met in Lome under Keita's chairmanship. At the end, the two ministers signed a memorandum on "
                   "joint patrols.")
RETIRED = LEAD + "Former Malian foreign minister Amadou Keita held talks with the Ghanaian president in Accra on Thursday."
TWO_BODIES = LEAD + ("The African Union and ECOWAS have each sent an envoy. Former Malian foreign minister Amadou "
                     "Keita held talks with the Ghanaian president in Accra on Thursday.")


@pytest.fixture(scope="module")
def found() -> dict[str, set]:
    return coded_pages([SENT, REGIONAL, ITS_ENVOY, TWO, RETIRED, TWO_BODIES])


def test_a_former_minister_after_a_body_sent_an_envoy_is_the_body(found):
    assert ("CONSULT", "IGO", "GHA") in found[SENT]
    assert not any("MLI" in (s, t) for _, s, t in found[SENT])


def test_the_envoy_of_a_body_named_just_before_is_the_body(found):
    assert ("CONSULT", "IGO", "TGO") in found[REGIONAL]
    assert not any("MLI" in (s, t) for _, s, t in found[REGIONAL])


def test_an_envoy_set_off_by_a_former_office_is_not_given_the_nationality(found):
    assert ("CONSULT", "IGO", "TGO") in found[ITS_ENVOY]
    assert not any("MLI" in (s, t) for _, s, t in found[ITS_ENVOY])


def test_the_two_ministers_after_the_envoy_are_the_two_states(found):
    assert any(t == "AGREE" and {s, g} == {"GHA", "TGO"} for t, s, g in found[TWO])
    assert not any(t == "AGREE" and "MLI" in (s, g) for t, s, g in found[TWO])


@pytest.mark.parametrize("text", [RETIRED, TWO_BODIES])
def test_without_one_sending_body_the_reading_is_unchanged(found, text):
    assert not any(s == "IGO" and t == "GHA" for _, s, t in found[text])


# "retired" marks a past office as "former" does (wire28 w28_03: "sent its special representative, retired Ghanaian
# general X, to Abidjan, where he met the foreign minister" was coded as Ghana's meeting)
RETIRED_GENERAL = LEAD + ("The ECOWAS Commission sent its special representative, retired Malian general Amadou "
                          "Keita, to Lome on Tuesday, where he met Foreign Minister Kodjo Agbeyome of Togo.")
RETIRED_ALONE = LEAD + "Retired Malian general Amadou Keita met Foreign Minister Kodjo Agbeyome of Togo in Lome."


def test_a_retired_general_sent_by_a_body_is_the_body():
    found = coded_pages([RETIRED_GENERAL, RETIRED_ALONE])
    assert ("CONSULT", "IGO", "TGO") in found[RETIRED_GENERAL]
    assert not any("MLI" in (s, t) for _, s, t in found[RETIRED_GENERAL])
    assert not any(s == "IGO" for _, s, _ in found[RETIRED_ALONE])  # no body, no envoy word: unchanged
