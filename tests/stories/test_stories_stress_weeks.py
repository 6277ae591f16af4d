"""Fourth stress set for story linking (issue #12, session 16): one story told over three weeks by several
outlets, each page dated only by its own text in its outlet's format, and another story of the same two
states a month after the first began.

Invented pages, written for this test. Story A: Russian border guards detain an Estonian survey boat and its
crew on Lake Peipus near Piirissaar (two outlets on the day); the crew is released a week later; three weeks
on the two states sign a protocol on marking the lake's border channel, recalling the boat. The pages state
their dates as a dotted day-first stamp ("03.03.2026"), "March 10, 2026" in a dateline, "10 March 2026" on a
date line and "Tuesday, 24 March 2026", "25/03/2026"; both reports of the protocol name only two of the story's own
names (the lake and the island), not the boat or its owner. Story B, a month after A began and ten days after its last page: Russia
expels an Estonian consul from Pskov over a cargo of transit goods, in two outlets, one of them the house that
told story A. Until session 16 the follow-up rule asked three names of the story's own (no state word) of a
page more than a week from its partner (eval/wire9: a transit protocol five weeks after a train was stopped
named the station and the region, two, and split from its story once the first page's dotted date was read
right).
"""
from __future__ import annotations

import pytest
from stories_kit import story_by_title

BOAT = [
    {"outlet": "Baltic Harbour Post", "url": "https://balticharbour.example/news/peipus-boat",
     "title": "Russia detains Estonian survey boat on Lake Peipus",
     "text": "TALLINN, 03.03.2026 - Russian border guards detained an Estonian survey boat and its four crew on "
             "Lake Peipus near the island of Piirissaar on Tuesday, Estonia's foreign ministry said. The boat, "
             "the Vooremaa, was mapping the channel for the Estonian maritime administration when a Russian "
             "patrol boarded it, said its owner, Margus Kallaste. Estonia summoned the Russian charge d'affaires "
             "and demanded the crew's release."},
    {"outlet": "Nordic Wire Service", "url": "https://nordicwire.example/world/estonia-russia-peipus",
     "title": "Estonian crew held by Russian guards after lake incident",
     "text": "TALLINN, March 3, 2026 (NWS) - Estonia protested to Moscow on Tuesday after Russian border guards "
             "seized the survey vessel Vooremaa near Piirissaar, on the Estonian side of the lake border, Tallinn "
             "said. Russia's border service said the Vooremaa had strayed into Russian waters. Owner Margus "
             "Kallaste said the crew had a map of the channel on board and had never crossed the line."},
    {"outlet": "Baltic Harbour Post", "url": "https://balticharbour.example/news/peipus-crew-freed",
     "title": "Russia frees crew of Estonian survey boat",
     "text": "10 March 2026\n\nRussia released the four crew of the Estonian survey boat Vooremaa on Tuesday, a "
             "week after border guards detained them near Piirissaar on Lake Peipus, Estonia's foreign ministry "
             "said. The boat remains impounded in Pskov. Owner Margus Kallaste said the crew were well treated."},
    {"outlet": "Tartu Evening News", "url": "https://tartuevening.example/peipus-channel-protocol",
     "title": "Estonia and Russia agree to mark Peipus border channel",
     "text": "Tuesday, 24 March 2026\n\nEstonia and Russia signed a protocol in Tallinn on Tuesday to mark the "
             "border channel across Lake Peipus with new buoys before the summer, three weeks after an Estonian "
             "survey boat was detained near Piirissaar. Both sides will return seized boats within ten days "
             "under the protocol, the Estonian foreign ministry said. Fishermen on the western shore said the buoys "
             "would end years of guesswork on the lake."},
    # another house's report of the protocol, naming its signatories
    {"outlet": "Nordic Wire Service", "url": "https://nordicwire.example/world/estonia-russia-lake-protocol",
     "title": "Tallinn and Moscow sign lake border protocol",
     "text": "TALLINN, 25/03/2026 (NWS) - Estonia and Russia signed a protocol on Tuesday to mark their border "
             "channel across Lake Peipus with buoys, weeks after Russian border guards detained an Estonian "
             "survey crew near Piirissaar. Deputy foreign ministers Kadri Mets and Pavel Orlov signed it in "
             "Tallinn. Both sides will return boats seized on the lake within ten days, Tallinn "
             "said."},
]
CONSUL = [
    {"outlet": "Baltic Harbour Post", "url": "https://balticharbour.example/news/pskov-consul-expelled",
     "title": "Russia expels Estonian consul from Pskov",
     "text": "TALLINN, 03.04.2026 - Russia ordered Estonia's consul in Pskov, Riho Tamberg, to leave the country "
             "within a week, accusing him of helping smuggle sanctioned electronics through the Koidula rail "
             "crossing, Estonia's foreign ministry said on Friday. Tallinn called the charge absurd and said it "
             "would respond."},
    {"outlet": "Nordic Wire Service", "url": "https://nordicwire.example/world/estonia-consul-pskov",
     "title": "Estonia vows response after consul ordered out",
     "text": "TALLINN, April 3, 2026 (NWS) - Estonia said on Friday it would respond to Russia's expulsion of "
             "consul Riho Tamberg, whom Moscow accused of arranging shipments of banned chips through Koidula. "
             "Estonian officials denied any wrongdoing by the consulate."},
]


@pytest.fixture(scope="module")
def stories(tmp_path_factory) -> dict[str, str]:
    """Title → story id."""
    return story_by_title(BOAT + CONSUL, tmp_path_factory.mktemp("stress_weeks"))


def test_a_story_followed_up_over_three_weeks_is_one_story(stories):
    assert len({stories[a["title"]] for a in BOAT}) == 1


def test_another_story_of_the_pair_a_month_later_is_its_own_story(stories):
    assert len({stories[a["title"]] for a in CONSUL}) == 1
    assert {stories[a["title"]] for a in BOAT}.isdisjoint({stories[a["title"]] for a in CONSUL})
