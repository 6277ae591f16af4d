"""clean.lexicon's line keys and prefix forms use patterns compiled once, not `re.sub` with a string (issue #13)."""
from __future__ import annotations

import re
import types

import pytest

from detente.clean import lexicon


def test_keys_and_forms(monkeypatch):
    def no_lookup(*_args, **_kwargs):
        raise AssertionError("re.sub looks the pattern up on every call")

    monkeypatch.setattr(lexicon, "re", types.SimpleNamespace(sub=no_lookup))
    assert lexicon.line_key("Go to\u00a0Top (3) »") == "gototop3"
    assert lexicon.line_key("GO TO TOP") == "gototop"
    assert lexicon.prefix_form("  Read\tMORE:\n Today\u2019s  news ") == "read more: today's news"


@pytest.mark.parametrize("text", ["", "   ", "Ünïcödé Wörds 12", "a\u2019b\u2019c"])
def test_same_as_the_written_rule(text):
    assert lexicon.line_key(text) == re.sub(r"[^0-9a-z]+", "", text.lower())
    assert lexicon.prefix_form(text) == re.sub(r"\s+", " ", text.lower().replace("\u2019", "'")).strip()
