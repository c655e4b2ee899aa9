"""Library 2026.12.14 (screening.md, "Library and model 2026.12.14"): the families fresh round 21
showed the library does not read (HAZ-13 control 17's next version's work), each with a post that
must now reach staff through a phrase rule at its level and kind and a near miss that must not
fire it; and, for each quieter rule, the everyday post it no longer alerts on and a post it still
reads. Phrase layers only. The examples are written for this file, not taken from a data set."""

from __future__ import annotations

import pytest

from safeguarding.screening import Level, screen_text

from .conftest import high, high_by, not_by, quiet, rules_fired


# other_at_risk.v16_labour_exploitation: passports kept, with another sign
@pytest.mark.parametrize(
    "text",
    [
        "My cousin's work on the farm is bad. The gangmaster keeps all their passports and eight "
        "of them sleep in one caravan. He won't let them see a doctor even when they are hurt.",
        "The boss took our passports when we arrived and takes our wages for rent. They say we "
        "are sent back if anyone tells the police.",
    ],
)
def test_labour_exploitation_is_someone_else_at_risk(text):
    high_by(text, "other_at_risk.v16_labour_exploitation", "other_at_risk")


@pytest.mark.parametrize(
    "text",
    [
        "Took our passports to the post office to renew them before Spain, six of us in one "
        "room at the villa haha",
        "The hotel kept our passports at check-in overnight, no doctor needed thank god, just "
        "sunburn",
    ],
)
def test_passports_for_a_holiday_are_not_exploitation(text):
    quiet(text)


# other_at_risk.v16_told_with_a_time: someone else ending it tonight, then no answer
@pytest.mark.parametrize(
    "text",
    [
        "Mate from work said he's going to finish everything tonight, then nothing, not picking "
        "up the phone.",
        "Found a note from my 14 year old saying she's going to the bridge tonight. She's not "
        "answering her phone.",
    ],
)
def test_someone_else_ending_it_tonight_and_not_answering_is_at_risk(text):
    high_by(text, "other_at_risk.v16_told_with_a_time", "other_at_risk")


@pytest.mark.parametrize(
    "text",
    [
        "My sister says she'll finish everything tonight, the ironing and the tax return, and "
        "not answering the door to anyone lol",
        "My friend left a note saying she's going to the river today to sketch the swans, no "
        "answer as the signal's bad there",
    ],
)
def test_finishing_jobs_or_a_trip_to_the_river_is_not_at_risk(text):
    not_by(text, "other_at_risk.v16_told_with_a_time")


# other_at_risk.v16_slurring_then_silence
def test_a_friend_slurring_after_extra_doses_then_the_line_dead_is_at_risk():
    high_by(
        "My neighbour rang me and he was slurring, said he'd taken a few extra of his tablets "
        "to sleep, then the line went dead.",
        "other_at_risk.v16_slurring_then_silence",
        "other_at_risk",
    )


def test_slurring_after_the_dentist_with_a_flat_battery_is_not_it():
    not_by(
        "Mum was slurring after the dentist's injection and took a few extra paracetamol, then "
        "the phone went dead, battery again",
        "other_at_risk.v16_slurring_then_silence",
    )


# other_at_risk.v16_child_alone_for_days
def test_a_young_child_alone_for_days_is_at_risk():
    high_by(
        "The little boy next door is on his own for three days now, his mum hasn't been back "
        "and he knocked asking for bread.",
        "other_at_risk.v16_child_alone_for_days",
        "other_at_risk",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Left our 16 year old on his own for two days while we went to Whitby, house still "
        "standing",
        "The kids were on their own for an hour after school",
    ],
)
def test_an_older_child_or_an_hour_alone_is_not_this_rule(text):
    not_by(text, "other_at_risk.v16_child_alone_for_days")


# plan.v16_after_that_i_finish_everything
def test_after_that_i_finish_everything_is_a_plan():
    high_by(
        "Tomorrow is my last day at the warehouse and after that I finish everything. Thank you "
        "all for being kind.",
        "plan.v16_after_that_i_finish_everything",
    )


@pytest.mark.parametrize(
    "text",
    [
        "After the cake I'll finish everything in the fridge and then start the diet haha",
        "Then I finish everything off with a coat of varnish",
    ],
)
def test_finishing_the_fridge_or_the_varnish_is_not_a_plan(text):
    quiet(text)


# plan.v16_next_time_proper
def test_next_time_ill_do_it_proper_after_an_attempt_is_a_plan():
    high_by(
        "Took too many tablets last month and woke up in A&E. They let me home. Next time ill "
        "do it properly.",
        "plan.v16_next_time_proper",
    )


def test_next_time_ill_do_the_scones_properly_is_quiet():
    quiet("Tried a new scone recipe today, flat as pancakes. Next time I'll do it properly.")


# plan.v16_letter_for_the_coroner
def test_a_letter_for_the_coroner_so_nobody_gets_blamed_is_a_plan():
    high_by(
        "Sorted the dog's food and left a letter for the coroner so nobody gets blamed.",
        "plan.v16_letter_for_the_coroner",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The coroner said nobody was to blame for Dad's fall. Letter came today for the inquest.",
        "Wrote to the coroner about Mum's inquest so nobody gets blamed who shouldn't be, the "
        "care home was short staffed",
    ],
)
def test_a_parents_inquest_is_not_a_plan(text):
    quiet(text)


# plan.v16_where_the_water_is_deepest
def test_working_out_where_the_water_is_deepest_is_a_plan():
    high_by(
        "Working out where the water is deepest by the old bridge. Doesn't matter anymore.",
        "plan.v16_where_the_water_is_deepest",
    )


def test_the_deepest_bit_for_fishing_is_quiet():
    quiet("Been down the canal working out where it's deepest by the lock for the carp fishing")


# medical_emergency.v16_stroke_told_as_tiredness
@pytest.mark.parametrize(
    "text",
    [
        "My hands and words are going funny tonight, must be tired, going for a lie down",
        "Mum's smile is not moving on the left and she's talking funny, she says she's just "
        "tired and wants her bed",
    ],
)
def test_stroke_signs_told_as_tiredness_are_an_emergency(text):
    high_by(text, "medical_emergency.v16_stroke_told_as_tiredness", "medical_emergency")


@pytest.mark.parametrize(
    "text",
    [
        "Face not moving on one side after the dentist injection and talking funny lol, numbing "
        "wears off in an hour",
        "Hands going funny with the cold and my words come out wrong when I'm freezing",
    ],
)
def test_the_dentist_or_the_cold_is_not_a_stroke(text):
    quiet(text)


# Quieter: old medicines going back to the chemist (MEDS_GOING_BACK; "Is Boots alright")
@pytest.mark.parametrize(
    "text",
    [
        "Dropping off a bag of old tablets at the chemist tomorrow, is the one in Asda alright "
        "for that?",
        "Can you take your old meds back to any pharmacy? Got a big bag of co-codamol and old "
        "naproxen, the lot. Want it gone.",
    ],
)
def test_old_medicines_going_back_to_the_chemist_are_quiet(text):
    quiet(text)


@pytest.mark.parametrize(
    "text",
    [
        "Got a big bag of co-codamol and old naproxen saved up, the lot, I'm keeping it just in "
        "case",
        "Got a carrier bag of old co-codamol, not taking it back to the chemist, I'm keeping the "
        "lot",
    ],
)
def test_old_medicines_kept_still_alert(text):
    high(text)


# Quieter: one drink with a medicine, asked (ONE_DRINK_QUESTION)
@pytest.mark.parametrize(
    "text",
    [
        "Is it okay to have one glass of wine with my duloxetine at my sister's do?",
        "Can I have a single brandy with my gabapentin at Christmas?",
    ],
)
def test_asking_about_one_drink_with_a_medicine_is_quiet(text):
    quiet(text)


@pytest.mark.parametrize(
    "text",
    [
        "Having a whisky with all my gabapentin tonight and not bothered if I wake up",
        "Had half a bottle of vodka with my tramadol, on my own",
    ],
)
def test_drinking_with_the_tablets_still_alerts(text):
    result = screen_text(text, statistical_layer=False)
    assert result.level != Level.NONE, (text, rules_fired(result))


# Quieter: advice with nobody in it (ADVICE_ON_SIGNS)
def test_advice_that_chest_pain_with_an_arm_means_999_is_quiet():
    quiet(
        "Reminder for all: chest pain going down the arm, sweating, clammy = 999, not a Rennie. "
        "Don't wait."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Note to all: my chest pain is going down my arm and I'm sweating, is that the heart?",
        "Dad's chest pain is going down his arm and he's gone grey, does this mean 999?",
    ],
)
def test_chest_pain_with_a_person_in_it_is_still_an_emergency(text):
    high(text, "medical_emergency")


# Quieter: "not safe to double up" (not_safe.not_safe)
def test_not_safe_to_double_up_is_advice():
    quiet("Please ask your pharmacist, it's not safe to double up on your pregabalin.")


def test_not_safe_at_home_still_alerts():
    high_by("I'm not safe at home, he's drinking again and took my phone", "not_safe.not_safe")


# Quieter: back and safe, sorry for scaring everyone (farewell.v4_thank_you_for_trying)
def test_back_and_safe_sorry_for_scaring_everyone_is_quiet():
    quiet("Back home now, I'm ok. Sorry for scaring everyone. Thank you for not giving up on me.")


@pytest.mark.parametrize(
    "text",
    [
        "Sorry for scaring everyone. Thank you for not giving up on me. I'm ok with my decision "
        "now, it's nearly time.",
        "Thank you for not giving up on me, it's been a lot. I can't do this anymore.",
    ],
)
def test_a_thank_you_with_a_farewell_still_alerts(text):
    high_by(text, "farewell.v4_thank_you_for_trying")
