"""An official named without a country speaks for the state whose future act they announce
(actors/own_plans.py, own_plans.tsv; session 9, eval/wire8)."""
from __future__ import annotations

import pytest

from detente.actors.gazetteer import data_rows
from detente.actors.own_plans import own_plan_words
from helpers import events_of, mentions_of

# Two paragraphs that name the other state more often, as the pages that motivated the rule did.
LEAD = ("Three Ugandan rangers were arrested on Thursday by a Kenyan patrol near Busia. Ugandan officials "
        "said the rangers had been on Ugandan soil. ")

VERB_FORMS = {"say": "said", "tell": "told reporters", "warn": "warned", "announce": "announced",
              "vow": "vowed", "threaten": "threatened", "promise": "promised", "pledge": "pledged"}


def _country_of(mentions, text):
    return next(m.country for m in mentions if m.text == text)


@pytest.mark.parametrize("modal", sorted(own_plan_words()["modal"]))
@pytest.mark.parametrize("lemma", sorted(own_plan_words()["say"]))
def test_every_row_is_used(lemma, modal):
    body = LEAD + f"Trade Minister Amina Odhiambo {VERB_FORMS[lemma]} that Kenya {modal} reopen the crossing."
    assert _country_of(mentions_of(body), "Trade Minister Amina Odhiambo") == "KEN"


def test_rows_are_kinds_with_an_example():
    rows = data_rows("own_plans.tsv")
    assert {r[0] for r in rows} == {"say", "modal", "consequence"} and all(len(r) == 3 and r[2] for r in rows)
    assert set(VERB_FORMS) == own_plan_words()["say"]


def test_the_warning_is_coded_from_the_state_it_speaks_for():
    body = LEAD + ("Foreign Minister Amina Odhiambo warned that Kenya would suspend imports of Ugandan "
                   "sugar unless the talks resumed.")
    events = events_of(body)
    assert ("THREATEN", "KEN", "UGA") in events and ("THREATEN", "UGA", "KEN") not in events


@pytest.mark.parametrize("complement", [
    "Kenya had sent the patrol across the border",  # a past act of a state: no plan of one's own
    "Kenya and Uganda would meet next week",  # two states: whose is not said
])
def test_no_future_act_of_one_state_leaves_the_document_context(complement):
    body = LEAD + f"Foreign Minister Amina Odhiambo said that {complement}."
    assert _country_of(mentions_of(body), "Foreign Minister Amina Odhiambo") == "UGA"


def test_a_stated_country_is_kept():
    body = LEAD + "Ugandan Foreign Minister Grace Akello warned that Kenya would regret the arrests."
    assert _country_of(mentions_of(body), "Ugandan Foreign Minister Grace Akello") == "UGA"


@pytest.mark.parametrize("example", [r[2] for r in data_rows("own_plans.tsv") if r[0] == "consequence"])
def test_a_consequence_for_a_state_is_not_the_speakers_own_plan(example):
    body = LEAD + f"Foreign Minister Amina Odhiambo warned that {example.replace('Norway', 'Kenya')}."
    assert _country_of(mentions_of(body), "Foreign Minister Amina Odhiambo") != "KEN"
