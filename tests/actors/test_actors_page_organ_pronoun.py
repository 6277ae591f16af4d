""""The State Border Service said that it had sent two ships": the pronoun is the reporting organ's, whose state
the page gives it (actors/anaphora.py rule 1, `_page_organ`), not the state an earlier sentence named last
(wire26: Russia, named in a line about trucks). Our own sentences."""
from __future__ import annotations

from helpers import mentions_of

LEAD = ("Azerbaijan summoned Iran's ambassador on Monday after Iranian launches seized an Azerbaijani cutter off "
        "Astara. Azerbaijan's foreign minister called it piracy, and Azerbaijani officials said the crew must be "
        "home within two days. Trucks carry fruit north towards Russia. ")


def _country(mentions, text: str) -> list[str | None]:
    return [m.country for m in mentions if m.text == text]


def test_it_after_a_reporting_organ_named_without_its_state_is_the_organ_s():
    mentions = mentions_of(LEAD + "The State Border Service said later that it had sent two more patrol ships to Astara.")
    assert _country(mentions, "Border Service") == ["AZE"]
    assert _country(mentions, "it") == ["AZE"]


def test_it_after_a_state_reporter_is_still_the_state():
    mentions = mentions_of(LEAD + "Georgia said later that it had sent two more patrol ships to Poti.")
    assert _country(mentions, "it") == ["GEO"]
