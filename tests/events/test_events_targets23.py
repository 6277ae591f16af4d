"""Issue #11, who is the target, twenty-third pass (own sentences; full pipeline, since the class turns on how a
capital's mention is resolved).

A capital compounded into the name of a document or a truce ("the <capital> memorandum", "the <capital>
ceasefire"), also through a middle noun ("the <capital> implementation matrix", "the <capital> peace roadmap"),
is where it was signed, not a party: wire38 "suspended its part of the Addis Ababa implementation matrix" gave
SANCTION SDN→ETH, its lifting CONCEDE SDN→ETH; wire41 "had never signed the Luanda document" AGREE RWA→AGO
(cues.tsv hostcity; events/role_actors.py _host_city). The state stays a party when the sentence names it apart
from the city (wire37: "sign <capital> memorandum as <that state> stands guarantor")."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))
from helpers import events_of  # noqa: E402

from detente.events.lexicon import cue_words


@pytest.mark.parametrize("text", [
    "Kenya on Monday suspended its part of the Dodoma implementation matrix, saying Ugandan troops had stayed.",
    "Kenya on Monday lifted the suspension of the Dodoma peace roadmap after Uganda pulled back its troops.",
    "Uganda said it had never signed the Lusaka document and rejected the charge by Kenya.",
    "Kenya accused Uganda of breaching the Lusaka ceasefire on Sunday.",
    "Kenya and Uganda traded accusations of breaking the Lusaka truce.",
    "Kenya said it would honour the Dodoma memorandum with Uganda.",
])
def test_a_capital_a_document_or_truce_is_named_after_is_no_party(text):
    found = events_of(text)
    assert not any({"TZA", "ZMB"} & {s, t} for _, s, t in found), found


@pytest.mark.parametrize("text, expected", [
    ("Kenya accused Uganda of breaching the Lusaka ceasefire on Sunday.", ("ACCUSE", "KEN", "UGA")),
    ("Kenya on Monday suspended its part of the Dodoma implementation matrix with Uganda.", None),
])
def test_the_parties_of_the_document_keep_their_act(text, expected):
    found = events_of(text)
    if expected:
        assert expected in found, found
    else:
        assert any(s == "KEN" for _, s, t in found), found


def test_a_capital_acting_or_acted_on_still_names_its_state():
    assert ("ACCUSE", "ZMB", "UGA") in events_of("Lusaka accused Uganda of breaking the truce.")
    assert ("ACCUSE", "KEN", "TZA") in events_of("Kenya accused Dodoma of breaking the memorandum.")


def test_the_capital_s_state_named_apart_in_the_sentence_stays_a_party():
    # wire37: a headline naming the city's state as a signer beside the document named after its capital
    found = events_of("Kenya and Uganda signed the Lusaka memorandum, with Zambia as guarantor.")
    assert any("ZMB" in (s, t) for _, s, t in found), found


def test_the_document_words_are_listed():
    listed = cue_words("hostcity")
    assert all(listed.get(w) == "document" for w in ("matrix", "document", "memorandum", "ceasefire", "truce", "roadmap"))
