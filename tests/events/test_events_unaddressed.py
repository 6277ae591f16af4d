"""A time or a telephone is never whom a trigger addresses (events/unaddressed.py; cues.tsv daypart, callline;
triggers.tsv `call` NOUN REQUEST): "called X's president on Friday morning" is no "called on" (the rule entities
tag "Friday", not "morning"; wire27 w27_05, wire47 w47_01 class), and "tracked calls on the President's phone for
fifteen days" is no call on its owner (wire49 w49_01, a false REQUEST). Our own sentences, through the whole pipeline."""
from __future__ import annotations

from detente.events.lexicon import cue_words
from events_kit import whole_pipeline_tests

STORY = "Kenya and Uganda have quarrelled over the fishing grounds of Lake Victoria since May. "
FOUND = [
    # the real "call on" and "calls on" stay requests, with or without a day
    (STORY + "Kenya called on Uganda on Friday to release the boats.", ("REQUEST", "KEN", "UGA")),
    (STORY + "Kenya renewed its calls on Uganda to release the boats.", ("REQUEST", "KEN", "UGA")),
    (STORY + "Kenya renewed its calls for talks with Uganda.", ("REQUEST", "KEN", "UGA")),
    (STORY + "Kenya's president called Uganda's president on Tuesday evening to discuss the boats.",
     ("CONSULT", "KEN", "UGA")),
]
ABSENT = [
    (STORY + "Kenya's president called Uganda's president on Friday morning.", "REQUEST"),
    (STORY + "Kenya's president called Uganda's president on Tuesday evening to discuss the boats.", "REQUEST"),
    (STORY + "Kenya's president called Uganda's president on the morning of 5 May.", "REQUEST"),
    (STORY + "Kenya's president called Uganda's president on Sunday night.", "REQUEST"),
    (STORY + "Kenyan police tracked calls on the Ugandan minister's phone for a month.", "REQUEST"),
    (STORY + "Kenyan intelligence intercepted calls on the Ugandan president's mobile.", "REQUEST"),
    (STORY + "Kenya's president called Uganda's president on his phone.", "REQUEST"),
]
full_coded, test_full_pipeline_classes, test_full_pipeline_near_misses = whole_pipeline_tests(FOUND, ABSENT)


def test_every_day_part_and_telephone_cue_is_loaded():
    assert set(cue_words("daypart")) == {"morning", "afternoon", "evening", "night"}
    assert {"phone", "telephone", "mobile", "hotline"} <= set(cue_words("callline"))
