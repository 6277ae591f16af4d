"""Events stage: two coordinated parties that agree on a thing a body's name labels ("agree NATO hotline") agree
with each other, not with the body (events/pairing.labelled_object; wire37's "Greece, Turkey agree NATO
'deconfliction' hotline"). Sentences are our own."""
from tests.events.events_kit import whole_pipeline_tests

FOUND = [
    ("Norway and Denmark agree NATO hotline to avoid air incidents over the Baltic.", ("AGREE", "NOR", "DNK")),
    ("Chile, Peru agree UN 'verification' mechanism for border", ("AGREE", "CHL", "PER")),
    ("Kenya and Uganda agreed with NATO on a hotline.", ("AGREE", "KEN", "NATO")),    # the body is the partner
    ("Kenya and Uganda accept NATO's plan for a hotline.", ("AGREE", "KEN", "NATO")),  # a true possessive: the owner
]
ABSENT = [("Norway and Denmark discuss a NATO hotline to avoid air incidents over the Baltic.", "AGREE")]  # no deal

full_coded, test_full_pipeline_classes, test_full_pipeline_near_misses = whole_pipeline_tests(FOUND, ABSENT)


def test_no_row_takes_the_label_as_partner(full_coded):
    for sentence in FOUND[:2]:
        assert not any(t == "AGREE" and tgt in ("NATO", "UNO", "IGO") for t, _s, tgt in full_coded[sentence[0]]), \
            full_coded[sentence[0]]


def test_a_capital_on_the_deal_stays_a_party():
    from tests.events.events_kit import coded_pages
    text = "Uganda and Rwanda sign Nairobi memorandum as Kenya stands guarantor."
    coded = coded_pages([text])[text]
    assert ("AGREE", "UGA", "KEN") in coded or ("AGREE", "RWA", "KEN") in coded, coded
