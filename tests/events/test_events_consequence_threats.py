"""Session 35 (threats35), issue #11: conditional threats whose act is no force word. A consequence the speaker's
state will take "if" / "unless" the other side acts: an answer "with all its force" or "by every means", "whatever it
takes", ties "reconsidered" (triggers.tsv rows answer, do, reconsider, revisit, rethink, reassess), and a warning
whose condition the parse hangs deep under it (events/deep_conditions.py) are threats aimed at the other state; a
conditional promise or offer is none. A threat whose only guessed doer is the state its condition names as the doer
of that condition is the other side's (events/deep_conditions.condition_doers_fixed). Our own sentences."""
from __future__ import annotations

from dataclasses import replace

import pytest

from detente.events.deep_conditions import condition_doers_fixed
from detente.records import Actor
from events_kit import code, parsed, mentions_for

STORY = "Kenya accused Uganda of detaining six fishermen near Migingo island. Uganda denied the charge. "


def _threats(text: str) -> set[tuple]:
    return {(e.source.country, e.target.country if e.target else None) for e in code(STORY + text)
            if e.event_type == "THREATEN"}


@pytest.mark.parametrize("text", [
    "Kenya would answer with all its force if a single Ugandan soldier crossed the border, the minister said.",
    "Kenya will answer by every means at its disposal if Ugandan boats fire on its patrols again, the minister said.",
    "If the fishermen are not freed by Friday, Kenya will do whatever it takes, the minister said.",
    "Kenya would reconsider its security cooperation with Uganda if Kampala did not explain the arrests.",
    "Kenya would revisit the fisheries agreement if the fishermen were not home by Friday, the minister said.",
])
def test_a_consequence_on_the_other_sides_act_is_a_threat(text):
    assert ("KEN", "UGA") in _threats(text)


@pytest.mark.parametrize("text", [
    "Kenya will do what it can to help if Uganda asks, the minister said.",  # an offer
    "Kenya would answer with a proposal of its own if Uganda asked, the minister said.",  # a reply, no harm
    "Kenya would lift the fishing ban if the fishermen were freed, the minister said.",  # a promise
    "Kenya would reconsider the offer if Uganda improved it, the minister said.",  # no ties put in question
    "Kenya would welcome Ugandan traders if the border reopened, the minister said.",
    "Kenya will sign the fisheries accord if Uganda drops its reservations, the minister said.",
])
def test_a_conditional_promise_or_offer_is_no_threat(text):
    assert not _threats(text)


def test_a_condition_deep_under_a_warning_aims_it_at_the_other_state():
    # wire16 w16_01's shape: the 'if' clause hangs on the second of two coordinated acts, four steps under "warned"
    text = ("Kenya warned that it would suspend the joint patrols and stop issuing permits at Busia if the "
            "fishermen were not free by Friday.")
    assert ("KEN", "UGA") in _threats(text)


def test_a_warning_of_anothers_act_at_home_gets_no_target_from_a_deep_condition():
    # the condition's threatened act is done by somebody else than the speaker's state
    text = "The ministry warned that the opposition party would be banned and its leaders tried if the riots went on."
    assert ("KEN", "UGA") not in _threats(text)


def _guessed(text: str, guessed_doer: str, target: str):
    """The THREATEN rows of `text` with their doer replaced by a guess of `guessed_doer` (as the actors stage
    leaves a pronoun it misread) and their target by `target`, passed through the condition check."""
    art, sentences = parsed(STORY + text)
    mentions = list(mentions_for(sentences))
    out = []
    for e in code(STORY + text):
        if e.event_type != "THREATEN":
            continue
        sentence = next(s for s in sentences if s.index == e.evidence.sentence_index)
        trigger = next(t.i for t in sentence.tokens if t.start == e.evidence.trigger_start)
        wrong = replace(e, source=Actor("his troops", guessed_doer, "MIL", "his troops → pronoun 'his' → guess"),
                        target=Actor("the radio", target, None, "addressee"))
        out += condition_doers_fixed(sentence, trigger, [wrong], mentions)
    return {(e.source.country, e.target.country if e.target else None) for e in out}


def test_a_guessed_doer_named_by_the_condition_is_the_threatened_side():
    # wire19 w19_02's shape: the commander's troops given the other state by a misread "his"
    text = "Kenya would answer with all its force if a single Ugandan soldier crossed the border, the minister said."
    assert _guessed(text, "UGA", "KEN") == {("KEN", "UGA")}
    assert _guessed(text, "KEN", "UGA") == {("KEN", "UGA")}  # a right guess is kept
