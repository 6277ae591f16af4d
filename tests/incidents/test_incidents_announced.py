"""A summons at which the envoy is told of his expulsion or a recall is no summons of its own (incidents.announced)."""
from __future__ import annotations

from dataclasses import replace

from detente.incidents.announced import EXPULSION, told_expulsion
from detente.incidents.asks import asks_of
from detente.incidents.group import group_reports
from tests.incidents.reports_kit import report


def test_summons_told_to_leave_reads_as_expulsion():
    assert told_expulsion("summoned to the ministry, where he was told that he had 48 hours to leave the country")
    assert told_expulsion("summoned and notified of a decision declaring him persona non grata")
    assert told_expulsion("called in on Monday and informed of the recall of Ruritania's own ambassador")
    assert asks_of("ACCUSE", "summoned and handed a note ordering him to leave the national territory") == EXPULSION


def test_summons_over_another_states_expulsion_is_a_summons():
    assert not told_expulsion("summoned over the expulsion of its consul in the border town")
    assert not told_expulsion("summoned the ambassador after Ruritania expelled two diplomats")
    assert not told_expulsion("summoned and handed a note of protest")
    assert asks_of("ACCUSE", "accused the envoy of meddling") is None
    assert asks_of("REJECT", "summoned and told to leave the country") is None


def _page(asks):
    summons = replace(report("ACCUSE", "KEN", "TZA", sentence=2, act="summons"), asks=asks)
    grounds = report("ACCUSE", "KEN", "TZA", sentence=4)
    return summons, grounds


def test_summons_told_of_expulsion_stays_with_the_days_accusations():
    summons, grounds = _page(EXPULSION)
    groups = group_reports([summons, grounds])
    assert [{r.event_id for r in g} for g in groups] == [{summons.event_id, grounds.event_id}]


def test_plain_summons_stays_apart_from_the_days_accusations():
    summons, grounds = _page(None)
    assert len(group_reports([summons, grounds])) == 2
