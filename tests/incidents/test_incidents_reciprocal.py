"""One trigger telling two states' penalties or charges at each other is each state's own act (incidents/same_act.py
RECIPROCAL). Our own wording: "Both countries recalled their ambassadors on Monday", "both sides accused the other of
shelling the villages"; "Kenya, Uganda and Rwanda suspended Tanzania from the bloc" stays one act."""
from __future__ import annotations

from detente.incidents import assign_incidents
from detente.incidents.same_act import RECIPROCAL, reciprocal_triggers

from tests.incidents.reports_kit import report

DAY = "2024-05-13"


def _both_ways(event_type: str, trigger: int = 40) -> list:
    """One sentence's trigger coded both ways, KEN at TZA and TZA at KEN."""
    return [report(event_type, "KEN", "TZA", trigger=trigger, sentence=2, date=DAY, stated=True),
            report(event_type, "TZA", "KEN", trigger=trigger, sentence=2, date=DAY, stated=True)]


def _groups(reports: list) -> list[list[str]]:
    return sorted(sorted(i.event_ids) for i in assign_incidents(reports))


def test_both_countries_recalling_their_ambassadors_are_two_recalls():
    ken, tza = _both_ways("SANCTION")
    assert _groups([ken, tza]) == sorted([[ken.event_id], [tza.event_id]])


def test_both_sides_accusing_the_other_are_two_accusations():
    ken, tza = _both_ways("ACCUSE")
    assert _groups([ken, tza]) == sorted([[ken.event_id], [tza.event_id]])


def test_each_side_keeps_its_own_reports_of_the_trigger():
    # the mirrored trigger also coded against a third state by one side: that row stays with its side's act
    ken, tza = _both_ways("SANCTION")
    also = report("SANCTION", "KEN", "UGA", trigger=40, sentence=2, date=DAY, stated=True)
    groups = _groups([ken, tza, also])
    assert sorted([ken.event_id, also.event_id]) in groups and [tza.event_id] in groups


def test_several_states_at_one_stay_one_act():
    # "Kenya, Uganda and Rwanda suspended Tanzania from the bloc": no mirrored pair, one act
    rows = [report("SANCTION", src, "TZA", trigger=40, sentence=2, date=DAY, stated=True) for src in ("KEN", "UGA", "RWA")]
    assert _groups(rows) == [sorted(r.event_id for r in rows)]


def test_attacks_and_releases_told_both_ways_stay_one():
    # "traded fire", "exchanged prisoners": the golds disagree or keep one incident (same_act.RECIPROCAL's comment)
    for event_type in ("ASSAULT", "RETREAT", "CONCEDE"):
        assert event_type not in RECIPROCAL
        ken, tza = _both_ways(event_type, trigger=70)
        assert _groups([ken, tza]) == [sorted([ken.event_id, tza.event_id])]


def test_the_reciprocal_triggers_are_found_by_pair():
    ken, tza = _both_ways("ACCUSE")
    one = report("ACCUSE", "KEN", "UGA", trigger=90, sentence=3)
    assert reciprocal_triggers([[ken], [tza], [one]]) == {(ken.doc_id, ken.trigger_start, "ACCUSE")}
