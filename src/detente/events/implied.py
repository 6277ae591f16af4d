"""Parties a clause implies when its own slots name none, read from a neighbouring verb or phrase: the
other state of a border pair, the object of a verb the parser split off, the partner a denial answers, the
state that answered a request, and no party at all where an international body only meets somewhere.
Split out of coder.py (session 16) so the coder keeps the order of steps and this module the readings."""
from __future__ import annotations

from detente.actors.coref import is_state_code
from detente.events.nesting import Candidate, conjunct_host, owned_request
from detente.events.role_actors import actors_at
from detente.events.roles import source_tokens
from detente.events.status import governors
from detente.events.triggers import children, match_token
from detente.records import Actor, Mention, Sentence

ANSWERS = frozenset({"REJECT", "AID", "CONCEDE", "AGREE", "RETREAT"})
GATHERINGS = frozenset({"summit", "meeting", "conference", "session", "talk", "talks"})
GATHERING_VERBS = frozenset({"meet", "convene"})
CAPITAL_RESOLUTION = "→ capital '"  # the resolution text of a target named by its capital (actors stage)
NAMING_DEPS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod"})

Parties = tuple[list[Actor], list[Actor], str]


def implied_targets(sentence: Sentence, candidate: Candidate, mentions: list[Mention], source_idx: list[int],
                    arg_rule: str, found: Parties) -> Parties:
    """(sources, targets, how the target was found) after the implied readings, in this order."""
    sources, targets, t_how = found
    if arg_rule.startswith("src=clash-border"):
        sources, targets, t_how = _border_clash(sentence, candidate.hit.token, source_idx, mentions) or ([], targets, t_how)
    if not any(t.country for t in targets):
        targets, t_how = _host_object(sentence, candidate.hit.token, mentions, sources) or (targets, t_how)
    if candidate.hit.entry.event_type == "REJECT" and not any(t.country and t.country not in {a.country for a in sources}
                                                             for t in targets):
        targets, t_how = _split_partner_object(sentence, candidate.hit.token, mentions, sources) or (targets, t_how)
    if not any(t.country for t in targets) and owned_request(sentence, candidate.hit.token, {candidate.hit.token: candidate.hit}):
        targets, t_how = _answerer(sentence, candidate.hit.token, mentions, sources) or (targets, t_how)
    if t_how == "place" and _body_gathering(sentence, candidate, sources) \
            or t_how in ("object", "place") and _body_meets(sentence, candidate.hit.token, sources):
        targets, t_how = [], "none(venue of a body's gathering)"
    if t_how in ("place", "object") and _body_named_gathering(sentence, candidate, mentions):
        kept = [t for t in targets if CAPITAL_RESOLUTION not in t.resolution]
        targets, t_how = (kept, t_how) if kept else ([], "none(venue of a body's gathering)")
    return sources, targets, t_how


def _body_meets(sentence: Sentence, i: int, sources: list[Actor]) -> bool:
    """"The North Atlantic Council will meet in Brussels": an international body's gathering verb with nobody
    met (no object, no 'with'): its place, read as a particle's object or as a place, is the venue, not a party."""
    token = sentence.tokens[i]
    body = bool(sources) and all(a.country and not is_state_code(a.country) for a in sources)
    return body and token.lemma.lower() in GATHERING_VERBS and not any(
        c.dep in ("dobj", "dative") or c.dep == "prep" and c.lemma.lower() == "with" for c in children(sentence, i))


def _host_object(sentence: Sentence, i: int, mentions: list[Mention], sources: list[Actor]
                 ) -> tuple[list[Actor], str] | None:
    """"gave the junta in Niger a week to cede power, warning ..., and imposed sanctions": a verb the parser
    split from its clause (nesting.py `split_conjunct`) with no target of its own acts on the object of
    the verb it is coordinated with (realnews: the bloc's sanctions on the junta)."""
    chain = [sentence.tokens[i]] + governors(sentence, i, 2)
    host = next((h for t in chain if (h := conjunct_host(sentence, t)) is not None), None)
    if host is None:
        return None
    own = {a.country for a in sources}
    for obj in (c for c in children(sentence, host) if c.dep == "dobj"):
        found = [a for k in [obj.i] + [g.i for g in children(sentence, obj.i)] for a in actors_at(sentence, k, mentions)
                 if a.country and a.country not in own]
        if found:
            return found[:1], "split-conj-host-object"
    return None


def _split_partner_object(sentence: Sentence, i: int, mentions: list[Mention], sources: list[Actor]
                          ) -> tuple[list[Actor], str] | None:
    """"denied that they had started the shooting and accused the Kyrgyz guards of ...": a denial naming no
    other party denies the charge of the party its subject accuses in the same breath, the object of a verb
    the parser split from the denial's clause (nesting.split_conjunct; wire2)."""
    own = {a.country for a in sources}
    for t in sentence.tokens:
        if t.pos == "VERB" and conjunct_host(sentence, t) == i:
            found = [a for o in children(sentence, t.i) if o.dep == "dobj" for a in actors_at(sentence, o.i, mentions)
                     if a.country and a.country not in own]
            if found:
                return found[:1], "split-partner-object"
    return None


def _answerer(sentence: Sentence, i: int, mentions: list[Mention], sources: list[Actor]
              ) -> tuple[list[Actor], str] | None:
    """"Kenya refused a Ugandan request to hand over suspects", "engineers landed two days after Tonga's
    request for help": a request naming no addressee was made to whoever the verb it hangs on says answered
    it, that verb's subject (wire4: requests refused or met by the other state). A verb that judges the
    request ("backed Vietnam's call for restraint") does not answer it: its subject is a third party."""
    verb = next((g for g in governors(sentence, i, 4) if g.pos == "VERB"), None)
    entry = match_token(sentence, verb) if verb is not None else None
    if entry is None or entry.event_type not in ANSWERS:
        return None
    own = {a.country for a in sources}
    found = [a for k in source_tokens(sentence, verb.i)[0] for a in actors_at(sentence, k, mentions)
             if a.country and a.country not in own]
    return (found[:1], "answerer") if found else None


def _border_clash(sentence: Sentence, i: int, pair: list[int], mentions: list[Mention]
                  ) -> tuple[list[Actor], list[Actor], str] | None:
    """"Twenty Indian soldiers were killed in a standoff at the India-China border" (arguments.border_clash_pair,
    whose tokens are `pair`): the sufferers are the passive's subject, and the state of the border pair that is
    not theirs killed them (realnews s16). None when the sufferers name no state of the pair, or the pair
    leaves more than one other."""
    victims = [a for c in children(sentence, i) if c.dep == "nsubjpass" for a in actors_at(sentence, c.i, mentions)
               if a.country]
    own = {a.country for a in victims}
    named = [m for m in mentions if m.country and any(m.first <= k <= m.last for k in pair)]
    doers = {m.country: m for m in named if m.country not in own}
    if not victims or len(doers) != 1 or not own & {m.country for m in named}:
        return None
    doer = next(iter(doers.values()))
    return [Actor(doer.text, doer.country, doer.sector, f"{doer.resolution}; the other state of the border pair")], \
        victims, "sufferer"


def _body_gathering(sentence: Sentence, candidate: Candidate, sources: list[Actor]) -> bool:
    """"SADC leaders held an emergency summit in Zambia": an international body meets in some state,
    which hosts the gathering but is no party to what the body does there."""
    tokens = [candidate.hit.token] + [h.token for h in candidate.nested]
    return bool(sources) and all(a.country and not is_state_code(a.country) for a in sources) \
        and any(sentence.tokens[i].lemma.lower() in GATHERINGS for i in tokens)


def _body_named_gathering(sentence: Sentence, candidate: Candidate, mentions: list[Mention]) -> bool:
    """"when Asean environment ministers meet in Hanoi", "during the Forum foreign ministers' meeting in Apia",
    "will travel to Abuja for an ECOWAS meeting": a gathering that names an international body is that body's,
    held in some capital; the capital's state hosts it but is met by nobody there (wire29-32: four such
    capitals coded as the attending state's counterpart). A state named in its own right stays a party."""
    i = candidate.hit.token
    tokens = [i] + [h.token for h in candidate.nested] + [
        o.i for p in children(sentence, i) if p.dep == "prep" and p.lemma.lower() == "for"
        for o in children(sentence, p.i) if o.dep == "pobj"]
    gatherings = [k for k in tokens if sentence.tokens[k].lemma.lower() in GATHERINGS | GATHERING_VERBS]
    return any(_names_body(sentence, k, mentions) for k in gatherings)


def _names_body(sentence: Sentence, i: int, mentions: list[Mention]) -> bool:
    """Whether an international body is named in the word's modifiers, two levels down, or, for a verb, in its
    subject's ("ECOWAS foreign ministers' meeting": meeting <- ministers <- ECOWAS)."""
    heads = [i] + [c.i for c in children(sentence, i) if c.dep == "nsubj" and sentence.tokens[i].pos == "VERB"]
    near = [m for h in heads for m in children(sentence, h) if m.dep in NAMING_DEPS]
    near += [g for m in near for g in children(sentence, m.i) if g.dep in NAMING_DEPS]
    near += [sentence.tokens[h] for h in heads[1:]]
    return any(m.country and not is_state_code(m.country) and m.first <= t.i <= m.last
               for t in near for m in mentions)
