"""Session 14 (precision4): false-positive classes seen on several development sets, on our own sentences.

Full pipeline (actors stage included), since the classes turn on how a mention was resolved."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))
from helpers import events_of  # noqa: E402


@pytest.mark.parametrize("text", [
    # sent-dev: ministers who "did not meet on the sidelines of the <capital> conference" met that state
    "Contrary to earlier reports, the foreign ministers of Kenya and Uganda did not meet on the sidelines "
    "of the Oslo conference, a spokesman said.",
    "The foreign ministers of Kenya and Uganda met at the Lima summit on Monday.",
    "Kenya and Uganda signed the Oslo accords in 1993.",
    "Kenya hosted the Oslo talks between Uganda and Tanzania.",
])
def test_a_capital_a_gathering_is_named_after_is_no_party(text):
    found = events_of(text)
    assert not any({"NOR", "PER"} & {s, t} for _, s, t in found), found


@pytest.mark.parametrize("text, expected", [
    ("The foreign ministers of Kenya and Uganda met at the Lima summit on Monday.", ("CONSULT", "KEN", "UGA")),
    ("Kenya and Uganda signed the Oslo accords in 1993.", ("AGREE", "KEN", "UGA")),
])
def test_the_parties_of_a_gathering_named_after_a_capital_still_deal_with_each_other(text, expected):
    found = events_of(text)
    assert expected in found or (expected[0], expected[2], expected[1]) in found, found


def test_a_capital_as_the_actor_itself_still_names_its_state():
    assert ("ACCUSE", "KEN", "UGA") in events_of("The Nairobi government accused Uganda of spying.")
    assert ("CONSULT", "KEN", "PER") in events_of("The Kenyan foreign minister met the Lima government on Monday.")
