"""Session 36 (dates32): a live blog whose entries open with their clock time and a dash ("13:25 - The army
says ...") is a live blog too; its undated entries are of the page's day, not of the key points' weekday
(eval/wire20 w20_07). Sentences are invented; the page is published on Thursday 2019-03-14."""
from __future__ import annotations

from detente import pipeline
from detente.events.page_anchor import is_live_blog
from detente.records import Document

BLOG = ("LIVE: Ruritanian envoy summoned as the bridge stays shut\n\n"
        "Key points\n- Ruritanian shells landed near the bridge late on Monday\n\n"
        "16:20 - Freedonia has expelled a Ruritanian diplomat, a ministry spokesman says.\n\n"
        "14:05 \u2013 Background: the two states last clashed near the bridge in 2010.\n\n"
        "09:30 - Good morning and welcome to our live coverage.\n")


def _dates(text: str, start: str) -> set:
    doc = Document("d0", "t0.txt", None, "text", text, date="2019-03-14")
    coded = pipeline.code_documents([doc])[0]
    return {e.date.value for e in coded.events if e.evidence.sentence.startswith(start)}


def test_inline_time_stamps_make_a_live_blog():
    assert is_live_blog(BLOG)
    # clock times opening sentences with no dash, or a timetable's ranges, make no blog
    assert not is_live_blog("09:30 GMT talks began.\n\n10:15 the envoys arrived.\n\n11:00 the talks ended.\n")
    assert not is_live_blog("Programme\n\n09:00 - 10:00 talks\n\n10:00 - 11:00 lunch\n\n11:00 - 12:00 a visit\n")


def test_an_inline_stamped_entry_is_of_the_pages_day():
    assert _dates(BLOG, "16:20 - Freedonia") == {"2019-03-14"}  # not the key points' Monday
