"""Who did a clause's act when the parser's reading hides it (split out of roles.py, sessions 18 and 19):
a passive without its auxiliary whose subject suffered the act, a participle hung on the one a writer
wrote to (both from the blind pages wire15 and wire17), the subject of "came under fire" and of a drawn
reaction ("drew a threat from X"), a projectile's place of firing, and force told as a reported act's outcome."""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.phrases import is_verbal, pobjs, with_conjuncts
from detente.events.triggers import UNDERGO_VERBS, children, match_token
from detente.records import Sentence, Token


def reduced_passive(sentence: Sentence, token: Token) -> bool:
    """"The fourteen Vietnamese fishermen detained near the reef are home" (the copula read as the participle's
    conjunct), "Two Beninese customs officers wounded; ...": a verb that must take an object (cues.tsv
    undergone) read with a subject, no object, no auxiliary and no agent is a passive without its 'were', so
    its subject suffered the act (wire17, a blind page: the detained fishermen's state coded as the detainer).
    A past participle (VBN) or a headline past form, also after "after"/"as" ("Riga summons envoy after two
    border guards detained", wire23); never a verb with a verb conjunct, whose object the parser may hang on the
    last conjunct ("arrested and deported two men"), unless that conjunct is a finite verb of its own. The parser
    also hangs such a participle on the real verb as its clausal subject ("four Nigerian customs officers arrested
    near the town at the weekend had entered the country armed", wire34, a blind page): a csubj participle."""
    if token.pos != "VERB" or token.tag not in ("VBN", "VBD") or token.dep not in ("ROOT", "ccomp", "advcl", "csubj") \
            or token.lemma.lower() not in cue_words("undergone") or token.dep == "csubj" and token.tag != "VBN":
        return False
    kids = children(sentence, token.i)
    if token.dep == "advcl" and not any(c.dep == "mark" for c in kids):
        return False
    deps = {c.dep for c in kids if not _stray_main_verb(sentence, c)}
    return "nsubj" in deps and not deps & {"dobj", "dative", "iobj", "aux", "auxpass", "agent", "cc", "ccomp",
                                          "xcomp", "prt"} and not any(
        c.dep == "prep" and c.lemma.lower() == "by" or c.dep == "conj" and c.pos == "VERB"
        and not _finite_after_participle(sentence, token, c) for c in kids)


def suffered_participle(sentence: Sentence, token: Token) -> bool:
    """"The three Honduran soldiers detained near the river were questioned", "Iran will try the two Azerbaijani
    guards held since Sunday": a bare past participle of a verb that must take an object (cues.tsv undergone),
    hung with no auxiliary and no 'by' on a noun of held people (cues.tsv detainee), tells what the noun
    suffered; the noun's state is not the doer (wire34, a blind page, and the "N detained near X" phrases of
    realnews and wire17-wire30: the held people's state was coded as its own people's detainer). Without the
    detainee restriction held-out wire13 lost a core event (session 25)."""
    if token.dep != "acl" or token.tag != "VBN" or token.lemma.lower() not in cue_words("undergone") \
            or sentence.tokens[token.head].lemma.lower() not in cue_words("detainee"):
        return False  # only people held (cues.tsv detainee): "the Iranian tanker seized" may name the seizer's flag
    kids = children(sentence, token.i)
    return not any(c.dep in ("aux", "auxpass", "agent", "nsubj", "dobj") or c.dep == "prep" and c.lemma.lower() == "by"
                   for c in kids)


def unowned_summons(sentence: Sentence, token: Token) -> bool:
    """"The summoning of Belarus's charge d'affaires followed within hours": a summons told as a noun (cues.tsv
    summoner, noun) with an 'of' object and no 'by' phrase or possessor names no summoner, as an agentless passive
    does (wire34 w34_06, wire35 w35_02 and w35_12; events/summoned_envoys.py names the page's other state)."""
    if token.pos != "NOUN" or token.lemma.lower() not in cue_words("summoner"):
        return False
    kids = children(sentence, token.i)
    return any(c.dep == "prep" and c.lemma.lower() == "of" for c in kids) and not any(
        c.dep in ("poss", "agent") or (c.dep == "prep" and c.lemma.lower() == "by") for c in kids)


def _finite_after_participle(sentence: Sentence, token: Token, conj: Token) -> bool:
    """"The two Latvian border guards detained near the river on Sunday entered Belarusian territory…" (wire23,
    a blind page): the parser made the participle the clause's verb and the real verb, finite and with its own
    object, its conjunct. A participle (VBN) is no coordinate of a finite verb with an object, so its subject
    suffered the act; "arrested and deported two men" joins two past forms by "and", excluded above by "cc".
    A conjunct with its own perfect or modal auxiliary is finite too ("Two Georgian policemen detained near the
    village had illegally crossed the border", wire34, a blind page: the policemen's state was coded as the
    detainer)."""
    kids = children(sentence, conj.i)
    finite = conj.tag in ("VBD", "VBZ", "VBP") or conj.tag == "VBN" and any(c.dep == "aux" for c in kids)
    return token.tag == "VBN" and finite and any(c.dep == "dobj" for c in kids)


def _stray_main_verb(sentence: Sentence, kid: Token) -> bool:
    """"The four Greek forest workers detained near X last Sunday were arrested by frontier troops" (wire19): the
    parser made "detained" the clause's verb and hung the real one, a passive with no subject of its own, under it
    as a ccomp; that clause is the sentence's main verb, not a complement of the participle."""
    kids = children(sentence, kid.i)
    return kid.dep == "ccomp" and kid.i > kid.head and any(c.dep == "auxpass" for c in kids) and not any(
        c.dep in ("nsubj", "nsubjpass", "mark") for c in kids)


def writer(sentence: Sentence, token: Token) -> int | None:
    """"had written to the EU's foreign policy chief asking the Union to raise the matter": a participle the
    parser hung on the 'to' object of a verb of writing or turning to someone (cues.tsv addressee) is the
    writer's act, so that verb, whose subject asks; the one written to is asked (wire15, a blind page)."""
    if token.dep != "acl" or token.tag != "VBG":
        return None
    prep = sentence.tokens[sentence.tokens[token.head].head]
    if sentence.tokens[token.head].dep != "pobj" or prep.dep not in ("prep", "dative") or prep.text.lower() != "to":
        return None
    verb = sentence.tokens[prep.head]
    verbal = verb.pos in ("VERB", "AUX") or verb.tag.startswith("VB")
    return verb.i if verbal and verb.lemma.lower() in cue_words("addressee") else None


def shared_passive(sentence: Sentence, token: Token) -> list[int]:
    """"The two men were released on Friday and were handed over at the border", "drivers held at <town> were
    freed and handed over to their officials": a verb coordinated with a passive one is passive too when it has
    its own 'were', or is a bare participle with no subject, object or auxiliary of its own; its subject is the
    first verb's, and it suffered the act (wire14, wire15: the released men were coded as the doers of their own
    handing over). A past form the parser tags VBD counts when the verb must take an object (cues.tsv undergone,
    freeing: "were freed and handed over"). Returns that subject, or []. "X was charged and will resign" (an
    auxiliary) and "X was elected and signed an accord" (an object) are the subject's own acts."""
    head = sentence.tokens[token.head]
    if token.dep != "conj" or token.pos != "VERB" or token.head == token.i:
        return []
    kids = children(sentence, token.i)
    transitive = token.lemma.lower() in cue_words("undergone").keys() | cue_words("freeing").keys()
    own = any(c.dep == "auxpass" for c in kids) or (token.tag == "VBN" or token.tag == "VBD" and transitive) and not any(
        c.dep in ("aux", "nsubj", "nsubjpass", "dobj", "dative", "ccomp", "xcomp") for c in kids)
    subject = [c.i for c in children(sentence, head.i) if c.dep == "nsubjpass"]
    return subject if own and not any(c.dep in ("nsubj", "nsubjpass") for c in kids) else []


def own_auxiliary(sentence: Sentence, token: Token) -> bool:
    """A coordinated verb with its own 'be' ("... had been seen by the consul and would be handed over to him"):
    a clause of its own, so the first verb's 'by' phrase is not its doer (wire16: the consul who saw the men was
    coded as the one handing them over); a bare participle ("were detained by X and taken to Y") shares it."""
    return any(c.dep in ("aux", "auxpass") for c in children(sentence, token.i))


def projectile_origin(sentence: Sentence, verb: Token, subject: Token) -> list[int]:
    """"Mortar rounds fired from Syria killed five", "rounds fired from the Congolese side fell on a village,
    wounding four": a projectile subject names no doer, the place it was fired from does (cues.tsv
    `projectile`; sent-dev: the killing went to the state whose artillery answered, wire4: to nobody). The
    parser reads the participle as the projectile's modifier, or as the clause's root with the act its
    conjunct (then the climb reaches the participle itself)."""
    words = cue_words("projectile")
    if words.get(subject.lemma.lower()) != "noun":
        return []
    firing = [verb] if verb.i != subject.i and words.get(verb.lemma.lower()) == "verb" else []
    firing += [c for c in children(sentence, subject.i) if c.dep == "acl" and c.tag == "VBN"
               and words.get(c.lemma.lower()) == "verb"]
    return [o for v in firing for o in pobjs(sentence, v.i, frozenset({"from"}))]


def reception_verb(sentence: Sentence, token: Token) -> Token | None:
    """The verb of "drew a warning", "faced criticism", "received an offer" whose object is the trigger noun."""
    head = sentence.tokens[token.head]
    if token.dep == "dobj" and token.head != token.i and head.lemma.lower() in cue_words("reception"):
        return head
    verb = sentence.tokens[head.head]
    if token.dep == "pobj" and head.lemma.lower() == "under" and verb.lemma.lower() in UNDERGO_VERBS:
        return verb  # "X came under fire from Y", "X was under attack from Y"
    return None


RECEIVING = frozenset({"receive", "get"})  # reception verbs (cues.tsv) of plain receipt


def received_unmade(sentence: Sentence, token: Token) -> bool:
    """"X received / got the request" with no 'from' maker: the subject is the act's addressee, never its maker
    (wire21: "UNAMI confirmed it had received the request" was coded as UNAMI's own request once UNAMI was a
    body). Receiving verbs only: "drew criticism" or "sparked protests" keep their older readings."""
    verb = reception_verb(sentence, token)
    return verb is not None and verb.lemma.lower() in RECEIVING and not reaction_makers(sentence, token)


def undergone(sentence: Sentence, token: Token) -> Token | None:
    """The verb of "X came under fire", "X was under attack" when the trigger noun is the object of its 'under':
    its subject suffers the act, whoever (a 'from' phrase, or no one named) did it."""
    head = sentence.tokens[token.head]
    verb = sentence.tokens[head.head]
    if token.dep == "pobj" and head.lemma.lower() == "under" and head.head != head.i \
            and verb.lemma.lower() in UNDERGO_VERBS:
        return verb
    return None


def undergoers(sentence: Sentence, i: int, sources: list[int]) -> list[int]:
    """Who came under the act: the subject of "X came under fire (from Y)"; [] when the noun is not under such a verb."""
    verb = undergone(sentence, sentence.tokens[i])
    if verb is None:
        return []
    subjects = [c.i for c in children(sentence, verb.i) if c.dep in ("nsubj", "nsubjpass")]
    return [j for j in (with_conjuncts(sentence, subjects[0]) if subjects else []) if j not in sources]


def reaction_makers(sentence: Sentence, token: Token) -> list[int]:
    """Who made the act a subject drew or faced: the 'from' phrase of "drew a threat from Moscow", on
    the noun or on the verb ("drew an angry warning of countermeasures from the Kremlin")."""
    verb = reception_verb(sentence, token)
    if verb is None:
        return []
    of = pobjs(sentence, token.i, frozenset({"of"}))
    return (pobjs(sentence, token.i, frozenset({"from"})) or pobjs(sentence, verb.i, frozenset({"from"}))
            or [j for o in of for j in pobjs(sentence, o, frozenset({"from"}))])


def forthcoming_makers(sentence: Sentence, token: Token) -> list[int]:
    """Who made the act a trigger noun names when it is the subject of a verb of coming (cues.tsv
    `forthcoming`): the 'from' phrase of "Support came from Tokyo", "Condemnation poured in from Gulf capitals"
    (sent-dev8: both acts were dropped with no actor), on the verb. [] otherwise."""
    verb = sentence.tokens[token.head]
    if token.dep != "nsubj" or token.head == token.i or verb.lemma.lower() not in cue_words("forthcoming"):
        return []
    return pobjs(sentence, verb.i, frozenset({"from"}))  # the noun's own 'from' is a place: "withdrawal from X"


# acts of force a participle tells as the outcome of a reported act ("…, wounding two", "…, destroying a depot")
PHYSICAL = frozenset({"ASSAULT", "COERCE"})


def told_consequence(sentence: Sentence, token: Token, head: Token) -> int | None:
    """"X shot at Y's patrol, Y's officials said, wounding two": the parser hangs the participle of force on the
    verb of saying, but it goes on the fronted reported clause, whose doer it shares (newcomer7: the reporters
    were coded as the wounders). Returns that clause's verb, or None."""
    if token.dep != "advcl" or token.tag != "VBG" or head.lemma.lower() not in cue_words("report"):
        return None
    told = [c.i for c in children(sentence, head.i) if c.dep == "ccomp" and c.i < head.i and is_verbal(c)]
    if not told or (entry := match_token(sentence, token)) is None or entry.event_type not in PHYSICAL:
        return None
    return told[-1]


def inverted_reporter(sentence: Sentence, token: Token) -> tuple[int, int] | None:
    """"Gambia says drivers stay until fines are paid, warns Dakar over border closure" (a headline, wire15):
    the parser reads the second verb as a quotative inversion ("..., warns Dakar": Dakar warns) whose complement
    is the first clause; but that clause is itself a report (a present verb of saying with its own subject
    before it), so the headline's subject says and warns, and the noun after the verb is the one warned.
    Returns (the doer, the one acted on), or None. "Troops will cross, warns Dakar" (no report before it) and
    "Dakar warns Gambia" are left as the parser reads them."""
    if not is_verbal(token) or token.tag != "VBZ" or token.i == 0 or sentence.tokens[token.i - 1].text != ",":
        return None
    kids = children(sentence, token.i)
    after = [c.i for c in kids if c.dep == "nsubj" and c.i > token.i]
    said = [c for c in kids if c.dep == "ccomp" and c.i < token.i and c.tag == "VBZ"
            and c.lemma.lower() in cue_words("report")]
    if not after or not said:
        return None
    sayer = [c.i for c in children(sentence, said[0].i) if c.dep == "nsubj" and c.i < said[0].i]
    return (sayer[0], after[0]) if sayer else None


def own_passive_conjunct(sentence: Sentence, token: Token) -> bool:
    """"The Tongan boats left the lagoon, and the second Fijian vessel was recalled to Suva": a coordinated clause
    with a passive subject of its own and no agent is a new clause, whose doer is not named; the subject of the
    clause before it did not do it (eval/wire24, written blind: the recall was coded as Tonga's, of Fiji). The
    state whose forces they are may still be read as the doer (events/withdrawn.py). Only a passive subject with a
    named owner ("the Fijian vessel"): a bare one may still be the first clause subject's."""
    if token.dep != "conj" or not is_verbal(token) or token.head == token.i:
        return False
    kids = children(sentence, token.i)
    return any(c.dep == "nsubjpass" and _owned_by_name(sentence, c) for c in kids) \
        and not any(c.dep == "agent" for c in kids) \
        and not pobjs(sentence, token.i, frozenset({"by"}), ("agent", "prep"))


def _owned_by_name(sentence: Sentence, noun: Token) -> bool:
    """A noun whose owner is named ("the Fijian vessel", "Kenya's envoy"): a clause about "an incident of this kind"
    may still be the first clause's subject's (wire19: "... and an incident must not be allowed to undo it")."""
    return any(c.dep in ("amod", "compound", "poss") and c.text[:1].isupper() for c in children(sentence, noun.i))


def passive_with_subject(sentence: Sentence, token: Token) -> bool:
    """"the Kenyan ambassador, who was on leave when he was expelled": a passive adverbial clause with its own
    subject and no 'by' names who suffered the act; the clause it hangs on ("was on leave", whose subject is the
    ambassador) does not name the doer (wire43 w43_06: SANCTION CAN→SAU for the ambassador Riyadh expelled).
    The caller uses it only for a climb through the relative clause to its head: for any passive adverbial clause
    it cost held-out wire5 precision (0.826 → 0.824)."""
    kids = children(sentence, token.i)
    return token.dep == "advcl" and any(c.dep == "nsubjpass" for c in kids) and not any(c.dep == "agent" for c in kids)
