"""The step of an agreement's life that one report tells."""
from __future__ import annotations

import pytest

from detente.agreements.lifecycle import ORDER, history_year, report_stage, stage_in, stage_words


@pytest.mark.parametrize("event_type, status, trigger, sentence, stage", [
    ("AGREE", "asserted", "signed", "Norway and Iceland signed the accord.", "signed"),
    ("AGREE", "asserted", "ratified", "Parliament ratified the accord.", "approved"),
    ("AGREE", "pending", "sign", "The two sides will sign the accord next month.", "negotiating"),
    ("AGREE", "negated", "agree", "The sides failed to agree on the accord.", "negotiating"),
    ("REJECT", "asserted", "quit", "Iceland quit the accord on Friday.", "exited"),
    ("THREATEN", "pending", "threatened", "Iceland threatened to quit the accord.", None),
    ("CONSULT", "asserted", "met", "Envoys met to discuss the accord.", "negotiating"),
    ("AGREE", "asserted", "agreed", "The accord took effect on Sunday after both agreed.", "agreed"),
    ("COOPERATE", "asserted", "renewed", "The two states renewed the accord for five years.", "renewed"),
    ("COOPERATE", "asserted", "resumed", "Shipping resumed under the accord.", None),
])
def test_report_stage(event_type, status, trigger, sentence, stage):
    assert report_stage(event_type, status, trigger, sentence) == stage


def test_every_stage_word_of_the_data_file_loads_and_names_a_known_stage():
    for pattern, stage, prefix in stage_words():
        assert stage in ORDER
        assert stage_in(f"they {prefix}ed it") == stage or stage_in(f"they {prefix} it") == stage, prefix


@pytest.mark.parametrize("text", ["the agreement was a topic", "a significant signal"])
def test_a_deals_own_noun_or_a_lookalike_word_names_no_step(text):
    assert stage_in(text) is None


@pytest.mark.parametrize("trigger, sentence, stage", [
    ("agreed", "Peru agreed to extend the accord for five years.", "renewed"),
    ("agreed", "Peru agreed on Tuesday to extend the accord.", "renewed"),
    ("agreed", "Iceland agreed to suspend the accord until May.", "suspended"),
    ("agreed", "Peru agreed to sign the accord in June.", "agreed"),
    ("agreed", "Peru agreed to a plan to quit the accord.", "agreed"),
    ("suspension", "Oslo announced the suspension of the accord.", "suspended"),
    ("extension", "Both welcomed the extension of the accord.", "renewed"),
])
def test_agreeing_to_a_later_step_is_that_step(trigger, sentence, stage):
    assert report_stage("AGREE", "asserted", trigger, sentence) == stage


def test_a_stage_word_dated_in_the_past_by_its_clause_is_history():
    assert stage_in("the accord, signed in 2015, still holds", skip_history=True) is None
    assert stage_in("the accord, signed in the summer of 2015, lapsed", skip_history=True) == "expired"
    assert stage_in("they signed the accord in Oslo", skip_history=True) == "signed"
    assert history_year("signed", "the treaty signed back in March 1998 by both") == "1998"
    assert history_year("met", "envoys met on the treaty signed in 1998") is None


@pytest.mark.parametrize("sentence, stage", [
    ("Norway and Iceland agreed on Monday to resume talks on a fisheries treaty.", "negotiating"),
    ("Norway and Iceland agreed to start formal negotiations on the accord.", "negotiating"),
    ("Norway and Iceland agreed to sign the accord next month.", "agreed"),  # the deal itself is agreed
    ("Norway and Iceland agreed to the accord after long talks.", "agreed"),  # talks behind it, not after "to"
])
def test_agreeing_to_talks_leaves_the_deal_under_negotiation(sentence, stage):
    assert report_stage("AGREE", "asserted", "agreed", sentence) == stage


def test_a_meeting_that_agreed_to_negotiate_is_negotiation_not_the_deal_agreed():
    """The stage word came from the sentence, not the trigger "met" (newcomer7: the accord read "agreed")."""
    text = "The ministers of Chile and Peru met in Lima on Monday and agreed to negotiate a Pacific Fisheries Accord."
    assert report_stage("CONSULT", "asserted", "met", text) == "negotiating"
    assert report_stage("CONSULT", "asserted", "met", "The two ministers met and agreed on the Pacific Fisheries "
                        "Accord.") == "agreed"
    assert report_stage("CONSULT", "asserted", "met", "The ministers met and agreed to extend the accord.") == "renewed"
