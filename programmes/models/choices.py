"""The handover steps: which, in what order, what each is for, and their states.

Here because both the programme settings and the handover read them."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class StepKind(models.TextChoices):
    INTRODUCE = "introduce", _("Introduce")
    AGREE = "agree", _("Agree")
    CONFIRM = "confirm", _("Confirm")


STEP_ORDER = (StepKind.INTRODUCE, StepKind.AGREE, StepKind.CONFIRM)

STEP_PURPOSE = {
    StepKind.INTRODUCE: _("A PTV introduces the idea of a follow-on group with their own story."),
    StepKind.AGREE: _("The idea is revisited: dates, venue and sharing contact details agreed."),
    StepKind.CONFIRM: _(
        "Check the shared contact details work and confirm the first meeting, 4 to 6 weeks "
        "after the last session."
    ),
}


class StepState(models.TextChoices):
    DUE = "due", _("Due")
    DONE = "done", _("Done")
    OVERDUE = "overdue", _("Overdue")
