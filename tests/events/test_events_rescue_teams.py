"""Search and rescue or medical teams sent to another state are aid (the brief's lead: "sent search and rescue
teams" went uncoded, as the parser makes "rescue" the conjunct of the teams' compound "search"); a sports team sent
is nothing. Our own sentences, whole pipeline."""
from __future__ import annotations

from events_kit import whole_pipeline_tests

full_coded, test_full_pipeline_classes, test_full_pipeline_near_misses = whole_pipeline_tests(
    [("Kenya sent search and rescue teams to Uganda after the landslide, the Kenyan government said.",
      ("AID", "KEN", "UGA")),
     ("Kenya sent two search and rescue teams to Uganda on Monday.", ("AID", "KEN", "UGA"))],
    [("Kenya sent its football team to Uganda for the qualifier.", "AID")])
