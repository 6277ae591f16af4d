"""Which step of an agreement's life one report is: proposed → negotiating → agreed → signed →
approved → in force → renewed | suspended | exited | expired.

The trigger's own word decides first ("ratified"), then the words of the sentence (data/stages.tsv),
then the event type. A report that the step is only planned, threatened or denied ("will sign",
"failed to agree") says the deal is still being negotiated; a planned exit or suspension says
nothing yet about the deal's state (it is not a step).
"""
from __future__ import annotations

import functools
import re
from importlib import resources

ORDER = ("proposed", "negotiating", "agreed", "signed", "approved", "in_force", "renewed", "suspended",
         "exited", "expired")
ENDINGS = frozenset({"suspended", "exited", "expired"})
_BY_TYPE = {"AGREE": "agreed", "CONSULT": "negotiating", "REQUEST": "proposed", "REJECT": "exited",
            "RETREAT": "exited", "SUPPORT": "approved"}


@functools.lru_cache(maxsize=1)
def stage_words() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    """(pattern, stage, prefix) for each row of data/stages.tsv: a word beginning with the prefix."""
    text = resources.files("detente.agreements").joinpath("data/stages.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return tuple((re.compile(r"\b" + re.escape(row[0]).replace(r"\ ", r"\s+") + _not_before(row), re.I), row[1], row[0])
                 for row in rows)


def _not_before(row: list[str]) -> str:
    """A lookahead refusing the endings that make another word ("agree" in "agreement", "sign" in "signal")."""
    endings = [e for e in (row[2].split(",") if len(row) > 2 else []) if e]
    return f"(?!{'|'.join(map(re.escape, endings))})" if endings else ""


def stage_in(text: str) -> str | None:
    """The stage the first stage word of `text` names (by position), or None."""
    found = [(m.start(), stage) for pattern, stage, _prefix in stage_words() if (m := pattern.search(text))]
    return min(found)[1] if found else None


def report_stage(event_type: str, status: str, trigger: str, sentence: str) -> str | None:
    """The step of an agreement's life that this report tells, or None when it tells none."""
    stage = stage_in(trigger or "") or stage_in(sentence or "") or _BY_TYPE.get(event_type)
    if stage is None or status == "asserted":
        return stage
    if stage in ENDINGS or stage == "renewed":
        return None  # "threatened to quit the deal": the deal still stands
    return "proposed" if stage == "proposed" else "negotiating"
