"""Missions and forces of international bodies known by their own acronyms (session 27, talks21): the golds code
them as the body that runs them (wire40: "KFOR, the NATO-led mission in Kosovo, said ..." is NATO; wire21's UNAMI,
wire9's MONUC and sent-dev11's UNIFIL are UNO). Before these rows of bodies.tsv such a name was no actor at all."""
from __future__ import annotations

from pathlib import Path

import pytest

from detente.actors import gazetteer
from detente.actors.gazetteer import data_rows, split_list
from helpers import events_of, mentions_of

MISSION_BLOCK = "Missions and forces of international bodies"


def mission_rows() -> list[list[str]]:
    """The rows of bodies.tsv's missions block: from its comment to the next row that is no mission (the PLO)."""
    lines = (Path(gazetteer.__file__).parent / "data" / "bodies.tsv").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if MISSION_BLOCK in line)
    rows = [line.split("\t") for line in lines[start:] if line and not line.startswith("#")]
    return rows[:next(i for i, row in enumerate(rows) if row[0] == "PSE")]


def test_the_block_is_read_by_the_loader():
    loaded = {row[2] for row in data_rows("bodies.tsv")}
    rows = mission_rows()
    assert len(rows) >= 40 and all(row[2] in loaded for row in rows)


@pytest.mark.parametrize("row", mission_rows(), ids=lambda row: row[2])
def test_each_mission_is_its_body(row):
    # every name and alternate, used as the subject of a sentence of our own, is a mention of the running body
    for name in [row[2], *split_list(row[3])]:
        found = [m for m in mentions_of(f"A spokesman said {name} had sent a patrol to the area on Monday.")
                 if m.text.endswith(name.split()[-1]) or name.endswith(m.text)]
        assert found and all(m.country == row[0] for m in found), (name, found)


@pytest.mark.parametrize("text, code", [
    ("KFOR, the NATO-led mission in Kosovo, said it would reinforce its patrols.", "NATO"),
    ("Peacekeepers of UNIFIL said their position had been hit.", "UNO"),
    ("EULEX said its judges would stay.", "EUR"),
    ("Troops of AMISOM left the town.", "IGO"),
    ("The Kfor commander met the mayor.", "NATO"),
    ("The EU's border mission, EUBAM, offered to train the guards.", "EUR"),
])
def test_a_mission_named_in_a_sentence(text, code):
    found = [m for m in mentions_of(text) if m.country == code]
    assert found, mentions_of(text)


def test_an_attack_on_a_mission_has_its_body_as_target():
    assert ("ASSAULT", "ISR", "UNO") in events_of("Israeli troops opened fire on a UNIFIL post near the border, "
                                                    "wounding three peacekeepers.")


def test_a_request_to_a_force_is_a_request_to_its_body():
    assert ("REQUEST", "SRB", "NATO") in events_of("Serbia asked KFOR to allow its police back into the north.")


@pytest.mark.parametrize("text", [
    "The resolute support of the allies was welcome.",
    "Les amis de la France se sont réunis.",
])
def test_ordinary_words_are_no_mission(text):
    assert not [m for m in mentions_of(text) if m.country in ("NATO", "UNO", "EUR", "IGO")]


def test_a_trigger_word_in_a_missions_full_name_gives_the_body_no_act():
    # wire25 (when the full names were tried): "EU Border Assistance Mission to Moldova and Ukraine" as EUR gave
    # AID EUR->MDA and EUR->UKR; the rows hold acronyms only, so the full name stays as it was
    found = events_of("The EU Border Assistance Mission to Moldova and Ukraine, which monitors the frontier from its "
                      "base in Odesa, said it was aware of the incident.")
    assert not [e for e in found if e[1] == "EUR"]
