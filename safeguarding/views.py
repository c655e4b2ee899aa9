"""Safeguarding pages. Each view: the access helper, a form, one service call, a message,
a redirect (post/redirect/get). Staff pages work on a phone (NHS.UK frontend, no
JavaScript needed); member pages always show where to get help now."""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from pmp_followon.accounts.models import Role
from pmp_followon.ui.forms import apply_service_errors

from . import selectors, services
from .crisis import crisis_panel_context
from .forms import (
    AlertFilterForm,
    CallbackForm,
    ConcernForm,
    ContactAttemptForm,
    DismissForm,
    EscalationPolicyForm,
    HidePostForm,
    MemberConcernForm,
    NoteForm,
    ResolveForm,
    ReviewDecisionForm,
    RotaEntryForm,
    ServiceHoursForm,
    StaffAlertForm,
)
from .models import AlertState, AuditAction, ReviewState


# --- the staff queue ----------------------------------------------------------------------------
@login_required
@require_GET
def alert_list(request: HttpRequest) -> HttpResponse:
    filters = AlertFilterForm(request.GET or None)
    chosen = filters.cleaned_data if filters.is_valid() else {}
    alerts = selectors.alert_queue_for_user(
        user=request.user,
        level=chosen.get("level", ""),
        state=chosen.get("state", ""),
        source=chosen.get("source", ""),
    )
    page = Paginator(alerts, selectors.QUEUE_PAGE_SIZE).get_page(request.GET.get("page"))
    services.page_view_record(
        actor=request.user,
        action=AuditAction.QUEUE_VIEWED,
        detail={"filters": {k: v for k, v in chosen.items() if v}, "page": page.number},
        once_within=selectors.VIEW_WINDOW,
    )
    now = timezone.now()
    return render(
        request,
        "safeguarding/alert_list.html",
        {
            "filters": filters,
            "page": page,
            "alerts": selectors.alert_queue_rows(page.object_list, now=now),
            "now": now,
        },
    )


# --- one alert ----------------------------------------------------------------------------------
def _render_alert(request: HttpRequest, alert) -> HttpResponse:
    before, after = selectors.alert_context_posts(alert=alert)
    services.alert_view_record(
        actor=request.user, alert=alert, context_post_ids=[p.pk for p in before + after]
    )
    context = {
        "alert": alert,
        "now": timezone.now(),
        "before": before,
        "after": after,
        "highlighted": alert.evidence_highlighted(),
        "timeline": selectors.alert_timeline(alert=alert),
        "concerns": selectors.alert_concerns(alert=alert),
        "closed": not alert.is_active,
        "AlertState": AlertState,
    }
    return render(request, "safeguarding/alert_detail.html", context)


@login_required
@require_GET
def alert_detail(request: HttpRequest, pk: int) -> HttpResponse:
    alert = selectors.get_alert_for_user(request.user, pk)
    return _render_alert(request, alert)


@login_required
@require_POST
def alert_acknowledge(request: HttpRequest, pk: int) -> HttpResponse:
    alert = selectors.get_alert_for_user(request.user, pk, write=True)
    try:
        services.alert_acknowledge(actor=request.user, alert=alert)
    except ValidationError as exc:
        # No form on this button: the refusal ("Sam has already acknowledged this alert.")
        # is a message on the alert page it returns to.
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("You have acknowledged this alert. It is yours now."))
    return redirect("safeguarding:alert_detail", pk=alert.pk)


# Each thing done to an alert has a page of its own (GET shows the form, POST saves it and
# goes back to the alert): a page with one form cannot lose what was typed in another
# (journey finding #23, decision 0015).
def _alert_action(
    request: HttpRequest,
    pk: int,
    form_class,
    call,
    success: str,
    *,
    heading: str,
    button: str,
    button_style: str = "",
    intro: str = "",
    contact_details: bool = False,
    while_open: bool = True,
    post_for=None,
) -> HttpResponse:
    alert = selectors.get_alert_for_user(request.user, pk, write=True)
    if while_open and not alert.is_active:
        messages.info(request, _("This alert is closed. You can still add a note."))
        return redirect("safeguarding:alert_detail", pk=alert.pk)
    posted = request.method == "POST"
    post = post_for(alert) if post_for else None
    initial = {"post_id": post.pk} if post is not None else None
    form = form_class(request.POST if posted else None, initial=initial)
    if posted and form.is_valid():
        try:
            call(alert, form.cleaned_data)
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, success)
            return redirect("safeguarding:alert_detail", pk=alert.pk)
    # What the page shows (contact details, a post) is a look at the alert: on the record,
    # once per person per window like the alert page.
    services.alert_view_record(
        actor=request.user,
        alert=alert,
        context_post_ids=[post.pk] if post is not None and post.pk != alert.post_id else [],
    )
    context = {
        "alert": alert,
        "form": form,
        "heading": heading,
        "button": button,
        "button_style": button_style,
        "intro": intro,
        "contact_details": contact_details,
        "post": post,
    }
    return render(request, "safeguarding/alert_action.html", context, status=400 if posted else 200)


@login_required
@require_http_methods(["GET", "POST"])
def alert_contact(request: HttpRequest, pk: int) -> HttpResponse:
    return _alert_action(
        request,
        pk,
        ContactAttemptForm,
        lambda alert, data: services.contact_attempt_record(
            actor=request.user,
            alert=alert,
            method=data["method"],
            result=data["result"],
            note=data["note"],
        ),
        _("Contact attempt recorded."),
        heading=_("Record a contact attempt"),
        button=_("Save contact attempt"),
        contact_details=True,
    )


@login_required
@require_http_methods(["GET", "POST"])
def alert_note(request: HttpRequest, pk: int) -> HttpResponse:
    return _alert_action(
        request,
        pk,
        NoteForm,
        lambda alert, data: services.alert_note_add(
            actor=request.user, alert=alert, text=data["text"]
        ),
        _("Note added."),
        heading=_("Add a note"),
        button=_("Save note"),
        while_open=False,
    )


@login_required
@require_http_methods(["GET", "POST"])
def alert_resolve(request: HttpRequest, pk: int) -> HttpResponse:
    return _alert_action(
        request,
        pk,
        ResolveForm,
        lambda alert, data: services.alert_resolve(
            actor=request.user, alert=alert, outcome=data["outcome"], note=data["note"]
        ),
        _("Alert resolved."),
        heading=_("Resolve with an outcome"),
        button=_("Resolve alert"),
        contact_details=True,
    )


@login_required
@require_http_methods(["GET", "POST"])
def alert_dismiss(request: HttpRequest, pk: int) -> HttpResponse:
    return _alert_action(
        request,
        pk,
        DismissForm,
        lambda alert, data: services.alert_dismiss(
            actor=request.user, alert=alert, reason=data["reason"]
        ),
        _("Alert dismissed as a false positive."),
        heading=_("Dismiss as a false positive"),
        button=_("Dismiss alert"),
    )


@login_required
@require_http_methods(["GET", "POST"])
def alert_hide_post(request: HttpRequest, pk: int) -> HttpResponse:
    def hide(alert, data):
        post = selectors.get_post_for_alert_action(pk=data["post_id"])
        services.post_hide(actor=request.user, alert=alert, post=post, reason=data["reason"])

    def post_for(alert):
        # The flagged post or one shown around it (?post= on the link; the hidden field
        # when the form comes back with an error); anything else is not this page's.
        wanted = request.POST.get("post_id") or request.GET.get("post") or alert.post_id
        return selectors.alert_post_to_hide(alert=alert, pk=wanted)

    return _alert_action(
        request,
        pk,
        HidePostForm,
        hide,
        _("The post is hidden from the group."),
        heading=_("Hide this post"),
        button=_("Hide post"),
        button_style="warning",
        intro=_("Hide a post that describes methods of harm in detail."),
        post_for=post_for,
    )


@login_required
@require_http_methods(["GET", "POST"])
def alert_create(request: HttpRequest) -> HttpResponse:
    service = selectors.require_reviewer(request.user)
    form = StaffAlertForm(request.POST or None, service=service)
    if request.method == "POST" and form.is_valid():
        try:
            alert = services.alert_raise_by_staff(
                actor=request.user,
                subject=form.cleaned_data["subject"],
                level=form.cleaned_data["level"],
                note=form.cleaned_data["note"],
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("Alert raised."))
            return redirect("safeguarding:alert_detail", pk=alert.pk)
    return render(request, "safeguarding/alert_create.html", {"form": form})


# --- rota, hours, escalation policy ----------------------------------------------------------
ROTA_DAYS_SHOWN = 14


@login_required
@require_GET
def rota(request: HttpRequest) -> HttpResponse:
    context = selectors.rota_page_for_user(user=request.user, days=ROTA_DAYS_SHOWN)
    return render(request, "safeguarding/rota.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def rota_add(request: HttpRequest) -> HttpResponse:
    service = selectors.require_service_staff(request.user, admin=True)
    form = RotaEntryForm(request.POST or None, people=selectors.rota_candidates(service=service))
    if request.method == "POST" and form.is_valid():
        try:
            services.rota_entry_add(actor=request.user, service=service, **form.cleaned_data)
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("Added to the rota."))
            return redirect("safeguarding:rota")
    return render(request, "safeguarding/rota_add.html", {"form": form})


@login_required
@require_POST
def rota_remove(request: HttpRequest, pk: int) -> HttpResponse:
    entry = selectors.get_rota_entry_for_admin(request.user, pk)
    services.rota_entry_remove(actor=request.user, entry=entry)
    messages.success(request, _("Removed from the rota."))
    return redirect("safeguarding:rota")


@login_required
@require_http_methods(["GET", "POST"])
def service_hours(request: HttpRequest) -> HttpResponse:
    service = selectors.require_service_staff(request.user, admin=True)
    initial = {
        "hours_open": service.hours_open,
        "hours_close": service.hours_close,
        "open_weekdays": sorted(service.weekdays),
    }
    form = ServiceHoursForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.service_hours_update(
                actor=request.user,
                service=service,
                hours_open=form.cleaned_data["hours_open"],
                hours_close=form.cleaned_data["hours_close"],
                open_weekdays=",".join(str(d) for d in sorted(form.cleaned_data["open_weekdays"])),
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("Service hours saved."))
            return redirect("safeguarding:rota")
    return render(request, "safeguarding/service_hours.html", {"form": form})


def _policy_value(policy, name: str):
    display = getattr(policy, f"get_{name}_display", None)
    value = display() if display else getattr(policy, name)
    return _("Not set") if value in (None, "") else value


@login_required
@require_http_methods(["GET", "POST"])
def escalation_policy(request: HttpRequest) -> HttpResponse:
    # Service admins change the settings; a clinical lead may read them (POST is refused).
    can_edit = request.user.has_role(Role.SERVICE_ADMIN)
    read_only = not can_edit and request.user.is_clinical_lead and request.method == "GET"
    service = selectors.require_service_staff(request.user, admin=not read_only)
    policy = selectors.escalation_policy_for(service=service)
    form = EscalationPolicyForm(request.POST or None, instance=policy, service=service)
    if read_only:
        rows = [(form.fields[name].label, _policy_value(policy, name)) for name in form.Meta.fields]
        return render(
            request,
            "safeguarding/escalation_policy.html",
            {"form": form, "policy": policy, "rows": rows},
        )
    if request.method == "POST" and form.is_valid():
        values = {name: form.cleaned_data[name] for name in form.Meta.fields}
        try:
            services.escalation_policy_update(actor=request.user, service=service, values=values)
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("Escalation settings saved. New alerts will use them."))
            return redirect("safeguarding:rota")
    return render(request, "safeguarding/escalation_policy.html", {"form": form, "policy": policy})


# --- reports ----------------------------------------------------------------------------------
REPORT_PERIODS = {"30": 30, "90": 90, "365": 365}


@login_required
@require_GET
def reports(request: HttpRequest) -> HttpResponse:
    days = REPORT_PERIODS.get(request.GET.get("days", "30"), 30)
    until = timezone.now()
    since = until - datetime.timedelta(days=days)
    report = selectors.safeguarding_report_for_user(user=request.user, since=since, until=until)
    screener_months = selectors.screener_months_for_user(user=request.user, until=until)
    services.page_view_record(
        actor=request.user, action=AuditAction.REPORT_VIEWED, detail={"days": days}
    )
    return render(
        request,
        "safeguarding/reports.html",
        {
            "report": report,
            "days": days,
            "periods": REPORT_PERIODS,
            "screener_months": screener_months,
        },
    )


# --- the clinical safety lead's screener review list ----------------------------------------
@login_required
@require_GET
def review_list(request: HttpRequest) -> HttpResponse:
    state = request.GET.get("state", ReviewState.PENDING)
    if state not in ReviewState.values:
        state = ReviewState.PENDING
    items = selectors.review_items_for_user(user=request.user, state=state)
    page = Paginator(items, selectors.QUEUE_PAGE_SIZE).get_page(request.GET.get("page"))
    services.page_view_record(
        actor=request.user,
        action=AuditAction.REVIEW_LIST_VIEWED,
        detail={"state": state, "page": page.number},
    )
    return render(
        request,
        "safeguarding/review_list.html",
        {"page": page, "items": page.object_list, "state": state, "states": ReviewState},
    )


@login_required
@require_http_methods(["GET", "POST"])
def review_item(request: HttpRequest, pk: int) -> HttpResponse:
    item = selectors.get_review_item_for_user(request.user, pk)
    form = ReviewDecisionForm(request.POST or None, initial={"label": item.suggested_label})
    if request.method == "POST" and form.is_valid() and item.state == ReviewState.PENDING:
        data = form.cleaned_data
        try:
            if data["decision"] == ReviewDecisionForm.APPROVE:
                services.review_item_approve(
                    actor=request.user,
                    item=item,
                    label=data["label"],
                    category=data["category"],
                    note=data["note"],
                )
                messages.success(request, _("Approved for the screener's labelled data."))
            else:
                services.review_item_reject(actor=request.user, item=item, note=data["note"])
                messages.success(request, _("Rejected. It will not join the labelled data."))
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            return redirect("safeguarding:review_list")
    return render(request, "safeguarding/review_item.html", {"item": item, "form": form})


# --- members: concerns and call backs -------------------------------------------------------------
@login_required
@require_http_methods(["GET", "POST"])
def concern_post(request: HttpRequest, post_id: int) -> HttpResponse:
    post = selectors.get_post_for_member(request.user, post_id)
    form = ConcernForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.flag_raise(
                actor=request.user, group=post.group, post=post, note=form.cleaned_data["note"]
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            return redirect("safeguarding:concern_sent")
    return render(
        request,
        "safeguarding/concern_post.html",
        {"form": form, "post": post, "crisis_panel": _panel(post.group.service)},
    )


@login_required
@require_http_methods(["GET", "POST"])
def concern_member(request: HttpRequest, group_id: int) -> HttpResponse:
    group = selectors.get_group_for_member(request.user, group_id)
    members = selectors.group_members_for_concern(group=group, user=request.user)
    form = MemberConcernForm(request.POST or None, members=members)
    if request.method == "POST" and form.is_valid():
        try:
            services.flag_raise(
                actor=request.user,
                group=group,
                subject_person=form.cleaned_data["subject"],
                note=form.cleaned_data["note"],
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            return redirect("safeguarding:concern_sent")
    return render(
        request,
        "safeguarding/concern_member.html",
        {"form": form, "group": group, "crisis_panel": _panel(group.service)},
    )


def _panel(service) -> dict:
    return crisis_panel_context(service=service, now=timezone.now())


@login_required
@require_GET
def concern_sent(request: HttpRequest) -> HttpResponse:
    return render(
        request, "safeguarding/concern_sent.html", {"crisis_panel": _panel(request.user.service)}
    )


@login_required
@require_http_methods(["GET", "POST"])
def callback(request: HttpRequest) -> HttpResponse:
    service = selectors.require_callback_member(request.user)
    form = CallbackForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.callback_request(
                actor=request.user,
                reason=form.cleaned_data["reason"],
                preferred_time=form.cleaned_data["preferred_time"],
                phone=form.cleaned_data["phone"],
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            return redirect("safeguarding:callback_sent")
    return render(
        request,
        "safeguarding/callback.html",
        {"form": form, "crisis_panel": _panel(service), "service": service},
    )


@login_required
@require_GET
def callback_sent(request: HttpRequest) -> HttpResponse:
    service = selectors.require_callback_member(request.user)
    return render(
        request,
        "safeguarding/callback_sent.html",
        {"crisis_panel": _panel(service), "service": service},
    )
