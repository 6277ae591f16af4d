"""Names that carry an Arabic article joined by a hyphen ("Osman al-Tayeb Mahjoub", "Nawaf al-Enezi"), then
the bare surname; and a spokesman placed at home by the capital of his news conference (eval/wire38, first run:
a Qatari foreign minister, a Sudanese defence minister and a Saudi spokesman lost their state or got the
other party's)."""
from __future__ import annotations

from helpers import events_of, mentions_of
from detente.actors.coref import PersonRef
from detente.actors.named_people import article_lowered, family_name, other_surnames


def _person(name: str) -> PersonRef:
    return PersonRef(0, 0, name, "SDN", "GOV", "test")


def _alias(body: str, name: str):
    return next((m for m in mentions_of(body) if m.text == name and m.kind == "alias"), None)


def test_a_name_word_with_its_article_is_part_of_the_name():
    body = ("Sudan and South Sudan signed a border deal. Sudan's Defence Minister, Lieutenant-General Farouk "
            "al-Nur Bakheet, spoke to parliament on Monday. Bakheet accused Juba of hiding rebels.")
    found = _alias(body, "Bakheet")
    assert found is not None and found.country == "SDN"
    assert ("ACCUSE", "SDN", "SSD") in events_of(body)


def test_a_surname_with_its_article_is_read_again_later_even_capitalised():
    body = ("Kuwait rejected the note, Assistant Foreign Minister Hamad al-Rasheedi said in a statement. Iraq "
            "closed the port at Umm Qasr. Al-Rasheedi accused Baghdad of breaking the agreement.")
    assert ("ACCUSE", "KWT", "IRQ") in events_of(body)


def test_a_surname_with_a_capitalised_article_is_read_again_later():
    # "Deputy Foreign Minister Khalid Al-Mutairan ... Al-Mutairan told the agency" (wire44 w44_08): the tokenizer
    # reads the later name as "Al", "-", "Mutairan", so the word after the article must be a reference name
    body = ("Kuwait rejected the note, Assistant Foreign Minister Hamad Al-Rasheedi said in a statement. Iraq "
            "closed the port at Umm Qasr. Al-Rasheedi accused Baghdad of breaking the agreement.")
    assert ("ACCUSE", "KWT", "IRQ") in events_of(body)
    assert "Rasheedi" in other_surnames(_person("Hamad Al-Rasheedi"))
    assert other_surnames(_person("Omar El-Sharif Idris")) == ("Sharif",)


def test_a_surname_is_also_written_without_its_article():
    assert family_name(_person("Farouk al-Nur Bakheet")) == "Bakheet"
    assert "Nur" in other_surnames(_person("Farouk al-Nur Bakheet"))
    assert "Rasheedi" in other_surnames(_person("Hamad al-Rasheedi"))
    assert other_surnames(_person("Omar el-Sharif Idris")) == ("Sharif",)


def test_only_a_capitalised_article_is_lowered():
    assert article_lowered("Al-Rasheedi") == "al-Rasheedi"
    assert article_lowered("Hamad El-Sharif") == "Hamad el-Sharif"
    assert article_lowered("Alma-Ata") == "Alma-Ata" and article_lowered("Ala-Too") == "Ala-Too"


def test_a_spokesman_is_of_the_state_whose_capital_hosts_his_news_conference():
    body = ("Qatar rejected the list of demands on Friday. Qatar said the list was unfair, and Doha asked Kuwait "
            "to mediate. Foreign Ministry spokesman Fahd Sultan told a news conference in Riyadh that the list "
            "stood. He accused Doha of funding armed groups.")
    assert ("ACCUSE", "SAU", "QAT") in events_of(body)
