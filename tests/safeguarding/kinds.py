"""A stand-in screener for tests of what a screening *means* (kinds, imminence): the real
screener's result type with the `kind` its owners are adding, patched in where
safeguarding.services.posts calls it. What the real screener says about real words is
tested in test_screening.py; these tests are about what the alert engine does with it."""

from __future__ import annotations

import dataclasses

from safeguarding.screening import LIBRARY_VERSION, Cue, Level, Screening


@dataclasses.dataclass(frozen=True)
class KindScreening(Screening):
    kind: str = ""


def cue(text: str, body: str, category: str, level: str = "high") -> Cue:
    start = body.index(text)
    return Cue(start, start + len(text), text, f"test:{category}", category, Level(level))


def fake_screener(monkeypatch, results: dict[str, tuple[str, str, list[tuple[str, str]]]]):
    """Patch the screener: a body in `results` screens as (level, kind, [(words, category)]);
    any other body as none."""

    def screen(body, **_kwargs):
        if body not in results:
            return KindScreening(Level.NONE, (), LIBRARY_VERSION)
        level, kind, cues = results[body]
        evidence = tuple(cue(words, body, category, level) for words, category in cues)
        return KindScreening(Level(level), evidence, LIBRARY_VERSION, (), kind)

    monkeypatch.setattr("safeguarding.services.posts.screen_text", screen)
    return screen
