"""International courts as doers: the EU's court by its names, a later "the court" or "the Court", and a headline's
"Court" on a page that names it (bodies.tsv, short_names.tsv, body_organs.tsv; wire49 w49_04, w49_06). Our own
sentences."""
from __future__ import annotations

from helpers import events_of, mentions_of

CJEU = ("The EU Court of Justice on Thursday ordered Hungary to pay 40,000 euros a day until it closes a waste dump "
        "near the Slovak border. ")
LATER = ("Slovakia brought the case in 2019. Hungary said it would study the ruling. Budapest has built two new "
         "landfills since then. Slovak villagers have protested for years. ")


def _countries(body: str, text: str, title: str = "") -> list[str | None]:
    return [m.country for m in mentions_of(body, title) if m.text == text]


def test_the_eu_court_is_an_eu_institution_and_no_state_role():
    assert _countries(CJEU, "EU Court of Justice") == ["EUR"]
    assert _countries(CJEU, "Justice") == []


def test_a_later_bare_court_is_the_eu_court_however_far():
    body = CJEU + LATER + "In May the court ordered an immediate halt to dumping."
    assert _countries(body, "court") == ["EUR"]


def test_accusing_the_court_of_something_keeps_the_court():
    body = CJEU + "On Friday a Hungarian minister accused the court of overreach."
    assert _countries(body, "court") == ["EUR"]
    assert ("ACCUSE", "HUN", "EUR") in events_of(body)


def test_a_headline_court_is_the_court_the_page_names():
    title = "Court fines Hungary 40,000 euros a day over waste dump"
    assert _countries(CJEU, "Court", title) == ["EUR"]
    assert ("SANCTION", "EUR", "HUN") in events_of(CJEU, title)


def test_the_court_on_a_world_court_page_is_the_un_s():
    body = ("Guyana asked the International Court of Justice in March to rule on the border. On Friday the Court "
            "told Venezuela to take no step that would change the situation in the disputed region.")
    assert _countries(body, "Court") == ["UNO"]


def test_a_headline_court_on_a_page_naming_two_courts_is_neither():
    title = "Court to hear border case"
    body = ("Guyana asked the International Court of Justice to rule on the border, and Venezuelan officials "
            "complained to the International Criminal Court.")
    assert _countries(body, "Court", title) in ([], [None])


def test_a_national_court_stays_its_state_s():
    body = ("Poland's Constitutional Court ruled on Tuesday that parts of the treaty were void. The Court said "
            "Polish law came first.")
    assert "EUR" not in _countries(body, "Court")
