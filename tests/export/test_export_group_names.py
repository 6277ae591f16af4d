"""A plural subject phrase ("the two leaders") names no one actor: a name column takes the row's own state
(newcomer20, session 32: GDELT's Actor1Name and Actor2Name both read "THE TWO GOVERNMENTS")."""
from __future__ import annotations

import pytest

from detente import datafiles
from detente.export.formats import actor_name


@pytest.mark.parametrize("text", ["The two leaders", "both governments", "the three neighbours", "the two",
                                  "The presidents of the two countries", "all three nations"])
def test_a_group_phrase_takes_the_rows_state(text):
    assert actor_name({"text": text, "country": "KEN"}) == "Kenya"
    assert actor_name({"text": text, "country": None}) == ""


@pytest.mark.parametrize("text", ["Kenyan troops", "the Kenyan foreign minister", "the leaders' summit"])
def test_a_named_actor_keeps_its_words(text):
    assert actor_name({"text": text, "country": "KEN"}) == text


def test_every_group_word_loads_and_is_read():
    for _, (head,) in datafiles.numbered_rows("export", "group_phrases.tsv", 1, 1):
        assert actor_name({"text": f"the two {head}", "country": "KEN"}) == "Kenya", head
