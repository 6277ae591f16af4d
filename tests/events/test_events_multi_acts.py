"""Issues #11/#12: several acts in one sentence. A verb coordinated with an act's trigger and sharing its
subject is a second act of the same doer; when it names no addressee of its own it is aimed at the party
the first act names (events/conjuncts.py). Our own sentences."""
import pytest

from events_kit import code, summary

TWO_ACTS = [
    ("Kenya accused Uganda of shelling the border and threatened to close the crossing.",
     {("ACCUSE", "KEN", "UGA"), ("THREATEN", "KEN", "UGA")}),
    ("Chile rejected Peru's demand and recalled its ambassador.",
     {("REJECT", "CHL", "PER"), ("SANCTION", "CHL", "PER")}),
    ("Peru protested to Chile and demanded the release of the fishermen.",
     {("ACCUSE", "PER", "CHL"), ("REQUEST", "PER", "CHL")}),
    ("Kenya threatened to impose sanctions on Uganda and demanded an apology.",
     {("THREATEN", "KEN", "UGA"), ("REQUEST", "KEN", "UGA")}),
]


@pytest.mark.parametrize("text,expected", TWO_ACTS)
def test_a_coordinated_second_act_is_aimed_at_the_first_acts_party(text, expected):
    assert expected <= summary(code(text))


def test_the_second_act_says_where_its_target_came_from():
    threat = next(e for e in code(TWO_ACTS[0][0]) if e.event_type == "THREATEN")
    assert threat.rule.endswith("tgt→conjunct") and "coordinated act 'accused'" in threat.target.resolution


def test_a_second_act_naming_a_third_state_keeps_its_own_aim():
    # "... and agreed to hold talks with Finland": the talks are with Finland, not with Denmark
    got = summary(code("Norway signed a fishing deal with Denmark and agreed to hold talks with Finland."))
    assert ("AGREE", "NOR", "FIN") in got and ("AGREE", "NOR", "DNK") in got


def test_a_second_act_with_its_own_subject_is_another_doers():
    # "and Uganda denied the charge": Uganda's act, not Kenya's; it takes nobody's target by coordination
    events = code("Kenya accused Uganda of violating the ceasefire, and Uganda denied the charge.")
    assert not any(e.rule.endswith("tgt→conjunct") for e in events)


def test_an_act_on_the_doers_own_people_is_not_aimed_abroad():
    # "urged its citizens to stay away": a domestic call, whatever the first act named
    events = code("Norway condemned Denmark's decision and urged its citizens to leave.")
    assert ("REQUEST", "NOR", "DNK") not in summary(events)


def test_a_first_act_does_not_take_a_later_conjuncts_target():
    # "denied the charge and accused Uganda": the denial names no party; the coordination gives it none
    events = code("Kenya denied the charge and accused Uganda of provoking the clash.")
    assert ("REJECT", "KEN", "UGA") not in summary(events) and ("ACCUSE", "KEN", "UGA") in summary(events)


def test_a_reporting_verb_is_not_coded_as_a_second_act():
    # "said ... and accused": saying is no act of its own; only the accusation is coded, once
    events = code("Kenya said the raid was unlawful and accused Uganda of arming the rebels.")
    assert [e.event_type for e in events if e.target and e.target.country] == ["ACCUSE"]


def test_a_nominal_restating_the_act_is_not_coded_twice():
    # "condemned the attack, calling it an act of aggression": one accusation, one event
    events = code("Kenya condemned Uganda's attack and called it an act of aggression.")
    assert [(e.event_type, e.source.country, e.target.country) for e in events
            if e.target and e.target.country] == [("ACCUSE", "KEN", "UGA")]
