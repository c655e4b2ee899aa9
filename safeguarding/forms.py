"""Forms for safeguarding pages: validation only. Saving is the services' job.

Every form has a crispy-forms `helper` (the "nhsuk" template pack) with a `Layout` of its
fields; the template keeps its own <form>, csrf token, error summary and buttons and renders
the fields with `{% crispy form %}`.
"""

from __future__ import annotations

from typing import Any

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Layout
from django import forms
from django.utils.translation import gettext_lazy as _

from pmp_followon.accounts.models import Role, Service, User
from pmp_followon.accounts.permissions import is_alert_reviewer
from pmp_followon.ui.forms import UKDateField
from pmp_followon.ui.layout import NHSUKField

from .models import (
    AlertLevel,
    AlertOutcome,
    AlertSource,
    AlertState,
    ContactMethod,
    ContactResult,
    EscalationPolicy,
    ReviewLabel,
    RotaPosition,
    Weekday,
)


def fields_helper(*fields: str, heading: str | None = None) -> FormHelper:
    """A helper that renders only these fields, in this order: no <form> tag and no csrf
    token (the template has both, and its buttons). The error summary appears once: where
    the template calls `{% nhsuk_error_summary form %}`, else at the top of the fields.
    `heading` names the field whose label is the page's <h1> (a one-question page)."""
    helper = FormHelper()
    helper.form_tag = False
    helper.disable_csrf = True
    helper.layout = Layout(*(NHSUKField(name, page_heading=name == heading) for name in fields))
    return helper


class NHSUKFormMixin:
    """Gives a form its `helper`, laid out from `layout_fields`; `heading_field` is the one
    question that is its page's heading. `default_auto_id` keeps ids distinct where forms
    share a page."""

    layout_fields: tuple[str, ...] = ()
    heading_field: str | None = None
    default_auto_id = "id_%s"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", self.default_auto_id)
        super().__init__(*args, **kwargs)
        self.helper = fields_helper(*self.layout_fields, heading=self.heading_field)


# --- staff: the queue and an alert --------------------------------------------------------


class AlertFilterForm(NHSUKFormMixin, forms.Form):
    layout_fields = ("level", "state", "source")

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


class ContactAttemptForm(NHSUKFormMixin, forms.Form):
    layout_fields = ("method", "result", "note")
    default_auto_id = "contact-%s"

    method = forms.ChoiceField(
        label=_("How did you try to contact them?"),
        choices=ContactMethod.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Select how you tried to contact them")},
    )
    result = forms.ChoiceField(
        label=_("What happened?"),
        choices=ContactResult.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Select what happened")},
    )
    note = forms.CharField(
        label=_("Notes"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )


class NoteForm(NHSUKFormMixin, forms.Form):
    layout_fields = ("text",)
    heading_field = "text"
    default_auto_id = "note-%s"

    text = forms.CharField(
        label=_("Add a note"),
        max_length=2000,
        help_text=_(
            "Notes go on the alert's timeline with your name and the time. "
            "They cannot be changed later."
        ),
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Enter a note")},
    )


class ResolveForm(NHSUKFormMixin, forms.Form):
    layout_fields = ("outcome", "note")
    default_auto_id = "resolve-%s"

    outcome = forms.ChoiceField(
        label=_("Outcome"),
        choices=[c for c in AlertOutcome.choices if c[0] != AlertOutcome.FALSE_POSITIVE]
        + [(AlertOutcome.FALSE_POSITIVE, _("False positive (after contact)"))],
        widget=forms.RadioSelect,
        error_messages={"required": _("Select an outcome")},
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


class DismissForm(NHSUKFormMixin, forms.Form):
    layout_fields = ("reason",)
    heading_field = "reason"
    default_auto_id = "dismiss-%s"

    reason = forms.CharField(
        label=_("Why is this a false positive?"),
        max_length=2000,
        help_text=_("For example: talking about a TV programme. This helps improve the checks."),
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Say why this is a false positive")},
    )


class HidePostForm(NHSUKFormMixin, forms.Form):
    layout_fields = ("post_id", "reason")

    post_id = forms.IntegerField(widget=forms.HiddenInput)
    reason = forms.CharField(
        label=_("Why hide this post?"),
        max_length=300,
        help_text=_("The author still sees the post, with a note that staff have hidden it."),
        error_messages={"required": _("Say why you are hiding this post")},
    )


class StaffAlertForm(NHSUKFormMixin, forms.Form):
    layout_fields = ("subject", "level", "note")

    subject = forms.ModelChoiceField(
        label=_("Who are you worried about?"), queryset=User.objects.none()
    )
    level = forms.ChoiceField(
        label=_("Level"),
        choices=[
            (AlertLevel.HIGH, _("High: page the duty clinician now")),
            (AlertLevel.MEDIUM, _("Medium: review within service hours")),
        ],
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


class RotaEntryForm(NHSUKFormMixin, forms.Form):
    layout_fields = ("position", "person", "weekday", "starts_on", "ends_on")

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


class ServiceHoursForm(NHSUKFormMixin, forms.Form):
    layout_fields = ("hours_open", "hours_close", "open_weekdays")

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


class EscalationPolicyForm(NHSUKFormMixin, forms.ModelForm):
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
            "children_safeguarding_phone",
            "adults_safeguarding_phone",
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
            "children_safeguarding_phone": _("Local children's safeguarding phone number"),
            "adults_safeguarding_phone": _("Local adults' safeguarding phone number"),
        }
        help_texts = {
            "medium_ack_service_hours": _(
                "A medium alert waits in the duty clinician's queue this long, then pages the "
                "duty clinician and then the backup, like a high alert."
            ),
            "children_safeguarding_phone": _(
                "Shown to a member who writes that a child is at risk. If you leave it empty, "
                "they are told to call 999 or their local council."
            ),
            "adults_safeguarding_phone": _(
                "Shown to a member who writes that an adult is at risk. If you leave it empty, "
                "they are told to call 999 or their local council."
            ),
        }

    layout_fields = tuple(Meta.fields)

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


class ConcernForm(NHSUKFormMixin, forms.Form):
    layout_fields = ("note",)

    note = forms.CharField(
        label=_("What worries you?"),
        required=False,
        max_length=1000,
        help_text=_("Only the pain service team will see this. We will not tell the person."),
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class MemberConcernForm(ConcernForm):
    layout_fields = ("subject", "note")

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


class CallbackForm(NHSUKFormMixin, forms.Form):
    layout_fields = ("reason", "preferred_time", "phone")

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


# --- the clinical safety lead's screener review list ----------------------------------------
class ReviewDecisionForm(NHSUKFormMixin, forms.Form):
    APPROVE = "approve"
    REJECT = "reject"
    layout_fields = ("decision", "label", "category", "note")

    decision = forms.ChoiceField(
        label=_("Add this post to the screener's labelled data?"),
        choices=[
            (APPROVE, _("Yes, approve it with the label below")),
            (REJECT, _("No, reject it")),
        ],
        widget=forms.RadioSelect,
    )
    label = forms.ChoiceField(
        label=_("Label"),
        required=False,
        choices=ReviewLabel.choices,
        widget=forms.RadioSelect,
        help_text=_("What the screener should have said about this post."),
    )
    category = forms.CharField(
        label=_("Category (optional)"),
        required=False,
        max_length=40,
        help_text=_("For example: means, medical_emergency, everyday. Leave empty for the reason."),
    )
    note = forms.CharField(
        label=_("Note (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean(self):
        data = super().clean()
        if data.get("decision") == self.APPROVE and not data.get("label"):
            self.add_error("label", _("Choose the label to approve it with."))
        return data
