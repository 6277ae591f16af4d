"""events/explain.py: why each field has its value, including a target the rule's own words do not give."""
from events_kit import code
from detente.events import explain
from detente.events.explain import PAIRED_TARGET, target_how


def test_parties_named_together_say_why_each_is_the_others_target():
    # session 14 newcomer: explain printed 'tgt=none … no target was named in the sentence' over a named target
    events = code("The pact, signed in Kampala by Kenyan Trade Secretary John Otieno and Ugandan Trade Minister "
                  "Mary Nakato, covers nine border posts.")
    paired = [e for e in events if e.target is not None and "tgt=none" in e.rule.split()]
    assert [(e.source.country, e.target.country) for e in paired] == [("KEN", "UGA")]
    assert all(target_how(e) == PAIRED_TARGET == explain(e)["target_how"] for e in paired)


def test_parties_meeting_at_a_venue_say_why_the_target_is_not_the_place():
    (event,) = code("Kenya and Uganda held talks in Nairobi on Monday.")
    assert "venue-not-a-party" in event.rule.split() and event.target.country == "UGA"
    assert target_how(event) == PAIRED_TARGET


def test_a_target_the_rule_names_needs_no_word_and_no_target_none():
    (event,) = [e for e in code("Kenya signed a trade agreement with Uganda on Monday.") if e.target is not None]
    assert "tgt=none" not in event.rule.split() and target_how(event) is None
    assert explain(event)["target_how"] is None
