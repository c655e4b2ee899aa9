"""The crisis panel: where to get help now, shown by the server in the same response that
saved a medium or high post (safeguarding.md rule 6), and on the concern and call back pages.

Proportionate to the screening (issue 12; the mapping is `responses.member_response`):
a medical emergency now leads with "Call 999 now" and what to do while waiting; someone
else at risk says how to get help for them now (999, the local safeguarding line for a
child or an adult); high shows the full crisis panel; medium a calm support box with the
same numbers and the service's hours; none nothing. When the level is not known the full
crisis panel is shown (the safe default).

No JavaScript, no Celery, no staff needed. The numbers come from settings.CRISIS_CONTACTS
(one versioned setting with a review date), read at call time. The words about the service
are honest about the hours: out of hours they say when staff will see the post ("when the
service opens again at 9am on Monday"), and never that someone will be in touch shortly.

Groups views use it like this:

    screening = post_screen(post=post)          # inside groups.services.post_create
    if screening.needs_review:
        context["crisis_panel"] = crisis_panel_context(service=group.service, now=now)
    {% include "safeguarding/includes/crisis_panel.html" %}

Pass `level` and `kind` (or `post`, whose latest screening gives both) to get the
proportionate panel. The include also finds the screening of a `posted` post in its
template context (the groups board and thread pages put the saved post there), through
`{% member_response_panel %}` in templatetags/safeguarding_panel.py.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.utils.translation import gettext as _

from pmp_followon.accounts.models import Service
from pmp_followon.ui.dates import uk_date, uk_time

from . import hours
from .responses import MemberResponse, kind_of, member_response

_WEEKDAY_NAMES = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)


def _weekday(day: datetime.date) -> str:
    return _(_WEEKDAY_NAMES[day.weekday()])


def opening_words(service: Service, opening: datetime.datetime, now: datetime.datetime) -> str:
    """'9am today', '9am tomorrow', '9am on Monday', '9am on Tuesday 2 January'."""
    zone = service.zone
    day = opening.astimezone(zone).date()
    today = now.astimezone(zone).date()
    at = uk_time(opening, tz=zone)
    if day == today:
        return _("%(time)s today") % {"time": at}
    if day == today + datetime.timedelta(days=1):
        return _("%(time)s tomorrow") % {"time": at}
    if day - today < datetime.timedelta(days=7):
        return _("%(time)s on %(weekday)s") % {"time": at, "weekday": _weekday(day)}
    return _("%(time)s on %(date)s") % {"time": at, "date": uk_date(day, now=now, tz=zone)}


def opening_hours_words(service: Service) -> str:
    """'9am to 5pm, Monday to Friday', or the days listed when they are not a run."""
    days = sorted(service.weekdays)
    if days and days == list(range(days[0], days[-1] + 1)) and len(days) > 2:
        when = _("%(first)s to %(last)s") % {
            "first": _(_WEEKDAY_NAMES[days[0]]),
            "last": _(_WEEKDAY_NAMES[days[-1]]),
        }
    else:
        when = ", ".join(_(_WEEKDAY_NAMES[d]) for d in days)
    return _("%(open)s to %(close)s, %(days)s, except bank holidays") % {
        "open": uk_time(service.hours_open),
        "close": uk_time(service.hours_close),
        "days": when,
    }


def _safeguarding_lines(service: Service | None) -> dict:
    from .models import EscalationPolicy

    policy = EscalationPolicy.objects.filter(service=service).first() if service else None
    return {
        "children_line": policy.children_safeguarding_phone if policy else "",
        "adults_line": policy.adults_safeguarding_phone if policy else "",
    }


def screening_of_post(post) -> tuple[str | None, str]:
    """(level, kind) of a post's latest screening; (None, "") when it was never screened
    (the screener failed): the caller then shows the full crisis panel."""
    from .models import PostScreening

    if post is None or getattr(post, "pk", None) is None:
        return None, ""
    screening = (
        PostScreening.objects.filter(post_id=post.pk)
        .order_by("-screened_at", "-pk")
        .values_list("level", "kind")
        .first()
    )
    if screening is None:
        return None, ""
    return screening[0], kind_of(screening[1])


def with_response(panel: dict, *, level: str | None, kind: str = "") -> dict:
    """The panel context with the member's response for this level and kind."""
    panel = dict(panel)
    panel["response"] = member_response(level, kind)
    panel["kind"] = kind_of(kind)
    return panel


def crisis_panel_context(
    *,
    service: Service | None,
    now: datetime.datetime,
    level: str | None = None,
    kind: str = "",
    post=None,
) -> dict:
    """What `templates/safeguarding/includes/crisis_panel.html` needs; put it in the template
    context as `crisis_panel`. With no level, kind or post, the full crisis panel."""
    contacts = settings.CRISIS_CONTACTS
    response_known = level is not None or bool(kind_of(kind)) or post is not None
    if post is not None and level is None:
        level, kind = screening_of_post(post)
    panel: dict = {
        "response": member_response(level, kind),
        "kind": kind_of(kind),
        # False: the caller did not say; the include may look up the saved post's screening.
        "response_known": response_known,
        "responses": MemberResponse,
        **_safeguarding_lines(service),
        "contacts": contacts,
        "version": contacts["version"],
        "service_name": service.name if service else "",
        "service_phone": service.phone if service else "",
        "service_open": False,
        "closes_at": "",
        "reopens": "",
        "opening_hours": "",
    }
    if service is None:
        return panel
    panel["opening_hours"] = opening_hours_words(service)
    if hours.is_open(service, now):
        panel["service_open"] = True
        panel["closes_at"] = uk_time(hours.closing_after(service, now), tz=service.zone)
    else:
        panel["reopens"] = opening_words(service, hours.next_opening(service, now), now)
    return panel
