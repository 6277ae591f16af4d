"""clean.dates with clean.locale_months: a page's own date line printed with a month name of one of the languages
dateparser knows (session 33, helper dates29). Session 32's blind pages (eval/wire52, eval/wire53) were left undated
by date lines in languages our own table (month_names.tsv) did not have yet; the development pages print Romanian,
Serbian, Tetum, Georgian, Hindi, Albanian and Armenian lines too (eval/wire25 w25_01, wire27 w27_09, wire30 w30_09,
wire34 w34_04, wire37 w37_06, wire40 w40_09, wire42 w42_07). Lines and pages written for these tests."""
from __future__ import annotations

import datetime as dt
import importlib.util
import os
from importlib import resources

import pytest

from clean_helpers import published
from detente.clean import dates

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@pytest.mark.parametrize("line, day", [
    ("Constanța, Joi, 7 martie 2019, 10:05", dt.date(2019, 3, 7)),  # Romanian
    ("Zagreb, 7. svibnja 2019.", dt.date(2019, 5, 7)),  # Croatian, the genitive with a dotted day
    ("Oulu 7. toukokuuta 2019", dt.date(2019, 5, 7)),  # Finnish
    ("Tartu, 7. mai 2019", dt.date(2019, 5, 7)),  # Estonian
    ("Գյումրի, 7 մարտի 2019", dt.date(2019, 3, 7)),  # Armenian
    ("ბათუმი, 7 მარტი 2019", dt.date(2019, 3, 7)),  # Georgian
    ("शुक्रवार, 7 जून 2019 | Lucknow", dt.date(2019, 6, 7)),  # Hindi: vowel signs are no \w
    ("চট্টগ্রাম, ৭ মার্চ ২০১৯", dt.date(2019, 3, 7)),  # Bengali, in Bengali figures
    ("Setúbal, 7 de março de 2019", dt.date(2019, 3, 7)),  # Portuguese with its "de"
])
def test_a_date_line_in_another_language_is_read(line, day):
    assert [f.value for f in dates.find_dates(line, own=True)] == [day]


def test_the_names_are_read_only_where_a_page_states_its_own_date():
    assert dates.find_dates("Constanța, 7 martie 2019", own=False) == []


@pytest.mark.parametrize("line", ["a row of 3 here 2021 was", "In 3 gush 2021", "pages 7 mata 2019"])
def test_an_english_word_that_names_a_month_abroad_is_no_month(line):
    assert dates.find_dates(line, own=True) == []


def test_a_page_is_dated_by_such_a_line():
    page = ("HARBOUR POST - English Edition\nCluj-Napoca, Marți, 12 noiembrie 2019, 08:40\n\n"
            "Ministers agree to reopen the river crossing\n\nThe two governments agreed on Monday to reopen the river "
            "crossing closed since the floods, their transport ministries said in a joint note.\n\nLorry drivers had "
            "waited at the crossing for weeks, according to the hauliers' association of the northern province.\n")
    assert published(page) == ("2019-11-12", "day", "dateline")


def _script():
    spec = importlib.util.spec_from_file_location("locale_months", os.path.join(ROOT, "scripts", "locale_months.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_table_is_what_dateparser_gives():
    script = _script()
    data = resources.files("detente.clean").joinpath("data")
    rows = lambda name: [line.split("\t") for line in data.joinpath(name).read_text(encoding="utf-8").splitlines()
                         if line.strip() and not line.startswith("#")]
    known = {r[0].strip().lower() for r in rows("month_names.tsv")}
    not_months = {r[0].strip().lower() for r in rows("locale_months_not.tsv")}
    expected = script.kept(script.dateparser_names(), known, not_months)
    assert {n: int(m) for n, m in rows("locale_months.tsv")} == expected


def test_each_name_reads_a_full_date():
    text = resources.files("detente.clean").joinpath("data", "locale_months.tsv").read_text(encoding="utf-8")
    for name, month in (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")):
        found = dates.find_dates(f"Luni 3 {name} 2021, 08:15", own=True)
        assert [f.value for f in found] == [dt.date(2021, int(month), 3)], name
