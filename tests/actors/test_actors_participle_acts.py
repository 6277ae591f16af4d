"""A participle with its doer or its day reports an act aimed at the story's other state (issue #11: wire4's
"relief supplies flown in by X on Tuesday", "a destroyer sent to the area on Wednesday"); a bare one
("marines stationed on the reef") stays background. Our own sentences, through the actors and events stages."""
from __future__ import annotations

import pytest

from helpers import events_of


@pytest.mark.parametrize("body,expected", [
    ("Cyclone damage in Fiji is heavy. Fiji asked Australia for help on Monday. Australia and Fiji have close "
     "ties. Officials said relief supplies flown in by Australia on Tuesday had reached every district.",
     ("AID", "AUS", "FJI")),
])
def test_a_participle_with_its_doer_or_day_gets_the_story_counterpart(body, expected):
    assert expected in events_of(body)


def test_a_bare_participle_stays_background():
    body = ("Vietnam and China are at odds over the reef. Vietnam protested to China again. "
            "Marines stationed on the reef by Vietnam watched the Chinese ships.")
    assert not any(t == "MOBILIZE" for t, *_ in events_of(body))


def test_a_court_a_threat_names_is_no_target():
    # the court hears the case: the threat is aimed at the story's other state (cues.tsv `tribunal`)
    body = ("Chile seized two Peruvian trawlers. Peru protested to Chile. Chile kept the trawlers. "
            "Peru said it would raise the seizure with the International Court of Justice.")
    found = events_of(body)
    assert not any(tgt == "IGO" for _t, _s, tgt in found), found


def test_forces_moved_in_an_agentless_passive_are_moved_by_their_state():
    body = ("Kenya accused Uganda of shelling a border village. Uganda denied it. "
            "A battalion of the Kenyan army had been moved to the border on Thursday, officials said.")
    assert ("MOBILIZE", "KEN", "UGA") in events_of(body)
