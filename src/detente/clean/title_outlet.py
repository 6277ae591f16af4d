"""The outlet's name at the end of a page's <title>, when the page's head names no site.

Most saved news pages give their outlet as og:site_name, which the extractor returns as the site name. Many
others give it only as the <title>'s last part ("Djibouti takes coast guard seizure to the Security Council |
The Djibouti Observer"): of the 147 HTML pages of the development page sets (of 172) with no site name, 109
end their <title> that way. Without it the page had no outlet, so actors.home_voice.masthead_state could not give a
national outlet's unnamed organs their state (session 25, w31_01: "The army chief of staff, General X, said
reinforcements had been sent" on a Djibouti paper's page was coded as Eritrea's, the state the page names most).
An outlet named only by a capital gives no home state (home_voice._names_more_than_a_city).
"""
from __future__ import annotations

import re
from html import unescape as html_unescape

_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.I | re.S)
# words: an outlet's name is short ("Hokkaido Shimbun Review (English archive)" is six); a longer last part is
# a headline after a section label ("Opinion | Oslo blinked first — and was right to").
MAX_OUTLET_WORDS = 7
# words the part before the last bar must have: a lone section label ("Analysis | After the swap") leaves the
# headline as the last part, not an outlet.
MIN_HEADLINE_WORDS = 3


def title_outlet(content: str) -> str | None:
    """What follows the last "|" of the page's <title>, when it is short and a headline of at least three words
    comes before it; else None."""
    end = content.lower().find("</head>", 0, 200_000)
    found = _TITLE.search(content[:end if end >= 0 else 50_000])
    if found is None:
        return None
    title = re.sub(r"\s+", " ", html_unescape(found[1])).strip()
    head, bar, tail = title.rpartition("|")
    tail = tail.strip()
    if not bar or not tail or len(tail.split()) > MAX_OUTLET_WORDS:
        return None
    return tail if len(re.findall(r"\w+", head)) >= MIN_HEADLINE_WORDS else None
