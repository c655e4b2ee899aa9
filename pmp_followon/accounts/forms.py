from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import ContactChannel, Role, User
from .phone import UKMobileFormField


class InviteForm(forms.Form):
    display_name = forms.CharField(
        label=_("Full name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name", "spellcheck": "false"}),
    )
    email = forms.EmailField(
        label=_("Email address"),
        help_text=_("They will use this to sign in."),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices, widget=forms.RadioSelect)
    mobile = UKMobileFormField(
        label=_("Mobile number (optional)"), required=False, help_text=_("For text messages.")
    )
    preferred_channel = forms.ChoiceField(
        label=_("How should we contact them?"),
        choices=ContactChannel.choices,
        initial=ContactChannel.EMAIL,
        widget=forms.RadioSelect,
    )

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].strip().lower()
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(_("Someone already has an account with this email."))
        return email

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("preferred_channel") == ContactChannel.SMS and not cleaned.get("mobile"):
            self.add_error(
                "mobile", _("Add a mobile number to send text messages, or choose email.")
            )
        return cleaned
