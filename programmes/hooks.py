"""What programmes learns from the groups app, through one named, narrow hook.

programmes must never import groups (groups sits above it). The facts only groups knows —
whether a group was made from a programme, who came to its first meeting, whether it counts
as formed (three or more PMP participants met face to face after the PMP ended) — reach the
programme outcomes page through a source that groups registers from its AppConfig.ready():

    from programmes.hooks import FollowOnOutcome, register_follow_on_outcome_source

    class GroupOutcomes:
        def outcomes_for_programmes(self, programme_ids):
            ...  # one or two queries, whatever the number of programmes
            return {programme_id: FollowOnOutcome(...), ...}

    register_follow_on_outcome_source(GroupOutcomes())

Until a source is registered the outcomes page says that these facts are not known yet; it
never guesses.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class FollowOnOutcome:
    """What happened after the PMP, as the groups app knows it."""

    group_created: bool
    # Participants (user ids) recorded at the group's first meeting; empty if not yet held.
    first_meeting_attendee_ids: frozenset[int] = field(default_factory=frozenset)
    first_meeting_held: bool = False
    # Computed by groups from attendance, never stored by hand.
    formed: bool = False
    group_url: str = ""


class FollowOnOutcomeSource(Protocol):
    def outcomes_for_programmes(
        self, programme_ids: Sequence[int]
    ) -> Mapping[int, FollowOnOutcome]: ...


_source: FollowOnOutcomeSource | None = None


def register_follow_on_outcome_source(source: FollowOnOutcomeSource | None) -> None:
    """Set (or with None, clear) the source. Registering again replaces the earlier one."""
    global _source
    _source = source


def follow_on_outcomes(programme_ids: Sequence[int]) -> Mapping[int, FollowOnOutcome] | None:
    """Outcomes by programme id, or None when no source is registered (not known yet)."""
    if _source is None:
        return None
    return _source.outcomes_for_programmes(list(programme_ids))
