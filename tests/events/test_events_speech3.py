"""Session 14 (speech3): clauses joined by semicolons are acts of their own, each dated in its own clause; a
headline's "X to do Y" is the future."""
from __future__ import annotations

import pytest

from detente.events.dates import find_dates
from detente.events.date_scope import in_other_clause
from events_kit import code, parsed, summary
from detente.events.triggers import semicolon_clause


RECAP = ("In short: the Danish drills began on Monday; Norway threatened countermeasures the same day; "
         "on Wednesday Norwegian guns fired ten shells near the island; Denmark protested and raised its alert level.")


def test_a_clause_before_a_semicolon_is_not_nested_in_the_next_one():
    events = code(RECAP)
    assert ("THREATEN", "NOR", "DNK") in summary(events)
    # the protest is no complaint about the clauses the parser hung on it across the semicolons
    assert not any(e.event_type == "ACCUSE" and "threaten" in e.rule for e in events)


def test_the_parser_hangs_the_recap_clauses_across_the_semicolons():
    _, sentences = parsed(RECAP)
    hung = [t.text for t in sentences[0].tokens if semicolon_clause(sentences[0], t)]
    assert "threatened" in hung


def test_a_day_in_another_semicolon_clause_does_not_date_the_act():
    text = "Norway threatened countermeasures on Monday; on Wednesday its guns fired ten shells."
    monday, wednesday = find_dates(text)
    fired = text.index("fired")
    assert in_other_clause(text, monday, fired) and not in_other_clause(text, wednesday, fired)


def test_a_that_clause_without_a_semicolon_stays_nested():
    text = "Denmark protested that Norwegian guns had fired ten shells near the island."
    assert not any(semicolon_clause(s, t) for s in parsed(text)[1] for t in s.tokens)
    assert ("ACCUSE", "DNK", "NOR") in summary(code(text))


@pytest.mark.parametrize("text, expected", [
    ("Norway to free Danish fishermen but keeps boat; Denmark recalls ambassador", ("AGREE", "NOR", "DNK", "pending")),
    ("Chile to expel Peruvian diplomats", ("SANCTION", "CHL", "PER", "pending")),  # a measure, not a threat
    ("Norway to hold talks with Finland", ("CONSULT", "NOR", "FIN", "pending")),
])
def test_a_headline_subject_with_a_to_infinitive_is_the_future(text, expected):
    assert expected in {(e.event_type, e.source.country, e.target.country, e.status) for e in code(text, "title")}


def test_an_infinitive_after_its_verb_is_no_headline_future():
    events = code("Kenya wants Uganda to withdraw troops")
    assert ("REQUEST", "KEN", "UGA") in summary(events) and all(e.status == "asserted" for e in events)


@pytest.mark.parametrize("text, expected", [
    ("Norway says Danish fishermen will be freed.", ("RETREAT", "NOR", "DNK", "pending")),  # a passive: a forecast
    ("Norway would consider funding the reconstruction of the Danish hospital.", ("AID", "NOR", "DNK", "pending")),
])
def test_an_act_weighed_or_forecast_in_the_passive_is_no_promise(text, expected):
    events = code(text)
    assert expected in {(e.event_type, e.source.country, e.target.country, e.status) for e in events}
    assert not any(e.event_type == "AGREE" for e in events)


def test_a_subject_that_says_it_will_act_still_promises():
    assert ("AGREE", "NOR", "DNK") in summary(code("Norway will free the Danish fishermen."))


@pytest.mark.parametrize("text", [
    "Norway said Finnish soldiers opened fire on its patrol.",
    "Norway said Finnish jets had bombed a village inside its territory.",
    "Norway's defence ministry said two of its soldiers were killed by Finnish fire.",
])
def test_force_on_the_speakers_own_people_or_ground_named_deeper_is_its_charge(text):
    assert ("ACCUSE", "NOR", "FIN") in summary(code(text))


@pytest.mark.parametrize("text", [
    "Norway said Finnish soldiers opened fire on a Danish patrol.",  # another's people: a wire's report
    "Norway said its soldiers opened fire on a Finnish patrol.",  # its own act
])
def test_no_charge_when_the_victim_is_not_the_speakers_own(text):
    assert not any(e.event_type == "ACCUSE" and e.source.country == "NOR" and e.target.country == "FIN"
                   for e in code(text))


@pytest.mark.parametrize("text", [
    "According to Norway, Finnish jets violated its airspace on Monday.",
    "Finnish jets violated Norwegian airspace on Monday, according to Norway's defence ministry.",
])
def test_an_intrusion_told_according_to_its_victim_is_its_charge(text):
    assert ("ACCUSE", "NOR", "FIN") in summary(code(text))


def test_according_to_the_media_is_no_states_charge():
    events = code("According to Norwegian media, Finnish jets violated its airspace on Monday.")
    assert not any(e.event_type == "ACCUSE" for e in events)
