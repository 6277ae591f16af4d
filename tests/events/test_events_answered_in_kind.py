"""An answer "in kind" in a row of penalties is the penalty returned, SANCTION (triggers.tsv respond / answer / reply /
retaliate with "in kind"): "Turkey answered in kind" after an expulsion (wire49 class), "Moscow responded in kind"
(sent-dev17 class). Under will/would and "if" the intent rules read it as a conditional threat (wire20 class). A
refused answer in kind is aimed at the state it would answer (events/answered_in_kind.py). An answer in kind to words
is no penalty. Our own sentences."""
from __future__ import annotations

import pytest

from events_kit import coded_pages

LEAD = ("Gabon accused Cameroon on Sunday of backing rebels near Bitam, and Cameroon denied it. Gabon's foreign "
        "minister called Cameroon's conduct hostile. ")
RETURNED = LEAD + "Gabon expelled Cameroon's ambassador on Monday. Cameroon responded in kind on Tuesday."
REPLIED = LEAD + "Gabon expelled two Cameroonian diplomats on Monday, and on Tuesday Cameroon replied in kind."
CONDITIONAL = LEAD + "The minister said Cameroon would respond in kind if Gabon expelled its diplomats."
REFUSED = LEAD + ("Gabon expelled Cameroon's ambassador on Monday. A spokesman said Cameroon would not respond in kind "
                  "and that the Gabonese envoy in Yaounde could stay.")
WORDS = LEAD + "Cameroon responded in kind to the remarks, calling Gabon's minister a liar."


@pytest.fixture(scope="module")
def found() -> dict[str, set]:
    return coded_pages([RETURNED, REPLIED, CONDITIONAL, REFUSED, WORDS])


@pytest.mark.parametrize("text", [RETURNED, REPLIED])
def test_a_penalty_answered_in_kind_is_a_sanction(found, text):
    assert ("SANCTION", "CMR", "GAB") in found[text], found[text]


def test_an_answer_in_kind_on_a_condition_is_a_threat(found):
    assert ("THREATEN", "CMR", "GAB") in found[CONDITIONAL], found[CONDITIONAL]


def test_a_refused_answer_in_kind_is_aimed_at_the_state_it_would_answer(found):
    # negated acts get no story counterpart as target; an answer in kind names its addressee by its wording
    assert ("SANCTION", "CMR", "GAB") in found[REFUSED], found[REFUSED]


def test_words_answered_in_kind_are_no_sanction(found):
    assert not any(t == "SANCTION" and s == "CMR" for t, s, _ in found[WORDS]), found[WORDS]
