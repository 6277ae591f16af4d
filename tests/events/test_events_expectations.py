"""A state that 'expects X to do Y' asks it of X (triggers.tsv `expect`), also when what it expects is said in the
passive ('expects the crew to be released'); on our own sentences."""
from events_kit import code, summary


def test_expects_another_state_to_act_is_a_request():
    assert ("REQUEST", "PER", "CHL") in summary(code("Peru expects Chile to withdraw its troops."))


def test_expects_a_passive_act_is_a_request():
    events = code("Norway expects the crew of the Danish trawler to be released.")
    assert "REQUEST" in {e.event_type for e in events if e.source.country == "NOR"}


def test_expected_to_is_no_request():
    events = code("Chile is expected to sign the accord with Peru.")
    assert "REQUEST" not in {e.event_type for e in events}

