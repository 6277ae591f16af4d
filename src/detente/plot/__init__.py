"""Plot stage: figures for papers (`detente plot`), drawn with matplotlib from the same aggregates
the web page shows (detente.web.series, detente.web.queries)."""
from detente.plot.figures import FIGURES, plot

__all__ = ["FIGURES", "plot"]
