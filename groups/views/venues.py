"""The service's venue library."""

from __future__ import annotations

import copy

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from pmp_followon.ui.forms import apply_service_errors

from .. import selectors, services
from ..forms import VenueForm
from ._common import _data


@login_required
@require_GET
def venue_list(request: HttpRequest) -> HttpResponse:
    venues = selectors.venue_list_for_user(request.user)
    return render(
        request,
        "groups/venue_list.html",
        {"venues": venues, "can_manage": selectors.can_manage_venues(request.user)},
    )


@login_required
@require_http_methods(["GET", "POST"])
def venue_create(request: HttpRequest) -> HttpResponse:
    selectors.check_can_manage(request.user, selectors.can_manage_venues)
    form = VenueForm(_data(request))
    if request.method == "POST" and form.is_valid():
        try:
            venue = services.venue_create(actor=request.user, **form.cleaned_data)
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("%(name)s is in the venue list.") % {"name": venue.name})
            return redirect(request.GET.get("next") if _safe_next(request) else "groups:venues")
    return render(request, "groups/venue_form.html", {"form": form})


def _safe_next(request: HttpRequest) -> bool:
    """Only back to one of our own groups pages."""
    target = request.GET.get("next", "")
    return target.startswith("/groups/") and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )


@login_required
@require_http_methods(["GET", "POST"])
def venue_edit(request: HttpRequest, venue_pk: int) -> HttpResponse:
    venue = selectors.get_venue_for_user(request.user, venue_pk, write=True)
    # The form changes its instance as it validates: the page keeps the saved name.
    form = VenueForm(_data(request), instance=copy.copy(venue))
    if request.method == "POST" and form.is_valid():
        try:
            services.venue_update(actor=request.user, venue=venue, **form.cleaned_data)
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("Venue details saved."))
            return redirect("groups:venues")
    return render(request, "groups/venue_form.html", {"form": form, "venue": venue})
