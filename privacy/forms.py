"""Forms for the privacy pages: parsing and layout only (services decide)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from pmp_followon.accounts.models import User
from pmp_followon.accounts.phone import UKMobileFormField
from pmp_followon.ui.forms import UKDateField
from pmp_followon.ui.layout import NHSUKField, template_helper


class DetailsForm(forms.Form):
    display_name = forms.CharField(
        label=_("Your name"),
        max_length=150,
        help_text=_("The name other people in your group see."),
        widget=forms.TextInput(attrs={"autocomplete": "name", "spellcheck": "false"}),
    )
    mobile = UKMobileFormField(
        label=_("Mobile number (optional)"),
        required=False,
        help_text=_("For example, 07700 900 982. Leave it empty to remove it."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.helper = template_helper(
            NHSUKField("display_name", width=20), NHSUKField("mobile", width=10)
        )


class LeaveForm(forms.Form):
    remove_posts = forms.BooleanField(
        label=_("Also remove the messages I have posted in my groups"),
        required=False,
        help_text=_(
            "If you leave this unticked, your messages stay so that conversations "
            'still make sense, shown as written by "Former member".'
        ),
    )
    confirm = forms.BooleanField(
        label=_("I understand that I cannot undo this"),
        error_messages={"required": _("Tick the box to say you understand")},
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.helper = template_helper(NHSUKField("remove_posts"), NHSUKField("confirm"))


class LeaveForParticipantForm(LeaveForm):
    asked_on = UKDateField(label=_("When did they ask?"), help_text=_("For example, 27 3 2027"))
    asked_how = forms.CharField(
        label=_("How did they ask?"),
        max_length=200,
        help_text=_("For example, by phone to the pain service, or in a letter."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["remove_posts"].label = _("They asked for their messages to be removed too")
        self.fields["remove_posts"].help_text = _("You cannot refuse this if they asked for it.")
        self.fields["confirm"].label = _("They asked to leave, and this cannot be undone")
        self.helper = template_helper(
            NHSUKField("asked_on"),
            NHSUKField("asked_how"),
            NHSUKField("remove_posts"),
            NHSUKField("confirm"),
        )


class HoldForm(forms.Form):
    person = forms.ModelChoiceField(
        label=_("Whose data must be kept?"), queryset=User.objects.none()
    )
    reason = forms.CharField(
        label=_("Why must it be kept?"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For example, a complaint or a claim. Do not write clinical details."),
    )

    def __init__(self, *args: Any, people=None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if people is not None:
            self.fields["person"].queryset = people
        self.helper = template_helper(NHSUKField("person"), NHSUKField("reason"))


class HoldReleaseForm(forms.Form):
    reason = forms.CharField(
        label=_("Why can the hold end?"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.helper = template_helper(NHSUKField("reason"))
