"""Library 2026.12.18 (screening.md, "Library and model 2026.12.18"): the precision audit of the
phrase rules at medium as well as high, after fresh round 25's realistic weeks raised 24 of their
40 false alarms from phrase rules. Each narrowed rule keeps a risk it is there for (the post still
fires it) and no longer fires on the everyday wording written here, which the 2026.12.17 library
fired on; and the two signs round 25's misses showed (harm by a paid carer, an allergic reaction
told in its signs), each with a post and a near miss. Phrase layers only. The examples are written
for this file, not taken from a data set."""

from __future__ import annotations

import pytest

from safeguarding.screening import Level

from .conftest import high_by, not_by, phrase_only, reaches_staff_by, rules_fired

# --- the audit: narrowed rules, each still firing on the risk it is for ---


@pytest.mark.parametrize(
    ("text", "rule", "kind"),
    [
        (
            "My husband's speech is slurred and his face has dropped on one side, it came on "
            "ten minutes ago",
            "medical_emergency.stroke_speech",
            "medical_emergency",
        ),
        (
            "The side of his mouth has drooped, he's sat there confused",
            "medical_emergency.stroke_face",
            "medical_emergency",
        ),
        (
            "It's domestic abuse, I know that now, and I'm frightened what he'll do tonight",
            "not_safe.afraid_to_go_home",
            "self",
        ),
        ("I've got a plan now. Tonight, when the house is quiet", "plan.got_a_plan", "self"),
        (
            "Today is the day. I've written the letters and I'm sorry",
            "time_finality.tonights_the_night",
            "self",
        ),
        (
            "I wanted to say thank you now before I go. You were all good to me",
            "time_finality.v2_when_gone",
            "self",
        ),
        (
            "Some days I just want to step off the multi storey",
            "method_place.jump_or_step",
            "self",
        ),
        (
            "I could walk in front of a lorry and nobody would notice",
            "method_place.jump_or_step",
            "self",
        ),
        (
            "Passwords and the will are in the blue folder for the kids. I won't need them",
            "affairs.for_each_of",
            "self",
        ),
        ("I'm not safe tonight. I've got all my tablets out", "not_safe.not_safe", "self"),
        ("thinking of ending it all tonight", "intent.thoughts_of", "self"),
        ("nothing left now except ending it", "intent.ending_it", "self"),
        ("Goodbye everyone. Thank you for everything", "farewell.goodbye_everyone", "self"),
        ("I burn myself with a lighter when it gets too much", "self_harm.myself", "self"),
        ("I want to kill myself", "intent.want_to_die", "self"),
    ],
)
def test_a_narrowed_rule_still_fires_on_the_risk_it_is_for(text, rule, kind):
    high_by(text, rule, kind)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("I've cried every day this week and I can't see it getting better", "distress.v2_crying"),
        (
            "Everything's sorted now. The cat is with my sister",
            "affairs.everything_in_order",
        ),
        ("I've sorted out who gets the dog and the car", "broad_affairs.who_gets"),
        ("It's all arranged now. Nobody will have to worry", "affairs.broad_all_arranged"),
        ("Ordered some rope off Amazon. Nobody needs to know what for", "method_place.broad_rope"),
    ],
)
def test_a_narrowed_medium_rule_still_fires_on_the_risk_it_is_for(text, rule):
    reaches_staff_by(text, rule)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "Quick update: Dad's on the stroke unit now. Speech still a bit slurred but he knew us "
            "all and asked for the cricket score. Visiting is two till eight",
            "medical_emergency.stroke_speech",
        ),
        (
            "PSA from the first aider in me: FAST. Face drooping, Arm weak, Speech slurred, "
            "Time to ring 999",
            "medical_emergency.stroke_face",
        ),
        (
            "Court went fine, he was remanded. The domestic abuse support worker is coming round "
            "Thursday to go through everything with me",
            "not_safe.afraid_to_go_home",
        ),
        (
            "Went to the funeral directors on the high street and got my plan sorted and paid "
            "for, hymns picked. Now for a scone",
            "plan.got_a_plan",
        ),
        (
            "My knees have decided today is the day they try to finish me off. Hot water bottle "
            "it is",
            "time_finality.tonights_the_night",
        ),
        (
            "Last session before I go to Tenerife Friday, save me a biscuit!",
            "time_finality.v2_when_gone",
        ),
        (
            "It's only a short walk from the car park to the cafe, flat all the way",
            "method_place.jump_or_step",
        ),
        ("Stepped off the train at New Street and my hip locked", "method_place.jump_or_step"),
        (
            "I'm in. Will need to be away by half eleven for the kids though",
            "affairs.for_each_of",
        ),
        (
            "Gaz mate, tramadol off the internet isn't safe, you don't know what's in it. Speak to "
            "the GP",
            "not_safe.not_safe",
        ),
        (
            "Please don't take the extra, it's not safe with the co-codamol on top. Ring 111",
            "not_safe.not_safe",
        ),
        (
            "thinking of ending it... my gym membership. £40 a month to look at a treadmill",
            "intent.thoughts_of",
        ),
        # (intent.ending_it reads the same words once intent.thoughts_of no longer does)
        (
            "thinking of ending it... my gym membership. £40 a month to look at a treadmill",
            "intent.ending_it",
        ),
        (
            "Watched my grandson in the nativity and cried all day, happy tears",
            "distress.v2_crying",
        ),
        (
            "Did our wills at the solicitor, grown up at last, so everything's sorted now",
            "affairs.everything_in_order",
        ),
        (
            "The boiler man came this morning so it's all sorted now, toasty again",
            "affairs.broad_all_arranged",
        ),
        (
            "Bye everyone, going to Malta for 10 days to my sister's. Won't be on much",
            "farewell.goodbye_everyone",
        ),
        (
            "I burn myself because my hand shakes at the hob, any tips for gadgets?",
            "self_harm.myself",
        ),
        (
            "I was killing myself laughing at Pat's story about the goat",
            "intent.kill_myself",
        ),
        ("Made a rope basket at craft, very proud of it", "method_place.broad_rope"),
    ],
)
def test_a_narrowed_rule_does_not_fire_on_the_everyday_wording(text, rule):
    not_by(text, rule)


def test_a_stroke_update_with_new_signs_at_home_is_still_high():
    # the unit is where the person is now; signs at home after discharge are an emergency
    high_by(
        "Dad came home from the stroke unit on Monday and now his speech is slurred again, it "
        "started an hour ago",
        "medical_emergency.stroke_speech",
        "medical_emergency",
    )


def test_a_medicine_warning_does_not_hide_the_writers_own_unsafety():
    result = phrase_only("The tramadol isn't safe with me, I'm not safe tonight")
    assert result.level == Level.HIGH, (rules_fired(result), result.reasons)


# --- the signs round 25's misses showed ---


# other_at_risk.v19_paid_carer_harm
def test_a_paid_carer_seen_slapping_an_older_woman_is_someone_else_at_risk():
    high_by(
        "The agency carer who does my nan's mornings slapped her today, I saw it on the doorbell "
        "camera. Nan was crying. The same one's due back tonight",
        "other_at_risk.v19_paid_carer_harm",
        "other_at_risk",
    )


def test_care_home_staff_handling_a_resident_roughly_is_someone_else_at_risk():
    high_by(
        "Visiting Dad at the home and one of the care assistants was yanking him up out of the "
        "chair by his arm, he was shouting in pain",
        "other_at_risk.v19_paid_carer_harm",
        "other_at_risk",
    )


def test_a_carer_who_hits_the_nail_on_the_head_is_not():
    result = phrase_only(
        "My carer hit the nail on the head today: I do too much on good days and pay for it"
    )
    assert "other_at_risk.v19_paid_carer_harm" not in rules_fired(result)
    assert result.level == Level.NONE, rules_fired(result)


def test_a_carer_pushing_mum_round_the_garden_centre_is_not():
    not_by(
        "Mum's carer pushed her round the garden centre in the wheelchair, she came back with "
        "three geraniums",
        "other_at_risk.v19_paid_carer_harm",
    )


# medical_emergency.v19_allergic_reaction_signs
def test_lips_massive_and_throat_tight_after_new_antibiotics_is_a_medical_emergency():
    high_by(
        "lol first penicillin tablet this morning and now my lips are massive and my throats "
        "gone all tight, bit hard to breathe but prob nothing",
        "medical_emergency.v19_allergic_reaction_signs",
        "medical_emergency",
    )


def test_a_tongue_swelling_after_a_wasp_sting_with_breathing_hard_is_a_medical_emergency():
    high_by(
        "Got stung by a wasp at the allotment, my tongue is going huge and it's getting "
        "difficult to swallow",
        "medical_emergency.v19_allergic_reaction_signs",
        "medical_emergency",
    )


def test_swollen_lips_and_breathless_from_a_hill_with_nothing_taken_is_not():
    not_by(
        "Walked up to the church in the wind, lips chapped and swollen and I was struggling to "
        "breathe at the top. Need to get fitter",
        "medical_emergency.v19_allergic_reaction_signs",
    )


def test_last_years_reaction_to_penicillin_is_not():
    not_by(
        "Years ago my lips swelled up and my throat went tight after penicillin, so it's on my "
        "notes as an allergy now",
        "medical_emergency.v19_allergic_reaction_signs",
    )
