"""Second stress set for story linking (issue #12, session 15): five outlets reword one border incident, each
with its own headline, dateline and vocabulary, and a second story of the same two states in the same week.

Invented pages, written for this test. Story A: Togolese gendarmes detain three Ghanaian customs officers at
the Aflao crossing; a wire report with a dateline, a radio brief, a regional daily built on a quote, a weekly's
explainer that leads with the trade it costs, and a follow-up two days later on Accra's protest and the
officers' release. The outlets share little wording beyond what rewording keeps (Aflao, Lomé, Kodjo Amegah,
the customs service). Story B, the same week and the same two states: an electricity supply agreement signed
in Lomé by two energy ministers (two outlets, one of them the wire of story A), which shares the pair, the
week, the capital and the wire's house style with story A but no event. Each story must be one story, and
the two must stay two.
"""
from __future__ import annotations


import pytest
from stories_kit import story_by_title


BORDER = [
    {"outlet": "Gulf Coast Wire", "url": "https://gulfcoastwire.example/2025/06/10/aflao-customs-officers",
     "date": "2025-06-10",
     "title": "Togo detains three Ghanaian customs officers at Aflao border post",
     "text": "ACCRA, June 10 - Togolese gendarmes detained three officers of the Ghana Revenue Authority's customs "
             "division at the Aflao crossing on Monday evening, Ghana's interior ministry said on Tuesday. The "
             "officers had walked into the shared inspection yard to check a convoy of fuel tankers, the ministry "
             "said, and were taken to a gendarmerie post in Lomé. Commissioner Kodjo Amegah of the customs service "
             "said the men were in uniform and unarmed. Togo's security ministry did not answer calls."},
    {"outlet": "Volta FM", "url": "https://voltafm.example/news/customs-men-held-lome", "date": "2025-06-10",
     "title": "Three GRA men held in Lomé",
     "text": "Three customs men from the Aflao station spent the night in a Lomé cell after gendarmes picked them "
             "up in the joint yard. Kodjo Amegah wants them home today."},
    {"outlet": "Eastern Chronicle", "url": "https://easternchronicle.example/regions/volta/aflao-arrests",
     "date": "2025-06-11",
     "title": "'They were doing their job': anger in Aflao after officers are marched across the line",
     "text": "\"They were doing their job in a yard both countries use, and they were marched across the line like "
             "smugglers,\" Kodjo Amegah told traders gathered outside the Aflao station on Tuesday. Tanker drivers "
             "waiting to clear fuel for Burkina Faso said the lanes had been shut since the arrests. Residents of "
             "Aflao, who cross to Lomé daily for work and school, said gendarmes had turned back pedestrians too."},
    {"outlet": "West Africa Weekly", "url": "https://westafricaweekly.example/trade/aflao-lane-closure",
     "date": "2025-06-11",
     "title": "Fuel convoys stall as Aflao lanes close",
     "text": "Hundreds of tankers bound for Burkina Faso and Niger were parked along the coastal highway on Tuesday "
             "after lanes at Aflao closed following the arrest of three Ghanaian customs officers by Togolese "
             "gendarmes. Freight agents in Tema estimated the delay at three days. The shared yard at Aflao was "
             "built in 2018 so that both customs services could inspect cargo once."},
    {"outlet": "Gulf Coast Wire", "url": "https://gulfcoastwire.example/2025/06/12/ghana-protest-aflao",
     "date": "2025-06-12",
     "title": "Ghana protests to Togo over customs officers, who are freed",
     "text": "ACCRA, June 12 - Ghana's foreign ministry on Wednesday summoned Togo's ambassador to protest the "
             "detention of three customs officers at Aflao, hours before the men were released in Lomé and "
             "driven back across the border. Commissioner Kodjo Amegah said the lanes at Aflao would reopen on "
             "Thursday."},
]
POWER = [
    {"outlet": "Gulf Coast Wire", "url": "https://gulfcoastwire.example/2025/06/11/togo-ghana-power-deal",
     "date": "2025-06-11",
     "title": "Ghana to sell Togo 150 megawatts under new power deal",
     "text": "LOMÉ, June 11 - Ghana and Togo signed an agreement in Lomé on Wednesday under which the Volta River "
             "Authority will supply 150 megawatts to Togo's grid from next year, energy minister Efua Mensah said. "
             "Her Togolese counterpart Yawovi Agbodjan said the line from Akosombo would end evening blackouts in "
             "the north."},
    {"outlet": "Power Markets Journal", "url": "https://powermarkets.example/africa/vra-ceet-supply", "date": "2025-06-12",
     "title": "VRA lands export contract with Togo's CEET",
     "text": "The Volta River Authority will export 150 megawatts from Akosombo to Togo's utility CEET under a "
             "supply agreement signed in Lomé by ministers Efua Mensah and Yawovi Agbodjan. Tariffs were not "
             "disclosed."},
]


@pytest.fixture(scope="module")
def stories(tmp_path_factory) -> dict[str, str]:
    """Title → story id."""
    return story_by_title(BORDER + POWER, tmp_path_factory.mktemp("stress5"))


QUOTE_LED = BORDER[2]  # the regional daily's page, led by a quote


def test_one_incident_reworded_by_four_outlets_is_one_story(stories):
    assert len({stories[a["title"]] for a in BORDER if a is not QUOTE_LED}) == 1


@pytest.mark.xfail(strict=True, reason="known gap (session 15): the quote-led page codes its events between "
                   "Togo and Burkina Faso (the tankers' destination), so it shares no country pair with the "
                   "others, and 5-8/64 of vocabulary with 2 of their names is below the banded bar")
def test_the_quote_led_page_joins_its_story(stories):
    assert stories[QUOTE_LED["title"]] == stories[BORDER[0]["title"]]


def test_a_deal_of_the_same_pair_and_week_is_its_own_story(stories):
    assert len({stories[a["title"]] for a in POWER}) == 1
    assert {stories[a["title"]] for a in BORDER}.isdisjoint({stories[a["title"]] for a in POWER})
