""""The two delegations" on a page where a mediator is named as often as one side (coref.leading_pair's tie-break,
coref._named_together). Session 19 whoacts5, from wire19's Austrian-brokered exchange between Greece and Bulgaria,
where "the two delegations ... agreed" became Austria and Greece; every sentence here is our own."""
from __future__ import annotations

from helpers import events_of

PAGE = ("Four Peruvian fishermen and two Ecuadorian sailors were exchanged on Friday, ending a quarrel between Lima "
        "and Quito. The Brazilian ambassador, who had carried messages from Brasilia for a week, watched the "
        "exchange, and the Ecuadorian navy thanked him. Brazil's foreign minister had telephoned his Peruvian "
        "colleague on Monday. The two delegations agreed to set up a joint commission on fishing.")


def test_the_two_delegations_are_the_pair_the_page_names_together_not_the_mediator():
    events = events_of(PAGE)
    assert ("AGREE", "PER", "ECU") in events or ("AGREE", "ECU", "PER") in events
    assert not any(kind == "AGREE" and "BRA" in (source, target) for kind, source, target in events)


def test_a_clear_leading_pair_is_unchanged():
    events = events_of("Peru and Ecuador traded accusations on Friday. Peru said Ecuadorian boats had entered its "
                       "waters, and Peruvian officials summoned Ecuador's envoy. The two countries later agreed to "
                       "set up a joint commission.")
    assert ("AGREE", "PER", "ECU") in events or ("AGREE", "ECU", "PER") in events


def test_a_summary_lines_pair_of_sources_is_not_the_pair_of_parties():
    events = events_of("Summary of reports from Radio Quito and the Brazilian press, 3-5 May.\n\nThe foreign "
                       "ministers of Peru and Ecuador met in Brasilia on Friday under Brazilian mediation, a Peruvian "
                       "official said. Peru's and Ecuador's navies will stand down. The two delegations agreed to set up a joint "
                       "commission on fishing.")
    assert ("AGREE", "PER", "ECU") in events or ("AGREE", "ECU", "PER") in events
