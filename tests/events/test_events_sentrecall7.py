"""Session 22 sentence-level type classes (sentrecall7), found on eval/sent-dev8 (written blind): wordings of
South and Central Asian, Gulf and Caucasian outlets, headlinese and jargon no row read ("held parleys", "a
hartal", "downed tools", "boots out diplomats", "nixed", "took X to task", "arraigned", "a preliminary
examination", "the ban of the party", troops that "stood down", "granted X's request", "launched a barrage of
drones", missiles "fired into the sea", police who "rounded up dozens of supporters"), and an act noun that is the subject of "came / poured in from X". Our own sentences, each
class with a near miss that keeps its old reading or stays uncoded."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("sentence,expected", [
    ("Kenyan and Ugandan foreign ministers held parleys in Kampala on water sharing.", ("CONSULT", "KEN")),
    ("Kenyan opposition parties called a hartal on Monday.", ("PROTEST", "KEN")),
    ("Kenyan dockworkers downed tools over pay.", ("PROTEST", "KEN")),
    ("Kenya drew a sharp rebuke from Uganda.", ("ACCUSE", "UGA", "KEN")),
    ("Oslo boots out two Chilean diplomats", ("SANCTION", "NOR", "CHL")),
    ("Kenya nixed Uganda's bid for a joint mine survey.", ("REJECT", "KEN", "UGA")),
    ("The court prosecutor opened a preliminary examination into alleged crimes committed in Kenya.", ("ACCUSE",)),
    ("Kenya took Uganda to task over its approach to the lake.", ("ACCUSE", "KEN", "UGA")),
    ("Kenya's anti-graft agency arraigned a former governor on 18 counts of fraud.", ("ACCUSE", "KEN")),
    ("Kenya's court ordered the ban of the opposition party.", ("COERCE", "KEN")),
    ("Kenyan troops stood down from heightened readiness on the Ugandan border.", ("RETREAT", "KEN", "UGA")),
    ("Kenya has granted Uganda's request for the extradition of a fugitive businessman.", ("AGREE", "KEN", "UGA")),
    ("Kenyan forces launched a barrage of drones and missiles at Uganda's power plants overnight.",
     ("ASSAULT", "KEN", "UGA")),
    ("Kenya fired two missiles into the sea off its coast.", ("MOBILIZE", "KEN")),
    ("Kenyan police rounded up dozens of opposition supporters ahead of a rally.", ("COERCE", "KEN")),
    # an act noun that is the subject of a verb of coming is made by its 'from' phrase (cues.tsv forthcoming)
    ("Support for Kenya came from Oslo.", ("SUPPORT", "NOR", "KEN")),
    ("Strong condemnation poured in from Oslo after the Chilean raid.", ("ACCUSE", "NOR")),
])
def test_sentence_classes_code(sentence, expected):
    found = summary(code(sentence))
    assert any((t, s, g)[:len(expected)] == expected for t, s, g in found), found


@pytest.mark.parametrize("sentence,absent", [
    # missiles fired from a sea at another state's ports, or into its land, are an attack, not a test
    ("Kenya fired missiles from the Black Sea at Ugandan ports.", "MOBILIZE"),
    ("Kenya fired rockets into Uganda.", "MOBILIZE"),
    # a missile launched with no target stays the weapons test; troops that stood by their post did not retreat
    ("Kenya launched a missile.", "ASSAULT"),
    ("Kenyan troops stood by their posts on the Ugandan border.", "RETREAT"),
    # a task force, a ban on imports, a plea for calm answered by no grant
    ("Kenya and Uganda set up a joint task force on the lake.", "ACCUSE"),
    ("Kenya ordered a ban on Ugandan sugar.", "COERCE"),
    ("Kenya granted Uganda a loan of $20 million.", "AGREE"),
])
def test_near_misses_keep_their_reading(sentence, absent):
    found = summary(code(sentence))
    assert all(t != absent for t, _, _ in found), found


def test_a_place_left_is_no_maker_of_the_act():
    # the noun's own 'from' names the place left, not who acted: Kenya still withdraws from Uganda
    found = summary(code("The withdrawal of Kenyan troops from Uganda came after talks."))
    assert ("RETREAT", "KEN", "UGA") in found, found
