"""The message preferences form."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from pmp_followon.ui.layout import NHSUKField, template_helper


class TimeInput(forms.TimeInput):
    input_type = "time"


class NotificationPreferenceForm(forms.Form):
    email_enabled = forms.BooleanField(label=_("Email"), required=False)
    sms_enabled = forms.BooleanField(label=_("Text message"), required=False)
    reminders_enabled = forms.BooleanField(
        label=_("Send me reminders about meetings and my group"),
        required=False,
        help_text=_("Messages from the pain service team still reach you if you turn these off."),
    )
    quiet_hours_start = forms.TimeField(
        label=_("Quiet from"),
        required=False,
        widget=TimeInput(format="%H:%M"),
        help_text=_("For example, 21:00. We hold reminders until your quiet hours end."),
    )
    quiet_hours_end = forms.TimeField(
        label=_("Quiet until"),
        required=False,
        widget=TimeInput(format="%H:%M"),
        help_text=_("For example, 08:00. Leave both empty for no quiet hours."),
    )

    def __init__(self, *args, user, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.user = user
        self.helper = template_helper(
            NHSUKField("email_enabled"),
            NHSUKField("sms_enabled"),
            NHSUKField("reminders_enabled"),
            NHSUKField("quiet_hours_start", width=5),
            NHSUKField("quiet_hours_end", width=5),
        )
        if not user.mobile:
            self.fields["sms_enabled"].disabled = True
            self.fields["sms_enabled"].help_text = _(
                "Add a mobile number to your account to get text messages."
            )

    def clean(self) -> dict:
        data = super().clean()
        if not data.get("email_enabled") and not data.get("sms_enabled"):
            raise forms.ValidationError(_("Choose at least one way for us to contact you."))
        start, end = data.get("quiet_hours_start"), data.get("quiet_hours_end")
        if (start is None) != (end is None):
            raise forms.ValidationError(_("Give both times for quiet hours, or leave both empty."))
        return data
