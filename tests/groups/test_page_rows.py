"""The group page's meeting cards and latest messages, their words worked out in the view
(issue 17, run 9): the same HTML as the template code they replace, for every state a row
can be in."""

from __future__ import annotations

import datetime
import itertools
from pathlib import Path
from types import SimpleNamespace

from django.template import engines

from groups.models import Meeting, MeetingMode, Post, RSVPAnswer, Venue
from groups.views.group import _meeting_cards, _thread_rows
from pmp_followon.accounts.models import User
from pmp_followon.ui.links import where

DATA = Path(__file__).parent / "data"
PAGE = Path(__file__).parents[2] / "templates" / "groups" / "group_detail.html"
LOAD = "{% load i18n nhsuk %}"
# The template code before run 9, as it was in groups/group_detail.html.
OLD_MEETINGS = LOAD + (DATA / "group_page_meetings_before_run9.html").read_text()
OLD_THREADS = LOAD + (DATA / "group_page_threads_before_run9.html").read_text()


def lines_between(first: str, last: str) -> str:
    """The page's own code from the line ``first`` to the next line ``last`` (whole lines)."""
    lines = PAGE.read_text().splitlines(keepends=True)
    start = next(n for n, line in enumerate(lines) if line.startswith(first))
    end = next(n for n in range(start, len(lines)) if lines[n].rstrip("\n") == last)
    return "".join(lines[start : end + 1])


# The template code now, read from the page itself.
NEW_MEETINGS = LOAD + lines_between("    {% for card in cards %}", "    {% endfor %}")
NEW_THREADS = LOAD + lines_between("      {% for row in threads %}", "      {% endfor %}")

START = datetime.datetime(2026, 12, 10, 18, 30, tzinfo=datetime.UTC)


def render(code: str, context: dict) -> str:
    return engines["django"].from_string(code).render(context)


def meeting(pk, *, mode, venue, note, going, answer, when):
    found = Meeting(
        pk=pk,
        group_id=7,
        status="scheduled",
        starts_at=when,
        duration_minutes=90,
        mode=mode,
        place_note=note,
        venue_id=venue.pk if venue else None,
    )
    found.venue = venue
    found.going = going
    found.my_answer = answer
    found.my_answer_label = dict(RSVPAnswer.choices).get(answer, "") if answer else ""
    return found


def test_meeting_cards_read_as_before():
    group = SimpleNamespace(pk=7)
    venue = Venue(pk=3, name="The Mill & Café <upstairs>")
    shapes = itertools.product(
        [MeetingMode.ONLINE, MeetingMode.IN_PERSON],
        [venue, None],
        ["", "Room 2, 'the big one'"],
        [0, 1, 2, 12],
        [None, *RSVPAnswer.values],
    )
    compared = 0
    for n, (mode, place, note, going, answer) in enumerate(shapes):
        when = START + datetime.timedelta(days=n % 400, minutes=15 * n)
        upcoming = [
            meeting(
                n * 3 + k,
                mode=mode,
                venue=place,
                note=note,
                going=going + k,
                answer=answer,
                when=when + datetime.timedelta(days=7 * k),
            )
            for k in range(3)
        ]
        for paused in (False, True):
            page = SimpleNamespace(upcoming=upcoming, membership=SimpleNamespace(is_paused=paused))
            context = {
                "group": group,
                "page": page,
                "rsvp_choices": RSVPAnswer.choices,
                "cards": _meeting_cards(group, page, where()),
                "csrf_token": "TOKEN",
            }
            assert render(NEW_MEETINGS, context) == render(OLD_MEETINGS, context)
            compared += 1
    empty = {"group": group, "page": SimpleNamespace(upcoming=[]), "cards": []}
    assert render(NEW_MEETINGS, empty) == render(OLD_MEETINGS, empty)
    assert compared == 2 * 2 * 2 * 2 * 4 * 4


def test_latest_messages_read_as_before():
    group = SimpleNamespace(pk=7)
    bodies = [
        "Short one",
        "A <b>bold</b> & 'quoted' message with exactly twelve words in it, no more",
        "word " * 40,
        "Line one\nline two\n\nline   three with   spaces and a long tail of words here",
    ]
    threads = []
    for n, (body, hidden, replies) in enumerate(
        itertools.product(bodies, [False, True], [0, 1, 5])
    ):
        post = Post(
            pk=n + 1,
            group_id=7,
            author_id=9,
            body=body,
            reply_count=replies,
            hidden_at=START if hidden else None,
            last_activity_at=START - datetime.timedelta(days=n * 40, hours=n),
        )
        post.author = User(pk=9, display_name="Jo O'Neill <Jo>")
        threads.append(post)
    page = SimpleNamespace(threads=threads)
    context = {"group": group, "page": page, "threads": _thread_rows(group, page, where())}
    assert render(NEW_THREADS, context) == render(OLD_THREADS, context)
