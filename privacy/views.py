"""The privacy pages: thin views (access through selectors, one service call each)."""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from pmp_followon.ui.dates import service_zone
from pmp_followon.ui.forms import apply_service_errors

from . import selectors, services
from .forms import DetailsForm, HoldForm, HoldReleaseForm, LeaveForm, LeaveForParticipantForm


@login_required
@require_GET
def overview(request: HttpRequest) -> HttpResponse:
    selectors.require_signed_in(request.user)
    now = timezone.now()
    exports = [
        {"export": e, "token": services.data_export_token(e) if e.is_available(now) else None}
        for e in selectors.exports_for_user(user=request.user)[:5]
    ]
    return render(
        request,
        "privacy/overview.html",
        {
            "exports": exports,
            "can_leave": not request.user.is_staff_member,
            "can_act_for_others": selectors.can_act_for_participants(request.user),
            "can_view_holds": selectors.can_view_holds(request.user),
        },
    )


@login_required
@never_cache
@require_GET
def data_view(request: HttpRequest) -> HttpResponse:
    selectors.require_signed_in(request.user)
    bundle = services.data_viewed(actor=request.user)
    return render(
        request, "privacy/data_view.html", {"sections": selectors.readable_sections(bundle)}
    )


@login_required
@require_POST
def download_request(request: HttpRequest) -> HttpResponse:
    selectors.require_signed_in(request.user)
    export = services.data_export_request(actor=request.user)
    if export.status == "ready":
        messages.success(request, _("Your download is ready. The link works for a day."))
    else:
        messages.info(
            request, _("We are preparing your download. Come back to this page in a few minutes.")
        )
    return redirect("privacy:overview")


@login_required
@never_cache
@require_GET
def download(request: HttpRequest, token: str) -> HttpResponse:
    selectors.require_signed_in(request.user)
    export = services.data_export_open(actor=request.user, token=token)
    response = HttpResponse(export.payload, content_type="application/json; charset=utf-8")
    stamp = export.ready_at.strftime("%Y-%m-%d") if export.ready_at else "data"
    response["Content-Disposition"] = f'attachment; filename="my-information-{stamp}.json"'
    return response


@login_required
@require_http_methods(["GET", "POST"])
def details(request: HttpRequest) -> HttpResponse:
    selectors.require_signed_in(request.user)
    user = request.user
    form = DetailsForm(
        request.POST or None, initial={"display_name": user.display_name, "mobile": user.mobile}
    )
    if request.method == "POST" and form.is_valid():
        try:
            changed = services.details_correct(
                actor=user,
                display_name=form.cleaned_data["display_name"],
                mobile=str(form.cleaned_data["mobile"] or ""),
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(
                request, _("Your details are saved.") if changed else _("Nothing has changed.")
            )
            return redirect("privacy:details")
    return render(
        request,
        "privacy/details.html",
        {
            "form": form,
            "recorded": selectors.staff_recorded(user),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def leave(request: HttpRequest) -> HttpResponse:
    selectors.require_can_leave(request.user)
    form = LeaveForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.leave_request(
                actor=request.user,
                person=request.user,
                remove_posts=form.cleaned_data["remove_posts"],
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            logout(request)
            return redirect("privacy:left")
    return render(request, "privacy/leave.html", {"form": form})


@require_GET
def left(request: HttpRequest) -> HttpResponse:
    return render(request, "privacy/left.html")


@login_required
@require_GET
def participant_list(request: HttpRequest) -> HttpResponse:
    people = selectors.participants_for_user(user=request.user)
    query = request.GET.get("q", "").strip()
    if query:
        people = people.filter(display_name__icontains=query) | people.filter(
            email__icontains=query
        )
    return render(
        request,
        "privacy/participant_list.html",
        {"people": people[:50] if query else [], "query": query},
    )


@login_required
@require_http_methods(["GET", "POST"])
def participant_leave(request: HttpRequest, pk: int) -> HttpResponse:
    person = selectors.get_participant_for_user(request.user, pk, write=True)
    form = LeaveForParticipantForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        asked_on = form.cleaned_data["asked_on"]
        asked_at = datetime.datetime.combine(asked_on, datetime.time(12, 0), tzinfo=service_zone())
        try:
            services.leave_request(
                actor=request.user,
                person=person,
                remove_posts=form.cleaned_data["remove_posts"],
                asked_at=asked_at,
                asked_how=form.cleaned_data["asked_how"],
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(
                request, _("%(name)s has left the service.") % {"name": person.display_name}
            )
            return redirect("privacy:participants")
    return render(request, "privacy/participant_leave.html", {"form": form, "person": person})


@login_required
@require_http_methods(["GET", "POST"])
def holds(request: HttpRequest) -> HttpResponse:
    rows = selectors.holds_for_user(user=request.user, write=request.method == "POST")
    can_manage = selectors.can_manage_holds(request.user)
    form = None
    if can_manage:
        form = HoldForm(
            request.POST or None, people=selectors.hold_candidates_for_user(request.user)
        )
        if request.method == "POST" and form.is_valid():
            try:
                services.legal_hold_set(
                    actor=request.user,
                    person=form.cleaned_data["person"],
                    reason=form.cleaned_data["reason"],
                )
            except ValidationError as exc:
                apply_service_errors(form, exc)
            else:
                messages.success(
                    request,
                    _(
                        "The hold is set. Nothing about this person will "
                        "be removed until it is released."
                    ),
                )
                return redirect("privacy:holds")
    return render(
        request, "privacy/holds.html", {"holds": rows, "form": form, "can_manage": can_manage}
    )


@login_required
@require_http_methods(["GET", "POST"])
def hold_release(request: HttpRequest, pk: int) -> HttpResponse:
    hold = selectors.get_hold_for_user(request.user, pk, write=True)
    form = HoldReleaseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.legal_hold_release(
                actor=request.user, hold=hold, reason=form.cleaned_data["reason"]
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("The hold is released."))
            return redirect("privacy:holds")
    return render(request, "privacy/hold_release.html", {"form": form, "hold": hold})
