"""pmp_followon.ui.links: the same text as reverse, from a shape made once per process."""

from __future__ import annotations

import pytest
from django.urls import NoReverseMatch, reverse, set_script_prefix

from pmp_followon.ui.links import link, path_of

NAMES = [
    ("home", ()),
    ("help_now", ()),
    ("groups:my_groups", ()),
    ("groups:detail", (7,)),
    ("groups:meeting_detail", (7, 12)),
    ("groups:meeting_rsvp", (1, 999_999)),
    ("groups:thread", (3, 40)),
    ("groups:calendar_feed", ("a-token",)),  # not a number: reversed in full
]


@pytest.mark.parametrize(("name", "args"), NAMES)
def test_link_gives_what_reverse_gives(name, args):
    assert link(name, *args) == reverse(name, args=list(args))
    assert link(name, *args) == reverse(name, args=list(args))  # the shape, reused


def test_different_numbers_share_a_shape():
    assert link("groups:meeting_detail", 1, 2) == "/groups/1/meetings/2/"
    assert link("groups:meeting_detail", 30, 400) == "/groups/30/meetings/400/"
    assert path_of("groups:gatherings") == reverse("groups:gatherings")


def test_script_prefix_is_part_of_the_shape():
    try:
        set_script_prefix("/pmp/")
        assert link("groups:detail", 5) == reverse("groups:detail", args=[5])
        assert link("groups:detail", 5).startswith("/pmp/")
    finally:
        set_script_prefix("/")
    assert link("groups:detail", 5) == "/groups/5/"


def test_unknown_names_fail_as_reverse_does():
    with pytest.raises(NoReverseMatch):
        link("groups:no_such_page", 1)
    with pytest.raises(NoReverseMatch):
        link("groups:detail")  # the wrong number of arguments


# The {% link %} tag (a node of its own since run 10): the same text as {% url %}.
TAG_CASES = [
    ("{% link 'home' %}", "{% url 'home' %}", {}),
    ("{% link 'groups:detail' g %}", "{% url 'groups:detail' g %}", {"g": 7}),
    (
        '{% link "groups:meeting_detail" g m %}',
        '{% url "groups:meeting_detail" g m %}',
        {"g": 3, "m": 40},
    ),
    ("{% link name g %}", "{% url name g %}", {"name": "groups:detail", "g": 9}),
    ("{% link 'groups:detail' g %}", "{% url 'groups:detail' g %}", {"g": "12"}),  # text
    ("{% link 'groups:calendar_feed' t %}", "{% url 'groups:calendar_feed' t %}", {"t": "a&b"}),
    (
        "{% autoescape off %}{% link 'groups:calendar_feed' t %}{% endautoescape %}",
        "{% autoescape off %}{% url 'groups:calendar_feed' t %}{% endautoescape %}",
        {"t": "a&b"},
    ),
    (
        "{% link 'groups:detail' g as u %}[{{ u }}]",
        "{% url 'groups:detail' g as u %}[{{ u }}]",
        {"g": 5},
    ),
]


def _render(source, context):
    from django.template import Context, Template

    return Template("{% load nhsuk %}" + source).render(Context(context))


@pytest.mark.parametrize(("tag", "url_tag", "context"), TAG_CASES)
def test_link_tag_renders_what_url_renders(tag, url_tag, context):
    assert _render(tag, context) == _render(url_tag, context)


def test_link_tag_reads_the_script_prefix_of_each_render():
    from django.template import Context, Template

    template = Template("{% load nhsuk %}{% link 'groups:detail' 5 %}")
    try:
        set_script_prefix("/pmp/")
        assert template.render(Context()) == "/pmp/groups/5/"
    finally:
        set_script_prefix("/")
    assert template.render(Context()) == "/groups/5/"


def test_link_tag_needs_a_name():
    from django.template import Template, TemplateSyntaxError

    with pytest.raises(TemplateSyntaxError):
        Template("{% load nhsuk %}{% link %}")
