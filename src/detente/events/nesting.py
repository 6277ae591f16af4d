"""Group the trigger hits of one sentence into candidate events: the outermost trigger owns the ones nested in it.

A sentence like "Norway refused to lift the sanctions" holds three trigger words (refuse,
lift, sanction) but reports one event: the outermost trigger (REJECT) owns the ones nested in
its object or complement. Coordinated or subject-position triggers stay separate events.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from detente.events.denials import DENYING, denied_acts
from detente.events.lexicon import TriggerEntry, cue_words
from detente.events.semicolon import semicolon_clause
from detente.events.headline_series import headline_series
from detente.events.triggers import COMPLEMENT_DEPS, Hit, children, match_token, meets
from detente.records import Sentence, Token

# Relations along which a trigger counts as nested in (owned by) a higher trigger.
NESTING_DEPS = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "acl", "pcomp", "compound", "amod",
                          "poss", "nmod", "attr", "oprd", "dative", "nsubjpass", "advmod", "acomp", "agent"})
# A verdict on another party's decision ("regrets X's decision to end the deal", "welcomed Y's decision to
# lift the ban") does not absorb the act decided: both are events, with different sources.
VERDICT_TYPES = frozenset({"ACCUSE", "PROTEST", "SUPPORT", "REJECT"})
DECISION_NOUNS = frozenset({"decision", "move"})
SPOKEN_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "PROTEST"})  # acts done by saying
OWNED_TYPES = frozenset({"REQUEST", "ACCUSE"})  # "a Kuwaiti demand", "Ugandan accusations that ..."
EARLIER_PREPS = frozenset({"after", "since"})
CONDEMNED_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})  # acts of force a condemnation answers
CONDEMN_PREPS = frozenset({"over", "against"})
YEAR = re.compile(r"^(1[89]|20)\d\d'?s?$")  # 1974, 2008, the 1970s


@dataclass(frozen=True, slots=True)
class Candidate:
    """An outermost trigger and the triggers nested under it (which it absorbs)."""

    hit: Hit
    nested: tuple[Hit, ...]


def split_conjunct(sentence: Sentence, token: Token) -> bool:
    """A finite past or present verb coordinated with a bare verb under "did"/"do" ("warning they did not
    rule out force, and imposed sanctions") or with a participle clause of its own ("gave the junta a
    week, warning of force, and imposed sanctions"): neither can share the finite verb's form, so it
    belongs to a clause above; the parser's attachment makes it part of the warning, under its "not"
    (realnews: sanctions imposed beside an ultimatum went uncoded)."""
    if token.dep == "conj" and token.head != token.i and _beside_denied_passive(sentence, token):
        return True
    if token.dep != "conj" or token.tag not in ("VBD", "VBZ") or token.head == token.i:
        return False
    head = sentence.tokens[token.head]
    aux = [c for c in children(sentence, head.i) if c.dep in ("aux", "auxpass")]
    # under a modal as under "did" ("answered that the ship would stay in port until ..., and accused
    # Oslo of ...": eval/wire8, the accusation was the ship's and pending)
    modals = cue_words("modal")
    # under a perfect's "had" in a reported clause ("denied that they had started the shooting and accused
    # the guards of ...": wire2, the accusation was absorbed by the denial) a simple past act of saying is the
    # reporter's; a deed ("said X had crossed the border and fired on a post") shares the 'had' (the tagger
    # cannot tell a past from a participle there)
    # a past verb coordinated with the bare verb of a small clause ("declared the attache persona non grata and
    # gave him 72 hours", the parser's "persona" a verb whose subject is the attache: newswire, the expelling
    # state's accusation went to the attache) shares the clause above, whose verb has its form
    return (head.tag == "VB" and any(c.lemma.lower() == "do" or c.text.lower() in modals for c in aux)
            or token.tag == "VBD" and head.tag == "VB" and head.dep == "ccomp" and not aux
            and not any(c.dep == "mark" for c in children(sentence, head.i))
            or head.tag == "VBG" and head.dep == "advcl" and not aux
            or _closed_subordinate(sentence, token, head)
            or token.tag == "VBD" and head.tag == "VBN" and head.dep == "ccomp" and any(c.lemma.lower() == "have" for c in aux)
            and _verbal_act(sentence, token)
            or _present_beside_report(sentence, token, head) or _beside_copular_report(sentence, token, head))


def _beside_copular_report(sentence: Sentence, token: Token, head: Token) -> bool:
    """"Tonga said the removal was illegal and asked Fiji to put the beacons back": a verb of saying or asking
    the parser joined to the copula of the reported clause is the reporter's second act (a removal asks no one);
    only a past verb beside a past report, with no subject or auxiliary of its own (eval/wire24, written blind:
    the note's request was absorbed by its charge)."""
    return (token.tag == "VBD" and head.lemma.lower() == "be" and head.tag == "VBD" and head.dep == "ccomp"
            and any(c.dep in ("acomp", "attr") for c in children(sentence, head.i))
            and sentence.tokens[head.head].tag == "VBD" and _verbal_act(sentence, token)
            and not any(c.dep in ("nsubj", "nsubjpass", "aux", "auxpass") for c in children(sentence, token.i)))


def _beside_denied_passive(sentence: Sentence, token: Token) -> bool:
    """"The embassy denied that any of its citizens were involved and accused Malaysia of fabricating evidence"
    (eval/wire46, written blind; wire2's "denied that they had started the shooting and accused ..." with a
    passive clause): the parser tags the verb of saying a participle and joins it to the passive participle of
    the denied clause. With an object of its own it is active, so it cannot share that clause's "were"; and a
    denial does not deny its own accusation: it is the denier's second act (the denial absorbed it)."""
    head = sentence.tokens[token.head]
    denier = sentence.tokens[head.head]
    return (token.tag in ("VBD", "VBN") and head.tag == "VBN" and head.dep == "ccomp"
            and denier.tag == "VBD" and denier.lemma.lower() in DENYING
            and any(c.dep == "auxpass" for c in children(sentence, head.i))
            and any(c.dep == "dobj" for c in children(sentence, token.i)) and _verbal_act(sentence, token)
            and not any(c.dep in ("nsubj", "nsubjpass", "aux", "auxpass") for c in children(sentence, token.i)))


def _present_beside_report(sentence: Sentence, token: Token, head: Token) -> bool:
    """"Sofia says Greek foresters were caught on Bulgarian soil, calls for return of airmen" (wire19, a
    headline): a present verb the parser joined to the past verb of what a present "says" reports cannot share
    that clause's tense; it is the sayer's second act, with no subject of its own."""
    return (token.tag == "VBZ" and head.tag in ("VBD", "VBN") and head.dep == "ccomp"
            and sentence.tokens[head.head].tag == "VBZ"
            and not any(c.dep in ("nsubj", "nsubjpass") for c in children(sentence, token.i)))


def _verbal_act(sentence: Sentence, token: Token) -> bool:
    entry = match_token(sentence, token)
    return entry is not None and entry.event_type in SPOKEN_TYPES


def _closed_subordinate(sentence: Sentence, token: Token, head: Token) -> bool:
    """A verb after ", and" that the parser joined to the verb of a subordinate clause ("summoned the envoy, a
    day after shells wounded four villagers, and sent a battalion to the area": wire4, the battalion was
    the shells'): the comma closes the "after"/"when" clause, so the verb is the main clause's. Without the
    comma ("after rebels seized the town and burned houses") the verb stays in the subordinate clause."""
    if head.dep != "advcl" or not any(c.dep == "mark" for c in children(sentence, head.i)) \
            or any(c.dep in ("nsubj", "nsubjpass") for c in children(sentence, token.i)):
        return False
    before = sentence.tokens[max(token.i - 2, 0):token.i]
    return len(before) == 2 and before[0].text == "," and before[1].dep == "cc" and before[1].head == head.i


def conjunct_host(sentence: Sentence, token: Token) -> int | None:
    """Where a `split_conjunct` belongs: the nearest verb above of its own form ("gave the junta a week,
    warning they did not rule out force, and imposed sanctions": "gave"), or None."""
    if not split_conjunct(sentence, token):
        return None
    i, steps = sentence.tokens[token.head].head, 0
    form = "VBD" if token.tag == "VBN" else token.tag  # a verb of saying the parser took for a participle
    while steps < 6:
        if sentence.tokens[i].tag == form:
            return i
        if sentence.tokens[i].head == i:
            return None
        i, steps = sentence.tokens[i].head, steps + 1
    return None


def _owner(sentence: Sentence, i: int, hits: dict[int, Hit]) -> tuple[int, bool] | None:
    """Nearest higher trigger reachable through nesting relations; and whether via a complement."""
    if owned_request(sentence, i, hits):
        return None  # "rejected a Kuwaiti demand to release the vessel": Kuwait's request is an event of its own
    if issued_document(sentence, sentence.tokens[i]) is not None:
        return None  # "handed him a note of protest demanding the release of ...": the note's demand (wire9)
    if condemned_act(sentence, i, hits):
        return None  # "condemned the Turkish air strike on ...": the strike is an event of its own
    if framing_visit(sentence, i, hits) or preceding_talks(sentence, i, hits):
        return None  # "signed a pact on the first day of X's visit to Manila", "... after two days of talks"
    if agented_seizure(sentence, i, hits):
        return None  # "asked X to release fishermen, seized by X's coast guard on Monday": a seizure that took place
    if demonstration_demand(sentence, i, hits):
        return sentence.tokens[i].head, False  # "demonstrated in Kirkuk, calling for independence": one protest
    via_complement = coordinated = decided = False
    steps = 0
    while steps < 12:
        token = sentence.tokens[i]
        # a conjunct of a complement trigger shares its owner: "demanded that X halt its raids and
        # withdraw its troops" is one demand, not a demand plus a withdrawal
        if token.head == i or split_conjunct(sentence, token) or earlier_gerund(sentence, token) or (token.dep not in NESTING_DEPS and not (token.dep == "conj" and not via_complement)
                               and not framed_infinitive(sentence, token, hits)):
            return None
        if token.dep == "ccomp" and recap_clause(sentence, token.head):
            return None  # "accused X of ..., a charge X has denied": the fronted clause is the main one
        if semicolon_clause(sentence, token):
            return None  # "Eritrea released the crew; Djibouti freed the soldiers": two main clauses (wire31)
        if headline_series(sentence, token):
            return None  # "Bogotá expels two diplomats, accuses Caracas of ...": one doer's two acts (sent-dev19 0127)
        coordinated |= token.dep == "conj"
        via_complement |= token.dep in COMPLEMENT_DEPS or framed_infinitive(sentence, token, hits)
        decided |= _owned_decision(sentence, token)
        i, steps = token.head, steps + 1
        if i in hits and decided and hits[i].entry.event_type in VERDICT_TYPES:
            return None  # "regrets X's decision to end the deal": X's act is an event of its own
        if i in hits and (via_complement or not coordinated):
            return i, via_complement
        noun = _framing_object(sentence, token, i, hits)
        if noun is not None:
            return noun, True
    return None


def framing_visit(sentence: Sentence, i: int, hits: dict[int, Hit]) -> bool:
    """A meeting noun whose doer is named ("Wiryo's visit", "the Indonesian minister's visit") and that only says
    when the act above it happened ("signed two accords on the first day of Wiryo's visit to Manila", "during X's
    talks in Y"): the visit took place, an event of its own (wire20: it was absorbed by the signing; cues.tsv
    timeframe). Only under a clause with its own active subject: "the swap was agreed during a visit by X" takes
    its doer from the visit (wire4), which must stay nested."""
    hit, token = hits.get(i), sentence.tokens[i]
    if hit is None or hit.entry.event_type != "CONSULT" or token.pos != "NOUN" or not _named_doer(sentence, i):
        return False
    prep = _time_preposition(sentence, token)
    return prep is not None and cue_words("timeframe").get(prep.lemma.lower()) == "prep" \
        and any(c.dep == "nsubj" for c in children(sentence, prep.head))


def preceding_talks(sentence: Sentence, i: int, hits: dict[int, Hit]) -> bool:
    """Talks told in an "after" phrase of the deal above them ("signed the protocol after two days of talks",
    "agreed to resume negotiations, after a meeting hosted by CARICOM"): they came before it and took place, an
    event of their own (cues.tsv timeframe `sequel`). wire31 and wire33 code such talks as a core CONSULT beside
    the deal; nested, the signing or the agreement absorbed them."""
    from detente.events.mediation import broker_words  # mediation imports this module
    hit, token = hits.get(i), sentence.tokens[i]
    if hit is None or hit.entry.event_type != "CONSULT" or token.pos != "NOUN":
        return False
    # "crew freed after Omani mediation": a broker's part, read by events/mediation.py (wire30 lost its CONSULT)
    if token.lemma.lower() in broker_words().get("noun", {}):
        return False
    prep = _time_preposition(sentence, token)
    if prep is None or cue_words("timeframe").get(prep.lemma.lower()) != "sequel":
        return False
    # only before a deal: "softened its stance after talks in Vilnius", "lifted the suspension after talks with
    # the embassy" code the concession alone (sent-dev3, sent-dev10 golds; the talks cost each a false positive)
    deal = hits.get(prep.head)
    return deal is not None and deal.entry.event_type == "AGREE"


def _time_preposition(sentence: Sentence, token: Token) -> Token | None:
    """The preposition of a timeframe cue that the noun hangs on, itself or through "of" after a timeframe noun
    ("during X's visit", "on the first day of X's visit", "after two days of talks")."""
    frame = cue_words("timeframe")
    for _ in range(2):
        if token.dep != "pobj" or token.head == token.i:
            return None
        prep = sentence.tokens[token.head]
        if frame.get(prep.lemma.lower()) in ("prep", "sequel"):
            return prep
        token = sentence.tokens[prep.head]
        if prep.lemma.lower() != "of" or frame.get(token.lemma.lower()) != "noun":
            return None
    return None


def recap_clause(sentence: Sentence, i: int) -> bool:
    """"He accused Yaounde of sheltering rebels, a charge Cameroon has denied in the past": a reduced relative
    on a noun in apposition to the clause before it ("a charge", "a move", "a claim"), which the parser makes
    the root, with the clause before as its complement. The clause before is the main act; the relative is
    background on it (wire10: the accusation was absorbed by the denial, and the denial of old was coded as a
    new one). The noun is followed by the relative's own subject: in "..., a Chadian official said" the noun
    is the subject of the verb, an attribution."""
    tokens, kids = sentence.tokens, children(sentence, i)
    subjects = [c.i for c in kids if c.dep in ("nsubj", "nsubjpass")]
    comma = next((c.i for c in kids if c.text == "," and c.i < i), None)
    if not subjects or comma is None or comma + 2 >= i or tokens[comma + 1].lemma.lower() not in ("a", "an"):
        return False
    k = comma + 2
    while k < i and tokens[k].pos == "ADJ":
        k += 1
    fronted = any(c.dep == "ccomp" and c.i < comma for c in kids)
    return fronted and tokens[k].pos == "NOUN" and max(subjects) > k


def slipped_finite(sentence: Sentence, token: Token) -> bool:
    """"Samira Ben Jeddou, the trade minister, called in the Algerian charge d'affaires on Tuesday ..., and the
    next day she raised ...": a finite past verb (tagged VBD, not a participle) that the parser hung as a
    clause on the sentence's subject name, after its appositive's comma, is that subject's own act, not a
    description of the name (wire8: the summons was dropped as a subordinate clause)."""
    if token.dep != "acl" or token.tag != "VBD" or token.head == token.i:
        return False
    name = sentence.tokens[token.head]
    before = sentence.tokens[token.i - 1] if token.i > 0 else None
    return name.pos == "PROPN" and name.dep == "nsubj" and before is not None and before.text == "," \
        and not any(c.dep in ("aux", "auxpass", "nsubj", "nsubjpass") for c in children(sentence, token.i))


def owned_request(sentence: Sentence, i: int, hits: dict[int, Hit]) -> bool:
    """A request or accusation noun with its maker named on it ("a Pakistani request to hand over suspects",
    "Tonga's written request for help", "rejected Ugandan accusations that ..."): another party's act, which the verb it hangs on answers or follows
    ("refused", "rejected", "two days after"), not part of that verb's own act (wire4: four such demands
    and requests were absorbed by the refusal or the aid that answered them)."""
    hit = hits.get(i)
    if hit is None or hit.entry.event_type not in OWNED_TYPES or hit.entry.pos != "NOUN":
        return False
    return any(c.dep == "poss" and c.pos != "PRON" or c.dep in ("amod", "compound", "nmod")
               and (c.ent in ("GPE", "NORP") or c.pos == "PROPN") for c in children(sentence, i))


def verdict_head(sentence: Sentence, token: Token) -> Token | None:
    """The verb a noun is the object of, or the 'over' / 'against' phrase of ("protested over the shooting",
    "condemned the raid"), or None: where a condemned or protested act hangs."""
    head = sentence.tokens[token.head]
    if token.dep == "pobj" and head.dep == "prep" and head.lemma.lower() in CONDEMN_PREPS:
        return sentence.tokens[head.head]
    return head if token.dep == "dobj" else None


def condemned_act(sentence: Sentence, i: int, hits: dict[int, Hit]) -> bool:
    """A hostile act named by a noun as what a state condemns or protests ("condemned the Turkish air strike
    on a resort", "protested to X over the detention of its train"): the condemnation answers an act that
    happened, which the news golds code as well (wire9: a train's detention protested by Moscow; blindcats:
    an air strike condemned by the state it hit). Only the verb's object or its 'over'/'against' phrase, and
    only a noun that names its doer on itself ("Turkish", "Peru's", "by Peru"): "condemned the attack on the
    embassy" names none, and the doer read from the clause would be the condemning state."""
    hit, token = hits.get(i), sentence.tokens[i]
    if hit is None or hit.entry.pos != "NOUN" or hit.entry.event_type not in CONDEMNED_TYPES or token.head == i:
        return False
    if not _named_doer(sentence, i):
        return False
    head = verdict_head(sentence, token)
    if head is None:
        return False
    verdict = hits.get(head.i)
    return verdict is not None and verdict.entry.pos == "VERB" and verdict.entry.event_type in ("ACCUSE", "PROTEST")


def agented_seizure(sentence: Sentence, i: int, hits: dict[int, Hit]) -> bool:
    """A hostile act told in a reduced passive relative that names its doer ("nine fishermen and their two boats,
    seized by Y's coast guard on Monday"; "sailors detained by Y's navy"): an act that took place, an event of its
    own, not part of the request or protest whose object it describes, as a full relative with its doer is
    (coder._told_in_relative). wire15 (session 17): a seizure told so inside a request to release went uncoded.
    Only seizures, detentions and arrests (COERCE): "the border drawn by Britain" or "sanctions imposed by the EU"
    describe a state of affairs, "families of fishermen killed by its navy" (sent-dev2) names whom an act is done
    for, and a participle without 'by' ("fishermen seized on Monday") names no doer. Quoted history ("property
    seized by the state in the 1970s") is left to coder._told_in_relative's date check, as for full relatives."""
    hit, token = hits.get(i), sentence.tokens[i]
    if hit is None or hit.entry.pos != "VERB" or hit.entry.event_type != "COERCE":
        return False
    if token.dep != "acl" or token.tag != "VBN" or token.head == i:
        return False
    kids = children(sentence, i)
    if not any(c.dep == "agent" for c in kids) or any(c.dep in ("aux", "auxpass", "nsubj", "nsubjpass") for c in kids):
        return False
    return not any(YEAR.match(t.text) for t in _below(sentence, i))  # "seized by the state in the 1970s": history


def _below(sentence: Sentence, i: int) -> list[Token]:
    out, frontier = [], [i]
    while frontier and len(out) < 60:
        frontier = [c.i for j in frontier for c in children(sentence, j)]
        out += [sentence.tokens[j] for j in frontier]
    return out


def _named_doer(sentence: Sentence, i: int) -> bool:
    """The act noun names who did it: a possessive, a national adjective or name before it, or a 'by' phrase."""
    return any(c.dep == "poss" and c.pos != "PRON" or c.dep in ("amod", "compound", "nmod")
               and (c.ent in ("GPE", "NORP") or c.pos == "PROPN") or c.dep == "prep" and c.lemma.lower() == "by"
               for c in children(sentence, i))


def demonstration_demand(sentence: Sentence, i: int, hits: dict[int, Hit]) -> bool:
    """"Thousands demonstrated in the city, calling for independence": a request participle on a street
    demonstration is what the crowd demonstrates for, part of the PROTEST (CAMEO 14, demonstrate for a cause),
    not a second act (plover_gsr and cameo_examples: a REQUEST beside the protest, not in their gold). A state's
    protest "to X, demanding ..." is the ACCUSE row of 'protest', no demonstration, and keeps its demand."""
    hit, token = hits.get(i), sentence.tokens[i]
    if hit is None or hit.entry.event_type != "REQUEST" or token.dep != "advcl" or token.tag != "VBG":
        return False
    host = hits.get(token.head)
    return host is not None and host.entry.event_type == "PROTEST" and host.entry.mode == "demonstrate"


def issued_document(sentence: Sentence, token: Token) -> Token | None:
    """The document a participle speaks in, the object of the verb that issues it: "issued a statement
    condemning Y", "handed him a note of protest demanding Z" (cues.tsv `document`), or None."""
    if token.dep != "acl" or token.tag != "VBG" or token.head == token.i:
        return None
    noun = sentence.tokens[token.head]
    if noun.dep == "pobj" and sentence.tokens[noun.head].lemma.lower() == "of":  # "a note of protest"
        noun = sentence.tokens[sentence.tokens[noun.head].head]
    found = noun.lemma.lower() in cue_words("document") and noun.dep == "dobj" and noun.head != noun.i
    return noun if found else _handed_document(sentence, noun)


def _handed_document(sentence: Sentence, recipient: Token) -> Token | None:
    """"handed a diplomatic note to Vietnam's ambassador in Phnom Penh asking Hanoi to halt ...": the parser hangs
    the participle on the note's recipient, the last noun before it, whose owner then read as the asker (wire24:
    Cambodia's note coded as Vietnam's request). A participle on the 'to' object of a verb whose direct object is
    a document (cues.tsv `document`) speaks in that document; a recipient of anything else keeps it ("sent troops
    to the border posts guarding the road")."""
    prep = sentence.tokens[recipient.head]
    if recipient.dep != "pobj" or prep.dep not in ("prep", "dative") or prep.lemma.lower() != "to" \
            or prep.head == prep.i:
        return None
    verb = sentence.tokens[prep.head]
    return next((c for c in children(sentence, verb.i) if c.dep == "dobj" and c.lemma.lower() in cue_words("document")),
                None)


def earlier_gerund(sentence: Sentence, token: Token) -> bool:
    """"expelled the envoy after accusing X of spying", "gave the ambassador 72 hours to leave after describing
    the minister's remarks as hostile": a gerund opened by 'after' or 'since' is the subject's earlier act, an
    event of its own, not part of the act it precedes (realnews: a charge absorbed by the expulsion it led to)."""
    if token.dep != "pcomp" or token.tag != "VBG" or token.head == token.i:
        return False
    prep = sentence.tokens[token.head]
    return prep.dep == "prep" and prep.lemma.lower() in EARLIER_PREPS


def decided_act(sentence: Sentence, i: int) -> bool:
    """The act of "X's decision to <act>": reported as X's own, whatever the clause around it says of it."""
    token = sentence.tokens[i]
    return token.dep == "acl" and token.head != i and _owned_decision(sentence, sentence.tokens[token.head])


def arrival_visit(sentence: Sentence, i: int, event_type: str) -> bool:
    """A meeting noun as the purpose of an arrival ("arrived in Manila for a three-day visit", "came to Oslo for
    talks") is what the clause reports, not background, even when a conjoined verb's act outranks it (wire16: "arrived
    ... for a three-day official visit and yesterday signed a loan" lost the visit as a subordinate pobj)."""
    token = sentence.tokens[i]
    if event_type != "CONSULT" or token.dep != "pobj" or token.head == i:
        return False
    prep = sentence.tokens[token.head]
    verb = sentence.tokens[prep.head]
    return prep.dep == "prep" and prep.lemma.lower() in ("for", "on") and prep.head != prep.i \
        and verb.pos == "VERB" and verb.lemma.lower() in cue_words("arrival")


def _owned_decision(sentence: Sentence, token: Token) -> bool:
    """A decision noun with its owner named ("China's decision", "the decision by Moscow")."""
    if token.lemma.lower() not in DECISION_NOUNS:
        return False
    return any(c.dep == "poss" or (c.dep == "prep" and c.lemma.lower() == "by") for c in children(sentence, token.i))


def _framing_object(sentence: Sentence, clause: Token, verb: int, hits: dict[int, Hit]) -> int | None:
    """"reiterated its demand today that X ease the restrictions": the parser hangs the that-clause on the
    verb, but it completes the frame noun the verb takes as object."""
    if clause.dep != "ccomp" or verb in hits:
        return None
    return next((c.i for c in children(sentence, verb) if c.dep == "dobj" and c.i in hits and hits[c.i].entry.frame), None)


def framed_infinitive(sentence: Sentence, token: Token, hits: dict[int, Hit]) -> bool:
    """A to-infinitive the parser hung as an adverbial clause under a frame trigger is that frame's
    complement: in "have sworn to fight until ..." the small model often attaches 'fight' as advcl."""
    head = hits.get(token.head)
    return (token.dep == "advcl" and head is not None and head.entry.frame and token.pos in ("VERB", "AUX")
            and any(c.dep == "aux" and c.text.lower() == "to" for c in children(sentence, token.i)))


def group_hits(sentence: Sentence, hits: list[Hit]) -> list[Candidate]:
    """Outermost triggers with the triggers they own; frames that need a complement but own none drop out."""
    live = {h.token: h for h in hits}
    while True:
        owners = {i: _owner(sentence, i, live) for i in live}
        needy = [i for i, h in live.items() if _needs_complement(h)
                 and not any(o and o[0] == i and o[1] for o in owners.values())
                 and not _has_requirement_besides_comp(sentence, h)]
        needy += [i for i, h in live.items() if _denial(sentence, h)
                  and any(o and o[0] == i and o[1] for o in owners.values())]
        if not needy:
            break
        for i in needy:
            del live[i]
    roots = [i for i in live if owners[i] is None]
    grouped = [Candidate(live[r], tuple(live[i] for i in sorted(live) if i != r and _root_of(i, owners) == r)) for r in sorted(roots)]
    # "denied that any of its soldiers had fired on the post": the denied act too, negated (events/denials.py)
    return grouped + [Candidate(h, ()) for c in grouped for h in denied_acts(sentence, c.hit, c.nested)]


def _denial(sentence: Sentence, hit: Hit) -> bool:
    """A refusing verb whose gerund complement names the subject's own act ("denied having threatened Y"):
    the denied act is the event, negated (events/status.py), not a REJECT (sent-dev). "Denied the charges"
    stays a REJECT, and so does "denied that its jets had bombed X": read as the negated act, the held-out
    wires lost a REJECT their gold keeps (wire3 P 0.776 → 0.774, wire4 R 0.525 → 0.515)."""
    if hit.entry.event_type != "REJECT" or sentence.tokens[hit.token].lemma.lower() not in cue_words("negator"):
        return False
    return any(c.dep == "xcomp" and any(a.dep == "aux" and a.text.lower() == "having" for a in children(sentence, c.i))
               for c in children(sentence, hit.token))


def _needs_complement(hit: Hit) -> bool:
    return any(r.kind == "comp" for r in hit.entry.requires)


def _has_requirement_besides_comp(sentence: Sentence, hit: Hit) -> bool:
    others = tuple(r for r in hit.entry.requires if r.kind != "comp")
    if not others:
        return False
    probe = TriggerEntry(hit.entry.lemma, hit.entry.pos, hit.entry.event_type, None, others, True, "", 0, False)
    return meets(sentence, sentence.tokens[hit.token], probe)


def _root_of(i: int, owners: dict[int, tuple[int, bool] | None]) -> int:
    seen = set()
    while owners.get(i) is not None and i not in seen:
        seen.add(i)
        i = owners[i][0]
    return i
