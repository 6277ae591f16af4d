"""Incidents stay near-linear in the corpus: date comparisons per report are bounded, whatever the size
of a block (one country pair and type reported on a thousand days in one long story)."""
from __future__ import annotations

import datetime as dt
import random

from detente.incidents import assign_incidents, group

from tests.incidents.reports_kit import report


def _one_long_story(n: int, seed: int = 1, targets=("UKR",)):
    """One attacker's reports over four years; with several `targets`, None among them (a report that
    names no target joins the attack of its day on a named one)."""
    rng = random.Random(seed)
    start = dt.date(2020, 1, 1)
    out = []
    for i in range(n):
        day = (start + dt.timedelta(days=rng.randrange(1500))).isoformat()
        out.append(report("ASSAULT", "RUS", rng.choice(targets), doc=f"d{i // 5}", story="s1", published=day,
                          date=day if rng.random() < 0.5 else day[:7], stated=rng.random() < 0.6))
    return out


def _comparisons_per_report(monkeypatch, n: int, **story) -> float:
    calls = 0
    real = group.compatible

    def counting(a, b):
        nonlocal calls
        calls += 1
        return real(a, b)

    monkeypatch.setattr(group, "compatible", counting)
    assign_incidents(_one_long_story(n, **story))
    return calls / n


def test_date_comparisons_per_report_do_not_grow_with_the_block(monkeypatch):
    # bounded by the calendar (the day groups of one month), not by the number of reports: four times
    # the reports cost less than twice as much per report, and never more than a month's groups
    small, large = _comparisons_per_report(monkeypatch, 5_000), _comparisons_per_report(monkeypatch, 20_000)
    assert large < 60 and large < 2 * small, (small, large)


def test_reports_naming_one_side_or_other_targets_do_not_make_comparisons_grow(monkeypatch):
    # one_side_links finds the groups a one-sided report fits through a date index per side, and
    # one_actor_links meets the groups of one day through a hash: both stay bounded by the calendar
    targets = ("UKR", "MDA", "GEO", None)
    small = _comparisons_per_report(monkeypatch, 10_000, targets=targets)
    large = _comparisons_per_report(monkeypatch, 40_000, targets=targets)
    assert large < 60 and large < 2 * small, (small, large)


def test_every_report_of_a_large_corpus_gets_one_incident():
    reports = _one_long_story(3_000)
    members = [e for i in assign_incidents(reports) for e in i.event_ids]
    assert sorted(members) == sorted(r.event_id for r in reports)
