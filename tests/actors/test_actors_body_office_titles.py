"""A body's official named by a lower-case title (session 28, actors22): "the UN secretary-general" and "the
European commissioner for home affairs" got no source (wire43 w43_0x: the commissioner's request to Morocco was
REQUEST None -> MAR), while "the UN chief" and "the EU commissioner" resolved. bodies.tsv now lists the
lower-case spellings of the UN Secretary-General and of a member of the European Commission. Our own sentences."""
from __future__ import annotations

import pytest

from helpers import events_of


@pytest.mark.parametrize("text, event", [
    ("The UN secretary-general called on Chile and Peru to show restraint.", ("REQUEST", "UNO", "PER")),
    ("The UN secretary general urged Ghana to reopen the border.", ("REQUEST", "UNO", "GHA")),
    ("The United Nations secretary-general condemned the shelling of Kharkiv by Russia.", ("ACCUSE", "UNO", "RUS")),
    ("The European commissioner for home affairs urged Morocco to take back the migrants.", ("REQUEST", "EUR", "MAR")),
    ("A European commissioner criticised Hungary over the new border fence.", ("ACCUSE", "EUR", "HUN")),
])
def test_a_bodys_official_by_title_acts_for_the_body(text, event):
    assert event in events_of(text)


def test_a_states_own_commissioner_is_not_the_eu():
    found = events_of("Kenya's police commissioner urged Uganda to hand over the suspects.")
    assert not any(e[1] == "EUR" for e in found)
