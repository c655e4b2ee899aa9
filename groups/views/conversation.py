"""The group's conversation: the message board, threads, and "I'm worried about this".

A post that screens medium or high is the one exception to post/redirect/get: that response
renders the page with the crisis panel (safeguarding.md rule 6).
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from pmp_followon.clock import now_or_current
from pmp_followon.ui.forms import apply_service_errors

from .. import selectors, services
from ..forms import (
    FlagForm,
    PostForm,
)
from ..models import (
    Group,
    Post,
)
from ..notice import SCREENING_NOTICE_VERSION
from ._common import _data


def _crisis_panel_context(group: Group, now) -> dict:
    """Where to get help now, for the same response that saved a worrying post."""
    from safeguarding.crisis import crisis_panel_context

    return crisis_panel_context(service=group.service, now=now)


def _board_context(group: Group, request: HttpRequest, form: PostForm) -> dict:
    page = selectors.board_page(group, page_number=request.GET.get("page"))
    return {"group": group, "page": page, "form": form, "notice_version": SCREENING_NOTICE_VERSION}


def _post_submit(request: HttpRequest, group: Group, form: PostForm, parent: Post | None):
    """Save a post. Returns (result, None) or (None, form with errors)."""
    if not form.is_valid():
        return None
    try:
        return services.post_create(
            actor=request.user,
            group=group,
            body=form.cleaned_data["body"],
            parent=parent,
            agree_notice_version=SCREENING_NOTICE_VERSION
            if form.cleaned_data.get("agree")
            else None,
        )
    except ValidationError as exc:
        apply_service_errors(form, exc)
        return None


@login_required
@require_http_methods(["GET", "POST"])
def board(request: HttpRequest, pk: int) -> HttpResponse:
    group = selectors.get_group_for_user(request.user, pk)
    notice = selectors.notice_needed(group.access.membership)
    form = PostForm(_data(request), notice_needed=notice)
    if request.method == "POST":
        result = _post_submit(request, group, form, parent=None)
        if result is not None:
            if result.show_crisis_panel:
                # Rule 6: the help is in the same response that saved the post.
                context = _board_context(group, request, PostForm(notice_needed=False))
                context.update(
                    crisis_panel=_crisis_panel_context(group, result.post.created_at),
                    posted=result.post,
                )
                return render(request, "groups/board.html", context)
            messages.success(request, _("Your message is posted."))
            return redirect("groups:board", pk=group.pk)
    return render(request, "groups/board.html", _board_context(group, request, form))


@login_required
@require_http_methods(["GET", "POST"])
def thread(request: HttpRequest, pk: int, post_pk: int) -> HttpResponse:
    post = selectors.get_post_for_user(request.user, pk, post_pk)
    group = post.group
    top, replies = selectors.thread_page(post)
    if top.pk != post.pk:
        return redirect("groups:thread", pk=pk, post_pk=top.pk)
    notice = selectors.notice_needed(group.access.membership)
    form = PostForm(_data(request), notice_needed=notice, label=_("Your reply"))
    context = {"group": group, "top": top, "replies": replies, "form": form, "me": request.user}
    if request.method == "POST":
        result = _post_submit(request, group, form, parent=top)
        if result is not None:
            if result.show_crisis_panel:
                top, replies = selectors.thread_page(top)
                context.update(
                    top=top,
                    replies=replies,
                    form=PostForm(notice_needed=False, label=_("Your reply")),
                    crisis_panel=_crisis_panel_context(group, result.post.created_at),
                    posted=result.post,
                )
                return render(request, "groups/thread.html", context)
            messages.success(request, _("Your reply is posted."))
            return redirect("groups:thread", pk=pk, post_pk=top.pk)
    return render(request, "groups/thread.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def post_flag(request: HttpRequest, pk: int, post_pk: int) -> HttpResponse:
    post = selectors.get_post_for_user(request.user, pk, post_pk)
    form = FlagForm(_data(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.post_flag(actor=request.user, post=post, note=form.cleaned_data["note"])
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            now = now_or_current(None)
            return render(
                request,
                "groups/flag_sent.html",
                {
                    "group": post.group,
                    "post": post,
                    "crisis_panel": _crisis_panel_context(post.group, now),
                },
            )
    return render(
        request, "groups/flag_form.html", {"group": post.group, "post": post, "form": form}
    )
