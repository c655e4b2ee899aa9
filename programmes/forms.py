"""Forms for programmes: validation of what people type; the services do the saving."""

from __future__ import annotations

import datetime
import re

from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Layout
from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from pmp_followon.accounts.phone import UKMobileFormField
from pmp_followon.ui.forms import LocalDateTimeFormMixin, UKDateField
from pmp_followon.ui.layout import NHSUKField

from .handover import CHECKLISTS
from .models import (
    CLINICAL_DISCIPLINES,
    DEFAULT_SESSION_MINUTES,
    DEFAULT_SESSIONS,
    MAX_SESSIONS,
    MIN_SESSIONS,
    BankHolidayDivision,
    ContinueChoice,
    Discipline,
    NotContinuingReason,
    ProgrammeSettings,
    ReferralSource,
    ResourceAudience,
    ShareKind,
    StepKind,
)

SESSION_LENGTHS = [
    (120, _("2 hours")),
    (150, _("2 and a half hours")),
    (180, _("3 hours")),
    (210, _("3 and a half hours")),
    (240, _("4 hours")),
]
SESSION_COUNTS = [(n, str(n)) for n in range(MIN_SESSIONS, MAX_SESSIONS + 1)]

_TIME = re.compile(r"^(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*(?P<ampm>am|pm)?$")


class TimeOfDayField(forms.Field):
    """A time typed the way people write it: 10am, 2:30pm, 14:00, 9.15, midday."""

    widget = forms.TextInput
    default_error_messages = {
        "invalid": _("Enter a time such as 10am, 2:30pm or 14:00"),
    }

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.widget.attrs.setdefault("autocomplete", "off")
        self.widget.attrs.setdefault("maxlength", "10")

    def prepare_value(self, value):
        if isinstance(value, datetime.time):
            return value.strftime("%H:%M")
        return value

    def to_python(self, value):
        if value in self.empty_values or not str(value).strip():
            return None
        if isinstance(value, datetime.time):
            return value
        text = str(value).strip().lower().replace(" ", "")
        if text in ("midday", "noon", "12noon"):
            return datetime.time(12, 0)
        match = _TIME.match(text)
        if not match:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        hour, minute = int(match["h"]), int(match["m"] or 0)
        if match["ampm"]:
            if not 1 <= hour <= 12:
                raise ValidationError(self.error_messages["invalid"], code="invalid")
            hour = hour % 12 + (12 if match["ampm"] == "pm" else 0)
        if hour > 23 or minute > 59:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return datetime.time(hour, minute)


class TickBoxesField(forms.MultipleChoiceField):
    """Checkboxes where ticking none is a real answer (nobody came, nothing done yet), so the
    label does not say "(optional)"."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        kwargs["required"] = True
        super().__init__(**kwargs)

    def validate(self, value):
        if value:
            super().validate(value)


def _helper(*fields) -> FormHelper:
    """The crispy layout of a form whose template keeps its own <form>, csrf token and
    buttons (rendered with ``{% crispy form %}`` by the "nhsuk" template pack)."""
    helper = FormHelper()
    helper.form_tag = False
    helper.disable_csrf = True
    helper.layout = Layout(*fields)
    return helper


def _heading(text: str, size: str = "m") -> HTML:
    """A heading between the questions of a long form."""
    return HTML(format_html('<h2 class="nhsuk-heading-{}">{}</h2>', size, text))


def _clinical_disciplines():
    return [(value, label) for value, label in Discipline.choices if value in CLINICAL_DISCIPLINES]


class ProgrammeCreateForm(LocalDateTimeFormMixin, forms.Form):
    local_datetime_fields = (("first_session_date", "start_time"),)
    name = forms.CharField(
        label=_("Name or code"),
        max_length=120,
        help_text=_("How your team refers to it, for example “Tuesday PMP, spring 2027”."),
        error_messages={"required": _("Enter a name or code for the programme")},
    )
    venue = forms.CharField(
        label=_("Venue"),
        max_length=200,
        error_messages={"required": _("Enter where the sessions take place")},
    )
    first_session_date = UKDateField(
        label=_("Date of the first session"),
        help_text=_(
            "For example, 13 1 2027. Sessions are weekly on this day; bank holidays "
            "are skipped and the later sessions move on a week."
        ),
        error_messages={"required": _("Enter the date of the first session")},
    )
    start_time = TimeOfDayField(
        label=_("Start time"),
        initial=datetime.time(10, 0),
        help_text=_("For example, 10am or 13:30"),
        error_messages={"required": _("Enter the start time")},
    )
    session_minutes = forms.TypedChoiceField(
        label=_("Session length"),
        choices=SESSION_LENGTHS,
        coerce=int,
        initial=DEFAULT_SESSION_MINUTES,
    )
    session_count = forms.TypedChoiceField(
        label=_("Number of sessions"),
        choices=SESSION_COUNTS,
        coerce=int,
        initial=DEFAULT_SESSIONS,
        help_text=_("The handover steps go on the last three sessions."),
    )
    discipline = forms.ChoiceField(
        label=_("Your discipline"),
        choices=[("", _("Choose your discipline")), *_clinical_disciplines()],
        help_text=_("You will be a facilitator of this programme."),
        error_messages={"required": _("Choose your discipline")},
    )

    @property
    def helper(self) -> FormHelper:
        return _helper(
            NHSUKField("name"),
            NHSUKField("venue"),
            NHSUKField("first_session_date"),
            NHSUKField("start_time", width=5),
            NHSUKField("session_minutes"),
            NHSUKField("session_count"),
            NHSUKField("discipline"),
        )


class ProgrammeEditForm(forms.Form):
    name = ProgrammeCreateForm.base_fields["name"]
    venue = ProgrammeCreateForm.base_fields["venue"]
    start_time = TimeOfDayField(
        label=_("Start time"),
        help_text=_("Changes the sessions that have not happened yet."),
        error_messages={"required": _("Enter the start time")},
    )
    session_minutes = forms.TypedChoiceField(
        label=_("Session length"), choices=SESSION_LENGTHS, coerce=int
    )
    session_count = forms.TypedChoiceField(
        label=_("Number of sessions"),
        choices=SESSION_COUNTS,
        coerce=int,
        help_text=_(
            "Sessions are added or removed at the end; the handover steps move to "
            "the new last three sessions."
        ),
    )

    @property
    def helper(self) -> FormHelper:
        return _helper(
            NHSUKField("name"),
            NHSUKField("venue"),
            NHSUKField("start_time", width=5),
            NHSUKField("session_minutes"),
            NHSUKField("session_count"),
        )


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=200,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Enter a reason")},
    )

    @property
    def helper(self) -> FormHelper:
        return _helper(NHSUKField("reason"))


class FacilitatorForm(forms.Form):
    user = forms.ModelChoiceField(
        label=_("Person"),
        queryset=None,
        empty_label=_("Choose a clinician or PTV"),
        error_messages={"required": _("Choose who to add")},
    )
    discipline = forms.ChoiceField(
        label=_("Discipline"),
        choices=[("", _("Choose a discipline")), *Discipline.choices],
        error_messages={"required": _("Choose their discipline")},
    )

    def __init__(self, *args, people=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["user"].queryset = people
        self.fields["user"].label_from_instance = lambda u: (
            f"{u.display_name} ({u.get_role_display()})"
        )

    @property
    def helper(self) -> FormHelper:
        return _helper(NHSUKField("user"), NHSUKField("discipline"))


class SessionMoveForm(LocalDateTimeFormMixin, forms.Form):
    local_datetime_fields = (("new_date", "new_start_time"),)
    new_date = UKDateField(
        label=_("New date"),
        help_text=_("For example, 24 3 2027"),
        error_messages={"required": _("Enter the new date")},
    )
    new_start_time = TimeOfDayField(
        label=_("Start time"), required=False, help_text=_("Leave empty to keep the same time.")
    )
    venue = forms.CharField(
        label=_("Venue for this session"),
        max_length=200,
        required=False,
        help_text=_("Leave empty to keep the same venue."),
    )
    move_later = forms.BooleanField(
        label=_("Move the later sessions as well, a week apart from the new date"),
        required=False,
        initial=True,
    )
    reason = forms.CharField(label=_("Why it is moving"), max_length=200, required=False)

    @property
    def helper(self) -> FormHelper:
        return _helper(
            NHSUKField("new_date"),
            NHSUKField("new_start_time", width=5),
            NHSUKField("venue"),
            NHSUKField("move_later"),
            NHSUKField("reason"),
        )


class AttendanceForm(forms.Form):
    present = TickBoxesField(label=_("Who came"))

    def __init__(self, *args, register=(), session_number: int = 0, **kwargs):
        super().__init__(*args, **kwargs)
        self.session_number = session_number
        self.fields["present"].choices = [
            (str(e.pk), e.participant.display_name) for e, _mark in register
        ]
        if not self.is_bound:
            self.initial["present"] = [str(e.pk) for e, mark in register if mark]

    @property
    def helper(self) -> FormHelper:
        return _helper(
            NHSUKField(
                "present",
                page_heading=True,
                label=_("Who came to session %(n)s?") % {"n": self.session_number},
                hint=_("Tick everyone who came. Anyone not ticked is marked as not there."),
            )
        )


class EnrolForm(forms.Form):
    display_name = forms.CharField(
        label=_("Name"),
        max_length=150,
        required=False,
        help_text=_(
            "The name the others on the programme will see. Not needed if they "
            "already have an account."
        ),
    )
    email = forms.EmailField(
        label=_("Email address"),
        help_text=_("They sign in with a code sent here: no password."),
        error_messages={
            "required": _("Enter their email address"),
            "invalid": _("Enter an email address in the correct format, like name@example.com"),
        },
    )
    # The one mobile number rule of the app (pmp_followon/accounts/phone.py): UK mobiles and
    # Ofcom's drama range; a landline is refused, since we send texts to it.
    mobile = UKMobileFormField(
        label=_("Mobile number"),
        required=False,
        help_text=_("For text messages, if they want them. For example, 07912 345 678"),
    )
    referral_source = forms.ChoiceField(
        label=_("Referred by"),
        choices=ReferralSource.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose who referred them")},
    )
    referral_date = UKDateField(
        label=_("Referral date"),
        help_text=_("For example, 3 9 2026"),
        error_messages={"required": _("Enter the referral date")},
    )

    @property
    def helper(self) -> FormHelper:
        return _helper(
            NHSUKField("display_name"),
            NHSUKField("email", autocomplete="off", spellcheck="false"),
            NHSUKField("mobile", width=20),
            NHSUKField("referral_source", inline=True),
            NHSUKField("referral_date"),
        )


class ChecklistForm(forms.Form):
    ticked = TickBoxesField(label=_("Checklist"))
    notes = forms.CharField(
        label=_("Notes"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
    )
    mark_done = forms.BooleanField(
        label=_("This step is done, even if some items are not ticked"), required=False
    )

    def __init__(self, *args, kind: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["ticked"].choices = [(i.key, i.label) for i in CHECKLISTS[kind]]

    @property
    def helper(self) -> FormHelper:
        return _helper(
            NHSUKField(
                "ticked",
                label=_("Tick what you have done"),
                hint=_("The step is done when everything is ticked."),
            ),
            NHSUKField("notes"),
            NHSUKField("mark_done"),
        )


class StepPtvForm(forms.Form):
    ptv = forms.ModelChoiceField(
        label=_("PTV for this step"), queryset=None, required=False, empty_label=_("No PTV")
    )

    def __init__(self, *args, ptvs=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["ptv"].queryset = ptvs
        self.fields["ptv"].label_from_instance = lambda u: u.display_name

    @property
    def helper(self) -> FormHelper:
        return _helper(NHSUKField("ptv", page_heading=True))


class OptionsNoteForm(forms.Form):
    options_note = forms.CharField(
        label=_("Possible dates and venues for the first meeting"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        help_text=_(
            "What the group suggested, for example “Thursday mornings; the café at "
            "the leisure centre has step-free access”."
        ),
    )

    @property
    def helper(self) -> FormHelper:
        return _helper(NHSUKField("options_note", page_heading=True))


class FirstMeetingForm(LocalDateTimeFormMixin, forms.Form):
    local_datetime_fields = (("meeting_date", "meeting_time"),)
    poll_instead = forms.BooleanField(
        label=_("The group will choose the date with a poll instead"), required=False
    )
    meeting_date = UKDateField(
        label=_("Date of the first meeting"), required=False, help_text=_("For example, 12 5 2027")
    )
    meeting_time = TimeOfDayField(label=_("Time"), required=False, help_text=_("For example, 11am"))
    venue = forms.CharField(label=_("Venue"), max_length=200, required=False)
    ptv = forms.ModelChoiceField(
        label=_("PTV for the group's first three meetings"),
        queryset=None,
        required=False,
        empty_label=_("No PTV"),
    )
    confirm = forms.BooleanField(label=_("The group agreed this in the session"), required=False)

    def __init__(self, *args, ptvs=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["ptv"].queryset = ptvs
        self.fields["ptv"].label_from_instance = lambda u: u.display_name

    def clean(self):
        data = super().clean()
        if data.get("poll_instead") and data.get("meeting_date"):
            self.add_error("meeting_date", _("Leave the date empty when the group will use a poll"))
        if (
            data.get("meeting_date")
            and not data.get("meeting_time")
            and not self.has_error("meeting_time")
        ):
            self.add_error("meeting_time", _("Enter the time of the first meeting"))
        missing_date = not data.get("poll_instead") and not data.get("meeting_date")
        if data.get("confirm") and missing_date and not self.has_error("meeting_date"):
            self.add_error(
                "meeting_date", _("Enter the date of the first meeting, or choose a poll")
            )
        return data

    @property
    def helper(self) -> FormHelper:
        return _helper(
            NHSUKField("meeting_date"),
            NHSUKField("meeting_time", width=5),
            NHSUKField("venue"),
            NHSUKField("poll_instead"),
            NHSUKField("ptv"),
            NHSUKField("confirm"),
        )


UNSUITABLE_CHOICES = [
    ("date", _("The date")),
    ("time", _("The time")),
    ("venue", _("The place")),
]


class ChoiceForm(forms.Form):
    continue_choice = forms.ChoiceField(
        label=_("Would you like to keep meeting the group after the programme?"),
        choices=ContinueChoice.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose one answer")},
    )
    unsuitable = forms.MultipleChoiceField(
        label=_("What does not suit you?"),
        choices=UNSUITABLE_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    unsuitable_note = forms.CharField(
        label=_("What would suit you?"),
        required=False,
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    volunteers_to_organise = forms.BooleanField(
        label=_("I could help organise the group, for example find a date or a place"),
        required=False,
    )
    reasons = forms.MultipleChoiceField(
        label=_("Can you tell us why?"),
        choices=NotContinuingReason.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    reasons_other = forms.CharField(
        label=_("Anything else"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, on_behalf: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.on_behalf = on_behalf  # a clinician answers for the participant

    def clean(self):
        data = super().clean()
        if data.get("continue_choice") == ContinueChoice.KEEN_UNSUITABLE and not data.get(
            "unsuitable"
        ):
            self.add_error(
                "unsuitable", _("Choose what does not suit you: the date, the time or the place")
            )
        return data

    @classmethod
    def initial_from(cls, choice) -> dict:
        if choice is None:
            return {}
        unsuitable = [
            key
            for key, on in (
                ("date", choice.unsuitable_date),
                ("time", choice.unsuitable_time),
                ("venue", choice.unsuitable_venue),
            )
            if on
        ]
        return {
            "continue_choice": choice.continue_choice,
            "unsuitable": unsuitable,
            "unsuitable_note": choice.unsuitable_note,
            "volunteers_to_organise": choice.volunteers_to_organise,
            "reasons": choice.reasons,
            "reasons_other": choice.reasons_other,
        }

    def service_kwargs(self) -> dict:
        data = self.cleaned_data
        unsuitable = set(data.get("unsuitable") or [])
        return {
            "continue_choice": data["continue_choice"],
            "unsuitable_date": "date" in unsuitable,
            "unsuitable_time": "time" in unsuitable,
            "unsuitable_venue": "venue" in unsuitable,
            "unsuitable_note": data.get("unsuitable_note", ""),
            "reasons": data.get("reasons") or [],
            "reasons_other": data.get("reasons_other", ""),
            "volunteers_to_organise": bool(data.get("volunteers_to_organise")),
        }

    @property
    def helper(self) -> FormHelper:
        if self.on_behalf:
            keen, not_keen = _("If they want to keep meeting"), _("If they would prefer not to")
        else:
            keen, not_keen = _("If you want to keep meeting"), _("If you would prefer not to")
        return _helper(
            NHSUKField("continue_choice", label_size="m"),
            _heading(keen, size="s"),
            NHSUKField("volunteers_to_organise"),
            NHSUKField(
                "unsuitable",
                hint=_("Only if the date, time or place of the first meeting does not suit."),
            ),
            NHSUKField("unsuitable_note"),
            _heading(not_keen, size="s"),
            NHSUKField("reasons"),
            NHSUKField("reasons_other"),
        )


class ContactsForm(forms.Form):
    kinds = forms.MultipleChoiceField(
        label=_("Which contact details do you want to share with the others on the programme?"),
        choices=ShareKind.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_(
            "Choose none if you prefer: you will still hear about the group in this "
            "app. You can change this at any time."
        ),
    )

    def __init__(self, *args, has_mobile: bool = True, on_behalf: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.on_behalf = on_behalf
        if not has_mobile:
            self.fields["kinds"].choices = [(ShareKind.EMAIL.value, ShareKind.EMAIL.label)]

    @property
    def helper(self) -> FormHelper:
        if self.on_behalf:
            label = _(
                "Which contact details do they want to share with the others on the programme?"
            )
        else:
            label = _(
                "Which contact details do you want to share with the others on the programme?"
            )
        return _helper(NHSUKField("kinds", label=label, label_size="m"))


class CodeForm(forms.Form):
    """The 6-digit code sent to an email address or mobile number (which one: the URL)."""

    code = forms.CharField(
        label=_("Code"),
        max_length=12,
        error_messages={"required": _("Enter the 6-digit code")},
        widget=forms.TextInput(
            attrs={
                "inputmode": "numeric",
                "autocomplete": "one-time-code",
                "class": "nhsuk-input nhsuk-input--width-10",
            }
        ),
    )

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split())
        if not code.isdigit() or len(code) != 6:
            raise ValidationError(_("The code is 6 numbers, like 123456"))
        return code

    @property
    def helper(self) -> FormHelper:
        return _helper(
            NHSUKField(
                "code",
                label=_("Type in the 6-digit code"),
                label_size="m",
                width=10,
                hint=_(
                    "If nothing has come yet, or the code is more than a few minutes "
                    "old, send a new code."
                ),
            ),
        )


RESOURCE_EXTENSIONS = [
    "pdf",
    "doc",
    "docx",
    "odt",
    "rtf",
    "txt",
    "ppt",
    "pptx",
    "png",
    "jpg",
    "jpeg",
    "mp4",
    "webm",
]
RESOURCE_MAX_BYTES = 20 * 1024 * 1024


class ResourceForm(forms.Form):
    title = forms.CharField(
        label=_("Title"), max_length=200, error_messages={"required": _("Enter a title")}
    )
    description = forms.CharField(label=_("Short description"), max_length=300, required=False)
    audience = forms.ChoiceField(
        label=_("For"),
        choices=ResourceAudience.choices,
        widget=forms.RadioSelect,
        initial=ResourceAudience.PATIENTS,
    )
    step = forms.ChoiceField(
        label=_("Used at"),
        choices=[("", _("Any time")), *StepKind.choices],
        required=False,
    )
    url = forms.URLField(
        label=_("Link"),
        required=False,
        max_length=500,
        assume_scheme="https",
        help_text=_("For example, a short film. Or upload a file below."),
        error_messages={"invalid": _("Enter a full link, starting https://")},
    )
    file = forms.FileField(
        label=_("File"),
        required=False,
        help_text=_("For example, an information sheet as a PDF. Up to 20 MB."),
        validators=[FileExtensionValidator(RESOURCE_EXTENSIONS)],
        error_messages={
            "invalid_extension": _("Upload a PDF, a Word or OpenDocument file, a picture or a film")
        },
    )

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and upload.size > RESOURCE_MAX_BYTES:
            raise ValidationError(_("The file must be smaller than 20 MB"))
        return upload

    def clean(self):
        data = super().clean()
        if not self.has_error("url") and bool(data.get("url")) == bool(data.get("file")):
            self.add_error("url", _("Add a link or upload a file (one of the two)"))
        return data

    @property
    def helper(self) -> FormHelper:
        return _helper(*(NHSUKField(name) for name in self.fields))


class ProgrammeSettingsForm(forms.ModelForm):
    bank_holiday_division = forms.ChoiceField(
        label=_("Bank holidays of"), choices=BankHolidayDivision.choices
    )
    reminder_time = TimeOfDayField(label=_("Facilitator reminders: time of day"))

    class Meta:
        model = ProgrammeSettings
        fields = [
            "introduce_sessions_before_end",
            "agree_sessions_before_end",
            "confirm_sessions_before_end",
            "first_meeting_min_weeks",
            "first_meeting_max_weeks",
            "reminder_working_days",
            "reminder_time",
            "bank_holiday_division",
        ]

    def clean(self):
        data = super().clean()
        intro = data.get("introduce_sessions_before_end")
        agree = data.get("agree_sessions_before_end")
        confirm = data.get("confirm_sessions_before_end")
        if None not in (intro, agree, confirm) and not (
            MIN_SESSIONS - 1 >= intro > agree > confirm >= 0
        ):
            raise ValidationError(
                _(
                    "The steps must come in order: introduce, then agree, then confirm, all "
                    "within the last %(n)s sessions."
                )
                % {"n": MIN_SESSIONS}
            )
        return data

    @property
    def helper(self) -> FormHelper:
        return _helper(
            _heading(_("Which sessions the handover steps are on")),
            HTML(
                format_html(
                    '<p class="nhsuk-body-s">{}</p>',
                    _(
                        "0 is the last session, 1 the one before, and so on. The usual plan is 2, "
                        "1 and 0."
                    ),
                )
            ),
            NHSUKField("introduce_sessions_before_end", width=2),
            NHSUKField("agree_sessions_before_end", width=2),
            NHSUKField("confirm_sessions_before_end", width=2),
            _heading(_("The first meeting of the group")),
            NHSUKField("first_meeting_min_weeks", width=2),
            NHSUKField("first_meeting_max_weeks", width=2),
            _heading(_("Reminders and bank holidays")),
            NHSUKField("reminder_working_days", width=2),
            NHSUKField("reminder_time", width=5),
            NHSUKField("bank_holiday_division"),
        )
