"""Layer 1 of the screener: normalisation (lower case, straight quotes, collapsed whitespace,
text-speak and misspellings from `phrases/normalise.toml`), keeping a map from every normalised
character back to the original text so that evidence always points at what the person wrote.
Split from screener.py (2026.12.1) unchanged."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import library as _LIB


def _word_regex(keys) -> re.Pattern[str] | None:
    keys = sorted(keys, key=len, reverse=True)
    if not keys:
        return None
    alternation = "|".join(re.escape(k) for k in keys)
    return re.compile(rf"(?<![\w'&-])(?:{alternation})(?![\w'&-])")


_NORM_WORDS = _word_regex(_LIB.NORMALISE_WORDS)
_NORM_PHRASES = _word_regex(_LIB.NORMALISE_PHRASES)
_CHAR_MAP: dict[str, str] = _LIB.CHAR_MAP
_ASCII_MAPPED = frozenset(ch for ch in _CHAR_MAP if ch.isascii())
# the whitespace runs that normalising changes: at either end, two or more characters, or one
# that is not a plain space (a lone space between words stays as it is, so is not matched: the
# result is that of replacing every run, in a fraction of the time)
_WHITESPACE = re.compile(r"\A\s+|\s+\Z|\s{2,}|[^\S ]")


# --------------------------------------------------------------------------- normalisation
@dataclass(frozen=True)
class Normalised:
    text: str
    starts: tuple[int, ...]  # original index of each normalised character
    ends: tuple[int, ...]  # original end index (exclusive) of each normalised character

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            return (self.starts[start], self.starts[start]) if start < len(self.starts) else (0, 0)
        return self.starts[start], self.ends[end - 1]


def _substitute(text, starts, ends, regex, replace):
    """Replace each match of `regex` with `replace(match)`, carrying the position map along:
    a replacement's characters map to the span of what they replaced."""
    if regex is None:
        return text, starts, ends
    out: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    last = 0
    for m in regex.finditer(text):
        a, b = m.span()
        out.append(text[last:a])
        new_starts.extend(starts[last:a])
        new_ends.extend(ends[last:a])
        replacement = replace(m)
        out.append(replacement)
        new_starts.extend([starts[a]] * len(replacement))
        new_ends.extend([ends[b - 1]] * len(replacement))
        last = b
    if last == 0:
        return text, starts, ends
    out.append(text[last:])
    new_starts.extend(starts[last:])
    new_ends.extend(ends[last:])
    return "".join(out), new_starts, new_ends


def normalise(text: str) -> Normalised:
    """Lower-case and tidy `text`, keeping a map back to the original positions."""
    if text.isascii() and not _ASCII_MAPPED.intersection(text):
        # fast path: lower-casing ASCII keeps every position
        joined = text.lower()
        starts: list[int] = list(range(len(text)))
        ends: list[int] = list(range(1, len(text) + 1))
    else:
        chars: list[str] = []
        starts = []
        ends = []
        for i, ch in enumerate(text):
            replacement = _CHAR_MAP.get(ch)
            if replacement is None:
                replacement = ch.lower()
            for c in replacement:
                chars.append(c)
                starts.append(i)
                ends.append(i + 1)
        joined = "".join(chars)

    # collapse whitespace runs to one space (or one newline if the run held a newline), trim
    def whitespace(m: re.Match) -> str:
        if m.start() == 0 or m.end() == len(joined):
            return ""
        return "\n" if "\n" in m.group() else " "

    text_n, starts, ends = _substitute(joined, starts, ends, _WHITESPACE, whitespace)
    text_n, starts, ends = _substitute(
        text_n, starts, ends, _NORM_WORDS, lambda m: _LIB.NORMALISE_WORDS[m.group()]
    )
    text_n, starts, ends = _substitute(
        text_n, starts, ends, _NORM_PHRASES, lambda m: _LIB.NORMALISE_PHRASES[m.group()]
    )
    return Normalised(text_n, tuple(starts), tuple(ends))
