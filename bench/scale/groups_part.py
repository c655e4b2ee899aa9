"""The follow-on groups of one service: members, meetings, attendance, polls, the board
(posts with their screening rows), the alerts those posts raised, and the reminders sent.
Called by seed.Seeder.service for each programme that ended with three or more keen people.
"""

from __future__ import annotations

import datetime

POSTS_PER_MEMBER_WEEK = 0.26
HOT_GROUP_POSTS = 25_000
FLAGGED_SHARE = 0.019
REPLY_SHARE = 0.3
# (rhythm, days between meetings, cumulative share): coffee mornings every week are
# "when we arrange it" groups.
GAPS = (
    ("ad_hoc", 7, 0.08),
    ("fortnightly", 14, 0.80),
    ("monthly", 28, 0.96),
    ("6_8_weeks", 49, 1.0),
)
MORNING_REMINDER_SHARE = 0.15
KEEPS = ["app", "sms", "whatsapp", "facebook", "email", "phone"]
PURPOSES = ["social", "goals", "techniques", "hobbies", "exercise", "outings"]

try:  # where the notice version lives today; the groups package split may move it
    from groups.notice import SCREENING_NOTICE_VERSION
except ImportError:  # pragma: no cover
    SCREENING_NOTICE_VERSION = "2026-11-v1"


def groups(seeder, ctx, plans: list[dict]) -> None:
    hot_done = False
    for plan in plans:
        if "first_meeting" not in plan:
            continue
        hot = ctx.index == 0 and not hot_done
        _group(seeder, ctx, plan, hot=hot)
        hot_done = True


def _group(s, ctx, plan: dict, *, hot: bool) -> None:
    from groups.models import Group, GroupEvent, Membership

    rng, now = s.rng, s.now
    first = plan["first_meeting"]
    created = plan["last_end"] + datetime.timedelta(days=1)
    pick = rng.random()
    rhythm, gap = next((r, g) for r, g, p in GAPS if pick < p)
    age = (now - first).days
    end, status, closed_at = now, "active", None
    if first > now:
        status = "forming"  # the first meeting is still to come
    elif not hot and age > 400 and rng.random() < 0.25:
        closed_at = first + datetime.timedelta(days=rng.randint(120, age - 30))
        end, status = closed_at, "closed"
    elif not hot and age > 420 and rng.random() < 0.12:
        end, status = now - datetime.timedelta(days=rng.randint(200, 300)), "dormant"
    area = rng.choice(ctx.areas)
    gid = s.w.add(
        Group,
        service_id=ctx.id,
        name=f"{area} follow-on group {plan['id']}",
        area=area,
        status=status,
        open_to_new_members=status != "closed" and rng.random() < 0.45,
        created_at=created,
        description="We meet for a cuppa and a chat, all welcome.",
        keeps_in_touch=rng.sample(KEEPS, 2),
        purposes=rng.sample(PURPOSES, 2),
        rhythm=rhythm,
        contact_clinician_id=plan["clinician"],
        created_by_id=plan["clinician"],
        formed_at=first if first <= now else None,
        closed_at=closed_at,
    )
    s.w.add(Group.origin_programmes.through, group_id=gid, programme_id=plan["id"])
    s.w.add(GroupEvent, group_id=gid, actor_id=plan["clinician"], verb="group_created", at=created)

    # Members: the keen participants (volunteers first, so one coordinates), and the PTV
    # for the first three meetings.
    members = []  # (person, left_at or None)
    for n, person in enumerate(plan["members"]):
        role = (
            "coordinator"
            if n == 0
            else ("co_coordinator" if n == 1 and rng.random() < 0.3 else "member")
        )
        left_at = None
        if n > 1 and rng.random() < 0.08 and (end - first).days > 60:
            left_at = first + datetime.timedelta(days=rng.randint(30, (end - first).days))
        s.w.add(
            Membership,
            group_id=gid,
            person_id=person,
            role=role,
            status="left" if left_at else "active",
            joined_at=created,
            ended_at=left_at,
            left_reason="commitments" if left_at else "",
            screening_notice_version=SCREENING_NOTICE_VERSION,
            screening_notice_agreed_at=created,
            share_email=rng.random() < 0.5,
        )
        members.append((person, left_at))
    meetings = _meetings(s, ctx, plan, gid, first, end, gap, status, members)
    held = [at for _, at, st in meetings if st == "scheduled" and at < now][:3]
    ptv_end = held[-1] + datetime.timedelta(hours=2) if len(held) == 3 else None
    s.w.add(
        Membership,
        group_id=gid,
        person_id=plan["ptv"],
        role="ptv_supporter",
        status="ended" if ptv_end else "active",
        joined_at=created,
        ended_at=ptv_end,
    )
    _polls(s, ctx, gid, members, created, hot=hot)
    weeks = max(1.0, (end - first).days / 7)
    count = round(weeks * len(members) * POSTS_PER_MEMBER_WEEK * rng.uniform(0.5, 1.5))
    if hot:
        count = round(HOT_GROUP_POSTS * s.factor)
        coordinator = plan["members"][0]
        upcoming = [m for m, at, st in meetings if at > now and st == "scheduled"]
        s.actors.update(group=gid, member=coordinator, meeting=upcoming[0])
    _posts(s, ctx, gid, members, first, end, count)


def _meetings(s, ctx, plan, gid, first, end, gap, status, members) -> list[tuple]:
    """Meetings every `gap` days from the first until the group closed, went quiet or now;
    for a group still meeting, two planned ahead and one suggested after them."""
    from groups.models import RSVP, Attendance, Meeting

    rng, now = s.rng, s.now
    made = []
    at = first
    venue = plan["first_venue"]
    horizon = end if status in ("closed", "dormant") else now + datetime.timedelta(days=2 * gap + 1)
    upcoming = 0
    while at < horizon or not made:
        future = at > now
        if future and upcoming >= 3:
            break
        online = rng.random() < 0.08
        if rng.random() < 0.3:
            venue = rng.choice(ctx.venues)
        if future:
            mstatus = "proposed" if upcoming == 2 else "scheduled"
            upcoming += 1
        else:
            mstatus = "cancelled" if rng.random() < 0.04 else "scheduled"
        recorded = (
            mstatus == "scheduled"
            and at + datetime.timedelta(days=1) <= now
            and (at < now - datetime.timedelta(days=7) or rng.random() < 0.5)
        )
        mid = s.w.add(
            Meeting,
            group_id=gid,
            starts_at=at,
            duration_minutes=120,
            mode="online" if online else "in_person",
            venue_id=None if online else venue[0],
            online_link="https://meet.example.org/group" if online else "",
            status=mstatus,
            repeats=True,
            created_by_id=plan["members"][0],
            created_at=at - datetime.timedelta(days=gap),
            cancelled_at=at - datetime.timedelta(days=2) if mstatus == "cancelled" else None,
            cancel_reason="Venue closed for repairs" if mstatus == "cancelled" else "",
            attendance_recorded_at=at + datetime.timedelta(days=1) if recorded else None,
        )
        made.append((mid, at, mstatus))
        current = [p for p, left in members if left is None or left > at]
        for person in current:
            if mstatus != "scheduled":
                break
            for which, lead in (("day_before", 24 * 60), ("morning", 150)):
                if which == "morning" and rng.random() > MORNING_REMINDER_SHARE:
                    continue
                _reminder(
                    s,
                    mid,
                    gid,
                    person,
                    ctx.channels.get(person, "email"),
                    which,
                    due=at - datetime.timedelta(minutes=lead),
                    created=at - datetime.timedelta(days=gap),
                )
        if recorded:
            for person in current:
                s.w.add(
                    Attendance,
                    meeting_id=mid,
                    person_id=person,
                    attended=rng.random() < 0.7,
                    recorded_by_id=plan["members"][0],
                    recorded_at=at + datetime.timedelta(days=1),
                )
        if future and mstatus == "scheduled":
            for person in current:
                if rng.random() < 0.6:
                    s.w.add(
                        RSVP,
                        meeting_id=mid,
                        person_id=person,
                        answer=rng.choice(["going", "going", "maybe", "cant"]),
                        answered_at=now - datetime.timedelta(days=1),
                    )
        at += datetime.timedelta(days=gap)
    return made


def _reminder(s, mid, gid, person, channel, which, *, due, created) -> None:
    """A meeting reminder as groups.services makes it: sent if it was due, else waiting."""
    from pmp_followon.notifications.models import Notification

    sent = due <= s.now
    failed = sent and s.rng.random() < 0.002
    kind = f"groups.meeting_reminder_{which}"
    s.w.add(
        Notification,
        recipient_id=person,
        channel=channel,
        kind=kind,
        template=kind,
        context={"meeting_id": mid, "group_id": gid},
        priority="default",
        topic=f"groups.meeting:{mid}:person:{person}",
        idempotency_key=f"groups.meeting:{mid}:0:{person}:0:{which}:{channel}",
        status=("failed" if failed else "sent") if sent else "queued",
        due_at=due,
        attempts=(8 if failed else 1) if sent else 0,
        created_at=created,
        sent_at=due + datetime.timedelta(seconds=3) if sent and not failed else None,
        failed_at=due + datetime.timedelta(hours=6) if failed else None,
        last_error="550 mailbox unavailable" if failed else "",
        problem="The address does not accept messages." if failed else "",
        provider_ref=f"scale-{mid}-{person}-{which}" if sent and not failed else "",
    )


def _polls(s, ctx, gid, members, created, *, hot: bool) -> None:
    """An open poll in the busy group (the poll page benchmark); a decided one in one group
    in ten."""
    from groups.models import Poll, PollAnswer, PollOption

    rng, now = s.rng, s.now
    if not hot and rng.random() > 0.1:
        return
    current = [p for p, left in members if left is None]
    opened = now - datetime.timedelta(days=2) if hot else created + datetime.timedelta(days=60)
    poll = s.w.reserve(Poll)
    options = []
    for n in range(3):
        option = s.w.add(
            PollOption,
            poll_id=poll,
            starts_at=opened + datetime.timedelta(days=14 + n),
            venue_id=rng.choice(ctx.venues)[0],
        )
        options.append(option)
        for person in current:
            s.w.add(
                PollAnswer,
                option_id=option,
                person_id=person,
                answer=rng.choice(["yes", "if_need_be", "no"]),
                answered_at=opened,
            )
    s.w.add(
        Poll,
        id=poll,
        group_id=gid,
        title="Summer outing",
        created_at=opened,
        deadline=opened + datetime.timedelta(days=7),
        status="open" if hot else "decided",
        created_by_id=current[0],
        chosen_option_id=None if hot else options[0],
        closed_at=None if hot else opened + datetime.timedelta(days=7),
    )
    if hot:
        s.actors["poll"] = poll


def _posts(s, ctx, gid, members, first, end, count: int) -> None:
    """Threads and replies spread over the group's life, each with the screening row of its
    text, and an alert for each post the screener flagged."""
    from groups.models import Post
    from safeguarding.models import PostScreening

    rng = s.rng
    authors = [p for p, _ in members]
    span = max(60.0, (end - first).total_seconds() - 3600)
    times = sorted(first + datetime.timedelta(seconds=rng.uniform(0, span)) for _ in range(count))
    threads: list[list] = []  # [id, author, created, last_activity, text, replies]
    replies: list[tuple] = []
    for created in times:
        text = rng.choice(s.flagged) if rng.random() < FLAGGED_SHARE else rng.choice(s.calm)
        author = rng.choice(authors)
        if threads and rng.random() < REPLY_SHARE:
            parent = threads[-1 - min(len(threads) - 1, int(rng.expovariate(0.4)))]
            created = max(created, parent[2] + datetime.timedelta(minutes=5))
            parent[3] = max(parent[3], created)
            parent[5] += 1
            replies.append((s.w.reserve(Post), parent[0], author, created, text))
        else:
            threads.append([s.w.reserve(Post), author, created, created, text, 0])
    rows = [(t[0], None, t[1], t[2], t[3], t[4], t[5]) for t in threads]
    rows += [(pid, parent, author, c, c, text, 0) for pid, parent, author, c, text in replies]
    rows.sort()
    for pid, parent, author, created, last, text, reply_count in rows:
        s.w.add(
            Post,
            id=pid,
            group_id=gid,
            author_id=author,
            parent_id=parent,
            body=text.body,
            created_at=created,
            last_activity_at=last,
            reply_count=reply_count,
        )
        s.w.add(
            PostScreening,
            post_id=pid,
            body_sha256=text.sha256,
            level=text.level,
            evidence=text.evidence,
            library_version=text.library_version,
            screened_at=created,
        )
        if text.level != "none":
            _alert(s, ctx, gid, pid, parent, author, created, text)


def _alert(s, ctx, gid, pid, parent, author, raised, text) -> None:
    """The alert a flagged post raised, where it got to, and its audit trail."""
    from safeguarding.models import Alert, AuditEvent

    rng, now = s.rng, s.now
    level = "high" if text.level == "high" else "medium"
    reviewer = rng.choice(ctx.reviewers)
    ack = raised + datetime.timedelta(minutes=rng.randint(3, 50))
    closed = ack + datetime.timedelta(hours=rng.randint(1, 30))
    if closed < now - datetime.timedelta(days=3):
        state = "resolved" if rng.random() < 0.65 else "dismissed"
    elif ack < now:
        state, closed = rng.choice(["acknowledged", "contacting"]), None
    else:
        state, ack, closed = "open", None, None
    outcome = (
        rng.choice(["false_positive", "contacted_safe", "contacted_safe", "crisis_team"])
        if state == "resolved"
        else ""
    )
    snapshot = {
        "post_id": pid,
        "body": text.body,
        "created_at": raised.isoformat(),
        "author_id": author,
        "author_name": "",
        "group_id": gid,
        "group_name": "",
        "parent_id": parent,
    }
    aid = s.w.add(
        Alert,
        service_id=ctx.id,
        group_id=gid,
        subject_id=author,
        post_id=pid,
        level=level,
        source="screening",
        state=state,
        outcome=outcome,
        outcome_note="Spoke to them; safe and has support." if outcome else "",
        dismiss_reason="Talking about a film, not about themselves."
        if state == "dismissed"
        else "",
        screening_level=text.level,
        library_version=text.library_version,
        snapshot=snapshot,
        evidence=text.evidence,
        policy=s.policy,
        dedupe_key=f"post:{pid}:screening",
        raised_at=raised,
        assigned_to_id=reviewer if ack else None,
        acknowledged_at=ack,
        contacting_at=ack if state == "contacting" else None,
        closed_at=closed,
        closed_by_id=reviewer if closed else None,
        escalate_after=None if closed else now + datetime.timedelta(minutes=30),
        escalation_phase="" if closed else ("ack" if state == "open" else "action"),
    )
    trail = [("alert_raised", None, raised, {"level": level, "source": "screening"})]
    if ack:
        trail += [
            ("alert_viewed", reviewer, ack - datetime.timedelta(minutes=1), {}),
            ("alert_acknowledged", reviewer, ack, {}),
        ]
    if closed:
        trail.append(
            (
                "alert_resolved" if state == "resolved" else "alert_dismissed",
                reviewer,
                closed,
                {"outcome": outcome} if outcome else {},
            )
        )
    for action, actor, at, detail in trail:
        s.w.add(
            AuditEvent,
            service_id=ctx.id,
            actor_id=actor,
            action=action,
            alert_id=aid,
            post_id=pid,
            detail=detail,
            created_at=at,
        )
    if ctx.index == 0 and state == "resolved":
        s.actors.setdefault("alert", aid)
