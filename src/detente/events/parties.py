"""Parties named beside a trigger rather than as its arguments: the sufferers of an act noun, the
parties of a deal a trigger acts on, and the parties a broker brought together."""
from __future__ import annotations

from detente.actors import country_of_place
from detente.events.lexicon import TriggerEntry, cue_words
from detente.events.locations import entity_text
from detente.events.phrases import is_verbal, pobjs, with_conjuncts
from detente.events.roles import PREP_DEPS, SUBJECT_DEPS, parties_between
from detente.events.triggers import children
from detente.actors.coref import is_state_code
from detente.records import Actor, Sentence

AGREEMENT_NOUNS = frozenset({"deal", "agreement", "accord", "pact", "treaty", "initiative", "arrangement",
                             "convention"})
DEAL_DEPTH = 8  # "the deal that allowed <state> to export its grain": the party sits in a relative clause


def deal_parties(sentence: Sentence, i: int, sources: list[int]) -> list[int]:
    """Who else is party to a deal a trigger acts on ("suspended the grain deal that let X export",
    "its participation in the deal with X", "withdrew from the accord signed with X"): states named
    anywhere in the deal's phrase, its relative and participial clauses included."""
    heads = [c.i for c in children(sentence, i) if c.dep in ("dobj", "nsubjpass")]
    heads += pobjs(sentence, i, frozenset({"from", "of", "in"}), PREP_DEPS)
    heads += [o for h in list(heads) for o in pobjs(sentence, h, frozenset({"in", "of"}))]  # its part in the deal
    deals = [h for h in heads if sentence.tokens[h].lemma.lower() in AGREEMENT_NOUNS]
    found: list[int] = []
    frontier, depth = deals, 0
    while frontier and depth < DEAL_DEPTH:
        found += [j for j in frontier if j not in sources and sentence.tokens[j].pos in ("PROPN", "ADJ", "NOUN")
                  and (sentence.tokens[j].ent in ("GPE", "NORP", "ORG") or sentence.tokens[j].pos == "PROPN")]
        frontier, depth = [c.i for j in frontier for c in children(sentence, j)], depth + 1
    return found


def sufferers(sentence: Sentence, i: int, sources: list[int]) -> list[int]:
    """Whom an act noun hit: the subject of "two sailors died in an attack" (cues.tsv `suffer`)."""
    token, steps = sentence.tokens[i], 0
    while token.dep == "pobj" and steps < 3:  # "died in an attack", "died as a result of torture"
        prep = sentence.tokens[token.head]
        token, steps = sentence.tokens[prep.head], steps + 1
        if prep.dep != "prep" or is_verbal(token):
            break
    verb = token
    if not steps or not is_verbal(verb) or verb.lemma.lower() not in cue_words("suffer"):
        return []
    return [k for c in children(sentence, verb.i) if c.dep in SUBJECT_DEPS and c.i not in sources
            for k in with_conjuncts(sentence, c.i)]


def brokered_parties(sentence: Sentence, i: int, sources: list[int]) -> list[int]:
    """The parties a broker brought together (cues.tsv `broker`): "X and Y agreed to restore ties, a
    breakthrough brokered by Z" - the subjects of the clause the brokered noun stands beside; "Z
    brokered a truce between X and Y", "the deal Z brokered with X" - the deal's own parties."""
    token = sentence.tokens[i]
    if token.lemma.lower() not in cue_words("broker"):
        return []
    deals = [c.i for c in children(sentence, i) if c.dep == "dobj"]
    if token.dep in ("acl", "relcl") and token.head != i:
        deals.append(token.head)
    found = [k for d in deals for j in parties_between(sentence, sentence.tokens[d]) for k in with_conjuncts(sentence, j)]
    found += [k for d in deals for j in pobjs(sentence, d, frozenset({"with"})) for k in with_conjuncts(sentence, j)]
    beside = [sentence.tokens[d] for d in deals if sentence.tokens[d].dep in ("npadvmod", "appos", "dep")]
    found += [k for d in beside for c in children(sentence, d.head) if c.dep in SUBJECT_DEPS
              for k in with_conjuncts(sentence, c.i)]
    return [j for j in found if j not in sources]


def moved_from(event_type: str, sentence: Sentence, verbs: list[int]) -> Actor | None:
    """"an armoured battalion had been moved from Mardin to the border" (wire16), "the police were reinforced
    with launches sent from Dongola" (wire17; the nested trigger's phrase): forces moved in an agentless passive
    out of one state's town or region were moved by that state, whoever reports it (the page's main state was
    guessed for the reporting General Staff instead)."""
    if event_type != "MOBILIZE":
        return None
    places = {(code, name) for i in verbs for p in pobjs(sentence, i, ORIGIN)
              if (code := country_of_place(name := entity_text(sentence, p), sentence.text)) and is_state_code(code)}
    if len({code for code, _ in places}) != 1:
        return None
    code, name = min(places)
    return Actor(name, code, None, f"forces moved out of {name} ({code})")


ORIGIN = frozenset({"from"})


# Acts whose object is the doer's own forces: sent out or called back, a state moves only its own.
FORCE_MOVES = frozenset({"MOBILIZE", "RETREAT"})
FORCE_SECTORS = frozenset({"MIL", "COP"})


def moved_forces(entry: TriggerEntry, t_how: str, targets: list[Actor], sentence: Sentence, trigger: int) -> bool:
    """"a battalion of the Zambia Army had been moved to the border" (wire4), "the two Solomon Islands police
    boats ... were recalled" (wire20): a state's forces moved or called back in an agentless passive were
    moved by that state; they are its act's source, not its target. Forces are an armed or police organ, or a
    state's own noun of those the trigger's entry lists as what it moves ("boats", "battalions")."""
    forces = [t for t in targets if t.country]
    if entry.event_type not in FORCE_MOVES or t_how != "object" or not forces or entry.lemma in cue_words("freeing"):
        return False  # released officers or crews were held by the other state (events/released.py)
    return all(t.sector in FORCE_SECTORS for t in forces) or listed_object(entry, sentence, trigger)


def listed_object(entry: TriggerEntry, sentence: Sentence, trigger: int) -> bool:
    """Whether the trigger's object (or passive subject) is one of the nouns its entry requires as object."""
    listed = {w for r in entry.requires for q in (r, *r.also) if q.kind == "obj" for w in q.words}
    return any(c.dep in ("dobj", "nsubjpass") and c.lemma.lower() in listed for c in children(sentence, trigger))


# acts only a state's own organs carry out on its behalf; violence ("12 were killed"), verbal acts and
# deals are left unnamed: a spokesman reporting a killing or an accusation is often its sufferer
REPORTED_ACTS = frozenset({"MOBILIZE", "AID", "SANCTION", "COERCE", "CONCEDE", "RETREAT"})
AGAINST_OTHERS = frozenset({"SANCTION", "COERCE"})  # "police said 30 protesters were arrested" is domestic


def reported_doer(event_type: str, sources: list[Actor], targets: list[Actor]) -> list[Actor]:
    """"The Croatian foreign ministry announced that the attache had been declared persona non grata",
    "a spokesman for the US embassy said aircraft had been made available": an agentless passive of a
    state's act, in the clause a state's official reports, is that state's act (newswire, wire2, wire10).
    Not when the sufferer is the reporter's own state ("Chad said two of its soldiers were detained")."""
    if event_type not in REPORTED_ACTS:
        return []
    states = {a.country for a in sources if a.country and is_state_code(a.country)}
    if len(states) != 1 or any(t.country in states for t in targets):
        return []
    if event_type in AGAINST_OTHERS and not any(t.country for t in targets):
        return []
    return [a for a in sources if a.country in states]


def reporter_subject(sentence: Sentence, i: int) -> list[int]:
    """The subject of the verb of saying whose reported clause the trigger heads ("X said [that ... i]", or
    a clause coordinated with it); not a clause under another verb ("we expect the crew to be released" is
    a demand on whoever holds them, wire8)."""
    token = sentence.tokens[i]
    while token.dep == "conj" and token.head != token.i:
        token = sentence.tokens[token.head]
    head = sentence.tokens[token.head]
    if token.dep != "ccomp" or head.lemma.lower() not in cue_words("report") or head.pos not in ("VERB", "AUX"):
        return []
    return [c.i for c in children(sentence, head.i) if c.dep == "nsubj"]
