"""Events from headlines the parser misread (nlp/headline_case.py, nlp/headline_verbs.py), through the whole
pipeline: a title-case or capitals headline, and a sentence-case one whose verb the tagger read as a noun.
Each page is a headline over a paragraph that tells no act, so the event can only come from the headline.
Headlines and pages are our own."""
from events_kit import whole_pipeline_tests

BODY = ("\n\nThe row began near the frontier early in the week, residents said. Markets were calm in the "
        "afternoon and traders expected little change before the weekend.")

FOUND = [
    ("Peru Expels Chilean Ambassador Over Spy Claims" + BODY, ("SANCTION", "PER", "CHL")),
    ("Kenya Shoots Down Ugandan Surveillance Drone Near Border" + BODY, ("ASSAULT", "KEN", "UGA")),
    ("NORWAY REJECTS DANISH NOTE, WARNS FISHING BOATS" + BODY, ("REJECT", "NOR", "DNK")),
    ("Lima summons Chilean ambassador as fishing row grows" + BODY, ("ACCUSE", "PER", "CHL")),
    ("Norway vetoes Danish statement on fishing quotas" + BODY, ("REJECT", "NOR", "DNK")),
    ("Kenya, Uganda ink border pact at lakeside ceremony" + BODY, ("AGREE", "KEN", "UGA")),
]
ABSENT = [
    # "aid" after one name is a noun (a verb there would be "aids"): cuts of aid are no aid given
    ("Kenya Aid Cuts Hit Uganda Schools Near Border" + BODY, "AID"),
    # furniture in capitals stays furniture
    ("EAST LAKES WIRE SERVICE -- NAIROBI DESK" + BODY, "CONSULT"),
]

full_coded, test_full_pipeline_classes, test_full_pipeline_near_misses = whole_pipeline_tests(FOUND, ABSENT)
