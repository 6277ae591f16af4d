"""A person whose state the resolver read from the sentence (an appositive role, a local office) keeps it
when named again by surname ("the Governor of Jendouba, Mr. X Y, received… Mr. Y thanked…").

The document context (coref.py) knows the people it can resolve from raw text (titled names, known
office holders); a holder named in apposition to an office whose state only the parse gives ("the regional
governor of Pleven, Mr. X") is resolved later, in resolve.py, and a later bare "Mr. Y" was left without a
state (eval/wire8). Only a person mention with no state of its own is filled, and only from one earlier
person of that surname: two namesakes of different states leave it as it was.
"""
from __future__ import annotations

from dataclasses import replace

from detente.records import Mention


def with_earlier_people(mentions: list[Mention]) -> list[Mention]:
    """`mentions` (in text order) with bare surnames of earlier resolved persons given their state."""
    known: dict[str, set[tuple[str, str | None, str]]] = {}
    out = []
    for mention in mentions:
        words = mention.text.split()
        if mention.kind == "person" and mention.country is None and len(words) == 1:
            found = known.get(words[0], set())
            if len({(code, sector) for code, sector, _ in found}) == 1:
                code, sector, name = next(iter(found))
                mention = replace(mention, country=code, sector=mention.sector or sector, entity=name,
                                  resolution=mention.resolution + f" + same person as earlier '{name}' ({code})")
        elif mention.kind == "person" and mention.country and len(words) > 1 and words[-1][:1].isupper():
            known.setdefault(words[-1], set()).add((mention.country, mention.sector, mention.text))
        out.append(mention)
    return out
