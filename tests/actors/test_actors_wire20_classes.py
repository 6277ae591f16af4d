"""Classes the blind development pages of session 19 (eval/wire20) showed on who acts, told with our own
sentences: "the two governments" and "the two countries" after talks held under a regional body are the two
states, never the body the page happens to name as often as one of them."""
from __future__ import annotations

from helpers import events_of


def test_the_two_governments_are_states_not_the_body_that_hosted_them():
    page = ("Two Zambian fisheries officers were freed on Tuesday. Ministers of Zambia and Zimbabwe met on "
            "Wednesday under the Southern African Development Community, whose executive secretary chaired the "
            "talks at a SADC office. The two governments signed a memorandum setting up joint patrols on the lake.")
    events = events_of(page)
    assert ("AGREE", "ZMB", "ZWE") in events or ("AGREE", "ZWE", "ZMB") in events
    assert not any(kind == "AGREE" and "IGO" in (source, target) for kind, source, target in events)


def test_the_two_countries_after_a_community_meeting():
    events = events_of("Kenyan officials met Ugandan officials on Monday under the East African Community, and an "
                       "EAC official took notes. The two countries agreed to reopen the crossing.")
    assert ("AGREE", "KEN", "UGA") in events or ("AGREE", "UGA", "KEN") in events
    assert not any("IGO" in (source, target) for _, source, target in events)


def test_both_sides_may_still_be_a_body_and_a_state():
    from detente.actors.coref import states_only

    assert not states_only("both sides") and not states_only("the two delegations")
    assert states_only("the two countries") and states_only("both governments")
