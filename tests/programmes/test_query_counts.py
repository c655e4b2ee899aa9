"""The programme page and the closure calendar run a fixed number of queries, whatever the
number of participants and programmes."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from programmes import services

from .conftest import NOW, at

pytestmark = pytest.mark.django_db
D = datetime.date


def queries_for(client, url):
    client.get(url)  # warm up: sessions, caches, lazy settings
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response


def fill_programme(programme, clinician, count, offset=0):
    """`count` participants with answers, shared and checked contacts and attendance."""
    session1 = programme.sessions.get(number=1)
    enrolments = []
    for n in range(offset, offset + count):
        enrolment = services.participant_enrol(
            actor=clinician,
            programme=programme,
            email=f"p{n}@example.org",
            display_name=f"Person {n}",
            mobile="07912345678",
            referral_source="gp",
            referral_date=D(2026, 10, 1),
            now=NOW,
        )
        services.participant_choice_record(
            actor=clinician,
            enrolment=enrolment,
            continue_choice=("keen", "keen_unsuitable", "prefer_not")[n % 3],
            unsuitable_venue=True,
            reasons=["ill_health"],
            now=NOW,
        )
        services.contact_consents_set(
            actor=clinician, enrolment=enrolment, kinds={"email", "sms"}, now=NOW
        )
        sent = services.contact_check_send(
            actor=clinician, enrolment=enrolment, channel="sms", now=NOW
        )
        services.contact_check_confirm(
            actor=clinician, enrolment=enrolment, channel="sms", code=sent.code, now=NOW
        )
        enrolments.append(enrolment)
    services.attendance_record(
        actor=clinician,
        session=session1,
        attended_enrolment_ids={e.pk for e in enrolments},
        now=session1.starts_at + datetime.timedelta(minutes=5),
    )
    return enrolments


def test_the_programme_page_does_not_grow_with_participants(client, clinician, make_programme, ptv):
    small = make_programme(name="Small")
    big = make_programme(name="Big", first=D(2027, 1, 13))
    for programme in (small, big):
        services.facilitator_add(
            actor=clinician, programme=programme, user=ptv, discipline="ptv", now=NOW
        )
    fill_programme(small, clinician, 2)
    fill_programme(big, clinician, 20, offset=100)
    client.force_login(clinician)
    small_count, small_page = queries_for(client, reverse("programmes:detail", args=[small.pk]))
    big_count, big_page = queries_for(client, reverse("programmes:detail", args=[big.pk]))
    assert big_page.content.decode().count("/participants/") >= 20  # all 20 are shown
    assert small_count == big_count


def test_the_closure_calendar_does_not_grow_with_programmes(
    client, clinician, clinical_lead, make_programme, ptv, monkeypatch
):
    monkeypatch.setattr(
        "pmp_followon.clock.now_or_current", lambda now=None: now or at(2027, 3, 1, 9)
    )

    def make(n, first):
        programme = make_programme(name=f"PMP {first} {n}", first=first)
        services.facilitator_add(
            actor=clinician, programme=programme, user=ptv, discipline="ptv", now=NOW
        )
        step = programme.handover_steps.get(kind="introduce")
        services.handover_checklist_save(actor=clinician, step=step, ticked={"questions"}, now=NOW)
        return programme

    monkeypatch.setattr("programmes.selectors.closures.CLOSURE_PAGE_SIZE", 25)
    # Two programmes in one service...
    for n in range(2):
        make(n, D(2027, 1, 12) + datetime.timedelta(days=n))
    client.force_login(clinical_lead)
    small_count, small_page = queries_for(client, reverse("programmes:closures"))
    # ...then twenty.
    for n in range(2, 20):
        make(n, D(2027, 1, 12) + datetime.timedelta(days=n % 5, weeks=n // 5))
    big_count, big_page = queries_for(client, reverse("programmes:closures"))
    assert small_page.content.decode().count("/handover/") == 2 * 3
    # One page of 25 steps; the 60 steps of the twenty programmes on three pages.
    assert big_page.content.decode().count("/handover/") == 25
    assert small_count == big_count
    pages = [client.get(reverse("programmes:closures"), {"page": n}) for n in (2, 3)]
    assert [p.content.decode().count("/handover/") for p in pages] == [25, 10]
    # The same for a clinician's own view.
    client.force_login(clinician)
    mine_count, mine_page = queries_for(client, reverse("programmes:closures"))
    assert mine_page.content.decode().count("/handover/") == 25
    assert mine_count == big_count


def test_the_programme_list_does_not_grow_with_programmes(client, clinician, make_programme):
    make_programme(name="A")
    make_programme(name="B", first=D(2027, 1, 13))
    client.force_login(clinician)
    small_count, _page = queries_for(client, reverse("programmes:list"))
    for n in range(10):
        make_programme(name=f"More {n}", first=D(2027, 1, 14) + datetime.timedelta(weeks=n))
    big_count, page = queries_for(client, reverse("programmes:list"))
    assert "More 9" in page.content.decode()
    assert small_count == big_count
