"""`screening_report --round FILE`: one fresh round scored once, replies in their thread."""

import json

import pytest
from django.core.management import CommandError, call_command

from safeguarding.screening import evaluation
from safeguarding.screening.screener import screen_text

POSTS = [
    ("r-1", "Anyone fancy the garden centre on Thursday? Cake after x", "none", None),
    ("r-2", "I've been saving my tramadol for weeks and I'm doing it tonight", "high", None),
    ("r-3", "please ring 999 or samaritans on 116 123, you're not on your own", "none", "r-2"),
    ("r-4", "feel like such a burden on everyone lately, whats the point", "medium", None),
]


def _write(path, posts):
    rows = [
        {
            "id": i,
            "text": t,
            "label": label,
            "kind": "self" if label == "high" else None,
            "category": "test",
            "group": "Test group (Leeds)",
            "author": "Sam",
            "reply_to": parent,
            "day": 1,
            "note": "",
        }
        for i, t, label, parent in posts
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")


def test_the_round_report_counts_what_the_screener_says_with_replies_in_their_thread(tmp_path):
    path = tmp_path / "round.jsonl"
    _write(path, POSTS)
    report, _passed = evaluation.round_report(path)
    by_id = {i: t for i, t, _label, _parent in POSTS}
    levels = {
        i: str(screen_text(t, context_text=by_id.get(parent)).level)
        for i, t, _label, parent in POSTS
    }
    ordinary = [i for i, _t, label, _p in POSTS if label == "none"]
    alarms = sum(levels[i] != "none" for i in ordinary)
    assert "(1 replies in thread)" in report
    assert f"({alarms} of {len(ordinary)};" in report.split("alerts per 100 ordinary posts:")[1]
    assert "high posts of kind self: scored high" in report
    high_as_high = sum(levels[i] == "high" for i, _t, label, _p in POSTS if label == "high")
    assert f"high posts scored high: {high_as_high / 1:.1%} ({high_as_high} of 1;" in report


def test_a_round_without_threads_has_no_per_100_line(tmp_path):
    path = tmp_path / "hard.jsonl"
    _write(path, [p[:3] + (None,) for p in POSTS])
    report, _passed = evaluation.round_report(path)
    assert "alerts per 100" not in report
    assert "(0 replies in thread)" in report


def test_the_command_says_clearly_when_the_file_cannot_be_read(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"not": "a post"}\n', encoding="utf-8")
    with pytest.raises(CommandError, match="cannot read"):
        call_command("screening_report", round=str(bad))
    with pytest.raises(CommandError, match="cannot read"):
        call_command("screening_report", round=str(tmp_path / "missing.jsonl"))
