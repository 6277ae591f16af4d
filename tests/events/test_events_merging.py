"""The kept event of an act carries the page-side turn of a background clause retelling it (events/merging.py
with_turn): a source turned from the state its act is aimed at tells events/page_side.py the page's side, whatever
row of the act won (wire10 w10_13: "The U.S. ambassador was called to the ministry ... and handed a note, which
officials described as ...": the summons row won and the turned "officials" was lost). Our own sentences."""
from __future__ import annotations

from dataclasses import replace

from events_kit import code
from detente.events.merging import event_key, keep, refine_dates
from detente.events.page_side import page_side, turn_note


def _accusation():
    return next(e for e in code("Kenya accused Uganda of sending troops to the lake.") if e.event_type == "ACCUSE")


def _pair():
    base = _accusation()
    kept = replace(base, source=replace(base.source, resolution="the page's other state: KEN summoned UGA's envoy"))
    guessed = replace(base.source, resolution="officials → country UGA from document context" + turn_note("UGA", "KEN"))
    retold = replace(base, source=guessed, target=replace(base.target, country=None, text="a note"))
    return kept, retold


def test_a_background_retelling_with_no_state_as_target_gives_its_turn_to_the_kept_act():
    kept, retold = _pair()
    events = {event_key(kept): kept}
    assert page_side(events.values(), "UGA") is None
    refine_dates(events, [retold])
    assert len(events) == 1 and page_side(events.values(), "UGA") == "KEN"


def test_a_second_row_of_the_same_act_gives_its_turn_to_the_kept_one():
    kept, retold = _pair()
    same = replace(retold, target=kept.target)
    events = {}
    keep(events, kept)
    keep(events, same)
    assert len(events) == 1 and page_side(events.values(), "UGA") == "KEN"


def test_a_retelling_aimed_at_another_state_or_unturned_gives_nothing():
    kept, retold = _pair()
    events = {event_key(kept): kept}
    refine_dates(events, [replace(retold, event_type="PROTEST"), replace(retold, source=kept.source)])
    assert page_side(events.values(), "UGA") is None
