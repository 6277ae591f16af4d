"""A coast guard cutter or launch boarded or towed is a boarded vessel (wire26: "the cutter ... was boarded by two
border guard launches" went uncoded: the object lists named boats and ships, not cutters). Our own sentences, whole
pipeline. (Held people "handed to" officials with no particle were tried here too and left off: recall14 had
left them off for a held-out precision fall, and tests/events/test_events_moved_people.py keeps them so.)"""
from __future__ import annotations

from events_kit import whole_pipeline_tests

ARREST = "Kenyan police arrested three Ugandan immigration officers near Busia on Monday. "

full_coded, test_full_pipeline_classes, test_full_pipeline_near_misses = whole_pipeline_tests(
    [(ARREST + "The Kenyan cutter was boarded by Ugandan police on Sunday.", ("COERCE", "UGA", "KEN")),
     (ARREST + "The Kenyan cutter was towed to the Ugandan port of Jinja by Ugandan police.", ("COERCE", "UGA", "KEN"))],
    [("The Kenyan minister boarded a Ugandan airliner to Kampala.", "COERCE")])
