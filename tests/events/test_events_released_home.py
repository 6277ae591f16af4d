"""Released people a national outlet's page names by no state (events/released.py, GUESSED). Session 26: once the
outlet was read from the end of a page's <title> (clean/title_outlet.py), a Banjul paper's "the officers had
been freed" gave the freed officers the page's own state, the state it speaks as (actors.home_voice), and the
release lost its doer; like the page's main-state guess, that state is the one that let them go. Our own page."""
from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))
from helpers import coded_triples, make_article  # noqa: E402

BODY = ("Botswana closed the Ngoma crossing to Namibian lorries on Friday. The two Botswanan customs officers "
        "arrested at Katima Mulilo on Thursday were released on Sunday and driven to the border post. The Minister "
        "of International Relations, Tobias Nghipandulwa, said the officers had been freed as a goodwill gesture, "
        "but insisted that they had entered the country armed.")


def _freed(outlet: str | None) -> list[tuple]:
    events = coded_triples(replace(make_article(BODY, date="2019-03-10"), outlet=outlet))
    return sorted((s, t) for k, s, t in events if k in ("RETREAT", "CONCEDE"))


def test_people_freed_on_a_national_outlets_page_are_the_other_sides():
    assert ("NAM", "BWA") in _freed("The Namibia Ledger"), _freed("The Namibia Ledger")


def test_no_freed_people_take_the_outlets_own_state():
    assert not any(t == "NAM" for _, t in _freed("The Namibia Ledger"))
