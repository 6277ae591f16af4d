"""Police and civil authorities named by the country they are in ("security forces in X") - own sentences."""
from helpers import mentions_of


def _country_of(body: str, text: str) -> str | None:
    return next(m.country for m in mentions_of(body) if m.text == text)


def test_police_in_a_country_are_that_countrys():
    assert _country_of("Security forces in Kenya detained dozens of students.", "Security forces in Kenya") == "KEN"


def test_troops_in_a_country_may_be_anyones():
    # soldiers abroad are common ("troops in X" after a deployment); only home organs take the place
    found = [m for m in mentions_of("Troops in Kenya detained dozens of students.") if m.text.startswith("Troops")]
    assert all(m.country is None for m in found)
