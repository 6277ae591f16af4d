"""The CAMEO tables: every entry loads, names a code with a Goldstein value, and is used."""
from __future__ import annotations

import pytest

from detente.events.lexicon import load_triggers
from detente.export.cameo import cameo_of, default_table, goldstein_table, lemma_table, trigger_lemma
from detente.web.quads import quad_table


def _lexicon():
    return load_triggers()


def test_goldstein_table_is_the_published_scale():
    table = goldstein_table()
    assert len(table) >= 300 and table["057"] == 8.0 and table["190"] == -10.0 and table["0874"] == 10.0
    assert all(-10 <= v <= 10 for v in table.values())


def test_every_plover_type_has_a_default_code():
    assert {t for t, _mode in default_table()} == set(quad_table())


def test_every_mode_of_the_lexicon_has_a_code_and_every_default_is_used():
    used = {(e.event_type, e.mode or "-") for e in _lexicon()} | {(t, "-") for t in quad_table()}
    assert used <= set(default_table()), used - set(default_table())
    assert set(default_table()) <= used, set(default_table()) - used


def test_every_lemma_entry_names_a_trigger_of_that_type():
    known = {(e.event_type, e.lemma) for e in _lexicon()}
    missing = set(lemma_table()) - known
    assert not missing, f"cameo_lemmas.tsv rows with no trigger of that type and lemma: {sorted(missing)}"


@pytest.mark.parametrize("event_type,mode,rule,code,quad", [
    ("CONSULT", None, "verb:visit src=subj tgt=obj", "042", 1),
    ("CONSULT", None, "verb:meet src=subj", "040", 1),
    ("ASSAULT", "aerial", "noun:airstrike[mod:x] src=poss", "195", 4),
    ("SANCTION", "economic", "verb:impose[obj:sanction] src=subj", "163", 4),
    ("REJECT", None, "verb:refuse+verb:release src=subj", "120", 3),  # the frame word decides
    ("RETREAT", None, "verb:release src=subj", "0841", 2),
])
def test_cameo_of_an_event(event_type, mode, rule, code, quad):
    cameo = cameo_of(event_type, mode, rule)
    assert cameo.code == code and cameo.quad_class == quad and cameo.root == code[:2]
    assert cameo.goldstein == goldstein_table()[code]


def test_trigger_lemma_reads_the_rule():
    assert trigger_lemma("noun:agreement[obj:trade] src=subj") == "agreement"
    assert trigger_lemma("") is None
