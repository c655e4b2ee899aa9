"""Post-wide context flags, each looked for only when a cue asks for it (2026.12.17, speed).

Whether a post tells an ordinary departure, a recovery, a recurrence or an intent stated over an
accident decides how a cue in it is read (screener `_apply_context`). Most posts hold no cue at
all, so looking for every flag in every post was wasted work: here a flag's pattern is tried on
first use and remembered for the rest of the post. The results are the same as looking for all
of them first (tests/safeguarding/test_screening_flags.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol


class _Searchable(Protocol):
    def search_where_live(self, text: str, present: frozenset[str]) -> object: ...


class PostFlags:
    """`flags[name]`: whether the pattern `patterns[name]` is in the
    masked post, found on first use; False for a name without a pattern. `known` are flags
    already decided (they are never looked for)."""

    __slots__ = ("_patterns", "_masked", "_literals", "_known")

    def __init__(
        self,
        patterns: Mapping[str, _Searchable],
        masked: str,
        literals: frozenset[str],
        **known: bool,
    ):
        self._patterns = patterns
        self._masked = masked
        self._literals = literals
        self._known: dict[str, bool] = dict(known)

    def __getitem__(self, name: str) -> bool:
        if name not in self._known:
            pattern = self._patterns.get(name)
            found = pattern is not None and pattern.search_where_live(self._masked, self._literals)
            self._known[name] = bool(found)
        return self._known[name]

    def looked_for(self) -> frozenset[str]:
        """The flags decided so far (for the tests: a post with no cue looks for none)."""
        return frozenset(self._known)
