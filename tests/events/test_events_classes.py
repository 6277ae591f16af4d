"""Trigger classes written from the PLOVER type definitions (session 6): verb families, nominalisations,
phrasal verbs and type-selecting objects, each exercised by one of our own invented sentences; and the
'not' requirement that keeps a trigger off a reading ("spoke with reporters")."""
from __future__ import annotations

import pytest

from events_kit import code

# (sentence, PLOVER type, the entry that must fire: "pos:lemma")
CASES = [
    # CONSULT: talking with the other side, by any medium
    ("The Kenyan president spoke by phone with his Ugandan counterpart on Monday.", "CONSULT", "verb:speak"),
    ("Norway's foreign minister talked with Chilean officials about the fishing dispute.", "CONSULT", "verb:talk"),
    ("Ghanaian and Togolese defence chiefs conferred on border security in Accra.", "CONSULT", "verb:confer"),
    ("The Danish prime minister telephoned the Finnish president after the incident.", "CONSULT", "verb:telephone"),
    ("Peru's president phoned the Bolivian leader to discuss the water dispute.", "CONSULT", "verb:phone"),
    ("In a phone call with the Ugandan leader, Kenya's president raised the border issue.", "CONSULT", "noun:call"),
    ("Chile and Peru held a telephone conversation on the fishing quotas.", "CONSULT", "noun:conversation"),
    ("The Norwegian minister began a three-day trip to Chile on Sunday.", "CONSULT", "noun:trip"),
    ("The Ugandan president received a Kenyan delegation at State House.", "CONSULT", "verb:receive"),
    # SUPPORT
    ("Norway voiced its backing for the peace plan drawn up by Chile.", "SUPPORT", "noun:backing"),
    ("The Danish government gave its endorsement to Finland's candidacy.", "SUPPORT", "noun:endorsement"),
    ("The Kenyan president thanked Uganda for its help during the floods.", "SUPPORT", "verb:thank"),
    ("Peru lauded Bolivia's efforts to end the blockade.", "SUPPORT", "verb:laud"),
    ("Chile sent its condolences to Peru after the earthquake.", "SUPPORT", "noun:condolence"),
    ("Ghana sent its congratulations to Togo on its independence day.", "SUPPORT", "noun:congratulation"),
    ("Kenya announced its recognition of the new government in Uganda.", "SUPPORT", "noun:recognition"),
    # CONCEDE: yielding, pardons, amnesties, dropped demands
    ("Uganda pardoned 40 Kenyan fishermen jailed for illegal fishing.", "CONCEDE", "verb:pardon"),
    ("The Togolese president issued a pardon for the Ghanaian traders.", "CONCEDE", "noun:pardon"),
    ("Bolivia announced a general amnesty for exiled opposition leaders.", "CONCEDE", "noun:amnesty"),
    ("Peru granted an amnesty to Chilean fishermen held in its jails.", "CONCEDE", "verb:grant"),
    ("Norway backed down on its plan to tax Danish imports.", "CONCEDE", "verb:back"),
    ("Togo bowed to pressure from Ghana and reopened the market.", "CONCEDE", "verb:bow"),
    ("The Bolivian government yielded to Chilean demands on the water rights.", "CONCEDE", "verb:yield"),
    ("Uganda caved in to Kenyan pressure over the island.", "CONCEDE", "verb:cave"),
    ("After weeks of pressure from Denmark, Finland relented.", "CONCEDE", "verb:relent"),
    ("Peru reversed its decision to expel Bolivian traders.", "CONCEDE", "verb:reverse"),
    ("Chile dropped its demand that Peru pay compensation.", "CONCEDE", "verb:drop"),
    ("Kenya withdrew its complaint against Uganda at the regional court.", "CONCEDE", "verb:withdraw"),
    ("Ghana made concessions to Togo on the border tariffs.", "CONCEDE", "noun:concession"),
    # COOPERATE
    ("Kenyan and Ugandan police worked together to dismantle the smuggling ring.", "COOPERATE", "verb:work"),
    ("Norway teamed up with Denmark to clean up the oil spill.", "COOPERATE", "verb:team"),
    ("Chile joined forces with Peru against the drug cartels.", "COOPERATE", "verb:join"),
    ("Ghana partnered with Togo on a new power line.", "COOPERATE", "verb:partner"),
    ("Kenya and Uganda opened a joint investigation into the bombing.", "COOPERATE", "noun:investigation"),
    # AID
    ("Denmark provided air defence systems to Finland.", "AID", "verb:provide"),
    ("Norway deposited 2 billion dollars in the central bank of Chile.", "AID", "verb:deposit"),
    ("Kenya dispatched relief materials to Uganda after the floods.", "AID", "verb:dispatch"),
    ("Peru shipped wheat to Bolivia during the drought.", "AID", "verb:ship"),
    ("Norway disbursed the second tranche of its loan to Ghana.", "AID", "verb:disburse"),
    ("Denmark extended a credit line of 500 million dollars to Togo.", "AID", "verb:extend"),
    ("Norway approved a 300 million dollar loan to Bolivia.", "AID", "verb:approve"),
    ("Chile announced a donation of vaccines to Peru.", "AID", "noun:donation"),
    ("Finland unveiled a bailout for Denmark's banks.", "AID", "noun:bailout"),
    # RETREAT: handing over, disarming, ceding, returning
    ("Uganda handed over three border villages to Kenya under the ruling.", "RETREAT", "verb:hand"),
    ("Rebel fighters began handing in their weapons to the Kenyan monitors.", "RETREAT", "verb:hand"),
    ("Bolivian militias laid down their arms in front of Peruvian observers.", "RETREAT", "verb:lay"),
    ("Togo gave up its claim to the island after the Ghanaian court ruling.", "RETREAT", "verb:give"),
    ("Peru ceded the disputed valley to Chile.", "RETREAT", "verb:cede"),
    ("Kenya repatriated 200 Ugandan refugees on Tuesday.", "RETREAT", "verb:repatriate"),
    ("Chilean troops vacated their positions on the Peruvian side of the border.", "RETREAT", "verb:vacate"),
    # REQUEST
    ("Bolivia is seeking a meeting with Chile's president.", "REQUEST", "verb:seek"),
    ("The Ugandan president implored Kenya to reopen the border.", "REQUEST", "verb:implore"),
    ("Togo begged Ghana to send doctors.", "REQUEST", "verb:beg"),
    ("Peru renewed its call for Chile to withdraw its warships.", "REQUEST", "noun:call"),
    ("Bolivia made a plea to Peru for help with the refugees.", "REQUEST", "noun:plea"),
    # ACCUSE
    ("Chile filed a case against Peru at the International Court of Justice.", "ACCUSE", "verb:file"),
    ("Kenya brought charges against three Ugandan officials.", "ACCUSE", "verb:bring"),
    ("The Danish minister lambasted Finland over the trade ban.", "ACCUSE", "verb:lambast"),
    ("Ghana decried Togo's decision to close the market.", "ACCUSE", "verb:decry"),
    ("Peru castigated Bolivia for its handling of the protests.", "ACCUSE", "verb:castigate"),
    ("Norway chided Denmark over its fishing fleet.", "ACCUSE", "verb:chide"),
    ("The Kenyan president berated Uganda for the raids.", "ACCUSE", "verb:berate"),
    ("Finland reproached Denmark for the delay.", "ACCUSE", "verb:reproach"),
    ("Chile faulted Peru for the collapse of the talks.", "ACCUSE", "verb:fault"),
    ("Ghana expressed outrage at Togo's seizure of the trucks.", "ACCUSE", "noun:outrage"),
    # REJECT
    ("Togo ignored the deadline set by Ghana.", "REJECT", "verb:ignore"),
    ("Bolivia disregarded Chile's call for restraint.", "REJECT", "verb:disregard"),
    ("Peru flouted the fishing ban agreed with Chile.", "REJECT", "verb:flout"),
    ("Uganda spurned Kenya's offer of mediation.", "REJECT", "verb:spurn"),
    ("Denmark snubbed Finland's invitation to the summit.", "REJECT", "verb:snub"),
    ("Chile ruled out talks with Bolivia on sea access.", "REJECT", "verb:rule"),
    # THREATEN
    ("Kenya set a deadline for Uganda to withdraw its troops.", "THREATEN", "verb:set"),
    ("Ghana gave Togo an ultimatum over the seized trucks.", "THREATEN", "verb:give"),
    # PROTEST
    ("Thousands of Peruvians took to the streets to protest against Chile's claim.", "PROTEST", "verb:take"),
    ("Kenyans held a vigil outside the Ugandan embassy in Nairobi.", "PROTEST", "noun:vigil"),
    ("Dock workers staged a walkout in protest at Norway's quotas.", "PROTEST", "noun:walkout"),
    ("Bolivian farmers picketed the Peruvian embassy in La Paz.", "PROTEST", "verb:picket"),
    ("Ghanaian traders staged a sit-in outside the Togolese consulate.", "PROTEST", "noun:in"),
    # MOBILIZE
    ("Uganda moved additional troops to the Kenyan border.", "MOBILIZE", "verb:move"),
    ("Peru amassed troops near the Bolivian border.", "MOBILIZE", "verb:amass"),
    ("Norway bolstered its military presence near the Finnish border.", "MOBILIZE", "verb:bolster"),
    ("Chile announced a military buildup near the Peruvian border.", "MOBILIZE", "noun:buildup"),
    ("Denmark scrambled two fighter jets on Tuesday after Finnish bombers neared its airspace.", "MOBILIZE", "verb:scramble"),
    ("Peru test-fired a missile off its coast, alarming Chile.", "MOBILIZE", "verb:fire"),
    ("Chile carried out a missile test near the Peruvian border.", "MOBILIZE", "noun:test"),
    ("Uganda tested a new missile near the Kenyan border.", "MOBILIZE", "verb:test"),
    ("Peru launched a ballistic missile into the sea, defying Chile.", "MOBILIZE", "verb:launch"),
    ("Kenya dispatched warships to the waters off Uganda.", "MOBILIZE", "verb:dispatch"),
    # COERCE
    ("Ugandan authorities shut down the internet ahead of the Kenyan president's visit.", "COERCE", "verb:shut"),
    ("Togo censored Ghanaian newspapers during the crisis.", "COERCE", "verb:censor"),
    ("Bolivian police dispersed the crowd outside the Peruvian embassy.", "COERCE", "verb:disperse"),
    ("A Peruvian court sentenced two Chilean spies to ten years in prison.", "COERCE", "verb:sentence"),
    # ASSAULT
    ("Uganda executed two Kenyan prisoners on Tuesday.", "ASSAULT", "verb:execute"),
    ("Gunmen stormed the Kenyan embassy in Kampala.", "ASSAULT", "verb:storm"),
    ("Peruvian soldiers gunned down three Bolivian smugglers.", "ASSAULT", "verb:gun"),
    ("A Togolese soldier stabbed a Ghanaian trader at the border post.", "ASSAULT", "verb:stab"),
    ("Militants beheaded a Norwegian hostage in Chile.", "ASSAULT", "verb:behead"),
    ("Soldiers torched Bolivian farms along the Peruvian border.", "ASSAULT", "verb:torch"),
    ("Ugandan troops burned Kenyan villages along the border.", "ASSAULT", "verb:burn"),
    ("Chilean jets destroyed a Peruvian radar base.", "ASSAULT", "verb:destroy"),
    ("A Peruvian submarine sank a Chilean frigate.", "ASSAULT", "verb:sink"),
    ("Finland downed a Danish drone over its territory.", "ASSAULT", "verb:down"),
    ("Militants detonated a bomb outside the Kenyan embassy in Uganda.", "ASSAULT", "verb:detonate"),
    ("Pirates hijacked a Norwegian tanker off Ghana.", "ASSAULT", "verb:hijack"),
    ("Ugandan rebels took 12 Kenyan workers hostage.", "ASSAULT", "verb:take"),
    ("Peru launched rockets at Chilean positions overnight.", "ASSAULT", "verb:launch"),
    # session 6, second batch: classes seen failing on eval/sent-dev
    ("Norway lifted its punitive tariffs on Chilean salmon on Friday.", "CONCEDE", "verb:lift"),
    ("Peru eased its curbs on Bolivian imports.", "CONCEDE", "verb:ease"),
    ("Kenya handed over two murder suspects to Ugandan police on Wednesday.", "COOPERATE", "verb:hand"),
    ("Chile resumed exports of electricity to Peru after a two-year suspension.", "COOPERATE", "verb:resume"),
    ("Togolese authorities expelled a Ghanaian journalist who had covered the protests.", "COERCE", "verb:expel"),
    ("Denmark has come out in favour of Finland's plan for the Baltic.", "SUPPORT", "verb:come"),
    ("The Kenyan minister exchanged letters with his Ugandan counterpart about the border.", "CONSULT", "verb:exchange"),
    ("Norway and Chile held an exchange of views on the fishing quotas.", "CONSULT", "noun:exchange"),
    ("Demonstrators gathered outside the Peruvian embassy in La Paz on Sunday.", "PROTEST", "verb:gather"),
    ("Protesters assembled outside the Kenyan embassy in Kampala.", "PROTEST", "verb:assemble"),
    ("Marchers converged on the Chilean consulate in Lima.", "PROTEST", "verb:converge"),
    ("The Norwegian king expressed his deepest regret to Chile for the wrongs of the past.", "CONCEDE", "noun:regret"),
    ("The Danish government expressed remorse over the killing of Finnish fishermen.", "CONCEDE", "noun:remorse"),
    ("Ugandan troops began pulling back from the Kenyan border on Thursday.", "RETREAT", "verb:pull"),
    ("Peruvian troops killed three Bolivian smugglers.", "ASSAULT", "verb:kill"),
    ("Chilean and Peruvian troops clashed on the border.", "ASSAULT", "verb:clash"),
    ("Togolese police beat Ghanaian traders at the border post.", "ASSAULT", "verb:beat"),
    ("Ghana issued a stern warning to Togo that any incursion would be met with force.", "THREATEN", "noun:warning"),
    ("Bolivia has sought Peru's cooperation in returning the refugees.", "REQUEST", "verb:seek"),
    ("Norway returned an ancient statue to Peru at a ceremony in Lima.", "RETREAT", "verb:return"),
    # SANCTION
    ("The Bolivian delegation stormed out of the talks with Chile.", "SANCTION", "verb:storm"),
]


@pytest.mark.parametrize("sentence,event_type,entry", CASES, ids=[f"{c[2]}-{c[1]}" for c in CASES])
def test_the_entry_codes_its_type(sentence, event_type, entry):
    events = code(sentence)
    hits = [e for e in events if e.event_type == event_type and entry + "[" in e.rule or
            e.event_type == event_type and e.rule.split(" ")[0].split("+")[0] == entry]
    assert hits, [(e.event_type, e.rule) for e in events]


@pytest.mark.parametrize("sentence", [
    "The Kenyan president spoke with reporters in Nairobi after meeting Ugandan traders.",
    "Norway's minister talked with journalists about Chile on Monday.",
    "In a conference call with journalists, the Danish spokesman discussed Finland.",
])
def test_speaking_to_reporters_is_no_consultation(sentence):
    firing = [e.rule.split(" ")[0].split("+")[0].split("[")[0] for e in code(sentence) if e.event_type == "CONSULT"]
    assert not set(firing) & {"verb:speak", "verb:talk", "noun:call"}, firing


def test_the_rights_group_is_no_amnesty():
    assert not [e for e in code("Amnesty International criticised Kenya over the arrests of Ugandan traders.")
                if e.event_type == "CONCEDE"]


def test_bolstering_another_sides_forces_is_no_mobilisation():
    assert not [e for e in code("Norway sent advisers to bolster Chilean security forces.") if e.event_type == "MOBILIZE"
                and "bolster" in e.rule]


@pytest.mark.parametrize("sentence,pair", [
    ("Chile did not rule out the use of force against Peru.", ("CHL", "PER")),
    ("Kenya would not rule out military action against Uganda.", ("KEN", "UGA")),
])
def test_not_ruling_out_force_is_a_threat(sentence, pair):
    events = code(sentence)
    assert [(e.event_type, e.status) for e in events] == [("THREATEN", "asserted")]
    assert (events[0].source.country, events[0].target.country) == pair


def test_ruling_out_talks_is_a_refusal():
    assert [e.event_type for e in code("Peru ruled out talks with Bolivia.")] == ["REJECT"]


@pytest.mark.parametrize("sentence", ["The Togolese president vowed to launch a new offensive against Ghana.",
                                      "Norway vowed to carry out strikes on Danish positions."])
def test_a_pledge_of_a_hostile_act_through_a_light_verb_is_a_threat(sentence):
    assert {e.event_type for e in code(sentence)} == {"THREATEN"}


def test_a_pledge_of_a_cooperative_act_stays_an_agreement():
    assert {(e.event_type, e.status) for e in code("Chile vowed to sign a trade deal with Peru.")} == {("AGREE", "pending")}


@pytest.mark.parametrize("sentence,expected", [
    ("Chilean and Peruvian diplomats will resume negotiations on the border next month.", ("CONSULT", "pending")),
    ("Kenya and Uganda will start joint patrols along their border in May.", ("COOPERATE", "pending")),
    ("Norway will host a meeting between Chile and Peru next week.", ("CONSULT", "pending")),
    ("Bolivia said it would meet the Chilean envoy if he dropped the demand for compensation.", ("AGREE", "pending")),
    ("Kenya will provide food aid to Uganda.", ("AGREE", "pending")),
])
def test_will_with_talks_or_joint_work_forecasts_the_act_and_a_promise_stays_a_promise(sentence, expected):
    assert expected in {(e.event_type, e.status) for e in code(sentence)}


@pytest.mark.parametrize("sentence", [
    "Ghana beat Togo 2-1 in Accra on Sunday to qualify for the cup finals.",
    "Chile's under-23 side clashed with Peru in a bad-tempered semi-final.",
    "The typhoon killed at least 60 people in Chile and Peru.",
])
def test_matches_and_storms_are_no_assault(sentence):
    assert not [e for e in code(sentence) if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("sentence", ["Ghana warned that any incursion by Togolese troops would be met with force.",
                                      "Chile's proposal met with criticism from Peru."])
def test_being_met_with_force_or_criticism_is_no_meeting(sentence):
    assert not [e for e in code(sentence) if e.event_type == "CONSULT"]
