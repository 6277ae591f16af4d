"""Golden test: invented pages through the whole pipeline into stories (no store).

Two stories of one country pair in one week: Pakistani fire on Indian border posts (three outlets, one
only a two-line brief, each in its own words) and a meeting of the two states' water commission (two
outlets, one undated). Within each story the pages share 0.14–0.39 of their vocabulary, across the two
0.05–0.13 and their country pair. Each story must stay one story, whatever the wording.

Known limit: the two stories are linked into one (same pair, same week, vocabulary over TOPIC_JACCARD).
A rule that split same-pair pages whose events take no common side (conflict / cooperation) kept them
apart, but was dropped in session 8: it lowered the held-out eval/wire8's story F1 (0.70 → 0.656) by
splitting outlets of one story that report different sides of it (a threat here, a concession there).
"""
from __future__ import annotations


import pytest
from stories_kit import story_by_title


FIRING = [
    {"outlet": "Frontier Daily", "url": "https://frontierdaily.example/2024/04/08/loc-firing", "date": "2024-04-08",
     "title": "Pakistani troops fire on Indian posts in Poonch, two soldiers killed",
     "text": "Pakistani troops opened fire on Indian army posts along the Line of Control in the Poonch sector on "
             "Sunday night, killing two Indian soldiers and wounding a porter, the Indian army said on Monday. "
             "Mortar shells also landed near the village of Balnoi, damaging a school and three houses, local "
             "officials said. India accused Pakistan of violating the 2021 ceasefire understanding and said its "
             "troops responded in kind. New Delhi summoned Pakistan's charge d'affaires to lodge a strong protest "
             "over the attack in Poonch. The Pakistani military denied starting the exchange and said Indian fire "
             "had wounded civilians in the Kotli district."},
    {"outlet": "Capital Wire", "url": "https://capitalwire.example/news/poonch-shelling", "date": "2024-04-09",
     "title": "India lodges protest after deadly cross-border shelling",
     "text": "India on Monday handed a protest note to Pakistan's envoy after two of its soldiers died when "
             "positions in Poonch came under mortar and machine-gun attack from across the frontier. Residents of "
             "Balnoi spent the night in bunkers as shells hit homes and a schoolhouse. Islamabad rejected the "
             "charge, saying its forces had only returned fire and that villagers in Kotli were hurt by Indian "
             "shelling. The clash is the deadliest since the truce agreed three years ago."},
    {"outlet": "Hill Post", "url": "https://hillpost.example/briefs/balnoi", "date": "2024-04-08",
     "title": "Two Indian soldiers die in Poonch shelling",
     "text": "Shelling from Pakistan killed two Indian soldiers in Poonch overnight, the army said, and villagers in "
             "Balnoi took shelter in bunkers."},
]
WATER = [
    {"outlet": "Frontier Daily", "url": "https://frontierdaily.example/2024/04/10/indus-commission", "date": "2024-04-10",
     "title": "India and Pakistan hold Indus water talks in Lahore",
     "text": "Indian and Pakistani officials met in Lahore on Wednesday for the annual meeting of the Permanent "
             "Indus Commission, the first in two years, to discuss the Kishanganga and Ratle hydropower projects. "
             "The two commissioners agreed to exchange flood data during the monsoon and to arrange a visit by "
             "engineers to the Chenab basin, Pakistan's water ministry said. India said the talks were held in a "
             "cordial atmosphere under the Indus Waters Treaty of 1960."},
    {"outlet": "Capital Wire", "url": "https://capitalwire.example/news/indus-waters-meeting", "date": None,
     "title": "Indus commissioners agree to share flood data",
     "text": "Water commissioners from India and Pakistan agreed in Lahore to share flood forecasts during the "
             "monsoon season and to let engineers inspect sites on the Chenab, officials said after the Permanent "
             "Indus Commission met for the first time since 2022. The meeting took up Islamabad's objections to "
             "the design of the Kishanganga and Ratle dams, which Pakistan says breach the treaty."},
]


@pytest.fixture(scope="module")
def stories(tmp_path_factory) -> dict[str, str]:
    """Title → story id."""
    return story_by_title(FIRING + WATER, tmp_path_factory.mktemp("stories"))


def test_each_story_is_one_story_whatever_the_wording(stories):
    assert len({stories[a["title"]] for a in FIRING}) == 1
    assert len({stories[a["title"]] for a in WATER}) == 1

