"""Django's cached template loader, with constant translations written in once.

While the service is English only, translation is off (``USE_I18N = False``, decision
0016), so ``{% translate "Some words" %}`` always renders its own words. Django still works
that out on every render of every page (a lookup, a no-op translation, localising and
escaping the result): 3.3 µs a tag, 38 tags on a member's group page (issue 17, run 9).
This loader, once per template and process, replaces each such tag by a text node of what
it renders. The words are the template's own: nothing read from a request or the database
is kept.

Only a tag whose message is a literal, with no filter, no ``as``, no ``context`` and no
``noop``, is replaced; with ``USE_I18N`` on (another language), none is, so the templates
keep their tags and a catalog would translate them as before.

It also finds the ``{% block %}`` nodes of a template once (run 10). A page that extends
``base.html`` has Django walk every node of ``base.html`` on every render to find them
(``ExtendsNode.render``): about 35 µs a request, for an answer fixed once the template is
compiled.
"""

from __future__ import annotations

from django.conf import settings
from django.template import Context
from django.template.base import NodeList, TextNode, Variable
from django.template.defaulttags import IfNode
from django.template.loaders import cached
from django.templatetags.i18n import TranslateNode
from django.utils.safestring import SafeString


class Loader(cached.Loader):
    def get_template(self, template_name, skip=None):  # type: ignore[no-untyped-def]
        template = super().get_template(template_name, skip)
        if not settings.USE_I18N and not getattr(template, "_translations_written_in", False):
            fold_translations(template.nodelist)
            template._translations_written_in = True
        if type(template.nodelist) is NodeList:
            template.nodelist = BlocksFoundOnce(template.nodelist)
        return template


class BlocksFoundOnce(NodeList):
    """A template's top node list that finds the nodes of a type (``{% block %}``, for an
    ``{% extends %}`` of it) once: the nodes of a compiled template do not change."""

    def __init__(self, nodes: NodeList) -> None:
        super().__init__(nodes)
        self.contains_nontext = nodes.contains_nontext
        self._found: dict[type, list] = {}

    def get_nodes_by_type(self, nodetype):  # type: ignore[no-untyped-def]
        found = self._found.get(nodetype)
        if found is None:
            found = self._found[nodetype] = super().get_nodes_by_type(nodetype)
        return list(found)


def _constant(node: object) -> SafeString | None:
    """What a ``{% translate "literal" %}`` node always renders (translation off), or None
    when it may render anything else."""
    if type(node) is not TranslateNode or node.asvar or node.noop or node.message_context:
        return None
    expression = node.filter_expression
    var = expression.var
    if expression.filters or not isinstance(var, Variable) or var.lookups is not None:
        return None
    value = node.render(Context(autoescape=True))
    # A literal of the template is safe text: rendered the same whatever the context.
    return value if isinstance(value, SafeString) else None


def fold_translations(nodelist: NodeList) -> None:
    """Replace, in place and in every nested node list, each constant translation node by
    a text node of its words."""
    for index, node in enumerate(nodelist):
        words = _constant(node)
        if words is not None:
            text = TextNode(str(words))
            text.origin, text.token = node.origin, node.token
            nodelist[index] = text
            continue
        if isinstance(node, IfNode):
            for _condition, branch in node.conditions_nodelists:
                fold_translations(branch)
            continue
        for name in node.child_nodelists:
            child = getattr(node, name, None)
            if isinstance(child, NodeList):
                fold_translations(child)
