"""Date resolution beyond one expression: ranges, decades, planned events, relative clauses, "a day
after", "the following day", and the lead's day shared by undated sentences. Publication date in all
cases: Thursday 2019-03-14 (see events_kit.PUBLISHED)."""
import datetime as dt

import pytest

from detente.events.dates import Anchor, event_date, find_dates
from events_kit import code

DAY = Anchor(dt.date(2019, 3, 14), "day", "metadata")


def _date_at(text: str, word: str, anchor: Anchor = DAY):
    return event_date(text, text.index(word), anchor, "publication")


@pytest.mark.parametrize("text,word,value,precision", [
    # ranges: the start of the span
    ("The navies held drills on March 3-5 near the strait.", "held", "2019-03-03", "day"),
    ("The navies held drills from 3–5 March 2017 near the strait.", "held", "2017-03-03", "day"),
    ("The navies held drills March 3 to 5, 2016, near the strait.", "held", "2016-03-03", "day"),
    ("The navies agreed the 2017-18 budget for the joint patrols.", "agreed", "2017", "year"),
    # planned events look forward from publication
    ("The ministers will meet on Monday in the capital.", "meet", "2019-03-18", "day"),
    ("The ministers are due to meet on March 20 in the capital.", "meet", "2019-03-20", "day"),
    ("The ministers are expected to sign the accord in February.", "sign", "2020-02", "month"),
    ("The ministers meet again next Friday.", "meet", "2019-03-15", "day"),
    ("The ministers meet again next Thursday.", "meet", "2019-03-21", "day"),
    # ... but a past verb after a comma does not inherit a cue from another clause
    ("The envoy, who will leave soon, arrived on Monday.", "arrived", "2019-03-11", "day"),
    ("Flights were cancelled due to fighting on Monday.", "cancelled", "2019-03-11", "day"),
    ("The ministers discussed the plans announced in June.", "discussed", "2018-06", "month"),
    ("The ministers met on May 20 in the capital.", "met", "2018-05-20", "day"),
    # ... but a day less than NEAR_AHEAD_DAYS ahead is the coming one, whatever the tense (session 9:
    # schedules told in the present or past on eval/wire8; wire3's date agreement 0.667 -> 0.704)
    ("The ministers met on March 20 in the capital.", "met", "2019-03-20", "day"),
    ("The governors will open a hotline from 15 April.", "open", "2019-04-15", "day"),
    ("The ministers met over the weekend in the capital.", "met", "2019-03-09", "day"),  # its Saturday
    # a non-restrictive relative clause dates its own verb
    ("Norway, which left the pact in 2010, said it would rejoin next month.", "rejoin", "2019-04", "month"),
    ("Norway, which left the pact in 2010, said it would rejoin next month.", "left", "2010", "year"),
])
def test_expression_forms(text, word, value, precision):
    info = _date_at(text, word)
    assert (info.value, info.precision) == (value, precision), info.note


def test_a_decade_is_not_a_year():
    assert not [m for m in find_dates("A formula set in the 1990s and the 1980's.") if "year" in m.kind]


def test_a_day_after_dates_the_clause_it_introduces_by_the_sentence_day():
    text = "Peru recalled its envoy on Friday, a day after Chile expelled two Peruvian diplomats."
    assert _date_at(text, "expelled").value == "2019-03-07"
    assert _date_at(text, "recalled").value == "2019-03-08"


def test_a_day_after_with_no_day_anywhere_is_not_a_date():
    text = "Peru recalled its envoy a week after Chile expelled two Peruvian diplomats."
    assert _date_at(text, "expelled").source == "publication"


def test_the_following_day_counts_from_the_last_day_stated_before():
    text = "Chile protested the following day."
    anchor = Anchor(DAY.date, "day", "metadata", earlier={text: dt.date(2019, 3, 11)})
    assert _date_at(text, "protested", anchor).value == "2019-03-12"
    assert _date_at(text, "protested").source == "publication"  # no earlier day known: not guessed


@pytest.mark.parametrize("opening", ["Hours later", "A few hours later", "Two hours later"])
def test_hours_later_is_the_last_day_stated_before(opening):
    text = f"{opening}, Chile protested to Peru."
    anchor = Anchor(DAY.date, "day", "metadata", earlier={text: dt.date(2019, 3, 11)})
    assert _date_at(text, "protested", anchor).value == "2019-03-11"
    assert _date_at(text, "protested").source == "publication"  # no earlier day known: not guessed


def test_the_following_day_in_an_article():
    (event,) = code("Norwegian troops entered Finland on Monday. Finland protested to Norway the following day.")[-1:]
    # a state protesting to another state is a diplomatic complaint (ACCUSE), not a demonstration
    assert (event.event_type, event.date.value) == ("ACCUSE", "2019-03-12")


def test_undated_sentence_shares_the_lead_day():
    events = code("Kenya and Uganda signed a trade pact on Tuesday. At the ceremony, Kenya promised aid to Uganda.")
    later = [e for e in events if "ceremony" in e.evidence.sentence]
    assert later and all((e.date.value, e.date.source) == ("2019-03-12", "text") for e in later)


@pytest.mark.parametrize("first", [
    "Kenya gives Uganda a week to reopen the border or face a complaint",  # a deck, written as a headline
    "(Archive copy. Text as moved on the wire.)",  # a bracketed note
])
def test_a_deck_or_bracketed_note_is_no_lead_the_sentence_after_it_is(first):
    from detente.events.page_anchor import lead_sentence, with_context

    texts = (first, "Kenya summoned the Ugandan envoy on Tuesday.", "Kenya also demanded that the border reopen.")
    assert lead_sentence(first, texts) == texts[1]
    assert with_context(DAY, first, texts).lead == (("2019-03-12", "day", "Tuesday"),)
    # a prose first paragraph is the lead, dated or not
    prose = "Kenya sent a note to Uganda."
    assert lead_sentence(prose, (prose, *texts[1:])) == prose
    assert with_context(DAY, prose, (prose, *texts[1:])).lead == ()
    assert lead_sentence("", texts) is None


def test_a_sentence_about_a_thing_the_lead_dates_by_its_second_day_takes_that_day():
    from detente.events.page_anchor import with_context

    lead = ("Two guards were killed at the post on Tuesday morning, according to a statement read on the "
            "radio yesterday.")
    about = "The statement, signed by the minister, accused Uganda of aggression."
    other = "The border post was closed to traffic."
    story = with_context(DAY, lead, (lead, about, other))
    assert [d[0] for d in story.lead] == ["2019-03-12", "2019-03-13"]
    assert event_date(about, about.index("accused"), story, "").value == "2019-03-13"
    assert event_date(other, other.index("closed"), story, "").value == "2019-03-12"  # the lead's first day
    # a noun the lead does not name keeps the first day; so does a lead with one day
    unnamed = "The ministry said nothing more about the guards."
    assert event_date(unnamed, unnamed.index("said"), story, "").value == "2019-03-12"
    one = "Two guards were killed on Tuesday, according to a statement read on the radio."
    alone = with_context(DAY, one, (one, about))
    assert event_date(about, about.index("accused"), alone, "").value == "2019-03-12"


def test_an_undated_act_with_no_lead_takes_the_recent_day_of_a_relative_clause_on_its_subject():
    text = "The Kenyan president, who landed on Tuesday afternoon for a state visit, was received by his host."
    assert _date_at(text, "received").value == "2019-03-12"
    # an old date there is background, and a clause after the trigger is not on its subject
    old = "The Kenyan president, who led the army in 1998, was received by his host."
    assert _date_at(old, "received").value == "2019-03-14"
    after = "The Kenyan president was received by his host, who landed on Tuesday."
    assert _date_at(after, "received").value == "2019-03-14"


def test_an_undated_sentence_after_a_lead_range_takes_its_last_day():
    # the talks span 11 to 13 March (published Thursday 14 March): the deal they reached came at their end
    events = code("Kenyan and Ugandan envoys held talks in Geneva from March 11 to 13. "
                  "Kenya and Uganda agreed to reopen the border.")
    talks = [e for e in events if "talks" in e.evidence.sentence]
    later = [e for e in events if "agreed" in e.evidence.sentence]
    assert talks and talks[0].date.value == "2019-03-11"  # the range's own act dated by its start
    assert later and all((e.date.value, e.date.source) == ("2019-03-13", "text") for e in later)


def test_an_old_lead_date_is_background_and_not_shared():
    events = code("Kenya and Uganda signed a trade pact in 2010. Kenya promised aid to Uganda.")
    later = [e for e in events if "promised" in e.evidence.sentence]
    assert later and all(e.date.source == "publication" for e in later)


def test_past_perfect_looks_back_to_the_earlier_lead_day():
    events = code("Chile expelled a Peruvian diplomat on Monday, retaliating for a decision last Thursday by Peru. "
                  "Peru had expelled two Chilean envoys after a dispute over fishing.")
    earlier = [e for e in events if e.evidence.sentence.startswith("Peru had")]
    assert earlier and earlier[0].date.value == "2019-03-07"


def test_a_past_perfect_in_reported_speech_keeps_the_lead_day():
    # "said ... had been freed" is the tense of reported speech, not an act before the lead's: the
    # release of the lead (Tuesday), not the detention "nine days ago" the lead also tells
    events = code("Kenya on Tuesday released three Ugandan fishermen it had seized nine days ago. "
                  "A Kenyan spokesman said the fishermen had been freed after an inquiry.")
    later = [e for e in events if e.evidence.sentence.startswith("A Kenyan spokesman")]
    assert later and all(e.date.value == "2019-03-12" for e in later)


def test_an_act_told_next_in_a_background_narrative_takes_no_lead_day():
    # the lead's day (Tuesday 12 March), then a paragraph of the deal's history: "then" carries on
    # from the last day that paragraph stated (20 November 2018), not from the lead
    events = code("Kenya quit the fisheries pact with Uganda on Tuesday. The pact was extended on "
                  "November 20, 2018 for a year. Kenya then agreed with Uganda to extend the pact for six months.")
    later = [e for e in events if e.evidence.sentence.startswith("Kenya then")]
    assert later and all(e.date.value is None and "2018-11-20" in e.date.note for e in later)


def test_a_sequence_word_after_a_recent_day_or_no_day_keeps_the_lead_day():
    recent = code("Kenya quit the fisheries pact with Uganda on Tuesday. Kenya then agreed with Uganda to "
                  "hold new talks.")
    assert [e.date.value for e in recent if e.evidence.sentence.startswith("Kenya then")] == ["2019-03-12"]
    old_day = "Kenya then agreed with Uganda to hold new talks."
    anchor = Anchor(DAY.date, "day", "metadata", lead=(("2019-03-12", "day", "Tuesday"),),
                    earlier={old_day: dt.date(2018, 11, 20)})
    assert _date_at(old_day, "agreed", anchor).value is None
    no_word = "Kenya agreed with Uganda to hold new talks."
    anchor = Anchor(DAY.date, "day", "metadata", lead=(("2019-03-12", "day", "Tuesday"),),
                    earlier={no_word: dt.date(2018, 11, 20)})
    assert _date_at(no_word, "agreed", anchor).value == "2019-03-12"


def test_a_lead_day_in_a_reduced_clause_on_the_subject_is_not_the_lead_s_own_day():
    from detente.events.page_anchor import with_context

    # the fishermen's detention of Sunday is what the subject names; the lead tells Wednesday's statement
    lead = ("The three Ugandan fishermen detained near the island last Sunday were held under the fisheries law, "
            "the Kenyan ministry said on Wednesday.")
    later = "The ministry rejected the Ugandan protest as groundless."
    story = with_context(DAY, lead, (lead, later))
    assert [d[0] for d in story.lead] == ["2019-03-13", "2019-03-10"]
    assert event_date(later, later.index("rejected"), story, "").value == "2019-03-13"
    # a day of the lead's own predicate keeps its place first
    plain = "Kenyan police detained three Ugandan fishermen near the island last Sunday, the ministry said on Wednesday."
    assert [d[0] for d in with_context(DAY, plain, (plain, later)).lead] == ["2019-03-10", "2019-03-13"]


def test_a_backshifted_past_perfect_takes_the_day_of_the_sentence_beside_it():
    from dataclasses import replace

    # the lead tells Tuesday's handover; the paragraph's sentence before this one the talks of Wednesday
    story = replace(DAY, lead=(("2019-03-12", "day", "Tuesday"),), lead_text="They were handed back on Tuesday.")
    reported = "The two ministers emerged after five hours to announce that Kenya and Uganda had signed a memorandum."
    looking_back = "Kenya and Uganda had signed a memorandum on fisheries."
    story = replace(story, beside={s: ("2019-03-13", "Wednesday") for s in (reported, looking_back)})
    assert event_date(reported, reported.index("signed"), story, "").value == "2019-03-13"
    # a past perfect not in reported speech looks back from its neighbour's act: not of that day
    assert event_date(looking_back, looking_back.index("signed"), story, "").value == "2019-03-12"
