"""The screener's statistical layer (safeguarding/screening/statistical.py, layer 7).

Mechanics are tested with small hand-made models put in place of the shipped one, so each test
fails if the rule it names stops working; the shipped model is tested for being what the
labelled data give, for never seeing an unseen round, and for its place in every screening.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from safeguarding.screening import (
    LOOSE_CATEGORIES,
    Level,
    data,
    library,
    normalise,
    screen_text,
    screener,
    statistical,
)
from safeguarding.screening import training as screening_training

# A post the phrase layers leave alone, and one whose only cue is a loose broad-net word.
PLAIN = "sorted the rabbits out with the vet and said thank you to everyone"
LOOSE = "sharpened the kitchen knife this morning"


def _model(weights, threshold=0.5, support=0.1, bias=-3.0, high_weights=None, high=1.01, solo=1.01):
    return statistical.Model(
        "test",
        threshold,
        support,
        bias,
        weights,
        high_threshold=high,
        high_weights=high_weights or {},
        solo_high_threshold=solo,
    )


@pytest.fixture
def swap_model(monkeypatch):
    def swap(model):
        monkeypatch.setattr(screener, "_MODEL", model)

    return swap


def test_the_plain_post_has_no_phrase_cue_and_the_loose_post_only_a_loose_one():
    assert screen_text(PLAIN, statistical_layer=False).level == Level.NONE
    loose = screen_text(LOOSE, statistical_layer=False)
    assert loose.level == Level.MEDIUM
    live = [c for c in loose.evidence if c.level != Level.NONE]
    assert live and all(c.category in LOOSE_CATEGORIES for c in live)


def test_a_high_score_raises_none_to_medium_with_the_words_as_evidence(swap_model):
    swap_model(_model({"w:rabbits": 2.0, "b:the vet": 2.0, "w:vet": -0.5}))
    result = screen_text(PLAIN)
    assert result.level == Level.MEDIUM
    shown = [c for c in result.evidence if c.category == screener.STATISTICAL_CATEGORY]
    # the two features with positive weight, largest first; never the negative one
    assert {c.text for c in shown} == {"rabbits", "the vet"}
    for cue in shown:
        assert PLAIN[cue.start : cue.end] == cue.text
        assert cue.rule == screener.STATISTICAL_RULE
    assert any("statistical layer" in r for r in result.reasons)


def test_a_score_below_the_threshold_leaves_none(swap_model):
    swap_model(_model({"w:rabbits": 1.0}))  # sigmoid(-2) is about 0.12, under 0.5
    assert screen_text(PLAIN).level == Level.NONE


def test_the_concern_head_alone_never_makes_a_post_high(swap_model):
    swap_model(_model({"w:rabbits": 50.0}, bias=0.0))
    assert screen_text(PLAIN).level == Level.MEDIUM


def test_the_high_head_makes_a_medium_post_high_with_its_words_as_evidence(swap_model):
    # "medium" from the phrase layers: the layer alone never makes a post high (2026.12.1)
    text = "i feel like such a burden to everyone"
    assert screen_text(text, statistical_layer=False).level == Level.MEDIUM
    swap_model(_model({}, high_weights={"w:burden": 6.0}, high=0.9, bias=-3.0))
    result = screen_text(text)
    assert result.level == Level.HIGH
    high_cues = [c for c in result.evidence if c.rule == screener.STATISTICAL_HIGH_RULE]
    assert [c.text for c in high_cues] == ["burden"]
    assert high_cues[0].level == Level.HIGH
    assert any("statistical layer (high)" in r for r in result.reasons)
    # below the high head's threshold the post stays medium
    swap_model(_model({}, high_weights={"w:burden": 1.0}, high=0.9, bias=-3.0))
    assert screen_text(text).level == Level.MEDIUM


def test_without_a_solo_threshold_the_layer_alone_never_makes_a_post_high(swap_model):
    # both heads sure, but the model has no solo threshold (as 2026.12.1): medium at most
    swap_model(_model({"w:rabbits": 50.0}, high_weights={"w:vet": 50.0}, high=0.5))
    result = screen_text(PLAIN)
    assert screen_text(PLAIN, statistical_layer=False).level == Level.NONE
    assert result.level == Level.MEDIUM
    assert not any(c.rule == screener.STATISTICAL_HIGH_RULE for c in result.evidence)


def test_both_heads_at_the_solo_threshold_make_a_post_with_no_phrase_cue_high(swap_model):
    # 2026.12.2: the concern head raises the post, and the high head at or above the solo
    # threshold makes it high, with the high head's words as evidence and its own reason
    swap_model(_model({"w:rabbits": 50.0}, high_weights={"w:vet": 6.0}, high=0.5, solo=0.9))
    result = screen_text(PLAIN)
    assert screen_text(PLAIN, statistical_layer=False).level == Level.NONE
    assert result.level == Level.HIGH
    assert result.kind == ""
    assert [c.text for c in result.evidence if c.rule == screener.STATISTICAL_HIGH_RULE] == ["vet"]
    assert any("no phrase cue" in r for r in result.reasons)
    # the high head below the solo threshold (but above the one for phrase-medium posts)
    swap_model(_model({"w:rabbits": 50.0}, high_weights={"w:vet": 3.5}, high=0.5, solo=0.9))
    assert screen_text(PLAIN).level == Level.MEDIUM


def test_the_solo_high_path_never_makes_a_reply_high(swap_model):
    swap_model(
        _model({"w:rabbits": 50.0}, high_weights={"w:vet": 50.0}, high=0.5, solo=0.5, threshold=0.5)
    )
    assert screen_text(PLAIN).level == Level.HIGH
    reply = screen_text(PLAIN, context_text="how did the rabbits get on at the vet?")
    assert reply.level == Level.MEDIUM


def test_the_solo_high_path_needs_the_concern_head(swap_model):
    # the high head alone, however sure, never raises a post the concern head leaves at none
    swap_model(_model({}, high_weights={"w:vet": 50.0}, high=0.5, solo=0.5))
    assert screen_text(PLAIN).level == Level.NONE


def test_the_high_head_never_touches_a_post_that_does_not_reach_staff(swap_model):
    # the concern head leaves the post at none: however sure the high head is, it stays none
    swap_model(_model({}, high_weights={"w:rabbits": 50.0}, high=0.5))
    assert screen_text(PLAIN).level == Level.NONE


def test_the_high_head_can_raise_a_named_medium_cue(swap_model):
    text = "i feel like such a burden to everyone"
    assert screen_text(text, statistical_layer=False).level == Level.MEDIUM
    swap_model(_model({}, high_weights={"w:burden": 50.0}, high=0.5))
    assert screen_text(text).level == Level.HIGH


def test_a_loose_cue_alone_needs_the_support_score(swap_model):
    swap_model(_model({}, support=0.2))  # score sigmoid(-3), about 0.05
    lowered = screen_text(LOOSE)
    assert lowered.level == Level.NONE
    assert any("loose cue alone" in r for r in lowered.reasons)
    # the loose cue is still listed for anyone reading the screening
    assert any(c.category in LOOSE_CATEGORIES for c in lowered.evidence)
    swap_model(_model({}, support=0.01))
    assert screen_text(LOOSE).level == Level.MEDIUM


@pytest.mark.parametrize(
    "text",
    [
        "im going to kill myself tonight",  # a high cue
        "i feel like such a burden to everyone",  # a medium cue of a named category
        "i dont feel safe at home",  # not safe
    ],
)
def test_the_layer_never_lowers_a_named_cue(swap_model, text):
    before = screen_text(text, statistical_layer=False).level
    assert before != Level.NONE
    swap_model(_model({}, threshold=0.99, support=0.99, bias=-20.0))
    assert screen_text(text).level == before


def test_every_screening_records_the_library_and_model_versions():
    model = statistical.load_model()
    result = screen_text("see you all on thursday")
    assert result.library_version == f"{library.VERSION}+model-{model.version}"
    assert len(result.library_version) <= 40  # fits the audit columns


@pytest.fixture
def build_once(monkeypatch):
    """The tests of `train_screener --check` itself put the shipped model in the place of what
    build() gives, with a report of nothing measured: a full build trains on every labelled
    post (a minute or two). That the shipped model IS what the data give is checked by a
    full retrain in `make model-check`, which `.ci/run` runs on every change."""
    from collections import defaultdict

    model = json.loads(statistical.MODEL_PATH.read_text(encoding="utf-8"))
    gate = model["solo_gate"]
    report = defaultdict(
        lambda: None,
        threshold=model["threshold"],
        reply_threshold=model["reply_threshold"],
        high_threshold=model["high"]["threshold"],
        solo_high_threshold=model["high"]["solo_threshold"],
        solo_gate=(gate["high"], gate["threshold"]),
    )
    built = (model, report)
    monkeypatch.setattr(screening_training, "build", lambda fit=None: built)
    return built


def _check(**options) -> str:
    out = StringIO()
    call_command("train_screener", "--check", stdout=out, **options)
    return out.getvalue()


def test_the_shipped_model_was_trained_on_the_labelled_data_as_they_are():
    """A quick guard for `make test`: a labelled post added, removed or relabelled without
    retraining changes the digest of the training samples that model.json records. (The full
    check, a retrain compared weight by weight, is `make model-check`.)"""
    import hashlib

    model = json.loads(statistical.MODEL_PATH.read_text(encoding="utf-8"))
    samples = screening_training.training_samples()
    digest = hashlib.sha256(
        json.dumps(samples, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    ).hexdigest()
    assert model["trained_on"]["posts"] == len(samples)
    assert model["trained_on"]["sha256"] == digest


def test_the_check_passes_on_the_shipped_model_and_fails_when_one_post_changes(
    build_once, monkeypatch
):
    assert "model.json matches the data exactly" in _check()
    model, report = build_once
    # what build() would give had one post been relabelled: another digest
    changed = dict(model, trained_on=dict(model["trained_on"], sha256="0" * 64))
    monkeypatch.setattr(screening_training, "build", lambda fit=None: (changed, report))
    with pytest.raises(CommandError, match="not what the labelled data give"):
        _check()


def test_check_fails_for_an_edited_model(build_once, tmp_path, monkeypatch):
    model, _report = build_once
    edited = dict(model, threshold=model["threshold"] + 0.01)
    path = tmp_path / "model.json"
    # written exactly as train_screener writes it, so only the threshold differs
    path.write_text(screening_training.dumps(edited), encoding="utf-8")
    assert path.read_text(encoding="utf-8") != screening_training.dumps(model)
    command = importlib.import_module("safeguarding.management.commands.train_screener")
    monkeypatch.setattr(command, "MODEL_PATH", path)
    with pytest.raises(CommandError, match="threshold"):
        _check()
    # and the unedited text passes the same check
    path.write_text(screening_training.dumps(model), encoding="utf-8")
    assert "matches the data exactly" in _check()


def test_check_allows_a_weight_within_the_stated_tolerance(build_once, tmp_path, monkeypatch):
    model, _report = build_once
    feature = next(iter(model["weights"]))
    command = importlib.import_module("safeguarding.management.commands.train_screener")
    path = tmp_path / "model.json"
    monkeypatch.setattr(command, "MODEL_PATH", path)
    for shift, passes in ((screening_training.WEIGHT_TOLERANCE / 2, True), (0.01, False)):
        weights = dict(model["weights"], **{feature: model["weights"][feature] + shift})
        path.write_text(screening_training.dumps(dict(model, weights=weights)), encoding="utf-8")
        if passes:
            assert "within tolerance" in _check()
        else:
            with pytest.raises(CommandError, match=re.escape(repr(feature))):
                _check()


def test_check_works_without_scikit_learn_and_says_so(build_once, monkeypatch):
    # an entry of None in sys.modules makes the import fail as if the package were missing
    monkeypatch.delattr(sys.modules["safeguarding.screening"], "training_sklearn", raising=False)
    monkeypatch.setitem(sys.modules, "safeguarding.screening.training_sklearn", None)
    output = _check()
    assert "trainer: pure Python (scikit-learn is not installed)" in output
    assert "matches the data exactly" in output
    with pytest.raises(CommandError):
        _check(trainer="sklearn")


@pytest.mark.slow
def test_the_scikit_learn_trainer_fits_the_same_model():
    # The module itself raises ImportError without the optional "train" extra.
    training_sklearn = pytest.importorskip(
        "safeguarding.screening.training_sklearn", exc_type=ImportError
    )
    samples = screening_training.training_samples()[:2000]
    texts = [text for _label, text in samples]
    for target in (screening_training._target, screening_training._high_target):
        targets = [target(label) for label, _text in samples]
        assert training_sklearn.fit(texts, targets) == screening_training.fit(texts, targets)


@pytest.mark.slow
def test_training_is_deterministic():
    texts = [text for _label, text in screening_training.training_samples()][:200]
    targets = [i % 2 for i in range(len(texts))]
    assert screening_training.fit(texts, targets) == screening_training.fit(texts, targets)


def test_training_corpora_are_loaded_and_labelled():
    corpora = screening_training.training_corpora()
    assert set(corpora) == {i["name"] for i in data.sets_info() if i["use"] == "training"}
    assert len(corpora) >= 13
    for items in corpora.values():
        assert len(items) >= 150  # the judged rounds 10 and 11 (2026.12.4) have 150 each
        assert {label for label, _text in items} <= {"high", "medium", "none"}


@pytest.fixture(scope="module")
def training_texts() -> set[str]:
    """Every training post as the model reads it (normalised), worked out once for the module."""
    return {normalise(text).text for _label, text in screening_training.training_samples()}


@pytest.mark.parametrize("round_number", [8, 9])
def test_the_rounds_that_judged_the_model_are_not_in_its_training_data(
    round_number, training_texts
):
    (judged,) = [i for i in data.sets_info() if i["round"] == round_number]
    assert judged["name"] in screening_training.NOT_TRAINED_ON
    overlap = [
        p.text for p in data.read_set(judged["file"]) if normalise(p.text).text in training_texts
    ]
    assert overlap == []


def test_the_model_scores_a_huge_post_without_trouble():
    text = "the pain is bad today and i am tired " * 5000
    result = screen_text(text)
    assert result.level in {Level.NONE, Level.MEDIUM, Level.HIGH}
    # the same decision as for one copy of the words (features are counted once, not per copy)
    assert result.level == screen_text("the pain is bad today and i am tired").level
    for cue in result.evidence:
        assert text[cue.start : cue.end] == cue.text


def _gated(gate_high, gate_score, concern=50.0, high_weight=0.0):
    model = _model(
        {"w:rabbits": concern}, high_weights={"w:vet": high_weight} if high_weight else {}
    )
    return statistical.Model(
        **{**model.__dict__, "solo_gate_high": gate_high, "solo_gate_threshold": gate_score}
    )


def test_the_solo_gate_holds_back_a_post_the_concern_head_alone_would_raise(swap_model):
    # 2026.12.4: no phrase cue, the concern head over its threshold but under the gate's own
    # score, and the high head under the gate: the post stays none, with the reason recorded
    swap_model(_gated(0.5, 1.01, concern=3.5))
    result = screen_text(PLAIN)
    assert result.level == Level.NONE
    assert not any(c.category == screener.STATISTICAL_CATEGORY for c in result.evidence)
    assert any("held back" in r for r in result.reasons)


def test_the_solo_gate_passes_a_post_the_high_head_agrees_with(swap_model):
    swap_model(_gated(0.5, 1.01, concern=3.5, high_weight=6.0))
    assert screen_text(PLAIN).level == Level.MEDIUM


def test_the_solo_gate_passes_a_post_scored_well_above_the_threshold(swap_model):
    # score sigmoid(-3 + 50) is about 1.0: at or above the gate's own score
    swap_model(_gated(1.01, 0.9, concern=50.0))
    assert screen_text(PLAIN).level == Level.MEDIUM


def test_the_solo_gate_never_touches_a_named_cue_or_a_reply(swap_model):
    swap_model(_gated(1.01, 1.01, concern=50.0))
    # a named medium cue stands whatever the gate says
    named = "i feel like such a burden on everyone lately"
    assert screen_text(named, statistical_layer=False).level != Level.NONE
    assert screen_text(named).level != Level.NONE
    # a reply keeps its own threshold (the gate is for top-level posts)
    assert screen_text(PLAIN, context_text="how are the rabbits?").level == Level.MEDIUM


def test_the_thresholds_are_chosen_out_of_fold_by_writer():
    # every writer's posts are in one fold, so each out-of-fold score comes from a model that
    # never saw that writer; each realistic week is one writer
    samples = screening_training.training_samples()
    folds = screening_training.writer_folds(samples)
    writers = screening_training.writer_of_texts()
    fold_of_writer: dict[str, set[int]] = {}
    for (_label, text), fold in zip(samples, folds, strict=True):
        fold_of_writer.setdefault(writers[text], set()).add(fold)
    assert all(len(f) == 1 for f in fold_of_writer.values())
    weeks = [w for w in fold_of_writer if w.startswith("realistic/")]
    assert len(weeks) >= 5
    # the realistic weeks are spread over the folds (no fold has two until each has one)
    assert len({next(iter(fold_of_writer[w])) for w in weeks}) == min(
        len(weeks), screening_training.FOLDS
    )
    assert "library author" in fold_of_writer


def test_the_solo_gate_is_chosen_for_the_realistic_goal_with_reach_first():
    # a toy: two top-level ordinary posts the concern head alone raises, one with the high
    # head's support; two high posts the phrase layers miss, one with the high head's support
    none_rule = (Level.NONE, False)
    realistic = (
        ["none"] * 40,
        [none_rule] * 40,
        [0.2, 0.2] + [0.0] * 38,
        [0.01, 0.3] + [0.0] * 38,
        [0.1] * 40,
        [False] * 40,
    )
    corpora = (["high", "high"], [none_rule] * 2, [0.2, 0.6], [0.3, 0.01])
    gate = screening_training.choose_solo_gate(corpora, realistic, 0.1)
    # without a gate 2 of 40 ordinary posts alert (5%, over the 3% goal); the gate that keeps
    # both high posts: the high head at 0.3 or a score of 0.6
    assert gate[0] > 0.01 and gate[0] <= 0.3
    assert gate[1] <= 0.6


def test_the_solo_gate_alerts_on_fewer_ordinary_posts_while_medium_reach_holds():
    # 2026.12.9: among gates that keep every high post and at least GATE_MEDIUM_REACH of the
    # medium posts, the one that alerts on the fewest ordinary posts (before: the most medium)
    none_rule = (Level.NONE, False)
    realistic = (["none"] * 100, [none_rule] * 100, [0.0] * 100, [0.0] * 100, [0.1] * 100)
    realistic = (*realistic, [False] * 100)
    # 100 medium posts the phrase layers miss: 95 scored 0.9 by the concern head, 5 at 0.3;
    # 10 ordinary posts scored 0.3; no high head support anywhere
    labels = ["medium"] * 100 + ["none"] * 10
    rules = [none_rule] * 110
    scores = [0.9] * 95 + [0.3] * 5 + [0.3] * 10
    corpora = (labels, rules, scores, [0.0] * 110)
    gate = screening_training.choose_solo_gate(corpora, realistic, 0.1)
    # a score bar above 0.3 drops the 10 ordinary posts and 5 medium (95% still reach staff)
    assert 0.3 < gate[1] <= 0.9
    assert screening_training.GATE_MEDIUM_REACH <= 0.95


def _slack_toy(missed_by_quieter_gate: int):
    """Hard cases for the solo gate's rule: 396 high posts any gate passes, 2 the concern head
    scores 0.3 and `missed_by_quieter_gate` it scores 0.25 (no high head support), 100 medium
    posts at 0.9 and 20 ordinary posts at 0.28; realistic weeks all quiet."""
    none_rule = (Level.NONE, False)
    labels = ["high"] * (398 + missed_by_quieter_gate) + ["medium"] * 100 + ["none"] * 20
    scores = [0.9] * 396 + [0.3] * 2 + [0.25] * missed_by_quieter_gate + [0.9] * 100
    scores += [0.28] * 20
    highs = [0.9] * 396 + [0.0] * (2 + missed_by_quieter_gate + 120)
    realistic = (["none"] * 10, [none_rule] * 10, [0.0] * 10, [0.0] * 10, [0.1] * 10)
    return (labels, [none_rule] * len(labels), scores, highs), (*realistic, [False] * 10)


def test_the_solo_gate_is_the_safest_then_the_quietest():
    # 2026.12.12 (decision 0011, the lead after fresh round 19): no slack; among the gates
    # that leave the fewest high posts scored none, the one with the fewest ordinary alerts
    assert screening_training.GATE_HIGH_NONE_SLACK == 0.0
    # no high post depends on the score bar: the bar above 0.28 quiets the 20 ordinary posts
    hard, realistic = _slack_toy(0)
    gate = screening_training.choose_solo_gate(hard, realistic, 0.1)
    rates = screening_training._rates(*hard[:3], 0.1, hard[3], None, gate)
    assert (rates["high_none"], rates["false_alarm"]) == (0, 0.0)
    # 2 high posts at 0.25: quieting the ordinary posts would leave them scored none, so the
    # gate keeps them and the ordinary posts alert
    hard, realistic = _slack_toy(2)
    gate = screening_training.choose_solo_gate(hard, realistic, 0.1)
    rates = screening_training._rates(*hard[:3], 0.1, hard[3], None, gate)
    assert (rates["high_none"], rates["false_alarm"]) == (0, 1.0)


def test_the_high_head_pages_when_a_post_is_more_likely_high_than_not():
    # 2026.12.8, "when unsure, choose the higher level": the phrase rules' own "high" results
    # are all truly high (precision 1.0), but the high head's threshold asks only that the
    # posts it promotes be truly high more often than not (HIGH_HEAD_PRECISION)
    high_rule, medium_rule = (Level.HIGH, False), (Level.MEDIUM, False)
    labels = ["high", "high", "high", "medium", "none"]
    rules = [high_rule, medium_rule, medium_rule, medium_rule, medium_rule]
    scores = [0.5] * 5
    high_scores = [0.9, 0.6, 0.55, 0.57, 0.2]
    assert screening_training.HIGH_HEAD_PRECISION == 0.5
    assert screening_training.HIGH_THRESHOLD_FLOOR == 30
    # at the floor (0.3 since model 2026.12.15) two of the three promoted are high (0.67, more
    # often than not); asking the phrase rules' precision (1.0) would have given 0.58
    assert screening_training.choose_high_threshold(labels, rules, scores, high_scores, 0.1) == 0.3


def test_the_high_head_threshold_climbs_from_the_floor_until_the_precision_holds():
    # model 2026.12.15: the search starts at 0.3, and the precision rule still decides above it
    high_rule, medium_rule = (Level.HIGH, False), (Level.MEDIUM, False)
    labels = ["high", "none", "medium", "high"]
    rules = [high_rule, medium_rule, medium_rule, medium_rule]
    scores = [0.5] * 4
    # at 0.30 one of three promoted is high; at 0.33 one of two (more often than not: 0.5)
    high_scores = [0.9, 0.32, 0.34, 0.45]
    assert screening_training.choose_high_threshold(labels, rules, scores, high_scores, 0.1) == 0.33
