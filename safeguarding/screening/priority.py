"""Priority that survives a wrong guess (library 2026.12.8, issue 12): "when unsure, choose the
higher level" (safeguarding.md), applied by family.

Words cannot reliably split high from medium, and the costly error is the high post scored
medium (a 4-service-hour deadline for someone in danger now). The categories marked
`escalates = true` in the phrase library hold families of evidence that, in a post that
already reaches staff, mean "a person looks at it now": another person in danger now (a child,
a baby, a confused or dependent adult, someone without care or heat, someone being hit or
robbed), the writer's own means or place beside a farewell, a time or finality, and a collapse
told with a second sign. Their cues

- never make a post reach staff on their own (an ordinary post stays none: no new alert);
- make a post that reaches staff by any layer (a phrase cue or the statistical layer) high;
- count for nothing else: not as a category in the combination rules, not as a named cue that
  lets a loose cue stand without the statistical layer, not in the solo gate.

The cost is deliberate: some posts labelled medium (worry about another person, drink with a
tablet tonight) are paged as high instead of queued; docs/clinical-safety/screening.md
measures it on every labelled set.
"""

from __future__ import annotations

from . import library as _LIB
from .results import Cue, Level

ESCALATING_CATEGORIES = frozenset(
    name for name, cat in _LIB.CATEGORIES.items() if cat.get("escalates")
)
PRIORITY_REASON = "when unsure, the higher level"
# the context shown on a priority cue in a post that did not reach staff (it raised nothing)
CTX_UNUSED = "priority only: raises a post that reaches staff, never alone"


def live(found: list) -> list:
    """The priority cues in `found` that still count (not lowered by their context); the
    screener looks for them only in a post that stays at medium (2026.12.17)."""
    return [f for f in found if f.level != Level.NONE]


def apply(
    level: Level,
    kind: str,
    reasons: list[str],
    raising: list,
    cue_of,
    keep_unused: bool,
) -> tuple[Level, str, list[str], list[Cue]]:
    """Raise a post at medium that has a live priority cue to high. `cue_of(found, level,
    context)` makes the reviewer's evidence. Returns (level, kind, reasons, evidence to add).
    `keep_unused`: also return the cues that raised nothing (phrase layers only, for training
    and the out-of-fold bench: they show that a post would be raised if the statistical layer
    made it medium)."""
    if not raising:
        return level, kind, reasons, []
    if Level(level) != Level.MEDIUM:
        if keep_unused:
            return level, kind, reasons, [cue_of(f, Level.NONE, CTX_UNUSED) for f in raising]
        return level, kind, reasons, []
    names = ", ".join(dict.fromkeys(f.rule.name for f in raising))
    if not kind:
        kinds = [_LIB.CATEGORIES[f.rule.category].get("kind", "") for f in raising]
        kind = next((k for k in kinds if k), "")
    reasons = [*reasons, f"priority, {PRIORITY_REASON}: {names}"]
    return Level.HIGH, kind, reasons, [cue_of(f, Level.HIGH, f.context) for f in raising]


def would_raise(evidence) -> bool:
    """Whether a phrase-layers-only screening holds a live priority cue: with the statistical
    layer making the post medium, the post would be high (out-of-fold bench and training)."""
    return any(c.category in ESCALATING_CATEGORIES for c in evidence)
