"""Quality gate: score the three benchmarks end to end and refuse to drop below the pinned floors."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import BENCH, REPO, SEEDS, need_shared
from tests.quality.scoring import run_bench

FLOORS = json.loads((Path(__file__).with_name("floors.json")).read_text())
BENCHES = {"seeds": SEEDS, "plover_gsr": BENCH / "plover_gsr", "cameo_examples": BENCH / "cameo_examples",
           "demo": REPO / "demo",  # our own invented corpus (rules were tuned on its errors once)
           "eval_newswire": REPO / "eval" / "newswire",  # our own corpus; a development set since session 2
           "eval_wire2": REPO / "eval" / "wire2",  # written blind in session 2; a development set since session 3
           "eval_wire3": REPO / "eval" / "wire3",  # written blind in session 3; held out: no rule is tuned on it
           "eval_wire4": REPO / "eval" / "wire4",  # written blind in session 4; a development set since session 8
           "eval_wire5": REPO / "eval" / "wire5",  # written blind in session 5; held out for rules and for the confidence fit
           "eval_wire6": REPO / "eval" / "wire6",  # written blind in session 6; held out for rules and for the confidence fit
           "eval_wire7": REPO / "eval" / "wire7",  # written blind in session 7; held out for rules and for the confidence fit
           "eval_wire8": REPO / "eval" / "wire8",  # written blind in session 8; a development set since session 9
           "eval_wire9": REPO / "eval" / "wire9",  # written blind in session 9; a development set since session 11
           "eval_wire10": REPO / "eval" / "wire10",  # written blind in session 11; a development set since session 12
           "eval_wire11": REPO / "eval" / "wire11",  # written blind in session 12; held out for rules and for the confidence fit
           "eval_wire12": REPO / "eval" / "wire12",  # written blind in session 15; held out for rules and for the confidence fit
           "eval_wire13": REPO / "eval" / "wire13",  # written blind in session 16; held out for rules and for the confidence fit
           "eval_wire14": REPO / "eval" / "wire14",  # written blind in session 17 (who acts in page context); development set
           "eval_wire15": REPO / "eval" / "wire15",  # written blind in session 17; a development set from its first run
           "eval_dates_dev": REPO / "eval" / "dates-dev",  # written blind in session 18 to stress event dates; development set
           "eval_wire16": REPO / "eval" / "wire16",  # written blind in session 18; a development set from its first run
           "eval_wire17": REPO / "eval" / "wire17",  # written blind in session 18; a development set from its first run
           "eval_wire18": REPO / "eval" / "wire18",  # written blind in session 18; a development set from its first run
           "eval_wire20": REPO / "eval" / "wire20",  # written blind in session 19; a development set from its first run
           "eval_wire22": REPO / "eval" / "wire22",  # written blind in session 20; a development set from its first run
           "eval_wire24": REPO / "eval" / "wire24",  # written blind in session 21 (2011-2017, East Africa, Oceania, Indochina); development set
           "eval_wire19": REPO / "eval" / "wire19",  # written blind in session 19 (archive pages, 1957-1968); development set
           "eval_wire21": REPO / "eval" / "wire21",  # written blind in session 20 (2012-2019, Europe, Americas, Gulf); development set
           "eval_wire23": REPO / "eval" / "wire23",  # written blind in session 21 (2016-2022, Europe, Central America, Levant); development set
           "eval_wire25": REPO / "eval" / "wire25",  # written blind in session 21 (2009-2011, Moldova-Ukraine, Kazakhstan-Mongolia, Namibia-Angola); development set
           "eval_wire26": REPO / "eval" / "wire26",  # written blind in session 22 (2009-2012, Azerbaijan-Iran, Tanzania-Malawi, Peru-Bolivia); development set
           "eval_wire27": REPO / "eval" / "wire27",  # written blind in session 22 (2010-2013, Indonesia-Malaysia, Pakistan-Iran, Bosnia-Montenegro); development set
           "eval_wire28": REPO / "eval" / "wire28",  # written blind in session 22 (2011-2013, Liberia-Cote d'Ivoire, Denmark-Germany, Korea-China); development set
           "eval_wire30": REPO / "eval" / "wire30",  # written blind in session 23 (2021-2023, Senegal-Guinea-Bissau, Iran-Bahrain, Timor-Leste-Australia); development set
           "eval_wire32": REPO / "eval" / "wire32",  # written blind in session 24 (2017-2020, Kyrgyzstan-Tajikistan, Peru-Chile, Vanuatu-Solomon Islands); development set
           "eval_wire33": REPO / "eval" / "wire33",  # written blind in session 24 (2008-2016, Georgia-Turkey, DR Congo-Zambia, Barbados-Trinidad and Tobago); development set
           "eval_wire35": REPO / "eval" / "wire35",  # written blind in session 25 (2019-2023, Ethiopia-Sudan, Kenya-Somalia, Poland-Belarus); development set
           "eval_wire29": REPO / "eval" / "wire29",  # written blind in session 23 (2016-2018, Kyrgyzstan-Uzbekistan, Italy-Croatia, Argentina-Paraguay); development set
           "eval_wire31": REPO / "eval" / "wire31",  # written blind in session 24 (2010-2015, Djibouti-Eritrea, Tajikistan-Uzbekistan, Indonesia-Singapore); development set
           "eval_wire34": REPO / "eval" / "wire34",  # written blind in session 25 (2010-2018, Georgia-Russia, Poland-Belarus, Nigeria-Cameroon); development set
           "eval_wire36": REPO / "eval" / "wire36",  # written blind in session 25 (2013-2019, Armenia-Azerbaijan, South Korea-Japan, Guyana-Venezuela); development set
           "eval_wire38": REPO / "eval" / "wire38",  # written blind in session 26 (2013-2021, Qatar-Saudi Arabia, Sudan-South Sudan, Lithuania-China); development set
           "eval_wire37": REPO / "eval" / "wire37",  # written blind in session 26 (2019-2023, Uganda-Rwanda, Canada-India, Greece-Turkey); development set
           "eval_wire39": REPO / "eval" / "wire39",  # written blind in session 26 (2008-2022, Israel-Lebanon, Algeria-Morocco, Greece-North Macedonia); development set
           "eval_wire40": REPO / "eval" / "wire40",  # written blind in session 27 (2020-2023, Philippines-China, Egypt-Ethiopia, Serbia-Kosovo); development set
           "eval_wire41": REPO / "eval" / "wire41",  # written blind in session 27 (2018-2022, Australia-China, DR Congo-Rwanda, Cyprus-Turkey); development set
           "eval_wire42": REPO / "eval" / "wire42",  # written blind in session 27 (2009-2022, Iraq-Turkey, Mali-France, Armenia-Turkey); development set
           "eval_wire44": REPO / "eval" / "wire44",  # written blind in session 28 (2017-2020, Netherlands-Turkey, India-Nepal, Kuwait-Philippines); development set
           "eval_wire43": REPO / "eval" / "wire43",  # written blind in session 28 (2013-2021, Spain-Morocco, Saudi Arabia-Canada, Mexico-Guatemala); development set
           "eval_wire45": REPO / "eval" / "wire45",  # written blind in session 28 (2017-2019, Kazakhstan-Kyrgyzstan, Jordan-Israel, Hungary-Ukraine); development set
           "eval_wire46": REPO / "eval" / "wire46",  # written blind in session 29 (2012-2018, China-Japan, Ethiopia-Eritrea, North Korea-Malaysia); development set
           "eval_wire47": REPO / "eval" / "wire47",  # written blind in session 29 (2008-2022, Iran-United Kingdom, Peru-Mexico, Sudan-Chad); development set
           "eval_wire48": REPO / "eval" / "wire48",  # written blind in session 30 (2014-2016, Afghanistan-Pakistan, Estonia-Russia, Nepal-China); development set
           "eval_wire49": REPO / "eval" / "wire49",  # written blind in session 30 (2013-2021, Indonesia-Australia, Czech Republic-Poland, Egypt-Turkey); development set
           "eval_wire52": REPO / "eval" / "wire52",  # written blind in session 32 (2006-2012, Colombia-Ecuador, Uzbekistan-Tajikistan, Solomon Islands-Australia); development set
           "eval_wire53": REPO / "eval" / "wire53",  # written blind in session 32 (2008-2020, Botswana-Zimbabwe, Bulgaria-North Macedonia, Oman-UAE); development set
           "eval_wire54": REPO / "eval" / "wire54",  # written blind in session 33 (2009-2018, Sudan-Eritrea, Bangladesh-Pakistan, Moldova-Romania); development set
           "eval_wire55": REPO / "eval" / "wire55",  # written blind in session 33 (2000-2015, Mauritania-Senegal, Malaysia-Philippines, Denmark-Russia); development set
           "eval_wire57": REPO / "eval" / "wire57",  # written blind in session 34 (2012-2019, Argentina-United Kingdom, Kiribati-Taiwan-China, Lesotho-South Africa); development set
           "eval_wire60": REPO / "eval" / "wire60",  # written blind in session 36 (2016-2021, Panama-Venezuela, Jamaica-Trinidad and Tobago, Saudi Arabia-Lebanon); development set
           "eval_wire61": REPO / "eval" / "wire61",  # written blind in session 36 (2014-2020, Montenegro-Serbia, Nauru-China, DR Congo-Republic of Congo); development set
           "eval_wire59": REPO / "eval" / "wire59",  # written blind in session 35 (2008-2022, Iceland-United Kingdom, Morocco-Tunisia, Japan-Taiwan); development set
           "eval_wire58": REPO / "eval" / "wire58",  # written blind in session 35 (2001-2024, Benin-Niger, Maldives-India, Thailand-Myanmar); development set
           "eval_wire56": REPO / "eval" / "wire56",  # written blind in session 34 (1998-2025, Turkmenistan-Uzbekistan, Azerbaijan-Russia, Saudi Arabia-Yemen); development set
           "eval_wire51": REPO / "eval" / "wire51",  # written blind in session 31 (2005-2019, Denmark-Canada, China-Norway, Mauritius-United Kingdom); development set
           "eval_wire50": REPO / "eval" / "wire50",  # written blind in session 31 (1985-2020, Burkina Faso-Mali, Ghana-Nigeria, Thailand-Laos); development set
           "eval_sent_dev": REPO / "eval" / "sent-dev",  # news-style sentences written blind in session 6; development set
           "eval_sent_test": REPO / "eval" / "sent-test",  # its twin, held out for rules and for the confidence fit
           "eval_sent_test2": REPO / "eval" / "sent-test2",  # written blind in session 7; held out like sent-test
           "eval_sent_test3": REPO / "eval" / "sent-test3",  # written blind in session 15 (200 sentences); held out like sent-test
           "eval_sent_dev2": REPO / "eval" / "sent-dev2",  # sentences per PLOVER type written in session 16; development set
           "eval_sent_fp": REPO / "eval" / "sent-fp",  # near misses written in session 16 to find false positives; development set
           "eval_sent_dev3": REPO / "eval" / "sent-dev3",  # sentences aimed at the weakest PLOVER types, written in session 17; development set
           "eval_sent_dev4": REPO / "eval" / "sent-dev4",  # sentences aimed at the held-out sentence misses, written blind in session 18; development set
           "eval_sent_dev5": REPO / "eval" / "sent-dev5",  # sentences of varied wording (idioms, light verbs), written blind in session 19; development set
           "eval_sent_dev6": REPO / "eval" / "sent-dev6",  # jargon, regional English and domestic politics, written blind in session 20; development set
           "eval_sent_dev7": REPO / "eval" / "sent-dev7",  # regional outlets, headlinese, passive and nominal acts, written blind in session 21; development set
           "eval_sent_dev8": REPO / "eval" / "sent-dev8",  # Central Asian, Caucasian, South Asian and Gulf copy, headlinese and jargon, written blind in session 22; development set
           "eval_sent_dev9": REPO / "eval" / "sent-dev9",  # state-agency, Nordic, Pacific, Caribbean, court, NGO, energy, cyber, maritime and border copy, written blind in session 22; development set
           "eval_sent_dev10": REPO / "eval" / "sent-dev10",  # MFA briefings, readouts, military reports, regional bodies, trade, space and cyber copy, written blind in session 23; development set
           "eval_sent_dev11": REPO / "eval" / "sent-dev11",  # African, South Asian and Latin American papers, fisheries, borders, energy cuts, observers, mandates, written blind in session 24; development set
           "eval_sent_dev12": REPO / "eval" / "sent-dev12",  # Central Asian, Gulf, Pacific and Caribbean copy, courts, arms control, cyber, swaps, bans, relief, port calls, written blind in session 25; development set
           "eval_sent_dev13": REPO / "eval" / "sent-dev13",  # West African, Andean, Nordic, Balkan, SE Asian copy, live blogs, Q&A, mandates, extradition, arms sales, embassies, observers, written blind in session 26; development set
           "eval_sent_dev14": REPO / "eval" / "sent-dev14",  # Horn of Africa, Central Asian, Gulf, Caribbean, Pacific copy, readouts, treaty votes, interdictions, brokered releases, quote-first, written blind in session 27; development set
           "eval_sent_dev15": REPO / "eval" / "sent-dev15",  # South Asian, Latin American, Balkan, Nordic, Baltic, Caucasus, Korean, Maghreb copy, Security Council votes, extraditions, conditional threats, written blind in session 28; development set
           "eval_sent_dev16": REPO / "eval" / "sent-dev16",  # Southeast Asian, Central European, Andean, Sahel, Horn, Iberian, Oceanian, Canadian copy, ratifications, boardings, cyber, arms deliveries, swaps, cancelled visits, mediation offers, written blind in session 29; development set
           "eval_sent_dev17": REPO / "eval" / "sent-dev17",  # Gulf of Guinea, SADC, Levant, Gulf, Baltic, Central American, Mongolian, Pacific-island copy, water, gas and power, asylum, embassies, consulates, inspections, UNGA, ICJ, spies, advisories, written blind in session 30; development set
           "eval_sent_dev18": REPO / "eval" / "sent-dev18",  # Indian Ocean, Caucasus, Andean, Caribbean, Balkan, Horn of Africa, Central Asian copy, maritime incidents, visas, observers, peacekeepers, swaps, arms deliveries, cyber, ultimatums, boycotts, written blind in session 31; development set
           "eval_sent_dev19": REPO / "eval" / "sent-dev19",  # Andean, Caucasus, Horn, Indian Ocean, Balkan, Central Asian, Caribbean, West African, Baltic, Maghreb, Pacific copy, passives, nominal acts, refusals, conditional threats, IGO officials, written blind in session 32; development set
           "eval_sent_dev20": REPO / "eval" / "sent-dev20",  # Andean, Caucasus, Horn, Indian Ocean, Balkan, Central Asian, Caribbean, Great Lakes, Sahel, Nordic, South and SE Asian copy, passives, nominal acts, refusals, conditional threats, IGO officials, elided headlines, written blind in session 33; development set
           "eval_sent_dev21": REPO / "eval" / "sent-dev21",  # Andean, Caucasus, Horn, Indian Ocean, Balkan, Central Asian, Caribbean, Sahel, Great Lakes, Gulf, Nordic, Asian copy, passives, nominal acts, refusals, conditional threats, IGO officials, elided headlines, written blind in session 34; development set
           "eval_sent_dev22": REPO / "eval" / "sent-dev22",  # Andean, Caucasus, Horn, Indian Ocean, Balkan, Central Asian, Caribbean, South China Sea, Sahel, Gulf copy, ultimatums, walkouts, passives, nominal acts, refusals, conditional threats, IGO officials, elided headlines, written blind in session 35; development set
           "eval_sent_dev23": REPO / "eval" / "sent-dev23",  # Andean, Caucasus, Horn, Indian Ocean, Balkan, Central Asian, Caribbean, Great Lakes, Baltic, South China Sea copy weighted to threats, protests, sanctions, troop moves, coercion and attacks, passives, nominal acts, IGO officials, elided headlines, written blind in session 36; development set
           "realnews": BENCH / "realnews"}  # real pages of many outlets: the development set for real text


@pytest.fixture(scope="module")
def scores(tmp_path_factory) -> dict[str, dict]:
    need_shared()
    out = tmp_path_factory.mktemp("scores")
    return {name: run_bench(path, out / f"{name}.json") for name, path in BENCHES.items()}


@pytest.mark.slow
@pytest.mark.parametrize("bench,metric", [(b, m) for b, floors in FLOORS.items() if not b.startswith("_")
                                          for m in floors])
def test_benchmark_is_not_below_its_floor(scores, bench, metric):
    got = scores[bench]
    if metric.endswith("_max"):  # a ceiling: leaks_max, incident_ratio_max
        assert got[metric.removesuffix("_max")] <= FLOORS[bench][metric], got
    else:
        assert got[metric] >= FLOORS[bench][metric], f"{bench} {metric} {got[metric]} < floor {FLOORS[bench][metric]}: {got}"


def _repeated_texts(folder: Path) -> int:
    """Texts whose content already appeared under another name: detente stores those once."""
    texts = [p.read_bytes().strip() for p in sorted(folder.glob("*.txt"))]
    return len(texts) - len(set(texts))


# Texts a benchmark holds on purpose that are no article, and so may be set aside: cameo_examples holds a
# placeholder line where an example is missing; sent-fp holds two bare column headlines with no event
# ("ANALYSIS: ...", "Q&A: ..."), written to check that a headline alone codes nothing.
# sent-dev17 holds two short colon headlines ("Ulaanbaatar: Beijing reopens Zamyn-Uud crossing", "Managua: Costa Rica
# sheltering 'coup plotters'") that the reader sets aside as page furniture (a label and a colon): a known miss of
# the reader on bare wire headlines, counted in its README, not a document lost by the gate.
# sent-dev20 holds two short headlines ("<capital> expels <nationality> diplomats", "Fresh <nationality> aid for <state>")
# that the reader sets aside for their length and capitals (clean/__init__.py), the same known miss, counted in its
# README and in docs/quality.md (session 33, sentrecall19).
# sent-dev21 holds two more ("<capital>: <nationality> arms to <state> a threat to peace", "<state>, <state> restore
# ties"), counted in its README (session 34, sentrecall20).
# sent-dev22 held three at its first run (two "<capital>: ..." headlines and a nine-word headline the language check
# read as French for "La Guajira"), counted in its README. Since session 35 (sentrecall21) a title-case capital
# before a colon is read as the headline's speaker, not a kicker, and a foreign article inside a capitalised name
# makes no foreign text: sent-dev17's two, one of sent-dev21's and sent-dev22's three are coded, so those sets
# keep the one-document default.
NOT_ARTICLES = {"eval_sent_fp": 2, "eval_sent_dev20": 2}


def test_every_document_of_every_benchmark_was_seen(scores):
    for name, got in scores.items():
        folder = BENCHES[name] / "texts" if (BENCHES[name] / "texts").is_dir() else BENCHES[name]
        # identical texts are one document; at most one text per benchmark (or its NOT_ARTICLES count)
        # may be set aside as not an article
        allowed = NOT_ARTICLES.get(name, 1)
        assert got["documents_seen"] >= got["documents"] - _repeated_texts(folder) - allowed, (name, got)
