"""Names, places and message texts for the scale data set.

Posts take their text from a pool of a few thousand distinct messages. Each text in the
pool is screened once with the real screener (safeguarding.screening.screen_text); every
post that uses it gets that text's real result as its screening row. So no post is
screened one at a time at full size, and yet every screening row is what the screener says
about that exact text.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass


def _words(text: str) -> list[str]:
    return text.split()


FIRST = _words(
    "Aisha Alan Amir Ann Barbara Ben Carol Chloe Colin Dave Deborah Eileen Emma Fatima "
    "Frank Gary Grace Hannah Harjit Ian Imran Jean Joan John Karen Kevin Linda Lucy "
    "Margaret Mark Mo Nina Noor Pat Paul Priya Rachel Ray Rita Sam Sandra Sean Shirley "
    "Steve Sue Terry Tom Wendy Yusuf Zara"
)
LAST = _words(
    "Adams Ahmed Ali Baker Bell Brown Campbell Clarke Cooper Davies Edwards Evans Green "
    "Hall Harris Hill Hughes Jackson James Jones Khan Kowalski Lewis Martin Moore Morgan "
    "Murphy Patel Phillips Roberts Robinson Scott Shah Smith Taylor Thomas Thompson Turner "
    "Walker Ward White Williams Wilson Wood Wright Young"
)
TOWNS = _words(
    "Ashford Barnsley Bedford Bolton Bradford Bristol Burnley Cambridge Carlisle Chester "
    "Derby Durham Exeter Gloucester Halifax Hull Ipswich Kendal Leeds Leicester Lincoln "
    "Luton Norwich Oldham Oxford Preston Reading Salford Sheffield Stockport Swindon Truro "
    "Wakefield Worcester York"
)
QUARTERS = _words("North South East West Central Old Town Riverside Park Hill Village")
VENUE_WORDS = (
    ("cafe", "Cafe"),
    ("cafe", "Coffee House"),
    ("community", "Community Centre"),
    ("community", "Library Room"),
    ("community", "Church Hall"),
    ("pub", "Arms"),
    ("restaurant", "Kitchen"),
    ("outdoors", "Park Pavilion"),
    ("other", "Garden Centre"),
)

_OPENINGS = [
    "Lovely to see everyone on {day}.",
    "Thanks all for coming along on {day}.",
    "Just a quick note after {day}.",
    "Hope everyone is keeping well.",
    "Good morning all.",
    "Evening everyone.",
    "Hello lovely people.",
    "Sorry I missed {day}, I had a flare up.",
    "Back from a few days away.",
    "Has anyone tried the new {place} by the {landmark}?",
]
_MIDDLES = [
    "The pacing tips from {name} really helped me get through the week.",
    "I managed a short walk by the {landmark} without overdoing it.",
    "My physio said to keep up the stretches, so I am trying to do them every morning.",
    "The relaxation recording is still my favourite, especially on bad nights.",
    "I have been breaking the housework into small jobs like we practised.",
    "Sleep has been up and down but the wind-down routine is helping a bit.",
    "I found a chair with proper back support at the {place}, so that is a win.",
    "Weather has not helped my joints this week but I am keeping going.",
    "I set myself a goal to do some gardening for ten minutes a day.",
    "Saw my GP about the new tablets and we agreed to review them next month.",
    "The parking at the {place} was easy and there is a ramp at the side.",
    "I tried the breathing exercise before my hospital appointment and it helped.",
    "My grandchildren visited and I remembered to sit down between games.",
    "I have started swimming again, just a few lengths at a gentle pace.",
    "Does anyone have a good cushion to recommend for the car?",
]
_CLOSINGS = [
    "See you at the next one.",
    "Take care everyone.",
    "Speak soon.",
    "Shall we try the {place} next time?",
    "Same time next month?",
    "Let me know if anyone wants to share a lift.",
    "Have a gentle week.",
    "Thanks for listening.",
    "",
    "",
]
_WORRYING = [
    "I can't see the point in going on anymore.",
    "Some days I feel like a burden to everyone.",
    "My pain has been awful this week and I feel really low.",
    "Nobody would miss me if I was gone.",
    "I feel hopeless about my pain.",
    "I don't want to be here anymore.",
    "I have been saving up my tablets.",
    "I want to end it all tonight.",
]
_DAYS = _words("Monday Tuesday Wednesday Thursday Friday")
_PLACES = ["cafe", "library", "garden centre", "community centre", "leisure centre", "pub"]
_LANDMARKS = _words("canal river park lake market cathedral seafront")


@dataclass(frozen=True)
class PoolText:
    body: str
    sha256: str
    level: str
    evidence: str  # JSON, as safeguarding stores it
    library_version: str


def _fill(template: str, rng: random.Random) -> str:
    return template.format(
        day=rng.choice(_DAYS),
        place=rng.choice(_PLACES),
        landmark=rng.choice(_LANDMARKS),
        name=rng.choice(FIRST),
    )


def _ordinary(rng: random.Random) -> str:
    parts = [_fill(rng.choice(_OPENINGS), rng)]
    for _ in range(rng.randint(1, 3)):
        parts.append(_fill(rng.choice(_MIDDLES), rng))
    parts.append(_fill(rng.choice(_CLOSINGS), rng))
    return " ".join(p for p in parts if p)


def _worrying(rng: random.Random) -> str:
    parts = [_fill(rng.choice(_OPENINGS), rng), rng.choice(_WORRYING)]
    if rng.random() < 0.5:
        parts.append(_fill(rng.choice(_MIDDLES), rng))
    return " ".join(parts)


def _cue_json(cue) -> dict:
    """A cue as safeguarding stores it on a screening row (the same keys)."""
    return {
        "start": cue.start,
        "end": cue.end,
        "text": cue.text,
        "rule": cue.rule,
        "category": cue.category,
        "level": str(cue.level),
        "context": cue.context,
    }


def build_pool(rng: random.Random, *, ordinary: int = 2500, worrying: int = 150):
    """(calm texts, worrying texts), each screened once. A text goes in the list the
    screener's own result puts it in, whatever it was written as."""
    from safeguarding.screening import screen_text

    seen: set[str] = set()
    candidates = []
    while len(candidates) < ordinary + worrying:
        text = _ordinary(rng) if len(candidates) < ordinary else _worrying(rng)
        if text not in seen:
            seen.add(text)
            candidates.append(text)
    calm, flagged = [], []
    from .writer import dump

    for text in candidates:
        result = screen_text(text)
        item = PoolText(
            body=text,
            sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
            level=str(result.level),
            evidence=dump([_cue_json(cue) for cue in result.evidence]),
            library_version=result.library_version,
        )
        (calm if item.level == "none" else flagged).append(item)
    return calm, flagged
