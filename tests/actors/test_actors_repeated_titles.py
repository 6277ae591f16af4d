"""A title named again without its owner is the same office: "the bloc's foreign policy chief … the foreign policy
chief said" (actors/repeated_titles.py; wire40 w40_11). Our own sentences."""
from __future__ import annotations

from helpers import events_of, mentions_of

LEAD = ("The European Union's foreign policy chief hosted the prime ministers of Albania and North Macedonia in "
        "Brussels on Monday. The two leaders left without a statement. ")


def _countries(body: str, text: str) -> list[str | None]:
    return [m.country for m in mentions_of(body) if m.text == text]


def test_the_bare_title_is_the_owner_named_before():
    body = LEAD + "On Tuesday the foreign policy chief blamed Albania for the failure of the meeting."
    assert _countries(body, "chief") == ["EUR"]
    assert ("ACCUSE", "EUR", "ALB") in events_of(body)


def test_a_state_s_repeated_title_is_that_state_s():
    body = ("Kenya's army chief flew to Kampala on Monday for talks on the border. On Tuesday the army chief "
            "accused Uganda of moving troops to the lake.")
    assert ("ACCUSE", "KEN", "UGA") in events_of(body)


def test_a_one_word_title_repeats_no_particular_office():
    body = LEAD + "On Tuesday the chief blamed Albania for the failure of the meeting."
    assert _countries(body, "chief") == [None]


def test_an_indefinite_title_is_not_the_one_named_before():
    body = LEAD + "A foreign policy chief of another bloc blamed Albania for the failure of the meeting."
    assert "EUR" not in _countries(body, "chief")
