"""A sentence that goes on with a speaker's statement in another paragraph ("Santoso said ...", "He repeated
that ...") shares the day the page reports that speaker speaking (issue #11, wire22/wire23 class: the day told in
another paragraph, dated by the lead's day). Our own sentences; the page is published on Saturday 2019-03-16."""
from __future__ import annotations

import datetime as dt

from detente import pipeline
from detente.events.speaker_days import opens_with_pronoun_speaker, speaker_days, speakers
from detente.records import Document

LEAD = "Kenyan boats seized two Ugandan trawlers on Lake Victoria on Monday, officials in Kampala said.\n\n"
SAID = ("The Kenyan foreign ministry said on Thursday that the boats had been fishing illegally. Spokesman Daniel "
        "Otieno said Kenya was ready to discuss the matter at the lake commission.\n\n")
GOES_ON = "Otieno said Kenya would not pay any compensation to Uganda."


def _dates(text: str, start: str) -> set:
    doc = Document("d0", "t0.txt", None, "text", text, date="2019-03-16")
    coded = pipeline.code_documents([doc])[0]
    return {e.date.value for e in coded.events if e.evidence.sentence.startswith(start)}


def test_speakers_are_the_names_before_or_after_a_verb_of_saying():
    assert speakers("Spokesman Daniel Otieno said Kenya was ready.") == ["Otieno"]
    assert speakers('"We are ready," said Otieno.') == ["Otieno"]
    assert speakers("The minister, Daniel Otieno, told reporters on Friday that ...") == ["Otieno"]
    assert speakers("He said Kenya was ready.") == []


def test_a_sentence_opening_with_a_pronoun_and_a_verb_of_saying_goes_on_with_a_speaker():
    assert opens_with_pronoun_speaker("He repeated that Kenya would not pay.")
    assert opens_with_pronoun_speaker("She also said the boats were Kenyan.")
    assert not opens_with_pronoun_speaker("He seized the boats.")


def test_a_speakers_day_is_the_day_beside_his_verb_of_saying_not_one_he_speaks_of():
    own = {"Otieno told reporters on Thursday that the boats were seized on Monday.": ("2019-03-14", "Thursday", ""),
           "Otieno said Kenya would not pay.": False}
    runs = [[next(iter(own))], ["Otieno said Kenya would not pay."]]
    out = speaker_days(runs, own, {}, dt.date(2019, 3, 16), 10)
    assert out == {"Otieno said Kenya would not pay.": ("2019-03-14", "Thursday")}
    own = {"Otieno said the boats had been seized on Monday by a patrol that had crossed the line.":
           ("2019-03-11", "Monday", ""), "Otieno said Kenya would not pay.": False}
    runs = [[next(iter(own))], ["Otieno said Kenya would not pay."]]
    assert speaker_days(runs, own, {}, dt.date(2019, 3, 16), 10) == {}


def test_a_named_speaker_in_another_paragraph_takes_the_day_he_spoke():
    assert _dates(LEAD + SAID + GOES_ON, "Otieno said") == {"2019-03-14"}


def test_a_pronoun_after_the_speakers_name_takes_his_day():
    text = LEAD + SAID + "Otieno said the seizure was lawful. He repeated that Kenya would not pay compensation to Uganda."
    assert _dates(text, "He repeated") == {"2019-03-14"}


def test_another_speaker_keeps_the_leads_day():
    text = LEAD + SAID + "Mwangi said Kenya would not pay any compensation to Uganda."
    assert _dates(text, "Mwangi said") == {"2019-03-11"}


def test_a_speakers_old_day_is_background_and_not_shared():
    said = "Spokesman Daniel Otieno said on 2 January that Kenya was ready to talk.\n\n"
    assert _dates(LEAD + said + GOES_ON, "Otieno said") == {"2019-03-11"}
