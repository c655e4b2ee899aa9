"""Programme pages: the list, creating, changing and cancelling a programme, and its
facilitators."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from pmp_followon import clock
from pmp_followon.ui.forms import apply_service_errors

from .. import forms, selectors, services
from ..models import ProgrammeStatus
from ..selectors import Need
from ._common import programme_redirect


@login_required
@require_GET
def programme_list(request: HttpRequest) -> HttpResponse:
    user = request.user
    if not user.is_staff_member:
        enrolments = selectors.participant_programmes(user)
        return render(
            request, "programmes/programme_list_participant.html", {"enrolments": enrolments}
        )
    status = request.GET.get("status", "")
    if status not in ProgrammeStatus.values:
        status = ""
    mine_only = request.GET.get("mine") == "1"
    q = request.GET.get("q", "").strip()[:100]
    programmes = selectors.programme_list_for_user(user, status=status, mine_only=mine_only, q=q)
    page = Paginator(programmes, selectors.PROGRAMMES_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "programmes/programme_list.html",
        {
            "page": page,
            "programmes": selectors.programme_list_mark_mine(user, page.object_list),
            "q": q,
            "status": status,
            "mine_only": mine_only,
            "statuses": ProgrammeStatus.choices,
            "can_create": selectors.can_create_programme(user),
            "can_manage_settings": user.service_id
            and selectors.can_manage_service_settings(user, user.service),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def programme_create(request: HttpRequest) -> HttpResponse:
    if not selectors.can_create_programme(request.user):
        raise PermissionDenied
    form = forms.ProgrammeCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            programme = services.programme_create(
                actor=request.user, now=clock.now_or_current(None), **form.cleaned_data
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(
                request,
                _(
                    "Programme created: %(n)s sessions, the handover steps on sessions "
                    "%(a)s, %(b)s and %(c)s."
                )
                % {
                    "n": programme.session_count,
                    **dict(
                        zip(
                            "abc",
                            sorted(
                                programme.handover_steps.values_list("session__number", flat=True)
                            ),
                            strict=True,
                        )
                    ),
                },
            )
            return programme_redirect(programme)
    return render(request, "programmes/programme_form.html", {"form": form, "creating": True})


@login_required
@require_GET
def programme_detail(request: HttpRequest, pk: int) -> HttpResponse:
    programme = selectors.get_programme_for_user(request.user, pk)
    now = clock.now_or_current(None)
    page = selectors.programme_page(programme, now=now)
    return render(
        request,
        "programmes/programme_detail.html",
        {"programme": programme, "page": page, "access": programme.access, "now": now},
    )


@login_required
@require_http_methods(["GET", "POST"])
def programme_edit(request: HttpRequest, pk: int) -> HttpResponse:
    programme = selectors.get_programme_for_user(request.user, pk, write=True)
    initial = {
        "name": programme.name,
        "venue": programme.venue,
        "start_time": programme.start_time,
        "session_minutes": programme.session_minutes,
        "session_count": programme.session_count,
    }
    form = forms.ProgrammeEditForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.programme_update(
                actor=request.user,
                programme=programme,
                now=clock.now_or_current(None),
                **form.cleaned_data,
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("Programme details saved."))
            return programme_redirect(programme)
    return render(
        request,
        "programmes/programme_form.html",
        {"form": form, "programme": programme, "creating": False},
    )


@login_required
@require_http_methods(["GET", "POST"])
def programme_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    programme = selectors.get_programme_for_user(request.user, pk, write=True)
    form = forms.ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.programme_cancel(
                actor=request.user,
                programme=programme,
                reason=form.cleaned_data["reason"],
                now=clock.now_or_current(None),
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("Programme cancelled. Facilitator reminders stopped."))
            return programme_redirect(programme)
    return render(
        request, "programmes/programme_cancel.html", {"form": form, "programme": programme}
    )


@login_required
@require_http_methods(["GET", "POST"])
def facilitators(request: HttpRequest, pk: int) -> HttpResponse:
    programme = selectors.get_programme_for_user(
        request.user, pk, need=Need.EDIT if request.method == "POST" else Need.VIEW
    )
    form = forms.FacilitatorForm(
        request.POST or None, people=selectors.staff_choices_for_facilitators(programme)
    )
    if request.method == "POST" and form.is_valid():
        try:
            facilitator = services.facilitator_add(
                actor=request.user,
                programme=programme,
                now=clock.now_or_current(None),
                **form.cleaned_data,
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(
                request,
                _("%(name)s added as a facilitator.") % {"name": facilitator.user.display_name},
            )
            return redirect("programmes:facilitators", programme.pk)
    return render(
        request,
        "programmes/facilitators.html",
        {
            "programme": programme,
            "form": form,
            "facilitators": list(programme.facilitators.select_related("user")),
        },
    )


@login_required
@require_POST
def facilitator_remove(request: HttpRequest, pk: int, facilitator_pk: int) -> HttpResponse:
    facilitator = selectors.get_facilitator_for_user(request.user, pk, facilitator_pk)
    try:
        services.facilitator_remove(
            actor=request.user, facilitator=facilitator, now=clock.now_or_current(None)
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(
            request,
            _("%(name)s is no longer a facilitator.") % {"name": facilitator.user.display_name},
        )
    return redirect("programmes:facilitators", pk)
