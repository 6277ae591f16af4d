"""events.meeting_days: an undated sentence that places its act "at the meeting" (or "at the <name> meeting")
shares the day the page gives that meeting, not the page's day nor its paragraph's other day (session 26, helper
dates19: eval/wire26 w26_03 and eval/wire36 w36_11, a request and a refusal dated two to five days late). Our own
sentences; the page is published on Thursday 2019-03-14."""
from __future__ import annotations

import datetime as dt

from detente import pipeline
from detente.events.lexicon import cue_words
from detente.events.meeting_days import meeting_days
from detente.events.page_anchor import own_day
from detente.events.dates import Anchor
from detente.records import Document

LEAD = ("The foreign ministers of Kenya and Uganda met in Jinja on Monday and agreed to set up a joint "
        "committee on fishing rights.\n\n")
RELEASE = "Uganda freed the four Kenyan fishermen on Wednesday. "
ASKED = "Kenya asked Uganda to return the seized trawlers at the meeting, and Uganda refused."


def _dates(text: str, start: str) -> set:
    doc = Document("d0", "t0.txt", None, "text", text, date="2019-03-14")
    coded = pipeline.code_documents([doc])[0]
    return {e.date.value for e in coded.events if e.evidence.sentence.startswith(start)}


def test_a_request_at_the_meeting_takes_the_meetings_day_not_the_leads():
    text = ("Uganda freed the four Kenyan fishermen on Wednesday.\n\nThe release followed talks in Jinja on Monday "
            "between the two foreign ministers.\n\n" + ASKED.replace("at the meeting", "at the Jinja talks"))
    assert _dates(text, "Kenya asked") == {"2019-03-11"}


def test_the_meetings_day_wins_over_the_paragraphs_other_day():
    assert _dates(LEAD + RELEASE + ASKED, "Kenya asked") == {"2019-03-11"}


def test_a_named_meeting_takes_the_day_of_the_sentence_that_names_it():
    texts = ("Kenyan officials met Ugandan diplomats in Nairobi on Tuesday.",
             "The two ministers held talks in Jinja on Monday.",
             "Kenya asked for the trawlers at the Jinja talks.")
    own = {t: own_day(t, Anchor(dt.date(2019, 3, 14), "day", "metadata")) for t in texts}
    assert meeting_days(dt.date(2019, 3, 14), texts, own) == {texts[2]: ("2019-03-11", "Monday")}


def test_no_day_for_a_planned_meeting_an_old_meeting_or_a_sentence_with_its_own_day():
    anchor = Anchor(dt.date(2019, 3, 14), "day", "metadata")
    texts = ("The ministers met in Jinja on Monday.", "Kenya will raise the trawlers at the meeting.",
             "Kenya asked for the trawlers at the meeting on Tuesday.")
    own = {t: own_day(t, anchor) for t in texts}
    assert meeting_days(anchor.date, texts, own) == {}
    old = ("The ministers met in Jinja on 2 January.", "Kenya asked for the trawlers at the meeting.")
    assert meeting_days(anchor.date, old, {t: own_day(t, anchor) for t in old}) == {}


def test_the_meeting_nouns_are_loaded():
    assert {"meeting", "talks", "summit"} <= set(cue_words("meetingday"))
