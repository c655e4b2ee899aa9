"""Thread context for the screener (2026.12.1; moved out of screener.py in 2026.12.9): the post a
reply answers, and what a reply by someone already acting for another person adds.

A reply is screened with the post it answers in view (screener.screen_text). Library 2026.12.9
(issue 12, after fresh round 16): a reply whose writer is already acting for someone ("I've
rung 999 and asked the police to go round", "I'm ringing your Linda right now"), under a post the
phrase layers score high, raises no alert of its own (asking for an address or a number is not
yet acting: "does anyone have his address?" still alerts). Library 2026.12.10 (after fresh
round 17) adds being on the way ("going round now", "10 mins away"), about to ring 999 ("i'm
calling 999") and asking the person to put the means away ("please put the tablets away from
you"), in `context.toml` `acting_for_other`:

- the answered post's alert already pages the duty clinician at once about that person
  (safeguarding.md rule 10), and the alert page shows the posts around it in the same thread,
  replies written after it included (rule 8), so the reviewer sees that 999 was rung;
- a second alert would page the same clinician again about the same person, with the helper
  as its subject and the helper shown a crisis panel as if they were at risk (the
  alert-fatigue hazard, HAZ-13);
- under a post scored medium or none the reply still alerts: a medium alert is not paged at
  once, and a helper ringing 999 is news that must reach staff now; and the screener cannot see
  the thread's opening post, only the post answered.

Only the acting words are masked, and only a concern about a member's silence
(`concern_other`, the thread rule) is not raised by them: the reply's own risk, a new person
in danger, or a medical emergency in other words still counts (safeguarding.md rule 2).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import statistical
from .normalisation import normalise
from .results import Level, Screening

CTX_ACTING = "in a reply, acting for someone in a thread already alerted at high"
ACTING_CATEGORY = "supportive"
ACTING_RULE = "supportive.acting_for_other"
# categories a reply's acting words stop from raising a second alert: worry about a member
LOWERED_BY_ACTING = frozenset({"concern_other"})
# 2026.12.15 (after fresh round 22: "No answer. I've rung 999 and given them his address"): the
# rule for a member's silence after a goodbye is that same worry about the same member
# once the writer has already rung 999 or the police (not when they are on the way and asking
# someone else to ring: that is still news for staff)
LOWERED_RULES_BY_ACTING = frozenset({"other_at_risk.not_answering_after_goodbye"})
_ALREADY_CALLED = re.compile(
    r"\b(?:i've|i have|we've|we have|i|we|just) (?:rung|rang|called|phoned|dialled) "
    r"(?:999|the police|police|an ambulance|the ambulance)\b"
)


def already_called(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a reply's acting words say that 999 or the police have already been rung."""
    return any(_ALREADY_CALLED.search(text[a:b]) for a, b in spans)


def lowered_by_acting(category: str, rule_name: str, *, called: bool) -> bool:
    """Whether a cue in a reply whose words act for the other person is that same worry, not
    news for staff: worry about a member always, a member's silence after a goodbye once the
    writer has already rung 999 or the police (`called`)."""
    return category in LOWERED_BY_ACTING or (called and rule_name in LOWERED_RULES_BY_ACTING)


class Parent:
    """The post a reply answers: its words and its phrase-layer screening, worked out only
    when a cue of the reply needs them. `screen(text)` is the phrase layers' screening."""

    def __init__(self, text: str, screen: Callable[[str], Screening]):
        self.text = text
        self._screen = screen
        self._screening: Screening | None = None
        self._words: frozenset[str] | None = None

    @property
    def screening(self) -> Screening:
        if self._screening is None:
            self._screening = self._screen(self.text)
        return self._screening

    @property
    def words(self) -> frozenset[str]:
        if self._words is None:
            tokens = statistical.tokens(normalise(self.text).text)
            self._words = frozenset(word for word, _a, _b in tokens)
        return self._words

    def has_live(self, category: str) -> bool:
        return any(
            c.category == category and c.level != Level.NONE for c in self.screening.evidence
        )

    @property
    def alerted_high(self) -> bool:
        """The answered post's own alert pages staff at once (phrase layers: high)."""
        return self.screening.level == Level.HIGH


def acting_spans(pattern, text: str, literals: frozenset[str], parent: Parent | None) -> list:
    """The spans of a reply's acting words under a post already alerted at high, else []."""
    if parent is None or not pattern.live(literals):
        return []
    spans = [m.span() for m in pattern.finditer(text) if m.end() > m.start()]
    if not spans or not parent.alerted_high:
        return []
    return spans
