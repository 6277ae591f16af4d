"""Is the article text English? An offline function-word test (no model, no download).

Running text in any language is about a third to a half function words, and each language has
its own. English body text is accepted when English function words are frequent enough and more
frequent than those of any contrast language (data/function_words.tsv); text mostly written in a
non-Latin script is not English whatever its words.
"""
from __future__ import annotations

import re
import unicodedata

from detente.clean.lexicon import load_function_words

# English news prose runs at 0.3–0.5 with our list; a paragraph or more below 0.15 is not English.
MIN_ENGLISH_RATIO = 0.15
SHORT_TEXT_WORDS = 40  # one or two sentences (wire briefs) may hold only a few function words
MIN_LATIN_SHARE = 0.6
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
# A capitalised name joined by hyphens ("Port-au-Prince", "Aix-en-Provence") holds another language's articles
# and prepositions; counted as words, they made "Bahamas deports 140 Haitians; Port-au-Prince cries foul" French
# (sent-dev14: "au" was the headline's only function word of any language). The name is one word of no language.
_HYPHENATED_NAME = re.compile(r"\b[A-Z][^\W\d_]*(?:-[^\W\d_]+)+")


_ASCII_LETTERS = re.compile(r"[A-Za-z]+")  # runs of what str.isalpha accepts among ASCII characters
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def latin_share(text: str) -> float:
    """The share of the text's letters that are Latin script. The ASCII letters are counted in runs by a regex and
    only the other characters looked at one by one: a loop over every character was most of the article check's
    cost on English pages (docs/scaling.md, session 23)."""
    ascii_letters = sum(map(len, _ASCII_LETTERS.findall(text)))
    others = [ch for run in _NON_ASCII.findall(text) for ch in run if ch.isalpha()]
    if not ascii_letters and not others:
        return 0.0
    latin = ascii_letters + sum(1 for ch in others if "LATIN" in unicodedata.name(ch, ""))
    return latin / (ascii_letters + len(others))


def _latin_letters(text: str) -> bool:
    return all(ch.isascii() for ch in text if ch.isalpha())


def function_word_ratios(text: str) -> dict[str, float]:
    """Share of the words of text that are function words of each language."""
    words = [w.lower() for w in _WORD.findall(_HYPHENATED_NAME.sub("Name", text))]
    if not words:
        return {}
    lists = load_function_words()
    return {lang: sum(1 for w in words if w in vocab) / len(words) for lang, vocab in lists.items()}


def english_verdict(text: str) -> tuple[bool, str]:
    """(is English, why) for the body text of an article."""
    share = latin_share(text)
    if share < MIN_LATIN_SHARE:
        return False, f"only {share:.0%} of letters are Latin script"
    ratios = function_word_ratios(text)
    if not ratios:
        return False, "no words"
    english = ratios.pop("en")
    rival, rival_ratio = max(ratios.items(), key=lambda kv: kv[1], default=("none", 0.0))
    n_words = len(_WORD.findall(text))
    if n_words < SHORT_TEXT_WORDS and (english == rival_ratio or _no_lower_function_word(text)) \
            and _latin_letters(text):
        # "Lithuania expelled four Russian diplomats." holds no function word of any language, "India moved
        # troops to the border region" as many English as Portuguese ones: a sentence this short in Latin
        # script with no other language ahead is taken as the English it is expected to be
        return True, f"short text, English function words {english:.0%} of words, no other language ahead"
    floor = MIN_ENGLISH_RATIO if n_words >= SHORT_TEXT_WORDS else 0.05
    if english < floor or english <= rival_ratio:
        return False, f"English function words {english:.0%} of words, {rival} {rival_ratio:.0%}"
    return True, f"English function words {english:.0%} of words (next: {rival} {rival_ratio:.0%})"


def _no_lower_function_word(text: str) -> bool:
    """A short line whose only function words sit inside capitalised names ("... fishing boat off La Guajira":
    French "la", sent-dev22 0069, set aside as French) has no word of any language's grammar once its names are
    left out: the capitalised words after the first are names in an English headline, and a line of another
    language still shows its lower-case articles and prepositions ("frente a La Guajira": Spanish "a")."""
    words = text.split()
    rest = " ".join(w for w in words[1:] if not w[:1].isupper())
    return not any(function_word_ratios(rest).values())
