"""Issue #3 round 2: new trigger senses and target rules, on our own sentences (each case fails
without its lexicon entry or rule)."""
import pytest

from events_kit import code, summary

CASES = [
    # taking ground by force is an attack; taking people stays coercion
    ("Kenyan troops captured a Ugandan border town on Monday.", ("ASSAULT", "KEN", "UGA")),
    ("Kenyan troops captured two Ugandan soldiers on Monday.", ("COERCE", "KEN", "UGA")),
    # stopping a demonstration by force
    ("Kenyan police prevented a demonstration by Ugandan traders.", ("COERCE", "KEN", "UGA")),
    # scaling back aid or supplies, like cutting them
    ("Norway reduced its aid to Bolivia after the election.", ("SANCTION", "NOR", "BOL")),
    # revoking restrictions, like lifting them
    ("Kenya cancelled restrictions on Ugandan lorries.", ("CONCEDE", "KEN", "UGA")),
    # a state of siege or emergency imposed on a place
    ("Bolivia declared a state of siege in its capital on Monday.", ("COERCE", "BOL", None)),
    # military craft entering or violating another state's airspace or waters
    ("Two Chilean fighter jets entered Peruvian airspace on Sunday.", ("MOBILIZE", "CHL", "PER")),
    ("Chilean warships violated Peruvian waters twice this month.", ("MOBILIZE", "CHL", "PER")),
    # breaking a truce is renewed fighting
    ("Ugandan units violated the ceasefire with Kenya overnight.", ("ASSAULT", "UGA", "KEN")),
    # expelling a diplomat in Latin
    ("Ghana declared the Togolese consul persona non grata on Friday.", ("SANCTION", "GHA", "TGO")),
    # a sworn hostile act is a threat
    ("Chile swore to attack Peruvian positions.", ("THREATEN", "CHL", "PER")),
    # going back on a promise
    ("Peru reneged on its pledge to Bolivia.", ("REJECT", "PER", "BOL")),
    # pressing somebody to do anything
    ("Norway pressured Chile to release the fishermen.", ("REQUEST", "NOR", "CHL")),
    # sending peacekeepers is aid, not a troop build-up
    ("Ghana began the deployment of peacekeepers to Togo on Monday.", ("AID", "GHA", "TGO")),
    # grain consignments are aid; the purpose clause names whom they are for
    ("Norway sent three consignments of grain to help Kenya cope with the drought.", ("AID", "NOR", "KEN")),
    ("Denmark deployed two frigates to help defend Finland.", ("MOBILIZE", "DNK", "FIN")),
    # or on the pledged object, which the parser reads as a relative clause (session 11, wire9)
    ("Norway has pledged 2 million dollars to help equip Kenyan border posts.", ("AID", "NOR", "KEN")),
    # ordering patrols is a force deployment
    ("Kenya ordered patrols along its border with Uganda.", ("MOBILIZE", "KEN", "UGA")),
    # the partner of a phone call hangs on the means of talking
    ("The Chilean president discussed the dispute by telephone with the Peruvian president.",
     ("CONSULT", "CHL", "PER")),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_round2_rule(text, expected):
    assert expected in summary(code(text))


def test_captured_people_are_not_an_assault():
    assert ("ASSAULT", "KEN", "UGA") not in summary(code("Kenyan troops captured two Ugandan soldiers on Monday."))


def test_purpose_clause_without_helping_verb_names_no_target():
    # "to mark the anniversary" is a purpose, not a beneficiary
    found = summary(code("Norway sent three consignments of grain to mark the anniversary of Kenya."))
    assert ("AID", "NOR", "KEN") not in found
