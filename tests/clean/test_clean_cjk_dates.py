"""A Korean, Chinese or Japanese year-month-day date line ("2019년 11월 25일", "2019年11月25日") is a full date where a
page states its own date (clean/dates._CJK_YEAR_FIRST; eval/wire36: a Busan digest printed only its Korean date
line, and the page took its story's August date). Our own lines."""
from __future__ import annotations

import datetime as dt

import pytest

from detente.clean.dates import find_dates


@pytest.mark.parametrize("line", ["2019년 11월 25일 월요일", "2019년11월25일", "2019年11月25日", "2019 年 11 月 25 日"])
def test_a_cjk_date_line_is_a_page_s_own_date(line):
    assert [f.value for f in find_dates(line, own=True)] == [dt.date(2019, 11, 25)]


def test_it_is_not_read_for_the_roles_of_lines():
    assert find_dates("2019년 11월 25일", strict=True) == []
