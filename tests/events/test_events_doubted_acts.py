"""Session 25 (pledges2): an act put in doubt by a "whether" clause is no event (events/generic.py whether_clause).

ANNOTATION.md codes as pending what is "planned, proposed, under negotiation, promised, expected"; an act whose
happening is only asked or doubted is none of these, and the development golds code nothing for it (wire28
w28_09 "The question now is whether Beijing sent that ship"; sent-dev4 0052, sent-dev5 0007, sent-dev12 0216:
empty). The coder used to code such acts as pending (or, for a past act, asserted). A "whether" clause under a
verb of saying ("did not say whether ...") is left as it was: on wire21 such rows stood for acts told elsewhere.
"""
import pytest

from events_kit import code


def _rows(text: str) -> set[tuple]:
    return {(e.event_type, e.source.country, e.target.country if e.target else None, e.status) for e in code(text)}


DOUBTED = [
    ("It is unclear whether Kenya will recall its ambassador from Uganda.", "SANCTION"),
    ("It remains unclear whether Malawi will renew its request to Zambia.", "REQUEST"),
    ("The question now is whether Hanoi sent the ship to shield the trawlers from Manila.", "MOBILIZE"),
    ("A question on whether Kenya would expel more Ugandan diplomats drew no answer.", "SANCTION"),
    ("Whether Peru will close the border with Bolivia is not clear.", "SANCTION"),
]


@pytest.mark.parametrize("text, kind", DOUBTED)
def test_an_act_put_in_doubt_is_no_event(text, kind):
    assert not any(t == kind for t, *_ in _rows(text)), _rows(text)


def test_the_same_act_told_plainly_is_coded():
    assert ("SANCTION", "KEN", "UGA", "asserted") in _rows("Kenya recalled its ambassador from Uganda.")
    assert ("SANCTION", "PER", "BOL", "asserted") in _rows("Peru closed the border with Bolivia.")


def test_a_whether_clause_under_a_verb_of_saying_stays():
    found = _rows("Peru recalled its ambassador from Chile, but did not say whether it would expel Chile's envoy.")
    assert ("SANCTION", "PER", "CHL", "asserted") in found, found
    assert ("THREATEN", None, None, "asserted") in _rows(
        "Iraq did not say whether the minister's threat to close the port to Kuwait still stood.")
