"""Newcomer review, session 23: a story's lead does not open with a photo caption."""
from __future__ import annotations

from detente.web.queries import opening_words


def test_a_caption_with_its_credit_above_the_article_is_not_the_lead():
    page = ("Border guards wait beside trucks at a crossing near Kigoma, May 4, 2024 before the talks. -Reuters\n\n\n"
            "Tanzania and Burundi agreed on Saturday to reopen their border crossing, the two governments said.")
    assert opening_words(page).startswith("Tanzania and Burundi agreed on Saturday")


def test_a_bracketed_credit_caption_is_skipped_too():
    page = "Delegates arrive at the venue in Arusha. (AP Photo/Jane Doe)\nKenya recalled its envoy to Uganda."
    assert opening_words(page) == "Kenya recalled its envoy to Uganda."


def test_a_lead_whose_sources_speak_is_kept_with_its_sign_off():
    # a reporting word makes a signed-off line prose, not a caption
    page = "Kenya recalled its envoy, the ministry said. -Reuters\nMore followed."
    assert opening_words(page).startswith("Kenya recalled its envoy, the ministry said.")


def test_a_page_that_is_one_caption_keeps_it():
    assert opening_words("Delegates arrive in Arusha. (AP Photo)") == "Delegates arrive in Arusha. (AP Photo)"
