"""Issue #11, who acts, twenty-fourth pass (own sentences): a passive headline "Ghanaian soldiers freed after
border talks" names who was freed, not who freed them. The climb from "talks" up to the headline verb's subject
made the freed soldiers their own releasers (wire34 w34_03: RETREAT GEO→RUS); the release's doer is the state the
body says held them (events/arguments.py, events/released.py `_told_after`)."""
from __future__ import annotations

import pytest
from events_kit import coded_pages

BODY = "Ghana said on Friday that Togo had detained two Ghanaian soldiers near the border on Tuesday. " \
       "Togo said the soldiers had crossed the line."
PAGES = {
    "after talks": "Ghanaian soldiers freed after border talks\n\n" + BODY,
    "by agent": "Two Ghanaian soldiers freed by Togo\n\n" + BODY,
    "active": "Togo frees Ghanaian soldiers after border talks\n\n" + BODY,
}



@pytest.fixture(scope="module")
def pages() -> dict[str, set[tuple]]:
    coded = coded_pages(list(PAGES.values()))
    return {name: coded[text] for name, text in PAGES.items()}


@pytest.mark.parametrize("name", list(PAGES))
def test_the_holder_frees_the_headlines_people(pages, name):
    assert ("RETREAT", "TGO", "GHA") in pages[name], pages[name]
    assert ("RETREAT", "GHA", "TGO") not in pages[name], pages[name]


def test_a_headline_release_with_no_holder_on_the_page_gets_no_doer():
    text = "Ghanaian soldiers freed after border talks\n\nGhana thanked the mediators on Friday. Togo and Ghana " \
           "will meet again next month, Togo said."
    rows = coded_pages([text])[text]
    assert not any(r[0] == "RETREAT" and r[1] for r in rows), rows  # the freed soldiers' state frees nobody


def test_a_passive_when_clause_names_the_sufferer_not_the_doer():
    # the ambassador "was on leave when he was expelled": the relative clause's antecedent did not expel anyone
    text = "Uganda widens measures against Kenya\n\nUganda on Monday suspended flights to Kenya. Uganda's " \
           "ambassador returned home on Monday, and the Kenyan ambassador, who was on leave when he was expelled, " \
           "has not returned to Uganda."
    rows = coded_pages([text])[text]
    assert ("SANCTION", "UGA", "KEN") in rows, rows
    assert ("SANCTION", "KEN", "UGA") not in rows, rows
