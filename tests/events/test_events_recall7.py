"""Session 17 (helper recall7), classes from the remaining core misses of eval/wire14 and eval/wire15 (development
sets written blind): a seizure told in a reduced passive relative that names its doer, inside a request to release
("..., seized by Y's coast guard on Monday"), is an event of its own (nesting.agented_seizure); dropping a threat
or an ultimatum yields (triggers.tsv `drop`). Our own sentences, each with a near miss that keeps its old reading."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("sentence", [
    "Norway asked Chile to release six Norwegian fishermen, seized by the Chilean navy on Monday.",
    "Norway has asked Chile to release nine Norwegian fishermen and return their two boats, seized by the Chilean "
    "coast guard near the island on Monday.",
])
def test_a_seizure_told_with_its_doer_in_a_reduced_relative_is_an_event(sentence):
    found = summary(code(sentence))
    assert ("REQUEST", "NOR", "CHL") in found, found
    assert ("COERCE", "CHL", "NOR") in found, found


@pytest.mark.parametrize("sentence", [
    "Norway asked Chile to release six Norwegian fishermen seized on Monday.",  # no doer named
    "Norway asked Chile to respect the border drawn by Peru in 1904.",  # no act of force
])
def test_a_reduced_relative_without_a_doer_or_force_stays_a_description(sentence):
    found = summary(code(sentence))
    assert not any(k == "COERCE" for k, _, _ in found), found


@pytest.mark.parametrize("sentence,expected", [
    ("Norway dropped its threat to suspend the fishing accord with Chile.", ("CONCEDE", "NOR", "CHL")),
    ("Chile dropped its ultimatum to Peru on Friday.", ("CONCEDE", "CHL", "PER")),
])
def test_dropping_a_threat_yields(sentence, expected):
    found = summary(code(sentence))
    assert expected in found, found
    assert not any(k == "THREATEN" for k, _, _ in found), found


def test_a_threat_made_stays_a_threat():
    found = summary(code("Norway threatened to suspend the fishing accord with Chile."))
    assert ("THREATEN", "NOR", "CHL") in found, found


@pytest.mark.parametrize("sentence", [
    "Peruvian farmers marched in Lima to demand the return of land seized by Chilean forces in the 1970s.",
    "Chile paid compensation to the families of Peruvian fishermen killed by its navy.",
])
def test_history_or_a_killing_in_a_reduced_relative_stays_background(sentence):
    found = summary(code(sentence))
    assert not any(k in ("COERCE", "ASSAULT") for k, _, _ in found), found


# Session 17 (envoys): light-verb approval (wire15: "gave their approval to an accord", "would not give its consent to").
@pytest.mark.parametrize("sentence,expected", [
    ("Norway gave its approval to the fishing accord with Chile.", ("AGREE", "NOR", "CHL")),
    ("Norway withheld its consent to the fishing accord with Chile.", ("REJECT", "NOR", "CHL")),
])
def test_approval_given_or_withheld_through_a_light_verb(sentence, expected):
    found = summary(code(sentence))
    assert expected in found, found


def test_giving_aid_keeps_its_aid_reading():
    assert ("AID", "NOR", "CHL") in summary(code("Norway gave aid to Chile."))


def test_consent_refused_is_no_agreement():
    found = summary(code("Norway said it would not give its consent to new funds for Chile."))
    assert not any(k == "AGREE" for k, _, _ in found), found
