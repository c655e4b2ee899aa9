"""Forms for safeguarding pages: validation only. Saving is the services' job."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from pmp_followon.accounts.models import Role, Service, User
from pmp_followon.accounts.permissions import is_alert_reviewer
from pmp_followon.ui.forms import UKDateField

from .models import (
    AlertLevel,
    AlertOutcome,
    AlertSource,
    AlertState,
    ContactMethod,
    ContactResult,
    EscalationPolicy,
    RotaPosition,
    Weekday,
)

# --- staff: the queue and an alert --------------------------------------------------------


class AlertFilterForm(forms.Form):
    level = forms.ChoiceField(
        label=_("Level"), required=False, choices=[("", _("All levels")), *AlertLevel.choices]
    )
    state = forms.ChoiceField(
        label=_("State"),
        required=False,
        choices=[("", _("Still open (not resolved or dismissed)")), *AlertState.choices],
    )
    source = forms.ChoiceField(
        label=_("Source"), required=False, choices=[("", _("All sources")), *AlertSource.choices]
    )


class ContactAttemptForm(forms.Form):
    method = forms.ChoiceField(
        label=_("How did you try to contact them?"),
        choices=ContactMethod.choices,
        widget=forms.RadioSelect,
    )
    result = forms.ChoiceField(
        label=_("What happened?"), choices=ContactResult.choices, widget=forms.RadioSelect
    )
    note = forms.CharField(
        label=_("Notes"), required=False, max_length=2000, widget=forms.Textarea(
            attrs={"rows": 3}
        )
    )


class NoteForm(forms.Form):
    text = forms.CharField(
        label=_("Add a note"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )


class ResolveForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("Outcome"),
        choices=[c for c in AlertOutcome.choices if c[0] != AlertOutcome.FALSE_POSITIVE]
        + [(AlertOutcome.FALSE_POSITIVE, _("False positive (after contact)"))],
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("What happened"),
        required=False,
        max_length=2000,
        help_text=_("Needed when the outcome is 'Other'."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("outcome") == AlertOutcome.OTHER and not cleaned.get("note", "").strip():
            self.add_error("note", _("Say what happened."))
        return cleaned


class DismissForm(forms.Form):
    reason = forms.CharField(
        label=_("Why is this a false positive?"),
        max_length=2000,
        help_text=_("For example: talking about a TV programme. This helps improve the checks."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class HidePostForm(forms.Form):
    post_id = forms.IntegerField(widget=forms.HiddenInput)
    reason = forms.CharField(
        label=_("Why hide this post?"),
        max_length=300,
        help_text=_("The author still sees the post, with a note that staff have hidden it."),
    )


class StaffAlertForm(forms.Form):
    subject = forms.ModelChoiceField(
        label=_("Who are you worried about?"), queryset=User.objects.none()
    )
    level = forms.ChoiceField(
        label=_("Level"),
        choices=[(AlertLevel.HIGH, _("High: page the duty clinician now")),
                 (AlertLevel.MEDIUM, _("Medium: review within service hours"))],
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("What happened?"), max_length=2000, widget=forms.Textarea(attrs={"rows": 4})
    )

    def __init__(self, *args, service: Service, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["subject"].queryset = User.objects.filter(
            service=service, is_active=True, role=Role.PARTICIPANT
        ).order_by("display_name")


# --- staff: rota, hours, policy -------------------------------------------------------------


class RotaEntryForm(forms.Form):
    position = forms.ChoiceField(
        label=_("Position"), choices=RotaPosition.choices, widget=forms.RadioSelect
    )
    person = forms.ModelChoiceField(label=_("Person"), queryset=User.objects.none())
    weekday = forms.TypedChoiceField(
        label=_("Every week on"),
        required=False,
        coerce=int,
        empty_value=None,
        choices=[("", _("Not weekly: use the dates below")), *Weekday.choices],
    )
    starts_on = UKDateField(
        label=_("Or cover from"), required=False, help_text=_("For example, 27 3 2027")
    )
    ends_on = UKDateField(label=_("Cover until (the last day)"), required=False)

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = User.objects.filter(
            pk__in=[p.pk for p in people]
        ).order_by("display_name")

    def clean(self):
        cleaned = super().clean()
        weekday = cleaned.get("weekday")
        starts_on, ends_on = cleaned.get("starts_on"), cleaned.get("ends_on")
        if weekday is None and not (starts_on and ends_on):
            raise forms.ValidationError(_("Choose a weekday, or a start and an end date."))
        if weekday is not None and (starts_on or ends_on):
            raise forms.ValidationError(_("Choose a weekday or dates, not both."))
        if starts_on and ends_on and ends_on < starts_on:
            self.add_error("ends_on", _("The end date must be on or after the start date."))
        return cleaned


class ServiceHoursForm(forms.Form):
    hours_open = forms.TimeField(label=_("Opens at"), help_text=_("For example, 09:00"))
    hours_close = forms.TimeField(label=_("Closes at"), help_text=_("For example, 17:00"))
    open_weekdays = forms.TypedMultipleChoiceField(
        label=_("Days the service is staffed"),
        coerce=int,
        choices=Weekday.choices,
        widget=forms.CheckboxSelectMultiple,
    )

    def clean(self):
        cleaned = super().clean()
        opens, closes = cleaned.get("hours_open"), cleaned.get("hours_close")
        if opens and closes and closes <= opens:
            self.add_error("hours_close", _("The closing time must be after the opening time."))
        return cleaned


class EscalationPolicyForm(forms.ModelForm):
    class Meta:
        model = EscalationPolicy
        fields = [
            "high_ack_minutes",
            "high_action_minutes",
            "medium_ack_service_hours",
            "medium_step_minutes",
            "medium_action_service_hours",
            "callback_service_hours",
            "on_call",
            "service_manager",
            "silence_hours",
            "silence_lookback_days",
            "repeated_medium_count",
            "repeated_medium_days",
            "member_flag_level",
            "flag_daily_limit",
            "rota_gap_warning_hours",
        ]
        labels = {
            "high_ack_minutes": _("High alert: minutes to acknowledge before the next person"),
            "high_action_minutes": _("High alert: minutes from acknowledging to first action"),
            "medium_ack_service_hours": _("Medium alert: service hours to acknowledge"),
            "medium_step_minutes": _("Medium alert: minutes between escalation steps"),
            "medium_action_service_hours": _("Medium alert: service hours to first action"),
            "callback_service_hours": _("Call back: service hours to pick up"),
            "silence_hours": _("Silence after a worrying post: hours before a check-in alert"),
            "silence_lookback_days": _("Silence: days after the post to keep checking"),
            "repeated_medium_count": _("Repeated medium posts: how many raise the level"),
            "repeated_medium_days": _("Repeated medium posts: within how many days"),
            "member_flag_level": _("Level of a member's concern"),
            "flag_daily_limit": _("Concerns one member may raise a day"),
            "rota_gap_warning_hours": _("Warn about rota gaps this many hours ahead"),
        }

    def __init__(self, *args, service: Service, **kwargs):
        super().__init__(*args, **kwargs)
        people = User.objects.filter(service=service, is_active=True).exclude(role=Role.PARTICIPANT)
        reviewers = [p.pk for p in people if is_alert_reviewer(p)]
        self.fields["on_call"].queryset = people.filter(pk__in=reviewers).order_by("display_name")
        self.fields["on_call"].help_text = _(
            "Out of hours nobody is paged unless you choose someone here."
        )
        self.fields["service_manager"].queryset = people.order_by("display_name")


# --- members -----------------------------------------------------------------------------------


class ConcernForm(forms.Form):
    note = forms.CharField(
        label=_("What worries you?"),
        required=False,
        max_length=1000,
        help_text=_("Only the pain service team will see this. We will not tell the person."),
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class MemberConcernForm(ConcernForm):
    subject = forms.ModelChoiceField(
        label=_("Who are you worried about?"),
        queryset=User.objects.none(),
        widget=forms.RadioSelect,
        empty_label=None,
    )

    field_order = ["subject", "note"]

    def __init__(self, *args, members, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["subject"].queryset = members


PREFERRED_TIMES = [
    ("morning", _("Morning")),
    ("afternoon", _("Afternoon")),
    ("any", _("Any time the service is open")),
]


class CallbackForm(forms.Form):
    reason = forms.CharField(
        label=_("What would you like to talk about?"),
        max_length=1000,
        help_text=_("A few words are enough."),
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    preferred_time = forms.ChoiceField(
        label=_("When is best to call you?"), choices=PREFERRED_TIMES, widget=forms.RadioSelect
    )
    phone = forms.CharField(
        label=_("Phone number to call"),
        max_length=32,
        required=False,
        help_text=_("Leave this empty to use the mobile number we have for you."),
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
