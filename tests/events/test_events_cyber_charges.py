"""Session 36 (accuse36, issue #11): a state's report that another state's hackers broke into computers is its
charge against that state, whoever was hacked, and "breached the systems / networks" is a cyber intrusion as
"hacked" is. Our own sentences through the whole pipeline, with near misses: a state telling of its own hacking, an
agreement breached, a firm (no state) telling of the intrusion."""
from __future__ import annotations

from events_kit import coded_pages, whole_pipeline_tests

FOUND = [
    ("Norway's intelligence service said Finnish hackers had breached the election board's computer systems.",
     ("ACCUSE", "NOR", "FIN")),
    ("Kenya's spy agency said Ugandan hackers had hacked the e-mail accounts of Tanzanian diplomats.",
     ("ACCUSE", "KEN", "UGA")),
    ("Ghana said Togolese hackers had breached the networks of three West African banks.", ("ACCUSE", "GHA", "TGO")),
]
ABSENT = [
    ("Kenya said it had hacked the e-mail accounts of Ugandan ministers.", "ACCUSE"),  # its own act
    ("Norway breached the fisheries agreement with Finland.", "COERCE"),  # an agreement broken, no intrusion
]
FIRM = "A Finnish security firm said hackers had breached Norwegian bank servers."

full_coded, test_full_pipeline_classes, test_full_pipeline_near_misses = whole_pipeline_tests(FOUND, ABSENT)


def test_a_firm_accuses_nobody():
    """A firm is no state: its report of an intrusion is no state's charge."""
    assert not any(kind == "ACCUSE" for kind, _, _ in coded_pages([FIRM])[FIRM])
