"""A matter "raised with" another state's official is talks with that state, the raiser its source
(triggers.tsv raise CONSULT prep:with; session 27, wire41: "raised the issue with his Turkish counterpart in a
telephone call" took the counterpart as the caller). Raised with a court or with reporters stays no CONSULT."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))
from helpers import events_of  # noqa: E402


@pytest.mark.parametrize("text, expected", [
    ("Chile's foreign minister raised the matter with his Peruvian counterpart in a telephone call on Friday.",
     ("CONSULT", "CHL", "PER")),
    ("Ghana raised the case with the Togolese government on Monday.",
     ("CONSULT", "GHA", "TGO")),
])
def test_a_matter_raised_with_another_states_official_is_consult(text, expected):
    found = events_of(text)
    assert expected in found or (expected[0], expected[2], expected[1]) in found, found
    assert (expected[0], expected[2], None) not in found


@pytest.mark.parametrize("text", [
    "Chile raised the seizure of its trawler with the International Court of Justice on Friday.",
    "The Chilean minister raised the matter with reporters in Lima on Friday.",
])
def test_raised_with_a_court_or_the_press_is_no_consult(text):
    assert not any(t == "CONSULT" for t, _, _ in events_of(text))
