"""Issue 14: a time that does not exist on the day (spring forward) is refused with a clear
message, and one that happens twice (autumn back) asks which is meant; every date-and-time
form gets this from pmp_followon.ui.forms.LocalDateTimeFormMixin."""

import datetime
import zoneinfo

import pytest

from groups.forms import MeetingForm
from pmp_followon.ui.forms import wall_clock_problem
from programmes.forms import SessionMoveForm
from programmes.schedule import local_to_utc

pytestmark = pytest.mark.django_db

LONDON = zoneinfo.ZoneInfo("Europe/London")
SPRING = datetime.date(2027, 3, 28)
AUTUMN = datetime.date(2027, 10, 31)


def _meeting(service, day, at, **extra):
    data = {
        "day_day": str(day.day),
        "day_month": str(day.month),
        "day_year": str(day.year),
        "at": at,
        "duration_minutes": "120",
        "mode": "in_person",
        "place_note": "The library",
        **extra,
    }
    return MeetingForm(data, service_id=service.pk)


def test_wall_clock_problem():
    assert wall_clock_problem(SPRING, datetime.time(1, 30), LONDON) == "gap"
    assert wall_clock_problem(SPRING, datetime.time(0, 59), LONDON) is None
    assert wall_clock_problem(SPRING, datetime.time(2, 0), LONDON) is None
    assert wall_clock_problem(AUTUMN, datetime.time(1, 30), LONDON) == "repeat"
    assert wall_clock_problem(AUTUMN, datetime.time(2, 0), LONDON) is None


def test_a_time_in_the_spring_gap_is_refused_clearly(service):
    form = _meeting(service, SPRING, "1:30am")
    assert not form.is_valid()
    message = form.errors["at"][0]
    assert "1:30am does not happen on Sunday 28 March 2027" in message
    assert "before 1am or from 2am" in message


def test_times_either_side_of_the_gap_are_fine(service):
    assert _meeting(service, SPRING, "12:45am").is_valid()
    assert _meeting(service, SPRING, "2am").is_valid()


def test_a_repeated_autumn_time_asks_which_one(service):
    form = _meeting(service, AUTUMN, "1:30am")
    assert not form.is_valid()
    assert "at_occurrence" in form.errors
    assert "happens twice" in str(form.fields["at_occurrence"].label)
    # The choice appears on the page (crispy layout) once it is needed.
    from django.template import Context, Template

    html = Template("{% load crispy_forms_tags %}{% crispy form %}").render(Context({"form": form}))
    assert 'name="at_occurrence"' in html


@pytest.mark.parametrize(("choice", "utc_hour"), [("0", 0), ("1", 1)])
def test_the_chosen_occurrence_is_the_one_stored(service, choice, utc_hour):
    form = _meeting(service, AUTUMN, "1:30am", at_occurrence=choice)
    assert form.is_valid(), form.errors
    moment = local_to_utc(AUTUMN, form.cleaned_data["at"], LONDON)
    assert moment == datetime.datetime(2027, 10, 31, utc_hour, 30, tzinfo=datetime.UTC)


def test_programme_forms_get_it_too():
    form = SessionMoveForm(
        {
            "new_date_day": "28",
            "new_date_month": "3",
            "new_date_year": "2027",
            "new_start_time": "1:15am",
        }
    )
    assert not form.is_valid()
    assert "does not happen" in form.errors["new_start_time"][0]
