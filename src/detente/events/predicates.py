"""What a verb of calling or saying predicates of somebody ("called the raid a provocation", "said X was to
blame", "said X was trying to destabilise the region"), read from the parse. A trigger entry's `predicate`
requirement (triggers.py) and the accusation's target (arguments.py) both ask this. Split out of triggers.py
(session 16) to keep that module under the house size."""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.tree import children, folded_lemmas
from detente.records import Sentence, Token

COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})


def predicates(sentence: Sentence, kids: list[Token]) -> list[Token]:
    """What a verb of calling or saying predicates of somebody: "called the raid a provocation", "called
    the junta illegitimate" (an object predicate or a small clause), "described the remarks as hostile",
    "said the junta was illegitimate" / "was to blame" (the predicate of a reported copular clause)."""
    preds = [c for c in kids if c.dep in ("oprd", "acomp")]
    objects = [c for c in kids if c.dep == "dobj"]
    preds += objects[1:]  # "called [the raid] [a deliberate provocation]", parsed as two objects
    # "branded [the Togolese leaders criminals]": the parser reads the two objects as one noun phrase
    preds += [c for c in kids if c.dep == "dobj" and any(m.ent in ("NORP", "GPE") or m.pos == "PROPN"
                                                         for m in _compounds(sentence, c))]
    preds += [o for c in kids if c.dep == "prep" and c.lemma.lower() == "as" for o in children(sentence, c.i)
              if o.dep in ("pobj", "amod", "acomp", "advmod")]
    # "described [the treatment of its nationals by X's police as xenophobic]": the parser hangs the 'as'
    # on the object (sent-dev: a denunciation went uncoded)
    preds += [o for d in objects for c in children(sentence, d.i) if c.dep == "prep" and c.lemma.lower() == "as"
              for o in children(sentence, c.i) if o.dep in ("pobj", "amod", "acomp")]
    # "called [Chile's position unacceptable]": the parser hangs the predicate on the object as an adjective
    # after it; an English attributive adjective comes before its noun (session 15 probes went uncoded)
    preds += [m for d in objects for m in children(sentence, d.i) if m.dep == "amod" and m.i > d.i]
    preds += _quoted_label(sentence, objects)
    preds += [d for a in _object_infinitives(sentence, objects)
              for d in [k for k in children(sentence, a.i) if k.dep == "dobj"][1:]]
    for clause in (c for c in kids if c.dep in COMPLEMENT_DEPS):
        if clause.lemma.lower() == "be" and not denied_predicate(sentence, clause):
            preds += [k for k in children(sentence, clause.i) if k.dep in ("acomp", "attr", "xcomp")]
            preds += lapse(sentence, clause)
        elif clause.pos in ("NOUN", "ADJ"):
            preds.append(clause)  # the parser's small clause: "called [the junta illegitimate]"
        elif clause.lemma.lower() in EQUATING and not any(k.dep == "neg" for k in children(sentence, clause.i)):
            preds += _equated(sentence, clause)
        else:
            preds += _scheme(sentence, clause)
    return preds


def lapse(sentence: Sentence, copula: Token) -> list[Token]:
    """The noun of a reported "was out of control" / "was out of line" (cues.tsv lapse): the parser hangs the
    phrase on the copula as a preposition, not as a predicate, so "Le Drian said the Malian junta was out of
    control" (realnews s24, a core ACCUSE missed on one page of four) was no censure. The 'out' stands for the
    phrase (censure lists it, only for this), so "control" alone censures nothing ("called the tariffs export
    controls"). `denied_predicate` has cleared "was not out of control" before this is asked."""
    outs = [k for k in children(sentence, copula.i) if k.dep == "prep" and k.lemma.lower() == "out"]
    return [k for k in outs if any(of.dep == "prep" and of.lemma.lower() == "of" and any(
        o.dep == "pobj" and folded_lemmas(o) & cue_words("lapse").keys() for o in children(sentence, of.i))
        for of in children(sentence, k.i))]


def _quoted_label(sentence: Sentence, objects: list[Token]) -> list[Token]:
    """The label of "termed [Bolivia's statements] ["unacceptable interference"]", which the parser reads either as
    an apposition of the object (with the quotation marks) or as the object itself with the possessed noun hung on
    it as 'nmod' (without them): the label is the predicate (sent-dev13, an accusation went uncoded both ways)."""
    labels = [a for d in objects for a in children(sentence, d.i) if a.dep == "appos"]
    return labels + [d for d in objects if any(c.dep == "nmod" and any(k.dep == "poss" for k in
                                                                         children(sentence, c.i))
                                               for c in children(sentence, d.i))]


# Verbs that equate their subject with what follows, as a copula does: "said the vote amounted to an
# annexation", "said the drills constituted a violation of the truce" (blindcats: issue #11's accusations in
# reported speech, a reported "amounted to" was not read as the predicate it is).
EQUATING = frozenset({"amount", "constitute"})


def _scheme(sentence: Sentence, verb: Token) -> list[Token]:
    """The reported clause's verb, or the one its 'trying to' / 'seeking to' names, when it is a verb of working
    against another by stealth (cues.tsv scheming: "said X was trying to destabilise the region") and not
    negated: a censure of the clause's subject, as a censuring predicate is."""
    for _ in range(2):
        if any(k.dep == "neg" for k in children(sentence, verb.i)):
            return []
        if folded_lemmas(verb) & cue_words("scheming").keys() or culpable_act(sentence, verb):
            return [verb]
        verb = next((k for k in children(sentence, verb.i) if k.dep == "xcomp"), None)
        if verb is None:
            return []
    return []


def culpable_act(sentence: Sentence, verb: Token) -> bool:
    """The reported clause's verb names a charge only with its object (cues.tsv culpable: "said Y bears full
    responsibility for the situation", "said the decision grossly undermines X's sovereignty"; wire38's ACCUSE
    misses under "told a briefing that" and "said"): a verb of the kind whose direct object is one of the
    entry's nouns, and no "no" or "little" on the object ("bears no responsibility" clears; `_scheme` already
    skips a verb with its own 'not')."""
    wanted = {w for lemma in folded_lemmas(verb) for w in cue_words("culpable").get(lemma, "").split("|") if w}
    return any(o.dep == "dobj" and folded_lemmas(o) & wanted and not any(
        d.dep in ("det", "amod", "neg") and d.text.lower() in ("no", "little", "any") for d in children(sentence, o.i))
        for o in children(sentence, verb.i))


def _equated(sentence: Sentence, verb: Token) -> list[Token]:
    """What an equating verb says its subject is: its object, or the object of its 'to'."""
    kids = children(sentence, verb.i)
    return [c for c in kids if c.dep in ("dobj", "attr")] + [o for c in kids if c.dep == "prep" and c.lemma.lower()
                                                            == "to" for o in children(sentence, c.i) if o.dep == "pobj"]


def denied_predicate(sentence: Sentence, copula: Token) -> bool:
    """A reported copular clause that denies its predicate: "said X was not to blame", "said the strike was not
    a provocation", "said there had been no violation of Y's airspace". It clears, it does not censure
    (realnews: Moscow's "there had not been any violation of the Turkish air space"; told under "said", our own
    sentences of that shape were coded as the speaker's accusation of the state whose airspace it named)."""
    kids = children(sentence, copula.i)
    preds = [c for c in kids if c.dep in ("attr", "acomp", "xcomp")]
    return any(c.dep == "neg" for c in kids) or any(  # "was not to blame": the 'not' on the infinitive
        d.dep == "neg" or d.dep == "det" and d.text.lower() == "no" for p in preds for d in children(sentence, p.i))


def _object_infinitives(sentence: Sentence, objects: list[Token]) -> list[Token]:
    """The object's infinitive clause, where the parser hangs the predicate as a second object ("called [the
    decision to hold drills] [a provocation]": sent-dev's ACCUSE misses)."""
    return [c for o in objects for c in children(sentence, o.i)
            if c.dep == "acl" and any(a.dep == "aux" and a.text.lower() == "to" for a in children(sentence, c.i))]


def _compounds(sentence: Sentence, noun: Token) -> list[Token]:
    """Compound modifiers of a noun and of its compounds ("the [Togolese [leaders [criminals]]]")."""
    first = [c for c in children(sentence, noun.i) if c.dep == "compound"]
    return first + [g for c in first for g in children(sentence, c.i) if g.dep in ("compound", "amod")]


def predicate_words(sentence: Sentence, head: Token) -> list[Token]:
    """The predicate's head, its coordinated heads ("dangerous and a foolish escalation") and their
    modifiers; not its prepositional phrases, which name other things ("a response to aggression")."""
    heads = [head] + [c for c in children(sentence, head.i) if c.dep == "conj"]
    return heads + [m for h in heads for m in children(sentence, h.i) if m.dep in ("amod", "compound", "acomp")] \
        + [k for h in heads if h.lemma.lower() in ACT_NOUNS for k in _of_objects(sentence, h)]


# "described X's ban as an act of terror", "as an act of hostility": the bare noun 'act' names no verdict, its
# 'of' phrase does (sent-dev13, sent-dev15, sent-dev17: three such charges went uncoded; "an act of aggression"
# was not read either). Only for 'act': "a response to aggression" still names another thing.
ACT_NOUNS = frozenset({"act"})


def _of_objects(sentence: Sentence, head: Token) -> list[Token]:
    """The objects of the 'of' phrase on `head` ("an act of [aggression]")."""
    return [o for p in children(sentence, head.i) if p.dep == "prep" and p.lemma.lower() == "of"
            for o in children(sentence, p.i) if o.dep == "pobj"]


# Reported presence in a state's waters or territory (session 18, speech7; fresh blind pages eval/wire16 and
# eval/wire17: "officials said the boats were fishing in Sudanese waters without licences", "said the Swiss
# boat had been found three hundred metres inside French waters" were the speaker's charge, and no trigger
# read them: being or fishing there is no act of force, only the claim is).
PRESENCE_PREPS = frozenset({"in", "inside", "within", "into"})
HEDGES = frozenset({"may", "might", "could", "can", "would", "should"})


def trespass(sentence: Sentence, kids: list[Token], places: frozenset[str]) -> bool:
    """A that-clause of the verb of saying tells that somebody not the speaker's own ("the boats", "the Swiss
    boat"; not "its boats") was or was doing something (cues.tsv presence: be, fish, find, ...) in a place of
    `places` that names its owner ("Sudanese waters", "its territory"): the speaker's charge of trespass. Not
    when the clause is denied ("were not in"), hedged ("may have been") or tells a return ("back in")."""
    for clause in (c for c in kids if c.dep == "ccomp" and folded_lemmas(c) & cue_words("presence").keys()):
        inner = children(sentence, clause.i)
        if any(k.dep == "neg" or k.dep == "aux" and k.text.lower() in HEDGES or k.text.lower() == "back" for k in inner):
            continue
        subjects = [k for k in inner if k.dep in ("nsubj", "nsubjpass")]
        if not subjects or any(p.dep == "poss" and p.text.lower() in ("its", "their", "our")
                               for s in subjects for p in children(sentence, s.i)):
            continue
        if not any(_intruder(sentence, k) for k in subjects):
            continue  # "said the kidnapped tourists were still in Somali territory": no one's trespass
        theirs = {m.text.lower() for s in subjects for m in children(sentence, s.i) if m.dep in ("amod", "compound")}
        if any(_owned_place(sentence, o, places, theirs) for p in _presence_preps(sentence, inner)
               for o in children(sentence, p.i) if o.dep == "pobj"):
            return True
    return False


def _presence_preps(sentence: Sentence, inner: list[Token]) -> list[Token]:
    """'in'/'inside' phrases of the clause's verb, also one the parser hangs on a measure ("[three hundred
    metres] inside French waters")."""
    preps = [k for k in inner if k.dep == "prep" and k.lemma.lower() in PRESENCE_PREPS]
    return preps + [p for k in inner if k.dep in ("npadvmod", "advmod", "dobj") for p in children(sentence, k.i)
                    if p.dep == "prep" and p.lemma.lower() in PRESENCE_PREPS]


def _owned_place(sentence: Sentence, place: Token, places: frozenset[str], theirs: set[str]) -> bool:
    """The place is one of `places` and names whose it is: a possessive, a nationality or a name before it,
    not the one the subject bears ("the Ugandan boats were in Ugandan waters" are at home)."""
    if not folded_lemmas(place) & places:
        return False
    # a capitalised modifier is a nationality or a name: the parse is first tested without entities
    # (nlp/sentences.py worth_entities), where "Sudanese" has no NORP label yet
    return any(m.dep == "poss" or m.dep in ("amod", "compound") and (m.ent in ("NORP", "GPE") or m.pos == "PROPN"
                                                                      or m.text[:1].isupper())
               and m.text.lower() not in theirs for m in children(sentence, place.i))


def _intruder(sentence: Sentence, subject: Token) -> bool:
    """Who can trespass: a craft, a force or its people (cues.tsv intruder), or somebody a nationality or name
    marks as another's ("Ugandan troops", "the Swiss boat")."""
    return bool(folded_lemmas(subject) & cue_words("intruder").keys()) or any(
        m.dep in ("amod", "compound") and m.text[:1].isupper() for m in children(sentence, subject.i))
