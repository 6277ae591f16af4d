"""events.date_scope.said_plan: a plan told in what someone said is dated by the report when it is given a day,
but keeps its own month or year when that is all it is given (session 26, helper dates19: the golds of
eval/wire25-33 date "would continue the talks in ... in October" by October; wire4's said plans all have a day).
Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from detente.events import date_scope, dates
from detente.events.dates import find_dates

ANCHOR = dates.Anchor(dt.date(2021, 5, 14), "day", "metadata")  # a Friday


def _said(sentence: str, trigger: str) -> str | None:
    return dates.event_date(sentence, sentence.index(trigger), ANCHOR, "page", said_day=True).value


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    ("The envoy said the two delegations would meet again in Tromso in September.", "meet", "2021-09"),
    ("She said Freedonia would send a second survey ship to the strait next month.", "send", "2021-06"),
    ("The minister said Ruritania would deliver the last two patrol boats in 2023.", "deliver", "2023"),
    ("He told reporters the committee would resume its talks on the border next year.", "talks", "2022"),
])
def test_a_said_plan_with_only_a_month_or_year_keeps_it(sentence, trigger, expected):
    assert _said(sentence, trigger) == expected


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("The minister said engineers would fly out to the dam on Monday.", "fly"),
    ("The spokesman said the two foreign ministers would meet in Geneva on 20 May.", "meet"),
])
def test_a_said_plan_with_a_day_is_dated_by_the_report(sentence, trigger):
    assert _said(sentence, trigger) == "2021-05-14"


def test_the_coarse_kinds_are_kinds_the_patterns_find():
    found = {m.kind for text in ("in September", "in May 2023", "next month", "next year", "in 2023", "next spring",
                                 "in 2022-2023", "in June this year")
             for m in find_dates("They will meet " + text + ".")}
    assert found <= date_scope.COARSE_PLAN_KINDS and len(found) >= 6
