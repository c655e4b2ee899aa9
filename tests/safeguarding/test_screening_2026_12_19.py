"""Library and model 2026.12.19: the writer-stability rules measured out of fold by writer in
bench/screening_designs.py (`risk_writers`, `writer_df`), which both trainers apply through
`fit`'s `exclude` (the shipped training excludes nothing). The posts below are made up for the
rule; none comes from a data set.
"""

from __future__ import annotations

import pytest

from bench.screening_designs import fit_with_writers, risk_writers, writer_df
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


def _fit(minimum: int, fit=screening_training.fit):
    texts, targets, writers = _board()
    fitted = fit_with_writers(fit, risk_writers(minimum), dict(zip(texts, writers, strict=True)))
    return fitted(texts, targets)


def test_the_rule_off_leaves_the_model_as_before():
    texts, targets, _writers = _board()
    assert _fit(0) == screening_training.fit(texts, targets)
    assert _fit(1) == screening_training.fit(texts, targets)


@pytest.mark.parametrize("minimum", [2, 3])
def test_a_word_from_one_writers_worrying_posts_gets_no_weight(minimum):
    _bias, before = _fit(0)
    assert before.get("w:zorblax", 0.0) > 0
    _bias, after = _fit(minimum)
    assert "w:zorblax" not in after
    assert after["w:hopeless"] > 0  # every writer's worrying posts hold it


def test_a_word_leaning_to_everyday_posts_is_kept_whoever_wrote_it():
    _bias, weights = _fit(3)
    assert weights.get("w:quizzington", 0.0) < 0


def test_risk_writers_counts_writers_not_posts():
    docs = [["w:x"], ["w:x"], ["w:x"], ["w:y"], ["w:y"]]
    targets = [1, 1, 1, 1, 1]
    writers = ["a", "a", "a", "a", "b"]
    ratio = {"w:x": 1.0, "w:y": 1.0}
    assert risk_writers(2)(docs, targets, writers, ratio) == {"w:x"}
    assert risk_writers(2)(docs, targets, None, ratio) == frozenset()


def test_writer_df_counts_every_posts_writers_whatever_the_label():
    docs = [["w:x", "w:y"], ["w:x"], ["w:y"]]
    assert writer_df(2)(docs, [0, 1, 0], ["a", "a", "b"], {}) == {"w:x"}
    assert writer_df(2)(docs, [0, 1, 0], None, {}) == frozenset()


def test_both_trainers_apply_the_rule_alike():
    # The module itself raises ImportError without the optional "train" extra.
    training_sklearn = pytest.importorskip(
        "safeguarding.screening.training_sklearn", exc_type=ImportError
    )
    expected = _fit(3)
    assert "w:zorblax" not in expected[1]
    assert _fit(3, training_sklearn.fit) == expected
