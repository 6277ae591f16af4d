""""X will not give Y the names, the Foreign Ministry said, and it accused Y of ...": "it", the subject of a clause
coordinated with the organ's verb of saying, is that organ (actors/anaphora.py `_second_clause`), not the state
named last before it (eval/wire31, written blind: the accusation was read as Y's own). Our own sentences."""
from __future__ import annotations

from helpers import mentions_of

LEAD = ("Indonesia and Singapore at odds over haze. Smoke from fires in Sumatra covered Singapore for a week. "
        "Singapore asked Indonesia to share the names of the companies on Thursday. ")


def _country(mentions, text: str) -> list[str | None]:
    return [m.country for m in mentions if m.text == text]


def test_it_in_a_clause_beside_an_organ_s_statement_is_the_organ_s():
    mentions = mentions_of(LEAD + "Indonesia would not give Singapore the names of the companies, the Foreign Ministry "
                           "said on Monday, and it accused Singapore of interfering in Indonesian courts.")
    assert _country(mentions, "it") == ["IDN"]


def test_it_beside_a_state_that_spoke_is_still_that_state():
    mentions = mentions_of(LEAD + "Malaysia said on Monday that the smoke had closed its schools, and it asked "
                           "Indonesia for the maps of the plantations.")
    assert _country(mentions, "it") == ["MYS"]
