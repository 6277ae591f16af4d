"""Source and target of a trigger, read from the dependency tree, then resolved to actor mentions.

Arguments are token indices first (`source_tokens`, `target_tokens`), actors second
(`actors_at`, in events.role_actors): the mention whose span covers the argument's head, or the nearest mention inside
the argument's phrase ("the head of Pakistan's army" → Pakistan). Arguments with no mention
become unresolved actors (country None) so a sentence-level coder still sees who acted. The targets and
partners of particular constructions (complements, borders, grievances, addressees…) are in
events.construction_roles; the shared readings of coordination and prepositions in events.phrases; the acts a
clause's voice hides (reduced passives, "came under fire", drawn reactions, projectiles, reported force) in
events.voice.
"""
from __future__ import annotations

from detente.actors.items import dateline_end
from detente.events.addressees import dative_addressee
from detente.events.bystanders import attendants, envoy_posts
from detente.events.denials import denied_passive, denier_of
from detente.events.lexicon import cue_words, fold_spelling, surface_forms
from detente.events.nesting import conjunct_host, issued_document
from detente.events.phrases import ACTOR_POS, is_verbal, pobjs, with_conjuncts
from detente.events.voice import (
    forthcoming_makers, inverted_reporter, own_auxiliary, own_passive_conjunct, projectile_origin, reaction_makers,
    received_unmade, reception_verb, reduced_passive, shared_passive, suffered_participle, told_consequence,
    undergone, writer,
)
from detente.events.tree import noun_rooted_clause
from detente.events.letter_relatives import letter_of_relative, letter_writer
from detente.events.particles import particle_objects
from detente.events.triggers import adjectival_participle, children
from detente.events.unowed import unowed, unowed_owner
from detente.events.quoted_relatives import quoted_relative_host
from detente.events.headline_infinitives import misread_name_subject
from detente.events.verbless_talks import verbless_parties
from detente.events.headline_series import series_subject
from detente.events.sayer_measures import sayer_of
from detente.events.shifted_objects import shifted_object
from detente.records import Sentence, Token

SUBJECT_DEPS = ("nsubj", "csubj")
TARGET_PREPS = frozenset({"with", "against", "on", "to", "for", "into", "at", "toward", "towards", "upon",
                          "from", "over", "between", "of"})
# Prepositions that name a target of a verb (not "of", which on verbs is usually a topic); "behind" for the
# side a state stands or rallies behind (sent-dev2: the backed state was lost as target).
VERB_TARGET_PREPS = (TARGET_PREPS - {"of", "between", "over"}) | {"behind"}
PARTICLES = frozenset({"in", "off", "up"})  # phrasal-verb particles the parser may tag as prepositions
# a verb's predicate adjective ("made aircraft available to X", "was made available to X"), oprd or ccomp by parse
PREDICATE_DEPS = frozenset({"oprd", "ccomp", "acomp"})
# Verbs of handing a thing over, whose 'to' phrase the parser may hang on the thing or on its 'for' phrase
# ("transferred the first instalment for the stations to the Bulgarian ministry"; wire8)
GIVING_VERBS = frozenset({"transfer", "send", "deliver", "give", "hand", "ship", "pay", "donate", "provide",
                          "supply", "disburse", "release"})
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom", "whose"})
# Subtree relations not searched for an argument's mention: other clauses and other conjuncts.
SKIP_IN_PHRASE = frozenset({"relcl", "conj", "cc", "punct", "acl", "advcl", "appos", "ccomp", "parataxis"})
PREP_DEPS = ("prep", "dative", "prt")  # a "prt" with its own pobj: particles.object_particles (wire40 w40_07)
# Prepositions on the head noun that name whom a trigger compounded into it is for ("an aid package for X",
# "arms shipments to X"); not "from", which names the sender.
COMPOUND_TARGET_PREPS = frozenset({"to", "for", "with", "against", "on"})


# prepositions by which a message or a question names the act it is about (cues.tsv `topic`)
TOPIC_PREPS = frozenset({"about", "on", "over", "concerning", "regarding"})


def _active_with_subject(sentence: Sentence, token: Token, by: int) -> bool:
    """An active finite verb with its own subject has no 'by' agent right after a noun of its phrases: the
    'by' belongs to that noun ("signed a ceasefire after mediation by Z"; blindcats, issue #11's signatories
    and brokers). A headline passive read as active keeps it ("[Jet] shot down by X")."""
    kids, before = children(sentence, token.i), sentence.tokens[by - 1] if by > 0 else token
    return token.tag == "VBD" and any(c.dep == "nsubj" for c in kids) and before.i != token.i \
        and before.pos == "NOUN" and not any(c.dep in ("auxpass", "nsubjpass") for c in kids)


def source_tokens(sentence: Sentence, i: int, depth: int = 0) -> tuple[list[int], str]:
    """Who acts: agent of a passive, subject, possessor/modifier of a nominal, or climbed from the clause above."""
    token = sentence.tokens[i]
    first = coordinated_object(sentence, token)
    if first is not None:  # "X imposed sanctions and threatened force on Y": the verb of the first conjunct
        found, how = source_tokens(sentence, first.head, depth + 1)
        return found, (f"coordinated-verb:{how}" if found else "none")
    # a passive participle's 'by' phrase names the doer even where the parser tags it a plain preposition
    # ("the warplane shot down by Turkey"); an adjective's names what it reacts to ("disappointed by X")
    # and so does a gerund subject's ("Shelling by X damaged houses", sent-dev4)
    agents = [] if feeling(token) else pobjs(sentence, i, frozenset({"by"}), ("agent", "prep") if not is_verbal(
        token) or _bare_participle(sentence, token) or token.tag == "VBG" and token.dep == "csubj" else ("agent",))
    agents = agents or ([] if feeling(token) else _stray_agents(sentence, token))
    if agents and _active_with_subject(sentence, token, sentence.tokens[agents[0]].head):
        agents = []  # "X and Y signed the accord after mediation by Z": a 'by' the parser hung on an active verb
    if agents:
        behind = commissioners(sentence, agents[0])  # "killed by a drone strike ordered by X": X did it
        return (with_conjuncts(sentence, behind[0]), "agent>commissioned-by") if behind else (
            with_conjuncts(sentence, agents[0]), "agent")
    if (shared := series_subject(sentence, token)) is not None:
        return with_conjuncts(sentence, shared), "series-subject"  # "X expels ..., accuses Y" (events/headline_series.py)
    if (inverted := inverted_reporter(sentence, token)) is not None:
        return with_conjuncts(sentence, inverted[0]), "inverted-reporter"  # "X says ..., warns Y" (wire15)
    if (sayer := sayer_of(sentence, token)) is not None and depth < 4:  # a verdict's or a measure's (wire40, wire44)
        return source_tokens(sentence, sayer, depth + 1)[0], "verdict-sayer"
    kids = children(sentence, i)
    sender = [] if denied_passive(sentence, token) else _passive_sender(sentence, token, kids)
    if sender:
        return with_conjuncts(sentence, sender[0]), "passive-place"
    if reduced_passive(sentence, token):
        return [], "none(reduced passive: the subject suffered the act)"
    subj = [c.i for c in kids if c.dep in SUBJECT_DEPS]
    if len(subj) > 1 and subj[0] < dateline_end(sentence.tokens):
        subj = subj[1:]  # "OSLO, Sept 15 — Norway summoned…" parsed with two subjects: the dateline is no doer (newcomer7)
    # the parser sometimes hangs the subject on the auxiliary ("X is opposed to": X ← is)
    subj += [c.i for a in kids if a.dep in ("aux", "auxpass") for c in children(sentence, a.i) if c.dep in SUBJECT_DEPS]
    if not subj and depth and is_verbal(token) and token.lemma.lower() in cue_words("engage"):
        subj = [c.i for c in kids if c.dep == "nsubjpass"]  # "X were engaged in fighting": X fought
    between = parties_between(sentence, token) if is_verbal(token) and not subj else []
    if between:
        return with_conjuncts(sentence, between[0])[:1], "between"  # "was signed between X and Y"
    if subj:
        first = sentence.tokens[subj[0]]
        if first.text.lower() in RELATIVE_PRONOUNS and token.dep == "relcl":
            return _relative_head(sentence, token.head, depth, token) if first.text.lower() in ("that", "which") else (
                _reciprocal_group(sentence, token) or predicated_subject(sentence, sentence.tokens[token.head])
                or [token.head], "relcl-head")  # "troops who fired": people act
        fired_from = projectile_origin(sentence, token, sentence.tokens[subj[0]])
        if fired_from:
            return with_conjuncts(sentence, fired_from[0]), "fired-from"
        denier = denier_of(sentence, token)
        if denier is not None and depth < 4:  # "denied that any officer had fired": the denier's own (events/denials.py)
            found, how = source_tokens(sentence, denier, depth + 1)
            return found, (f"climb:denier>{how}" if found else "none")
        return with_conjuncts(sentence, subj[0]), "nsubj"
    if (denier := denier_of(sentence, token)) is not None and depth < 4:  # "denies shots were fired" (wire21)
        found, how = source_tokens(sentence, denier, depth + 1)
        return found, (f"climb:denier>{how}" if found else "none")
    if not is_verbal(token):
        own = _nominal_source(sentence, token, kids)
        if own:
            return own
        if received_unmade(sentence, token):  # "UNAMI confirmed it had received the request" (wire21): not UNAMI's
            return [], "none(received: the receiver is no maker)"
    if own_passive_conjunct(sentence, token):
        return [], "none(a passive clause of its own)"  # "..., and the Fijian vessel was recalled" (wire24)
    if not depth and (parties := verbless_parties(sentence, token)):
        return parties, "verbless-parties"  # "Seoul, Tokyo in talks on ..." (events/verbless_talks.py)
    if named := misread_name_subject(sentence, token):
        return named, "misread-name"  # "Modi to visit X" read as a verb "Modi" (events/headline_infinitives.py)
    if depth < 4 and token.head != i:
        return _climb(sentence, token, depth)
    return [], "none"


def coordinated_object(sentence: Sentence, token: Token) -> Token | None:
    """"X imposed sanctions and threatened force on Y": the parser reads "threatened force" as a noun phrase
    coordinated with the first verb's object (issue #11: the threat got no actor). A participle right after
    'and' modifying that second conjunct is a verb coordinated with the first one; returns the first
    conjunct (the object of the verb whose subject it shares), else None."""
    if token.dep != "amod" or token.tag not in ("VBN", "VBD") or token.i == 0 or token.head != token.i + 1:
        return None
    noun = sentence.tokens[token.head]
    if sentence.tokens[token.i - 1].dep != "cc" or noun.dep != "conj" or noun.head == noun.i:
        return None
    first = sentence.tokens[noun.head]
    return first if first.dep == "dobj" and first.head != first.i else None


def predicated_subject(sentence: Sentence, noun: Token) -> list[int]:
    """"Kenya was the first country to recognise X", "Chile is the only state that has signed": the noun a
    relative clause hangs on is the predicate of "be", and stands for that verb's subject (an invented probe
    coded the recognition with no source). [] for any other noun."""
    verb = sentence.tokens[noun.head]
    if noun.dep != "attr" or verb.lemma.lower() != "be" or noun.head == noun.i:
        return []
    subj = [c.i for c in children(sentence, verb.i) if c.dep == "nsubj"]
    return with_conjuncts(sentence, subj[0]) if subj and sentence.tokens[subj[0]].pos != "PRON" else []


def _reciprocal_group(sentence: Sentence, verb: Token) -> list[int]:
    """"Uzbek President Karimov and his Kazakh counterpart Nazarbayev, who last met in 1996": a relative
    clause whose verb has no object and no 'with' partner ("who met", "who fought") is reciprocal, so its
    "who" stands for the whole coordination the parser hung it on the last member of (sent-dev: the meeting
    went to the second president alone). [] when the head is not coordinated or the verb has a partner."""
    kids = children(sentence, verb.i)
    if any(c.dep in ("dobj", "dative", "ccomp", "xcomp") or c.dep == "prep" and c.lemma.lower() == "with"
           for c in kids):
        return []
    head = sentence.tokens[verb.head]
    if head.dep == "appos" and head.head != head.i:  # "his counterpart Nazarbayev, who…"
        head = sentence.tokens[head.head]
    if head.dep != "conj" or head.head == head.i:
        return []
    first = sentence.tokens[head.head]
    return with_conjuncts(sentence, first.i) if first.pos in ACTOR_POS else []


def _relative_head(sentence: Sentence, head: int, depth: int, verb: Token) -> tuple[list[int], str]:
    """What a relative clause's "that" stands for. "the attack on a base that killed two" - the parser
    hangs the clause on the nearest noun, but a thing attacked does not kill: the clause is the act's."""
    noun = sentence.tokens[head]
    prep = sentence.tokens[noun.head]
    act = sentence.tokens[prep.head]
    if noun.dep == "pobj" and prep.lemma.lower() in ("on", "against") and act.pos == "NOUN" and depth < 4:
        own = _nominal_source(sentence, act, children(sentence, act.i))
        return own if own else ([], "none")
    if (letter := letter_of_relative(sentence, verb, noun)) is not None and depth < 4:  # events/letter_relatives.py
        return letter_writer(sentence, letter, depth)
    return predicated_subject(sentence, noun) or [head], "relcl-head"


def feeling(token: Token) -> bool:
    """An adjective of reaction ("disappointed by X's decision", "angry at"): its 'by' phrase is the
    cause it reacts to, and its subject is the one who reacts."""
    return token.pos == "ADJ" or adjectival_participle(token)


def _stray_agents(sentence: Sentence, token: Token) -> list[int]:
    """A 'by' phrase the parser hung one step too low: on a nominal's 'of' object ("the detention of
    three sailors by X") or on a passive verb's object predicate ("were declared persona non grata by X")."""
    if is_verbal(token):
        kids = children(sentence, token.i)
        passive = any(c.dep in ("nsubjpass", "auxpass") for c in kids)  # not "calling it a provocation by X"
        hosts = [c.i for c in kids if c.dep == "oprd"] if passive else []
    else:
        hosts = pobjs(sentence, token.i, frozenset({"of"}))
    return [a for h in hosts for a in pobjs(sentence, h, frozenset({"by"}), ("agent", "prep"))]


def _passive_sender(sentence: Sentence, token: Token, kids: list[Token]) -> list[int]:
    """An agentless passive whose place phrase names the state that acted: "diplomats were expelled from
    X" (cue kind `sender`: the 'from' phrase), "the ambassador was summoned to X's foreign ministry"
    (kind `summoner`: the 'to' phrase, or 'at': "who was called in at X's foreign ministry", wire17, where the
    relative clause's head, the summoned envoy, was read as the summoner), "the crew were detained in X" (kind `jailer`: the 'in' phrase)."""
    bare = not any(c.dep == "nsubjpass" for c in kids)  # a headline's "X envoy summoned in Paris" (sent-dev19 0020)
    if bare and not _bare_participle(sentence, token) or any(c.dep == "agent" for c in kids):
        return []
    lemma = token.lemma.lower()
    kinds = (("summoner", "to"), ("summoner", "at"), ("summoner", "in")) if bare else (
        ("sender", "from"), ("summoner", "to"), ("summoner", "at"), ("summoner", "in"), ("jailer", "in"))  # wire17
    preps = frozenset(prep for kind, prep in kinds if lemma in cue_words(kind))
    places = pobjs(sentence, token.i, preps) if preps else []
    return [p for p in places if _names_state(sentence, sentence.tokens[p])]


def _names_state(sentence: Sentence, noun: Token) -> bool:
    """A proper name or a noun with a national modifier ("Kenya", "the Chilean foreign ministry", "Peru's
    ministry"); "the foreign ministry" alone names no state, and the state that summons is then unknown."""
    mods = [noun] + [c for c in children(sentence, noun.i) if c.dep in ("amod", "compound", "poss", "nmod")]
    return any(m.pos == "PROPN" or m.ent in ("GPE", "NORP") for m in mods)


def _bare_participle(sentence: Sentence, token: Token) -> bool:
    """A past participle modifying a noun, with no auxiliary of its own ("the jet shot down by X")."""
    return token.tag == "VBN" and token.dep in ("acl", "ROOT") and not any(
        c.dep in ("aux", "auxpass") for c in children(sentence, token.i))


def commissioners(sentence: Sentence, i: int) -> list[int]:
    """Who ordered or carried out the act a noun names: the 'by' phrase of a participle on it ("a strike
    ordered by X", "the raid carried out by X's forces"); not of any participle ("the attack condemned by X")."""
    acts = [c for c in children(sentence, i) if c.dep == "acl" and c.tag == "VBN"
            and fold_spelling(c.lemma.lower()) in cue_words("commission")]
    return [o for c in acts for o in pobjs(sentence, c.i, frozenset({"by"}), ("agent", "prep"))]


def _nominal_source(sentence: Sentence, token: Token, kids: list[Token]) -> tuple[list[int], str] | None:
    poss = [c for c in kids if c.dep == "poss"]
    if poss and poss[0].pos != "PRON":
        return with_conjuncts(sentence, poss[0].i), "poss"
    behind = commissioners(sentence, token.i)
    if behind:
        return with_conjuncts(sentence, behind[0]), "commissioned-by"
    mods = [c for c in kids if c.dep in ("compound", "amod", "nmod") and (c.ent in ("GPE", "NORP", "ORG") or c.pos == "PROPN")]
    if mods:
        return [mods[0].i], "modifier"
    makers = reaction_makers(sentence, token)
    if makers:
        return with_conjuncts(sentence, makers[0]), "from-maker"  # "drew a threat from Moscow"
    if makers := forthcoming_makers(sentence, token):
        return with_conjuncts(sentence, makers[0]), "came-from"  # "Support came from Tokyo" (sent-dev8)
    shooters = pobjs(sentence, token.i, frozenset({"from"})) if token.lemma.lower() in cue_words("salvo") else []
    if shooters:
        return with_conjuncts(sentence, shooters[0]), "from-shooter"  # "a barrage from X's positions"
    between = parties_between(sentence, token) if token.dep != "compound" else []
    if between:
        return with_conjuncts(sentence, between[0])[:1], "between"  # the other sides come back as targets
    if token.dep in ("nsubj", "nsubjpass", "ROOT") and token.lemma.lower() in cue_words("mover"):
        movers = pobjs(sentence, token.i, frozenset({"of"}))
        if movers:
            return with_conjuncts(sentence, movers[0]), "of-mover"  # "the deployment of X's troops arrived"
    return None


def reaction_subject(sentence: Sentence, i: int, sources: list[int]) -> list[int]:
    """Whom a drawn or faced act is aimed at: the subject of "X drew a threat from Y", "X faced criticism
    from Y" (climbed from a participle: "X joined the alliance, drawing a threat from Y")."""
    verb = reception_verb(sentence, sentence.tokens[i])
    if verb is None or not reaction_makers(sentence, sentence.tokens[i]):
        return []
    found, _ = source_tokens(sentence, verb.i)
    return [j for j in found if j not in sources]


def parties_between(sentence: Sentence, token: Token) -> list[int]:
    """'between X and Y' on the trigger, or on the verb a nominal trigger is subject/object of, or on a verb trigger."""
    found = pobjs(sentence, token.i, frozenset({"between"}))
    if not found and token.dep in ("nsubjpass", "nsubj", "dobj", "compound") and token.head != token.i:
        found = pobjs(sentence, token.head, frozenset({"between"}))
    return found


def _climb(sentence: Sentence, token: Token, depth: int) -> tuple[list[int], str]:
    """An xcomp/conj/acl/nominal argument borrows the subject of the clause it hangs from."""
    head = sentence.tokens[token.head]
    if token.dep == "relcl" and head.lemma.lower() in cue_words("design") and any(
            c.dep == "aux" and c.text.lower() == "to" for c in children(sentence, token.i)):
        return _issuer(sentence, head, depth)  # "drew up a scheme to attack": the parser's relative is an infinitive
    if token.dep == "relcl" and any(c.dep == "nsubjpass" and any(p.text.lower() == "whose" for p in children(sentence, c.i))
                                    for c in children(sentence, token.i)):
        return [], "none"  # "fishermen whose boat was seized": the noun's own was acted on, by someone unnamed (wire14)
    if unowed(sentence, token.i):
        return unowed_owner(sentence, token.i), "unowed-owner"  # "X has nothing to apologise for"
    if (outside := quoted_relative_host(sentence, token)) is not None and depth < 4:  # wire59 w59_04
        found, how = source_tokens(sentence, outside, depth + 1)
        return found, (f"climb:quoted-relative>{how}" if found else "none")
    if token.dep in ("relcl",):
        return predicated_subject(sentence, head) or [head.i], "relcl-head"
    host = conjunct_host(sentence, token)
    if host is not None and depth < 4:
        found, how = source_tokens(sentence, host, depth + 1)  # the clause above the one with "did"
        return found, (f"climb:split-conj>{how}" if found else "none")
    wrote = writer(sentence, token)
    if wrote is not None and depth < 4:
        found, how = source_tokens(sentence, wrote, depth + 1)
        return found, (f"climb:writer>{how}" if found else "none")
    if noun_rooted_clause(sentence, token):
        return with_conjuncts(sentence, head.i), "noun-rooted-clause"  # the parser's participle is finite
    if token.dep == "acl" and not is_verbal(head):
        if suffered_participle(sentence, token):  # "the Honduran soldiers detained near X" (events/voice.py)
            return [], "none(participle: its noun suffered the act)"
        if (handed := issued_document(sentence, token)) is not None and handed.i != head.i:
            return _issuer(sentence, handed, depth)  # "handed a note to X's envoy asking ...": the note asks (nesting)
        nominal = _nominal_source(sentence, head, children(sentence, head.i))
        return nominal if nominal else _issuer(sentence, issued_document(sentence, token) or head, depth)
    if token.dep == "compound" and not is_verbal(token) and not is_verbal(head):
        return _modified_noun_source(sentence, head, depth)
    passive_subject = [c.i for c in children(sentence, head.i) if c.dep == "nsubjpass"]
    if token.dep == "conj" and passive_subject and is_verbal(token) and _shares_passive(sentence, token):
        # "X was summoned by Y and handed a demand": the participle shares the passive, so X received the
        # demand; its maker is the first verb's agent, if named (wire10: an envoy read as the demand's maker)
        agents = [g.i for c in children(sentence, head.i) if c.dep == "agent" for g in children(sentence, c.i)
                  if g.dep == "pobj"]
        return (with_conjuncts(sentence, agents[0]), "shared-passive-agent") if agents else ([], "none")
    if passive_subject and shared_passive(sentence, token):  # "X were freed and handed over": X was handed over
        agents = [] if own_auxiliary(sentence, token) else pobjs(sentence, head.i, frozenset({"by"}), ("agent",))
        return (with_conjuncts(sentence, agents[0]), "shared-passive-agent") if agents else ([], "none")
    if token.dep == "conj" and passive_subject and is_verbal(token):
        return with_conjuncts(sentence, passive_subject[0]), "conj-passive-subject"  # "X was charged by Y and will resign"
    if token.dep == "xcomp" and passive_subject and is_verbal(token):
        return with_conjuncts(sentence, passive_subject[0]), "raised-passive-subject"  # "X is expected to adopt"
    controller = [c.i for c in children(sentence, head.i) if c.dep == "dobj"]
    # "used Monday's talks to ask for X", "took the opportunity to warn": the object is the means, and
    # the infinitive is the user's purpose, not the object's act (wire10: a president's request read as the talks')
    if token.dep == "xcomp" and controller and is_verbal(token) and head.lemma.lower() not in cue_words("means"):
        return with_conjuncts(sentence, controller[0]), "object-control"  # "provoked X to block"
    if not is_verbal(token) and token.dep == "nsubjpass" and head.lemma.lower() in cue_words("renewer"):
        agents = pobjs(sentence, head.i, frozenset({"by"}), ("agent",))  # "sanctions on X were tightened by Y"
        if agents:
            return with_conjuncts(sentence, agents[0]), "climb:renewed-by"
    if not is_verbal(token) and token.dep in ("attr", "nsubj", "nsubjpass", "appos"):
        return [], "none"  # "CIS is an agreement": the copula's subject is not the agreement's maker
    if undergone(sentence, token) is not None:
        return [], "none"  # "a Kazakh patrol came under fire": the subject suffers the act (newcomer7: coded as its doer)
    if token.dep == "prep" and is_verbal(head) and head.lemma.lower() in cue_words("suffer"):
        return [], "none"  # "two sailors died in an attack": the sailors are its victims
    if head.lemma.lower() in cue_words("witness") and (not is_verbal(token) and token.dep == "dobj"
                                                         or token.dep == "prep"):
        return [], "none"  # "X reported violations of its airspace", "X learned of the detention": X noted them
    if token.dep == "prep" and token.lemma.lower() in TOPIC_PREPS and head.lemma.lower() in cue_words("topic"):
        return [], "none"  # "Asked about the seizure, X said…", "a note on the detention": X did not seize (wire17)
    if token.dep == "pcomp" and head.lemma.lower() == "for" and _penalised_for(sentence, head):
        return [], "none"  # "fined the ship for violating the zone": the ship violated it, not the fining state
    if token.dep == "pcomp" and _object_controlled(sentence, head):
        return [], "none"  # "accused X's forces of shelling a village, wounding two": the accused shelled
    if (told := told_consequence(sentence, token, head)) is not None:
        found, how = source_tokens(sentence, told, depth + 1)
        return found, (f"climb:reported-clause>{how}" if found else "none")
    if token.dep in ("xcomp", "conj", "dobj", "pobj", "prep", "pcomp", "advcl", "oprd", "acomp", "ccomp") \
            or (token.dep == "poss" and token.pos == "PRON"):
        if token.dep == "ccomp" and is_verbal(token) or _orphan_finite_clause(sentence, token):
            return [], "none"  # a reported clause never borrows the reporter as its actor
        found, how = source_tokens(sentence, head.i, depth + 1)
        return found, (f"climb:{token.dep}>{how}" if found else "none")
    return [], "none"


def _penalised_for(sentence: Sentence, prep: Token) -> bool:
    """The 'for' phrase hangs on a penalising verb or noun, or on the verb whose object is one ("imposed a fine
    on X for violating"; cues.tsv penalty)."""
    governor = sentence.tokens[prep.head]
    return _penal(governor) or any(c.dep == "dobj" and _penal(c) for c in children(sentence, governor.i))


def _object_controlled(sentence: Sentence, prep: Token) -> bool:
    """A gerund in an 'of' or 'for' phrase of a verb with an object tells what the object did ("accused X of
    shelling", "blamed X for raiding"), so an act hung on the gerund ("..., wounding two civilians") never climbs
    to the verb's subject (coderfp: "Armenia accused Azerbaijani forces of shelling a village, wounding two" gave
    Armenia the wounding). What a subject draws or faces for its own act ("faced criticism for sending troops",
    cues.tsv reception) keeps its subject. 'from' ("stopped them from working together") was tried: right about
    the doer, but the act it took from the subject had hidden a relative clause's act, which then became the
    sentence's main event (wire9: a 2018 court ruling's rejection of a claim, P 0.922 -> 0.910), so it is left out."""
    verb = sentence.tokens[prep.head]
    if prep.dep not in ("prep", "dative") or prep.text.lower() not in ("of", "for") or prep.head == prep.i:
        return False
    return is_verbal(verb) and verb.lemma.lower() not in cue_words("reception") and any(
        c.dep == "dobj" for c in children(sentence, verb.i))


def _penal(token: Token) -> bool:
    """A word of cues.tsv penalty, by lemma or by form (the parser lemmatises "fined" as "fin")."""
    penalty = cue_words("penalty")
    return token.lemma.lower() in penalty or any(token.text.lower() in surface_forms(w) for w in penalty)


def _shares_passive(sentence: Sentence, token: Token) -> bool:
    """A giving verb joined bare to a passive one ("was told of X and handed a demand") is passive too: the
    parser tags "handed" a past tense, but with no auxiliary or subject of its own its subject received the
    demand (cues.tsv recipient), where "was elected and signed an accord" is the subject's own act. Without an
    object of its own the subject is what was given ("the officers were driven to the post and handed over";
    wire9), and the old reading stands."""
    kids = children(sentence, token.i)
    return token.lemma.lower() in cue_words("recipient") and any(c.dep == "dobj" for c in kids) and not any(
        c.dep in ("aux", "auxpass", "nsubj", "nsubjpass") for c in kids)


def _orphan_finite_clause(sentence: Sentence, token: Token) -> bool:
    """A finite verb ("had entered", "violated") hung as an adverbial clause with no subject and no
    conjunction is the parser's misreading of a relative clause ("a warplane it claimed had entered its
    airspace"): its doer is the noun before it, not the main clause's subject (realnews: the alliance
    meeting after the downing was coded as the alliance entering the airspace)."""
    if token.dep != "advcl" or token.tag not in ("VBD", "VBN", "VBZ", "VBP"):
        return False
    kids = children(sentence, token.i)
    finite = token.tag in ("VBD", "VBZ", "VBP") or any(
        c.dep == "aux" and c.lemma.lower() in ("have", "will", "would", "shall") for c in kids)
    return finite and not any(c.dep in ("mark", "nsubj", "nsubjpass", "advmod", "auxpass") for c in kids)


def _issuer(sentence: Sentence, document: Token, depth: int) -> tuple[list[int], str]:
    """"X issued a statement condemning Y", "X published a declaration demanding Z": a document noun
    that is the object of a verb speaks for that verb's subject. Other nouns do not lend their verb's
    subject ("X condemned the attack killing five" - X did not kill). So does a noun of intent ("X was
    developing plans to attack Y", cue kind design)."""
    if document.lemma.lower() not in cue_words("document").keys() | cue_words("design").keys() \
            or document.dep != "dobj" or document.head == document.i:
        return [], "none"
    found, how = source_tokens(sentence, document.head, depth + 1)
    kind = "design" if document.lemma.lower() in cue_words("design") else "issuer"
    return found, (f"{kind}:{how}" if found else "none")


def _modified_noun_source(sentence: Sentence, head: Token, depth: int) -> tuple[list[int], str]:
    """A trigger noun used as a modifier ("a mediation effort", "the aid package") acts through the noun
    it modifies: that noun's owner, or the subject of the clause it sits in. Its 'between' phrase names
    the parties, not the actor ("launched a mediation effort between X and Y")."""
    kids = children(sentence, head.i)
    poss = [c for c in kids if c.dep == "poss" and c.pos != "PRON"]
    if poss:
        return with_conjuncts(sentence, poss[0].i), "compound-head:poss"
    if depth < 4 and head.head != head.i:
        found, how = _climb(sentence, head, depth + 1)
        return found, (f"compound-head:{how}" if found else "none")
    return [], "none"


def _object_gap(sentence: Sentence, token: Token) -> bool:
    """A relative clause with a subject of its own and no relative word: "officers it had detained", "the
    boats Peru seized" leave out their object, which is the noun they describe (a clause with "who", "that"
    or "which" says it; one with "where" or "when" has no gap)."""
    kids = children(sentence, token.i)
    return token.pos == "VERB" and not any(c.text.lower() in RELATIVE_PRONOUNS | {"where", "when", "why"}
                                           or c.dep in ("dobj", "nsubjpass", "ccomp", "xcomp") for c in kids) \
        and any(c.dep == "nsubj" for c in kids)


def target_tokens(sentence: Sentence, i: int, sources: list[int]) -> tuple[list[int], str]:
    """Who is acted upon: passive subject, object, dative, prepositional object, or 'between X and Y'."""
    token = sentence.tokens[i]
    first = coordinated_object(sentence, token)
    if first is not None:  # its object is the noun it was read to modify, whose 'on X' the parser hung on the first
        found = [o for o in pobjs(sentence, token.head, VERB_TARGET_PREPS) + pobjs(sentence, first.i, VERB_TARGET_PREPS)
                 if o > i and o not in sources]
        return (with_conjuncts(sentence, found[0]), "coordinated-verb-object") if found else ([], "none")
    kids = children(sentence, i)
    verbal = is_verbal(token)
    between = parties_between(sentence, token)
    if between:
        sides = with_conjuncts(sentence, between[0])
        rest = [j for j in sides if j not in sources]
        if rest:
            return rest, "between"
    if verbal:
        passive = [c.i for c in kids if c.dep == "nsubjpass"]
        if token.dep == "acl" and _bare_participle(sentence, token) and not noun_rooted_clause(sentence, token):
            passive.append(token.head)  # "the warplane shot down by X", "a tanker seized by X"
        if any(c.dep == "agent" for c in kids) or reduced_passive(sentence, token):  # a headline passive read
            passive += [c.i for c in kids if c.dep == "nsubj"]  # as active: "[Jet] shot down by X"
        if not passive and token.dep == "conj" and any(c.dep == "auxpass" for c in kids):  # "X flew to Y and
            passive = [c.i for c in children(sentence, token.head) if c.dep == "nsubj"]  # was greeted by Z"
        passive = passive or shared_passive(sentence, token)  # "X were freed and handed over"
        passive += [inverted[1]] if (inverted := inverted_reporter(sentence, token)) else []  # "..., warns Y"
        # "aircraft had been made available to X", "made aircraft available to X": who gets what is made
        # available is the predicate adjective's 'to' phrase, not the thing (wire2: American planners made
        # available to two states' forces made the provider its own target, and the act lost its doer)
        found = [o for c in kids if c.dep in PREDICATE_DEPS and c.pos == "ADJ"
                 for o in pobjs(sentence, c.i, frozenset({"to"}))] or \
            passive + [c.i for c in kids if c.dep in ("dobj", "dative", "iobj")]
        if token.dep == "relcl" and token.head != i:  # "the envoy, who was summoned by X": who is the envoy
            found = [token.head if sentence.tokens[f].text.lower() in RELATIVE_PRONOUNS else f for f in found]
            if not found and _object_gap(sentence, token):
                found = [token.head]  # "released four Ugandan officers it had detained" (wire9): the noun is the object
        # a journey's 'from' is where it began ("travelled from Suva to Nuku'alofa for talks": wire24), not a target
        preps = VERB_TARGET_PREPS - {"from"} if token.lemma.lower() in cue_words("arrival") else VERB_TARGET_PREPS
        objects = pobjs(sentence, i, preps, PREP_DEPS)
        away = attendants(sentence, i) + envoy_posts(sentence, i) if objects else []  # read once, not per object
        found += [o for o in objects if o not in away]
        found += [o.i for o in particle_objects(sentence, token, PARTICLES)]  # "called in the ambassadors"
        found += [o for p in children(sentence, i) if p.dep == "prep" and p.lemma.lower() in ("out", "away")
                  for o in pobjs(sentence, p.i, frozenset({"of", "from"}))]  # "pulled out of X"
        found += [o for c in kids if c.dep == "dobj" for a in children(sentence, c.i) if a.dep == "acl"
                  for o in pobjs(sentence, a.i, frozenset({"to"}))]  # "sent planes carrying food to X"
        found += [o for c in kids if c.dep == "attr"
                  for o in pobjs(sentence, c.i, frozenset({"of", "to"}))]  # "became a member of X", "party to Y"
        if not found:  # "let a Peruvian warship refuel", "allowed Peruvian lorries to cross" (sent-dev)
            found = permitted(sentence, token)
        if feeling(token):  # "was disappointed by X's decision"
            found += pobjs(sentence, i, frozenset({"by"}), ("agent", "prep"))
        if not found:  # "called the junta illegitimate": the parser may hang the object on the predicate
            found = [o.i for c in kids if c.dep == "oprd" for o in children(sentence, c.i)
                     if o.dep in ("compound", "nsubj") and o.pos in ("NOUN", "PROPN")]
        if all(sentence.tokens[f].ent in ("DATE", "TIME") for f in found):  # ("on Friday" is no object)
            found += shifted_object(sentence, i)
        if token.lemma.lower() in GIVING_VERBS:
            found += _misplaced_recipient(sentence, [c for c in kids if c.dep == "dobj"])
    else:
        found = dative_addressee(sentence, token, GIVING_VERBS) or \
            pobjs(sentence, i, TARGET_PREPS | ({"by"} if feeling(token) else set()))
        found += [c.i for c in kids if c.dep in ("compound", "amod") and c.i not in sources
                  and (c.ent in ("GPE", "NORP") or c.pos == "PROPN")]
    if not verbal and not found and token.dep == "dobj" and token.head != i:
        found = [f for f in target_tokens(sentence, token.head, sources + [i])[0] if f != i]  # "issued an ultimatum to X"
    holder = _of_object(sentence, token) if not verbal and not found else None
    if holder is not None:  # "issued a statement of solidarity with X" (sent-dev): the verb's party is the noun's
        found = [f for f in target_tokens(sentence, holder.head, sources + [i, holder.i])[0] if f not in (i, holder.i)]
    if not verbal and not found and token.dep == "compound" and token.head != i:  # "an aid package for X"
        found = pobjs(sentence, token.head, COMPOUND_TARGET_PREPS)
    found = [f for f in found if f not in sources and f != i and sentence.tokens[f].ent not in ("DATE", "TIME")]
    if not found:
        return [], "none"
    out = with_conjuncts(sentence, found[0])
    out += [j for f in found[1:] for j in with_conjuncts(sentence, f) if j not in out]  # "lifted embargoes to X, Y and Z"
    return out, "object"


def permitted(sentence: Sentence, token: Token) -> list[int]:
    """Whom a verb of letting (cues.tsv `permission`) lets act: the subject the parser gave its small clause
    ("refused to let a Russian warship refuel", "agreed to let American forces use its bases"; sent-dev: the
    refusal and the agreement kept no target). Only a noun subject: "let it be known" lets nobody."""
    if token.lemma.lower() not in cue_words("permission"):
        return []
    return [s.i for c in children(sentence, token.i) if c.dep in ("ccomp", "xcomp") and c.pos in ("VERB", "AUX")
            for s in children(sentence, c.i) if s.dep == "nsubj" and s.pos in ("NOUN", "PROPN")]


def _misplaced_recipient(sentence: Sentence, objects: list[Token]) -> list[int]:
    """The 'to' object the parser hung on a handed thing, or on that thing's 'for'/'of' noun (GIVING_VERBS)."""
    holders = [o.i for o in objects] + [n for o in objects for n in pobjs(sentence, o.i, frozenset({"for", "of"}))]
    return [n for h in holders for n in pobjs(sentence, h, frozenset({"to"}))]


def _of_object(sentence: Sentence, token: Token) -> Token | None:
    """The verb's object a trigger noun is the 'of' phrase of ("a statement of solidarity", "a message of
    support"), or None."""
    prep = sentence.tokens[token.head]
    if token.dep != "pobj" or prep.lemma.lower() != "of" or prep.head == prep.i:
        return None
    noun = sentence.tokens[prep.head]
    return noun if noun.dep == "dobj" and noun.pos == "NOUN" and noun.head != noun.i else None
