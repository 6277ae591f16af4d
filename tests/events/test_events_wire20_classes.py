"""Classes the blind development pages of session 19 (eval/wire20) showed, told with our own sentences: a call
on a head of state that asks nothing of him is a visit; a named visitor's visit that only dates another act is
an event of its own."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))
from helpers import events_of  # noqa: E402

from detente.events.lexicon import cue_words  # noqa: E402


def test_a_courtesy_call_on_a_president_is_a_meeting_not_a_request():
    page = ("Ghana's foreign minister flew to Abidjan on Sunday for talks with Ivorian officials. "
            "The minister called on President Ouattara at the presidential palace on Monday.")
    events = events_of(page)
    assert any(kind == "CONSULT" and source == "GHA" for kind, source, _ in events)
    assert not any(kind == "REQUEST" for kind, _, _ in events)


def test_calling_on_a_state_or_a_president_to_act_stays_a_request():
    assert ("REQUEST", "GHA", "TGO") in events_of("Ghana called on Togo to release the fishermen.")
    assert ("REQUEST", "KEN", "UGA") in events_of("Kenya called on President Museveni to reopen the border.")


def test_a_visit_that_dates_a_signing_is_coded_too():
    events = events_of("Ghana and Togo signed a transit accord during Ghanaian Foreign Minister Kofi Mensah's "
                       "visit to Lome.")
    assert ("AGREE", "GHA", "TGO") in events
    assert ("CONSULT", "GHA", "TGO") in events


def test_a_visit_that_lends_its_doer_to_a_passive_stays_nested():
    # "the swap was agreed during a visit by X": the agreement takes X as its doer
    events = events_of("The swap was agreed on Thursday during a visit to Accra by Togolese Foreign Minister "
                       "Komi Agbeko.")
    assert ("AGREE", "TGO", "GHA") in events or ("AGREE", "GHA", "TGO") in events


def test_the_new_cues_load():
    assert cue_words("courtesy") == {"call": "on"}
    frame = cue_words("timeframe")
    assert frame["during"] == "prep" and frame["day"] == "noun"


def test_a_state_called_on_in_a_quoted_infinitive_is_asked():
    # the quote can cut "to" off the verb in the parse; a state called on is asked, not visited (wire9)
    events = events_of('A State Department spokesman said Washington backed its ally and called on Pyongyang to '
                       '"refrain from provocations".')
    assert any(kind == "REQUEST" and source == "USA" for kind, source, _ in events)
    assert not any(kind == "CONSULT" for kind, _, _ in events)


def test_forces_ordered_back_to_base_are_pulled_back_not_deployed():
    page = ("Ugandan soldiers fired on a Kenyan police post on Sunday, Kenya said. Uganda denied it. "
            "The Ugandan army said its patrol boat had been ordered back to its base at Jinja on Monday.")
    events = events_of(page)
    assert ("RETREAT", "UGA", "KEN") in events
    assert not any(kind == "MOBILIZE" for kind, _, _ in events)


def test_troops_recalled_from_the_border_are_withdrawn_and_an_envoy_recalled_stays_a_sanction():
    assert ("RETREAT", "KEN", "UGA") in events_of("Kenya recalled its troops from the border with Uganda on Friday.")
    assert not any(kind == "RETREAT" for kind, _, _ in events_of(
        "Kenya recalled its ambassador to Uganda for consultations on Friday."))
