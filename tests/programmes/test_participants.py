"""Enrolment, attendance, the participant's choice, contact sharing and its checks."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from pmp_followon.accounts.models import User
from pmp_followon.accounts.sealing import unseal
from pmp_followon.notifications.models import Notification
from programmes import services
from programmes.models import (
    ContactCheck,
    ContactConsent,
    Enrolment,
    ParticipantChoice,
    mobile_e164,
)

from .conftest import NOW, at

pytestmark = pytest.mark.django_db


def test_enrolling_a_new_participant_makes_their_account_and_invites_them_once(
    programme, enrol, clinician
):
    enrolment = enrol(programme, "Jean.P@Example.org", name="Jean", mobile="07700900123")
    user = enrolment.participant
    user.refresh_from_db()
    assert user.email == "jean.p@example.org"
    assert user.role == "participant" and user.service == programme.service
    assert not user.has_usable_password()  # signs in with an emailed code
    assert mobile_e164(user) == "+447700900123"
    invitations = Notification.objects.filter(kind="programmes.invitation", recipient=user)
    assert invitations.count() == 1
    row = invitations.get()
    assert row.channel == "email"
    assert row.context["sign_in_path"] == "/accounts/login/"
    assert row.context["choices_path"] == f"/programmes/{programme.pk}/my-choices/"
    with pytest.raises(ValidationError) as error:
        enrol(programme, "jean.p@example.org", name="Jean")
    assert "already on this programme" in str(error.value)
    assert invitations.count() == 1


def test_a_past_participant_can_join_another_programme(make_programme, enrol):
    first = make_programme()
    second = make_programme(first=datetime.date(2027, 1, 13))
    enrolment = enrol(first, "jean.p@example.org", name="Jean")
    again = enrol(second, "jean.p@example.org", name="")
    assert again.participant == enrolment.participant
    assert User.objects.filter(email="jean.p@example.org").count() == 1


def test_staff_emails_and_other_services_participants_cannot_be_enrolled(
    programme, enrol, ptv, other_service
):
    with pytest.raises(ValidationError) as error:
        enrol(programme, ptv.email)
    assert "member of staff" in str(error.value)
    stranger = User.objects.create_user(
        "far@example.org", display_name="Far", service=other_service
    )
    with pytest.raises(ValidationError) as error:
        enrol(programme, stranger.email)
    assert "another pain service" in str(error.value)


def test_bad_mobile_and_missing_name_are_clear_errors(programme, enrol):
    with pytest.raises(ValidationError) as error:
        enrol(programme, "new@example.org", name="New", mobile="12")
    assert "mobile" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        enrol(programme, "new@example.org", name=" ")
    assert "display_name" in error.value.message_dict


def test_only_people_who_may_edit_enrol(programme, enrol, ptv, duty_clinician):
    for actor in (ptv, duty_clinician):
        with pytest.raises(PermissionDenied):
            enrol(programme, "x@example.org", name="X", actor=actor)


def test_withdrawing_ends_contact_sharing_and_can_be_undone(enrolment, clinician):
    services.contact_consents_set(
        actor=enrolment.participant, enrolment=enrolment, kinds={"email", "sms"}, now=NOW
    )
    services.enrolment_withdraw(actor=clinician, enrolment=enrolment, reason="Moved away", now=NOW)
    enrolment.refresh_from_db()
    assert enrolment.status == "withdrawn" and enrolment.withdrawn_reason == "Moved away"
    assert not ContactConsent.objects.filter(withdrawn_at__isnull=True).exists()
    assert ContactConsent.objects.filter(withdrawn_by=clinician).count() == 2
    with pytest.raises(ValidationError):
        services.participant_choice_record(
            actor=enrolment.participant, enrolment=enrolment, continue_choice="keen", now=NOW
        )
    services.enrolment_reinstate(actor=clinician, enrolment=enrolment, now=NOW)
    enrolment.refresh_from_db()
    assert enrolment.status == "enrolled"


def test_taking_the_register(programme, enrol, clinician):
    jean = enrol(programme, "jean@example.org", name="Jean")
    alan = enrol(programme, "alan@example.org", name="Alan")
    session = programme.sessions.get(number=1)
    with pytest.raises(ValidationError):  # not on the day yet
        services.attendance_record(
            actor=clinician, session=session, attended_enrolment_ids={jean.pk}, now=NOW
        )
    day = at(2027, 1, 12, 10, 5)
    assert (
        services.attendance_record(
            actor=clinician, session=session, attended_enrolment_ids={jean.pk}, now=day
        )
        == 1
    )
    assert dict(session.attendance.values_list("enrolment_id", "attended")) == {
        jean.pk: True,
        alan.pk: False,
    }
    services.attendance_record(
        actor=clinician, session=session, attended_enrolment_ids={jean.pk, alan.pk}, now=day
    )
    assert session.attendance.filter(attended=True).count() == 2


def test_the_three_outcomes_keep_only_what_fits(enrolment):
    person = enrolment.participant
    choice = services.participant_choice_record(
        actor=person,
        enrolment=enrolment,
        continue_choice="keen_unsuitable",
        unsuitable_time=True,
        unsuitable_note="Afternoons",
        reasons=["logistics"],
        volunteers_to_organise=True,
        now=NOW,
    )
    assert choice.unsuitable_time and not choice.unsuitable_date
    assert choice.reasons == []  # reasons are for "prefer not"
    assert choice.volunteers_to_organise
    choice = services.participant_choice_record(
        actor=person,
        enrolment=enrolment,
        continue_choice="prefer_not",
        reasons=["ill_health", "barriers"],
        reasons_other="Only man there",
        volunteers_to_organise=True,
        unsuitable_time=True,
        now=NOW,
    )
    assert choice.reasons == ["ill_health", "barriers"]
    assert not choice.volunteers_to_organise and not choice.unsuitable_time
    assert ParticipantChoice.objects.count() == 1
    assert choice.recorded_by == person


def test_keen_but_unsuitable_needs_to_say_what_does_not_suit(enrolment):
    with pytest.raises(ValidationError) as error:
        services.participant_choice_record(
            actor=enrolment.participant,
            enrolment=enrolment,
            continue_choice="keen_unsuitable",
            now=NOW,
        )
    assert "unsuitable" in error.value.message_dict


def test_unknown_reasons_are_refused(enrolment):
    with pytest.raises(ValidationError):
        services.participant_choice_record(
            actor=enrolment.participant,
            enrolment=enrolment,
            continue_choice="prefer_not",
            reasons=["bored"],
            now=NOW,
        )


def test_a_clinician_records_for_a_participant_and_others_cannot(
    enrolment, clinician, ptv, participant
):
    choice = services.participant_choice_record(
        actor=clinician, enrolment=enrolment, continue_choice="keen", now=NOW
    )
    assert choice.recorded_by == clinician
    for actor in (ptv, participant):
        with pytest.raises(PermissionDenied):
            services.participant_choice_record(
                actor=actor, enrolment=enrolment, continue_choice="keen", now=NOW
            )


def test_consent_is_recorded_withdrawn_and_kept(enrolment, clinician):
    person = enrolment.participant
    current = services.contact_consents_set(
        actor=person, enrolment=enrolment, kinds={"email", "whatsapp"}, now=NOW
    )
    assert {c.kind for c in current} == {"email", "whatsapp"}
    whatsapp = ContactConsent.objects.get(kind="whatsapp")
    assert whatsapp.value == "+447700900123" and whatsapp.given_by == person
    later = NOW + datetime.timedelta(days=1)
    current = services.contact_consents_set(
        actor=clinician, enrolment=enrolment, kinds={"email"}, now=later
    )
    assert [c.kind for c in current] == ["email"]
    whatsapp.refresh_from_db()
    assert whatsapp.withdrawn_at == later and whatsapp.withdrawn_by == clinician
    # Sharing again makes a new record; the old one stays.
    services.contact_consents_set(
        actor=person, enrolment=enrolment, kinds={"email", "whatsapp"}, now=later
    )
    assert ContactConsent.objects.filter(kind="whatsapp").count() == 2


def test_mobile_sharing_needs_a_mobile_number(programme, enrol):
    enrolment = enrol(programme, "nomobile@example.org", name="No Mobile")
    with pytest.raises(ValidationError) as error:
        services.contact_consents_set(
            actor=enrolment.participant, enrolment=enrolment, kinds={"sms"}, now=NOW
        )
    assert "mobile" in str(error.value)


def test_sharing_nothing_is_fine(enrolment):
    assert (
        services.contact_consents_set(
            actor=enrolment.participant, enrolment=enrolment, kinds=set(), now=NOW
        )
        == []
    )


def _rendered(row) -> str:
    from pmp_followon.notifications.kinds import get_kind
    from pmp_followon.notifications.rendering import render_notification

    return render_notification(
        template=row.template,
        channel=row.channel,
        context=row.context,
        recipient=row.recipient,
        kind=get_kind(row.kind),
    ).body


def test_a_contact_check_code_arrives_by_the_chosen_channel_and_verifies(enrolment):
    person = enrolment.participant
    sent = services.contact_check_send(actor=person, enrolment=enrolment, channel="sms", now=NOW)
    rows = Notification.objects.filter(kind="programmes.contact_check", recipient=person)
    assert [r.channel for r in rows] == ["sms"]
    assert unseal(rows.get().context["sealed_code"]) == sent.code
    assert sent.code not in str(rows.get().context)  # never stored readable (issue 14)
    assert sent.code in _rendered(rows.get())  # only the message that is sent has it
    assert sent.code not in sent.check.code_hash
    outcome = services.contact_check_confirm(
        actor=person, enrolment=enrolment, channel="sms", code=sent.code, now=NOW
    )
    assert outcome.verified
    assert ContactCheck.objects.get().verified_at == NOW


def test_wrong_codes_are_counted_and_five_use_the_code_up(enrolment):
    person = enrolment.participant
    sent = services.contact_check_send(actor=person, enrolment=enrolment, channel="email", now=NOW)
    wrong = "000000" if sent.code != "000000" else "111111"
    for _try in range(5):
        outcome = services.contact_check_confirm(
            actor=person, enrolment=enrolment, channel="email", code=wrong, now=NOW
        )
        assert not outcome.verified
    assert ContactCheck.objects.get().attempts == 5
    outcome = services.contact_check_confirm(
        actor=person, enrolment=enrolment, channel="email", code=sent.code, now=NOW
    )
    assert not outcome.verified and "expired" in outcome.message


def test_codes_expire_and_a_new_code_replaces_the_old(enrolment):
    person = enrolment.participant
    first = services.contact_check_send(actor=person, enrolment=enrolment, channel="email", now=NOW)
    late = NOW + datetime.timedelta(minutes=31)
    assert not services.contact_check_confirm(
        actor=person, enrolment=enrolment, channel="email", code=first.code, now=late
    ).verified
    second = services.contact_check_send(
        actor=person, enrolment=enrolment, channel="email", now=late
    )
    if first.code != second.code:
        assert not services.contact_check_confirm(
            actor=person, enrolment=enrolment, channel="email", code=first.code, now=late
        ).verified
    assert services.contact_check_confirm(
        actor=person, enrolment=enrolment, channel="email", code=second.code, now=late
    ).verified


def test_no_more_than_five_codes_a_day(enrolment):
    person = enrolment.participant
    for minute in range(5):
        services.contact_check_send(
            actor=person,
            enrolment=enrolment,
            channel="email",
            now=NOW + datetime.timedelta(minutes=minute),
        )
    with pytest.raises(ValidationError):
        services.contact_check_send(
            actor=person,
            enrolment=enrolment,
            channel="email",
            now=NOW + datetime.timedelta(minutes=10),
        )


def test_a_verified_share_shows_as_verified_in_the_summary(programme, enrolment):
    from programmes.selectors import handover_summary_for_group_creation

    person = enrolment.participant
    services.contact_consents_set(
        actor=person, enrolment=enrolment, kinds={"email", "sms"}, now=NOW
    )
    sent = services.contact_check_send(actor=person, enrolment=enrolment, channel="sms", now=NOW)
    services.contact_check_confirm(
        actor=person, enrolment=enrolment, channel="sms", code=sent.code, now=NOW
    )
    summary = handover_summary_for_group_creation(programme)
    assert set(summary.shared_contacts[person.pk]) == {"email", "sms"}
    assert summary.verified_contacts[person.pk] == ("sms",)
    assert Enrolment.objects.count() == 1
