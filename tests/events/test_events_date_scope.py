"""events.date_scope: which of a sentence's date mentions are the act's own (split out of events.dates in
session 11; events.dates still offers `names_other_act`). Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

from detente.events import date_scope, dates
from detente.events.dates import find_dates


def _only(sentence: str):
    (mention,) = find_dates(sentence)
    return mention


def test_a_date_after_since_bounds_a_state():
    sentence = "Sanctions have been in place since 2011, the ministry said on the call."
    assert date_scope.bounds_a_state(sentence, find_dates(sentence)[0])


def test_a_date_in_a_relative_clause_does_not_date_a_trigger_outside_it():
    sentence = "Freedonia, which closed its border in 2015, recalled its envoy."
    mention = _only(sentence)
    assert date_scope.in_other_clause(sentence, mention, sentence.index("recalled"))
    assert not date_scope.in_other_clause(sentence, mention, sentence.index("closed"))


def test_a_planned_day_in_what_was_said_is_found_with_its_speech_verb():
    sentence = "The minister said engineers would fly out on Friday."
    mention = _only(sentence)
    assert mention.future
    verb = date_scope.said_plan(sentence, mention, sentence.index("fly"))
    assert verb is not None and verb[0] == "said"


def test_dates_still_offers_the_possessive_check():
    assert dates.names_other_act is date_scope.names_other_act


def test_a_contact_clause_after_the_trigger_holds_its_own_date():
    sentence = "The ministry dropped the rule it imposed nine days ago."
    mention = _only(sentence)
    assert date_scope.in_contact_clause(sentence, mention, sentence.index("dropped"))
    assert date_scope.in_other_clause(sentence, mention, sentence.index("dropped"))
    plain = "The ministry dropped the rule nine days ago."
    assert not date_scope.in_contact_clause(plain, _only(plain), plain.index("dropped"))
    # a clause cut off by a comma does not run on to the date
    comma = "The ministry dropped the rule it imposed, nine days ago."
    assert not date_scope.in_contact_clause(comma, _only(comma), comma.index("dropped"))


def _dated(sentence: str, trigger: str) -> str | None:
    anchor = dates.Anchor(dt.date(2021, 5, 14), "day", "metadata")  # a Friday
    return dates.event_date(sentence, sentence.index(trigger), anchor, "page").value


def test_a_year_before_a_noun_the_act_cites_does_not_date_the_act():
    sentence = "The letter asks Freedonia to give notice, as the 1998 Harbour Agreement requires, before any drill."
    assert _dated(sentence, "asks") == "2021-05-14"
    assert _dated("Ruritania accused its neighbour on Tuesday of breaking the 2004 accord.", "accused") == "2021-05-11"


def test_a_year_before_the_noun_of_the_act_itself_still_dates_it():
    # the named thing comes first and is the act's own doer or object
    sentence = "The 2018 ruling of the regional court, which rejected the claim, still stands."
    assert _dated(sentence, "rejected") == "2018"
    assert _dated("The two sides signed the accord in 1998.", "signed") == "1998"


def test_an_act_in_a_when_clause_after_a_bound_is_of_the_bound_day():
    # the state ("held since Tuesday") began with the act the "when" clause tells
    sentence = ("Nine sailors have been held in the port since Tuesday, when a Ruritanian cutter boarded "
                "their trawler and ordered it south.")
    assert date_scope.bound_names_moment(sentence, _only(sentence), sentence.index("boarded"))
    assert _dated(sentence, "boarded") == "2021-05-11"
    # the state itself is not dated by its bound
    assert _dated(sentence, "held") == "2021-05-14"
    plain = "Nine sailors have been held in the port since Tuesday, the families said."
    assert not date_scope.bound_names_moment(plain, _only(plain), plain.index("held"))


# events.date_scope.in_reduced_clause (session 18, dates11): a comma clause opened by a past participle after the
# trigger dates the participle's act, not the one told before it.
def test_a_date_in_a_reduced_clause_after_the_trigger_is_not_the_acts():
    sentence = "Ruritania asked Freedonia to return the two trawlers, seized by its navy off the cape on Monday."
    mention = _only(sentence)
    assert date_scope.in_reduced_clause(sentence, mention, sentence.index("asked"))
    assert not date_scope.in_reduced_clause(sentence, mention, sentence.index("seized"))


def test_an_irregular_participle_opens_a_reduced_clause_too():
    sentence = "Ruritania warned it would expel the consul unless the bridge, shut by Freedonia on Tuesday, reopened."
    mention = _only(sentence)
    assert date_scope.in_reduced_clause(sentence, mention, sentence.index("warned"))


def test_the_act_named_just_before_the_comma_keeps_the_clauses_date():
    sentence = "Freedonia criticised the new trade sanctions, announced by Ruritania on Monday, as unlawful."
    mention = _only(sentence)
    assert date_scope.in_reduced_clause(sentence, mention, sentence.index("criticised"))
    assert not date_scope.in_reduced_clause(sentence, mention, sentence.index("sanctions"))


def test_a_finite_verb_with_its_object_after_a_comma_is_no_reduced_clause():
    sentence = "Freedonian troops crossed the river, fired a shell on Monday and withdrew."
    assert not date_scope.in_reduced_clause(sentence, _only(sentence), sentence.index("crossed"))


def test_a_request_is_dated_by_its_own_lead_not_by_the_seizure_it_names():
    anchor = dates.Anchor(dt.date(2011, 6, 9), "day", "dateline")
    sentence = "Ruritania has asked Freedonia to free eleven sailors, detained by its coast guard on Monday."
    found = dates.event_date(sentence, sentence.index("asked"), anchor, "the page's day")
    assert found.value == "2011-06-09"
    seized = dates.event_date(sentence, sentence.index("detained"), anchor, "the page's day")
    assert seized.value == "2011-06-06"


# events.date_scope.in_noun_phrase (session 18, dates11): a nominal act's own day written in its phrase.
def test_a_nominal_act_takes_the_day_written_in_its_own_phrase():
    sentence = ("Ruritania called in the envoy on Friday to protest against the detention of three customs officers "
                "by Freedonian police near the bridge on Wednesday night.")
    wednesday = find_dates(sentence)[1]
    assert date_scope.in_noun_phrase(sentence, wednesday, sentence.index("detention"))
    anchor = dates.Anchor(dt.date(2013, 4, 12), "day", "dateline")
    assert dates.event_date(sentence, sentence.index("detention"), anchor, "page").value == "2013-04-10"
    assert dates.event_date(sentence, sentence.index("called"), anchor, "page").value == "2013-04-12"


def test_a_day_after_the_act_a_noun_answers_is_not_the_nouns():
    sentence = "Ruritania on Monday lodged a protest with Freedonia over the shelling of a village on Saturday."
    saturday = find_dates(sentence)[1]
    assert not date_scope.in_noun_phrase(sentence, saturday, sentence.index("protest"))
    assert date_scope.in_noun_phrase(sentence, saturday, sentence.index("shelling"))


def test_every_listed_participle_opens_a_reduced_clause():
    from detente.events.lexicon import cue_words
    for word in cue_words("participle"):
        sentence = f"Ruritania asked Freedonia to return the two patrol boats, {word} by its navy on Monday."
        assert date_scope.in_reduced_clause(sentence, _only(sentence), sentence.index("asked")), word


# events.date_scope.opens_other_predicate (session 19, dates12): a day that opens another predicate gives way.
def test_a_day_opening_a_coordinated_predicate_is_not_the_earlier_acts():
    sentence = ("Ruritania's prime minister arrived in Freedonia on Tuesday for a two-day state visit and yesterday "
                "signed a trade protocol with his host.")
    tuesday, yesterday = find_dates(sentence)
    assert date_scope.opens_other_predicate(sentence, yesterday, sentence.index("visit"))
    assert not date_scope.opens_other_predicate(sentence, tuesday, sentence.index("visit"))
    anchor = dates.Anchor(dt.date(2014, 9, 11), "day", "dateline")
    assert dates.event_date(sentence, sentence.index("visit"), anchor, "page").value == "2014-09-09"
    assert dates.event_date(sentence, sentence.index("signed"), anchor, "page").value == "2014-09-10"


def test_two_days_joined_by_and_are_both_the_acts():
    sentence = "The two delegations met in Geneva on Tuesday and on Wednesday in Bern."
    _, wednesday = find_dates(sentence)
    assert not date_scope.opens_other_predicate(sentence, wednesday, sentence.index("met"))


def test_a_day_in_a_reduced_clause_on_the_subject_gives_way_to_the_acts_own():
    sentence = ("Freedonian infantry units moved to the frontier earlier in the week began withdrawing to their "
                "barracks on Friday morning, an army spokesman said.")
    week, friday = find_dates(sentence)
    assert date_scope.opens_other_predicate(sentence, week, sentence.index("withdrawing"))
    assert not date_scope.opens_other_predicate(sentence, friday, sentence.index("withdrawing"))
    anchor = dates.Anchor(dt.date(2019, 5, 18), "day", "dateline")
    assert dates.event_date(sentence, sentence.index("withdrawing"), anchor, "page").value == "2019-05-17"


def test_a_day_just_before_the_trigger_verb_is_its_own():
    sentence = "Freedonian troops on Monday shelled a Ruritanian border post near the lake."
    assert not date_scope.opens_other_predicate(sentence, _only(sentence), sentence.index("shelled"))


def test_a_planned_day_in_a_clause_after_a_past_act_is_not_its_day():
    # session 21 (eval/wire24, eval/wire22): an agreement and a charge dated by the plan they told of
    agreed = "The two sides agreed that a working group of lawyers would meet in Port Ardent in September."
    mention = _only(agreed)
    assert date_scope.planned_after_trigger(agreed, mention, agreed.index("agreed"))
    assert not date_scope.planned_after_trigger(agreed, mention, agreed.index("meet"))  # the meeting's own day
    charged = "He accused Freedonian trawler owners of looting the bay and said a law would follow next year."
    assert date_scope.planned_after_trigger(charged, _only(charged), charged.index("accused"))
    planned = "The minister will visit Freedonia and will sign the accord on Monday."
    assert not date_scope.planned_after_trigger(planned, _only(planned), planned.index("visit"))  # a plan itself
    past = "The two sides agreed in September that a working group would meet."
    assert not date_scope.planned_after_trigger(past, _only(past), past.index("agreed"))


def test_a_past_act_told_with_a_plan_keeps_the_day_of_its_report():
    anchor = dates.Anchor(dt.date(2011, 6, 22), "day", "metadata")
    sentence = "The two sides agreed that a working group of lawyers would meet in Port Ardent in September."
    found = dates.event_date(sentence, sentence.index("agreed"), anchor, "publication", said_day=True)
    assert found.value == "2011-06-22"
    # the status reading (without said_day) still sees the planned month
    assert dates.event_date(sentence, sentence.index("agreed"), anchor, "publication").value == "2011-09"


def test_a_possessed_day_opening_the_sentence_as_its_setting_dates_the_act():
    # a Friday anchor: "Tuesday" is 2021-05-11
    assert _dated("At Tuesday's meeting, the two ministers agreed to reopen the crossing.", "agreed") == "2021-05-11"
    assert _dated("During Tuesday's talks in Tarvia, Freedonia offered to pay.", "offered") == "2021-05-11"
    # elsewhere the possessed day stays the noun's ("protested over Tuesday's shooting")
    assert _dated("Ruritania protested over Tuesday's shooting, calling it a crime.", "protested") == "2021-05-14"
