"""Links by URL name, reversed once per process rather than once per link.

``django.urls.reverse`` walks the resolver's candidates and checks each against its pattern:
on the member pages its 16 to 31 calls were about 8% of the CPU (issue 17, run 8). What a
name and a number of whole-number arguments reverse to is the same on every request of a
process, apart from the numbers themselves: so a name is reversed once with placeholder
numbers, the text around them kept, and each link is that text with the request's numbers
put in. Only the shape of the URL is kept (text such as ``/groups/#/meetings/#/``), never an
id, a person or anything read from the database.

    path_of("home")                               "/"
    link("groups:meeting_detail", 5, 12)          "/groups/5/meetings/12/"
    {% link 'groups:meeting_detail' group.pk meeting.pk %}   (``{% load nhsuk %}``)

Any argument that is not an ``int`` (and any keyword) goes to ``reverse`` as before, so the
result is always what ``reverse`` gives.
"""

from __future__ import annotations

from functools import lru_cache

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse

# Placeholder numbers no real argument is expected to have; each is found once in the URL
# (checked when the shape is made: otherwise that name is always reversed in full).
_PLACEHOLDERS = (918_273_645_501, 918_273_645_502, 918_273_645_503, 918_273_645_504)


@lru_cache(maxsize=512)
def _shape(name: str, count: int, urlconf: str, prefix: str) -> tuple[str, ...] | None:
    """The parts of the URL around its ``count`` numbers, or None when this name cannot be
    filled in that way (it is reversed in full each time)."""
    if count > len(_PLACEHOLDERS):
        return None
    marks = [str(p) for p in _PLACEHOLDERS[:count]]
    url = reverse(name, args=list(_PLACEHOLDERS[:count]), urlconf=urlconf)
    parts = []
    rest = url
    for mark in marks:
        if rest.count(mark) != 1:
            return None
        before, rest = rest.split(mark)
        parts.append(before)
    parts.append(rest)
    return tuple(parts)


def where() -> tuple[str, str]:
    """The URL configuration and script prefix links are made for now (the same for every
    link of a request: a template's ``{% link %}`` tags read them once a render)."""
    return get_urlconf() or settings.ROOT_URLCONF, get_script_prefix()


def link(name: str, *args: object) -> str:
    """``reverse(name, args=args)``, the same text, from a shape made once per process."""
    return link_at(where(), name, args)


def link_at(place: tuple[str, str], name: str, args: tuple[object, ...]) -> str:
    """``link(name, *args)`` for the URL configuration and script prefix ``place``
    (``where()``)."""
    for arg in args:
        if type(arg) is not int:
            return reverse(name, args=list(args))
    parts = _shape(name, len(args), *place)
    if parts is None:
        return reverse(name, args=list(args))
    if not args:
        return parts[0]
    out = [parts[0]]
    for arg, part in zip(args, parts[1:], strict=True):
        out.append(str(arg))
        out.append(part)
    return "".join(out)


def path_of(name: str) -> str:
    """``reverse(name)`` for a name without arguments, once per process."""
    return link(name)
