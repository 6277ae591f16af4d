"""A document that is one sentence-case headline and nothing else is a wire headline, coded like a sentence;
a lone menu line, a short label or a title-case line is still no article (sent-dev2, session 16). Five words
are enough since session 22 (sent-dev8: "Minsk frees jailed Lithuanian journalist" was set aside)."""
from __future__ import annotations

import pytest

from clean_helpers import make_document
from detente.clean import clean_document
from detente.errors import InputRejected


@pytest.mark.parametrize("line", [
    "Kenya urges Uganda to reopen the border crossings",
    "Ghanaian president to visit Togo next week for talks on the lagoon",
    # names make half the words after the first: still sentence case (sent-dev3, session 17)
    "Kenya detains Ugandan fishing boat in Lake Victoria",
    # three names of five content words, two of them lower-case (sent-dev4, session 18)
    "Kenya threatens Uganda with closure of Port Bell",
    # five words: a verb and a name or two still make a headline (sent-dev5, sent-dev8, session 22)
    "Nairobi frees jailed Ugandan journalist",
    "Kenya, Uganda seal fisheries accord",
    # a lower-case verb after the subject and a linking word: a long name does not make title case (sent-dev15)
    "Kenya suspends Lake Victoria Fisheries Treaty with Uganda",
    "Ghana quits Economic Community of West African States",
    # a capital or state in title case before a colon says who speaks; the rest is read in sentence case
    # (sent-dev22 0191, 0192; sent-dev17 and sent-dev21 held the same form)
    "Nairobi: Kampala arming Ugandan rebels",
    "Accra: no Togolese soldiers on Ghanaian soil",
])
def test_a_lone_headline_is_body_text(line):
    article = clean_document(make_document(line + "\n"))
    assert [s.role for s in article.segments] == ["body"]


@pytest.mark.parametrize("line", [
    "Home World Africa Business Sport Opinion Culture",
    "Kenya and Uganda",
    "Home World Africa Business Sport",  # five title-case menu words
    "Read more about the talks between Kenya and",
    "Kenya Detains Ugandan Fishing Boat In Lake Victoria",  # title case
    "Kenya Threatens Uganda with Closure of Port Bell",  # title case
    "Home news Sport Business Culture Opinion",  # a lower-case label but no linking word: a menu
    "EXPLAINER: What the Nile water deal means for Ugandan fishermen",  # a kicker opens a feature headline
    "Q&A: Why Kenya recalled its envoy from Uganda",  # a kicker that is no word
    "Home: News Sport World Africa",  # a label before a colon, then a menu
])
def test_a_lone_menu_or_label_is_not_an_article(line):
    with pytest.raises(InputRejected):
        clean_document(make_document(line + "\n"))
