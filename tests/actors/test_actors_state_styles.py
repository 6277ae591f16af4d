"""A state called by its style (actors/state_styles.py, data/state_styles.tsv): "the kingdom" is a monarchy
named before it, not the state named last. Sentences written for these tests."""
from __future__ import annotations

import pytest

from detente.actors.state_styles import styles
from helpers import mentions_of


def country_of(body: str, text: str) -> str | None:
    found = [m.country for m in mentions_of(body) if m.text == text]
    assert len(found) == 1, [(m.text, m.country) for m in mentions_of(body)]
    return found[0]


# (style, body, its phrase, state): one sentence per row of state_styles.tsv
STYLED = [
    ("kingdom", "Saudi Arabia recalled its envoy. The UAE said on Monday that it stands with the Kingdom.",
     "Kingdom", "SAU"),
    ("emirate", "Kuwait expelled three diplomats. Iran said the emirate had made a mistake.", "emirate", "KWT"),
    ("sultanate", "Oman and Iran held talks in Muscat. Later Tehran thanked the sultanate for its help.",
     "sultanate", "OMN"),
    ("principality", "Monaco signed a tax accord with France. Paris said the principality would share records.",
     "principality", "MCO"),
]


@pytest.mark.parametrize("style,body,text,code", STYLED)
def test_a_style_names_the_state_of_that_form_named_before_it(style, body, text, code):
    assert country_of(body, text) == code


def test_every_style_row_loads_and_is_tested():
    assert set(styles()) == {row[0] for row in STYLED}
    assert all(s.states for s in styles().values())


def test_an_emirate_with_none_named_is_no_state():
    assert country_of("Iran summoned the envoy of Chile. The emirate said nothing.", "emirate") is None


def test_a_kingdom_with_none_named_still_reads_as_the_country():
    assert country_of("Ghana closed the border crossing. Officials said the kingdom would reopen it soon.",
                      "kingdom") == "GHA"
