"""The "nhsuk" crispy-forms template pack produces NHS.UK frontend markup."""

import datetime

import pytest
from crispy_forms.helper import FormHelper
from crispy_forms.layout import Button, Layout, Submit
from django import forms
from django.template import Context, Template
from django.template.loader import render_to_string

from pmp_followon.ui.forms import UKDateField
from pmp_followon.ui.layout import (
    NHSUKField,
    PrimaryButton,
    SecondaryButton,
    WarningButton,
    template_helper,
)
from tests.ui.htmltree import parse

CHANNELS = [("email", "Email"), ("sms", "Text message")]
DAYS = [("mon", "Monday"), ("tue", "Tuesday"), ("wed", "Wednesday")]


class EverythingForm(forms.Form):
    name = forms.CharField(
        label="Your name",
        help_text="The name other people in your group see",
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": "Enter your name"},
    )
    email = forms.EmailField(
        label="Email address",
        widget=forms.EmailInput(attrs={"autocomplete": "email", "placeholder": "you@example"}),
        error_messages={"required": "Enter your email address"},
    )
    mobile = forms.CharField(
        label="Mobile number",
        required=False,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "inputmode": "tel"}),
    )
    pin = forms.CharField(
        label="Code", widget=forms.TextInput(attrs={"inputmode": "numeric"}), required=False
    )
    notes = forms.CharField(label="Anything else?", widget=forms.Textarea, required=False)
    channel = forms.ChoiceField(
        label="How should we contact you?",
        choices=[("", "Choose one"), *CHANNELS],
        error_messages={"required": "Choose how we contact you"},
    )
    reminder = forms.ChoiceField(
        label="Do you want a reminder?",
        help_text="We send it the day before",
        choices=[("yes", "Yes"), ("no", "No")],
        widget=forms.RadioSelect,
        error_messages={"required": "Select yes if you want a reminder"},
    )
    days = forms.MultipleChoiceField(
        label="Which days suit you?",
        help_text="Select all that apply",
        choices=DAYS,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Select at least one day"},
    )
    agree = forms.BooleanField(
        label="I agree to share my contact details with my group",
        help_text="You can change this later",
        error_messages={"required": "Tick the box to share your details"},
    )
    first_meeting = UKDateField(
        label="Date of the first meeting", help_text="For example, 15 3 2026"
    )
    token = forms.CharField(widget=forms.HiddenInput, required=False)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("notes") == "boom":
            raise forms.ValidationError("Something went wrong with the whole form")
        return cleaned


GOOD_DATA = {
    "name": "Jean",
    "email": "jean@example.org",
    "channel": "email",
    "reminder": "yes",
    "days": ["mon"],
    "agree": "on",
    "first_meeting_day": "15",
    "first_meeting_month": "3",
    "first_meeting_year": "2026",
}


def render(source: str, **context) -> str:
    return Template("{% load crispy_forms_tags nhsuk %}" + source).render(Context(context))


def crispy(form) -> str:
    return render("{% crispy form %}", form=form)


def group_of(node):
    return next(a for a in node.ancestors() if "nhsuk-form-group" in a.classes)


# --- without errors ---------------------------------------------------------------------
@pytest.fixture
def page():
    return parse(crispy(EverythingForm()))


def test_form_has_no_error_summary_and_uses_novalidate(page):
    form = page.find("form")
    assert form.attrs["method"] == "post"
    assert "novalidate" in form.attrs
    assert page.find(cls="nhsuk-error-summary") is None
    assert page.find(cls="nhsuk-form-group--error") is None
    assert page.find("input", name="csrfmiddlewaretoken") is None  # no request, no token


def test_text_input(page):
    field = page.by_id("id_name")
    assert field.tag == "input"
    assert field.classes == {"nhsuk-input"}
    assert field.attrs["type"] == "text"
    assert field.attrs["autocomplete"] == "name"
    assert field.attrs["aria-describedby"] == "id_name-hint"
    group = group_of(field)
    assert group.classes == {"nhsuk-form-group"}
    label = group.find("label", cls="nhsuk-label")
    assert label.attrs["for"] == "id_name"
    assert label.text == "Your name"
    hint = page.by_id("id_name-hint")
    assert "nhsuk-hint" in hint.classes
    assert hint.text == "The name other people in your group see"


def test_input_type_autocomplete_and_inputmode_pass_through(page):
    email = page.by_id("id_email")
    assert email.attrs["type"] == "email"
    assert email.attrs["autocomplete"] == "email"
    assert email.attrs["spellcheck"] == "false"
    mobile = page.by_id("id_mobile")
    assert mobile.attrs["type"] == "tel"
    assert mobile.attrs["autocomplete"] == "tel"
    assert mobile.attrs["inputmode"] == "tel"
    assert page.by_id("id_pin").attrs["inputmode"] == "numeric"


def test_no_placeholders(page):
    assert all("placeholder" not in node.attrs for node in page.iter())


def test_optional_fields_say_so(page):
    assert page.find("label", for_="id_mobile").text == "Mobile number (optional)"
    assert page.find("label", for_="id_name").text == "Your name"


def test_textarea_and_select(page):
    notes = page.by_id("id_notes")
    assert notes.tag == "textarea"
    assert "nhsuk-textarea" in notes.classes
    channel = page.by_id("id_channel")
    assert channel.tag == "select"
    assert "nhsuk-select" in channel.classes
    assert [o.attrs["value"] for o in channel.find_all("option")] == ["", "email", "sms"]
    assert page.find("label", for_="id_channel") is not None


def test_radios_are_a_fieldset_with_a_legend(page):
    first = page.by_id("id_reminder_0")
    fieldset = next(a for a in first.ancestors() if a.tag == "fieldset")
    assert "nhsuk-fieldset" in fieldset.classes
    assert fieldset.attrs["aria-describedby"] == "id_reminder-hint"
    legend = fieldset.find("legend")
    assert "nhsuk-fieldset__legend" in legend.classes
    assert legend.text == "Do you want a reminder?"
    radios = fieldset.find(cls="nhsuk-radios")
    assert radios.attrs["data-module"] == "nhsuk-radios"
    items = radios.find_all(cls="nhsuk-radios__item")
    assert len(items) == 2
    for item, (value, text) in zip(items, [("yes", "Yes"), ("no", "No")], strict=True):
        radio = item.find("input")
        assert radio.classes == {"nhsuk-radios__input"}
        assert radio.attrs["type"] == "radio"
        assert radio.attrs["name"] == "reminder"
        assert radio.attrs["value"] == value
        label = item.find("label")
        assert label.classes == {"nhsuk-label", "nhsuk-radios__label"}
        assert label.attrs["for"] == radio.attrs["id"]
        assert label.text == text


def test_checkboxes_are_a_fieldset_with_a_legend(page):
    fieldset = next(a for a in page.by_id("id_days_0").ancestors() if a.tag == "fieldset")
    assert fieldset.find("legend").text == "Which days suit you?"
    assert fieldset.attrs["aria-describedby"] == "id_days-hint"
    boxes = fieldset.find(cls="nhsuk-checkboxes")
    assert boxes.attrs["data-module"] == "nhsuk-checkboxes"
    items = boxes.find_all(cls="nhsuk-checkboxes__item")
    assert [i.find("input").attrs["value"] for i in items] == ["mon", "tue", "wed"]
    for item in items:
        box = item.find("input")
        assert box.attrs["type"] == "checkbox"
        assert box.attrs["name"] == "days"
        assert "nhsuk-checkboxes__input" in box.classes
        assert item.find("label", cls="nhsuk-checkboxes__label").attrs["for"] == box.attrs["id"]


def test_single_checkbox(page):
    box = page.by_id("id_agree")
    assert box.attrs["type"] == "checkbox"
    assert "nhsuk-checkboxes__input" in box.classes
    assert box.attrs["aria-describedby"] == "id_agree-hint"
    item = box.parent
    assert "nhsuk-checkboxes__item" in item.classes
    assert item.find("label", cls="nhsuk-checkboxes__label").attrs["for"] == "id_agree"
    assert "nhsuk-checkboxes__hint" in page.by_id("id_agree-hint").classes
    assert not box.has_ancestor("fieldset")


def test_date_input(page):
    day = page.by_id("id_first_meeting_day")
    fieldset = next(a for a in day.ancestors() if a.tag == "fieldset")
    assert fieldset.attrs["role"] == "group"
    assert fieldset.attrs["aria-describedby"] == "id_first_meeting-hint"
    assert fieldset.find("legend").text == "Date of the first meeting"
    date_input = fieldset.find(cls="nhsuk-date-input")
    items = date_input.find_all(cls="nhsuk-date-input__item")
    assert len(items) == 3
    expected = [("day", "Day", "2"), ("month", "Month", "2"), ("year", "Year", "4")]
    for item, (part, label_text, width) in zip(items, expected, strict=True):
        box = item.find("input")
        assert box.attrs["id"] == f"id_first_meeting_{part}"
        assert box.attrs["name"] == f"first_meeting_{part}"
        assert box.attrs["inputmode"] == "numeric"
        assert box.attrs["type"] == "text"
        assert {"nhsuk-input", "nhsuk-date-input__input", f"nhsuk-input--width-{width}"} <= (
            box.classes
        )
        label = item.find("label")
        assert label.attrs["for"] == box.attrs["id"]
        assert label.text == label_text


def test_date_input_shows_the_initial_date():
    form = EverythingForm(initial={"first_meeting": datetime.date(2026, 3, 15)})
    page = parse(crispy(form))
    assert page.by_id("id_first_meeting_day").attrs["value"] == "15"
    assert page.by_id("id_first_meeting_month").attrs["value"] == "3"
    assert page.by_id("id_first_meeting_year").attrs["value"] == "2026"


def test_hidden_field_has_no_label(page):
    token = page.find("input", name="token")
    assert token.attrs["type"] == "hidden"
    assert page.find("label", for_="id_token") is None


def test_crispy_filter_gives_the_same_markup():
    page = parse(render("{{ form|crispy }}", form=EverythingForm(data={})))
    assert page.find(cls="nhsuk-error-summary") is not None
    assert page.by_id("id_name").attrs["aria-describedby"] == "id_name-hint id_name-error"
    assert page.find(cls="nhsuk-radios") is not None


# --- with errors ------------------------------------------------------------------------
@pytest.fixture
def error_page():
    form = EverythingForm(data={"email": "not an email", "first_meeting_day": "3"})
    assert not form.is_valid()
    return parse(crispy(form))


def test_error_summary_at_the_top(error_page):
    form = error_page.find("form")
    summary = form.find(cls="nhsuk-error-summary")
    first_group = form.find(cls="nhsuk-form-group")
    order = list(form.iter())
    assert order.index(summary) < order.index(first_group)
    assert summary.attrs["data-module"] == "nhsuk-error-summary"
    assert summary.attrs["tabindex"] == "-1"
    alert = summary.find(role="alert")
    assert alert is not None
    assert alert.find("h2", cls="nhsuk-error-summary__heading").text == "There is a problem"
    assert summary.find("ul", cls="nhsuk-error-summary__list") is not None


def test_error_summary_links_to_each_field(error_page):
    links = error_page.find(cls="nhsuk-error-summary").find_all("a")
    targets = {a.text: a.attrs["href"] for a in links}
    assert targets == {
        "Enter your name": "#id_name",
        "Enter a valid email address.": "#id_email",
        "Choose how we contact you": "#id_channel",
        "Select yes if you want a reminder": "#id_reminder_0",
        "Select at least one day": "#id_days_0",
        "Tick the box to share your details": "#id_agree",
        "Date must include a month and year": "#id_first_meeting_month",
    }
    for href in targets.values():
        assert error_page.by_id(href[1:]) is not None, href


@pytest.mark.parametrize(
    ("field_id", "error_id", "css"),
    [
        ("id_name", "id_name-error", "nhsuk-input--error"),
        ("id_email", "id_email-error", "nhsuk-input--error"),
        ("id_channel", "id_channel-error", "nhsuk-select--error"),
        ("id_agree", "id_agree-error", None),
    ],
)
def test_error_messages_are_linked_to_inputs(error_page, field_id, error_id, css):
    field = error_page.by_id(field_id)
    assert error_id in field.attrs["aria-describedby"].split()
    if css:
        assert css in field.classes
    assert "nhsuk-form-group--error" in group_of(field).classes
    message = error_page.by_id(error_id)
    assert message.tag == "span"
    assert "nhsuk-error-message" in message.classes
    hidden = message.find("span", cls="nhsuk-u-visually-hidden")
    assert hidden.text == "Error:"


def test_hint_comes_before_error_in_aria_describedby(error_page):
    assert error_page.by_id("id_name").attrs["aria-describedby"] == "id_name-hint id_name-error"


def test_fieldset_errors_are_on_the_fieldset(error_page):
    for first_id, base in [("id_reminder_0", "id_reminder"), ("id_days_0", "id_days")]:
        fieldset = next(a for a in error_page.by_id(first_id).ancestors() if a.tag == "fieldset")
        assert fieldset.attrs["aria-describedby"] == f"{base}-hint {base}-error"
        assert "nhsuk-form-group--error" in fieldset.parent.classes
        assert fieldset.find(cls="nhsuk-error-message").attrs["id"] == f"{base}-error"


def test_date_error_marks_only_the_wrong_boxes(error_page):
    day = error_page.by_id("id_first_meeting_day")
    month = error_page.by_id("id_first_meeting_month")
    year = error_page.by_id("id_first_meeting_year")
    assert day.attrs["value"] == "3"
    assert "nhsuk-input--error" not in day.classes
    assert "nhsuk-input--error" in month.classes
    assert "nhsuk-input--error" in year.classes
    assert "nhsuk-form-group--error" not in day.parent.classes
    assert "nhsuk-form-group--error" in month.parent.classes
    fieldset = next(a for a in day.ancestors() if a.tag == "fieldset")
    assert fieldset.attrs["aria-describedby"] == "id_first_meeting-hint id_first_meeting-error"
    assert "nhsuk-form-group--error" in fieldset.parent.classes


def test_textarea_error_class():
    form = EverythingForm(data={**GOOD_DATA, "notes": "x" * 5})
    form.fields["notes"].max_length = 2
    form.fields["notes"].validators.append(forms.CharField(max_length=2).validators[0])
    assert not form.is_valid()
    notes = parse(crispy(form)).by_id("id_notes")
    assert "nhsuk-textarea--error" in notes.classes
    assert notes.attrs["aria-describedby"] == "id_notes-error"


def test_form_wide_errors_are_listed_first_without_a_link():
    form = EverythingForm(data={**GOOD_DATA, "notes": "boom"})
    assert not form.is_valid()
    summary = parse(crispy(form)).find(cls="nhsuk-error-summary")
    items = summary.find_all("li")
    assert items[0].text == "Something went wrong with the whole form"
    assert items[0].find("a") is None


def test_valid_form_has_no_errors():
    form = EverythingForm(data=GOOD_DATA)
    assert form.is_valid(), form.errors
    assert form.cleaned_data["first_meeting"] == datetime.date(2026, 3, 15)
    page = parse(crispy(form))
    assert page.find(cls="nhsuk-error-summary") is None
    assert "checked" in page.by_id("id_reminder_0").attrs
    assert "checked" not in page.by_id("id_reminder_1").attrs
    assert "checked" in page.by_id("id_days_0").attrs
    assert "checked" in page.by_id("id_agree").attrs


def test_summary_is_shown_once_when_the_page_puts_it_above_the_heading():
    form = EverythingForm(data={})
    form.is_valid()
    html = render("{% nhsuk_error_summary form %}<h1>Title</h1>{% crispy form %}", form=form)
    page = parse(html)
    summaries = page.find_all(cls="nhsuk-error-summary")
    assert len(summaries) == 1
    assert html.index("nhsuk-error-summary") < html.index("<h1>")


# --- page headings, options and buttons -------------------------------------------------
class OneQuestionForm(forms.Form):
    when = UKDateField(label="When is the first meeting?")
    reminder = forms.ChoiceField(
        label="Do you want a reminder?", choices=CHANNELS, widget=forms.RadioSelect
    )
    postcode = forms.CharField(label="What is your postcode?")

    def __init__(self, *args, layout=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.layout = layout


def test_page_heading_label():
    form = OneQuestionForm(layout=Layout(NHSUKField("postcode", page_heading=True, width=10)))
    page = parse(crispy(form))
    wrapper = page.find("h1")
    assert "nhsuk-label-wrapper" in wrapper.classes
    label = wrapper.find("label")
    assert label.classes == {"nhsuk-label", "nhsuk-label--l"}
    assert label.attrs["for"] == "id_postcode"
    assert "nhsuk-input--width-10" in page.by_id("id_postcode").classes


@pytest.mark.parametrize("name", ["when", "reminder"])
def test_page_heading_legend(name):
    form = OneQuestionForm(layout=Layout(NHSUKField(name, page_heading=True)))
    page = parse(crispy(form))
    legend = page.find("legend")
    assert {"nhsuk-fieldset__legend", "nhsuk-fieldset__legend--l"} <= legend.classes
    heading = legend.find("h1")
    assert "nhsuk-fieldset__heading" in heading.classes


def test_page_heading_from_the_helper():
    form = OneQuestionForm(layout=None)
    form.helper.page_heading_field = "postcode"
    page = parse(crispy(form))
    assert len(page.find_all("h1")) == 1
    assert page.find("h1").find("label").attrs["for"] == "id_postcode"


def test_inline_radios_and_label_size():
    form = OneQuestionForm(layout=Layout(NHSUKField("reminder", inline=True, label_size="m")))
    page = parse(crispy(form))
    assert "nhsuk-radios--inline" in page.find(cls="nhsuk-radios").classes
    assert "nhsuk-fieldset__legend--m" in page.find("legend").classes


def test_buttons():
    form = OneQuestionForm(
        layout=Layout(
            "postcode",
            Submit("save", "Save"),
            PrimaryButton("next", "Continue"),
            SecondaryButton("draft", "Save as draft"),
            WarningButton("delete", "Delete"),
            Button("other", "Something else"),
        )
    )
    page = parse(crispy(form))
    buttons = {b.text: b for b in page.find_all("button")}
    assert buttons["Save"].classes == {"nhsuk-button"}
    assert buttons["Save"].attrs["type"] == "submit"
    assert buttons["Save"].attrs["data-module"] == "nhsuk-button"
    assert buttons["Save"].attrs["name"] == "save"
    assert buttons["Continue"].classes == {"nhsuk-button"}
    assert buttons["Save as draft"].classes == {"nhsuk-button", "nhsuk-button--secondary"}
    assert buttons["Delete"].classes == {"nhsuk-button", "nhsuk-button--warning"}
    assert buttons["Something else"].classes == {"nhsuk-button", "nhsuk-button--secondary"}
    assert buttons["Something else"].attrs["type"] == "button"
    assert not any(c.startswith("btn") for b in buttons.values() for c in b.classes)


def test_helper_inputs_sit_in_a_button_group():
    form = OneQuestionForm()
    form.helper.add_input(Submit("save", "Save"))
    page = parse(crispy(form))
    assert page.find("button").parent.classes == {"nhsuk-button-group"}


def test_date_widget_on_its_own():
    page = parse(render("{{ form.when }}", form=OneQuestionForm()))
    assert page.find(cls="nhsuk-date-input") is not None
    assert [i.attrs["name"] for i in page.find_all("input")] == [
        "when_day",
        "when_month",
        "when_year",
    ]


# --- UKDateField ------------------------------------------------------------------------
class DateForm(forms.Form):
    when = UKDateField(label="Date")
    maybe = UKDateField(label="Another date", required=False)


def date_errors(day, month, year):
    form = DateForm(data={"when_day": day, "when_month": month, "when_year": year})
    form.is_valid()
    return form.errors.get("when", [])


@pytest.mark.parametrize(
    ("day", "month", "year", "message"),
    [
        ("", "", "", "Enter a date"),
        ("4", "12", "", "Date must include a year"),
        ("", "12", "2026", "Date must include a day"),
        ("4", "", "2026", "Date must include a month"),
        ("", "", "2026", "Date must include a day and month"),
        ("4", "", "", "Date must include a month and year"),
        ("", "12", "", "Date must include a day and year"),
        ("31", "2", "2026", "Enter a real date"),
        ("4", "13", "2026", "Enter a real date"),
        ("x", "12", "2026", "Enter a real date"),
        ("4", "12", "26", "Year must include 4 numbers"),
    ],
)
def test_date_errors(day, month, year, message):
    assert date_errors(day, month, year) == [message]


@pytest.mark.parametrize(
    ("day", "month", "year", "expected"),
    [
        ("4", "12", "2026", datetime.date(2026, 12, 4)),
        (" 04 ", "12", "2026", datetime.date(2026, 12, 4)),
        ("4", "Dec", "2026", datetime.date(2026, 12, 4)),
        ("4", "december", "2026", datetime.date(2026, 12, 4)),
        ("29", "2", "2028", datetime.date(2028, 2, 29)),
    ],
)
def test_date_values(day, month, year, expected):
    form = DateForm(data={"when_day": day, "when_month": month, "when_year": year})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["when"] == expected
    assert form.cleaned_data["maybe"] is None


def test_date_messages_can_be_changed():
    field = UKDateField(error_messages={"required": "Enter the date of the first meeting"})
    with pytest.raises(forms.ValidationError) as caught:
        field.clean(["", "", ""])
    assert caught.value.messages == ["Enter the date of the first meeting"]


def test_date_of_birth_autocomplete():
    field = UKDateField(autocomplete="bday")
    page = parse(field.widget.render("dob", None, {"id": "id_dob"}))
    assert [i.attrs["autocomplete"] for i in page.find_all("input")] == [
        "bday-day",
        "bday-month",
        "bday-year",
    ]


# --- forms from a library (allauth) ------------------------------------------------------
def test_a_form_without_a_helper_gets_every_field_in_order_inside_the_page_form():
    html = render_to_string(
        "allauth/elements/fields.html", {"attrs": {"form": EverythingForm(data={})}}
    )
    page = parse(html)
    assert page.find("form") is None  # allauth's elements/form.html writes the <form>
    assert page.find("input", name="csrfmiddlewaretoken") is None
    assert len(page.find_all(cls="nhsuk-error-summary")) == 1
    names = [node.attrs["name"] for node in page.find_all("input") if "name" in node.attrs]
    assert names[:2] == ["name", "email"]
    assert page.by_id("id_name-hint").text == "The name other people in your group see"


def test_a_form_with_a_helper_keeps_its_layout_in_the_allauth_element():
    form = EverythingForm()
    form.helper = template_helper(NHSUKField("name", label="What should we call you?"))
    page = parse(render_to_string("allauth/elements/fields.html", {"attrs": {"form": form}}))
    assert page.find("label", for_="id_name").text == "What should we call you?"
    assert page.find("input", name="email") is None
