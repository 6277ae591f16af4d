"""A state-less official met in the capital a traveller is placed in is that capital's (actors/host_capital.py):
"was in Bissau the following day for two hours of talks with President X's chief of staff" (wire30 w30_03) gave the
chief of staff the page's main state, the other party. Our own Ghana-Togo sentences."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))
from events_kit import coded_pages  # noqa: E402

LEAD = "Ghana and Ghana's army closed the border with Togo after a clash on Sunday. "
MET = LEAD + ("The Ghanaian foreign minister flew into Lome on Tuesday for talks with President Kodjo Agbeyome's "
              "chief of staff.")



@pytest.fixture(scope="module")
def found() -> dict[str, set]:
    return coded_pages([MET])


def test_the_official_met_in_a_capital_is_its_states(found):
    assert ("CONSULT", "GHA", "TGO") in found[MET], found[MET]

