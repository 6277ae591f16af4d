"""A speaker with no stated country speaks for the state whose own future act they announce ("warned
that, unless the men are freed, Norway would leave the talks"), even in a story led by the other state
(actors/speaker_state.py, data/speaker_state.tsv; issue #11, wire8/wire4: such ministers took the story's
main state and their threats ran backwards). Consequences for another state are no step of the
speaker's. The rule reads the parse, and the words of a sentence the prefilter left unparsed. Our own
sentences."""
from __future__ import annotations

from dataclasses import replace

import pytest

from detente.actors.coref import build_context
from detente.actors.gazetteer import data_rows
from detente.actors.speaker_state import cue_rows, cue_words
from detente.nlp import parse_article
from helpers import events_of, make_article, mentions_of

# Two sentences that name the other state more often, as the pages that motivated the rule did.
LEAD = ("Three Ugandan rangers were arrested on Thursday by a Kenyan patrol near Busia. Ugandan officials "
        "said the rangers had been on Ugandan soil. ")
RUSSIA_LEAD = ("Russia detained a Norwegian trawler and its crew near Svalbard on Monday. Russia says the boat "
               "fished illegally. ")


def _country(body: str, name: str) -> str | None:
    return next((m.country for m in mentions_of(body) if m.text == name and m.country), None)


def _unparsed_people(body: str) -> dict[str, str | None]:
    """People and their states as the context reads them when the prefilter skipped every sentence."""
    article = make_article(body)
    sentences = tuple(replace(s, tokens=()) for s in parse_article(article))
    return {p.name: p.country for p in build_context(article, sentences).people}


def _rows(kind: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [row for row in cue_rows() if row[0] == kind]


def test_rows_are_kinds_with_forms_and_an_example():
    rows = data_rows("speaker_state.tsv")
    assert {r[0] for r in rows} == {"say", "modal", "consequence", "stance", "deny"} and all(len(r) == 4 and r[2] and r[3] for r in rows)


@pytest.mark.parametrize("modal", sorted(cue_words()["modal"]))
@pytest.mark.parametrize("kind,lemma,forms", _rows("say"))
def test_every_verb_and_modal_is_used_in_the_parse_and_in_the_words(kind, lemma, forms, modal):
    verb = forms[0] + (" reporters" if lemma == "tell" else "")
    body = LEAD + f"Trade Minister Amina Odhiambo {verb} that Kenya {modal} reopen the crossing."
    assert _country(body, "Trade Minister Amina Odhiambo") == "KEN"
    if lemma != "tell":  # the words have no slot for the object of "told reporters that"
        assert _unparsed_people(body)["Amina Odhiambo"] == "KEN"


@pytest.mark.parametrize("kind,lemma,forms", _rows("consequence"))
def test_a_consequence_for_a_state_is_not_the_speakers_own_plan(kind, lemma, forms):
    body = LEAD + f"Foreign Minister Amina Odhiambo warned that Kenya would {forms[0]} the cost of the arrests."
    assert _country(body, "Foreign Minister Amina Odhiambo") == "UGA"
    assert _unparsed_people(body)["Amina Odhiambo"] == "UGA"


@pytest.mark.parametrize("complement", [
    "Kenya had sent the patrol across the border",  # a past act of a state: no plan of one's own
    "Kenya and Uganda would meet next week",  # two states: whose is not said
])
def test_no_future_act_of_one_state_leaves_the_document_context(complement):
    body = LEAD + f"Foreign Minister Amina Odhiambo said that {complement}."
    assert _country(body, "Foreign Minister Amina Odhiambo") == "UGA"


def test_a_stated_country_is_kept():
    body = LEAD + "Ugandan Foreign Minister Grace Akello warned that Kenya would regret the arrests."
    assert _country(body, "Ugandan Foreign Minister Grace Akello") == "UGA"


def test_the_state_named_between_the_speaker_and_the_verb_is_no_bar_in_the_parse():
    # "told reporters in Nairobi ... and warned that Kenya would": the parse joins the coordinated verbs
    body = LEAD + ("Trade minister Amina Odhiambo told reporters in Nairobi on Friday that the arrests were "
                   "unlawful and warned that Kenya would restrict imports of Ugandan sugar.")
    assert _country(body, "Trade minister Amina Odhiambo") == "KEN"


@pytest.mark.parametrize("body,name,code", [
    (RUSSIA_LEAD + "Foreign Minister Kari Lunde warned that, unless the crew was freed, Norway would not attend "
     "the next fisheries session. Lunde said the talks could wait.", "Lunde", "NOR"),
    ("Ghana closed its border posts with Togo on Friday. Togo protested and Togo called it illegal. "
     "Trade Minister Kofi Mensah told reporters the closure was unfair. Mensah said that Togo will "
     "restrict imports of cement if the posts stay shut.", "Mensah", "TGO"),
])
def test_the_state_a_minister_says_will_act_is_their_own_in_every_mention(body, name, code):
    assert _country(body, name) == code


def test_a_consequence_leaves_the_later_mentions_alone():
    body = RUSSIA_LEAD + "Foreign Minister Ivan Petrov warned that Norway would face a fine. Petrov said the case was closed."
    assert _country(body, "Petrov") == "RUS"


def test_the_warning_then_runs_from_the_speakers_state():
    body = RUSSIA_LEAD + ("Foreign Minister Kari Lunde warned that, unless the crew was freed, Norway would not "
                          "attend the next fisheries session.")
    warnings = {(e[1], e[2]) for e in events_of(body) if e[0] == "THREATEN"}
    assert warnings and all(source == "NOR" for source, _ in warnings), warnings


def test_a_pronoun_speaker_saying_which_state_will_act_is_of_that_state():
    # the minister is first named with no state, in a story the other state leads; "he" then says whose
    # step it will be
    body = ("Ghana shelled a village in Togo on Monday. Ghana denied it. Ghana said its troops fired at "
            "smugglers. Defence Minister Kofi Mensah visited the village. He warned that if it happened again, "
            "Togo would respond with force.")
    warnings = {(e[1], e[2]) for e in events_of(body) if e[0] == "THREATEN"}
    assert warnings and all(source == "TGO" for source, _ in warnings), warnings


def test_a_bare_role_speaker_is_read_by_the_same_rule():
    body = RUSSIA_LEAD + ("The foreign minister warned that Norway would leave the fisheries commission. "
                          "She said the crew must be freed.")
    assert _country(body, "She") == "NOR"


def test_a_later_family_name_saying_which_state_will_act_is_of_that_state_there():
    # the minister is first named with no state and no plan, on a page that names the other state more often
    body = ("Zambia accused Congolese troops of shelling a Zambian village. Zambian officials said Zambia had "
            "protested. Foreign Minister Paul Mbala said the Zambian envoy had been received. Mr Mbala said "
            "Kinshasa would answer the Zambian letter. He rejected Zambian calls for compensation.")
    people = [m for m in mentions_of(body) if m.text in ("Mbala", "He")]
    assert [m.country for m in people] == ["COD", "COD"], [m.resolution for m in people]


@pytest.mark.parametrize("kind,lemma,forms", _rows("stance"))
@pytest.mark.parametrize("quoted", [False, True])
def test_a_state_stating_its_own_position_in_the_present_is_the_speakers(kind, lemma, forms, quoted):
    # realnews: "'Australia does not believe the decision China's made is justified,' Senator X said", on a
    # page that names the other state more often
    claim = f"Kenya does not {forms[0]} that the arrests were lawful"
    line = f'"{claim}," Trade Minister Amina Odhiambo said.' if quoted else f"Trade Minister Amina Odhiambo said {claim}."
    assert _country(LEAD + line, "Trade Minister Amina Odhiambo") == "KEN"
    assert _unparsed_people(LEAD + line)["Amina Odhiambo"] == "KEN"


def test_a_past_or_another_verb_in_the_quote_says_nothing():
    body = LEAD + '"Kenya did not send the patrol," Trade Minister Amina Odhiambo said.'
    assert _country(body, "Trade Minister Amina Odhiambo") == "UGA"


def test_a_speaker_named_before_any_state_takes_the_state_their_later_words_speak_for():
    # realnews: "Trade Minister X has said he may take China's decision to the WTO" opens the page, so no state
    # is named before the minister; a later quote says which state they speak for
    body = ("Trade Minister Amina Odhiambo has said she may take the matter to court. " + LEAD
            + '"Kenya does not accept that the arrests were lawful," Minister Odhiambo said.')
    people = [m for m in mentions_of(body) if m.text in ("Trade Minister Amina Odhiambo", "she")]
    assert [m.country for m in people] == ["KEN", "KEN"], [m.resolution for m in people]


@pytest.mark.parametrize("kind,lemma,forms", _rows("deny"))
def test_a_speaker_denying_what_one_state_did_speaks_for_it(kind, lemma, forms):
    # a headline naming only the talks' venue came first (wire26); the denial says whose minister this is
    body = ("Nothing agreed in Lusaka, says minister. Foreign Minister Amina Odhiambo on Friday "
            f"{forms[0]} that Kenya had signed any accord with Uganda at the talks in Lusaka.")
    assert _country(body, "Foreign Minister Amina Odhiambo") == "KEN"


def test_a_denied_passive_is_no_act_of_the_speakers_state():
    body = LEAD + "Foreign Minister Amina Odhiambo denied that Kenya had been consulted on the arrests."
    assert _country(body, "Foreign Minister Amina Odhiambo") == "UGA"
