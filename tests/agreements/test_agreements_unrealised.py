"""A stage word only threatened, refused or promised in the sentence tells no step of the deal (data/unrealised.tsv;
newcomer review, session 21). Sentences written for these tests."""
from __future__ import annotations

import pytest

from detente import datafiles
from detente.agreements.lifecycle import report_stage, stage_in

PREFIXES = [row[0] for _, row in datafiles.numbered_rows("agreements", "unrealised.tsv", 1, 1)]


@pytest.mark.parametrize("prefix", PREFIXES)
def test_every_verb_of_unrealised_tsv_keeps_its_to_clause_from_the_stage(prefix):
    verb = {"threaten": "threatened", "refus": "refused", "declin": "declined", "pledg": "pledged",
            "promis": "promised", "plan": "planned"}.get(prefix, prefix + "ed")
    assert stage_in(f"Keldor {verb} to quit the accord", skip_history=True) is None, verb
    assert stage_in(f"Keldor {verb} to quit the accord") == "exited"  # a trigger's own word still decides


def test_a_past_threat_in_a_relative_clause_is_no_exit():
    sentence = "Arvonia restored the border pact, which Keldor threatened to pull out of in 2019."
    assert report_stage("AGREE", "asserted", "pact", sentence) == "agreed"
    assert report_stage("RETREAT", "asserted", "pulled out", "Keldor pulled out of the border pact.") == "exited"
