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
