"""Charts drawn on the server as SVG: no JavaScript, readable on a 320-pixel phone (they
scale to the width of the page), and always shown beside a table of the same numbers.

Each chart is an `<svg role="img">` with a <title> and <desc> that say what it shows; a
suppressed count is never drawn as a bar or a point, only labelled "<5".
"""

from __future__ import annotations

from collections.abc import Sequence

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from .suppression import SUPPRESSED_TEXT, People
from .survival import Survival

WIDTH = 320
BLUE = "#005eb8"
DARK = "#212b32"
GREY = "#4c6272"
PALE = "#d8dde0"


def _frame(title: str, desc: str, height: int, body: str, css: str) -> SafeString:
    return format_html(
        '<svg class="app-chart {}" viewBox="0 0 {} {}" role="img" '
        'aria-labelledby="{}-title {}-desc" xmlns="http://www.w3.org/2000/svg">'
        '<title id="{}-title">{}</title><desc id="{}-desc">{}</desc>{}</svg>',
        css,
        WIDTH,
        height,
        css,
        css,
        css,
        title,
        css,
        desc,
        mark_safe(body),  # noqa: S308
    )


def _value(cell: People | int | None) -> int | None:
    if isinstance(cell, People):
        return cell.shown
    return cell


def _text(cell: People | int | None) -> str:
    if cell is None:
        return "-"
    return str(cell)


def bar_chart(
    items: Sequence[tuple[str, People | int | None]], *, title: str, desc: str, css_id: str
) -> SafeString:
    """Horizontal bars, the label above each bar and the number at its end."""
    values = [v for v in (_value(c) for _l, c in items) if v is not None]
    top = max(values, default=0) or 1
    row = 40
    parts = []
    for index, (label, cell) in enumerate(items):
        y = index * row
        value = _value(cell)
        width = 0 if value is None else round((WIDTH - 60) * value / top)
        parts.append(
            format_html(
                '<text x="0" y="{}" font-size="12" fill="{}">{}</text>'
                '<rect x="0" y="{}" width="{}" height="16" fill="{}"></rect>'
                '<text x="{}" y="{}" font-size="12" fill="{}">{}</text>',
                y + 13,
                DARK,
                label,
                y + 18,
                max(width, 1) if value else 1,
                BLUE if value is not None else PALE,
                width + 6,
                y + 31,
                DARK,
                _text(cell),
            )
        )
    return _frame(title, desc, max(len(items) * row, row), "".join(parts), css_id)


def column_chart(
    items: Sequence[tuple[str, People | int | None]], *, title: str, desc: str, css_id: str
) -> SafeString:
    """Columns over time (months), labelled at the first, last and highest points."""
    height, base, left = 150, 120, 4
    values = [_value(c) for _l, c in items]
    top = max([v for v in values if v is not None], default=0) or 1
    step = (WIDTH - 2 * left) / max(len(items), 1)
    bar = max(min(step * 0.7, 30), 2)
    parts = [
        format_html(
            '<line x1="0" y1="{}" x2="{}" y2="{}" stroke="{}"></line>', base, WIDTH, base, GREY
        )
    ]
    for index, ((label, _cell), value) in enumerate(zip(items, values, strict=True)):
        x = left + index * step
        h = 0 if value is None else round((base - 20) * value / top)
        if value is None:
            parts.append(
                format_html(
                    '<text x="{}" y="{}" font-size="10" fill="{}">{}</text>',
                    round(x),
                    base - 4,
                    GREY,
                    SUPPRESSED_TEXT,
                )
            )
        else:
            parts.append(
                format_html(
                    '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"></rect>',
                    round(x),
                    base - h,
                    round(bar),
                    max(h, 1),
                    BLUE,
                )
            )
        if index in (0, len(items) - 1):
            anchor = "start" if index == 0 else "end"
            lx = round(x) if index == 0 else round(x + bar)
            parts.append(
                format_html(
                    '<text x="{}" y="{}" font-size="11" fill="{}" text-anchor="{}">{}</text>',
                    lx,
                    base + 16,
                    DARK,
                    anchor,
                    label,
                )
            )
    peak = max(range(len(values)), key=lambda i: values[i] or -1, default=None)
    if peak is not None and values[peak] is not None:
        parts.append(
            format_html(
                '<text x="{}" y="{}" font-size="11" fill="{}">{}</text>',
                round(left + peak * step),
                12,
                DARK,
                f"{items[peak][0]}: {values[peak]}",
            )
        )
    return _frame(title, desc, height, "".join(parts), css_id)


def survival_chart(survival: Survival, *, title: str, desc: str, css_id: str) -> SafeString:
    """A Kaplan-Meier step line: share of groups still meeting against months."""
    height, base, left, right, top_y = 190, 160, 34, 10, 10
    last = max([s.month for s in survival.steps], default=0) or 1
    span_x, span_y = WIDTH - left - right, base - top_y

    def xy(month: float, share: float) -> tuple[int, int]:
        return round(left + span_x * month / last), round(base - span_y * share)

    points = [xy(0, 1.0)]
    share = 1.0
    for step in survival.steps:
        points.append(xy(step.month, share))
        share = step.surviving
        points.append(xy(step.month, share))
    axis = format_html_join(
        "",
        '<text x="{}" y="{}" font-size="10" fill="{}" text-anchor="end">{}%</text>'
        '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}"></line>',
        (
            (left - 4, y + 4, GREY, pct, left, y, WIDTH - right, y, PALE)
            for pct, y in ((100, xy(0, 1)[1]), (50, xy(0, 0.5)[1]), (0, base))
        ),
    )
    months = format_html(
        '<text x="{}" y="{}" font-size="10" fill="{}">0</text>'
        '<text x="{}" y="{}" font-size="10" fill="{}" text-anchor="end">{} months</text>',
        left,
        base + 14,
        GREY,
        WIDTH - right,
        base + 14,
        GREY,
        last,
    )
    line = format_html(
        '<polyline fill="none" stroke="{}" stroke-width="3" points="{}"></polyline>',
        BLUE,
        " ".join(f"{x},{y}" for x, y in points),
    )
    censored = format_html_join(
        "",
        '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="2"></line>',
        (
            (x, y - 5, x, y + 5, DARK)
            for x, y in (xy(s.month, s.surviving) for s in survival.steps if s.censored)
        ),
    )
    return _frame(title, desc, height + 8, axis + months + line + censored, css_id)
