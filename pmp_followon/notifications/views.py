"""Pages: the delivery problems page for service admins and clinical leads, each person's
message preferences, and the unsubscribe link from reminder emails (no sign-in needed)."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from . import preferences, selectors, services
from .forms import NotificationPreferenceForm


@login_required
@require_GET
def problem_list(request: HttpRequest) -> HttpResponse:
    now = timezone.now()
    rows = selectors.notification_problems_for_user(user=request.user, now=now)
    page = Paginator(rows, selectors.PROBLEMS_PAGE_SIZE).get_page(request.GET.get("page"))
    problems = [(row, selectors.describe_problem(row, now)) for row in page.object_list]
    heartbeat_age = selectors.heartbeat_age(now=now)
    return render(
        request,
        "notifications/notification_problems.html",
        {
            "problems": problems,
            "page": page,
            "heartbeat_age": heartbeat_age,
            "heartbeat_stale": heartbeat_age is None
            or heartbeat_age > settings.HEARTBEAT_STALE_AFTER.total_seconds(),
        },
    )


@login_required
@require_POST
def problem_retry(request: HttpRequest, pk: int) -> HttpResponse:
    row = selectors.get_notification_for_user(request.user, pk)
    try:
        services.notification_retry(notification=row, actor=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(
            request,
            _("We will try to send the message to %(name)s again now.")
            % {"name": row.recipient.display_name},
        )
    return redirect("notifications:problems")


@login_required
@require_POST
def test_message_send(request: HttpRequest) -> HttpResponse:
    selectors.notification_problems_for_user(user=request.user)  # the same access check
    rows = services.notification_test_send(actor=request.user)
    messages.success(
        request,
        _("We are sending you a test message by %(channels)s.")
        % {"channels": _(" and ").join(row.get_channel_display().lower() for row in rows)},
    )
    return redirect("notifications:problems")


@login_required
@require_http_methods(["GET", "POST"])
def preference_update(request: HttpRequest) -> HttpResponse:
    current = preferences.effective_preference(request.user)
    initial = {
        "email_enabled": "email" in current.channels,
        "sms_enabled": "sms" in current.channels,
        "reminders_enabled": current.reminders_enabled,
        "quiet_hours_start": current.quiet_hours_start,
        "quiet_hours_end": current.quiet_hours_end,
    }
    form = NotificationPreferenceForm(request.POST or None, initial=initial, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            services.notification_preference_update(user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("Your message choices are saved."))
            return redirect("notifications:preferences")
    return render(request, "notifications/preference_form.html", {"form": form})


@never_cache
@csrf_exempt  # the signed token is the authority; mail apps POST here without a CSRF token
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """GET asks (link scanners in mail systems follow links, so a GET changes nothing);
    POST turns reminders off, from our button or a mail app's one-click unsubscribe.
    The pages name no one: whoever holds the link learns nothing about the person.
    An expired link gets 410 and a tampered one 400, each with a kind page (so a mail
    app's one-click POST is refused, not counted as done)."""
    link = preferences.read_unsubscribe_token(token)
    user = None
    if link.status == "ok":
        user = get_user_model().objects.filter(pk=link.user_id, is_active=True).first()
    if user is None:
        expired = link.status == "expired"
        return render(
            request,
            "notifications/unsubscribe_expired.html",
            {"expired": expired},
            status=410 if expired else 400,
        )
    if request.method == "POST":
        services.notification_unsubscribe(user=user)
        return render(request, "notifications/unsubscribe_done.html")
    return render(request, "notifications/unsubscribe_confirm.html")
