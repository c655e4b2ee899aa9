"""Pages that belong to no single app: home, help now, health."""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django.views.generic import TemplateView

from pmp_followon.accounts.permissions import signed_in
from pmp_followon.clock import now_or_current
from pmp_followon.notifications.selectors import heartbeat_age
from pmp_followon.readonly import reads_only
from pmp_followon.ui.links import link, path_of

logger = logging.getLogger(__name__)


# The signed-in home page: where each kind of person goes next. (url name, title, summary,
# who sees it).
_HOME_LINKS = [
    (
        "groups:my_groups",
        _("Your groups"),
        _("Meetings, messages and people in your group."),
        {"participant"},
    ),
    (
        "groups:directory",
        _("Find a group"),
        _("Groups near you that welcome new members."),
        {"participant"},
    ),
    (
        "programmes:list",
        _("Programmes"),
        _("Your pain management programmes, sessions and handover."),
        {"clinician", "ptv"},
    ),
    (
        "programmes:closures",
        _("Closure calendar"),
        _("Handover steps coming up, week by week."),
        {"clinician", "ptv"},
    ),
    (
        "groups:staff_overview",
        _("Follow-on groups"),
        _("Which groups formed, and which are fading."),
        {"clinician"},
    ),
    (
        "safeguarding:alert_list",
        _("Safeguarding alerts"),
        _("Posts and concerns that need a person to look."),
        {"safeguarding_reviewer"},
    ),
    (
        "accounts:people",
        _("People"),
        _("Staff and participant accounts in your service."),
        {"service_admin", "lead"},
    ),
    (
        "safeguarding:escalation_policy",
        _("Escalation settings"),
        _("How quickly alerts move on to the next person."),
        {"lead"},
    ),
    (
        "safeguarding:rota",
        _("Duty rota"),
        _("Who is on duty, and gaps to fill."),
        {"service_admin"},
    ),
    (
        "notifications:problems",
        _("Message problems"),
        _("Emails and texts that failed or are stuck."),
        {"service_admin"},
    ),
    (
        "notifications:preferences",
        _("How we contact you"),
        _("Email or text, and quiet hours."),
        {"participant", "clinician", "ptv", "safeguarding_reviewer", "service_admin"},
    ),
    (
        "safeguarding:callback",
        _("Ask the service to call you"),
        _("Not urgent. For urgent help, use Need help now."),
        {"participant"},
    ),
]


def home_links_for(user) -> list[dict]:
    if not signed_in(user):
        return []
    roles = set(user.roles)
    if user.is_clinical_lead:
        roles.add("lead")
    found = []
    for name, title, summary, audience in _HOME_LINKS:
        if not roles & audience:
            continue
        item = {"url": path_of(name), "title": title, "summary": summary, "status": ""}
        if name == "safeguarding:alert_list":
            item["status"] = _open_alerts_status(user)
        found.append(item)
    return found


def _open_alerts_status(user) -> str:
    """For the duty staff's home: how many alerts are open, and how many nobody has
    acknowledged yet."""
    from safeguarding.models import AlertState
    from safeguarding.selectors import alert_queue_for_user

    active = alert_queue_for_user(user=user)
    total = active.count()
    if not total:
        return gettext("No open alerts.")
    waiting = active.filter(state=AlertState.OPEN).count()
    text = ngettext("%(n)s open alert", "%(n)s open alerts", total) % {"n": total}
    if waiting:
        text += ", " + ngettext("%(n)s not acknowledged", "%(n)s not acknowledged", waiting) % {
            "n": waiting
        }
    return text + "."


def participant_now(user, *, now) -> dict:
    """What a participant needs now, for the top of their home page: the programmes they are
    on (each with the question waiting for their answer and their contact sharing), their
    groups and the next meeting. Built from the apps' own selectors."""
    from groups import selectors as group_selectors
    from groups.models import RSVPAnswer
    from programmes import selectors as programme_selectors

    if not signed_in(user) or "participant" not in user.roles:
        return {}
    # The groups statement also asks whether any programme waits (the programmes' own rule,
    # ``programmes_waiting_sql``): the usual participant has none, and then no statement of
    # its own is run for them (issue 17, run 9).
    mine = group_selectors.home_groups(
        user=user, now=now, also=programme_selectors.programmes_waiting_sql("ms.person_id")
    )
    programmes = []
    # Which programmes wait on the home page (not withdrawn or cancelled; a finished one
    # until its question is answered) is the selector's rule, chosen in SQL.
    waiting = (
        programme_selectors.participant_programmes_waiting(user) if mine.also is not False else []
    )
    for enrolment in waiting:
        programme = enrolment.programme
        choice = programme_selectors.choice_of(enrolment)
        contacts = programme_selectors.enrolment_contacts(enrolment)
        programmes.append(
            {
                "programme": programme,
                "next_session": programme.sessions.filter(starts_at__gt=now)
                .order_by("starts_at")
                .first(),
                "choice": choice,
                "shared": len(contacts["consents"]),
                "url": link("programmes:my_choices", programme.pk),
                "contacts_url": link("programmes:my_contacts", programme.pk),
            }
        )
    groups = []
    for row in mine.rows:
        meeting = row.next_meeting
        groups.append(
            {
                "group": row.group,
                "url": link("groups:detail", row.group.pk),
                "meeting": meeting,
                "meeting_url": link("groups:meeting_detail", row.group.pk, meeting.pk)
                if meeting
                else "",
                "answer": RSVPAnswer(row.my_answer).label if row.my_answer else "",
            }
        )
    with_meeting = [g for g in groups if g["meeting"] is not None]
    return {
        "programmes": programmes,
        "groups": groups,
        "next": min(with_meeting, key=lambda g: g["meeting"].starts_at, default=None),
        "upcoming_gatherings": mine.upcoming_gatherings,
        "gatherings_url": path_of("groups:gatherings"),
    }


@require_GET
@reads_only  # no request transaction: it only reads (issue 17, run 11)
def home(request: HttpRequest) -> HttpResponse:
    user = request.user
    return render(
        request,
        "pages/home.html",
        {
            "home_links": home_links_for(user),
            "now_for_me": participant_now(user, now=now_or_current(None)),
            "is_participant": signed_in(user) and "participant" in user.roles,
        },
    )


@require_GET
def help_now(request: HttpRequest) -> HttpResponse:
    """The crisis page, reachable from every page and without signing in."""
    return render(request, "pages/help_now.html", {"crisis": settings.CRISIS_CONTACTS})


# Fixed pages (GET only; any other method is 405): the accessibility statement, and what the
# service keeps about people, who can see it and how posts are checked.
accessibility = TemplateView.as_view(template_name="pages/accessibility.html")
privacy = TemplateView.as_view(template_name="pages/privacy.html")


def _check_database() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return "ok"


def _check_cache_read() -> str:
    # A read reaches the cache server (or table) without changing anything.
    cache.get("healthz:probe")
    return "ok"


def _check_cache_round_trip() -> str:
    key = "healthz:probe"
    value = timezone.now().isoformat()
    cache.set(key, value, 30)
    if cache.get(key) != value:
        raise RuntimeError("cache did not return what was written")
    return "ok"


def _check_broker() -> str:
    from pmp_followon.celery import app

    # Read the broker address at call time (settings rule 8), not from import-time config.
    # One attempt, no retry: kombu sleeps 2 s before a retry, which held a web worker for
    # every probe while the broker was down; the prober's own retries (compose: 3, every
    # 30 s) decide when the service is unhealthy.
    with app.connection_for_write(url=settings.CELERY_BROKER_URL) as conn:
        conn.ensure_connection(max_retries=0, timeout=2)
    return "ok"


def _may_see_detail(request: HttpRequest) -> bool:
    """Component detail is for staff signed in, or a monitor holding HEALTHZ_TOKEN."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and user.is_staff_member:
        return True
    token = settings.HEALTHZ_TOKEN
    if not token:
        return False
    given = request.headers.get("X-Healthz-Token", "")
    auth = request.headers.get("Authorization", "")
    if auth.startswith("Bearer "):
        given = auth.removeprefix("Bearer ").strip()
    return bool(given) and constant_time_compare(given, token)


@transaction.non_atomic_requests  # reads only: no transaction to open and commit
@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """Machine-readable health: 200 when everything works, 503 otherwise.

    Anyone (a load balancer, the compose health check) gets the status alone, and nothing
    is written for them. Staff and holders of HEALTHZ_TOKEN also get each component, and
    for them the cache is checked with a write and a read back."""
    detail = _may_see_detail(request)
    checks: dict[str, dict] = {}
    for name, check in (
        ("database", _check_database),
        ("cache", _check_cache_round_trip if detail else _check_cache_read),
        ("broker", _check_broker),
    ):
        try:
            checks[name] = {"status": check()}
        except Exception as exc:  # noqa: BLE001 - any failure is reported, never raised
            logger.warning("healthz: %s failed: %s", name, exc)
            checks[name] = {"status": "error", "error": exc.__class__.__name__}
    try:
        age = heartbeat_age()
    except Exception as exc:  # noqa: BLE001
        age = None
        logger.warning("healthz: heartbeat lookup failed: %s", exc)
    stale_after = settings.HEARTBEAT_STALE_AFTER.total_seconds()
    checks["heartbeat"] = {
        "status": "ok" if age is not None and age <= stale_after else "stale",
        "age_seconds": None if age is None else round(age, 1),
    }
    healthy = all(c["status"] == "ok" for c in checks.values())
    body: dict = {"status": "ok" if healthy else "error"}
    if detail:
        body["checks"] = checks
    return JsonResponse(body, status=200 if healthy else 503)
