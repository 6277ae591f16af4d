"""Small pages of our own whose event dates a careful reader can tell from the page: a weekday before the page's
day, "last week", "the previous day", "earlier in the month", "late last year", "last summer", "on the eve of",
"over the past few days", an anniversary's year, a quoted background act beside the present charge, a headline
beside its lead, a correction note's date. Each case names a sentence of the page and the date (value) every
event coded from it should carry, or the date one of its events carries (`one`). Pages are published Thursday
2019-03-14 unless the page states another date."""
from __future__ import annotations

import pytest

from detente import pipeline
from detente.records import Document

# (case, page text, metadata date, start of the sentence, date, whether only one event of it need carry the date)
PAGES = [
    ("weekday before the page", "Kenya expelled two Ugandan diplomats on Tuesday, the foreign ministry in Nairobi "
     "said. The ministry accused them of spying on the navy.", "2019-03-14", "Kenya expelled", "2019-03-12", False),
    ("last week", "Kenya expelled two Ugandan diplomats last week over a fishing dispute. Uganda has not "
     "answered.", "2019-03-14", "Kenya expelled", "2019-03", False),
    ("the previous day", "Ugandan police arrested three Kenyan fishermen on Lake Victoria on Monday.\n\nKenya had "
     "summoned Uganda's envoy the previous day over an earlier seizure.", "2019-03-14", "Kenya had", "2019-03-10",
     False),
    ("earlier in the month", "Kenya expelled two Ugandan diplomats earlier in the month, officials said. Uganda has "
     "not answered.", "2019-03-14", "Kenya expelled", "2019-03", False),
    ("later in the month", "Kenya expelled two Ugandan diplomats late in January. Uganda recalled its ambassador "
     "later in the month.", "2019-03-14", "Uganda recalled", "2019-03", False),
    ("beginning of the month", "Kenya expelled two Ugandan diplomats at the beginning of the month. Uganda has not "
     "answered.", "2019-03-14", "Kenya expelled", "2019-03", False),
    ("late last year", "Kenya expelled two Ugandan diplomats late last year. Relations have not recovered.",
     "2019-03-14", "Kenya expelled", "2018", False),
    ("last summer", "Kenya expelled two Ugandan diplomats last summer. Relations have not recovered.",
     "2019-03-14", "Kenya expelled", "2018", False),
    ("last summer, written in autumn", "Kenya expelled two Ugandan diplomats last summer. Relations have not "
     "recovered.", "2019-10-14", "Kenya expelled", "2019", False),
    ("on the eve of", "Uganda's president met Kenya's president in Nairobi on Thursday for talks on the lake.\n\n"
     "On the eve of the meeting, Uganda released three Kenyan fishermen.", "2019-03-15", "On the eve",
     "2019-03-13", False),
    ("an anniversary's year after the act", "Serbia's president met Kosovo's prime minister in Brussels on "
     "Tuesday, 20 years after the 1999 war.", "2019-03-14", "Serbia", "2019-03-12", False),
    ("an anniversary's year before the act", "Twenty years after the 1999 war, Serbia and Kosovo signed a trade "
     "accord on Tuesday.", "2019-03-14", "Twenty", "2019-03-12", False),
    ("an anniversary with no other date", "On the 20th anniversary of the 1999 war, Serbia accused Kosovo of "
     "stoking tension.", "2019-03-14", "On the 20th", "2019-03-14", False),
    ("a quoted background act: the charge is of the day said", "\"Uganda invaded our islands in 2004 and we have "
     "not forgotten,\" the Kenyan foreign minister said on Tuesday.", "2019-03-14", "\"Uganda", "2019-03-12", True),
    ("a quoted background act keeps its own year", "\"Uganda invaded our islands in 2004 and we have not "
     "forgotten,\" the Kenyan foreign minister said on Tuesday.", "2019-03-14", "\"Uganda", "2004", True),
    ("a headline dated by its lead", "Kenya expels Ugandan envoy over lake dispute\n\nNAIROBI, March 14, 2019 -- "
     "Kenya expelled Uganda's ambassador on Tuesday over the seizure of Kenyan boats on Lake Victoria, the foreign "
     "ministry said. The ministry gave the envoy 48 hours to leave the country and said the decision followed "
     "weeks of failed talks.\n\nUganda has denied that its police seized the boats in Kenyan waters.", None,
     "Kenya expels", "2019-03-12", False),
    ("a correction note's date dates nothing", "Kenya expels Ugandan envoy\n\nPublished March 14, 2019\n\nKenya "
     "expelled Uganda's ambassador on Tuesday over the seizure of Kenyan boats on Lake Victoria, the foreign "
     "ministry said. The ministry gave the envoy 48 hours to leave the country and said the decision followed weeks "
     "of failed talks.\n\nCorrection, March 20, 2019: An earlier version of this article misstated the envoy's "
     "name.", None, "Kenya expelled", "2019-03-12", False),
    ("overnight, said on the page's day", "Ugandan troops shelled a Kenyan border post overnight, the Kenyan army "
     "said on Thursday.", "2019-03-14", "Ugandan troops", "2019-03-14", False),
    ("a weekday's night", "Ugandan troops shelled a Kenyan border post on Monday night. Two soldiers were hurt.",
     "2019-03-14", "Ugandan", "2019-03-11", False),
    ("mid-month", "Kenya expelled two Ugandan diplomats in mid-February. Uganda has not answered.", "2019-03-14",
     "Kenya", "2019-02", False),
    ("a day earlier, next paragraph", "Kenya expelled two Ugandan diplomats on Tuesday over a fishing dispute, the "
     "foreign ministry in Nairobi said in a statement read on state radio.\n\nUganda had seized three Kenyan boats "
     "a day earlier.", "2019-03-14", "Uganda had", "2019-03-11", False),
    ("early on a weekday", "Ugandan troops shelled a Kenyan border post early on Wednesday. Two soldiers were hurt.",
     "2019-03-14", "Ugandan", "2019-03-13", False),
    ("the night of a day", "Ugandan troops shelled a Kenyan border post on the night of March 10. Two soldiers "
     "were hurt.", "2019-03-14", "Ugandan", "2019-03-10", False),
    ("a Sunday page's Sunday", "Kenya expelled two Ugandan diplomats on Sunday. Uganda has not answered.",
     "2019-03-17", "Kenya", "2019-03-17", False),
    ("the past few days", "Uganda has detained 40 Kenyan fishermen over the past few days, officials said. Kenya "
     "has protested.", "2019-03-14", "Uganda", "2019-03", False),
    ("the end of last month", "Kenya expelled two Ugandan diplomats at the end of last month. Uganda has not "
     "answered.", "2019-03-14", "Kenya", "2019-02", False),
    ("a day after another act", "Uganda recalled its ambassador from Nairobi on Wednesday, two days after Kenya "
     "seized three Ugandan trawlers.", "2019-03-14", "Uganda recalled", "2019-03-13", True),
    ("the act a day-after clause tells", "Uganda recalled its ambassador from Nairobi on Wednesday, two days after "
     "Kenya seized three Ugandan trawlers.", "2019-03-14", "Uganda recalled", "2019-03-11", True),
    ("a background paragraph, then the present act", "Kenya and Uganda fought a brief war over the islands in "
     "2004.\n\nOn Tuesday Uganda's foreign minister accused Kenya of arming fishermen.", "2019-03-14",
     "On Tuesday", "2019-03-12", False),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list]:
    docs = [Document(f"d{n}", f"t{n}.txt", None, "text", text, date=date)
            for n, (_, text, date, *_rest) in enumerate(PAGES)]
    return {case[0]: list(c.events) for case, c in zip(PAGES, pipeline.code_documents(docs))}


@pytest.mark.parametrize("case, text, date, start, value, one", PAGES, ids=[p[0] for p in PAGES])
def test_a_careful_readers_date(coded, case, text, date, start, value, one):
    dates = [e.date.value for e in coded[case] if e.evidence.sentence.startswith(start)]
    assert dates, "an event is coded from the sentence"
    assert value in dates if one else set(dates) == {value}, dates
