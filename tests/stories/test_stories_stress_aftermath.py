"""Sixth stress set for story linking (session 18): a story whose outlets lead with different side events,
spell its places in two languages and name only capitals in a headline, an analysis page alone eleven days
later that names none of the story's cast, and another story of the same two states later that month.

Invented pages, written for this test. Story A: a Croatian police boat escorts a Slovenian trawler out of the
Bay of Piran and Ljubljana protests (a wire, on the day); a coastal paper leads with fishermen blocking the
harbour of Izola the next day, giving the places their Italian names too (Pirano, Salvore); a headline of the
third day names only the capitals; eleven days after the first page, with no page of the pair in between, an
analysis page ("Ljubljana and Zagreb cool the row over the bay") names the two states, their capitals and a
port, and nothing else of the story's own (eval/wire15: such a page was a story of its own until
`cluster.lone_aftermath`). Story B, eleven days after the analysis: the two governments sign a rail timetable
deal for the Zagreb-Ljubljana line, in two outlets, one of them the wire of story A. It must stay apart from
the analysis page, which names hardly anything but the two states.
"""
from __future__ import annotations

import pytest
from stories_kit import story_by_title

BAY = [
    {"outlet": "Adriatic Wire", "url": "https://adriaticwire.example/news/piran-trawler-escorted",
     "title": "Slovenia protests after Croatian police escort trawler from Piran Bay",
     "text": "LJUBLJANA, Sept. 2, 2025 (AW) - Slovenia protested to Croatia on Tuesday after a Croatian police boat "
             "escorted the Slovenian trawler Sveti Jurij out of the Bay of Piran, saying the trawler had been "
             "fishing in Slovenian waters under the arbitration award. The foreign ministry in Ljubljana handed a "
             "note to the Croatian ambassador, Vesna Kovacevic. Skipper Tomaz Bernetic said the police boat came "
             "within ten metres of his nets off Savudrija. Zagreb says it does not recognise the award."},
    {"outlet": "Primorske Coast Daily", "url": "https://primorskecoast.example/izola-harbour-blockade",
     "title": "Fishermen block Izola harbour in anger over bay patrols",
     "text": "IZOLA, 3 September 2025 - Some forty fishing boats blocked the mouth of Izola harbour on Wednesday "
             "morning, a day after a Croatian patrol boat escorted the trawler Sveti Jurij out of the bay of "
             "Pirano. The fishermen's cooperative said its members no longer dared to cast nets near Salvore "
             "(Savudrija). Skipper Tomaz Bernetič told the crowd on the quay that the Slovenian government must "
             "protect them. Croatian police said the trawler had been in Croatian waters."},
    {"outlet": "Balkan Desk", "url": "https://balkandesk.example/ljubljana-zagreb-notes",
     "title": "Ljubljana and Zagreb trade notes over bay",
     "text": "ZAGREB, 4 September 2025 - Croatia rejected Slovenia's protest on Thursday and sent a note of its own to "
             "Ljubljana, saying its police had acted lawfully when they escorted the Sveti Jurij from the bay. "
             "The Croatian foreign ministry said the arbitration award had no force. Slovenia said it would raise "
             "the bay at the next meeting of European Union foreign ministers."},
    # eleven days on, alone in its week: the states, their capitals and a port, no name of the story's own
    {"outlet": "Central Europe Review", "url": "https://cereview.example/analysis/bay-row-cools",
     "title": "Ljubljana and Zagreb cool the row over the bay - for now",
     "text": "15.09.2025\n\nTwelve days after a Croatian police boat escorted a Slovenian trawler out of the "
             "disputed bay, the two governments have stopped trading notes over the fishing grounds. Slovenia's "
             "foreign minister telephoned her Croatian counterpart on Friday and the two agreed that police boats "
             "would keep away from fishing nets until the European Commission reports on the award. Fishermen in "
             "Izola went back to sea on Saturday. None of this settles the border in the bay, which Croatia still "
             "refuses to draw as the arbitration award drew it, and Slovenian fishermen still fear the patrols."},
]
RAIL = [
    {"outlet": "Adriatic Wire", "url": "https://adriaticwire.example/news/zagreb-ljubljana-rail-deal",
     "title": "Slovenia and Croatia sign rail timetable deal",
     "text": "ZAGREB, Sept. 26, 2025 (AW) - Slovenia and Croatia signed an agreement on Friday to run six daily "
             "passenger trains between Zagreb and Ljubljana from December, with joint passport checks on board at "
             "Dobova. Transport ministers Alenka Bratusek and Oleg Butkovic signed the deal in Zagreb. Tickets "
             "will cost the same in both directions, the ministries said."},
    {"outlet": "Rail Europe Bulletin", "url": "https://railbulletin.example/dobova-joint-checks",
     "title": "Six trains a day for Zagreb-Ljubljana line from December",
     "text": "27 September 2025\n\nThe Zagreb-Ljubljana line will get six passenger trains a day from the "
             "December timetable change under a deal the two transport ministries signed on Friday. Border and "
             "passport checks will move on board between Dobova and Savski Marof, cutting the journey by forty "
             "minutes. Operators SZ and HZPP will share the rolling stock."},
]


@pytest.fixture(scope="module")
def stories(tmp_path_factory) -> dict[str, str]:
    """Title → story id."""
    return story_by_title(BAY + RAIL, tmp_path_factory.mktemp("stress_aftermath"))


def test_outlets_leading_with_side_events_and_naming_only_capitals_are_one_story(stories):
    assert len({stories[a["title"]] for a in BAY[:3]}) == 1


def test_an_analysis_page_alone_eleven_days_later_joins_its_story(stories):
    assert stories[BAY[3]["title"]] == stories[BAY[0]["title"]]


def test_another_story_of_the_pair_later_that_month_stays_apart(stories):
    assert len({stories[a["title"]] for a in RAIL}) == 1
    assert {stories[a["title"]] for a in BAY}.isdisjoint({stories[a["title"]] for a in RAIL})


@pytest.mark.xfail(strict=True, reason="known gap: a page dated only by its year (an ambiguous '04/09/2025' date "
                   "line) has no day of its own; it joins its closest page's story and, since stories/undated.py, "
                   "other stories only within BRIDGE_DAYS of it: the rail deal's wire page, 22 days on, shares "
                   "9/64 of its vocabulary, as the pieces of one story it must bridge do (eval/wire17)")
def test_a_page_whose_date_line_is_ambiguous_keeps_the_stories_apart(tmp_path):
    ambiguous = dict(BAY[2], text=BAY[2]["text"].replace("4 September 2025", "04/09/2025"))
    found = story_by_title([*BAY[:2], ambiguous, BAY[3], *RAIL], tmp_path)
    assert {found[a["title"]] for a in BAY}.isdisjoint({found[a["title"]] for a in RAIL})
