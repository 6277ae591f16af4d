"""A mediator is no party to the story (events/mediators.py): it neither takes nor blocks the document
counterpart; and a main clause across a semicolon does not block it either (events/semicolon.py). Our own pages,
built by tests/actors/helpers.py; the class is eval/wire31's Doha pages (Qatar named as often as the sides)."""
from __future__ import annotations

from collections import Counter

from detente.events.lexicon import cue_words
from detente.events.mediators import mediators_of, party_counts
from tests.actors.helpers import events_of

TITLE = "Oman hosts second round of Kenya-Somalia border talks"
LEAD = ("MUSCAT: Kenya and Somalia resumed talks on their maritime boundary in Muscat on Tuesday under Omani "
        "mediation. Oman's foreign minister opened the session and said Oman would keep its channels open to both "
        "delegations. Somali forces seized a Kenyan fishing vessel last month. The Omani mediators met each "
        "delegation separately on Monday. ")


def test_mediator_named_most_takes_no_act_aimed_at_the_other_side():
    """Oman is named more than either side: the agentless request and refusal went to Oman before."""
    found = events_of(LEAD + "Kenya has asked for the vessel back. Somalia has refused to hand back the vessel.",
                      TITLE)
    assert ("REQUEST", "KEN", "SOM") in found and ("REJECT", "SOM", "KEN") in found
    assert not {e for e in found if e[0] in ("REQUEST", "REJECT") and e[2] == "OMN"}


def test_mediator_named_beside_the_act_does_not_block_it():
    found = events_of(LEAD + "Kenya renewed its request for the vessel on Wednesday, in a note passed through the "
                             "Omani embassy.", TITLE)
    assert ("REQUEST", "KEN", "SOM") in found


def test_other_main_clause_across_a_semicolon_does_not_block_the_act():
    """"A Somali official said ...; Kenya has asked for it back": the Somali official says something else, and the
    request is aimed at the story's other side (a page with no mediator: the semicolon rule alone)."""
    text = ("Somali forces seized a Kenyan fishing vessel off Kiunga last month. Kenya protested to Somalia. Somalia "
            "said the boat was fishing illegally. A Somali official said its fate would be settled by the commission; "
            "Kenya has asked for it back.")
    assert ("REQUEST", "KEN", "SOM") in events_of(text, "Fishing boat dispute")


def test_reaction_across_a_semicolon_keeps_the_clause_it_answers():
    """"Somali gunboats fired on the vessel; Kenya protested": the protest answers the firing (wire9's class)."""
    text = ("Somali forces seized a Kenyan fishing vessel off Kiunga last month. Kenya protested to Somalia. Ethiopia "
            "offered to help. Ethiopian officials said the matter should be settled by a court; Kenya protested "
            "again.")
    assert ("PROTEST", "KEN", "ETH") not in events_of(text, "Fishing boat dispute")


def test_host_of_a_visit_is_a_party_not_a_mediator():
    """"hosted" alone names no third party: the host of a visit is one of the two sides."""
    text = ("BEIJING: China hosted Pakistan's prime minister on Tuesday. China and Pakistan signed a trade accord. "
            "Pakistan has asked for more credit. China's president praised the visit.")
    assert ("REQUEST", "PAK", "CHN") in events_of(text, "China hosts Pakistani leader")


def test_party_counts_zero_mediators_and_mediators_of_reads_them_back():
    counts = party_counts(Counter({"QAT": 9, "ERI": 8, "DJI": 7}), frozenset({"QAT"}))
    assert counts == Counter({"QAT": 0, "ERI": 8, "DJI": 7}) and mediators_of(counts) == {"QAT"}


def test_thirdparty_cue_words_are_broker_words_only_a_third_party_is_named_by():
    third = cue_words("thirdparty")
    assert {"mediation", "mediator", "mediate", "broker", "auspex"} <= set(third)
    assert not {"host", "help", "sponsor", "witness"} & set(third)


def test_third_state_on_a_mediated_page_has_no_counterpart():
    """"Ethiopia pulled its troops out of the region": neither side nor mediator; before, Oman (named most) was
    its target, and with Oman counted zero Kenya would have been (realnews: a US withdrawal from the Middle East
    aimed at Iran on a China-brokered page)."""
    found = events_of(LEAD + "Ethiopia pulled its troops out of the region on Friday.", TITLE)
    assert {e for e in found if e[1] == "ETH"} == {("RETREAT", "ETH", None)}
