"""Pages for follow-on groups, one concern a module: a person's groups and one group's own
pages (``group``), ``meetings``, ``polls``, the ``conversation``, ``joining`` from the
directory, the service's ``venues`` and ``gatherings``, ``calendars``, and setting up a group
``from_programme``.

Each view: the access helper from selectors (404 for strangers, 403 for people who may know
the group but not do this), bind a form, one service call, a message, a redirect
(post/redirect/get). groups/urls.py names every view through this package.
"""

from __future__ import annotations

from .calendars import (
    calendar_feed,
    calendar_settings,
)
from .conversation import (
    board,
    post_flag,
    thread,
)
from .from_programme import create_from_programme
from .gatherings import (
    gathering_cancel,
    gathering_create,
    gathering_detail,
    gathering_edit,
    gathering_list,
)
from .group import (
    group_close,
    group_detail,
    group_settings,
    handover,
    leave,
    members,
    my_groups,
    pause,
    resume,
    sharing,
    staff_overview,
    step_up,
)
from .joining import (
    directory,
    introduce,
    join,
    request_decide,
    request_withdraw,
)
from .meetings import (
    attendance,
    cant_make_it,
    meeting_cancel,
    meeting_change,
    meeting_confirm,
    meeting_create,
    meeting_detail,
    meeting_ics,
    meeting_list,
    meeting_rsvp,
)
from .polls import (
    poll_create,
    poll_decide,
    poll_detail,
)
from .venues import (
    venue_create,
    venue_edit,
    venue_list,
)

__all__ = [
    "attendance",
    "board",
    "calendar_feed",
    "calendar_settings",
    "cant_make_it",
    "create_from_programme",
    "directory",
    "gathering_cancel",
    "gathering_create",
    "gathering_edit",
    "gathering_detail",
    "gathering_list",
    "group_close",
    "group_detail",
    "group_settings",
    "handover",
    "introduce",
    "join",
    "leave",
    "meeting_cancel",
    "meeting_change",
    "meeting_confirm",
    "meeting_create",
    "meeting_detail",
    "meeting_ics",
    "meeting_list",
    "meeting_rsvp",
    "members",
    "my_groups",
    "pause",
    "poll_create",
    "poll_decide",
    "poll_detail",
    "post_flag",
    "request_decide",
    "request_withdraw",
    "resume",
    "sharing",
    "staff_overview",
    "step_up",
    "thread",
    "venue_create",
    "venue_edit",
    "venue_list",
]
