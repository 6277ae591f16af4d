"""A crowd's state comes from where it is, not from where the foreign premises it attacks stand (own
sentences; realnews: protesters who stormed one state's posts read as the host state's attackers)."""
from __future__ import annotations

from detente.events.role_actors import crowd_place
from events_kit import parsed


def _crowd(text: str) -> list[tuple]:
    _, sentences = parsed(text)
    s = sentences[0]
    crowd = next(t.i for t in s.tokens if t.text.lower() == "protesters")
    return [(a.country, a.sector) for a in crowd_place(s, crowd)]


def test_foreign_premises_do_not_give_the_crowd_their_city():
    assert _crowd("Protesters stormed Norwegian diplomatic posts in Kenya on Monday.") == []


def test_the_crowd_keeps_its_own_place():
    assert _crowd("Protesters in Nairobi stormed the Norwegian embassy on Monday.") == [("KEN", "CVL")]
    assert _crowd("Protesters blocked streets in Nairobi on Monday.") == [("KEN", "CVL")]
