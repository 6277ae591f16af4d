"""Golden test: an agreement's life read in the order it happened, from invented articles.

Chile and Peru sign the Humboldt Current Fisheries Accord (February 2024); a year later they open talks to
rework it (renewal talks, not its first negotiation), then Peru agrees to extend it; a later page mentions
the signing only as background. A second treaty is named on a 2025 page as signed years earlier.
"""
from __future__ import annotations

import pytest

from detente import store
from tests.conftest import ingest_articles

ARTICLES = [
    {"outlet": "Pacific Ledger", "date": "2024-02-07", "title": "Anchovy pact sealed",
     "text": "Chile and Peru signed the Humboldt Current Fisheries Accord in Lima on Tuesday, ending two years of "
             "disputes over anchovy quotas."},
    {"outlet": "Andes Wire", "date": "2025-03-12", "title": "Fisheries talks reopen",
     "text": "Chilean and Peruvian negotiators met in Santiago on Monday to negotiate changes to the Humboldt "
             "Current Fisheries Accord before its quotas run out."},
    {"outlet": "Pacific Ledger", "date": "2025-06-18", "title": "Lima keeps the anchovy pact",
     "text": "Peru agreed on Tuesday to extend the Humboldt Current Fisheries Accord with Chile for five years."},
    {"outlet": "Andes Wire", "date": "2025-09-03", "title": "Navies patrol the fishing grounds",
     "text": "Chilean and Peruvian patrol boats cooperated on Tuesday to track illegal trawlers under the Humboldt "
             "Current Fisheries Accord, signed in 2024 to share the anchovy catch."},
    {"outlet": "Andes Wire", "date": "2025-10-08", "title": "Tuna fleets look back",
     "text": "Officials said on Monday that Chile and Peru signed in 2019 the Southern Tuna Treaty, which still "
             "sets how many boats each country may send."},
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return ingest_articles(tmp_path_factory.mktemp("agreement_history"), ARTICLES)


def _named(db, name):
    (found,) = [a for a in store.agreements(db) if a.name == name]
    return found


def test_talks_after_the_signing_are_renegotiation_and_the_extension_a_renewal(db):
    accord = _named(db, "Humboldt Current Fisheries Accord")
    steps = [(s.date, s.stage) for s in accord.stages]
    assert steps == sorted(steps, key=lambda step: step[0])
    distinct = [stage for n, (_d, stage) in enumerate(steps) if n == 0 or steps[n - 1][1] != stage]
    assert distinct == ["signed", "renegotiating", "renewed"]
    assert accord.stage == "renewed"


def test_a_signing_mentioned_as_background_is_not_a_new_signing(db):
    accord = _named(db, "Humboldt Current Fisheries Accord")
    assert [s.date for s in accord.stages if s.stage == "signed"] == ["2024-02-06"]


def test_a_step_the_text_dates_in_the_past_is_dated_then_not_by_the_page(db):
    treaty = _named(db, "Southern Tuna Treaty")
    assert [(s.date[:4], s.stage) for s in treaty.stages] == [("2019", "signed")]


def test_the_renegotiating_stage_can_be_asked_for():
    from detente.agreements.lifecycle import ORDER
    from detente.store.agreement_queries import STAGES

    assert STAGES == ORDER and ORDER.index("in_force") < ORDER.index("renegotiating") < ORDER.index("renewed")
