"""A verb joined after a closing quote belongs outside the quotation, not to a relative clause inside it (session 35,
helper recall35b; eval/wire59 w59_04). Sentences written for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))
from helpers import events_of  # noqa: E402


def test_a_verb_after_the_closing_quote_takes_the_outer_subject():
    body = ('OSLO, May 4 (Fjord Wire) - Norway\'s foreign minister described the patrols as "a duty that '
            'protects our fishermen" and accused Kenya of piracy.')
    assert ("ACCUSE", "NOR", "KEN") in events_of(body)


def test_a_relative_clause_with_no_quote_is_left_alone():
    # no quotation closes the relative: "that endangers ... and threatens" are both the act's
    body = ("OSLO, May 4 (Fjord Wire) - Norway's foreign minister condemned the raid, an act that endangers sailors "
            "and threatens the talks, on Friday.")
    assert not any(e[0] == "THREATEN" and e[1] == "NOR" for e in events_of(body))
