"""Classes found on eval/wire39 (session 26, helper pages39), tested on our own sentences."""
from __future__ import annotations

from helpers import events_of, mentions_of

# "mediator" names an office (roles.tsv): "the UN mediator, X," makes X the body's, so his later bare
# surname acts for the body (wire39 w39_09: the UN mediator in a name dispute, then "<surname> met
# Skopje's negotiator", source unresolved; "the UN envoy, X" already worked).
MEDIATOR = ("The UN mediator in the border dispute, Tomas Varga, said on Tuesday that he would bring the two "
            "sides to Geneva. Varga met Chile's negotiator in Vienna on Monday.")


def test_a_bodys_mediator_named_once_acts_for_the_body_by_surname():
    assert ("CONSULT", "UNO", "CHL") in events_of(MEDIATOR)


def test_mediator_is_also_a_title_before_a_name():
    text = ("UN mediator Tomas Varga said on Tuesday that talks would resume. Varga met Chile's negotiator in "
            "Vienna on Monday.")
    assert ("CONSULT", "UNO", "CHL") in events_of(text)


def test_a_bare_mediator_takes_no_state_from_the_page():
    # a guard, passes without the rule too; context n: a mediator is by office not one of the parties, so "the mediator" alone is no Kenyan actor
    found = [(m.text, m.country) for m in mentions_of("Kenya rejected the proposal. The mediator said talks would resume.")]
    assert not any(text.lower().endswith("mediator") and country == "KEN" for text, country in found), found
