"""A state's trade mission abroad is one of its organs, like its embassy (eval/wire25: "summoned the deputy
head of Russia's trade mission" kept no target)."""
from __future__ import annotations

from helpers import events_of, mentions_of, summary


def test_the_head_of_a_states_trade_mission_is_that_states():
    events = events_of("Kazakhstan summoned the head of China's trade mission on Tuesday.")
    assert ("ACCUSE", "KAZ", "CHN") in events


def test_a_trade_mission_is_a_government_organ():
    assert ("indian trade mission", "IND", "GOV", "role") in [
        (text.lower(), country, sector, kind) for text, country, sector, kind in
        summary(mentions_of("The Indian trade mission in Dhaka closed on Friday."))]
