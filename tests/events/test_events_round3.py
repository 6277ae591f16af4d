"""Issue #3 round 3: senses and rules added in session 3, on our own sentences (each case fails without
its lexicon entry or rule)."""
import pytest

from events_kit import code, summary

CASES = [
    # giving up office is RETREAT in PLOVER's own gold
    ("The Bolivian president resigned on Sunday after weeks of street protests.", ("RETREAT", "BOL", None)),
    # lifting a curfew or a state of emergency eases political restrictions (CONCEDE); sanctions stay RETREAT
    ("Kenya lifted the night curfew in its border towns on Monday.", ("CONCEDE", "KEN", None)),
    ("Norway lifted its sanctions against Chile on Monday.", ("RETREAT", "NOR", "CHL")),
    ("Peru relaxed the restrictions on Bolivian lorries at the border.", ("CONCEDE", "PER", "BOL")),
    # inquiries: a hearing into a matter, inspectors sent to look
    ("The Kenyan parliament opened a hearing into the treatment of Ugandan prisoners.", ("ACCUSE", "KEN", "UGA")),
    ("Norway sent inspectors to a Chilean copper mine on Monday.", ("ACCUSE", "NOR", "CHL")),
    # breaking a ban defies it
    ("A Kenyan newspaper violated a ban imposed by Uganda on reporting from the border.", ("REJECT", "KEN", "UGA")),
    # a sworn hostile act, even when the parser hangs the infinitive as an adverbial clause
    # (aimed at Ghana since targets36: the towns sworn to be seized are Ghana's, events/place_targets.py)
    ("Togolese commanders have sworn to fight until they seize the border towns of Ghana.", ("THREATEN", "TGO", "GHA")),
    # workers stopping work at the start of a strike: a strike, not a negated one
    ("Dock workers in Kenya stopped work at the start of an open-ended strike over the new law.",
     ("PROTEST", None, None)),
    # "for X to do Y" after a pushing verb is a request to X
    ("Norway is pushing hard for Chile to release the fishermen.", ("REQUEST", "NOR", "CHL")),
    # defending a named party
    ("Chile defended Bolivia against criticism at the summit.", ("SUPPORT", "CHL", "BOL")),
    # war games of two states are military cooperation between them
    ("Norway and Denmark launched five days of war games in the Baltic Sea.", ("COOPERATE", "NOR", "DNK")),
    ("Kenya and Uganda began a joint field exercise near the border.", ("COOPERATE", "KEN", "UGA")),
    # a welcome given to a visitor is a visit hosted
    ("The Chilean president gave a warm welcome to the Peruvian prime minister.", ("CONSULT", "CHL", "PER")),
    # the 'of' phrase of a deployment in subject position names who deploys
    ("The deployment of Ghanaian peacekeeping troops in Togo began on Monday.", ("AID", "GHA", None)),
    # a decided concession keeps its own type (a decision is not an AGREE-type intent); whom it lets in is its
    # target (roles.permitted, session 16)
    ("The Kenyan court decided to allow the Ugandan opposition leader to enter the country.", ("CONCEDE", "KEN", "UGA")),
    # a hostile act under a modal with an "if" condition is a conditional threat
    ("Kenya may halt its aid to Uganda if the fighting continues.", ("THREATEN", "KEN", "UGA")),
    # forcing an agency out is an expulsion
    ("Nairobi forced the NATO liaison office out of the country after the election.", ("SANCTION", "KEN", "NATO")),
    # a cyber attack is coercion
    ("Hackers defaced Norway's government web sites overnight.", ("COERCE", None, "NOR")),
    # a that-clause the parser hangs on the verb completes the demand noun that verb takes as object
    ("Norway repeated its demand on Monday that Kenya ease the restrictions on Ugandan traders.",
     ("REQUEST", "NOR", "KEN")),
    # ramming another side's vessel; setting fire to a depot
    ("A Chilean patrol boat rammed a Peruvian fishing vessel on Monday.", ("ASSAULT", "CHL", "PER")),
    ("Kenyan drones set fire to a fuel depot in Uganda overnight.", ("ASSAULT", "KEN", "UGA")),
    # a site near a place in a state lies in that state
    ("Kenyan jets struck a depot near the Ugandan town of Tororo on Friday.", ("ASSAULT", "KEN", "UGA")),
    # receiving foreign observers allows international involvement
    ("The Kenyan president received a mission of observers from NATO on Monday.", ("RETREAT", "KEN", "NATO")),
    # a hyphenated cease-fire declared is de-escalation, not gunfire
    ("Uganda declared a unilateral cease-fire on Wednesday after weeks of battles with Kenya.",
     ("RETREAT", "UGA", "KEN")),
    # freeing a reporter
    ("Ugandan police released the correspondent of a Kenyan newspaper on Monday.", ("RETREAT", "UGA", "KEN")),
    # "will not end X unless ...": a refusal to yield
    ("Kenyan teachers will not end their strike unless Uganda pays the arrears.", ("REJECT", "KEN", "UGA")),
    # calling in an envoy is summoning him, even when the parser tags the particle as a preposition
    ("Kenya called in the ambassador of Uganda on Tuesday.", ("ACCUSE", "KEN", "UGA")),
    # calling off talks with the other side breaks them off
    ("Kenya called off a round of talks with Uganda.", ("SANCTION", "KEN", "UGA")),
    # handing over goods is aid
    ("Norway handed over generators and tents to Chile on Tuesday.", ("AID", "NOR", "CHL")),
    # a swap: each side frees the other's people
    ("Kenya and Uganda exchanged forty prisoners on Friday.", ("RETREAT", "KEN", "UGA")),
    ("Kenya and Uganda exchanged forty prisoners on Friday.", ("RETREAT", "UGA", "KEN")),
    # adopting sanctions, with the subject raised from a passive ("is expected to")
    ("Norway is expected to adopt the same sanctions against Chile next week.", ("SANCTION", "NOR", "CHL")),
    # "protested that ...": a complaint about what the clause reports, aimed at its subject
    ("Kenya protested on Monday that Ugandan patrol boats had entered its waters.", ("ACCUSE", "KEN", "UGA")),
    # people held as human shields
    ("The Ugandan army has been holding Kenyan villagers as human shields.", ("COERCE", "UGA", "KEN")),
    # an embassy opened in a capital establishes relations with that state
    ("Kenya opened an embassy in Oslo on Monday.", ("SUPPORT", "KEN", "NOR")),
    # irregular past forms reach their entries ("blew up")
    ("Togolese rebels blew up three power lines in Ghana last month.", ("ASSAULT", "TGO", "GHA")),
    # "it must ..." in a that-clause on a reminder or note is a demand of the note's issuer
    ("Norway issued a stern reminder on Monday that Chile must free the fishermen.", ("REQUEST", "NOR", "CHL")),
    # a purpose clause voicing the grievance names the protest's target
    ("Kenyan students blocked a road to show their anger at Uganda's new tariffs.", ("PROTEST", "KEN", "UGA")),
    # the place of a nested material act: "refused demands to free prisoners in X"
    ("Norway would not meet the demands to release prisoners in Chile.", ("REJECT", "NOR", "CHL")),
    # coordinated sides of a clash fight each other
    ("Kenyan and Ugandan border guards clashed on Sunday.", ("ASSAULT", "KEN", "UGA")),
    ("Kenyan and Ugandan border guards clashed on Sunday.", ("ASSAULT", "UGA", "KEN")),
    # "declared X persona non grata", also when the parser makes 'persona' a verb with X as its subject
    ("Ghana's foreign ministry declared the Togolese military attache persona non grata on Wednesday.",
     ("SANCTION", "GHA", "TGO")),
]

# every state in a coordinated prepositional target, not only the first object's conjuncts
LIST_TARGETS = "Norway agreed to lift its embargoes on medicines in March to Chile, Peru and Bolivia."


@pytest.mark.parametrize("text,expected", CASES)
def test_round3_rule(text, expected):
    assert expected in summary(code(text))


def test_a_passive_light_verb_gives_a_nominal_inquiry_an_unnamed_source():
    found = summary(code("A Kenyan journalist has been placed under investigation in Uganda for his reports."))
    assert any(t == "ACCUSE" for t, _, _ in found)


def test_negating_verb_still_negates_through_from():
    events = code("Kenyan soldiers refrained from attacking the Ugandan border post.")
    assert [e.status for e in events if e.event_type == "ASSAULT"] == ["negated"]


def test_a_conditional_without_a_modal_is_not_a_threat():
    # a past act reported with an "if" aside is not a conditional threat
    assert ("THREATEN", "KEN", "UGA") not in summary(code("Kenya halted its aid to Uganda, even if only briefly."))


def test_every_state_of_a_coordinated_to_phrase_is_a_target():
    found = summary(code(LIST_TARGETS))
    assert {("AGREE", "NOR", c) for c in ("CHL", "PER", "BOL")} <= found


def test_the_demanded_act_is_not_coded_as_done():
    found = summary(code("Norway repeated its demand on Monday that Kenya ease the restrictions on Ugandan traders."))
    assert not any(t == "CONCEDE" for t, _, _ in found)


def test_an_after_clause_with_its_own_doer_is_an_event_of_its_own():
    found = summary(code("Kenya summoned Uganda's envoy on Monday, a day after Ugandan troops shelled a Kenyan village."))
    assert ("ACCUSE", "KEN", "UGA") in found and ("ASSAULT", "UGA", "KEN") in found


def test_a_before_clause_is_not_an_event_yet():
    found = summary(code("Kenya said Uganda must pay compensation before Kenyan troops withdraw from the border."))
    assert not any(t == "RETREAT" for t, _, _ in found)


def test_near_the_border_is_not_inside_the_neighbour():
    found = summary(code("Kenyan jets struck a depot near the Ugandan border on Friday."))
    assert ("ASSAULT", "KEN", "UGA") not in found


def test_parties_of_a_meeting_pair_with_each_other_when_the_place_is_one_of_theirs():
    found = summary(code("Norway and Denmark met in Oslo on Monday to discuss fishing quotas."))
    assert ("CONSULT", "NOR", "DNK") in found and ("CONSULT", "DNK", "NOR") not in found


def test_refuge_sought_in_a_state_is_asked_of_that_state():
    assert ("REQUEST", "BOL", "CHL") in summary(code("Thousands of Bolivian families sought refuge in Chile last month."))


def test_civilians_named_by_their_place_act_for_its_state():
    from detente.events.role_actors import crowd_place
    from events_kit import parsed
    _, sentences = parsed("Thousands of demonstrators in Nairobi marched to the embassy of Uganda.")
    s = sentences[0]
    crowd = next(t.i for t in s.tokens if t.text == "Thousands")
    actors = crowd_place(s, crowd)
    assert [(a.country, a.sector) for a in actors] == [("KEN", "CVL")]
    officials = next(t.i for t in s.tokens if t.text == "embassy")
    assert crowd_place(s, officials) == []


def test_a_but_conjunct_does_not_share_the_negation():
    events = code("Norway could not spare any helicopters but pledged two million dollars to Chile.")
    assert [e.status for e in events if e.target and e.target.country == "CHL"] == ["pending"]


def test_call_with_a_date_is_not_a_call_on_somebody():
    assert not any(t == "REQUEST" for t, _, _ in summary(code("Kenya called the Ugandan envoy on Tuesday.")))


def test_a_headline_passive_names_its_sufferer_as_target():
    events = code("Ugandan ambassador summoned after border shooting", role="title")
    assert [(e.event_type, e.source.country, e.target.country) for e in events
            if e.event_type == "ACCUSE"] == [("ACCUSE", None, "UGA")]


def test_a_joint_act_is_not_done_to_one_of_its_makers():
    found = summary(code("Ministers from Kenya and Uganda ended two days of talks in Nairobi on Wednesday."))
    assert ("SANCTION", "UGA", "KEN") not in found and ("SANCTION", "KEN", "UGA") not in found


def test_an_institution_named_after_its_city_stands_for_the_state():
    from detente.events.role_actors import institution_place
    from events_kit import parsed
    _, sentences = parsed("Norway delivered medicine to the Nairobi University Hospital on Monday.")
    s = sentences[0]
    hospital = next(t.i for t in s.tokens if t.text == "Hospital")
    assert [a.country for a in institution_place(s, hospital)] == ["KEN"]


def test_a_participle_adds_the_subjects_next_act():
    found = summary(code("Chile recalled its ambassador from Lima on Friday, accusing Peru of moving troops to the border."))
    assert ("SANCTION", "CHL", "PER") in found and ("ACCUSE", "CHL", "PER") in found


def test_a_while_clause_with_its_own_doer_is_an_event():
    found = summary(code("Kenyan drones struck a depot in Uganda, while Ugandan jets bombed a bridge in Kenya."))
    assert ("ASSAULT", "KEN", "UGA") in found and ("ASSAULT", "UGA", "KEN") in found


@pytest.mark.parametrize("text,expected", [
    ("Norway could not spare any helicopters for Chile.", ("REJECT", "NOR", "CHL")),
    ("Kenya cannot accept the new Ugandan tariffs.", ("REJECT", "KEN", "UGA")),
])
def test_cannot_and_could_not_decline(text, expected):
    assert expected in summary(code(text))


def test_a_home_institution_is_not_the_state_its_act_is_aimed_at():
    from detente import pipeline
    from detente.records import Document
    text = ("Two Russian jets entered Swedish airspace on Monday, Russian media reported. "
            "The Ministry for Foreign Affairs summoned the Russian ambassador on Tuesday.")
    coded = pipeline.code_documents([Document("d0", "t0.txt", None, "text", text)])[0]
    found = {(e.event_type, e.source.country, e.target.country if e.target else None) for e in coded.events}
    assert ("ACCUSE", "SWE", "RUS") in found and ("ACCUSE", "RUS", None) not in found


def test_a_home_institution_keeps_its_state_in_a_second_act_that_names_nobody():
    # "summoned X's envoy and demanded the release": the demand shares the summoning's subject, which is not
    # X's (wire8 class: the demand was given to X, the state the document names most)
    from detente import pipeline
    from detente.records import Document
    text = ("Two Russian patrol boats detained three Swedish fishermen on Monday, Russian media reported. "
            "The Ministry for Foreign Affairs summoned the Russian ambassador on Tuesday and demanded the "
            "immediate release of the three men.")
    coded = pipeline.code_documents([Document("d0", "t0.txt", None, "text", text)])[0]
    requests = {(e.source.country, e.target.country if e.target else None) for e in coded.events
                if e.event_type == "REQUEST"}
    assert requests == {("SWE", "RUS")}
