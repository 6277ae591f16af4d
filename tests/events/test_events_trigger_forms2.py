"""Session 12 trigger classes (triggers2): the trigger word was in a development sentence but no entry fit its
phrasing. Each class is tested with our own sentences, and with a near miss that must stay uncoded."""
from __future__ import annotations

import pytest

from detente.events.triggers import find_hits
from events_kit import code, parsed, summary


@pytest.mark.parametrize("sentence,expected", [
    # troops flown to an area, as sent or deployed (wire10)
    ("Norway flew soldiers and two helicopters to the area near Chile.", ("MOBILIZE", "NOR", "CHL")),
    # the other side's goods carried off (wire10)
    ("Chilean soldiers carried off the boats and radio equipment of a Peruvian survey team.", ("COERCE", "CHL", "PER")),
    # compensation paid to the other side's people (plover_gsr)
    ("Kenya paid compensation to forty Ugandan nationals for the assets they lost.", ("RETREAT", "KEN", "UGA")),
    # people taken prisoner, as taken into custody
    ("Chilean soldiers took eight Peruvian soldiers prisoner on the island.", ("COERCE", "CHL", "PER")),
    # patrols stepped up, as beefed up
    ("Kenya stepped up patrols along the Ugandan border.", ("MOBILIZE", "KEN")),
    # signatures put on a text, as signed (wire8)
    ("The ministers of Kenya and Uganda put their signatures on a protocol.", ("AGREE", "KEN", "UGA")),
    # aid arriving, said of the shipment (sent-dev)
    ("The first shipment of Kenyan maize reached Uganda on Friday.", ("AID", "KEN", "UGA")),
])
def test_trigger_forms_code(sentence, expected):
    found = summary(code(sentence))
    assert any((t, s, g)[:len(expected)] == expected for t, s, g in found), found


@pytest.mark.parametrize("sentence,absent", [
    ("Norway flew aid to Chile.", "MOBILIZE"),  # a relief flight is the AID row
    ("The Norwegian minister flew to Chile for talks.", "MOBILIZE"),  # travel, no troops flown
    ("The Chilean team carried off the trophy in Lima.", "COERCE"),  # a prize won, no goods seized
    ("Kenya paid tribute to the Ugandan president.", "RETREAT"),  # no compensation
    ("Chile took eight Peruvian reporters to the island.", "COERCE"),  # taken somewhere, not prisoner
    ("Kenya stepped up pressure on Uganda.", "MOBILIZE"),  # no force or patrol stepped up
    ("The Kenyan minister put pressure on Uganda.", "AGREE"),  # no signature
    ("Kenyan troops reached the Ugandan border.", "AID"),  # no shipment
])
def test_near_misses_stay_uncoded(sentence, absent):
    assert absent not in {t for t, _, _ in summary(code(sentence))}


def test_a_shipment_with_its_own_verb_is_coded_by_that_verb():
    # "supplies flown in by X had reached ...": the flight codes the delivery with its donor (wire4)
    _, sentences = parsed("Relief supplies flown in by Kenya on Tuesday had reached all districts of Uganda.")
    hits = {s.tokens[h.token].lemma for s in sentences for h in find_hits(s)}
    assert "fly" in hits and "reach" not in hits
    _, sentences = parsed("Relief supplies had reached all districts of Uganda.")
    assert "reach" in {s.tokens[h.token].lemma for s in sentences for h in find_hits(s)}


@pytest.mark.parametrize("sentence,status", [
    ("Not a single shipment of Kenyan wheat has reached Uganda, officials said.", "negated"),  # sent-dev
    ("Neither Kenya nor Uganda attacked Norway.", "negated"),
    ("Not only Kenya but also Uganda condemned Norway.", "asserted"),
    ("The first shipment of Kenyan maize reached Uganda on Friday.", "asserted"),
])
def test_a_subject_saying_none_acted_negates_the_act(sentence, status):
    assert {e.status for e in code(sentence)} == {status}
