"""A state or capital name inside a landform's name ("Lake Victoria", "Gulf of Oman") names no actor."""
import pytest

from detente.actors.gazetteer import scan


@pytest.mark.parametrize("text,name", [
    ("Patrol boats met on Lake Victoria on Sunday.", "Victoria"),
    ("Tankers crossed the Gulf of Oman overnight.", "Oman"),
    ("Villages on Mount Lebanon were shelled.", "Lebanon"),
])
def test_a_name_inside_a_landform_is_not_scanned(text, name):
    assert name not in [h.text for h in scan(text)]


def test_the_same_names_alone_are_still_found():
    found = [h.text for h in scan("Oman and Lebanon met in Victoria on Sunday.")]
    assert {"Oman", "Lebanon", "Victoria"} <= set(found)
