"""A court's or state's fine on the other state's skipper, crew or vessel is a coercive act (triggers.tsv 'fine';
court fines on a seized boat's skipper are COERCE, alt SANCTION, in the gold of wire14, wire24, wire29 and wire33,
and were never coded: the verb was in no entry, and in "fined the skipper 30,000 lari" the one fined is the
verb's dative, not its object). Our own sentences."""
from __future__ import annotations

import pytest

from events_kit import coded_pages

DATIVE = ("Malawi protested to Tanzania over the seizure of a ferry. A court in Dodoma on Tuesday fined the Malawian "
          "skipper 2 million shillings for fishing without a licence.")
PLAIN = ("Malawi protested to Tanzania over the seizure of a ferry. A court in Dodoma on Tuesday fined the Malawian "
         "skipper for fishing without a licence.")
OF_VESSEL = ("Chile protested to Peru on Monday. Peruvian authorities fined the captain of a Chilean trawler for "
             "illegal fishing.")
PASSIVE = "Chile protested to Peru on Monday. The Chilean trawler was fined by a court in Ilo on Tuesday."
AMOUNT_NMOD = "Chile protested to Peru on Monday. A Peruvian court fined the Chilean captain 30,000 soles on Tuesday."
COMPANY = "Kenya fined a local bus company for overloading on Monday, the ministry said."


@pytest.fixture(scope="module")
def found() -> dict[str, set]:
    return coded_pages([DATIVE, PLAIN, OF_VESSEL, PASSIVE, AMOUNT_NMOD, COMPANY])


@pytest.mark.parametrize("text,pair", [(DATIVE, ("TZA", "MWI")), (PLAIN, ("TZA", "MWI")), (OF_VESSEL, ("PER", "CHL")),
                                       (PASSIVE, ("PER", "CHL")), (AMOUNT_NMOD, ("PER", "CHL"))])
def test_a_fine_on_the_other_state_s_skipper_or_vessel_is_coerce(found, text, pair):
    assert ("COERCE", *pair) in found[text], found[text]


def test_a_fined_company_is_no_event(found):
    assert not found[COMPANY], found[COMPANY]
