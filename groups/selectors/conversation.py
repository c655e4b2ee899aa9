"""The group's conversation: the message board, a thread, and whether the screening
notice must be agreed first."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.paginator import Page, Paginator

from ..models import (
    Group,
    Membership,
    Post,
)
from ..notice import SCREENING_NOTICE_VERSION

THREADS_PER_PAGE = 20


@dataclass
class BoardPage:
    threads: Page
    notice_needed: bool


def board_page(group: Group, *, page_number: int | str | None) -> BoardPage:
    threads = (
        Post.objects.filter(group=group, parent__isnull=True)
        .select_related("author")
        .order_by("-last_activity_at", "-pk")
    )
    paginator = Paginator(threads, THREADS_PER_PAGE)
    page = paginator.get_page(page_number)
    return BoardPage(threads=page, notice_needed=notice_needed(group.access.current_membership))


def notice_needed(membership: Membership) -> bool:
    return membership.screening_notice_version != SCREENING_NOTICE_VERSION


def thread_page(post: Post) -> tuple[Post, list[Post]]:
    top = post
    if post.parent_id:
        top = Post.objects.select_related("author").get(pk=post.parent_id)
    replies = list(
        Post.objects.filter(parent=top).select_related("author").order_by("created_at", "pk")
    )
    return top, replies
