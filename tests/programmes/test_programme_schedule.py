"""Creating programmes and changing their schedule: the handover steps follow the sessions."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from programmes import services
from programmes.models import Facilitator, ProgrammeEvent, ProgrammeStatus, SessionCancellation

from .conftest import LONDON, NOW, at, local_dates, step_numbers

pytestmark = pytest.mark.django_db
D = datetime.date


def test_a_ten_session_programme_has_weekly_sessions_and_steps_on_8_9_10(programme, clinician):
    dates = local_dates(programme)
    assert len(dates) == 10
    assert dates == [D(2027, 1, 12) + datetime.timedelta(weeks=n) for n in range(10)]
    assert step_numbers(programme) == {"introduce": 8, "agree": 9, "confirm": 10}
    first = programme.sessions.get(number=1)
    assert first.starts_at.astimezone(LONDON).time() == datetime.time(10, 0)
    assert first.ends_at - first.starts_at == datetime.timedelta(hours=3)
    assert programme.status == ProgrammeStatus.PLANNED
    assert programme.weekday == 1  # Tuesday
    facilitator = Facilitator.objects.get(programme=programme)
    assert (facilitator.user, facilitator.discipline) == (clinician, "clinical_psychologist")
    assert ProgrammeEvent.objects.filter(programme=programme, verb="programme_created").exists()


@pytest.mark.parametrize(("count", "steps"), [(8, (6, 7, 8)), (12, (10, 11, 12))])
def test_programmes_of_8_and_12_sessions(make_programme, count, steps):
    programme = make_programme(count=count)
    assert len(local_dates(programme)) == count
    kinds = ("introduce", "agree", "confirm")
    assert step_numbers(programme) == dict(zip(kinds, steps, strict=True))


@pytest.mark.parametrize("count", [7, 13])
def test_programmes_outside_8_to_12_sessions_are_refused(make_programme, count):
    with pytest.raises(ValidationError):
        make_programme(count=count)


def test_a_bank_holiday_is_skipped_and_the_closure_steps_move_with_it(make_programme):
    # Mondays from 15 March 2027: Easter Monday (29 March) and 3 May are bank holidays.
    programme = make_programme(first=D(2027, 3, 15))
    dates = local_dates(programme)
    assert D(2027, 3, 29) not in dates and D(2027, 5, 3) not in dates
    steps = {s.kind: s.session for s in programme.handover_steps.select_related("session")}
    # Without the holidays the last session would be 17 May; three holidays push it on.
    assert steps["confirm"].starts_at.astimezone(LONDON).date() == D(2027, 6, 7)
    assert steps["introduce"].starts_at.astimezone(LONDON).date() == D(2027, 5, 17)
    assert steps["agree"].number == 9


def test_a_first_session_on_a_bank_holiday_is_refused_with_a_clear_message(make_programme):
    with pytest.raises(ValidationError) as error:
        make_programme(first=D(2027, 3, 29))
    assert "bank holiday" in str(error.value.message_dict["first_session_date"])


def test_a_clock_change_between_steps_keeps_the_local_start_time(make_programme):
    # Tuesdays from 1 September 2026: session 8 on 20 October is in BST, session 9 on
    # 27 October in GMT (the clocks go back on Sunday 25 October 2026).
    programme = make_programme(first=D(2026, 9, 1), now=at(2026, 8, 1))
    steps = {s.kind: s.session for s in programme.handover_steps.select_related("session")}
    introduce, agree = steps["introduce"], steps["agree"]
    assert introduce.starts_at.astimezone(LONDON) == at(2026, 10, 20, 10)
    assert agree.starts_at.astimezone(LONDON) == at(2026, 10, 27, 10)
    assert (
        introduce.starts_at.astimezone(datetime.UTC).hour,
        agree.starts_at.astimezone(datetime.UTC).hour,
    ) == (9, 10)


def test_the_spring_clock_change_too(make_programme):
    # Wednesdays from 3 February 2027: the clocks go forward on Sunday 28 March 2027,
    # between session 8 (24 March) and session 9 (31 March).
    programme = make_programme(first=D(2027, 2, 3))
    sessions = list(programme.sessions.order_by("number"))
    assert {s.starts_at.astimezone(LONDON).time() for s in sessions} == {datetime.time(10)}
    assert sessions[7].starts_at.astimezone(datetime.UTC).hour == 10
    assert sessions[8].starts_at.astimezone(datetime.UTC).hour == 9


def test_moving_session_9_moves_the_later_sessions_and_the_steps_follow(programme, clinician):
    before = local_dates(programme)
    session9 = programme.sessions.get(number=9)
    moved = services.session_move(
        actor=clinician, session=session9, new_date=D(2027, 3, 18), reason="Room booked", now=NOW
    )
    dates = local_dates(programme)
    assert dates[:8] == before[:8]
    assert dates[8] == D(2027, 3, 18)  # a Thursday now
    assert dates[9] == D(2027, 3, 25)  # the next one follows a week later
    assert {s.number for s in moved} == {9, 10}
    steps = {s.kind: s.session for s in programme.handover_steps.select_related("session")}
    assert steps["agree"].starts_at.astimezone(LONDON) == at(2027, 3, 18, 10)
    assert steps["confirm"].starts_at.astimezone(LONDON) == at(2027, 3, 25, 10)
    event = ProgrammeEvent.objects.get(programme=programme, verb="session_moved")
    assert event.actor == clinician and set(event.detail["moved"]) == {"9", "10"}


def test_moving_only_one_session_keeps_the_later_ones(programme, clinician):
    session9 = programme.sessions.get(number=9)
    services.session_move(
        actor=clinician,
        session=session9,
        new_date=D(2027, 3, 11),
        new_start_time=datetime.time(13, 30),
        venue="Community Centre",
        move_later=False,
        now=NOW,
    )
    session9.refresh_from_db()
    assert session9.starts_at.astimezone(LONDON) == at(2027, 3, 11, 13, 30)
    assert session9.venue == "Community Centre"
    assert local_dates(programme)[9] == D(2027, 3, 16)


def test_a_session_cannot_jump_past_its_neighbours(programme, clinician):
    session9 = programme.sessions.get(number=9)
    with pytest.raises(ValidationError) as error:
        services.session_move(
            actor=clinician, session=session9, new_date=D(2027, 3, 16), move_later=False, now=NOW
        )
    assert "session 10" in str(error.value.message_dict["new_date"])
    with pytest.raises(ValidationError) as error:
        services.session_move(actor=clinician, session=session9, new_date=D(2027, 3, 2), now=NOW)
    assert "after session 8" in str(error.value.message_dict["new_date"])


def test_moves_onto_a_bank_holiday_or_into_the_past_are_refused(make_programme, clinician):
    programme = make_programme(first=D(2027, 1, 11))  # Mondays
    session9 = programme.sessions.get(number=9)
    with pytest.raises(ValidationError) as error:
        services.session_move(actor=clinician, session=session9, new_date=D(2027, 3, 29), now=NOW)
    assert "bank holiday" in str(error.value)
    with pytest.raises(ValidationError):
        services.session_move(
            actor=clinician,
            session=programme.sessions.get(number=1),
            new_date=D(2027, 1, 3),
            now=NOW,
        )


def test_a_session_that_has_started_cannot_move(programme, clinician):
    session1 = programme.sessions.get(number=1)
    with pytest.raises(ValidationError):
        services.session_move(
            actor=clinician, session=session1, new_date=D(2027, 1, 14), now=at(2027, 1, 12, 11)
        )


def test_moving_later_sessions_skips_a_bank_holiday(make_programme, clinician):
    # Mondays from 1 February 2027; moving session 8 to Monday 22 March puts session 9 on
    # Easter Monday (29 March), which is skipped: 9 goes to 5 April and 10 to 12 April.
    programme = make_programme(first=D(2027, 2, 1))
    services.session_move(
        actor=clinician, session=programme.sessions.get(number=8), new_date=D(2027, 3, 22), now=NOW
    )
    assert local_dates(programme)[7:] == [D(2027, 3, 22), D(2027, 4, 5), D(2027, 4, 12)]


def test_cancelling_a_session_moves_it_and_the_later_ones_on_a_week(programme, clinician):
    before = local_dates(programme)
    session5 = programme.sessions.get(number=5)
    services.session_cancel(actor=clinician, session=session5, reason="Snow", now=NOW)
    after = local_dates(programme)
    assert after[:4] == before[:4]
    assert after[4:] == [d + datetime.timedelta(weeks=1) for d in before[4:]]
    cancellation = SessionCancellation.objects.get(programme=programme)
    assert cancellation.was_starts_at.astimezone(LONDON).date() == before[4]
    assert cancellation.reason == "Snow"
    assert step_numbers(programme) == {"introduce": 8, "agree": 9, "confirm": 10}


def test_cancelling_needs_a_reason(programme, clinician):
    with pytest.raises(ValidationError):
        services.session_cancel(
            actor=clinician, session=programme.sessions.get(number=5), reason="  ", now=NOW
        )


def test_changing_the_number_of_sessions_moves_the_steps(programme, clinician):
    services.programme_update(
        actor=clinician,
        programme=programme,
        name=programme.name,
        venue=programme.venue,
        start_time=datetime.time(13, 0),
        session_minutes=150,
        session_count=12,
        now=NOW,
    )
    assert step_numbers(programme) == {"introduce": 10, "agree": 11, "confirm": 12}
    sessions = list(programme.sessions.order_by("number"))
    assert len(sessions) == 12
    assert sessions[11].starts_at.astimezone(LONDON) == at(2027, 3, 30, 13)
    assert {s.starts_at.astimezone(LONDON).time() for s in sessions} == {datetime.time(13)}
    assert sessions[0].ends_at - sessions[0].starts_at == datetime.timedelta(minutes=150)
    services.programme_update(
        actor=clinician,
        programme=programme,
        name=programme.name,
        venue=programme.venue,
        start_time=datetime.time(13, 0),
        session_minutes=150,
        session_count=8,
        now=NOW,
    )
    assert step_numbers(programme) == {"introduce": 6, "agree": 7, "confirm": 8}
    assert programme.sessions.count() == 8


def test_per_service_offsets(make_programme, clinical_lead, service):
    services.programme_settings_update(
        actor=clinical_lead,
        service=service,
        introduce_sessions_before_end=3,
        agree_sessions_before_end=2,
        confirm_sessions_before_end=0,
        now=NOW,
    )
    programme = make_programme()
    assert step_numbers(programme) == {"introduce": 7, "agree": 8, "confirm": 10}


def test_offsets_must_be_in_order(clinical_lead, service):
    with pytest.raises(ValidationError):
        services.programme_settings_update(
            actor=clinical_lead,
            service=service,
            introduce_sessions_before_end=1,
            agree_sessions_before_end=1,
            now=NOW,
        )


def test_only_leads_and_service_admins_change_settings(clinician, service):
    with pytest.raises(PermissionDenied):
        services.programme_settings_update(
            actor=clinician, service=service, reminder_working_days=3, now=NOW
        )


def test_statuses_move_on_with_the_clock(programme, enrolment):
    assert services.programme_statuses_refresh(now=at(2027, 1, 12, 9)) == 0
    assert services.programme_statuses_refresh(now=at(2027, 1, 12, 10, 1)) == 1
    programme.refresh_from_db()
    assert programme.status == ProgrammeStatus.RUNNING
    end = programme.sessions.get(number=10).ends_at
    assert services.programme_statuses_refresh(now=end) == 1
    assert services.programme_statuses_refresh(now=end) == 0  # run twice: nothing more
    programme.refresh_from_db()
    enrolment.refresh_from_db()
    assert programme.status == ProgrammeStatus.FINISHED
    assert enrolment.status == "completed"


def test_a_programme_entered_after_it_started_is_running(make_programme):
    programme = make_programme(first=D(2026, 12, 1))
    assert programme.status == ProgrammeStatus.RUNNING


def test_cancelling_a_programme(programme, clinician):
    services.programme_cancel(
        actor=clinician, programme=programme, reason="Staff shortage", now=NOW
    )
    programme.refresh_from_db()
    assert programme.status == ProgrammeStatus.CANCELLED
    with pytest.raises(ValidationError):
        services.session_move(
            actor=clinician,
            session=programme.sessions.get(number=9),
            new_date=D(2027, 3, 18),
            now=NOW,
        )


def test_only_clinicians_create_programmes(ptv, service_admin, participant):
    for actor in (ptv, service_admin, participant):
        with pytest.raises(PermissionDenied):
            services.programme_create(
                actor=actor,
                name="X",
                venue="Y",
                first_session_date=D(2027, 1, 12),
                start_time=datetime.time(10),
                now=NOW,
            )


def test_names_are_unique_in_a_service_whatever_the_case(make_programme):
    make_programme(name="Spring PMP")
    with pytest.raises(ValidationError):
        make_programme(name="spring pmp")


def test_the_same_name_in_another_service_is_fine(make_programme, other_service_clinician):
    make_programme(name="Spring PMP")
    make_programme(name="Spring PMP", actor=other_service_clinician)
