"""Role rules on invented pages that carry every kind of page furniture."""
from __future__ import annotations

import pytest

from clean_helpers import fixture_text, make_document, role_of, roles_of
from detente.clean import clean_document
from detente.records import SEGMENT_ROLES


@pytest.fixture(scope="module")
def page():
    return clean_document(make_document(fixture_text("furniture_page.txt")))


@pytest.mark.parametrize("fragment, role", [
    ("Skip to content", "boilerplate"),
    ("Coastal States Sign Fisheries Accord", "title"),
    ("By Marta Quillon", "dateline"),
    ("March 14, 2019\n", "dateline"),
    ("4 min read", "dateline"),
    ("In this photo provided by", "caption"),
    ("Two neighbouring coastal states signed", "body"),
    ("The agreement sets annual catch limits", "body"),
    ("Patrol boats and inspections", "boilerplate"),
    ("Under the deal, each side may board", "body"),
    ("Opposition lawmakers said", "body"),
    ("ALSO READ", "related"),
    ("Related Stories", "related"),
    ("Mountain Republic Hosts", "related"),
    ("Leaders from five upstream countries", "related"),
    ("The foreign ministry summoned the ambassador", "related"),
    ("Subscribe to our newsletter", "boilerplate"),
    ("3 Comments", "comment"),
    ("seabird_77 on", "comment"),
    ("This deal will not survive", "comment"),
    ("Finally some good news", "comment"),
    ("All rights reserved", "boilerplate"),
])
def test_every_role_on_a_furniture_page(page, fragment, role):
    assert role_of(page, fragment) == role


def test_every_role_appears(page):
    assert {s.role for s in page.segments} == set(SEGMENT_ROLES)


def test_repeated_caption_is_caption_twice(page):
    assert roles_of(page, "Fishermen wait for the morning auction") == ["caption", "caption"]


def test_title_and_date_from_the_text(page):
    assert page.title == "Coastal States Sign Fisheries Accord After Long Talks"
    assert (page.published.value, page.published.source) == ("2019-03-14", "dateline")


def test_headerless_teaser_list_after_the_article_is_related():
    article = clean_document(make_document(fixture_text("teaser_tail.txt")))
    assert role_of(article, "Border Crossing Reopens") == "title"
    assert role_of(article, "Customs officers on both sides") == "body"
    for fragment in ("Harbour Strike Enters", "Dock workers in the southern port", "Rail Link Talks",
                     "Negotiators from the two transport"):
        assert role_of(article, fragment) == "related"


def test_related_block_ends_when_article_prose_resumes():
    text = ("Ministers Meet On Grain Exports\n\n"
            "Agriculture ministers from four countries met on Monday to discuss grain export quotas, "
            "the host government said.\n\nRelated\n\nWheat Prices Climb Again\n\n"
            "The talks focused on a proposal to share storage capacity at two river ports, which "
            "farmers' groups have requested for years.\n\n"
            "A final communique is expected on Tuesday after a second session, officials told reporters.\n")
    article = clean_document(make_document(text))
    assert role_of(article, "Wheat Prices Climb Again") == "related"
    assert role_of(article, "The talks focused on a proposal") == "body"
    assert role_of(article, "A final communique") == "body"


def test_single_sentence_wire_brief_is_body_without_title():
    article = clean_document(make_document("The two governments agreed on Monday to reopen their embassies.\n"))
    assert [s.role for s in article.segments] == ["body"]
    assert article.title is None


def test_given_title_wins_and_is_copied():
    text = ("World Affairs Desk\n\nNavy Chiefs Discuss Joint Drills\n\n"
            "The navy chiefs of two allied states discussed plans for joint drills in the northern sea, "
            "a spokesman said on Thursday.\n")
    article = clean_document(make_document(text, title="Navy Chiefs Discuss Joint Drills", url="http://x/1",
                                           outlet="Desk"))
    assert role_of(article, "Navy Chiefs Discuss") == "title"
    assert role_of(article, "World Affairs Desk") == "boilerplate"
    assert (article.title, article.url, article.outlet) == ("Navy Chiefs Discuss Joint Drills", "http://x/1", "Desk")


def test_hard_wrapped_paragraph_is_one_segment():
    text = ("Trade Ministers Extend Tariff Truce\n\n"
            "The trade ministers of the two countries agreed on Friday to extend a truce on\n"
            "steel tariffs for another six months while negotiators work on a permanent\n"
            "settlement of the dispute, according to a statement from both ministries.\n")
    article = clean_document(make_document(text))
    assert [s.role for s in article.segments] == ["title", "body"]


def test_cue_words_inside_long_prose_do_not_make_furniture():
    text = ("Parliament Passes Media Law\n\n"
            "Copyright rules for foreign broadcasters were tightened on Monday when parliament passed a law that "
            "the opposition said would shut out regional news channels from neighbouring states and limit "
            "what viewers can watch.\n\n"
            "Reply to the government's proposal came quickly from the neighbouring states, whose envoys "
            "protested in a joint letter delivered to the foreign ministry on Tuesday evening.\n")
    article = clean_document(make_document(text))
    assert role_of(article, "Copyright rules for foreign") == "body"
    assert role_of(article, "Reply to the government") == "body"
