"""Classes found on eval/wire26 (session 22), on our own sentences.

A refused apology told as "has nothing to apologise for" / "there was nothing to apologise for" is a REJECT by
the side that owes nothing (wire21, wire23, wire26 missed it, or coded an apology with no doer); an apology
offered plainly stays an apology, and "nothing" elsewhere makes no refusal.
"""
import pytest

from events_kit import code, summary


@pytest.mark.parametrize("text,source", [
    ("Bolivia has nothing to apologise for, the minister said.", "BOL"),
    ("Kenya said it had nothing to apologise for.", "KEN"),
    ("The Bolivian minister repeated on Friday that there is nothing to apologise for.", "BOL"),
    ("A Chilean spokesman said the two fishermen had been treated correctly and that there was nothing to "
     "apologize for.", "CHL"),
])
def test_nothing_to_apologise_for_is_a_refusal(text, source):
    events = code(text)
    refusals = [e for e in events if e.event_type == "REJECT"]
    assert refusals and refusals[0].source.country == source and refusals[0].status == "asserted"
    assert not {"SUPPORT", "CONCEDE"} & {e.event_type for e in events}


def test_an_apology_made_stays_an_apology():
    assert ("SUPPORT", "KEN", "UGA") in summary(code("Kenya apologised to Uganda for the raid on Friday."))


def test_nothing_without_an_owed_act_is_no_refusal():
    events = code("Nothing came of the Kenyan proposal, a Ugandan official said.")
    assert "REJECT" not in {e.event_type for e in events}
