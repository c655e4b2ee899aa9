"""What a screening means, in one place (issue 12, safeguarding.md rules 2, 6 and 10):

- `screening_kind(screening)`: the kind of risk the screener reports (`"medical_emergency"`,
  `"other_at_risk"`, or none). An unknown value counts as none, never as an error;
- `alert_level_for(level, kind)`: the alert a screening raises. A kind is high risk by
  definition (an emergency now, someone else in danger): it is never left at medium;
- `member_response(level, kind)`: what the member sees in the response that saved the post:
  nothing, a calm support box, the crisis panel, the panel that leads with "Call 999 now",
  or how to get help for someone else;
- `imminence_rank(evidence, kind)`: how soon the evidence suggests, to order the staff queue
  within a level: 0 a time or an emergency now, 1 a means, a method or a plan, 2 any other
  cue, 3 no cue.

Pure functions: no database, no settings.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .models import AlertLevel, RiskKind


class MemberResponse:
    NONE = "none"
    SUPPORT = "support"  # medium: a calm box with the numbers and the service's hours
    CRISIS = "crisis"  # high: the full crisis panel
    MEDICAL_EMERGENCY = "medical_emergency"  # "Call 999 now" and what to do while waiting
    OTHER_AT_RISK = "other_at_risk"  # how to get help for the other person now

    ALL = (NONE, SUPPORT, CRISIS, MEDICAL_EMERGENCY, OTHER_AT_RISK)


KNOWN_KINDS = frozenset({RiskKind.MEDICAL_EMERGENCY.value, RiskKind.OTHER_AT_RISK.value})


def kind_of(value: object) -> str:
    """A kind value from anywhere (a screening, a stored row) made safe: a known kind, or ""."""
    value = str(value or "").strip().lower()
    return value if value in KNOWN_KINDS else RiskKind.SELF.value


def screening_kind(screening: object) -> str:
    """The kind the screener reports on its result, if it reports one (the `kind`
    attribute, added by the screener's owners); "" when absent or unknown."""
    return kind_of(getattr(screening, "kind", ""))


def alert_level_for(level: str, kind: str) -> str | None:
    """The alert level for a screening, or None (no alert). A known kind is always high:
    when unsure, choose the higher level (rule 2)."""
    level = str(level or "")
    if kind_of(kind):
        return AlertLevel.HIGH
    if level == "high":
        return AlertLevel.HIGH
    if level == "medium":
        return AlertLevel.MEDIUM
    if level in ("", "none"):
        return None
    # An unknown level (the screener failed or changed): a person looks.
    return AlertLevel.HIGH


def member_response(level: str | None, kind: str = "") -> str:
    """What the member is shown. `level=None` means "we do not know" (the screener failed,
    or the caller could not say): the full crisis panel, the safe default."""
    kind = kind_of(kind)
    if kind == RiskKind.MEDICAL_EMERGENCY:
        return MemberResponse.MEDICAL_EMERGENCY
    if kind == RiskKind.OTHER_AT_RISK:
        return MemberResponse.OTHER_AT_RISK
    if level == "none":
        return MemberResponse.NONE
    if level == "medium":
        return MemberResponse.SUPPORT
    return MemberResponse.CRISIS


# --- imminence: the queue order within a level ---------------------------------------------
# Cue categories the screener returns (safeguarding/phrases/library.py) that say WHEN:
# a time with finality ("tonight's the night"), a window of time or being alone now.
_WHEN_CATEGORIES = frozenset({"time_finality", "opportunity"})
# ...that say HOW: a plan, a means with accumulation, a place or method, an attempt or an act.
_HOW_CATEGORIES = frozenset(
    {
        "plan",
        "means",
        "method_place",
        "recent_attempt",
        "self_harm",
        "not_safe",
        "broad_means",
        "broad_place",
    }
)
# Cues that are not risk (idioms masked out) or only support others.
_NOT_RISK_LEVELS = frozenset({"none", ""})

IMMINENCE_NOW = 0
IMMINENCE_MEANS = 1
IMMINENCE_OTHER = 2
IMMINENCE_NONE = 3
IMMINENCE_WORDS = {
    IMMINENCE_NOW: "A time, or happening now",
    IMMINENCE_MEANS: "A means, method or plan",
    IMMINENCE_OTHER: "Other worrying words",
    IMMINENCE_NONE: "No cue",
}


def imminence_rank(evidence: Iterable[Mapping], kind: str = "") -> int:
    """0 (soonest) to 3 from the screening's evidence (dicts with "category" and "level"),
    as stored on an alert. An emergency now or someone else at risk is 0."""
    if kind_of(kind):
        return IMMINENCE_NOW
    categories = {
        str(cue.get("category", ""))
        for cue in evidence or ()
        if isinstance(cue, Mapping) and str(cue.get("level", "")) not in _NOT_RISK_LEVELS
    }
    if categories & _WHEN_CATEGORIES:
        return IMMINENCE_NOW
    if categories & _HOW_CATEGORIES:
        return IMMINENCE_MEANS
    if categories:
        return IMMINENCE_OTHER
    return IMMINENCE_NONE
