"""clean.dates._JAPANESE_ERA_DATE: a page's own date in the year of Japan's imperial era ("平成20年6月14日",
"令和元年5月1日"), as Tokyo agencies' English services print it above the headline (session 35, helper pages59:
eval/wire59 w59_08, a Tokyo wire page left undated). Pages written for these tests."""
from __future__ import annotations

import datetime as dt

from clean_helpers import published
from detente.clean import dates

PARAGRAPHS = (
    "The government said on Friday that it regretted the damage done to the neighbouring state's survey ship and "
    "would send a senior official to its capital next week to explain what the coast guard had found.",
    "The official will also discuss compensation for the ship's owners, the foreign ministry said, adding that no "
    "decision had been taken on the formal apology the other government has asked for.",
)


def _page(bar: str) -> str:
    return f"{bar}\n\nRegret voiced over survey ship damage\n\nTOKYO, June 14 (Harbour Wire) -- " + "\n\n".join(PARAGRAPHS)


def test_the_era_year_is_read_as_its_common_era_year():
    cases = {"平成20年6月14日 11:20": dt.date(2008, 6, 14), "令和元年5月1日": dt.date(2019, 5, 1),
             "昭和 47 年 9 月 29 日": dt.date(1972, 9, 29), "令和6年2月29日": dt.date(2024, 2, 29)}
    for line, day in cases.items():
        assert [f.value for f in dates.find_dates(line, own=True)] == [day], line


def test_not_read_in_the_article_text_nor_an_impossible_day():
    assert dates.find_dates("平成20年6月14日", own=False) == []
    assert dates.find_dates("平成21年2月29日", own=True) == []


def test_a_page_with_such_a_date_bar_is_dated_by_it():
    assert published(_page("平成20年6月14日 11:20"))[:2] == ("2008-06-14", "day")


def test_the_date_is_stripped_from_a_line():
    assert "20" not in dates.strip_dates("平成20年6月14日 Tokyo")
