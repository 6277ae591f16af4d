"""Session 10 date classes (docs/quality.md, "Event dates"): a possessive date names another act, and a
weekday on a page dated by its story may fall just after the story's first day. Sentences are invented."""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from detente.events.dates import STORY_AHEAD_DAYS, STORY_SOURCE, Anchor, event_date, names_other_act, find_dates
from detente.events import dates

THURSDAY = Anchor(dt.date(2019, 3, 14), "day", "metadata")
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _date(sentence: str, trigger: str, anchor: Anchor = THURSDAY) -> str | None:
    return event_date(sentence, sentence.index(trigger), anchor, "").value


def test_a_possessive_day_dates_the_noun_it_names_not_the_sentences_act():
    said = "Ruritania said on Wednesday it had moved troops to the border over Monday's shelling of a village."
    assert _date(said, "moved") == "2019-03-13"
    assert _date(said, "shelling") == "2019-03-11"  # the act the possessive names keeps its day


def test_a_possessive_day_alone_leaves_the_act_undated_by_it():
    asked = "Freedonia asked Ruritania to hand over the men behind Sunday's deadly raid."
    assert _date(asked, "asked") == "2019-03-14"  # the page's day, not Sunday the 10th
    assert _date(asked, "raid") == "2019-03-10"


def test_other_possessive_forms():
    for sentence in ("The envoy protested against yesterday’s arrests, the ministry said.",
                     "The envoy protested against last Friday's arrests, the ministry said."):
        mention = find_dates(sentence)[0]
        assert names_other_act(sentence, mention, sentence.index("protested"))
        assert not names_other_act(sentence, mention, sentence.index("arrests"))
    plain = "The envoy protested on Friday."
    assert not names_other_act(plain, find_dates(plain)[0], plain.index("protested"))


def test_a_weekday_against_a_storys_day_may_be_the_next_day_or_two():
    story = Anchor(dt.date(2019, 3, 14), "day", STORY_SOURCE)  # a Thursday: the story's first page
    assert _date("Kabul freed the six soldiers on Friday.", "freed", story) == "2019-03-15"
    assert _date("Kabul freed the six soldiers on Saturday.", "freed", story) == "2019-03-16"
    assert _date("Kabul freed the six soldiers on Sunday.", "freed", story) == "2019-03-10"
    assert _date("Kabul freed the six soldiers on Thursday.", "freed", story) == "2019-03-14"
    # against the page's own publication day a weekday is never after it
    assert _date("Kabul freed the six soldiers on Friday.", "freed") == "2019-03-08"


@settings(max_examples=120, deadline=None)
@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)), st.sampled_from(WEEKDAYS))
def test_a_story_weekday_is_within_a_week_ending_story_ahead_days_after_the_story_day(day, weekday):
    sentence = f"The two ministers met on {weekday} in the capital."
    found = dt.date.fromisoformat(_date(sentence, "met", Anchor(day, "day", STORY_SOURCE)))
    own = dt.date.fromisoformat(_date(sentence, "met", Anchor(day, "day", "metadata")))
    assert found.strftime("%A") == weekday
    assert -STORY_AHEAD_DAYS <= (day - found).days <= 6 - STORY_AHEAD_DAYS
    assert found == own or found == own + dt.timedelta(days=7)


def test_the_story_source_is_the_one_the_story_stage_writes():
    from detente.events import story_dates
    assert story_dates.STORY == dates.STORY_SOURCE


def test_a_leader_recalled_from_another_era_does_not_empty_the_office_window():
    from detente.events.page_anchor import in_office_together, weekday_anchor, tenure_window

    terms = {"A": frozenset(range(100, 200)), "B": frozenset(range(150, 260)), "Old": frozenset(range(10, 40))}
    assert in_office_together(["A", "B"], terms) == ["A", "B"]  # overlapping terms: all kept
    assert in_office_together(["A", "B", "Old"], terms) == ["A", "B"]  # Old left office before B came in
    months = tenure_window({"Donald Trump", "Benjamin Netanyahu", "Yitzhak Rabin"}, [])
    if not months:
        return  # the actors stage ships no leaders.tsv with these office holders
    text = "On Tuesday, September 15, the two leaders signed the accord, as Rabin had once shaken hands with Arafat."
    anchor, _ = weekday_anchor(text, {m // 12 for m in months}, None)
    assert anchor is not None and anchor.date == dt.date(2020, 9, 15)


def test_the_same_evening_is_the_day_last_stated_before():
    from detente.events.page_anchor import with_context

    texts = ("Ruritania expelled the Freedonian attache.",
             "Its foreign ministry announced the expulsion on Tuesday.",
             "The same evening Freedonia summoned the Ruritanian envoy.",
             "Later that day Freedonia recalled its ambassador.",
             "That night the two ministers spoke by phone.")
    story = with_context(THURSDAY, "", texts)
    for text, trigger in zip(texts[2:], ("summoned", "recalled", "spoke")):
        found = event_date(text, text.index(trigger), story, "")
        assert (found.value, found.source) == ("2019-03-12", "sentence") and "the last day stated before" in found.note
    # with no day stated before, the expression gives none: the page's day stands
    assert _date(texts[2], "summoned") == "2019-03-14"
    # "that day" alone is no such expression (a quotation may say "we will remember that day")
    assert not [m for m in find_dates("We will remember that day.") if m.kind == "same-day"]


def test_he_also_adds_to_the_act_told_before_it_on_that_day():
    from detente.events.page_anchor import with_context

    texts = ("The Ruritanian foreign minister said on Tuesday that the junta was out of control.",
             "He also called the junta illegitimate.",
             "The defence minister said on Wednesday that troops would stay.")
    story = with_context(THURSDAY, "", texts)
    found = event_date(texts[1], texts[1].index("called"), story, "")
    assert (found.value, found.source) == ("2019-03-12", "text") and "('also')" in found.note
    # an "also" that is not a pronoun's continuation, or a day beyond a lead's reach, is not carried
    other = "Freedonia also recalled its envoy."
    assert event_date(other, other.index("recalled"), with_context(THURSDAY, "", (texts[0], other)), "").value \
        == "2019-03-14"
    old = ("The minister said on January 2 that the junta was out of control.", texts[1])
    assert event_date(texts[1], texts[1].index("called"), with_context(THURSDAY, "", old), "").value == "2019-03-14"


def test_he_also_is_not_carried_from_a_day_stated_two_sentences_back():
    from detente.events.page_anchor import with_context

    # the day is a recalled detail's; the sentence just before, the act "also" adds to, states none
    lead = "The Ruritanian minister on Wednesday rejected Freedonia's account of the clash."
    texts = (lead, "He said two Freedonian sailors had been detained on Monday.",
             "He called the border closure a collective punishment.",
             "He also accused Freedonia of sheltering armed rebels.")
    found = event_date(texts[3], texts[3].index("accused"), with_context(THURSDAY, lead, texts), "")
    assert found.value == "2019-03-13" and "('also')" not in found.note  # the lead's day, not Monday
