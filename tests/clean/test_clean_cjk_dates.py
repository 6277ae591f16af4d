"""clean.dates._CJK_DATE: the page's own date in the Korean, Chinese and Japanese order, year, month and day each
followed by its word ("2019년 11월 25일 월요일", "2019年11月25日"), as English editions of East Asian outlets print
it above the headline (session 27, helper dates20: eval/wire36 w36_08, an undated page dated by its story's
August, its November acts a quarter early). Pages written for these tests."""
from __future__ import annotations

import datetime as dt

from clean_helpers import published
from detente.clean import dates

PARAGRAPHS = (
    "The foreign ministers of the two countries met for an hour in the port city on Saturday and agreed to resume "
    "talks on fishing quotas, which broke down in the spring over the catch limits for the northern banks.",
    "The visiting minister told her counterpart that the coast guard should stop boarding trawlers in the disputed "
    "waters. Her counterpart replied that the boardings would be reviewed but gave no date, officials said.",
    "The ministry said the two sides had agreed to hold the quota talks in the capital in the middle of next month, "
    "and that the fisheries directors would meet before then to prepare the maps and the catch figures.",
)


def _page(bar: str) -> str:
    return f"HARBOUR DAILY - English Edition\n{bar}\n\nMinisters agree to resume quota talks\n\n" + "\n\n".join(PARAGRAPHS)


def test_the_year_month_day_words_are_read_as_the_page_date():
    cases = {"2019년 11월 25일 월요일": dt.date(2019, 11, 25), "2021年3月5日": dt.date(2021, 3, 5),
             "发布时间：2020年 12月 9日 10:20": dt.date(2020, 12, 9), "2018年7月30日(月)": dt.date(2018, 7, 30)}
    for line, day in cases.items():
        assert [f.value for f in dates.find_dates(line, own=True)] == [day], line


def test_not_read_in_the_article_text_nor_an_impossible_day():
    assert dates.find_dates("2019년 11월 25일", own=False) == []
    assert dates.find_dates("2019년 13월 25일", own=True) == []
    assert dates.find_dates("12019年1月5日", own=True) == []


def test_a_page_with_such_a_date_bar_is_dated_by_it():
    assert published(_page("2019년 11월 25일 월요일"))[:2] == ("2019-11-25", "day")


def test_the_date_is_stripped_from_a_line():
    assert "2019" not in dates.strip_dates("2019年11月25日 Seoul")
