"""The stretch of time a chart's axis spans: where the dated incidents lie, not where one stray one lies.

One historical mention coded as an event (an incident of 2001 on a corpus of 2015-2023 news, a year-only
"1939") stretched the page's timeline to 22 years of empty months with every bar a hairline, and its
heading said "dated 1939 to 2023-07-30" (newcomer review, session 21, on realnews). The axis spans the
months that hold the body of the counts, from the 10th to the 90th percentile, widened on each side by
that span (at least a year); a month farther out is counted apart and said, not drawn. A filter on dates
(Since, Until) is the user's own choice of span and is drawn whole.
"""
from __future__ import annotations

EDGE_SHARE = 0.1  # the share of the counts each end of the body may leave out (1 of 13 reports: 8%)
MIN_SLACK = 12  # months: a body of one month still draws the year around it


def month_number(month: str) -> int:
    """ "2023-07" → months since year 0, so that two months can be subtracted."""
    return int(month[:4]) * 12 + int(month[5:7]) - 1


def _quantile(months: list[str], counts: dict[str, int], share: float) -> str:
    """The first month (in order) by which `share` of the counts have been seen."""
    total, seen = sum(counts.values()), 0
    for month in months:
        seen += counts[month]
        if seen >= share * total:
            return month
    return months[-1]


def core_span(counts: dict[str, int]) -> tuple[str, str] | None:
    """(first, last) month the axis spans for counts per month ("YYYY-MM" → n); None when there are none."""
    months = sorted(m for m, n in counts.items() if n > 0)
    if not months:
        return None
    low, high = _quantile(months, counts, EDGE_SHARE), _quantile(months, counts, 1 - EDGE_SHARE)
    slack = max(MIN_SLACK, month_number(high) - month_number(low))
    kept = [m for m in months if month_number(low) - slack <= month_number(m) <= month_number(high) + slack]
    return kept[0], kept[-1]


def outside(counts: dict[str, int], span: tuple[str, str]) -> int:
    """How many of the counts lie outside `span`."""
    return sum(n for m, n in counts.items() if not span[0] <= m <= span[1])
