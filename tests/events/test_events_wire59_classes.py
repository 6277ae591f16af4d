"""Classes of eval/wire59 (session 35, helper pages59), each a general fact of news language: where two sides keep no
embassies (Taipei's offices abroad, Japan's Interchange Association) or at a body, the head of mission is a
"representative", and recalling him is recalling an envoy ("recalled its representative in Tokyo to protest against
...", coded PROTEST); summoning a representative, or the head of another state's representative office, is a summons.
Our own sentences."""
from __future__ import annotations

from events_kit import coded_pages, whole_pipeline_tests

full_coded, test_full_pipeline_classes, test_full_pipeline_near_misses = whole_pipeline_tests(
    [("Taiwan recalled its representative in Manila on Friday to protest against the detention of its fishermen.",
      ("SANCTION", "TWN", "PHL")),
     ("The Philippines recalled its representative from Taipei after the dispute over the boat.",
      ("SANCTION", "PHL", "TWN")),
     ("Lithuania summoned China's representative in Vilnius on Monday.", ("ACCUSE", "LTU", "CHN"))],
    [("Taiwan recalled its representative in Manila on Friday to protest against the detention of its fishermen.",
      "CONSULT")])


def test_summoning_the_head_of_a_representative_office_is_a_summons():
    found = next(iter(coded_pages(["Taipei summoned the head of the Japanese representative office on Tuesday."]).values()))
    assert any(t == "ACCUSE" and s == "TWN" for t, s, _ in found), found
