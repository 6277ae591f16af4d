"""A denied hesitation over protecting or defending one's own sea, waters or airspace is a warning (wire29 class:
"we will not hesitate to protect our sea" went uncoded; recall15's defend row listed land, not sea), aimed at the
story's other state; protecting one's waters with no hesitation denied is no threat. Our own sentences."""
from __future__ import annotations

from events_kit import whole_pipeline_tests

STORY = "Kenya seized two Ugandan boats near Migingo island, and Uganda protested. "

full_coded, test_full_pipeline_classes, test_full_pipeline_near_misses = whole_pipeline_tests(
    [(STORY + "\"We will not hesitate to protect our waters,\" the Kenyan president told reporters in Nairobi.",
      ("THREATEN", "KEN", "UGA")),
     (STORY + "Kenya would not hesitate to defend its sea, the Kenyan president said on Thursday.",
      ("THREATEN", "KEN", "UGA"))],
    [(STORY + "Kenya will protect its waters with new patrol boats, the Kenyan president said.", "THREATEN")])
