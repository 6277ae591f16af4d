"""A summoned High Commissioner (triggers.tsv summon / call in rows) and his post phrase (events/bystanders.py):
"summoned Zimbabwe's High Commissioner to Zambia" is parsed with "to Zambia" on the verb; it is where the envoy
is posted, not a second target (wire20: the Lusaka ministry's summons turned to Zimbabwe's). Our own sentences,
coded through the whole pipeline."""
from __future__ import annotations

import pytest

from detente import pipeline
from detente.records import Document

STORY = ("Kenya said Ugandan police had detained six Kenyan fishermen on the lake on Saturday. Kenya and Uganda "
         "have argued over the island since 2008. ")


def last_sentence(text: str) -> set[tuple]:
    """(type, source, target) of the events of the page's third sentence (the one after STORY)."""
    coded = pipeline.code_documents([Document("d0", "t0.txt", None, "text", text)])[0]
    return {(e.event_type, e.source.country, e.target.country if e.target else None) for e in coded.events
            if e.evidence.sentence_index == 2}


@pytest.mark.parametrize("sentence", [
    "NAIROBI - The Ministry of Foreign Affairs on Monday summoned Uganda's High Commissioner to Kenya and "
    "demanded the release of the six fishermen.",
    "Foreign Secretary Jane Wambui called in Uganda's High Commissioner, Paul Okello, on Monday.",
    "Kenya's foreign ministry summoned the Ugandan High Commissioner in Nairobi on Monday.",
])
def test_the_summoned_high_commissioner_is_the_target(sentence):
    assert ("ACCUSE", "KEN", "UGA") in last_sentence(STORY + sentence)


def test_a_body_s_commissioner_is_no_envoy():
    coded = last_sentence(STORY + "Kenya's foreign ministry summoned the police commissioner to Nairobi on Monday.")
    assert not {e for e in coded if e[0] == "ACCUSE"}


def test_an_envoy_sent_to_a_state_keeps_it_as_target():
    coded = last_sentence(STORY + "Kenya sent its High Commissioner to Uganda for talks on Monday.")
    assert not any(e[1] == "UGA" for e in coded)


# A summons told as a noun names no summoner: the page's other state summoned the envoy (triggers.tsv summoning
# rows, events/voice.py unowned_summons, events/summoned_envoys.py; wire34, wire35). Our own sentences.
WARSAW = ("Poland accused Belarus of pushing migrants over the border on Monday. Polish officials said Belarusian "
          "guards had fired shots into the air. ")


def third_sentence(text: str) -> set[tuple]:
    coded = pipeline.code_documents([Document("d0", "t0.txt", None, "text", text)])[0]
    return {(e.event_type, e.source.country, e.target.country if e.target else None) for e in coded.events
            if e.evidence.sentence_index == 2}


@pytest.mark.parametrize("sentence", [
    "The summoning of Belarus's charge d'affaires, the dispatch of extra troops and a briefing for allies "
    "followed within hours.",
    "The summoning of the Belarusian ambassador came on Tuesday morning.",
])
def test_a_summons_told_as_a_noun_is_the_other_state_s(sentence):
    assert ("ACCUSE", "POL", "BLR") in third_sentence(WARSAW + sentence)


@pytest.mark.parametrize("sentence", [
    "The summoning of spirits is an old custom in the border villages.",        # no envoy
    "The summoning of the Belarusian ambassador by Lithuania came on Tuesday.",  # a summoner named: not Poland's
])
def test_other_summoning_nouns_are_not_poland_s(sentence):
    assert not any(e[0] == "ACCUSE" and e[1] == "POL" for e in third_sentence(WARSAW + sentence))


# An absolute "with X present" / "with X watching" clause (cues.tsv `bystander`, events/bystanders.py onlooking):
# X attends the act and is no partner or target of it (wire36 w36_04: an exchange of bodies "with the personal
# representative of the OSCE chairman ... present" was coded as two handovers to the OSCE). Our own sentences.
BORDER = ("Ghana and Togo have argued over the fishing grounds since 2019. Ghana said Togolese police had detained "
          "nine Ghanaian fishermen on Friday. ")


@pytest.mark.parametrize("sentence", [
    "Ghana and Togo exchanged the bodies of two fishermen on Monday at the border post, with the personal "
    "representative of the ECOWAS chairman present.",
    "Togo freed the nine fishermen at the border post on Monday, with the European Union's ambassador watching.",
])
def test_who_is_present_at_an_act_is_not_its_target(sentence):
    coded = last_sentence(BORDER + sentence)
    assert coded and not any(e[2] in ("IGO", "EUR") for e in coded)


def test_a_freed_people_s_state_is_the_target_when_an_onlooker_is_named():
    coded = last_sentence(BORDER + "Togo freed the nine fishermen at the border post on Monday, with the "
                          "European Union's ambassador watching.")
    assert ("RETREAT", "TGO", "GHA") in coded


def test_a_partner_named_by_with_stays_the_target():
    coded = last_sentence(BORDER + "Ghana signed a fisheries accord with Togo on Monday.")
    assert ("AGREE", "GHA", "TGO") in coded
