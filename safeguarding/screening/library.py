"""The phrase library: loaded from the TOML files in `phrases/` and validated at import.

The files, by meaning (see phrases/README.md):
- `library.toml`: the library's VERSION and its categories, in the order reviewers see them;
- `<category>.toml`, one per category: the category (its base level and how context treats it)
  and its rules, each with a name, the version it was added in and a pattern;
- `idioms.toml`: idioms and hyperbole, masked before any rule runs;
- `supportive.toml`: supportive words to someone else (helplines, "call 999"), masked likewise;
- `context.toml`: the patterns that lower a cue, or stop it being lowered, and the near times;
- `fragments.toml`: named pieces of pattern ("<MEANS>") the other files use;
- `normalise.toml`: the characters, words and phrases replaced before matching.

Any problem (a file that is not TOML, an unknown or missing key, a rule in the wrong category,
a pattern that does not compile, an unknown fragment, a duplicate name) raises
`PhraseLibraryError` naming the file and the rule, so a broken library stops the app at start
rather than screening with a gap. The names below (VERSION, CATEGORIES, RULES, IDIOMS, CONTEXT,
FRAGMENTS, CHAR_MAP, NORMALISE_WORDS, NORMALISE_PHRASES) are what the screener reads.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

PHRASES_DIR = Path(__file__).resolve().parent / "phrases"
SPECIAL_FILES = (
    "library.toml",
    "idioms.toml",
    "supportive.toml",
    "context.toml",
    "fragments.toml",
    "normalise.toml",
)
# What a category's cue is about when it is not the writer's own risk (2026.12.1); the
# screening's `kind` (the alert and the member's panel read it).
KINDS = ("medical_emergency", "other_at_risk")
LEVELS = ("high", "medium")
_VERSION = re.compile(r"\d{4}\.\d{1,2}\.\d+")
_PLACEHOLDER = re.compile(r"<([A-Z_]+)>")
_NAME = re.compile(r"[a-z_]+\.[a-z0-9_]+")

CATEGORY_KEYS: dict[str, type] = {
    "level": str,
    "label": str,
    "description": str,
    "negatable": bool,  # a negation just before the cue ("i'm not suicidal") discounts it
    "contextual": bool,  # past and recovered, third party, news/TV, quoting, hypotheticals
    "departure": bool,  # a benign departure in the post ("moving to the tuesday group")
    "broad_net": bool,  # the loose distress net: not a second category in "two categories"
    "supporting": bool,  # never raises a post alone; with another live cue makes it high
    "broad_risk": bool,  # the broad safety net by meaning class (2026.11.3)
    "kind": str,  # medical_emergency or other_at_risk: about now, a third party never lowers it
    "escalates": bool,  # priority (2026.12.8): never alone; makes a post that reaches staff high
}
CATEGORY_REQUIRED = ("level", "label", "description")
RULE_KEYS: dict[str, type | tuple[type, ...]] = {
    "name": str,  # "<category>.<short name>", shown to reviewers
    "added_in": str,  # the library version that first had this rule
    "pattern": (str, list),  # a regular expression on the normalised post; a list is joined
    "level": str,  # overrides the category's level for this rule
    "routine_lowers": bool,  # a routine medicine word in the sentence discounts the cue
    "receiver_named": bool,  # the person taking a pet or keepsake is not "someone else"
    "final": bool,  # explicit finality ("for the last time"): never an ordinary goodbye
    "unless": (str, list),  # the rule does not match in a post where this matches (2026.12.1)
}
RULE_REQUIRED = ("name", "added_in", "pattern")
IDIOM_KEYS: dict[str, type | tuple[type, ...]] = {
    "name": str,
    "added_in": str,
    "pattern": (str, list),
}
SUPPORTIVE_KEYS: dict[str, type | tuple[type, ...]] = {
    "name": str,
    "added_in": str,
    "pattern": (str, list),
    "sentence": (str, list),  # masked only when the sentence also matches this
}
CONTEXT_KEYS: dict[str, type | tuple[type, ...]] = {"added_in": str, "pattern": (str, list)}
# the context patterns the screener uses by name
CONTEXT_NAMES = (
    "negation",
    "third_party",
    "first_person",
    "media",
    "accidental",
    "medicine_routine",
    "past",
    "hypothetical",
    "future_time",
    "benign_departure",
    "recovery",
    "recurrence",
    "intent_over_accident",
    "news",
)


class PhraseLibraryError(ValueError):
    """The phrase library's files are broken; the message names the file and the rule."""


@dataclass(frozen=True)
class Pattern:
    """A library pattern, compiled. When every top-level alternative starts with "\\b", the
    "\\b" is removed from `regex` (Python's `re` cannot use its fast literal scan after it) and
    `boundary` is set: the screener then checks that word boundary on each match itself."""

    source: str
    regex: re.Pattern[str]
    boundary: bool


@dataclass(frozen=True)
class Library:
    version: str
    categories: dict[str, dict]
    rules: tuple[dict, ...]  # each: name, category, pattern, compiled, added_in, file, flags
    idioms: tuple[dict, ...]  # each: name, pattern, compiled, added_in
    supportive: tuple[dict, ...]  # each: name, pattern, compiled, added_in, sentence_compiled
    context: dict[str, str]
    context_compiled: dict[str, Pattern]
    fragments: dict[str, str]
    char_map: dict[str, str]
    normalise_words: dict[str, str]
    normalise_phrases: dict[str, str]


def expand(pattern: str, fragments: dict[str, str]) -> str:
    """Replace each "<NAME>" by its fragment (fragments may use fragments); a literal space
    matches one space or one newline."""
    for _ in range(10):
        expanded = _PLACEHOLDER.sub(lambda m: fragments[m.group(1)], pattern)
        if expanded == pattern:
            break
        pattern = expanded
    return pattern.replace(" ", r"\s")


def split_top_level(pattern: str) -> list[str]:
    """Split a regular expression at its top-level "|" (outside groups and classes)."""
    parts, depth, in_class, escaped, start = [], 0, False, False, 0
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


@functools.cache
def _regex(expanded: str) -> re.Pattern[str]:
    """`expanded` compiled once a process. `re` keeps only its last 512 patterns and the library
    has more, so without this every load of a library (its tests load broken copies of it)
    compiled every pattern again, about a second each time."""
    return re.compile(expanded)


def compile_pattern(pattern: str, fragments: dict[str, str]) -> Pattern:
    expanded = expand(pattern, fragments)
    alternatives = split_top_level(expanded)
    boundary = all(alt.startswith(r"\b") for alt in alternatives)
    if boundary:
        expanded = "|".join(alt[2:] for alt in alternatives)
    return Pattern(pattern, _regex(expanded), boundary)


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


class _Loader:
    def __init__(self, directory: Path):
        self.directory = directory

    def fail(self, file: str, what: str, problem: str) -> PhraseLibraryError:
        where = f"{self.directory.name}/{file}" + (f", {what}" if what else "")
        return PhraseLibraryError(f"phrase library: {where}: {problem}")

    def read(self, file: str) -> dict:
        path = self.directory / file
        try:
            return tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise self.fail(file, "", "the file is missing") from None
        except tomllib.TOMLDecodeError as exc:
            raise self.fail(file, "", f"not valid TOML ({exc})") from None

    def check_keys(self, file, what, table, allowed, required) -> None:
        if not isinstance(table, dict):
            raise self.fail(file, what, "must be a table")
        for key in required:
            if key not in table:
                raise self.fail(file, what, f"missing {key!r}")
        for key, value in table.items():
            if key not in allowed:
                raise self.fail(file, what, f"unknown key {key!r} (allowed: {', '.join(allowed)})")
            if not isinstance(value, allowed[key]):
                raise self.fail(file, what, f"{key!r} has the wrong type")

    def pattern(self, file: str, what: str, value) -> str:
        if isinstance(value, list):
            if not value or not all(isinstance(part, str) for part in value):
                raise self.fail(file, what, "a pattern list must hold strings")
            value = "".join(value)
        if not value.strip():
            raise self.fail(file, what, "the pattern is empty")
        return value

    def added_in(self, file: str, what: str, version: str, library_version: str) -> None:
        if not _VERSION.fullmatch(version):
            raise self.fail(file, what, f"added_in {version!r} is not a version like 2026.11.4")
        if _version_key(version) > _version_key(library_version):
            raise self.fail(
                file, what, f"added_in {version} is later than the library ({library_version})"
            )

    def compiles(self, file: str, what: str, pattern: str, fragments: dict[str, str]) -> Pattern:
        unknown = sorted(set(_PLACEHOLDER.findall(pattern)) - set(fragments))
        if unknown:
            raise self.fail(file, what, f"unknown fragment {', '.join(unknown)}")
        try:
            return compile_pattern(pattern, fragments)
        except re.error as exc:
            raise self.fail(file, what, f"the pattern does not compile ({exc})") from None


def _strings(loader: _Loader, file: str, data: dict, table: str) -> dict[str, str]:
    values = data.get(table)
    if not isinstance(values, dict):
        raise loader.fail(file, "", f"missing table [{table}]")
    for key, value in values.items():
        if not isinstance(value, str):
            raise loader.fail(file, f"[{table}] {key!r}", "must be a string")
    return values


def load(directory: Path = PHRASES_DIR) -> Library:
    """Read and validate every file of the library in `directory`."""
    loader = _Loader(directory)
    head = loader.read("library.toml")
    required = ("version", "categories")
    loader.check_keys("library.toml", "", head, {"version": str, "categories": list}, required)
    version = head["version"]
    if not _VERSION.fullmatch(version):
        raise loader.fail("library.toml", "", f"version {version!r} is not like 2026.11.4")
    category_names = head["categories"]

    normalise = loader.read("normalise.toml")
    fragments_data = loader.read("fragments.toml")
    fragments: dict[str, str] = {}
    for name, value in (fragments_data.get("fragments") or {}).items():
        if not isinstance(value, str | list):
            raise loader.fail("fragments.toml", f"fragment {name!r}", "must be a string or list")
        fragments[name] = loader.pattern("fragments.toml", f"fragment {name!r}", value)
    for name, value in fragments.items():
        unknown = sorted(set(_PLACEHOLDER.findall(value)) - set(fragments))
        if unknown:
            raise loader.fail("fragments.toml", f"fragment {name!r}", f"unknown fragment {unknown}")

    expected = {f"{name}.toml" for name in category_names} | set(SPECIAL_FILES)
    for path in sorted(directory.glob("*.toml")):
        if path.name not in expected:
            raise loader.fail(path.name, "", "not a category listed in library.toml")

    categories: dict[str, dict] = {}
    rules: list[dict] = []
    seen: dict[str, str] = {}
    for category in category_names:
        file = f"{category}.toml"
        data = loader.read(file)
        if set(data) - {"category", "rules"}:
            raise loader.fail(file, "", "only [category] and [[rules]] belong here")
        info = data.get("category")
        loader.check_keys(file, "[category]", info, CATEGORY_KEYS, CATEGORY_REQUIRED)
        if info["level"] not in LEVELS:
            raise loader.fail(file, "[category]", f"level must be one of {LEVELS}")
        if info.get("kind", KINDS[0]) not in KINDS:
            raise loader.fail(file, "[category]", f"kind must be one of {KINDS}")
        categories[category] = info
        for number, rule in enumerate(data.get("rules", []), start=1):
            what = f"rule {rule.get('name', f'number {number}')!r}"
            loader.check_keys(file, what, rule, RULE_KEYS, RULE_REQUIRED)
            name = rule["name"]
            if not _NAME.fullmatch(name) or not name.startswith(f"{category}."):
                raise loader.fail(file, what, f"a rule's name must be '{category}.<short_name>'")
            if name in seen:
                raise loader.fail(file, what, f"the name is already used in {seen[name]}")
            seen[name] = file
            if rule.get("level", info["level"]) not in LEVELS:
                raise loader.fail(file, what, f"level must be one of {LEVELS}")
            loader.added_in(file, what, rule["added_in"], version)
            pattern = loader.pattern(file, what, rule["pattern"])
            compiled = loader.compiles(file, what, pattern, fragments)
            unless = None
            if "unless" in rule:
                source = loader.pattern(file, what, rule["unless"])
                unless = loader.compiles(file, what, source, fragments)
            rules.append(
                {**rule, "pattern": pattern, "compiled": compiled, "category": category}
                | {"file": file, "unless_compiled": unless}
            )

    idioms: list[dict] = []
    for number, idiom in enumerate(loader.read("idioms.toml").get("idioms", []), start=1):
        what = f"idiom {idiom.get('name', f'number {number}')!r}"
        loader.check_keys("idioms.toml", what, idiom, IDIOM_KEYS, ("name", "added_in", "pattern"))
        if idiom["name"] in seen:
            raise loader.fail("idioms.toml", what, f"the name is used in {seen[idiom['name']]}")
        seen[idiom["name"]] = "idioms.toml"
        loader.added_in("idioms.toml", what, idiom["added_in"], version)
        pattern = loader.pattern("idioms.toml", what, idiom["pattern"])
        compiled = loader.compiles("idioms.toml", what, pattern, fragments)
        idioms.append({**idiom, "pattern": pattern, "compiled": compiled})

    supportive: list[dict] = []
    for number, entry in enumerate(loader.read("supportive.toml").get("supportive", []), start=1):
        what = f"supportive {entry.get('name', f'number {number}')!r}"
        loader.check_keys(
            "supportive.toml", what, entry, SUPPORTIVE_KEYS, ("name", "added_in", "pattern")
        )
        if not entry["name"].startswith("supportive.") or entry["name"] in seen:
            raise loader.fail("supportive.toml", what, "names are 'supportive.<name>', unique")
        seen[entry["name"]] = "supportive.toml"
        loader.added_in("supportive.toml", what, entry["added_in"], version)
        pattern = loader.pattern("supportive.toml", what, entry["pattern"])
        compiled = loader.compiles("supportive.toml", what, pattern, fragments)
        sentence = None
        if "sentence" in entry:
            source = loader.pattern("supportive.toml", what, entry["sentence"])
            sentence = loader.compiles("supportive.toml", what, source, fragments)
        supportive.append(
            {**entry, "pattern": pattern, "compiled": compiled, "sentence_compiled": sentence}
        )

    context: dict[str, str] = {}
    context_compiled: dict[str, Pattern] = {}
    for name, entry in (loader.read("context.toml").get("context") or {}).items():
        what = f"context {name!r}"
        loader.check_keys("context.toml", what, entry, CONTEXT_KEYS, ("added_in", "pattern"))
        loader.added_in("context.toml", what, entry["added_in"], version)
        context[name] = loader.pattern("context.toml", what, entry["pattern"])
        context_compiled[name] = loader.compiles("context.toml", what, context[name], fragments)
    missing = [name for name in CONTEXT_NAMES if name not in context]
    if missing:
        raise loader.fail("context.toml", "", f"missing context {', '.join(missing)}")

    return Library(
        version=version,
        categories=categories,
        rules=tuple(rules),
        idioms=tuple(idioms),
        supportive=tuple(supportive),
        context=context,
        context_compiled=context_compiled,
        fragments=fragments,
        char_map=_strings(loader, "normalise.toml", normalise, "char_map"),
        normalise_words=_strings(loader, "normalise.toml", normalise, "words"),
        normalise_phrases=_strings(loader, "normalise.toml", normalise, "phrases"),
    )


LIBRARY = load()
VERSION: str = LIBRARY.version
CATEGORIES: dict[str, dict] = LIBRARY.categories
RULES: tuple[dict, ...] = LIBRARY.rules
IDIOMS: tuple[dict, ...] = LIBRARY.idioms
SUPPORTIVE: tuple[dict, ...] = LIBRARY.supportive
CONTEXT: dict[str, str] = LIBRARY.context
FRAGMENTS: dict[str, str] = LIBRARY.fragments
CHAR_MAP: dict[str, str] = LIBRARY.char_map
NORMALISE_WORDS: dict[str, str] = LIBRARY.normalise_words
NORMALISE_PHRASES: dict[str, str] = LIBRARY.normalise_phrases
