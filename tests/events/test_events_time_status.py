"""Background acts, dates that bound a state, and planned acts, on our own sentences (published on
Thursday 2019-03-14, see events_kit)."""
import pytest

from events_kit import code


def _one(text: str, etype: str):
    events = [e for e in code(text) if e.event_type == etype]
    assert events, f"no {etype} event in {text!r}"
    return events[0]


@pytest.mark.parametrize("text, etype, phrase", [
    ("Kenya signed a border treaty with Uganda more than a decade ago.", "AGREE", "more than a decade ago"),
    ("Peru attacked Chile years ago.", "ASSAULT", "years ago"),
    ("Norway and Denmark fought over the islands in the 1990s.", "ASSAULT", "the 1990s"),
    ("In the early 1980s, Chile attacked Peru.", "ASSAULT", "the early 1980s"),
])
def test_a_background_act_takes_no_date_of_the_reporting_time(text, etype, phrase):
    event = _one(text, etype)
    assert event.date.value is None and event.date.source == "sentence"
    assert event.date.note.startswith("background") and phrase in event.date.note


def test_a_counted_past_is_dated_in_the_past():
    assert _one("Kenya signed a border treaty with Uganda two decades ago.", "AGREE").date.value == "1999"
    assert _one("Kenya met Uganda three years ago.", "CONSULT").date.value == "2016"


def test_a_decade_in_an_aside_that_does_not_hold_the_trigger_dates_nothing():
    event = _one("Chile has been pressing Peru to accept a higher price, arguing that the formula, set in the "
                 "1990s, is out of date.", "REQUEST")
    assert event.date.value == "2019-03-14"


@pytest.mark.parametrize("text, etype, value", [
    ("Kenya and Uganda held talks on Monday, the first since 2011.", "CONSULT", "2019-03-11"),
    ("Kenya has imposed sanctions on Uganda since 2011.", "SANCTION", "2019-03-14"),
    ("Chilean troops will stay in Peru until 2025, Chile agreed with Peru on Monday.", "AGREE", "2019-03-11"),
])
def test_a_date_that_bounds_a_state_does_not_date_the_act(text, etype, value):
    assert _one(text, etype).date.value == value


@pytest.mark.parametrize("text, etype, cue", [
    ("Kenya's president is scheduled to meet Uganda's leader in Nairobi on Friday.", "CONSULT", "governor:schedule"),
    ("Ghana's president is slated to host Togo's leader next week.", "CONSULT", "governor:"),
    ("Kenya and Uganda hold talks tomorrow.", "CONSULT", "date:after publication"),
])
def test_a_planned_act_is_pending(text, etype, cue):
    event = _one(text, etype)
    assert event.status == "pending" and event.status_cue.startswith(cue)


def test_a_request_about_a_later_act_is_made_now():
    event = _one("Kenya urged Uganda to hold talks next week.", "REQUEST")
    assert event.status == "asserted"


def test_a_past_weekday_stays_asserted():
    event = _one("Kenya met Uganda on Monday.", "CONSULT")
    assert (event.status, event.date.value) == ("asserted", "2019-03-11")
