"""Session 13 (precision3): false positives of real-style pages as classes, on our own sentences."""
import pytest

from events_kit import code, summary


def pairs(text: str) -> set[tuple]:
    return {(t, s, g) for t, s, g, *_ in summary(code(text))}


@pytest.mark.parametrize("text, maker", [
    # a giving verb joined bare to a passive shares it: the envoy received the demand (wire10)
    ("The Kenyan ambassador was summoned by Uganda and handed a demand for compensation.", "UGA"),
    ("The Kenyan envoy was called in by Uganda and given a demand for an apology.", "UGA"),
    ("The Kenyan envoy was told of the anger of the hosts and handed a demand for compensation.", None),
])
def test_a_summoned_envoy_handed_a_demand_did_not_make_it(text, maker):
    requests = {s for t, s, _ in pairs(text) if t == "REQUEST"}
    assert "KEN" not in requests, requests
    if maker:
        assert maker in requests, requests


@pytest.mark.parametrize("text, expected", [
    ("The Kenyan minister was elected in March and signed an accord with Uganda.", ("AGREE", "KEN", "UGA")),
    ("The Kenyan envoy was recalled last week and will demand compensation from Uganda.", ("REQUEST", "KEN", "UGA")),
])
def test_a_passive_subjects_own_later_act_keeps_its_doer(text, expected):
    assert expected in pairs(text)
