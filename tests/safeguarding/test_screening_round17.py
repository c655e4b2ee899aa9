"""Library 2026.12.10 (after fresh round 17), by family. For each rule changed: a post that must
now be quiet, and one that must still reach staff (safeguarding.md rule 2: each change lowers
only its own words; any other cue still counts). Phrase layers only. The examples are written
for this file, not taken from a data set."""

from __future__ import annotations

import pytest

from safeguarding.screening import Level, screen_text, thread

from .conftest import found_by, phrase_only, quiet, rules_fired


def alerts(text: str, context: str | None = None, level: Level | None = None) -> None:
    result = screen_text(text, context_text=context, statistical_layer=False)
    assert result.level != Level.NONE, text
    if level is not None:
        assert result.level == level, (text, result.reasons)


# affairs.so_no_one_has_to: an everyday effort spared at a meet-up is not affairs in order.
def test_an_everyday_effort_spared_is_not_affairs():
    quiet("i've reserved the long table by the window so no one has to squeeze in, 2pm saturday")
    quiet("i'll bring the flask so nobody has to queue at the kiosk")


def test_affairs_so_nobody_has_to_sort_it_after_still_alerts():
    found_by("put the deeds in the tin so nobody has to sort it after", "affairs.so_no_one_has_to")


# giving_away.v2_for_good: "give it a miss", "give it a go" are idioms.
def test_give_it_a_miss_is_an_idiom():
    quiet("the quiz is on again but i'll give it a miss this time")
    quiet("new hydro class, going to give that a go this time")


def test_giving_the_dog_for_good_still_alerts():
    found_by(
        "my brother is taking the dog for good, gave him the lead today", "giving_away.v2_for_good"
    )


# Finality: one rule's same words twice (a post that repeats itself) are one signal, not two.
def test_a_post_that_repeats_itself_is_one_signal():
    result = phrase_only("FUNERAL PLAN IS SORTED. sorry caps. funeral plan is sorted")
    assert result.level == Level.MEDIUM, result.reasons


def test_two_different_signals_of_finality_are_still_high():
    text = "funeral plan is sorted. paid off all my debts and wrote the letters"
    assert phrase_only(text).level == Level.HIGH


# affairs.funeral with the social framing: a relative who wanted it done for years, the spread.
def test_a_funeral_plan_a_relative_wanted_for_years_is_admin():
    quiet("finally signed the funeral plan, my son's been on at me to do it for years")
    quiet("funeral wishes written: a good spread after at the legion and no fuss")


def test_a_funeral_plan_paid_off_with_a_last_job_still_reaches_staff():
    # "paid off" and hymns are not an admin framing (both are in high posts)
    alerts("paid off the funeral plan, chose the hymns. now just the one thing left to do")


# time_finality.v2_last_time: "a phone one last time" is an appointment, the one before.
def test_a_phone_one_last_time_is_the_previous_appointment():
    quiet("they gave me a video one last time, much easier than the drive")


def test_one_last_time_as_finality_still_alerts():
    found_by("wanted to see the sea one last time.", "time_finality.v2_last_time")


# concern_other.are_they_ok: how things usually are is not a worry about a person.
def test_is_usually_ok_is_not_a_worry_about_someone():
    quiet("ask at the chemist, i think half a glass is normally ok but she'd know better")


def test_is_she_ok_is_still_a_worry():
    found_by("is maggie ok? she hasn't been in since the funeral", "concern_other.are_they_ok")


# means.broad_mention_with_stock: one drink with a medicine, asked about, with no stock named.
def test_asking_about_one_drink_with_a_medicine_is_ordinary():
    quiet("started on pregabalin this week. can i have a small glass of fizz at the christening?")


def test_a_medicine_with_a_stock_and_drink_still_alerts():
    alerts("still got boxes of pregabalin in the drawer. can i have a glass of wine with the lot?")


# trapped.cant_carry_on: the weather or a chore named straight after is not being trapped.
def test_cant_do_this_weather_is_ordinary():
    quiet("can't do this humidity, the fan's on full and i'm still melting")


def test_cant_do_this_anymore_still_alerts():
    found_by("can't do this pain much longer, i'm done", "trapped.cant_carry_on")


# time_finality.v2_when_gone: "before i go in for the op" is an operation.
def test_before_i_go_in_for_an_operation_is_ordinary():
    quiet("quick hello before i go in for the hip op on thursday, will report back")


def test_before_i_go_alone_still_alerts():
    found_by("wanted to say thank you all before i go.", "time_finality.v2_when_gone")


# Idioms: wearing oneself out with chores told as pacing.
def test_killing_myself_doing_the_chores_is_an_idiom():
    quiet("did the ironing in three goes rather than killing myself doing the lot at once")


def test_killing_myself_is_still_high():
    assert phrase_only("i keep thinking about killing myself").level == Level.HIGH


# Benign departure: a trip with its length, in words or figures.
def test_a_trip_with_its_length_is_an_ordinary_goodbye():
    quiet("off to my sister's in cork for three weeks! bye all, behave")


def test_a_final_goodbye_is_not_a_trip():
    assert phrase_only("bye all, thank you for everything. this is it for me").level == Level.HIGH


# imminent.v9_terse_thanks_and_goodbye: a short sign-off for a bit with no signal.
def test_last_post_for_a_bit_with_no_signal_is_ordinary():
    quiet("last post from me for a bit, up a mountain in snowdonia with no wifi")


def test_a_terse_last_post_still_alerts():
    assert phrase_only("last post. sorry for everything.").level == Level.HIGH


# Replies that act for someone under a post already alerted at high (thread.py).
GOODBYE = (
    "i've sorted everything, the tablets are counted out and the letters are written. "
    "thank you all for everything, goodbye"
)


@pytest.mark.parametrize(
    "reply",
    [
        "still nothing from her. on my way round now and i'll ring 999 if she doesn't open up",
        "Bev please put the tablets away from you tonight and ring me back",
    ],
)
def test_a_reply_already_acting_under_a_high_post_adds_no_alert(reply):
    result = screen_text(reply, context_text=GOODBYE, statistical_layer=False)
    assert result.level == Level.NONE, result.reasons
    assert any(c.rule == thread.ACTING_RULE for c in result.evidence)


def test_a_reply_acting_under_an_ordinary_post_still_alerts():
    alerts("she's not answering. on my way round now", context="see you thursday at the cafe")


def test_a_reply_with_its_own_tablets_still_alerts_under_a_high_post():
    reply = "i'm calling 999 for her. i've got all my own tablets saved up too, tonight's the night"
    alerts(reply, context=GOODBYE, level=Level.HIGH)


# A reply telling someone to ring 999 that says what the signs mean.
STROKE = "arm's gone heavy and my words are coming out wrong, probably just tired"


def test_a_reply_saying_what_the_signs_mean_adds_no_alert():
    quiet("GEOFF RING 999 NOW. arm weak and slurred words is a stroke sign", context=STROKE)


def test_a_replier_naming_their_own_emergency_still_alerts():
    reply = "someone ring 999 for me, my face has dropped and my speech is a stroke sign"
    alerts(reply, context="anyone know a good physio in leek?", level=Level.HIGH)


# High side: someone's last words then silence; an adult hitting a child; welfare signs told
# with a contraction; confused and burning hot; a swelling face with faintness.
@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            'my cousin texted me at midnight "look after the cat for me" and nothing since',
            "other_at_risk.v14_their_last_words_then_silence",
        ),
        (
            "her boyfriend belts her son with the buckle end, the lad's 6, i've seen the welts",
            "other_at_risk.v14_adult_hits_child",
        ),
        (
            "old Dennis next door, his milk's still on the step from monday and no lights on",
            "other_at_risk.v9_welfare_signs",
        ),
        (
            "grandad is really confused tonight and hot to the touch, doesn't know where he is",
            "medical_emergency.v14_confused_and_burning_hot",
        ),
        (
            "had the jab an hour ago and now my face is puffing up, heart's pounding",
            "medical_emergency.v14_swelling_and_faint",
        ),
    ],
)
def test_new_high_families_are_high_with_their_kind(text, rule):
    result = found_by(text, rule)
    assert result.level == Level.HIGH
    assert result.kind in ("other_at_risk", "medical_emergency")


@pytest.mark.parametrize(
    "text",
    [
        'sue texted "got it sorted" about the lift, nothing since but she\'s probably driving lol',
        "my son hits his sister with a cushion when they fight, typical kids",
        "i was so confused by the pip form and it's boiling hot in here",
        "face still swollen from the dentist, bit sore, soup for tea",
    ],
)
def test_near_misses_of_the_new_high_families_are_not_high(text):
    assert phrase_only(text).level != Level.HIGH, (text, rules_fired(phrase_only(text)))
