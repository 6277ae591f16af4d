"""Property tests: on any text, segments tile the text in order, roles are valid, and the only
exception is InputRejected."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clean_helpers import make_document
from detente.clean import clean_document
from detente.clean.text_segmenter import split_units
from detente.errors import InputRejected
from detente.records import SEGMENT_ROLES

WORDS = ["The", "ministers", "agreed", "on", "Monday", "to", "talks", "said", "officials", "Related",
         "Read more", "Comments", "Reply", "By", "May 5, 2017", "at 10:22", "»", "In this photo", "Home",
         "le", "der", "yang", "и", "2023-08-04", ".", ",", "!", "?", "\u201c", "\n", "\n\n", " ", "\t", "\r\n"]
page_text = st.lists(st.sampled_from(WORDS), max_size=120).map(" ".join)
any_text = st.one_of(st.text(max_size=400), page_text)


def _check_tiling(article) -> None:
    assert article.segments, "an accepted article has segments"
    assert article.segments[0].start == 0 and article.segments[-1].end == len(article.text)
    for n, seg in enumerate(article.segments):
        assert seg.index == n and seg.role in SEGMENT_ROLES and 0 <= seg.start < seg.end <= len(article.text)
        if n:
            assert seg.start == article.segments[n - 1].end
    assert any(s.role == "body" for s in article.segments)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text, st.sampled_from(["text", "html"]))
def test_clean_never_fails_except_by_rejecting(content, fmt):
    try:
        article = clean_document(make_document(content, fmt=fmt))
    except InputRejected as exc:
        assert exc.reason in ("not_article", "not_english", "corrupt")
        return
    _check_tiling(article)


@settings(max_examples=150, deadline=None)
@given(any_text)
def test_units_are_in_order_and_stripped(content):
    previous_end = 0
    for unit in split_units(content):
        assert previous_end <= unit.start < unit.end <= len(content)
        assert content[unit.start:unit.end] == unit.text == unit.text.strip()
        previous_end = unit.end
