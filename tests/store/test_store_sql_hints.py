"""The table `detente sql` names in a hint is the one the query read (newcomer review, session 20)."""
from __future__ import annotations

import pytest

from detente.store.sql import queried_table


@pytest.mark.parametrize("sql, table", [
    ("SELECT content FROM documents", "documents"),
    ("select e.x from incidents i join events e using (incident_id)", "incidents"),
    ("SELECT * FROM range(3) r JOIN stories s ON true", "stories"),  # a table function is not a table
    ("SELECT 1", "events"),
])
def test_the_hint_names_the_first_table_the_query_reads(sql, table):
    assert queried_table(sql) == table
