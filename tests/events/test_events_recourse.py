"""Legal recourse (events/recourse.py): a case taken to a court, to arbitration or to the WTO is aimed at the
other party, never at the court; said as a possibility it is a threat. Our own invented sentences."""
from __future__ import annotations

import pytest

from detente.events import code_events
from detente.events.forums import names_forum
from detente.events.lexicon import cue_words
from detente.events.triggers import is_venue
from detente.records import Mention
from events_kit import mentions_for, parsed, summary

COURTS = {"wto": "IGO", "icj": "IGO", "court": "IGO", "organisation": "IGO"}


def coded(text: str) -> set[tuple]:
    """Events with the test gazetteer's states and each court word as a body (IGO), as the actors stage
    resolves "the WTO" and "the International Court of Justice"."""
    art, sentences = parsed(text)
    courts = [Mention(s.index, t.i, t.i, t.i, t.start, t.start + len(t.text), t.text, COURTS[t.text.lower()], "IGO",
                      "body", f"test body: {t.text}", t.text)
              for s in sentences for t in s.tokens if t.text.lower() in COURTS]
    return summary(code_events(art, sentences, mentions_for(sentences) + tuple(courts)))


@pytest.mark.parametrize("text, expected", [
    ("Peru could appeal to the WTO over Chile's tariffs on its copper.", ("THREATEN", "PER", "CHL")),
    ("Kenya would raise the seizure of Ugandan boats with the International Court of Justice.", ("THREATEN", "KEN", "UGA")),
    ("Norway filed a complaint at the WTO against Chile.", ("ACCUSE", "NOR", "CHL")),
    ("Ghana appealed to the ICJ against Togo's claim to the islands.", ("ACCUSE", "GHA", "TGO")),
])
def test_a_case_before_a_court_is_aimed_at_the_other_party(text, expected):
    found = coded(text)
    assert expected in found
    assert not any(target == "IGO" for _, _, target in found)


def test_a_request_to_a_body_that_is_no_court_stays_a_request():
    found = coded("Norway appealed to the Nordic Council for help.")
    assert any(t == "REQUEST" for t, _, _ in found)
    assert not any(t in ("ACCUSE", "THREATEN") for t, _, _ in found)


@pytest.mark.parametrize("text, venue, expected", [
    ("Chile went to the World Trade Organisation.", "Organisation", True),
    ("Chile went to the International Court of Justice.", "Court", True),
    ("Chile asked for international arbitration.", "arbitration", True),
    ("Chile won WTO membership.", "membership", False),  # the WTO names the membership, no court
    ("Chile respected the arbitration ruling.", "ruling", False),
])
def test_a_venue_is_a_phrase_headed_by_a_court(text, venue, expected):
    _, sentences = parsed(text)
    token = next(t for t in sentences[0].tokens if t.text == venue)
    assert is_venue(sentences[0], token.i) is expected


def test_every_tribunal_cue_names_a_venue():
    """A court is a venue wherever it is named; a body of states (value `forum`) only when a dispute is taken
    there (events/forums.py), so it is never a venue alone, but it is a forum."""
    for cue, kind in cue_words("tribunal").items():
        _, sentences = parsed(f"Chile went to the {cue}.")
        words = cue.split()
        head_word = words[0] if " of " in cue else words[-1]
        head = next(t for t in sentences[0].tokens if t.text.lower() == head_word)
        assert is_venue(sentences[0], head.i) is (kind != "forum"), cue
        assert kind != "forum" or names_forum(sentences[0], head.i), cue
