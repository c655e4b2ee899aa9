"""Library 2026.12.9 (after fresh round 16): a collapse with a second sign reaches staff as high
by itself, and the quiet side by family (admin about wills and funerals told socially, goodbyes
with a return or a reason, a reply by someone already acting, helpline reminders to everyone,
pain hyperbole, a GP's routine question answered no). Each lowers only its own words or cues:
any other cue still counts (safeguarding.md rule 2). Phrase layers only. The examples are
written for this file, not taken from a data set."""

from __future__ import annotations

import pytest

from safeguarding.screening import Level, screen_text, thread

from .conftest import found_by, phrase_only, rules_fired

COLLAPSE = "medical_emergency.v13_collapse_with_second_sign"

# A loss of consciousness now with a second sign: high, kind medical emergency, alone.
COLLAPSES = [
    "felt funny at the bus stop and blacked out, came round with a bloke asking my name. "
    "heart's going like the clappers and racing. said no to the ambulance, walking home now",
    "dad passed out at the table and when he came to he didn't know where he was, muddled",
    "my daughter just had a fit on the living room floor, her first ever one, she's sleepy now",
    "fainted in the shower and hit my head on the tiles, nobody home till six",
    "chest went tight then i collapsed in the garden, a bit shaky, going to drive to work",
]


@pytest.mark.parametrize("text", COLLAPSES)
def test_a_collapse_with_a_second_sign_is_high_by_itself(text):
    result = found_by(text, COLLAPSE)
    assert result.level == Level.HIGH
    assert result.kind == "medical_emergency"


NOT_COLLAPSES = [
    "passed out on the sofa after christmas dinner, heart full of joy",
    "fainted at my blood test this morning, felt daft, fine now",
    "i blacked out years ago at work, chest was fine, never again since",
    "did the first aid course: if someone passed out and has chest pain ring 999",
]


@pytest.mark.parametrize("text", NOT_COLLAPSES)
def test_a_faint_alone_or_not_now_is_not_the_collapse_rule(text):
    assert COLLAPSE not in rules_fired(phrase_only(text))


# Wills, funeral plans, lasting power of attorney and "affairs in order" told as admin with a
# social framing: none from the affairs rules.
ADMIN = [
    "done my will and the funeral plan at last, took all morning. anyone else used the co-op? "
    "my son was horrified",
    "getting my affairs in order this month: cancelled netflix, switched broadband, sorted "
    "the car insurance. adulting!",
    "funeral plan sorted, i want abba played and the grandkids were mortified. it's my party",
    "wrote a letter to my pain like the psychologist said, dear pain you are a bad lodger",
]


@pytest.mark.parametrize("text", ADMIN)
def test_admin_told_socially_is_ordinary(text):
    result = phrase_only(text)
    assert result.level == Level.NONE, (text, rules_fired(result))


# The same admin with a farewell, a pet rehomed, "nobody left with a mess" or a time still counts.
ADMIN_KEPT = [
    "funeral plan done with the co-op, anyone else used them? thanks for everything, goodbye",
    "got my affairs in order, anyone know who to ring about sky? after friday it won't matter",
    "sorted the will and all the paperwork so nobody's left with a mess. "
    "the cat's gone to my sister's. anyone else done theirs?",
]


@pytest.mark.parametrize("text", ADMIN_KEPT)
def test_admin_with_a_farewell_a_pet_a_mess_or_a_time_still_reaches_staff(text):
    assert phrase_only(text).level != Level.NONE, text


def test_nobody_left_with_a_mess_is_affairs_in_order():
    result = found_by(
        "sorted all my paperwork this week so no one is left with a mess",
        "affairs.v13_nobody_left_with",
    )
    assert result.level == Level.HIGH


# Goodbyes with a stated return or a reason, and a coordinator stepping down but staying.
BREAKS = [
    "bye all for three weeks! off to lanzarote, behave yourselves",
    "goodbye everyone for a fortnight, my son's had the baby and i'm going up to help",
    "thank you all for putting up with me, i'm stepping down as coordinator, Pam's taking "
    "over from me. i'll still be there every tuesday!",
]


@pytest.mark.parametrize("text", BREAKS)
def test_a_goodbye_with_a_return_or_a_reason_is_ordinary(text):
    result = phrase_only(text)
    assert result.level == Level.NONE, (text, rules_fired(result))


def test_a_final_goodbye_beats_the_break():
    result = phrase_only("thank you all for putting up with me. bye all for good")
    assert result.level == Level.HIGH


# A reply by someone already acting, under a post already alerted at high (thread.py).
GOODBYE = (
    "have my fishing rods lads, i've sorted everything. thanks for everything, goodbye all. "
    "the tablets are lined up"
)


def test_a_reply_already_acting_under_a_high_post_adds_no_alert():
    reply = "Mick not answering. i've rung 999 and asked the police to go round to his"
    result = screen_text(reply, context_text=GOODBYE, statistical_layer=False)
    assert result.level == Level.NONE, result.reasons
    assert any(c.rule == thread.ACTING_RULE for c in result.evidence)


def test_a_reply_not_yet_acting_under_a_high_post_still_alerts():
    reply = "Mick not answering his phone. does anyone have his address?"
    result = screen_text(reply, context_text=GOODBYE, statistical_layer=False)
    assert result.level == Level.HIGH
    assert result.kind == "other_at_risk"


def test_a_reply_acting_under_an_ordinary_post_still_alerts():
    reply = "she's not answering. i've rung 999 and asked the police to go round"
    result = screen_text(reply, context_text="see you all thursday", statistical_layer=False)
    assert result.level != Level.NONE


def test_a_reply_acting_keeps_its_own_risk():
    reply = "i've rung 999 for him. i've got my own tablets saved up too, tonight's the night"
    result = screen_text(reply, context_text=GOODBYE, statistical_layer=False)
    assert result.level == Level.HIGH


def test_helpline_reminder_to_everyone_is_ordinary():
    text = (
        "reminder for everyone: if you ever don't feel safe, samaritans 116 123 or 111 "
        "option 2, any time"
    )
    assert phrase_only(text).level == Level.NONE
    assert phrase_only("i don't feel safe at home tonight").level == Level.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "the sciatica was so bad i could have ripped my own leg off. better today",
        "tried everything for sleep bar whacking myself over the head with a frying pan",
        "the nurse asked if i'd ever had thoughts of hurting myself, i said no, i never have",
    ],
)
def test_hyperbole_and_a_routine_question_answered_no_are_ordinary(text):
    result = phrase_only(text)
    assert result.level == Level.NONE, (text, rules_fired(result))


def test_a_routine_question_answered_yes_still_counts():
    text = "the gp asked if i'd had thoughts of harming myself and i said no but honestly i do"
    assert phrase_only(text).level != Level.NONE
