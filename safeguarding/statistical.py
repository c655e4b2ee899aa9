"""Moved to `safeguarding.screening.statistical`; this name stays importable for old call sites."""

from .screening.statistical import *  # noqa: F403
from .screening.statistical import MODEL_PATH, Model, decide, features, load_model  # noqa: F401
