"""A former office holder sent by an international body acts for the body, not for his state.

"ECOWAS has sent an envoy. Former Ghanaian foreign minister X held talks with the Gambian president": a man
named only by a past office and his nationality holds no office of his state; the envoy the body just said it
sent is him (wire15 w15_02: the talks were coded GHA→GMB, the gold has IGO→GMB). The body is the one named
with an envoy word in the same or the previous sentence; with none, or with two bodies, nothing changes
(a retired minister quoted on his own keeps the reading he had). A body's role set after the name ("X, the
ECOWAS envoy") is resolve._serves_body's; "the regional body's special representative, the former Nigerien
minister X" (wire30 w30_03) is read here: the envoy word in his sentence, the body named in the one before.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from detente.actors.draft import Draft
from detente.actors.gazetteer import Hit, marked_former
from detente.actors.mentions import PersonRef, is_state_code

if TYPE_CHECKING:
    from detente.actors.coref import DocContext  # coref imports this module
from detente.records import Sentence

# the roles.tsv entities of a person sent on a body's errand
ENVOY_ROLES = frozenset({"envoy", "envoys", "special envoy", "special representative", "mediator", "emissary"})


def former_envoys(drafts: list[Draft], sentence: Sentence, ctx: "DocContext") -> None:
    """Give a former office holder named with one nationality the body that sent an envoy just before."""
    body = _sending_body(ctx.hits, sentence.index)
    if body is None:
        return
    for draft in drafts:
        if _former_national(draft, sentence):
            draft.countries[:] = [body]
            draft.notes.append(f"former office holder, the envoy of {body} named just before")


def _former_national(draft: Draft, sentence: Sentence) -> bool:
    """A person's phrase ("Former Ghanaian foreign minister X") whose one state comes from a nationality in
    it, after "former"/"ex-": his state is the past office's, not an office he holds now."""
    if len(draft.countries) != 1 or not is_state_code(draft.countries[0]) or not _one_person(draft):
        return False
    nationals = [i for i in draft.items if i.term is not None and i.term.kind == "demonym"]
    start = sentence.tokens[draft.first].start - sentence.start
    return bool(nationals) and marked_former(sentence.text, start)


def _one_person(draft: Draft) -> bool:
    """A named person, or a person's title ("Former Ghanaian foreign minister" when the name was not read)."""
    term = draft.root_item.term
    return draft.kind == "person" or draft.kind == "role" and term is not None and term.use == "title"


def sent_people(people: list[PersonRef], sentences: tuple[Sentence, ...], hits: dict[int, list[Hit]]) -> list[PersonRef]:
    """The same for a titled name read before the sentences are resolved ("the former Nigerien minister
    Issoufou Maïga"), so that his later "Maïga's chairmanship" is the body's too, and "the two ministers"
    after him and two ministers of states counts the states' two (coref.recent_parties: wire30 w30_03's
    signing went to Niger)."""
    texts = {s.index: s for s in sentences}
    out = []
    for person in people:
        sentence = texts.get(person.sentence)
        body = _sending_body(hits, person.sentence) if sentence and person.country and is_state_code(
            person.country) else None
        at = person.start - sentence.start if sentence else 0
        if body and marked_former(sentence.text, at) and any(
                h.term.kind == "demonym" and at - 60 <= h.start < at for h in hits.get(person.sentence) or []):
            person = replace(person, country=body, how=f"{person.how}, former office holder, envoy of {body}")
        out.append(person)
    return out


def _sending_body(hits: dict[int, list[Hit]], index: int) -> str | None:
    """The one international body named in this or the previous sentence, when one of them has an envoy word."""
    near = [*(hits.get(index - 1) or []), *(hits.get(index) or [])]
    if not any(_envoy(h) for h in near):
        return None
    bodies = {h.term.entity: h.term.code for h in near if h.term.kind == "body" and h.term.code
              and not is_state_code(h.term.code)}  # by name: the AU and ECOWAS are both "IGO"
    return next(iter(bodies.values())) if len(bodies) == 1 else None


def _envoy(hit: Hit) -> bool:
    return hit.term.kind == "role" and hit.term.entity.lower() in ENVOY_ROLES
