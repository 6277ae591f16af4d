"""detente: news articles in, evidence-linked PLOVER event data out."""

__version__ = "0.1.0"
