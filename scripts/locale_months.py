"""Write src/detente/clean/data/locale_months.tsv: the month names of every language dateparser knows, as a page of
an English service abroad may print its own date line ("Bucureşti, 5 martie 2019", "Zagreb, 5. svibnja 2019",
"Helsinki 5. toukokuuta 2019"), for clean.dates to read beside its own table (data/month_names.tsv).

    .venv/bin/python scripts/locale_months.py

Read from dateparser's locale data once and kept as a file: importing all of its 205 locale modules costs about half
a CPU second, too much for every process. Left out: names in Latin letters of fewer than four (others of fewer than two), names with a digit or a space
(abbreviations and "5月"-style forms, which collide with English words and figures), a name two languages give two
different months, English names, the names month_names.tsv already has, and the English words listed in
clean/data/locale_months_not.tsv ("here", "gush": read as a month after a day and before a year they would date a
line that is no date).
"""
from __future__ import annotations

import importlib
import os
import pkgutil
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "src", "detente", "clean", "data")
MONTHS = "january february march april may june july august september october november december".split()
_JOINERS = re.compile(r"['\u2019-](?=\w)")  # "d'abril", "j-guer": a joiner between two letters


def _word(name: str) -> bool:
    """Letters and the marks written on them (Devanagari and Bengali vowel signs are no \\w), nothing else."""
    bare = _JOINERS.sub("", name)
    return bool(bare) and unicodedata.category(bare[0])[0] == "L" and all(
        unicodedata.category(c)[0] in "LM" for c in bare)


def _rows(path: str) -> list[list[str]]:
    with open(path, encoding="utf-8") as handle:
        return [line.rstrip("\n").split("\t") for line in handle if line.strip() and not line.startswith("#")]


def dateparser_names() -> dict[str, set[int]]:
    """Every month name of every dateparser locale, lower case without a closing full stop -> its month numbers."""
    import dateparser.data.date_translation_data as locales

    names: dict[str, set[int]] = {}
    for module in pkgutil.iter_modules(locales.__path__):
        info = importlib.import_module(f"{locales.__name__}.{module.name}").info
        for number, month in enumerate(MONTHS, 1):
            for name in info.get(month, ()):
                names.setdefault(name.lower().rstrip("."), set()).add(number)
    return names


def _latin(name: str) -> bool:
    """Written in Latin letters, where a short name may be an English word ("mar", "gen"); another script's may not."""
    return all(ord(c) < 0x250 or unicodedata.category(c)[0] != "L" for c in name)


def kept(names: dict[str, set[int]], known: set[str], not_months: set[str]) -> dict[str, int]:
    english = set(MONTHS) | {m[:3] for m in MONTHS} | {"sept"}
    return {name: next(iter(numbers)) for name, numbers in sorted(names.items())
            if len(numbers) == 1 and len(name) >= (4 if _latin(name) else 2) and _word(name)
            and name not in english | known | not_months}


def main() -> int:
    known = {row[0].strip().lower() for row in _rows(os.path.join(DATA, "month_names.tsv"))}
    not_months = {row[0].strip().lower() for row in _rows(os.path.join(DATA, "locale_months_not.tsv"))}
    rows = kept(dateparser_names(), known, not_months)
    import dateparser

    with open(os.path.join(DATA, "locale_months.tsv"), "w", encoding="utf-8") as out:
        out.write(f"# Written by scripts/locale_months.py from dateparser {dateparser.__version__}'s locale data; do not edit"
                  " by hand (see its docstring).\n# columns: name <TAB> month number\n")
        out.writelines(f"{name}\t{number}\n" for name, number in rows.items())
    print(f"{len(rows)} month names written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
