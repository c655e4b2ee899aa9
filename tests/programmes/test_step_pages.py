"""The handover step pages: one page per thing to do, so nothing typed is thrown away.

Issue 15: on the agree step, typing in "Possible dates and venues" and then pressing "Save the
checklist" lost the text without a word (several forms on one page, only one saved). Now the
step page holds no form a person types into, and each thing to do has its own page."""

import datetime

import pytest
from django.urls import reverse

from programmes.models import FirstMeetingPlan
from tests.ui.htmltree import parse

from .conftest import LONDON, at

pytestmark = pytest.mark.django_db

TYPED = ("textarea", "select")


def typed_fields(form):
    """The fields of a <form> a person types into or chooses from (not hidden, not buttons)."""
    fields = [node for node in form.iter() if node.tag in TYPED]
    fields += [
        node
        for node in form.iter()
        if node.tag == "input" and node.attrs.get("type") not in ("hidden", "submit", "button")
    ]
    return fields


def forms_with_fields(html):
    return [form for form in parse(html).find_all("form") if typed_fields(form)]


@pytest.fixture
def clock(monkeypatch):
    moment = {"now": at(2027, 1, 4, 9)}
    monkeypatch.setattr("pmp_followon.clock.now_or_current", lambda now=None: now or moment["now"])
    return moment


@pytest.mark.parametrize("kind", ["introduce", "agree", "confirm"])
def test_a_step_page_has_no_form_to_type_into(client, clinician, programme_with_ptv, kind, clock):
    """Nothing typed on the step page can be lost by pressing another form's button: there is
    nothing to type there (it failed on the old page: 3 or 4 such forms on one page)."""
    client.force_login(clinician)
    page = client.get(reverse("programmes:step", args=[programme_with_ptv.pk, kind]))
    assert page.status_code == 200
    assert forms_with_fields(page.content.decode()) == []


@pytest.mark.parametrize(
    ("kind", "name", "args"),
    [
        ("agree", "step_checklist", ["agree"]),
        ("agree", "step_ptv", ["agree"]),
        ("agree", "step_options", []),
        ("confirm", "step_meeting", []),
    ],
)
def test_each_thing_to_do_has_its_own_page_with_one_form(
    client, clinician, programme_with_ptv, kind, name, args, clock
):
    client.force_login(clinician)
    pk = programme_with_ptv.pk
    body = client.get(reverse("programmes:step", args=[pk, kind])).content.decode()
    url = reverse(f"programmes:{name}", args=[pk, *args])
    assert f'href="{url}"' in body  # linked from the step page
    page = client.get(url).content.decode()
    assert len(forms_with_fields(page)) == 1
    # One form in the page's content (the signed-in chrome, such as the idle-timeout
    # warning after the footer, is not part of the task).
    assert len(parse(page).find("main").find_all("form")) == 1


def test_typing_dates_then_ticking_the_checklist_keeps_both(
    client, clinician, programme_with_ptv, clock
):
    """The journey of issue 15, now in two pages: both are saved, nothing is lost."""
    client.force_login(clinician)
    pk = programme_with_ptv.pk
    agree = reverse("programmes:step", args=[pk, "agree"])
    response = client.post(
        reverse("programmes:step_options", args=[pk]),
        {"options_note": "Thursday mornings; the café on Mill Road"},
    )
    assert response["Location"] == agree
    response = client.post(
        reverse("programmes:step_checklist", args=[pk, "agree"]),
        {"ticked": [], "notes": "Talked it through"},
    )
    assert response["Location"] == agree
    assert FirstMeetingPlan.objects.get().options_note == "Thursday mornings; the café on Mill Road"
    body = client.get(agree).content.decode()
    assert "Thursday mornings; the café on Mill Road" in body
    assert "Talked it through" in body


def test_a_refused_form_keeps_what_was_typed(client, clinician, programme_with_ptv, clock):
    client.force_login(clinician)
    url = reverse("programmes:step_meeting", args=[programme_with_ptv.pk])
    response = client.post(url, {"venue": "The library", "meeting_time": "11am", "confirm": "on"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "Enter the date of the first meeting, or choose a poll" in body
    assert 'value="The library"' in body and 'value="11am"' in body
    assert 'class="nhsuk-error-summary"' in body


def test_unticking_everything_is_saved(client, clinician, programme_with_ptv, clock):
    """A POST with no boxes ticked is an answer (the step reopens), not an empty page."""
    client.force_login(clinician)
    pk = programme_with_ptv.pk
    url = reverse("programmes:step_checklist", args=[pk, "introduce"])
    client.post(url, {"ticked": ["ptv_story", "info_sheet", "questions"], "confirm_early": "1"})
    step = programme_with_ptv.handover_steps.get(kind="introduce")
    assert step.is_done
    assert client.post(url, {}).status_code == 302
    step.refresh_from_db()
    assert not step.is_done


def test_the_first_meeting_page_shows_the_usual_window(
    client, clinician, programme_with_ptv, clock
):
    client.force_login(clinician)
    url = reverse("programmes:step_meeting", args=[programme_with_ptv.pk])
    client.post(
        url,
        {
            "meeting_date_day": "1",
            "meeting_date_month": "6",
            "meeting_date_year": "2027",
            "meeting_time": "11am",
            "venue": "Library",
        },
    )
    plan = FirstMeetingPlan.objects.get()
    assert plan.starts_at.astimezone(LONDON).date() == datetime.date(2027, 6, 1)
    body = client.get(url).content.decode()
    assert "Usually between" in body and "Check the date" in body
    assert 'value="Library"' in body
