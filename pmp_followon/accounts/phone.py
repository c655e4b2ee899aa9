"""UK mobile numbers, validated with django-phonenumber-field / libphonenumber.

Ofcom keeps 07700 900000 to 07700 900999 for drama and never gives them to anyone, so the
demo and the tests use them; libphonenumber calls them invalid, so they are allowed here by
name. Everything else must be a valid UK mobile (07...), since we send text messages to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import phonenumbers
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from phonenumber_field import formfields, modelfields
from phonenumber_field.phonenumber import PhoneNumber, to_python

FICTIONAL_PREFIX = "+447700900"


def is_fictional_uk_mobile(number: phonenumbers.PhoneNumber) -> bool:
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return e164.startswith(FICTIONAL_PREFIX) and len(e164) == 13


def validate_uk_mobile(value) -> None:
    number = to_python(value, region="GB")
    if number in (None, ""):
        return
    if not isinstance(number, phonenumbers.PhoneNumber) or not number.country_code:
        raise ValidationError(_("Enter a UK mobile number, like 07700 900 982."), code="invalid")
    if is_fictional_uk_mobile(number):
        return
    if number.country_code != 44 or not phonenumbers.is_valid_number(number):
        raise ValidationError(_("Enter a UK mobile number, like 07700 900 982."), code="invalid")
    if phonenumbers.number_type(number) != phonenumbers.PhoneNumberType.MOBILE:
        raise ValidationError(
            _("This looks like a landline. Enter a mobile number that can get texts."),
            code="not_mobile",
        )


class UKMobileFormField(formfields.PhoneNumberField):
    default_validators = [validate_uk_mobile]

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("region", "GB")
        super().__init__(*args, **kwargs)
        self.error_messages["invalid"] = _("Enter a UK mobile number, like 07700 900 982.")

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs.update({"autocomplete": "tel", "inputmode": "tel", "type": "tel"})
        return attrs


class UKMobileNumberField(modelfields.PhoneNumberField):
    if TYPE_CHECKING:
        # phonenumber_field ships no types, so say what the attribute holds: a number or ""
        # is stored, and a PhoneNumber (or "" when blank) is read back.
        def __get__(self, instance: Any, owner: Any) -> PhoneNumber | str: ...
        def __set__(self, instance: Any, value: PhoneNumber | str) -> None: ...

    default_validators = [validate_uk_mobile]

    def formfield(self, **kwargs):
        kwargs.setdefault("form_class", UKMobileFormField)
        return super().formfield(**kwargs)
