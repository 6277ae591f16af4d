"""Session 15 trigger classes (triggers6): a requirement too strict for a class of phrasing, and common words of a type
missing from the lexicon. Each class is tested with our own sentences, and with a near miss that must keep its old
reading or stay uncoded."""
from __future__ import annotations

import pytest

from events_kit import code, summary


def types(sentence: str) -> set[str]:
    return {t for t, _, _ in summary(code(sentence))}


@pytest.mark.parametrize("sentence,expected", [
    # pressing the other side to do something, whatever the act (no trigger in the complement)
    ("Kenya pressed Uganda to respect the ruling.", ("REQUEST", "KEN", "UGA")),
    # yielding to the other side's demands told with 'agree to' / 'accede to'
    ("Kenya agreed to Uganda's demands.", ("CONCEDE", "KEN", "UGA")),
    ("Kenya acceded to Ugandan demands on the fishing grounds.", ("CONCEDE", "KEN")),
    # restrictions abolished, rescinded, loosened, scrapped or revoked are eased
    ("Kenya abolished visa requirements for Ugandan citizens.", ("CONCEDE", "KEN")),
    ("Kenya rescinded its ban on Ugandan sugar.", ("CONCEDE", "KEN")),
    ("Kenya loosened its ban on Ugandan flights.", ("CONCEDE", "KEN")),
    ("Kenya scrapped the ban on Ugandan imports.", ("CONCEDE", "KEN")),
    ("Kenya revoked the ban on Ugandan flights.", ("CONCEDE", "KEN")),
    # forces cut back in a place are a military retreat
    ("Kenya scaled back its military presence in Uganda.", ("RETREAT", "KEN")),
    ("Kenya drew down its forces in Uganda.", ("RETREAT", "KEN")),
    # the parser's adjective 'alert' on 'level' (CAMEO 151 raise alert level)
    ("Ghana raised the alert level of its troops on the border with Togo.", ("MOBILIZE", "GHA")),
    # a charge made with a that-clause is an accusation
    ("Uganda charged that Kenya had armed the rebels.", ("ACCUSE", "UGA", "KEN")),
    # a boat impounded; talks walked out of
    ("Kenya impounded a Ugandan fishing boat.", ("COERCE", "KEN", "UGA")),
    ("Chile walked out of the talks with Peru.", ("REJECT", "CHL", "PER")),
    # sanctions in the passive: the agent of 'imposed' imposes them
    ("Sanctions were imposed on Uganda by Kenya.", ("SANCTION", "KEN", "UGA")),
    ("An embargo was imposed on Chile by Peru in 1962.", ("SANCTION", "PER", "CHL")),
    # a seized ship handed back; intelligence sharing resumed
    ("Kenya handed back the seized Ugandan ship.", ("RETREAT", "KEN")),
    ("Kenya and Uganda resumed intelligence sharing.", ("COOPERATE",)),
    # words of disapproval and refusal missing before
    ("Kenya rapped Uganda over the arrests.", ("ACCUSE", "KEN", "UGA")),
    ("Kenya scolded Uganda for the arrests.", ("ACCUSE", "KEN", "UGA")),
    ("Kenya railed against Uganda over the arrests.", ("ACCUSE", "KEN", "UGA")),
    ("Kenya expressed dismay at Uganda's decision.", ("ACCUSE", "KEN", "UGA")),
    ("Kenya questioned Uganda's commitment to peace.", ("ACCUSE", "KEN", "UGA")),
    ("Kenya shrugged off Uganda's criticism.", ("REJECT", "KEN", "UGA")),
    ("Kenya repudiated the agreement with Uganda.", ("REJECT", "KEN", "UGA")),
    ("Kenya ignored Uganda's protest.", ("REJECT", "KEN", "UGA")),
    # force used against a state
    ("Kenya used force against Uganda.", ("ASSAULT", "KEN", "UGA")),
    ("Kenya said it was ready to use force against Uganda.", ("THREATEN",)),  # the kit does not resolve "it"
    # a censure adjective after the object of 'called' is its predicate
    ("Bolivia's president called Chile's position unacceptable.", ("ACCUSE", "BOL", "CHL")),
])
def test_trigger_forms_code(sentence, expected):
    found = summary(code(sentence))
    assert any((t, s, g)[:len(expected)] == expected for t, s, g in found), found


@pytest.mark.parametrize("sentence,kept", [
    ("Kenya agreed to a ceasefire with Uganda.", "AGREE"),  # no demand: an agreement
    ("Kenya acceded to the treaty with Uganda.", "AGREE"),  # a treaty acceded to
    ("Kenya revoked the visas of Ugandan officials.", "SANCTION"),  # visas revoked
    ("Kenya reduced aid to Uganda.", "SANCTION"),  # aid reduced
    ("Kenya imposed a curfew on the Ugandan border town.", "COERCE"),  # a curfew stays the COERCE row
])
def test_near_misses_keep_their_reading(sentence, kept):
    assert kept in types(sentence)


@pytest.mark.parametrize("sentence,absent", [
    ("Kenya agreed to discuss Uganda's demands.", "CONCEDE"),  # an agreement to talk, not yielding
    ("Kenya wanted to close the Ugandan border.", "REQUEST"),  # the wanter's own act
    ("Kenya scaled back its demands on Uganda.", "RETREAT"),  # no force cut back
    ("Kenya wanted normal contacts with Uganda to continue.", "REQUEST"),  # a wish about contacts, no call on Uganda
    ("Kenya raised the level of its debt to Uganda.", "MOBILIZE"),  # no alert
    ("The Chilean delegation walked out of the building in Lima.", "REJECT"),  # no talks left
    ("Kenya charged Uganda a fee for the transit of its goods.", "ACCUSE"),  # no charge with, no clause
    ("Kenya called the Ugandan envoy responsible for the talks.", "ACCUSE"),  # no censure word
    ("Kenya questioned the Ugandan fishermen about their catch.", "ACCUSE"),  # questioning people
    ("The Ugandan jet ignored repeated warnings from Kenya.", "REJECT"),  # the craft's defiance, a charge
    ("The Ugandan boats would stay impounded in Mombasa.", "COERCE"),  # no object: a state, not the seizure
])
def test_near_misses_stay_uncoded(sentence, absent):
    assert absent not in types(sentence)
