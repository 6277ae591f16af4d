"""clean.dates: a page's own date counted in an East Asian era, as Taipei's and Tokyo's English services print it
above the headline. The Republic of China calendar (`_ROC_DATE`, "中華民國108年9月20日", "民國99年1月5日", year 1 =
1912; session 34, helper pages57: eval/wire57 w57_04, a Taipei agency's page left undated) and Japan's imperial eras
(`_JAPANESE_ERA_DATE`, "平成20年6月14日", "令和元年5月1日"; session 35, helper pages59: eval/wire59 w59_08, a Tokyo
wire page left undated). One table of cases per calendar, the same checks for both. Pages written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from clean_helpers import published
from detente.clean import dates

PARAGRAPHS = (
    "The island's foreign ministry said on Friday that it had closed its embassy in the Pacific state and would bring "
    "its diplomats and its medical team home within a week, after the two governments failed to agree on a loan.",
    "The minister told reporters that the government would not ask for the money already lent to be repaid, and that "
    "the scholarships of students already in the capital would be honoured until the end of their courses.",
)

READ = {  # calendar: {date line: the common-era day it names}
    "roc": {"中華民國108年9月20日 18:40": dt.date(2019, 9, 20), "民國99年1月5日": dt.date(2010, 1, 5),
            "中華民國 113 年 2 月 29 日": dt.date(2024, 2, 29)},
    "japanese": {"平成20年6月14日 11:20": dt.date(2008, 6, 14), "令和元年5月1日": dt.date(2019, 5, 1),
                 "昭和 47 年 9 月 29 日": dt.date(1972, 9, 29), "令和6年2月29日": dt.date(2024, 2, 29)},
}
IMPOSSIBLE = {"roc": "民國108年2月30日", "japanese": "平成21年2月29日"}  # no such day in that year
STRIPPED = {"roc": ("中華民國108年9月20日 Taipei", "108"), "japanese": ("平成20年6月14日 Tokyo", "20")}


def _page(bar: str) -> str:
    return f"CENTRAL NEWS - English Service\n{bar}\n\nEmbassy closed, diplomats recalled\n\n" + "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize("calendar", sorted(READ))
def test_the_era_year_is_read_as_its_common_era_year(calendar):
    for line, day in READ[calendar].items():
        assert [f.value for f in dates.find_dates(line, own=True)] == [day], line


@pytest.mark.parametrize("calendar", sorted(READ))
def test_not_read_in_the_article_text_nor_an_impossible_day(calendar):
    first = next(iter(READ[calendar]))
    assert dates.find_dates(first, own=False) == []
    assert dates.find_dates(IMPOSSIBLE[calendar], own=True) == []


@pytest.mark.parametrize("calendar", sorted(READ))
def test_a_page_with_such_a_date_bar_is_dated_by_it(calendar):
    line, day = next(iter(READ[calendar].items()))
    assert published(_page(line))[:2] == (day.isoformat(), "day")


@pytest.mark.parametrize("calendar", sorted(READ))
def test_the_date_is_stripped_from_a_line(calendar):
    line, year = STRIPPED[calendar]
    assert year not in dates.strip_dates(line)
