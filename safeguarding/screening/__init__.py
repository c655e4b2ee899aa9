"""The safeguarding screener: triage of a post for human review (safeguarding.md rule 1).

`screen_text(text, context_text=None)` returns a `Screening` with a level ("high", "medium" or
"none"), the evidence (each matched cue with its place in the original text, the rule and the
category), the reasons, the version of the phrase library and the statistical model, and a
`kind` ("medical_emergency", "other_at_risk" or ""). `context_text` is the post a reply
answers. It is pure Python: no network, no downloaded model, no database, no numpy. It never
blocks, bans or contacts anyone; it only orders the staff queue. See
docs/clinical-safety/screening.md.

The package:
- `screener`: normalisation, the phrase layers (1-6) and the combination rules; `screen_text`;
- `results`: what a screening gives (`Level`, `Cue`, `Screening`, the kinds and context notes);
- `statistical_evidence`: layer 7 applied to a screening, with the evidence and reasons shown;
- `library`: the phrase library, loaded and validated from the TOML files in `phrases/`;
- `statistical`: layer 7, the statistical safety net (`phrases/model.json`);
- `data`: the labelled posts (JSON Lines in `data/`, checked against `data/manifest.json`);
- `training`: rebuilds `phrases/model.json` (`python manage.py train_screener`);
- `evaluation`: the goal report (`python manage.py screening_report`).
"""

from .normalisation import Normalised, normalise
from .screener import (
    BROAD_RISK_CATEGORIES,
    CATEGORIES,
    CTX_ACCIDENTAL,
    CTX_DEPARTURE,
    CTX_HYPOTHETICAL,
    CTX_IDIOM,
    CTX_NEGATED,
    CTX_PAST,
    CTX_PAST_RECOVERED,
    CTX_PAST_RECURRING,
    CTX_QUOTED,
    CTX_ROUTINE,
    CTX_THIRD_PARTY,
    FINALITY_CATEGORIES,
    IDIOM_CATEGORY,
    KIND_MEDICAL_EMERGENCY,
    KIND_OTHER_AT_RISK,
    KINDS,
    LIBRARY_VERSION,
    LOOSE_CATEGORIES,
    STATISTICAL_CATEGORY,
    STATISTICAL_HIGH_RULE,
    STATISTICAL_RULE,
    SUPPORTING_CATEGORIES,
    SUPPORTIVE_CATEGORY,
    Cue,
    Level,
    Screening,
    screen_text,
)

__all__ = [
    "BROAD_RISK_CATEGORIES",
    "CATEGORIES",
    "CTX_ACCIDENTAL",
    "CTX_DEPARTURE",
    "CTX_HYPOTHETICAL",
    "CTX_IDIOM",
    "CTX_NEGATED",
    "CTX_PAST",
    "CTX_PAST_RECOVERED",
    "CTX_PAST_RECURRING",
    "CTX_QUOTED",
    "CTX_ROUTINE",
    "CTX_THIRD_PARTY",
    "FINALITY_CATEGORIES",
    "IDIOM_CATEGORY",
    "KIND_MEDICAL_EMERGENCY",
    "KIND_OTHER_AT_RISK",
    "KINDS",
    "LIBRARY_VERSION",
    "LOOSE_CATEGORIES",
    "STATISTICAL_CATEGORY",
    "STATISTICAL_HIGH_RULE",
    "STATISTICAL_RULE",
    "SUPPORTING_CATEGORIES",
    "SUPPORTIVE_CATEGORY",
    "Cue",
    "Level",
    "Normalised",
    "Screening",
    "normalise",
    "screen_text",
]
