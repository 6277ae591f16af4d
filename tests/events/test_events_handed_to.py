"""Held people "handed to" their own side's officials with no particle ("were handed to Ugandan officials at the
bridge"): the hand-back, given to the state that held them (wire28, wire20, wire24 class: the over/back rows missed
it); and a coast guard cutter boarded or towed is a boarded vessel (wire26: "the cutter ... was boarded by two
border guard launches"). Suspects or letters handed to someone are neither. Our own sentences, whole pipeline."""
from __future__ import annotations

from events_kit import whole_pipeline_tests

ARREST = "Kenyan police arrested three Ugandan immigration officers near Busia on Monday. "

full_coded, test_full_pipeline_classes, test_full_pipeline_near_misses = whole_pipeline_tests(
    [(ARREST + "The three Ugandan immigration officers were handed to Ugandan officials at the bridge on Friday.",
      ("RETREAT", "KEN", "UGA")),
     ("Kenyan police detained 57 Ugandan fishermen near Migingo island last month. The 57 fishermen were handed to "
      "the Ugandan consul in Mombasa on Monday.", ("RETREAT", "KEN", "UGA")),
     (ARREST + "The Kenyan cutter was boarded by Ugandan police on Sunday.", ("COERCE", "UGA", "KEN")),
     (ARREST + "The Kenyan cutter was towed to the Ugandan port of Jinja by Ugandan police.", ("COERCE", "UGA", "KEN"))],
    [("Kenya handed two suspects to Ugandan police on Friday.", "RETREAT"),
     ("The Kenyan minister handed a letter to the Ugandan envoy.", "RETREAT")])
