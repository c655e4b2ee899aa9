"""Safeguarding screener: triage of a post for human review (safeguarding.md rule 1).

`screen_text(text)` returns a `Screening` with a level ("high", "medium" or "none"), the evidence
(each matched cue with its place in the original text, the rule and the category) and the
version of the phrase library and the statistical model. It is pure Python: no network, no
downloaded model, no database, no settings. It never blocks, bans or contacts anyone; it only
orders the staff queue.

Layers (see docs/clinical-safety/screening.md):
1. normalisation (lower case, straight quotes, collapsed whitespace, text-speak and misspellings),
   keeping a map from every normalised character back to the original text;
2. idioms ("the pain is killing me") are masked so their words cannot form a cue;
3. the phrase library's rules find cues, each with a category and a base level;
4. context rules lower a cue: negation, third party or news/TV, medicine routine, an ordinary
   goodbye, past and recovered, hypothetical, quoting. "Not safe" and "concern about another
   member" are never lowered;
5. combination rules: any high cue is high; medium cues from two categories are high; two
   separate finality cues (farewell, giving away, affairs) are high; a passive wish with any
   other cue is high; a near time ("tonight") with any unlowered cue is high;
6. the broad safety net (2026.11.3): meaning classes matched by short words and stems (a means
   word, a place with dwelling, finality, a decision, odd calm, a hint about purpose, rehoming).
   A broad cue alone is at most medium; beside a cue of another class it is high. A stated
   intent with the means ("put them all on at once") stops an "accident" from lowering a cue;
7. the statistical layer (2026.11.4, statistical.py): a post left at "none" that reads like the
   posts clinicians labelled a concern is raised to medium; a loose broad cue alone stands only
   with the layer's support; and (model 2026.11.5) a post at medium that reads like the posts
   labelled high is made high; and (model 2026.12.2) a post with no phrase cue that both heads
   score at or above their thresholds is high (never a reply). The layer never lowers a named
   cue.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from . import library as _LIB
from . import prefilter, priority, statistical, thread
from .flags import PostFlags
from .normalisation import normalise
from .patterns import Pattern as _Pattern
from .results import (  # noqa: F401 (the screener's names: callers import them from here)
    _RANK,
    _WEAKENED,
    CTX_ACCIDENTAL,
    CTX_ADDRESSED,
    CTX_DEPARTURE,
    CTX_ECHO,
    CTX_HYPOTHETICAL,
    CTX_IDIOM,
    CTX_NEGATED,
    CTX_NOT_NOW,
    CTX_PAST,
    CTX_PAST_RECOVERED,
    CTX_PAST_RECURRING,
    CTX_QUOTED,
    CTX_RETURN,
    CTX_ROUTINE,
    CTX_SAME_EMERGENCY,
    CTX_SUPPORTIVE,
    CTX_THIRD_PARTY,
    FINALITY_CATEGORIES,
    IDIOM_CATEGORY,
    KIND_MEDICAL_EMERGENCY,
    KIND_OTHER_AT_RISK,
    KINDS,
    SUPPORTIVE_CATEGORY,
    Cue,
    Level,
    Screening,
)
from .statistical_evidence import (  # noqa: F401 (the names callers import from here)
    LOOSE_CATEGORIES,
    STATISTICAL_CATEGORY,
    STATISTICAL_HIGH_RULE,
    STATISTICAL_RULE,
    apply_statistical,
)
from .thread import Parent

_MODEL = statistical.load_model()
# What every screening records: the phrase library's version and the statistical model's.
LIBRARY_VERSION: str = f"{_LIB.VERSION}+model-{_MODEL.version}"
CATEGORIES: dict[str, dict] = _LIB.CATEGORIES


# Categories whose cues only support others (being alone, a window of time): alone they never
# make a post reach staff; with any other live cue they make it high.
SUPPORTING_CATEGORIES = frozenset(name for name, cat in CATEGORIES.items() if cat.get("supporting"))


# Categories of the broad safety-net layer (2026.11.3): loose meaning classes (a means word, a
# place with dwelling, finality words, a decision, odd calm, a hint about purpose, rehoming).
# One alone is medium; with a cue of another class the post is high.
BROAD_RISK_CATEGORIES = frozenset(name for name, cat in CATEGORIES.items() if cat.get("broad_risk"))


# --------------------------------------------------------------------------- compilation
# Fragments that, when every alternative of a rule needs them, let the rule be skipped for a
# post that does not contain them at all (the library uses them only in matching positions,
# never inside a look-ahead). A speed-up only: the matches are the same.
_GATE_FRAGMENTS = ("MEANS", "CALM", "PLACE", "DECISION")
_GATES = {
    name: _Pattern(_LIB.compile_pattern(rf"\b<{name}>", _LIB.FRAGMENTS)) for name in _GATE_FRAGMENTS
}


def _gates_for(pattern: str) -> tuple[str, ...]:
    alternatives = _LIB.split_top_level(pattern)
    return tuple(
        name for name in _GATE_FRAGMENTS if all(f"<{name}>" in alt for alt in alternatives)
    )


@dataclass(frozen=True)
class _Rule:
    name: str
    category: str
    level: Level
    regex: _Pattern
    routine_lowers: bool
    gates: tuple[str, ...]
    receiver_named: bool = False  # the person taking a pet or a keepsake is not "someone else"
    final: bool = False  # explicit finality ("for the last time"): never an ordinary goodbye
    unless: _Pattern | None = None  # the rule does not match in a post where this matches
    escalating: bool = False  # a priority family's (priority.py): looked for only at medium


_RULES: tuple[_Rule, ...] = tuple(
    _Rule(
        name=r["name"],
        category=r["category"],
        level=Level(r.get("level", CATEGORIES[r["category"]]["level"])),
        regex=_Pattern(r["compiled"]),
        routine_lowers=bool(r.get("routine_lowers", False)),
        gates=_gates_for(r["pattern"]),
        receiver_named=bool(r.get("receiver_named", False)),
        final=bool(r.get("final", False)),
        unless=_Pattern(r["unless_compiled"]) if r.get("unless_compiled") else None,
        escalating=r["category"] in priority.ESCALATING_CATEGORIES,
    )
    for r in _LIB.RULES
)
_IDIOMS: tuple[tuple[str, _Pattern], ...] = tuple(
    (i["name"], _Pattern(i["compiled"])) for i in _LIB.IDIOMS
)
_SUPPORTIVE: tuple[tuple[str, _Pattern, _Pattern | None], ...] = tuple(
    (
        i["name"],
        _Pattern(i["compiled"]),
        _Pattern(i["sentence_compiled"]) if i["sentence_compiled"] else None,
    )
    for i in _LIB.SUPPORTIVE
)
_SECOND_PERSON = re.compile(
    r"\b(?:you|your|you're|you've|you'd|you'll|yourself|yourselves|ya|ur)\b"
)
_FIRST_PERSON_WORD = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|my|myself|mine|we|we're|us|our)\b")
_CTX = {name: _Pattern(p) for name, p in _LIB.LIBRARY.context_compiled.items()}
# the post-wide flags a cue's reading may ask for (flags.py: each looked for on first use)
_POST_FLAGS = {
    name: _CTX[name]
    for name in ("benign_departure", "recovery", "recurrence", "intent_over_accident")
    if name in _CTX
}


_SENTENCE_END = re.compile(r"[.!?\n;]")
_CLAUSE_BREAK = re.compile(r"[,:()]|\s(?:but|and|so|because|cos|though|although|or)\s")
_MASK = "#"


# --------------------------------------------------------------------------- screening
@dataclass
class _Found:
    start: int  # normalised positions
    end: int
    rule: _Rule
    level: Level
    context: str = ""


def _raw_cues(masked: str, literals: frozenset[str], *, escalating: bool) -> list[_Found]:
    """Every rule's matches in the masked post, of the priority categories or of the others
    (`escalating`). `literals`: the prefilter's literals present in the post (a rule needing
    none of its literals cannot match, and is not tried)."""
    found: list[_Found] = []
    present: dict[str, bool] = {}
    for rule in _live_rules(literals):
        if rule.escalating != escalating:
            continue
        skip = False
        for gate in rule.gates:
            if gate not in present:
                present[gate] = _GATES[gate].search_where_live(masked, literals) is not None
            if not present[gate]:
                skip = True
                break
        if skip:
            continue
        matches = []
        for m in rule.regex.finditer(masked):
            a, b = m.span()
            while a < b and masked[a].isspace():
                a += 1
            while b > a and masked[b - 1].isspace():
                b -= 1
            if b > a:
                matches.append(_Found(a, b, rule, rule.level))
        # `unless` is looked for only when the rule matched (it is the slower pattern)
        if matches and not (
            rule.unless is not None and rule.unless.search_where_live(masked, literals)
        ):
            found.extend(matches)
    # within one category, of overlapping matches keep the higher level, then the longer
    found.sort(key=lambda f: (f.rule.category, f.start, -(f.end - f.start)))
    kept: list[_Found] = []
    for f in found:
        if kept and kept[-1].rule.category == f.rule.category and f.start < kept[-1].end:
            current = kept[-1]
            better = (_RANK[f.level], f.end - f.start) > (
                _RANK[current.level],
                current.end - current.start,
            )
            if better:
                kept[-1] = f
            continue
        kept.append(f)
    kept.sort(key=lambda f: (f.start, f.end))
    return kept


# Context rules look at most this far either side of a cue, so a huge post without full stops
# costs time in proportion to its length, not to its length squared.
_CONTEXT_REACH = 300


class _Text:
    """The masked normalised post, with sentence boundaries for context look-ups."""

    def __init__(self, masked: str):
        self.s = masked
        self.breaks = [m.start() for m in _SENTENCE_END.finditer(masked)]
        self.quotes = [i for i, ch in enumerate(masked) if ch == '"']

    def sentence_start(self, pos: int) -> int:
        i = bisect.bisect_left(self.breaks, pos)
        start = self.breaks[i - 1] + 1 if i > 0 else 0
        return max(start, pos - _CONTEXT_REACH)

    def sentence_end(self, pos: int) -> int:
        i = bisect.bisect_left(self.breaks, pos)
        end = self.breaks[i] if i < len(self.breaks) else len(self.s)
        return min(end, pos + _CONTEXT_REACH)

    def inside_quotes(self, start: int, end: int) -> bool:
        before = bisect.bisect_left(self.quotes, start)
        return before % 2 == 1 and bisect.bisect_left(self.quotes, end) < len(self.quotes)


def _clause_prefix(prefix: str) -> str:
    """The part of `prefix` after its last clause break (comma, "but", "and", ...)."""
    ends = [m.end() for m in _CLAUSE_BREAK.finditer(prefix)]
    return prefix[ends[-1] :] if ends else prefix


def _is_third_party(t: _Text, f: _Found) -> bool:
    cue = t.s[f.start : f.end]
    if _CTX["first_person"].search(cue):
        return False
    s0 = t.sentence_start(f.start)
    prefix = t.s[s0 : f.start]
    tp_spans = [m.span() for m in _CTX["third_party"].finditer(prefix)]
    fp_ends = [
        m.end()
        for m in _CTX["first_person"].finditer(prefix)
        if not any(a <= m.start() < b for a, b in tp_spans)
    ]
    last_fp = max(fp_ends, default=-1)
    if tp_spans and tp_spans[-1][1] > last_fp:
        return True
    sentence = t.s[s0 : t.sentence_end(f.end)]
    return last_fp < 0 and bool(_CTX["media"].search(sentence))


def _addressed_to_reader(t: _Text, f: _Found, prefix: str) -> bool:
    """In a reply: the cue is said to the person replied to ("are you feeling really low?",
    "tell them you're not coping"), not about the writer. The last person word before the cue
    in its clause is "you", and the cue itself has no first-person word."""
    if _FIRST_PERSON_WORD.search(t.s[f.start : f.end]):
        return False
    clause = _clause_prefix(prefix)
    last_you = max((m.end() for m in _SECOND_PERSON.finditer(clause)), default=-1)
    last_me = max((m.end() for m in _FIRST_PERSON_WORD.finditer(clause)), default=-1)
    if last_you < 0 and _SECOND_PERSON.search(t.s[f.start : f.end]):
        return True
    return last_you > last_me


def _apply_kind_context(t: _Text, f: _Found, kind: str, prefix: str, sentence: str) -> None:
    """A medical emergency or someone else at risk is about now, and often about someone else:
    a third party never lowers it. The past, a hypothetical or quoting does: a medical cue
    becomes none (a stroke last year is not an emergency now), someone else at risk becomes
    medium (a person still looks at an old harm told now). A news story makes either none."""
    news = kind == KIND_OTHER_AT_RISK and bool(_CTX["news"].search(sentence))
    not_now = (
        news
        or _CTX["past"].search(sentence)
        or _CTX["hypothetical"].search(prefix)
        or t.inside_quotes(f.start, f.end)
    )
    if not not_now:
        return
    if kind == KIND_MEDICAL_EMERGENCY or news:
        f.level = Level.NONE
    else:
        f.level = Level.MEDIUM
    f.context = CTX_NOT_NOW


def _others_words(t: _Text, f: _Found, prefix: str) -> list[str]:
    """The meaningful words of a cue whose clause has no first-person word (so it may be about
    the person replied to); none when the clause speaks of the writer."""
    clause = _clause_prefix(prefix) + t.s[f.start : f.end]
    if _FIRST_PERSON_WORD.search(clause):
        return []
    return [
        w
        for w, _a, _b in statistical.tokens(t.s[f.start : f.end])
        if w not in statistical.FUNCTION_WORDS
    ]


def _echoes_parent(t: _Text, f: _Found, prefix: str, parent: Parent) -> bool:
    """In a reply, a cue with no first-person word in its clause whose meaningful words all
    come from the post replied to ("whisky and pregabalin together isn't safe") repeats that
    post; it is not the replier's own."""
    words = _others_words(t, f, prefix)
    return bool(words) and all(w in parent.words for w in words)


def _tells_reader_what_to_do(t: _Text, f: _Found, prefix: str, parent: Parent) -> bool:
    """In a reply that tells the person replied to to ring 999, 111 or a helpline (2026.12.7):
    an emergency or someone-else cue with no first-person word in its clause, most of whose
    meaningful words come from the post replied to ("Pat please ring 999 now. Face one side,
    arm weak, words wrong"), names the signs back to them; it is not a new risk from the
    replier. A replier's own emergency ("ring 999, my husband's face has dropped") still counts."""
    words = _others_words(t, f, prefix)
    if words and _CTX["naming_the_signs"].search(t.s[f.end : t.sentence_end(f.end)]):
        return True  # 2026.12.10: "face droop and speech is a stroke sign" says why to ring
    return bool(words) and 2 * sum(w in parent.words for w in words) > len(words)


def _apply_context(
    t: _Text,
    f: _Found,
    post_flags: PostFlags,
    parent: Parent | None = None,
) -> None:
    cat = CATEGORIES[f.rule.category]
    s0 = t.sentence_start(f.start)
    prefix = t.s[s0 : f.start]
    if parent is not None:
        if _addressed_to_reader(t, f, prefix):
            f.level, f.context = Level.NONE, CTX_ADDRESSED
            return
        if (
            post_flags["advice_to_reader"]
            and cat.get("kind")
            and _tells_reader_what_to_do(t, f, prefix, parent)
        ):
            f.level, f.context = Level.NONE, CTX_ADDRESSED
            return
        if _echoes_parent(t, f, prefix, parent):
            f.level, f.context = Level.NONE, CTX_ECHO
            return
        if cat.get("kind") == KIND_MEDICAL_EMERGENCY and parent.has_live(f.rule.category):
            f.level, f.context = Level.NONE, CTX_SAME_EMERGENCY
            return
    if cat.get("kind"):
        _apply_kind_context(t, f, cat["kind"], prefix, t.s[s0 : t.sentence_end(f.end)])
        return
    if cat.get("negatable") and _CTX["negation"].search(_clause_prefix(prefix)):
        f.level, f.context = Level.NONE, CTX_NEGATED
        return
    if not cat.get("contextual"):
        return
    if not f.rule.receiver_named and _is_third_party(t, f):
        f.level, f.context = Level.NONE, CTX_THIRD_PARTY
        return
    sentence = t.s[s0 : t.sentence_end(f.end)]
    if _CTX["accidental"].search(sentence) and not post_flags["intent_over_accident"]:
        if f.level == Level.HIGH:
            f.level = Level.MEDIUM
        f.context = CTX_ACCIDENTAL
        return
    if (
        f.rule.category in ("means", "broad_means")
        and _CTX["medicine_return"].search(sentence)
        and not post_flags["intent_over_accident"]
    ):
        f.level, f.context = Level.NONE, CTX_RETURN
        return
    if (
        f.rule.routine_lowers
        and _CTX["medicine_routine"].search(sentence)
        and not post_flags["intent_over_accident"]
    ):
        f.level, f.context = Level.NONE, CTX_ROUTINE
        return
    if cat.get("departure") and post_flags["benign_departure"] and not f.rule.final:
        f.level, f.context = Level.NONE, CTX_DEPARTURE
        return
    if _CTX["past"].search(sentence):
        if post_flags["recurrence"]:
            f.context = CTX_PAST_RECURRING
        elif post_flags["recovery"]:
            f.level, f.context = Level.NONE, CTX_PAST_RECOVERED
        elif f.level == Level.HIGH:
            f.level, f.context = Level.MEDIUM, CTX_PAST
        return
    if _CTX["hypothetical"].search(prefix):
        if f.level == Level.HIGH:
            f.level = Level.MEDIUM
        f.context = CTX_HYPOTHETICAL
        return
    if t.inside_quotes(f.start, f.end):
        if f.level == Level.HIGH:
            f.level = Level.MEDIUM
        f.context = CTX_QUOTED


# The supportive words that point the reader to help (2026.12.7, see _tells_reader_what_to_do).
_ADVICE_TO_READER = frozenset({"supportive.emergency_advice", "supportive.helpline"})
# The categories a medicine handed back lowers (safeguarding rule 2: any other cue beats it).
_RETURN_LOWERS = frozenset({"means", "broad_means"})


def _lower_means_handed_back(
    found: list[_Found],
    masked: str,
    literals: frozenset[str],
    post_flags: PostFlags,
    parent: Parent | None = None,
) -> None:
    """2026.12.7: a post about taking old medicines back to a chemist, or asking how to get rid
    of them, lowers its stock cues wherever they are in it ("had a clear out, got a carrier bag
    of old tramadol. does boots take it back?"): but only when they are its ONLY live cues. Any
    cue of intent, farewell, a plan, distress or anything else keeps them (rule 2), and so does
    an intent stated with the means."""
    live = [f for f in found if f.level != Level.NONE]
    if not live or any(f.rule.category not in _RETURN_LOWERS for f in live):
        return
    if post_flags["intent_over_accident"]:
        return
    # 2026.12.8: or a reply, under a post about taking old medicines back, about its own old
    # stock kept for nothing ("i need to do that, i've a drawer full of old naproxen")
    why = CTX_RETURN
    in_thread = parent is not None and _CTX["medicine_return"].search(normalise(parent.text).text)
    if in_thread:
        in_thread = _CTX["old_stock"].search(masked) and not _CTX["stock_kept"].search(masked)
    elif parent is not None and _CTX["advice_gp"].search(masked):  # advice about the reader's
        t, why = _Text(masked), CTX_ADDRESSED  # medicine: no first person in the cue's sentence
        sentences = (masked[t.sentence_start(f.start) : t.sentence_end(f.end)] for f in live)
        in_thread = not any(_FIRST_PERSON_WORD.search(s) for s in sentences)
    if not _CTX["medicine_return"].search_where_live(masked, literals) and not in_thread:
        return
    for f in live:
        f.level, f.context = Level.NONE, why


def _combine(found: list[_Found], future_time: str | None, text: str) -> tuple[Level, list[str]]:
    live = [f for f in found if f.level != Level.NONE]
    if not live:
        return Level.NONE, []
    reasons: list[str] = []
    support = [f for f in live if f.rule.category in SUPPORTING_CATEGORIES]
    others = [f for f in live if f.rule.category not in SUPPORTING_CATEGORIES]
    # a supporting cue counts only beside another cue on different words
    support = [s for s in support if any(o.end <= s.start or s.end <= o.start for o in others)]
    if not others and not support:
        return Level.NONE, ["supporting cue only"]
    if not others:
        return Level.NONE, [f"supporting cue only: {support[0].rule.name}"]
    if support:
        return Level.HIGH, [f"{support[0].rule.name} with another cue: {others[0].rule.name}"]
    highs = [f for f in live if f.level == Level.HIGH]
    if highs:
        names = ", ".join(dict.fromkeys(f.rule.name for f in highs))
        return Level.HIGH, [f"high cue: {names}"]
    # cues counted at full strength: not lowered, and not past, hypothetical or quoted. Cues of
    # different categories on overlapping words are one piece of evidence, not two.
    full: list[_Found] = []
    for f in sorted(live, key=lambda f: (f.start, -(f.end - f.start))):
        if f.level != f.rule.level or f.context in _WEAKENED:
            continue
        if full and f.start < full[-1].end:
            continue
        full.append(f)
    categories = list(dict.fromkeys(f.rule.category for f in full))
    counted = [c for c in categories if not CATEGORIES[c].get("broad_net")]
    if len(counted) >= 2:
        return Level.HIGH, [f"medium cues in {len(counted)} categories: {', '.join(counted)}"]
    # the broad safety net (2026.11.3): a broad cue alone is medium; beside a cue of any other
    # class (including the broad distress net) it is high
    broad = [f for f in full if f.rule.category in BROAD_RISK_CATEGORIES]
    if broad and len(categories) >= 2:
        other = next(f for f in full if f.rule.category != broad[0].rule.category)
        return Level.HIGH, [
            f"broad cue {broad[0].rule.name} with a cue of another class: {other.rule.name}"
        ]
    # 2026.12.10: the same words matched twice by one rule (a post that repeats itself, "I HAVE
    # PAID MY FUNERAL PLAN OFF. sorry. i have paid off my funeral plan") are one signal
    finality = list(
        {
            (f.rule.name, text[f.start : f.end]): f
            for f in full
            if f.rule.category in FINALITY_CATEGORIES
        }.values()
    )
    if len(finality) >= 2:
        return Level.HIGH, [
            f"{len(finality)} signals of finality: {', '.join(f.rule.name for f in finality)}"
        ]
    live_categories = {f.rule.category for f in live}
    if "passive_wish" in categories and len(live_categories) >= 2:
        return Level.HIGH, ["passive wish with another cue"]
    if future_time and full:
        return Level.HIGH, [f"near time '{future_time}' with a cue: {full[0].rule.name}"]
    reasons.append(f"medium cue: {', '.join(dict.fromkeys(f.rule.name for f in live))}")
    return Level.MEDIUM, reasons


def _mask(
    text: str,
    entries,
    category: str,
    context: str,
    masked_chars: list[str],
    hits,
    literals: frozenset[str],
):
    """Find each idiom or supportive phrase in `text`, record it and mask its characters."""
    breaks = None
    for entry in entries:
        name, regex = entry[0], entry[1]
        if not regex.live(literals):
            continue
        sentence = entry[2] if len(entry) > 2 else None
        for m in regex.finditer(text):
            a, b = m.span()
            if b <= a:
                continue
            if sentence is not None:
                if breaks is None:
                    breaks = [x.start() for x in _SENTENCE_END.finditer(text)]
                i = bisect.bisect_left(breaks, a)
                s0 = breaks[i - 1] + 1 if i > 0 else 0
                j = bisect.bisect_left(breaks, b)
                s1 = breaks[j] if j < len(breaks) else len(text)
                if sentence.search(text[s0:s1]) is None:
                    continue
            hits.append((a, b, name, category, context))
            masked_chars[a:b] = _MASK * (b - a)


_NOT_ANSWERING = _Pattern(_LIB.compile_pattern(r"\b<NOT_ANSWERING>\b", _LIB.FRAGMENTS))


def _kind_of(found: list[_Found], level: Level) -> str:
    """The screening's kind: a live medical-emergency cue first ("Call 999 now" leads); then,
    if the writer has no high cue of their own, someone else at risk; else ""."""
    if level == Level.NONE:
        return ""
    live = [f for f in found if f.level != Level.NONE]
    kinds = {CATEGORIES[f.rule.category].get("kind") for f in live}
    if KIND_MEDICAL_EMERGENCY in kinds:
        return KIND_MEDICAL_EMERGENCY
    own_high = any(
        f.level == Level.HIGH and not CATEGORIES[f.rule.category].get("kind") for f in live
    )
    if KIND_OTHER_AT_RISK in kinds and not own_high:
        return KIND_OTHER_AT_RISK
    return ""


# The rules each literal can let through (prefilter.py), and the rules that need none.
_RULES_BY_LITERAL: dict[str, list[int]] = {}
for _i, _rule in enumerate(_RULES):
    for _literal in _rule.regex.literals or ():
        _RULES_BY_LITERAL.setdefault(_literal, []).append(_i)
_RULES_ALWAYS = frozenset(i for i, rule in enumerate(_RULES) if rule.regex.literals is None)
_RULES_ALSO = {i: r.regex.clauses[1:] for i, r in enumerate(_RULES) if len(r.regex.clauses) > 1}


def _live_rules(literals: frozenset[str]) -> list[_Rule]:
    """The rules that can match a post holding `literals`, in library order (the order decides
    which name is shown when two rules match the same words, so it must not change)."""
    ids = set(_RULES_ALWAYS)
    for literal in literals:
        ids.update(_RULES_BY_LITERAL.get(literal, ()))
    keep = _RULES_ALSO.get  # a rule's other sets of literals: one of each in the post too
    return [_RULES[i] for i in sorted(ids) if not any(map(literals.isdisjoint, keep(i, ())))]


# Every literal any pattern needs (prefilter.py): found in a post in one pass.
_INDEX = prefilter.LiteralIndex(
    lit
    for pattern in (
        [r.regex for r in _RULES]
        + [r.unless for r in _RULES if r.unless is not None]
        + [p for _n, p in _IDIOMS]
        + [entry[1] for entry in _SUPPORTIVE]
        + list(_CTX.values())
        + list(_GATES.values())
        + [_NOT_ANSWERING]
    )
    for clause in pattern.clauses
    for lit in clause
)

_THREAD_RULE = _Rule(
    name="other_at_risk.thread_not_answering",
    category="other_at_risk",
    level=Level.HIGH,
    regex=_NOT_ANSWERING,
    routine_lowers=False,
    gates=(),
)


def screen_text(
    text: str, *, context_text: str | None = None, statistical_layer: bool = True
) -> Screening:
    """Screen one post. Never raises on ordinary input (empty, huge, emoji, any script).

    `context_text`: the post this one replies to, if any (thread context, 2026.12.1). A cue in
    the reply said to the person replied to ("are you feeling really low?") is not the writer's;
    the writer's own cues count as in any post; and a reply saying someone is not answering,
    under a post that scores high, is someone else at risk. The parent is never screened for
    its own sake here: it has its own screening.
    `statistical_layer=False` runs the phrase layers only (for training and evaluation).
    """
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    norm = normalise(text)
    if not norm.text.strip():
        return Screening(Level.NONE, (), LIBRARY_VERSION, ())
    parent = (
        Parent(str(context_text), lambda p: screen_text(p, statistical_layer=False))
        if context_text and str(context_text).strip()
        else None
    )

    # idioms and supportive words: record them, then mask their characters so they cannot
    # form a cue
    # the literals the patterns need that the post holds (masking only removes some, so
    # this set found once on the normalised post is safe for the masked post too)
    literals = _INDEX.present(norm.text)
    masked_chars = list(norm.text)
    hits: list[tuple[int, int, str, str, str]] = []
    _mask(norm.text, _IDIOMS, IDIOM_CATEGORY, CTX_IDIOM, masked_chars, hits, literals)
    _mask(norm.text, _SUPPORTIVE, SUPPORTIVE_CATEGORY, CTX_SUPPORTIVE, masked_chars, hits, literals)
    # 2026.12.9: a reply acting for someone under a post already alerted at high (thread.py)
    acting = thread.acting_spans(_CTX["acting_for_other"], norm.text, literals, parent)
    for a, b in acting:
        hits.append((a, b, thread.ACTING_RULE, SUPPORTIVE_CATEGORY, thread.CTX_ACTING))
        masked_chars[a:b] = _MASK * (b - a)
    called = thread.already_called(norm.text, acting)  # 2026.12.15
    masked = "".join(masked_chars)
    t = _Text(masked)

    found = _raw_cues(masked, literals, escalating=False)
    # 2026.12.7: a reply that tells the person replied to to ring 999, 111 or a helpline
    advice = any(name in _ADVICE_TO_READER for _a, _b, name, _c, _x in hits)
    post_flags = PostFlags(_POST_FLAGS, masked, literals, advice_to_reader=advice)

    def read(cues: list[_Found]) -> list[_Found]:
        for f in cues:
            _apply_context(t, f, post_flags, parent)
            if acting and thread.lowered_by_acting(f.rule.category, f.rule.name, called=called):
                f.level, f.context = Level.NONE, thread.CTX_ACTING
        return cues

    found = read(found)
    _lower_means_handed_back(found, masked, literals, post_flags, parent)
    if parent and not acting and not any(f.rule.category == "other_at_risk" for f in found):
        # someone who posted a goodbye (the post replied to scores high) is not answering
        m = _NOT_ANSWERING.search_where_live(masked, literals)
        # someone else's silence, not the writer's own ("i'm not answering the phone")
        if m:
            before = _clause_prefix(masked[t.sentence_start(m.start()) : m.start()])
            m = None if _FIRST_PERSON_WORD.search(before) else m
        # nor the reader's, in a reply that points them to a helpline (2026.12.7: "phone off
        # is ok for a bit but let us know you're alright. samaritans 116 123")
        if m and post_flags["advice_to_reader"]:
            sentence = masked[t.sentence_start(m.start()) : t.sentence_end(m.end())]
            m = None if _SECOND_PERSON.search(sentence) else m
        if m and parent.screening.level == Level.HIGH and not parent.screening.kind:
            found.append(_Found(m.start(), m.end(), _THREAD_RULE, Level.HIGH))
            found.sort(key=lambda f: (f.start, f.end))
    time_match = _CTX["future_time"].search_where_live(masked, literals)
    level, reasons = _combine(found, time_match.group() if time_match else None, masked)
    phrase_level = Level(level)

    evidence: list[Cue] = []
    for f in found:
        a, b = norm.original_span(f.start, f.end)
        evidence.append(Cue(a, b, text[a:b], f.rule.name, f.rule.category, f.level, f.context))
    for a_n, b_n, name, category, context in hits:
        a, b = norm.original_span(a_n, b_n)
        evidence.append(Cue(a, b, text[a:b], name, category, Level.NONE, context))
    if statistical_layer:
        level, extra, reasons = apply_statistical(
            _MODEL,
            text,
            norm,
            [f.rule.category for f in found],
            phrase_level,
            reasons,
            in_reply=parent is not None,
        )
        evidence.extend(extra)
    kind = _kind_of(found, phrase_level) if Level(level) != Level.NONE else ""

    def cue_of(f: _Found, lvl: Level, context: str) -> Cue:
        a, b = norm.original_span(f.start, f.end)
        return Cue(a, b, text[a:b], f.rule.name, f.rule.category, lvl, context)

    # 2026.12.8: priority cues decide no reach, so they are looked for only where they can
    # raise the post (at medium) or are shown unused (phrase layers only)
    raising: list[_Found] = []
    if Level(level) == Level.MEDIUM or not statistical_layer:
        raising = priority.live(read(_raw_cues(masked, literals, escalating=True)))
    level, kind, reasons, raised = priority.apply(
        Level(level), kind, reasons, raising, cue_of, keep_unused=not statistical_layer
    )
    evidence.extend(raised)
    kind = kind if level == Level.HIGH else ""
    evidence.sort(key=lambda c: (c.start, c.end, c.rule))
    return Screening(Level(level), tuple(evidence), LIBRARY_VERSION, tuple(reasons), kind)
