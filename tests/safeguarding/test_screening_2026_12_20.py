"""Library 2026.12.20 (screening.md, "Library and model 2026.12.20"): the precision pass on the
phrase rules after fresh round 27's hard-case ordinary posts raised 32 alerts in 100 (21 from
phrase rules, 12 at high). Each narrowed rule no longer fires on the everyday wording written here
(a goodbye with a reason and a return, advice to someone else, medicines lost or got rid of, a
funeral plan weighed up as a purchase, an idiom with a laugh, rope tied to a gate, surgery on a
programme), which the 2026.12.18 library fired on; and each keeps its true-risk twin. Phrase
layers only. The examples are written for this file, not taken from a data set."""

from __future__ import annotations

import pytest

from safeguarding.screening import Level

from .conftest import high_by, not_by, phrase_only, reaches_staff_by, rules_fired

# --- near misses: the everyday wording each narrowed rule fired on with 2026.12.18 ---


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "Managed to hoover the stairs without wanting to die 🤣 the new lightweight one is "
            "brilliant",
            "intent.want_to_die",
        ),
        ("28 degrees in the office, I'm going to die lol. Fan on full", "intent.want_to_die"),
        (
            "My daughter says she'll kill me if I carry the shopping up the hill again 😂 "
            "so I got a taxi",
            "not_safe.threat_if_i_leave",
        ),
        (
            "Last post from me for three weeks, flying out to see my son in Perth. Bye all!",
            "farewell.goodbye_everyone",
        ),
        (
            "Dropped a whole box of my co-codamol in the washing machine, they've turned to "
            "paste. Surgery says they'll do an early script",
            "means.strong_before",
        ),
        (
            "Mum died in March and there's still a carrier bag full of her tramadol in the "
            "spare room. Where do I take it? I don't want it in the house",
            "means.strong_before",
        ),
        (
            "How much ibuprofen can I have on top of my naproxen? Don't want to get it wrong",
            "broad_means.medicine_quantity",
        ),
        (
            "Sat down with the kids and looked at funeral plans, the costs vary loads. My "
            "funeral plan is next on the list, I'm in no hurry mind",
            "affairs.funeral",
        ),
        (
            "Heads up all: chest pain spreading to your left arm or your jaw is not indigestion. "
            "Don't wait and see, ring 999 straight away",
            "medical_emergency.v7_chest_cluster",
        ),
        (
            "Bev, that's not safe with your other stuff, please check with the pharmacist first",
            "not_safe.not_safe",
        ),
        (
            "Careful love, sertraline isn't something to drop, it's not safe to stop suddenly",
            "not_safe.not_safe",
        ),
        (
            "Put a length of rope on the shed door so I can pull it to without bending",
            "method_place.rope_ligature",
        ),
        (
            "Tied an old rope to the back gate as a handle, saves my wrists",
            "broad_means.method_word",
        ),
        (
            "That hospital drama last night, the woman who asked them to take her foot off after "
            "years of pain. Powerful stuff",
            "giving_away.v2_knows_to_take",
        ),
        (
            "I've decided to leave the group, I've got a new job and can't make Tuesdays. "
            "You've been great",
            "broad_decision.decided",
        ),
        (
            "Leaving the group as we've moved to Leeds and I've joined the one up there. "
            "Thanks all",
            "withdrawal.leaving",
        ),
        (
            "Found a loving home for my rabbits, the new landlord doesn't allow pets. Gutted",
            "broad_giving.take_my_pet",
        ),
        (
            "If you think you can't do it any more, ask the ranger about the mobility scooters",
            "trapped.cant_do_it_any_more",
        ),
    ],
)
def test_a_narrowed_rule_does_not_fire_on_the_everyday_wording(text, rule):
    not_by(text, rule)


# --- true-risk twins: the same rules still fire on the risk they are for ---


@pytest.mark.parametrize(
    ("text", "rule", "kind"),
    [
        ("I want to die. I mean it this time", "intent.want_to_die", "self"),
        ("honestly i'm going to die tonight, i've had enough", "intent.want_to_die", "self"),
        (
            "Last post from me. Dog's going to my brother's. Bye all",
            "farewell.goodbye_everyone",
            "self",
        ),
        (
            "I've got a whole month of pregabalin saved in the drawer and I know what it's for",
            "means.strong_before",
            "self",
        ),
        (
            "My chest is tight and the pain's going into my jaw, I'm clammy. Ring 999?",
            "medical_emergency.v7_chest_cluster",
            "medical_emergency",
        ),
        ("I'm not safe with my tablets tonight", "not_safe.v20_not_safe_with_own_means", "self"),
        (
            "I don't feel safe around all the codeine in the house",
            "not_safe.v20_not_safe_with_own_means",
            "self",
        ),
        ("Bought a bit of rope today. Nobody will miss me", "method_place.rope_ligature", "self"),
    ],
)
def test_a_narrowed_rule_still_fires_on_the_risk_it_is_for(text, rule, kind):
    high_by(text, rule, kind)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "Still got spare boxes of Dad's morphine in the drawer since he passed",
            "means.broad_mention_with_stock",
        ),
        (
            "I've decided. I'm not going to be a problem for anyone much longer",
            "broad_decision.decided",
        ),
        ("Deleting the app and leaving the group. Don't look for me", "withdrawal.leaving"),
        (
            "Need a good home for my cat. Won't need looking after where I'm going",
            "broad_giving.take_my_pet",
        ),
        ("I can't do it any more. Every day is the same", "trapped.cant_do_it_any_more"),
        ("My funeral plan is all done now and I'm ready", "affairs.funeral"),
    ],
)
def test_a_narrowed_medium_rule_still_fires_on_the_risk_it_is_for(text, rule):
    reaches_staff_by(text, rule)


def test_a_bedtime_sign_off_with_the_night_medicine_kicking_in_is_not_a_priority_cue():
    result = phrase_only(
        "Right, that's my last post tonight, my nortriptyline is kicking in so I'm going to bed. "
        "Night night"
    )
    assert "priority_self.means_with_farewell_or_time" not in {c.rule for c in result.evidence}


def test_taking_the_lot_of_the_bedtime_pills_with_a_goodnight_is_still_high():
    result = phrase_only(
        "Last post tonight. Taken the whole box of amitriptyline, it's kicking in. Night all"
    )
    assert Level(result.level) == Level.HIGH, (rules_fired(result), result.reasons)


def test_a_threat_with_no_laugh_is_still_high():
    high_by(
        "My husband says he'll kill me if I go to my sister's again",
        "not_safe.threat_if_i_leave",
        "self",
    )


def test_a_laugh_does_not_hide_another_cue():
    result = phrase_only(
        "I'm going to die 😂 I've saved up all my tramadol and tonight's the night"
    )
    assert Level(result.level) == Level.HIGH, (rules_fired(result), result.reasons)


def test_the_time_coming_with_a_decision_made_is_still_a_priority_cue():
    result = phrase_only(
        "I've got it all planned for when the time comes, and it won't be long now"
    )
    assert "priority_self.v20_when_the_time_comes" in {c.rule for c in result.evidence}
    assert Level(result.level) == Level.HIGH, (rules_fired(result), result.reasons)


def test_the_time_coming_in_a_question_about_a_prepaid_plan_is_not_a_priority_cue():
    result = phrase_only(
        "Had another leaflet about prepaid funeral plans through the door. Worth it or not? "
        "I'd hate the grandkids to pay for it when the time comes"
    )
    fired = {c.rule for c in result.evidence}
    # (2026.12.18 read "when the time comes" as priority_self.own_end_decided)
    assert not fired & {"priority_self.v20_when_the_time_comes", "priority_self.own_end_decided"}


def test_a_late_mums_tablets_kept_to_take_are_still_high():
    result = phrase_only(
        "Mum's been gone a year and I've still got a carrier bag full of her morphine. "
        "Where do I take them? Part of me wants to take them myself"
    )
    assert Level(result.level) == Level.HIGH, (rules_fired(result), result.reasons)
