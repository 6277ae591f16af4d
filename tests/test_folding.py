"""folding.py: tables of lower-case words answer the words a case-insensitive pattern matched."""
from __future__ import annotations

import re

import pytest

from detente.actors.gazetteer import scan
from detente.clean.dates import find_dates
from detente.folding import ASCII_TWINS, FoldedTable, plain_key


def test_every_letter_re_ignorecase_equates_to_ascii_is_a_twin():
    odd = {chr(cp) for cp in range(0x80, 0x10000) for a in "abcdefghijklmnopqrstuvwxyz"
           if re.fullmatch(a, chr(cp), re.I) and chr(cp).lower() != a}
    assert odd <= {chr(c) for c in ASCII_TWINS}


@pytest.mark.parametrize("word, key", [("İstanbul", "istanbul"), ("i\u0307stanbul", "istanbul"), ("APRİL", "april"),
                                       ("ıraq", "iraq"), ("ſpring", "spring"), ("Kabul", "kabul")])
def test_plain_key(word, key):
    assert plain_key(word) == key


def test_folded_table_answers_the_twin_and_still_misses_other_words():
    table = FoldedTable({"april": 4})
    assert table["apri\u0307l"] == 4 and table.get("aprıl") == 4 and table.get("avril") is None
    with pytest.raises(KeyError):
        table["avril"]


def test_gazetteer_finds_a_place_written_with_a_dotted_capital_i():
    assert [(hit.text, hit.terms[0].code) for hit in scan("Aid reached İstanbul on Monday.")] == [("İstanbul", "TUR")]


def test_a_date_line_with_a_dotted_capital_i_is_read():
    assert [found.value.isoformat() for found in find_dates("ANKARA, 12 APRİL 2021 - Turkey said")] == ["2021-04-12"]
