"""The safeguarding screener: pure function tests (no database).

The goal tests compute their rates from the labelled data every time; no expected count is
written here. See docs/clinical-safety/screening.md for what the goals mean.
"""

from __future__ import annotations

import functools
import importlib
import re
import time
from collections import Counter
from io import StringIO

import pytest
from django.core.management import call_command

from safeguarding.management.commands import screening_report as report_command
from safeguarding.screening import (
    CATEGORIES,
    LIBRARY_VERSION,
    Level,
    Screening,
    data,
    library,
    normalise,
    patterns,
    screen_text,
)
from safeguarding.screening import evaluation as screening_eval

LABELS = {"high", "medium", "none"}
KINDS = {"plain", "subtle", "tricky"}

_SETS = screening_eval.load_sample_sets()
DEVSET = _SETS.pop("development set")
HOLDOUT_ALL = _SETS.pop("held-out set, all rounds")
HOLDOUT_ROUNDS = _SETS  # rounds 1-9, each as (label, kind, text)
EVERY_SET = {"devset": DEVSET, **HOLDOUT_ROUNDS, "holdout, all rounds": HOLDOUT_ALL}


@pytest.fixture(scope="session")
def screened(screening_memo) -> dict[str, Screening]:
    """Every post of the development set and the held-out rounds, screened once per session
    (a post of a round is in "all rounds" too: screened once; a post the report screened in
    this process is not screened again)."""
    screened: dict[str, Screening] = {}
    for samples in EVERY_SET.values():
        for _label, _kind, text in samples:
            if text not in screened:
                key = (text, None)
                if key not in screening_memo:
                    screening_memo[key] = screen_text(text)
                screened[text] = screening_memo[key]
    return screened


def level(text: str) -> Level:
    return screen_text(text).level


def reaches_staff(text: str) -> bool:
    return level(text) in (Level.HIGH, Level.MEDIUM)


# --------------------------------------------------------------------------- the data sets
@pytest.mark.parametrize("name", list(EVERY_SET))
def test_samples_are_well_formed(name):
    samples = EVERY_SET[name]
    for sample in samples:
        assert len(sample) == 3
        label, kind, text = sample
        assert label in LABELS
        assert kind in KINDS
        assert isinstance(text, str) and text.strip()
    if name == "holdout, all rounds":
        return  # uniqueness within each round is checked above; across rounds, below
    texts = [s[2] for s in samples]
    assert len(texts) == len(set(texts)), "a post appears twice"


def test_devset_is_big_enough_and_a_third_are_tricky_negatives():
    assert len(DEVSET) >= 180
    tricky_negatives = [s for s in DEVSET if s[0] == "none" and s[1] == "tricky"]
    assert len(tricky_negatives) * 3 >= len(DEVSET)


@pytest.mark.parametrize("name", list(HOLDOUT_ROUNDS))
def test_each_holdout_round_is_big_enough_with_the_planned_mix(name):
    samples = HOLDOUT_ROUNDS[name]
    assert len(samples) >= 120
    counts = Counter(s[0] for s in samples)
    share = {label: counts[label] / len(samples) for label in LABELS}
    assert 0.20 <= share["high"] <= 0.40
    assert 0.15 <= share["medium"] <= 0.35
    assert 0.35 <= share["none"] <= 0.55


# Two independent evaluators, writing apart, each wrote the same stock idiom post (rounds 8 and
# 9, both labelled "none"). Held-out files are never edited after hashing, so the one known
# coincidence is listed; any other repeat across rounds fails.
KNOWN_CROSS_ROUND_REPEATS = {"dying to see you all on thursday!! been a long month xx"}


def test_no_post_is_in_both_the_devset_and_the_holdout():
    assert not {s[2] for s in DEVSET} & {s[2] for s in HOLDOUT_ALL}
    seen: dict[str, str] = {}
    for samples in HOLDOUT_ROUNDS.values():
        for label, _kind, text in samples:
            if text in seen:
                assert text in KNOWN_CROSS_ROUND_REPEATS, f"a post appears in two rounds: {text}"
                assert seen[text] == label, "a repeated post has two labels"
            seen[text] = label


# --------------------------------------------------------------------------- the goals
def _rates(samples, screened):
    by_label: dict[str, list[Level]] = {label: [] for label in LABELS}
    for label, _kind, text in samples:
        by_label[label].append(screened[text].level)

    def alert_share(levels):
        return sum(lv in (Level.HIGH, Level.MEDIUM) for lv in levels) / len(levels)

    return {
        "high_reach": alert_share(by_label["high"]),
        "high_scored_none": sum(lv == Level.NONE for lv in by_label["high"]),
        "medium_reach": alert_share(by_label["medium"]),
        "none_alert": alert_share(by_label["none"]),
    }


@pytest.mark.slow
@pytest.mark.parametrize("name", list(EVERY_SET))
def test_goals_are_met(name, screened):
    rates = _rates(EVERY_SET[name], screened)
    assert rates["high_scored_none"] == 0, "a high post was scored none"
    assert rates["high_reach"] >= 0.95
    assert rates["medium_reach"] >= 0.85
    assert rates["none_alert"] <= 0.25


@pytest.mark.slow
@pytest.mark.parametrize("name", ["devset", "holdout, all rounds"])
def test_evaluate_agrees_with_an_independent_count(name, screened):
    samples = EVERY_SET[name]
    result = screening_eval.evaluate(samples)
    rates = _rates(samples, screened)
    goals = {g["name"]: g["value"] for g in result["goals"]}
    high_reach = "high posts reaching staff (high or medium), none scored 'none'"
    assert goals[high_reach] == pytest.approx(rates["high_reach"])
    assert goals["medium posts reaching staff (high or medium)"] == pytest.approx(
        rates["medium_reach"]
    )
    assert goals["ordinary posts raising an alert (false alarms)"] == pytest.approx(
        rates["none_alert"]
    )
    high_as_high = sum(
        1 for label, _k, text in samples if label == "high" and screened[text].level == Level.HIGH
    )
    high_total = sum(1 for label, _k, _t in samples if label == "high")
    assert goals["high posts scored high"] == pytest.approx(high_as_high / high_total)
    assert result["high_as_none"] == rates["high_scored_none"]
    assert result["total"] == len(samples)
    wrong = sum(1 for label, _k, text in samples if str(screened[text].level) != label)
    assert len(result["errors"]) == wrong


# Categories added after the development set was hashed (2026.12.1), exercised by the realistic
# weeks or, where no labelled post has one, by a named test of their own.
EXERCISED_BY_A_TEST = {
    "imminent": ("test_screening_kinds", "test_a_terse_time_with_an_apology_or_finality_is_high"),
    # 2026.12.8: the collapse family is found in the hard cases (round 15), not in the devset
    # or the realistic weeks
    "priority_emergency": (
        "test_screening_priority",
        "test_a_priority_family_makes_a_post_that_reaches_staff_high",
    ),
}


@pytest.mark.slow
def test_every_category_in_the_library_is_exercised_by_the_labelled_posts(screened, screened_weeks):
    triggered = {
        cue.category
        for _label, _kind, text in DEVSET
        for cue in screened[text].evidence
        if cue.level != Level.NONE
    }
    for _post, _context, result in screened_weeks:
        triggered |= {c.category for c in result.evidence if c.level != Level.NONE}
    for category, (module, test) in EXERCISED_BY_A_TEST.items():
        assert callable(getattr(importlib.import_module(f"tests.safeguarding.{module}"), test))
        triggered.add(category)
    missing = set(CATEGORIES) - triggered
    assert not missing, f"no labelled post triggers: {sorted(missing)}"


# --------------------------------------------------------------------------- specific rules
def test_negation_cannot_clear_not_safe():
    result = screen_text("I'm not going to do anything, but I don't feel safe")
    assert result.level in (Level.HIGH, Level.MEDIUM)
    assert any(c.category == "not_safe" and c.level != Level.NONE for c in result.evidence)


def test_negation_lowers_other_cues():
    assert level("I'm not suicidal, just fed up with the rain") == Level.NONE
    assert level("i'm suicidal") == Level.HIGH


def test_idiom_with_a_means_cue_stays_high():
    assert level("the pain is killing me, I've saved up all my tramadol") == Level.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "the pain is killing me",
        "I could murder a cuppa",
        "dying to see you",
        "I'd kill for a good night's sleep",
        "this weather will be the death of me",
        "dead tired",
        "killing time before the bus",
        "I nearly died laughing",
        "drop dead gorgeous",
        "knock 'em dead",
    ],
)
def test_an_idiom_alone_is_none(text):
    result = screen_text(text)
    assert result.level == Level.NONE
    assert any(c.category == "idiom" for c in result.evidence), "the idiom is shown"


@pytest.mark.parametrize(
    "text",
    [
        "does anyone else take pregabalin? how many mg?",
        "has anyone come off amitriptyline, what was it like",
        "goodbye everyone, I'm moving to the Tuesday group, see you at the summer gathering",
        "bad flare today, staying in bed, will miss Thursday",
        "did my pacing today, 10 minutes walking then a rest",
        "meeting at the community centre at 2, there's a lift",
        "two years ago I couldn't get out of bed, today I walked to the park",
    ],
)
def test_benign_posts_are_none(text):
    assert level(text) == Level.NONE


def test_past_and_recovered_is_lowered_but_past_and_the_same_today_is_not():
    assert level("two years ago I tried to end it, today I'm doing much better") != Level.HIGH
    assert level("two years ago I tried to end it, and today I feel the same") == Level.HIGH


def test_third_party_and_news_are_lowered():
    assert level("there was a piece on the news about a man who jumped off a bridge") == (
        Level.NONE
    )
    assert level("I keep thinking about jumping off a bridge") == Level.HIGH


def test_medium_cues_from_two_categories_combine_to_high():
    assert level("I'm just a burden") == Level.MEDIUM
    assert level("nothing will ever get better") == Level.MEDIUM
    assert level("I'm just a burden and nothing will ever get better") == Level.HIGH


def test_a_near_time_with_a_cue_is_high():
    assert level("I can't cope any more") == Level.MEDIUM
    assert level("I can't cope any more, tonight is the end") == Level.HIGH
    # the near-time rule alone (the phrase layers): a near time without a cue is nothing
    phrases_only = screen_text("tonight I'm going to the bridge club", statistical_layer=False)
    assert phrases_only.level == Level.NONE


def test_means_with_accumulation_is_high_but_a_routine_is_not():
    assert level("been saving up my co-codamol, nearly enough now") == Level.HIGH
    assert level("counting out my tablets into the dosette box for the week") == Level.NONE


def test_text_speak_is_normalised():
    assert level("wanna kms tbh") == Level.HIGH
    assert level("feel sucidal 2nite") == Level.HIGH


# --------------------------------------------------------------------------- evidence
@pytest.mark.parametrize(
    "text",
    [
        "the pain is killing me, I’ve   saved up ALL my Tramadol",
        "İ  I’m   NOT ok.\n\nI cant   do this anymore 😭 kms",
        "Goodbye everyone 💔 this is my last post",
        "“I don't feel safe at home”, she said — no, I said it",
    ],
)
def test_evidence_spans_point_at_the_original_text(text):
    result = screen_text(text)
    assert result.evidence
    for cue in result.evidence:
        assert 0 <= cue.start < cue.end <= len(text)
        assert text[cue.start : cue.end] == cue.text
        assert cue.text.strip()
        assert cue.rule and cue.category


def test_evidence_shows_the_words_that_were_written():
    text = "honestly wanna kms"
    cues = [c for c in screen_text(text).evidence if c.category == "intent"]
    assert cues
    assert any("kms" in c.text for c in cues), "the reviewer sees 'kms', not 'kill myself'"


def test_normalise_keeps_a_map_to_the_original():
    original = "I  CANT   cope"
    norm = normalise(original)
    assert norm.text == "i can't cope"
    start = norm.text.index("can't")
    a, b = norm.original_span(start, start + len("can't"))
    assert original[a:b] == "CANT"


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        (" lift to group", "lift to group"),
        ("lift to group ", "lift to group"),
        ("  \t lift \t to\tgroup\n", "lift to group"),
        ("lift\nto\r\n\n group", "lift\nto\ngroup"),
        ("lift to group", "lift to group"),
        ("\u00a0lift\u2003to  group", "lift to group"),
        (" ", ""),
    ],
)
def test_whitespace_runs_collapse_to_one_space_or_one_newline_and_the_ends_are_trimmed(
    original, expected
):
    """2026.12.17: only the runs that change are matched (a lone space is left as it is)."""
    norm = normalise(original)
    assert norm.text == expected
    start = norm.text.index("group") if "group" in norm.text else 0
    if "group" in norm.text:
        a, b = norm.original_span(start, start + len("group"))
        assert original[a:b] == "group"


# --------------------------------------------------------------------------- robustness
@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t  ",
        "😂😂😂🙈💔",
        "İstanbul’da çok ağrım var",
        "Ωραία μέρα σήμερα",
        "ﬁne thanks",
        "\u200b\u200d\ufeff",
        '"""',
        # Four times the longest post a member can send (groups.Post.body, 5,000 characters);
        # a 100,000-letter word and a post over 100,000 characters are tested below.
        "x" * 20_000,
        "i want to die " * 1_440,
        ("tablets saved up " * 1_200)[:20_000],
    ],
    ids=lambda text: f"{len(text)}-chars:{text[:12]!r}",
)
def test_unusual_input_never_raises(text):
    result = screen_text(text)
    assert isinstance(result, Screening)
    assert result.level in set(Level)
    for cue in result.evidence:
        assert text[cue.start : cue.end] == cue.text


def test_empty_input_is_none_with_no_evidence():
    result = screen_text("   ")
    assert result.level == Level.NONE
    assert result.evidence == ()


def test_a_very_long_post_is_still_screened():
    text = "lovely day at the garden centre. " * 3100 + "I want to end my life."
    assert len(text) > 100_000
    assert level(text) == Level.HIGH


def test_a_huge_word_takes_time_in_proportion_to_its_length():
    # Without the leading word boundary, a rule alternative that starts with a run of word
    # characters ("(?:\\w+|\\d+) year old") tried every letter of a long word to its end:
    # 100,000 letters took minutes of CPU. Long posts use each pattern as written.
    started = time.process_time()
    assert level("x" * 100_000) == Level.NONE
    assert time.process_time() - started < 10  # about 0.7 s on a shared 2-core machine


def test_long_posts_get_the_same_screening_by_the_patterns_as_written(monkeypatch):
    """Posts over patterns._LONG_POST characters are matched by the patterns with their word
    boundaries (`Pattern.as_written`); here every post of the development set takes that
    way too, and each gets the same level, evidence, reasons and kind."""
    posts = [text for _l, _k, text in DEVSET]
    usual = [screen_text(text) for text in posts]
    monkeypatch.setattr(patterns, "_LONG_POST", 0)
    assert [screen_text(text) for text in posts] == usual


# --------------------------------------------------------------------------- the API
def test_level_is_a_textchoices_with_three_values():
    assert {choice.value for choice in Level} == {"high", "medium", "none"}
    assert Level("high") == Level.HIGH


def test_a_screening_carries_the_library_version():
    assert screen_text("i'm just a burden to everyone").library_version == LIBRARY_VERSION


def test_the_library_has_a_version_string():
    # "<phrase library version>+model-<statistical model version>"
    assert re.fullmatch(r"\d{4}\.\d{1,2}\.\d+\+model-\d{4}\.\d{1,2}\.\d+", LIBRARY_VERSION)
    assert LIBRARY_VERSION.startswith(f"{library.VERSION}+model-")


# --------------------------------------------------------------------------- the report
def _screening_report(memo: dict) -> str:
    """The command's output; its posts screened into `memo` (the process's screening_memo)."""
    out = StringIO()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            report_command,
            "full_report",
            functools.partial(screening_eval.full_report, screenings=memo),
        )
        call_command("screening_report", "--show-errors", stdout=out)
    return out.getvalue()


@pytest.fixture(scope="session")
def report(screening_cache, screening_memo) -> str:
    """`python manage.py screening_report --show-errors`, run once for these screening files
    (kept in var/test-cache, see screening_cache in conftest.py)."""
    return screening_cache("screening-report", lambda: _screening_report(screening_memo))


@pytest.mark.slow
def test_the_report_prints_a_matrix_and_three_goals_for_each_set(report):
    sets = screening_eval.load_sample_sets()
    sets["training corpora (statistical layer), all"] = [
        sample for items in data.training_corpora().values() for sample in items
    ]
    for name, samples in sets.items():
        assert f"== {name}: {len(samples)} posts, library {LIBRARY_VERSION}\n" in report
    # and one more matrix: the realistic weeks
    assert report.count("rows: true label; columns: predicted") == len(sets) + 1
    goal_lines = re.findall(r"^(PASS|FAIL)  ", report, re.MULTILINE)
    # four goals a set, and for the realistic weeks the four plus alerts per 100 ordinary posts
    assert len(goal_lines) == 4 * len(sets) + 5
    assert report.rstrip().endswith(f"library version: {LIBRARY_VERSION}")


@pytest.mark.slow
def test_the_report_prints_every_rate_with_its_interval_and_n(report):
    rate_lines = re.findall(r"^(?:PASS|FAIL)  .*$", report, re.MULTILINE)
    for line in rate_lines:
        assert re.search(r"\((\d+) of (\d+); 95% CI [\d.]+%? to [\d.]+%?\)", line), line
    weeks = data.realistic_weeks()
    ordinary = sum(p.label == "none" for posts in weeks.values() for p in posts)
    (line,) = [x for x in rate_lines if "alerts per 100 ordinary posts" in x]
    assert f" of {ordinary}; 95% CI" in line
    assert "goal <= 3" in line
    assert re.search(
        r"implied for a service of 50 groups .*: \d+ false alarms a week \(95% CI \d+ to \d+\)",
        report,
    )


@pytest.mark.parametrize(
    ("k", "n", "low", "high"),
    [(0, 10, 0.0, 0.2775), (5, 10, 0.2366, 0.7634), (1, 766, 0.0002, 0.0074)],
)
def test_wilson_interval(k, n, low, high):
    a, b = screening_eval.wilson(k, n)
    assert a == pytest.approx(low, abs=5e-4)
    assert b == pytest.approx(high, abs=5e-4)
    assert screening_eval.wilson(0, 0) == (0.0, 1.0)


@pytest.mark.slow
def test_the_report_lists_each_misclassified_post_with_its_evidence(report, screened):
    wrong = [(label, text) for label, _kind, text in DEVSET if str(screened[text].level) != label]
    for label, text in wrong:
        assert f"[true {label}, got {screened[text].level}] {text}\n" in report


# --------------------------------------------------------------------------- 2026.11.2 layers
@pytest.mark.parametrize(
    "text",
    [
        "my sister is having the rabbit for good from monday",
        "been putting my tramadol by every night instead of taking it",
        "i don't trust myself tonight",
        "sat in the car with a rope in the garage",
        "calm today. decided what i'm doing",
        "won't be here for christmas, it's all worked out",
    ],
)
def test_indirect_high_wording_is_high(text):
    assert level(text) == Level.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "not coping at all today",
        "hanging by a thread",
        "stopped answering the phone to everyone",
        "has anyone had a reply from jan? nothing since tuesday",
    ],
)
def test_broad_medium_net_reaches_staff(text):
    assert reaches_staff(text)


def test_being_alone_only_supports_another_cue():
    assert level("nobody's home tonight so i'm having a bath") == Level.NONE
    assert level("nobody's home tonight and i've got a big bag of tablets") == Level.HIGH


def test_an_accidental_overdose_is_not_high():
    assert level("my mum had an overdose of her warfarin by mistake, she's fine") != Level.HIGH


# --------------------------------------------------------------------------- 2026.11.3 broad net
@pytest.mark.parametrize(
    "text",
    [
        "picked up a hose and some gaffer tape, it's not for the car wash",
        "i've made my mind up and honestly i'm at peace with it",
        "found out how tall the multistorey by the station is. i'm done",
        "can someone have my rabbits, they need a new home before sunday",
        "the chemist sent extra fentanyl patches by mistake. wondering what would happen if i "
        "put them all on",
    ],
)
def test_a_broad_cue_with_a_cue_of_another_class_is_high(text):
    assert level(text) == Level.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "bought some rope for the runner beans",
        "sharpened the carving knife for sunday lunch",
        "quit sugar for good, day three",
    ],
)
def test_a_single_broad_word_is_at_most_medium(text):
    assert level(text) != Level.HIGH


def test_a_third_party_context_does_not_clear_concern_about_a_member():
    assert reaches_staff("has anyone been in touch with bev? she said she was giving up on it all")
