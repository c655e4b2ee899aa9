"""Report pages, CSV downloads, the evaluation export and the evaluation profile form.

Each view: the access helper (404 for people outside the service's staff, 403 for staff in
another role), the filter form, the page's tables from reports.pages, render. The only
writes are the profile (one service call, message, redirect) and the export's audit row.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from pmp_followon.accounts.models import Role, User
from pmp_followon.ui.forms import apply_service_errors

from . import services
from .access import (
    can_read_safeguarding_figures,
    profile_recorder_service_for,
    reports_service_for,
)
from .forms import ProfileForm, ReportFilterForm
from .models import ParticipantProfile
from .pages import PAGES, TABLE_PAGES, table_csv
from .suppression import RULE_TEXT

TITLES = {
    "groups": gettext_lazy("Follow-on groups"),
    "funnel": gettext_lazy("From programme to group"),
    "group_life": gettext_lazy("Group life"),
    "people": gettext_lazy("Who takes part"),
    "safeguarding": gettext_lazy("Safeguarding figures"),
}


def _now():
    """The moment the figures are worked out at (tests move it)."""
    return timezone.now()


def _filters(request: HttpRequest, service, now) -> ReportFilterForm:
    return ReportFilterForm(request.GET or None, service=service, now=now)


def _report(request: HttpRequest, name: str) -> HttpResponse:
    safeguarding = name == "safeguarding"
    service = reports_service_for(request.user, safeguarding=safeguarding)
    now = _now()
    form = _filters(request, service, now)
    flt = form.report_filter()
    page = PAGES[name](service, flt, now)
    query = request.GET.urlencode()
    return render(
        request,
        f"reports/{name}.html",
        {
            "page": page,
            "form": form,
            "filter": flt,
            "query": query,
            "current": name,
            "title": TITLES[name],
            "rule": RULE_TEXT,
            "service": service,
            "show_safeguarding": can_read_safeguarding_figures(request.user),
            "tabs": [
                (key, TITLES[key])
                for key in PAGES
                if key != "safeguarding" or can_read_safeguarding_figures(request.user)
            ],
        },
    )


@login_required
@require_GET
@never_cache
def groups_report(request: HttpRequest) -> HttpResponse:
    return _report(request, "groups")


@login_required
@require_GET
@never_cache
def funnel_report(request: HttpRequest) -> HttpResponse:
    return _report(request, "funnel")


@login_required
@require_GET
@never_cache
def group_life_report(request: HttpRequest) -> HttpResponse:
    return _report(request, "group_life")


@login_required
@require_GET
@never_cache
def people_report(request: HttpRequest) -> HttpResponse:
    return _report(request, "people")


@login_required
@require_GET
@never_cache
def safeguarding_report(request: HttpRequest) -> HttpResponse:
    return _report(request, "safeguarding")


@login_required
@require_GET
@never_cache
def table_download(request: HttpRequest, table: str) -> HttpResponse:
    page_name = TABLE_PAGES.get(table)
    if page_name is None:
        raise Http404
    service = reports_service_for(request.user, safeguarding=page_name == "safeguarding")
    now = _now()
    flt = _filters(request, service, now).report_filter()
    found = PAGES[page_name](service, flt, now).tables[table]
    response = HttpResponse(table_csv(found), content_type="text/csv; charset=utf-8")
    stamp = timezone.localdate(now, service.zone).isoformat()
    response["Content-Disposition"] = f'attachment; filename="{table}-{stamp}.csv"'
    return response


@login_required
@require_http_methods(["GET", "POST"])
@never_cache
def evaluation_export(request: HttpRequest) -> HttpResponse:
    service = reports_service_for(request.user)
    now = _now()
    form = ReportFilterForm(request.POST or request.GET or None, service=service, now=now)
    if request.method == "POST":
        export = services.evaluation_export_create(
            actor=request.user, flt=form.report_filter(), now=now
        )
        response = HttpResponse(export.content, content_type="application/zip")
        response["Content-Disposition"] = f'attachment; filename="{export.filename}"'
        return response
    return render(
        request,
        "reports/export.html",
        {
            "form": form,
            "service": service,
            "current": "export",
            "title": _("Evaluation export"),
            "tabs": [
                (key, TITLES[key])
                for key in PAGES
                if key != "safeguarding" or can_read_safeguarding_figures(request.user)
            ],
        },
    )


# --- evaluation profiles ---------------------------------------------------------------------
def _participants(service):
    return User.objects.filter(service=service, role=Role.PARTICIPANT, is_active=True)


@login_required
@require_GET
@never_cache
def profile_list(request: HttpRequest) -> HttpResponse:
    service = profile_recorder_service_for(request.user)
    search = request.GET.get("q", "").strip()
    people = (
        _participants(service).select_related("evaluation_profile").order_by("display_name", "pk")
    )
    if search:
        people = people.filter(Q(display_name__icontains=search) | Q(email__icontains=search))
    page = Paginator(people, 50).get_page(request.GET.get("page"))
    return render(
        request,
        "reports/profile_list.html",
        {"page_obj": page, "search": search, "title": _("Evaluation profiles")},
    )


@login_required
@require_http_methods(["GET", "POST"])
@never_cache
def profile_edit(request: HttpRequest, pk: int) -> HttpResponse:
    service = profile_recorder_service_for(request.user)
    participant = get_object_or_404(_participants(service), pk=pk)
    profile = ParticipantProfile.objects.filter(participant=participant).first()
    initial = {}
    if profile is not None:
        initial = {
            "agreed": profile.agreed,
            "gender": profile.gender,
            "year_of_birth": profile.year_of_birth,
            "ethnic_category": profile.ethnic_category,
            "condition_category": profile.condition_category,
        }
    form = ProfileForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.participant_profile_save(
                actor=request.user, participant=participant, **form.cleaned_data
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("Evaluation profile saved."))
            return redirect("reports:profiles")
    return render(
        request,
        "reports/profile_form.html",
        {"form": form, "participant": participant, "profile": profile},
    )
