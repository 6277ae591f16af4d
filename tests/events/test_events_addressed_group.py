"""A group addressed by one of its own supposed members gets the page's third state instead (events/addressed_group.py;
the class of wire37's mediator urging "both governments"). Sentences are our own."""
from __future__ import annotations

from collections import Counter

from detente.events.addressed_group import without_own_member
from detente.records import Actor
from events_kit import coded_pages

MEDIATED = ("Ghana and Togo quarrelled over a fishing zone. Norway offered to mediate. The Norwegian envoy, Lars Berg, "
            "flew to Accra on Monday. Norway's foreign ministry said Berg would visit Lome next. Norway's prime "
            "minister called the Ghanaian president. Berg also urged both governments to stop attacks in the press.")
UNMEDIATED = ("Ghana and Togo quarrelled over a fishing zone. Ghana closed its ports. Togo protested to Ghana. "
              "Ghana urged both countries' fishermen to stay in port.")


def _member(code: str) -> Actor:
    return Actor("both governments", code, "GOV", "group mention; member of group NOR+GHA")


def test_mediator_urging_both_governments_reaches_both_parties():
    coded = coded_pages([MEDIATED, UNMEDIATED])
    assert {("REQUEST", "NOR", "GHA"), ("REQUEST", "NOR", "TGO")} <= coded[MEDIATED], coded[MEDIATED]
    # no third state named on the page: the group stays as read
    assert ("REQUEST", "GHA", "TGO") in coded[UNMEDIATED]
    assert not any(t == "REQUEST" and target not in ("TGO", None) for t, _, target in coded[UNMEDIATED])


def test_own_member_replaced_by_the_third_state():
    sources = [Actor("Berg", "NOR", "GOV", "person")]
    out = without_own_member([_member("NOR"), _member("GHA")], sources, Counter({"NOR": 6, "GHA": 4, "TGO": 3}))
    assert [a.country for a in out] == ["TGO", "GHA"]


def test_bystander_named_once_is_no_addressee():
    sources = [Actor("Berg", "NOR", "GOV", "person")]
    targets = [_member("NOR"), _member("GHA")]
    assert without_own_member(targets, sources, Counter({"NOR": 6, "GHA": 6, "TGO": 1})) == targets
    assert without_own_member(targets, sources, Counter({"NOR": 9, "GHA": 9, "TGO": 2})) == targets  # < half of GHA


def test_plain_targets_untouched():
    sources = [Actor("Berg", "NOR", "GOV", "person")]
    targets = [Actor("Ghana", "GHA", "GOV", "country mention")]
    assert without_own_member(targets, sources, Counter({"NOR": 6, "GHA": 4, "TGO": 3})) == targets
