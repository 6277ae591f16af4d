"""An agentless refusal of entry to one state's people is the page's other state's act (events/refused_entry.py;
eval/wire60 w60_04: "thirteen Jamaicans were refused entry at Piarco" had no doer). Our own sentences."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))
from helpers import events_of  # noqa: E402

from detente.events.lexicon import cue_words  # noqa: E402

LEAD = ("Ghana summoned Togo's ambassador on Monday. Togo said its border rules had not changed. "
        "Ghana asked Togo for an explanation.\n\n")


def test_people_refused_entry_were_refused_by_the_other_state():
    found = events_of(LEAD + "Twenty Ghanaian traders were refused entry at the Aflao crossing on Saturday.")
    assert ("REJECT", "TGO", "GHA") in found


def test_a_refusal_with_its_doer_named_keeps_it():
    found = events_of(LEAD + "Twenty Ghanaian traders were refused entry by Beninese border guards on Saturday.")
    assert ("REJECT", "TGO", "GHA") not in found


def test_entry_cues_load():
    assert {"entry", "admission"} <= set(cue_words("entry"))
