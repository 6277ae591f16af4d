"""How pages name the doer, on sentences written blind for it (session 16, actorsblind).

tests/actors/data/actorsblind/ holds 123 own news-style sentences in the benchmark format (texts/, gold.jsonl
per ../shared/bench/ANNOTATION.md), each with its naming class (categories.tsv): agency, seat, demonym,
person, coref, forces, bodies, spokes, proxy (state-backed rebels, whose own acts are not gold) and 18 near
misses that must not be coded. The gold was committed before the coder was first run on the set (first run:
P 0.716 / R 0.631). The floors below are the coder's scores when they were set, less about one event of slack:
a change may raise them, not lower them."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.category_sets import category_set_scores, short_of_found, uncategorised, under_floors

ACTORSBLIND = Path(__file__).parent / "data" / "actorsblind"
FLOORS = {"all": (0.73, 0.66)}  # end of session 16: 0.741 / 0.676 (83 TP, 29 FP; 75 of 111 core events)
# core events found per naming class at the end of session 16, less one event of slack where there is one
FOUND = {"agency": 11, "bodies": 7, "coref": 8, "demonym": 7, "forces": 7, "person": 11, "seat": 12, "spokes": 3}
NEAR_MISS_FP_MAX = 12  # events coded on the 18 near misses (11 at the end of session 16)


@pytest.fixture(scope="module")
def scores():
    return category_set_scores(ACTORSBLIND)


def test_every_document_has_a_naming_class():
    assert not uncategorised(ACTORSBLIND) and len(os.listdir(ACTORSBLIND / "texts")) >= 100


def test_the_set_keeps_its_floors(scores):
    assert not under_floors(scores, FLOORS)


def test_each_naming_class_keeps_its_found_events(scores):
    assert not short_of_found(scores, FOUND)


def test_the_near_misses_stay_uncoded(scores):
    assert scores["nearmiss"]["false_positive"] <= NEAR_MISS_FP_MAX, scores["nearmiss"]
