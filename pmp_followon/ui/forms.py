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


# --- a local date and time: clock changes ------------------------------------------------
def wall_clock_problem(day: datetime.date, at: datetime.time, zone: datetime.tzinfo) -> str | None:
    """ "gap" when this local time does not happen on that day (the clocks go forward past
    it), "repeat" when it happens twice (the clocks go back through it), else None."""
    first = datetime.datetime.combine(day, at.replace(fold=0), tzinfo=zone)
    second = datetime.datetime.combine(day, at.replace(fold=1), tzinfo=zone)
    if first.utcoffset() == second.utcoffset():
        return None
    # In a gap, converting to UTC and back does not give the same wall-clock time.
    back = first.astimezone(datetime.UTC).astimezone(zone)
    if back.replace(tzinfo=None) != first.replace(tzinfo=None):
        return "gap"
    return "repeat"


OCCURRENCE_CHOICES = [
    ("0", _("The first time, before the clocks go back (British Summer Time)")),
    ("1", _("The second time, after the clocks go back (Greenwich Mean Time)")),
]


class LocalDateTimeFormMixin:
    """For forms that ask for a date and a start time in separate boxes (UKDateField and
    a time field): a time that does not exist on that day (the spring clock change, such as
    1:30am on Sunday 28 March 2027 in the UK) gets a clear error on the time box, and a time
    that happens twice (the autumn change) asks which one is meant, with a choice added to
    the form. The chosen one is returned as the time's `fold` (0 first, 1 second), which
    `datetime.combine(...).replace(tzinfo=zone)` and so every service honours.

    Set `local_datetime_fields` to (date field, time field) pairs and, when the form is for
    a service in another zone, `local_zone`."""

    local_datetime_fields: tuple[tuple[str, str], ...] = (("day", "at"),)
    local_zone: datetime.tzinfo | None = None

    def _local_zone(self) -> datetime.tzinfo:
        from .dates import service_zone

        return self.local_zone or service_zone()

    def clean(self):
        cleaned = super().clean()  # type: ignore[misc]
        for day_name, time_name in self.local_datetime_fields:
            day, at = cleaned.get(day_name), cleaned.get(time_name)
            if not isinstance(day, datetime.date) or not isinstance(at, datetime.time):
                continue
            problem = wall_clock_problem(day, at, self._local_zone())
            if problem == "gap":
                message = _gap_message(day, at, self._local_zone())
                self.add_error(time_name, ValidationError(message, code="gap"))
            elif problem == "repeat":
                cleaned[time_name] = self._occurrence(time_name, day, at)
        return cleaned

    def _occurrence(self, time_name: str, day: datetime.date, at: datetime.time):
        from .dates import uk_date, uk_time

        name = f"{time_name}_occurrence"
        if name not in self.fields:
            self.fields[name] = forms.ChoiceField(
                label=_("%(time)s happens twice on %(day)s. Which one do you mean?")
                % {"time": uk_time(at), "day": uk_date(day)},
                choices=OCCURRENCE_CHOICES,
                widget=forms.RadioSelect,
            )
            helper = getattr(self, "helper", None)
            if helper is not None and getattr(helper, "layout", None) is not None:
                from .layout import NHSUKField

                helper.layout.append(NHSUKField(name))
        chosen = self.data.get(self.add_prefix(name))
        if chosen not in ("0", "1"):
            self.add_error(
                name,
                ValidationError(
                    _("Choose whether you mean the first or the second %(time)s")
                    % {"time": uk_time(at)},
                    code="repeat",
                ),
            )
            return at
        return at.replace(fold=int(chosen))


def _gap_message(day: datetime.date, at: datetime.time, zone: datetime.tzinfo) -> str:
    from .dates import uk_date, uk_time

    def shifted(minutes: int) -> datetime.time:
        moment = datetime.datetime.combine(day, at) + datetime.timedelta(minutes=minutes)
        return moment.time()

    before = 0
    while before > -180 and wall_clock_problem(day, shifted(before - 1), zone) == "gap":
        before -= 1
    after = 0
    while after < 180 and wall_clock_problem(day, shifted(after), zone) == "gap":
        after += 1
    return _(
        "%(time)s does not happen on %(day)s: the clocks go forward an hour. "
        "Choose a time before %(start)s or from %(end)s."
    ) % {
        "time": uk_time(at),
        "day": uk_date(day),
        "start": uk_time(shifted(before)),
        "end": uk_time(shifted(after)),
    }


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
