"""Small-number suppression: counts of people from 1 to 4 are shown as "<5", and so is any
other count from which one of those could be worked out by subtraction.

Every count of people in a report is a `People` cell. A table states its arithmetic as
constraints: lists of cells one of which can be worked out from the others (a total and its
parts; a total shared by two tables; a nested pair such as "shared" and "shared and
checked", whose difference is a hidden cell). Primary suppression hides 1 to 4; secondary
suppression then looks at each constraint and, while exactly one of its cells is hidden,
hides the smallest other visible cell too, until nothing changes. Zero is shown: it
identifies nobody. A cell hidden to protect another shows "<5" too, whatever its size.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

THRESHOLD = 5
SUPPRESSED_TEXT = "<5"
RULE_TEXT = (
    "To protect privacy, any number of people from 1 to 4 is shown as <5, and so is any "
    "other number from which one of those could be worked out by subtraction (for example "
    "from a total and the other numbers that make it up), so <5 can stand for a larger "
    "number. Zero is shown."
)


class People:
    """A count of people. `str()` gives what a page or CSV may show."""

    __slots__ = ("value", "suppressed", "hidden")

    def __init__(self, value: int, *, hidden: bool = False) -> None:
        self.value = int(value or 0)
        self.suppressed = False
        # A hidden cell is never shown but can be worked out (a difference between two
        # nested counts): it takes part in suppression like any other.
        self.hidden = hidden

    def __str__(self) -> str:
        return SUPPRESSED_TEXT if self.suppressed else str(self.value)

    def __repr__(self) -> str:
        return f"People({self.value}{', suppressed' if self.suppressed else ''})"

    @property
    def shown(self) -> int | None:
        """The number, or None when it must not be shown (charts leave it out)."""
        return None if self.suppressed else self.value


def needs_primary(value: int) -> bool:
    return 0 < value < THRESHOLD


def difference(whole: People, part: People) -> People:
    """The hidden cell `whole - part` of two nested counts (part is a subset of whole)."""
    return People(max(whole.value - part.value, 0), hidden=True)


def suppress(constraints: Iterable[Sequence[People]], cells: Iterable[People] = ()) -> None:
    """Apply primary then secondary suppression in place to every cell named."""
    constraints = [list(c) for c in constraints]
    everything: dict[int, People] = {id(c): c for c in cells}
    for constraint in constraints:
        for cell in constraint:
            everything[id(cell)] = cell
    for cell in everything.values():
        if needs_primary(cell.value):
            cell.suppressed = True
    changed = True
    while changed:
        changed = False
        for constraint in constraints:
            hidden = [c for c in constraint if c.suppressed]
            if len(hidden) != 1:
                continue
            visible = [c for c in constraint if not c.suppressed and not c.hidden]
            # A hidden zero protects little (counts are never negative): prefer a non-zero
            # cell, and the smallest, which loses least; ties go to the first (parts come
            # before totals).
            candidates = (
                [c for c in visible if c.value]
                or visible
                or [c for c in constraint if not c.suppressed]
            )
            if not candidates:
                continue
            min(candidates, key=lambda c: c.value).suppressed = True
            changed = True


def total_constraint(total: People, parts: Sequence[People]) -> list[People]:
    return [*parts, total]
