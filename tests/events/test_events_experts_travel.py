"""Experts sent by a body or state travelling to another capital visit it, as officials do (triggers.tsv travel row;
wire28: "A team of Commission experts will travel to Copenhagen next week" went uncoded); a sports team is no
visit. Our own sentences, whole pipeline."""
from __future__ import annotations

from events_kit import whole_pipeline_tests

full_coded, test_full_pipeline_classes, test_full_pipeline_near_misses = whole_pipeline_tests(
    [("A team of European Commission experts will travel to Copenhagen next week to look at the Danish plans.",
      ("CONSULT", "EUR", "DNK")),
     ("Kenyan experts will travel to Kampala on Monday to inspect the damaged border post.", ("CONSULT", "KEN", "UGA"))],
    [("The Kenyan national football team will travel to Kampala next week for the qualifier.", "CONSULT")])
