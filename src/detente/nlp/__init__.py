"""NLP stage: split coded segments into sentences and parse them with spaCy.

The only package that imports spaCy. It returns plain `Sentence`/`Token` records, so every
later stage (and Spark) works on small picklable data, never on spaCy objects.
"""
from detente.nlp.model import load_model
from detente.nlp.sentences import parse_article, parse_sentences, split_sentences

__all__ = ["load_model", "parse_article", "parse_sentences", "split_sentences"]
