"""A literal prefilter for the screener's patterns (2026.12.5; speed only, the same matches).

Most of the library's 380 rules can match only where one of a few words appears in the post
("tablets", "bridge", "goodbye"). `required_literals(regex)` works out, from the pattern's parse
tree, a set of strings at least one of which is in every text the pattern can match; the
screener skips a pattern whose set has no member in the post. The set is derived so that it is
a necessary condition, never a guess:
- a run of literal characters in a sequence must appear in any match (zero-width assertions such
  as \\b do not break a run: they consume nothing);
- a group, or a repeat of at least once, needs what its body needs;
- an alternation needs one of what its branches need (if any branch needs nothing, nothing);
- a positive look-ahead or look-behind needs its body in the text (the screener searches the
  whole text, so what a look-around sees is in it);
- anything else (a class, a negative look-around, a case-insensitive part) needs nothing.
`literal_clauses(regex)` keeps every such set a pattern needs (issue 17, after library
2026.12.16 grew to 517 rules; only the cheapest before): a pattern of parts (a medicine near a
farewell, in either order) needs a literal of each part, so it is tried only on a post that
holds both. The sets come cheapest first (`_cost`: a function word is in most posts, a long
word in few), and a set too likely to be in any post is not kept (`MAX_COST`); the cheapest is
`required_literals`, which keys the screener's index of rules. `LiteralIndex` then finds, in one
pass over the post, which of all the rules' literals it contains.
"""

from __future__ import annotations

import re
from re import _constants as _C  # type: ignore[attr-defined]
from re import _parser as _P  # type: ignore[attr-defined]

from .statistical import FUNCTION_WORDS, word_list

# A set whose members are together this likely to be in a post is not worth checking.
MAX_COST = 4.0  # 2.0 before 2026.12.17, when a two-letter key cost less

Literals = frozenset[str]


# The words in most everyday posts (2026.12.17): a set that needs one of them is tried on
# nearly every post, so a rarer word of the same pattern (a "last" or a "time" beside a "my"
# or an "it") is the better key. Other function words are in fewer posts.
COMMONEST_WORDS = frozenset(
    word_list(
        "a an the this that i me my you your it its we is am are was be been to in on at for",
        "with of and or but so if not no do did have had has get got go just all it's i'm",
    )
)


def _literal_cost(literal: str) -> float:
    """A rough share of everyday posts that hold `literal` (only to compare candidates)."""
    word = literal.strip(" '")
    if len(word) <= 1:
        return 5.0
    if word in COMMONEST_WORDS:
        return 0.5
    if len(word) == 2:
        return 0.8  # found anywhere, not only as a word: "le" is in "people" and "little"
    if len(word) == 3 and word not in FUNCTION_WORDS:
        return 0.3  # "one" is in "someone" and "phone", "ere" in "there"
    if word in FUNCTION_WORDS:
        return 0.15
    return 0.03 if len(word) == 4 else 0.01


def _cost(literals: Literals) -> float:
    return sum(_literal_cost(x) for x in literals)


def required_literals(regex: re.Pattern[str]) -> Literals | None:
    """Strings at least one of which is in every text `regex` can match (searched as a whole
    text): the cheapest of `literal_clauses`, or None when no useful set is known."""
    clauses = literal_clauses(regex)
    return clauses[0] if clauses else None


def _clauses(items) -> list[Literals]:
    """Every set of strings the sequence `items` needs one of (each alone is necessary, by the
    rules above): a pattern made of parts needs something of each part, not only of one."""
    found: list[Literals] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            found.append(frozenset({"".join(run)}))
            run.clear()

    for op, av in items:
        if op is _C.LITERAL:
            run.append(chr(av))
            continue
        if op is _C.AT:
            continue  # zero width: the characters either side are next to each other
        flush()
        if op is _C.SUBPATTERN:
            _group, add_flags, _del_flags, body = av
            if not add_flags & _C.SRE_FLAG_IGNORECASE:
                found.extend(_clauses(body))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)):
            low, _high, body = av
            if low >= 1:
                found.extend(_clauses(body))
        elif op is _C.BRANCH:
            _none, branches = av
            needs = [_clauses(branch) for branch in branches]
            if all(needs):
                # one of each branch's cheapest, and what every branch needs
                found.append(frozenset().union(*(min(n, key=_cost) for n in needs)))
                found.extend(set(needs[0]).intersection(*map(set, needs[1:])))
        elif op is _C.ASSERT:
            _direction, body = av
            found.extend(_clauses(body))
        elif op is getattr(_C, "ATOMIC_GROUP", None):
            found.extend(_clauses(av))
    flush()
    return found


def literal_clauses(regex: re.Pattern[str]) -> tuple[Literals, ...]:
    """Sets of strings each of which has a member in every text `regex` can match (2026.12.16,
    issue 17): the cheapest first, only those worth checking (`MAX_COST`); () when none is.
    A pattern is tried on a post only when the post holds a member of every set."""
    if regex.flags & re.IGNORECASE or not isinstance(regex.pattern, str):
        return ()
    try:
        tree = _P.parse(regex.pattern, regex.flags)
    except Exception:  # pragma: no cover - every library pattern compiled already
        return ()
    useful = {c for c in _clauses(tree) if _cost(c) <= MAX_COST}
    return tuple(sorted(useful, key=lambda c: (_cost(c), sorted(c))))


def _trie_pattern(words: list[str]) -> str:
    """An alternation of `words` as a trie, so `re` tries few branches at each position."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict) -> str:
        branches = []
        ends_here = node.get("", False)
        for ch in sorted(k for k in node if k):
            branches.append(re.escape(ch) + build(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends_here else body

    return build(trie)


class LiteralIndex:
    """Every literal any pattern needs, found in a text in one pass.

    The scan reports, at each position, the longest literal starting there; every literal that
    is a substring of a reported one is then present too (`_inside`), so the result is exactly
    the set of literals that occur in the text."""

    def __init__(self, literals) -> None:
        words = sorted(set(literals))
        self.words = frozenset(words)
        pattern = _trie_pattern(words)
        self._scan = re.compile(f"(?=({pattern}))") if pattern else None
        every = self.words
        self._inside = {
            w: frozenset(
                w[i:j] for i in range(len(w)) for j in range(i + 1, len(w) + 1) if w[i:j] in every
            )
            for w in words
        }

    def present(self, text: str) -> frozenset[str]:
        if self._scan is None:
            return frozenset()
        found: set[str] = set()
        inside = self._inside
        for m in self._scan.finditer(text):
            word = m.group(1)
            if word and word not in found:
                found |= inside[word]
        return frozenset(found)
