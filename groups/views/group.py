"""A person's groups, the staff overview, and one group's own pages: the overview, its
details, members, breaks, leaving and the coordinator role."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from pmp_followon.clock import now_or_current
from pmp_followon.readonly import reads_only
from pmp_followon.ui.dates import uk_datetime
from pmp_followon.ui.forms import apply_service_errors
from pmp_followon.ui.links import link_at, where

from .. import selectors, services
from ..forms import (
    GroupSettingsForm,
    HandoverForm,
    LeaveForm,
    PauseForm,
    SharingForm,
)
from ..models import RSVPAnswer
from ._common import _data


@login_required
@require_GET
def my_groups(request: HttpRequest) -> HttpResponse:
    page = selectors.my_groups(user=request.user, now=now_or_current(None))
    return render(request, "groups/my_groups.html", {"page": page})


@login_required
@require_GET
def staff_overview(request: HttpRequest) -> HttpResponse:
    page = selectors.staff_overview(
        user=request.user, now=now_or_current(None), page_number=request.GET.get("page")
    )
    return render(request, "groups/staff_overview.html", {"rows": page.object_list, "page": page})


@login_required
@require_GET
@reads_only  # no request transaction: it only reads (issue 17, run 11)
def group_detail(request: HttpRequest, pk: int) -> HttpResponse:
    group = selectors.get_group_for_user(request.user, pk)
    now = now_or_current(None)
    page = selectors.group_page(group, now=now)
    place = where()
    return render(
        request,
        "groups/group_detail.html",
        {
            "group": group,
            "page": page,
            "now": now,
            "cards": _meeting_cards(group, page, place),
            "threads": _thread_rows(group, page, place),
        },
    )


# The group page's rows with their words worked out here, once each, rather than by filters
# and tags per row in the template: the same text (the template's own words, through the
# same translation calls), fewer template nodes, which were most of the page's CPU
# (issue 17, run 9).
@dataclass(frozen=True)
class _Radio:
    id: str
    value: str
    label: str
    checked: bool


@dataclass(frozen=True)
class _MeetingCard:
    url: str
    when: str
    place: str
    going: str
    rsvp_url: str
    radios: list[_Radio]  # the next meeting's answer as radios; empty for the others
    your_answer: str  # "Your answer: Maybe", or "" if none
    hidden_when: str  # for screen readers: "for <when>" (answered) or "on <when>"


def _meeting_cards(group, page, place_of_links) -> list[_MeetingCard]:
    """``place_of_links``: ``where()``, read once for the page's links, not once a link."""
    cards = []
    for index, meeting in enumerate(page.upcoming):
        when = uk_datetime(meeting.starts_at)
        going = ngettext("%(n)s person going", "%(n)s people going", meeting.going) % {
            "n": meeting.going
        }
        radios = []
        if index == 0 and not page.membership.is_paused:
            radios = [
                _Radio(f"rsvp-{meeting.pk}-{value}", value, label, value == meeting.my_answer)
                for value, label in RSVPAnswer.choices
            ]
        answer = meeting.my_answer_label
        cards.append(
            _MeetingCard(
                url=link_at(place_of_links, "groups:meeting_detail", (group.pk, meeting.pk)),
                when=when,
                place=_("Online") if meeting.mode == "online" else meeting.place_label(),
                going=going,
                rsvp_url=(
                    link_at(place_of_links, "groups:meeting_rsvp", (group.pk, meeting.pk))
                    if radios
                    else ""
                ),
                radios=radios,
                your_answer=_("Your answer: %(answer)s") % {"answer": answer} if answer else "",
                hidden_when=(_("for %(when)s") if answer else _("on %(when)s")) % {"when": when},
            )
        )
    return cards


@dataclass(frozen=True)
class _ThreadRow:
    url: str
    summary: str
    author: str
    when: str
    replies: str


def _thread_rows(group, page, place_of_links) -> list[_ThreadRow]:
    return [
        _ThreadRow(
            url=link_at(place_of_links, "groups:thread", (group.pk, post.pk)),
            summary=_("A hidden message")
            if post.is_hidden
            else Truncator(post.body).words(12, truncate=" …"),
            author=post.author.display_name,
            when=uk_datetime(post.last_activity_at),
            replies=ngettext("%(n)s reply", "%(n)s replies", post.reply_count)
            % {"n": post.reply_count}
            if post.reply_count
            else "",
        )
        for post in page.threads
    ]


@login_required
@require_http_methods(["GET", "POST"])
def group_settings(request: HttpRequest, pk: int) -> HttpResponse:
    group = selectors.get_group_for_user(request.user, pk, write=True)
    initial = {
        "name": group.name,
        "area": group.area,
        "description": group.description,
        "rhythm": group.rhythm,
        "purposes": group.purposes,
        "keeps_in_touch": group.keeps_in_touch,
        "open_to_new_members": group.open_to_new_members,
    }
    form = GroupSettingsForm(_data(request), initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.group_update(actor=request.user, group=group, **form.cleaned_data)
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("Group details saved."))
            return redirect("groups:detail", pk=group.pk)
    return render(request, "groups/group_settings.html", {"group": group, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def group_close(request: HttpRequest, pk: int) -> HttpResponse:
    group = selectors.get_group_for_user(request.user, pk, write=True)
    if request.method == "POST":
        try:
            services.group_close(actor=request.user, group=group)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
            return redirect("groups:detail", pk=group.pk)
        messages.success(request, _("The group is closed. Thank you for organising it."))
        return redirect("groups:my_groups")
    return render(request, "groups/group_close.html", {"group": group})


@login_required
@require_GET
def members(request: HttpRequest, pk: int) -> HttpResponse:
    group = selectors.get_group_for_user(request.user, pk)
    rows, requests = selectors.members_page(group)
    about = selectors.group_about(group, rows, now=now_or_current(None))
    return render(
        request,
        "groups/members.html",
        {"group": group, "rows": rows, "requests": requests, "about": about},
    )


@login_required
@require_http_methods(["GET", "POST"])
def sharing(request: HttpRequest, pk: int) -> HttpResponse:
    group = selectors.get_group_for_user(request.user, pk)
    membership = group.access.membership
    form = SharingForm(
        _data(request),
        initial={"share_email": membership.share_email, "share_mobile": membership.share_mobile},
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.membership_sharing_update(actor=request.user, group=group, **form.cleaned_data)
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("Saved. The group sees what you chose."))
            return redirect("groups:members", pk=group.pk)
    return render(request, "groups/sharing.html", {"group": group, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def pause(request: HttpRequest, pk: int) -> HttpResponse:
    group = selectors.get_group_for_user(request.user, pk)
    membership = group.access.membership
    form = PauseForm(_data(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.membership_pause(
                actor=request.user, group=group, until=form.cleaned_data["until"]
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(
                request,
                _(
                    "You are taking a break. You are still in the group, "
                    "and we will not send you reminders."
                ),
            )
            return redirect("groups:detail", pk=group.pk)
    return render(
        request,
        "groups/pause.html",
        {
            "group": group,
            "form": form,
            "membership": membership,
            "only_coordinator": selectors.is_only_active_coordinator(group),
        },
    )


@login_required
@require_POST
def resume(request: HttpRequest, pk: int) -> HttpResponse:
    group = selectors.get_group_for_user(request.user, pk)
    try:
        services.membership_resume(actor=request.user, group=group)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Welcome back. Reminders will start again."))
    return redirect("groups:detail", pk=group.pk)


@login_required
@require_http_methods(["GET", "POST"])
def leave(request: HttpRequest, pk: int) -> HttpResponse:
    group = selectors.get_group_for_user(request.user, pk)
    form = LeaveForm(_data(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.membership_leave(
                actor=request.user,
                group=group,
                reason=form.cleaned_data["reason"],
                reason_other=form.cleaned_data["reason_other"],
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(
                request,
                _("You have left %(name)s. You can ask to join a group again at any time.")
                % {"name": group.name},
            )
            return redirect("groups:my_groups")
    return render(request, "groups/leave.html", {"group": group, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def handover(request: HttpRequest, pk: int) -> HttpResponse:
    group = selectors.get_group_for_user(request.user, pk, write=True)
    candidates = selectors.handover_candidates(group)
    form = HandoverForm(_data(request), candidates=candidates)
    if request.method == "POST" and form.is_valid():
        person = next(m.person for m in candidates if m.person_id == form.cleaned_data["person"])
        share = form.cleaned_data["how"] == "share"
        try:
            services.coordinator_handover(
                actor=request.user, group=group, to_person=person, share=share
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            if share:
                messages.success(
                    request,
                    _("%(name)s now helps coordinate the group.") % {"name": person.display_name},
                )
            else:
                messages.success(
                    request,
                    _("%(name)s is now the coordinator. Thank you for all you have done.")
                    % {"name": person.display_name},
                )
            return redirect("groups:detail", pk=group.pk)
    return render(
        request, "groups/handover.html", {"group": group, "form": form, "candidates": candidates}
    )


@login_required
@require_http_methods(["GET", "POST"])
def step_up(request: HttpRequest, pk: int) -> HttpResponse:
    group = selectors.get_group_for_user(request.user, pk)
    if request.method == "POST":
        try:
            services.coordinator_step_up(actor=request.user, group=group)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("Thank you: you are now the group's coordinator."))
        return redirect("groups:detail", pk=group.pk)
    return render(request, "groups/step_up.html", {"group": group})
