"""The phrase library's 2026.12.6 rules (issue 12, after fresh round 13): risk told by signs
that only mean something together. Emergencies now as a cause with a sign or two kinds of
sign (a knock to the head with confusion or bleeding; a dose error with a racing heart,
seeing double or shaking; a hot swollen calf with breathlessness; insulin without food); someone
else at risk as a sign with a sign (a small child with the only adult out of it; sounds of
someone hurt with quiet, a child or a duration; an injury with an excuse or a controller; a
plea then silence; children alone for days; a dependant without care; another person saying
now how they will die); the writer's own risk (a place, a time and a farewell; a question
about a means with a deadline; everything cancelled with the means ready; a pet handed over
with the key out or "for good" with a cover story; treated for an overdose with the rest still
at home); medium (drink with the writer's own tablets; a life told as given up; a wish to be
with someone who died). And exceptions that quieten only their own rule (a bus that is
hopeless, "not in a good way" said of waiting for a letter, booking downstairs so nobody has
to do the stairs, the last session of a course of care, tablets set out so as not to forget,
medicines going back, overdosing on a box set). Phrase layers only. The examples are written
for this file, not taken from a data set."""

from __future__ import annotations

import pytest

from safeguarding.screening import Level, screen_text

from .conftest import assert_near_miss, found_by, phrase_only, rules_fired

FINDS = [
    # emergencies now: a cause with a sign, or two kinds of sign
    (
        "dad came off his bike twenty minutes ago and keeps passing out",
        "medical_emergency.v10_head_injury_signs",
        "medical_emergency",
    ),
    (
        "grandad had a fall off the ladder an hour ago, he's on warfarin and there's a lump",
        "medical_emergency.v10_head_injury_signs",
        "medical_emergency",
    ),
    (
        "took my pregabalin then realised i'd already had it, now i can't walk straight",
        "medical_emergency.v10_dose_error_with_signs",
        "medical_emergency",
    ),
    (
        "palpitations for the last hour and now i'm seeing double, is that the new tablets",
        "medical_emergency.v10_two_kinds_of_sign",
        "medical_emergency",
    ),
    (
        "calf is hot and puffed up since the flight and it hurts to breathe in",
        "medical_emergency.v10_clot_signs",
        "medical_emergency",
    ),
    (
        "did my insulin but skipped lunch and now i feel really drowsy and everything's gone "
        "blurry",
        "medical_emergency.v10_insulin_without_food",
        "medical_emergency",
    ),
    (
        "sat on the sofa and the ache's gone down my left arm, i'm clammy and feel off",
        "medical_emergency.v10_arm_or_jaw_with_sweat",
        "medical_emergency",
    ),
    (
        "his smile's gone lopsided on one side and he can't lift his cup, says he's fine",
        "medical_emergency.v10_one_side_signs",
        "medical_emergency",
    ),
    (
        "started the new cream and my eyes have ballooned, throat feels tight, ring them monday?",
        "medical_emergency.v10_swelling_with_airway",
        "medical_emergency",
    ),
    (
        "been on lemsip and co-codamol all week for the cold and now i'm throwing up",
        "medical_emergency.v10_two_paracetamols_with_signs",
        "medical_emergency",
    ),
    (
        "grandad's slumped in his chair at the club and he's not responding to anyone",
        "medical_emergency.v10_down_and_not_responding",
        "medical_emergency",
    ),
    (
        "numb down below since the weekend and now i haven't been able to pee all day",
        "medical_emergency.v10_saddle_and_bladder",
        "medical_emergency",
    ),
    # someone else at risk: a sign with a sign
    (
        "my sister's fella is passed out on the settee and the toddler is wandering about the "
        "flat on his own",
        "other_at_risk.v10_child_with_adult_out_of_it",
        "other_at_risk",
    ),
    (
        "there was a loud bang and a scream through the wall and now it's gone silent next door",
        "other_at_risk.v10_hurt_sounds_now",
        "other_at_risk",
    ),
    (
        "my neighbour's got bruises up her arm again, says it was the cupboard door",
        "other_at_risk.v10_injury_with_excuse_or_control",
        "other_at_risk",
    ),
    (
        'my cousin texted me "help me please" about ten last night and then nothing since',
        "other_at_risk.v10_plea_then_silence",
        "other_at_risk",
    ),
    (
        "the two kids across the road have been home alone since saturday, no sign of their mum",
        "other_at_risk.v10_children_alone_for_days",
        "other_at_risk",
    ),
    (
        "i haven't been able to wash dad for three days with my shoulder and he's got bed sores "
        "now",
        "other_at_risk.v10_dependant_without_care",
        "other_at_risk",
    ),
    (
        "my brother is on the phone saying he's going to drive into the quarry wall",
        "other_at_risk.v10_says_now_how",
        "other_at_risk",
    ),
    (
        "the old lady at 14 hasn't taken in her papers and there's no answer when i knock",
        "other_at_risk.v10_welfare_sign_with_sign",
        "other_at_risk",
    ),
    (
        "my granddaughter is only 12 and she's been messaging a fella who's 30, he wants photos",
        "other_at_risk.v10_child_and_adult_man",
        "other_at_risk",
    ),
    # the writer's own risk
    (
        "the viaduct's quiet at 2am. one last walk across. bye all",
        "time_finality.v10_place_time_farewell",
        "",
    ),
    (
        "how many co-codamol would it be for someone my size, need to know before tonight",
        "plan.v10_means_question_with_deadline",
        "",
    ),
    (
        "cancelled the dentist and cancelled the gas man. won't need them. all sorted",
        "plan.v10_cancelled_and_ready",
        "",
    ),
    (
        "could you look after the cat for a bit, spare key is under the mat. thanks for everything",
        "giving_away.v10_pet_handover_with_finality",
        "",
    ),
    (
        "took the budgie to my nan's for good, told her i'm going away on holiday",
        "giving_away.v10_pet_handover_with_finality",
        "",
    ),
    (
        "discharged from a&e after they pumped my stomach, but i still have the rest of the "
        "packets in the drawer",
        "recent_attempt.v10_treated_and_means_still_home",
        "",
    ),
    (
        "gave the golf clubs to my nephew. won't be needing them now",
        "giving_away.v10_given_with_finality",
        "",
    ),
    (
        "tried on friday, didn't work. i'll do it properly next time",
        "recent_attempt.v10_tried_and_again",
        "",
    ),
    (
        "bought what i need from the hardware place. got everything i need, not for the garden",
        "plan.v10_not_for_the_ordinary_use",
        "",
    ),
]


@pytest.mark.parametrize(("text", "rule", "kind"), FINDS)
def test_each_new_cluster_is_found_and_is_high_with_its_kind(text, rule, kind):
    result = found_by(text, rule)
    assert result.level == Level.HIGH
    assert result.kind == kind


MEDIUM_FINDS = [
    (
        "you lot were the best thing about this year, honestly",
        "farewell.v10_group_in_the_past",
    ),
    (
        "four pints and then my zopiclone most nights now, it's the only way i sleep",
        "means.v10_drink_with_tablets",
    ),
    ("been mixing my sertraline with vodka, helps me forget", "means.v10_drink_with_tablets"),
    ("honestly i'm a waste of space to everyone at the minute", "hopelessness.v10_life_given_up"),
    ("work's given up on me so why should i bother", "hopelessness.v10_life_given_up"),
    (
        "three years since dad passed and i just want to be with him",
        "passive_wish.v10_be_with_the_dead",
    ),
]


@pytest.mark.parametrize(("text", "rule"), MEDIUM_FINDS)
def test_each_new_medium_sign_reaches_staff(text, rule):
    result = found_by(text, rule)
    assert result.level in (Level.MEDIUM, Level.HIGH)


NEAR_MISSES = [
    # emergencies: the past, the ordinary, a lesson
    "banged my head on the cupboard door again, no harm done just swearing",
    "fell asleep on the sofa watching the snooker, woke up confused what day it was lol",
    "we did head injuries on the first aid course: confusion and being sick mean ring 999",
    "my heart was racing on the treadmill and i was sweating buckets, good workout",
    "my leg's swollen after the long drive, feet up with a brew",
    "insulin pen ran out, picked the new one up from the chemist with my lunch",
    # someone else: ordinary noise, an old bruise, a busy house
    "baby's asleep and so is her dad, out cold on the sofa after the night shift, bliss",
    "fireworks banging and the kids screaming with excitement, loved it",
    "got a bruise on my shin from the coffee table, says it all about my balance",
    "the kids are on their own at their dad's this weekend, quiet house",
    "my friend keeps saying she's going to jump in the sea for the charity dip lol",
    # own risk: trips with a return, ordinary questions, cancellations with a reason
    "going to the beach tonight to watch the fireworks off the pier, see you there thursday",
    "how long does amitriptyline take to work? seeing the gp next week",
    "cancelled the hairdresser and cancelled lunch, flare's too bad, rearranged for friday",
    "can you have the dog for a week while we're in spain? key's with the neighbour",
    # the new signs in ordinary use
    "carried the shopping up the hill and my arm felt heavy, sweating like mad, unfit!",
    "my lips swell up every time i eat strawberries, so i don't",
    "lemsip and paracetamol together? is that ok? pharmacist says no",
    "did my stretches on the floor and the cat came and slumped on me lol",
    "tried the new pacing app, didn't work, i'll try the old way again",
    "you lot were brilliant at the meet today",
    "my granddaughter is 12 and her teacher is a lovely older man, she loves school",
    # medicines, admin, ordinary sayings
    "can i have a glass of wine with my pregabalin at the wedding?",
    "whisky on top of pregab is a proper bad combo, please talk to the gp",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_of_the_new_clusters_stay_below_high(text):
    assert_near_miss(text, ".v10_")


QUIETER = [
    ("the buses from ours are hopeless on a sunday", "hopelessness.no_hope"),
    (
        "waiting for the tribunal letter, checking the post like a kid at christmas, except not "
        "in a good way",
        "distress.v3_not_in_a_good_place",
    ),
    (
        "booked the back room at the pub so nobody has to do the stairs",
        "affairs.so_no_one_has_to",
    ),
    (
        "last session at the pain clinic today. last time i'll see the physios, sad but ready",
        "time_finality.v2_last_day",
    ),
    ("morning tablets lined up so i don't forget them", "means.weak_after"),
]


@pytest.mark.parametrize(("text", "rule"), QUIETER)
def test_everyday_families_no_longer_raise_their_rule(text, rule):
    assert rule not in rules_fired(phrase_only(text))


@pytest.mark.parametrize(
    "text",
    [
        "overdosed on bake off last night, six episodes back to back",
        "chemist gave me two months of tramadol so i'm taking the extra back tomorrow",
    ],
)
def test_everyday_medicine_and_viewing_stay_none(text):
    assert phrase_only(text).level == Level.NONE


def test_an_exception_does_not_clear_another_cue():
    """Rule 2: the bus exception quietens 'hopeless' only; a plan in the same post still wins."""
    text = "buses are hopeless. cancelled the gp, cancelled the physio, no point now"
    result = screen_text(text, statistical_layer=False)
    assert "plan.v10_cancelled_and_ready" in rules_fired(result)
    assert result.level == Level.HIGH
