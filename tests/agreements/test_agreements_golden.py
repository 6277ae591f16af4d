"""Golden test: invented articles through the whole pipeline into one agreement's lifecycle.

Norway and Iceland negotiate the Harbour Access Accord (March), sign it (April), Iceland's parliament
ratifies it (May) and Norway suspends it (September); a second outlet reports the signing. A ceasefire
between two other states in the same corpus is another agreement.
"""
from __future__ import annotations

import pytest

from detente import store
from tests.conftest import ingest_articles

ARTICLES = [
    {"outlet": "North Sea Courier", "date": "2024-03-06", "title": "Norway and Iceland open harbour talks",
     "text": "Negotiators from Norway and Iceland met in Oslo on Tuesday to negotiate the Harbour Access Accord, "
             "which would let fishing fleets of each country land catches in the other's ports."},
    {"outlet": "North Sea Courier", "date": "2024-04-17", "title": "Harbour deal signed",
     "text": "Norway and Iceland signed the Harbour Access Accord in Reykjavik on Tuesday, after six weeks of talks "
             "on port fees and quotas."},
    {"outlet": "Fjord Daily", "date": "2024-04-17", "title": "Fleets welcome port pact",
     "text": "Iceland and Norway signed the Harbour Access Accord on Tuesday in Reykjavik, opening their ports to "
             "each other's trawlers from the summer."},
    {"outlet": "Fjord Daily", "date": "2024-05-22", "title": "Althing backs port pact",
     "text": "Iceland's parliament ratified the Harbour Access Accord with Norway on Wednesday by a wide margin."},
    {"outlet": "North Sea Courier", "date": "2024-09-11", "title": "Oslo suspends port deal",
     "text": "Norway suspended the Harbour Access Accord with Iceland on Tuesday, accusing Reykjavik of breaking the "
             "quota limits it set."},
    {"outlet": "Fjord Daily", "date": "2024-06-03", "title": "Guns fall silent on the border",
     "text": "Armenia and Azerbaijan agreed to a ceasefire on Monday after three days of shelling along their border."},
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return ingest_articles(tmp_path_factory.mktemp("agreements"), ARTICLES)


def _accord(db):
    (accord,) = [a for a in store.agreements(db) if a.name == "Harbour Access Accord"]
    return accord


def test_the_accord_is_one_agreement_of_its_two_parties(db):
    accord = _accord(db)
    assert accord.parties == ("ISL", "NOR")
    assert store.get_agreement(db, accord.agreement_id[:6]).agreement_id == accord.agreement_id


def test_its_lifecycle_runs_from_talks_to_suspension_in_date_order(db):
    accord = _accord(db)
    steps = [(s.date, s.stage) for s in accord.stages]
    assert steps == sorted(steps)
    distinct = [stage for n, (_d, stage) in enumerate(steps) if n == 0 or steps[n - 1][1] != stage]
    assert distinct == ["negotiating", "signed", "approved", "suspended"]
    assert {d for d, stage in steps if stage == "signed"} == {"2024-04-16"}
    assert accord.stage == "suspended" and accord.first_date == "2024-03-05" and accord.last_date == "2024-09-10"


def test_both_outlets_reports_of_the_signing_are_steps(db):
    signed = [s for s in _accord(db).stages if s.stage == "signed"]
    assert len({s.doc_id for s in signed}) == 2


def test_a_ceasefire_of_other_states_is_another_agreement(db):
    (truce,) = store.agreements(db, country="ARM")
    assert truce.name == "ceasefire" and truce.parties == ("ARM", "AZE") and truce.stage == "agreed"
    assert store.agreements(db, stage="suspended") == [_accord(db)]


def test_rerunning_the_stage_gives_the_same_agreements(db):
    from detente.runners.local import link_corpus

    before = store.agreements(db)
    link_corpus(db)
    assert store.agreements(db) == before
