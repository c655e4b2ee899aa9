"""Participants: enrolling, their record, their choices (answered by them or by a clinician
for them), leaving and coming back, and the outcomes page. Contact sharing: ``contacts``."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from pmp_followon import clock
from pmp_followon.accounts.models import Role
from pmp_followon.ui.forms import apply_service_errors

from .. import forms, selectors, services
from ..models import EnrolmentStatus
from ..selectors import Need
from ._common import programme_redirect


@login_required
@require_http_methods(["GET", "POST"])
def enrol(request: HttpRequest, pk: int) -> HttpResponse:
    programme = selectors.get_programme_for_user(request.user, pk, write=True)
    form = forms.EnrolForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            enrolment = services.participant_enrol(
                actor=request.user,
                programme=programme,
                email=data["email"],
                display_name=data["display_name"],
                mobile=str(data["mobile"] or ""),
                referral_source=data["referral_source"],
                referral_date=data["referral_date"],
                now=clock.now_or_current(None),
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(
                request,
                _("%(name)s is on the programme. We have emailed them how to sign in.")
                % {"name": enrolment.participant.display_name},
            )
            if "add_another" in request.POST:
                return redirect("programmes:enrol", programme.pk)
            return programme_redirect(programme)
    return render(request, "programmes/enrol.html", {"form": form, "programme": programme})


@login_required
@require_GET
def participant_detail(request: HttpRequest, pk: int, enrolment_pk: int) -> HttpResponse:
    enrolment = selectors.get_enrolment_for_user(request.user, pk, enrolment_pk)
    services.record_read(
        actor=request.user,
        programme=enrolment.programme,
        enrolment=enrolment,
        verb=services.CONTACTS_VIEWED,
    )
    return render(
        request,
        "programmes/participant_detail.html",
        {
            "programme": enrolment.programme,
            "enrolment": enrolment,
            "choice": selectors.choice_of(enrolment),
            "contacts": selectors.enrolment_contacts(enrolment),
            "attendance": selectors.enrolment_attendance(enrolment),
            "is_clinician": request.user.has_role(Role.CLINICIAN),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def participant_choice(request: HttpRequest, pk: int, enrolment_pk: int) -> HttpResponse:
    enrolment = selectors.get_enrolment_for_user(request.user, pk, enrolment_pk, need=Need.EDIT)
    return _choice_page(request, enrolment, on_behalf=True)


@login_required
@require_http_methods(["GET", "POST"])
def participant_withdraw(request: HttpRequest, pk: int, enrolment_pk: int) -> HttpResponse:
    enrolment = selectors.get_enrolment_for_user(request.user, pk, enrolment_pk, need=Need.EDIT)
    form = forms.ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.enrolment_withdraw(
                actor=request.user,
                enrolment=enrolment,
                reason=form.cleaned_data["reason"],
                now=clock.now_or_current(None),
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(
                request,
                _("%(name)s has left the programme. Their contact details are no longer shared.")
                % {"name": enrolment.participant.display_name},
            )
            return programme_redirect(enrolment.programme)
    return render(
        request,
        "programmes/participant_withdraw.html",
        {"form": form, "programme": enrolment.programme, "enrolment": enrolment},
    )


@login_required
@require_POST
def participant_reinstate(request: HttpRequest, pk: int, enrolment_pk: int) -> HttpResponse:
    enrolment = selectors.get_enrolment_for_user(request.user, pk, enrolment_pk, need=Need.EDIT)
    try:
        services.enrolment_reinstate(
            actor=request.user, enrolment=enrolment, now=clock.now_or_current(None)
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(
            request,
            _("%(name)s is back on the programme.") % {"name": enrolment.participant.display_name},
        )
    return redirect("programmes:participant", pk, enrolment_pk)


def _choice_page(request: HttpRequest, enrolment, *, on_behalf: bool) -> HttpResponse:
    choice = selectors.choice_of(enrolment)
    form = forms.ChoiceForm(
        request.POST or None, initial=forms.ChoiceForm.initial_from(choice), on_behalf=on_behalf
    )
    closed = enrolment.status == EnrolmentStatus.WITHDRAWN
    if request.method == "POST":
        if closed:
            raise PermissionDenied
        if form.is_valid():
            try:
                services.participant_choice_record(
                    actor=request.user,
                    enrolment=enrolment,
                    now=clock.now_or_current(None),
                    **form.service_kwargs(),
                )
            except ValidationError as exc:
                apply_service_errors(form, exc)
            else:
                if on_behalf:
                    messages.success(
                        request,
                        _("Answer saved for %(name)s.")
                        % {"name": enrolment.participant.display_name},
                    )
                    return redirect("programmes:participant", enrolment.programme_id, enrolment.pk)
                messages.success(
                    request, _("Thank you. Your answer is saved. You can change it at any time.")
                )
                return redirect("programmes:my_choices", enrolment.programme_id)
    template = "programmes/participant_choice.html" if on_behalf else "programmes/my_choices.html"
    return render(
        request,
        template,
        {
            "programme": enrolment.programme,
            "enrolment": enrolment,
            "form": form,
            "choice": choice,
            "closed": closed,
            "contacts": selectors.enrolment_contacts(enrolment),
            # A volunteer coordinator may start the group themselves (the groups app checks).
            "create_group_url": reverse(
                "groups:create_from_programme", args=[enrolment.programme_id]
            )
            if not on_behalf
            and choice is not None
            and choice.is_keen
            and choice.volunteers_to_organise
            and not closed
            else "",
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def my_choices(request: HttpRequest, pk: int) -> HttpResponse:
    enrolment = selectors.get_own_enrolment(request.user, pk)
    return _choice_page(request, enrolment, on_behalf=False)


@login_required
@require_GET
def outcomes(request: HttpRequest, pk: int) -> HttpResponse:
    programme = selectors.get_programme_for_user(request.user, pk, need=Need.PEOPLE)
    services.record_read(actor=request.user, programme=programme, verb=services.OUTCOMES_VIEWED)
    return render(
        request,
        "programmes/outcomes.html",
        {
            "programme": programme,
            "outcomes": selectors.programme_outcomes(programme),
            "directory_url": reverse("groups:directory"),
        },
    )


@login_required
@require_POST
def suggest_group(request: HttpRequest, pk: int, enrolment_pk: int) -> HttpResponse:
    enrolment = selectors.get_enrolment_for_user(request.user, pk, enrolment_pk, need=Need.EDIT)
    directory = reverse("groups:directory")
    try:
        services.participant_point_to_other_group(
            actor=request.user,
            enrolment=enrolment,
            directory_path=directory,
            now=clock.now_or_current(None),
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(
            request,
            _("We have sent %(name)s the list of other groups.")
            % {"name": enrolment.participant.display_name},
        )
    return redirect("programmes:outcomes", pk)
