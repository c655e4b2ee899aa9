"""`{% load nhsuk %}`: NHS.UK frontend helpers for templates.

Dates, in the service time zone:
    {{ meeting.starts_at|uk_datetime }}   Thursday 4 December, 6:30pm
    {{ meeting.starts_at|uk_date }}       Thursday 4 December
    {{ meeting.starts_at|uk_time }}       6:30pm, 6pm, midday, midnight

Links (pmp_followon/ui/links.py: the same text as {% url %}, reversed once per process):
    {% link 'groups:meeting_detail' group.pk meeting.pk %}

Parts of a page that are the same for everyone (pmp_followon/ui/templatetags/nhsuk.py,
FragmentNode: nothing personal, no permission, no safeguarding content), rendered once per
process for each value of what they depend on:
    {% fragment base_footer LANGUAGE_CODE service_name %}...{% endfragment %}

Forms (render them with `{% crispy form %}`; see pmp_followon/ui/layout.py):
    {% nhsuk_error_summary form %}        the "There is a problem" box; put it above the <h1>
    {% nhsuk_form_helper form as helper %}  the form's helper, or every field in order

Field options (NHSUKField in a layout): page_heading, label_size (s, m, l, xl), inline
(radios), width (input width: 2, 3, 4, 5, 10, 20 or 30), label, hint. Any other keyword
becomes a widget attribute (`autocomplete="one-time-code"`).
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from django import forms, template
from django.conf import settings
from django.core.signals import setting_changed
from django.template.loader import render_to_string
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString

from pmp_followon.ui import dates
from pmp_followon.ui import links as _links
from pmp_followon.ui.layout import NHSUKField, template_helper
from pmp_followon.ui.rendering import error_summary_items, prepare_field

register = template.Library()

_SUMMARY_DONE = "_nhsuk_error_summary_rendered"


# --- links ------------------------------------------------------------------------------
# Written as a node of its own rather than a ``simple_tag`` (issue 17, run 10): the URL
# configuration and script prefix are read once a render rather than once a link, the name
# is taken from the template once, and a URL with nothing to escape is not escaped again.
# The text is what ``{% url %}`` gives, escaped as a ``simple_tag``'s would be.
_LINK_PLACE = "nhsuk.link.place"
_NEEDS_ESCAPE = re.compile(r"[&<>\"']").search


def _link_place(context: template.Context):
    """Where this render's links point (``links.where()``), worked out once a render."""
    render_context = context.render_context
    place = render_context.get(_LINK_PLACE)
    if place is None:
        place = render_context[_LINK_PLACE] = _links.where()
    return place


class LinkNode(template.Node):
    child_nodelists = ()

    def __init__(
        self,
        name: template.base.FilterExpression,
        args: list[template.base.FilterExpression],
        asvar: str | None,
    ) -> None:
        var = name.var
        self.name = name
        # A quoted name with no filter is the same on every render.
        self.fixed_name = str(var) if isinstance(var, str) and not name.filters else None
        self.args = args
        self.asvar = asvar

    def render(self, context: template.Context) -> str:
        place = _link_place(context)
        name = self.fixed_name
        if name is None:
            name = self.name.resolve(context)
        url = _links.link_at(place, name, tuple(arg.resolve(context) for arg in self.args))
        if self.asvar:
            context[self.asvar] = url
            return ""
        if context.autoescape and _NEEDS_ESCAPE(url):
            return conditional_escape(url)
        return url


@register.tag(name="link")
def link(parser: template.base.Parser, token: template.base.Token) -> LinkNode:
    """``{% link 'url:name' arg ... [as var] %}``: ``reverse`` of the name with the
    arguments (``pmp_followon.ui.links``)."""
    bits = token.split_contents()[1:]
    if not bits:
        raise template.TemplateSyntaxError("'link' takes at least one argument, a URL name.")
    asvar = None
    if len(bits) >= 3 and bits[-2] == "as":
        asvar, bits = bits[-1], bits[:-2]
    name, *args = (parser.compile_filter(bit) for bit in bits)
    return LinkNode(name, args, asvar)


# --- fragments ------------------------------------------------------------------------
# base.html's head links, header and footer are the same for every visitor: they were kept
# in a per-process locmem cache with ``{% cache %}``, which on every render built a key
# (an MD5 of the values), found the cache through a thread-local, took its lock and
# unpickled the text: about 0.1 ms a page for three fragments, more than rendering two of
# them (issue 17, run 11). A fragment is now kept on its own node, in this process's memory,
# for each value of what it depends on (the named variables, the URL configuration and
# script prefix its links are made for, and autoescaping), until the process ends (a deploy
# restarts it) or a setting changes (tests). Never for anything about the person, their
# permissions or safeguarding: only text that every visitor is shown alike.
_FRAGMENTS_KEPT: dict[tuple, str] = {}
_FRAGMENTS_LIMIT = 64  # a few values each at most; emptied if ever exceeded


class FragmentNode(template.Node):
    def __init__(
        self, name: str, vary_on: list[template.base.FilterExpression], nodelist: Any
    ) -> None:
        self.name = name
        self.vary_on = vary_on
        self.nodelist = nodelist

    def render(self, context: template.Context) -> str:
        place = _link_place(context)
        key = (self, place, context.autoescape, *(v.resolve(context) for v in self.vary_on))
        text = _FRAGMENTS_KEPT.get(key)
        if text is None:
            text = self.nodelist.render(context)
            if len(_FRAGMENTS_KEPT) >= _FRAGMENTS_LIMIT:
                _FRAGMENTS_KEPT.clear()
            _FRAGMENTS_KEPT[key] = text
        return text


def forget_fragments(**kwargs: Any) -> None:
    """Drop every kept fragment (a setting changed: static files, the service name)."""
    _FRAGMENTS_KEPT.clear()


def kept_fragments() -> dict[str, list[str]]:
    """What is kept, by fragment name (for tests)."""
    kept: dict[str, list[str]] = {}
    for key, text in _FRAGMENTS_KEPT.items():
        kept.setdefault(key[0].name, []).append(text)
    return kept


setting_changed.connect(forget_fragments)


@register.tag(name="fragment")
def fragment(parser: template.base.Parser, token: template.base.Token) -> FragmentNode:
    """``{% fragment name var ... %}...{% endfragment %}``: the enclosed part rendered once
    per process for each value of the variables (see FragmentNode)."""
    bits = token.split_contents()[1:]
    if not bits:
        raise template.TemplateSyntaxError("'fragment' takes a name, then what it depends on.")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(bits[0], [parser.compile_filter(bit) for bit in bits[1:]], nodelist)


# --- dates ------------------------------------------------------------------------------
@register.filter
def uk_datetime(value: Any) -> str:
    if not isinstance(value, datetime.datetime):
        return "" if value in (None, "") else str(value)
    return dates.uk_datetime(value)


@register.filter
def uk_date(value: Any) -> str:
    if not isinstance(value, datetime.date):
        return "" if value in (None, "") else str(value)
    return dates.uk_date(value)


@register.filter
def uk_time(value: Any) -> str:
    if not isinstance(value, (datetime.datetime, datetime.time)):
        return "" if value in (None, "") else str(value)
    return dates.uk_time(value)


# --- page furniture ---------------------------------------------------------------------
@register.simple_tag(takes_context=True)
def nhsuk_service_name(context: template.Context) -> str:
    """SERVICE_NAME from the context processor, or the setting where there is no request
    (Django renders 400.html and 500.html without one)."""
    return context.get("SERVICE_NAME") or settings.SERVICE_NAME


@register.filter(is_safe=True)
def nhsuk_squash(value: str) -> str:
    """Collapse runs of whitespace (for <title>, built from indented blocks)."""
    return re.sub(r"\s+", " ", str(value)).strip()


# --- forms ------------------------------------------------------------------------------
@register.simple_tag
def nhsuk_error_summary(form: Any) -> SafeString:
    """The error summary for a form, once per page.

    Call it above the <h1>; the template pack then leaves it out of the form itself.
    Renders nothing when the form has no errors.
    """
    if not isinstance(form, forms.BaseForm) or not form.errors:
        return SafeString("")
    if getattr(form, _SUMMARY_DONE, False):
        return SafeString("")
    setattr(form, _SUMMARY_DONE, True)
    # render_to_string returns a SafeString: the template escapes every value.
    return render_to_string("nhsuk/error_summary.html", {"items": error_summary_items(form)})


@register.simple_tag(takes_context=True)
def nhsuk_prepare_field(context: template.Context, field: Any) -> Any:
    """Used by templates/nhsuk/field.html: `{% nhsuk_prepare_field field as f %}`."""
    options = dict(context.get("nhsuk_options") or {})
    page_heading_field = context.get("page_heading_field")
    if page_heading_field and page_heading_field == getattr(field, "name", None):
        options.setdefault("page_heading", True)
    show_errors = context.get("form_show_errors", True)
    show_labels = context.get("form_show_labels", True)
    return prepare_field(
        field,
        show_errors=show_errors is not False and show_errors != "",
        show_label=show_labels is not False and show_labels != "",
        wrapper_class=context.get("wrapper_class") or "",
        options=options,
        attrs=context.get("nhsuk_attrs") or {},
    )


@register.simple_tag
def nhsuk_form_helper(form: forms.BaseForm) -> Any:
    """The form's own crispy helper; for a library's form that has none, one that lays out
    every field in order inside the <form> the template writes.

        {% nhsuk_form_helper form as helper %}{% crispy form helper %}
    """
    helper = getattr(form, "helper", None)
    if helper is not None:
        return helper
    return template_helper(*(NHSUKField(name) for name in form.fields))


_BOOTSTRAP_CLASS = re.compile(r"^(btn|btn-.*|hidden)$")


@register.filter
def nhsuk_button_classes(field_classes: str, input_type: str = "submit") -> str:
    """crispy-forms gives buttons Bootstrap classes: swap them for NHS.UK ones."""
    names = str(field_classes or "").split()
    secondary = "btn-inverse" in names or input_type in ("reset", "button")
    kept = [name for name in names if not _BOOTSTRAP_CLASS.match(name)]
    if "nhsuk-button" not in kept:
        kept.insert(0, "nhsuk-button")
    has_variant = any(name.startswith("nhsuk-button--") for name in kept)
    if secondary and not has_variant:
        kept.append("nhsuk-button--secondary")
    return " ".join(kept)


@register.filter
def allauth_button_variant(tags: Any) -> str:
    """allauth's button tags (prominent, outline, danger, link...) as an NHS.UK variant."""
    tags = set(tags or [])
    if tags & {"danger", "delete"}:
        return "warning"
    if "link" in tags:
        return "link"
    if tags & {"outline", "secondary", "cancel"}:
        return "secondary"
    return "primary"


@register.simple_tag
def nhsuk_crisis_contacts() -> dict[str, Any]:
    """settings.CRISIS_CONTACTS, for pages that have no view context (error pages)."""
    return settings.CRISIS_CONTACTS
