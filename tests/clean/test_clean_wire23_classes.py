"""Classes the blind development pages of session 21 (eval/wire23) showed in the clean stage, with our own pages:
an HTML extractor's first of the month (read from an image's folder, "/img/2019/08/") gives way to the day the
page's date bar prints in that month; date lines in Russian, Ukrainian, Belarusian, Latvian, Lithuanian and
Arabic month names are read."""
from __future__ import annotations

import datetime as dt

from clean_helpers import published
from detente.clean import dates

BODY = " ".join(["The two ministers met at the river port and agreed to reopen the ferry line within a month."] * 6)


def _page(bar: str, image: str = "/img/2019/08/pier.jpg") -> str:
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Ferry line to reopen | River Ledger</title>"
            f"</head><body><div class='topbar'>{bar}</div><nav>Home | News | Region</nav>"
            "<main><article><h1>Ferry line to reopen after a month of talks</h1>"
            f"<figure><img src='{image}' alt=''><figcaption>The pier.</figcaption></figure>"
            f"<p>{BODY}</p><p>{BODY}</p></article></main>"
            "<footer>&copy; River Ledger 2019</footer></body></html>")


def test_the_date_bar_day_replaces_the_first_of_its_month():
    value, precision, _ = published(_page("Lunes 19 de agosto de 2019 | 31°C | Suscríbase"), "html")
    assert (value, precision) == ("2019-08-19", "day")


def test_a_date_bar_of_another_month_does_not_replace_it():
    value, _, _ = published(_page("Lunes 19 de agosto de 2019 | 31°C", image="/img/2019/03/pier.jpg"), "html")
    assert value != "2019-08-19"


def test_date_lines_of_other_scripts_and_orders_are_read():
    cases = {"22 октября 2016 г., 11:05": dt.date(2016, 10, 22), "12 жовтня 2016": dt.date(2016, 10, 12),
             "3 кастрычніка 2016": dt.date(2016, 10, 3), "الأربعاء 13 نيسان 2022": dt.date(2022, 4, 13),
             "13 أبريل 2022": dt.date(2022, 4, 13), "otrdiena, 2016. gada 11. oktobris, 08:20": dt.date(2016, 10, 11),
             "2005 m. lapkričio 12 d. 14:20": dt.date(2005, 11, 12)}
    for line, day in cases.items():
        assert [f.value for f in dates.find_dates(line, own=True)] == [day], line
