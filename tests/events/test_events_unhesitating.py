"""A denied hesitation over a verb that names no act of its own is a warning (PLOVER THREATEN), aimed at the
story's other state: "would not hesitate to respond if ...", "to retaliate", "to use force" (wire4, sent-dev5
class: the bare verb had no trigger, so nothing was coded). Our own sentences."""
from __future__ import annotations

import pytest

from events_kit import code

STORY = "Kenya accused Uganda of detaining six fishermen near Migingo island. Uganda denied the charge. "


def _pairs(text: str, event_type: str = "THREATEN") -> set[tuple]:
    return {(e.source.country, e.target.country if e.target else None) for e in code(STORY + text)
            if e.event_type == event_type and e.evidence.sentence_index == 2}


@pytest.mark.parametrize("text", [
    "The defence minister said Kenya would not hesitate to respond if shots fell on Kenyan soil again.",
    "Kenya would not hesitate to retaliate, the minister said.",
    "Kenya will not hesitate to act, the minister said.",
    "Kenya would not hesitate to defend its territory, the minister said.",
    "Kenya would not hesitate to use all available means, the minister said.",
    "Kenya would not hesitate to take action, the minister said.",
    "Kenya would not hesitate to open infringement proceedings if the checks broke the treaty, she said.",
])
def test_a_denied_hesitation_over_a_bare_verb_is_a_threat_to_the_other_state(text):
    assert ("KEN", "UGA") in _pairs(text)


@pytest.mark.parametrize("text", [
    "Kenya did not hesitate to respond to the reporters' questions.",  # past: done, no warning
    "Kenya would respond to the letter next week, the minister said.",  # no hesitation denied
    "Kenya would hesitate to act before the talks, the minister said.",  # hesitation not denied
])
def test_no_threat_without_a_denied_future_hesitation(text):
    assert not _pairs(text)


@pytest.mark.parametrize("text", [
    "Kenya asked for a firm deadline of one week; Uganda did not accept it.",
    "Kenya proposed joint patrols, but Uganda did not accept this.",
])
def test_a_past_acceptance_denied_of_a_pronoun_answers_the_request_before_it(text):
    # session 23 recall15 (wire22 class): "it" stands for the request of the clause before, so the past tense
    # turns it down (REJECT), where "did not accept any more refugees" only tells what was not done
    assert ("UGA", "KEN") in _pairs(text, "REJECT")
    assert not _pairs(text, "AGREE")


def test_a_past_acceptance_denied_of_a_noun_stays_a_negated_acceptance():
    assert ("UGA", None) in _pairs("Uganda did not accept any more refugees last year.", "AGREE")
