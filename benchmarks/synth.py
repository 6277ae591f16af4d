"""Deterministic synthetic news corpus for throughput benchmarks.

    python benchmarks/synth.py --docs 10000 --out /tmp/synth [--seed 0] [--format txt|jsonl]

Every article is built from this module's own template sentences and word lists. Each one has a
headline, a byline/date line, 6–20 paragraphs of 400–1,200 words in total (mean about 700), and the
page clutter that scraped news has: navigation lines, adverts, a caption, a "Related"/"Latest news"
block of teaser headlines, a footer, and reader comments on about a third of the articles. Roughly
15–30 % of body sentences report an event between two countries (all 16 PLOVER types, asserted,
pending or negated, with relative or absolute dates). The other sentences give background, quotes,
economic figures, weather, sport and descriptions, and some of them name two countries without
any event, which keeps a prefilter honest.

Text quality does not matter here. The corpus exists to time `detente ingest` against plain spaCy
on the same texts, so the sentence mix and lengths should look like real pages. Article i depends
only on (seed, i), and generation streams: nothing holds the whole corpus in memory.
"""
from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

# name | demonym | capital: about 75 real countries from every region.
COUNTRY_TABLE = """\
Kenya|Kenyan|Nairobi;Tanzania|Tanzanian|Dodoma;Uganda|Ugandan|Kampala;Ethiopia|Ethiopian|Addis Ababa
Nigeria|Nigerian|Abuja;Ghana|Ghanaian|Accra;Senegal|Senegalese|Dakar;South Africa|South African|Pretoria
Egypt|Egyptian|Cairo;Morocco|Moroccan|Rabat;Algeria|Algerian|Algiers;Sudan|Sudanese|Khartoum
Mali|Malian|Bamako;Angola|Angolan|Luanda;Zambia|Zambian|Lusaka;Rwanda|Rwandan|Kigali
Brazil|Brazilian|Brasilia;Argentina|Argentine|Buenos Aires;Chile|Chilean|Santiago;Peru|Peruvian|Lima
Colombia|Colombian|Bogota;Venezuela|Venezuelan|Caracas;Mexico|Mexican|Mexico City;Bolivia|Bolivian|La Paz
Ecuador|Ecuadorian|Quito;Cuba|Cuban|Havana;Paraguay|Paraguayan|Asuncion;Uruguay|Uruguayan|Montevideo
France|French|Paris;Germany|German|Berlin;Poland|Polish|Warsaw;Italy|Italian|Rome;Spain|Spanish|Madrid
the United Kingdom|British|London;Ukraine|Ukrainian|Kyiv;Russia|Russian|Moscow;Greece|Greek|Athens
Serbia|Serbian|Belgrade;Hungary|Hungarian|Budapest;Sweden|Swedish|Stockholm;Norway|Norwegian|Oslo
Lithuania|Lithuanian|Vilnius;Romania|Romanian|Bucharest;Belarus|Belarusian|Minsk;Finland|Finnish|Helsinki
China|Chinese|Beijing;Japan|Japanese|Tokyo;South Korea|South Korean|Seoul;North Korea|North Korean|Pyongyang
India|Indian|New Delhi;Pakistan|Pakistani|Islamabad;Bangladesh|Bangladeshi|Dhaka;Vietnam|Vietnamese|Hanoi
Thailand|Thai|Bangkok;Indonesia|Indonesian|Jakarta;the Philippines|Philippine|Manila
Malaysia|Malaysian|Kuala Lumpur;Afghanistan|Afghan|Kabul;Kazakhstan|Kazakh|Astana
Australia|Australian|Canberra;Turkey|Turkish|Ankara;Iran|Iranian|Tehran;Iraq|Iraqi|Baghdad
Saudi Arabia|Saudi|Riyadh;Jordan|Jordanian|Amman;Qatar|Qatari|Doha;Syria|Syrian|Damascus
the United Arab Emirates|Emirati|Abu Dhabi;Lebanon|Lebanese|Beirut;Yemen|Yemeni|Sanaa;Oman|Omani|Muscat
the United States|American|Washington;Canada|Canadian|Ottawa;Cambodia|Cambodian|Phnom Penh"""


class Country(NamedTuple):
    name: str
    demonym: str
    capital: str


COUNTRIES: tuple[Country, ...] = tuple(
    Country(*entry.split("|")) for line in COUNTRY_TABLE.splitlines() for entry in line.split(";")
)

# Invented name parts; combinations are random, so no real person is meant.
FIRST_NAMES = (
    "Amos Halima Tomas Marcela Lucia Jan Egle Rafael Selim Claire Daniel Chea Pichai Sokha Niran Farid "
    "Ingrid Mateo Aiko Kwame Leila Oleksandr Priya Yusuf Elena Bruno Noura Hiroshi Ama Diego Sanjay Mei "
    "Katarzyna Omar Beatriz Tariq Anika Viktor Zanele Paolo Hana Rashid Sofia Kofi Irina Javier Nadia"
).split()
LAST_NAMES = (
    "Kilonzo Mrisho Arandia Quispe Ferreyra Wierzbicki Vaitkute Ilagan Aydemir Beaumont Okafor Vannak "
    "Rattanakul Lim Haddad Hamdan Lindqvist Moreno Tanaka Mensah Rahimi Kovalenko Sharma Demir Petrova "
    "Rossi Al-Sabah Nakamura Owusu Castillo Mehta Chen Nowak Farouk Almeida Qureshi Sorensen Volkov "
    "Dlamini Bianchi Novak Mansour Ortega Asante Ivanova Herrera Karimi Santos Balogun Eriksen"
).split()
OUTLETS = (
    "The Meridian Herald|Coastline Post|Global Ledger|Harbour Times|The Daily Compass|Continental Wire|"
    "Evening Courier|Atlas News Service|The Frontier Review|Capital Observer|Equator Weekly|Northern Star "
    "Bulletin|Riverside Gazette|World Affairs Digest"
).split("|")
MONTHS = ("January February March April May June July August September October November "
          "December").split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

# Slot word lists, filled lazily by _Slots (a slot is drawn once per sentence).
WORDS: dict[str, tuple[str, ...]] = {k: tuple(v.split("|")) for k, v in {
    "deal": "trade agreement|defence cooperation pact|memorandum of understanding on energy|"
            "border-security accord|fisheries agreement|visa-waiver deal|customs agreement",
    "joint": "build a cross-border railway|share data on migration|open new border crossings|"
             "cut tariffs on farm goods|fight drug trafficking|jointly manage a shared river",
    "topic": "border security|trade|energy supplies|migration|water sharing|fishing rights|"
             "the disputed frontier|regional security|grain exports|a planned pipeline",
    "bid": "join the regional trade bloc|host the next summit|win a seat on the Security Council|"
           "join the development bank",
    "merit": "its handling of the refugee crisis|its role in the ceasefire talks|its recent reforms",
    "issue": "the disputed border|the detention of two journalists|cross-border shelling|"
             "the treatment of migrants|a stalled pipeline project|illegal fishing|election interference|"
             "the seizure of a cargo ship|human rights abuses",
    "post": "the top job at the regional bank|secretary general of the regional bloc",
    "threat_topic": "smuggling networks|armed groups along the border|cyber attacks|piracy",
    "project": "port development project|power plant|naval patrol|vaccine programme|satellite project",
    "aid": "tonnes of food and medicine|emergency relief supplies|two field hospitals|"
           "a team of rescue workers|winter tents and blankets|water purification equipment",
    "money": "$200 million|$1.5 billion|$45 million|$600 million|$80 million",
    "demand": "release detained fishermen|withdraw its troops|reopen the border|hand over the suspects|"
              "halt military exercises|extradite a former minister|stop arming rebels",
    "detainees": "fishermen|soldiers|prisoners|sailors|aid workers",
    "goods": "farm imports|lorries|workers|airlines",
    "bid_noun": "membership bid|candidacy|request for observer status",
    "wrong": "violating its airspace|sheltering rebels|meddling in its elections|spying|"
             "breaking the ceasefire|smuggling weapons across the border",
    "wrong_noun": "the attack on a border post|the collapse of the talks|the deadly explosion|"
                  "the rise in smuggling",
    "threat": "sanctions|military action|higher tariffs|a complete border closure|retaliation",
    "condition": "does not withdraw its troops|keeps building on the disputed island|refuses to pay",
    "threat_act": "cut off gas supplies to|close its airspace to|expel the ambassador of",
    "vessel": "fishing boat|cargo ship|oil tanker|research vessel",
    "n_small": "two|three|five|seven|12|dozens of",
    "n_troops": "1,000|3,000|5,000|several thousand|two brigades of",
}.items()}

# Event triggers per PLOVER type: "base|past|past participle|rest of the predicate".
TRIGGERS: dict[str, tuple[str, ...]] = {
    "AGREE": ("sign|signed|signed| a {deal} with {T}", "agree|agreed|agreed| with {T} to {joint}",
              "reach|reached|reached| an agreement with {T} on {topic}"),
    "CONSULT": ("hold|held|held| talks with {T} on {topic}", "visit|visited|visited| {T} for talks on {topic}",
                "meet|met|met| {Tdem} officials in {Tcap} to discuss {topic}"),
    "SUPPORT": ("back|backed|backed| {Tposs} bid to {bid}", "praise|praised|praised| {T} for {merit}",
                "express|expressed|expressed| support for {T} over {issue}"),
    "COOPERATE": ("hold|held|held| joint military exercises with {T}",
                  "share|shared|shared| intelligence with {T} on {threat_topic}",
                  "launch|launched|launched| a joint {project} with {T}"),
    "AID": ("send|sent|sent| {aid} to {T}", "provide|provided|provided| {T} with {aid}",
            "grant|granted|granted| {T} a loan of {money}"),
    "REQUEST": ("ask|asked|asked| {T} to {demand}", "urge|urged|urged| {T} to {demand}",
                "call|called|called| on {T} to {demand}"),
    "CONCEDE": ("release|released|released| {n_small} {Tdem} {detainees}",
                "lift|lifted|lifted| a ban on imports from {T}",
                "drop|dropped|dropped| {its} objection to {Tposs} {bid_noun}"),
    "RETREAT": ("withdraw|withdrew|withdrawn| {its} troops from the border with {T}",
                "pull|pulled|pulled| back forces from a disputed area claimed by {T}",
                "remove|removed|removed| checkpoints along the frontier with {T}"),
    "REJECT": ("reject|rejected|rejected| {Tposs} proposal on {topic}",
               "turn|turned|turned| down a request from {T} to {demand}",
               "dismiss|dismissed|dismissed| {Tposs} offer of talks on {topic}"),
    "ACCUSE": ("accuse|accused|accused| {T} of {wrong}", "blame|blamed|blamed| {T} for {wrong_noun}",
               "condemn|condemned|condemned| {T} over {issue}"),
    "THREATEN": ("threaten|threatened|threatened| {T} with {threat}",
                 "warn|warned|warned| {T} of {threat} if it {condition}",
                 "threaten|threatened|threatened| to {threat_act} {T}"),
    "PROTEST": ("rally|rallied|rallied| outside the {Tdem} embassy in {Scap} to protest {issue}",
                "march|marched|marched| on the {Tdem} embassy over {issue}",
                "demonstrate|demonstrated|demonstrated| against {T} over {issue}"),
    "SANCTION": ("impose|imposed|imposed| sanctions on {T} over {issue}",
                 "expel|expelled|expelled| {n_small} {Tdem} diplomats",
                 "recall|recalled|recalled| {its} ambassador from {T}",
                 "suspend|suspended|suspended| trade with {T}"),
    "MOBILIZE": ("deploy|deployed|deployed| {n_troops} troops to the border with {T}",
                 "move|moved|moved| tanks and artillery toward the frontier with {T}",
                 "put|put|put| {its} forces on high alert along the border with {T}"),
    "COERCE": ("seize|seized|seized| a {Tdem} {vessel}", "detain|detained|detained| {n_small} {Tdem} fishermen",
               "block|blocked|blocked| {Tdem} ships from entering {its} waters"),
    "ASSAULT": ("launch|launched|launched| air strikes on targets in {T}",
                "shell|shelled|shelled| {Tdem} border positions", "fire|fired|fired| missiles at {T}"),
}
PLOVER_TYPES = tuple(TRIGGERS)

HEADLINES: dict[str, tuple[str, ...]] = {
    "AGREE": ("{A} and {B} sign {deal}", "{A}, {B} reach deal on {topic}"),
    "CONSULT": ("{A} and {B} hold talks on {topic}", "{Adem} foreign minister visits {B}"),
    "SUPPORT": ("{A} backs {Bposs} bid to {bid}", "{A} voices support for {B}"),
    "COOPERATE": ("{A} and {B} hold joint military drills", "{A}, {B} to share intelligence on {threat_topic}"),
    "AID": ("{A} sends aid to {B}", "{A} pledges {money} to {B}"),
    "REQUEST": ("{A} urges {B} to {demand}", "{A} asks {B} to {demand}"),
    "CONCEDE": ("{A} frees {Bdem} {detainees}", "{A} lifts ban on {Bdem} imports"),
    "RETREAT": ("{A} pulls troops back from {B} border", "{A} withdraws forces from area claimed by {B}"),
    "REJECT": ("{A} rejects {Bposs} proposal on {topic}", "{A} turns down {Bdem} request"),
    "ACCUSE": ("{A} accuses {B} of {wrong}", "{A} blames {B} for {wrong_noun}"),
    "THREATEN": ("{A} threatens {B} with {threat}", "{A} warns {B} of {threat}"),
    "PROTEST": ("Protesters rally outside {Bdem} embassy in {Acap}",
                "{Adem} demonstrators march on {Bdem} embassy"),
    "SANCTION": ("{A} imposes sanctions on {B}", "{A} expels {Bdem} diplomats"),
    "MOBILIZE": ("{A} sends troops to {B} border", "{A} puts forces on alert near {B}"),
    "COERCE": ("{A} seizes {Bdem} {vessel}", "{A} detains {Bdem} fishermen"),
    "ASSAULT": ("{A} strikes targets in {B}", "{A} shells {Bdem} border posts"),
}

# Sentences that hold no event. {A}/{B} are country names; some name two countries on purpose.
FILLER: tuple[str, ...] = (
    "Trade between {A} and {B} was worth about ${num} billion last year, according to official figures.",
    "{A} and {B} share a border of more than {big} kilometres, much of it mountainous.",
    "The two countries have had uneven relations since {year}, when a dispute over {topic} flared.",
    "{A} has a population of about {num} million people.",
    "Inflation in {A} rose to {pct} percent in {month}, the central bank said.",
    "The {Adem} economy grew by {pct} percent last year, slower than the government had forecast.",
    "Shares on the {Acap} stock exchange closed {pct} percent higher on {weekday}.",
    "The currency has lost about {pct} percent of its value against the dollar since January.",
    "Heavy rain is forecast for {Acap} and the surrounding region for the rest of the week.",
    "Temperatures in {Acap} reached {temp} degrees Celsius on {weekday}, and officials urged people to stay indoors.",
    "Flights in and out of {Acap} were delayed for several hours because of fog.",
    "In football, {A} beat {B} {s1}-{s2} in a friendly match in {Acap} on {weekday}.",
    "The national team of {A} will play its next qualifier in {month}.",
    "The port of {Acap} handles most of the country's container traffic.",
    "The region is known for its coffee farms, copper mines and long, dry summers.",
    "Officials said the project would take several years to complete.",
    "Analysts said the decision was unlikely to change much in the short term.",
    "The ministry did not give further details.",
    "It was not immediately clear how many people were affected.",
    "Diplomats in {Acap} said the mood at the meeting had been businesslike.",
    "Opposition lawmakers in {Acap} criticised the cost of the programme.",
    "The parliament is due to debate the budget next month.",
    "{person}, an economist at a university in {Acap}, said growth would depend on oil prices.",
    "\"{quote},\" {person} said in a statement.",
    "\"{quote},\" said {person}, who heads a research institute in {Acap}.",
    "{person}, a spokesperson for the {Adem} government, said: \"{quote}.\"",
    "Local media reported long queues at petrol stations in {Acap}.",
    "The announcement came a day after elections for regional councils.",
    "About {num},000 people live in the border district, most of them farmers.",
    "The {Adem} health ministry reported {num} new cases of measles this month.",
    "Tourism, which accounts for about {pct} percent of output, has recovered since {year}.",
    "The summit is due to take place in {Acap} in {month}.",
    "The {Adem} central bank left its main interest rate unchanged at {pct} percent.",
    "Exports of coffee, copper and textiles rose by {pct} percent in the first quarter.",
    "Unemployment among young people in {A} stands at about {num} percent.",
    "A new bridge over the river is expected to open in {month}, local officials said.",
    "Several roads near {Acap} remained closed after last week's storms.",
    "Drought has cut this year's wheat harvest by about a {frac}, the farmers' union said.",
    "Forecasters expect the rainy season to start late this year.",
    "Snow closed the main mountain pass for two days in {month}.",
    "{A} will host the regional athletics championships in {month}.",
    "Fans of both teams filled the stadium in {Acap} for the derby on {weekday}.",
    "The cyclist from {A} won the mountain stage by more than a minute.",
    "The old town of {Acap}, with its narrow streets and markets, draws visitors all year round.",
    "Most of the border area is covered by forest and farmland.",
    "The two capitals are about {big} kilometres apart by road.",
    "Negotiators from {A} and {B} have met several times over the past decade.",
    "Newspapers in {A} and {B} gave the news prominent coverage on {weekday}.",
    "Both governments face elections within the next two years.",
    "The foreign ministry's statement was published late on {weekday}.",
    "A spokesperson for the {Adem} embassy in {Bcap} declined to comment.",
    "{person} has served in the post since {year}.",
    "The statement did not say when the measures would take effect.",
)
QUOTES = (
    "We want this relationship to be stable and predictable", "There is still a lot of work to do",
    "Our doors remain open to dialogue", "This is a good day for ordinary people on both sides",
    "We will protect our sovereignty by every legal means", "Nobody benefits from an escalation",
    "The figures speak for themselves", "We expect concrete steps, not statements",
    "Farmers need certainty before the planting season", "We are monitoring the situation closely",
)
CAPTIONS = (
    "{Adem} officials arrive for talks in {Acap}", "soldiers patrol a road near the border",
    "a ship is unloaded at the port of {Acap}", "delegates pose for a photo before the meeting",
    "people walk past a market in central {Acap}", "lorries queue at a border crossing",
)
COMMENTS = (
    "{A} has been doing this to {B} for years, nothing new.", "Good. About time someone said it.",
    "Why does nobody mention what {B} did last year?", "Another agreement that nobody will respect.",
    "My family lives near that border and people are worried.", "The real story is the economy, not this.",
    "Great reporting, thank you.", "{A} should focus on its own problems first.",
)
NAV_LINES = (
    "Skip to content", "Menu", "Home | World | Politics | Business | Sport | Opinion", "Sign in | Subscribe",
    "Subscribe to our newsletter", "Breaking News", "Accessibility links", "Search", "World > Africa",
    "Home | Region | Economy | Environment | Video",
)
RELATED_HEADERS = ("Related stories", "Latest news", "Read more", "More from World", "You may also like",
                   "Previous Story", "Most read")
FOOTERS = ("Share this article: Facebook | X | WhatsApp | Email", "Privacy policy | Terms of use | Contact us",
           "Advertisement", "Sponsored content")

TENSES = ("asserted",) * 13 + ("pending",) * 5 + ("negated",) * 2
OFFICES = ("President", "Foreign Minister", "Defence Minister", "Prime Minister", "Trade Minister")
PENDING_MODALS = (("will", "will"), ("is expected to", "are expected to"), ("plans to", "plan to"),
                  ("is set to", "are set to"), ("has offered to", "have offered to"), ("could", "could"))
ATTRIBUTIONS = ("", "", ", officials said", ", according to the foreign ministry", ", state media reported",
                ", the ministry said in a statement", ", a government spokesperson said", ", diplomats said")
PAST_WHEN = ("on {weekday}", "last week", "earlier this month", "in {month} last year", "on {recent}",
             "this week", "", "")
FUTURE_WHEN = ("next week", "next month", "later this month", "by the end of the year", "in {month}", "")


def _pick(rng: random.Random, items: tuple | list):
    """rng.choice, about twice as fast (the generator's hot path); deterministic for a seed."""
    return items[int(rng.random() * len(items))]


def _between(rng: random.Random, low: int, high: int) -> int:
    """rng.randint(low, high), inclusive, via one rng.random() call."""
    return low + int(rng.random() * (high - low + 1))


class SynthArticle(NamedTuple):
    """One generated article and the metadata a JSONL line carries."""

    name: str
    title: str
    date: str  # publication date, YYYY-MM-DD
    outlet: str
    url: str
    text: str
    paragraphs: int  # body paragraphs (caption and adverts not counted)
    sentences: int  # body sentences (lead included), filler and events
    events: int  # body sentences that report an event between two countries


class _Slots(dict):
    """Template slots drawn on first use, so a sentence only pays for the words it needs."""

    def __init__(self, rng: random.Random, a: Country, b: Country):
        super().__init__(A=a.name, B=b.name, Adem=a.demonym, Bdem=b.demonym, Acap=a.capital, Bcap=b.capital)
        self.rng = rng

    def __missing__(self, key: str) -> str:
        value = _draw(self.rng, key)
        self[key] = value
        return value


# Drawers for the slots that are not plain word lists.
DRAWERS = {
    "num": lambda rng: str(_between(rng, 2, 90)), "big": lambda rng: f"{_between(rng, 2, 40) * 100:,}",
    "pct": lambda rng: f"{_between(rng, 1, 15)}.{_between(rng, 0, 9)}",
    "year": lambda rng: str(_between(rng, 1995, 2019)),
    "temp": lambda rng: str(_between(rng, -15, 46)), "s1": lambda rng: str(_between(rng, 0, 4)),
    "s2": lambda rng: str(_between(rng, 0, 3)), "month": lambda rng: _pick(rng, MONTHS),
    "weekday": lambda rng: _pick(rng, WEEKDAYS), "day": lambda rng: str(_between(rng, 1, 28)),
    "frac": lambda rng: _pick(rng, ("third", "quarter", "fifth")),
    "person": lambda rng: _person(rng), "quote": lambda rng: _pick(rng, QUOTES),
}


def _draw(rng: random.Random, key: str) -> str:
    if key in WORDS:
        return _pick(rng, WORDS[key])
    return DRAWERS[key](rng)


def _person(rng: random.Random) -> str:
    return f"{_pick(rng, FIRST_NAMES)} {_pick(rng, LAST_NAMES)}"


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _possessive(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def _short(country: Country) -> str:
    """Headline form: 'the United States' → 'United States'."""
    return country.name.removeprefix("the ")


def _source_phrase(rng: random.Random, c: Country, kind: str) -> tuple[str, bool, str]:
    """(phrase, plural, possessive pronoun) naming a country's actor; protests need civilians."""
    if kind == "PROTEST":
        return _pick(rng, (f"hundreds of {c.demonym} protesters", f"demonstrators in {c.capital}",
                           f"{c.demonym} students")), True, "their"
    form = _between(rng, 0, 7)
    if form < 5:  # the state itself: name (twice as likely), government, ministry, capital
        return (c.name, c.name, f"the {c.demonym} government", f"the {c.demonym} foreign ministry",
                c.capital)[form], False, "its"
    if form == 5:
        return f"{c.demonym} officials", True, "their"
    person = f"{_pick(rng, OFFICES)} {_person(rng)}"
    return (f"{c.demonym} {person}" if form == 6 else f"{person} of {c.name}"), False, "the country's"


def _target_slots(rng: random.Random, c: Country) -> dict[str, str]:
    name = _pick(rng, (c.name, c.name, c.name, c.capital, f"the {c.demonym} government",
                       f"{c.demonym} authorities"))
    return {"T": name, "Tposs": _possessive(name), "Tdem": c.demonym, "Tcap": c.capital}


def event_sentence(rng: random.Random, kind: str, src: Country, tgt: Country, status: str,
                   published: dt.date = dt.date(2024, 3, 6)) -> str:
    """One sentence reporting `src` doing `kind` to `tgt` with the given status."""
    verb_forms = _pick(rng, TRIGGERS[kind]).split("|")
    subject, plural, pronoun = _source_phrase(rng, src, kind)
    slots = _Slots(rng, src, tgt)
    recent = published - dt.timedelta(days=_between(rng, 1, 20))  # past-tense dates precede publication
    slots.update(_target_slots(rng, tgt), Scap=src.capital, its=pronoun,
                 recent=f"{MONTHS[recent.month - 1]} {recent.day}")
    verb_forms[3] = verb_forms[3].format_map(slots)
    return _capitalise(_clause(rng, status, subject, plural, verb_forms, slots)) + "."


def _clause(rng: random.Random, status: str, subject: str, plural: bool, forms: list[str], slots: _Slots) -> str:
    """Subject + verb in the form the status needs (future/modal, denial, or past) + predicate."""
    base, past, participle, predicate = forms
    attribution = _pick(rng, ATTRIBUTIONS)
    if status == "pending":
        modal = _pick(rng, PENDING_MODALS)[plural]
        when = _pick(rng, FUTURE_WHEN).format_map(slots)
        return f"{subject} {modal} {base}{predicate}{' ' + when if when else ''}{attribution}"
    if status == "negated":
        return _pick(rng, (f"{subject} denied that {'they' if plural else 'it'} had {participle}{predicate}",
                           f"{subject} did not {base}{predicate}{attribution}",
                           f"{subject} {'have' if plural else 'has'} not {participle}{predicate}, officials said"))
    when = _pick(rng, PAST_WHEN).format_map(slots)
    if when and rng.random() < 0.3:
        return f"{_capitalise(when)}, {subject} {past}{predicate}{attribution}"
    return f"{subject} {past}{predicate}{' ' + when if when else ''}{attribution}"


def headline(rng: random.Random, kind: str, a: Country, b: Country) -> str:
    slots = _Slots(rng, a, b)
    slots.update(A=_short(a), B=_short(b), Bposs=_possessive(_short(b)))
    return _capitalise(_pick(rng, HEADLINES[kind]).format_map(slots))


def _long_date(day: dt.date) -> str:
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _byline(rng: random.Random, published: dt.date, outlet: str) -> str:
    author, when, minutes = _person(rng), _long_date(published), _between(rng, 2, 9)
    return _pick(rng, (f"By {author} | {when} | {minutes} min read", f"{when}\n{minutes} mins read",
                       f"Published {when} by {author}", f"by {author} {when}",
                       f"{outlet} staff | Updated {when}"))


def _caption(rng: random.Random, a: Country, b: Country, published: dt.date) -> str:
    desc = _pick(rng, CAPTIONS).format_map(_Slots(rng, a, b))
    shot = published - dt.timedelta(days=_between(rng, 0, 3))
    if rng.random() < 0.6:
        return f"In this photo, {desc}, {_long_date(shot)}."
    return f"{_capitalise(desc)}. Photo: {_person(rng)}/{_pick(rng, OUTLETS)}"


def _related_block(rng: random.Random) -> list[str]:
    """Teaser headlines about other country pairs: furniture that must never be coded."""
    lines = [_pick(rng, RELATED_HEADERS)]
    for _ in range(_between(rng, 3, 5)):
        a, b = rng.sample(COUNTRIES, 2)
        lines.append(headline(rng, _pick(rng, PLOVER_TYPES), a, b))
    return lines


def _comments(rng: random.Random, published: dt.date) -> list[str]:
    count = _between(rng, 2, 4)
    lines = [f"Comments ({count})"]
    for _ in range(count):
        user = f"{_pick(rng, FIRST_NAMES).lower()}{_between(rng, 1, 999)}"
        day = published + dt.timedelta(days=_between(rng, 0, 2))
        clock = f"{_between(rng, 0, 23):02d}:{_between(rng, 0, 59):02d}"
        stamp = f"{MONTHS[day.month - 1]} {_ordinal(day.day)}, {day.year} at {clock} UTC"
        a, b = rng.sample(COUNTRIES, 2)
        lines += [f"{user} on {stamp} »", _pick(rng, COMMENTS).format_map(_Slots(rng, a, b)), ""]
    return lines


def _body(rng: random.Random, words: int, a: Country, b: Country, lead: str,
          published: dt.date) -> tuple[list[str], int, int]:
    """(paragraphs, sentences, events): event and filler sentences until about `words` words, lead first."""
    event_share = rng.uniform(0.15, 0.30)
    fillers = itertools.cycle(rng.sample(FILLER, len(FILLER)))  # no filler repeats until all are used
    paragraphs_left = min(20, max(6, round(words / 65)))
    paragraphs, current, used, count, sentences, events = [], [lead], 0, len(lead.split()), 1, 1
    while paragraphs_left:
        quota = (words - used) / paragraphs_left
        while count < quota:
            is_event = rng.random() < event_share
            if is_event:
                sentence = _body_event(rng, a, b, published)
            else:
                sentence = next(fillers).format_map(_Slots(rng, a, b))
            current.append(sentence)
            count, sentences, events = count + len(sentence.split()), sentences + 1, events + is_event
        paragraphs.append(" ".join(current))
        used, paragraphs_left, current, count = used + count, paragraphs_left - 1, [], 0
    return paragraphs, sentences, events


def _body_event(rng: random.Random, a: Country, b: Country, published: dt.date) -> str:
    """Most events involve the article's main pair; some bring in a third country."""
    if rng.random() < 0.6:
        src, tgt = (a, b) if rng.random() < 0.6 else (b, a)
    else:
        third = _pick(rng, COUNTRIES)
        src, tgt = _pick(rng, ((a, third), (third, b), (third, a)))
        if src == tgt:
            src, tgt = a, b
    return event_sentence(rng, _pick(rng, PLOVER_TYPES), src, tgt, _pick(rng, TENSES), published)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60]


def synth_article(seed: int, index: int) -> SynthArticle:
    """Article `index` of the corpus for `seed`; depends on nothing else."""
    rng = random.Random(f"detente-synth:{seed}:{index}")
    a, b = rng.sample(COUNTRIES, 2)
    kind = _pick(rng, PLOVER_TYPES)
    published = dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(5478))
    outlet = _pick(rng, OUTLETS)
    title = headline(rng, kind, a, b)
    lead = f"{a.capital.upper()} — " + event_sentence(rng, kind, a, b, "asserted", published)
    top = rng.sample(NAV_LINES, _between(rng, 2, 4)) + ["", title, "", _byline(rng, published, outlet), ""]
    tail = ["", _pick(rng, FOOTERS), ""] + _related_block(rng) + [""]
    if rng.random() < 0.33:
        tail += _comments(rng, published)
    tail.append(f"© {published.year} {outlet}. All rights reserved.")
    caption = _caption(rng, a, b, published)
    furniture_words = sum(len(line.split()) for line in top + tail) + len(caption.split())
    target = round(rng.triangular(400, 1150, 550))  # mean (400 + 1150 + 550) / 3 = 700
    paragraphs, sentences, events = _body(rng, max(target - furniture_words, 250), a, b, lead, published)
    body_paragraphs = len(paragraphs)
    paragraphs.insert(_between(rng, 1, 2), caption)
    if rng.random() < 0.5:
        paragraphs.insert(_between(rng, 3, len(paragraphs) - 1), "Advertisement")
    text = "\n".join(top) + "\n" + "\n\n".join(paragraphs) + "\n" + "\n".join(tail) + "\n"
    day = published.isoformat()
    url = f"https://{_slug(outlet)}.example/{day.replace('-', '/')}/{_slug(title)}"
    return SynthArticle(f"synth_{seed}_{index:06d}", title, day, outlet, url, text,
                        body_paragraphs, sentences, events)


def generate_articles(n: int, seed: int = 0) -> Iterator[SynthArticle]:
    for index in range(n):
        yield synth_article(seed, index)


def generate(n: int, seed: int = 0) -> Iterator[tuple[str, str]]:
    """(name, text) for n articles, streamed; the same (n, seed) always gives the same texts."""
    for article in generate_articles(n, seed):
        yield article.name, article.text


def write_corpus(n: int, out: Path, seed: int = 0, fmt: str = "txt") -> tuple[Path, int]:
    """Write n articles under `out` (one .txt each, or one synth.jsonl); returns (path, words)."""
    out.mkdir(parents=True, exist_ok=True)
    words = 0
    if fmt == "jsonl":
        target = out / f"synth_{seed}.jsonl"
        with target.open("w", encoding="utf-8") as fh:
            for art in generate_articles(n, seed):
                record = {"text": art.text, "title": art.title, "date": art.date, "outlet": art.outlet,
                          "url": art.url}
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
                words += len(art.text.split())
        return target, words
    for name, text in generate(n, seed):
        (out / f"{name}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
    return out, words


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, required=True, help="number of articles")
    parser.add_argument("--out", type=Path, required=True, help="output folder")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--format", choices=("txt", "jsonl"), default="txt")
    args = parser.parse_args(argv)
    if args.docs < 0:
        parser.error("--docs must be 0 or more")
    started = time.perf_counter()
    path, words = write_corpus(args.docs, args.out, args.seed, args.format)
    seconds = time.perf_counter() - started
    mean = words / args.docs if args.docs else 0
    print(f"wrote {args.docs} articles ({words:,} words, mean {mean:.0f}) to {path} in {seconds:.1f}s",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
