"""A phrase-library pattern as the screener matches it (moved from screener.py, 2026.12.17).

The library (library.py) compiles a pattern without its leading word boundary so that `re` can
use its fast literal scan; `Pattern` checks the boundary on each match, so the matches are
exactly those of the pattern as written, and keeps the sets of literals every match needs
(prefilter.py) so that a post lacking them is never tried.
"""

from __future__ import annotations

import re

from . import library as _LIB
from . import prefilter

# Posts longer than this are matched with each pattern as written (`Pattern.as_written`):
# the same matches, in time in proportion to the length whatever the letters.
_LONG_POST = 2_000


class Pattern:
    """A library pattern (compiled by library.py) whose leading word boundary, when the library
    removed it so that `re` can use its fast literal scan, is checked here on each match: the
    matches are exactly those of the pattern as written."""

    __slots__ = ("regex", "boundary", "_as_written", "literals", "clauses")

    def __init__(self, compiled: _LIB.Pattern):
        self.regex = compiled.regex
        self.boundary = compiled.boundary
        self._as_written: re.Pattern[str] | None = None
        # sets of strings every match needs one of each (prefilter.py); the cheapest keys the index
        self.clauses = prefilter.literal_clauses(compiled.regex)
        self.literals = self.clauses[0] if self.clauses else None

    def live(self, present: frozenset[str]) -> bool:
        """Whether the pattern can match a text that holds exactly the literals `present`
        (`_INDEX.present(text)`): False only when it needs a literal the text lacks."""
        return not any(map(present.isdisjoint, self.clauses))

    def as_written(self) -> re.Pattern[str]:
        """The pattern with its leading word boundaries, compiled on first use. On a long
        post `re` rejects every start inside a word at once; without the boundary, an
        alternative that starts with a run of word characters (`(?:\\w+|\\d+) year`) tries
        every position of a long word to its end, and 100,000 letters take minutes."""
        if self._as_written is None:
            alternatives = _LIB.split_top_level(self.regex.pattern)
            self._as_written = re.compile(
                "|".join(rf"\b{alt}" for alt in alternatives), self.regex.flags
            )
        return self._as_written

    @staticmethod
    def _at_boundary(text: str, i: int) -> bool:
        before = i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_")
        after = i < len(text) and (text[i].isalnum() or text[i] == "_")
        return before != after

    def finditer(self, text: str):
        """The matches `re.finditer` would give for the pattern as written, in order."""
        if not self.boundary:
            yield from self.regex.finditer(text)
            return
        if len(text) > _LONG_POST:
            yield from self.as_written().finditer(text)
            return
        pos, search = 0, self.regex.search
        while pos <= len(text):
            m = search(text, pos)
            if m is None:
                return
            if not self._at_boundary(text, m.start()):
                pos = m.start() + 1
                continue
            yield m
            pos = m.end() if m.end() > m.start() else m.end() + 1

    def search(self, text: str):
        return next(self.finditer(text), None)

    def search_where_live(self, text: str, present: frozenset[str]):
        """`search`, skipped (None) when the text lacks every literal the pattern needs:
        `present` is the prefilter's literals found in the text, or in a text it was masked
        from (masking only removes literals, so the skip stays safe)."""
        return self.search(text) if self.live(present) else None
