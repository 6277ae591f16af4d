"""Charges told behind a bare verb of saying (issue #11, session 28): a reported clause whose predicate is a
lapse ("was out of control", cues.tsv lapse, events/predicates.py lapse) or whose verb breaks a norm, a
convention or a principle (triggers.tsv violate / breach objects; events/allegation.py reads it as the
speaker's charge). Our own sentences."""
from __future__ import annotations

import pytest

from events_kit import code, summary
from detente.events.lexicon import cue_words


@pytest.mark.parametrize("text, expected", [
    ("Norway's foreign minister said the Finnish junta was out of control.", ("ACCUSE", "NOR", "FIN")),
    ("Chile said the Peruvian ambassador was out of line.", ("ACCUSE", "CHL", "PER")),
    ("Kenya said the Ugandan embassy had repeatedly violated diplomatic norms.", ("ACCUSE", "KEN", "UGA")),
    ("Chile said Peru had breached the principles of the charter.", ("ACCUSE", "CHL", "PER")),
    ("Norway said Finland had violated the Vienna Convention.", ("ACCUSE", "NOR", "FIN")),
])
def test_a_said_charge_is_the_speakers_accusation(text, expected):
    assert expected in summary(code(text))


@pytest.mark.parametrize("text", [
    "Norway said the Finnish junta was not out of control.",  # denied
    "Norway said the Finnish minister was out of the country.",  # no lapse noun
    "Chile called the tariffs export controls against Peru.",  # 'control' alone censures nothing
    "Norway said it had never violated diplomatic norms.",  # its own act, denied
])
def test_no_charge_without_the_lapse_or_the_broken_norm(text):
    assert not any(e.event_type == "ACCUSE" for e in code(text))


def test_each_lapse_word_is_read_only_after_out_of():
    assert set(cue_words("lapse")) == {"control", "line"}
    assert "out" in cue_words("censure") and not {"control", "line"} & set(cue_words("censure"))
