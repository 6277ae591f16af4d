"""The per-sentence memo and the shared word sets of events/token_memo.py, the ranked page table of
events/ranked_states.py and the cue table kept by kind (docs/scaling.md, session 35): each answers as the plain
computation did, once per sentence or table, never for another sentence or a changed table."""
from __future__ import annotations

from collections import Counter

from detente.events import attribution, lexicon, modes, ranked_states, token_memo, tree
from detente.events.counterpart import is_menacing, own_bereaved, counterpart_of
from detente.events.mediation import no_broker_word
from detente.events.construction_roles import border_partners
from detente.events.sport import sporting
from detente.records import Sentence, Token


def _sentence(words: list[tuple[str, str, str, str, int]]) -> Sentence:
    """(text, lemma, pos, dep, head) per word."""
    text = " ".join(w[0] for w in words)
    starts, at = [], 0
    for w in words:
        at = text.index(w[0], at)
        starts.append(at)
        at += len(w[0])
    tokens = tuple(Token(i, w[0], w[1], w[2], "NN" if w[2] == "NOUN" else "VBD", w[3], w[4], "", "O", starts[i])
                   for i, w in enumerate(words))
    return Sentence("d", 0, 0, "body", 0, len(text), text, tokens)


THREAT = [("Norland", "Norland", "PROPN", "nsubj", 1), ("threatened", "threaten", "VERB", "ROOT", 1),
          ("military", "military", "ADJ", "amod", 3), ("retaliation", "retaliation", "NOUN", "dobj", 1)]
PLAIN = [("Norland", "Norland", "PROPN", "nsubj", 1), ("threatened", "threaten", "VERB", "ROOT", 1),
         ("new", "new", "ADJ", "amod", 3), ("tariffs", "tariff", "NOUN", "dobj", 1)]


def test_a_sentence_question_is_computed_once_per_sentence_and_afresh_for_an_equal_copy():
    calls = []

    @token_memo.per_sentence
    def ask(sentence: Sentence) -> int:
        calls.append(sentence.text)
        return len(calls)

    one, other = _sentence(PLAIN), _sentence(PLAIN)
    assert one == other and one is not other
    assert ask(one) == ask(one) == 1
    assert ask(other) == 2 and ask(one) == 3
    assert ask.uncached(one) == 4


def test_the_memoised_sentence_questions_answer_as_the_plain_ones():
    for words in (THREAT, PLAIN):
        sentence = _sentence(words)
        for fn in (attribution.according_to, attribution.hedge_factor, modes.event_context):
            assert fn(sentence) == fn.uncached(sentence)


def test_the_word_sets_hold_every_token_of_the_sentence_asked():
    sentence = _sentence(PLAIN)
    assert token_memo.lemma_words(sentence) == {"norland", "threaten", "new", "tariff"}
    assert token_memo.text_words(sentence) == {"norland", "threatened", "new", "tariffs"}
    assert token_memo.folded_lemma_words(_sentence([("mobilised", "mobilise", "VERB", "ROOT", 0)])) == {"mobilize"}
    assert token_memo.lemma_words(_sentence(THREAT)) == {"norland", "threaten", "military", "retaliation"}


def test_the_early_stops_answer_as_the_walks_do():
    menacing, plain = _sentence(THREAT), _sentence(PLAIN)
    assert "retaliation" in lexicon.cue_words("menace")
    assert is_menacing(menacing, 1) and not is_menacing(plain, 1)
    assert not own_bereaved(plain, 1, [], []) and border_partners(plain, 1, []) == []
    assert not sporting(plain, 1)
    game = _sentence([("Norland", "Norland", "PROPN", "nsubj", 1), ("beat", "beat", "VERB", "ROOT", 1),
                      ("Suderia", "Suderia", "PROPN", "dobj", 1), ("in", "in", "ADP", "prep", 1),
                      ("the", "the", "DET", "det", 5), ("final", "final", "NOUN", "pobj", 3)])
    assert sporting(game, 1)


def test_subtree_reads_the_same_tokens_as_a_walk_of_children():
    sentence = _sentence(THREAT)
    for i in range(len(sentence.tokens)):
        keep, frontier = {i}, [i]
        while frontier:
            frontier = [k.i for j in frontier for k in tree.children(sentence, j) if k.i not in keep]
            keep.update(frontier)
        assert tree.subtree(sentence, i) == keep


def test_the_ranked_table_is_the_most_named_states_and_follows_a_changed_table():
    states = Counter({"NOR": 3, "UNO": 5, "SUD": 2, "EUR": 1})
    assert ranked_states.ranked_states(states) == (("NOR", 3), ("SUD", 2))
    states["SUD"] += 4
    assert ranked_states.ranked_states(states) == (("SUD", 6), ("NOR", 3))
    assert ranked_states.ranked_states(Counter({"NOR": 1})) == (("NOR", 1),)


def test_the_counterpart_reads_the_ranked_table():
    states = Counter({"NOR": 4, "SUD": 1, "UNO": 9})
    assert counterpart_of(states, "SUD") == "NOR" and counterpart_of(states, "NOR") is None
    states["SUD"] = 3
    assert counterpart_of(states, "NOR") == "SUD"


def test_a_cue_kind_is_the_loaded_table_and_an_unknown_kind_is_empty():
    assert lexicon.cue_words("menace") is lexicon.load_cues()["menace"]
    assert lexicon.cue_words("no such kind") == {}


def test_a_sentence_without_a_broker_word_is_not_walked_and_one_with_it_is():
    assert no_broker_word(_sentence(PLAIN))
    talks = _sentence([("Talks", "talk", "NOUN", "nsubj", 1), ("were", "be", "AUX", "ROOT", 1),
                       ("mediated", "mediate", "VERB", "acomp", 1)])
    assert not no_broker_word(talks)
