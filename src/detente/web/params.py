"""Every problem of one API request's query parameters, found at once before any route runs.

A page opened with several bad values used to say what was wrong with one of them: `min_confidence=abc&type=FOO`
named only the confidence (FastAPI's validation answers before the filter is built), `type=FOO&sort=bogus` only the
type (the filter is a dependency, checked before the route body checks the sort), and `contry=X&tpye=Y` only the
first unknown name (newcomer review, session 18). Here every parameter is read with the rules of the route that
takes it, so one 400 lists them all; the routes keep their own checks, which then pass.
"""
from __future__ import annotations

import difflib
import re
from collections.abc import Mapping

from detente.store.queries import EventFilter
from detente.web import units
from detente.web.queries import SORTS

MAX_PAGE = 1000
MAX_OFFSET = 10**9  # far beyond any store; larger values are mistakes, and DuckDB's OFFSET is an int64
# What a number-valued parameter takes, in the words of the CLI's options: the page showed a journalist who typed
# "abc" as the minimum confidence "Input should be a valid number, unable to parse string as a number"
# (newcomer session 17).
TAKES = {"min_confidence": "give a probability from 0 to 1, e.g. 0.9",
         "limit": f"give a whole number of rows from 1 to {MAX_PAGE}",
         "offset": f"give a whole number from 0 to {MAX_OFFSET}"}
_BOUNDS = {"limit": (1, MAX_PAGE), "offset": (0, MAX_OFFSET)}
# the words FastAPI reads as a boolean
_BOOLEANS = {"true", "false", "1", "0", "yes", "no", "on", "off", "t", "f", "y", "n"}


def request_problems(params: Mapping[str, str], known: list[str]) -> list[str]:
    """One message per unknown name or malformed value (empty: the request may run)."""
    unknown = [name for name in params if name not in known]
    problems = unknown_names(unknown, known) if unknown else []
    confidence = _number_problem(params, "min_confidence", problems)
    for name in _BOUNDS:
        _number_problem(params, name, problems)
    problems += _filter_problems(params, confidence)
    problems += _other_problems(params)
    return problems


def unknown_names(names: list[str], known: list[str]) -> list[str]:
    """One message per name no route takes, with the known name it is nearest to; the last lists the known."""
    said = []
    for name in names:
        near = difflib.get_close_matches(name, known, n=1)
        said.append(f"unknown parameter {name!r} (did you mean {near[0]}?)" if near else
                    f"unknown parameter {name!r}")
    said[-1] += f": the API takes {', '.join(known)} (see /api/openapi.json)"
    return said


def _number_problem(params: Mapping[str, str], name: str, problems: list[str]) -> float | None:
    """The parameter as a number when it reads as one in range, else None with its problem appended."""
    text = params.get(name)
    if text is None:
        return None
    try:
        value = float(text) if name == "min_confidence" else int(text)
    except ValueError:
        value = None
    low, high = _BOUNDS.get(name, (0, 1))
    if value is None or not low <= value <= high:
        problems.append(f"{name} {text!r}: {TAKES[name]}")
        return None
    return value


def _filter_problems(params: Mapping[str, str], confidence: float | None) -> list[str]:
    """The filter bar's values, checked as `detente events` checks its options, in the API's names."""
    filt = EventFilter(country=params.get("country") or None, dyad=params.get("dyad") or None,
                       event_type=(params.get("type") or "").strip() or None, since=params.get("since") or None,
                       until=params.get("until") or None, status=params.get("status") or None,
                       min_confidence=confidence)
    return [api_words(problem) for problem in filt.problems()]


def _other_problems(params: Mapping[str, str]) -> list[str]:
    problems = []
    if "sort" in params and params["sort"] not in SORTS:
        problems.append(f"sort {params['sort']!r}: use one of {', '.join(SORTS)}")
    if "order" in params and params["order"] not in ("asc", "desc"):
        problems.append(f"order {params['order']!r}: use asc or desc")
    if params.get("unit") not in (None, "", *units.UNITS):
        problems.append(f"unit {params['unit']!r}: use {' or '.join(units.UNITS)}")
    for name in ("include_undated", "disputed"):
        if name in params and params[name].lower() not in _BOOLEANS:
            problems.append(f"{name} {params[name]!r}: use true or false")
    return problems


def api_words(message: str) -> str:
    """The store words its messages for the command line ("--since"); the API's names have no dashes."""
    return re.sub(r"(?<![\w-])--([\w-]+)", lambda m: m[1].replace("-", "_"), message)
