"""Session 28 dates22: a "where" / "at which" clause on a possessed gathering ("Monday's session in Kigali, where
...") tells an act of the gathering's day (eval/wire37 w37_03: a refusal dated by the lead's day). Sentences are
invented; the page is published on Wednesday 2019-09-18."""
from __future__ import annotations

import datetime as dt

from detente.events.dates import Anchor, event_date, find_dates, names_other_act

WEDNESDAY = Anchor(dt.date(2019, 9, 18), "day", "metadata")


def _date(sentence: str, trigger: str) -> str | None:
    return event_date(sentence, sentence.index(trigger), WEDNESDAY, "").value


def test_an_act_in_a_where_clause_on_a_possessed_session_takes_its_day():
    sentence = ("The visit followed Monday's session in Lanvia, where Freedonia refused a Ruritanian request to "
                "reopen the bridge.")
    assert not names_other_act(sentence, find_dates(sentence)[0], sentence.index("refused"))
    assert _date(sentence, "refused") == "2019-09-16"


def test_an_at_which_clause_on_a_possessed_summit_takes_its_day():
    sentence = "Talks stalled at Tuesday's summit in Port Ama, at which Freedonia rejected the Ruritanian plan."
    assert _date(sentence, "rejected") == "2019-09-17"


def test_the_main_clause_before_the_possessive_is_not_dated_by_it():
    sentence = "Freedonia recalled its envoy after Monday's session in Lanvia, where the talks broke down."
    assert names_other_act(sentence, find_dates(sentence)[0], sentence.index("recalled"))
    assert _date(sentence, "recalled") == "2019-09-18"


def test_a_clause_past_the_where_clause_is_not_dated_by_the_possessive():
    sentence = ("Over Monday's session in Lanvia, where the talks broke down, Freedonia said it had recalled its "
                "envoy.")
    assert names_other_act(sentence, find_dates(sentence)[0], sentence.index("recalled"))
