"""The people form, and allauth's sign-in forms with NHS.UK layouts.

allauth builds its own forms; settings.ACCOUNT_FORMS and MFA_FORMS point it at the
subclasses here, which only add a crispy `helper` (labels, hints, widths and input
attributes): what the forms check and do stays allauth's.
"""

from __future__ import annotations

from typing import Any, ClassVar

from allauth.account import forms as account_forms
from allauth.account.models import EmailAddress
from allauth.mfa.base import forms as mfa_forms
from allauth.mfa.recovery_codes import forms as recovery_code_forms
from allauth.mfa.totp import forms as totp_forms
from django import forms
from django.contrib.auth import password_validation
from django.utils.translation import gettext_lazy as _

from pmp_followon.ui.layout import NHSUKField, template_helper

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

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.helper = template_helper(
            NHSUKField("display_name"),
            NHSUKField("email"),
            NHSUKField("role"),
            NHSUKField("mobile"),
            NHSUKField("preferred_channel"),
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


# --- allauth's forms ---------------------------------------------------------------------
_CODE_BOX = {"width": 10, "autocomplete": "one-time-code", "spellcheck": "false"}
_APP_CODE_BOX = {**_CODE_BOX, "inputmode": "numeric"}


class PeopleFilterForm(forms.Form):
    """Search and filter on the people list (GET)."""

    q = forms.CharField(
        label=_("Name or email"),
        required=False,
        max_length=150,
        widget=forms.TextInput(attrs={"spellcheck": "false", "type": "search"}),
    )
    role = forms.ChoiceField(
        label=_("Role"), required=False, choices=[("", _("All roles")), *Role.choices]
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.helper = template_helper(NHSUKField("q", width=20), NHSUKField("role"))


class AllauthLayoutMixin:
    """Lays out every field allauth put on the form, in allauth's order (which fields there
    are depends on allauth's settings), with our wording from `field_options`."""

    #: NHSUKField options by field name (label, hint, width, page_heading, widget attributes).
    field_options: ClassVar[dict[str, dict[str, Any]]] = {}
    fields: dict[str, forms.Field]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.helper = template_helper(
            *(NHSUKField(name, **self.field_options.get(name, {})) for name in self.fields)
        )


class LoginForm(AllauthLayoutMixin, account_forms.LoginForm):
    field_options: ClassVar[dict[str, dict[str, Any]]] = {
        "login": {"label": _("Email address")},
        "remember": {"label": _("Keep me signed in on this device")},
    }


class RequestLoginCodeForm(AllauthLayoutMixin, account_forms.RequestLoginCodeForm):
    field_options: ClassVar[dict[str, dict[str, Any]]] = {
        "email": {
            "label": _("Email address"),
            "hint": _("Use the email address your pain service has for you."),
        },
    }

    def clean_email(self) -> str:
        """A code goes only to an address the person has proved is theirs. An address added
        at /accounts/email/ and not yet verified is treated like an unknown one (the same
        next page, and no code), so it cannot be used to take the account over."""
        email = super().clean_email()
        user = getattr(self, "_user", None)
        if (
            user is not None
            and not EmailAddress.objects.filter(
                user=user, email__iexact=email, verified=True
            ).exists()
        ):
            self._user = None
        return email


class ConfirmLoginCodeForm(AllauthLayoutMixin, account_forms.ConfirmLoginCodeForm):
    field_options: ClassVar[dict[str, dict[str, Any]]] = {
        "code": {
            "label": _("Sign-in code"),
            "hint": _("The code is in the email. It only works for a short time."),
            "autocapitalize": "characters",
            **_CODE_BOX,
        },
    }


class ResetPasswordForm(AllauthLayoutMixin, account_forms.ResetPasswordForm):
    field_options: ClassVar[dict[str, dict[str, Any]]] = {
        "email": {"label": _("Email address")},
    }

    def clean_email(self) -> str:
        # Only staff have passwords: a participant asking is treated like an unknown address
        # (same page, no reset link), so a participant can never get a password this way.
        email = super().clean_email()
        self.users = [user for user in self.users if user.is_staff_member]
        return email


class ResetPasswordKeyForm(AllauthLayoutMixin, account_forms.ResetPasswordKeyForm):
    field_options: ClassVar[dict[str, dict[str, Any]]] = {
        "password1": {"label": _("New password")},
        "password2": {"label": _("Type the new password again")},
    }


class ReauthenticateForm(AllauthLayoutMixin, account_forms.ReauthenticateForm):
    field_options: ClassVar[dict[str, dict[str, Any]]] = {
        "password": {"label": _("Enter your password again")},
    }


class ChangePasswordForm(AllauthLayoutMixin, account_forms.ChangePasswordForm):
    pass


class SetPasswordForm(AllauthLayoutMixin, account_forms.SetPasswordForm):
    pass


class MFAAuthenticateForm(AllauthLayoutMixin, mfa_forms.AuthenticateForm):
    field_options: ClassVar[dict[str, dict[str, Any]]] = {
        "code": {
            "page_heading": True,
            "label": _("Enter the 6-digit code from your authenticator app"),
            "hint": _(
                "Open the authenticator app on your phone to see the code. If you have lost "
                "your phone, enter one of your recovery codes instead."
            ),
            **_APP_CODE_BOX,
        },
    }


class MFAReauthenticateForm(AllauthLayoutMixin, mfa_forms.ReauthenticateForm):
    field_options: ClassVar[dict[str, dict[str, Any]]] = {
        "code": {"label": _("Code from your authenticator app"), **_APP_CODE_BOX},
    }


class ActivateTOTPForm(AllauthLayoutMixin, totp_forms.ActivateTOTPForm):
    field_options: ClassVar[dict[str, dict[str, Any]]] = {
        "code": {
            "label": _("Code from your authenticator app"),
            "hint": _("The code changes every 30 seconds."),
            **_APP_CODE_BOX,
        },
    }


class DeactivateTOTPForm(AllauthLayoutMixin, totp_forms.DeactivateTOTPForm):
    pass


class InvitationPasswordForm(forms.Form):
    """A new staff member's first password, from the invitation link."""

    password1 = forms.CharField(
        label=_("Create a password"),
        help_text=_("At least 12 characters. A few unrelated words are easy to remember."),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    password2 = forms.CharField(
        label=_("Type the password again"),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user
        self.helper = template_helper(NHSUKField("password1"), NHSUKField("password2"))

    def clean(self):
        cleaned = super().clean()
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("The passwords do not match. Type them again."))
        elif first:
            try:
                password_validation.validate_password(first, self.user)
            except forms.ValidationError as exc:
                self.add_error("password1", exc)
        return cleaned


class GenerateRecoveryCodesForm(AllauthLayoutMixin, recovery_code_forms.GenerateRecoveryCodesForm):
    pass
