"""The actors an argument names: the mention whose span covers the argument's head, or the nearest
mention inside the argument's phrase ("the head of Pakistan's army" → Pakistan); a place, institution or
crowd read as its state. Arguments with no mention become unresolved actors (country None) so a
sentence-level coder still sees who acted. The argument tokens themselves come from events.roles.
"""
from __future__ import annotations

from detente.actors import country_of_place
from detente.actors.items import dateline_end
from detente.actors.draft import NO_STATE
from detente.events.lexicon import cue_words
from detente.events.listed_people import listed_people
from detente.events.locations import PLACE_ENTS, entity_text
from detente.events.maker import makers
from detente.events.phrases import ACTOR_POS, pobjs, with_conjuncts
from detente.events.roles import SKIP_IN_PHRASE
from detente.events.triggers import children
from detente.records import Actor, Mention, Sentence, Token

MAX_PHRASE_DEPTH = 3
# Nouns whose possessive pronoun names the state itself ("his country", "its government").
OWN_STATE_NOUNS = frozenset({"country", "nation", "government", "state", "administration", "army", "military"})
# Prepositions that keep an argument's actor inside its phrase: "the head of X's army", "calls by X for aid",
# "an offer from X" (the maker of the thing named); "for"/"in"/"to" lead elsewhere.
PHRASE_PREPS = frozenset({"of", "by", "from"})


def _mention_covering(mentions: list[Mention], i: int) -> Mention | None:
    covering = [m for m in mentions if m.first <= i <= m.last]
    return min(covering, key=lambda m: m.last - m.first) if covering else None


def _within_phrase(sentence: Sentence, token: Token) -> bool:
    """Only 'of' prepositions stay inside an actor phrase ("the head of Pakistan's army");
    "the request for bases in Afghanistan" must not make Afghanistan the requester."""
    if token.dep in ("prep", "agent"):
        return token.lemma.lower() in PHRASE_PREPS
    return True


def _doer_first(token: Token) -> bool:
    """A 'by' phrase before the other dependents: in "the treatment of its nationals by X's police" the act's
    doer names the phrase, not whom it was done to (sent-dev: a condemnation aimed at the condemner's own
    nationals and dropped); stable otherwise, so text order is kept."""
    return not (token.dep in ("prep", "agent") and token.lemma.lower() == "by")


def mention_at(sentence: Sentence, i: int, mentions: list[Mention]) -> Mention | None:
    """The mention covering token i, else the nearest mention inside i's phrase (breadth first)."""
    frontier = [i]
    seen: set[int] = set()
    depth = 0
    while frontier:
        for j in frontier:
            found = _mention_covering(mentions, j)
            if found is not None and j != i and _host_city(sentence, found, mentions):
                continue  # "met at the Lima summit": the city a gathering is named after hosted it
            if found is not None and (j == i or sentence.tokens[found.head].pos != "PRON"
                                      or sentence.tokens[i].lemma.lower() in OWN_STATE_NOUNS):
                return found  # "its allies" is not "it": a possessive pronoun does not name the phrase
        seen.update(frontier)
        frontier = [c.i for j in frontier for c in sorted(children(sentence, j), key=_doer_first)
                    if c.dep not in SKIP_IN_PHRASE and c.i not in seen and _within_phrase(sentence, c)]
        depth += 1
        if depth > MAX_PHRASE_DEPTH:
            break
    return None


def _kin_subject(sentence: Sentence, i: int, mention: Mention) -> bool:
    """"Families of the two soldiers welcomed them": relatives doing something are private people, not the state of
    the soldiers named in their of-phrase (cues.tsv `kin`; wire30: a family welcome coded as Guinea-Bissau's
    SUPPORT). Only as the subject: "condolences to the soldiers' families" keeps its own reading."""
    token = sentence.tokens[i]
    return token.dep in ("nsubj", "nsubjpass") and token.lemma.lower() in cue_words("kin") \
        and not mention.first <= i <= mention.last


def _host_city(sentence: Sentence, mention: Mention, mentions: list[Mention]) -> bool:
    """A capital's name compounded into a gathering or an accord named after it ("the Oslo conference",
    "the Minsk agreements", cues.tsv hostcity): the place it met or was signed, not a party inside the phrase
    (sent-dev: ministers who "did not meet on the sidelines of the <capital> conference" met that state)."""
    if mention.kind != "capital":
        return False
    hosts = cue_words("hostcity")
    nouns = [hosts[w] for j in _modified_nouns(sentence, mention.head) if (w := sentence.tokens[j].lemma.lower()) in hosts]
    return bool(nouns) and not (nouns[0] == "document" and _state_named_apart(mention, mentions))


def _state_named_apart(mention: Mention, mentions: list[Mention]) -> bool:
    """The capital's state named again in the sentence by another mention ("sign the <capital> memorandum as
    <that state> stands guarantor", wire37): that state signed or took part, and the city stands for it."""
    return any(m.sentence == mention.sentence and m.country == mention.country and m.kind != "capital"
               and (m.last < mention.first or m.first > mention.last) for m in mentions)


def _modified_nouns(sentence: Sentence, i: int) -> list[int]:
    """The nouns a name is compounded into, nearest first, through a chain of modifiers ("the <capital>
    implementation matrix", "the <capital> peace roadmap": wire38, the capital named a third state's part in a
    suspended accord when the parser hung it on the middle noun)."""
    out, token = [], sentence.tokens[i]
    while token.dep in ("compound", "nmod", "amod") and token.head != token.i and len(out) < MAX_PHRASE_DEPTH:
        token = sentence.tokens[token.head]
        out.append(token.i)
    return out


def phrase_text(sentence: Sentence, i: int, limit: int = 60) -> str:
    """The argument's noun phrase (its subtree minus clauses), trimmed for display."""
    keep = {i}
    frontier = [i]
    while frontier:
        frontier = [c.i for j in frontier for c in children(sentence, j) if c.dep not in SKIP_IN_PHRASE]
        keep.update(frontier)
    toks = [sentence.tokens[k] for k in sorted(keep)]
    text = sentence.text[toks[0].start - sentence.start: toks[-1].start - sentence.start + len(toks[-1].text)]
    return text if len(text) <= limit else sentence.tokens[i].text


def actors_at(sentence: Sentence, i: int, mentions: list[Mention]) -> list[Actor]:
    """Actors named by argument i: its mention (a group such as "both sides" gives each member state),
    else the unresolved phrase."""
    token = sentence.tokens[i]
    if (dash := dateline_end(sentence.tokens)) > i:
        # "TASHKENT, Nov 19 — X ratified…": where the story was filed, parsed as a subject (newcomer7); the doer is
        # what the parser hung on it as an appositive ("LIMA — Peru sent…"), if anything
        after = [c.i for c in children(sentence, i) if c.dep == "appos" and c.i > dash]
        return actors_at(sentence, after[0], mentions) if after else []
    if listed := listed_people(sentence, i, mentions):  # "the two ministers, A of X and B of Y" (listed_people.py)
        return [Actor(phrase_text(sentence, i), m.country, m.sector, f"{m.resolution or m.kind}; a listed person "
                      "apposed to the argument") for m in listed]
    mention = mention_at(sentence, i, mentions)
    if mention is None and (made := makers(sentence, i, mentions)):  # "the offers made by X and Y" (wire31)
        return [Actor(phrase_text(sentence, i), m.country, m.sector, f"{m.resolution or m.kind}; maker named by a "
                      "participle's 'by'") for m in made]
    if mention is not None and _kin_subject(sentence, i, mention):
        return [Actor(phrase_text(sentence, i), None, None, "unresolved: kin of the people named, no state's organ")]
    if mention is not None and _host_city(sentence, mention, mentions):
        return []  # "the Lima summit" as a nominal trigger's modifier: where it met, not who met
    if mention is not None:
        how = mention.resolution or f"{mention.kind} mention"
        if mention.country is None and mention.kind == "group" and "+" in mention.entity:
            return [Actor(mention.text, code, mention.sector, f"{how}; member of group {mention.entity}")
                    for code in mention.entity.split("+")]
        listed = _listed_owners(sentence, i, mention, mentions) or _paired_modifiers(sentence, i, mention, mentions)
        if listed:
            return [Actor(phrase_text(sentence, i), m.country, m.sector, f"{m.resolution or m.kind}; listed in the "
                          "argument's of/from phrase") for m in listed]
        return [Actor(mention.text, mention.country, mention.sector, how)]
    if token.pos not in ACTOR_POS:
        return []
    appositive = next((m for c in children(sentence, i) if c.dep == "appos"
                       and (m := mention_at(sentence, c.i, mentions)) is not None and m.country), None)
    if appositive is not None:  # "date 2023-07-30 West African countries imposed…": a page's date line
        return [Actor(appositive.text, appositive.country, appositive.sector,  # parsed as the subject
                      f"{appositive.resolution}; appositive of the argument")]
    return [Actor(phrase_text(sentence, i), None, None, "unresolved: no actor mention in the argument")]


def _listed_owners(sentence: Sentence, i: int, mention: Mention, mentions: list[Mention]) -> list[Mention]:
    """"hosted delegations from X and Y", "the envoys of X, Y and Z": the argument's own 'of'/'from' phrase
    lists several states, each of which the argument stands for (issue #11: only X was found). Returns the
    listed states' mentions, or [] when the phrase names fewer than two states."""
    head = sentence.tokens[mention.head]
    prep = sentence.tokens[head.head]
    if mention.first <= i <= mention.last or head.dep != "pobj" or prep.dep != "prep" or prep.head != i \
            or prep.lemma.lower() not in ("of", "from"):
        return []
    found = [m for j in with_conjuncts(sentence, head.i) if (m := _mention_covering(mentions, j)) is not None
             and m.country]
    return found if len({m.country for m in found}) > 1 else []


def _paired_modifiers(sentence: Sentence, i: int, mention: Mention, mentions: list[Mention]) -> list[Mention]:
    """"Vietnam and Philippines coast guards hold talks": two states joined as the modifier of the argument's noun
    each own it (only the first was found; nlp/headline_pairs.py reads "Vietnam, Philippines coast guards" so too,
    sent-dev13). Returns the joined states' mentions, or [] when fewer than two states are joined."""
    head = sentence.tokens[mention.head]
    if mention.first <= i <= mention.last or head.dep not in ("compound", "nmod", "amod"):
        return []
    found = [m for j in with_conjuncts(sentence, head.i) if (m := _mention_covering(mentions, j)) is not None
             and m.country]
    return found if len({m.country for m in found}) > 1 else []


def place_actor(sentence: Sentence, i: int) -> list[Actor]:
    """The state a named place lies in ("the Gaza Strip", a province or city), as a one-actor list."""
    token = sentence.tokens[i]
    if token.ent not in PLACE_ENTS and token.pos != "PROPN":
        return []  # a proper noun the recogniser mislabels may still be a listed town ("around Kharkiv": ORG)
    text = entity_text(sentence, i) if token.ent else token.text
    text = text[4:] if text.lower().startswith("the ") else text  # "the Gaza Strip" is listed without it
    code = country_of_place(text, sentence.text)  # "Tripoli, the Lebanese port" reads the sentence
    return [Actor(text, code, None, f"place '{text}' lies in {code}")] if code else []


def institution_place(sentence: Sentence, i: int) -> list[Actor]:
    """An institution named after its city ("Kabul University", "the Baghdad University Medical School")
    stands for the state the city lies in when nothing else in the phrase names one; a gathering or an
    accord named after its city ("the Lima summit", cues.tsv hostcity) only met or was signed there."""
    if sentence.tokens[i].lemma.lower() in cue_words("hostcity"):
        return []
    frontier, seen = [i], []
    for _ in range(3):
        frontier = [c.i for j in frontier for c in children(sentence, j) if c.dep == "compound"]
        seen += frontier
    for j in sorted(seen):
        token = sentence.tokens[j]
        code = country_of_place(token.text, sentence.text) if token.pos == "PROPN" else None
        if code:
            return [Actor(phrase_text(sentence, i), code, None, f"institution named after '{token.text}' ({code})")]
    return []


def crowd_place(sentence: Sentence, i: int) -> list[Actor]:
    """Unorganised civilians named by where they are or act ("demonstrators in <city>", "people blocked
    streets in <city>") act as civilians of the state the place lies in."""
    token = sentence.tokens[i]
    counted = [token] + [sentence.tokens[j] for j in pobjs(sentence, i, frozenset({"of"}))]
    counted += [sentence.tokens[j] for t in counted[1:] for j in pobjs(sentence, t.i, frozenset({"of"}))]
    if not any(t.lemma.lower() in cue_words("crowd") for t in counted):  # "hundreds of thousands of people"
        return []
    anchors = [i]
    if token.dep == "nsubj" and token.head != i:  # "people blocked streets in <city>": the act's place
        anchors += [token.head] + [c.i for c in children(sentence, token.head)
                                   if c.dep == "dobj" and not foreign_owned(sentence, c.i)]
    for j in (p for a in anchors for p in pobjs(sentence, a, frozenset({"in"}))):
        place = place_actor(sentence, j)
        if place:
            return [Actor(phrase_text(sentence, i), place[0].country, "CVL", f"civilians in {place[0].resolution}")]
    return []


def foreign_owned(sentence: Sentence, i: int) -> bool:
    """Premises or forces that name their owner ("Saudi posts in Iran", "coalition bases in Iraq"): the
    place they stand in is neither the owner of a crowd acting there (realnews: a crowd coded as Iran's
    from the embassy's city) nor the party an attack on them hits (realnews: attacks on coalition bases
    coded as aimed at Iraq)."""
    return any(c.dep in ("amod", "compound", "poss") and (c.ent in ("NORP", "GPE") or c.lemma.lower() in cue_words("owner"))
               for c in children(sentence, i))


def home_rulers(source: Actor, target: Actor | None) -> bool:
    """A crowd placed in its own state ("protesters in Yerevan", sector CVL) acting on a state organ the text
    gives no state of its own ("accused the government of failing them", "rallied against the prime minister"):
    the organ is the crowd's own, guessed or not, so the act is at home and never aimed at the story's other
    state (coderfp, sentences written blind: a Yerevan protest against the government was coded as an
    accusation of Azerbaijan). An organ named with its state ("the Azerbaijani government") keeps its state.
    The act stays coded, with no state as target (the sentence benchmarks code such protests on type alone)."""
    return target is not None and source.sector == "CVL" and target.sector == "GOV" and (
        target.country in (None, source.country) or "document context" in target.resolution)


def at_home(target: Actor) -> Actor:
    """The crowd's own organ as a target that names no other state, so no story counterpart is put in its place."""
    return Actor(target.text, None, target.sector, f"{target.resolution}; the crowd's own rulers, {NO_STATE}")
