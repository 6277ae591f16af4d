"""A state named after "in solidarity with", "in concert with", "together with" stands beside the doer and is not
the party acted on (construction_roles.companion, cues.tsv companion; eval/wire52 w52_03, where the parser hangs the
'with' of "in solidarity with Quito" on "relations" and Ecuador was coded as a second party broken with). Our own
sentences, through the whole pipeline."""
from __future__ import annotations

import pytest

from detente import pipeline
from detente.events.lexicon import cue_words
from detente.records import Document

TAIL = (" The decision was announced by the foreign ministry in a short statement read to reporters in the capital, "
        "and officials said more measures were being studied.")


def pairs(text: str) -> set[tuple]:
    events = pipeline.code_documents([Document("d0", "t0.txt", None, "text", text + TAIL)])[0].events
    return {(e.event_type, e.source.country, e.target.country if e.target else None) for e in events}


@pytest.mark.parametrize("sentence, kept, companion", [
    ("Bolivia, which broke off relations with Peru on Monday in solidarity with Quito, said it would restore them.",
     ("SANCTION", "BOL", "PER"), ("SANCTION", "BOL", "ECU")),
    ("Canada expelled two Russian diplomats on Monday together with Britain.",
     ("SANCTION", "CAN", "RUS"), ("SANCTION", "CAN", "GBR")),
    ("Peru recalled its ambassador from Venezuela on Monday in concert with Chile.",
     ("SANCTION", "PER", "VEN"), ("SANCTION", "PER", "CHL")),
])
def test_a_companion_is_not_acted_on(sentence, kept, companion):
    found = pairs(sentence)
    assert kept in found and companion not in found


def test_a_partner_named_with_with_is_still_the_target():
    assert ("SANCTION", "BOL", "PER") in pairs("Bolivia broke off relations with Peru on Monday.")


def test_every_companion_word_is_a_cue():
    assert {"solidarity", "concert", "coordination", "tandem", "together", "along"} <= set(cue_words("companion"))
