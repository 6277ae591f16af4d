"""A candidate's arguments for the coder (events.coder): its source and target tokens read along the
trigger's path (required objects, passives with or without an agent, headline passives, members of a
body), and the choice among target readings once they resolve to actors.
"""
from __future__ import annotations

from detente.events.bidden import asked_party, shared_asker
from detente.events.cited_agreements import cited_span, standard_hit
from detente.events.construction_roles import (
    addressee_targets, border_owners, companion, contacted_party, complement_objects, complement_subject, condition_subject, conjunct_verb_targets,
    given_as_recipient, granting, grievance_targets, levied_goods, locative_targets, medium_partners, named_what, phrase_targets, provocation_targets,
    purpose_targets, stative_passive_subject,
)
from detente.events.declined_offer import offerers
from detente.events.intent import will_not, intent_type
from detente.events.issued_nouns import issued_noun_arguments
from detente.events.lexicon import SYMMETRIC, cue_words, fold_spelling, triggers_by_lemma
from detente.events.participle_objects import participle_antecedent
from detente.events.parties import brokered_parties, deal_parties, reporter_subject, sufferers
from detente.events.readings import scheme_owner
from detente.events.request_makers import refused_request_makers
from detente.events.role_actors import actors_at, institution_place, place_actor
from detente.events.phrases import pobjs, with_conjuncts
from detente.events.roles import reaction_subject, source_tokens, target_tokens
from detente.events.wronged import without_wronged
from detente.events.verbless_visits import visited_places
from detente.events.voice import own_auxiliary, passive_with_subject, reduced_passive, shared_passive, \
    suffered_participle, undergoers, unowned_summons
from detente.events.nesting import Candidate
from detente.events.predicates import predicates
from detente.events.triggers import Hit, answering, children, controlled_subjects
from detente.records import Actor, Mention, Sentence, Token

OWN_WORDS = frozenset({"its", "their", "our"})
# Where a fight between two states takes place: "at/on/along the India-China border" (border_clash_pair).
BORDER_PREPS = frozenset({"at", "on", "along", "near", "across"})
BORDERS = frozenset({"border", "frontier", "boundary"})
GATHERINGS = frozenset({"meeting", "session", "summit", "conference"})  # what a state may ask a body to convene
# Non-material acts whose place names the other party: refuge sought "in Germany" is sought from Germany.
PLACE_TARGET_MODES = frozenset({"asylum", "diplomatic"})  # and an embassy opened "in Tehran" is opened with Iran
# Types whose 'over/about/against' phrase names the target before a 'to' addressee ("complained to the
# council about X's raids").
GRIEVANCE_TYPES = frozenset({"ACCUSE", "PROTEST"})
# Types whose place of action names the party acted upon (see construction_roles.locative_targets).
MATERIAL_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "CONCEDE", "AID", "PROTEST", "SANCTION",
                            "CONSULT", "COOPERATE"})


PROPOSALS = frozenset({"REQUEST", "ACCUSE", "THREATEN", "AGREE", "CONSULT"})  # see event_arguments' done_to

def _required_words(candidate: Candidate) -> set[str]:
    """The objects the trigger's entry asks for ("summon" obj:ambassador|envoy, "open" obj:fire)."""
    return {w for r in candidate.hit.entry.requires for q in (r, *r.also) if q.kind == "obj" for w in q.words}

# A round of visits whose 'of' phrase names the hosts, not the members of a meeting: "the minister wrapped up a
# three-day tour of Samoa, Tonga and Niue" is the minister's state visiting each (sent-dev16; triggers.tsv tour).
HOSTED_ROUNDS = frozenset({"tour"})


def _required_object(sentence: Sentence, candidate: Candidate) -> list[int]:
    """"summoned the ambassador to explain …" parsed with the ambassador as the infinitive's subject (wire4):
    the noun the trigger's own object requirement names is its target."""
    words = _required_words(candidate)
    token = sentence.tokens[candidate.hit.token]
    return [c.i for c in controlled_subjects(sentence, token) if c.lemma.lower() in words]


def _answer_arguments(sentence: Sentence, root: int) -> tuple[list[int], list, str]:
    """"Any incursion by X would be met with force, Y said": who promises the answer is the speaker (the
    passive names no doer), and whom it threatens is the doer of the act it answers ("by X", "X's", "the
    X attack"), or nobody named (the story's counterpart may stand in, events/counterpart.py)."""
    acts = [c.i for c in children(sentence, root) if c.dep == "nsubjpass"]
    doers = [d for a in acts for d in source_tokens(sentence, a)[0]]
    return reporter_subject(sentence, root), [(doers, "answered-doer")], "src=reporter"


def _patients_modifier(sentence: Sentence, i: int, found: list[int]) -> bool:
    """A passive participle on a noun ("officers arrested on Friday") whose only doer found is a word on that same
    noun ("Senegalese officers"): that word says whose people were acted on, not who acted (wire14)."""
    token = sentence.tokens[i]
    return bool(found) and token.dep == "acl" and token.tag == "VBN" and \
        all(sentence.tokens[f].head == token.head for f in found)


def event_arguments(sentence: Sentence, candidate: Candidate) -> tuple[list[int], list[int], str]:
    """Source and target tokens of the candidate, borrowing from nested triggers when the outer has none."""
    root = candidate.hit.token
    if answering(candidate.hit.entry):
        return _answer_arguments(sentence, root)
    if (issued := issued_noun_arguments(sentence, root)) is not None:
        return issued  # "the ultimatum X issued to Y", "ultimatum from X to Y" (events/issued_nouns.py)
    if candidate.hit.entry.event_type == "REQUEST" and (asked := requested_gathering(sentence, root)) is not None:
        return asked[0], [(asked[1], asked[2])], "src=requester"  # "a meeting of NATO ministers at Turkey's request"
    sources, s_how = source_tokens(sentence, root)
    if asked_party(sentence, root, sources):  # "X's envoy was summoned and asked to explain" (events/bidden.py)
        sources = shared_asker(sentence, root)
        s_how = "asked-by-first-agent" if sources else "none(the one asked)"
    if s_how.startswith("climb:") and candidate.hit.entry.event_type not in SYMMETRIC and (
            appraised(sentence, root) or sought(sentence, root)):
        sources, s_how = [], "appraised" if appraised(sentence, root) else "sought"
    if s_how == "climb:advcl>relcl-head" and passive_with_subject(sentence, sentence.tokens[root]):  # wire43
        sources, s_how = [], "none(passive clause: its subject suffered the act)"
    patient = headline_passive(sentence, root)
    if patient:
        sources, s_how = [], "headline-passive"
    if candidate.hit.entry.frame and (stative := stative_passive_subject(sentence, root)):
        sources, s_how = stative, "stative-passive"
    # a proposal, request, charge or threat that is the passive's subject was made by the side it was done to
    # ("X's offer was rejected"); a measure keeps its owner as the doer ("X's sanctions were lifted": by X)
    done_to = any(h.entry.event_type in PROPOSALS and _passive_patient(sentence, root, h.token) for h in candidate.nested)
    passive_title = bool(patient) or sentence.role == "title" and reduced_passive(sentence, sentence.tokens[root])
    for hit in candidate.nested:
        if sources:
            break
        if sentence.tokens[hit.token].lemma.lower() in cue_words("broker"):
            continue  # "the truce, brokered by X": the broker is no party to the truce
        if _reacting_participle(sentence, root, hit, candidate.hit.entry.event_type):
            continue
        found, how = source_tokens(sentence, hit.token)
        if asked_party(sentence, root, found):
            continue  # "X's envoy was asked to explain ...": the one asked makes no request (events/bidden.py)
        if _patients_modifier(sentence, hit.token, found):
            continue  # "the Senegalese officers arrested on Friday were released": whom they arrested, not who
        if done_to and how != "between":
            continue  # "Uganda's offer of talks was rejected": the offer's maker is who was refused
        if passive_title:
            continue  # "Ghanaian soldiers freed after border talks": neither the talks' climb to the freed soldiers
            # nor the talks' modifier freed them; the headline names no doer (wire34 w34_03's class: RETREAT GEO→RUS)
        sources, s_how = found, f"nested:{how}"
    if not sources and (other := _passive_clash_party(sentence, root, candidate)):
        sources, s_how = other, "clash-with"
    if not sources and (pair := border_clash_pair(sentence, root)):
        sources, s_how = pair, "clash-border"  # the coder keeps the state of the pair that is not the sufferers'
    if candidate.hit.entry.event_type in SYMMETRIC and candidate.hit.entry.pos == "NOUN" and s_how.startswith("climb") \
            and sentence.tokens[root].lemma.lower() not in HOSTED_ROUNDS:
        members = _members(sentence, root)
        sources, s_how = (members, "of-members") if members else (sources, s_how)
    if candidate.hit.entry.event_type == "REQUEST" and _own_people_addressed(sentence, root):
        return sources, [], f"src={s_how}"  # "urged its citizens to leave X": an advice at home, asked of nobody abroad
    objects = (patient, "headline-passive-subject") if patient else target_tokens(sentence, root, sources)
    if antecedent := participle_antecedent(sentence, root, objects[0]):
        objects = (antecedent, "participle-antecedent")  # "expelled X's envoy, accusing him of ..."
    said_objects, objects = objects[0], (_without_act_nouns(sentence, candidate, objects[0]), objects[1])
    if not objects[0] and (required := _required_object(sentence, candidate)):
        objects = (required, "required-object")
    options = [objects, (named_what(sentence, root, sources), "named-what")]  # "condemned what it called X by Y"
    if candidate.hit.entry.event_type == "CONSULT":  # "a truce brokered by X": X consults each party
        options.insert(0, (brokered_parties(sentence, root, sources), "brokered-parties"))
        options.insert(0, (visited_places(sentence, root, sources), "visited-place"))  # events/verbless_visits.py
    if candidate.hit.entry.event_type == "ASSAULT":  # "two sailors died in an attack by X"
        options.append((sufferers(sentence, root, sources), "sufferer"))
        # "the bombardment of <city>", "shelled the port of <town>": the struck place stands for its state
        # (blindcats, issue #11's military fire in nominal form)
        options.append((objects[0] + [o for i in objects[0] for o in _members(sentence, i)], "struck-place"))
    if s_how == "from-maker":  # "Norway joined, drawing a threat from Minsk": Norway is threatened
        options.insert(0, (reaction_subject(sentence, root, sources), "reaction-subject"))
    if under := undergoers(sentence, root, sources):  # "a Chilean patrol came under fire": the patrol is fired on
        options.insert(0, (under, "undergoer"))
    if candidate.hit.entry.event_type == "SANCTION" and candidate.hit.entry.pos == "NOUN":
        options.insert(0, (levied_goods(sentence, root, sources), "levied-goods"))  # "tariffs on X's wine"
    if candidate.hit.entry.event_type == "REJECT":  # "X offered to mediate, but Y declined": X is refused
        options.insert(1, (offerers(sentence, sentence.tokens[root]), "offerer"))
    if candidate.hit.entry.event_type == "REJECT":  # "turned down a request Belgrade sent" (events/request_makers.py)
        options.insert(1, (refused_request_makers(sentence, root, sources), "request-maker"))
    if candidate.hit.entry.event_type == "REJECT":  # "suspended the deal that let X export fish"
        options.append((deal_parties(sentence, root, sources), "deal-party"))
    if candidate.hit.entry.event_type in GRIEVANCE_TYPES:
        options.insert(0, (grievance_targets(sentence, root, sources), "grievance"))
    options.append((phrase_targets(sentence, said_objects, sources), "object-phrase"))  # "opened fire on X"
    options.append((conjunct_verb_targets(sentence, root, sources), "conjunct-verb"))
    if will_not(sentence, candidate) and any(c.dep == "neg" for c in children(sentence, root)):
        options.append((scheme_owner(sentence, root), "scheme-owner"))  # a refusal's target: who asked
    if candidate.hit.entry.frame:
        options.append((complement_subject(sentence, root, sources), "complement-subject"))
    if any(r.kind == "pred" for r in candidate.hit.entry.requires):
        options.append((predicate_makers(sentence, root), "predicate-by"))
    if candidate.hit.entry.event_type == "THREATEN" or intent_type(sentence, candidate)[0] == "THREATEN":
        options.append((provocation_targets(sentence, root, sources), "provocation"))
        options.append((condition_subject(sentence, root, sources), "condition-subject"))
    for hit in candidate.nested:
        if standard_hit(sentence, hit):  # "called on both to talk in the spirit of the CIS agreements": a standard
            continue
        own, how = source_tokens(sentence, hit.token)
        if how == "between":  # "mediated talks between X and Y": the mediator consults each side; "backed
            # the talks between X and Y": each side is backed
            own = with_conjuncts(sentence, own[0])
        if own and not set(own) & set(sources) and not how.startswith(("climb", "object-control")) \
                and not _granted_to(sentence, own[0], sentence.tokens[own[0]].head):
            options.append((own, f"nested-subject:{how}"))
        path = _path_targets(sentence, hit, root, sources)
        options += [path, (phrase_targets(sentence, path[0], sources), "nested-object-phrase")]
    if candidate.hit.entry.frame or candidate.hit.entry.event_type == "THREATEN":
        # "vowed to retaliate against X": the vow's complement names whom it threatens
        options.append((without_wronged(sentence, complement_objects(sentence, root, sources),
                                        candidate.hit.entry.event_type), "complement-object"))
    if candidate.hit.entry.event_type in SYMMETRIC:
        options.append((medium_partners(sentence, root, sources), "medium-partner"))
    if candidate.hit.entry.event_type in MATERIAL_TYPES or candidate.hit.entry.mode in PLACE_TARGET_MODES \
            or any(h.entry.event_type in MATERIAL_TYPES for h in candidate.nested):
        options.append((locative_targets(sentence, root, objects[0], sources), "place"))
        for hit in candidate.nested:  # "would not meet demands to release prisoners in X": the nested act's place
            if hit.entry.event_type in MATERIAL_TYPES:
                options.append((locative_targets(sentence, hit.token, target_tokens(sentence, hit.token, sources)[0],
                                                 sources), "place"))
    # drills staged or forces massed at a border (a patrol there is not aimed at anybody)
    if candidate.hit.entry.mode == "exercise" or sentence.tokens[root].lemma.lower() in cue_words("buildup"):
        options.append((border_owners(sentence, root, sources), "border-owner"))
    if candidate.hit.entry.event_type == "ASSAULT":  # "troops returned fire after X's soldiers attacked"
        options.append((provocation_targets(sentence, root, sources), "provocation"))
    options.append((purpose_targets(sentence, root, sources), "purpose"))
    options.append((given_as_recipient(sentence, root, sources), "given-as"))  # "gave X wheat as aid"
    options.append((addressee_targets(sentence, root, sources), "addressee"))  # "told Y it would not accept"
    options.append((contacted_party(sentence, root, sources), "contacted"))  # "phoned Y to demand"
    if candidate.hit.entry.event_type not in SYMMETRIC:  # "expelled X's diplomats together with Y": Y acts beside
        options = [([t for t in found if not companion(sentence, t)], how) for found, how in options]
    # "called on both to settle it in the spirit of the CIS agreements": the cited standard's maker is no party
    cited = {i for hit in candidate.nested if standard_hit(sentence, hit) for i in cited_span(sentence, hit)}
    options = [([t for t in found if t not in cited], how) for found, how in options] if cited else options
    return sources, [o for o in options if o[0]], f"src={s_how}"


def appraised(sentence: Sentence, root: int) -> bool:
    """A trigger noun that a verb of appraisal predicates something of, with a second complement ("regarded the
    seizure as unjustified", "calling it a deliberate attack", "described it as an attack"; cues.tsv appraise):
    the appraiser judges another party's act and did not do it (wire14, wire15: Tokyo's view of the seizure coded
    as Tokyo's seizure; a charge of shelling coded as the accuser's attack). Meetings and deals are left out: "X
    described the talks with Y as useful" is said by a party of them."""
    token = sentence.tokens[root]
    verb = sentence.tokens[token.head]
    if token.dep == "pobj" and verb.text.lower() == "as" and verb.head != verb.i:
        verb = sentence.tokens[verb.head]  # "described it as an attack"
    elif token.dep not in ("dobj", "oprd") or token.pos != "NOUN":
        return False
    if verb.i == root or verb.lemma.lower() not in cue_words("appraise"):
        return False
    as_phrase = [c for c in children(sentence, root) if c.dep == "prep" and c.text.lower() == "as"]  # parser's slip
    second = [c for c in children(sentence, verb.i) if c.i not in (root, token.head)
              and (c.dep in ("dobj", "oprd", "acomp", "xcomp") or c.dep == "prep" and c.text.lower() == "as")]
    return bool(as_phrase or second)


def sought(sentence: Sentence, root: int) -> bool:
    """A trigger noun in the 'for' phrase of a verb of going after something ("had come for an apology", "waited
    for an apology", "hoped for concessions"; cues.tsv seek): the subject wants the act of another party and
    did not do it (wire14: a minister who came for an apology and left without one coded as apologising)."""
    token = sentence.tokens[root]
    prep = sentence.tokens[token.head]
    if token.dep != "pobj" or prep.text.lower() != "for" or prep.head == prep.i:
        return False
    return sentence.tokens[prep.head].lemma.lower() in cue_words("seek")


def _own_people_addressed(sentence: Sentence, root: int) -> bool:
    """"Urged its citizens to avoid Iraq", "told their nationals to leave": a request addressed to the
    requester's own people (cues.tsv `people` under its/their/our) asks nothing of another state, and the
    place its act names is no addressee (plover_gsr: a travel warning coded as a request to the country)."""
    people = cue_words("people")
    return any(o.dep == "dobj" and o.lemma.lower() in people
               and any(p.dep == "poss" and p.text.lower() in OWN_WORDS for p in children(sentence, o.i))
               for o in children(sentence, root))


def _reacting_participle(sentence: Sentence, root: int, hit: Hit, event_type: str) -> bool:
    """"The attack, condemned by X, killed three": a participle of another type on the act's noun names
    who reacted to the act, not who did it (the issue #11 bug coded X as the attacker). One of the same
    type ("the deal, signed by X and Y") names the act's own parties."""
    token = sentence.tokens[hit.token]
    if token.dep != "acl" or hit.entry.event_type == event_type:
        return False
    head, steps = token.head, 0  # or on the act's object: "the attack on the embassy, condemned by X"
    while head != root and steps < 3 and sentence.tokens[head].dep in ("pobj", "prep"):
        head, steps = sentence.tokens[head].head, steps + 1
    return head == root


def _passive_clash_party(sentence: Sentence, root: int, candidate: Candidate) -> list[int]:
    """"Twenty soldiers were killed in a clash with Chinese troops": the other side of the clash the
    sufferers died in is who killed them (a passive with no 'by' phrase, a nested noun trigger)."""
    if not any(c.dep == "nsubjpass" for c in children(sentence, root)):
        return []
    return next((with_conjuncts(sentence, o.i) for hit in candidate.nested if sentence.tokens[hit.token].pos == "NOUN"
                 for p in children(sentence, hit.token) if p.dep == "prep" and p.lemma.lower() == "with"
                 for o in children(sentence, p.i) if o.dep == "pobj"), [])


def requested_gathering(sentence: Sentence, root: int) -> tuple[list[int], list[int], str] | None:
    """"After a meeting of NATO ministers at Turkey's request", "the meeting was called at the request of Turkey"
    (realnews s26): a request noun in an 'at' phrase names who asked (its owner or 'of' phrase), and the
    gathering the phrase hangs on, directly or as the passive subject of its verb, names whom: the gathering's
    'of' members, else the body whose spokesman reports it (reporter_subject). None for any other request."""
    token = sentence.tokens[root]
    prep = sentence.tokens[token.head]
    if token.pos != "NOUN" or token.dep != "pobj" or prep.dep != "prep" or prep.lemma.lower() != "at":
        return None
    asker = [c.i for c in children(sentence, root) if c.dep == "poss"] or _members(sentence, root)
    host = sentence.tokens[prep.head]
    gathering = host if host.lemma.lower() in GATHERINGS else next(
        (c for c in children(sentence, host.i) if c.dep == "nsubjpass" and c.lemma.lower() in GATHERINGS), None)
    if not asker or gathering is None:
        return None
    members = _members(sentence, gathering.i)
    if members:
        return asker, members, "gathering-members"
    reporters = reporter_subject(sentence, host.i) if host.pos in ("VERB", "AUX") else []
    return (asker, reporters, "gathering-reporter") if reporters else None


def _without_act_nouns(sentence: Sentence, candidate: Candidate, found: list[int]) -> list[int]:
    """The trigger verb's objects less the object its entry requires when that noun names an act of the same type:
    in "opened fire", "returned fire" the object is the act itself, never whom it hit (newcomer7: "No Uzbek soldier opened fire" had the target 'fire')."""
    kind, required = candidate.hit.entry.event_type, _required_words(candidate)
    return [j for j in found if sentence.tokens[j].dep != "dobj" or sentence.tokens[j].head != candidate.hit.token
            or (lemma := fold_spelling(sentence.tokens[j].lemma.lower())) not in required
            or any(c.dep == "poss" for c in children(sentence, j))  # "attacked Chile's claims": whose act it is
            or not any(e.event_type == kind for e in triggers_by_lemma().get((lemma, "NOUN"), ()))]


def border_clash_pair(sentence: Sentence, root: int) -> list[int]:
    """"Twenty Indian soldiers were killed in a standoff at the India-China border": a passive with no 'by'
    phrase whose sufferers died in a two-sided fight (cues.tsv fight) at a border named by a pair of states.
    Returns the pair's tokens (the coder keeps the one that is not the sufferers' state; realnews s16), or []
    when the border names fewer than two states ("a clash at the Syrian border" says nothing of who fought)."""
    if not any(c.dep == "nsubjpass" for c in children(sentence, root)) \
            or any(c.dep == "agent" for c in children(sentence, root)):
        return []
    fights = [o for p in children(sentence, root) if p.dep == "prep" and p.lemma.lower() == "in"
              for o in children(sentence, p.i) if o.dep == "pobj" and o.lemma.lower() in cue_words("fight")]
    if not fights:
        return []
    borders = [b for h in [sentence.tokens[root]] + fights for p in children(sentence, h.i)
               if p.dep == "prep" and p.lemma.lower() in BORDER_PREPS for b in children(sentence, p.i)
               if b.dep == "pobj" and b.lemma.lower() in BORDERS]
    for border in borders:
        names, frontier = [], [border.i]
        while frontier:
            frontier = [c.i for j in frontier for c in children(sentence, j) if c.dep in ("compound", "amod")]
            names += [i for i in frontier if sentence.tokens[i].ent in ("GPE", "NORP")
                      or sentence.tokens[i].pos in ("PROPN", "ADJ")]  # the coder keeps those naming states
        if len({sentence.tokens[i].text.lower() for i in names}) >= 2:
            return sorted(names)
    return []


def _passive_patient(sentence: Sentence, root: int, i: int) -> bool:
    """The nested trigger is, or lies inside, the subject of the passive root ("X's request was rejected"): what
    was done to, so its maker is no doer of the root's act (sent-dev2 probes: the refusal went to the requester)."""
    token, steps = sentence.tokens[i], 0
    while token.head != root and token.head != token.i and steps < 6:  # "X's proposal for a ceasefire was accepted"
        token, steps = sentence.tokens[token.head], steps + 1
    return token.dep == "nsubjpass" and token.head == root and _is_passive_verb(sentence.tokens[root])


def is_agentless(sentence: Sentence, candidate: Candidate) -> bool:
    """"Three soldiers were killed in a bombing": a passive trigger with a sufferer and no 'by' phrase
    reports an act whose doer the text does not name. The event stands with an unnamed source (it is
    never interstate, so it cannot pair two states) rather than vanishing from sentence-level output."""
    token = sentence.tokens[candidate.hit.token]
    if unowned_summons(sentence, token):  # "the summoning of X's charge d'affaires" (wire34, wire35), also as what
        return True  # a question was about ("Asked about the summoning of ...": no light verb's, events/asked_about.py)
    if token.pos == "NOUN" and token.dep == "pobj":
        token = _light_verb(sentence, token) or token  # "was placed under investigation": the passive is the verb's
    kids = children(sentence, token.i)
    if shared_passive(sentence, token):  # "X were freed and handed over": the first verb's 'by' names the doer,
        heads = [] if own_auxiliary(sentence, token) else children(sentence, token.head)  # not of "and were handed"
        return not any(c.dep == "agent" for c in kids + heads)
    if reduced_passive(sentence, token) or suffered_participle(sentence, token):  # "policemen detained near X" (wire34)
        return True
    return (_is_passive_verb(token) and (any(c.dep == "nsubjpass" for c in kids) or bool(headline_passive(sentence, token.i)))
            and not any(c.dep == "agent" for c in kids))


def headline_passive(sentence: Sentence, i: int) -> list[int]:
    """Headline passives drop the auxiliary ("Russian ambassador summoned after airspace violation"), and
    the parser takes the sufferer for the subject of a past-tense verb, or for a noun the participle
    modifies. In a title, such a participle without auxiliary or agent is that passive: the noun is the
    target and the doer is unnamed."""
    token = sentence.tokens[i]
    if sentence.role != "title" or not _is_passive_verb(token):
        return []
    kids = children(sentence, i)
    if any(c.dep in ("aux", "auxpass", "agent") for c in kids):
        return []
    if token.dep == "acl" and sentence.tokens[token.head].dep == "ROOT":
        return [token.head]  # parsed as a noun phrase: "[Russian ambassador [summoned after ...]]"
    return [c.i for c in kids if c.dep == "nsubj"] if token.dep == "ROOT" else []


def _light_verb(sentence: Sentence, noun: Token) -> Token | None:
    """The verb a nominal trigger's preposition hangs on ("placed under arrest", "put under investigation")."""
    prep = sentence.tokens[noun.head]
    if prep.dep == "prep" and prep.head != prep.i and sentence.tokens[prep.head].pos == "VERB":
        return sentence.tokens[prep.head]
    return None


def _is_passive_verb(token) -> bool:
    return token.pos == "VERB" and token.tag == "VBN"


def _members(sentence: Sentence, i: int) -> list[int]:
    """Who takes part in a meeting or talks named as "a meeting of X's border committee": the 'of' phrase,
    rather than the subject of the clause the noun sits in ("the steps follow a meeting of ..."). A place is
    what a joint act covers, not its members: "Indian and French ships began a joint patrol of the western
    Indian Ocean", "... of the border" keep the clause's subject (session 16 actorsblind)."""
    return [o.i for p in children(sentence, i) if p.dep == "prep" and p.lemma.lower() == "of"
            for o in children(sentence, p.i) if o.dep == "pobj" and not _covered_place(o)]


# the ground or water a patrol, drill or survey covers: a landform or sea named by the parser (LOC), or a
# common noun for a stretch of land or water
COVERED_PLACES = frozenset({"border", "frontier", "boundary", "waters", "water", "sea", "coast", "coastline",
                            "strait", "straits", "area", "region", "zone", "line", "corridor", "river", "lake",
                            "gulf", "ocean", "airspace", "route", "crossing"})


def _covered_place(token: Token) -> bool:
    return token.ent == "LOC" or token.lemma.lower() in COVERED_PLACES


def predicate_makers(sentence: Sentence, root: int) -> list[int]:
    """"Called the incursion a deliberate provocation by Lima", "said the raid was a cowardly provocation by X":
    the censuring predicate's own 'by' phrase names whom it blames when the thing censured names nobody
    (session 15's brief: "called the raid a deliberate provocation" among the pooled held-out claims under
    saying; in our own sentences of that shape the accusation kept no target)."""
    preds = predicates(sentence, children(sentence, root))
    return [o for p in preds for o in pobjs(sentence, p.i, frozenset({"by"}))]


def choose_targets(sentence: Sentence, options: list[tuple[list[int], str]], mentions: list[Mention],
                    own: set[str | None]) -> tuple[list[Actor], str]:
    """The first target option naming a state other than the source's own; else the first option at all
    ("mediated the deal during its visit to Kabul": the visit's destination, not the deal). "X denied that
    its aircraft had entered Y's airspace": 'its aircraft' is X itself, so Y's airspace is the target."""
    resolved = [(actors, how) for actors, how in
                (([a for i in idx for a in _target_actors(sentence, i, mentions, how)], how) for idx, how in options)]
    for actors, how in resolved:
        if any(a.country and a.country not in own for a in actors):
            return actors, how
    for actors, how in resolved:
        if any(a.country for a in actors):
            return actors, how
    return (resolved[0] if resolved else ([], "none"))


def _target_actors(sentence: Sentence, i: int, mentions: list[Mention], how: str) -> list[Actor]:
    """Actors of a target argument; the place of a material act may be a city or region rather than a
    state name ("lifted the curfew in <city>"), which stands for the state it lies in."""
    actors = actors_at(sentence, i, mentions)
    if how in ("place", "struck-place") and not any(a.country for a in actors):
        return place_actor(sentence, i) or actors
    if not any(a.country for a in actors):
        return institution_place(sentence, i) or actors
    return actors


def _path_targets(sentence: Sentence, hit: Hit, root: int, sources: list[int]) -> tuple[list[int], str]:
    """Targets of a nested trigger or of the verbs between it and the outer trigger."""
    i, steps = hit.token, 0
    while i != root and steps < 8:
        found, how = target_tokens(sentence, i, sources)
        found = [f for f in found if not _inside(sentence, f, root, i) and not _granted_to(sentence, f, i)]
        if found:
            return found, f"nested:{sentence.tokens[i].lemma}"
        i, steps = sentence.tokens[i].head, steps + 1
    return [], "none"


def _inside(sentence: Sentence, f: int, root: int, carrier: int) -> bool:
    return f == root or f == carrier


def _granted_to(sentence: Sentence, f: int, verb: int) -> bool:
    """The passive subject of a verb of granting on the way to the outer trigger ("asked that its consuls be allowed
    to meet the crew"): who is let in or let go, not who is asked (construction_roles.granting; wire17)."""
    return sentence.tokens[f].dep == "nsubjpass" and sentence.tokens[f].head == verb \
        and granting(sentence.tokens[verb].lemma)
def own_threatened_act(candidate: Candidate, targets: list[Actor], how: str, own: set[str | None]) -> bool:
    """"Zupan warned that Slovenia would suspend the agreement if ...": the subject of a threat's complement
    that does the act the threat announces (a trigger nested in that clause) is the threatener's own side,
    not whom it threatens. Taken as the target only because no other state was named, it would make the
    speaker's guessed state look like the state his act is aimed at and turn him to the other side
    (wire18: a Ljubljana page's foreign minister coded as Croatia's, with the page's other organs)."""
    return (candidate.hit.entry.event_type == "THREATEN" and bool(candidate.nested)
            and (how == "complement-subject" or how.startswith("nested-subject"))
            and bool(targets) and all(t.country in own for t in targets if t.country))
