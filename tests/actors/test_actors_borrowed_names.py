"""A group whose name borrows a listed group's name is another group (own sentences; realnews: an Iraqi
militia named after Lebanon's Hezbollah read as Lebanon)."""
from __future__ import annotations

from helpers import mentions_of


def _countries(body: str) -> dict[str, str | None]:
    return {m.text: m.country for m in mentions_of(body, date="2021-05-12")}


def test_a_name_preceded_by_another_proper_noun_is_another_group():
    found = _countries("Harakat Hezbollah fighters fired rockets at a US base on Monday.")
    assert "LBN" not in found.values(), found


def test_the_listed_group_keeps_its_state_alone_or_with_its_people_word():
    assert "LBN" in _countries("Hezbollah fighters fired rockets at an Israeli post on Monday.").values()
    assert "LBN" in _countries("Lebanese Hezbollah fighters fired rockets at an Israeli post.").values()
