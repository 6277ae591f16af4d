"""A gathering named after a setting preposition ("during a summit", "at the conference", "on the sidelines of
the meeting": cues.tsv setting) is the frame of the sentence's act, never its main event, even when the act is
an agentless passive and the gathering's body resolves (plover_gsr: an investigation during a summit lost to
the summit once entities came from the gazetteers). Our own sentences."""
from __future__ import annotations

import pytest

from detente.events.lexicon import cue_words
from events_kit import code, summary


@pytest.mark.parametrize("sentence", [
    "A Chilean citizen has been put under investigation in Peru for her possible role in rioting during a NATO "
    "summit in Lima last month, a news agency reported.",
    "A Kenyan student has been put under investigation in Uganda for his part in clashes at a NATO conference "
    "in Kampala, local media reported.",
])
def test_the_gathering_is_the_frame_of_an_agentless_act(sentence):
    found = summary(code(sentence))
    assert any(kind == "ACCUSE" for kind, _s, _t in found), found
    assert not any(kind == "CONSULT" for kind, _s, _t in found), found


def test_a_gathering_that_is_the_act_is_still_coded():
    found = summary(code("Norway and Denmark held talks on fishing quotas during a NATO summit in Oslo."))
    assert any(kind == "CONSULT" for kind, _s, _t in found), found


def test_every_setting_cue_is_a_preposition_phrase():
    assert {"during", "at", "on the sidelines of"} <= set(cue_words("setting"))
    assert all(cue == cue.lower().strip() for cue in cue_words("setting"))
