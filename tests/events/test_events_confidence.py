"""Confidence as a probability: the model file, the features, the fit and the reliability table
(our own sentences and synthetic numbers)."""
from __future__ import annotations

import importlib.util
import os
import subprocess
import sys

import numpy as np
import pytest

from detente.events import confidence
from detente.records import Actor
from events_kit import code

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCRIPTS = os.path.join(ROOT, "scripts")


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, os.path.join(SCRIPTS, f"{name}.py"))
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, SCRIPTS)
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(SCRIPTS)
    return module


def test_every_weight_in_the_model_file_is_a_feature_and_every_feature_has_one():
    weights = confidence.weights()
    assert set(weights) == set(confidence.FEATURES)
    assert all(weights[name] <= 0 for name in confidence.NON_POSITIVE)
    assert set(confidence.PRIORS) <= confidence.NON_POSITIVE


def test_features_are_read_from_the_event_and_its_page():
    """The common features come on for the events that have them."""
    text = ("Norway and Denmark signed a fishing accord on Monday. Norway reportedly accused Denmark of spying. "
            "Norway accused Denmark of spying, officials said. Sweden, Finland, Norway and Denmark pledged aid.")
    on = set().union(*(confidence.features(e, confidence.context(code(text))) for e in code(text)))
    assert {"bias", "type:AGREE", "type:ACCUSE", "hedged", "attributed", "pair:main", "event:repeated",
            "pair:repeated", "sentence:lead", "sentence:crowded"} <= on
    assert "segment:caption" in confidence.features(code("Peru deployed troops to Bolivia.", role="caption")[0],
                                                     confidence.context(()))


@pytest.mark.parametrize("resolution, country, kind", [
    ("Peru → country 'Peru' (PER)", "PER", "state"),
    ("the ministry → role 'ministry' (GOV) + nationality 'Peruvian' (PER)", "PER", "role"),
    ("Ana Ruiz → person 'Ana Ruiz' + role 'Foreign Minister' (GOV) + nationality 'Chilean' (CHL)", "CHL", "person"),
    ("the ministry → role 'ministry' (GOV); state from the document context (PER)", "PER", "context"),
    ("Kenyan and Ugandan troops → several states (KEN, UGA)", "KEN", "group"),
    ("unresolved: no actor mention in the argument", None, "unnamed"),
])
def test_resolution_kinds(resolution, country, kind):
    assert confidence.resolution_kind(Actor("x", country, None, resolution)) == kind


def test_confidence_is_a_probability_and_coding_is_deterministic():
    text = "Chile and Peru agreed on Tuesday to reopen the border. Peru later accused Chile of delays."
    first, second = code(text), code(text)
    assert [e.confidence for e in first] == [e.confidence for e in second]
    assert all(0.0 < e.confidence < 1.0 for e in first)


def test_an_event_reported_again_elsewhere_in_the_page_is_surer():
    once = code("Ghana accused Togo of shelling border villages.")
    twice = code("Ghana accused Togo of shelling border villages. Later, Ghana again accused Togo of the attack.")
    assert max(e.confidence for e in twice if e.event_type == "ACCUSE") > once[0].confidence


def test_the_fit_is_deterministic_respects_caps_and_finds_the_signal():
    fit = _script("fit_confidence")
    rng = np.random.default_rng(3)
    n, k = 400, len(confidence.FEATURES)
    x = np.zeros((n, k))
    x[:, confidence.FEATURES.index("bias")] = 1
    good, capped = confidence.FEATURES.index("event:repeated"), confidence.FEATURES.index("hedged")
    x[:, good] = rng.random(n) < 0.5
    x[:, capped] = rng.random(n) < 0.3
    logit = -0.5 + 2.5 * x[:, good] + 1.5 * x[:, capped]  # the data say a hedge helps: the cap must hold
    y = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(float)
    w = fit.fit(x, y, 1.0)
    assert np.array_equal(w, fit.fit(x, y, 1.0))
    assert w[good] > 1.5 and w[capped] <= 0.0
    unseen = confidence.FEATURES.index("segment:caption")  # never on: stays at its prior
    assert w[unseen] == pytest.approx(confidence.PRIORS["segment:caption"])


def test_the_fit_refuses_a_corpus_the_table_does_not_list(tmp_path):
    (tmp_path / "gold.jsonl").write_text("")
    result = subprocess.run([sys.executable, os.path.join(SCRIPTS, "fit_confidence.py"), str(tmp_path)],
                            capture_output=True, text=True, env={**os.environ, "PYTHONPATH": os.path.join(ROOT, "src")})
    assert result.returncode != 0 and "never on the benchmarks" in result.stderr
    held_out = subprocess.run([sys.executable, os.path.join(SCRIPTS, "fit_confidence.py"), os.path.join(ROOT, "eval", "wire3")],
                              capture_output=True, text=True, env={**os.environ, "PYTHONPATH": os.path.join(ROOT, "src")})
    assert held_out.returncode != 0 and "never on held-out sets" in held_out.stderr and "Traceback" not in held_out.stderr


def test_reliability_table_and_expected_calibration_error():
    calibration = _script("calibration")
    pairs = [(0.95, True)] * 9 + [(0.95, False)] + [(0.55, True)] * 3 + [(0.55, False)] * 2
    rows, ece = calibration.reliability(pairs)
    assert [(n, round(mean, 2), round(share, 2)) for _, _, n, mean, share in rows] == [(5, 0.55, 0.6), (10, 0.95, 0.9)]
    assert ece == pytest.approx((5 * 0.05 + 10 * 0.05) / 15)


def test_an_event_is_right_as_the_scorer_judges_it():
    calibration = _script("calibration")
    gold = [{"type": "AGREE", "alt": ["COOPERATE"], "source": "CHL", "target": "PER"},
            {"type": "ACCUSE", "alt": [], "source": "PER", "target": "CHL"}]
    assert calibration.right("AGREE", "PER", "CHL", gold)  # symmetric type: either order
    assert calibration.right("COOPERATE", "CHL", "PER", gold)
    assert not calibration.right("ACCUSE", "CHL", "PER", gold)  # directed
    assert calibration.judged("CHL", "PER") and not calibration.judged("CHL", None)
    assert not calibration.judged("CHL", "CHL")


def test_the_noise_floor_of_the_calibration_error_shrinks_with_more_events():
    calibration = _script("calibration")
    few, many = [(0.8, True)] * 20, [(0.8, True)] * 2000
    assert calibration.chance_error(few) == calibration.chance_error(few)  # fixed seed
    assert 0.0 < calibration.chance_error(many) < calibration.chance_error(few) < 0.2


HELD_OUT = ("wire3", "wire5", "wire6", "wire7", "wire11", "sent-test", "sent-test2")


def test_the_corpus_table_lists_development_gold_corpora_only_and_each_is_fitted():
    fit = _script("fit_confidence")
    table = fit.read_table()
    corpora = fit.default_corpora(table)
    assert len(corpora) == len(table) and all(os.path.isfile(os.path.join(c, "gold.jsonl")) for c in corpora)
    assert not any(os.path.basename(os.path.normpath(c)) in HELD_OUT for c in corpora)
    assert {tuned for _, tuned in table.values()} == {True, False}  # the fit-only term needs both kinds
    assert all(weight > 0 for weight, _ in table.values())


def test_a_malformed_corpus_table_is_a_clear_error(tmp_path):
    fit = _script("fit_confidence")
    bad = tmp_path / "corpora.tsv"
    bad.write_text("demo\t1\tmaybe\n")
    with pytest.raises(SystemExit, match="tuned|fresh"):
        fit.read_table(str(bad))
    bad.write_text("demo\tone\ttuned\n")
    with pytest.raises(SystemExit, match="not a number"):
        fit.read_table(str(bad))


def _synthetic(n: int = 600, seed: int = 5):
    """Events with one real feature and the fit-only column: right more often on 'tuned' corpora."""
    rng = np.random.default_rng(seed)
    k = len(confidence.FEATURES)
    x = np.zeros((n, k + 1))
    x[:, confidence.FEATURES.index("bias")] = 1
    good = confidence.FEATURES.index("event:repeated")
    x[:, good] = rng.random(n) < 0.5
    x[:, k] = rng.random(n) < 0.5
    y = (rng.random(n) < 1 / (1 + np.exp(-(0.2 + 1.5 * x[:, good] + 1.5 * x[:, k])))).astype(float)
    return x, y, good


def test_the_tuned_term_takes_up_the_gain_of_tuned_corpora_and_is_left_out_of_the_shipped_model():
    fit = _script("fit_confidence")
    x, y, good = _synthetic()
    w = fit.fit(x, y, 1.0)
    assert w[-1] > 0.8 and w[good] > 1.0
    shipped = fit.unseen(w, x)
    assert np.allclose(shipped, 1 / (1 + np.exp(-(x[:, :-1] @ w[:-1]))))
    # on the fresh events the shipped model is about as sure as they are right; on the tuned ones, less sure
    fresh = x[:, -1] == 0
    assert abs(shipped[fresh].mean() - y[fresh].mean()) < 0.05 < y[~fresh].mean() - shipped[~fresh].mean()


def test_an_event_weight_counts_as_that_many_copies():
    fit = _script("fit_confidence")
    x, y, _ = _synthetic(200, seed=8)
    doubled = fit.fit(np.vstack([x, x]), np.concatenate([y, y]), 1.0)
    assert np.allclose(fit.fit(x, y, 1.0, np.full(len(y), 2.0)), doubled, atol=1e-6)


def test_calibration_pools_corpora_and_refuses_a_directory_without_gold(tmp_path):
    result = subprocess.run([sys.executable, os.path.join(SCRIPTS, "calibration.py"), str(tmp_path)],
                            capture_output=True, text=True, env={**os.environ, "PYTHONPATH": os.path.join(ROOT, "src")})
    assert result.returncode == 2 and "no gold.jsonl" in result.stderr and "Traceback" not in result.stderr


def test_the_fit_codes_in_the_entity_mode_of_a_default_ingest(monkeypatch, tmp_path):
    """Whichever mode `detente ingest` defaults to (RunOptions.ner), the fit and the table read its events."""
    from types import SimpleNamespace

    from detente.runners import local

    calibration, seen = _script("calibration"), []
    (tmp_path / "a.txt").write_text("Chile and Peru agreed on Tuesday to reopen the border.", encoding="utf-8")
    for default in (True, False):
        monkeypatch.setattr(local, "RunOptions", lambda db, default=default: SimpleNamespace(ner=default))
        monkeypatch.setattr(calibration.devscore, "code_chunk", lambda part, prefilter=True, ner=False: seen.append(ner) or [])
        calibration.coded_documents(str(tmp_path))
    assert seen == [True, False]


def test_each_corpus_left_out_is_scored_as_an_unseen_page_and_as_its_own_kind(capsys):
    """The figure a change of method is judged by: every corpus predicted by the model fitted on the others."""
    fit = _script("fit_confidence")
    x, y, _ = _synthetic(600, seed=12)
    tuned = x[:, -1] == 1
    docs = [f"/c/{'tuned' if t else 'fresh'}/{i % 7}.txt" for i, t in enumerate(tuned)]
    rows = fit.left_out(docs, x, y, np.ones(len(y)), 1.0)
    assert set(rows) == {"/c/fresh", "/c/tuned"}
    n, share, as_unseen, own = rows["/c/fresh"]
    assert n == int((~tuned).sum()) and share == pytest.approx(y[~tuned].mean())
    assert as_unseen == pytest.approx(own)  # a fresh corpus has no fit-only term to leave out
    fit.report_by_corpus(docs, x, y, np.ones(len(y)), 1.0, fit.fit(x, y, 1.0))
    assert "leave-one-corpus-out ECE, mean over 2 corpora" in capsys.readouterr().out


def test_the_unseen_page_check_is_a_corpus_the_fit_never_lists(tmp_path):
    fit = _script("fit_confidence")
    listed = {os.path.realpath(c) for c in fit.default_corpora(fit.read_table())}
    assert os.path.realpath(fit.UNSEEN_CHECK) not in listed
    assert fit.unseen_check(np.zeros(len(confidence.FEATURES) + 1), str(tmp_path)) is None  # no gold: no figure


def test_the_page_interval_of_an_ece_is_deterministic_and_wider_when_a_page_is_right_or_wrong_as_a_whole():
    fit = _script("fit_confidence")
    rng = np.random.default_rng(4)
    p = np.full(600, 0.8)
    y = np.sort((rng.random(600) < 0.8).astype(float))
    mixed = [f"page{i % 60}" for i in range(600)]  # each page a mix of right and wrong events
    whole = [f"page{i // 10}" for i in range(600)]  # sorted: nearly every page all right or all wrong
    assert fit.page_interval(mixed, p, y) == fit.page_interval(mixed, p, y)
    (low_mixed, high_mixed), (low_whole, high_whole) = fit.page_interval(mixed, p, y), fit.page_interval(whole, p, y)
    assert 0.0 <= low_mixed <= high_mixed and 0.0 <= low_whole <= high_whole
    assert high_whole - low_whole > 2 * (high_mixed - low_mixed)


def test_a_paired_page_difference_credits_the_better_model_and_is_zero_between_equals():
    calibration = _script("calibration")
    rng = np.random.default_rng(6)
    pages = [f"page{i // 5}" for i in range(500)]
    truth = rng.uniform(0.3, 0.8, 500)
    ok = rng.random(500) < truth
    point, low, high = calibration.paired_difference(pages, truth + 0.15, truth, ok)
    assert 0.0 < low <= point <= high  # the over-confident model is worse even at the 5th percentile
    assert calibration.paired_difference(pages, truth, truth, ok) == (0.0, 0.0, 0.0)
    assert calibration.paired_difference(pages, truth, truth + 0.15, ok) == calibration.paired_difference(
        pages, truth, truth + 0.15, ok)  # fixed seed


def test_another_model_file_rescores_the_same_events(tmp_path):
    """--model reads a file as the fit writes it and gives each event that model's probability."""
    calibration = _script("calibration")
    text = "Chile and Peru agreed on Tuesday to reopen the border. Peru later accused Chile of delays."
    events = code(text)
    rows = [("page", e, events, True) for e in events]
    model = tmp_path / "model.tsv"
    model.write_text("# a comment line\n" + "".join(f"{name}\t{confidence.weights()[name]}\n"
                                                    for name in confidence.FEATURES))
    assert calibration.rescored(rows, calibration.read_model(str(model))) == [e.confidence for e in events]
    model.write_text("bias\t0\n")
    assert calibration.rescored(rows, calibration.read_model(str(model))) == [0.5] * len(events)


def test_the_refit_is_compared_with_the_model_file_it_replaces(capsys):
    fit = _script("fit_confidence")
    x, y, _ = _synthetic(300, seed=9)
    docs = [f"/c/a/{i % 30}.txt" for i in range(300)]
    w = fit.fit(x, y, 1.0)
    fit.against_shipped("c/a", docs, x, y, w, w[:-1])
    assert "shipped minus refit +0.000 (pages resampled +0.000 to +0.000)" in capsys.readouterr().out
    fit.against_shipped("c/a", docs, x, y, w, None)  # no shipped file: nothing to compare
    assert capsys.readouterr().out == ""


def test_a_confidence_cut_keeps_the_surer_events_and_says_what_it_costs():
    """--cuts: what `--min-confidence` keeps, how many of those are right and how many right events it drops."""
    calibration = _script("calibration")
    pairs = [(0.95, True)] * 9 + [(0.95, False)] + [(0.75, True)] * 3 + [(0.75, False)] * 2 + [(0.4, False)] * 5
    rows = calibration.cut_rows(pairs, (0.5, 0.7, 0.9))
    assert [(cut, n, round(share, 3), round(kept, 3)) for cut, n, share, kept in rows] == [
        (0.5, 15, 0.8, 1.0), (0.7, 15, 0.8, 1.0), (0.9, 10, 0.9, 0.75)]
    assert calibration.cut_rows([], (0.9,)) == [(0.9, 0, 0.0, 0.0)]


def test_brier_score_and_log_loss_reward_ranking_right_events_above_wrong_ones():
    calibration = _script("calibration")
    ranked = [(0.9, True), (0.9, True), (0.6, False), (0.6, False)]
    flat = [(0.75, True), (0.75, True), (0.75, False), (0.75, False)]  # same ECE bins' mean, no ranking
    assert calibration.proper_scores(ranked)[0] == pytest.approx((2 * 0.01 + 2 * 0.36) / 4)
    assert all(a < b for a, b in zip(calibration.proper_scores(ranked), calibration.proper_scores(flat)))
    assert calibration.proper_scores([(1.0, False)])[1] < 20  # clipped: a sure wrong event is finite


def test_the_written_model_file_is_deterministic_and_loads_as_the_model(tmp_path):
    """The fit writes the same text from the same weights, and that text reads back as each feature's weight."""
    fit, calibration = _script("fit_confidence"), _script("calibration")
    x, y, _ = _synthetic(300, seed=4)
    w = fit.fit(x, y, 1.0)
    text = fit.render(w, ["eval/a", "eval/b"], len(y), float(y.mean()), 1.0)
    assert text == fit.render(fit.fit(x, y, 1.0), ["eval/a", "eval/b"], len(y), float(y.mean()), 1.0)
    path = tmp_path / "confidence.tsv"
    path.write_text(text, encoding="utf-8")
    model = calibration.read_model(str(path))
    assert list(model) == list(confidence.FEATURES)
    assert all(model[name] == pytest.approx(value, abs=5e-5) for name, value in zip(confidence.FEATURES, w))
