"""A quoted "we" is the speaker's state (actors/quoted_voice.py); our own invented sentences."""
from __future__ import annotations

from detente.actors.quoted_voice import with_quoted_voice
from helpers import events_of, mentions_of


def _we(body: str) -> list:
    return [m for m in mentions_of(body) if m.text.lower() in ("we", "our", "us")]


def test_a_quoted_we_takes_the_state_of_the_speaker():
    found = _we('"We demand the immediate release of our fishermen," Chile\'s foreign ministry said on Monday.')
    assert found and {m.country for m in found} == {"CHL"}
    assert "quoted first person" in found[0].resolution


def test_the_quoted_demand_is_the_speakers_request():
    body = ("Peruvian marines seized four Chilean boats on Monday. "
            '"We demand the immediate release of the crews," Chile\'s foreign ministry said.')
    # the splitter leaves the opening mark with the sentence before
    assert any(k == "REQUEST" and s == "CHL" for k, s, t in events_of(body))


def test_a_speaker_of_no_state_lends_the_quote_none():
    assert not any(m.country for m in _we('"We are afraid to go back to sea," a fisherman told reporters.'))


def test_a_we_outside_quotation_marks_is_not_read_here():
    assert not any(m.country for m in _we("We demand the release of the crews, Chile's foreign ministry said."))


def test_a_we_deep_inside_the_quote_is_the_speakers_musing():
    body = ('"This is maybe the one thing we can thank Mr Castillo for," Chile\'s foreign minister said.')
    assert not any(m.country for m in _we(body))


def test_no_quotes_no_new_mentions():
    assert with_quoted_voice((), []) == []
