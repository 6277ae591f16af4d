"""Acts done at another state's asking (events/at_request.py; session 28, recall23): a verb of putting off with no
trigger of its own, done "at X's request", "at the request of X" or "after a request from X", is CONCEDE doer→X
(wire40 w40_10: "postponed by 48 hours ... at Washington's request"); a request noun whose asker its own "of"/"from"
phrase names is that asker's, aimed at the doer (w40_11: "after a request from Washington" was the doer's REQUEST)."""
from __future__ import annotations

import pytest

from detente.events.at_request import asked_host
from detente.events.lexicon import cue_words
from events_kit import code, parsed, summary


@pytest.mark.parametrize("text, event", [
    ("Chile postponed the vote on the fishing quotas by two days at Peru's request.", ("CONCEDE", "CHL", "PER")),
    ("Kenya on Monday delayed the new border fees at the request of Uganda.", ("CONCEDE", "KEN", "UGA")),
    ("Ghana deferred the tariff increase for a month at Togo's request.", ("CONCEDE", "GHA", "TGO")),
    ("Norway adjourned the hearing on the trawler at the request of Denmark.", ("CONCEDE", "NOR", "DNK")),
    ("Bolivia rescheduled the border census after a request from Chile.", ("CONCEDE", "BOL", "CHL")),
    ("Finland postponed the vote following a request from Norway.", ("CONCEDE", "FIN", "NOR")),
    ("The vote was postponed by Chile at Peru's request.", ("CONCEDE", "CHL", "PER")),
])
def test_a_deferral_at_a_states_request_concedes_to_it(text, event):
    assert event in summary(code(text))


@pytest.mark.parametrize("text, event", [
    ("Bolivia rescheduled the border census after a request from Chile.", ("REQUEST", "CHL", "BOL")),
    ("Finland postponed the vote following a request from Norway.", ("REQUEST", "NOR", "FIN")),
])
def test_a_request_told_with_from_is_its_makers(text, event):
    found = summary(code(text))
    assert event in found and (event[0], event[2], event[1]) not in found


def test_the_at_request_is_no_request_beside_the_concession():
    assert not [e for e in code("Chile postponed the vote by two days at Peru's request.") if e.event_type == "REQUEST"]


@pytest.mark.parametrize("text, status", [
    ("Chile will postpone the vote at Peru's request.", "pending"),
    ("Chile did not postpone the vote at Peru's request.", "negated"),
    ("Chile postponed the vote at Peru's request.", "asserted"),
])
def test_the_concession_has_the_deferrals_status(text, status):
    conceded = [e for e in code(text) if e.event_type == "CONCEDE"]
    assert [e.status for e in conceded] == [status]
    assert conceded[0].evidence.trigger.lower().startswith("postpone")


@pytest.mark.parametrize("text", [
    "The vote was postponed at Peru's request.",  # no doer named
    "Chile postponed the vote at the request of its own farmers.",  # no state asked
    "Denmark will not postpone the checks, the government said, rejecting a request from Finland.",
    "Chile praised the vote held at Peru's request.",  # no verb of putting off
])
def test_no_concession_without_a_deferral_by_a_named_state_at_anothers_asking(text):
    assert "CONCEDE" not in {e.event_type for e in code(text)}


def test_a_request_the_asker_already_makes_is_left_alone():
    assert ("REQUEST", "PER", "NATO") in summary(code("NATO said the meeting was called at the request of Peru."))


def test_asked_host_reads_the_phrase_and_the_cue_list():
    assert {"postpone", "delay", "defer", "adjourn", "reschedule"} <= set(cue_words("deferral"))
    _, sentences = parsed("Chile postponed the vote at Peru's request.")
    sentence = sentences[0]
    noun = next(t.i for t in sentence.tokens if t.text == "request")
    assert asked_host(sentence, noun).lemma == "postpone"
    _, sentences = parsed("Chile postponed the vote after a request.")
    sentence = sentences[0]
    noun = next(t.i for t in sentence.tokens if t.text == "request")
    assert asked_host(sentence, noun) is None  # "after" a request tells its maker only with "from"


def test_explain_has_a_meaning_for_each_new_rule_word():
    from detente.cli import glossary
    conceded, = [e for e in code("Chile postponed the vote following a request from Peru.") if e.event_type == "CONCEDE"]
    request, = [e for e in code("Chile postponed the vote following a request from Peru.") if e.event_type == "REQUEST"]
    assert {"deferral:", "tgt=request-maker"} <= dict(glossary.rule_terms(conceded.rule)).keys()
    assert "src→request-maker" in dict(glossary.rule_terms(request.rule))
