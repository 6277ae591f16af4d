"""A person set off after a state's role that names no state ("The Secretary of State for Foreign Affairs, X Y,
said"): the person takes the state the page's context gives the role, so a later bare surname acts for that
state (mentions.appositive_names; wire14, session 17: a Banjul page's minister named by surname after his role
was nobody's). Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import events_of, mentions_of

OPENING = "NAIROBI - Uganda closed two border posts on Monday, and Uganda's trade minister accused Nairobi of dumping sugar. "


@pytest.mark.parametrize("role", ["The Foreign Minister", "The Minister for Foreign Affairs",
                                  "The Secretary of State for Foreign Affairs", "The trade minister"])
def test_a_surname_after_a_stateless_role_is_that_roles_state(role):
    body = OPENING + f"{role}, Amos K. Wekesa, said the levy applied to every importer. " \
                     "Wekesa accused the Ugandan government of punishing traders."
    assert [m.country for m in mentions_of(body) if m.text == "Wekesa"] == ["KEN"], mentions_of(body)
    assert ("ACCUSE", "KEN", "UGA") in events_of(body)


def test_a_role_with_its_state_still_gives_that_state():
    body = OPENING + "Uganda's foreign minister, Ruth Nankya, said the posts would stay shut. Nankya accused " \
                     "Kenya of smuggling."
    assert [m.country for m in mentions_of(body) if m.text == "Nankya"] == ["UGA"]


def test_a_name_after_a_role_of_no_state_is_not_given_one():
    body = OPENING + "The company's chairman, Peter Otieno, said prices would rise. Otieno blamed the weather."
    assert all(m.country is None for m in mentions_of(body) if m.text in ("Otieno", "Peter Otieno"))
