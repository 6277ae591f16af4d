"""A refusal to meet or talk told with a committing modal is a REJECT, asserted (events/refused_talks.py; the
class of wire37's "would not resume exploratory talks while the ship was at sea"). Sentences are our own."""
from __future__ import annotations

import pytest

from detente.events.refused_talks import refused_talks
from events_kit import code, parsed, summary

REFUSED = [
    ("Ghana would not resume talks with Togo while Togolese boats were at sea, the minister said.", "GHA", "TGO"),
    ("Ghana will not hold talks with Togo while its boats are at sea.", "GHA", "TGO"),
    ("Ghana would not meet Togolese officials until the boats left.", "GHA", "TGO"),
    ("Ghana won't negotiate with Togo under threats.", "GHA", "TGO"),
]
NOT_REFUSED = [
    "Ghana did not meet Togolese officials last week.",  # nothing happened: no refusal
    "Ghana could not attend the talks with Togo because of the storm.",  # inability, not refusal
]


@pytest.mark.parametrize("text,source,target", REFUSED)
def test_refused_talks_are_rejections(text, source, target):
    events = code(text)
    assert ("REJECT", source, target) in summary(events), summary(events)
    assert all(e.status == "asserted" for e in events if e.event_type == "REJECT")
    assert not any(e.event_type == "CONSULT" for e in events)


@pytest.mark.parametrize("text", NOT_REFUSED)
def test_unrefused_talks_stay_negated_meetings(text):
    events = code(text)
    assert not any(e.event_type == "REJECT" for e in events), summary(events)
    assert any(e.event_type == "CONSULT" and e.status == "negated" for e in events), summary(events)


def test_modal_read_on_the_light_verb_of_a_nominal_trigger():
    _, sentences = parsed("Ghana would not resume talks with Togo.")
    tokens = sentences[0].tokens
    talks = next(t for t in tokens if t.text == "talks")
    assert refused_talks(sentences[0], talks)
    _, sentences = parsed("Ghana resumed talks with Togo.")
    talks = next(t for t in sentences[0].tokens if t.text == "talks")
    assert not refused_talks(sentences[0], talks)


def test_meeting_noun_naming_its_owner_is_left_as_it_was():
    """"would not take part in any SCO discussion": the owner would be read as the refuser (wire31)."""
    _, sentences = parsed("Ghana would not take part in any Norwegian talks on the issue.")
    talks = next(t for t in sentences[0].tokens if t.text == "talks")
    assert not refused_talks(sentences[0], talks)
    assert ("REJECT", "NOR", None) not in summary(code("Ghana would not take part in any Norwegian talks on the issue."))
