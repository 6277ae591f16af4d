"""Classes of eval/wire40 (session 27, helper pages40), our own sentences: a titled person whose title carries a
capitalised portfolio before the name with no comma ("Minister of Water Resources and Irrigation Karim Nasr")
is that title's holder, so a later bare surname and "he" keep the state (data/portfolios.tsv)."""
from __future__ import annotations

import pytest

from detente.actors.gazetteer import data_rows
from detente.actors.mentions import portfolio_end, portfolio_words
from helpers import events_of, mentions_of

PAGE = ("PRETORIA, May 11 - South African and Namibian officials met in Walvis Bay on Tuesday over the fishing licences.\n\n"
        "{intro} said the Namibian decision broke the 1994 accord. \"We will not accept it,\" {surname} said. "
        "He accused Windhoek of bad faith.")


@pytest.mark.parametrize("intro,surname", [
    ("Minister of Foreign Affairs Thandi Mokoena", "Mokoena"),
    ("Minister of Forestry, Fisheries and Environment Sipho Dube", "Dube"),
    ("Minister of Water Resources and Irrigation Karim Nasr", "Nasr")])
def test_he_after_a_portfolio_titled_minister_keeps_the_state(intro, surname):
    found = events_of(PAGE.format(intro=intro, surname=surname))
    assert ("ACCUSE", "ZAF", "NAM") in found, found


def test_the_bare_surname_after_a_portfolio_titled_minister_keeps_the_state():
    body = ("SANTIAGO, May 11 - Chilean and Peruvian officials met in Arica on Tuesday over the fishing boats.\n\n"
            "Minister of Trade and Industry Ana Ruiz said the boats had been held for a week. "
            "Ruiz accused Lima of breaking the 2014 accord.")
    found = events_of(body)
    assert ("ACCUSE", "CHL", "PER") in found, found


def test_every_portfolio_word_is_loaded_and_skipped_before_a_name():
    rows = data_rows("portfolios.tsv")
    assert len(portfolio_words()) == len(rows)
    for (word,) in rows:
        text = f"Minister of {word} Ana Ruiz"
        assert text[portfolio_end(text, len("Minister")):] == " Ana Ruiz", word


def test_a_portfolio_with_no_name_after_it_gives_no_holder():
    # guards: "Minister for Foreign Affairs said" names nobody; "of" followed by a name is no portfolio
    text = "Minister for Foreign Affairs said"
    assert portfolio_end(text, len("Minister")) == len("Minister for Foreign Affairs")
    text = "Minister of Ana Ruiz"
    assert portfolio_end(text, len("Minister")) == len("Minister")
