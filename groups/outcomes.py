"""What programmes learns from groups (programmes.hooks): whether a group was made from a
programme, who came to its first meeting, and whether it formed. Registered from
GroupsConfig.ready(); programmes never imports groups."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from django.urls import reverse

from programmes.hooks import FollowOnOutcome

from .models import Attendance, Group, Meeting, MeetingStatus


class GroupOutcomes:
    def outcomes_for_programmes(
        self, programme_ids: Sequence[int]
    ) -> Mapping[int, FollowOnOutcome]:
        """Four queries whatever the number of programmes."""
        links = list(
            Group.origin_programmes.through.objects.filter(programme_id__in=programme_ids)
            .order_by("group_id")
            .values_list("programme_id", "group_id")
        )
        group_for: dict[int, int] = {}
        for programme_id, group_id in links:
            group_for.setdefault(programme_id, group_id)  # the first group made from it
        groups = {g.pk: g for g in Group.objects.filter(pk__in=set(group_for.values()))}
        first_meeting: dict[int, Meeting] = {}
        for meeting in Meeting.objects.filter(
            group_id__in=groups.keys(), status=MeetingStatus.SCHEDULED
        ).order_by("starts_at", "pk"):
            first_meeting.setdefault(meeting.group_id, meeting)
        held = {m.pk for m in first_meeting.values() if m.attendance_recorded_at is not None}
        attendees: dict[int, set[int]] = {}
        for meeting_id, person_id in Attendance.objects.filter(
            meeting_id__in=held, attended=True
        ).values_list("meeting_id", "person_id"):
            attendees.setdefault(meeting_id, set()).add(person_id)
        outcomes = {}
        for programme_id in programme_ids:
            group = groups.get(group_for.get(programme_id))
            if group is None:
                outcomes[programme_id] = FollowOnOutcome(group_created=False)
                continue
            meeting = first_meeting.get(group.pk)
            was_held = meeting is not None and meeting.pk in held
            outcomes[programme_id] = FollowOnOutcome(
                group_created=True,
                first_meeting_attendee_ids=frozenset(attendees.get(meeting.pk, set()))
                if was_held
                else frozenset(),
                first_meeting_held=was_held,
                formed=group.formed_at is not None,
                # Read by staff, who see the service overview, never the group's own pages.
                group_url=f"{reverse('groups:staff_overview')}#group-{group.pk}",
            )
        return outcomes
