"""A page that says a stance was "never" taken ("has never recognised the frontier") tells a position held, not a
denial of the act another page reports, so it does not dispute the act's status (incidents/background.py); a deed
"never" done is still a denial. Hand-built reports, no parser."""
from __future__ import annotations

from dataclasses import replace

from detente.incidents import assign_incidents
from detente.store.rows import report_from_row

from tests.incidents.reports_kit import report


def _fields(incident):
    return [c.field for c in incident.contradictions]


def _pair(event_type: str, cue: str):
    """One page telling the act of the day, another saying its doer did not (status_cue `cue`)."""
    done = report(event_type, doc="d1", outlet="Coast Herald", date="2024-05-14", published="2024-05-14")
    said_not = replace(report(event_type, doc="d2", outlet="Lake Times", status="negated", published="2024-05-15",
                              date="2024-05-15"), status_cue=cue)
    (incident,) = assign_incidents([done, said_not])
    return incident


def test_a_stance_never_taken_is_background_not_a_dispute():
    # "the two states signed a river accord on Tuesday" beside "Nairobi has never recognised Dodoma's map of the lake"
    assert _fields(_pair("AGREE", "negation:never")) == []
    # "... has never supported any armed group in the border districts"
    assert _fields(_pair("SUPPORT", "negation:never")) == []


def test_a_stance_denied_with_not_still_disputes():
    # "Nairobi said it did not sign the accord"
    assert _fields(_pair("AGREE", "negation:not")) == ["status"]


def test_a_deed_never_done_is_still_a_denial():
    # "the ministry said its soldiers never fired on the border post"
    assert _fields(_pair("ASSAULT", "negation:never")) == ["status"]


def test_the_store_reads_the_status_cue():
    # store/rows.py REPORT_SELECT's last column; rows written before it have none
    row = ("e1", "d1", "s1", None, None, "2024-05-14", "AGREE", None, "negated", None, None, None, None, "KEN", "GOV",
           "TZA", "GOV", None, None, 0.7, 3, 0, None, "rule", None)
    assert report_from_row((*row, "negation:never")).status_cue == "negation:never"
    assert report_from_row(row).status_cue == ""
