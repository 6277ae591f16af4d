"""events.date_starts: trying a pattern only where a match can start gives what finditer gives."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from detente.events.date_starts import digit_starts, month_starts, scan, starts_for

MONTH = r"\b(?P<month>june|jun|may)\.?\s+\d+"
NUMBER = r"\b\d+(?:\s*-\s*\d+)?\s+(?:days|weeks)"


def test_finders_and_the_scan_agree_with_finditer_on_our_sentences():
    months = month_starts(["june", "jun", "may"])
    finders = starts_for({"m": MONTH, "n": NUMBER, "w": r"\bweek"}, r"\b(?P<month>", (r"\b\d",), months)
    assert finders == {"m": months, "n": digit_starts}
    for text in ["Talks on June 4 and MAY 12, then Jun. 30.", "It took 3 - 5 weeks and 12 days, x9 days.",
                 "Junes 4 mayday 5 ſjune 3", "", "no month and no number"]:
        for key, source in (("m", MONTH), ("n", NUMBER)):
            pattern = re.compile(source, re.I)
            assert [m.span() for m in scan(pattern, text, finders[key](text))] == \
                [m.span() for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["June", "jun", "may", "4", "12", "-", " ", "days", "x", ".", "٣"]), max_size=20))
def test_the_scan_equals_finditer_on_salad(parts):
    text = "".join(parts)
    for source, finder in ((MONTH, month_starts(["june", "jun", "may"])), (NUMBER, digit_starts)):
        pattern = re.compile(source, re.I)
        assert [m.span() for m in scan(pattern, text, finder(text))] == [m.span() for m in pattern.finditer(text)]
