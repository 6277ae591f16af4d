"""Classes the blind development pages of session 20 (eval/wire22) showed in the events stage, told with our own
sentences: a state's forces withdrawn in an agentless passive were withdrawn by that state; an acceptance negated
in its own clause is a rejection in the present (not "never accepted", a standing position, "not yet accepted", or a past "did not accept")."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))
from helpers import events_of  # noqa: E402

from detente.events.lexicon import cue_words  # noqa: E402


def test_forces_withdrawn_in_a_passive_were_withdrawn_by_their_state():
    events = events_of("The sixty Kenyan soldiers sent to the border were withdrawn on Wednesday.")
    assert any(kind == "RETREAT" and source == "KEN" for kind, source, _ in events)
    events = events_of("The battalion of the Ugandan army was pulled back to its barracks on Friday.")
    assert any(kind == "RETREAT" and source == "UGA" for kind, source, _ in events)


def test_soldiers_released_in_a_passive_are_not_let_go_by_their_own_state():
    events = events_of("The two captured Kenyan soldiers were released on Friday.")
    assert not any(kind == "RETREAT" and source == "KEN" for kind, source, _ in events)


def test_an_acceptance_negated_in_its_clause_is_a_rejection():
    assert ("REJECT", "KEN", "UGA") in events_of("Kenya does not accept the Ugandan proposal.")
    assert ("REJECT", "ISL", "NOR") in events_of("Iceland does not accept the Norwegian fishing zone.")


def test_an_acceptance_not_given_yet_or_never_given_is_no_rejection():
    assert not any(kind == "REJECT" for kind, _, _ in events_of("Kenya has not yet accepted the Ugandan proposal."))
    assert not any(kind == "REJECT" for kind, _, _ in events_of("Kenya has never accepted the Ugandan claim."))
    # a past "did not accept" tells what was not done (test_events_recall keeps it a negated acceptance)
    assert not any(kind == "REJECT" for kind, _, _ in events_of("Kenya did not accept the Ugandan proposal."))


def test_the_new_cues_load():
    assert set(cue_words("pullback")) == {"withdraw", "pull", "recall"}
    assert set(cue_words("acceptance")) == {"accept", "recognize"}  # recognize: precision11 (sent-dev6)
