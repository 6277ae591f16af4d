"""Session 19 (precision9): false positives of the fresh pages. A refusal to say what happened is reticence,
not the refusal of the act it leaves unsaid (triggers.tsv decline `notcomp`; wire20 "declined to say how many
soldiers had been sent"); regretting a misunderstanding, an entry or a crossing is no longer read as a
concession, while regretted injuries and firing still are (reqs4's widening cut back to what a development
page needs); a condition told by inversion with "had" at the head of the sentence ("Had X accepted the
offer, the war might have ended") is counterfactual, no act (events/generic.py inverted_conditions; sent-fp).
The sentences are this file's own."""
from __future__ import annotations

import pytest

from events_kit import code, summary


def pairs(text: str) -> set[tuple]:
    return {(t, s, g) for t, s, g in summary(code(text))}


@pytest.mark.parametrize("text", [
    "The Kenyan army spokesman declined to say how many soldiers had been sent to the border.",
    "Kenya declined to confirm whether its troops had crossed into Uganda.",
    "A Peruvian official declined to disclose when the Chilean trawlers would be released.",
])
def test_declining_to_tell_refuses_nothing(text):
    assert not {p for p in pairs(text) if p[0] == "REJECT"}, pairs(text)


@pytest.mark.parametrize("text, kept", [
    ("Peru declined to attend the talks with Chile.", ("REJECT", "PER", "CHL")),
    ("Peru declined Chile's offer of talks.", ("REJECT", "PER", "CHL")),
    ("Uganda declined to release the Kenyan fishermen, saying they had broken the law.", ("REJECT", "UGA", "KEN")),
])
def test_other_refusals_stay(text, kept):
    assert kept in pairs(text), pairs(text)


@pytest.mark.parametrize("text, kept", [
    ("Kenya regretted the injuries to two Ugandan border officers.", ("CONCEDE", "KEN", "UGA")),
    ("Chile regretted the firing on the Peruvian patrol boat.", ("CONCEDE", "CHL", "PER")),
])
def test_regretted_harm_is_a_concession(text, kept):
    assert kept in pairs(text), pairs(text)


@pytest.mark.parametrize("text", [
    "Kenya regretted the misunderstanding with Uganda over the fishing permits.",
    "Peru regretted the crossing of the border by Chilean herders.",
])
def test_regretting_a_misunderstanding_or_crossing_concedes_nothing(text):
    assert not {p for p in pairs(text) if p[0] == "CONCEDE"}, pairs(text)


@pytest.mark.parametrize("text", [
    "Had Kenya accepted the offer, the war might have ended in its first month, the historian argued.",
    "Had Uganda seized the island, the war would have spread to the whole lake, a retired general said.",
])
def test_a_counterfactual_condition_is_no_act(text):
    assert not {p for p in pairs(text) if p[1] in ("KEN", "UGA")}, pairs(text)


@pytest.mark.parametrize("text, kept", [
    ("Kenya had accepted the offer of talks from Uganda.", ("AGREE", "KEN", "UGA")),
    ("Peru recalled its ambassador from Chile.", ("SANCTION", "PER", "CHL")),
])
def test_a_pluperfect_act_stays(text, kept):
    assert kept in pairs(text), pairs(text)
