"""Session 35 sentence-level classes (sentrecall21), found on eval/sent-dev22 (written blind): another state's
military "ordered to leave" (SANCTION, as troops), air-defence systems and batteries sent (AID, as weapons), a state
quitting or leaving a body named by its acronym (REJECT; THREATEN on a condition), a hacker or gunman handed over
(COOPERATE, as a suspect), an air defence zone entered (MOBILIZE), an ultimatum of "a week" (THREATEN, as "one
week"), an extradition blocked (REJECT), assets to be unfrozen (CONCEDE pending, as a lifting), and an envoy
summoned with no summoner named but his post ("X's ambassador to Y": Y summoned him), "says yes to" (AGREE, as
"said no to" is REJECT) and a mandate, mission or presence ended (RETREAT). Our own sentences, read
through the whole pipeline (the real actors stage), each class with a near miss."""
from __future__ import annotations

from events_kit import whole_pipeline_tests

FOUND = [
    ("Ghana ordered the Togolese military to leave its border posts.", ("SANCTION", "GHA", "TGO")),
    ("Norway will send two air defence systems to Finland.", ("AID", "NOR", "FIN")),
    ("Chile quit the OAS on Monday.", ("REJECT", "CHL", "IGO")),
    ("Bolivia said it would leave the OAS if the bloc kept meddling in its affairs.", ("THREATEN", "BOL", "IGO")),
    ("Kenya handed over a Ugandan hacker to Kampala.", ("COOPERATE", "KEN", "UGA")),
    ("Chinese bombers entered Japan's air defence identification zone on Monday.", ("MOBILIZE", "CHN", "JPN")),
    ("Kenya gave Uganda a week to pull its troops back from the island.", ("THREATEN", "KEN", "UGA")),
    ("A Norwegian court blocked the extradition of a Chilean businessman to Santiago.", ("REJECT", "NOR", "CHL")),
    ("Norway will unfreeze Chilean state assets held in Oslo.", ("CONCEDE", "NOR", "CHL")),
    ("Chile's ambassador to Peru was summoned over a border incident.", ("ACCUSE", "PER", "CHL")),
    ("Kenya says yes to Ugandan power line funding", ("AGREE", "KEN", "UGA")),
    ("France ended its military presence in Chad on Friday.", ("RETREAT", "FRA", "TCD")),
]
ABSENT = [
    ("The ambassador will leave NATO headquarters on Friday.", "REJECT"),  # a building of the body, not the body
    ("The ministry gave the firms a month to register.", "THREATEN"),  # no party named, no act of the lexicon due
    ("The court gave Kenya a chance to withdraw its claim.", "THREATEN"),  # a chance is no span of time
    ("Kenya says yes to Ugandan power line funding", "AID"),  # the acceptance, not the funding as given
    ("The talks ended with no deal.", "RETREAT"),  # talks ending are no pull-out
    ("Ghana decided to end the Togolese ambassador's mission in Accra.", "RETREAT"),  # an envoy expelled
    ("Kenyan officials say hundreds of Ugandan trawlers enter the zone every year.", "MOBILIZE"),  # fishing grounds
    ("Kenya sent an artillery battery to the border town of Busia.", "AID"),  # a unit deployed, no arms given
]

full_coded, test_full_pipeline_classes, test_full_pipeline_near_misses = whole_pipeline_tests(FOUND, ABSENT)
