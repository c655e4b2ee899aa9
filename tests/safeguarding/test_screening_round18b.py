"""Library 2026.12.11, second part: the families of the ten high posts the quieter solo gate
holds back out of fold (screening.md, "Library and model 2026.12.11"). For each family a post
that must now reach staff through a phrase rule, at its level and kind, and a near miss that
must stay quiet. Phrase layers only. The examples are written for this file, not taken from a
data set."""

from __future__ import annotations

import pytest

from safeguarding.screening import Level, screen_text

from .conftest import high_by, quiet


# recent_attempt.v11_terse_overdose: the whole post is an overdose now
@pytest.mark.parametrize("text", ["ive took the lot", "Just swallowed the whole lot."])
def test_a_terse_overdose_is_high(text):
    high_by(text, "recent_attempt.v11_terse_overdose")


@pytest.mark.parametrize(
    "text",
    [
        "took the lot back to the chemist this morning, they were fine about it",
        "the grandkids have taken the lot of the mince pies, not one left",
    ],
)
def test_the_lot_returned_or_eaten_stays_quiet(text):
    quiet(text)


# means.v11_method_research_with_a_time: how a means works, with a time it is needed by
def test_method_research_with_a_time_is_high():
    high_by(
        "does co-codamol take hours to work or is it quick? need to know by tonight",
        "means.v11_method_research_with_a_time",
    )


@pytest.mark.parametrize(
    "text",
    [
        "is the 42 still running after six? need to know before tonight, ta",
        "how long does the lamb take in the slow cooker? need to know before tonight",
    ],
)
def test_a_bus_or_a_recipe_before_tonight_stays_quiet(text):
    quiet(text)


# recent_attempt.v11_talked_down: a recent attempt stopped by someone
def test_an_attempt_stopped_by_the_police_is_high():
    high_by(
        "Went up to the viaduct on tuesday night. A copper came and talked me down.",
        "recent_attempt.v11_talked_down",
    )


def test_a_bridge_on_a_walk_and_a_price_talked_down_stays_quiet():
    quiet("walked over the bridge to the market, the lad on the stall talked me down to a fiver")


# other_at_risk.v11_violence_in_passing: violence at home told in passing
def test_violence_at_home_in_passing_is_high_other_at_risk():
    high_by(
        "nice roast today. she was in a decent mood so no one got hit for once",
        "other_at_risk.v11_violence_in_passing",
        kind="other_at_risk",
    )


def test_an_accident_where_nobody_got_hurt_stays_quiet():
    quiet("the shelf came down in the kitchen last night but nobody got hurt, just plates")


# means.v11_stock_counted_nightly: a stock counted every night, with a number
def test_a_stock_counted_nightly_is_high():
    high_by("i count my tablets every night. 62 now.", "means.v11_stock_counted_nightly")


@pytest.mark.parametrize(
    "text",
    [
        "knitting the blanket for the baby, i count them every night, 96 stitches a row",
        "i count my steps every day now, 4000 yesterday which is good for me",
    ],
)
def test_counting_steps_or_stitches_stays_quiet(text):
    quiet(text)


# farewell.v11_off_the_list_for_good: a sign-off buried in an RSVP
def test_a_sign_off_in_an_rsvp_is_high():
    high_by(
        "no from me for the january walk. no point keeping me on the list after that.",
        "farewell.v11_off_the_list_for_good",
    )


def test_a_no_for_a_meal_stays_quiet():
    quiet("put me down as a no for the curry night please, i'm at my sister's. yes for march!")


# recent_attempt.v11_liver_unit_and_sorry: after an overdose
def test_out_of_the_liver_unit_asking_not_to_be_judged_is_high():
    high_by(
        "they let me out of the liver ward yesterday. don't be angry with me please",
        "recent_attempt.v11_liver_unit_and_sorry",
    )


def test_a_liver_clinic_appointment_stays_quiet():
    quiet("just come out of the liver clinic, bloods look better, see you all thursday")


# time_finality.v11_done_before_i_am: finality told as clearing up
def test_clearing_up_before_i_am_is_high():
    high_by(
        "anyone want my records? getting it all sorted before i am.",
        "time_finality.v11_done_before_i_am",
    )


def test_clearing_a_loft_before_a_move_stays_quiet():
    quiet("clearing the loft this week so it's done before the removal van comes on friday")


# giving_away.v11_for_keeps_with_signing_off: a pet given for keeps, with a signing-off
def test_a_pet_given_for_keeps_with_a_signing_off_is_high():
    high_by(
        "took the budgie round to our Sandra's, told her he's hers for keeps. thanks for "
        "everything you lot.",
        "giving_away.v11_for_keeps_with_signing_off",
    )


def test_a_pet_given_for_keeps_without_a_signing_off_stays_quiet():
    quiet("gave the kittens to next door, they're theirs now. off to the vet after")


# other_at_risk.v11_child_running_drugs: a child exploited
def test_a_child_running_drugs_for_older_lads_is_high_other_at_risk():
    high_by(
        "my nephew is 14 and he's running gear to the coast for some older lads, came back with "
        "a black eye",
        "other_at_risk.v11_child_running_drugs",
        kind="other_at_risk",
    )


def test_a_child_running_errands_stays_quiet():
    quiet("our 12 year old has a paper round and runs errands for the older ladies on the street")


# someone else's overdose now stays high (medical_emergency.v7_overdose_now, unchanged)
def test_someone_elses_overdose_now_stays_high():
    text = "my mate rang, she's necked the lot and says she's going to bed now"
    assert Level(screen_text(text, statistical_layer=False).level) == Level.HIGH
