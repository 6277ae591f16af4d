"""An act asked about in a yes-no question put by "ask" is no act (session 24, incidents16): eval/wire10's
"Asked whether the president had promised anything in ..., he said ..." was coded AGREE and joined an accords
incident. Our own sentences, each with a near miss that keeps its old reading."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("sentence", [
    "Asked whether Kenya had agreed to the Ugandan plan, the minister said no decision had been taken.",
    "Reporters asked whether Norway had sent warships to Denmark.",
    "Asked whether the president had promised anything to Uganda, the spokesman said the matter was closed.",
])
def test_act_asked_about_is_not_coded(sentence):
    assert not code(sentence)


@pytest.mark.parametrize("sentence,expected", [
    ("Kenya said it had agreed to the Ugandan plan.", "AGREE"),
    ("Kenya asked Uganda to withdraw its troops.", "REQUEST"),
    # a "why" question takes its act as a fact
    ("Asked why Chile had closed the border with Peru, the Peruvian minister said he did not know.", "SANCTION"),
])
def test_acts_not_asked_about_stay(sentence, expected):
    assert expected in {t for t, _, _ in summary(code(sentence))}
