"""Actor phrases eval/wire58 showed (session 35, helper pages58): an organ named as a document's own modifier ("A
foreign ministry statement said") is the document's sender for the later "The statement ..."; and the statement's
"called on X to" that the parser hangs on the noun as a participle is the statement's request. Sentences written
for these tests."""
from __future__ import annotations

from helpers import events_of, mentions_of


def test_a_document_named_with_its_organ_speaks_for_the_organs_state():
    body = ("OSLO, May 4 (Fjord Wire) - A foreign ministry statement said Kenyan boats had fished in Norwegian "
            "waters on Sunday. The statement urged Kenya to recall the boats.")
    documents = [m for m in mentions_of(body) if m.kind == "document"]
    assert documents and all(m.country == "NOR" for m in documents), documents
    assert ("REQUEST", "NOR", "KEN") in events_of(body)


def test_a_past_tense_verb_hung_on_a_document_noun_is_the_nouns_own():
    # the parser reads "The statement called on X to ..." as a noun phrase with a participle (events/tree.py
    # past_tense_participle); the call is the statement's, and so its sender's
    body = ("OSLO, May 4 (Fjord Wire) - A foreign ministry statement said Kenyan boats had fished in Norwegian "
            "waters on Sunday. The statement called on Kenya to recall the boats and said the talks would go on.")
    assert ("REQUEST", "NOR", "KEN") in events_of(body)
