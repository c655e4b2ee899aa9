"""Library 2026.12.8 (after fresh round 15): priority that survives a wrong guess, new kinds
of risk, and what is ordinary, by family. Priority cues (screening/priority.py) never make a
post reach staff; in a post that reaches staff they make it high ("when unsure, choose the
higher level", safeguarding.md). Phrase layers only unless said. The examples are written for
this file, not taken from a data set."""

from __future__ import annotations

import pytest

from safeguarding.screening import Level, priority, screen_text

from .conftest import found_by, phrase_only, rules_fired

# (priority rule, a post that reaches staff through another cue, with the family's words)
RAISED = [
    (
        "priority_other.vulnerable_with_neglect",
        "worried about my nan, she's 88 and the carer hasn't been since friday, the fridge is "
        "empty and she keeps asking for grandad",
        "other_at_risk",
    ),
    (
        "priority_other.vulnerable_with_neglect",
        "can anyone advise, my sister's little boy is 4 and she's off her face most nights, "
        "i'm worried about him",
        "other_at_risk",
    ),
    (
        "priority_other.person_harmed",
        "has anyone heard from Jo? her husband has been hitting her again and now he's got a "
        "knife in the kitchen drawer he keeps mentioning",
        "other_at_risk",
    ),
    (
        "priority_emergency.collapse_with_sign",
        # 2026.12.9: a faint with grey and clammy is now an emergency by itself
        # (medical_emergency.v13_collapse_with_second_sign, test_screening_round16.py)
        "i can't cope today, mum went down in the garden and she's gone pale and sweaty. "
        "she says don't fuss",
        "medical_emergency",
    ),
    (
        "priority_self.means_with_farewell_or_time",
        "I feel like such a burden on everyone. I've got the pregabalin in a jar in the kitchen. "
        "you lot have been the best",
        "",
    ),
]


@pytest.mark.parametrize(("rule", "text", "kind"), RAISED)
def test_a_priority_family_makes_a_post_that_reaches_staff_high(rule, text, kind):
    result = phrase_only(text)
    assert result.level == Level.HIGH, (text, result.reasons)
    assert rule in rules_fired(result)
    assert any(priority.PRIORITY_REASON in r for r in result.reasons)
    if kind:
        assert result.kind == kind


# Priority words alone: nothing else reaches staff, so the post stays none (no new alert).
ALONE = [
    "took the kids to the park, it was freezing but they loved it",
    "the baby was screaming at the top of her lungs in Asda, mortifying",
    "my dad has dementia and the carers are brilliant, he's settled in the home now",
    "the lad on the telly collapsed in the final and went grey, they got him sorted",
    "my mam is 86 and she's in the cold church hall every tuesday for bingo, no stopping her",
]


@pytest.mark.parametrize("text", ALONE)
def test_priority_words_alone_never_reach_staff(text):
    result = phrase_only(text)
    assert result.level == Level.NONE, (text, result.reasons)


def test_a_priority_cue_that_raised_nothing_is_kept_only_by_the_phrase_layers():
    text = "the little ones got locked out in the cold for five minutes while I found the key"
    alone = phrase_only(text)
    assert alone.level == Level.NONE
    assert priority.would_raise(alone.evidence)
    assert all(c.level == Level.NONE for c in alone.evidence)
    full = screen_text(text)
    shown = any(c.category in priority.ESCALATING_CATEGORIES for c in full.evidence)
    assert shown == (full.level == Level.HIGH)


# new kinds that scored none in round 15, generalised
FINDS = [
    (
        "My neighbour has learning disabilities and two blokes are living at his now, they "
        "keep his pension card and I heard one threaten him",
        "other_at_risk.v12_vulnerable_adult_exploited",
        "other_at_risk",
    ),
    (
        "the old lady across the road has dementia, her grandson's been using her bank card "
        "and she's frightened to say",
        "other_at_risk.v12_vulnerable_adult_exploited",
        "other_at_risk",
    ),
    (
        "little one has got tiny purple spots on her tummy and they don't fade when I push a "
        "glass on them. she's just tired I think",
        "medical_emergency.v12_rash_not_fading",
        "medical_emergency",
    ),
    (
        "temperature 39.6 and there's a rash come up on my arms, probably just flu",
        "medical_emergency.v12_fever_with_body_sign",
        "medical_emergency",
    ),
    (
        "burning up since lunch and shaking so much I can't hold the cup, sure it's a bug",
        "medical_emergency.v12_fever_with_body_sign",
        "medical_emergency",
    ),
]


@pytest.mark.parametrize(("text", "rule", "kind"), FINDS)
def test_new_kinds_reach_staff_as_high(text, rule, kind):
    result = found_by(text, rule)
    assert result.level == Level.HIGH
    assert result.kind == kind


NOT_NOW = [
    "first aid course today: a rash that doesn't fade under a glass means ring 999",
    "did a leaflet for the group on sepsis: temperature of 39 with shivering, ring 111",
]


@pytest.mark.parametrize("text", NOT_NOW)
def test_a_sign_taught_or_read_about_is_not_an_emergency_now(text):
    assert phrase_only(text).level != Level.HIGH


# everyday posts, by family, that stay none in the phrase layers
ORDINARY = [
    # medicines counted for a trip, a chemist's holiday closure
    "off to Spain Friday, counted out my tramadol for the holiday and got the GP letter",
    "chemist is closed over christmas and boxing day so make sure you've got enough of your "
    "tablets",
    # the FAST reminder from first aid
    "reminder from first aid: FAST. Face drooping, Arm weak, Speech slurred, Time to ring 999",
    # wills and funeral plans as admin
    "funeral plan's all paid up now through the co-op, one less thing to tick off",
    # a plan about an appointment
    "they've moved my injection again. I had it all planned round it",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_everyday_logistics_and_admin_are_not_a_risk(text):
    result = phrase_only(text)
    assert result.level == Level.NONE, (text, rules_fired(result))


# supportive replies in a thread
PARENT = "can't do this any more. got them all out on the table. sorry"
REPLIES = [
    "Sue please don't. Put them away and ring your neighbour. I'm driving over now",
    "Steph please ring your GP or the pharmacist, too many tablets can do funny things",
]


@pytest.mark.parametrize("reply", REPLIES)
def test_a_reply_on_its_way_or_pointing_to_the_gp_is_not_high(reply):
    result = screen_text(reply, context_text=PARENT, statistical_layer=False)
    assert result.level != Level.HIGH, (reply, rules_fired(result))


def test_another_cue_still_wins_over_an_exception():
    text = (
        "chemist is closed over christmas but I don't care, I've saved all my tramadol up and "
        "I'm going to take the lot on boxing day"
    )
    assert phrase_only(text).level == Level.HIGH


# low-mood apologies and things that "gave up" in ordinary chat: only those words are masked
# ("sorry for going quiet" is not one: going quiet is a sign of withdrawal)
@pytest.mark.parametrize(
    "text",
    [
        "ok, see you at 10. sorry for being such a misery earlier",
        "thanks all, sorry for being a moaner, mad week at work",
        "the boiler finally gave up for good, engineer coming friday",
    ],
)
def test_everyday_idioms_are_not_a_risk(text):
    assert phrase_only(text).level == Level.NONE, rules_fired(phrase_only(text))


def test_a_burden_beside_the_apology_still_counts():
    text = "sorry for being a misery. everyone would be better off without me"
    assert phrase_only(text).level != Level.NONE


def test_advice_to_see_the_gp_in_a_reply_is_not_a_risk():
    parent = "doubled up on my co-codamol again last night, head's pounding"
    reply = "please have a word with the GP or the pharmacist about the headaches hun"
    assert screen_text(reply, context_text=parent, statistical_layer=False).level == Level.NONE


RETURN_THREAD = "took a carrier bag of old tablets back to the chemist today, feels good"


def test_a_reply_about_its_own_old_stock_under_a_returning_post_is_not_a_risk():
    reply = "good idea, I've a cupboard full of old codeine and all sorts to do the same with"
    assert screen_text(reply, context_text=RETURN_THREAD, statistical_layer=False).level == (
        Level.NONE
    )


@pytest.mark.parametrize(
    "reply",
    [
        "not me, I've a cupboard full of old codeine and I'm saving it for the end",
        "I've a cupboard full of codeine",
    ],
)
def test_a_stock_kept_or_not_old_still_reaches_staff_in_that_thread(reply):
    assert screen_text(reply, context_text=RETURN_THREAD, statistical_layer=False).level != (
        Level.NONE
    )
