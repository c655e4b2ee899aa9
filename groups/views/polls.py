"""Finding a time with a poll: starting one, answering, choosing the date."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.forms.utils import ErrorDict
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from pmp_followon.clock import now_or_current
from pmp_followon.ui.dates import uk_datetime
from pmp_followon.ui.forms import apply_service_errors

from .. import selectors, services
from ..forms import (
    PollAnswerForm,
    PollCreateForm,
    PollDecideForm,
)
from ..models import PollStatus
from ._common import _data


@login_required
@require_http_methods(["GET", "POST"])
def poll_create(request: HttpRequest, pk: int) -> HttpResponse:
    group = selectors.get_group_for_user(request.user, pk, write=True)
    adding = request.method == "POST" and "add_option" in request.POST
    form = PollCreateForm(_data(request), service_id=group.service_id, add_option=adding)
    if adding:
        form._errors = ErrorDict()  # one more option shown, what was typed kept, no errors yet
    elif request.method == "POST" and form.is_valid():
        try:
            poll = services.poll_create(
                actor=request.user,
                group=group,
                title=form.cleaned_data["title"],
                deadline_day=form.cleaned_data["deadline"],
                options=form.options(),
                duration_minutes=form.cleaned_data["duration_minutes"],
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("Poll started. We have asked the group."))
            return redirect("groups:poll_detail", pk=group.pk, poll_pk=poll.pk)
    return render(request, "groups/poll_form.html", {"group": group, "form": form})


def _option_label(row) -> str:
    option = row.option
    return f"{uk_datetime(option.starts_at)}, {option.place_label()}"


@login_required
@require_http_methods(["GET", "POST"])
def poll_detail(request: HttpRequest, pk: int, poll_pk: int) -> HttpResponse:
    poll = selectors.get_poll_for_user(request.user, pk, poll_pk)
    now = now_or_current(None)
    page = selectors.poll_page(poll, now=now)
    for row in page.rows:
        row.label = _option_label(row)
    form = PollAnswerForm(_data(request), rows=page.rows)
    if request.method == "POST" and form.is_valid():
        try:
            services.poll_answer(actor=request.user, poll=poll, answers=form.answers())
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(
                request,
                _("Thanks, your answers are saved. You can change them until the poll closes."),
            )
            return redirect("groups:poll_detail", pk=pk, poll_pk=poll.pk)
    return render(
        request,
        "groups/poll_detail.html",
        {
            "group": poll.group,
            "poll": poll,
            "page": page,
            "form": form,
            "can_answer": poll.status == PollStatus.OPEN and poll.deadline > now,
            "best": selectors.poll_best_option_id(page),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def poll_decide(request: HttpRequest, pk: int, poll_pk: int) -> HttpResponse:
    poll = selectors.get_poll_for_user(request.user, pk, poll_pk, write=True)
    if poll.status not in (PollStatus.OPEN, PollStatus.CLOSED):
        messages.error(request, _("A date has already been chosen for this poll."))
        return redirect("groups:poll_detail", pk=pk, poll_pk=poll.pk)
    page = selectors.poll_page(poll, now=now_or_current(None))
    best = selectors.poll_best_option_id(page)
    choices = []
    for row in page.rows:
        label = _option_label(row)
        counts = _("%(yes)s yes, %(maybe)s if need be, %(no)s no") % {
            "yes": row.counts.get("yes", 0),
            "maybe": row.counts.get("if_need_be", 0),
            "no": row.counts.get("no", 0),
        }
        choices.append((row.option.pk, f"{label} ({counts})"))
    form = PollDecideForm(_data(request), choices=choices, initial={"option": best})
    if request.method == "POST" and form.is_valid():
        option = next(r.option for r in page.rows if r.option.pk == form.cleaned_data["option"])
        try:
            meeting = services.poll_decide(
                actor=request.user, poll=poll, option=option, notes=form.cleaned_data["notes"]
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(
                request,
                _("Meeting planned for %(when)s. We have told the group.")
                % {"when": uk_datetime(meeting.starts_at)},
            )
            return redirect("groups:meeting_detail", pk=pk, meeting_pk=meeting.pk)
    return render(
        request,
        "groups/poll_decide.html",
        {"group": poll.group, "poll": poll, "page": page, "form": form},
    )
