"""Issue #11 (events): senses and rules for what real news pages say, on our own sentences (each case
fails without its lexicon entry or rule)."""
import pytest

from events_kit import code, summary

CASES = [
    # leaving a deal rejects it; its other party is whoever the deal's phrase names
    ("Norway suspended the fishing agreement that allowed Chile to fish in its waters.", ("REJECT", "NOR", "CHL")),
    ("Kenya is ending the transit deal that let Ugandan lorries cross its ports.", ("REJECT", "KEN", "UGA")),
    ("Peru has withdrawn from the border accord it signed with Bolivia.", ("REJECT", "PER", "BOL")),
    ("Togo pulled out of the trade pact with Ghana on Friday.", ("REJECT", "TGO", "GHA")),
    ("Peru announced its suspension of the water treaty with Chile.", ("REJECT", "PER", "CHL")),
    # condemnation in reported speech and in "call X Y"
    ("The Peruvian foreign minister called the Chilean raid a deliberate provocation.", ("ACCUSE", "PER", "CHL")),
    ("Norway's prime minister called the Chilean government illegitimate.", ("ACCUSE", "NOR", "CHL")),
    ("Kenya described the Ugandan remarks as hostile and outrageous.", ("ACCUSE", "KEN", "UGA")),
    ("Ghana branded the Togolese leaders criminals.", ("ACCUSE", "GHA", "TGO")),
    ("The Peruvian president said Chile was to blame for the collapse of the talks.", ("ACCUSE", "PER", "CHL")),
    ("Bolivia said the Chilean decision was unjustified.", ("ACCUSE", "BOL", "CHL")),
    # disapproving of another side's decision, and that decision, each an event
    ("Norway deeply regrets Chile's decision to end the fishing agreement.", ("ACCUSE", "NOR", "CHL")),
    ("Peru is deeply disappointed with Chile's decision to impose duties on Peruvian wine.", ("ACCUSE", "PER", "CHL")),
    ("Peru is deeply disappointed with Chile's decision to impose duties on Peruvian wine.", ("SANCTION", "CHL", "PER")),
    # vowing revenge is a threat, not a pledge to cooperate
    ("The Ugandan president vowed severe revenge on Kenya.", ("THREATEN", "UGA", "KEN")),
    ("Togo's leader vowed to take revenge on Ghana.", ("THREATEN", "TGO", "GHA")),
    # an envoy ordered or given days to leave is expelled
    ("Ghana gave the Togolese ambassador 72 hours to leave the country.", ("SANCTION", "GHA", "TGO")),
    ("Kenya ordered the Ugandan envoy to leave within three days.", ("SANCTION", "KEN", "UGA")),
    # an act a subject draws or faces is made by its 'from' phrase and aimed at that subject
    ("Finland joined the alliance on Tuesday, drawing an angry warning of countermeasures from Norway.",
     ("THREATEN", "NOR", "FIN")),
    ("The Chilean plan drew sharp criticism from Peru.", ("ACCUSE", "PER", "CHL")),
    # two states reopening their shared border open it to each other
    ("Kenya and Uganda reopened their shared border on Monday.", ("CONCEDE", "KEN", "UGA")),
    ("Kenya and Uganda reopened their shared border on Monday.", ("CONCEDE", "UGA", "KEN")),
    # the deal's party sits deep in a participial clause
    ("Peru announced its suspension of the water agreement, signed in 2019 to secure the supply of Chilean towns.",
     ("REJECT", "PER", "CHL")),
    # trade measures strike the state whose goods their 'on' phrase names
    ("Chile announced tariffs of 60 percent on wine imports from Peru.", ("SANCTION", "CHL", "PER")),
    ("Norway announced punitive duties on Chilean salmon.", ("SANCTION", "NOR", "CHL")),
    # a past-tense 'before' clause reports what happened next; a participle's 'by' names the doer
    ("The jet entered Kenyan airspace before Kenya shot down the Ugandan plane.", ("ASSAULT", "KEN", "UGA")),
    ("The Ugandan warplane shot down by Kenya on Tuesday", ("ASSAULT", "KEN", "UGA")),
    # a threat answers whoever did what its 'after' clause or 'over' phrase reports
    ("The Kenyan president vowed severe revenge after Uganda killed the general.", ("THREATEN", "KEN", "UGA")),
    ("Togo threatened retaliation over Ghana's strike.", ("THREATEN", "TGO", "GHA")),
    # requests made in a letter or a call
    ("Chile asked Norway in a letter to approve the transfer of the prisoners.", ("REQUEST", "CHL", "NOR")),
    # "called X a Y" parsed as two objects
    ("Kenya called the raid a deliberate provocation by Uganda.", ("ACCUSE", "KEN", "UGA")),
    # fire in nominal and agentless forms
    ("An artillery barrage from Ugandan positions hit Kenyan border villages.", ("ASSAULT", "UGA", "KEN")),
    ("Ugandan artillery pounded Kenyan positions overnight.", ("ASSAULT", "UGA", "KEN")),
    ("Kenyan positions came under heavy fire from Ugandan troops.", ("ASSAULT", "UGA", "KEN")),
    ("Kenyan troops returned fire after Ugandan soldiers attacked their post.", ("ASSAULT", "KEN", "UGA")),
    # a show of force at another state's border is aimed at it
    ("Uganda launched military exercises near the Kenyan border.", ("MOBILIZE", "UGA", "KEN")),
    # peacekeepers deployed are aid; prisoners swapped are each side's release, wherever the swap took place
    ("Under the agreement, Kenya deployed peacekeepers to Uganda.", ("AID", "KEN", "UGA")),
    ("Kenya and Uganda swapped prisoners in Oslo.", ("RETREAT", "KEN", "UGA")),
    ("Kenya and Uganda swapped prisoners in Oslo.", ("RETREAT", "UGA", "KEN")),
    ("A prisoner exchange between Kenya and Uganda took place on Friday.", ("RETREAT", "UGA", "KEN")),
    # condolences are support; the instruments of accession handed over complete a treaty
    ("Kenya offered condolences to Uganda.", ("SUPPORT", "KEN", "UGA")),
    ("The Finnish foreign minister handed over the instruments of accession to the Norwegian minister.",
     ("AGREE", "FIN", "NOR")),
    # a refusal announced to somebody is aimed at that addressee
    ("Chile told Norway that Chile would not accept the terms.", ("REJECT", "CHL", "NOR")),
]


STATUS_CASES = [
    # a vowed revenge is a threat made now; the killing that provoked it happened
    ("The Kenyan president vowed severe revenge after Uganda killed the general.", "THREATEN", "asserted"),
    ("The Kenyan president vowed severe revenge after Uganda killed the general.", "ASSAULT", "asserted"),
    ("Norway vowed to help Chile rebuild the port.", "AGREE", "pending"),
    ("Kenya offered condolences to Uganda.", "SUPPORT", "asserted"),
    ("Kenya offered to mediate between Uganda and Togo.", "CONSULT", "pending"),  # the offered act (issue #11)
]


@pytest.mark.parametrize("text,event_type,status", STATUS_CASES)
def test_round4_status(text, event_type, status):
    assert {e.status for e in code(text) if e.event_type == event_type} == {status}


@pytest.mark.parametrize("text,expected", CASES)
def test_round4_case(text, expected):
    assert expected in summary(code(text)), (text, summary(code(text)))


NOT_CASES = [
    # a praise is no condemnation; withdrawing troops from a place stays a retreat; regret for a loss
    ("The Peruvian minister called the talks with Chile a big step forward.", ("ACCUSE", "PER", "CHL")),
    ("Kenya withdrew its troops from the Ugandan border under the agreement.", ("REJECT", "KEN", "UGA")),
    ("Norway regrets the loss of life in Chile.", ("ACCUSE", "NOR", "CHL")),
    # a pledge of help stays a pledge
    ("Norway vowed to help Chile rebuild the port.", ("THREATEN", "NOR", "CHL")),
    # ordering one's own troops is no expulsion
    ("Kenya ordered its troops to leave the Ugandan border area.", ("SANCTION", "KEN", "UGA")),
    # whoever reports violations of its airspace did not commit them
    ("Kenya has reported two violations of its airspace by Ugandan jets.", ("MOBILIZE", "KEN", "UGA")),
    # a plan in a present-tense 'before' clause is not a second event
    ("Kenya wants a ceasefire before Uganda withdraws its troops.", ("RETREAT", "UGA", None)),
    ("Kenya and Uganda swapped prisoners in Oslo.", ("RETREAT", "KEN", "NOR")),
    # fighting near a border is not aimed at the border's owner; a market is not a military target
    ("Kenyan forces killed ten militants near the Ugandan border.", ("ASSAULT", "KEN", "UGA")),
    ("The new tariffs hit Chilean exports hard.", ("ASSAULT", None, "CHL")),
    # an agreement cited as the basis of something else is not made in the sentence
    ("Peru holds fishing rights in Chilean waters under a treaty signed in 1952.", ("AGREE", "PER", "CHL")),
    # a complaint whose clause names nobody else gets no document counterpart
]


def test_who_learns_of_an_act_did_not_do_it():
    assert not any(e.event_type == "COERCE" and e.source.country == "NOR"
                   for e in code("Norway says it learned of the detention of its nationals in Chile days later."))


def test_a_complaint_about_ones_own_troubles_is_not_aimed_at_the_story_counterpart():
    from detente.events import code_events
    from events_kit import parsed, mentions_for
    from collections import Counter
    text = "Norway complained that its exports had been held up for weeks."
    art, sentences = parsed(text)
    events = code_events(art, sentences, mentions_for(sentences), Counter({"NOR": 5, "CHL": 4}))
    assert not any(e.event_type == "ACCUSE" and e.target is not None and e.target.country == "CHL" for e in events)
    text = "Norway accused the neighbours of stealing its fish."
    art, sentences = parsed(text)
    events = code_events(art, sentences, mentions_for(sentences), Counter({"NOR": 5, "CHL": 4}))
    assert any(e.event_type == "ACCUSE" and e.target is not None and e.target.country == "CHL" for e in events)


@pytest.mark.parametrize("text,unexpected", NOT_CASES)
def test_round4_not_case(text, unexpected):
    assert unexpected not in summary(code(text)), (text, summary(code(text)))


def test_every_censure_word_reaches_the_entries_that_use_it():
    from detente.events.lexicon import cue_words, load_triggers
    used = {w for e in load_triggers() for r in e.requires if r.kind == "pred" for w in r.words}
    assert set(cue_words("censure")) <= used and len(cue_words("censure")) > 40
