"""The screener's literal prefilter (2026.12.5, safeguarding/screening/prefilter.py): a speed-up
that must never change a screening."""

from __future__ import annotations

import re

import pytest

from safeguarding.screening import data, prefilter, screener


@pytest.mark.parametrize(
    ("pattern", "texts"),
    [
        (r"\bsaving (?:my|the) tablets\b", ["been saving my tablets", "saving the tablets up"]),
        (r"\b(?:bridge|cliff edge|viaduct)\b", ["at the bridge", "near the viaduct now"]),
        (r"(?:sorry|bye)?\s*tonight", ["sorry tonight", "tonight"]),
        (r"\A(?=[\s\S]*\bgoodbye\b)[\s\S]+\Z", ["well goodbye all", "goodbye"]),
        (r"\b(?:counted|lined) up(?: all)? (?:my|the) pills\b", ["lined up my pills"]),
    ],
)
def test_required_literals_are_in_every_text_the_pattern_matches(pattern, texts):
    regex = re.compile(pattern)
    found = prefilter.required_literals(regex)
    assert found is not None
    for text in texts:
        assert regex.search(text), text
        assert any(literal in text for literal in found), (text, found)


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(?:tablets|\w+)\b",  # one branch needs no literal
        r"(?i)goodbye",  # case-insensitive
        r"(?!goodbye)\w+",  # a negative look-ahead needs nothing
        r"(?:tablets)?\s",  # optional
        r"x",  # one letter: in almost every post, not worth checking
    ],
)
def test_no_literal_is_claimed_where_none_is_needed(pattern):
    assert prefilter.required_literals(re.compile(pattern)) is None


@pytest.mark.parametrize(
    ("pattern", "matching", "not_live"),
    [
        # a medicine near a farewell, in either order: one of each part is needed
        (
            r"\b(?:tablets|pills)\b.{0,40}\b(?:goodbye|farewell)\b"
            r"|\b(?:goodbye|farewell)\b.{0,40}\b(?:tablets|pills)\b",
            ["saved my tablets, goodbye all", "farewell then, the pills are ready"],
            ["my tablets are in the cupboard", "goodbye, see you thursday"],
        ),
        (
            r"\bsaving (?:my|the) tablets\b.*\btonight\b",
            ["saving the tablets for tonight"],
            ["saving my tablets", "see you tonight"],
        ),
    ],
)
def test_a_pattern_of_parts_needs_a_literal_of_each_part(pattern, matching, not_live):
    regex = re.compile(pattern)
    clauses = prefilter.literal_clauses(regex)
    assert len(clauses) >= 2, clauses
    for text in matching:
        assert regex.search(text), text
        assert all(any(lit in text for lit in clause) for clause in clauses), (text, clauses)
    for text in not_live:
        assert not regex.search(text), text
        # the text lacks every literal of at least one set: the screener does not try it
        assert any(not any(lit in text for lit in clause) for clause in clauses), text


def test_a_screener_pattern_is_live_only_with_a_literal_of_each_set():
    rule = next(r for r in screener._RULES if len(r.regex.clauses) > 1)
    first, second = rule.regex.clauses[:2]
    assert rule.regex.live(frozenset({next(iter(first))}) | frozenset(second))
    assert not rule.regex.live(frozenset(first))
    assert rule in screener._live_rules(frozenset().union(*rule.regex.clauses))
    assert rule not in screener._live_rules(frozenset(first))


def test_the_index_finds_every_literal_in_the_text_even_inside_another():
    index = prefilter.LiteralIndex(["tablet", "tablets", "able", "lets", "bridge"])
    assert index.present("my tablets") == {"tablet", "tablets", "able", "lets"}
    assert index.present("no match here") == frozenset()


def _outcome(result) -> tuple:
    return (result.level, result.evidence, result.reasons, result.kind)


def test_the_prefilter_never_changes_a_screening(monkeypatch, screened_weeks, screening_memo):
    """Every 20th labelled post and every 12th post of the realistic weeks (replies with the
    post they answer; over 1,000 posts in all), screened with and without the prefilter: the
    same level, evidence, reasons and kind. bench/screening_bench.py checks every post. (The
    screenings with the prefilter are the process's shared ones, `screening_memo` and
    `screened_weeks`, made by the same screen_text; a post not yet in the memo is screened.)"""
    weeks = data.realistic_weeks()
    items = [
        (p.text, None)
        for name, posts in data.labelled_sets().items()
        if name not in weeks
        for p in posts[::20]
    ]
    with_prefilter = []
    for key in items:
        if key not in screening_memo:
            screening_memo[key] = screener.screen_text(key[0], context_text=key[1])
        with_prefilter.append(_outcome(screening_memo[key]))
    for post, context, result in screened_weeks[::12]:
        items.append((post.text, context))
        with_prefilter.append(_outcome(result))
    assert len(items) > 1000
    monkeypatch.setattr(screener._Pattern, "live", lambda self, present: True)
    monkeypatch.setattr(screener, "_live_rules", lambda literals: list(screener._RULES))
    without = [_outcome(screener.screen_text(t, context_text=c)) for t, c in items]
    assert [i for i, (a, b) in enumerate(zip(with_prefilter, without, strict=True)) if a != b] == []


def test_the_prefilter_skips_most_rules_on_everyday_chat():
    literals = screener._INDEX.present("see you all at the cafe on thursday, bring a brolly")
    live = screener._live_rules(literals)
    assert live == [rule for rule in screener._RULES if rule.regex.live(literals)]
    assert len(live) < len(screener._RULES) / 4


@pytest.mark.parametrize(
    ("pattern", "key"),
    [
        # a word most posts hold ("my", "it") is a worse key than a rarer one of the pattern
        (r"\bmy\s(?:last|final)\b", {"last", "final"}),
        (r"\b(?:it's|its)\stime\sto\sgo\b", {"time"}),
        # two letters are in most posts, inside longer words ("le" in "people")
        (r"\b(?:left|leave)\s(?:him|them)\b", {"him", "them"}),
    ],
)
def test_a_rule_is_keyed_by_its_rarest_word_not_by_one_in_most_posts(pattern, key):
    """2026.12.17: the cost of a literal when choosing keys (`prefilter._literal_cost`)."""
    assert prefilter.required_literals(re.compile(pattern)) == frozenset(key)
