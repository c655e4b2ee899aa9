"""`{% member_response_panel crisis_panel posted as panel %}`: the crisis panel context made
proportionate to a saved post's screening, for pages whose view passed only the service and
the time (the groups board and thread put the saved post in the context as `posted`).

A read of one screening row; when the panel already knows its response, or there is no
post, or the post was never screened, the panel is returned unchanged (the full crisis
panel is the safe default).
"""

from django import template

from ..crisis import screening_of_post, with_response

register = template.Library()


@register.simple_tag
def member_response_panel(panel, post=None):
    if not panel or panel.get("response_known") or post is None or post == "":
        return panel
    level, kind = screening_of_post(post)
    if level is None:
        return panel
    return with_response(panel, level=level, kind=kind)
