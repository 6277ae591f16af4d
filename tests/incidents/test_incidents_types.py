"""The incidents stage's knowledge: which event types one incident may mix (data/same_incident_types.tsv)."""
from __future__ import annotations

import pytest

from detente.errors import KnowledgeError
from detente.events.lexicon import PLOVER_TYPES
from detente.incidents import assign_incidents, types

from tests.incidents.reports_kit import report


def test_every_entry_loads_names_plover_types_and_is_used():
    table = types.incident_types()
    assert table and all(t in PLOVER_TYPES and g in PLOVER_TYPES for t, g in table.items())
    for event_type, as_type in table.items():  # each entry groups its reports with the other type's
        (incident,) = assign_incidents([report(as_type, doc="d1"), report(event_type, doc="d2"),
                                        report(as_type, doc="d3")])
        assert incident.event_type == as_type and incident.n_documents == 3


def test_an_agreement_welcomed_by_a_party_to_it_is_the_agreement():
    (incident,) = assign_incidents([report("AGREE", "FIN", "NATO", doc="d1"), report("SUPPORT", "NATO", "FIN", doc="d2")])
    assert incident.event_type == "AGREE" and incident.n_mentions == 2


def test_types_outside_the_table_keep_their_own_incidents():
    assert types.incident_type("ACCUSE") == "ACCUSE" and not types.direction_free("ACCUSE")
    assert types.direction_free("AGREE") and types.direction_free("SUPPORT")


def test_a_malformed_line_names_the_file_and_line(monkeypatch):
    class Fake:
        def joinpath(self, *_parts):
            return self

        def read_text(self, encoding):
            return "type\tas_type\nSUPPORT\tHUG\n"

    monkeypatch.setattr(types.resources, "files", lambda _pkg: Fake())
    types.incident_types.cache_clear()
    try:
        with pytest.raises(KnowledgeError, match="same_incident_types.tsv:2"):
            types.incident_types()
    finally:
        types.incident_types.cache_clear()
