"""events.page_anchor.weekday_dates: its two whole-page patterns, tried only where a weekday or month name can start
(detente/scan_starts.py, session 24), find what full scans find."""
from hypothesis import given, settings
from hypothesis import strategies as st

from detente.events import page_anchor

# Written for these tests: weekdays and months in several cases, glued words, other digits, curly quotes.
PARTS = ["Tuesday", "TUESDAY", "tuesday", "Sunday", "Nov.", "November", "nov", "Sept", "ſept", "(", ")", ",", ", ", " ",
         "  ", "24", "3", "١٢", "2019", "x", "on", "’", "\n", "-"]


def _full(text):
    return sorted((m.span() for pattern in page_anchor.WEEKDAY_DATE_PATTERNS for m in pattern.finditer(text)))


def test_each_weekday_pattern_has_a_finder():
    assert len(page_anchor.WEEKDAY_STARTS) == 2 and all(finder for _p, finder in page_anchor.WEEKDAY_STARTS)


def test_our_sentences_give_the_same_days():
    text = "Talks on Tuesday, September 15 and on Nov. 24, Tuesday; xTuesday (July 30) and SUNDAY (JULY 30), 2019."
    got = [m.span() for m in page_anchor.weekday_dates.__wrapped__(text)]
    assert got == _full(text) and len(got) == 3


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PARTS), max_size=18))
def test_the_scans_equal_full_scans_on_salad(parts):
    text = "".join(parts)
    assert [m.span() for m in page_anchor.weekday_dates.__wrapped__(text)] == _full(text)
