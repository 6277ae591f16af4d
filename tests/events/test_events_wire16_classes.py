"""Classes the blind pages of eval/wire16 showed (session 18), on our own sentences: warning shots, a demand worded
as what a state expects to be given, regret for one's own side's act, a visit that is the purpose of an arrival
beside a conjoined act, and a passive subject the parser hung on the auxiliary."""
import pytest

from detente.nlp import parse_article
from events_kit import article, code, summary


@pytest.mark.parametrize("text,expected", [
    ("A Chilean gunboat fired warning shots across the bow of a Peruvian survey ship.", ("ASSAULT", "CHL", None)),
    ("Norway expected a full explanation and a formal assurance from Denmark.", ("REQUEST", "NOR", "DNK")),
    ("Kenya expects an apology from Uganda for the raid.", ("REQUEST", "KEN", "UGA")),
    ("Norway regretted the firing on the Danish patrol boat.", ("CONCEDE", "NOR", "DNK")),
    ("Kenya's foreign minister arrived in Kampala on Monday for a two-day visit and yesterday signed a water "
     "agreement with Uganda.", ("CONSULT", "KEN", "UGA")),
    ("Chile's offer of a joint survey was, however, turned down by the Peruvian delegation.", ("REJECT", "PER", "CHL")),
])
def test_wire16_classes_code(text, expected):
    found = summary(code(text))
    assert any((t, s, g)[:len(expected)] == expected if expected[2] else (t, s) == expected[:2]
               for t, s, g in found), found


def test_an_apology_expected_is_not_the_expecting_state_s_apology():
    assert not any(t in ("SUPPORT", "CONCEDE") for t, _, _ in summary(code("Kenya expects an apology from Uganda for the raid.")))


def test_another_side_s_decision_regretted_stays_an_accusation():
    found = summary(code("Chile regretted Peru's decision to close the consulate."))
    assert ("ACCUSE", "CHL", "PER") in found and not any(t == "CONCEDE" for t, _, _ in found)


def test_conjoined_act_still_coded_beside_the_arrival_visit():
    found = summary(code("Kenya's foreign minister arrived in Kampala on Monday for a two-day visit and yesterday "
                         "signed a water agreement with Uganda."))
    assert ("AGREE", "KEN", "UGA") in found


def test_a_visit_that_is_not_an_arrival_s_purpose_stays_background():
    # the visit here only dates the signing: no arrival verb governs it
    found = summary(code("Kenya signed a water agreement with Uganda during a visit by the Ugandan premier."))
    assert ("AGREE", "KEN", "UGA") in found


def test_a_subject_hung_on_the_passive_auxiliary_is_the_passive_subject():
    sentences = parse_article(article("Chile's offer of a joint survey was, however, turned down by Peru."))
    tokens = sentences[0].tokens
    offer = next(t for t in tokens if t.text == "offer")
    assert offer.dep == "nsubjpass" and tokens[offer.head].text == "turned"


def test_a_note_s_participle_of_asking_is_aimed_at_the_note_s_addressee():
    # the parser may hang "asking" on the note (acl) rather than on "sent" (advcl): the addressee is the same
    text = "The Kenyan ministry sent a note to the Ugandan embassy asking that the bridge be reopened at once."
    assert ("REQUEST", "KEN", "UGA") in summary(code(text))


def test_a_denied_report_in_another_state_s_media_is_no_rejection_of_that_state():
    # warning shots are now a trigger, so the denied report's clause holds an act; the 'in' phrase is the medium
    from dataclasses import replace as _replace
    from detente.events import code_events
    from events_kit import mentions_for, parsed
    text = "The Kenyan navy spokesman denied reports in Ugandan media that a patrol boat had fired warning shots."
    art, sentences = parsed(text)
    mentions = tuple(_replace(m, sector="MED") if m.text == "Ugandan" else m for m in mentions_for(sentences))
    found = summary(code_events(art, sentences, mentions))
    assert not any(t == "REJECT" and g == "UGA" for t, _, g in found), found


def test_every_means_to_protect_a_border_if_attacked_is_a_threat():
    found = summary(code("Chile said that it would use every means to defend its border if Peru attacked again."))
    assert any(t == "THREATEN" and g == "PER" for t, _, g in found), found


@pytest.mark.parametrize("text", [
    "Chile has used every means to persuade Peru.",
    "Chile will use all legal means to recover the ship from Peru.",
])
def test_means_that_are_no_force_are_no_threat(text):
    assert not any(t in ("THREATEN", "ASSAULT") for t, _, _ in summary(code(text)))
