"""Stage 6b: a page without a publication day borrows its story's, and its relative dates are resolved again."""
from __future__ import annotations

import datetime as dt

from detente import pipeline
from detente.events.story_dates import borrows, dateline_day, story_days
from detente.records import DateInfo, DateReport, PageDate

# Invented pages of one story: two outlets dated Wednesday 6 and Friday 8 March 2024, one undated.
DATED = [PageDate("d1", "s1", "2024-03-08", "day", "metadata"), PageDate("d2", "s1", "2024-03-06", "day", "dateline")]
LEAD = "The foreign ministers of Ruritania and Freedonia met in Geneva on Tuesday. They agreed to reopen the border."
UNDATED = PageDate("u1", "s1", None, "none", "none", LEAD)
GUESS = DateInfo("2023", "year", "text", "no publication date; latest year stated in the document (2023)")


def _report(event_id: str, index: int, sentence: str, trigger: str, doc_id: str = "u1",
            coded: DateInfo = GUESS) -> DateReport:
    return DateReport(event_id, doc_id, index, sentence, sentence.index(trigger), coded)


def _dates(pages, reports) -> dict[str, DateInfo]:
    return {r.event_id: r.date for r in pipeline.date_from_stories(pages, reports)}


def test_the_story_day_is_the_earliest_day_its_dated_pages_state():
    inferred = PageDate("d3", "s1", "2024-03-01", "day", "inferred")  # an inferred day is no page's own
    assert story_days([*DATED, inferred, UNDATED]) == {"s1": (dt.date(2024, 3, 6), 2)}


def test_a_weekday_of_an_undated_page_is_resolved_against_its_story():
    lead = "The foreign ministers of Ruritania and Freedonia met in Geneva on Tuesday."
    found = _dates([*DATED, UNDATED], [_report("e1", 0, lead, "met")])
    assert found["e1"].value == "2024-03-05" and found["e1"].precision == "day"
    assert found["e1"].source == "story" and "against story 2024-03-06" in found["e1"].note


def test_a_sentence_without_a_date_shares_the_leads_day_and_says_so():
    first, second = "The foreign ministers of Ruritania and Freedonia met in Geneva on Tuesday.", \
        "They agreed to reopen the border."
    found = _dates([*DATED, UNDATED], [_report("e1", 0, first, "met"), _report("e2", 1, second, "agreed")])
    assert found["e2"].value == "2024-03-05" and found["e2"].source == "story"
    assert found["e2"].note.startswith("no date in the sentence; the lead's 'Tuesday'")
    assert found["e1"].source == "story" and found["e1"].note.startswith("weekday: 'Tuesday'")


def test_a_day_and_month_without_year_takes_the_storys_year():
    recalled = "The two states signed the border treaty on November 12, the minister recalled."
    found = _dates([*DATED, UNDATED], [_report("e1", 3, recalled, "signed")])
    assert found["e1"].value == "2023-11-12"  # the last November 12 before the story's day


def test_a_full_date_and_a_page_with_its_own_day_are_left_alone():
    full = "The two states signed the border treaty on November 12, 2019."
    own = PageDate("d4", "s1", "2024-03-07", "day", "metadata", "")
    weekday = "The ministers met on Tuesday."
    coded = DateInfo("2019-11-12", "day", "sentence", "month-day-year: 'November 12, 2019'")
    found = _dates([*DATED, UNDATED, own], [_report("e1", 0, full, "signed", coded=coded),
                                            _report("e2", 0, weekday, "met", doc_id="d4")])
    assert found == {}


def test_a_page_dated_to_the_month_borrows_only_a_story_day_inside_that_month():
    day = dt.date(2024, 3, 6)
    assert borrows(PageDate("m", "s1", "2024-03", "month", "dateline"), day)
    assert borrows(PageDate("y", "s1", "2024", "year", "dateline"), day)
    assert not borrows(PageDate("m", "s1", "2024-02", "month", "dateline"), day)
    assert not borrows(PageDate("d", "s1", "2024-03-07", "day", "metadata"), day)


def test_a_page_whose_story_has_no_dated_page_keeps_its_dates():
    alone = PageDate("u2", "s2", None, "none", "none", "")
    other_story_only = [PageDate("d9", "s9", "2024-03-06", "day", "metadata"), alone]
    assert _dates(other_story_only, [_report("e1", 0, "The ministers met on Tuesday.", "met", doc_id="u2")]) == {}


def test_the_stage_is_a_function_of_its_inputs_in_any_order():
    first, second = "The ministers met on Tuesday.", "They agreed to reopen the border."
    reports = [_report("e1", 0, first, "met"), _report("e2", 1, second, "agreed")]
    pages = [*DATED, UNDATED]
    assert pipeline.date_from_stories(pages, reports) == pipeline.date_from_stories(pages[::-1], reports[::-1])


def test_a_later_reports_lead_weekday_just_after_the_story_day_is_shared_by_its_next_sentence():
    # the story's first page is Wednesday 6 March; this undated page reports Thursday's meeting
    first, second = "The foreign ministers of Ruritania and Freedonia met in Geneva on Thursday.", \
        "They agreed to reopen the border."
    later = PageDate("u2", "s1", None, "none", "none", f"{first} {second}")
    found = _dates([*DATED, later], [_report("e1", 0, first, "met", doc_id="u2"),
                                     _report("e2", 1, second, "agreed", doc_id="u2")])
    assert found["e1"].value == "2024-03-07" and found["e2"].value == "2024-03-07"
    assert found["e2"].note.startswith("no date in the sentence; the lead's 'Thursday'")


def test_a_story_no_page_of_which_states_a_day_takes_the_day_one_pins_with_a_weekday():
    pinned = PageDate("p1", "s2", "2020-09-15", "day", "text")  # "On Tuesday, September 15" on an undated page
    undated = PageDate("u2", "s2", None, "none", "none", "The envoys signed the accord on Tuesday.")
    assert story_days([pinned, undated]) == {"s2": (dt.date(2020, 9, 15), 1)}
    found = _dates([pinned, undated], [_report("e1", 0, undated.lead, "signed", doc_id="u2")])
    assert found["e1"].value == "2020-09-15" and found["e1"].source == "story"


def test_a_pinned_day_gives_way_to_a_day_a_page_states_as_its_own():
    pinned = PageDate("p1", "s1", "2024-03-01", "day", "text")  # a weekday-dated act the page recalls
    assert story_days([*DATED, pinned, UNDATED]) == {"s1": (dt.date(2024, 3, 6), 2)}


def test_of_two_pinned_days_the_story_takes_the_latest():
    # one page recalls an act of four weeks before ("resumed relations on Monday, August 29"), another
    # pins the reopening it reports: each page was written after its day, so the later day dates the story
    recalled = PageDate("p1", "s3", "2022-08-29", "day", "text")
    reported = PageDate("p2", "s3", "2022-09-26", "day", "text")
    assert story_days([recalled, reported]) == {"s3": (dt.date(2022, 9, 26), 2)}


def test_a_yearless_date_line_dates_the_page_in_its_storys_year():
    # session 13 (eval/wire10, eval/wire4: wire pages "CITY, 13 April (Agency) -" dated by the story's first day)
    text = "The foreign ministers of Ruritania and Freedonia met in Geneva yesterday."
    lined = PageDate("u1", "s1", None, "none", "none", text, "GENEVA, March 9 (Wire) - ")
    found = _dates([*DATED, lined], [_report("e1", 0, text, "met")])
    assert found["e1"].value == "2024-03-08" and "against dateline 2024-03-09" in found["e1"].note
    plain = PageDate("u1", "s1", None, "none", "none", text, "By Jon Tallis")
    assert _dates([*DATED, plain], [_report("e1", 0, text, "met")])["e1"].value == "2024-03-05"


def test_the_year_of_a_date_line_is_the_one_nearest_the_storys_day():
    assert dateline_day("NORTH HAVEN, 30 Dec (Wire) - ", dt.date(2024, 1, 2)) == dt.date(2023, 12, 30)
    assert dateline_day("NORTH HAVEN, 30 Sept (Wire) - ", dt.date(2024, 1, 2)) is None  # months before the story
    assert dateline_day("PORT OF SPAIN, Feb 12 (Wire) - ", dt.date(2026, 2, 10)) == dt.date(2026, 2, 12)


def test_the_first_date_line_that_gives_a_day_and_month_is_read():
    lines = "By JON TALLIS\nNORTH HAVEN, Aug. 24 (Wire) -- "  # a byline first, as under an archive note
    assert dateline_day(lines, dt.date(1990, 8, 22)) == dt.date(1990, 8, 24)


# session 19 (dates12; eval/wire17: "Hanoi, 08/06/2018 - 17:20" gave its page only the year 2018)
def test_an_ambiguous_numeric_date_line_is_read_in_the_order_near_the_storys_day():
    assert dateline_day("PORT VALE, 08/06/2018 - 17:20", dt.date(2018, 6, 7)) == dt.date(2018, 6, 8)
    assert dateline_day("PORT VALE, 08/06/2018 - 17:20", dt.date(2018, 8, 5)) == dt.date(2018, 8, 6)
    assert dateline_day("PORT VALE, 08/06/2018 - 17:20", dt.date(2018, 7, 7)) is None  # neither order near
    assert dateline_day("PORT VALE, 03/04/2018", dt.date(2018, 4, 1)) == dt.date(2018, 4, 3)


def test_a_page_dated_only_to_the_year_by_an_ambiguous_date_line_takes_its_days_weekdays():
    text = "The foreign ministers of Ruritania and Freedonia met in Geneva on Thursday."
    lined = PageDate("u1", "s1", "2024", "year", "dateline", text, "GENEVA, 08/03/2024 - 17:20")
    found = _dates([*DATED, lined], [_report("e1", 0, text, "met", coded=DateInfo("2024", "year", "sentence", ""))])
    assert found["e1"].value == "2024-03-07" and "against dateline 2024-03-08" in found["e1"].note


def test_a_date_line_months_after_the_storys_day_is_a_follow_up_in_its_year():
    # a story's day is its earliest dated page's: a page of it months on is written after it (eval/wire38, wire39)
    assert dateline_day("TALLBRIDGE, Dec 15 (Wire) - ", dt.date(2021, 8, 11)) == dt.date(2021, 12, 15)
    assert dateline_day("TALLBRIDGE, 30 June (Wire) - ", dt.date(2024, 1, 2)) == dt.date(2024, 6, 30)
    assert dateline_day("TALLBRIDGE, Nov 1 (Wire) - ", dt.date(2021, 8, 25)) == dt.date(2021, 11, 1)
    assert dateline_day("TALLBRIDGE, June 1 (Wire) - ", dt.date(2021, 8, 25)) is None  # 85 days before it


def test_an_undated_pages_weekday_counts_from_its_date_line_months_after_its_story():
    lead = "Ruritania withdrew all its diplomats from Freedonia, the ministry said on Wednesday."
    page = PageDate("u1", "s1", None, "none", "none", lead, "TALLBRIDGE, Dec 15 (Wire) -")
    august = PageDate("d1", "s1", "2021-08-11", "day", "metadata")
    found = _dates([august, page], [_report("e1", 0, lead, "withdrew")])
    assert found["e1"].value == "2021-12-15"
