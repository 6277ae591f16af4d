"""People named once with their role, then by the name news uses alone."""
from __future__ import annotations

import pycountry

from helpers import mentions_of
from detente.actors.coref import family_first
from detente.actors.gazetteer import data_rows


def _alias(body: str, name: str):
    return next((m for m in mentions_of(body) if m.text == name and m.kind == "alias"), None)


def test_name_order_rows_are_iso_codes():
    rows = data_rows("name_order.tsv")
    assert rows and all(pycountry.countries.get(alpha_3=row[0]) for row in rows)


def test_every_family_first_state_resolves_a_bare_family_name():
    demonyms = {"CHN": "Chinese", "TWN": "Taiwanese", "KOR": "South Korean",
                "PRK": "North Korean", "KHM": "Cambodian"}
    assert set(demonyms) == family_first()
    for code, demonym in demonyms.items():
        body = f"{demonym} envoy Tran Bao Min flew to Lima on Monday. Tran told reporters the talks went well."
        found = _alias(body, "Tran")
        assert found is not None and found.country == code, (code, found)


def test_a_given_name_first_person_is_not_found_by_the_first_word():
    body = "Peruvian envoy Tran Bao Min flew to Lima on Monday. Tran told reporters the talks went well."
    assert _alias(body, "Tran") is None


def test_a_surname_the_tagger_reads_as_a_common_noun_is_still_the_person():
    body = "Chilean Foreign Minister Ana Ruiz spoke first. Ruiz later told reporters she disagreed."
    found = _alias(body, "Ruiz")
    assert found is not None and found.country == "CHL"
