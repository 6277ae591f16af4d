"""A mention of one state (or none) is built with its country at once, not copied from a country-less
mention with `dataclasses.replace` (7,021 copies per 100 real-text pages, docs/scaling.md session 26);
a phrase of several states still gives one mention a state, or a group and its members."""
from __future__ import annotations

import pytest

from detente.actors import resolve

from helpers import mentions_of, summary


def _no_replace(*_args, **_kwargs):
    raise AssertionError("dataclasses.replace called for a mention of one state")


def test_a_one_state_mention_is_built_without_a_copy(monkeypatch):
    monkeypatch.setattr(resolve, "replace", _no_replace)
    got = summary(mentions_of("Kenya's foreign minister met the Ugandan ambassador in Nairobi on Monday."))
    assert ("Kenya's foreign minister", "KEN", "GOV", "role") in got
    assert any(country == "UGA" for _text, country, _sector, _kind in got)


@pytest.mark.parametrize("body, expected", [
    ("Kenyan and Ugandan troops patrolled the border on Monday.", {"KEN", "UGA"}),
    ("Kenya and Uganda signed a trade accord on Monday.", {"KEN", "UGA"}),
])
def test_several_states_still_get_one_mention_each(body, expected):
    got = mentions_of(body, date="2021-05-12")
    assert expected <= {m.country for m in got}
