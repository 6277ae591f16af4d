"""Pages of our own where the doer is known only from page context (whoacts2, session 17): a person named
with role and state in one paragraph, then by surname, "the minister" or "he"; an organ named with its state,
then bare; a role set off after a name that says whose official it is. Each page lists the event it must
yield as (type, source, target). The pages the coder still misses are marked xfail (strict), with why."""
from __future__ import annotations

import pytest

from helpers import events_of, mentions_of

P = "\n\n"
WEKESA = "Kenyan Foreign Minister Amos Wekesa arrived in Kampala on Monday for two days of talks."
PAGES = {
    "surname two paragraphs on": (WEKESA + P + "The visit follows months of friction over fishing rights." + P +
                                  "Wekesa accused Uganda of harbouring armed poachers.", ("ACCUSE", "KEN", "UGA")),
    "the minister": (WEKESA + P + "The visit follows months of friction over fishing rights." + P +
                     "The minister signed a fisheries agreement with Uganda on Tuesday.", ("AGREE", "KEN", "UGA")),
    "he": (WEKESA + P + "He accused Uganda of harbouring armed poachers on the lake.", ("ACCUSE", "KEN", "UGA")),
    "name, then the state's role": ("Amos Wekesa, Kenya's foreign minister, flew to Kampala on Monday." + P +
                                    "Talks had stalled for a year." + P + "Wekesa accused Uganda of harbouring poachers.",
                                    ("ACCUSE", "KEN", "UGA")),
    "of the state after the name": ("Foreign Minister Amos Wekesa of Kenya flew to Kampala on Monday." + P +
                                    "Talks had stalled for a year." + P + "Wekesa accused Uganda of harbouring poachers.",
                                    ("ACCUSE", "KEN", "UGA")),
    "Mr and surname": ("Ghanaian Defence Minister Kofi Asante toured the northern border on Friday." + P +
                       "Officials said the tour had been planned for weeks." + P +
                       "Mr Asante accused Burkina Faso of letting gunmen cross into Ghana.", ("ACCUSE", "GHA", "BFA")),
    "the ministry two sentences on": ("Peru's foreign ministry issued a statement on Monday." + P +
                                      "It followed a week of talks about the maritime border." + P +
                                      "The ministry accused Chile of violating the agreement.", ("ACCUSE", "PER", "CHL")),
    "the country's minister": ("Chile has long disputed the border with Bolivia." + P + "The country's defence minister "
                               "on Tuesday accused Bolivia of moving troops to the frontier.", ("ACCUSE", "CHL", "BOL")),
    "the premier": ("Thai Prime Minister Somchai Wongsa met business leaders in Bangkok on Monday." + P +
                    "Trade has grown quickly since last year." + P +
                    "The premier later accused Cambodia of shelling a border village.", ("ACCUSE", "THA", "KHM")),
    "the president after other states": ("President Kwame Mensah of Ghana opened a new port on Monday." + P +
                                         "Nigeria and Togo sent delegations to the opening." + P +
                                         "The president signed a trade agreement with Togo.", ("AGREE", "GHA", "TGO")),
    "the army": ("Sudan's army said on Monday it had repelled an attack near the border." + P +
                 "Later the army shelled positions inside South Sudan.", ("ASSAULT", "SDN", "SSD")),
    "the forces": ("Azerbaijani forces were put on alert on Monday." + P +
                   "The forces shelled Armenian positions near the border overnight.", ("ASSAULT", "AZE", "ARM")),
    "surname after the counterpart's": ("Kenyan Foreign Minister Amos Wekesa met his Ugandan counterpart, Grace Okello, "
                                        "in Kampala." + P + "Okello said the talks were useful." + P +
                                        "Wekesa later accused Uganda of harbouring poachers.", ("ACCUSE", "KEN", "UGA")),
    "the envoy": ("China's special envoy, Li Wenbo, arrived in Yangon on Monday." + P +
                  "The envoy urged Myanmar to release detained Chinese workers.", ("REQUEST", "CHN", "MMR")),
    "the spokesman": ("Indian foreign ministry spokesman Ravi Kumar spoke at a briefing on Thursday." + P +
                      "The spokesman accused Pakistan of sheltering militants.", ("ACCUSE", "IND", "PAK")),
    "head of the delegation": ("The head of the Kenyan delegation, Amos Wekesa, arrived in Kampala on Monday." + P +
                               "Talks had stalled for a year." + P + "Wekesa accused Uganda of harbouring poachers.",
                               ("ACCUSE", "KEN", "UGA")),
    "the ministry's spokesman": ("Peru's foreign ministry issued a statement on Monday about the fishing dispute." + P +
                                 "The ministry's spokesman accused Chile of violating the accord.", ("ACCUSE", "PER", "CHL")),
    "commander of the state's navy": ("Rear Admiral Jin Hao, commander of the Chinese navy's southern fleet, spoke on "
                                      "Monday." + P + "Jin accused Vietnam of sending boats into the disputed waters.",
                                      ("ACCUSE", "CHN", "VNM")),
    "spokeswoman for the state's ministry": ("Ana Torres, a spokeswoman for the Peruvian foreign ministry, spoke to "
                                             "reporters on Monday." + P + "Torres accused Chile of violating the accord.",
                                             ("ACCUSE", "PER", "CHL")),
    "ambassador named by surname": ("Peru's ambassador to Chile, Jorge Salas, met officials in Santiago." + P +
                                    "Salas urged Chile to release the fishermen.", ("REQUEST", "PER", "CHL")),
    "agency named first, state in apposition": ("The Coastal Patrol Command, Turkey's maritime police, said on Sunday "
                                                "it had stepped up patrols." + P + "The command seized a Greek fishing "
                                                "boat off the island of Lesbos on Saturday.", ("COERCE", "TUR", "GRC")),
    "the service after its own name": ("The National Intelligence Service, Kenya's spy agency, issued a rare statement "
                                       "on Monday." + P + "The service accused Somalia of sheltering militants.",
                                       ("ACCUSE", "KEN", "SOM")),
    "the office after the state's authority": ("Peru's customs authority, the National Customs Office, said it was "
                                               "reviewing imports." + P + "The office banned imports of Chilean "
                                               "poultry on Monday.", ("SANCTION", "PER", "CHL")),
}
PAGES.update({
    "an acronym set off by its state's agency": ("The NIS, Kenya's spy agency, issued a rare statement on Monday." + P +
                                                 "Somalia denied it." + P + "NIS accused Somalia of sheltering militants.",
                                                 ("ACCUSE", "KEN", "SOM")),
    "a unit, part of the state's command": ("The 5th Armoured Brigade, part of Ethiopia's northern command, moved to the "
                                            "border." + P + "The brigade shelled Eritrean positions.", ("ASSAULT", "ETH", "ERI")),
    "the last word of a seat of power": ("Iran's Revolutionary Guards said they had seized a tanker." + P +
                                         "The Guards accused the British-flagged ship of breaking rules.",
                                         ("ACCUSE", "IRN", "GBR")),
})
LAKE = "The lake has shrunk by a third." + P + "Fish stocks have fallen." + P + "Many boats stay in port."
PAGES["he, three sentences on"] = (WEKESA + P + LAKE + P + "He accused Uganda of harbouring armed poachers.",
                                   ("ACCUSE", "KEN", "UGA"))
MISSED = {  # what the coder does not yet read from page context
    "the agency after its own long name": ("Peru's customs authority, the National Customs Office, said it was "
                                           "reviewing imports." + P + "The agency banned imports of Chilean poultry on "
                                           "Monday.", ("SANCTION", "PER", "CHL")),
    "a deputy who leads the state's delegation": ("Deputy Foreign Minister Elena Vargas, who leads Peru's delegation, "
                                                  "arrived in Santiago." + P + "Vargas urged Chile to release the "
                                                  "fishermen.", ("REQUEST", "PER", "CHL")),
    "an agency part of the state's service": ("The Maritime Border Directorate, which is part of Russia's security "
                                              "service, patrols the sea." + P + "On Monday the directorate detained two "
                                              "Estonian fishing boats.", ("COERCE", "RUS", "EST")),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_context_names_the_doer(name):
    body, expected = PAGES[name]
    assert expected in events_of(body)


@pytest.mark.xfail(strict=True, reason="a bare head noun that neither ends nor introduced the organ's own name; "
                   "a state named only in a relative clause")
@pytest.mark.parametrize("name", sorted(MISSED))
def test_page_context_not_yet_read(name):
    body, expected = MISSED[name]
    assert expected in events_of(body)


def test_a_role_for_a_states_organ_set_off_after_a_name_gives_the_name_its_state():
    body = "Ana Torres, a spokeswoman for the Peruvian foreign ministry, spoke on Monday." + P + "Torres left early."
    torres = [m for m in mentions_of(body) if m.text == "Torres"]
    assert torres and torres[0].country == "PER"


def test_a_role_in_a_host_state_gives_no_state():
    # "the envoy to Chile" names the host, not whose envoy he is
    body = "Jorge Salas, the envoy to Chile, met officials in Lima." + P + "Salas left early."
    assert all(m.country != "CHL" for m in mentions_of(body) if m.text == "Salas")


def test_a_titled_name_with_a_role_of_a_states_navy_is_that_states():
    body = "Rear Admiral Jin Hao, commander of the Chinese navy's southern fleet, spoke." + P + "Jin left early."
    jin = [m for m in mentions_of(body) if m.text == "Jin"]
    assert jin and jin[0].country == "CHN"


def test_a_bare_noun_with_a_modifier_of_its_own_is_another_body():
    # "the customs office" is not "the National Customs Office" named before: only a bare "the office" is
    body = ("Peru's customs authority, the National Customs Office, said it was reviewing imports." + P +
            "Chile's customs office banned imports of Peruvian fish.")
    assert all(m.country != "PER" for m in mentions_of(body) if m.sentence == 1 and "office" in m.text)


def test_a_person_set_off_after_an_agency_is_not_its_own_name():
    body = "The head of Peru's customs authority, Jorge Salas, spoke." + P + "Salas left early."
    from detente.actors import read_actors
    from helpers import make_article
    from detente.nlp import parse_article

    article = make_article(body)
    cast = read_actors(article, parse_article(article))
    assert [m.country for m in cast.mentions if m.text == "Salas"] == ["PER"]


def test_a_bare_noun_with_an_of_phrase_is_another_thing():
    # KRA was introduced by "body": "the body of a fisherman" is no revenue body
    body = "Kenya's revenue body (KRA) opened an inquiry." + P + "The body of a fisherman was found near Uganda."
    assert all(m.country != "KEN" for m in mentions_of(body) if m.sentence == 1)


def test_a_far_he_is_not_the_last_person_when_a_role_was_named_since():
    # the Ugandan minister is named after Wekesa: "he" may be either, so the far reading gives no state
    body = (WEKESA + P + LAKE + P + "Uganda's fisheries minister toured the shore." + P + "Fish prices rose." + P +
            "Boats stayed in port." + P + "He accused Kenya of overfishing.")
    he = [m for m in mentions_of(body) if m.text == "He"]
    assert not he or he[0].country != "KEN"


def test_a_street_that_names_a_seat_of_power_is_no_government_later():
    body = "Downing Street said it was studying the report." + P + "Protesters filled the street outside the Iranian embassy."
    assert all(m.country != "GBR" for m in mentions_of(body) if m.sentence == 1)
