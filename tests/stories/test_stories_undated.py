"""A page without a day of its own joins at most one dated story (stories/undated.py).

Invented pages, written for this test. Story A (February 2025): Estonia's navy detains a Latvian trawler in
the Gulf of Riga, in two outlets. Story B (June 2025): the two governments sign a deal on a power line, in
two outlets. A roundup page with no date at all tells both, in the words of each: linked to pages of both
stories, it made them one story.
"""
from __future__ import annotations

import numpy as np
from stories_kit import story_by_title

from detente.records import Fingerprint
from detente.stories import assign_stories, fingerprint
from detente.stories.forest import forest, roots, unite
from detente.stories.undated import BRIDGE_DAYS, attach, hold, held_for
from tests.conftest import make_article

TRAWLER = [
    {"outlet": "Baltic Wire", "url": "https://balticwire.example/news/trawler-detained-gulf-of-riga",
     "title": "Estonian navy detains Latvian trawler in Gulf of Riga",
     "text": "TALLINN, Feb. 11, 2025 (BW) - Estonia's navy detained the Latvian trawler Zvaigzne in the Gulf of Riga "
             "on Tuesday, saying it had been fishing for sprat in Estonian waters off Ruhnu without a licence. The "
             "patrol ship Admiral Pitka escorted the trawler to the port of Kuressaare. Latvia's foreign ministry "
             "summoned the Estonian ambassador, Tiit Kask, and demanded the crew's release. Skipper Janis Ozols "
             "said his nets had been on the Latvian side of the line."},
    {"outlet": "Riga Morning", "url": "https://rigamorning.example/zvaigzne-crew-held-kuressaare",
     "title": "Zvaigzne crew held in Kuressaare as Riga protests",
     "text": "RIGA, 12 February 2025 - The eleven crew of the trawler Zvaigzne spent a night in Kuressaare after "
             "Estonia's navy seized the boat off Ruhnu. Latvia protested to Estonia on Wednesday and asked for "
             "the sprat catch to be returned. Skipper Janis Ozols told relatives by phone that the patrol ship "
             "Admiral Pitka had fired a warning flare. Tallinn said the trawler had no licence for Estonian waters."},
]
POWER = [
    {"outlet": "Baltic Wire", "url": "https://balticwire.example/news/valga-valka-power-line-deal",
     "title": "Estonia and Latvia sign deal on third power line",
     "text": "VALGA, June 17, 2025 (BW) - Estonia and Latvia signed an agreement on Tuesday to build a third "
             "electricity line between the twin towns of Valga and Valka by 2028, with a substation at Tartu. "
             "Energy ministers Kristen Michal and Kaspars Melnis signed the deal, which grid operators Elering and "
             "Augstsprieguma tikls will carry out. The line will cost 180 million euros, mostly paid by the EU."},
    {"outlet": "Grid Weekly", "url": "https://gridweekly.example/elering-ast-third-line",
     "title": "Elering and AST to build third Estonia-Latvia line",
     "text": "18 June 2025\n\nGrid operators Elering and Augstsprieguma tikls will build a third power line from "
             "Tartu to Valmiera through Valga and Valka under a deal the two governments signed on Tuesday. "
             "Ministers Kristen Michal and Kaspars Melnis said the line would be ready by 2028. The EU will pay "
             "most of its 180 million euros."},
]
# no date line, no date in the dump: the roundup tells both stories in their own words
ROUNDUP = {"outlet": "Nordic Digest", "url": "https://nordicdigest.example/estonia-latvia-roundup",
           "title": "Estonia and Latvia: a trawler held, a power line signed",
           "text": "Estonia's navy detained the Latvian trawler Zvaigzne in the Gulf of Riga off Ruhnu, saying it was "
                   "fishing for sprat without a licence; the patrol ship Admiral Pitka took it to Kuressaare and "
                   "Latvia summoned the Estonian ambassador. Skipper Janis Ozols said his nets were on the Latvian "
                   "side. Estonia and Latvia signed an agreement to build a third power line between Valga and "
                   "Valka by 2028, with a substation at Tartu; grid operators Elering and Augstsprieguma tikls will "
                   "build it and the EU will pay most of its 180 million euros."}


def test_an_undated_page_of_two_stories_months_apart_joins_one_of_them(tmp_path):
    found = story_by_title([*TRAWLER, *POWER, ROUNDUP], tmp_path)
    trawler, power = {found[a["title"]] for a in TRAWLER}, {found[a["title"]] for a in POWER}
    assert len(trawler) == len(power) == 1 and trawler != power
    assert found[ROUNDUP["title"]] in trawler | power


STORY = ("Kenya and Tanzania signed a cross-border trade agreement in Arusha on Tuesday, cutting tariffs on maize, "
         "cement and fertiliser and opening a joint customs post at Namanga for lorry traffic.")


def _fp(doc: str, published: str | None) -> Fingerprint:
    return fingerprint(make_article(STORY, doc, published))


def _stories(*fps: Fingerprint) -> list[str]:
    links = {link.doc_id: link.story_id for link in assign_stories(fps)}
    return [links[f.doc_id] for f in fps]


def test_the_same_wording_months_apart_stays_two_stories_with_an_undated_copy():
    march, september, undated = _fp("d1", "2024-03-05"), _fp("d2", "2024-09-01"), _fp("d3", None)
    first, second, third = _stories(march, september, undated)
    assert first != second and third in (first, second)
    # a page known only by its year spans every week of it: no day of its own either
    assert len(set(_stories(march, september, _fp("d3", "2024")))) == 2


def test_undated_copies_join_one_story_and_each_other():
    dated = _fp("d0", "2024-03-05")
    copies = [_fp(f"d{k}", None) for k in range(1, 4)]
    assert len(set(_stories(dated, *copies))) == 1


def _two_stories_and_a_bridge(gap_days: int) -> list[int]:
    """Pages 0, 1 (day 0, linked), 2, 3 (day `gap_days`, linked) and undated page 4 linked to 1 and 2:
    each page's story root after hold and attach."""
    days = np.array([1000, 1000, 1000 + gap_days, 1000 + gap_days, -1], dtype=np.int64)
    held = held_for(days, days)
    levels = np.stack([forest(5), forest(5)])
    links = np.array([[0, 1], [2, 3], [1, 4], [2, 4]], dtype=np.int64)
    now = hold(held, links, np.array([0.5, 0.5, 0.3, 0.2], dtype=np.float32))
    assert now.tolist() == [True, True, False, False]  # the undated page's links wait
    for labels in levels:
        unite(labels, links[now])
    attach(held, levels, (0.0, 0.25), days, days)
    return roots(levels[0]).tolist()


def test_an_undated_page_bridges_two_parts_of_one_story_only_when_their_days_are_close():
    assert len(set(_two_stories_and_a_bridge(BRIDGE_DAYS))) == 1
    far = _two_stories_and_a_bridge(BRIDGE_DAYS + 30)
    assert len(set(far)) == 2 and far[4] == far[0]  # the closest page's story (0.3 of vocabulary)


def test_held_links_keep_each_undated_pages_best_few():
    days = np.array([-1, 1000, 1001, 1002, 1003, 1004, 1005], dtype=np.int64)
    held = held_for(days, days)
    links = np.array([[0, k] for k in range(1, 7)], dtype=np.int64)
    hold(held, links[:3], np.array([0.1, 0.3, 0.2], dtype=np.float32))
    hold(held, links[3:], np.array([0.5, 0.05, 0.3], dtype=np.float32))
    assert held.partner[0].tolist() == [4, 2, 6, 3]  # by share, then the lower row
    assert not held.undated[1:].any() and (held.partner[1:] == -1).all()
