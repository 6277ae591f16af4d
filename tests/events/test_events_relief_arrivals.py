"""Relief crews arriving or at work in a stricken state (issue #11, second round on eval/wire4's misses):
"a defence force team of 25 arrived", "an engineering team landed", "engineers were repairing the roof"
code AID from the crew's state to the state it helps; so does money or a package announced or confirmed for a
state. Our own sentences."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("sentence,expected", [
    ("A Norwegian army engineering team landed in Lima on Wednesday.", ("AID", "NOR", "PER")),
    ("A Finnish defence force team of 30 arrived in Lima on Monday after the floods.", ("AID", "FIN", "PER")),
    ("Danish rescuers arrived in Nairobi on Tuesday.", ("AID", "DNK", "KEN")),
    ("Chile's engineers were repairing the main hospital in Lima.", ("AID", "CHL", "PER")),
])
def test_relief_crews_arriving_or_at_work_give_aid(sentence, expected):
    assert expected in summary(code(sentence)), [(e.event_type, e.rule) for e in code(sentence)]


@pytest.mark.parametrize("sentence", [
    "A Norwegian negotiating team arrived in Lima on Wednesday.",
    "A Finnish inspection team landed in Lima on Monday.",
    "The Danish foreign minister arrived in Nairobi on Tuesday.",
])
def test_teams_that_bring_no_relief_give_no_aid(sentence):
    assert not any(e.event_type == "AID" for e in code(sentence)), [(e.event_type, e.rule) for e in code(sentence)]


@pytest.mark.parametrize("sentence,expected", [
    ("Norway announced a $4 million package for Peru after the floods.", ("AID", "NOR", "PER")),
    ("Chile confirmed 2 million dollars in assistance to Peru on Friday.", ("AID", "CHL", "PER")),
])
def test_money_announced_or_confirmed_for_a_state_is_aid(sentence, expected):
    assert expected in summary(code(sentence)), [(e.event_type, e.rule) for e in code(sentence)]


@pytest.mark.parametrize("sentence", [
    "Norway announced a sanctions package against Peru.",
    "Chile confirmed a 2 million dollar defence package with Peru.",
])
def test_a_sanctions_or_defence_package_is_no_aid(sentence):
    assert not any(e.event_type == "AID" for e in code(sentence)), [(e.event_type, e.rule) for e in code(sentence)]
