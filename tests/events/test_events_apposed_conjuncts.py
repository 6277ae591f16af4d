"""Two people named as a pair with a name in apposition after each title (session 28, actors22): "Spain's foreign
minister, A, and her Moroccan counterpart, B, discussed ..." is parsed with "and her counterpart" hung on the first
name, not on the title it names, so the subject lost its second member and the act its target (wire43: CONSULT
CAN -> None for "Canada's foreign minister, X, and her Saudi counterpart, Y, discussed the dispute"; pages43
counted the wording on 13 development sentences). events/phrases.with_conjuncts now follows the conjuncts of
a name in apposition. Our own sentences."""
from __future__ import annotations

import pytest

from detente.events.phrases import with_conjuncts
from events_kit import code, parsed, summary


@pytest.mark.parametrize("text, event", [
    ("Chile's foreign minister, Ana Ruiz, and her Peruvian counterpart, Luis Paredes, discussed the fishing "
     "dispute on Monday.", ("CONSULT", "CHL", "PER")),
    ("The Kenyan trade minister, Joseph Otieno, and his Ugandan counterpart, Mary Nakato, signed the customs "
     "accord in Nairobi.", ("AGREE", "KEN", "UGA")),
    ("Norway's foreign minister, Erik Dahl, and the Danish foreign minister, Lars Holm, discussed the fishing "
     "quotas.", ("CONSULT", "NOR", "DNK")),
])
def test_the_second_of_a_pair_named_between_commas_is_the_partner(text, event):
    assert event in summary(code(text))


def test_the_name_in_apposition_is_not_a_member_of_its_own():
    _, sentences = parsed("Chile's foreign minister, Ana Ruiz, and her Peruvian counterpart, Luis Paredes, met.")
    tokens = sentences[0].tokens
    minister = next(t.i for t in tokens if t.text == "minister")
    words = [tokens[i].text for i in with_conjuncts(sentences[0], minister)]
    assert "minister" in words and "counterpart" in words and "Ruiz" not in words


def test_a_lone_title_with_its_name_is_one_member():
    _, sentences = parsed("Chile's foreign minister, Ana Ruiz, discussed the dispute with Peru.")
    minister = next(t.i for t in sentences[0].tokens if t.text == "minister")
    assert with_conjuncts(sentences[0], minister) == [minister]
