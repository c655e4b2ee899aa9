"""Forms for groups: plain fields, radios and checkboxes (no drag, nothing hidden), dates in
three boxes, times typed the way people write them.

Each form has a crispy ``helper`` (the "nhsuk" template pack): templates render it with
``{% crispy form %}`` inside their own ``<form>``, which keeps the csrf token and buttons."""

from __future__ import annotations

import datetime
import re

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Fieldset, Layout
from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from pmp_followon.ui.forms import LocalDateTimeFormMixin, UKDateField
from pmp_followon.ui.layout import NHSUKField
from programmes.models import NotContinuingReason

from . import selectors
from .models import (
    KeepInTouch,
    MeetingMode,
    PollAnswerChoice,
    Purpose,
    Rhythm,
    RSVPAnswer,
    Venue,
)
from .services import POLL_MAX_OPTIONS

_TIME = re.compile(r"^(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*(?P<ampm>am|pm|a\.m\.|p\.m\.)?$")

DURATIONS = [
    (60, _("1 hour")),
    (90, _("1 and a half hours")),
    (120, _("2 hours")),
    (150, _("2 and a half hours")),
    (180, _("3 hours")),
]


class TimeOfDayField(forms.CharField):
    """A time typed the way people write it: 10am, 2:30pm, 14:00, 9.15, midday."""

    default_error_messages = {"invalid": _("Enter a time such as 10am, 2:30pm or 14:00")}

    def __init__(self, **kwargs):
        # The value becomes a time, so no max_length validator: the box limits typing.
        kwargs.pop("max_length", None)
        super().__init__(**kwargs)
        self.widget.attrs.setdefault("maxlength", "12")
        self.widget.attrs.setdefault("autocomplete", "off")
        self.widget.attrs.setdefault("class", "nhsuk-input--width-5")

    def prepare_value(self, value):
        if isinstance(value, datetime.time):
            return value.strftime("%H:%M")
        return value

    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return None
        text = value.strip().lower().replace(" ", "")
        if text in ("midday", "noon", "12noon"):
            return datetime.time(12, 0)
        match = _TIME.match(text)
        if not match:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        hour, minute = int(match["h"]), int(match["m"] or 0)
        ampm = (match["ampm"] or "").replace(".", "")
        if ampm:
            if not 1 <= hour <= 12:
                raise ValidationError(self.error_messages["invalid"], code="invalid")
            hour = hour % 12 + (12 if ampm == "pm" else 0)
        if hour > 23 or minute > 59:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return datetime.time(hour, minute)


def inner_helper(*fields) -> FormHelper:
    """The crispy helper for a form inside the page's own <form> tag (the template keeps the
    tag, the csrf token and the buttons). Strings in ``fields`` are field names."""
    helper = FormHelper()
    helper.form_tag = False
    helper.disable_csrf = True
    helper.layout = Layout(
        *(NHSUKField(item) if isinstance(item, str) else item for item in fields)
    )
    return helper


class QuestionGroup(Fieldset):
    """Several questions under one legend: a fieldset that is not a form group itself (each
    question inside is), with a small or medium legend."""

    template = "groups/includes/fieldset.html"

    def __init__(self, legend, *fields, legend_size: str = "m", **kwargs):
        super().__init__(legend, *fields, **kwargs)
        self.legend_size = legend_size


def _venue_field(service_id: int, *, required: bool = False) -> forms.ModelChoiceField:
    return forms.ModelChoiceField(
        label=_("Venue"),
        queryset=selectors.venue_choices(service_id),
        required=required,
        empty_label=_("Somewhere not on the list"),
        help_text=_("Venues shared by groups in your area, with their access details."),
    )


class GroupSettingsForm(forms.Form):
    name = forms.CharField(label=_("Group name"), max_length=120)
    area = forms.CharField(
        label=_("Area"),
        max_length=120,
        required=False,
        help_text=_("The town or part of town you meet in. Shown in the directory."),
    )
    description = forms.CharField(
        label=_("About the group"),
        required=False,
        max_length=600,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("A few words for people looking for a group. Please do not name anyone."),
    )
    rhythm = forms.ChoiceField(
        label=_("How often do you usually meet?"), choices=Rhythm.choices, widget=forms.RadioSelect
    )
    purposes = forms.MultipleChoiceField(
        label=_("What is the group for?"),
        choices=Purpose.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Choose all that apply."),
    )
    keeps_in_touch = forms.MultipleChoiceField(
        label=_("How do you keep in touch between meetings?"),
        choices=KeepInTouch.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "Choose all that apply. The pain service counts these; it never joins or "
            "reads a WhatsApp or Facebook group."
        ),
    )
    open_to_new_members = forms.BooleanField(
        label=_("We are happy for new people to ask to join"),
        required=False,
        help_text=_("The group will be listed in the directory. You decide who joins."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = inner_helper(
            "name",
            "area",
            "description",
            "rhythm",
            "purposes",
            "keeps_in_touch",
            "open_to_new_members",
        )


class MeetingForm(LocalDateTimeFormMixin, forms.Form):
    day = UKDateField(label=_("Date"), help_text=_("For example, 27 3 2027"))
    at = TimeOfDayField(label=_("Start time"), help_text=_("For example, 10:30am or 2pm"))
    duration_minutes = forms.TypedChoiceField(
        label=_("How long?"), choices=DURATIONS, coerce=int, initial=120
    )
    mode = forms.ChoiceField(
        label=_("Face to face or online?"),
        choices=MeetingMode.choices,
        widget=forms.RadioSelect,
        initial=MeetingMode.IN_PERSON,
    )
    venue = forms.ModelChoiceField(queryset=Venue.objects.none(), required=False)
    place_note = forms.CharField(
        label=_("Where, in your own words"),
        max_length=200,
        required=False,
        help_text=_(
            "If it is not on the list, or to add a detail: “the back room”, “at Sue's "
            "house”. Only members see this."
        ),
    )
    online_link = forms.URLField(
        label=_("Online meeting link"),
        required=False,
        max_length=500,
        assume_scheme="https",
        help_text=_("For an online meeting: the link people use."),
    )
    notes = forms.CharField(
        label=_("Notes"), required=False, max_length=1000, widget=forms.Textarea(attrs={"rows": 3})
    )
    repeats = forms.BooleanField(
        label=_("Suggest the next meeting from our usual rhythm"),
        required=False,
        help_text=_(
            "We will suggest the next date; a coordinator confirms it before anyone is told."
        ),
    )

    def __init__(self, *args, service_id: int, allow_repeats: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["venue"] = _venue_field(service_id)
        if not allow_repeats:
            del self.fields["repeats"]
        self.helper = inner_helper(
            "day",
            "at",
            "duration_minutes",
            "mode",
            "venue",
            "place_note",
            "online_link",
            "notes",
            *(["repeats"] if allow_repeats else []),
        )

    def clean(self):
        data = super().clean()
        if data.get("mode") == MeetingMode.ONLINE:
            if not data.get("online_link") and not self.has_error("online_link"):
                self.add_error("online_link", _("Add the link people use to join online."))
        elif not data.get("venue") and not (data.get("place_note") or "").strip():
            self.add_error("venue", _("Choose a venue, or say where in your own words."))
        return data


class CancelMeetingForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        required=False,
        max_length=200,
        help_text=_("Members see this in the message we send."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = inner_helper("reason")


class RSVPForm(forms.Form):
    answer = forms.ChoiceField(
        label=_("Can you come?"), choices=RSVPAnswer.choices, widget=forms.RadioSelect
    )

    def __init__(self, *args, label_size: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        options = {"label_size": label_size} if label_size else {}
        self.helper = inner_helper(NHSUKField("answer", **options))


class AttendanceForm(forms.Form):
    came = forms.MultipleChoiceField(
        label=_("Who came?"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "Tick everyone who came. People who said they were going are ticked to start with."
        ),
    )

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["came"].choices = [(str(m.person_id), m.person.display_name) for m in people]
        self.helper = inner_helper("came")

    def attended_ids(self) -> set[int]:
        return {int(v) for v in self.cleaned_data["came"]}


class PauseForm(forms.Form):
    until = UKDateField(
        label=_("Take a break until"),
        required=False,
        help_text=_(
            "Leave it empty to take a break until you come back yourself. For example, 1 3 2027"
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = inner_helper("until")


LEAVE_REASON_CHOICES = [("", _("I would rather not say")), *NotContinuingReason.choices]


class LeaveForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Would you like to tell the group why?"),
        choices=LEAVE_REASON_CHOICES,
        required=False,
        widget=forms.RadioSelect,
    )
    reason_other = forms.CharField(
        label=_("Anything else"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Only the pain service's reports use this, without your name."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = inner_helper("reason", "reason_other")


class SharingForm(forms.Form):
    share_email = forms.BooleanField(label=_("My email address"), required=False)
    share_mobile = forms.BooleanField(label=_("My mobile number"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = inner_helper("share_email", "share_mobile")


class HandoverForm(forms.Form):
    person = forms.TypedChoiceField(label=_("Who?"), coerce=int, widget=forms.RadioSelect)
    how = forms.ChoiceField(
        label=_("What would you like to do?"),
        choices=[
            ("share", _("Share the role: they help coordinate with me")),
            ("hand_over", _("Hand it over: they coordinate, I become a member")),
        ],
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, candidates, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].choices = [(m.person_id, m.person.display_name) for m in candidates]
        self.helper = inner_helper("person", "how")


class PostForm(forms.Form):
    body = forms.CharField(
        label=_("Your message"), max_length=5000, widget=forms.Textarea(attrs={"rows": 4})
    )
    agree = forms.BooleanField(
        label=_("I understand how messages are checked and who can see them"),
        required=False,
    )

    def __init__(self, *args, notice_needed: bool, label: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        if label:
            self.fields["body"].label = label
        if not notice_needed:
            del self.fields["agree"]
        self.helper = inner_helper("body", *(["agree"] if notice_needed else []))


class FlagForm(forms.Form):
    note = forms.CharField(
        label=_("Anything you want to add"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Only pain service staff see this. We never tell the person who wrote the "
            "message that you were worried."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = inner_helper("note")


class PollCreateForm(forms.Form):
    title = forms.CharField(
        label=_("What is it for?"), max_length=120, initial=_("Our next meeting")
    )
    deadline = UKDateField(label=_("Answers by"), help_text=_("The poll closes at 8pm that day."))
    duration_minutes = forms.TypedChoiceField(
        label=_("How long will the meeting be?"), choices=DURATIONS, coerce=int, initial=120
    )

    def __init__(self, *args, service_id: int, add_option: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        # Two options on a new form (short on a phone); "Add another option" re-renders the
        # form with one more, keeping what was typed (no JavaScript needed).
        try:
            shown = int(self.data.get("option_count", 2)) if self.is_bound else 2
        except (TypeError, ValueError):
            shown = 2
        self.option_count = max(2, min(shown + (1 if add_option else 0), POLL_MAX_OPTIONS))
        self.can_add_option = self.option_count < POLL_MAX_OPTIONS
        for n in range(1, self.option_count + 1):
            required = n <= 2
            self.fields[f"option_{n}_day"] = UKDateField(
                label=_("Option %(n)s: date") % {"n": n}, required=required
            )
            self.fields[f"option_{n}_at"] = TimeOfDayField(
                label=_("Option %(n)s: start time") % {"n": n}, required=required
            )
            self.fields[f"option_{n}_venue"] = _venue_field(service_id)
            self.fields[f"option_{n}_venue"].label = _("Option %(n)s: venue") % {"n": n}
            self.fields[f"option_{n}_venue"].help_text = ""
            self.fields[f"option_{n}_place"] = forms.CharField(
                label=_("Option %(n)s: where, in your own words") % {"n": n},
                required=False,
                max_length=200,
            )
        self.helper = inner_helper(
            "title",
            "deadline",
            "duration_minutes",
            *(
                QuestionGroup(
                    _("Option %(n)s") % {"n": n} + (" " + _("(optional)") if n > 2 else ""),
                    NHSUKField(f"option_{n}_day"),
                    NHSUKField(f"option_{n}_at", width=5),
                    NHSUKField(f"option_{n}_venue"),
                    NHSUKField(f"option_{n}_place"),
                )
                for n in range(1, self.option_count + 1)
            ),
        )

    def clean(self):
        data = super().clean()
        for n in range(1, POLL_MAX_OPTIONS + 1):
            day, at = data.get(f"option_{n}_day"), data.get(f"option_{n}_at")
            venue, place = data.get(f"option_{n}_venue"), data.get(f"option_{n}_place")
            if self.has_error(f"option_{n}_day") or self.has_error(f"option_{n}_at"):
                continue
            anything = day or at or venue or place
            if anything and not day:
                self.add_error(f"option_{n}_day", _("Enter a date for option %(n)s") % {"n": n})
            if anything and not at:
                self.add_error(f"option_{n}_at", _("Enter a time for option %(n)s") % {"n": n})
            if anything and not venue and not place:
                self.add_error(
                    f"option_{n}_venue",
                    _("Choose a venue for option %(n)s, or say where") % {"n": n},
                )
        return data

    def options(self):
        from .services import PollOptionSpec

        return [
            PollOptionSpec(
                day=self.cleaned_data[f"option_{n}_day"],
                at=self.cleaned_data[f"option_{n}_at"],
                venue=self.cleaned_data.get(f"option_{n}_venue"),
                place_note=self.cleaned_data.get(f"option_{n}_place") or "",
            )
            for n in range(1, POLL_MAX_OPTIONS + 1)
            if self.cleaned_data.get(f"option_{n}_day")
        ]


class PollAnswerForm(forms.Form):
    """One plain radio group per option: yes, if need be, no."""

    def __init__(self, *args, rows, **kwargs):
        super().__init__(*args, **kwargs)
        self.rows = rows
        for row in rows:
            self.fields[f"option_{row.option.pk}"] = forms.ChoiceField(
                label=row.label,
                choices=PollAnswerChoice.choices,
                widget=forms.RadioSelect,
                initial=row.my_answer,
                error_messages={"required": _("Answer for %(option)s") % {"option": row.label}},
            )
        self.helper = inner_helper(*(NHSUKField(name, label_size="s") for name in self.fields))

    def answers(self) -> dict[int, str]:
        return {row.option.pk: self.cleaned_data[f"option_{row.option.pk}"] for row in self.rows}


class PollDecideForm(forms.Form):
    option = forms.TypedChoiceField(label=_("Which date?"), coerce=int, widget=forms.RadioSelect)
    notes = forms.CharField(
        label=_("Notes for the meeting"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, choices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["option"].choices = choices
        self.helper = inner_helper("option", "notes")


class JoinForm(forms.Form):
    message = forms.CharField(
        label=_("Anything you would like the coordinator to know?"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    move_from = forms.TypedChoiceField(
        label=_("Are you moving from another group?"),
        coerce=int,
        required=False,
        widget=forms.RadioSelect,
        empty_value=None,
    )

    def __init__(self, *args, my_groups, **kwargs):
        super().__init__(*args, **kwargs)
        if my_groups:
            self.fields["move_from"].choices = [
                ("", _("No, I want to join as well")),
                *[
                    (g.pk, _("Yes, leave %(name)s when I join") % {"name": g.name})
                    for g in my_groups
                ],
            ]
        else:
            del self.fields["move_from"]
        self.helper = inner_helper("message", *(["move_from"] if my_groups else []))


class IntroduceForm(forms.Form):
    person = forms.ModelChoiceField(
        label=_("Who would you like to introduce?"), queryset=None, empty_label=_("Choose a person")
    )
    message = forms.CharField(
        label=_("A note for the coordinator"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Nothing clinical: the coordinator is a volunteer."),
    )
    agreed = forms.BooleanField(label=_("They have agreed to be introduced to this group"))

    def __init__(self, *args, candidates, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = candidates
        self.helper = inner_helper("person", "message", "agreed")


class DecideRequestForm(forms.Form):
    decision = forms.ChoiceField(choices=[("accept", _("Accept")), ("decline", _("Decline"))])


class VenueForm(forms.ModelForm):
    class Meta:
        model = Venue
        fields = [
            "name",
            "kind",
            "address",
            "area",
            "step_free",
            "back_support_seating",
            "accessible_toilet",
            "parking_distance_m",
            "bus_stop_distance_m",
            "noise",
            "accessibility_notes",
        ]
        widgets = {
            "kind": forms.RadioSelect,
            "step_free": forms.RadioSelect,
            "back_support_seating": forms.RadioSelect,
            "accessible_toilet": forms.RadioSelect,
            "noise": forms.RadioSelect,
            "address": forms.Textarea(attrs={"rows": 3}),
            "accessibility_notes": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = inner_helper(*self.Meta.fields)


class GatheringForm(LocalDateTimeFormMixin, forms.Form):
    title = forms.CharField(
        label=_("Title"), max_length=120, initial=_("Get-together for all our groups")
    )
    day = UKDateField(label=_("Date"))
    at = TimeOfDayField(label=_("Start time"))
    duration_minutes = forms.TypedChoiceField(
        label=_("How long?"), choices=DURATIONS, coerce=int, initial=120
    )
    venue = forms.ModelChoiceField(queryset=Venue.objects.none(), required=False)
    place_note = forms.CharField(
        label=_("Where, in your own words"), required=False, max_length=200
    )
    description = forms.CharField(
        label=_("What to expect"),
        required=False,
        max_length=1500,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    # The agenda: the three things the study's gatherings were for.
    agenda_groups = forms.CharField(
        label=_("How the groups are doing"),
        required=False,
        max_length=1500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For example, each group says how often it meets and what helps."),
    )
    agenda_learning = forms.CharField(
        label=_("What we have learned"),
        required=False,
        max_length=1500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For example, what the service has learned from the groups this year."),
    )
    agenda_linking = forms.CharField(
        label=_("Groups meeting each other"),
        required=False,
        max_length=1500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For example, groups in one area meeting, or finding a group to join."),
    )

    def __init__(self, *args, service_id: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["venue"] = _venue_field(service_id)
        self.helper = inner_helper(
            "title",
            "day",
            "at",
            "duration_minutes",
            "venue",
            "place_note",
            "description",
            "agenda_groups",
            "agenda_learning",
            "agenda_linking",
        )

    @staticmethod
    def initial_from(gathering) -> dict:
        from pmp_followon.ui.dates import to_local

        local = to_local(gathering.starts_at, gathering.service.zone)
        return {
            "title": gathering.title,
            "day": local.date(),
            "at": local.time(),
            "duration_minutes": gathering.duration_minutes,
            "venue": gathering.venue,
            "place_note": gathering.place_note,
            "description": gathering.description,
            "agenda_groups": gathering.agenda_groups,
            "agenda_learning": gathering.agenda_learning,
            "agenda_linking": gathering.agenda_linking,
        }

    def clean(self):
        data = super().clean()
        if not data.get("venue") and not (data.get("place_note") or "").strip():
            self.add_error("venue", _("Choose a venue, or say where in your own words."))
        return data


class GatheringCancelForm(forms.Form):
    reason = forms.CharField(
        label=_("Why is it cancelled?"),
        required=False,
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Everyone who was invited gets this with the news."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = inner_helper("reason")


class CreateFromProgrammeForm(LocalDateTimeFormMixin, forms.Form):
    name = forms.CharField(
        label=_("Group name"), max_length=120, help_text=_("The group can change it later.")
    )
    area = forms.CharField(
        label=_("Area"),
        max_length=120,
        required=False,
        help_text=_("Where the group will meet, for the directory."),
    )
    rhythm = forms.ChoiceField(
        label=_("How often will you meet?"),
        choices=Rhythm.choices,
        widget=forms.RadioSelect,
        initial=Rhythm.MONTHLY,
    )
    first = forms.ChoiceField(
        label=_("The first meeting"),
        choices=[
            ("meeting", _("We have agreed a date and time")),
            ("poll", _("We will find a time with a poll")),
        ],
        widget=forms.RadioSelect,
    )
    day = UKDateField(label=_("Date of the first meeting"), required=False)
    at = TimeOfDayField(label=_("Start time"), required=False)
    venue = forms.ModelChoiceField(queryset=Venue.objects.none(), required=False)
    place_note = forms.CharField(
        label=_("Where, in your own words"), required=False, max_length=200
    )

    def __init__(self, *args, service_id: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["venue"] = _venue_field(service_id)
        self.helper = inner_helper(
            "name",
            "area",
            "rhythm",
            "first",
            QuestionGroup(
                _("If you have agreed a date"),
                NHSUKField("day"),
                NHSUKField("at", width=5),
                NHSUKField("venue"),
                NHSUKField("place_note"),
                legend_size="s",
            ),
        )

    def clean(self):
        data = super().clean()
        if data.get("first") == "meeting":
            if not data.get("day") and not self.has_error("day"):
                self.add_error("day", _("Enter the date of the first meeting"))
            if not data.get("at") and not self.has_error("at"):
                self.add_error("at", _("Enter the start time"))
            if not data.get("venue") and not (data.get("place_note") or "").strip():
                self.add_error("venue", _("Choose a venue, or say where in your own words."))
        return data
