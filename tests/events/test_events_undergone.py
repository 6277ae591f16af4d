"""Newcomer7's findings on a border shooting, in our own invented sentences: who suffers "came under fire", the
object of "opened fire", the mode of plain fire, and a wire dateline parsed as a subject."""
from __future__ import annotations

from events_kit import code, summary


def test_the_subject_of_came_under_fire_is_its_target_not_its_doer():
    assert not any(e.source.country == "CHL" for e in code("Chilean patrol comes under fire on Peruvian border."))
    found = code("A Chilean patrol came under attack near the Peruvian border, Chilean officials said.")
    assert not any(e.event_type == "ASSAULT" and e.source.country == "CHL" for e in found)


def test_came_under_fire_from_x_keeps_x_as_the_doer_and_the_subject_as_target():
    assert ("ASSAULT", "PER", "CHL") in summary(code("Chilean troops came under fire from Peruvian positions on Monday."))
    assert ("ASSAULT", "PER", "CHL") in summary(code("A Chilean border post was under fire from Peru for hours."))


def test_opened_fire_has_no_target_fire_and_keeps_its_on_phrase():
    (event,) = [e for e in code("\"No Peruvian soldier opened fire,\" the ministry said.") if e.event_type == "ASSAULT"]
    assert event.target is None and event.status == "negated"
    assert ("ASSAULT", "PER", "CHL") in summary(code("Peruvian border guards opened fire on a Chilean patrol on Tuesday."))


def test_plain_fire_is_gunfire_and_named_heavy_weapons_are_artillery():
    modes = {e.mode for e in code("Chilean troops came under fire from Peruvian positions on Monday.")
             if e.event_type == "ASSAULT"}
    assert modes == {"firearms"}
    heavy = {e.mode for e in code("Peruvian rocket fire hit a Chilean village on Monday.") if e.event_type == "ASSAULT"}
    assert "artillery" in heavy


def test_a_dateline_with_its_date_is_not_the_doer():
    for text in ("OSLO, Sept 15 — Norway summoned Finland's ambassador on Monday.",
                 "LIMA, Nov 19 (Andes Wire) - Peru's parliament ratified the water accord with Chile on Wednesday."):
        found = code(text)
        assert found and all(e.source.text.isupper() is False for e in found), text
    assert ("ACCUSE", "NOR", "FIN") in summary(code("OSLO, Sept 15 — Norway summoned Finland's ambassador on Monday."))


def test_a_participle_of_force_after_the_reporting_verb_is_the_reported_doer_s():
    # the parser hangs "wounding" on "said": the Chilean officials who told of it did not wound anyone
    found = code("Peruvian border guards shot at a Chilean patrol near Tacna on Tuesday, Chilean officials said, "
                 "wounding two servicemen.")
    assert not any(e.event_type == "ASSAULT" and e.source.country == "CHL" for e in found)
    assert ("ASSAULT", "PER", "CHL") in summary(found)
    # a verb of speech after the reporting verb stays the speaker's own act
    assert ("ACCUSE", "CHL", "PER") in summary(code("Chile said on Monday, accusing Peru of aggression."))
