"""'We' in words a named speaker is reported to say is the speaker's state (actors/anaphora.py rule 1; wire8:
"'We expect the vessel and its crew to be released,' Hovland told NTB"), on our own sentences."""
from __future__ import annotations

from helpers import mentions_of


def _we(body: str):
    return [m for m in mentions_of(body) if m.text.lower() == "we"]


def test_we_in_a_reported_quote_is_the_speakers_state():
    found = _we('"We expect the trawler to be returned without delay," Chile\'s foreign minister told reporters.')
    assert [m.country for m in found] == ["CHL"]


def test_we_without_a_reporter_stays_unresolved():
    assert all(m.country is None for m in _we("We saw the ships ourselves."))


def test_we_of_an_analyst_of_no_state_is_not_the_last_state_named():
    # a commentator's "we" is nobody's state, not that of the state named just before it (seeds)
    found = _we('"With the new cooperation between Chile and Peru, we may see more trade," said a local economist.')
    assert all(m.country is None for m in found)
