"""The formats of the field, each a mapping from detente's event record (contract.event_json) to one row:

    plover  PLOVER JSON (actor / recipient / event_text / text_info / cite_info / quad_code, as the PLOVER
            data specification lays them out) plus detente's own fields
    gdelt   a GDELT 2.0 event table row (the 61 columns of the GDELT 2.0 event codebook, tab-separated)
    icews   an ICEWS event row (the columns of the ICEWS coded event data, tab-separated)

What detente cannot know is left empty, never invented (no tone, no ethnic or religious codes).
docs/codebook.md says, column by column, where each value comes from.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

from detente import datafiles
from detente.export.cameo import icews_sectors
from detente.places.gazetteer import countries

QUAD_CODES = {"verbal_cooperation": 1, "material_cooperation": 2, "verbal_conflict": 3, "material_conflict": 4}

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
GDELT_COLUMNS = (("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
                 + tuple(f"Actor1{c}" for c in _ACTOR) + tuple(f"Actor2{c}" for c in _ACTOR)
                 + ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                    "NumMentions", "NumSources", "NumArticles", "AvgTone")
                 + tuple(f"Actor1Geo_{c}" for c in _GEO) + tuple(f"Actor2Geo_{c}" for c in _GEO)
                 + tuple(f"ActionGeo_{c}" for c in _GEO) + ("DATEADDED", "SOURCEURL"))
ICEWS_COLUMNS = ("Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
                 "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
                 "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude")


def plover_json(rec: dict[str, Any]) -> dict[str, Any]:
    """One event as PLOVER JSON, with detente's own fields after PLOVER's."""
    ev, cite = rec["evidence"], rec["cite"]
    return {
        "id": rec["event_id"], "date": rec["date"], "event": rec["event_type"], "mode": rec["mode"] or "",
        "context": rec["context"] or "", "actor": _plover_actor(rec["source"]), "recipient": _plover_actor(rec["target"]),
        "event_text": ev["trigger"],
        "text_info": {"sentence_number": ev["sentence_number"], "sentence": ev["sentence"],
                      "sentence_start": ev["start"], "sentence_end": ev["end"],
                      "trigger_start": ev["trigger_start"], "trigger_end": ev["trigger_end"]},
        "cite_info": {"url": cite["url"], "title": cite["title"], "outlet": cite["outlet"],
                      "publication_date": cite["published"], "doc_id": rec["doc_id"]},
        "quad_code": QUAD_CODES.get(rec["quad_class"] or ""),
        "location": rec["location"],
        "status": rec["status"], "status_cue": rec["status_cue"], "attribution": rec["attribution"],
        "confidence": rec["confidence"], "story_id": rec["story_id"], "incident_id": rec["incident_id"],
        "date_precision": rec["date_precision"],
    }


def _plover_actor(actor: dict | None) -> dict | None:
    if actor is None:
        return None
    return {"code": actor["country"], "sector": actor["sector"], "entity_text": actor["text"]}


def gdelt_row(rec: dict[str, Any]) -> dict[str, Any]:
    """One event as a GDELT 2.0 event row; NumMentions / NumArticles / NumSources are its incident's
    mentions, documents and outlets (1 each for an event without an incident)."""
    day, cameo, loc, counts = _start(rec), rec["cameo"] or {}, rec["location"] or {}, rec.get("incident") or {}
    code = cameo.get("code") or ""
    row = {"GLOBALEVENTID": rec["event_id"], "SOURCEURL": rec["cite"]["url"] or "",
           "IsRootEvent": int((rec["evidence"]["sentence_number"] or 99) <= 2),
           "EventCode": code, "EventBaseCode": code[:3], "EventRootCode": code[:2],
           "QuadClass": _gdelt_quad(code), "GoldsteinScale": cameo.get("goldstein", ""),
           "NumMentions": counts.get("mentions") or 1, "NumSources": counts.get("outlets") or 1,
           "NumArticles": counts.get("documents") or 1}
    if day:
        row.update(SQLDATE=day.strftime("%Y%m%d"), MonthYear=day.strftime("%Y%m"), Year=day.year,
                   FractionDate=round(day.year + (day.timetuple().tm_yday - 1) / 365.0, 4))
    row.update(_gdelt_actor("Actor1", rec["source"]))
    row.update(_gdelt_actor("Actor2", rec["target"]))
    row.update(_gdelt_geo(loc))
    return {c: row.get(c, "") for c in GDELT_COLUMNS}


def _start(rec: dict[str, Any]) -> dt.date | None:
    return dt.date.fromisoformat(rec["date_start"]) if rec.get("date_start") else None


def _gdelt_quad(code: str) -> int | str:
    if not code:
        return ""
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def _gdelt_actor(prefix: str, actor: dict | None) -> dict[str, Any]:
    if not actor:
        return {}
    country, sector = actor["country"] or "", actor["sector"] or ""
    return {f"{prefix}Code": country + sector, f"{prefix}Name": actor_name(actor).upper(),
            f"{prefix}CountryCode": country, f"{prefix}Type1Code": sector}


def _gdelt_geo(loc: dict) -> dict[str, Any]:
    """ActionGeo: type 1 country, 2 US state, 3 US city, 4 world city, 5 world state (GDELT's codes);
    country and ADM1 codes in FIPS 10-4 as GDELT writes them; FeatureID is the GeoNames id."""
    if not loc or loc.get("latitude") is None:
        return {}
    state = countries().get(loc.get("country") or "")
    fips = state.fips if state else ""
    us = fips == "US"
    kind = {"country": 1, "region": 2 if us else 5, "city": 3 if us else 4}.get(loc.get("geo_precision") or "", "")
    admin1 = (loc.get("admin1") or "").split(".")[-1]
    return {"ActionGeo_Type": kind, "ActionGeo_FullName": loc["text"], "ActionGeo_CountryCode": fips,
            "ActionGeo_ADM1Code": f"{fips}{admin1}" if admin1 else fips, "ActionGeo_Lat": loc["latitude"],
            "ActionGeo_Long": loc["longitude"], "ActionGeo_FeatureID": loc.get("geonameid") or ""}


def icews_row(rec: dict[str, Any]) -> dict[str, Any]:
    """One event as an ICEWS row (names of countries written out, as ICEWS does)."""
    day, cameo, loc = _start(rec), rec["cameo"] or {}, rec["location"] or {}
    src, tgt = rec["source"] or {}, rec["target"] or {}
    precision = loc.get("geo_precision")
    row = {"Event ID": rec["event_id"], "Event Date": day.isoformat() if day else "",
           "Source Name": actor_name(src), "Source Sectors": icews_sectors(src.get("sector")),
           "Source Country": _country_name(src.get("country")), "Event Text": cameo.get("description") or "",
           "CAMEO Code": cameo.get("code") or "", "Intensity": cameo.get("goldstein", ""),
           "Target Name": actor_name(tgt), "Target Sectors": icews_sectors(tgt.get("sector")),
           "Target Country": _country_name(tgt.get("country")), "Story ID": rec["story_id"] or "",
           "Sentence Number": rec["evidence"]["sentence_number"], "Publisher": rec["cite"]["outlet"] or "",
           "City": loc.get("text") if precision == "city" else "", "District": "",
           "Province": _province(loc) if precision in ("city", "region") else "",
           "Country": _country_name(loc.get("country")),
           "Latitude": loc.get("latitude") if loc.get("latitude") is not None else "",
           "Longitude": loc.get("longitude") if loc.get("longitude") is not None else ""}
    return row


def _province(loc: dict) -> str:
    """ICEWS names the province; the GeoNames code stands in where the regions file has no name for it."""
    return loc.get("admin1_name") or loc.get("admin1") or ""


def actor_name(actor: dict | None) -> str:
    """The actor's words in the article; when the coder inferred the actor (the other state a story is about)
    its text is the country code, and a name column gets the country's name instead ("BLR" → "Belarus").
    A capital standing for its state ("Beijing rejected ...", coded CHN GOV) gets the state's name too: a GDELT
    export's Actor2Name read "BEIJING", the host city taken for the other side's name (session 24 newcomer
    lead). detente has no city actors (a city in places.tsv never becomes one), so no city name is kept."""
    text, code = ((actor or {}).get("text") or "").strip(), (actor or {}).get("country") or ""
    if code and (text.upper() == code or _capital_of(text, code)):
        return _country_name(code)
    if _no_name(text):  # realnews' GDELT export: Actor1Name "IT" 18 times, "HE" 12, "UNNAMED" 19 (session 24)
        return _country_name(code) if code else ""
    return text


UNNAMED_TEXT = "unnamed"  # the text of detente.events.coder.UNNAMED (not imported: the coder is heavy to load)


def _no_name(text: str) -> bool:
    """A pronoun the coder resolved ("he" → ISR), or the coder's "unnamed" doer of an agentless passive: words
    that name nobody, so a name column holds the actor's country, or nothing when that is unknown."""
    from detente.actors.items import PRONOUNS

    return text.lower() in PRONOUNS or text == UNNAMED_TEXT or bool(_group_phrase().match(text))


# "the two leaders", "both governments", "the three neighbours", "the leaders of both countries"
_COUNTS = r"(?:two|three|four|five|both|all|several)"


@functools.lru_cache(maxsize=1)
def _group_phrase() -> re.Pattern[str]:
    heads = "|".join(re.escape(row[0]).replace(r"\ ", r"\s+")
                     for _, row in datafiles.numbered_rows("export", "group_phrases.tsv", 1, 1))
    return re.compile(rf"^(?:the\s+{_COUNTS}\s+|both\s+|all\s+{_COUNTS}?\s*|the\s+)(?:{heads})"
                      rf"(?:\s+of\s+(?:the\s+)?{_COUNTS}\s+\w+)?$|^the\s+{_COUNTS}$", re.I)


def _capital_of(text: str, code: str) -> bool:
    """Is `text` one of the capitals (or seats of government) the gazetteer lists for state `code`?"""
    from detente.actors.gazetteer import term_index  # the coder's own list, loaded once

    return any(t.kind == "capital" and t.code == code for t in term_index().get(text.lower(), ()))


def _country_name(code: str | None) -> str:
    state = countries().get(code or "")
    return state.name if state else (code or "")
