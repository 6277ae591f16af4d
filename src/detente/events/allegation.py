"""Reported allegations and denials: a hostile act told in a state's own words is also that state's claim.

"Norway said Finnish jets had violated its airspace" reports a violation (MOBILIZE FIN→NOR) and, in the
same words, Norway's accusation of Finland (ACCUSE NOR→FIN): a state that says another state used force
against it or crossed into its territory accuses it. A state reporting a clash between others ("Thai
military sources said Vietnamese forces shelled camps across the border") is a wire's source, not a party. "Finland said its jets never entered Norwegian airspace" codes the intrusion as
negated, and is Finland rejecting the charge of the state whose airspace it names (REJECT FIN→NOR).
A state telling of its own act ("Norway said its jets entered Finnish airspace") accuses nobody.
The claim is read only from the reporting verb's own clause: the act must sit in the verb's complement
(not in a relative or adverbial clause beside it), and the verb's subject must name a state.
"""
from __future__ import annotations

from dataclasses import replace

from detente import ids
from detente.events.attribution import according_to
from detente.events.lexicon import cue_words
from detente.events.role_actors import actors_at
from detente.events.roles import source_tokens
from detente.events.triggers import children
from detente.records import Actor, Event, Mention, Sentence, Token

# Acts of force and intrusions: told about another state, they are an accusation.
HOSTILE = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
INTRUSIONS = frozenset({"COERCE", "MOBILIZE"})
# How a trigger may hang below the reporting verb's complement: the complement's verb itself, its objects and
# coordinated verbs ("said the jet entered its airspace and ignored ten warnings").
INSIDE = frozenset({"conj", "xcomp", "dobj", "pobj", "prep", "nsubj", "nsubjpass", "compound", "pcomp", "acomp",
                    "attr"})
MAX_STEPS = 5
FORCE = frozenset({"ASSAULT", "COERCE"})  # acts done to someone: a victim of the speaker's own is named deeper
# How the speaker's own people or ground may hang below a forceful act: "opened fire on its patrol", "bombed
# a village inside its territory", "two of its soldiers were killed".
VICTIM_DEPS = frozenset({"dobj", "pobj", "prep", "nsubjpass"})
OWN_WORDS = frozenset({"its", "their", "our"})
# Targets read from where the act happened or guessed from the story, not from the act's own object. The
# story's counterpart is written "tgt→document-counterpart" (events/counterpart.py), which the former check
# for "tgt=document-counterpart" never matched (wire4: a battalion moved at home became an accusation of the
# other state); ":place" when the clause names it as where the act landed. A counterpart the clause names as
# what the act hit ("violated its airspace"; realnews) is the victim itself: ":patient" is no bystander.
BYSTANDER_TARGETS = frozenset({"tgt=place", "tgt=border-owner", "tgt→document-counterpart",
                               "tgt→document-counterpart:place"})


def reporting_verb(sentence: Sentence, i: int, adverbial: bool = False) -> int | None:
    """The verb of saying whose complement clause holds token i, or None; `adverbial`: also through an
    adverbial clause of the complement's verb (_inner_adverbial)."""
    steps = 0
    while steps < MAX_STEPS and sentence.tokens[i].head != i:
        token, head = sentence.tokens[i], sentence.tokens[sentence.tokens[i].head]
        if token.dep == "ccomp":
            return head.i if head.lemma.lower() in cue_words("allege") else None
        if token.dep not in INSIDE and not (token.dep in ("acl", "relcl") and head.lemma.lower() in cue_words("design")) \
                and not (adverbial and _inner_adverbial(token, head)):
            return None  # "said X was developing plans to attack": the planned act is told too
        i, steps = head.i, steps + 1
    return None


def _inner_adverbial(token, head) -> bool:
    """"Turkey said the jet was warned ten times after it strayed into its airspace": an intrusion in an
    adverbial clause of the complement's own verb is part of what is claimed (realnews); one of the reporting
    verb itself ("X said, after Y fired ...") stays beside the claim. Only intrusions (claims' INTRUSIONS): "N
    soldiers were killed when their patrol was attacked by Y, X's army said" tells the attack as the setting
    of the loss, and sent-dev's gold has no accusation there (P 0.967 -> 0.960 when force was read so too)."""
    return token.dep == "advcl" and head.dep in ("ccomp", "conj") and head.lemma.lower() not in cue_words("allege")


def _teller(sentence: Sentence, trigger: int, mentions: list[Mention], adverbial: bool = False
            ) -> tuple[Actor, Token] | None:
    """The state whose words tell the act, and the word that says so: the reporting verb whose complement holds
    it, or "according to X" on a main-clause act ("According to Norway, Finnish jets violated its airspace").
    `adverbial`: as reporting_verb's."""
    verb = reporting_verb(sentence, trigger, adverbial)
    if verb is not None:
        speaker = _speaker(sentence, verb, mentions)
        return (speaker, sentence.tokens[verb]) if speaker is not None else None
    phrase = according_to(sentence)
    if phrase is None or not _main_clause(sentence, trigger):
        return None
    states = [a for a in actors_at(sentence, phrase.i, mentions) if a.country]
    onlookers = cue_words("onlooker").keys() | cue_words("media").keys()
    if len(states) != 1 or {phrase.lemma.lower(), phrase.text.lower()} & onlookers:
        return None
    return states[0], sentence.tokens[sentence.tokens[phrase.head].head]  # "according"


def _main_clause(sentence: Sentence, i: int) -> bool:
    steps = 0
    while sentence.tokens[i].head != i and steps < MAX_STEPS:
        if sentence.tokens[i].dep not in INSIDE:
            return False
        i, steps = sentence.tokens[i].head, steps + 1
    return sentence.tokens[i].head == i


def _speaker(sentence: Sentence, verb: int, mentions: list[Mention]) -> Actor | None:
    """The one state the reporting verb's subject speaks for; analysts, media or police of a state, or a
    wire's "military sources", tell what they saw and speak for nobody."""
    found, _ = source_tokens(sentence, verb)
    states = [a for i in found for a in actors_at(sentence, i, mentions) if a.country]
    if any(_onlooker(sentence.tokens[i].lemma.lower(), states) for i in found):
        return None
    return states[0] if len(states) == 1 else None


# Sectors of a state organ that speaks for its state though its head noun is also a media word ("agency").
ORGAN_SECTORS = frozenset({"GOV", "MIL", "SPY"})


def _onlooker(word: str, states: list[Actor]) -> bool:
    """An onlooker's or the media's word ("analysts", "police", "news agency") as the speaker: it speaks for no
    state. "Agency" heads a state organ too: a spy or customs agency the actors stage read as a state's
    government, military or intelligence organ speaks for it (sent-dev4: "X's domestic intelligence agency
    said Y's hackers were behind the attack" was read as the hackers' assault, no charge)."""
    if word in cue_words("onlooker"):
        return True
    return word in cue_words("media") and not (states and all(a.sector in ORGAN_SECTORS for a in states))


def _own(actor: Actor) -> bool:
    """"its jets", "their troops": in the speaker's own clause, a possessive pronoun names the speaker's side."""
    return actor.country is None and actor.text.lower().split(" ", 1)[0] in OWN_WORDS


def _planned_force(event: Event) -> bool:
    """"said X was plotting attacks on its diplomats", "said X plans to strike its bases": an act of force
    another state intends (a threat by intent, events/intent.py intent_type), told by its target, is an
    accusation like the act itself (realnews: a strike justified by the other side's plot)."""
    return event.event_type == "THREATEN" and " intent(" in event.rule and "→THREATEN" in event.rule


def _on_condition(sentence: Sentence, trigger: int) -> bool:
    """The act is told on a condition ("will recall its envoy if / should Y receive him"): a threat its doer
    makes, not a plot the teller lays bare (_planned_force). Found with events/generic.py's inverted
    conditions: a ministry statement telling Morocco's conditional recall was read as the other state's charge."""
    marks = cue_words("condition")
    return any(c.dep == "advcl" and any(m.dep == "mark" and m.lemma.lower() in marks for m in children(sentence, c.i))
               for c in children(sentence, trigger))


def _breach(event: Event) -> bool:
    """"Seoul said X had violated the military agreement": a broken agreement (cues.tsv breach), told by
    another state, is its charge whoever the parties are (blindcats, issue #11's accusations in reported
    speech). A ceasefire violated (coded ASSAULT, with no victim named: the truce binds both sides) is a broken
    agreement too (sent-dev4, sent-dev5: "According to X's army, Y's troops had violated the ceasefire")."""
    return event.event_type in ("REJECT", "ASSAULT") and event.rule.split("[", 1)[0].split("+", 1)[0].split(":", 1)[-1] \
        in cue_words("breach")


def sponsored(sentence: Sentence, trigger: int) -> bool:
    """"said India was behind the bombing in Quetta": the act hangs on 'behind' (or 'responsible for',
    _answerable) after a form of 'be' whose
    subject names who stands behind it. Told by a state, that is its charge against the one named, whoever
    the act hit (its target read from the place it hit is no victim the speaker claims); the act itself is
    told only as that charge, not as the named state's deed (blindcats: issue #11's accusations in reported
    speech; coded as the named state's ASSAULT on the place, and no accusation)."""
    token = sentence.tokens[trigger]
    if token.dep != "pobj" or token.head == trigger:
        return False
    prep = sentence.tokens[token.head]
    if prep.lemma.lower() == "of" and prep.head != prep.i and sentence.tokens[prep.head].dep == "pobj":
        # "behind a string / series / wave of bombings" (sent-dev5): the count's noun stands behind 'behind'
        token = sentence.tokens[prep.head]
        prep = sentence.tokens[token.head]
    if prep.dep != "prep" or prep.head == prep.i:
        return False
    verb = sentence.tokens[prep.head]
    if prep.lemma.lower() == "for":
        verb = _answerable(sentence, verb)
    elif prep.lemma.lower() != "behind":
        return False
    return verb is not None and verb.lemma.lower() == "be" and any(c.dep == "nsubj" for c in children(sentence, verb.i))


def _answerable(sentence: Sentence, word: Token) -> Token | None:
    """"said Y was responsible for the shelling": 'responsible for' after a form of 'be' names who stands
    behind the act as 'behind' does (issue #11, session 29: a claim told behind "said" alone, the charge in
    the reported clause; the act was coded as Y's deed with no victim and no charge). The form of 'be' over
    'responsible', or None."""
    if word.lemma.lower() != "responsible" or word.dep != "acomp" or word.head == word.i:
        return None
    return sentence.tokens[word.head]


def own_victims(sentence: Sentence, trigger: int) -> bool:
    """The act's object, passive subject or their phrases name something of the speaker's own ("its patrol",
    "inside its territory", "two of its soldiers"): in the speaker's clause the act was done to the speaker's
    side, though the target read from the parse is another word ("opened fire on its patrol": the fire;
    realnews, wire pages: charges told as "said X's soldiers opened fire on its post" were not read)."""
    frontier, steps = [trigger], 0
    while frontier and steps < 4:
        frontier = [c.i for j in frontier for c in children(sentence, j) if c.dep in VICTIM_DEPS]
        if any(c.dep == "poss" and c.text.lower() in OWN_WORDS for j in frontier for c in children(sentence, j)):
            return True
        steps += 1
    return False


def claim_of(event: Event, speaker: Actor, owned: bool = False, blamed: bool = False) -> tuple[str, Actor] | None:
    """(type, target) of the speaker's claim about a reported hostile event, or None. `owned`: the act's
    clause names the speaker's own people or ground deeper than its target (`own_victims`); `blamed`: the
    clause names who stands behind the act (`sponsored`). A cyber intrusion (mode cyber) a state's organ lays at
    another state's door is its charge whoever was hacked: naming the hacker's state is the accusation
    (session 36, accuse36: sent-dev sets' "X's spy agency said Y had hacked the accounts of ..." went uncharged)."""
    if event.event_type not in HOSTILE and not _planned_force(event) and not _breach(event):
        return None
    doer = event.source.country or (speaker.country if _own(event.source) else None)
    victim = event.target.country if event.target is not None else None
    own_target = event.target is not None and _own(event.target) or owned and victim is None
    if any(part in BYSTANDER_TARGETS for part in event.rule.split()):
        victim, own_target = None, False  # "captured a stronghold on the Thai border": a place, not the victim
    if event.status == "asserted" and doer and doer != speaker.country and (victim == speaker.country or own_target
                                                                            or _breach(event) or blamed
                                                                            or event.mode == "cyber"):
        return "ACCUSE", event.source
    if event.status == "negated" and doer == speaker.country and victim and victim != speaker.country:
        return "REJECT", event.target
    if event.status == "negated" and event.event_type in INTRUSIONS and event.source.country is None \
            and not _own(event.source) and victim and victim != speaker.country:
        # "said there had been no violation of Turkish airspace", "said radar data showed no violation of
        # X's airspace": an intrusion denied with no doer named, by a state it was not done to, answers the
        # victim's charge (realnews: Moscow's denial after its jet was downed went uncoded; told there as "there
        # had not been any violation", a clause with no subject to act, it still is)
        return "REJECT", event.target
    return None


def claims(sentence: Sentence, trigger: int, events: list[Event], mentions: list[Mention]) -> list[Event]:
    """The speaker's accusations or denials carried by the events of one trigger."""
    teller = _teller(sentence, trigger, mentions, all(e.event_type in INTRUSIONS for e in events))
    if teller is None:
        return []
    speaker, token = teller
    out = []
    owned, blamed = own_victims(sentence, trigger), sponsored(sentence, trigger)
    if _on_condition(sentence, trigger):  # "X will recall its envoy should Y receive him": X's own threat
        events = [e for e in events if e.event_type != "THREATEN"]
    for event in events:
        claim = claim_of(event, speaker, owned and event.event_type in FORCE, blamed)
        if claim is None:
            continue
        kind, target = claim
        event_id = ids.event_id(event.doc_id, token.start, kind, speaker.country, target.country)
        evidence = replace(event.evidence, trigger=token.text, trigger_start=token.start,
                           trigger_end=token.start + len(token.text))
        # location=None: the charge is made where the speaker is, not where the act it tells of happened
        out.append(replace(event, event_id=event_id, event_type=kind, mode=None, status="asserted", status_cue="",
                           location=None, source=speaker, target=target, evidence=evidence,
                           rule=f"verb:{token.lemma.lower()}+{event.rule.split(' ')[0]} src=reporter "
                                f"tgt={'reported-doer' if kind == 'ACCUSE' else 'reported-victim'} "
                                f"allegation({event.event_type})→{kind}"))
    return out
