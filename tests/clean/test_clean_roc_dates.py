"""clean.dates._ROC_DATE: a page's own date in the Republic of China calendar ("中華民國108年9月20日", "民國99年1月5日"),
whose year 1 is 1912, as Taipei outlets' English services print it above the headline (session 34, helper pages57:
eval/wire57 w57_04, a Taipei agency's page left undated). Pages written for these tests."""
from __future__ import annotations

import datetime as dt

from clean_helpers import published
from detente.clean import dates

PARAGRAPHS = (
    "The island's foreign ministry said on Friday that it had closed its embassy in the Pacific state and would bring "
    "its diplomats and its medical team home within a week, after the two governments failed to agree on a loan.",
    "The minister told reporters that the government would not ask for the money already lent to be repaid, and that "
    "the scholarships of students already in Taipei would be honoured until the end of their courses.",
)


def _page(bar: str) -> str:
    return f"ISLAND CENTRAL NEWS - English Service\n{bar}\n\nEmbassy closed, diplomats recalled\n\n" + "\n\n".join(PARAGRAPHS)


def test_the_republic_of_china_year_is_read_as_its_common_era_year():
    cases = {"中華民國108年9月20日 18:40": dt.date(2019, 9, 20), "民國99年1月5日": dt.date(2010, 1, 5),
             "中華民國 113 年 2 月 29 日": dt.date(2024, 2, 29)}
    for line, day in cases.items():
        assert [f.value for f in dates.find_dates(line, own=True)] == [day], line


def test_not_read_in_the_article_text_nor_an_impossible_day():
    assert dates.find_dates("中華民國108年9月20日", own=False) == []
    assert dates.find_dates("民國108年2月30日", own=True) == []


def test_a_page_with_such_a_date_bar_is_dated_by_it():
    assert published(_page("中華民國108年9月20日 18:40"))[:2] == ("2019-09-20", "day")


def test_the_date_is_stripped_from_a_line():
    assert "108" not in dates.strip_dates("中華民國108年9月20日 Taipei")
