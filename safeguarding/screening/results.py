"""What a screening gives: its level, each piece of evidence (a `Cue`) and the `Screening`
itself, with the names of the kinds of risk and of the context notes a cue can carry. Kept
apart from the screener so that the statistical layer's part (`statistical_layer.py`) can use
them too."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import models


class Level(models.TextChoices):
    HIGH = "high", "High"
    MEDIUM = "medium", "Medium"
    NONE = "none", "None"


_RANK = {Level.NONE: 0, Level.MEDIUM: 1, Level.HIGH: 2}
IDIOM_CATEGORY = "idiom"
SUPPORTIVE_CATEGORY = "supportive"
# What a high screening is about when it is not (only) the writer's own risk (2026.12.1): the
# alert names it, and the member's panel leads with what to do (safeguarding.md rule 6).
KIND_MEDICAL_EMERGENCY = "medical_emergency"
KIND_OTHER_AT_RISK = "other_at_risk"
KINDS = (KIND_MEDICAL_EMERGENCY, KIND_OTHER_AT_RISK)
# Several separate signals of finality (farewell, giving things away, affairs in order) add up:
# two or more such cues, even of medium level, make the post high.
FINALITY_CATEGORIES = frozenset({"farewell", "giving_away", "affairs"})

# Context notes carried on a cue (shown to the reviewer).
CTX_NEGATED = "negated"
CTX_THIRD_PARTY = "someone else, or news/TV/book"
CTX_ROUTINE = "medicine routine"
CTX_RETURN = "medicines handed back or disposed of"
CTX_DEPARTURE = "ordinary goodbye or break"
CTX_PAST_RECOVERED = "in the past, and says things are better now"
CTX_PAST = "in the past"
CTX_PAST_RECURRING = "in the past, but says it feels the same now"
CTX_HYPOTHETICAL = "hypothetical"
CTX_QUOTED = "quoted"
CTX_IDIOM = "idiom or hyperbole (masked, no cue)"
CTX_ACCIDENTAL = "accident or mix-up (high lowered to medium)"
CTX_SUPPORTIVE = "supportive words to someone else (masked, no cue)"
CTX_ADDRESSED = "in a reply, said to the person replied to"
CTX_NOT_NOW = "not happening now (past, hypothetical, quoted or a news story)"
CTX_ECHO = "in a reply, the words of the post replied to"
CTX_SAME_EMERGENCY = "in a reply, about the emergency the post replied to raised"
_WEAKENED = frozenset({CTX_PAST, CTX_HYPOTHETICAL, CTX_QUOTED, CTX_ACCIDENTAL})


@dataclass(frozen=True)
class Cue:
    """One piece of evidence. `start`/`end` index the ORIGINAL text; `text` is that span."""

    start: int
    end: int
    text: str
    rule: str
    category: str
    level: Level  # what this cue contributed after context rules
    context: str = ""  # why the level was changed (empty: counted at its base level)


@dataclass(frozen=True)
class Screening:
    level: Level
    evidence: tuple[Cue, ...]
    library_version: str
    reasons: tuple[str, ...] = ()
    # "medical_emergency" (lead with "Call 999 now"), "other_at_risk" (how to get help for the
    # other person now) or "" (the writer's own risk, or none)
    kind: str = ""

    @property
    def needs_review(self) -> bool:
        return self.level != Level.NONE
