"""Eighth stress set for story linking (session 20): a follow-up page that states a plan for next year.

Invented pages, written for this test. Story A: Romanian border police arrest two Bulgarian officers who chased
smugglers across the Danube at Giurgiu (two outlets, the day after); eleven days later the interior ministers
sign a protocol on pursuit across the river, and the page says the two river police services will hold their
first joint patrol in March 2025. That plan's year is no year the page reports on: counted as one (topics.latest_year),
the two first pages, published in 2024, were "before" the follow-up's latest year and could never be followed
up by it (eval/wire21: a protocol page of May 2012 with a plan for 2013 left its story). Story B, in the same
fortnight: the two states open a ferry line between Calafat and Vidin, which must stay apart. Once the protocol
page joins its story, its one same-week neighbour is the ferry's wire page (8/64 of the vocabulary, a state's
name and nothing else in common, 1 of the 2 dated pairs between the groups), and weak_joins took the two stories
for one (session 20's strict xfail; the same without the plan sentence: the plan's year only hid it, by ruling
the protocol page out of every pair with a page of 2024). Not counting such a pair when both pages name a cast of
their own and share none of it kept them apart, but split stories in scripts/story_stress.py (realnews cut to
half 1.0 -> 0.964, eval/wire10 cut to half 1.0 -> 0.953, to its lead 0.902 -> 0.846), as asking a shared name of
the story's own did in session 19. Session 21 (stories/kin.py) weighs the pair against both pages' ties to their
own groups: the protocol page shares five names of the story's own with an arrest page, the ferry's wire page five
with the ferry's other outlet, and the two share none, so the pair counts as dated, not weak.
"""
from __future__ import annotations

import json

from stories_kit import story_by_title

from detente import pipeline
from detente.records import Document

ARREST = [
    {"outlet": "Danube Wire", "url": "https://danubewire.example/news/giurgiu-officers-held",
     "title": "Romania holds two Bulgarian officers after chase across the Danube",
     "text": "BUCHAREST, May 7, 2024 (DW) - Romanian border police arrested two Bulgarian officers on Monday night "
             "after they chased a smugglers' speedboat across the Danube and landed at Giurgiu, the Romanian "
             "border police said. Sergeant Petar Dimov and Corporal Stoyan Kolev were taken to the Giurgiu "
             "police station, where prosecutor Ionut Marinescu questioned them. Bulgaria protested the arrest and "
             "demanded the officers' release. The speedboat had left from Ruse with cigarettes on board."},
    {"outlet": "Ruse Evening News", "url": "https://ruseevening.example/dimov-kolev-arrest",
     "title": "Sofia demands release of Ruse officers held in Giurgiu",
     "text": "RUSE, 7 May 2024 - Bulgaria's foreign ministry summoned the Romanian ambassador on Tuesday and "
             "demanded that Sergeant Petar Dimov and Corporal Stoyan Kolev be released at once. The two river "
             "police officers from Ruse crossed the Danube on Monday in pursuit of smugglers and were arrested "
             "on the quay at Giurgiu. Prosecutor Ionut Marinescu said they had carried their weapons on "
             "Romanian soil without permission. Their families gathered outside the Ruse police headquarters."},
]
PROTOCOL = {
    "outlet": "Brussels Briefing", "url": "https://brusselsbriefing.example/danube-pursuit-protocol",
    "title": "Romania and Bulgaria sign Danube pursuit protocol",
    "text": "BRUSSELS, 18 May 2024 - The interior ministers of Romania and Bulgaria signed a protocol on Friday "
            "setting out how their police may pursue suspects across the Danube, eleven days after Sergeant Petar "
            "Dimov and Corporal Stoyan Kolev were arrested at Giurgiu. The two officers were released on "
            "Thursday after prosecutor Ionut Marinescu closed his case, and returned to Ruse. The "
            "ministers also agreed that the two river police services would hold their first joint patrol in March 2025. "
            "Bulgaria dropped its complaint about the arrest."}
FERRY = [
    {"outlet": "Danube Wire", "url": "https://danubewire.example/news/calafat-vidin-ferry",
     "title": "Romania and Bulgaria open Calafat-Vidin ferry line",
     "text": "CALAFAT, May 15, 2024 (DW) - Romania and Bulgaria agreed on Wednesday to open a passenger ferry "
             "line between Calafat and Vidin, with four crossings a day from June. Transport ministers Sorin "
             "Grindeanu and Georgi Gvozdeykov signed the agreement on the Vidin quay. Tickets will cost ten "
             "euros, the ministries said."},
    {"outlet": "Vidin Herald", "url": "https://vidinherald.example/ferry-to-calafat",
     "title": "Four ferries a day to Calafat from June",
     "text": "VIDIN, 16 May 2024 - Vidin will get four ferry crossings a day to Calafat from June under a deal "
             "Bulgaria and Romania signed on Wednesday. Georgi Gvozdeykov and Sorin Grindeanu said the line would "
             "carry cars and cyclists. The mayor of Vidin said the ferry would bring tourists back to the town."},
]


def test_the_follow_up_page_states_a_plan_of_the_next_year(tmp_path):
    path = tmp_path / "protocol.jsonl"
    path.write_text(json.dumps(PROTOCOL) + "\n", encoding="utf-8")
    [coded] = pipeline.code_documents([d for d in pipeline.read([str(path)]) if isinstance(d, Document)])
    # the plan is coded, as the agreement that sets it: asserted on the day it was agreed, not on the plan's
    # March 2025 (dates22, session 28: "agreed that ... would meet next month" is the agreement's act)
    assert any(e.event_type == "AGREE" and e.status == "asserted" and "2025" in e.evidence.sentence
               and (e.date.value or "").startswith("2024") for e in coded.events)
    assert coded.fingerprint.latest_year == 2024  # and its year is no year the page reports on


def test_a_follow_up_eleven_days_on_with_a_plan_for_next_year_joins_its_story(tmp_path):
    found = story_by_title([*ARREST, PROTOCOL, *FERRY], tmp_path)
    assert len({found[a["title"]] for a in [*ARREST, PROTOCOL]}) == 1


def test_another_story_of_the_pair_that_fortnight_stays_apart(tmp_path):
    found = story_by_title([*ARREST, PROTOCOL, *FERRY], tmp_path)
    assert len({found[a["title"]] for a in FERRY}) == 1
    assert {found[a["title"]] for a in FERRY}.isdisjoint({found[a["title"]] for a in [*ARREST, PROTOCOL]})
