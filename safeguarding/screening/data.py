"""The screener's labelled posts: one JSON Lines file per set in `data/`, listed in
`data/manifest.json` with the SHA-256 of each file (see data/README.md).

Every line is one post. The labelled sets (development, held-out, training) have
{"id", "text", "label", "category", "source", "round", "kind", "note"}; the realistic weeks
(`realistic/*.jsonl`, board traffic of several groups, mostly everyday chat, with threads) have
{"id", "text", "label", "category", "group", "author", "reply_to", "day", "note"}: `reply_to` is
the id of the post it answers (or null), `day` the day of the week it was posted.
`label` is "high", "medium" or "none" (what a duty clinician would want from triage). The
manifest lists the sets in report order, each with its use ("development", "held-out",
"training" or "realistic"), its round, its number of posts, its digest and its provenance (who
wrote it, when, from what). A test checks every digest (`verify()`), so a held-out round is
never edited after it was hashed. Nothing here imports Django or the tests: the management
commands work from a clean clone without the test folder.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
MANIFEST_PATH = DATA_DIR / "manifest.json"
LABELS = ("high", "medium", "none")
FIELDS = ("id", "text", "label", "category", "source", "round", "kind", "note")
# The realistic weeks' schema (written by independent writers as board traffic, 2026-12).
REALISTIC_FIELDS = ("id", "text", "label", "category", "group", "author", "reply_to", "day", "note")
# The schema of the writers of 2026-12-06 evening (hard cases `wc`, realistic week `wd`): the
# realistic schema plus `kind`, the kind of risk of a high post ("self", "medical_emergency",
# "other_at_risk"; null otherwise), kept as `Post.risk_kind`.
WRITER_FIELDS = (
    "id",
    "text",
    "label",
    "kind",
    "category",
    "group",
    "author",
    "reply_to",
    "day",
    "note",
)
SCHEMAS = (FIELDS, REALISTIC_FIELDS, WRITER_FIELDS)
USES = ("development", "held-out", "training", "realistic")
# Fresh rounds kept sealed until they judge a finished version once (never read by this module).
SEALED_FOLDER = "sealed"
# Fresh rounds that have judged one version once, with that run's output (not read either).
JUDGED_FOLDER = "judged"


@dataclass(frozen=True)
class Post:
    id: str
    text: str
    label: str
    category: str | None  # the heading the post was written under in its source, if any
    source: str  # where the post was converted from (file and list)
    round: int | None  # the held-out round, or None
    kind: str | None  # "plain", "subtle" or "tricky" where the writer gave one
    note: str | None  # the writer's note on the post, where given
    # realistic weeks only (None elsewhere): the group, the writer, the post it answers, the day
    group: str | None = None
    author: str | None = None
    reply_to: str | None = None
    day: int | None = None
    # the writer's kind of risk for a high post (WRITER_FIELDS only)
    risk_kind: str | None = None


def manifest() -> dict:
    return _json(MANIFEST_PATH)


@cache
def _json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def sets_info() -> list[dict]:
    """The manifest's entry for each set, in report order."""
    return manifest()["sets"]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_set(file: str) -> tuple[Post, ...]:
    """The posts of one set file, in file order."""
    return _read(DATA_DIR / file)


def read_file(path) -> tuple[Post, ...]:
    """The posts of a labelled file anywhere (a sealed round), in file order."""
    return _read(Path(path).resolve())


@cache
def _read(path: Path) -> tuple[Post, ...]:
    file = path.name
    posts = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        row = json.loads(line)
        schema = tuple(row)
        if schema not in SCHEMAS or row["label"] not in LABELS or not row["text"].strip():
            raise ValueError(
                f"{file}, line {number}: not a labelled post (fields: one of {SCHEMAS})"
            )
        if schema == WRITER_FIELDS:
            row = {**row, "risk_kind": row["kind"], "source": file, "round": None, "kind": None}
        elif schema == REALISTIC_FIELDS:
            row = {**row, "source": file, "round": None, "kind": None}
        posts.append(Post(**row))
    return tuple(posts)


def labelled_sets(use: str | None = None) -> dict[str, tuple[Post, ...]]:
    """{set name: posts} for every set (or every set of one use), in report order."""
    return {
        info["name"]: read_set(info["file"])
        for info in sets_info()
        if use is None or info["use"] == use
    }


def as_samples(posts) -> list[tuple[str, str, str]]:
    """Posts as the (label, kind, text) tuples the evaluation takes. A post without a kind
    (the independent rounds) is "tricky" if labelled none, "subtle" otherwise."""
    return [
        (p.label, p.kind or ("tricky" if p.label == "none" else "subtle"), p.text) for p in posts
    ]


def evaluation_sets() -> dict[str, list[tuple[str, str, str]]]:
    """The development set and each held-out round, as (label, kind, text)."""
    return {
        info["name"]: as_samples(read_set(info["file"]))
        for info in sets_info()
        if info["use"] not in ("training", "realistic")
    }


def training_corpora() -> dict[str, list[tuple[str, str]]]:
    """The training corpora (written by helpers who never saw the screener) as
    {name: [(label, text), ...]}."""
    return {
        name: [(p.label, p.text) for p in posts]
        for name, posts in labelled_sets("training").items()
    }


def realistic_weeks() -> dict[str, tuple[Post, ...]]:
    """{set name: posts} for each realistic week of board traffic (use "realistic")."""
    return labelled_sets("realistic")


def parent_texts(posts) -> dict[str, str]:
    """{post id: the text of the post it replies to} for the replies among `posts`."""
    by_id = {p.id: p.text for p in posts}
    return {p.id: by_id[p.reply_to] for p in posts if p.reply_to and p.reply_to in by_id}


def legacy_list(info: dict) -> list[tuple[str, ...]]:
    """The Python list a set was converted from, rebuilt from its file (for its repr digest)."""
    order = info["converted_from"]["tuple"]
    return [tuple(getattr(p, field) for field in order) for p in read_set(info["file"])]


def verify() -> list[str]:
    """Every way the data folder differs from its manifest, as sentences (empty: all well)."""
    problems: list[str] = []
    listed = {info["file"] for info in sets_info()}
    # `sealed/` holds fresh rounds kept unread for a single run: they are checked against
    # their own README's hashes, never loaded, so they are not the manifest's business.
    on_disk = {
        str(path.relative_to(DATA_DIR))
        for path in DATA_DIR.rglob("*.jsonl")
        if path.relative_to(DATA_DIR).parts[0] not in (SEALED_FOLDER, JUDGED_FOLDER)
    }
    problems += [f"{name}: not listed in manifest.json" for name in sorted(on_disk - listed)]
    problems += [
        f"{name}: listed in manifest.json but missing" for name in sorted(listed - on_disk)
    ]
    for info in sets_info():
        path = DATA_DIR / info["file"]
        if not path.exists():
            continue
        if _digest(path) != info["sha256"]:
            problems.append(
                f"{info['file']}: SHA-256 {_digest(path)} is not the manifest's {info['sha256']}"
                " (a labelled set must not be edited after it was hashed)"
            )
            continue
        posts = read_set(info["file"])
        if len(posts) != info["posts"]:
            problems.append(f"{info['file']}: {len(posts)} posts, manifest says {info['posts']}")
        if "converted_from" not in info:
            continue  # written as JSON Lines: the file's digest is the record
        legacy = hashlib.sha256(repr(legacy_list(info)).encode("utf-8")).hexdigest()
        if legacy != info["converted_from"]["repr_sha256"]:
            problems.append(f"{info['file']}: does not rebuild the list it was converted from")
    return problems
