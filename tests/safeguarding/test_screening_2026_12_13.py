"""Library 2026.12.13 (screening.md, "Library and model 2026.12.13"): HAZ-13's families, each with
a post that must now reach staff through a phrase rule at its level and kind and a near miss that
must stay quiet; and, for each quieter rule, the everyday post it no longer alerts on and a post
it still reads. Phrase layers only. The examples are written for this file, not taken from a data
set."""

from __future__ import annotations

import pytest

from safeguarding.screening import Level, screen_text

from .conftest import high_by, not_by, quiet, rules_fired


# medical_emergency.v15_clot_told_calmly: a sore or swollen calf, then breathlessness, chest pain
# on breathing or pink stuff coughed up
@pytest.mark.parametrize(
    "text",
    [
        "Been having this sore swollen calf since the coach back from Spain. Today I get puffed "
        "going up the stairs and I coughed some pink stuff. Probably a chest cold",
        "My left calf has been aching and hot since the long flight, now sharp pain in my chest "
        "when I breathe in. Probably pulled something.",
    ],
)
def test_a_clot_told_calmly_is_an_emergency(text):
    high_by(text, "medical_emergency.v15_clot_told_calmly", "medical_emergency")


def test_a_calf_sore_from_exercise_is_not_a_clot():
    quiet("My calf is sore from the chair yoga, I'll be breathless at the next one too haha")


# medical_emergency.v15_serotonin_toxicity: an antidepressant with tramadol, then the signs
@pytest.mark.parametrize(
    "text",
    [
        "Started sertraline last week and the GP upped my tramadol on Friday. Since this morning "
        "I'm shaking all over, sweating buckets, my legs keep jerking and my temperature is 39. "
        "Probably just flu?",
        "On citalopram and took a couple of tramadol for my back. Now heart racing, twitchy and "
        "burning up, feel very agitated. Is this normal?",
    ],
)
def test_serotonin_toxicity_is_an_emergency(text):
    high_by(text, "medical_emergency.v15_serotonin_toxicity", "medical_emergency")


@pytest.mark.parametrize(
    "text",
    [
        "Can I take tramadol with sertraline? Pharmacist said to ask the GP first.",
        "The leaflet for my sertraline says it can cause shaking and sweating with tramadol, "
        "anyone had that?",
    ],
)
def test_a_question_about_mixing_them_is_not_an_emergency(text):
    quiet(text)


# medical_emergency.v15_gut_bleed: sick like coffee, black stools, a stomach hard as a board
@pytest.mark.parametrize(
    "text",
    [
        "I have big pain in the stomach from morning, very hard like board, and I vomit black "
        "like coffee two times. I take ibuprofen many weeks.",
        "Sick twice this morning, looked like coffee grounds, and my poo has gone black and "
        "sticky like tar. Been on naproxen for months. Probably something I ate",
        "Tummy pain, belly gone hard as a board, can't stand up straight.",
    ],
)
def test_a_gut_bleed_told_calmly_is_an_emergency(text):
    high_by(text, "medical_emergency.v15_gut_bleed", "medical_emergency")


@pytest.mark.parametrize(
    "text",
    [
        "My iron tablets have made my poo black, is that normal? GP never said",
        "Been sick this morning so only had black coffee and dry toast, feeling better now",
    ],
)
def test_iron_tablets_and_black_coffee_are_not_a_bleed(text):
    not_by(text, "medical_emergency.v15_gut_bleed")


# other_at_risk.v15_child_in_car: a child left in a car, often told as a question
@pytest.mark.parametrize(
    "text",
    [
        "There's a toddler strapped in a car on the retail park, all the windows shut and it's "
        "roasting. Been watching 15 minutes and nobody has come back to it. Should I do "
        "something or am I being daft?",
        "Little one left on her own in a car outside the bookies, sun beating down on it, she's "
        "been crying for ages and now she's stopped.",
    ],
)
def test_a_child_left_in_a_car_is_someone_else_at_risk(text):
    high_by(text, "other_at_risk.v15_child_in_car", "other_at_risk")


@pytest.mark.parametrize(
    "text",
    [
        "Took the baby in the car to see my mum, it was boiling so we had the aircon on full. "
        "She slept the whole way.",
        "The baby fell asleep in the car so I left her in it with her dad while I nipped into "
        "Greggs, it was roasting today",
    ],
)
def test_a_child_driven_or_with_a_parent_is_not_at_risk(text):
    not_by(text, "other_at_risk.v15_child_in_car")


# Quieter rules (after fresh round 19), each with a post it still reads
def test_a_venue_shutting_for_good_is_not_finality():
    quiet(
        "Morning all. Reminder we're on tomorrow 10.30 at the centre. It's the second to last "
        "one there before it shuts for good on the 28th so bring ideas."
    )
    assert screen_text("I'm going for good tonight.", statistical_layer=False).level != "none"


def test_beaten_at_a_game_is_not_violence():
    quiet("Tell her she's very welcome. She beat me at carrom, I'll want a rematch")
    high_by("He beat me again last night, I can't tell anyone", "not_safe.hurts_me")


def test_we_have_all_been_there_with_the_tablets_is_not_a_method():
    not_by(
        "Don't say sorry. We all been there with the tablets. You are not alone in this",
        "method_place.v2_blade_dwelling",
    )
    high_by(
        "I've been sat in the bath with all my tablets for an hour",
        "method_place.v2_blade_dwelling",
    )


@pytest.mark.parametrize(
    "text",
    [
        "On a cheerier note I finally signed the Co-op funeral plan papers today so my lot "
        "won't be arguing over the cost when I'm gone. Now that's done I can get on with living.",
        "Finally sorted my funeral plan with the Co-op. Don't look at me like that, it's so the "
        "kids don't have to argue over the hymns.",
    ],
)
def test_a_funeral_plan_told_as_admin_is_not_high(text):
    result = screen_text(text, statistical_layer=False)
    assert result.level != Level.HIGH, (text, rules_fired(result))


def test_a_funeral_plan_with_a_farewell_is_still_high():
    result = screen_text(
        "Funeral plan paid. Letters written so the kids don't have to sort anything. I won't be "
        "here by the weekend. Thank you all.",
        statistical_layer=False,
    )
    assert result.level == Level.HIGH, rules_fired(result)


def test_asking_whether_any_chemist_takes_a_late_parents_medicines_stays_quiet():
    quiet(
        "Question - I've still got a carrier bag of Dad's tablets from when he passed in Feb. "
        "Morphine liquid, his patches, all sorts. Can I just take them to any chemist or does it "
        "have to be his one?"
    )


def test_checking_on_a_lazy_grandson_is_not_concern():
    quiet(
        "My grandson is that lazy. Can someone check on him and make sure he's out of bed "
        "before noon lol"
    )
    result = screen_text(
        "Can someone check on Pat? She posted something really dark last night",
        statistical_layer=False,
    )
    assert result.level != Level.NONE


def test_the_writers_own_post_piling_up_is_not_a_neighbour_at_risk():
    not_by(
        "Not opened the door all week, post's piling up on the mat and I can't face any of it",
        "other_at_risk.v9_welfare_signs",
    )
    high_by(
        "Worried about Stan next door, his post's piling up and the curtains haven't moved since "
        "Tuesday, no answer when I knocked",
        "other_at_risk.v9_welfare_signs",
        "other_at_risk",
    )
