"""Session 28 dates23: a forward-looking day ("next year", "tomorrow", "this week or next") in the sentence of an offer,
proposal, pledge or invitation already made is the offered thing's time, not the offer's (events/offered_times.py;
eval/wire30 w30_11 and w30_12, eval/wire23 w23_06, eval/wire26 w26_10). Our own sentences; the page is of Thursday
2019-03-14."""
from __future__ import annotations

import datetime as dt

from detente import pipeline
from detente.events.dates import Anchor, event_date, find_dates
from detente.events.lexicon import cue_words
from detente.events.offered_times import forward_looking, offered_time
from detente.records import Document

DAY = Anchor(dt.date(2019, 3, 14), "day", "metadata")


def _date(text: str, trigger: str) -> str | None:
    return event_date(text, text.index(trigger), DAY, "test").value


def test_offer_lemmas_load():
    assert {"offer", "propose", "pledge", "promise", "invite", "vow"} <= set(cue_words("offertime"))


def test_forward_looking_days():
    text = "Ruritania proposed talks this week or next, tomorrow or next month, not this week."
    looks = [(m.text, forward_looking(text, m)) for m in find_dates(text)]
    assert looks == [("this week", True), ("tomorrow", True), ("next month", True), ("this week", False)], looks


def test_a_pledge_is_not_dated_by_the_year_of_the_thing_pledged():
    text = "Freedonia pledged ten million dollars for clinics and a second patrol boat next year."
    assert _date(text, "pledged") == "2019-03-14"  # the page's day, not 2020
    with_day = ("The government promised a new coast guard cutter for delivery next year, according to a statement "
                "issued in the capital on Tuesday.")
    assert _date(with_day, "promised") == "2019-03-12"


def test_a_proposal_is_dated_by_its_letter_not_by_the_meeting_proposed():
    text = "The minister said she had written to her counterpart on Monday proposing a meeting this week or next."
    assert _date(text, "proposing") == "2019-03-11"


def test_a_proposal_after_a_coordinated_offer_of_talks_tomorrow():
    text = "The minister said Ruritania was ready to hold talks tomorrow if they want, and proposed a joint patrol."
    assert offered_time(text, next(m for m in find_dates(text) if m.text == "tomorrow"), text.index("proposed"))
    assert _date(text, "proposed") == "2019-03-14"


def test_the_offered_thing_and_future_offers_keep_their_day():
    text = "Freedonia will propose a ceasefire next month."
    assert _date(text, "propose") == "2019-04"  # not a past offer
    text = "Ruritania proposed on Tuesday that the commission meet next month."
    assert _date(text, "meet") == "2019-04"  # the meeting is the thing proposed
    text = "Freedonia said it would send a ship next month."
    assert _date(text, "send") == "2019-04"  # no offer verb


def test_the_pledge_is_dated_by_the_page():
    text = ("Freedonia pledges aid to Ruritania\n\n"
            "Freedonia pledged ten million dollars in flood aid to Ruritania and two field hospitals next year.\n\n")
    doc = Document("d0", "t0.txt", None, "text", text, date="2019-03-14")
    coded = pipeline.code_documents([doc])[0]
    found = {(e.event_type, e.status, e.date.value) for e in coded.events
             if e.evidence.sentence.startswith("Freedonia pledged")}
    assert found == {("AID", "pending", "2019-03-14")}, found  # pending as any pledge of aid; was dated 2020


def test_the_offered_noun_as_trigger():
    text = ("The minister said she had sent a letter to her counterpart on Monday, after the incident at the river mouth "
            "and the arrest of three fishermen near the island, proposing a meeting this week or next.")
    assert _date(text, "meeting") == "2019-03-11"  # the letter's Monday, not the month of "this week"
    text = "Freedonia held a meeting with the envoy and will hold talks next month."
    assert _date(text, "talks") == "2019-04"  # no offer verb before the noun
    text = "A delegation has been invited to discuss the transit rules next month."
    assert _date(text, "discuss") == "2019-04"  # the invited talks themselves keep their month
