"""latin_share counts ASCII letters in C and looks only at the other characters one by one (docs/scaling.md,
session 23): it must give exactly what a look at every character gives."""
from __future__ import annotations

import unicodedata

import pytest

from detente.clean.language import latin_share


def _every_character(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for ch in letters if ch.isascii() or "LATIN" in unicodedata.name(ch, "")) / len(letters)


@pytest.mark.parametrize("text", [
    "",
    "1234 -- 5678 !!",
    "The envoy of Norvania met the minister on Tuesday.",
    "Le ministre a reçu l'ambassadeur à Genève, déclaré «important».",
    "Министр встретился с послом в Москве on Tuesday.",
    "大使は火曜日に外相と会談した。 The talks went on.",
    "ΑΘΗΝΑ, 3 Μαρτίου — Greek text with ½ and ² and ٣ digits",
    "\u017f and the Kelvin sign \u212a are letters; \u2018curly\u2019 quotes are not",
    "_under_score_ and ABC-123",
])
def test_latin_share_is_the_share_of_every_letter(text):
    assert latin_share(text) == _every_character(text)


def test_latin_share_on_a_mixed_page():
    text = "Officials in Kirovka said Тest " * 50 + "ä" * 7 + "中" * 3
    assert latin_share(text) == _every_character(text)
    assert 0.9 < latin_share(text) < 1.0
