"""Session 33 (pages55): an attack that is played, not made. "Bombers simulated an attack on the island", "a mock
attack on Danish ships" are exercises, a show of force (MOBILIZE), not an assault (eval/wire55 w55_07: coded
ASSAULT RUS>DNK, gold MOBILIZE alt THREATEN). triggers.tsv rows `attack` (mod:simulated|mock|...), `simulate`
and `rehearse` (frame over the played attack). The sentences are this file's own."""
from __future__ import annotations

import pytest

from events_kit import code, summary

PAGE = "Norway and Denmark quarrelled over the fishing zone. "


def types(text: str) -> set[str]:
    return {t for t, _, _ in summary(code(PAGE + text))}


@pytest.mark.parametrize("text", [
    "Norwegian bombers simulated an attack on Denmark last June.",
    "Norwegian jets staged a mock attack on Danish ships.",
    "Norwegian bombers carried out a simulated attack on Denmark.",
    "Norwegian warships rehearsed strikes on Denmark.",
])
def test_a_played_attack_is_a_show_of_force(text):
    assert "ASSAULT" not in types(text) and "MOBILIZE" in types(text), types(text)


def test_a_real_attack_stays_an_assault():
    assert "ASSAULT" in types("Norwegian jets attacked Danish ships.")
