from detente.records import Fingerprint
from detente.stories import assign_stories, fingerprint
from detente.stories.cluster import STORY_JACCARD
from detente.stories.fingerprint import jaccard

from tests.conftest import make_article

STORY_A = ("Kenya and Tanzania signed a cross-border trade agreement in Arusha on Tuesday, cutting tariffs on maize, "
           "cement and fertiliser and opening a joint customs post at Namanga for lorry traffic.")
STORY_A_OTHER_OUTLET = ("Tanzania and Kenya have agreed to cut tariffs on maize, fertiliser and cement under a trade "
                        "agreement signed in Arusha, with a joint customs post for lorries at Namanga, officials said.")
STORY_B = ("Chile recalled its ambassador from Peru after a fishing dispute off the Pacific coast escalated, the foreign "
           "ministry in Santiago announced, citing seized trawlers and detained crews.")


def _fp(text: str, published: str | None = "2024-03-05") -> Fingerprint:
    return fingerprint(make_article(text, published=published))


def _stories(*fps: Fingerprint) -> list[str]:
    links = {l.doc_id: l.story_id for l in assign_stories(fps)}
    return [links[f.doc_id] for f in fps]


def test_two_outlets_of_one_story_share_a_story_id_and_another_story_does_not():
    a, a2, b = _fp(STORY_A), _fp(STORY_A_OTHER_OUTLET), _fp(STORY_B)
    sa, sa2, sb = _stories(a, a2, b)
    assert sa == sa2 and sb != sa


def test_same_wording_months_apart_is_a_new_story():
    assert len(set(_stories(_fp(STORY_A, "2024-03-05"), _fp(STORY_A_OTHER_OUTLET, "2024-09-01")))) == 2


def test_story_ids_do_not_depend_on_input_order():
    fps = [_fp(STORY_A), _fp(STORY_A_OTHER_OUTLET), _fp(STORY_B)]
    assert sorted(assign_stories(fps), key=str) == sorted(assign_stories(fps[::-1]), key=str)


def test_fingerprint_ignores_furniture_segments():
    from detente.records import Article, Segment

    text = STORY_A + "\nRelated: Chile recalls envoy from Peru over fishing dispute"
    body_only = Article("d1", "a", None, "text", text, (Segment(0, "body", 0, len(STORY_A)),
                                                         Segment(1, "related", len(STORY_A) + 1, len(text))),
                        make_article(STORY_A).published)
    assert jaccard(fingerprint(body_only), _fp(STORY_A)) == 1.0


def test_unrelated_pair_is_below_the_story_threshold():
    assert jaccard(_fp(STORY_A), _fp(STORY_B)) < STORY_JACCARD
