"""Every read for groups that depends on who is looking, and the access rules.

- ``access``: who may see what, and the ``get_*_for_user`` helpers every view calls
- ``own_groups``: a person's own groups
- ``group``: a group's overview and members pages
- ``meetings``: a meeting's page, past meetings, the attendance list
- ``polls``: a poll's page
- ``conversation``: the message board and threads
- ``directory``: groups open to new members, introductions
- ``from_programme``: setting up a group from a programme's handover
- ``overview``: the service overview for clinicians
- ``venues``: the venue library
- ``gatherings``: the service's gatherings (get-togethers), who is invited, when one is due
- ``calendars``: calendar feeds

Page selectors run a fixed number of queries whatever the size of the group. Call sites use
``from groups import selectors; selectors.group_page(...)``: every public name is
re-exported here.
"""

from __future__ import annotations

from .access import (
    GroupAccess,
    can_browse_directory,
    can_manage_gatherings,
    can_manage_venues,
    can_see_gathering,
    can_see_staff_overview,
    check_can_manage,
    coordinates_in_service,
    get_gathering_for_user,
    get_group_for_introduction,
    get_group_for_joining,
    get_group_for_user,
    get_group_to_join,
    get_join_request_for_user,
    get_meeting_for_user,
    get_own_join_request,
    get_poll_for_user,
    get_post_for_user,
    get_venue_for_user,
    group_access,
    is_member_in_service,
    is_past_participant,
)
from .calendars import (
    calendar_feed_items,
    calendar_feed_user,
)
from .conversation import (
    THREADS_PER_PAGE,
    BoardPage,
    board_page,
    notice_needed,
    thread_page,
)
from .directory import (
    Directory,
    DirectoryRow,
    directory_for_user,
    introduction_candidates,
    my_current_groups,
)
from .from_programme import (
    GroupCreation,
    GroupCreationPeople,
    can_create_group_from,
    get_programme_for_group_creation,
    group_creation_people,
    is_programme_clinician,
)
from .gatherings import (
    GATHERING_GAP,
    gathering_invitees,
    gathering_last_held,
    gathering_organisers,
    gathering_page,
    gatherings_for_user,
    get_gathering_for_manage,
    services_due_a_gathering,
)
from .group import (
    GROUP_PAGE_THREADS,
    UPCOMING_ON_GROUP_PAGE,
    GroupAbout,
    GroupPage,
    MemberRow,
    group_about,
    group_page,
    handover_candidates,
    is_only_active_coordinator,
    members_page,
)
from .meetings import (
    CantMakeIt,
    MeetingPage,
    attendance_form_people,
    cant_make_it_for_token,
    meeting_history,
    meeting_page,
    meetings_coming_up,
)
from .overview import (
    OverviewRow,
    staff_overview,
)
from .own_groups import (
    HomeGroups,
    MyGroupRow,
    MyGroups,
    home_groups,
    my_groups,
)
from .polls import (
    PollOptionRow,
    PollPage,
    poll_best_option_id,
    poll_page,
)
from .venues import (
    venue_by_name,
    venue_choices,
    venue_list_for_user,
)

__all__ = [
    "BoardPage",
    "CantMakeIt",
    "Directory",
    "DirectoryRow",
    "GROUP_PAGE_THREADS",
    "GroupAbout",
    "GroupAccess",
    "GroupCreation",
    "GroupCreationPeople",
    "GroupPage",
    "MeetingPage",
    "MemberRow",
    "MyGroupRow",
    "HomeGroups",
    "MyGroups",
    "OverviewRow",
    "PollOptionRow",
    "PollPage",
    "THREADS_PER_PAGE",
    "UPCOMING_ON_GROUP_PAGE",
    "attendance_form_people",
    "board_page",
    "calendar_feed_items",
    "calendar_feed_user",
    "can_browse_directory",
    "can_create_group_from",
    "can_manage_gatherings",
    "can_manage_venues",
    "can_see_gathering",
    "can_see_staff_overview",
    "check_can_manage",
    "cant_make_it_for_token",
    "coordinates_in_service",
    "directory_for_user",
    "GATHERING_GAP",
    "gathering_invitees",
    "gathering_last_held",
    "gathering_organisers",
    "get_gathering_for_manage",
    "services_due_a_gathering",
    "gathering_page",
    "gatherings_for_user",
    "get_gathering_for_user",
    "get_group_for_introduction",
    "get_group_for_joining",
    "get_group_to_join",
    "get_group_for_user",
    "get_join_request_for_user",
    "get_meeting_for_user",
    "get_own_join_request",
    "get_poll_for_user",
    "get_post_for_user",
    "get_programme_for_group_creation",
    "get_venue_for_user",
    "group_about",
    "group_access",
    "group_creation_people",
    "group_page",
    "handover_candidates",
    "introduction_candidates",
    "is_programme_clinician",
    "is_member_in_service",
    "is_only_active_coordinator",
    "is_past_participant",
    "meeting_history",
    "meetings_coming_up",
    "meeting_page",
    "members_page",
    "my_current_groups",
    "home_groups",
    "my_groups",
    "notice_needed",
    "poll_best_option_id",
    "poll_page",
    "staff_overview",
    "thread_page",
    "venue_by_name",
    "venue_choices",
    "venue_list_for_user",
]
