"""Facilitator reminders go through the notifications outbox, once each, and follow moves."""

import datetime

import pytest

from pmp_followon.notifications.models import Notification
from programmes import services
from programmes.models import HandoverStep

from .conftest import LONDON, NOW, at, reminders

pytestmark = pytest.mark.django_db
D = datetime.date


def live(**filters):
    return reminders(**filters).exclude(status="cancelled")


def test_each_facilitator_gets_one_reminder_per_step_two_working_days_before(
    programme_with_ptv, clinician, ptv
):
    programme = programme_with_ptv
    for step in programme.handover_steps.select_related("session"):
        for person in (clinician, ptv):
            rows = live(recipient=person, topic=f"programmes.step.{step.pk}.user.{person.pk}")
            assert rows.count() == 1
            session_day = step.session.starts_at.astimezone(LONDON).date()
            # Sessions are on Tuesdays: two working days before is the Friday before, 9am.
            due = rows.get().due_at.astimezone(LONDON)
            assert due == at(*(session_day - datetime.timedelta(days=4)).timetuple()[:3], 9)
    assert live().count() == 6


def test_the_reminder_says_what_to_bring_and_who_is_assigned(programme_with_ptv, clinician, ptv):
    step = programme_with_ptv.handover_steps.get(kind="introduce")
    context = (
        live(recipient=clinician, topic__endswith=f".user.{clinician.pk}")
        .get(topic__startswith=f"programmes.step.{step.pk}.")
        .context
    )
    assert context["ptv_name"] == ptv.display_name
    assert context["no_ptv"] is False
    assert "information sheets" in context["what_to_bring"]
    assert clinician.display_name in context["facilitators"]
    assert context["step_path"] == f"/programmes/{programme_with_ptv.pk}/handover/introduce/"
    assert context["when"].startswith("Tuesday 2 March")


def test_a_step_without_a_ptv_tells_the_clinician(programme, clinician):
    context = live(recipient=clinician).first().context
    assert context["no_ptv"] is True and context["is_clinician"] is True


def test_running_the_safety_net_twice_sends_nothing_more(programme_with_ptv):
    before = set(live().values_list("pk", flat=True))
    late = at(2027, 2, 26, 10)
    services.handover_reminders_ensure(now=late, days_ahead=60)
    services.handover_reminders_ensure(now=late, days_ahead=60)
    assert set(live().values_list("pk", flat=True)) == before


def test_moving_session_9_cancels_its_reminders_and_plans_new_ones(
    programme_with_ptv, clinician, ptv
):
    programme = programme_with_ptv
    agree = programme.handover_steps.get(kind="agree")
    introduce = programme.handover_steps.get(kind="introduce")
    old_agree = set(
        live(topic__startswith=f"programmes.step.{agree.pk}.").values_list("pk", flat=True)
    )
    old_introduce = set(
        live(topic__startswith=f"programmes.step.{introduce.pk}.").values_list("pk", flat=True)
    )
    services.session_move(
        actor=clinician, session=programme.sessions.get(number=9), new_date=D(2027, 3, 18), now=NOW
    )
    # The old ones will never go...
    assert set(Notification.objects.filter(pk__in=old_agree).values_list("status", flat=True)) == {
        "cancelled"
    }
    # ...and exactly one new one each, for the new date (Thursday 18 March: Tuesday 16th).
    for person in (clinician, ptv):
        rows = live(topic=f"programmes.step.{agree.pk}.user.{person.pk}")
        assert rows.count() == 1
        assert rows.get().due_at.astimezone(LONDON) == at(2027, 3, 16, 9)
        assert rows.get().pk not in old_agree
    # The step that did not move keeps its reminders.
    assert (
        set(live(topic__startswith=f"programmes.step.{introduce.pk}.").values_list("pk", flat=True))
        == old_introduce
    )


def test_moving_back_to_the_old_date_still_reminds_once(programme_with_ptv, clinician):
    programme = programme_with_ptv
    session9 = programme.sessions.get(number=9)
    services.session_move(actor=clinician, session=session9, new_date=D(2027, 3, 18), now=NOW)
    services.session_move(
        actor=clinician, session=session9, new_date=D(2027, 3, 9), move_later=False, now=NOW
    )
    agree = programme.handover_steps.get(kind="agree")
    rows = live(topic=f"programmes.step.{agree.pk}.user.{clinician.pk}")
    assert rows.count() == 1
    assert rows.get().due_at.astimezone(LONDON) == at(2027, 3, 5, 9)


def test_cancelling_a_session_replans_the_steps_reminders(programme_with_ptv, clinician):
    programme = programme_with_ptv
    cancelled_before = reminders(status="cancelled").count()
    services.session_cancel(
        actor=clinician, session=programme.sessions.get(number=3), reason="Venue flooded", now=NOW
    )
    confirm = programme.handover_steps.get(kind="confirm")
    row = live(topic=f"programmes.step.{confirm.pk}.user.{clinician.pk}").get()
    # Session 10 moved from 16 to 23 March 2027.
    assert row.due_at.astimezone(LONDON) == at(2027, 3, 19, 9)
    # Every step moved: 3 steps x 2 facilitators cancelled and planned again.
    assert reminders(status="cancelled").count() - cancelled_before == 6
    assert live().count() == 6


def test_a_clock_change_keeps_reminders_at_nine_local(make_programme, clinician):
    make_programme(first=D(2026, 9, 1), now=at(2026, 8, 1))
    dues = sorted(r.due_at.astimezone(LONDON) for r in live(recipient=clinician))
    assert [d.hour for d in dues] == [9, 9, 9]
    assert [d.date() for d in dues] == [D(2026, 10, 16), D(2026, 10, 23), D(2026, 10, 30)]
    assert [d.astimezone(datetime.UTC).hour for d in dues] == [8, 8, 9]


def test_a_done_step_is_not_reminded(programme_with_ptv, clinician):
    step = programme_with_ptv.handover_steps.get(kind="introduce")
    services.handover_checklist_save(
        actor=clinician, step=step, ticked={"ptv_story", "info_sheet", "questions"}, now=NOW
    )
    assert not live(topic__startswith=f"programmes.step.{step.pk}.").exists()


def test_a_cancelled_programme_sends_no_reminders(programme_with_ptv, clinician):
    services.programme_cancel(
        actor=clinician, programme=programme_with_ptv, reason="No venue", now=NOW
    )
    assert not live().exists()


def test_a_facilitator_added_late_gets_their_own_reminder_and_nobody_a_second(
    programme, clinician, ptv
):
    # The introduce reminder (Friday 26 February, 9am) has gone; the step is on 2 March.
    late = at(2027, 2, 26, 12)
    introduce = programme.handover_steps.get(kind="introduce")
    first = live(topic=f"programmes.step.{introduce.pk}.user.{clinician.pk}").get()
    services.facilitator_add(
        actor=clinician, programme=programme, user=ptv, discipline="ptv", now=late
    )
    assert live(topic=f"programmes.step.{introduce.pk}.user.{clinician.pk}").get() == first
    assert live(topic=f"programmes.step.{introduce.pk}.user.{ptv.pk}").count() == 1
    # The later steps' reminders are not due yet: planned again naming the PTV, one each.
    agree = programme.handover_steps.get(kind="agree")
    rows = live(topic__startswith=f"programmes.step.{agree.pk}.")
    assert rows.count() == 2
    assert {r.context["ptv_name"] for r in rows} == {ptv.display_name}


def test_removing_a_facilitator_cancels_their_reminders(programme_with_ptv, clinician, ptv):
    facilitator = programme_with_ptv.facilitators.get(user=ptv)
    services.facilitator_remove(actor=clinician, facilitator=facilitator, now=NOW)
    assert not live(recipient=ptv).exists()
    assert live(recipient=clinician).count() == 3
    # The PTV led every step: the clinician is told each step has lost its PTV.
    told = Notification.objects.filter(kind="programmes.ptv_missing", recipient=clinician)
    assert told.count() == 3
    assert "cancelled" not in set(told.values_list("status", flat=True))


def test_when_the_ptv_cannot_come_the_clinicians_are_told_once(
    programme_with_ptv, clinician, ptv, duty_clinician
):
    services.facilitator_add(
        actor=clinician,
        programme=programme_with_ptv,
        user=duty_clinician,
        discipline="physiotherapist",
        now=NOW,
    )
    step = programme_with_ptv.handover_steps.get(kind="introduce")
    assert step.ptv == ptv
    services.handover_step_ptv_unavailable(actor=ptv, step=step, now=NOW)
    step.refresh_from_db()
    assert step.ptv is None
    told = Notification.objects.filter(kind="programmes.ptv_missing")
    assert sorted(told.values_list("recipient_id", flat=True)) == sorted(
        [clinician.pk, duty_clinician.pk]
    )
    assert "cancelled" not in set(told.values_list("status", flat=True))
    assert not told.filter(recipient=ptv).exists()
    # The step's reminders now say there is no PTV, and the PTV has none of their own.
    rows = live(topic__startswith=f"programmes.step.{step.pk}.")
    assert {r.context["no_ptv"] for r in rows} == {True}


def test_only_the_assigned_ptv_can_say_they_cannot_come(programme_with_ptv, clinician):
    from django.core.exceptions import PermissionDenied

    step = programme_with_ptv.handover_steps.get(kind="introduce")
    with pytest.raises(PermissionDenied):
        services.handover_step_ptv_unavailable(actor=clinician, step=step, now=NOW)


def test_the_reminders_are_delivered_once_when_due(programme_with_ptv, clinician, mailoutbox):
    from pmp_followon.notifications.services import notifications_deliver_due

    due_at = at(2027, 2, 26, 9, 1)
    notifications_deliver_due(now=due_at)
    notifications_deliver_due(now=due_at)
    sent = [m for m in mailoutbox if "Handover reminder" in m.subject]
    assert len(sent) == 2  # the introduce step: the clinician and the PTV, once each
    assert {tuple(m.to) for m in sent} == {
        (clinician.email,),
        (programme_with_ptv.facilitators.get(discipline="ptv").user.email,),
    }
    body = next(m.body for m in sent if m.to == [clinician.email])
    assert "What to bring" in body and "/handover/introduce/" in body
    assert HandoverStep.objects.count() == 3


def test_assigning_a_new_ptv_calls_off_an_unsent_ptv_missing_message(
    programme_with_ptv, clinician, ptv, service
):
    from tests.factories import UserFactory

    other_ptv = UserFactory(service=service, role="ptv", display_name="Jan")
    services.facilitator_add(
        actor=clinician, programme=programme_with_ptv, user=other_ptv, discipline="ptv", now=NOW
    )
    step = programme_with_ptv.handover_steps.get(kind="agree")
    services.handover_step_ptv_unavailable(actor=ptv, step=step, now=NOW)
    told = Notification.objects.filter(kind="programmes.ptv_missing", recipient=clinician)
    assert told.get().status == "queued"  # not yet sent in this test
    services.handover_step_assign_ptv(actor=clinician, step=step, ptv=other_ptv, now=NOW)
    assert told.get().status == "cancelled"
    rows = live(topic__startswith=f"programmes.step.{step.pk}.")
    assert {r.context["ptv_name"] for r in rows} == {"Jan"}
