"""Targets, partners and subjects read from particular constructions, beyond the plain subject and object
of events.roles: an object phrase's own targets, the place a material act happened in, border partners
and owners, complement and condition subjects, grievances, purposes, provocations and addressees.
"""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.role_actors import foreign_owned
from detente.events.phrases import is_verbal, pobjs, with_conjuncts
from detente.events.roles import (
    GIVING_VERBS, PREP_DEPS, RELATIVE_PRONOUNS, SKIP_IN_PHRASE, SUBJECT_DEPS, VERB_TARGET_PREPS, target_tokens,
)
from detente.events.token_memo import lemma_words
from detente.events.tree import subtree
from detente.events.triggers import children
from detente.records import Sentence, Token

GRIEVANCE_PREPS = frozenset({"over", "about", "against", "at", "with", "for", "of"})
# Where a material act happened ("lifted the curfew in X", "strengthened its forces in X"): the place is
# the party acted upon when no other argument names a state. Verbal acts ("criticised X in Paris") are excluded.
LOCATIVE_PREPS = frozenset({"in", "inside"})
# "struck a depot near the Syrian port of X", "substations around Kharkiv" lie in that state; only
# "near the X border" does not, so these count unless their object is a border noun
NEARBY_PREPS = frozenset({"near", "around", "outside"})
ARRIVAL_PREPS = frozenset({"in", "at", "into"})
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
# A state's mission abroad lies in the host state, not in the state its name gives ("arrested three men outside
# the Algerian embassy" in Paris): as the place of an act done to someone there it names neither (precision6,
# eval/sent-fp)
MISSIONS = frozenset({"embassy", "consulate", "legation", "chancery"})
# Where an exercise is staged against a state: its land border, or its coast and waters ("naval drills
# near X's coast": blindcats, issue #11's exercises announced around a territory)
EDGE_NOUNS = BORDER_NOUNS | {"coast", "coastline", "shore", "waters"}
BORDER_DEPTH = 8  # "withdrew troops from positions around a temple on its border with X" is six steps down


def phrase_targets(sentence: Sentence, objects: list[int], sources: list[int]) -> list[int]:
    """Targets named inside an object phrase: "action against Russia", "ties with Japan and Peru", also
    behind its 'of' phrase ("the instruments of accession to X")."""
    heads = objects + [o for i in objects for o in pobjs(sentence, i, frozenset({"of"}))]
    found = [k for i in heads for j in pobjs(sentence, i, VERB_TARGET_PREPS) if j not in sources
             and not companion(sentence, j) for k in with_conjuncts(sentence, j)]
    # the receiver in a relative clause on the object: "cut the electricity it supplies to X", "halt the grain it
    # sells to X" (wire17: a conditional power cut lost its target)
    return found or [k for i in objects for c in children(sentence, i) if c.dep == "relcl"
                     and not _set_off(sentence, c.i) for j in pobjs(sentence, c.i, frozenset({"to"}))
                     if j not in sources for k in with_conjuncts(sentence, j)]


def companion(sentence: Sentence, j: int) -> bool:
    """The object of a 'with' that closes "in solidarity with", "in concert with", "together with" (cues.tsv
    companion): a state that stands beside the doer. The parser hangs that 'with' on the act's object ("broke off
    relations with Colombia on Thursday in solidarity with Quito", eval/wire52 w52_03: Ecuador coded as broken with),
    where it reads as a second party of the relations."""
    prep = sentence.tokens[j].head
    if sentence.tokens[prep].lemma.lower() != "with" or prep < 1:
        return False
    before = sentence.tokens[prep - 1]
    if before.lemma.lower() not in cue_words("companion"):
        return False
    return before.pos == "ADV" or before.lemma.lower() in ("together", "along") \
        or prep >= 2 and sentence.tokens[prep - 2].lemma.lower() == "in"


def _set_off(sentence: Sentence, relcl: int) -> bool:
    """A relative clause set off by a comma only describes its head ("will not give up Diego Garcia, whose
    airbase it leases to the United States": the US is not refused, sent-dev18 0158); the restrictive one
    names what the act moves ("cut the electricity it supplies to X")."""
    first = min(subtree(sentence, relcl))
    return first > 0 and sentence.tokens[first - 1].text == ","


def locative_targets(sentence: Sentence, i: int, objects: list[int], sources: list[int]) -> list[int]:
    """States named as the place of the act, on the trigger, on its objects, or on the verb a nominal
    trigger is the object of ("ordered patrols in X")."""
    anchors = [i] + [o for o in objects if not foreign_owned(sentence, o)]
    token = sentence.tokens[i]
    if not is_verbal(token) and token.dep in ("dobj", "pobj") and token.head != i:
        anchors.append(token.head)
        prep = sentence.tokens[token.head]
        if token.dep == "pobj" and prep.dep == "prep" and is_verbal(sentence.tokens[prep.head]):
            anchors.append(prep.head)  # "took part in exercises in X": the verb carries the place
    places = [j for a in anchors for j in pobjs(sentence, a, LOCATIVE_PREPS)]
    places += _arrival_places(sentence, token)
    places += [j for a in anchors for j in pobjs(sentence, a, NEARBY_PREPS)
               if sentence.tokens[j].lemma.lower() not in BORDER_NOUNS]
    # "handed over the men in the presence of X's ambassador": X attends the act, it is not where it lands (wire19)
    places = [j for j in places if sentence.tokens[j].lemma.lower() not in cue_words("attendant")]
    # "condemned the seizure in a statement from Riyadh": a statement or letter is the act's medium, and the city
    # it came from is where its sender spoke, not where the act lands (wire30: the GCC's condemnation hit SAU)
    places = [j for j in places if sentence.tokens[j].lemma.lower() not in cue_words("document")]
    if objects:  # done to someone there, not at the mission ("protesters gathered outside the X embassy" is)
        places = [j for j in places if sentence.tokens[j].lemma.lower() not in MISSIONS]
    found = [k for j in places if j not in sources for k in with_conjuncts(sentence, j)]
    return found + border_partners(sentence, i, sources)


def _arrival_places(sentence: Sentence, token: Token) -> list[int]:
    """Where a carrier arrived: "a ship carrying tents docked at X", "a plane carrying medicine landed in Y"
    (the trigger describes the subject of the verb of arrival, which carries the place)."""
    if token.dep != "acl" or token.head == token.i:
        return []
    carrier = sentence.tokens[token.head]
    if carrier.dep != "nsubj" or carrier.head == carrier.i or not is_verbal(sentence.tokens[carrier.head]):
        return []
    return pobjs(sentence, carrier.head, ARRIVAL_PREPS)


def border_partners(sentence: Sentence, i: int, sources: list[int]) -> list[int]:
    """The neighbour in "its border with X" anywhere in the act's phrases ("withdrew troops from positions
    near its border with X", "massed forces on the frontier with X"): the side across the line."""
    if lemma_words(sentence).isdisjoint(BORDER_NOUNS):
        return []  # no border noun anywhere in the sentence (events/token_memo.py)
    out, frontier, seen = [], [i], {i}
    for _ in range(BORDER_DEPTH):
        frontier = [c.i for j in frontier for c in children(sentence, j)
                    if c.dep not in SKIP_IN_PHRASE and c.i not in seen]
        seen.update(frontier)
        out += [k for j in frontier if sentence.tokens[j].lemma.lower() in BORDER_NOUNS
                for o in pobjs(sentence, j, frozenset({"with"})) if o not in sources for k in with_conjuncts(sentence, o)]
    return out


def granting(lemma: str) -> bool:
    """A verb of letting in or letting go (cues.tsv permission and freeing: "be allowed", "be freed", "be handed
    over"): in a demand's that-clause its passive subject is who is let in or let go, not who is asked (wire17)."""
    return lemma.lower() in cue_words("permission") or lemma.lower() in cue_words("freeing")


def complement_subject(sentence: Sentence, i: int, sources: list[int]) -> list[int]:
    """Who a demand, charge or warning is about: the subject of its that-clause ("demanded that X withdraw",
    "warned that X would pay", "denied that X had entered")."""
    for c in children(sentence, i):
        if c.dep == "ccomp" and (is_verbal(c) or c.pos == "ADJ"):  # "holds X accountable": a small clause
            # "asked that its consuls be allowed to meet the crew", "demanded that the fishermen be freed": the
            # subject of a passive of granting is who is let go or let in, not who is asked (wire17)
            granted = granting(c.lemma)
            subj = [k.i for k in children(sentence, c.i) if (k.dep == "nsubj" or k.dep == "nsubjpass" and not granted)
                    and k.i not in sources]
            if subj and sentence.tokens[subj[0]].text.lower() not in RELATIVE_PRONOUNS:
                return with_conjuncts(sentence, subj[0])
    return []


def complement_objects(sentence: Sentence, i: int, sources: list[int]) -> list[int]:
    """Targets of a frame's infinitive or that-complement when that verb is not itself a trigger
    ("threatened to cut off electricity to X", "refused to deploy troops in X", "denied that its jets
    had entered X's airspace")."""
    out: list[int] = []
    for c in children(sentence, i):
        if c.dep in ("xcomp", "ccomp") and is_verbal(c):
            objs, _ = target_tokens(sentence, c.i, sources)
            if granting(c.lemma):  # "asked that its consuls be allowed to…": not who is asked
                objs = [o for o in objs if sentence.tokens[o].dep != "nsubjpass"]
            out += objs + phrase_targets(sentence, objs, sources) + locative_targets(sentence, c.i, objs, sources)
    return out


def condition_subject(sentence: Sentence, i: int, sources: list[int]) -> list[int]:
    """The party a conditional threat is aimed at: subject of its 'unless/if' clause, on the trigger or
    on its complement ("threatened to walk out unless X paid")."""
    heads = [i] + [c.i for c in children(sentence, i) if c.dep in ("xcomp", "ccomp")]
    token = sentence.tokens[i]
    if token.pos == "NOUN" and token.dep == "dobj" and token.head != i:
        # "said it would impose sanctions if X did not withdraw": the condition hangs on the light verb of a
        # nominal threat (found probing conditional threats: the threat kept no target)
        heads.append(token.head)
    for h in heads:
        for c in children(sentence, h):
            marks = {m.lemma.lower() for m in children(sentence, c.i) if m.dep == "mark"}  # lemma: an inverted 'should' is 'if'
            if c.dep == "advcl" and marks & {"unless", "if"}:
                subj = [k.i for k in children(sentence, c.i) if k.dep == "nsubj" and k.i not in sources]
                if subj:
                    return with_conjuncts(sentence, subj[0])
    return []


def conjunct_verb_targets(sentence: Sentence, i: int, sources: list[int]) -> list[int]:
    """Coordinated verbs share arguments: "donated and delivered food to X" gives 'donated' the target X."""
    if any(c.dep in ("dobj", "dative") for c in children(sentence, i)):
        return []  # the first verb has its own object: "opened X to A but refused Y to B"
    conj = [c.i for c in children(sentence, i) if c.dep == "conj" and is_verbal(c)
            and not any(k.dep in SUBJECT_DEPS for k in children(sentence, c.i))]
    return [t for c in conj for t in target_tokens(sentence, c, sources)[0]]


def grievance_targets(sentence: Sentence, i: int, sources: list[int]) -> list[int]:
    """What a complaint or protest is about: "complained to the council over X's raids" → X's raids;
    "blocked a road to show their anger at X's policies" → X's policies (a purpose clause voicing it)."""
    found = pobjs(sentence, i, frozenset({"over", "about", "against"}))
    voiced = [c for c in children(sentence, i) if c.dep in ("advcl", "xcomp") and c.lemma.lower() in cue_words("voice")]
    found += [j for c in voiced for o in children(sentence, c.i) if o.dep == "dobj"
              for j in pobjs(sentence, o.i, GRIEVANCE_PREPS)]
    return [k for j in found if j not in sources for k in with_conjuncts(sentence, j)]


def stative_passive_subject(sentence: Sentence, i: int) -> list[int]:
    """"X is opposed to / committed to Y": a stance verb in the passive with a 'to' phrase and no agent
    describes its subject's own position, so the passive subject is the actor."""
    kids = children(sentence, i)
    if any(c.dep == "agent" for c in kids) or not any(c.dep == "prep" and c.lemma.lower() == "to" for c in kids):
        return []
    subj = [c.i for c in kids if c.dep == "nsubjpass"]
    return with_conjuncts(sentence, subj[0]) if subj else []


def purpose_targets(sentence: Sentence, i: int, sources: list[int]) -> list[int]:
    """"sent grain to help X cope with the drought", "deployed ships to help defend X": the party an act
    is done for, named in its 'to help/assist/protect' purpose clause on the act or on its object (the
    object, or the subject or object of the clause the helping verb governs)."""
    purposes = cue_words("purpose")
    # or on the act's object: "pledged 2 million dollars to help equip X's posts" (wire9; parsed as a relative)
    heads = [i] + [o.i for o in children(sentence, i) if o.dep == "dobj"]
    clauses = [c for h in heads for c in children(sentence, h) if c.lemma.lower() in purposes
               and c.dep in (("advcl", "xcomp") if h == i else ("relcl", "acl"))
               and any(a.dep == "aux" and a.text.lower() == "to" for a in children(sentence, c.i))]
    found = [k.i for c in clauses for k in children(sentence, c.i) if k.dep == "dobj"]
    found += [s.i for c in clauses for k in children(sentence, c.i) if k.dep in ("ccomp", "xcomp")
              for s in children(sentence, k.i) if s.dep in ("nsubj", "dobj")]
    return [k for j in found if j not in sources for k in with_conjuncts(sentence, j)]


def medium_partners(sentence: Sentence, i: int, sources: list[int]) -> list[int]:
    """"discussed the crisis by telephone with X": the parser hangs the partner's 'with' phrase on the
    means of talking ('by telephone', 'over the phone', 'via video link') instead of on the verb."""
    means = pobjs(sentence, i, frozenset({"by", "over", "via"}))
    return [k for m in means for j in pobjs(sentence, m, frozenset({"with"})) if j not in sources
            for k in with_conjuncts(sentence, j)]


def levied_goods(sentence: Sentence, i: int, sources: list[int]) -> list[int]:
    """Whose goods a trade measure strikes: "tariffs of 80% on barley imports from X", "duties on X's wine",
    "hit X's barley with a tariff" (the state named in the goods' phrase, a few steps down)."""
    token = sentence.tokens[i]
    goods = pobjs(sentence, i, frozenset({"on"}))
    measures = [c for c in children(sentence, i) if c.dep == "acl"]  # "duties totalling 80% on X's barley"
    measures += [o for c in measures for o in children(sentence, c.i) if o.dep == "dobj"]  # ... "80% on" ...
    goods += [o for c in measures for o in pobjs(sentence, c.i, frozenset({"on"}))]
    prep = sentence.tokens[token.head]
    if token.dep == "pobj" and prep.lemma.lower() == "with" and prep.head != prep.i:
        goods += [c.i for c in children(sentence, prep.head) if c.dep == "dobj"]  # "hit X's barley with tariffs"
    found, frontier = [], goods
    for _ in range(4):
        found += [j for j in frontier if j not in sources and (sentence.tokens[j].ent in ("GPE", "NORP")
                                                               or sentence.tokens[j].pos == "PROPN")]
        frontier = [c.i for j in frontier for c in children(sentence, j) if c.dep not in ("relcl", "acl", "advcl")]
    return found


PROVOKING_MARKS = frozenset({"after", "because"})
PROVOKING_PREPS = frozenset({"after", "over", "for"})


def provocation_targets(sentence: Sentence, i: int, sources: list[int]) -> list[int]:
    """Whom a threat answers: the doer of the act its 'after' clause or phrase reports ("vowed revenge
    after X killed the general", "threatened retaliation over X's strike")."""
    found: list[int] = []
    own = children(sentence, i)
    for c in own + [p for o in own if o.dep == "dobj" for p in children(sentence, o.i) if p.dep == "prep"]:
        kids = children(sentence, c.i)
        if c.dep == "advcl" and any(m.dep == "mark" and m.text.lower() in PROVOKING_MARKS for m in kids):
            found += [k.i for k in kids if k.dep == "nsubj"] + pobjs(sentence, c.i, frozenset({"by"}), ("agent",))
        elif c.dep == "prep" and c.lemma.lower() in PROVOKING_PREPS:
            acts = [o for o in kids if o.dep == "pobj"]
            found += [m.i for o in acts for m in children(sentence, o.i) if m.dep in ("poss", "compound", "amod")
                      and (m.ent in ("GPE", "NORP", "ORG") or m.pos == "PROPN")]
    return [j for j in found if j not in sources]


def border_owners(sentence: Sentence, i: int, sources: list[int]) -> list[int]:
    """The state whose border a military exercise is staged at ("drills near the Kenyan border", "war games
    on Uganda's frontier"): a show of force aimed across that line. Only for exercises: fighting "near
    the X border" may be with anybody, and a patrol there guards one's own side."""
    token = sentence.tokens[i]
    if any(c.lemma.lower() in ("back", "away") for c in children(sentence, i)):
        return []  # "moved its troops back from the X border": a pull-back aims at nobody (sent-dev23 0051's near miss)
    start = [i] + ([token.head] if not is_verbal(token) and token.dep == "dobj" else [])  # "held drills near ..."
    out, frontier, seen = [], start, set(start)
    for _ in range(BORDER_DEPTH):
        frontier = [c.i for j in frontier for c in children(sentence, j)
                    if c.dep not in SKIP_IN_PHRASE and c.i not in seen]
        seen.update(frontier)
        edges = [j for j in frontier if sentence.tokens[j].lemma.lower() in EDGE_NOUNS]
        out += [m.i for j in edges for m in children(sentence, j) if m.i not in sources and (
                    (m.dep in ("amod", "compound") and (m.ent in ("GPE", "NORP") or m.pos == "PROPN"))
                    or (m.dep == "poss" and m.pos != "PRON"))]
        # "staged drills near the maritime border with X": the neighbour across the line (blindcats)
        out += [k for j in edges if sentence.tokens[j].lemma.lower() in BORDER_NOUNS
                for o in pobjs(sentence, j, frozenset({"with"})) if o not in sources for k in with_conjuncts(sentence, o)]
    return out


ADDRESSING_VERBS = frozenset({"tell", "inform", "notify", "assure", "write", "warn", "remind"})


def addressee_targets(sentence: Sentence, i: int, sources: list[int]) -> list[int]:
    """Whom a reported act is announced to: "X told Y that it would not accept the terms", "X assured Y it
    would send aid" (the addressee of the telling verb the act's clause hangs from)."""
    token = sentence.tokens[i]
    verb = sentence.tokens[token.head]
    if token.head == i:
        return []
    if token.dep == "advcl" and token.tag == "VBG":
        return letter_addressee(sentence, verb, sources)
    if token.dep == "acl" and token.tag == "VBG" and verb.lemma.lower() in LETTER_NOUNS and verb.dep == "dobj" \
            and verb.head != verb.i:  # "sent a note to X asking that …" with the participle hung on the note (wire16)
        return letter_addressee(sentence, sentence.tokens[verb.head], sources)
    if token.dep != "ccomp" or verb.lemma.lower() not in ADDRESSING_VERBS:
        return []
    found = [c.i for c in children(sentence, verb.i) if c.dep in ("dobj", "dative", "iobj")]
    found += pobjs(sentence, verb.i, frozenset({"to"}))
    return [k for j in found if j not in sources for k in with_conjuncts(sentence, j)]


LETTER_VERBS = frozenset({"write", "appeal", "turn"})  # "wrote to X asking …", "appealed to X, urging …"
SENDING_VERBS = frozenset({"send", "address", "deliver", "submit"})  # "sent a letter to X asking …"
LETTER_NOUNS = frozenset({"letter", "note", "message", "request", "petition", "complaint", "appeal"})


def letter_addressee(sentence: Sentence, verb: Token, sources: list[int]) -> list[int]:
    """Whom a participle of asking or urging that a letter carries is aimed at: "had written to the chairman
    of the bloc asking for the dispute to be discussed", "wrote to the Commission asking it to intervene",
    "sent a letter to X urging …" (wire10: two requests of a state's letter lost their addressee and took the
    story's counterpart). Only the 'to' phrase of a verb of writing, or of sending a letter, is read."""
    lemma = verb.lemma.lower()
    holders = [verb.i] if lemma in LETTER_VERBS else []
    if lemma in SENDING_VERBS:
        letters = [c.i for c in children(sentence, verb.i) if c.dep == "dobj" and c.lemma.lower() in LETTER_NOUNS]
        holders = [verb.i] + letters if letters else []
    found = [o for h in holders for o in pobjs(sentence, h, frozenset({"to"}), PREP_DEPS)]  # "sent a message to X"
    return [k for j in found if j not in sources for k in with_conjuncts(sentence, j)]


def contacted_party(sentence: Sentence, i: int, sources: list[int]) -> list[int]:
    """Whom an act done on a call or visit is aimed at: "phoned his counterpart to demand an explanation",
    "visited X to ask for support" (cues.tsv `means`: the infinitive is the caller's purpose, and the one
    called hears it). An invented probe left the demand without a target."""
    token = sentence.tokens[i]
    verb = sentence.tokens[token.head]
    purpose = token.dep == "xcomp" or token.dep == "advcl" and (token.tag == "VBG" or any(
        c.dep == "aux" and c.text.lower() == "to" for c in children(sentence, i)))  # "called X to the ministry to protest"
    if not purpose or token.head == i or verb.lemma.lower() not in cue_words("means"):
        return []
    # "wrote to X asking it to reopen the crossing", "phoned X, urging ...": the one written to or called
    # (blindcats, issue #11's requests by letter or call)
    called = [c.i for c in children(sentence, verb.i) if c.dep == "dobj"] + pobjs(sentence, verb.i, frozenset({"to"}))
    return [k for c in called if c not in sources for k in with_conjuncts(sentence, c)]


NAMING_VERBS = frozenset({"call", "describe", "term", "label", "brand"})
DOER_DEPS = frozenset({"poss", "amod", "compound"})


def named_what(sentence: Sentence, i: int, sources: list[int]) -> list[int]:
    """The doer of what the trigger's object clause names: "condemned what it called unprovoked firing by
    Pakistani troops" (sent-dev: the target was sought in "it", the condemner itself), "denounced what it
    described as Chinese incursions": the 'by' object, owner or nationality of the named act."""
    out: list[int] = []
    for c in children(sentence, i):
        if c.dep != "ccomp" or c.lemma.lower() not in NAMING_VERBS \
                or not any(k.text.lower() == "what" for k in children(sentence, c.i)):
            continue
        named = [k.i for k in children(sentence, c.i) if k.dep == "oprd"] + pobjs(sentence, c.i, frozenset({"as"}))
        # the parser may hang the 'by' phrase on the naming verb, whose own subject is the namer
        doers = [j for n in [c.i] + named for j in pobjs(sentence, n, frozenset({"by"}), ("prep", "agent"))]
        doers += [k.i for n in named for k in children(sentence, n) if k.dep in DOER_DEPS]
        out += [j for j in doers if j not in sources]
    return out


def given_as_recipient(sentence: Sentence, i: int, sources: list[int]) -> list[int]:
    """"would give Mongolia 10,000 tonnes of wheat as humanitarian aid": the aid noun is the 'as' phrase of a
    verb of giving, whose dative (or 'to' phrase) is who gets it (wire25: the pledge kept no recipient)."""
    token = sentence.tokens[i]
    prep = sentence.tokens[token.head]
    if token.dep != "pobj" or prep.lemma.lower() != "as" or prep.head == prep.i:
        return []
    verb = sentence.tokens[prep.head]
    if verb.lemma.lower() not in GIVING_VERBS | {"offer", "pledge"}:
        return []
    found = [c.i for c in children(sentence, verb.i) if c.dep in ("dative", "iobj") and c.pos in ("PROPN", "NOUN")]
    found += pobjs(sentence, verb.i, frozenset({"to"}), ("dative", "prep"))
    return [k for j in found if j not in sources for k in with_conjuncts(sentence, j)]
