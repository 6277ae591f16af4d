"""An undated event sentence shares the day a neighbouring sentence of its own paragraph states, never one
of another paragraph (issue #11, wire8 class: "On Thursday the tone hardened. The minister warned that …"
dated by the page). Our own sentences; the page is published on Thursday 2019-03-14."""
from __future__ import annotations

from detente import pipeline
from detente.records import Document

LEAD = "Kenyan boats seized two Ugandan trawlers on Lake Victoria on Monday.\n\n"
THREAT = ("The Kenyan foreign minister warned that unless the trawlers were returned, Kenya would not take part "
          "in the lake commission.")
SCENE = "On Wednesday the tone hardened."


def _dates(text: str, start: str) -> set:
    doc = Document("d0", "t0.txt", None, "text", text, date="2019-03-14")
    coded = pipeline.code_documents([doc])[0]
    return {e.date.value for e in coded.events if e.evidence.sentence.startswith(start)}


def test_an_undated_sentence_takes_the_day_stated_before_it_in_its_paragraph():
    assert _dates(LEAD + SCENE + " " + THREAT, "The Kenyan foreign") == {"2019-03-13"}


def test_an_undated_sentence_opening_a_paragraph_takes_the_next_sentences_day():
    text = LEAD + ("What Kenya did right was to refuse the Ugandan demand. The Kenyan foreign ministry confirmed "
                   "on Tuesday that it would not pay the fine.")
    assert _dates(text, "What Kenya") == {"2019-03-12"}


def test_a_day_of_another_paragraph_is_not_shared():
    assert "2019-03-13" not in _dates(LEAD + SCENE + "\n\n" + THREAT, "The Kenyan foreign")


def test_a_planned_day_beside_it_is_not_shared():
    text = LEAD + "The ministers will meet on Friday. " + THREAT
    assert "2019-03-15" not in _dates(text, "The Kenyan foreign")


def test_a_day_counted_from_the_day_before_is_shared_like_a_stated_one():
    # eval/wire9 class: "… on Wednesday the ministry said … / The president raised the temperature the same
    # day. If …, he said, …": the threat of that day, not of the page's
    text = LEAD + SCENE + "\n\n" + "Uganda's president spoke the same day. " + THREAT
    assert _dates(text, "The Kenyan foreign") == {"2019-03-13"}


def test_an_undated_act_takes_the_day_of_a_later_sentence_that_names_it_again():
    # eval/wire8 class: a lead in the present perfect, the act's day told further down
    text = ("Kenya has lodged a formal protest with Uganda over the seizure of two trawlers.\n\n"
            "The protest was handed to the Ugandan envoy in Nairobi on Tuesday, the ministry said.")
    assert _dates(text, "Kenya has lodged") == {"2019-03-12"}


def test_a_later_sentence_naming_another_act_does_not_date_it():
    text = ("Kenya has lodged a formal protest with Uganda over the seizure of two trawlers.\n\n"
            "The trawlers were seized on Tuesday, the ministry said.")
    assert _dates(text, "Kenya has lodged") == {"2019-03-14"}


def test_a_sentence_whose_only_date_names_a_noun_shares_the_day_before_it():
    # eval/wire21 class: "... went further on Friday morning. He said Iraq would suspend the 2012 agreement ...":
    # "the 2012 agreement" dates the accord, not the threat, which took the lead's day
    text = LEAD + ("The Kenyan foreign minister went further on Wednesday. He said Kenya would suspend the 2016 "
                   "fisheries agreement with Uganda unless the trawlers were returned.")
    assert _dates(text, "He said Kenya") == {"2019-03-13"}
