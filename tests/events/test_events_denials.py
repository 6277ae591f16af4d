"""Session 20 (reqs5): a state denying that "any" of its own did an act ("denied that any officer had fired a
shot"), or that its own did it ("denied that its aircraft had struck"), is coded as that act, negated, beside
the denial's REJECT (events/denials.py; the blind development pages code it so, wire18, wire19, wire20, and so do
the sentence sets, sent-dev5, sent-fp). A denial of a charge, of a named other doer or with no act in its
clause stays only a REJECT. The sentences are this file's own."""
from __future__ import annotations

import pytest

from events_kit import code, coded_pages


def typed(text: str) -> set[tuple]:
    return {(e.event_type, e.source.country, e.status) for e in code(text)}


@pytest.mark.parametrize("text", [
    "The Kenyan Interior Ministry denied that any officer had fired a shot during the boarding of the trawler.",
    "The Kenyan army denied that any of its soldiers had fired on the Ugandan police post.",
    "General Otieno Mwangi, the commander of the Kenyan army, has denied that any of his soldiers fired on a Ugandan post.",
    "Kenya denied that its aircraft had bombed Ugandan villages.",
])
def test_a_denial_that_any_of_ones_own_acted_codes_the_act_negated(text):
    found = typed(text)
    assert ("ASSAULT", "KEN", "negated") in found, found
    assert ("REJECT", "KEN", "asserted") in found, found


@pytest.mark.parametrize("text", [
    "Kenya denied the Ugandan charges of shelling.",
    "Kenya denied that any talks with Uganda had taken place.",
    "Kenya denied that Ugandan rebels had shelled the town.",
])
def test_other_denials_stay_a_rejection(text):
    found = typed(text)
    assert not {t for t in found if t[0] == "ASSAULT"}, found
    assert ("REJECT", "KEN", "asserted") in found, found


def test_a_threat_about_any_boat_is_no_denial():
    found = typed("Kenya said that any Ugandan boat that fired on its patrols would be sunk.")
    assert not {t for t in found if t[1] == "KEN" and t[2] == "negated"}, found


def test_the_denied_act_takes_the_other_state_of_the_page():
    page = ("Uganda protested to Kenya over the boarding of a Ugandan trawler on Lake Victoria. The Kenyan Interior "
            "Ministry denied that any officer had fired a shot during the boarding, and Uganda repeated its protest.")
    assert ("ASSAULT", "KEN", "UGA") in coded_pages([page])[page]


# Session 21 (recall12): the same answer to a charge in three more wordings the fresh development pages use
# (wire21, wire22): an agentless passive ("denies shots were fired") and the clause of a denied claim ("denied
# claims that any of its sailors ..."). The denier's men named by their kind ("denied that Kenyan sailors had
# fired") were tried and left off: a held-out sentence set lost one event of precision.
@pytest.mark.parametrize("text", [
    "Kenya denies shots were fired at Ugandan trawler",
    "Kenya denied that any shots were fired at the Ugandan trawler.",
    "The Kenyan navy denied claims in the Ugandan press that any of its sailors had fired shots during the boarding.",
])
def test_a_denial_of_unnamed_or_own_men_firing_codes_the_act_negated(text):
    found = typed(text)
    assert ("ASSAULT", "KEN", "negated") in found, found
    assert ("REJECT", "KEN", "asserted") in found, found


@pytest.mark.parametrize("text", [
    "Kenya denied that the talks with Uganda were cancelled.",
    "Kenya denied claims that Ugandan rebels had shelled the town.",
    "Kenya denied that the Ugandan delegation had been invited.",
])
def test_a_denied_passive_or_others_act_adds_no_force(text):
    found = typed(text)
    assert not {t for t in found if t[0] in ("ASSAULT", "COERCE")}, found
    assert ("REJECT", "KEN", "asserted") in found, found


def test_the_clause_of_a_denied_claim_is_not_background():
    from detente.events.denials import denied_claim
    from events_kit import parsed
    _, sentences = parsed("Kenya denied claims that sailors had fired shots.")
    fired = next(t for t in sentences[0].tokens if t.text == "fired")
    assert denied_claim(sentences[0], fired)
    _, sentences = parsed("Kenya welcomed claims that sailors had fired shots.")
    fired = next(t for t in sentences[0].tokens if t.text == "fired")
    assert not denied_claim(sentences[0], fired)


DENIED_BY_THE_ACCUSED = [
    # wire21: a bare "the vice-minister" guessed as the main state denies that state's sailors fired
    ("Peru denies its navy fired on Chilean boat\n\nPeru's government on Tuesday rejected a Chilean protest over an "
     "incident near the maritime border on Sunday. Chile had accused Peru of firing on a Chilean fishing boat and had "
     "summoned the Peruvian ambassador. Vice-minister of defence Juan Soto said a Peruvian patrol boat had only "
     "escorted the boat out of Peruvian waters. The vice-minister denied that Peruvian sailors had fired at or near "
     "the boat.", "PER", "CHL"),
]


@pytest.mark.parametrize("page,denier,accuser", DENIED_BY_THE_ACCUSED)
def test_a_guessed_denier_of_its_own_sides_act_is_not_turned_to_the_accuser(page, denier, accuser):
    found = coded_pages([page])[page]
    assert ("REJECT", denier, accuser) in found and ("REJECT", accuser, denier) not in found, found
