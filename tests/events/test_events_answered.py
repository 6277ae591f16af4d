"""A rejected charge answers its maker (events/answered.py), on our own sentences: "X accused Y of ... . Y
dismissed the charge" is Y rejecting X, when the rejection names no state itself."""
import pytest

from detente.events.lexicon import cue_words
from events_kit import code, summary


@pytest.mark.parametrize("word", sorted(cue_words("charge")))
def test_each_charge_word_names_the_maker(word):
    events = code(f"Ghana accused Togo of arming rebels in the north. Togo dismissed the {word} as groundless.")
    rejections = [e for e in events if e.event_type == "REJECT"]
    assert rejections and rejections[0].target.country == "GHA", word
    assert "tgt→accuser" in rejections[0].rule


def test_nearest_maker_of_a_charge_against_the_rejecter():
    text = ("Benin accused Niger of closing the border. Ghana accused Togo of arming rebels. "
            "Togo rejected the accusation on Monday.")
    assert ("REJECT", "TGO", "GHA") in summary(code(text))


def test_no_earlier_charge_leaves_the_rejection_open():
    events = code("Togo dismissed the charge as groundless.")
    assert [e.target.country for e in events if e.event_type == "REJECT"] == [None]


def test_charge_against_another_state_is_not_answered():
    events = code("Ghana accused Benin of arming rebels. Togo dismissed the charge as groundless.")
    assert [e.target.country for e in events if e.event_type == "REJECT"] == [None]


def test_charge_phrase_naming_its_maker_is_not_answered():
    # the phrase names whose allegations they are: not the earlier accuser's
    events = code("Ghana accused Togo of arming rebels. Togo rejected the Nigerian allegations.")
    assert "GHA" not in [e.target.country for e in events if e.event_type == "REJECT" and e.target]
