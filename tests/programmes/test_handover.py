"""The handover steps: checklists, the PTV, the first meeting plan and the group summary."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from programmes import hooks, selectors, services
from programmes.models import ChecklistTick, StepState

from .conftest import LONDON, NOW, at

pytestmark = pytest.mark.django_db
D = datetime.date


def test_ticking_every_item_marks_the_step_done_and_unticking_reopens_it(programme, clinician):
    step = programme.handover_steps.get(kind="agree")
    step = services.handover_checklist_save(
        actor=clinician, step=step, ticked={"dates_venues"}, now=NOW
    )
    assert not step.is_done and step.state(NOW) == StepState.DUE
    step = services.handover_checklist_save(
        actor=clinician,
        step=step,
        ticked={"dates_venues", "contact_sharing", "organisers"},
        notes="Thursday mornings suit most",
        now=NOW,
    )
    assert step.is_done and step.completed_by == clinician
    assert step.state(NOW) == StepState.DONE
    assert step.notes == "Thursday mornings suit most"
    step = services.handover_checklist_save(
        actor=clinician, step=step, ticked={"dates_venues"}, now=NOW
    )
    assert not step.is_done
    assert list(ChecklistTick.objects.values_list("item", flat=True)) == ["dates_venues"]


def test_a_step_can_be_marked_done_with_items_unticked(programme, clinician):
    step = programme.handover_steps.get(kind="introduce")
    step = services.handover_checklist_save(
        actor=clinician, step=step, ticked=set(), mark_done=True, now=NOW
    )
    assert step.is_done


def test_an_unfinished_step_is_overdue_once_its_session_has_ended(programme):
    step = programme.handover_steps.select_related("session").get(kind="introduce")
    assert step.state(step.session.starts_at) == StepState.DUE
    assert step.state(step.session.ends_at) == StepState.OVERDUE


def test_ptv_facilitators_tick_but_others_in_the_service_cannot(
    programme_with_ptv, ptv, duty_clinician, participant
):
    step = programme_with_ptv.handover_steps.get(kind="introduce")
    services.handover_checklist_save(actor=ptv, step=step, ticked={"ptv_story"}, now=NOW)
    for actor in (duty_clinician, participant):
        with pytest.raises(PermissionDenied):
            services.handover_checklist_save(actor=actor, step=step, ticked=set(), now=NOW)


def test_unknown_items_are_refused(programme, clinician):
    step = programme.handover_steps.get(kind="introduce")
    with pytest.raises(ValidationError):
        services.handover_checklist_save(actor=clinician, step=step, ticked={"cake"}, now=NOW)


def test_the_first_ptv_added_is_assigned_to_the_steps_and_the_first_meetings(
    programme_with_ptv, ptv
):
    assert {s.ptv for s in programme_with_ptv.handover_steps.all()} == {ptv}
    assert programme_with_ptv.first_meeting_plan.ptv == ptv


def test_assigning_a_ptv_who_is_not_on_the_programme_is_refused(programme, clinician, ptv):
    step = programme.handover_steps.get(kind="introduce")
    with pytest.raises(ValidationError):
        services.handover_step_assign_ptv(actor=clinician, step=step, ptv=ptv, now=NOW)


def test_first_meeting_in_the_window_has_no_warning_and_outside_it_warns(programme, clinician):
    # The last session is Tuesday 16 March 2027: the window is 13 to 27 April.
    result = services.first_meeting_plan_update(
        actor=clinician,
        programme=programme,
        meeting_date=D(2027, 4, 20),
        meeting_time=datetime.time(11),
        venue="Riverside Café",
        confirm=True,
        now=NOW,
    )
    assert result.warning is None
    assert result.plan.starts_at.astimezone(LONDON) == at(2027, 4, 20, 11)
    assert result.plan.confirmed_at == NOW
    confirm = programme.handover_steps.get(kind="confirm")
    assert confirm.ticks.filter(item="first_meeting").exists()
    result = services.first_meeting_plan_update(
        actor=clinician,
        programme=programme,
        meeting_date=D(2027, 6, 1),
        meeting_time=datetime.time(11),
        now=NOW,
    )
    assert "later than the usual 4 to 6 weeks" in result.warning
    assert result.plan.starts_at is not None  # a warning, not a block


def test_a_poll_instead_of_a_date(programme, clinician):
    services.first_meeting_plan_update(
        actor=clinician,
        programme=programme,
        meeting_date=D(2027, 4, 20),
        meeting_time=datetime.time(11),
        now=NOW,
    )
    result = services.first_meeting_plan_update(
        actor=clinician, programme=programme, poll_instead=True, confirm=True, now=NOW
    )
    assert result.plan.poll_instead and result.plan.starts_at is None
    with pytest.raises(ValidationError):
        services.first_meeting_plan_update(
            actor=clinician,
            programme=programme,
            meeting_date=D(2027, 4, 20),
            meeting_time=datetime.time(11),
            now=NOW,
        )


def test_confirming_needs_a_date_or_a_poll(programme, clinician):
    with pytest.raises(ValidationError):
        services.first_meeting_plan_update(
            actor=clinician, programme=programme, confirm=True, now=NOW
        )


def test_the_summary_for_the_groups_app(programme_with_ptv, enrol, clinician, ptv):
    programme = programme_with_ptv
    people = {
        name: enrol(programme, f"{name}@example.org", name=name.title(), mobile="07700900123")
        for name in ("ann", "bob", "cat", "dee", "eve", "fay")
    }
    record = services.participant_choice_record
    record(
        actor=clinician,
        enrolment=people["ann"],
        continue_choice="keen",
        volunteers_to_organise=True,
        now=NOW,
    )
    record(actor=clinician, enrolment=people["bob"], continue_choice="keen", now=NOW)
    record(
        actor=clinician,
        enrolment=people["cat"],
        continue_choice="keen_unsuitable",
        unsuitable_venue=True,
        volunteers_to_organise=True,
        now=NOW,
    )
    record(
        actor=clinician,
        enrolment=people["dee"],
        continue_choice="prefer_not",
        reasons=["ill_health"],
        now=NOW,
    )
    record(actor=clinician, enrolment=people["fay"], continue_choice="keen", now=NOW)
    services.enrolment_withdraw(actor=clinician, enrolment=people["fay"], reason="Moved", now=NOW)
    services.first_meeting_plan_update(
        actor=clinician,
        programme=programme,
        meeting_date=D(2027, 4, 1),
        meeting_time=datetime.time(11),
        venue="Library",
        confirm=True,
        now=NOW,
    )
    summary = selectors.handover_summary_for_group_creation(programme)
    pk = {name: e.participant_id for name, e in people.items()}
    assert set(summary.member_ids) == {pk["ann"], pk["bob"], pk["cat"]}
    assert set(summary.attending_ids) == {pk["ann"], pk["bob"]}
    assert summary.keen_unsuitable_ids == (pk["cat"],)
    assert set(summary.coordinator_volunteer_ids) == {pk["ann"], pk["cat"]}
    assert summary.prefer_not_ids == (pk["dee"],)
    assert summary.no_answer_ids == (pk["eve"],)
    assert summary.ptv_id == ptv.pk
    assert summary.first_meeting_venue == "Library" and summary.plan_confirmed
    assert summary.last_session_date == D(2027, 3, 16)
    assert "sooner" in summary.window_warning  # 1 April is 16 days after 16 March
    assert pk["fay"] not in summary.member_ids


def test_outcomes_say_unknown_until_the_groups_app_reports(
    programme, enrol, clinician, monkeypatch
):
    jean = enrol(programme, "jean@example.org", name="Jean")
    services.participant_choice_record(
        actor=clinician, enrolment=jean, continue_choice="keen", now=NOW
    )
    monkeypatch.setattr(hooks, "_source", None)  # restored after the test
    outcomes = selectors.programme_outcomes(programme)
    assert not outcomes.follow_on_known
    assert outcomes.keen[0].attended_first_meeting is None


def test_outcomes_use_what_the_groups_app_reports(programme, enrol, clinician, monkeypatch):
    jean = enrol(programme, "jean@example.org", name="Jean")
    alan = enrol(programme, "alan@example.org", name="Alan")
    for enrolment in (jean, alan):
        services.participant_choice_record(
            actor=clinician, enrolment=enrolment, continue_choice="keen", now=NOW
        )

    class Source:
        def outcomes_for_programmes(self, programme_ids):
            return {
                pk: hooks.FollowOnOutcome(
                    group_created=True,
                    first_meeting_held=True,
                    first_meeting_attendee_ids=frozenset({jean.participant_id}),
                    formed=False,
                )
                for pk in programme_ids
            }

    monkeypatch.setattr(hooks, "_source", None)
    hooks.register_follow_on_outcome_source(Source())
    outcomes = selectors.programme_outcomes(programme)
    assert outcomes.follow_on_known and outcomes.follow_on.group_created
    attended = {e.participant_id: e.attended_first_meeting for e in outcomes.keen}
    assert attended == {jean.participant_id: True, alan.participant_id: False}
