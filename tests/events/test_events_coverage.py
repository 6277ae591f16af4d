"""Issue #11, per-family trigger coverage (session 9): every family of the CAMEO codebook's event codes and
the PLOVER type definitions is tried in data/coverage_sentences.tsv (our own sentences: active verb, passive,
nominal, "X's decision to") and must keep its measured coverage; the generic words added with an object or
particle condition must not fire without it. `python -m tests.events.coverage_kit --misses` prints the table."""
from __future__ import annotations

import functools

import pytest

from coverage_kit import DATA, load, report, run
from detente.events.lexicon import load_triggers
from events_kit import code, summary

PLOVER = {e.event_type for e in load_triggers()}
# Measured when the session 9 rows went in (20 of 348 sentences still missed: see the table); a family may
# not fall below this share, so a later edit that loses a wording is caught here.
MIN_SHARE = 0.5
MIN_ALL = 0.94


@functools.lru_cache(maxsize=1)
def results():
    return run(load())


def test_every_row_loads_with_known_types():
    rows = load()
    assert len(rows) > 300
    for family, accepted, sentence in rows:
        assert accepted <= PLOVER, (family, accepted)
        assert sentence.endswith(".") and len(sentence.split()) >= 4, sentence


def test_a_malformed_row_is_a_clear_error(tmp_path):
    bad = tmp_path / "rows.tsv"
    bad.write_text("family\ttypes\tsentence\nsign\tAGREE\n", encoding="utf-8")
    with pytest.raises(ValueError, match="data line 2 has 2 columns"):
        load(bad)


def test_each_family_keeps_its_coverage():
    table = report(results(), misses=True)
    for family, items in results().items():
        share = sum(bool(acc & got) for _, acc, got in items) / len(items)
        assert share >= MIN_SHARE, f"{family} fell to {share:.2f}\n{table}"
    hits = sum(bool(acc & got) for items in results().values() for _, acc, got in items)
    assert hits / sum(map(len, results().values())) >= MIN_ALL, table


@pytest.mark.parametrize("sentence,expected", [
    ("Norway lent Bolivia two billion dollars.", ("AID", "NOR", "BOL")),
    ("Norway trained Bolivian police officers.", ("AID", "NOR", "BOL")),
    ("Denmark withheld aid from Bolivia.", ("SANCTION", "DNK", "BOL")),
    ("Ghana sealed its border with Togo.", ("SANCTION", "GHA", "TGO")),
    ("Chile announced the recall of its ambassador from Peru.", ("SANCTION", "CHL", "PER")),
    ("Denmark announced the lifting of sanctions on Bolivia.", ("RETREAT", "DNK", "BOL")),
    ("Ghanaian jets strafed a Togolese convoy.", ("ASSAULT", "GHA", "TGO")),
    ("Uganda reprimanded Kenya over the incident.", ("ACCUSE", "UGA", "KEN")),
    ("Chile objected to Peru's plan.", ("REJECT", "CHL", "PER")),
    ("Denmark sided with Finland in the dispute.", ("SUPPORT", "DNK", "FIN")),
])
def test_new_family_members_code_with_their_actors(sentence, expected):
    assert expected in summary(code(sentence)), [(e.event_type, e.rule) for e in code(sentence)]


@pytest.mark.parametrize("sentence,unwanted", [
    # the condition on a generic word keeps its everyday sense out
    ("Ghana targeted new markets in Togo for its cocoa.", "ASSAULT"),
    ("Kenya raised taxes on Ugandan fuel.", "MOBILIZE"),
    ("Peru's shops shut early on Sunday.", "SANCTION"),
    ("Denmark trained its attention on Finland's budget.", "AID"),
    ("Chile disputed the referee's decision in the match against Peru.", "REJECT"),
    ("Norway lent its name to the Bolivian campaign.", "AID"),
    ("Chile let the deadline pass without comment on Peru.", "CONCEDE"),
    ("Peru transferred the striker to a Chilean club.", "AID"),
    ("Peru asked what Chile would give in return for the ship.", "CONCEDE"),
])
def test_generic_words_need_their_object(sentence, unwanted):
    assert unwanted not in {e.event_type for e in code(sentence)}


def test_the_data_file_is_ours_and_documented():
    head = DATA.read_text(encoding="utf-8").splitlines()[:4]
    assert any("written for this test" in line for line in head)
