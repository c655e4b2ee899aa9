"""A poll's page: answers per option, and the option that suits most people."""

from __future__ import annotations

import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..models import (
    CURRENT_STATUSES,
    Membership,
    MembershipRole,
    Poll,
    PollAnswer,
    PollAnswerChoice,
    PollOption,
)


@dataclass
class PollOptionRow:
    option: PollOption
    counts: dict[str, int]
    my_answer: str | None
    names: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class PollPage:
    poll: Poll
    rows: list[PollOptionRow]
    answered: int
    members: int
    i_answered: bool
    is_coordinator: bool
    not_answered_names: list[str]


def poll_page(poll: Poll, *, now: datetime.datetime) -> PollPage:
    group = poll.group
    me = group.access.current_membership
    is_coordinator = group.access.is_coordinator
    options = list(poll.options.select_related("venue").order_by("starts_at", "pk"))
    answers = list(
        PollAnswer.objects.filter(option__poll=poll)
        .select_related("person")
        .order_by("person__display_name")
    )
    memberships = list(
        # Members as the group page counts them: the PTV supporting the group is not one.
        Membership.objects.filter(group=group, status__in=CURRENT_STATUSES)
        .exclude(role=MembershipRole.PTV_SUPPORTER)
        .select_related("person")
        .order_by("person__display_name")
    )
    per_option: dict[int, list[PollAnswer]] = defaultdict(list)
    for answer in answers:
        per_option[answer.option_id].append(answer)
    answered_ids = {a.person_id for a in answers}
    rows = []
    for option in options:
        mine = [a.answer for a in per_option[option.pk] if a.person_id == me.person_id]
        names: dict[str, list[str]] = {}
        if is_coordinator:
            for a in per_option[option.pk]:
                names.setdefault(a.answer, []).append(a.person.display_name)
        rows.append(
            PollOptionRow(
                option=option,
                counts=Counter(a.answer for a in per_option[option.pk]),
                my_answer=mine[0] if mine else None,
                names=names,
            )
        )
    return PollPage(
        poll=poll,
        rows=rows,
        answered=len(answered_ids & {m.person_id for m in memberships}),
        members=len(memberships),
        i_answered=me.person_id in answered_ids,
        is_coordinator=is_coordinator,
        not_answered_names=[
            m.person.display_name for m in memberships if m.person_id not in answered_ids
        ]
        if is_coordinator
        else [],
    )


def poll_best_option_id(page: PollPage) -> int | None:
    """The option most people can make: most "yes", then fewest "no"."""
    if not page.rows:
        return None
    best = max(
        page.rows,
        key=lambda r: (
            r.counts.get(PollAnswerChoice.YES, 0) + r.counts.get(PollAnswerChoice.IF_NEED_BE, 0),
            r.counts.get(PollAnswerChoice.YES, 0),
            -r.counts.get(PollAnswerChoice.NO, 0),
        ),
    )
    return best.option.pk
