"""A small HTML tree for assertions about markup (the standard library has no DOM)."""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser

VOID_ELEMENTS = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
    "track", "wbr",
}  # fmt: skip
FOCUSABLE = {"a", "button", "input", "select", "textarea", "summary"}


def _attr_name(keyword: str) -> str:
    """find(for_="x") looks for for="x"; aria_describedby for aria-describedby."""
    return keyword.rstrip("_").replace("_", "-")


class Node:
    def __init__(self, tag: str, attrs: dict[str, str | None], parent: Node | None) -> None:
        self.tag = tag
        self.attrs = attrs
        self.parent = parent
        self.children: list[Node | str] = []

    def __repr__(self) -> str:
        return f"<{self.tag} {self.attrs}>"

    @property
    def classes(self) -> set[str]:
        return set((self.attrs.get("class") or "").split())

    @property
    def text(self) -> str:
        parts: list[str] = []
        for child in self.children:
            parts.append(child if isinstance(child, str) else child.text)
        return " ".join(" ".join(parts).split())

    def iter(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.iter()

    def find_all(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> list[Node]:
        found = []
        for node in self.iter():
            if node is self:
                continue
            if tag and node.tag != tag:
                continue
            if cls and cls not in node.classes:
                continue
            if any(node.attrs.get(_attr_name(key)) != value for key, value in attrs.items()):
                continue
            found.append(node)
        return found

    def find(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> Node | None:
        found = self.find_all(tag, cls, **attrs)
        return found[0] if found else None

    def by_id(self, element_id: str) -> Node | None:
        return next((n for n in self.iter() if n.attrs.get("id") == element_id), None)

    def ancestors(self) -> Iterator[Node]:
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def has_ancestor(self, tag: str | None = None, cls: str | None = None) -> bool:
        return any(
            (tag is None or a.tag == tag) and (cls is None or cls in a.classes)
            for a in self.ancestors()
        )

    def focusable(self) -> list[Node]:
        """Elements a keyboard user reaches with Tab, in document order."""
        nodes = []
        for node in self.iter():
            if node.attrs.get("hidden") is not None or node.has_ancestor_hidden():
                continue
            if node.tag == "input" and node.attrs.get("type") == "hidden":
                continue
            if node.tag == "a" and "href" not in node.attrs:
                continue
            tabindex = node.attrs.get("tabindex")
            if tabindex is not None and tabindex.startswith("-"):
                continue
            if node.tag in FOCUSABLE or tabindex is not None:
                nodes.append(node)
        return nodes

    def has_ancestor_hidden(self) -> bool:
        return any(a.attrs.get("hidden") is not None for a in self.ancestors())


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {}, None)
        self.current = self.root

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, dict(attrs), self.current)
        self.current.children.append(node)
        if tag not in VOID_ELEMENTS:
            self.current = node

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.current.children.append(Node(tag, dict(attrs), self.current))

    def handle_endtag(self, tag: str) -> None:
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data: str) -> None:
        self.current.children.append(data)


def parse(html: str | bytes) -> Node:
    if isinstance(html, bytes):
        html = html.decode()
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root
