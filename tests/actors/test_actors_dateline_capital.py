"""A capital that opens the dateline and acts in the headline is the state a page speaks as
(actors/home_voice.dateline_capital_state; wire19: a San José paper's "Foreign Minister X called in the
Nicaraguan ambassador" was given Nicaragua, the state the page names most). A dateline alone says nothing.
Our own text."""
from __future__ import annotations

from helpers import events_of_parts

BODY = ("Nicaraguan soldiers crossed the river near the Nicaraguan town of San Carlos on Monday, Nicaraguan "
        "radio said. Nicaragua said the patrol had been lost. Foreign Minister Tomás Quirós Arce summoned the "
        "Nicaraguan ambassador and handed him a protest note. The foreign minister warned that the frontier "
        "would be closed if Nicaragua did not answer.")


def _events(title: str, dateline: str) -> set[tuple]:
    return events_of_parts([(title, "title"), (dateline, "dateline"), (BODY, "body")], "1961-03-16")


def test_a_capitals_paper_gives_its_unnamed_minister_its_state():
    found = _events("Nicaraguan patrol crosses river; San José protests", "San José, 16 March 1961")
    assert any(source == "CRI" and target == "NIC" for _, source, target in found)
    assert not any(source == "NIC" and target == "CRI" and kind in ("ACCUSE", "THREATEN") for kind, source, target in found)


def test_a_dateline_without_the_capital_in_the_headline_says_nothing():
    found = _events("Nicaraguan patrol crosses river", "San José, 16 March 1961")
    assert not any(source == "CRI" and kind in ("ACCUSE", "THREATEN") for kind, source, _ in found)



def test_the_pages_dateline_is_the_one_opening_with_a_known_place():
    # session 33: date lines in other languages and scripts are datelines too; the one that opens with a place
    # the gazetteer knows is the page's (eval/wire53 w53_04: a Cyrillic date line above the wire's "SOFIA, Nov
    # 18" took its place, and the page's foreign minister lost the state of the headline's capital)
    from helpers import article_of_parts

    from detente.actors.home_voice import page_dateline

    article = article_of_parts([("Сан Хосе, 16 марта 1961", "dateline"), ("San José protests", "title"),
                                ("SAN JOSÉ, March 16 (Wire) - ", "dateline"), (BODY, "body")], "1961-03-16")
    assert page_dateline(article).startswith("SAN JOSÉ")
    only_other_script = article_of_parts([("Сан Хосе, 16 марта 1961", "dateline"), (BODY, "body")], "1961-03-16")
    assert page_dateline(only_other_script).startswith("Сан Хосе")
