"""Moved to `safeguarding.screening.training`; this name stays importable for old call sites."""

from .screening.training import *  # noqa: F403
from .screening.training import build, fit, training_corpora, training_samples  # noqa: F401
