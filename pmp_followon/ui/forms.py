"""Form fields and widgets that match NHS.UK frontend patterns.

`UKDateField` asks for a date in three boxes (day, month, year), the NHS.UK "date input":
people type what is on their letter, nobody has to work a date picker on a small phone, and
each mistake gets its own plain message ("Date must include a year", "Enter a real date").
"""

from __future__ import annotations

import datetime
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

DATE_PARTS = ("day", "month", "year")

# People write months as words too ("dec", "December", "Sept"); GOV.UK accepts them.
_MONTH_NAMES = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}


class UKDateWidget(forms.MultiWidget):
    """Three text boxes named `<name>_day`, `<name>_month`, `<name>_year`.

    Ids are `<id>_day`, `<id>_month` and `<id>_year`, so labels and error summary links
    can point at the box that needs fixing. `autocomplete="bday"` gives the boxes
    `bday-day`, `bday-month` and `bday-year` (for a date of birth).
    """

    template_name = "nhsuk/widgets/date_input.html"
    labels = {"day": _("Day"), "month": _("Month"), "year": _("Year")}
    widths = {"day": 2, "month": 2, "year": 4}

    def __init__(self, attrs: dict[str, Any] | None = None, autocomplete: str | None = None):
        self.autocomplete = autocomplete
        widgets = {}
        for part in DATE_PARTS:
            part_attrs: dict[str, Any] = {"inputmode": "numeric"}
            if autocomplete:
                part_attrs["autocomplete"] = f"{autocomplete}-{part}"
            widgets[part] = forms.TextInput(attrs=part_attrs)
        super().__init__(widgets, attrs)

    def decompress(self, value: datetime.date | None) -> list[str | None]:
        if value:
            return [str(value.day), str(value.month), str(value.year)]
        return [None, None, None]

    def id_for_label(self, id_: str) -> str:
        # The label of the whole field is a legend, so this is where links should land.
        return f"{id_}_day" if id_ else ""

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict:
        context = super().get_context(name, value, attrs)
        base_id = context["widget"]["attrs"].get("id", "")
        parts = []
        for part, subwidget in zip(DATE_PARTS, context["widget"]["subwidgets"], strict=True):
            if base_id:
                subwidget["attrs"]["id"] = f"{base_id}_{part}"
            parts.append(
                {
                    "part": part,
                    "label": self.labels[part],
                    "width": self.widths[part],
                    "widget": subwidget,
                    "error": False,
                }
            )
        context["widget"]["parts"] = parts
        return context


class UKDateField(forms.MultiValueField):
    """A date typed into three boxes, with the NHS.UK and GOV.UK error messages.

    Override any message with `error_messages={...}`; the keys are in
    `default_error_messages`. Each error says which boxes are wrong (`params["parts"]`)
    so only those boxes are outlined in red.
    """

    widget = UKDateWidget
    default_error_messages = {
        "required": _("Enter a date"),
        "invalid": _("Enter a real date"),
        "missing_day": _("Date must include a day"),
        "missing_month": _("Date must include a month"),
        "missing_year": _("Date must include a year"),
        "missing_day_month": _("Date must include a day and month"),
        "missing_day_year": _("Date must include a day and year"),
        "missing_month_year": _("Date must include a month and year"),
        "year_length": _("Year must include 4 numbers"),
    }

    def __init__(self, *, autocomplete: str | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("widget", UKDateWidget(autocomplete=autocomplete))
        fields = tuple(forms.CharField(required=False) for _part in DATE_PARTS)
        super().__init__(fields=fields, require_all_fields=False, **kwargs)

    def _error(self, code: str, parts: tuple[str, ...]) -> ValidationError:
        return ValidationError(self.error_messages[code], code=code, params={"parts": parts})

    def compress(self, data_list: list[str]) -> datetime.date | None:
        if not data_list:
            return None
        values = [(value or "").strip() for value in data_list]
        day, month, year = values
        missing = tuple(part for part, value in zip(DATE_PARTS, values, strict=True) if not value)
        if len(missing) == len(DATE_PARTS):
            return None
        if missing:
            raise self._error("missing_" + "_".join(missing), missing)

        month_number = _MONTH_NAMES.get(month.lower().rstrip("."))
        if month_number is None and month.isdigit():
            month_number = int(month)
        wrong = tuple(
            part
            for part, ok in (
                ("day", day.isdigit()),
                ("month", month_number is not None),
                ("year", year.isdigit()),
            )
            if not ok
        )
        if wrong:
            raise self._error("invalid", wrong)
        if len(year) != 4:
            raise self._error("year_length", ("year",))
        try:
            return datetime.date(int(year), month_number, int(day))
        except ValueError:
            raise self._error("invalid", DATE_PARTS) from None


def date_error_parts(errors: list[ValidationError]) -> set[str]:
    """Which boxes of a date input the errors are about (all three if they do not say)."""
    parts: set[str] = set()
    for error in errors:
        params = getattr(error, "params", None) or {}
        parts.update(params.get("parts") or DATE_PARTS)
    return parts


def apply_service_errors(form: forms.BaseForm, exc: ValidationError) -> None:
    """Put a service's ValidationError on the form: beside the field it names when the form
    has that field, otherwise at the top. What was typed stays in the form.

    The one way views show a service's refusal (services validate; forms only parse)."""
    if hasattr(exc, "error_dict"):
        for name, errors in exc.error_dict.items():
            target = name if name in form.fields else None
            for error in errors:
                form.add_error(target, error)
    else:
        for message in exc.messages:
            form.add_error(None, message)
