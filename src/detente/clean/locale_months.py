"""Month names of every language dateparser knows (data/locale_months.tsv, written from dateparser's own locale data
by scripts/locale_months.py), for the date line a page of an English service abroad prints in its site's language:
"București, 5 martie 2019", "Zagreb, 5. svibnja 2019.", "Helsinki 5. toukokuuta 2019", "Երևան, 5 մարտի 2019".

Session 32's blind pages (eval/wire52, eval/wire53) printed their date lines in Spanish, Russian, Uzbek, Pijin,
Setswana, Bulgarian, Macedonian and Hijri months; each language was added by hand to month_names.tsv after a page
was left undated (wire52's first run read date agreement 0.625). Romanian, Croatian, Serbian, Finnish, Estonian,
Albanian, Armenian, Georgian, Hebrew, Persian, Kazakh and some 190 more come from dateparser instead. They are read
only where a page states its own date (clean.dates.find_dates with own=True), and in their own pattern, which opens
with the day's figures: 1,269 more names in the month-led patterns of every text line cost 4 s of import time.
"""
from __future__ import annotations

from importlib import resources

from detente.errors import KnowledgeError
from detente.folding import FoldedTable


def locale_months(english: set[str]) -> FoldedTable:
    """name -> month number; a KnowledgeError for a row that is no name and month or an English name."""
    text = resources.files("detente.clean").joinpath("data", "locale_months.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    if any(len(row) != 2 or not row[1].strip().isdigit() for row in rows):
        raise KnowledgeError("clean/data/locale_months.tsv: a row that is not name <TAB> month number")
    names = {name.strip().lower(): int(number) for name, number in rows}
    if any(not 1 <= n <= 12 for n in names.values()) or set(names) & english:
        raise KnowledgeError("clean/data/locale_months.tsv: a month number outside 1-12 or an English name")
    return FoldedTable(names)
