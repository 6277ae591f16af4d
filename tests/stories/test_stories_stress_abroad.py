"""Third stress set for story linking (issue #12, session 16): outlets of different countries reword one
event, and the same two states make other news the same week.

Invented pages, written for this test. Story A: Kazakh customs officers impound 40 Kyrgyz lorries at a border
crossing and Bishkek summons Kazakhstan's ambassador. Each outlet spells the names its own way, as
transliteration from Russian, Kazakh, Kyrgyz or Turkish does ("Korday"/"Kordai", "Zhanibek Abdrakhmanov"/
"Dzhanibek Abdrahmanov"/"Canibek Abdrahmanov", "Serikbayev"/"Serikbaev"); two headlines name only the capitals;
datelines are Bishkek, Almaty (not the capital) and Moscow; a translated wire report shares 1-4/64 of its
vocabulary with the others and its names only as other spellings; a follow-up three days later tells of the
lorries' release. Story B, the same week and the same two states: a water-sharing deal for a reservoir signed
in Astana (two outlets, one of them the Bishkek outlet of story A, whose house style the two share). Story C,
the same week again: the two prime ministers' border talks, with the ambassador of story A at the table
(a known gap: it joins story A). Each story must be one story, and no two may be one.
"""
from __future__ import annotations

import pytest
from stories_kit import story_by_title

LORRIES = [
    {"outlet": "Ala-Too Courier", "url": "https://alatoocourier.example/2025/09/15/korday-lorries", "date": "2025-09-15",
     "title": "Kazakhstan impounds 40 Kyrgyz lorries at Korday crossing",
     "text": "BISHKEK, Sept 15 - Kazakh customs officers impounded 40 Kyrgyz lorries loaded with fruit and cement at "
             "the Korday crossing on Sunday, Kyrgyzstan's transport ministry said on Monday. The drivers were told "
             "their papers were forged, the ministry said. Zhanibek Abdrakhmanov, head of the Kazakh customs post, "
             "said the cargo would be held until an inquiry ends. Kyrgyzstan's foreign ministry summoned "
             "Kazakhstan's ambassador, Talgat Serikbayev, on Monday to protest."},
    {"outlet": "Steppe Interfax Digest", "url": "https://steppedigest.example/news/kordai-customs-trucks",
     "date": "2025-09-15",
     "title": "Kazakh revenue officers hold Kyrgyz freight vehicles",
     "text": "ALMATY, 15 September - At Kordai, Kazakh state revenue officers are holding forty heavy freight "
             "vehicles of Kyrgyz carriers over falsified declarations, post chief Dzhanibek Abdrahmanov informed "
             "the agency. Ambassador Serikbaev was invited for a conversation. Earlier this year the committee "
             "introduced electronic seals for transit consignments, and inspectors say paper declarations now "
             "account for under a tenth of filings. Regional hauliers' associations have complained about "
             "queues since the autumn harvest began, blaming staff shortages on the southern highway."},
    {"outlet": "Eurasia Monitor", "url": "https://eurasiamonitor.example/central-asia/bishkek-astana-lorries",
     "date": "2025-09-16",
     "title": "Bishkek protests to Astana",
     "text": "Kyrgyzstan summoned Kazakhstan's envoy Talgat Serikbayev over the seizure of 40 lorries at Korday, "
             "the Kyrgyz foreign ministry said. Zhanybek Abdrakhmanov of Kazakh customs said the papers were forged."},
    {"outlet": "Moscow Regional Wire", "url": "https://moscowregional.example/cis/kyrgyz-lorries-korday",
     "date": "2025-09-16",
     "title": "Row over lorries strains Kyrgyz-Kazakh border trade",
     "text": "MOSCOW, Sept 16 - Kyrgyzstan protested on Monday after Kazakh customs seized 40 of its lorries at the "
             "Korday border post, the latest dispute over a crossing that handles most of Kyrgyzstan's trade. "
             "Kazakhstan's customs committee said its officer Zhanibek Abdrakhmanov had found forged transit "
             "papers. Fruit exporters in the Chui valley said they were losing money every day the lorries stood "
             "at Korday."},
    {"outlet": "Ala-Too Courier", "url": "https://alatoocourier.example/2025/09/18/korday-lorries-released",
     "date": "2025-09-18",
     "title": "Kazakhstan releases impounded Kyrgyz lorries",
     "text": "BISHKEK, Sept 18 - Kazakhstan released the 40 Kyrgyz lorries held at the Korday crossing on "
             "Wednesday after the drivers' papers were checked again, Kyrgyzstan's transport ministry said. "
             "Ambassador Talgat Serikbayev told the ministry that Zhanibek Abdrakhmanov's post had closed its "
             "inquiry."},
    {"outlet": "Anatolian Ledger", "url": "https://anatolianledger.example/dunya/kirgiz-tir", "date": "2025-09-16",
     "title": "Astana holds Bishkek's trucks",
     "text": "Forty trucks carrying apricots and cement have waited at Kordai since Sunday. Customs chief Canibek "
             "Abdrahmanov spoke of false documents; envoy Talgat Serikbaev was called to the ministry in Bishkek."},
]
WATER = [
    {"outlet": "Ala-Too Courier", "url": "https://alatoocourier.example/2025/09/17/toktogul-water-deal",
     "date": "2025-09-17",
     "title": "Kyrgyzstan and Kazakhstan sign water deal for Toktogul reservoir",
     "text": "ASTANA, Sept 17 - Kyrgyzstan and Kazakhstan signed an agreement in Astana on Wednesday on water "
             "releases from the Toktogul reservoir next summer, energy minister Aibek Toktogulov said. In return "
             "Kazakhstan will supply Kyrgyzstan with 1.2 billion kilowatt-hours of electricity this winter, his "
             "Kazakh counterpart Yerlan Nurpeisov said."},
    {"outlet": "Power and Water Asia", "url": "https://powerwaterasia.example/hydro/toktogul-swap",
     "date": "2025-09-18",
     "title": "Toktogul swap: summer water for winter power",
     "text": "Kyrgyz hydropower releases from Toktogul will irrigate southern Kazakh farms next summer under a swap "
             "signed by ministers Aibek Toktogulov and Yerlan Nurpeisov, who said Kazakh plants would send 1.2 "
             "billion kilowatt-hours north of the Naryn cascade in the winter months."},
]


BORDER_TALKS = [
    {"outlet": "Ala-Too Courier", "url": "https://alatoocourier.example/2025/09/19/border-talks", "date": "2025-09-19",
     "title": "Kyrgyz and Kazakh premiers discuss border demarcation",
     "text": "BISHKEK, Sept 19 - The prime ministers of Kyrgyzstan and Kazakhstan met in Bishkek on Friday to discuss "
             "the demarcation of the last disputed stretches of their border, the government said. Kazakhstan's "
             "ambassador Talgat Serikbayev attended the talks."},
]


@pytest.fixture(scope="module")
def stories(tmp_path_factory) -> dict[str, str]:
    """Title → story id."""
    return story_by_title(LORRIES + WATER + BORDER_TALKS, tmp_path_factory.mktemp("stress_abroad"))


def test_one_event_told_abroad_with_other_spellings_is_one_story(stories):
    assert len({stories[a["title"]] for a in LORRIES}) == 1


def test_a_water_deal_of_the_same_pair_and_week_is_its_own_story(stories):
    assert len({stories[a["title"]] for a in WATER}) == 1
    assert {stories[a["title"]] for a in LORRIES}.isdisjoint({stories[a["title"]] for a in WATER})


@pytest.mark.xfail(strict=True, reason="known gap (session 16): the talks page shares 9-10/64 of its vocabulary with "
                   "three pages of story A (the Bishkek outlet's house style) and the ambassador's two names; its "
                   "closest partner is in story A (cluster.best_partner), and the state words the pair shares "
                   "(Kyrgyzstan, Kazakhstan, Bishkek) count towards names.named_alike's share")
def test_border_talks_of_the_same_pair_and_week_are_their_own_story(stories):
    assert stories[BORDER_TALKS[0]["title"]] not in {stories[a["title"]] for a in LORRIES}
