"""The trigger and cue data load, every entry is reachable, and the prefilter covers every form."""
from hypothesis import given, strategies as st

from detente.events import mentions_trigger
from detente.events.prefilter import FUNCTION_WORD_KINDS
from detente.events.lexicon import (PLOVER_TYPES, all_trigger_forms, cue_words, fold_spelling, irregular_forms,
                                    load_cues, load_triggers, surface_forms, triggers_by_lemma)


def test_every_entry_loads_with_a_plover_type():
    entries = load_triggers()
    assert len(entries) > 200
    assert {e.event_type for e in entries} == set(PLOVER_TYPES)


def test_every_entry_is_reachable_by_lookup_and_prefilter():
    table = triggers_by_lemma()
    for entry in load_triggers():
        assert entry in table[(fold_spelling(entry.lemma), entry.pos)], entry.name
        assert entry.lemma in surface_forms(entry.lemma)
        assert mentions_trigger(f"They {entry.lemma} it {_requirement_words(entry)}."), entry.name


def _requirement_words(entry) -> str:
    """Words that make the entry's first requirement lexically possible (what the prefilter asks)."""
    if not entry.requires:
        return ""
    req = entry.requires[0]
    return " ".join(_words_of(r) for r in (req, *req.also))


def _words_of(req) -> str:
    if req.kind == "must":
        return "must"
    if req.kind == "comp":
        return "to attack"
    if req.kind == "deadline":
        return " ".join(sorted(req.words)) + " to attack"
    if req.kind in FUNCTION_WORD_KINDS:  # "to" for a to-infinitive, "that" for a content clause
        return " ".join(sorted(FUNCTION_WORD_KINDS[req.kind]))
    if req.kind == "offered":  # a verb of offering beside the bare refusal (events/declined_offer.py)
        return "offered"
    if req.kind == "venue":  # the preposition and a court (prefilter.venue_lemmas)
        return " ".join(sorted(req.words)) + " the tribunal"
    return " ".join(sorted(req.words))


def test_specific_entries_are_tried_before_general_ones():
    for entries in triggers_by_lemma().values():
        flags = [bool(e.requires) for e in entries]
        assert flags == sorted(flags, reverse=True)


def test_irregular_forms_belong_to_trigger_lemmas_or_light_verbs_and_reach_the_prefilter():
    for lemma, forms in irregular_forms().items():
        for form in forms:
            if any(e.lemma == lemma for e in load_triggers()):
                assert form in all_trigger_forms(), (lemma, form)


def test_british_and_american_spellings():
    assert mentions_trigger("Oslo criticised the move") and mentions_trigger("Oslo criticized the move")
    assert fold_spelling("mobilised") == fold_spelling("mobilized")


def test_cue_kinds_load():
    for kind in ("modal", "pending", "intent", "negation", "negator", "report", "anon", "media", "statement",
                 "hedge", "context", "document", "engage", "decision", "posture", "pledge", "purpose", "mover", "crowd", "voice",
                 "censure", "reception", "witness", "salvo", "allege", "onlooker", "menace", "accession",
                 "commission", "broker", "suffer", "sender", "summoner", "jailer", "breach", "office", "ongoing", "design", "kin", "owner",
                 "posted", "placenoun", "tribunal", "setting", "people", "condition", "vehicle", "means", "universal",
                 "recipient", "penalty", "fight", "buildup", "hostcity", "projectile", "pundit", "refusal", "weigh", "sport",
                 "scheming", "renewer", "site", "permission", "freeing", "appraise", "seek", "participle", "addressee", "undergone", "polity", "arrival", "topic", "presence", "intruder",
                 "courtesy", "timeframe", "attendant", "dispute", "pullback", "acceptance", "habitual", "forthcoming",
                 "sitting", "unowed", "standing", "detainee", "proposal", "guest", "retell", "ground",
                 "offering", "planner", "behest", "sum", "obtaining", "remonstrance", "material", "gathering", "recall",
                 "figurative", "eachside", "sidenoun", "meetingday", "culpable", "causing", "facing", "deferral",
                 "bodyhead", "stepnoun", "lapse", "offertime", "ownstep", "meetready", "tabling", "launchpad",
                 "homeorgan", "answerable", "claimnoun", "inkind", "alerting", "daypart", "callline", "othersown",
                 "undertaking", "authored", "companion",
                  "bystander", "demander", "askednoun", "bidden", "nullsubject", "always", "wronged",
                 "necessity", "handing", "handednote", "stateparticiple", "heldact", "allyrole", "calmnoun",
                 "invitenoun", "offerthing", "forcebody", "negidiom", "pressask", "removal", "signing", "attending",
                 "entry", "commandverb", "keeping", "holding", "walkout", "walkout_time", "answeredact",
                 "issuednoun", "recapnoun", "recapdenial", "statedplace"):
        assert cue_words(kind), kind
    assert cue_words("pending")["promise"] == "self"
    assert len(load_cues()) == 160


def test_prefilter_rejects_sentences_without_trigger_forms():
    assert not mentions_trigger("The weather in the capital was mild and sunny.")


@given(st.text(max_size=200))
def test_prefilter_never_crashes(text):
    assert mentions_trigger(text) in (True, False)


def test_an_and_requirement_needs_every_part():
    call_in = next(e for e in load_triggers() if e.lemma == "call" and e.requires and e.requires[0].also)
    assert call_in.requires[0].kind == "prt" and call_in.requires[0].also[0].kind == "obj"
    assert mentions_trigger("Ghana called in the Togolese ambassador.")
    assert not mentions_trigger("Ghana called in sick yesterday.")
    assert fold_spelling("chargé") == "charge"
