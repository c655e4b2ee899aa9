"""Library 2026.12.15 (screening.md, "Library and model 2026.12.15"): the families fresh round 22
showed the library does not read (HAZ-13 control 18's next version's work), each with a post that
must now reach staff through a phrase rule at its level and kind and a near miss that must not
fire it; and the replies that act inside a worried thread, with a post that still alerts. Phrase
layers only. The examples are written for this file, not taken from a data set."""

from __future__ import annotations

import pytest

from safeguarding.screening import Level, screen_text

from .conftest import high_by, not_by, rules_fired


# other_at_risk.v17_left_with_nobody: young children or a dependent adult alone, whoever looks
# after them away, without "for days"
@pytest.mark.parametrize(
    "text",
    [
        "The little ones next door are on their own, their mum was taken into hospital on "
        "Sunday and nobody has come for them. The oldest is 8.",
        "Two kids by themselves in the flat upstairs, dad walked out and there's no food in, "
        "I gave them toast through the door",
        "My neighbour's lad is disabled and can't feed himself, his mum went into hospital last "
        "night and he is on his own in the bungalow now",
    ],
)
def test_children_or_a_dependant_left_with_nobody_is_someone_else_at_risk(text):
    high_by(text, "other_at_risk.v17_left_with_nobody", "other_at_risk")


@pytest.mark.parametrize(
    "text",
    [
        "Mum's in hospital for her knee so the kids are staying with their nan this week",
        "The kids are on their own for an hour after school till I'm back, they're 14 and 12, "
        "mum's at work",
    ],
)
def test_children_with_a_relative_or_home_for_an_hour_are_not_left_with_nobody(text):
    not_by(text, "other_at_risk.v17_left_with_nobody")


# other_at_risk.v17_young_person_held
def test_a_teenager_who_cannot_leave_a_flat_with_men_is_someone_else_at_risk():
    high_by(
        "My foster daughter is 14 and she rang from a house in town, says there are older men "
        "giving her drink and she isn't allowed to leave. Then her phone went off.",
        "other_at_risk.v17_young_person_held",
        "other_at_risk",
    )


@pytest.mark.parametrize(
    "text",
    [
        "My 15 year old says he can't leave the house without his charger, teenagers honestly",
        "Our 16 year old can't leave till the men have finished fitting the boiler, so he's "
        "revising in the kitchen",
    ],
)
def test_a_teenager_and_a_charger_or_the_workmen_is_not_held(text):
    not_by(text, "other_at_risk.v17_young_person_held")


# other_at_risk.v17_forced_marriage
def test_a_forced_marriage_with_a_flight_is_someone_else_at_risk():
    high_by(
        "My niece is 17 and her dad is forcing her to marry a man she has never met. They've "
        "taken her phone and the flight is booked for next week.",
        "other_at_risk.v17_forced_marriage",
        "other_at_risk",
    )


@pytest.mark.parametrize(
    "text",
    [
        "My daughter says she'd never marry a man she hasn't met, she's 16 and has opinions lol",
        "Watching a drama where they force her to marry the duke, the flight scene was daft",
    ],
)
def test_a_joke_or_a_drama_about_marriage_is_not_forced_marriage(text):
    not_by(text, "other_at_risk.v17_forced_marriage")


# other_at_risk.v17_older_person_hurt
def test_an_older_person_handled_roughly_again_is_someone_else_at_risk():
    high_by(
        "The elderly gentleman over the road, his grandson was pushing him back into the house "
        "and shouting, he was crying. It happens most weeks.",
        "other_at_risk.v17_older_person_hurt",
        "other_at_risk",
    )


def test_an_older_neighbour_dragging_her_bin_is_not_hurt():
    not_by(
        "The old lady next door was dragging her wheelie bin up the path again, crying with "
        "laughing at the wind",
        "other_at_risk.v17_older_person_hurt",
    )


# other_at_risk.v17_child_swallowed_opioid
def test_a_child_who_swallowed_someone_elses_opioid_is_someone_else_at_risk():
    high_by(
        "Left my oramorph on the side and my grandson, he's three, drank some of it. He's "
        "gone really quiet",
        "other_at_risk.v17_child_swallowed_opioid",
        "other_at_risk",
    )


@pytest.mark.parametrize(
    "text",
    [
        "My youngest drank half the Calpol bottle again, the sticky monster, have moved it up high",
        "My son asked what methadone is after a programme, told him and he had his tea",
    ],
)
def test_calpol_or_a_question_about_an_opioid_is_not_a_child_swallowing_one(text):
    not_by(text, "other_at_risk.v17_child_swallowed_opioid")


# medical_emergency.v17_inhaler_not_working
def test_an_asthma_attack_past_the_inhaler_is_a_medical_emergency():
    high_by(
        "wheezing so bad, had 12 puffs of the blue one and it's doing nothing, can't get my breath",
        "medical_emergency.v17_inhaler_not_working",
        "medical_emergency",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Inhaler review with the asthma nurse today, she says the blue one is not doing much "
        "and I'm wheezy in the mornings so we're changing it",
        "Two puffs before the walk and no wheezing at all, the new inhaler is great",
    ],
)
def test_an_inhaler_review_or_a_good_walk_is_not_an_attack(text):
    not_by(text, "medical_emergency.v17_inhaler_not_working")


# plan.v17_nothing_after_a_date
def test_nothing_booked_after_a_date_is_a_plan():
    high_by(
        "Told the optician not to bother booking me in for after the 3rd. Gave the cat's "
        "things to my sister.",
        "plan.v17_nothing_after_a_date",
    )


def test_nothing_booked_while_the_hairdresser_is_away_is_not_a_plan():
    not_by(
        "No point booking the hairdresser for after the 14th, she's on holiday till the 28th",
        "plan.v17_nothing_after_a_date",
    )


# plan.v17_debts_then_gone
def test_debts_squared_then_no_need_to_worry_is_a_plan():
    high_by(
        "Settled up with everyone I owe this week, the van man and my brother included. By "
        "Sunday nobody will need to worry about me.",
        "plan.v17_debts_then_gone",
    )


def test_paying_off_a_credit_card_is_not_a_plan():
    not_by(
        "Paid off my credit card at last! You won't need to worry about me moaning about money "
        "any more",
        "plan.v17_debts_then_gone",
    )


# plan.v17_policy_wait_over
def test_a_life_policy_whose_wait_is_over_is_a_plan():
    high_by(
        "Read the small print on the life policy, it pays out after 13 months whatever "
        "happens. It's been 13 months now.",
        "plan.v17_policy_wait_over",
    )


def test_a_house_policy_with_a_wait_is_not_a_plan():
    not_by(
        "Home insurance only covers the subsidence after two years, it's been two years now so "
        "fingers crossed for the claim",
        "plan.v17_policy_wait_over",
    )


# Replies that act inside a worried thread (thread.py, context.toml acting_for_other)
GOODBYE = (
    "I've left my watch for my son and the dog's lead for Pat. Thank you all. I'm going "
    "tonight and I'm at peace with it."
)


def test_a_reply_telling_them_to_put_the_means_away_raises_no_second_alert():
    result = screen_text(
        "Frank please, no. Put the tablets away. I've rung 999 and they're coming.",
        context_text=GOODBYE,
        statistical_layer=False,
    )
    assert result.level == Level.NONE, (rules_fired(result), result.reasons)


def test_someone_saying_they_put_their_own_tablets_away_still_alerts():
    result = screen_text(
        "i put the tablets away in a tin for when it's time, same as you",
        context_text=GOODBYE,
        statistical_layer=False,
    )
    assert result.level != Level.NONE, result.reasons


def test_a_reply_that_has_rung_999_about_the_silent_member_raises_no_second_alert():
    result = screen_text(
        "Still no answer from him and he's not picking up. I've rung 999 and the police are "
        "going to his house now.",
        context_text=GOODBYE,
        statistical_layer=False,
    )
    assert "other_at_risk.not_answering_after_goodbye" not in rules_fired(result)


def test_a_reply_going_round_and_asking_others_to_ring_still_alerts():
    result = screen_text(
        "He's not answering, he said goodbye and he means the river. I'm going round now, "
        "can someone ring the police",
        context_text=GOODBYE,
        statistical_layer=False,
    )
    assert result.level == Level.HIGH, (rules_fired(result), result.reasons)


def test_which_cues_a_reply_that_acts_lowers():
    from safeguarding.screening import thread

    silence = "other_at_risk.not_answering_after_goodbye"
    assert thread.lowered_by_acting("concern_other", "concern_other.gone_silent", called=False)
    assert thread.lowered_by_acting("other_at_risk", silence, called=True)
    # before anyone has rung 999 the member's silence is still news for staff
    assert not thread.lowered_by_acting("other_at_risk", silence, called=False)
    assert not thread.lowered_by_acting("self", "plan.got_a_plan", called=True)
