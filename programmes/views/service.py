"""Service-wide pages: the closure calendar, the calendar feed, the programme settings and the
resources."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from pmp_followon import clock
from pmp_followon.accounts.permissions import is_service_staff
from pmp_followon.ui.forms import apply_service_errors

from .. import forms, selectors, services
from ..calendar import calendar_feed_ics
from ..models import CalendarFeedKind
from ..selectors import Need

INLINE_EXTENSIONS = frozenset({"pdf", "png", "jpg", "jpeg", "mp4", "webm"})


# How far ahead the closure calendar looks (?weeks=): 12 weeks unless asked for more.
CLOSURE_WEEKS = {"": 12, "12": 12, "26": 26, "52": 52}


def _require_staff(request: HttpRequest) -> None:
    if not is_service_staff(request.user):
        raise PermissionDenied


@login_required
@require_GET
def closures(request: HttpRequest) -> HttpResponse:
    _require_staff(request)
    scope = request.GET.get("scope", "")
    weeks = CLOSURE_WEEKS.get(request.GET.get("weeks", ""), CLOSURE_WEEKS[""])
    now = clock.now_or_current(None)
    calendar = selectors.closure_calendar_for_user(
        request.user,
        now=now,
        scope=scope,
        weeks_ahead=weeks,
        page_number=request.GET.get("page"),
    )
    further = [n for n in sorted(set(CLOSURE_WEEKS.values())) if n > weeks]
    return render(
        request,
        "programmes/closures.html",
        {
            "calendar": calendar,
            "page": calendar.page,
            "is_lead": request.user.is_clinical_lead,
            "now": now,
            "weeks": weeks,
            "further": further[:1],
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def calendar_settings(request: HttpRequest) -> HttpResponse:
    _require_staff(request)
    if request.method == "POST":
        services.calendar_feed_reset(
            actor=request.user, kind=CalendarFeedKind.PROGRAMMES, now=clock.now_or_current(None)
        )
        messages.success(
            request,
            _(
                "You have a new calendar address. The old one no longer "
                "works: add the new one to your calendar."
            ),
        )
        return redirect("programmes:calendar")
    feed = services.calendar_feed_for(user=request.user, kind=CalendarFeedKind.PROGRAMMES)
    feed_url = request.build_absolute_uri(reverse("programmes:calendar_feed", args=[feed.token]))
    return render(request, "programmes/calendar_settings.html", {"feed_url": feed_url})


@require_GET
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    """The per-person secret iCalendar address: calendar apps cannot sign in."""
    user = selectors.calendar_feed_user(token)
    if user is None:
        raise Http404
    body = calendar_feed_ics(user, now=clock.now_or_current(None))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="programmes.ics"'
    response["Cache-Control"] = "private, max-age=900"
    return response


@login_required
@require_http_methods(["GET", "POST"])
def settings_edit(request: HttpRequest) -> HttpResponse:
    user = request.user
    if user.service_id is None or not selectors.can_manage_service_settings(user, user.service):
        raise PermissionDenied
    current = (
        services.programme_settings_for(user.service)
        if request.method == "POST"
        else (selectors.settings_for_reading(user.service))
    )
    form = forms.ProgrammeSettingsForm(request.POST or None, instance=current)
    if request.method == "POST" and form.is_valid():
        changes = {name: form.cleaned_data[name] for name in form.Meta.fields}
        try:
            services.programme_settings_update(
                actor=user, service=user.service, now=clock.now_or_current(None), **changes
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(
                request, _("Settings saved. They apply to programmes created from now on.")
            )
            return redirect("programmes:settings")
    return render(request, "programmes/settings.html", {"form": form})


@login_required
@require_GET
def resource_list(request: HttpRequest) -> HttpResponse:
    _require_staff(request)
    return render(
        request,
        "programmes/resource_list.html",
        {
            "resources": selectors.resource_list_for_staff(request.user, include_archived=True),
            "can_manage": selectors.can_manage_resources(request.user),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def resource_create(request: HttpRequest) -> HttpResponse:
    if not selectors.can_manage_resources(request.user):
        raise PermissionDenied
    form = forms.ResourceForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            resource = services.resource_create(
                actor=request.user, now=clock.now_or_current(None), **form.cleaned_data
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("“%(title)s” added.") % {"title": resource.title})
            return redirect("programmes:resources")
    return render(request, "programmes/resource_form.html", {"form": form})


@login_required
@require_POST
def resource_archive(request: HttpRequest, pk: int) -> HttpResponse:
    resource = selectors.get_resource_for_user(request.user, pk)
    if not selectors.can_manage_resources(request.user):
        raise PermissionDenied
    services.resource_archive(actor=request.user, resource=resource, now=clock.now_or_current(None))
    messages.success(
        request, _("“%(title)s” archived: people no longer see it.") % {"title": resource.title}
    )
    return redirect("programmes:resources")


@login_required
@require_GET
def resource_file(request: HttpRequest, pk: int) -> HttpResponse:
    resource = selectors.get_resource_for_user(request.user, pk)
    if resource.url:
        return redirect(resource.url)
    if not resource.file:
        raise Http404
    name = resource.file.name.rsplit("/", 1)[-1]
    # PDFs, pictures and films open in the browser; anything else is downloaded, and the
    # sandbox stops an uploaded page from running as this site.
    inline = name.lower().rsplit(".", 1)[-1] in INLINE_EXTENSIONS
    response = FileResponse(resource.file.open("rb"), as_attachment=not inline, filename=name)
    response["Content-Security-Policy"] = "sandbox"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
@require_GET
def programme_resources(request: HttpRequest, pk: int) -> HttpResponse:
    """The service's information for patients, for participants on the programme (and staff)."""
    if request.user.is_staff_member:
        programme = selectors.get_programme_for_user(request.user, pk, need=Need.VIEW)
    else:
        programme = selectors.get_own_enrolment(request.user, pk).programme
    resources = selectors.resources_for_participants(programme.service)
    return render(
        request,
        "programmes/programme_resources.html",
        {"programme": programme, "resources": resources},
    )
