"""Publication dates the blind development pages of session 20 (eval/wire21) showed, told with small pages of
our own: Central European date lines, Slovak, Czech and Polish with the month in the genitive, and Hungarian
with the year first ("2012. május 26., szombat")."""
from __future__ import annotations

import pytest

from clean_helpers import published
from detente.clean import dates

BODY = ("The two governments agreed to reopen the river crossing closed since the spring, their interior "
        "ministers told reporters after a short meeting at the customs house on the border.\n\n"
        "The crossing carries timber and passengers, a customs officer said, and the first lorries will cross "
        "as soon as the ice is cleared.\n\nTolls will stay at last year's level.")


@pytest.mark.parametrize("line, expected", [
    ("Bratislava 14. mája 2012", "2012-05-14"),
    ("Praha 3. května 2015", "2015-05-03"),
    ("Warszawa, 5 września 2019", "2019-09-05"),
    ("2012. május 26., szombat", "2012-05-26"),
])
def test_a_central_european_date_line_dates_the_page(line, expected):
    page = f"THE DANUBE CROSSING GAZETTE\n{line}\n\nRiver crossing to reopen\n\n{BODY}"
    value, precision, _ = published(page)
    assert (value, precision) == (expected, "day")


def test_the_year_first_order_needs_a_month_name_of_another_language():
    # an English month after a year and a full stop is no Hungarian date line, and a list number stays one
    assert dates.find_dates("2012. May 26. was the day", own=True) == []
    assert [f.value.isoformat() for f in dates.find_dates("2012. május 26.", own=True)] == ["2012-05-26"]
