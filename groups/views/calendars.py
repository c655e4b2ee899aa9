"""A person's calendar address, and the feed itself (no sign-in: the address is secret)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from pmp_followon.clock import now_or_current
from programmes import services as programme_services
from programmes.models import CalendarFeedKind

from .. import calendar as ical
from .. import selectors


@login_required
@require_http_methods(["GET", "POST"])
def calendar_settings(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        programme_services.calendar_feed_reset(actor=request.user, kind=CalendarFeedKind.GROUPS)
        messages.success(
            request,
            _(
                "Your calendar address has changed. Add the new one to "
                "your calendar app; the old one no longer works."
            ),
        )
        return redirect("groups:calendar")
    feed = programme_services.calendar_feed_for(user=request.user, kind=CalendarFeedKind.GROUPS)
    url = request.build_absolute_uri(reverse("groups:calendar_feed", args=[feed.token]))
    return render(request, "groups/calendar.html", {"feed_url": url})


@never_cache
@require_GET
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    user = selectors.calendar_feed_user(token)
    if user is None:
        raise Http404
    now = now_or_current(None)
    meetings, gatherings = selectors.calendar_feed_items(user, now=now)
    return HttpResponse(
        ical.feed_ics(meetings, gatherings, now=now), content_type="text/calendar; charset=utf-8"
    )
