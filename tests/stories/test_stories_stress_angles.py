"""Fifth stress set for story linking (issue #12, session 17): outlets that tell one story from different
angles, and a second story of the same two states in the same month.

Invented pages, written for this test. Story A: a Tajik border guard is shot dead at the Uzbek-Tajik
border near the Farhod reservoir, and Dushanbe summons Uzbekistan's ambassador. Each outlet opens on
something else: the wire on the shooting; a regional paper on a side event (the Bekobod market and crossing
shut, traders stranded), the shooting only in its third sentence; a capital daily on the reaction (the
summons); a Russian-language digest in translation, with its own spellings (Khudzhand/Khujand,
Sogd/Sughd, Bekabad/Bekobod, Rakhmatullo/Rahmatullo, Ergashev/Ergashov); a page two days later on
Tashkent's denial; and a headline naming only the two capitals. Story B, eleven days later, the same two
states: a rail freight agreement signed in Tashkent (two outlets, one of them the wire of story A, whose
house style the two share). Each story must be one story, and the two must stay apart. On main at session 17's
start the side-event page was a story of its own (cluster._link_sides now finds it).
"""
from __future__ import annotations

import pytest
from stories_kit import story_by_title

SHOOTING = [
    {"outlet": "Pamir Wire", "url": "https://pamirwire.example/2026/05/04/farhod-guard-shot", "date": "2026-05-04",
     "title": "Tajik border guard shot dead on Uzbek frontier",
     "text": "DUSHANBE, May 4 - A Tajik border guard was shot dead near the Farhod reservoir on Sunday night "
             "after Uzbek border troops opened fire on a patrol, Tajikistan's border service said on Monday. "
             "The guard, Rahmatullo Ergashov, 23, was from the Sughd region. Tajikistan's foreign ministry "
             "summoned Uzbekistan's ambassador, Bakhtiyor Nazarov, and demanded an inquiry."},
    # a side event first: the crossing and market shut; the shooting only in its third sentence
    {"outlet": "Sughd Regional Herald", "url": "https://sughdherald.example/news/bekobod-market-closed",
     "date": "2026-05-04",
     "title": "Traders stranded as Bekobod crossing shuts",
     "text": "KHUJAND, 4 May - Hundreds of traders were stranded on Monday after the Bekobod crossing and the "
             "border market beside it were shut without notice, local officials said. Lorries carrying "
             "apricots and cement queued for six kilometres on the Khujand road. The closure came hours after "
             "border guard Rahmatullo Ergashov was killed by fire from the Uzbek side near the Farhod "
             "reservoir, the regional governor's office said."},
    # the reaction first
    {"outlet": "Dushanbe Daily", "url": "https://dushanbedaily.example/politics/uzbek-envoy-summoned",
     "date": "2026-05-04",
     "title": "Foreign ministry summons Uzbek ambassador",
     "text": "Tajikistan's foreign ministry summoned Uzbek ambassador Bakhtiyor Nazarov on Monday and handed "
             "him a note of protest over the killing of a border guard near the Farhod reservoir. Deputy "
             "foreign minister Sharif Nurov told the ambassador that Dushanbe expected those responsible to be "
             "punished. Guard Rahmatullo Ergashov died on Sunday night during a patrol near Bekobod."},
    # translated, with the spellings a Russian-language desk gives the names
    {"outlet": "Central Asia Telegraph Digest", "url": "https://catelegraph.example/ru-digest/farkhad-incident",
     "date": "2026-05-04",
     "title": "Border incident at Farkhad: serviceman of Tajikistan perished",
     "text": "KHUDZHAND, 04.05.2026 - A serviceman of the border troops of Tajikistan, Rakhmatullo Ergashev, "
             "perished in the area of the Farkhad water reservoir as a result of firing from the territory of "
             "Uzbekistan, the press centre of the border troops of the Sogd oblast informed. The ambassador of "
             "Uzbekistan Bakhtiyor Nazarov was invited to the ministry. The Bekabad checkpoint suspended its work."},
    # two days later: the other side's denial
    {"outlet": "Tashkent Observer", "url": "https://tashkentobserver.example/news/border-service-denies",
     "date": "2026-05-06",
     "title": "Uzbek border service denies firing first at Farhod",
     "text": "TASHKENT, May 6 - Uzbekistan's border service on Wednesday denied that its troops fired first in "
             "Sunday's incident near the Farhod reservoir, saying a Tajik patrol crossed the line near Bekobod "
             "and ignored warnings. It expressed regret over the death of guard Rahmatullo Ergashov and said "
             "ambassador Bakhtiyor Nazarov had given Dushanbe its account."},
    # a headline naming only the two capitals
    {"outlet": "Silk Road Review", "url": "https://silkroadreview.example/2026/05/05/tashkent-dushanbe",
     "date": "2026-05-05",
     "title": "Tashkent and Dushanbe at odds",
     "text": "Relations between Uzbekistan and Tajikistan cooled on Tuesday after the killing of Tajik guard "
             "Rahmatullo Ergashov near the Farhod reservoir, with the Bekobod crossing still closed and "
             "ambassador Bakhtiyor Nazarov summoned in Dushanbe."},
]
RAIL = [
    {"outlet": "Pamir Wire", "url": "https://pamirwire.example/2026/05/15/rail-freight-deal", "date": "2026-05-15",
     "title": "Uzbekistan and Tajikistan sign rail freight deal",
     "text": "TASHKENT, May 15 - Uzbekistan and Tajikistan signed an agreement in Tashkent on Friday to cut "
             "transit fees for freight trains on the Termez-Kurgan-Tyube line and to run a daily container "
             "service from Navoi, the Uzbek transport ministry said. Transport ministers Ilkhom Makhkamov and "
             "Azim Ibrohim signed the deal."},
    {"outlet": "Tashkent Observer", "url": "https://tashkentobserver.example/business/kurgan-tyube-rail",
     "date": "2026-05-16",
     "title": "Tashkent, Dushanbe cut rail transit fees",
     "text": "TASHKENT, May 16 - A daily container train from Navoi to Kurgan-Tyube will start next month under "
             "the freight agreement Uzbek transport minister Ilkhom Makhkamov and his Tajik counterpart Azim "
             "Ibrohim signed on Friday, which halves transit fees on the Termez line."},
]


@pytest.fixture(scope="module")
def stories(tmp_path_factory) -> dict[str, str]:
    """Title → story id."""
    return story_by_title(SHOOTING + RAIL, tmp_path_factory.mktemp("stress_angles"))


def test_one_story_told_from_different_angles_is_one_story(stories):
    # the page that leads with the closed crossing has no topic (its one event, fire "from the Uzbek side",
    # names no target; "Khujand" is a city, no state mention) and shares 5-6/64 of its vocabulary with four
    # pages: it meets them among the pages about its one state (cluster._link_sides)
    assert len({stories[a["title"]] for a in SHOOTING}) == 1


def test_a_rail_deal_of_the_same_pair_that_month_is_its_own_story(stories):
    assert len({stories[a["title"]] for a in RAIL}) == 1
    assert {stories[a["title"]] for a in SHOOTING}.isdisjoint({stories[a["title"]] for a in RAIL})
