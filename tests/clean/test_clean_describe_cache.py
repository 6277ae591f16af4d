"""clean.text_segmenter.describe is cached by text (a page's units are described more than once): a cached
answer must be the one the function computes, and the cache stays bounded. Lines written for this test."""
from __future__ import annotations

from detente.clean import clean_document
from detente.clean.text_segmenter import DESCRIBE_CACHE, describe
from detente.records import Document

LINES = [
    "Ministers of Chile and Peru met in Lima on 4 March 2031 to discuss the maritime boundary.",
    "Home | World | Business | Sport",
    "Published 12.03.2031 09:14",
    "READER COMMENTS (4)",
    "the talks ended without a",
]
PAGE = ("Chile and Peru agree to reopen talks\n\nHome | World | Business\n\n"
        "LIMA, March 4 (Agency) - Ministers of Chile and Peru agreed on Tuesday to reopen talks on their "
        "maritime boundary, officials said.\n\nThe two governments will meet again in May.\n")


def test_cached_features_are_the_computed_ones():
    for line in LINES:
        first = describe(line)
        assert describe(line) is first  # the second look is the cache's
        assert first == describe.__wrapped__(line)


def test_the_cache_is_bounded():
    assert describe.cache_info().maxsize == DESCRIBE_CACHE
    for n in range(DESCRIBE_CACHE + 10):
        describe(f"Line number {n} of a long page.")
    assert describe.cache_info().currsize <= DESCRIBE_CACHE


def test_a_page_cleans_the_same_with_a_cold_and_a_warm_cache():
    document = Document("d1", "page.txt", None, "text", PAGE)
    describe.cache_clear()
    cold = clean_document(document)
    warm = clean_document(document)
    assert cold == warm and any(s.role == "body" for s in cold.segments)
