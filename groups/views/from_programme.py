"""From handover to group: setting up the follow-on group from a programme."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from pmp_followon.ui.forms import apply_service_errors

from .. import selectors, services
from ..forms import CreateFromProgrammeForm
from ..models import Rhythm
from ._common import _data


def _first_meeting_initial(programme, summary) -> dict:
    """The form starts from what the handover agreed (a venue from the list when it names one)."""
    initial = {
        "name": _("%(programme)s group") % {"programme": programme.name},
        "rhythm": Rhythm.MONTHLY,
        "first": "poll" if summary.poll_instead else "meeting",
    }
    if summary.first_meeting_starts_at:
        local = summary.first_meeting_starts_at.astimezone(programme.service.zone)
        initial.update(day=local.date(), at=local.time())
        venue = selectors.venue_by_name(programme.service_id, summary.first_meeting_venue)
        if venue is not None:
            initial["venue"] = venue
        else:
            initial["place_note"] = summary.first_meeting_venue
    return initial


@login_required
@require_http_methods(["GET", "POST"])
def create_from_programme(request: HttpRequest, programme_id: int) -> HttpResponse:
    creation = selectors.get_programme_for_group_creation(request.user, programme_id)
    programme, summary = creation.programme, creation.summary
    if creation.existing is not None:
        messages.info(request, _("A group has already been made from this programme."))
        if selectors.group_access(request.user, creation.existing).is_member:
            return redirect("groups:detail", pk=creation.existing.pk)
        return redirect("groups:staff_overview")
    form = CreateFromProgrammeForm(
        _data(request),
        service_id=programme.service_id,
        initial=_first_meeting_initial(programme, summary),
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        first = None
        if data["first"] == "meeting":
            first = services.FirstMeeting(
                day=data["day"], at=data["at"], venue=data["venue"], place_note=data["place_note"]
            )
        try:
            result = services.group_create_from_programme(
                actor=request.user,
                programme=programme,
                name=data["name"],
                area=data["area"],
                rhythm=data["rhythm"],
                first_meeting=first,
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            if result.warning:
                messages.warning(request, result.warning)
            messages.success(
                request,
                _("%(name)s is set up. Everyone has been told.") % {"name": result.group.name},
            )
            if selectors.group_access(request.user, result.group).is_coordinator:
                if first is None:
                    return redirect("groups:poll_create", pk=result.group.pk)
                return redirect("groups:detail", pk=result.group.pk)
            return redirect("groups:staff_overview")
    people = selectors.group_creation_people(summary)
    return render(
        request,
        "groups/create_from_programme.html",
        {
            "programme": programme,
            "summary": summary,
            "form": form,
            "members": people.members,
            "coordinators": people.coordinators,
            "ptv": people.ptv,
        },
    )
