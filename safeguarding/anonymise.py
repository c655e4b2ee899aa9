"""Remove names, email addresses, phone numbers and addresses from a post's text before it is
offered to the screener review list (issue 12: learning from real use, safely).

Pure functions, no database. It errs on the side of removing: a word lost from a training
post costs little, a name kept costs a person's privacy. What it removes, in this order:
1. email addresses and web addresses with a user part -> "[email]";
2. UK postcodes -> "[postcode]";
3. house numbers with a street ("12 Acacia Avenue", "flat 3, 4 Mill Lane") -> "[address]";
4. phone numbers (9 or more digits, with spaces, dashes, brackets or +44) -> "[phone]".
   Short numbers (999, 111, 116 123, 85258) stay: they are helplines, not people;
5. the names the caller knows (the author, the group's members, staff), as whole words in
   any case, and their first and last names on their own -> "[name]";
6. a title and a capitalised word ("Dr Patel" -> "Dr [name]"), an @mention, and any other
   capitalised word in the middle of a sentence that is not a common word of these posts
   ("my son Jack" -> "my son [name]", "we went to Tesco" -> "we went to [name]") ->
   "[name]". A name in lower case that the caller did not know is not found: the lead reads
   every item before approving it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

EMAIL = "[email]"
PHONE = "[phone]"
POSTCODE = "[postcode]"
ADDRESS = "[address]"
NAME = "[name]"

_EMAIL_RE = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_POSTCODE_RE = re.compile(
    r"\b(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})\b", re.IGNORECASE
)
_STREET_WORDS = (
    "road|rd|street|st|lane|ln|avenue|ave|close|drive|dr|way|crescent|court|ct|place|pl|"
    "terrace|gardens|grove|square|row|walk|mews|hill|park|view|rise|parade|green"
)
_ADDRESS_RE = re.compile(
    r"\b(?:(?:flat|apartment|unit)\s+\d+[a-z]?,?\s+)?\d{1,4}[a-z]?,?\s+"
    r"(?:[A-Za-z'-]+\s+){1,3}(?:" + _STREET_WORDS + r")\b\.?",
    re.IGNORECASE,
)
# A run of digits with separators, 9 or more digits in all (UK numbers have 10 or 11).
_PHONE_RE = re.compile(r"(?<![\w])(?:\+?\d[\d\s().-]{7,}\d)(?![\w])")
_MENTION_RE = re.compile(r"(?<![\w])@\w+")
_TITLE_RE = re.compile(
    r"\b(Dr|Doctor|Mr|Mrs|Ms|Miss|Mx|Nurse|Sister|Prof|Professor|Rev|Father)\.?\s+"
    r"[A-Z][\w'-]+"
)
# Capitalised words that are not names in these posts (kept when mid-sentence).
_COMMON_CAPITALS_TEXT = """
    I I'm I've I'd I'll Im Ive Id Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    January February March April May June July August September October November December
    Christmas Easter NHS GP A&E AE ED Samaritans Shout SHOUT OK Ok PMP Covid COVID Mind
    English England Britain UK British God Jesus Lord Facebook WhatsApp Google Zoom TV BBC
    ITV Netflix The A An And But So Or If When Then Also Dr Doctor Mr Mrs Ms Miss Mx Nurse
    Sister Prof Professor Rev Father
"""
_COMMON_CAPITALS = frozenset(_COMMON_CAPITALS_TEXT.split())
_DROP_NOUNS = frozenset(
    {
        "my",
        "our",
        "his",
        "her",
        "their",
        "the",
        "a",
        "an",
        "and",
        "but",
        "is",
        "was",
        "has",
        "had",
        "who",
        "that",
        "this",
        "he",
        "she",
        "they",
        "it",
        "i",
        "to",
        "at",
        "in",
        "on",
        "with",
        "from",
        "for",
        "of",
        "not",
        "just",
        "so",
        "too",
        "again",
    }
)
_WORD_RE = re.compile(r"[A-Za-z][\w'&-]*")
_SENTENCE_END = re.compile(r"[.!?\n]\s*$")


def _name_variants(names: Iterable[str]) -> list[str]:
    variants: set[str] = set()
    for name in names:
        name = (name or "").strip()
        if not name:
            continue
        variants.add(name)
        for part in re.split(r"[\s,]+", name):
            part = part.strip(".'\"")
            if len(part) >= 2 and part.lower() not in _DROP_NOUNS:
                variants.add(part)
    # Longest first, so "Dave Smith" goes before "Dave".
    return sorted(variants, key=len, reverse=True)


def _replace_known_names(text: str, names: Iterable[str]) -> str:
    for variant in _name_variants(names):
        pattern = re.compile(r"(?<![\w])" + re.escape(variant) + r"(?![\w])", re.IGNORECASE)
        text = pattern.sub(NAME, text)
    return text


def _replace_capitalised(text: str) -> str:
    """Capitalised words in the middle of a sentence that are not common words."""
    pieces = []
    position = 0
    for match in _WORD_RE.finditer(text):
        word = match.group()
        before = text[: match.start()]
        sentence_start = not before.strip() or bool(_SENTENCE_END.search(before))
        if (
            word[0].isupper()
            and not sentence_start
            and word not in _COMMON_CAPITALS
            and not word.isupper()  # acronyms (GP, A&E, SHOUT) are not names
            and not before.endswith("[")
        ):
            pieces.append(text[position : match.start()])
            pieces.append(NAME)
            position = match.end()
    pieces.append(text[position:])
    return "".join(pieces)


def _digits(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


def anonymise(text: str, *, names: Iterable[str] = ()) -> str:
    """The text with personal details replaced by "[email]", "[postcode]", "[address]",
    "[phone]" and "[name]" (see the module docstring)."""
    text = text or ""
    text = _EMAIL_RE.sub(EMAIL, text)
    text = _POSTCODE_RE.sub(POSTCODE, text)
    text = _ADDRESS_RE.sub(ADDRESS, text)
    text = _PHONE_RE.sub(lambda m: PHONE if _digits(m.group()) >= 9 else m.group(), text)
    text = _MENTION_RE.sub(NAME, text)
    text = _replace_known_names(text, names)
    text = _TITLE_RE.sub(lambda m: f"{m.group(1)} {NAME}", text)
    text = _replace_capitalised(text)
    return re.sub(r"(?:\[name\]\s+){1,}\[name\]", NAME, text)
