"""clean/data/month_names.tsv: Arabic month names as the Maghreb prints them, from French in Tunisia and Algeria
("السبت 27 أوت 2022") and in Morocco's own July-December names ("الاثنين 3 غشت 2020"), for a page whose only date line
is in Arabic (session 35, helper pages59: eval/wire59 w59_05, a Tunis site dated to the 1st of its month by an image
folder). Pages written for these tests."""
from __future__ import annotations

import datetime as dt

from clean_helpers import published
from detente.clean import dates

PARAGRAPHS = (
    "The foreign ministry said on Saturday that it had called its ambassador home for consultations, a day after the "
    "neighbouring kingdom withdrew its own envoy over a conference the two governments disagree about.",
    "The ministry said the country's position on the dispute had not changed and that flights and trade between the "
    "two capitals would continue as before.",
)


def _page(bar: str) -> str:
    return f"NORTH SHORE ONLINE\n{bar}\n\nAmbassador called home for consultations\n\n" + "\n\n".join(PARAGRAPHS)


def test_maghreb_month_names_are_read_in_a_page_date_line():
    cases = {"السبت 27 أوت 2022 | 19:40": dt.date(2022, 8, 27), "الثلاثاء 4 جانفي 2011": dt.date(2011, 1, 4),
             "الخميس 5 جوان 2014": dt.date(2014, 6, 5), "الاثنين 3 غشت 2020": dt.date(2020, 8, 3),
             "الأربعاء 9 دجنبر 2015": dt.date(2015, 12, 9), "الجمعة 17 جويلية 2009": dt.date(2009, 7, 17)}
    for line, day in cases.items():
        assert [f.value for f in dates.find_dates(line, own=True)] == [day], line


def test_a_page_with_such_a_date_line_is_dated_by_it():
    assert published(_page("السبت 27 أوت 2022 | 19:40"))[:2] == ("2022-08-27", "day")
