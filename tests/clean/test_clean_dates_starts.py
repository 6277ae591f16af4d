"""clean.dates: the three month-led patterns, tried only where a month name can start, find what a full scan finds."""
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from detente.clean import dates

# Written for these tests: month names of several languages and scripts, capitals, glued words, other digits.
PARTS = ["March", "MARCH", "mar.", "Μαρτίου", "ΜΑΡΤΊΟΥ", "марта", "МАРТА", "şubat", "Şubat", "června", "martie", "Sept",
         "5", "12", "2023", "23", "١٢", ",", ", ", " ", "  ", "-", "x", "of", "de", "Posted", "Fri", "’", "\n"]


def _full_scan(pattern, text):
    return [(m.span(), m.group(0)) for m in pattern.finditer(text)]


def test_each_month_led_pattern_has_a_finder():
    assert len(dates.MONTH_LED) == 3 and all(dates.MONTH_LED.values())


def test_the_dates_of_our_lines_are_found_as_before():
    line = "Posted: Fri - 10 March 23. Talks on МАРТА 5, 2023 and on Μαρτίου 7, 2021; xMarch 5, 2020; March 5,2023"
    for pattern in dates.MONTH_LED:
        assert [(m.span(), m.group(0)) for m in dates.month_led_finditer(pattern, line)] == _full_scan(pattern, line)
    assert [f.text for f in dates.find_dates(line)] == ["МАРТА 5, 2023", "Μαρτίου 7, 2021", "March 5,2023"]
    assert dates.short_year_date("Published - 11:05 PM, Fri - 10 March 23", dt.date(2026, 1, 1)).value == dt.date(2023, 3, 10)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PARTS), max_size=18))
def test_the_month_led_scans_equal_full_scans_on_salad(parts):
    text = "".join(parts)
    for pattern in dates.MONTH_LED:
        assert [(m.span(), m.group(0)) for m in dates.month_led_finditer(pattern, text)] == _full_scan(pattern, text)
        found, want = dates.month_led_search(pattern, text), pattern.search(text)
        assert (found and found.span()) == (want and want.span())
