"""An alert with no target of its own is aimed at the state whose act its "after" clause tells
(events/provoked.py; sent-dev: "placed its navy on alert after Turkey sent a research vessel"). Our own sentences."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))
from helpers import events_of  # noqa: E402


def _alerts(body: str) -> set[tuple]:
    return {(s, t) for k, s, t in events_of(body) if k == "MOBILIZE"}


def test_an_alert_after_another_states_act_is_aimed_at_that_state():
    assert ("EST", "LVA") in _alerts("Estonia placed its navy on alert after Latvia sent a research vessel into disputed waters.")
    assert ("EST", "LVA") in _alerts("Estonia placed its army on high alert after a build-up of Latvian troops "
                                     "near the border.")


def test_an_alert_after_an_attack_on_a_state_is_not_aimed_at_the_victim():
    found = _alerts("Estonia put its army on alert after gunmen attacked Latvia's embassy in Tallinn.")
    assert ("EST", "LVA") not in found


def test_two_states_in_the_after_clause_give_nothing():
    found = _alerts("Estonia put its navy on alert after Latvia and Lithuania held naval drills in the bay.")
    assert not {t for _, t in found} & {"LVA", "LTU"}
