"""What the NHS.UK form templates need to know about a Django bound field.

The templates in templates/nhsuk/ (the "nhsuk" crispy-forms template pack, also used by
the allauth pages) stay simple because the decisions are made here:
which NHS.UK component a widget becomes, which ids the hint and error get, what
`aria-describedby` says and where an error summary link should land.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

from django import forms
from django.forms.boundfield import BoundField
from django.utils.safestring import SafeString

from .forms import UKDateWidget, date_error_parts

LABEL_SIZES = ("s", "m", "l", "xl")
INPUT_WIDTHS = (2, 3, 4, 5, 10, 20, 30)

# Options a template or layout object may pass for one field.
FIELD_OPTIONS = ("page_heading", "label_size", "inline", "width", "label", "hint")


def field_kind(bound_field: BoundField) -> str:
    """Which NHS.UK component renders this field."""
    widget = bound_field.field.widget
    if widget.is_hidden:
        return "hidden"
    if isinstance(widget, UKDateWidget):
        return "date"
    # CheckboxSelectMultiple is a RadioSelect subclass: test it first.
    if isinstance(widget, forms.CheckboxSelectMultiple):
        return "checkboxes"
    if isinstance(widget, forms.RadioSelect):
        return "radios"
    if isinstance(widget, forms.CheckboxInput):
        return "checkbox"
    if isinstance(widget, forms.Select):
        return "select"
    if isinstance(widget, forms.Textarea):
        return "textarea"
    if isinstance(widget, forms.FileInput):
        return "file"
    if isinstance(widget, forms.MultiWidget):
        return "multi"
    return "input"


def field_id(bound_field: BoundField) -> str:
    return bound_field.field.widget.attrs.get("id") or bound_field.auto_id or ""


def field_anchor(bound_field: BoundField) -> str:
    """The id an error summary link should point at: the first box that needs fixing."""
    base = field_id(bound_field)
    if not base:
        return ""
    kind = field_kind(bound_field)
    if kind == "date":
        wrong = date_error_parts(bound_field.errors.as_data())
        first = next((part for part in ("day", "month", "year") if part in wrong), "day")
        return f"{base}_{first}"
    if kind in ("radios", "checkboxes"):
        return bound_field.field.widget.id_for_label(base, "0")
    if kind == "multi":
        return bound_field.field.widget.id_for_label(base) or base
    return base


def error_summary_items(form: forms.BaseForm) -> list[dict[str, str]]:
    """One item per error, in page order: form-wide errors first, then each field's."""
    items = [{"text": str(error), "href": ""} for error in form.non_field_errors()]
    for bound_field in form:
        if not bound_field.errors:
            continue
        anchor = "" if bound_field.is_hidden else field_anchor(bound_field)
        href = f"#{anchor}" if anchor else ""
        items.extend({"text": str(error), "href": href} for error in bound_field.errors)
    return items


def _join_classes(*classes: Any) -> str:
    seen: list[str] = []
    for value in classes:
        for name in str(value or "").split():
            if name not in seen:
                seen.append(name)
    return " ".join(seen)


@dataclass
class FieldView:
    """A bound field plus everything its NHS.UK template needs."""

    field: BoundField
    kind: str
    id: str
    label: Any
    hint: Any
    errors: list[str]
    show_label: bool = True
    page_heading: bool = False
    label_size: str | None = None
    inline: bool = False
    optional: bool = False
    group_classes: str = "nhsuk-form-group"
    describedby: str = ""
    widget_html: SafeString | str = ""
    items: list[dict[str, Any]] = dataclass_field(default_factory=list)
    parts: list[dict[str, Any]] = dataclass_field(default_factory=list)

    @property
    def template_name(self) -> str:
        kind = "input" if self.kind in ("textarea", "select", "file") else self.kind
        return f"nhsuk/fields/{kind}.html"

    @property
    def hint_id(self) -> str:
        return f"{self.id}-hint" if self.hint else ""

    @property
    def error_id(self) -> str:
        return f"{self.id}-error" if self.errors else ""

    @property
    def label_classes(self) -> str:
        return _join_classes(
            "nhsuk-label",
            f"nhsuk-label--{self.label_size}" if self.label_size else "",
            "" if self.show_label else "nhsuk-u-visually-hidden",
        )

    @property
    def legend_classes(self) -> str:
        return _join_classes(
            "nhsuk-fieldset__legend",
            f"nhsuk-fieldset__legend--{self.label_size}" if self.label_size else "",
            "" if self.show_label else "nhsuk-u-visually-hidden",
        )


def _widget_attrs(
    bound_field: BoundField, base_class: str, describedby: str, extra: dict[str, Any]
) -> dict[str, Any]:
    widget = bound_field.field.widget
    attrs = dict(extra)
    attrs["class"] = _join_classes(base_class, widget.attrs.get("class"), extra.get("class"))
    # NHS.UK: never use placeholder text; the label and hint say what to type.
    attrs["placeholder"] = False
    if describedby:
        attrs["aria-describedby"] = describedby
    input_type = widget.attrs.get("type") or getattr(widget, "input_type", None)
    if input_type == "email" and "spellcheck" not in widget.attrs:
        attrs.setdefault("spellcheck", "false")
    return attrs


def prepare_field(
    bound_field: BoundField,
    *,
    show_errors: bool = True,
    show_label: bool = True,
    wrapper_class: str = "",
    options: dict[str, Any] | None = None,
    attrs: dict[str, Any] | None = None,
) -> FieldView:
    """Work out the NHS.UK markup choices for one field.

    `options` (see FIELD_OPTIONS): `page_heading` makes the label or legend the page's
    <h1>; `label_size` is s, m, l or xl (page headings default to l); `inline` lays radios
    side by side; `width` is an NHS.UK input width (2, 3, 4, 5, 10, 20, 30); `label` and
    `hint` replace the field's own. `attrs` are extra widget attributes.
    """
    options = options or {}
    attrs = dict(attrs or {})
    kind = field_kind(bound_field)
    base_id = field_id(bound_field)
    errors = [str(error) for error in bound_field.errors] if show_errors else []
    page_heading = bool(options.get("page_heading"))
    label_size = options.get("label_size") or ("l" if page_heading else None)
    if label_size not in LABEL_SIZES:
        label_size = None
    hint = options.get("hint")
    if hint is None:
        hint = bound_field.help_text or ""
    label = options.get("label")
    if label is None:
        label = bound_field.label

    view = FieldView(
        field=bound_field,
        kind=kind,
        id=base_id,
        label=label,
        hint=hint,
        errors=errors,
        show_label=show_label,
        page_heading=page_heading,
        label_size=label_size,
        inline=bool(options.get("inline")),
        optional=not bound_field.field.required and kind not in ("checkbox", "hidden"),
    )
    view.group_classes = _join_classes(
        "nhsuk-form-group",
        "nhsuk-form-group--error" if errors else "",
        "nhsuk-file-upload" if kind == "file" else "",
        wrapper_class,
    )
    existing = bound_field.field.widget.attrs.get("aria-describedby", "")
    view.describedby = _join_classes(existing, view.hint_id, view.error_id)

    if kind == "hidden":
        view.widget_html = bound_field.as_widget()
    elif kind in ("input", "textarea", "select", "file", "checkbox"):
        base_class = {
            "input": "nhsuk-input",
            "textarea": "nhsuk-textarea",
            "select": "nhsuk-select",
            "file": "nhsuk-file-upload__input",
            "checkbox": "nhsuk-checkboxes__input",
        }[kind]
        error_class = {
            "input": "nhsuk-input--error",
            "textarea": "nhsuk-textarea--error",
            "select": "nhsuk-select--error",
        }.get(kind, "")
        width = options.get("width")
        width_class = ""
        if kind == "input" and width and int(width) in INPUT_WIDTHS:
            width_class = f"nhsuk-input--width-{int(width)}"
        classes = _join_classes(base_class, error_class if errors else "", width_class)
        view.widget_html = bound_field.as_widget(
            attrs=_widget_attrs(bound_field, classes, view.describedby, attrs)
        )
    elif kind in ("radios", "checkboxes"):
        for subwidget in bound_field.subwidgets:
            data = subwidget.data
            view.items.append(
                {
                    "id": data["attrs"].get("id", ""),
                    "name": data["name"],
                    "value": "" if data["value"] is None else str(data["value"]),
                    "label": data["label"],
                    "checked": bool(data["selected"]),
                    "disabled": bool(bound_field.field.disabled),
                }
            )
    elif kind == "date":
        widget = bound_field.field.widget
        context = widget.get_context(
            bound_field.html_name, bound_field.value(), {"id": base_id} if base_id else {}
        )
        wrong = date_error_parts(bound_field.errors.as_data()) if errors else set()
        for part in context["widget"]["parts"]:
            part["error"] = part["part"] in wrong
            view.parts.append(part)
    elif kind == "multi":
        view.widget_html = bound_field.as_widget(attrs={**attrs, "placeholder": False})
    return view
