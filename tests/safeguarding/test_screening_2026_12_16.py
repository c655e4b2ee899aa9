"""Library 2026.12.16 (screening.md, "Library and model 2026.12.16"): the precision audit of the
rules that can score a post high, after fresh round 23's realistic weeks raised high alerts on
everyday idioms. Each narrowed rule keeps a risk it is there for (the post still fires it, high)
and no longer fires on the everyday wording written here; and the signs round 23's misses
showed, each with a post and a near miss. Phrase layers only. The examples are written for this
file, not taken from a data set."""

from __future__ import annotations

import pytest

from safeguarding.screening import Level

from .conftest import high_by, not_by, phrase_only, rules_fired

# --- the audit: narrowed rules, each still firing on the risk it is for ---


@pytest.mark.parametrize(
    ("text", "rule", "kind"),
    [
        (
            "Rehomed my budgie with Jean next door, she's taking him for good now",
            "giving_away.v2_for_good",
            "self",
        ),
        (
            "My husband beat me again last night and I can't tell anyone",
            "not_safe.hurts_me",
            "self",
        ),
        (
            "I've been reading up on how many of my tablets it would take",
            "means.v4_how_many_it_would_take",
            "self",
        ),
        (
            "Been looking up lethal doses of my amitriptyline all evening",
            "means.v4_how_many_it_would_take",
            "self",
        ),
        (
            "Sat with the engine running in the garage tonight, door shut",
            "method_place.car_exhaust",
            "self",
        ),
        (
            "I want to see my grandson once more before I go. Then that's it",
            "time_finality.v2_when_gone",
            "self",
        ),
        ("Goodbye all. Thank you for putting up with me", "farewell.goodbye_everyone", "self"),
        ("I've got a plan now. I know how and when", "plan.got_a_plan", "self"),
        ("I'm not safe at home, he's drinking again", "not_safe.not_safe", "self"),
        ("I've hidden a rope in the shed", "method_place.rope_ligature", "self"),
        ("Tonight's the night. I've made up my mind", "time_finality.tonights_the_night", "self"),
        ("I took an overdose of my co-codamol last night", "recent_attempt.overdose", "self"),
        ("I keep wanting to cut myself tonight", "self_harm.myself", "self"),
        ("This will be my last post. Thank you for everything", "farewell.last_post", "self"),
    ],
)
def test_a_narrowed_rule_still_fires_on_the_risk_it_is_for(text, rule, kind):
    high_by(text, rule, kind)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "Passport renewal taking forever. Still nothing from them",
            "giving_away.v2_for_good",
        ),
        ("He beat me at FIFA three nights running, I want a rematch", "not_safe.hurts_me"),
        (
            "That curry of yours looks lethal, I'll bring the yoghurt",
            "means.v4_how_many_it_would_take",
        ),
        (
            "The lawn looks like the car park at Asda. Hosepipe ban from Monday",
            "method_place.car_exhaust",
        ),
        ("One more coffee before I go home to Cork on Thursday", "time_finality.v2_when_gone"),
        ("Goodbye all and behave till I'm back from Lanzarote!", "farewell.goodbye_everyone"),
        ("Yes I have the plan, it's stuck on the fridge", "plan.got_a_plan"),
        (
            "Those old patches in the kitchen bin are not safe for the grandkids",
            "not_safe.not_safe",
        ),
        ("Bought some rope lights for the greenhouse", "method_place.rope_ligature"),
        ("The rope swing is up in the oak tree for the twins", "method_place.v2_rope_place"),
        (
            "Tonight's the night! Going to see the Abba tribute at the pier",
            "time_finality.tonights_the_night",
        ),
        ("I have overdosed on the Quality Street AGAIN. Send help", "recent_attempt.v4_overdose"),
        ("overdosed on hot cross buns. no regrets", "recent_attempt.overdose"),
        ("Cut myself chopping carrots, plaster on, soup still made", "self_harm.myself"),
        ("That's my last post as coordinator, Bev takes over in March", "farewell.last_post"),
        ("If I hear that jingle one more time I'll scream", "farewell.v4_if_i_dont_see_you"),
        (
            "Been there with the gabapentin, the GP helped me come off",
            "method_place.v2_blade_dwelling",
        ),
        ("They'd throw me out of the Legion for ordering a shandy", "not_safe.threatens"),
    ],
)
def test_a_narrowed_rule_does_not_fire_on_the_everyday_wording(text, rule):
    not_by(text, rule)


def test_exasperation_with_despair_after_it_still_reaches_staff():
    # the "one more time ... I'll scream" exception does not hide what follows it
    result = phrase_only(
        "If I hear 'try yoga' one more time I'll scream. Tried everything. Nothing left now, "
        "I'll say goodbye to you all for the last time"
    )
    assert result.level == Level.HIGH, rules_fired(result)


def test_a_funeral_plan_and_will_done_because_the_family_insisted_is_admin():
    result = phrase_only(
        "Updated my will and sorted the funeral plan this week, my daughter insisted. "
        "Glad it's done, one job less"
    )
    assert result.level != Level.HIGH, (rules_fired(result), result.reasons)


def test_a_funeral_plan_and_will_with_a_farewell_is_still_high():
    result = phrase_only(
        "Updated my will and sorted the funeral plan this week. I won't be a burden much longer. "
        "Goodbye everyone"
    )
    assert result.level == Level.HIGH, (rules_fired(result), result.reasons)


# medical_emergency.v16_hypo_on_insulin: what the audit found only an unrelated rule caught
def test_shaking_sweating_and_confused_on_insulin_is_a_medical_emergency():
    high_by(
        "so shaky and sweaty and confused, did my insulin before work and forgot breakfast",
        "medical_emergency.v16_hypo_on_insulin",
        "medical_emergency",
    )


def test_a_question_about_the_signs_of_a_hypo_is_not_one():
    not_by(
        "What are the signs of a low? The leaflet says shaking, sweating and confusion, I've just "
        "started insulin",
        "medical_emergency.v16_hypo_on_insulin",
    )


# --- the signs round 23's misses showed ---


# means.v16_wont_need_the_rest
def test_a_stockpile_with_no_need_for_the_rest_is_the_writers_own_risk():
    high_by(
        "Pharmacy gave me eight weeks of oxycodone as they're closing for the refit. Shan't be "
        "needing the rest of it anyway. Cheers all",
        "means.v16_wont_need_the_rest",
    )


def test_a_supply_not_needed_because_the_pain_settled_is_not():
    not_by(
        "Pharmacy gave me eight weeks of oxycodone but the pain's gone since the injection, "
        "won't need the rest of it so I'm taking them back",
        "means.v16_wont_need_the_rest",
    )


# other_at_risk.v18_quoted_goodbye_not_heard
def test_a_members_goodbye_quoted_and_nobody_heard_since_is_someone_else_at_risk():
    high_by(
        "Gaz put on the chat at midnight 'love you all, that's me done' and nobody's heard "
        "anything from him since. Not like him at all",
        "other_at_risk.v18_quoted_goodbye_not_heard",
        "other_at_risk",
    )


def test_a_goodbye_before_a_cruise_with_no_signal_is_not():
    not_by(
        "Gaz posted 'bye all, off on the cruise' and nobody's heard from him since, there's no "
        "signal at sea",
        "other_at_risk.v18_quoted_goodbye_not_heard",
    )


# other_at_risk.v18_cuckooing
def test_men_staying_at_a_vulnerable_mans_flat_taking_his_money_is_someone_else_at_risk():
    high_by(
        "Lad on my landing has autism. Some blokes have been dossing at his flat since Easter and "
        "they take his benefits the day they land",
        "other_at_risk.v18_cuckooing",
        "other_at_risk",
    )


def test_family_staying_at_his_flat_is_not_cuckooing():
    not_by(
        "His brothers are staying at his flat over Eid, they took him for a meal and paid",
        "other_at_risk.v18_cuckooing",
    )


# other_at_risk.v17_forced_marriage, second-language wording (FORCED_MARRIAGE, 2026.12.16)
def test_a_marriage_made_for_a_girl_of_15_in_second_language_wording_is_someone_else_at_risk():
    high_by(
        "my niece she have 15 years, her father make marriage for her with his friend, they take "
        "her on flight in summer. she is scared",
        "other_at_risk.v17_forced_marriage",
        "other_at_risk",
    )


def test_a_happy_wedding_arranged_for_a_grown_daughter_is_not():
    not_by(
        "we make the wedding for my daughter in June, she chose him herself, 29 years both, so "
        "much cooking to do",
        "other_at_risk.v17_forced_marriage",
    )


# intent.v16_go_away_from_this_life
def test_better_i_go_away_from_this_life_is_the_writers_own_risk():
    high_by(
        "nobody need me now, I am only trouble. better I go away from this life",
        "intent.v16_go_away_from_this_life",
    )


def test_going_away_from_the_city_life_is_not():
    not_by(
        "better I go away from this life of the city, my cousin has a farm near Gdansk",
        "intent.v16_go_away_from_this_life",
    )
