"""A recalled envoy is his recaller's own (events/recalled_envoys.py; wire32 w32_05: "The ministry also called
Peru's ambassador in Santiago back to Lima" on a Lima page was turned into Chile's act on Peru, and the note the
ministry handed to Chile's chargé d'affaires with it). Our own sentences, other states and capitals."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))
from helpers import events_of  # noqa: E402

from detente.events.lexicon import cue_words  # noqa: E402

LEAD = "Ghana accused Togo of sheltering smugglers on Monday. Togo denied the charge.\n\n"


def test_a_guessed_ministry_recalling_its_envoy_acts_on_the_post_state():
    found = events_of(LEAD + "The foreign ministry also called Ghana's ambassador in Lome, Kwame Boateng, back to "
                             "Accra for consultations, and handed a note to Togo's charge d'affaires asking the "
                             "Togolese government to explain the raids.")
    assert ("SANCTION", "GHA", "TGO") in found
    assert ("REQUEST", "GHA", "TGO") in found
    assert not any(source == "TGO" for _, source, _ in found if _ in ("SANCTION", "REQUEST"))


def test_recall_told_with_recall_and_a_nationality():
    found = events_of(LEAD + "The ministry recalled the Ghanaian ambassador in Lome on Tuesday.")
    assert ("SANCTION", "GHA", "TGO") in found


@pytest.mark.parametrize("verb", ["expelled", "summoned"])
def test_an_expelled_or_summoned_envoy_stays_another_states(verb):
    found = events_of(LEAD + f"The ministry {verb} the Togolese ambassador on Tuesday.")
    assert not any(e[0] in ("SANCTION", "ACCUSE") and e[1] == "TGO" for e in found)


def test_a_doer_named_with_another_state_is_left_as_written():
    found = events_of(LEAD + "Togo recalled its ambassador in Accra on Tuesday.")
    assert ("SANCTION", "TGO", "GHA") in found


def test_recall_cues_load():
    assert cue_words("recall")["recall"] == "-" and "home" in cue_words("recall")["call"].split("|")


def test_an_envoy_in_a_conjoined_noun_is_no_recaller():
    # eval/wire60 w60_08: the source climbed from the conjoined expulsion to its envoy (SANCTION LBN→SAU)
    found = events_of(LEAD + "The expulsion of the Togolese ambassador and the recall of the Ghanaian ambassador "
                             "from Lome were announced on Tuesday.")
    assert ("SANCTION", "GHA", "TGO") in found
    assert ("SANCTION", "TGO", "GHA") not in found


def test_withdrawn_diplomats_are_not_the_pages_own_state():
    # eval/wire60 w60_08: "UAE withdraws diplomats" on a page speaking as Saudi Arabia was SANCTION ARE→SAU
    found = events_of("Togolese troops crossed into our territory on Monday, the ministry said. Togo denied the "
                      "charge. Togo said its troops had stayed in Togo. Ghana asked Togo for an explanation, and "
                      "Ghana closed the crossing.\n\nNigeria withdraws diplomats; Togo regrets the tension.")
    assert ("SANCTION", "GHA", "TGO") in found
    assert ("SANCTION", "NGA", "GHA") not in found
