"""Everything the service holds about one person, as plain data: the download (JSON) and
the readable page are both made from `person_bundle`.

Only the person's own data: their profile, their enrolments and what was recorded about
them, their memberships, answers and posts, the messages sent to them (channel, kind, time
and status: never a message's context, which can name other people) and how they sign in.
Other members appear nowhere (not in replies, not in meetings, not as concern subjects).
Safeguarding alerts about a person and staff notes on them are not in the self-service
download: they are given through the service's subject access process, after a clinician
has checked them for serious harm (docs/privacy.md, "Safeguarding records").
"""

from __future__ import annotations

import datetime
from typing import Any

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator

from groups.models import (
    RSVP,
    GatheringRSVP,
    JoinRequest,
    Membership,
    PollAnswer,
    Post,
)
from groups.models import Attendance as GroupAttendance
from pmp_followon.accounts.models import User
from pmp_followon.notifications.models import Notification, NotificationPreference
from programmes.models import (
    Attendance,
    CalendarFeed,
    CalendarFeedKind,
    ContactCheck,
    ContactConsent,
    Enrolment,
    Facilitator,
    ParticipantChoice,
)
from reports.models import ParticipantProfile
from safeguarding.models import Alert, AlertSource, Concern, RotaEntry

from ..models import DataExport, LeaveRequest, PrivacyEvent

# Section keys in the order they are shown, with their headings on the readable page.
SECTIONS: list[tuple[str, str]] = [
    ("profile", "Your details"),
    ("message_preferences", "How we contact you"),
    ("evaluation_profile", "Facts recorded for service evaluation"),
    ("enrolments", "Pain management programmes"),
    ("programme_attendance", "Programme sessions"),
    ("choices", "Your choices at the end of a programme"),
    ("contact_sharing", "Contact details you agreed to share"),
    ("contact_checks", "Checks that your contact details work"),
    ("groups", "Your groups and your role in them"),
    ("meeting_answers", "Meetings you answered"),
    ("meeting_attendance", "Meetings you came to"),
    ("poll_answers", "Poll answers"),
    ("gathering_answers", "Get-togethers you answered"),
    ("join_requests", "Requests to join a group"),
    ("posts", "Messages you posted"),
    ("concerns_raised", "Concerns you raised with staff"),
    ("call_back_requests", "Call back requests"),
    ("notifications", "Messages we sent you"),
    ("sign_in", "How you sign in"),
    ("calendar_feeds", "Calendar links"),
    ("staff_roles", "Your work as staff"),
    ("privacy_requests", "Your requests about your information"),
]
SECTION_TITLES = dict(SECTIONS)


def _when(value: datetime.datetime | datetime.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _name(user: User | None) -> str | None:
    return user.display_name if user is not None else None


def _profile(person: User) -> list[dict]:
    return [
        {
            "name": person.display_name,
            "email": person.email,
            "mobile": str(person.mobile or ""),
            "preferred_channel": person.preferred_channel,
            "role": person.get_role_display(),
            "pain_service": person.service.name if person.service is not None else None,
            "account_made": _when(person.date_joined),
            "account_open": person.is_active,
        }
    ]


def _preferences(person: User) -> list[dict]:
    pref = NotificationPreference.objects.filter(user=person).first()
    if pref is None:
        return []
    return [
        {
            "email": pref.email_enabled,
            "text_messages": pref.sms_enabled,
            "reminders": pref.reminders_enabled,
            "quiet_from": pref.quiet_hours_start.isoformat() if pref.quiet_hours_start else None,
            "quiet_until": pref.quiet_hours_end.isoformat() if pref.quiet_hours_end else None,
            "changed": _when(pref.updated_at),
        }
    ]


def _evaluation_profile(person: User) -> list[dict]:
    profile = (
        ParticipantProfile.objects.filter(participant=person).select_related("recorded_by").first()
    )
    if profile is None:
        return []
    return [
        {
            "agreed": profile.agreed,
            "gender": profile.get_gender_display() if profile.gender else None,
            "year_of_birth": profile.year_of_birth,
            "ethnic_category": (
                profile.get_ethnic_category_display() if profile.ethnic_category else None
            ),
            "main_condition": (
                profile.get_condition_category_display() if profile.condition_category else None
            ),
            "recorded_by": _name(profile.recorded_by),
            "recorded": _when(profile.recorded_at),
        }
    ]


def _enrolments(person: User) -> list[dict]:
    rows = (
        Enrolment.objects.filter(participant=person)
        .select_related("programme", "enrolled_by")
        .order_by("enrolled_at", "pk")
    )
    return [
        {
            "programme": e.programme.name,
            "venue": e.programme.venue,
            "first_session": _when(e.programme.first_session_date),
            "programme_status": e.programme.get_status_display(),
            "referred_by": e.get_referral_source_display(),
            "referral_date": _when(e.referral_date),
            "status": e.get_status_display(),
            "why_you_left": e.withdrawn_reason or None,
            "enrolled": _when(e.enrolled_at),
            "enrolled_by": _name(e.enrolled_by),
        }
        for e in rows
    ]


def _programme_attendance(person: User) -> list[dict]:
    rows = (
        Attendance.objects.filter(enrolment__participant=person)
        .select_related("session__programme", "recorded_by")
        .order_by("session__starts_at")
    )
    return [
        {
            "programme": a.session.programme.name,
            "session": a.session.number,
            "date": _when(a.session.starts_at),
            "attended": a.attended,
            "recorded_by": _name(a.recorded_by),
        }
        for a in rows
    ]


def _choices(person: User) -> list[dict]:
    rows = ParticipantChoice.objects.filter(enrolment__participant=person).select_related(
        "enrolment__programme", "recorded_by"
    )
    return [
        {
            "programme": c.enrolment.programme.name,
            "keep_meeting": c.get_continue_choice_display(),
            "did_not_suit": c.unsuitable_labels(),
            "what_would_suit": c.unsuitable_note or None,
            "reasons": c.reason_labels(),
            "anything_else": c.reasons_other or None,
            "could_help_organise": c.volunteers_to_organise,
            "recorded_by": _name(c.recorded_by),
            "recorded": _when(c.updated_at),
        }
        for c in rows
    ]


def _contact_sharing(person: User) -> list[dict]:
    rows = (
        ContactConsent.objects.filter(enrolment__participant=person)
        .select_related("enrolment__programme", "given_by", "withdrawn_by")
        .order_by("given_at", "pk")
    )
    return [
        {
            "programme": c.enrolment.programme.name,
            "what": c.get_kind_display(),
            "detail_shared": c.value,
            "agreed": _when(c.given_at),
            "recorded_by": _name(c.given_by),
            "withdrawn": _when(c.withdrawn_at),
        }
        for c in rows
    ]


def _contact_checks(person: User) -> list[dict]:
    return [
        {
            "by": c.get_channel_display(),
            "detail_checked": c.value,
            "sent": _when(c.sent_at),
            "confirmed": _when(c.verified_at),
        }
        for c in ContactCheck.objects.filter(user=person).order_by("sent_at", "pk")
    ]


def _groups(person: User) -> list[dict]:
    rows = (
        Membership.objects.filter(person=person).select_related("group").order_by("joined_at", "pk")
    )
    return [
        {
            "group": m.group.name,
            "role": m.get_role_display(),
            "status": m.get_status_display(),
            "joined": _when(m.joined_at),
            "ended": _when(m.ended_at),
            "screening_notice_version": m.screening_notice_version or None,
            "screening_notice_agreed": _when(m.screening_notice_agreed_at),
            "paused_until": _when(m.paused_until),
            "reason_for_leaving": m.left_reason or None,
            "reason_in_your_words": m.left_reason_other or None,
            "group_sees_your_email": m.share_email,
            "group_sees_your_mobile": m.share_mobile,
        }
        for m in rows
    ]


def _meeting_answers(person: User) -> list[dict]:
    rows = (
        RSVP.objects.filter(person=person)
        .select_related("meeting__group")
        .order_by("meeting__starts_at")
    )
    return [
        {
            "group": r.meeting.group.name,
            "meeting": _when(r.meeting.starts_at),
            "answer": r.get_answer_display(),
            "answered": _when(r.answered_at),
        }
        for r in rows
    ]


def _meeting_attendance(person: User) -> list[dict]:
    rows = (
        GroupAttendance.objects.filter(person=person)
        .select_related("meeting__group")
        .order_by("meeting__starts_at")
    )
    return [
        {
            "group": a.meeting.group.name,
            "meeting": _when(a.meeting.starts_at),
            "came": a.attended,
        }
        for a in rows
    ]


def _poll_answers(person: User) -> list[dict]:
    rows = (
        PollAnswer.objects.filter(person=person)
        .select_related("option__poll__group")
        .order_by("answered_at", "pk")
    )
    return [
        {
            "group": a.option.poll.group.name,
            "poll": a.option.poll.title,
            "option": _when(a.option.starts_at),
            "answer": a.get_answer_display(),
            "answered": _when(a.answered_at),
        }
        for a in rows
    ]


def _gathering_answers(person: User) -> list[dict]:
    rows = (
        GatheringRSVP.objects.filter(person=person)
        .select_related("gathering")
        .order_by("answered_at", "pk")
    )
    return [
        {
            "get_together": r.gathering.title,
            "when": _when(r.gathering.starts_at),
            "answer": r.get_answer_display(),
        }
        for r in rows
    ]


def _join_requests(person: User) -> list[dict]:
    rows = (
        JoinRequest.objects.filter(person=person)
        .select_related("group")
        .order_by("created_at", "pk")
    )
    return [
        {
            "group": j.group.name,
            "kind": j.get_kind_display(),
            "your_message": j.message or None,
            "status": j.get_status_display(),
            "asked": _when(j.created_at),
            "decided": _when(j.decided_at),
        }
        for j in rows
    ]


def _posts(person: User) -> list[dict]:
    rows = Post.objects.filter(author=person).select_related("group").order_by("created_at", "pk")
    return [
        {
            "group": p.group.name,
            "posted": _when(p.created_at),
            "reply": p.parent_id is not None,
            "message": p.body,
            "hidden_by_staff": _when(p.hidden_at),
        }
        for p in rows
    ]


def _concerns_raised(person: User) -> list[dict]:
    # Who the concern was about is another person's data: only the person's own words.
    rows = (
        Concern.objects.filter(raised_by=person)
        .select_related("group")
        .order_by("created_at", "pk")
    )
    return [
        {
            "group": c.group.name,
            "raised": _when(c.created_at),
            "your_note": c.note or None,
        }
        for c in rows
    ]


def _call_backs(person: User) -> list[dict]:
    rows = Alert.objects.filter(
        subject=person, raised_by=person, source=AlertSource.CALLBACK
    ).order_by("raised_at", "pk")
    return [
        {
            "asked": _when(a.raised_at),
            "number_to_call": a.callback_phone or None,
            "best_time": a.callback_preferred_time or None,
        }
        for a in rows
    ]


def _notifications(person: User) -> list[dict]:
    rows = (
        Notification.objects.filter(recipient=person)
        .order_by("created_at", "pk")
        .only("channel", "kind", "created_at", "status", "sent_at")
    )
    return [
        {
            "channel": n.get_channel_display(),
            "kind": n.kind,
            "made": _when(n.created_at),
            "status": n.get_status_display(),
            "sent": _when(n.sent_at),
        }
        for n in rows
    ]


def _sign_in(person: User) -> list[dict]:
    rows: list[dict] = [
        {
            "what": "account",
            "last_signed_in": _when(person.last_login),
            "account_made": _when(person.date_joined),
            "has_password": person.has_usable_password(),
        }
    ]
    for address in EmailAddress.objects.filter(user=person).order_by("pk"):
        rows.append(
            {
                "what": "email address",
                "email": address.email,
                "verified": address.verified,
                "main": address.primary,
            }
        )
    for auth in Authenticator.objects.filter(user=person).order_by("pk"):
        rows.append(
            {
                "what": "authenticator",
                "type": auth.get_type_display(),
                "added": _when(auth.created_at),
                "last_used": _when(auth.last_used_at),
            }
        )
    return rows


def _calendar_feeds(person: User) -> list[dict]:
    rows = []
    # The secret address itself is not included: anyone with it could read the calendar.
    names: dict[str, str] = {
        CalendarFeedKind.PROGRAMMES: "programme sessions",
        CalendarFeedKind.GROUPS: "group meetings",
    }
    for feed in CalendarFeed.objects.filter(user=person).order_by("kind"):
        rows.append({"calendar": names.get(feed.kind, feed.kind), "made": _when(feed.created_at)})
    return rows


def _staff_roles(person: User) -> list[dict]:
    rows: list[dict] = [
        {
            "programme": f.programme.name,
            "discipline": f.get_discipline_display(),
            "added": _when(f.added_at),
        }
        for f in Facilitator.objects.filter(user=person).select_related("programme")
    ]
    rows += [
        {
            "duty_rota": r.get_position_display(),
            "weekday": r.weekday,
            "from": _when(r.starts_on),
            "to": _when(r.ends_on),
        }
        for r in RotaEntry.objects.filter(person=person)
    ]
    return rows


def _privacy_requests(person: User) -> list[dict]:
    rows: list[dict] = [
        {
            "download_asked": _when(d.requested_at),
            "status": d.get_status_display(),
        }
        for d in DataExport.objects.filter(person=person)
    ]
    rows += [
        {
            "leave_asked": _when(r.asked_at),
            "status": r.get_status_display(),
        }
        for r in LeaveRequest.objects.filter(person=person)
    ]
    rows += [
        {
            "action": e.get_action_display(),
            "when": _when(e.at),
        }
        for e in PrivacyEvent.objects.filter(person=person).order_by("at", "pk")
    ]
    return rows


_BUILDERS = {
    "profile": _profile,
    "message_preferences": _preferences,
    "evaluation_profile": _evaluation_profile,
    "enrolments": _enrolments,
    "programme_attendance": _programme_attendance,
    "choices": _choices,
    "contact_sharing": _contact_sharing,
    "contact_checks": _contact_checks,
    "groups": _groups,
    "meeting_answers": _meeting_answers,
    "meeting_attendance": _meeting_attendance,
    "poll_answers": _poll_answers,
    "gathering_answers": _gathering_answers,
    "join_requests": _join_requests,
    "posts": _posts,
    "concerns_raised": _concerns_raised,
    "call_back_requests": _call_backs,
    "notifications": _notifications,
    "sign_in": _sign_in,
    "calendar_feeds": _calendar_feeds,
    "staff_roles": _staff_roles,
    "privacy_requests": _privacy_requests,
}


def person_bundle(person: User, *, now: datetime.datetime) -> dict[str, Any]:
    """Everything held about `person`, section by section (JSON-ready values)."""
    return {
        "format": "pmp-followon personal data, version 1",
        "made": now.isoformat(),
        "sections": {key: _BUILDERS[key](person) for key, _title in SECTIONS},
    }


def bundle_rows(bundle: dict[str, Any]) -> int:
    return sum(len(items) for items in bundle["sections"].values())


def person_row_estimate(person: User) -> int:
    """Roughly how many rows a person's bundle has, without building it: the big tables."""
    return (
        Post.objects.filter(author=person).count()
        + Notification.objects.filter(recipient=person).count()
        + RSVP.objects.filter(person=person).count()
        + GroupAttendance.objects.filter(person=person).count()
        + Attendance.objects.filter(enrolment__participant=person).count()
    )
