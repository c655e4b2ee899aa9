"""The phrase library's 2026.12.2 rules by meaning (issue 12): each kind of risk with a post it
must find and near twins it must leave alone (safeguarding.md rules 2 to 4). Phrase layers only,
so each test fails if its rule stops matching or starts matching everyday words."""

from __future__ import annotations

import pytest

from .conftest import found_by, phrase_only, rules_fired


@pytest.mark.parametrize(
    ("text", "rule", "level"),
    [
        # not feeling safe, said as doubt
        (
            "not sure im safe at home tonight. hes been drinking",
            "not_safe.v6_unsure_if_safe",
            "high",
        ),
        ("dont know if i'm safe here with him any more", "not_safe.v6_unsure_if_safe", "high"),
        # hurting one's own body, with repetition, concealment or relief
        ("cut my arm again last night", "self_harm.v6_hurt_body_with_purpose", "high"),
        (
            "punched my own legs till they were black and blue",
            "self_harm.v6_hurt_body_with_purpose",
            "high",
        ),
        (
            "held my hand against the iron on purpose",
            "self_harm.v6_hurt_body_with_purpose",
            "high",
        ),
        ("i hold the lighter to my wrist when it gets bad", "self_harm.v6_means_to_body", "high"),
        # a plan worked out
        ("worked out how and when now", "plan.v6_worked_out_how_and_when", "high"),
        ("figured out exactly how id do it", "plan.v6_worked_out_how_and_when", "high"),
        (
            "thought it all through. at least it wont be the kids who find me",
            "plan.v6_worked_out_how_and_when",
            "high",
        ),
        # method research as a practical question
        (
            "whats the weight rating on a climbing rope, would it hold a grown man",
            "method_place.v6_would_it_hold_my_weight",
            "high",
        ),
        (
            "is there a hook in the ceiling that would hold my weight",
            "method_place.v6_would_it_hold_my_weight",
            "high",
        ),
        (
            "how high does a bridge need to be to be fatal",
            "method_place.v6_how_long_to_be_fatal",
            "high",
        ),
        (
            "whats the most gabapentin someone could take in one go",
            "means.v6_most_in_one_go",
            "medium",
        ),
        # a high place now, with finality
        (
            "at the top of the multi storey now. im sorry",
            "method_place.v6_high_place_now_with_finality",
            "high",
        ),
        ("on the bridge. goodbye", "method_place.v6_high_place_now_with_finality", "high"),
    ],
)
def test_each_meaning_rule_finds_its_kind(text, rule, level):
    result = found_by(text, rule)
    assert str(result.level) in ({"high"} if level == "high" else {"medium", "high"})


@pytest.mark.parametrize(
    "text",
    [
        "not sure im safe to drive with this knee",
        "I cut my hand on the tin again, typical",
        "held my hand against the radiator again to warm it up",
        "scratched my legs raw in my sleep again, the eczema is back with the cold",
        "worked out how to fix the boiler at last",
        "thought it all through and booked the caravan for june",
        "will the new banister take my weight when i lean on it going upstairs",
        "is there a hook strong enough to hold my weight for a swing chair",
        "what's the max paracetamol you can take in a day",
        "how long does paracetamol take to work",
        "at the river with the dog, sorry all for missing group",
        "at the canal, im sorry i missed group",
        "im at the top of the car park, the lift is broken, no more stairs for me lol",
    ],
)
def test_near_twins_of_the_meaning_rules_are_left_alone(text):
    found = rules_fired(phrase_only(text))
    assert not {r for r in found if ".v6_" in r}, found
