"""clean.dates: two date lines of pages printed abroad (session 32, helper pages52, eval/wire52): the Uzbek byline,
the day joined to its month and the word for "year" to the year by hyphens ("4-aprel 2012-yil, chorshanba", w52_05,
or year first, "2012-yil 4-aprel"), and the Melanesian pidgin line ("Wenesde 13 Septemba 2006", w52_07). Both pages
were dated to the 1st of their month by an image folder. Pages written for these tests."""
from __future__ import annotations

import datetime as dt

from clean_helpers import published
from detente.clean import dates

PARAGRAPHS = (
    "The two governments agreed on Tuesday to reopen the rail crossing that was closed last month, the ministry "
    "said, after talks between railway officials of both sides at the border station.",
    "Traders who had waited for weeks on the far side said the first wagons were expected to cross within days, "
    "once the inspection posts on both sides had been staffed again.",
)


def _page(bar: str) -> str:
    return f"VALLEY NEWS - English Edition\n{bar}\n\nCrossing to reopen after railway talks\n\n" + "\n\n".join(PARAGRAPHS)


def test_the_uzbek_hyphenated_line_is_read_in_both_orders():
    cases = {"Valley News · 4-aprel 2012-yil, chorshanba · 11:02": dt.date(2012, 4, 4),
             "2019-yil 17-sentyabr, seshanba": dt.date(2019, 9, 17), "12-dekabr 2008": dt.date(2008, 12, 12)}
    for line, day in cases.items():
        assert [f.value for f in dates.find_dates(line, own=True)] == [day], line


def test_the_uzbek_line_is_read_only_where_a_page_states_its_own_date():
    assert dates.find_dates("4-aprel 2012-yil", own=False) == []


def test_the_pidgin_line_is_read():
    assert [f.value for f in dates.find_dates("Honiara · Wenesde 13 Septemba 2006", own=True)] == [dt.date(2006, 9, 13)]
    assert [f.value for f in dates.find_dates("Fraede 4 Ogis 2017", own=True)] == [dt.date(2017, 8, 4)]


def test_pages_with_such_date_lines_are_dated_by_them():
    assert published(_page("4-aprel 2012-yil, chorshanba"))[:2] == ("2012-04-04", "day")
    assert published(_page("Wenesde 13 Septemba 2006"))[:2] == ("2006-09-13", "day")
