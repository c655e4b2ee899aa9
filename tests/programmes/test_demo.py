"""seed_demo's programmes: a finished one and one in its final three weeks; run twice."""

import datetime
import io

import pytest

from programmes import demo, schedule
from programmes.models import Enrolment, ParticipantChoice, Programme, ProgrammeSession

from .conftest import LONDON, at

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "now",
    [at(2026, 11, 26, 10), at(2027, 1, 4, 8), at(2027, 3, 27, 15), at(2027, 4, 2, 18)],
    ids=["thursday", "monday", "saturday", "good-friday"],
)
def test_the_demo_has_a_finished_programme_and_one_in_its_final_weeks(now):
    out = io.StringIO()
    demo.seed(stdout=out, now=now)
    finished = Programme.objects.get(name=demo.FINISHED_NAME)
    running = Programme.objects.get(name=demo.RUNNING_NAME)
    assert finished.service.name == "Riverside Pain Service"

    assert finished.status == "finished"
    last = finished.sessions.order_by("-number").first().starts_at.astimezone(LONDON).date()
    weeks_ago = (now.astimezone(LONDON).date() - last).days / 7
    assert 8 <= weeks_ago < 9
    assert all(step.is_done for step in finished.handover_steps.all())
    coordinator = Enrolment.objects.get(
        programme=finished, participant__email="coordinator@example.org"
    )
    assert coordinator.choice.volunteers_to_organise
    assert Enrolment.objects.filter(
        programme=finished, participant__email="member@example.org"
    ).exists()
    assert ParticipantChoice.objects.filter(enrolment__programme=finished).count() == 8
    assert finished.first_meeting_plan.confirmed_at is not None

    assert running.status == "running"
    steps = {s.kind: s for s in running.handover_steps.select_related("session")}
    assert steps["introduce"].is_done
    assert steps["agree"].state(now) == "due"
    agree_day = steps["agree"].session.starts_at.astimezone(LONDON).date()
    assert schedule.week_start(agree_day) == schedule.week_start(now.astimezone(LONDON).date())
    assert steps["confirm"].state(now) == "due"

    # Nothing from the made-up past waits to be sent; the confirm step's reminder does.
    from pmp_followon.notifications.models import Notification

    mine = Notification.objects.filter(kind__startswith="programmes.")
    assert not mine.filter(status="queued", due_at__lt=now).exists()
    assert (
        mine.filter(
            status="queued",
            kind="programmes.handover_reminder",
            topic__startswith=f"programmes.step.{steps['confirm'].pk}.",
        ).count()
        == 2
    )

    # Run twice: nothing new.
    counts = (
        Programme.objects.count(),
        ProgrammeSession.objects.count(),
        Enrolment.objects.count(),
        ParticipantChoice.objects.count(),
    )
    demo.seed(stdout=out, now=now + datetime.timedelta(minutes=5))
    assert counts == (
        Programme.objects.count(),
        ProgrammeSession.objects.count(),
        Enrolment.objects.count(),
        ParticipantChoice.objects.count(),
    )
    assert "already there" in out.getvalue()


def test_the_demo_uses_the_accounts_seed_demo_already_made():
    from pmp_followon.accounts.models import Service, User
    from pmp_followon.accounts.services import user_invite

    service = Service.objects.create(name="Riverside Pain Service")
    made = {
        email: user_invite(
            actor=None,
            email=email,
            display_name=name,
            role=role,
            service=service,
            password="a long demo password 123",
        )
        for email, name, role in [
            ("clinician@example.org", "Demo Clinician", "clinician"),
            ("ptv@example.org", "Demo PTV", "ptv"),
            ("lead@example.org", "Demo Lead", "clinician"),
            ("coordinator@example.org", "Demo Coordinator", "participant"),
        ]
    }
    demo.seed(stdout=None, now=at(2026, 11, 26, 10))
    assert User.objects.filter(email__endswith="@example.org").count() == 3 + 8 + 6
    running = Programme.objects.get(name=demo.RUNNING_NAME)
    assert running.facilitators.get(discipline="ptv").user == made["ptv@example.org"]
    finished = Programme.objects.get(name=demo.FINISHED_NAME)
    assert finished.enrolments.filter(participant=made["coordinator@example.org"]).exists()
    assert made["coordinator@example.org"].display_name == "Demo Coordinator"
