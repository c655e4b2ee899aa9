"""2026.12.17 (issue 17, speed with the same results): the screener looks for a post-wide flag
(an ordinary departure, a recovery, a recurrence, intent stated over an accident) only when a
cue's reading asks for it, and for the priority families only where they can change the result
(a post at medium) or are shown unused (phrase layers only). Every labelled post gave the same
level, evidence, reasons and kind before and after (docs/operations/benchmarks.md); these tests
keep the rules of the shortcut. The examples are written for this file."""

from __future__ import annotations

import pytest

from safeguarding.screening import Level, priority, screen_text, screener
from safeguarding.screening.flags import PostFlags

from .test_screening_priority import RAISED


class _Counting:
    def __init__(self, answer: bool):
        self.answer, self.calls = answer, 0

    def search_where_live(self, text: str, present: frozenset[str]):
        self.calls += 1
        return "found" if self.answer else None


def test_a_flag_is_looked_for_once_on_first_use_and_remembered():
    yes, no = _Counting(True), _Counting(False)
    flags = PostFlags({"recovery": yes, "recurrence": no}, "text", frozenset())
    assert flags.looked_for() == frozenset()
    assert flags["recovery"] is True
    assert flags["recovery"] is True  # the second read is remembered (one search below)
    assert flags["recurrence"] is False
    assert (yes.calls, no.calls) == (1, 1)


def test_a_flag_without_a_pattern_is_false_and_a_known_flag_is_never_looked_for():
    never = _Counting(True)
    flags = PostFlags({"advice_to_reader": never}, "text", frozenset(), advice_to_reader=False)
    assert flags["advice_to_reader"] is False
    assert never.calls == 0
    assert flags["no_such_flag"] is False


@pytest.fixture
def recorded(monkeypatch):
    """The flags each screening looked for, and the kinds of rules it tried."""
    seen: dict[str, list] = {"flags": [], "escalating": []}

    class Recording(PostFlags):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            seen["flags"].append(self)

    raw = screener._raw_cues

    def recording_raw(masked, literals, *, escalating):
        seen["escalating"].append(escalating)
        return raw(masked, literals, escalating=escalating)

    monkeypatch.setattr(screener, "PostFlags", Recording)
    monkeypatch.setattr(screener, "_raw_cues", recording_raw)
    return seen


def test_an_everyday_post_looks_for_no_flag_and_no_priority_family(recorded):
    result = screen_text("Lovely walk round the lake this morning, then a bacon roll at the cafe")
    assert result.level == Level.NONE
    assert recorded["flags"][0].looked_for() == frozenset({"advice_to_reader"})
    assert recorded["escalating"] == [False]


def test_a_goodbye_looks_for_an_ordinary_departure_and_is_lowered_by_it(recorded):
    result = screen_text("Goodbye everyone, off to my daughter's in Spain for a fortnight")
    assert "benign_departure" in recorded["flags"][0].looked_for()
    assert result.level == Level.NONE, result.reasons


@pytest.mark.parametrize(("rule", "text", "kind"), RAISED)
def test_a_post_reaching_staff_is_high_with_every_layer_and_its_family_looked_for_at_medium(
    recorded, rule, text, kind
):
    result = screen_text(text)
    assert result.level == Level.HIGH, (text, result.reasons)
    if any(priority.PRIORITY_REASON in r for r in result.reasons):
        # at medium after every other layer: the families were looked for and one raised it
        assert recorded["escalating"] == [False, True]
        assert rule in {c.rule for c in result.evidence}
    else:
        # already high by another layer: a priority cue could change nothing, so none is sought
        assert recorded["escalating"] == [False]
        assert not any(c.category in priority.ESCALATING_CATEGORIES for c in result.evidence)


def test_some_posts_reach_high_only_through_their_priority_family_with_every_layer():
    raised = [
        t
        for _r, t, _k in RAISED
        if any(priority.PRIORITY_REASON in r for r in screen_text(t).reasons)
    ]
    assert raised, "the test above must exercise the priority path with every layer"


def test_the_phrase_layers_alone_show_a_priority_cue_that_raised_nothing(recorded):
    text = "the little ones got locked out in the cold for five minutes while I found the key"
    alone = screen_text(text, statistical_layer=False)
    assert recorded["escalating"] == [False, True]
    assert priority.would_raise(alone.evidence)
