"""Verbless and elided headline forms (issue #11, session 36 headlines36), through the whole pipeline: a visitor
"in <capital> for talks" (the capital's state hosts, events/verbless_visits.py), two parties "in talks on" a
gerund or read as an adverbial noun (events/verbless_talks.py), an envoy "expelled from <capital>" with no
auxiliary (the envoy suffered it: cues.tsv detainee), and "<Name> to visit <capital>" where the parser read the
name as a verb (events/headline_infinitives.py). Each page is a headline over a paragraph that tells no act, so
the event can only come from the headline. Headlines and pages are our own."""
from events_kit import coded_pages, whole_pipeline_tests

BODY = ("\n\nThe row began near the frontier early in the week, residents said. Markets were calm in the "
        "afternoon and traders expected little change before the weekend.")

FOUND = [
    ("Kenyan president in Kampala for trade talks" + BODY, ("CONSULT", "KEN", "UGA")),
    ("Ghanaian foreign minister in Lomé for talks on fishing rights" + BODY, ("CONSULT", "GHA", "TGO")),
    ("Oslo, Copenhagen in talks on sharing fishing quotas" + BODY, ("CONSULT", "NOR", "DNK")),
    ("Norwegian ambassador expelled from Moscow" + BODY, ("SANCTION", "RUS", "NOR")),
    ("Lula to visit Oslo next month" + BODY, ("CONSULT", "BRA", "NOR")),
]
ABSENT = [
    ("Kenyan president in Kampala for the football final" + BODY, "CONSULT"),
]
full_coded, test_full_pipeline_classes, test_full_pipeline_near_misses = whole_pipeline_tests(FOUND, ABSENT)


def test_an_envoy_expelled_is_not_the_expeller():
    found = next(iter(coded_pages(["Norwegian ambassador expelled from Moscow" + BODY]).values()))
    assert ("SANCTION", "NOR", "RUS") not in found, found


def test_a_recalled_envoy_keeps_its_own_state():
    # a recall is done by the envoy's own state: the detainee reading is for acts suffered only
    found = next(iter(coded_pages(["Norwegian ambassador recalled from Moscow" + BODY]).values()))
    assert ("SANCTION", "RUS", "NOR") not in found, found


def test_an_envoy_expelled_in_a_one_line_text():
    # the same headline as a one-line text (a body sentence): before, the envoy's own state was the expeller
    from events_kit import code, summary
    found = summary(code("Ugandan ambassador expelled from Nairobi"))
    assert ("SANCTION", "KEN", "UGA") in found and ("SANCTION", "UGA", "KEN") not in found, found
