"""Pronouns and definite place nouns: "it", "its", "they", "he", "his country", "the country".

Rules, in order (each documented where it lives):
1. Subject of a reported clause → the reporter: in "Syria says it is willing…", "Kenyan officials
   said they would…", "the minister said he…" the pronoun that is the subject of the complement
   clause refers to the subject of the reporting verb, when the two agree (a state for "it", a
   plural phrase for "they", a person for "he"/"she").
2. Otherwise the most recent fitting phrase before the pronoun in the same sentence: for "its" a
   state or state organ that heads its own noun phrase (so "U.S." in "a key U.S. ally" is skipped,
   being a modifier), for "they"/"their" a plural phrase or several coordinated states, for
   "his"/"her" a person. "the country"/"the nation" take the most recent state named at all.
3. Otherwise the previous sentences (read from raw text, so that parsing fewer sentences changes
   nothing): the first state of the nearest earlier sentence naming one (its subject, as a rule of
   thumb) for "it"/"the country"; for "he"/"she" the person named last in the two previous sentences,
   or a singular person role named after it in this or the previous one ("Japan's foreign minister").
   Persons include singular roles throughout (antecedents.tsv): "X's foreign minister … she said".
   A state that is only the host of a mission ("its ambassador to Chile") is no antecedent for "its".
Known limits: no gender or number agreement beyond the above; "they" looks across sentences (which may not
be parsed) only as an opening subject after two people of two states named together, read from text (rule 3b,
`_partners`); a sentence with two states and a possessive pronoun
("Peru asked Chile to return its fishermen") is ambiguous and gets the more recent state.
"""
from __future__ import annotations

from dataclasses import replace

from detente.actors import coref, state_styles
from detente.actors.draft import Draft, add_country
from detente.actors.items import PRONOUNS, Item
from detente.actors.missions import PLACE_PREPS, mission_nouns
from detente.actors.speaker_state import HERE, SPOKEN, speaker_state
from detente.records import Sentence

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
OBJECTS = frozenset({"dobj"})
CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "conj", "parataxis"})
MODIFIERS = frozenset({"compound", "amod", "nmod", "npadvmod"})
STATE_KINDS = frozenset({"country", "capital", "seat", "body", "role", "alias"})
PERSON_KINDS = frozenset({"person", "alias"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
COUNTERPART_NOUNS = frozenset({"counterpart"})  # "his counterpart" is the other side (_own_counterpart)
WORDS_SAY = "as its words say"  # the mark of _spoken_person


def resolve_anaphora(drafts: list[Draft], sentence: Sentence, ctx: coref.DocContext) -> None:
    """Give each phrase holding a pronoun or "the country" the country of its antecedent."""
    for draft in sorted(drafts, key=lambda d: d.first):
        item = draft.anaphor
        if item is None or draft.countries:
            continue
        if item.kind == "pronoun":
            _pronoun(draft, item, drafts, sentence, ctx)
            if _owned_neighbour(draft, item, sentence):
                _neighbour(draft, item, drafts, sentence, ctx)
        else:
            _place(draft, item, drafts, sentence, ctx)


def _owned_neighbour(draft: Draft, item: Item, sentence: Sentence) -> bool:
    root = draft.root_item
    return root is not item and root.term is not None and root.term.use == "neighbour" \
        and sentence.tokens[item.first].dep == "poss"


def _neighbour(draft: Draft, item: Item, drafts: list[Draft], sentence: Sentence, ctx: coref.DocContext) -> None:
    """"Japan said its neighbour had ignored the warnings": the neighbour is not the state "its" stands for
    but the last other state named before it, in this sentence or earlier; "its neighbours" are none in
    particular (session 16 actorsblind: "its neighbour" took the owner's state or none)."""
    owners, draft.countries = list(draft.countries), []
    if len(owners) != 1 or sentence.tokens[draft.root_item.last].tag in PLURAL_TAGS:
        draft.notes.append(f"'{_text(draft, sentence)}': neighbours of {'+'.join(owners) or 'no state'}, none named")
        return
    before = [d.countries[0] for d in drafts if d is not draft and d.last < item.first and len(d.countries) == 1
              and len(d.countries[0]) == 3 and d.countries[0] != owners[0]]
    at = sentence.tokens[item.first].start
    other = before[-1] if before else next(
        (code for code in reversed(coref.recent_states(ctx, at, 3)) if code != owners[0]), None)
    add_country(draft, other)
    draft.notes.append(f"'{_text(draft, sentence)}' → {other or 'no state'} (the last state named other than "
                       f"{owners[0]}, whose neighbour it is)")


def _nature(item: Item) -> str:
    return PRONOUNS[item.text.lower()]


def _pronoun(draft: Draft, item: Item, drafts: list[Draft], sentence: Sentence, ctx: coref.DocContext) -> None:
    nature = _nature(item)
    ante = _reporter(item, draft, drafts, sentence, nature)
    if ante is None and nature == "state" and (_reported(item, sentence) or _second_clause(item, sentence)) \
            and (organ := _reporter(item, draft, drafts, sentence, "organ")):
        draft.follows = organ  # its state is the organ's, given later (follow_reporters), not a state named before
        return
    if ante is None and nature != "speaker":  # "we" is only its reporter's: "..., we may witness more attacks"
        ante = _craft(item, drafts, sentence, nature) or _recent(item, draft, drafts, sentence, nature)  # seeds
    if ante is not None:
        _take(draft, item, ante, sentence, all_states=nature == "plural")
    elif nature == "plural" and _stateless_before(item, drafts, sentence):
        draft.context_ok = False  # "Turkmen rebels in Syria said their forces…": the group's, no state's
        draft.notes.append(f"pronoun '{item.text}' → a group of no state named before it")
    elif nature == "plural" and _opening_subject(draft, item, sentence):
        _partners(draft, item, coref.partners_before(ctx, sentence.index))
    elif nature == "state":
        _from_state_ref(draft, item, coref.previous_state(ctx, sentence.index))
    elif nature == "person":
        skip = _counterpart_starts(drafts, sentence)
        person = coref.recent_person(ctx, sentence.index, sentence.tokens[item.first].start, skip)
        if person and "document context" in person.how:  # "He warned that Zambia would respond": his own state
            person = _spoken_person(person, item, sentence, ctx)
        if person and person.country:
            add_country(draft, person.country)
            _person_fields(draft, item, person.sector, person.name)
            # a state the person got from the document context only stays marked as a guess, so that the
            # events stage may still read it as the other state (coder._other_home; wire4: "He accused
            # Zambian authorities" after a Congolese minister the page's Zambian mentions outnumbered)
            guess = ", its state from document context" if _guessed(person) else ""
            draft.notes.append(f"pronoun '{item.text}' → {person.name or person.how} ({person.country}){guess}")


def _opening_subject(draft: Draft, item: Item, sentence: Sentence) -> bool:
    """"They" standing alone as the subject that opens the sentence (after quotes at most)."""
    token = sentence.tokens[item.first]
    return draft.root_item is item and token.dep in SUBJECTS and all(
        t.pos == "PUNCT" for t in sentence.tokens[:item.first])


def _partners(draft: Draft, item: Item, codes: list[str]) -> None:
    """Rule 3b: "Zupan and his Croatian counterpart, X, spent four hours at the castle. They agreed to set up a
    joint group": an opening "They" with nothing before it is the two people of two states the sentence before
    named together (coref.partners_in, read from text so the prefilter changes nothing), a group the events
    stage expands (wire18: the agreement had no doer). Only the sentence just before, and only such a pair:
    "They" after "the officers were freed" or "officials from X" stays unresolved as before."""
    if codes:
        draft.kind, draft.entity = "group", "+".join(codes)
        draft.notes.append(f"pronoun '{item.text}' → the two people named together just before ({draft.entity}); "
                           "expand in events")


def _guessed(person: coref.PersonRef) -> bool:
    """The person's state is the document's main country only, not what their own words say."""
    return "document context" in person.how and not any(mark in person.how for mark in (SPOKEN, HERE, WORDS_SAY))


def _spoken_person(person: coref.PersonRef, item: Item, sentence: Sentence, ctx: coref.DocContext) -> coref.PersonRef:
    """A person whose state was only guessed from the document context, as the pronoun subject of words
    saying which state will act ("He warned that, if it happened again, Zambia would respond"): of that
    state (wire4: a minister's threat ran from the other state)."""
    token = sentence.tokens[item.first]
    code = speaker_state(sentence, token.start, token.start + len(token.text), coref.sentence_states(ctx, sentence.index))
    return replace(person, country=code, how=person.how + f"; {code} {WORDS_SAY}") if code else person


def _stateless_before(item: Item, drafts: list[Draft], sentence: Sentence) -> bool:
    """The latest plural phrase before "they"/"their" is a people or hired group of no state."""
    before = [d for d in drafts if d.last < item.first and (d.stateless or _fits(d, "plural", sentence))]
    return bool(before) and before[-1].stateless


def _place(draft: Draft, item: Item, drafts: list[Draft], sentence: Sentence, ctx: coref.DocContext) -> None:
    """"the country's defence minister": the most recent state named in this sentence, else the
    first state of the nearest earlier sentence naming one, else the document's main country. As the subject of a
    reported clause it is the reporter's state first ("An Indonesian diplomat in Suva said the country
    appreciated ...": Indonesia, not the place the diplomat spoke in; eval/wire22)."""
    if _styled(draft, item, sentence, ctx):
        return
    reporter = _reporter(item, draft, drafts, sentence, "speaker")
    if reporter is not None and len(reporter.countries[0]) == 3:
        add_country(draft, reporter.countries[0])
        draft.notes.append(f"'{item.text}' → '{_text(reporter, sentence)}' ({reporter.countries[0]}, the reporter)")
        return
    before = [d for d in drafts if d.last < item.first and len(d.countries) == 1 and len(d.countries[0]) == 3]
    if before:
        ante = before[-1]
        add_country(draft, ante.countries[0])
        draft.notes.append(f"'{item.text}' → '{_text(ante, sentence)}' ({ante.countries[0]}, most recent state)")
        return
    ref = coref.previous_state(ctx, sentence.index, demonyms=True, states_only=True)
    if ref is None:
        code = coref.dominant_country(ctx, sentence.index, sentence.tokens[item.first].start)
        add_country(draft, code)
        draft.notes.append(f"'{item.text}' → {code} (document's main country)")
        return
    add_country(draft, ref.code)
    draft.notes.append(f"'{item.text}' → '{ref.text}' ({ref.code}, first state of an earlier sentence)")


def _styled(draft: Draft, item: Item, sentence: Sentence, ctx: coref.DocContext) -> bool:
    """"the kingdom", "the emirate": a state of that style named before it (state_styles.py); True when settled."""
    style = state_styles.style_of(sentence, item)
    if style is None:
        return False
    code = state_styles.styled_state(ctx, sentence, item, style)
    if code is not None:
        add_country(draft, code)
        draft.notes.append(f"'{item.text}' → {code} (the {style.noun} named last before it)")
    elif not style.fallback:
        draft.notes.append(f"'{item.text}': no {style.noun} named before it, no state")
    return code is not None or not style.fallback


def _reporter(item: Item, draft: Draft, drafts: list[Draft], sentence: Sentence, nature: str) -> Draft | None:
    """Rule 1: the subject of the verb that governs the pronoun's clause ("X said it/they/he …")."""
    tokens = sentence.tokens
    token = tokens[item.first]
    clause = tokens[token.head]
    if token.dep not in SUBJECTS or clause.dep not in CLAUSES or clause.head == clause.i:
        return None
    verbs = (_participle_speaker(clause.head, tokens), _reporting_verb(clause.i, tokens))
    for verb in dict.fromkeys((*verbs, *(_conjunct_speaker(v, tokens) for v in verbs))):
        for other in drafts:
            root = tokens[other.root]
            if other is not draft and _subject_of(root, verb, tokens) and _fits(other, nature, sentence):
                return other
    return None


def _reported(item: Item, sentence: Sentence) -> bool:
    """The pronoun is the subject of a clause a verb of saying reports ("said that it had sent"), not of a
    clause of time ("The aircraft circled twice before it opened fire": wire19 lost the strafing when "it"
    followed the aircraft)."""
    tokens = sentence.tokens
    return tokens[tokens[item.first].head].dep == "ccomp"


def _second_clause(item: Item, sentence: Sentence) -> bool:
    """"X will not give Y the names, the Foreign Ministry said, and it accused Y of ...": "it", the subject of a
    clause coordinated with the organ's verb of saying, is that organ, not the state named last before it (eval/wire31,
    written blind: the accusation was read as Y's own, aimed at nobody)."""
    tokens = sentence.tokens
    clause = tokens[tokens[item.first].head]
    return clause.dep == "conj" and clause.head != clause.i and tokens[clause.head].dep == "ROOT"


def _reporting_verb(clause: int, tokens) -> int:
    """The verb reporting a clause coordinated with a reported one ("The ministry said that it had received the
    note and that it rejected the charge": "rejected" is a conjunct of "received", which "said" governs), or the
    clause's own head. Tried after that head's subject (eval/wire22: the second "it" took the state whose note
    was received, named just before it, not the ministry that spoke)."""
    i, steps = clause, 0
    while tokens[i].dep == "conj" and tokens[i].head != i and steps < 4:
        i, steps = tokens[i].head, steps + 1
    return tokens[i].head if i != clause and tokens[i].dep == "ccomp" else tokens[clause].head


def _participle_speaker(verb: int, tokens) -> int:
    """"Guyana summoned the envoy and demanded the boat back, saying it would go to the Security Council": a
    participle with no subject of its own speaks for the subject of the verb it hangs on (the first of
    coordinated verbs), not for the state named last before the pronoun (wire10: "it" took the envoy's state)."""
    token = tokens[verb]
    if token.dep != "advcl" or token.tag != "VBG" or any(t.head == verb and t.dep in SUBJECTS | {"aux", "mark"}
                                                          for t in tokens):
        return verb
    i, steps = token.head, 0
    while tokens[i].dep == "conj" and tokens[i].head != i and steps < 4:
        i, steps = tokens[i].head, steps + 1
    return i


def _conjunct_speaker(verb: int, tokens) -> int:
    """"Zimbabwe stood by its charge that Botswana trains insurgents, and said it would not withdraw the
    allegation": a verb of saying coordinated with an earlier verb, with no subject of its own, shares that verb's
    subject (the first of the coordinated verbs), not the state named last before the pronoun (eval/wire53 w53_02:
    "it" took Botswana from the that-clause and the refusal ran from the accused)."""
    i, steps = verb, 0
    while tokens[i].dep == "conj" and tokens[i].head != i and steps < 4 \
            and not any(t.head == i and t.dep in SUBJECTS for t in tokens):
        i, steps = tokens[i].head, steps + 1
    return i


def _craft(item: Item, drafts: list[Draft], sentence: Sentence, nature: str) -> Draft | None:
    """Rule 1b: "the Russian Su-24 was given ten warnings after it strayed into Turkish airspace": "it", the
    subject of an adverbial clause, is the subject (or else the object) of the verb the clause hangs on when
    that is a thing marked with one nationality (a craft, a vessel, a unit), not a state a few words before it
    (realnews: the jet's intrusion was read as Turkey's own)."""
    tokens = sentence.tokens
    token = tokens[item.first]
    clause = tokens[token.head]
    if nature != "state" or token.text.lower() != "it" or token.dep not in SUBJECTS or clause.dep != "advcl" \
            or clause.head == clause.i:
        return None
    # its subject first, then its object ("Turkey downed the Russian jet after it ignored ten warnings"), singular
    # as "it" is: in "its F-16s shot down the Russian plane after it ignored warnings" the plane ignored them
    heads = [t.i for dep in (SUBJECTS, OBJECTS) for t in tokens
             if t.head == clause.head and t.dep in dep and t.i != clause.head and t.tag not in PLURAL_TAGS]
    marked = [d for i in heads for d in drafts if d.kind == "demonym" and len(d.countries) == 1
              and (d.root == i or tokens[d.root].head == i and tokens[d.root].dep == "amod")]
    return marked[0] if marked else None


def _subject_of(root, verb: int, tokens) -> bool:
    """The phrase is the reporting verb's subject, or the state naming it ("The Panama Maritime
    Authority says it has asked ...": an organisation the gazetteer does not list, named after its state)."""
    if root.dep in SUBJECTS and root.head == verb:
        return True
    head = tokens[root.head]
    return root.dep in ("compound", "amod") and head.dep in SUBJECTS and head.head == verb


def _recent(item: Item, draft: Draft, drafts: list[Draft], sentence: Sentence, nature: str) -> Draft | None:
    """Rule 2: the most recent fitting phrase before the pronoun in this sentence."""
    before = [d for d in drafts if d is not draft and d.last < item.first and _fits(d, nature, sentence)]
    if nature == "person":
        before = [d for d in before if not _own_counterpart(d, sentence)]
    if nature == "state":
        before = [d for d in before if sentence.tokens[d.root].dep not in MODIFIERS and not _mission_place(d, sentence)]
    return before[-1] if before else None


def _own_counterpart(other: Draft, sentence: Sentence) -> bool:
    """"In a letter to his Nicaraguan counterpart, X, he asked …": his counterpart (or the name in
    apposition to it) is the other side, never the "he" whose counterpart it is (wire4: a Honduran
    minister's request given to his Nicaraguan counterpart)."""
    tokens = sentence.tokens
    noun = tokens[_noun(other, sentence)]
    return noun.lemma.lower() in COUNTERPART_NOUNS and any(
        c.dep == "poss" and c.text.lower() in ("his", "her") for c in tokens if c.head == noun.i and c.i != noun.i)


def _counterpart_starts(drafts: list[Draft], sentence: Sentence) -> frozenset[int]:
    """Start offsets of the words of "his counterpart, X" phrases (`_own_counterpart`): no antecedent of "he"."""
    spans = [(min(d.first, _noun(d, sentence)), d.last) for d in drafts if _own_counterpart(d, sentence)]
    return frozenset(sentence.tokens[i].start for a, b in spans for i in range(a, b + 1))


def _noun(other: Draft, sentence: Sentence) -> int:
    """The phrase's noun, or for a name in apposition the noun it names ("his counterpart, X")."""
    root = sentence.tokens[other.root]
    return root.head if root.dep == "appos" and root.head != root.i else root.i


def _mission_place(other: Draft, sentence: Sentence) -> bool:
    """The place a mission is sent to or sits in ("Chile" in "its ambassador to Chile and its consul"):
    the host state, not the owner a later "its" refers to (missions.tsv nouns)."""
    tokens = sentence.tokens
    root = tokens[other.root]
    if root.dep != "pobj" or tokens[root.head].text.lower() not in PLACE_PREPS:
        return False
    head = tokens[tokens[root.head].head].text.lower()
    return any(noun.split()[-1] == head for noun in mission_nouns())


def follow_reporters(drafts: list[Draft]) -> None:
    """Rule 1 for an organ its page names without a state: "The border service said on Tuesday it had sent
    a company" is the service's act, whatever state the page named last (eval/wire29: a country the lorries
    drive to, named a sentence before, took the deployment). Run after the organs got their states."""
    for draft in drafts:
        ante = draft.follows
        if ante is not None and not draft.countries and ante.countries:
            add_country(draft, ante.countries[0])
            draft.notes.append(f"pronoun '{draft.anaphor.text if draft.anaphor else 'it'}' → reporting organ ({ante.countries[0]})")


def _fits(other: Draft, nature: str, sentence: Sentence) -> bool:
    if nature == "organ":  # a singular state organ still waiting for its state ("the ministry", "the border service")
        return other.kind == "role" and not other.countries and other.context_ok \
            and sentence.tokens[other.root].tag not in PLURAL_TAGS
    if nature == "speaker":  # "'We expect the crew to be released,' Hovland told NTB": the speaker's state (wire8)
        return len(other.countries) == 1
    if nature == "plural" and _state_group(other):
        return True
    if not other.countries:
        return False
    tag = sentence.tokens[other.root].tag
    if nature == "state":
        return other.kind in STATE_KINDS and tag not in PLURAL_TAGS and len(other.countries) == 1
    if nature == "person":
        return len(other.countries) == 1 and (other.kind in PERSON_KINDS or _person_role(other, tag))
    return tag in PLURAL_TAGS or len(other.countries) > 1 or other.root_item.text.endswith("s") and \
        other.root_item.kind == "demonym"


def _state_group(other: Draft) -> bool:
    """A phrase naming several states at once ("the two countries", "both armies"; roles.tsv use "group")."""
    return other.kind == "group" and not other.countries and "+" in (other.entity or "")


def _person_role(other: Draft, tag: str) -> bool:
    """A singular role naming one person ("Japan's foreign minister", "the envoy"): "he"/"she" may
    refer to it as to a named person (antecedents.tsv lists the nouns)."""
    term = other.root_item.term
    return other.kind == "role" and tag not in PLURAL_TAGS and term is not None \
        and term.text.lower() in coref.antecedent_nouns("person")


def _take(draft: Draft, item: Item, ante: Draft, sentence: Sentence, all_states: bool) -> None:
    if all_states and _state_group(ante) and draft.root_item is item:
        # "Both armies said they had started pulling back" (wire10): "they" is the group, expanded in events
        draft.kind, draft.entity, draft.sector = "group", ante.entity, draft.sector or ante.sector
        draft.notes.append(f"pronoun '{item.text}' → '{_text(ante, sentence)}' (group {ante.entity}); expand in events")
        return
    for code in ante.countries if all_states else ante.countries[:1]:
        add_country(draft, code)
    draft.listed = draft.listed or (all_states and ante.listed)  # "they" after "Kenyan and Ugandan troops"
    _person_fields(draft, item, ante.sector, ante.entity if _nature(item) == "person" else "")
    # a speaker whose state was guessed from the page passes the guess on, so the page's side may still turn it
    guess = ", its state from document context" if _nature(item) == "speaker" and any(
        "document context" in note for note in ante.notes) else ""
    draft.notes.append(f"pronoun '{item.text}' → '{_text(ante, sentence)}' ({'+'.join(draft.countries)}){guess}")


def _person_fields(draft: Draft, item: Item, sector: str | None, entity: str) -> None:
    """A pronoun standing alone ("he said", "they agreed") is its antecedent: sector and name too;
    a possessive inside a phrase ("his aides", "its troops") keeps the phrase's own sector."""
    if draft.root_item is item:
        draft.sector = draft.sector or sector
        draft.entity = draft.entity or entity


def _from_state_ref(draft: Draft, item: Item, ref: coref.StateRef | None) -> None:
    if ref is not None:
        add_country(draft, ref.code)
        draft.notes.append(f"pronoun '{item.text}' → '{ref.text}' ({ref.code}, earlier sentence)")


def _text(draft: Draft, sentence: Sentence) -> str:
    tokens = sentence.tokens
    end = tokens[draft.last].start + len(tokens[draft.last].text)
    return sentence.text[tokens[draft.first].start - sentence.start:end - sentence.start]
