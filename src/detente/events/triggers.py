"""Find trigger words in a parsed sentence: a token matched to the lexicon entry whose form, part of speech and
requirements (triggers.tsv: an object, a particle, a complement, a venue...) the parse satisfies.

Grouping the hits of one sentence into candidate events (the outermost trigger owning the ones nested in it)
is events/nesting.py.
"""
from __future__ import annotations

from dataclasses import dataclass

from detente.events.lexicon import (Requirement, TriggerEntry, all_trigger_forms, cue_words,
                                    fold_spelling, lemmas_of_form, surface_forms, triggers_with_forms)
from detente.events.body_names import inside_body_name
from detente.events.clause_distance import clause_distance
from detente.events.forums import FORUM, disputed_matter, names_forum, sitting_venue
from detente.events.deadlines import counted_span, given_until, state_given_time
from detente.events.declined_offer import declined_offer
from detente.events.hesitation import hesitation
from detente.events.listed import from_list_words
from detente.events.necessity import carrier_conditions
from detente.events.refusals import committed, committed_refusal, named_dative
from detente.events.demands import obliged, stated_fact, told_should
from detente.events.particles import object_particles, particle_objects, phrasal_particles
from detente.events.predicates import predicate_words, predicates, trespass
from detente.events.tree import children, folded_lemmas
from detente.events.token_memo import per_token
from detente.events.unaddressed import unaddressed
from detente.events.ultimatums import or_faced
from detente.nlp.addressed_headlines import said_word
from detente.records import Sentence, Token

UNDERGO_VERBS = frozenset({"come", "be", "remain", "fall"})  # "came under fire", "was under attack"

# Entity labels that are never triggers even when their text is a trigger form ("March", a date).
NON_TRIGGER_ENTS = frozenset({"DATE", "TIME", "PERSON", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})
# Prepositions that bring a case before a court ("to the WTO", "with the ICJ", "before a tribunal").
VENUE_PREPS = frozenset({"to", "with", "at", "before", "from"})
# Prepositions that name how something was said ("in writing", "in a letter", "by phone", "through its embassy").
MEDIUM_PREPS = frozenset({"in", "by", "through", "via"})
OBJECT_PRONOUNS = frozenset({"it", "them"})  # objects that stand for a coordinated verb's (antecedent_objects)
RELATIVE_PRONOUNS = frozenset({"which", "that", "whom", "who"})  # a relative clause's object stands for its noun
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})  # also predicates.py
HOSTILE_ACTS = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})  # acts a threat promises to answer (answered_act)
INFINITIVE_DEPS = frozenset({"advcl", "xcomp", "acl", "relcl"})  # where the parser hangs "(one week) to leave"


@dataclass(frozen=True, slots=True)
class Hit:
    """One trigger word matched to one lexicon entry."""

    token: int
    entry: TriggerEntry


def whole_word(sentence: Sentence, token: Token) -> bool:
    """True when the token is a maximal run of letters in the text, as the prefilter sees words."""
    text = sentence.text
    a, b = token.start - sentence.start, token.start - sentence.start + len(token.text)
    return token.text.isalpha() and (a == 0 or not text[a - 1].isalpha()) and (b >= len(text) or not text[b].isalpha())


def pos_fits(entry: TriggerEntry, token: Token, verbal: bool = False) -> bool:
    """Whether the token's part of speech fits the entry; `verbal` (see `verbal_noun`) lets a noun-tagged
    word that takes a direct object fit a verb entry."""
    if entry.pos == "VERB":
        return token.pos == "VERB" or (token.pos == "PROPN" and token.tag.startswith("VB")) or verbal
    if entry.pos == "NOUN":
        return token.pos in ("NOUN", "PROPN")
    if entry.pos == "ADJ":  # "was deeply disappointed by": the parser may tag the adjective a participle
        return token.pos == "ADJ" or adjectival_participle(token)
    return token.pos == entry.pos


def verbal_noun(sentence: Sentence, token: Token) -> bool:
    """A verb the tagger read as a noun, told by the direct object the parser still gives it: "Ugandan artillery
    shells Kenyan border posts", "Norway bombs Chilean positions" (a noun takes no object; the brief's held-out
    misses: a verb tagged as a noun)."""
    return token.pos == "NOUN" and token.tag in ("NN", "NNS") and any(c.dep == "dobj" for c in children(sentence, token.i))


def adjectival_participle(token: Token) -> bool:
    """A past participle the parser reads as a copula's complement ("is disappointed", "was angered")."""
    return token.tag == "VBN" and token.dep == "acomp"


def _penalty_word(token: Token) -> bool:
    """A word of cues.tsv penalty, by lemma or by form (the parser lemmatises "fined" as "fin")."""
    return any(token.text.lower() in surface_forms(w) or token.lemma.lower() == w for w in cue_words("penalty"))


@per_token  # asked once per obj/notobj requirement of every entry the trigger's form has (events/token_memo.py)
def object_lemmas(sentence: Sentence, token: Token) -> frozenset[str]:
    heads = [c for c in children(sentence, token.i) if c.dep in OBJECT_DEPS]
    # "fined the skipper 30,000 lari": beside an amount object, the one fined is the dative (or, misparsed, the
    # amount's nmod) (wire33, wire29: court fines on a seized boat's skipper were never coded)
    # (only for a word of cues.tsv penalty: "asked Fiji for $5 million" keeps its object; wire24 got two FPs)
    amounts = [c for c in heads if c.dep == "dobj" and any(n.dep == "nummod" for n in children(sentence, c.i))
               and _penalty_word(token)]
    heads += [c for c in children(sentence, token.i) if amounts and c.dep == "dative"]
    heads += [n for c in amounts for n in children(sentence, c.i) if n.dep == "nmod"]
    heads += particle_objects(sentence, token)  # "called in the ambassadors"
    heads += stranded_objects(sentence, token)  # "received at the post the Wali of El Tarf"
    if not heads:
        heads = controlled_subjects(sentence, token)
    heads += [c for p in children(sentence, token.i) if p.dep == "prep" and p.lemma == "of"
              for c in children(sentence, p.i) if c.dep == "pobj"]
    if token.dep in ("relcl", "acl") and token.head != token.i:
        # "the sanctions that were lifted"; but in "plans to attack diplomats" the clause has its own
        # object and the noun it modifies is not what is attacked (realnews: a plot reported as a rebuke).
        # A relative pronoun object is no object of its own: "the curfew, which X lifted" lifted the curfew
        # (reqs, session 16: every obj: requirement failed in an object relative clause, 'which' being the object)
        relative = [c for c in heads if c.dep == "dobj" and c.text.lower() in RELATIVE_PRONOUNS]
        if relative or not any(c.dep == "dobj" for c in heads):
            heads = [h for h in heads if h not in relative] + [sentence.tokens[token.head]]
    heads += [c for h in list(heads) for c in children(sentence, h.i) if c.dep == "conj"]
    # "tons of aid", "a shipment of arms", and a conjunct's: "two boats and a company of soldiers" (wire9)
    heads += [c for h in list(heads) for p in children(sentence, h.i) if p.dep == "prep" and p.lemma == "of"
              for c in children(sentence, p.i) if c.dep == "pobj"]
    heads += _cargo(sentence, heads) + _verb_cargo(sentence, token, heads)
    heads += antecedent_objects(sentence, token)
    heads += [c for h in list(heads) for c in children(sentence, h.i) if c.dep in ("conj", "compound")]
    heads += _coordinated_modifiers(sentence, [h for h in heads if h.head == token.i and h.dep in OBJECT_DEPS])
    people = {"national"} if any(_counted_people(sentence, h) for h in heads) else set()
    return frozenset({lemma for h in heads for lemma in folded_lemmas(h)} | _closed_compounds(sentence, heads) | people)


def _coordinated_modifiers(sentence: Sentence, heads: list[Token]) -> list[Token]:
    """Coordinated noun modifiers of the trigger's own object, which the parser hangs as an nmod and its
    conjunct, not as compounds: "sent search-and-rescue teams to Morocco" reads as rescue teams sent (sent-dev10,
    sent-dev11: nothing was coded). Not deeper: "a delegation of customs and police experts" sent to talks is no
    police force sent (wire28)."""
    mods = [c for h in heads for c in children(sentence, h.i) if c.dep == "nmod" and c.pos == "NOUN"]
    conjs = {m.i: [c for c in children(sentence, m.i) if c.dep == "conj" and c.pos == "NOUN"] for m in mods}
    return [t for m in mods if conjs[m.i] for t in [m, *conjs[m.i]]]


def _counted_people(sentence: Sentence, head: Token) -> bool:
    """People named by their nationality and counted: "released 12 Ugandans", "hundreds of Somalis" (a plural
    proper noun with a number or behind 'of'), or by a bare numeral ("the six"), read as the entries' 'national'
    (reqs, session 16: an object-class list names nationals and citizens, never the demonym itself)."""
    if head.pos == "NUM" and head.dep in ("nsubjpass", "dobj"):
        # "the six were handed back", "freed the four": a bare numeral stands for people the page has named
        # (wire26 class: a numeral subject left the hand-back without an object)
        return any(c.dep == "det" and c.lemma.lower() in ("the", "all") for c in children(sentence, head.i))
    if head.tag != "NNPS":
        return False
    return any(c.dep == "nummod" for c in children(sentence, head.i)) or \
        (head.dep == "pobj" and sentence.tokens[head.head].lemma.lower() == "of")


def stranded_objects(sentence: Sentence, token: Token) -> list[Token]:
    """The verb's object that the parser hung on the noun of a phrase before it: in "received at the border
    post the governor of the province" it reads 'governor' as a direct object of 'post' (wire8: a governor's
    reception of his counterpart went uncoded). A noun takes no direct object, so it is the verb's."""
    return [o for p in children(sentence, token.i) if p.dep == "prep" for n in children(sentence, p.i)
            if n.dep == "pobj" and n.pos in ("NOUN", "PROPN") for o in children(sentence, n.i) if o.dep == "dobj"]


def antecedent_objects(sentence: Sentence, token: Token) -> list[Token]:
    """"signed a protest note and delivered it to the embassy": a pronoun object of a coordinated verb
    stands for the first verb's object, which tells what was delivered (wire4: the note coded as aid); after
    a request, for what was asked for ("asked X for consular access, and Y granted it": wire4, coded as aid)."""
    if token.dep != "conj" or token.head == token.i:
        return []
    if not any(c.dep == "dobj" and c.text.lower() in OBJECT_PRONOUNS for c in children(sentence, token.i)):
        return []
    asked = [o for p in children(sentence, token.head) if p.dep == "prep" and p.lemma.lower() == "for"
             for o in children(sentence, p.i) if o.dep == "pobj"]  # "asked X for consular access, and Y granted it"
    return [c for c in children(sentence, token.head) if c.dep == "dobj"] + asked


def relative_object(sentence: Sentence, token: Token, kids: list[Token]) -> list[Token]:
    """"rejected the protest note that Latvia delivered to the charge": a relative clause's verb with no object
    of its own but its relative pronoun has the noun it modifies for its object, which tells what was delivered
    (wire23, a blind page: the delivered note coded as aid); a participle's noun too: "the British complaint,
    delivered to Iran's charge d'affaires" (wire47 w47_02, coded as aid)."""
    if token.dep not in ("relcl", "acl") or token.head == token.i:
        return []
    objects = [c for c in kids if c.dep == "dobj"]
    if objects and not all(c.text.lower() in ("that", "which") for c in objects):
        return []
    return [sentence.tokens[token.head]]


def _closed_compounds(sentence: Sentence, heads: list[Token]) -> set[str]:
    """An open compound read as its one-word spelling: "air space" is "airspace", "cease fire" is
    "ceasefire" (realnews: "entered its air space", "the violation of Turkish air space" went uncoded)."""
    return {fold_spelling(c.lemma + h.lemma) for h in heads for c in children(sentence, h.i)
            if c.dep == "compound" and c.i == h.i - 1 and c.text.isalpha()}


def is_venue(sentence: Sentence, i: int) -> bool:
    """The noun phrase at token i names a court, a tribunal, arbitration or the WTO (cues.tsv `tribunal`):
    its head ends the cue ("the World Trade Organisation", "international arbitration") or opens it with its
    'of' phrase ("the Court of Justice"); "WTO membership" or "an arbitration ruling" is no court."""
    token = sentence.tokens[i]
    left = [t for t in children(sentence, i) if t.dep in ("compound", "amod") and t.i < i] + [token]
    own = " ".join(fold_spelling(t.lemma) for t in sorted(left, key=lambda t: t.i))
    of = [o for p in children(sentence, i) if p.dep == "prep" and p.lemma == "of" for o in children(sentence, p.i)
          if o.dep == "pobj"]
    with_of = [f"{fold_spelling(token.lemma)} of {fold_spelling(o.lemma)}" for o in of]
    return any(f" {own}".endswith(f" {cue}") or cue in with_of for cue, kind in cue_words("tribunal").items() if kind != FORUM)


def venue_of(sentence: Sentence, trigger: int, preps: frozenset[str] = VENUE_PREPS) -> int | None:
    """The court a trigger takes a case to: the object of its 'to/with/before/from/at' phrase, its direct
    object ("asked the ICJ for measures"), or such a phrase the parser hung inside the object's own
    phrase ("take X's decision to impose tariffs to the WTO")."""
    kids = children(sentence, trigger)
    objects = [c for c in kids if c.dep == "dobj"]
    holders, steps = [sentence.tokens[trigger]], 0
    while objects and steps < 4:
        holders, objects, steps = holders + objects, [g for o in objects for g in children(sentence, o.i)], steps + 1
    slots = [o for h in holders for p in children(sentence, h.i) if p.dep == "prep" and p.lemma.lower() in preps
             for o in children(sentence, p.i) if o.dep == "pobj"]
    # "asked the Security Council to condemn X" is a request to the council, not a case taken there
    slots += [c for c in kids if c.dep == "dobj" and c.lemma.lower() != "council"]
    forum = disputed_matter(sentence, trigger)  # "take the matter to the OAS" (events/forums.py)
    found = next((o.i for o in slots if is_venue(sentence, o.i) or forum and names_forum(sentence, o.i)), None)
    return found if found is not None else sitting_venue(sentence, trigger)  # "ask for a session of the OAS if"


def controlled_subjects(sentence: Sentence, token: Token) -> list[Token]:
    """"summoned the ambassador to explain why…" parsed with the ambassador as the subject of the
    infinitive (wire4): the subject of a 'to' complement is the verb's object."""
    clauses = [c for c in children(sentence, token.i) if c.dep in ("ccomp", "xcomp")
               and any(a.dep == "aux" and a.lemma.lower() == "to" for a in children(sentence, c.i))]
    return [s for c in clauses for s in children(sentence, c.i) if s.dep == "nsubj"]


def _cargo(sentence: Sentence, heads: list[Token]) -> list[Token]:
    """What a sent vehicle carries: "planes carrying 40 tonnes of food", "lorries loaded with medicine",
    "ships with supplies" (the load tells aid from a troop movement). A relative clause carries only on a craft:
    "a dispute that had poisoned relations" carries nothing (wire30: ending that dispute coded as ending relations,
    SANCTION)."""
    vehicles = set(cue_words("vehicle"))
    carriers = [c for h in heads for c in children(sentence, h.i) if c.dep in ("acl", "relcl")
                and not _named_subject(sentence, c) and (c.dep == "acl" or folded_lemmas(h) & vehicles)]
    loads = [c for a in carriers for c in children(sentence, a.i) if c.dep == "dobj"]
    loads += [o for h in heads + carriers for p in children(sentence, h.i) if p.dep == "prep" and p.lemma == "with"
              for o in children(sentence, p.i) if o.dep == "pobj"]
    loads += [o for h in list(loads) for p in children(sentence, h.i) if p.dep == "prep" and p.lemma == "of"
              for o in children(sentence, p.i) if o.dep == "pobj"]  # "40 tonnes of food"
    return loads


def _named_subject(sentence: Sentence, clause: Token) -> bool:
    """A relative clause with a subject of its own ("a visit, in which the two countries signed agreements")
    tells that subject's act, not what the noun carries (wire25: ending a visit read as ending the agreements,
    REJECT); "ships that carried food" has only its relative pronoun."""
    return any(c.dep in ("nsubj", "nsubjpass") and c.text.lower() not in RELATIVE_PRONOUNS
               for c in children(sentence, clause.i))


def _verb_cargo(sentence: Sentence, token: Token, heads: list[Token]) -> list[Token]:
    """The load of a sent craft, hung by the parser on the verb: "send a transport plane from X with food and
    shelter materials" (wire2: a relief flight went uncoded). Only with a craft as the object (cues.tsv
    `vehicle`): in "sent troops with equipment" the troops are what is sent."""
    if not any(folded_lemmas(h) & set(cue_words("vehicle")) for h in heads):
        return []
    loads = [o for p in children(sentence, token.i) if p.dep == "prep" and p.lemma.lower() == "with"
             for o in children(sentence, p.i) if o.dep == "pobj"]
    return loads + [c for o in loads for c in children(sentence, o.i) if c.dep in ("conj", "compound")]


def meets(sentence: Sentence, token: Token, entry: TriggerEntry) -> bool:
    """Whether the token satisfies one of the entry's requirement sets (an entry with none always fits)."""
    if not entry.requires:
        return True
    kids = children(sentence, token.i)
    return any(_holds(sentence, token, kids, req) and all(_holds(sentence, token, kids, a) for a in req.also)
               for req in entry.requires)


def _clause_subject(sentence: Sentence, token: Token, kids: list[Token]) -> list[Token]:
    """The subject a subjectless adverbial participle shares with its clause ("an earthquake struck the
    region, killing forty": the quake kills), so that a 'not:' word can name it. sent-dev2: the killing
    by an earthquake was coded as an assault."""
    if token.dep != "advcl" or token.tag != "VBG" or any(c.dep in ("nsubj", "nsubjpass") for c in kids):
        return []
    return [c for c in children(sentence, token.head) if c.dep == "nsubj"]


def _holds(sentence: Sentence, token: Token, kids: list[Token], req: Requirement) -> bool:
    """Whether one requirement holds for the trigger token (see the column notes in triggers.tsv)."""
    kind = req.kind
    if kind == "comp":  # a nested trigger is checked in `nesting.group_hits`
        return any(c.dep in COMPLEMENT_DEPS and not stated_fact(sentence, c) for c in kids)
    if kind == "must":
        return any(c.dep == "ccomp" and (obliged(sentence, c) or told_should(sentence, c)) for c in kids)
    if kind == "obj":
        return bool(req.words & object_lemmas(sentence, token))
    if kind == "ctl":  # the object before its infinitive: "told X to leave", not a headline's "X told to leave; ship sent"
        return any(c.dep == "dobj" and c.i < x.i for c in kids for x in _controlled(sentence, kids))
    if kind == "prt":
        return any(c.lemma.lower() in req.words for c in phrasal_particles(token, kids, sentence))
    if kind == "prep":
        return any(c.lemma.lower() in req.words for c in _preposition_slots(sentence, token, kids))
    if kind == "mod":
        return any(c.dep in MODIFIER_DEPS and folded_lemmas(c) & req.words for c in _modifiers(sentence, kids))
    if kind == "word":  # a listed word among the trigger's dependents, two levels down, or on a particle's object
        return any(folded_lemmas(g) & req.words for c in kids for g in [c] + _counted(sentence, c)) \
            or any(folded_lemmas(g) & req.words for g in _adjacent_complement(sentence, token, kids)) \
            or any(folded_lemmas(g) & req.words for g in carrier_conditions(sentence, token)) \
            or any(folded_lemmas(g) & req.words for o in particle_objects(sentence, token)  # "called in X's High
                   for g in children(sentence, o.i))  # Commissioner" hangs the object under 'in' (wire20)
    if kind == "subj":  # the active subject ("troops left Somalia"), or what its 'of' counts ("hundreds of soldiers")
        subjects = _subjects(sentence, token, kids)
        return any(folded_lemmas(g) & req.words for c in subjects for g in [c] + _counted(sentence, c))
    if kind == "notobj":  # "approved the budget", "visited a factory": a thing at home, not a deal or a host (precision11)
        return not req.words & object_lemmas(sentence, token)
    if kind == "notsubj":  # "traders complained that ...": a grievance of private people, no state's charge
        subjects = _subjects(sentence, token, kids)
        return not any(folded_lemmas(g) & req.words for c in subjects for g in [c] + _counted(sentence, c))
    if kind == "offered":  # "X offered to mediate, but Y declined" (events/declined_offer.py)
        return declined_offer(sentence, token) is not None
    if kind == "unhesitating":  # "would not hesitate to respond": the bare verb warns of an act (wire4, wire28)
        return hesitation(sentence, token) == "future"
    if kind == "refused":  # "will not pay the fine": a transfer refused, no act when done (events/refusals.py)
        return committed_refusal(sentence, token)
    if kind == "future":  # "further steps will follow": a warning of what is to come (events/refusals.py)
        return committed(sentence, token)
    if kind == "dative":  # "will not give Singapore the names"
        return named_dative(sentence, kids)
    if kind == "notcomp":  # "declined to say how many soldiers had been sent": reticence, not a refusal (wire20)
        return not any(c.dep in COMPLEMENT_DEPS and folded_lemmas(c) & req.words for c in kids)
    if kind == "not":  # none of them: "spoke with reporters" is no consultation
        kids = [c for c in kids if not clause_distance(sentence, token, c)] + antecedent_objects(sentence, token) \
            + _clause_subject(sentence, token, kids) + relative_object(sentence, token, kids)
        return not any(folded_lemmas(g) & req.words for c in kids for g in [c] + children(sentence, c.i))
    if kind == "clause":
        return any(c.dep == "ccomp" for c in kids)  # "protested that ...", "..., the ministry protested"
    if kind == "subjcomp":  # "wants Uganda to withdraw": the complement's doer is named, not the wanter; or what
        # it wants done, a passive's subject ("we expect the vessel and its crew to be released"; wire8)
        return any(c.dep in COMPLEMENT_DEPS and any(k.dep in ("nsubj", "nsubjpass") for k in children(sentence, c.i))
                   for c in kids) \
            or (any(c.dep == "dobj" for c in kids) and bool(_controlled(sentence, kids)))
    if kind == "ownclause":  # "admitted that its jets had strayed into X's airspace": owning up to one's own act
        return any(c.dep == "ccomp" and _owned_subject(sentence, c) for c in kids)
    if kind == "thatclause":  # "charges that X's troops had moved the fence": the noun's content clause
        return any(c.dep in ("acl", "ccomp") and any(k.dep == "mark" and k.text.lower() == "that" for k in children(
            sentence, c.i)) and any(k.dep in ("nsubj", "nsubjpass") for k in children(sentence, c.i)) for c in kids)
    if kind == "noreport":  # "officials concede that…", "…, officials concede,": a verb of saying, not the act
        return token.dep != "parataxis" and not any(c.dep == "ccomp" for c in kids)
    if kind == "propobj":
        return any(c.dep == "dobj" and c.pos == "PROPN" for c in kids)  # "defended Bolivia"
    if kind == "unreceived":  # not "was met with a cool response": a reception, not a meeting
        return not received_with(sentence, kids)
    if kind == "answer":  # "any incursion would be met with force": a threat (`answered_act`)
        return answered_act(sentence, token, kids)
    if kind == "pred":
        return any(folded_lemmas(w) & req.words for p in predicates(sentence, kids) for w in predicate_words(sentence, p))
    if kind == "from":
        return any(folded_lemmas(o) & req.words for o in _left(sentence, kids))
    if kind == "trespass":  # "said the boats were fishing in its waters": a charge of trespass (predicates.py)
        return trespass(sentence, kids, req.words) and not _acts_told(sentence, kids)
    if kind == "venue":  # "took the dispute to the WTO", "raised the seizure with the court" (events/recourse.py)
        return venue_of(sentence, token.i, req.words) is not None
    if kind == "orface":  # "gave X a month to withdraw or face sanctions": an ultimatum (events/ultimatums.py)
        return or_faced(sentence, token)
    if kind == "deadline":
        return (bool(_time_allowed(sentence, kids, req.words)) or state_given_time(sentence, kids, req.words)
                or given_until(sentence, kids))
    if kind == "objto":  # "returned a stone carving to Cambodia"
        return _handed_to_name(sentence, token, kids, req.words)
    if kind == "pair":  # "X and Y opened a crossing", "the two officials decided to open a line": a joint act
        return any(_paired(sentence, c) for c in _subjects(sentence, token, kids))
    if kind == "inf":  # "undertook to reduce the fees", not "undertook a mediation mission": a to-infinitive
        return any(c.dep == "xcomp" and c.pos in ("VERB", "AUX") and any(
            t.dep == "aux" and t.text.lower() == "to" for t in children(sentence, c.i)) for c in kids)
    if kind == "ing":  # "stopped clearing milk from X": a gerund complement among the listed verbs
        return any(c.dep == "xcomp" and c.tag == "VBG" and folded_lemmas(c) & req.words for c in kids)
    if kind == "prepname":  # "stands behind Uganda", not "stood behind the podium" (sent-dev2)
        return any(p.dep == "prep" and p.lemma.lower() in req.words and any(
            o.dep == "pobj" and o.pos == "PROPN" for o in children(sentence, p.i)) for p in kids)
    if kind == "intj":  # "Vilnius said no": the word is the verb's own interjection, not "says no NATO invitation"
        return any(c.dep == "intj" and c.lemma.lower() in req.words for c in kids)
    if kind == "listed":  # "removed X from its list of trusted partners" (events/listed.py)
        return from_list_words(sentence, kids, req.words)
    return False


def _adjacent_complement(sentence: Sentence, token: Token, kids: list[Token]) -> list[Token]:
    """An adjective right after the verb that the parser hung on the object ("set free 30 prisoners": 'free'
    read as the prisoners' adjective; sent-dev5, the release went uncoded): the verb's complement, not the noun's."""
    if token.i + 1 >= len(sentence.tokens):
        return []
    after = sentence.tokens[token.i + 1]
    objects = {c.i for c in kids if c.dep == "dobj"}
    # on the object, or on its number ("set free 30 prisoners": the parser hangs 'free' on '30')
    held = after.head in objects or sentence.tokens[after.head].head in objects
    return [after] if after.dep == "amod" and held else []


def _owned_subject(sentence: Sentence, clause: Token) -> bool:
    """The clause's subject is the speaker's own: "its jets", "their forces" (sent-dev2, sent-dev3: a state that
    admits its forces did something yields; "admitted that talks had stalled" reports)."""
    return any(k.dep in ("nsubj", "nsubjpass") and any(
        p.dep == "poss" and p.text.lower() in ("its", "their", "our") for p in children(sentence, k.i))
        for k in children(sentence, clause.i))


def _subjects(sentence: Sentence, token: Token, kids: list[Token]) -> list[Token]:
    """A verb's active subject, or its governor's when the verb is an infinitive complement ("troops are
    to leave", "troops began to leave")."""
    own = [c for c in kids if c.dep == "nsubj"]
    if own or token.dep != "xcomp":
        return own
    return [c for c in children(sentence, token.head) if c.dep == "nsubj"]


def _handed_to_name(sentence: Sentence, token: Token, kids: list[Token], preps: frozenset[str]) -> bool:
    """A direct object and a 'to' phrase naming a proper noun, hung on the verb or on the object (the parser
    does both: "returned [two carvings to Chile]"). A proper noun, not an entity label: `could_code` asks this
    of a parse without entities, and entities may only veto a trigger."""
    objects = [c for c in kids if c.dep == "dobj"]
    holders = objects[:1] + [token] if objects else []
    return any(p.dep == "prep" and p.lemma.lower() in preps and any(o.dep == "pobj" and o.pos == "PROPN"
                                                                    for o in children(sentence, p.i))
               for h in holders for p in children(sentence, h.i))


def _paired(sentence: Sentence, subject: Token) -> bool:
    """A subject naming two parties: coordinated ("Mongolia and China"), counted ("the two officials", "both"), or by
    two coordinated adjectives ("British and Estonian troops", sent-dev9; an nmod "Moldovan and ...": sent-dev22 0238)."""
    return any(c.dep == "conj" or (c.dep == "nummod" and c.text.lower() == "two") or
               (c.dep in ("det", "predet") and c.text.lower() == "both") or
               (c.dep in ("amod", "nmod") and any(a.dep == "conj" for a in children(sentence, c.i)))
               for c in children(sentence, subject.i))


def _counted(sentence: Sentence, token: Token) -> list[Token]:
    """A dependent's own dependents, and behind a counting 'of' what is counted: "[hundreds] of
    demonstrators gathered" names the demonstrators one level further down (sent-dev's crowds)."""
    kids = children(sentence, token.i)
    return kids + [o for c in kids if c.dep == "prep" and c.lemma.lower() == "of"
                   for o in children(sentence, c.i) if o.dep == "pobj"]


def _time_allowed(sentence: Sentence, kids: list[Token], units: frozenset[str]) -> list[Token]:
    """"gave the junta one week to cede power", "gave X 48 hours to withdraw": a counted span of time (a
    unit with a number) and a 'to' infinitive, on the verb or on the span, naming an act of the lexicon
    (what is demanded is itself an event; "gave firms six months to register" demands none)."""
    spans = [c for c in kids if folded_lemmas(c) & units and counted_span(sentence, c)]
    clauses = kids + [v for h in spans for v in children(sentence, h.i)] if spans else []
    return [v for v in clauses if v.dep in INFINITIVE_DEPS and match_token(sentence, v) is not None
            and any(a.dep == "aux" and a.text.lower() == "to" for a in children(sentence, v.i))]


def received_with(sentence: Sentence, kids: list[Token]) -> bool:
    """A passive with a 'with' phrase ("was met with scepticism", "would be met with force"): how something is
    received, not whom one meets (found probing `answered_act`: "the proposal was met with a cool response
    from X" was coded as a meeting with X)."""
    return any(c.dep == "auxpass" for c in kids) and any(c.dep == "prep" and c.lemma.lower() == "with" for c in kids)


def answered_act(sentence: Sentence, token: Token, kids: list[Token]) -> bool:
    """"Any incursion would be met with force", "any attack on its territory will be answered with a decisive
    response": a hostile act (a conflictual trigger noun) as the passive subject of a receiving verb under
    'will'/'would' is a threat of what answers it (session 15's brief names "warned that any incursion would be
    met with force" among the pooled held-out claims under saying; told with "said", our own such sentences
    coded nothing, or a meeting). Without the modal it tells what happened ("the attack was met with fire")."""
    modals = cue_words("modal")
    if not received_with(sentence, kids) or not any(c.dep == "aux" and modals.get(c.text.lower()) == "intent"
                                                    for c in kids):
        return False
    named = cue_words("answeredact")  # "any further incursion ... will be answered with force" (sent-dev23 0258)
    return any(c.lemma.lower() in named or (a := match_token(sentence, c)) is not None and a.event_type in HOSTILE_ACTS
               for c in kids if c.dep == "nsubjpass")


def answering(entry: TriggerEntry) -> bool:
    """An entry read by `answered_act`: its threat is asserted though told under 'will' (ANNOTATION.md: a
    threat itself is an asserted THREATEN), by the speaker, at the doer of the act it answers."""
    return any(r.kind == "answer" for r in entry.requires)


def _left(sentence: Sentence, kids: list[Token]) -> list[Token]:
    """What a verb leaves: the object of its 'from' or 'out of' ("withdrew from the accord", "pulled out of
    the deal"), with its compounds and conjuncts."""
    preps = [c for c in kids if c.dep == "prep" and c.lemma.lower() == "from"]
    preps += [o for c in kids if c.lemma.lower() == "out" for o in children(sentence, c.i)
              if o.dep == "prep" and o.lemma.lower() == "of"]
    if any(c.lemma.lower() == "out" for c in kids):  # "pulled [out] [of the deal]", the 'of' on the verb
        preps += [c for c in kids if c.dep == "prep" and c.lemma.lower() == "of"]
    objects = [o for p in preps for o in children(sentence, p.i) if o.dep == "pobj"]
    return objects + [c for o in objects for c in children(sentence, o.i) if c.dep in ("conj", "compound")]


def _controlled(sentence: Sentence, kids: list[Token]) -> list[Token]:
    """The infinitive an object is asked or pressed to carry out: the verb's xcomp, or one the parser hung
    on the medium in between ("asked X in a letter to approve", "urged X in a phone call to lift"), as an
    acl or, as often, a relative clause of it (eval/sent-dev)."""
    own = [c for c in kids if c.dep == "xcomp" and c.pos in ("VERB", "AUX")]
    return own + [a for p in kids if p.dep == "prep" for o in children(sentence, p.i) if o.dep == "pobj"
                  for a in children(sentence, o.i) if a.dep in ("acl", "relcl") and a.pos == "VERB"
                  and any(t.dep == "aux" and t.text.lower() == "to" for t in children(sentence, a.i))]


# particles a phrasal verb's object may stand before ("turned the request down", "called the talks off")
def _preposition_slots(sentence: Sentence, token: Token, kids: list[Token]) -> list[Token]:
    """Prepositions that can carry a trigger's required 'prep': its own; the 'for' that opens a "for X to
    do Y" clause under it ("pushed for Chile to release"); and, for a noun that is the object of a verb,
    the verb's ("opened a hearing into", where the parser hangs 'into' on 'opened')."""
    slots = [c for c in kids if c.dep in ("prep", "agent") and not _dated(sentence, c)]  # not "called ... on Tuesday"
    # the parser's dative "to" after a counted object ("sent 200 police to the border": wire26, uncoded)
    slots += [c for c in kids if c.dep == "dative" and c.pos == "ADP"]
    # a noun's "for X to do Y" is its acl ("X's call for Y to withdraw went unanswered": reqs, session 16, a
    # nominal request as a sentence's subject went uncoded while "renewed its call for Y to withdraw" was coded)
    slots += [m for c in kids if c.dep in ("advcl", "ccomp", "xcomp", "acl") for m in children(sentence, c.i)
              if m.dep == "mark"]
    slots += _medium_preps(sentence, kids)
    if token.pos in ("NOUN", "PROPN") and token.dep == "dobj" and token.head != token.i:
        slots += [c for c in children(sentence, token.head) if c.dep in ("prep", "dative") and not _dated(sentence, c)]
    return slots + _stranded_preps(sentence, token, kids) + object_particles(sentence, kids)


def _stranded_preps(sentence: Sentence, token: Token, kids: list[Token]) -> list[Token]:
    """Prepositions the parser took away from a trigger that still carry its requirement: a passive's
    stranded one, tagged a particle ("the boat was fired on by X": the passive of "fired on the boat"), and
    the 'from' of "came under fire from X" hung on "came" (the fire is X's). Invented probes of the who-acts classes went uncoded."""
    if any(c.dep == "nsubjpass" for c in kids):
        return [c for c in kids if c.dep == "prt" and c.tag == "RP" and c.i == token.i + 1]
    prep = sentence.tokens[token.head]
    if token.dep != "pobj" or prep.lemma.lower() != "under" or prep.head == prep.i:
        return []
    verb = sentence.tokens[prep.head]
    return [c for c in children(sentence, verb.i) if c.dep == "prep" and c.lemma.lower() == "from"] \
        if verb.lemma.lower() in UNDERGO_VERBS else []


def _medium_preps(sentence: Sentence, kids: list[Token]) -> list[Token]:
    """A preposition the parser hung on the medium between the verb and its own phrase: "asked X in writing
    for compensation", "called in a statement for talks" (wire4: a written request went uncoded)."""
    return [q for p in kids if p.dep == "prep" and p.lemma.lower() in MEDIUM_PREPS for o in children(sentence, p.i)
            if o.dep == "pobj" for q in children(sentence, o.i) if q.dep == "prep" and not _dated(sentence, q)]


def _dated(sentence: Sentence, prep: Token) -> bool:
    return unaddressed(sentence, prep)  # a time or a telephone (events/unaddressed.py)


def _modifiers(sentence: Sentence, kids: list[Token]) -> list[Token]:
    """The noun's modifiers, and those of its compound parts: in "a joint field exercise" the
    parser hangs 'joint' on 'field'."""
    return kids + [g for c in kids if c.dep == "compound" for g in children(sentence, c.i) if g.dep in MODIFIER_DEPS]


@per_token  # asked again of the same token by find_hits, nesting, semicolon, voice, ... (events/token_memo.py)
def match_token(sentence: Sentence, token: Token) -> TriggerEntry | None:
    """The most specific lexicon entry this token satisfies, or None."""
    word = said_word(token)  # "to" re-parsed as "urges" in "X to Y: <demand>" (nlp/addressed_headlines.py)
    # every entry below asks for `word in entry_forms(entry)`: a word no entry has is refused at once
    if word not in all_trigger_forms() or token.ent in NON_TRIGGER_ENTS or not whole_word(sentence, token) \
            or inside_body_name(sentence, token):  # "the EU Border Assistance Mission" (events/body_names.py)
        return None
    table, verbal = triggers_with_forms(), verbal_noun(sentence, token)
    for lemma in sorted(folded_lemmas(token) | lemmas_of_form().get(word, frozenset())):
        for pos in ("VERB", "NOUN", "ADJ"):
            for entry, forms in table.get((lemma, pos), ()):
                if word in forms and pos_fits(entry, token, verbal) and meets(sentence, token, entry):
                    return entry
    return None


def could_code(sentence: Sentence) -> bool:
    """Some token matches a trigger entry. Asked of a parse without named entities, this is a
    superset of what the parse with entities finds (entities only ever veto a trigger: a DATE
    "March", a PERSON "Hope"), so a sentence it refuses can hold no event. It stops at the first
    matching token: most candidate sentences have one early, and the coder finds all hits again anyway."""
    return any(match_token(sentence, t) is not None for t in sentence.tokens)


def find_hits(sentence: Sentence) -> list[Hit]:
    return [Hit(t.i, entry) for t in sentence.tokens if (entry := match_token(sentence, t)) is not None]


def _acts_told(sentence: Sentence, kids: list[Token]) -> bool:
    """A word of the that-clause is a trigger itself ("said the boats were in its waters when its police seized
    them"): the clause tells that act, and the charge is read from it (events/allegation.py); a trespass
    frame over it would absorb it (eval/wire17: seizures told in such clauses were lost)."""
    clauses = {c.i for c in kids if c.dep == "ccomp"}
    return any(match_token(sentence, t) is not None for t in sentence.tokens if _under(sentence, t.i, clauses))


def _under(sentence: Sentence, i: int, tops: set[int]) -> bool:
    for _ in range(12):
        if i in tops:
            return True
        if sentence.tokens[i].head == i:
            return False
        i = sentence.tokens[i].head
    return False
