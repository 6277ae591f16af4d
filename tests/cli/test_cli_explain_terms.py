"""`detente explain` says in plain English what its terms mean (cli/data/explain_terms.tsv): every entry
loads, names something the coder really writes, and is printed when an event uses it."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from detente.cli import glossary
from detente.records import EVENT_TYPES
from tests.cli.test_cli_polish import db, run  # noqa: F401  (db is a fixture)

EVENTS_CODE = "\n".join(p.read_text(encoding="utf-8") for p in
                        sorted(Path(glossary.__file__).parents[1].joinpath("events").rglob("*.*"))
                        if p.suffix in (".py", ".tsv"))


def test_every_entry_loads_and_every_plover_type_has_a_meaning():
    table = glossary.terms()
    assert set(table) == set(glossary.KINDS) and all(table.values())
    assert set(table["type"]) == set(EVENT_TYPES)


@pytest.mark.parametrize("kind", ["rule", "date_note", "status"])
def test_every_term_is_one_the_coder_writes(kind):
    for term in glossary.terms()[kind]:
        core = re.sub(r"^(src|tgt)[=→]|^\[|:$", "", term)  # 'src=nsubj' → nsubj, '[not:' → not, 'verb:' → verb
        assert core in EVENTS_CODE, (kind, term)


def test_rule_words_match_whole_and_prefixes_anywhere():
    found = dict(glossary.rule_terms("verb:sign+noun:accord src=nsubj tgt=object-phrase"))
    assert {"verb:", "noun:", "+", "src=nsubj", "tgt=object-phrase"} <= set(found)
    assert "tgt=object" not in found  # a whole word: object-phrase is not object


def test_explain_prints_the_meanings_its_event_uses(db):  # noqa: F811
    event = json.loads(run("events", "--db", db, "--type", "AGREE", "-f", "json").stdout)[0]
    out = run("explain", event["event_id"], "--db", db).stdout
    tail = out.split("what the terms mean:\n", 1)[1]
    assert glossary.terms()["type"]["AGREE"] in tail
    assert glossary.terms()["field"]["confidence"] in tail
    assert "ACCUSE" not in tail  # only this event's terms


@pytest.mark.parametrize("word, role", [("src=climb:dobj>climb:advcl>nsubj", "src=nsubj"), ("src=nested:poss", "src=poss"),
                                        ("tgt=nested-subject:between", "tgt=between"),
                                        ("src=compound-head:climb:dobj>nsubj", "src=nsubj")])
def test_an_argument_reached_in_steps_is_explained_by_its_steps_and_the_role_it_ends_in(word, role):
    # Session 8: on real news 40 such words were printed with no meaning ('src=climb:dobj>nsubj').
    found = dict(glossary.rule_terms(f"verb:attack {word} tgt=object"))
    assert role in found and "tgt=object" in found
    steps = {"climb:", "nested:", "nested-subject:", "compound-head:"} & set(found)
    assert steps and all(step in word for step in steps)
    assert "src=climb:dobj>nsubj" not in found  # no entry is made up for the word as a whole
