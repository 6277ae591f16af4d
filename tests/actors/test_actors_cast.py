"""read_actors (the stage as the pipeline calls it) agrees with its two single-purpose views."""
from detente.actors import document_states, find_mentions, read_actors
from detente.nlp import parse_article

from tests.conftest import make_article


def test_read_actors_gives_the_mentions_and_state_counts_of_one_context():
    article = make_article("Ghana and Togo. Ghanaian and Togolese ministers met in Accra on Monday. "
                           "Togo's president thanked Ghana for its help.")
    sentences = parse_article(article)
    cast = read_actors(article, sentences)
    assert cast.mentions == find_mentions(article, sentences) and cast.mentions
    assert cast.named_states == dict(document_states(article, sentences))
    assert cast.named_states["GHA"] >= 3 and cast.named_states["TGO"] >= 3
