"""A conditional review of the rights, licences or permits a state grants the other side's airline, boats or firms
is a threat (triggers.tsv `review`; eval/wire60 w60_01: "would review the landing rights of ... the state airline if
the measures were not reversed" was no event). Our own sentences, other states."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))
from helpers import events_of  # noqa: E402

LEAD = "Ghana accused Togo of seizing two trucks on Monday. Togo denied the charge.\n\n"


@pytest.mark.parametrize("thing", ["the landing rights of Togo's national airline",
                                   "the fishing licences of Togolese trawlers"])
def test_a_conditional_review_of_granted_rights_is_a_threat(thing):
    found = events_of(LEAD + f"Ghana's foreign minister said Accra would review {thing} if the trucks were "
                             "not returned by Friday.")
    assert ("THREATEN", "GHA", "TGO") in found


def test_a_review_of_rights_with_no_condition_is_no_threat():
    found = events_of(LEAD + "Ghana's aviation authority reviewed the landing rights of several airlines last year.")
    assert not any(e[0] == "THREATEN" for e in found)
