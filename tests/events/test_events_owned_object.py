"""The story's other state named in the act's own clause, but not as its object (issue #11; events/owned_object.py,
counterpart.py): the owner of an expelled envoy named by "its" (wire47 w47_05), a decision "to expel" that is no
background participle (wire41 w41_06), forces sent "along" a state's border (wire44 w44_06). Our own sentences."""
from __future__ import annotations

import pytest

from events_kit import code

STORY = "Ghana accused Togo of harassing Ghanaian traders. Togo denied the charge. "
JUDGED = "Ghana called Togo's expulsion of its ambassador hasty and unfriendly."
NOTED = "Ghana said on Monday it had taken note of the Togolese government's decision to expel its ambassador."
ALONG = "Ghana sent two army companies to posts along the Togolese border on Sunday."
THIRD = "Kenya called Togo's expulsion of its ambassador hasty and unfriendly."
ALONG_WITH = "Ghana sent two army companies to the flooded north along with Togolese engineers."


def _pairs(text: str, event_type: str) -> set[tuple]:
    return {(e.source.country, e.target.country if e.target else None) for e in code(STORY + text)
            if e.event_type == event_type and e.evidence.sentence == text}


@pytest.mark.parametrize("text", [JUDGED, NOTED])
def test_an_envoy_expelled_is_the_other_state_s(text):
    # "its ambassador" is never the expeller's own: the state named before it is what the act is done to
    assert ("TGO", "GHA") in _pairs(text, "SANCTION"), _pairs(text, "SANCTION")


def test_forces_sent_along_a_state_s_border_are_aimed_at_it():
    assert ("GHA", "TGO") in _pairs(ALONG, "MOBILIZE"), _pairs(ALONG, "MOBILIZE")


def test_a_third_state_judging_the_expulsion_gives_no_counterpart():
    assert ("TGO", "GHA") not in _pairs(THIRD, "SANCTION"), _pairs(THIRD, "SANCTION")


def test_along_with_is_company_not_a_place():
    assert ("GHA", "TGO") not in _pairs(ALONG_WITH, "MOBILIZE"), _pairs(ALONG_WITH, "MOBILIZE")
