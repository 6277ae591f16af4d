"""Classes of eval/wire57 (session 34, helper pages57), each a general fact of news language: an act of force a
state protests, with no victim named, is aimed at the protesting state ("summoned X's envoy over the shooting of a
herder by X's police"; "shooting" is a nominal attack like "shelling"); a rejection whose object is a bare pronoun
answers the charge told just before ("... a letter accusing Britain of ... . Britain dismissed it"); ending or
revoking recognition of a state cuts relations with it (SANCTION), not recognition (SUPPORT). Our own sentences."""
from __future__ import annotations

from events_kit import coded_pages, whole_pipeline_tests

full_coded, test_full_pipeline_classes, test_full_pipeline_near_misses = whole_pipeline_tests(
    [("Lesotho summoned South Africa's High Commissioner on Monday over the shooting of a herder by South African police.",
      ("ASSAULT", "ZAF", "LSO")),
     ("Ghana protested on Monday over the shelling of a border village by Togolese troops on Sunday.",
      ("ASSAULT", "TGO", "GHA")),
     ("Ghana protested to Togo over the shelling of a Beninese village by Togolese troops.", ("ASSAULT", "TGO", "BEN")),
     ("Chile's foreign minister handed the UN chief a letter accusing Peru of arming the border. "
      "Peru's mission to the UN dismissed it as a distraction.", ("REJECT", "PER", "CHL")),
     ("Nicaragua accused Honduras of massing troops on Friday. Honduras rejected it the same day.",
      ("REJECT", "HND", "NIC")),
     ("The Solomon Islands ended its recognition of Taiwan on Monday.", ("SANCTION", "SLB", "TWN")),
     ("Panama revoked its recognition of Taiwan on Tuesday.", ("SANCTION", "PAN", "TWN"))],
    [("The Solomon Islands ended its recognition of Taiwan on Monday.", "SUPPORT"),
     ("Ghana protested to Togo over the shelling of a Beninese village by Togolese troops.", "CONCEDE")])


def test_a_protested_act_keeps_a_victim_it_names(full_coded):
    found = full_coded["Ghana protested to Togo over the shelling of a Beninese village by Togolese troops."]
    assert ("ASSAULT", "TGO", "GHA") not in found, found


def test_a_condemned_act_gets_no_victim_from_the_condemning_state():
    # states condemn attacks on others too: "condemned Uganda's attack" says nothing of whom it hit
    found = coded_pages(["Kenya condemned Uganda's attack and called it an act of aggression."])
    assert not any(t == "ASSAULT" and g == "KEN" for t, _, g in next(iter(found.values()))), found
