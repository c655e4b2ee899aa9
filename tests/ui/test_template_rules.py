"""House rules for templates: one form renderer, no inline CSS or JS, one partial style.

Checked over every template outside STILL_CONVERTING: apps whose templates are being
converted on their own branches. When a branch is merged, its folder leaves the set.
"""

import re
from pathlib import Path

import pytest
from django.conf import settings

TEMPLATES = Path(settings.BASE_DIR) / "templates"
STILL_CONVERTING: set[str] = set()

RULES = {
    "{% nhsuk_field %} (render the form with {% crispy form %})": re.compile(r"{%\s*nhsuk_field\b"),
    "the |crispy filter (use {% crispy form %} with a helper)": re.compile(r"\|\s*crispy\b"),
    "a <style> element": re.compile(r"<style\b", re.I),
    "a style= attribute": re.compile(r"<[a-z][^>]*\sstyle=", re.I),
    "a <script> with a body": re.compile(r"<script\b[^>]*>\s*[^<\s]", re.I),
    "an on...= event attribute": re.compile(r"<[a-z][^>]*\son[a-z]+=", re.I),
}


def _templates() -> list[Path]:
    return sorted(
        path
        for path in TEMPLATES.rglob("*.html")
        if path.relative_to(TEMPLATES).parts[0] not in STILL_CONVERTING
    )


def test_the_still_converting_folders_are_real():
    for name in STILL_CONVERTING:
        assert (TEMPLATES / name).is_dir(), f"{name} is merged: take it out of STILL_CONVERTING"


@pytest.mark.parametrize("path", _templates(), ids=lambda p: str(p.relative_to(TEMPLATES)))
def test_template_follows_the_house_rules(path):
    # Comments may show examples of what not to do.
    text = re.sub(r"{%\s*comment\s*%}.*?{%\s*endcomment\s*%}", "", path.read_text(), flags=re.S)
    broken = [rule for rule, pattern in RULES.items() if pattern.search(text)]
    assert not broken, f"{path.relative_to(TEMPLATES)} has {', '.join(broken)}"


def test_partials_are_named_includes_without_an_underscore():
    misnamed = [str(path.relative_to(TEMPLATES)) for path in _templates() if path.name[0] == "_"]
    assert misnamed == []


def test_rules_catch_what_they_are_for():
    samples = {
        "{% nhsuk_field form.code %}": 1,
        "{{ form|crispy }}": 1,
        "<style>p{}</style>": 1,
        '<p style="color: red">': 1,
        "<script>init()</script>": 1,
        '<button onclick="go()">': 1,
        '<script type="module" src="/static/js/app.js" data-x="y"></script>': 0,
        "{% crispy form %}": 0,
    }
    for sample, expected in samples.items():
        found = sum(1 for pattern in RULES.values() if pattern.search(sample))
        assert found == expected, sample
