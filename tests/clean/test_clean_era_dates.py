"""clean.dates: two date lines of pages printed abroad (session 31, helper pages50, eval/wire50): the Thai line,
whose year counts the Buddhist era, 543 years ahead of the common one ("วันพุธที่ 10 กุมภาพันธ์ 2531", w50_07),
and the Hausa line, with "ga" between day and month ("Jumma'a, 4 ga Satumba, 2020", w50_06). Both pages were left
undated, their weekdays resolved against another outlet's day. Pages written for these tests."""
from __future__ import annotations

import datetime as dt

from clean_helpers import published
from detente.clean import dates

PARAGRAPHS = (
    "The two governments agreed on Tuesday to reopen the river crossing that was closed last month, the ministry "
    "said, after talks between customs officials of both sides at the border town.",
    "Traders who had waited for weeks on the far bank said the first lorries were expected to cross within days, "
    "once the inspection posts on both sides had been staffed again.",
)


def _page(bar: str) -> str:
    return f"RIVER POST - English Edition\n{bar}\n\nCrossing to reopen after customs talks\n\n" + "\n\n".join(PARAGRAPHS)


def test_a_buddhist_era_year_is_read_in_the_common_era():
    cases = {"วันพุธที่ 10 กุมภาพันธ์ 2531": dt.date(1988, 2, 10), "3 สิงหาคม พ.ศ. 2562": dt.date(2019, 8, 3),
             "21 ตุลาคม 2566": dt.date(2023, 10, 21)}
    for line, day in cases.items():
        assert [f.value for f in dates.find_dates(line, own=True)] == [day], line


def test_the_hausa_day_ga_month_line_is_read():
    assert [f.value for f in dates.find_dates("Jumma'a, 4 ga Satumba, 2020", own=True)] == [dt.date(2020, 9, 4)]
    assert [f.value for f in dates.find_dates("Litinin, 12 ga Janairu 2015", own=True)] == [dt.date(2015, 1, 12)]


def test_common_era_years_are_left_alone():
    assert dates.common_era(1988) == 1988 and dates.common_era(2531) == 1988
    assert [f.value for f in dates.find_dates("Wednesday, 10 February 1988", own=True)] == [dt.date(1988, 2, 10)]


def test_pages_with_such_date_lines_are_dated_by_them():
    assert published(_page("วันพุธที่ 10 กุมภาพันธ์ 2531"))[:2] == ("1988-02-10", "day")
    assert published(_page("Jumma'a, 4 ga Satumba, 2020"))[:2] == ("2020-09-04", "day")
