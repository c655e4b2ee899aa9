"""Library and model 2026.12.19: the writer-stability rule both trainers can apply
(training.MIN_RISK_WRITERS, training.unstable_features), measured out of fold by writer in
bench/screening_designs.py. The posts below are made up for the rule; none comes from a data set.
"""

from __future__ import annotations

import pytest

from safeguarding.screening import training as screening_training


def _board():
    """Three writers. Every writer's worrying posts say 'hopeless'; only writer a's also name
    'zorblax' (a member's nickname in one writer's story). Writer c's everyday posts alone say
    'quizzington' (leaning to ordinary posts)."""
    texts: list[str] = []
    targets: list[int] = []
    writers: list[str] = []
    for writer in ("a", "b", "c"):
        for n in range(6):
            extra = " zorblax was there" if writer == "a" else ""
            texts.append(f"feeling hopeless again tonight number {writer}{n}{extra}")
            targets.append(1)
            writers.append(writer)
            quiz = " quizzington" if writer == "c" else ""
            texts.append(f"lovely walk by the river with the dog {writer}{n}{quiz}")
            targets.append(0)
            writers.append(writer)
    return texts, targets, writers


def test_the_rule_off_leaves_the_model_as_before(monkeypatch):
    monkeypatch.setattr(screening_training, "MIN_RISK_WRITERS", 0)
    texts, targets, writers = _board()
    assert screening_training.fit(texts, targets, None, writers) == screening_training.fit(
        texts, targets
    )


@pytest.mark.parametrize("minimum", [2, 3])
def test_a_word_from_one_writers_worrying_posts_gets_no_weight(monkeypatch, minimum):
    texts, targets, writers = _board()
    monkeypatch.setattr(screening_training, "MIN_RISK_WRITERS", 0)
    _bias, before = screening_training.fit(texts, targets, None, writers)
    assert before.get("w:zorblax", 0.0) > 0
    monkeypatch.setattr(screening_training, "MIN_RISK_WRITERS", minimum)
    _bias, after = screening_training.fit(texts, targets, None, writers)
    assert "w:zorblax" not in after
    assert after["w:hopeless"] > 0  # every writer's worrying posts hold it


def test_a_word_leaning_to_everyday_posts_is_kept_whoever_wrote_it(monkeypatch):
    texts, targets, writers = _board()
    monkeypatch.setattr(screening_training, "MIN_RISK_WRITERS", 3)
    _bias, weights = screening_training.fit(texts, targets, None, writers)
    assert weights.get("w:quizzington", 0.0) < 0


def test_unstable_features_counts_writers_not_posts(monkeypatch):
    monkeypatch.setattr(screening_training, "MIN_RISK_WRITERS", 2)
    docs = [["w:x"], ["w:x"], ["w:x"], ["w:y"], ["w:y"]]
    targets = [1, 1, 1, 1, 1]
    writers = ["a", "a", "a", "a", "b"]
    ratio = {"w:x": 1.0, "w:y": 1.0}
    assert screening_training.unstable_features(docs, targets, writers, ratio) == {"w:x"}
    assert screening_training.unstable_features(docs, targets, None, ratio) == frozenset()


def test_both_trainers_apply_the_rule_alike(monkeypatch):
    # The module itself raises ImportError without the optional "train" extra.
    training_sklearn = pytest.importorskip(
        "safeguarding.screening.training_sklearn", exc_type=ImportError
    )
    monkeypatch.setattr(screening_training, "MIN_RISK_WRITERS", 3)
    texts, targets, writers = _board()
    expected = screening_training.fit(texts, targets, None, writers)
    assert "w:zorblax" not in expected[1]
    assert training_sklearn.fit(texts, targets, None, writers) == expected
