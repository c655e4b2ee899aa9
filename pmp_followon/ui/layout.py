"""crispy-forms layout objects for the "nhsuk" template pack.

    from crispy_forms.helper import FormHelper
    from crispy_forms.layout import Layout
    from pmp_followon.ui.layout import NHSUKField, PrimaryButton, SecondaryButton

    helper = FormHelper()
    helper.layout = Layout(
        NHSUKField("when", page_heading=True),          # the question is the page's <h1>
        NHSUKField("postcode", width=10, autocomplete="postal-code"),
        PrimaryButton("save", _("Save and continue")),
    )

Plain crispy `Field`, `Fieldset`, `Div`, `ButtonHolder`, `Submit`, `Button`, `Hidden` and
`HTML` work too; `Submit` becomes a primary NHS.UK button. Set
`helper.page_heading_field = "name"` to make one field's label the page heading without a
layout.

Most pages write their own <form>, csrf token and buttons and render only the fields with
`{% crispy form %}`: `template_helper(...)` gives the helper for that.
"""

from __future__ import annotations

from typing import Any

from crispy_forms.helper import FormHelper
from crispy_forms.layout import BaseInput, Field, Layout
from crispy_forms.utils import TEMPLATE_PACK

from .rendering import FIELD_OPTIONS


class NHSUKField(Field):
    """A field with NHS.UK options: page_heading, label_size, inline, width, label, hint.

    Other keyword arguments become widget attributes, as with crispy's `Field`.
    """

    def __init__(self, *fields: str, **kwargs: Any) -> None:
        self.nhsuk_options = {key: kwargs.pop(key) for key in FIELD_OPTIONS if key in kwargs}
        super().__init__(*fields, **kwargs)

    def render(self, form, context, template_pack=TEMPLATE_PACK, extra_context=None, **kwargs):
        extra_context = dict(extra_context or {})
        extra_context["nhsuk_options"] = self.nhsuk_options
        return super().render(
            form, context, template_pack=template_pack, extra_context=extra_context, **kwargs
        )


class PrimaryButton(BaseInput):
    """The green button: one per page, for the main thing to do."""

    input_type = "submit"
    field_classes = "nhsuk-button"


class SecondaryButton(BaseInput):
    input_type = "submit"
    field_classes = "nhsuk-button nhsuk-button--secondary"


class WarningButton(BaseInput):
    """For actions that delete or cannot be undone."""

    input_type = "submit"
    field_classes = "nhsuk-button nhsuk-button--warning"


def template_helper(*fields: Any) -> FormHelper:
    """A helper for a form whose template writes the <form> tag, the csrf token and the
    buttons: `{% crispy form %}` then renders the error summary (once a page) and the fields.
    """
    helper = FormHelper()
    helper.form_tag = False
    helper.disable_csrf = True
    helper.layout = Layout(*fields)
    return helper
