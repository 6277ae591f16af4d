"""A state that 'expects X to do Y' asks it of X (triggers.tsv `expect`), also when what it expects is said in the
passive ("expects the crew to be released"); and "raised its alert level" a mobilisation; on our own sentences."""
from events_kit import code, summary


def test_expects_another_state_to_act_is_a_request():
    assert ("REQUEST", "PER", "CHL") in summary(code("Peru expects Chile to withdraw its troops."))


def test_expects_a_passive_act_is_a_request():
    events = code("Norway expects the crew of the Danish trawler to be released.")
    assert "REQUEST" in {e.event_type for e in events if e.source.country == "NOR"}


def test_expected_to_is_no_request():
    events = code("Chile is expected to sign the accord with Peru.")
    assert "REQUEST" not in {e.event_type for e in events}



def test_raised_alert_level_is_a_mobilisation():
    # the parser reads "alert" as an adjective of "level" (triggers.tsv raise obj:level&word:alert; wire9)
    events = code("Chile's army raised its alert level along the border with Peru.")
    assert ("MOBILIZE", "CHL", "PER") in summary(events)


def test_raised_level_of_talks_is_no_mobilisation():
    events = code("Peru raised the level of its trade talks with Chile.")
    assert "MOBILIZE" not in {e.event_type for e in events}


def test_put_an_armed_team_aboard_is_a_boarding():
    # triggers.tsv put obj:team…&word:aboard (wire8); the vessel's state is the story's other side here
    events = code("Peru protested to Chile on Monday over the seizure of a trawler. A Chilean patrol boat had put an "
                  "armed team aboard and ordered the Peruvian vessel north. The trawler is held in Arica.")
    assert ("COERCE", "CHL", "PER") in summary(events)
