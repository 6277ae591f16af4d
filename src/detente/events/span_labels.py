"""An event's evidence span without the page label that opens its paragraph ("STORY:", "SOUNDBITE:",
"UPDATE 2:", "READ MORE:"; data/span_labels.tsv). The label is the page's layout, not the sentence: an AGREE's
evidence read 'STORY: "We can now declare that Finland is the 31st member ..."' (realnews s15_finland_nato__2).
The span keeps exact offsets into Article.text: only its start moves, never past the trigger."""
from __future__ import annotations

import functools
import re

from detente.events.lexicon import data_rows
from detente.records import Evidence


@functools.lru_cache(maxsize=1)
def label_pattern() -> re.Pattern[str]:
    """One or more labels at the very start, each upper case or capitalised, a number allowed, then a colon."""
    labels = sorted({cols[0].strip() for _, cols in data_rows("span_labels.tsv")}, key=len, reverse=True)
    forms = [re.escape(f) for label in labels for f in (label, label.capitalize())]
    return re.compile(rf"(?:(?:{'|'.join(forms)})(?: \d+)?:\s+)+")


def evidence_span(role: str, segment: int, index: int, text: str, start: int, end: int, trigger: str,
                  trigger_start: int) -> Evidence:
    """The Evidence of a trigger in a sentence (text = Article.text[start:end]), a leading page label cut off."""
    found = label_pattern().match(text)
    cut = found.end() if found and start + found.end() <= trigger_start else 0
    return Evidence(role, segment, index, text[cut:], start + cut, end, trigger, trigger_start,
                    trigger_start + len(trigger))
