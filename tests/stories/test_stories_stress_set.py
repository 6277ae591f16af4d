"""Stress set for story linking (issue #12): one event told by four outlets in their own words, and a second
story of the same country pair in the same week.

Invented pages, written for this test. Story A: an Indonesian patrol ship seizes two Vietnamese fishing boats
off the Natuna islands; a wire report, a two-sentence brief that shares almost no wording with it, a longer
piece built on quotes, and a follow-up two days later on Hanoi's protest. Story B, the same week and the same
two states: a rice supply deal signed in Jakarta (two outlets). Within story A the pages share few words
beyond the names (Natuna, Bakamla, Tran, Hai Phong...), which is what an outlet that rewords a report keeps;
across the stories only the country pair and the week are shared. Each story must be one story, and the two
must stay two.
"""
from __future__ import annotations


import pytest
from stories_kit import story_by_title


SEIZURE = [
    {"outlet": "Harbour Wire", "url": "https://harbourwire.example/2025/03/04/natuna-seizure", "date": "2025-03-04",
     "title": "Indonesia seizes two Vietnamese fishing boats off Natuna",
     "text": "An Indonesian maritime security ship seized two Vietnamese fishing boats and detained 19 crew members "
             "in waters north of the Natuna islands on Monday, the Maritime Security Agency (Bakamla) said on "
             "Tuesday. The boats, registered in Hai Phong, were escorted to the port of Ranai, where their catch "
             "of tuna and squid was impounded. Bakamla spokesman Colonel Arief Santoso said the vessels were "
             "fishing illegally inside Indonesia's exclusive economic zone. Vietnam has not yet commented."},
    {"outlet": "Island Brief", "url": "https://islandbrief.example/briefs/ranai-boats", "date": "2025-03-04",
     "title": "Nineteen Vietnamese fishermen held at Ranai",
     "text": "Nineteen fishermen from Hai Phong are being held at Ranai after Bakamla officers boarded their two "
             "trawlers near Natuna. Jakarta says they were poaching."},
    {"outlet": "Southern Seas Review", "url": "https://southernseas.example/analysis/natuna-arrests", "date": "2025-03-05",
     "title": "'They ignored our warnings': the night Bakamla boarded the Hai Phong trawlers",
     "text": "\"We called them on the radio three times and they ignored our warnings,\" Colonel Arief Santoso told "
             "reporters at Ranai, describing how his crew boarded the two wooden trawlers before dawn on Monday. "
             "Relatives of the 19 men reached by telephone in Hai Phong insisted the boats had stayed in "
             "traditional grounds. Jakarta has sunk or confiscated hundreds of foreign vessels near Natuna since "
             "2014, and officials said the captains would face charges under the fisheries law."},
    {"outlet": "Harbour Wire", "url": "https://harbourwire.example/2025/03/06/hanoi-protest-natuna", "date": "2025-03-06",
     "title": "Vietnam protests detention of fishermen near Natuna",
     "text": "Vietnam's foreign ministry on Thursday protested the detention of 19 fishermen from Hai Phong by "
             "Indonesia's Bakamla near the Natuna islands and asked Jakarta to release them and their two boats "
             "quickly. Spokeswoman Pham Thu Hang said the trawlers had been fishing in an area where the two "
             "countries' claims overlap. The men are held at Ranai, where Colonel Arief Santoso said they would "
             "be charged."},
]
RICE = [
    {"outlet": "Harbour Wire", "url": "https://harbourwire.example/2025/03/05/rice-deal", "date": "2025-03-05",
     "title": "Indonesia signs deal to buy one million tonnes of Vietnamese rice",
     "text": "Indonesia and Vietnam signed an agreement in Jakarta on Wednesday under which the state logistics "
             "agency Bulog will import one million tonnes of rice from Vietnam this year to rebuild reserves after "
             "a poor harvest. Trade Minister Budi Hartono said the first shipments would leave the Mekong delta in "
             "April. Vietnam's industry and trade minister Nguyen Van Long called the deal a sign of trust."},
    {"outlet": "Commodity Daily", "url": "https://commoditydaily.example/grains/bulog-mekong", "date": "2025-03-06",
     "title": "Bulog to import Mekong rice after poor harvest",
     "text": "Bulog will take one million tonnes of Vietnamese rice under a supply agreement signed in Jakarta, "
             "ministers Budi Hartono and Nguyen Van Long said, with loading in the Mekong delta from April. Rice "
             "prices in Jakarta markets have risen by a fifth since January."},
]


@pytest.fixture(scope="module")
def stories(tmp_path_factory) -> dict[str, str]:
    """Title → story id."""
    return story_by_title(SEIZURE + RICE, tmp_path_factory.mktemp("stress"))


def test_one_event_reworded_by_four_outlets_is_one_story(stories):
    assert len({stories[a["title"]] for a in SEIZURE}) == 1


def test_another_story_of_the_same_pair_in_the_same_week_is_its_own(stories):
    assert len({stories[a["title"]] for a in RICE}) == 1
    assert stories[SEIZURE[0]["title"]] != stories[RICE[0]["title"]]
