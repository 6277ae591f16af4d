"""Photo captions known by their credit, bars of site links with longer items, and a wire editor's note
are page furniture, not the headline (session 20: on realnews pages a caption ending "(AP Photo)" or
"-Reuters", a "Multimedia · User Galleries · …" bar and a "date … (ATTN: UPDATES …)" line were taken for
the page's title). A story's own sentence that ends in a sign-off or a dash stays prose."""
from __future__ import annotations

import pytest

from clean_helpers import make_document, role_of
from detente.clean import clean_document
from detente.clean.lexicon import load_photo_credits
from detente.clean.roles import intrinsic_role
from detente.clean.text_segmenter import describe

BODY = ("Kenya and Uganda signed a fisheries accord in Kampala on Monday after two years of talks, officials said.\n\n"
        "The accord lets boats from both countries fish the lake's western waters under joint patrols.\n")


def _page(*head: str) -> str:
    return "\n\n".join(head) + "\n\n" + BODY


@pytest.mark.parametrize("caption", [
    "The Kenyan minister, left, greets her Ugandan counterpart at the lakeside hotel in Kampala. (AP Photo)",
    "Fishing boats wait at the pier in Jinja before dawn, July 3, 2021. -Reuters",
    "A patrol boat crosses the lake near the border post. (Photo: Jane Okello / AFP)",
    "Delegates pose for a photograph after the signing. (File)",
])
def test_a_caption_above_the_article_is_no_title(caption):
    headline = "Kenya and Uganda sign fisheries accord after two years of talks"
    article = clean_document(make_document(_page(headline, caption)))
    assert role_of(article, caption[:40]) == "caption"
    assert article.title == headline


@pytest.mark.parametrize("line", [
    # a wire story's last paragraph, signed off: its reporting verb makes it prose
    "The ministry said talks would resume next week in Nairobi. -Reuters",
    # a dash inside a sentence is no credit
    "Kenya and Uganda signed the deal in Kampala on Monday - a first for the two states.",
    # a bracketed aside that names no credit
    "Uganda released the twelve fishermen on Monday (all of them from Kisumu).",
])
def test_a_sentence_with_a_dash_or_brackets_is_no_caption(line):
    assert intrinsic_role(line, describe(line)) != "caption"


def test_a_bar_of_site_links_with_longer_items_is_no_title():
    bar = "Multimedia · Photo Galleries · Videos of the week from our readers · Send us your stories"
    headline = "Kenya and Uganda sign fisheries accord after two years of talks"
    article = clean_document(make_document(_page(headline, bar)))
    assert role_of(article, "Photo Galleries") == "boilerplate"
    assert article.title == headline


def test_a_headline_with_dots_is_no_menu():
    line = "Kenya · Uganda · the lake accord that took two years of talks to sign this week"
    assert intrinsic_role(line, describe(line)) is None


def test_a_wire_editors_note_is_no_title():
    note = "date 2021-07-05 (ATTN: UPDATES with minister's remarks; ADDS background)"
    article = clean_document(make_document(_page(note)))
    assert role_of(article, "ATTN") == "boilerplate"
    assert article.title is None or "ATTN" not in article.title
    assert article.published.value == "2021-07-05"


@pytest.mark.parametrize("credit", sorted(load_photo_credits()))
def test_each_credit_word_ends_a_caption(credit):
    line = f"Fishing boats wait at the pier in Jinja before dawn. ({credit.title()} / Jane Okello)"
    assert intrinsic_role(line, describe(line)) == "caption", credit
