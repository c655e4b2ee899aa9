"""The report filters and the evaluation profile form (crispy "nhsuk" layouts)."""

from __future__ import annotations

import datetime

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Layout
from django import forms
from django.utils.translation import gettext_lazy as _

from groups.models import Group, GroupStatus
from pmp_followon.accounts.models import Service
from pmp_followon.ui.layout import NHSUKField
from programmes.models import Programme, ProgrammeStatus

from .models import ConditionCategory, EthnicCategory, Gender
from .selectors.common import ReportFilter

FIRST_YEAR = 2012  # the first follow-on group in the study


def _start_of(day: datetime.date, zone) -> datetime.datetime:
    return datetime.datetime(day.year, day.month, day.day, tzinfo=zone)


class ReportFilterForm(forms.Form):
    period = forms.ChoiceField(label=_("Period"), required=False)
    programme = forms.ModelChoiceField(
        label=_("Programme"),
        queryset=Programme.objects.none(),
        required=False,
        empty_label=_("All programmes"),
    )
    area = forms.ChoiceField(label=_("Area"), required=False)
    group_status = forms.ChoiceField(label=_("Group status"), required=False)

    def __init__(self, *args, service: Service, now: datetime.datetime, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.service, self.now = service, now
        years = [(str(y), str(y)) for y in range(now.year, FIRST_YEAR - 1, -1)]
        self.fields["period"].choices = [
            ("", _("All time")),
            ("12m", _("The last 12 months")),
            ("24m", _("The last 2 years")),
            *years,
        ]
        self.fields["programme"].queryset = (
            Programme.objects.filter(service=service)
            .exclude(status=ProgrammeStatus.CANCELLED)
            .order_by("-first_session_date", "name")
        )
        areas = (
            Group.objects.filter(service=service)
            .exclude(area="")
            .order_by("area")
            .values_list("area", flat=True)
            .distinct()
        )
        self.fields["area"].choices = [("", _("All areas")), *((a, a) for a in areas)]
        self.fields["group_status"].choices = [("", _("Any status")), *GroupStatus.choices]
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.layout = Layout(
            NHSUKField("period", label_size="s"),
            NHSUKField("programme", label_size="s"),
            NHSUKField(
                "area",
                label_size="s",
                hint=_("Area and group status choose which groups are counted."),
            ),
            NHSUKField("group_status", label_size="s"),
        )

    def report_filter(self) -> ReportFilter:
        """The filter to apply; an invalid choice falls back to "all"."""
        data = self.cleaned_data if self.is_valid() else {}
        zone = self.service.zone
        today = self.now.astimezone(zone).date()
        period = data.get("period") or ""
        since = until = None
        label = str(_("All time"))
        if period in ("12m", "24m"):
            years = 1 if period == "12m" else 2
            since = _start_of(
                today.replace(year=today.year - years)
                if not (today.month == 2 and today.day == 29)
                else today - datetime.timedelta(days=365 * years),
                zone,
            )
            label = str(dict(self.fields["period"].choices)[period])
        elif period.isdigit():
            year = int(period)
            since = _start_of(datetime.date(year, 1, 1), zone)
            until = _start_of(datetime.date(year + 1, 1, 1), zone)
            label = period
        programme = data.get("programme")
        return ReportFilter(
            since=since,
            until=until,
            programme_id=programme.pk if programme else None,
            area=data.get("area") or "",
            group_status=data.get("group_status") or "",
            period_label=label,
        )


class ProfileForm(forms.Form):
    agreed = forms.BooleanField(
        label=_("The participant agreed to these answers being recorded"),
        required=False,
        help_text=_(
            "They are used only in anonymous figures about who takes part. Untick "
            "and clear the answers if they change their mind."
        ),
    )
    gender = forms.ChoiceField(label=_("Gender"), required=False, widget=forms.RadioSelect)
    year_of_birth = forms.IntegerField(
        label=_("Year of birth"), required=False, help_text=_("For example, 1962")
    )
    ethnic_category = forms.ChoiceField(label=_("Ethnic category"), required=False)
    condition_category = forms.ChoiceField(label=_("Main condition"), required=False)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["gender"].choices = [*Gender.choices, ("", _("Not recorded"))]
        self.fields["ethnic_category"].choices = [
            ("", _("Not recorded")),
            *((value, f"{value}: {label}") for value, label in EthnicCategory.choices),
        ]
        self.fields["condition_category"].choices = [
            ("", _("Not recorded")),
            *ConditionCategory.choices,
        ]
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.layout = Layout(
            NHSUKField("gender", label_size="m"),
            NHSUKField("year_of_birth", width=4, inputmode="numeric", label_size="m"),
            NHSUKField("ethnic_category", label_size="m"),
            NHSUKField("condition_category", label_size="m"),
            NHSUKField("agreed"),
        )
