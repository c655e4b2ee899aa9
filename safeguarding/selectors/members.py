"""Members: signs of life for the silence check, and the posts, groups and people a member
may raise a concern about."""

from __future__ import annotations

import datetime

from django.db.models import Exists, OuterRef, QuerySet
from django.http import Http404

from groups.models import RSVP, GatheringRSVP, Group, Membership, MembershipStatus, Post
from pmp_followon.accounts.models import User
from pmp_followon.accounts.permissions import signed_in

from ..models import Alert, AlertLevel, AlertOutcome, AlertSource, AlertState


def meeting_rsvp_since(*, person: User, since: datetime.datetime) -> bool:
    """Whether the person answered a meeting (or service gathering) invitation after
    `since`. Any answer counts, "can't come" too: it is a sign of life. This is the one
    place the silence check reads RSVPs."""
    return (
        RSVP.objects.filter(person=person, answered_at__gt=since).exists()
        or GatheringRSVP.objects.filter(person=person, answered_at__gt=since).exists()
    )


def member_active_since(*, person: User, since: datetime.datetime) -> bool:
    """Any sign of life after `since`: a post, a meeting RSVP or a sign-in."""
    if person.last_login is not None and person.last_login > since:
        return True
    if Post.objects.filter(author=person, created_at__gt=since).exists():
        return True
    return meeting_rsvp_since(person=person, since=since)


def member_last_activity(*, person: User) -> datetime.datetime | None:
    """For the check-in alert: when the member was last seen (post or sign-in)."""
    last_post = (
        Post.objects.filter(author=person)
        .order_by("-created_at")
        .values_list("created_at", flat=True)
        .first()
    )
    seen = [t for t in (last_post, person.last_login) if t is not None]
    return max(seen) if seen else None


def silence_candidates(*, now: datetime.datetime, scan_days: int) -> QuerySet[Alert]:
    """Alerts for worrying posts (screened medium or high) without a check-in yet, not
    judged false positives. The sweeper applies each alert's frozen silence times."""
    return (
        Alert.objects.filter(
            source__in=[AlertSource.SCREENING, AlertSource.REPEATED_MEDIUM],
            screening_level__in=[AlertLevel.HIGH, AlertLevel.MEDIUM],
            post__isnull=False,
            raised_at__gte=now - datetime.timedelta(days=scan_days),
        )
        .exclude(state=AlertState.DISMISSED)
        .exclude(outcome=AlertOutcome.FALSE_POSITIVE)
        .exclude(Exists(Alert.objects.filter(origin=OuterRef("pk"), source=AlertSource.SILENCE)))
        .select_related("post", "subject", "service", "group")
        .order_by("raised_at")
    )


def get_post_for_member(user, pk: int) -> Post:
    """A post the user may flag: they are a current member of its group (404 otherwise)."""
    post = Post.objects.select_related("group__service", "author").filter(pk=pk).first()
    if post is None or not signed_in(user) or not _is_current_member(user, post.group):
        raise Http404
    return post


def get_group_for_member(user, pk: int) -> Group:
    group = Group.objects.select_related("service").filter(pk=pk).first()
    if group is None or not signed_in(user) or not _is_current_member(user, group):
        raise Http404
    return group


def _is_current_member(user, group: Group) -> bool:
    return Membership.objects.filter(
        group=group, person=user, status__in=[MembershipStatus.ACTIVE, MembershipStatus.PAUSED]
    ).exists()


def group_members_for_concern(*, group: Group, user) -> QuerySet[User]:
    """Other people in the group someone may be worried about."""
    return (
        User.objects.filter(
            group_memberships__group=group,
            group_memberships__status__in=[MembershipStatus.ACTIVE, MembershipStatus.PAUSED],
        )
        .exclude(pk=user.pk)
        .order_by("display_name")
        .distinct()
    )
