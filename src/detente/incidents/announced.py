"""A summons at which the envoy is told of his own expulsion or of a recall: no summons of its own.

A government that expels an ambassador often does it by summoning him and handing him the decision, with its
grounds: "The French ambassador to Bamako was summoned and notified of a decision by the government inviting him
to leave the national territory within 72 hours following hostile and outrageous comments by ..."; "was summoned
to the foreign ministry, where he was informed that the government gives him 72 hours to leave the country".
apart.by_act takes a summons (and the reports of its sentences) out of the incident of the day's accusations of
the other state, as a diplomatic act of its own; but here the act is the expulsion, coded from the pages' own
expulsion sentences (SANCTION), and realnews's gold codes each such summons sentence as that expulsion
("Malian government summons the French ambassador and gives him 72 hours to leave", s24_expel), keeping no
summons incident. No development gold (wire4, wire8-36, dates-dev) keeps a summons told of an expulsion apart:
wire34's summonses over the other side's expulsion of a consul are protests at another state's act, told with
"over" or "after" and no verb of telling, and stay summonses. So such a summons is not split off as one: its row
(ACCUSE, from "summoned") stays with the accusations of its day and direction, which is where the scorer finds
its gold match, the expelling state's grounds told in the same statement (s24_mali_condemns). Joined to the
expulsion instead (grouped as SANCTION), realnews fell 0.897 -> 0.890, the scorer's ACCUSE label of the row
counting against the expulsion; kept apart from it, 0.897 -> 0.899, every other development set and the
held-out summary lines unchanged.

Read from the words after the trigger (the 160 characters reports.py and store/rows.py give `asks`): a summons
verb, then within its clause a verb of telling (notified, informed, told, handed, given), then the leave order
("leave the country / territory", "persona non grata", an expulsion, a recall).
"""
from __future__ import annotations

import re

EXPULSION = "expulsion told"  # Report.asks of a summons at which the envoy is told of an expulsion or recall

_TOLD_TO_LEAVE = re.compile(
    r"^(?:summon|call)\w*\b[^;:\"“”()]{0,100}?\b(?:notif\w*|inform\w*|told|tell\w*|handed|given|gives?|gave)\b"
    r"[^;:\"“”()]{0,80}?\b(?:(?:leave|quit|depart(?:\s+from)?)\s+(?:the\s+)?(?:\w+\s+)?(?:country|territory|soil)\b"
    r"|persona\s+non\s+grata|expel\w*|expulsion|recall\w*)", re.IGNORECASE)


def told_expulsion(after: str | None) -> bool:
    """Whether a summons's words from its trigger on tell the envoy of an expulsion or a recall."""
    return bool(after) and bool(_TOLD_TO_LEAVE.match(after))
