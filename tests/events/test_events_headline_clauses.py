"""A headline's "as" clause told in the present with its own doer is an act of its own (events/headline_clauses.py):
"Chile seizes Norwegian trawler as Norway sends two frigates". The same clause in running text stays a backdrop.
Headlines and sentences are our own."""
from __future__ import annotations

from events_kit import code, summary, whole_pipeline_tests

BODY = ("\n\nThe row between the two neighbours began near the frontier early in the week, residents said. Markets were calm in the "
        "afternoon and traders expected little change before the weekend.")

FOUND = [
    ("Chile seizes Norwegian trawler as Norway warns of consequences" + BODY.replace("the two neighbours",
                                                                                     "Chile and Norway"),
     ("THREATEN", "NOR", "CHL")),
    ("Kenya protests as Uganda closes border crossing" + BODY.replace("the two neighbours", "Kenya and Uganda"),
     ("SANCTION", "UGA", "KEN")),
]
ABSENT = [
    # the main clause is still coded; the backdrop "as talks drag on" gives no second act
    ("Peru recalls envoy from Bolivia as talks drag on" + BODY, "CONSULT"),
]

full_coded, test_full_pipeline_classes, test_full_pipeline_near_misses = whole_pipeline_tests(FOUND, ABSENT)


def test_a_title_as_clause_is_coded():
    found = summary(code("Chile seizes Norwegian trawler as Norway sends two frigates to the area", role="title"))
    assert ("MOBILIZE", "NOR", "CHL") in found or ("MOBILIZE", "NOR", None) in found, found


def test_the_same_clause_in_running_text_stays_a_backdrop():
    found = summary(code("Chile seizes a Norwegian trawler as Norway sends a frigate.", role="body"))
    assert not any(k == "MOBILIZE" for k, s, t in found), found
