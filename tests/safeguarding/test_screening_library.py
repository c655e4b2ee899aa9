"""The phrase library as data (safeguarding/screening/phrases/*.toml): loaded and validated at
import, with an error that names the file and the rule."""

from __future__ import annotations

import re
import shutil

import pytest

from safeguarding.screening import CATEGORIES, library


def test_the_shipped_library_loads_with_one_file_per_category():
    loaded = library.load()
    assert list(loaded.categories) == list(CATEGORIES)
    files = {path.name for path in library.PHRASES_DIR.glob("*.toml")}
    assert files == {f"{name}.toml" for name in loaded.categories} | set(library.SPECIAL_FILES)
    assert {rule["file"] for rule in loaded.rules} == {f"{c}.toml" for c in loaded.categories}
    names = [rule["name"] for rule in loaded.rules] + [i["name"] for i in loaded.idioms]
    assert len(names) == len(set(names))
    for rule in loaded.rules:
        assert rule["name"].startswith(rule["category"] + ".")
        assert re.fullmatch(r"\d{4}\.\d{1,2}\.\d+", rule["added_in"])


def test_a_second_load_compiles_no_pattern_again():
    """Each expanded pattern is compiled once a process: a second load gives the very same
    compiled patterns (re's own cache holds 512 and the library has more)."""
    first, second = library.load(), library.load()
    pairs = [
        (a["compiled"].regex, b["compiled"].regex)
        for a, b in zip(first.rules, second.rules, strict=True)
    ]
    assert len(pairs) > 512
    assert all(a is b for a, b in pairs)


@pytest.fixture
def phrases(tmp_path):
    """A copy of the phrase library to break."""
    copy = tmp_path / "phrases"
    shutil.copytree(library.PHRASES_DIR, copy, ignore=shutil.ignore_patterns("*.json"))
    return copy


def _replace(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


BREAKAGES = {
    "a pattern that does not compile": (
        "means.toml",
        "pattern = '\\b<ACCUM_STRONG><LINEGAP>\\b<MEANS>\\b'",
        "pattern = '\\b<ACCUM_STRONG>(<LINEGAP>\\b<MEANS>\\b'",
        r"means\.toml, rule 'means\.strong_before': the pattern does not compile",
    ),
    "an unknown fragment": (
        "means.toml",
        "pattern = '\\b<ACCUM_STRONG><LINEGAP>\\b<MEANS>\\b'",
        "pattern = '\\b<ACCUM_STRONGER><LINEGAP>\\b<MEANS>\\b'",
        r"means\.toml, rule 'means\.strong_before': unknown fragment ACCUM_STRONGER",
    ),
    "an unknown key": (
        "means.toml",
        "name = 'means.strong_before'\n",
        "name = 'means.strong_before'\nlevle = 'medium'\n",
        r"means\.toml, rule 'means\.strong_before': unknown key 'levle'",
    ),
    "a rule filed under the wrong category": (
        "means.toml",
        "name = 'means.strong_before'",
        "name = 'plan.strong_before'",
        r"means\.toml, rule 'plan\.strong_before': a rule's name must be 'means\.<short_name>'",
    ),
    "no added_in": (
        "intent.toml",
        "name = 'intent.kill_myself'\nadded_in = '2026.11.1'\n",
        "name = 'intent.kill_myself'\n",
        r"intent\.toml, rule 'intent\.kill_myself': missing 'added_in'",
    ),
    "added_in later than the library": (
        "intent.toml",
        "name = 'intent.kill_myself'\nadded_in = '2026.11.1'\n",
        "name = 'intent.kill_myself'\nadded_in = '2027.1.1'\n",
        r"intent\.toml, rule 'intent\.kill_myself': added_in 2027\.1\.1 is later",
    ),
    "an invalid level": (
        "intent.toml",
        "name = 'intent.kill_myself'\n",
        "name = 'intent.kill_myself'\nlevel = 'none'\n",
        r"intent\.toml, rule 'intent\.kill_myself': level must be one of",
    ),
    "a file that is not TOML": (
        "burden.toml",
        "[category]",
        "[category",
        r"burden\.toml: not valid TOML",
    ),
    "a missing context pattern": (
        "context.toml",
        "[context.negation]",
        "[context.negations]",
        r"context\.toml: missing context negation",
    ),
    "an unknown kind": (
        "medical_emergency.toml",
        "kind = 'medical_emergency'",
        "kind = 'medical'",
        r"medical_emergency\.toml, \[category\]: kind must be one of",
    ),
    "an unless that does not compile": (
        "plan.toml",
        "unless = [",
        "unless = ['(',",
        r"plan\.toml, rule 'plan\.have_a_date': the pattern does not compile",
    ),
    "a supportive entry named like a rule": (
        "supportive.toml",
        "name = 'supportive.helpline'",
        "name = 'intent.helpline'",
        r"supportive\.toml, supportive 'intent\.helpline': names are 'supportive\.<name>'",
    ),
    "a supportive sentence that does not compile": (
        "supportive.toml",
        "sentence = [",
        "sentence = ['(',",
        r"supportive\.toml, supportive 'supportive\.if_it_gets_too_much': the pattern does not",
    ),
    "an idiom without a name": (
        "idioms.toml",
        "name = 'idiom.killing_me'\n",
        "",
        r"idioms\.toml, idiom 'number 1': missing 'name'",
    ),
}


@pytest.mark.parametrize("breakage", list(BREAKAGES))
def test_a_broken_file_is_refused_naming_the_file_and_the_rule(phrases, breakage):
    file, old, new, message = BREAKAGES[breakage]
    _replace(phrases / file, old, new)
    with pytest.raises(library.PhraseLibraryError, match=message):
        library.load(phrases)


def test_a_file_for_an_unlisted_category_is_refused(phrases):
    shutil.copy(phrases / "burden.toml", phrases / "burdens.toml")
    with pytest.raises(library.PhraseLibraryError, match=r"burdens\.toml: not a category listed"):
        library.load(phrases)


def test_a_name_used_twice_is_refused(phrases):
    _replace(phrases / "intent.toml", "name = 'intent.kill_myself'", "name = 'intent.suicidal'")
    with pytest.raises(library.PhraseLibraryError, match=r"already used in intent\.toml"):
        library.load(phrases)


def test_a_missing_category_file_is_refused(phrases):
    (phrases / "trapped.toml").unlink()
    with pytest.raises(library.PhraseLibraryError, match=r"trapped\.toml: the file is missing"):
        library.load(phrases)
