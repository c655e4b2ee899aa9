"""The template loader writes constant translations in once while translation is off
(issue 17, run 9; pmp_followon/ui/template_loader.py): the same text, fewer nodes."""

from __future__ import annotations

import copy

from django.template import Context, engines
from django.template.base import TextNode
from django.templatetags.i18n import TranslateNode

from pmp_followon.ui.template_loader import Loader, fold_translations

CODE = """{% load i18n %}<p>{% translate "Plain words" %}</p>
<p title="{% translate 'Say &quot;hi&quot; <b>' %}">{% translate "100%% sure" %}</p>
{% if flag %}{% translate "In an if" %}{% elif other %}{% translate "In an elif" %}
{% else %}{% translate "In an else" %}{% endif %}
{% for x in items %}{% translate "In a loop" %} {{ x }}
{% empty %}{% translate "Empty" %}{% endfor %}
{% translate "Kept: a variable" as kept %}{{ kept }}
{% translate word %}
{% translate "Kept: a filter"|upper %}
{% translate "Kept: noop" noop %}
{% translate "May" context "month name" %}
{% filter upper %}{% translate "in a filter" %}{% endfilter %}
{% block b %}{% translate "In a block" %}{% endblock %}"""


def nodes_of(template, kind):
    return template.nodelist.get_nodes_by_type(kind)


def test_folded_renders_the_same_text(settings):
    settings.USE_I18N = False
    engine = engines["django"]
    for context in (
        {"flag": True, "items": [1, "<i>"], "word": "a <word>"},
        {"flag": False, "other": True, "items": [], "word": ""},
        {"flag": False, "other": False, "items": ["x"], "word": "Plain words"},
    ):
        original = engine.from_string(CODE)
        folded = copy.deepcopy(original)
        fold_translations(folded.template.nodelist)
        for autoescape in (True, False):
            expected = original.template.render(Context(context, autoescape=autoescape))
            got = folded.template.render(Context(context, autoescape=autoescape))
            assert got == expected
    left = nodes_of(folded.template, TranslateNode)
    # Only the five that may render anything else are kept as tags.
    assert len(left) == 5, [n.filter_expression.token for n in left]


def test_the_project_loader_folds_and_only_with_translation_off(settings):
    engine = engines["django"].engine
    assert isinstance(engine.template_loaders[0], Loader)
    loader = engine.template_loaders[0]
    settings.USE_I18N = False
    loader.reset()
    base = engine.get_template("base.html")
    assert not nodes_of(base, TranslateNode)
    assert any("Skip to main content" in n.s for n in nodes_of(base, TextNode))
    settings.USE_I18N = True
    loader.reset()
    try:
        assert nodes_of(engine.get_template("base.html"), TranslateNode)
    finally:
        settings.USE_I18N = False
        loader.reset()


def test_the_project_loader_finds_a_templates_blocks_once():
    from django.template.base import NodeList
    from django.template.loader_tags import BlockNode

    from pmp_followon.ui.template_loader import BlocksFoundOnce

    engine = engines["django"].engine
    engine.template_loaders[0].reset()
    base = engine.get_template("base.html")
    assert isinstance(base.nodelist, BlocksFoundOnce)
    plain = NodeList(base.nodelist)
    expected = plain.get_nodes_by_type(BlockNode)
    assert expected and base.nodelist.get_nodes_by_type(BlockNode) == expected
    # Found once: a second call does not walk the nodes again, and gives a list of its own.
    walked = []
    first = base.nodelist[0]
    original = first.get_nodes_by_type
    first.get_nodes_by_type = lambda kind: walked.append(kind) or original(kind)
    try:
        found = base.nodelist.get_nodes_by_type(BlockNode)
        assert walked == [] and found == expected
        found.clear()
        assert base.nodelist.get_nodes_by_type(BlockNode) == expected
        assert len(plain.get_nodes_by_type(TextNode)) == len(
            base.nodelist.get_nodes_by_type(TextNode)
        )
    finally:
        del first.get_nodes_by_type
    # A page extending base.html renders its blocks into it as before.
    page = engine.from_string(
        '{% extends "base.html" %}{% block content %}<p>Own words</p>{% endblock %}'
    )
    assert "<p>Own words</p>" in page.render(Context({}))
