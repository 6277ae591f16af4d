"""clean/data/month_names.tsv: Samoan month names, for a page whose only date line is its Samoan masthead ("Aso
Faraile, 7 Setema 2018") (session 36, helper pages61: eval/wire61 w61_06, an Apia weekly dated to the 1st of its month
by an image folder). Pages written for these tests."""
from __future__ import annotations

import datetime as dt

from clean_helpers import published
from detente.clean import dates

PARAGRAPHS = (
    "The island's leader said on Thursday that his government stood by a neighbour in its quarrel with a visiting "
    "delegation, and that regional meetings would keep their own rules of procedure.",
    "Officials said trade and flights between the islands were not affected and that the leaders would meet again "
    "before the end of the year.",
)


def _page(bar: str) -> str:
    return f"HARBOUR WEEKLY\n{bar}\n\nLeader backs neighbour in delegation row\n\n" + "\n\n".join(PARAGRAPHS)


def test_samoan_month_names_are_read_in_a_page_date_line():
    cases = {"Aso Faraile, 7 Setema 2018": dt.date(2018, 9, 7), "Aso Gafua, 14 Ianuari 2019": dt.date(2019, 1, 14),
             "Aso Lulu 3 Aokuso 2016": dt.date(2016, 8, 3), "Aso Tofi, 12 Tesema 2013": dt.date(2013, 12, 12),
             "21 Oketopa 2020": dt.date(2020, 10, 21)}
    for line, day in cases.items():
        assert [f.value for f in dates.find_dates(line, own=True)] == [day], line


def test_a_page_with_such_a_date_line_is_dated_by_it():
    assert published(_page("Harbour Weekly — Aso Faraile, 7 Setema 2018"))[:2] == ("2018-09-07", "day")


def test_english_me_is_no_month():
    assert dates.find_dates("They told me 5 2018 was a hard year", own=True) == []
