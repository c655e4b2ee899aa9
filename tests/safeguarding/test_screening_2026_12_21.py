"""Library 2026.12.21 (screening.md, "Library and model 2026.12.21"): the precision pass on the
phrase rules after fresh round 28's ordinary posts raised 16 alerts in 100 hard cases and 23 in
760 on the realistic weeks. Each narrowed rule no longer fires on the everyday wording written here
(a trip with a stated number of weeks away, keeping the group in line, someone else hopeless with a
chore, a funeral plan paid off, festival sweets, medicines taken to a chemist to get rid of, a
dose error already rung about and slept off, thanks with daily visits and a next appointment),
which the 2026.12.20 library fired on; and each keeps its true-risk twin. Phrase layers only. The
examples are written for this file, not taken from a data set."""

from __future__ import annotations

import pytest

from .conftest import high_by, not_by, reaches_staff_by

# --- near misses: the everyday wording each narrowed rule fired on with 2026.12.20 ---


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "Last post from me for 5 weeks, knee op on Monday and then I'm stopping at our "
            "Julie's. Behave!",
            "farewell.last_post",
        ),
        (
            "Flying to Lanzarote for 10 days on Saturday, so look after each other and I'll "
            "bring back some sun",
            "farewell.look_after_yourselves",
        ),
        ("Somebody has to keep you lot in check, may as well be me", "giving_away.v2_for_good"),
        (
            "My husband is hopeless with the washing machine, he's shrunk my good jumper again",
            "hopelessness.no_hope",
        ),
        (
            "Paid off the Co-op funeral plan this morning, one less thing. Who's for cake on "
            "Friday?",
            "affairs.v2_tidying_up",
        ),
        ("Overdosed on jalebis at the mela 😂 worth every bite", "recent_attempt.overdose"),
        (
            "Found 4 boxes of old codeine in the bathroom cabinet from my back op, took them to "
            "the chemist on the high street to get rid of. Good clear out",
            "broad_means.medicine_quantity",
        ),
        (
            "Cleared the cupboard and found 5 boxes of old tramadol from before my op. Took the "
            "lot to Superdrug to get rid of, the pharmacist was really kind",
            "means.strong_after",
        ),
        (
            "Took my evening tablets twice by mistake, rang the out of hours and they said I'd "
            "be really drowsy. Slept it off and woke up fine. Pill box ordered",
            "medical_emergency.v10_dose_error_with_signs",
        ),
        (
            "Back home now, the home treatment team are visiting every day and I've got my next "
            "appointment on Friday. Thank you for not giving up on me",
            "farewell.v4_thank_you_for_trying",
        ),
    ],
)
def test_a_narrowed_rule_does_not_fire_on_the_everyday_wording(text, rule):
    not_by(text, rule)


# --- true-risk twins: the same rules, or the rule of the same category that wins the words,
# still fire on the risk they are for ---


@pytest.mark.parametrize(
    ("text", "rule", "kind"),
    [
        ("Last post from me. Thank you for everything", "farewell.last_post", "self"),
        (
            "Giving the dog to my sister for good. She'll know why",
            "giving_away.with_finality",
            "self",
        ),
        ("I overdosed on Sunday night and ended up in resus", "recent_attempt.v4_overdose", "self"),
        (
            "Thank you for not giving up on me. I've decided now, it doesn't matter any more",
            "farewell.v4_thank_you_for_trying",
            "self",
        ),
        (
            "Took my evening tablets twice by mistake and now I'm really drowsy and my heart is "
            "racing",
            "medical_emergency.v8_overdose_symptoms",
            "medical_emergency",
        ),
    ],
)
def test_a_narrowed_rule_still_fires_on_the_risk_it_is_for(text, rule, kind):
    high_by(text, rule, kind)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "Flying to Spain for 10 days, then that's it. Look after each other, I won't be "
            "around much longer",
            "farewell.look_after_yourselves",
        ),
        ("I'm hopeless. My husband is hopeless with money too", "hopelessness.no_hope"),
        (
            "I've got 4 boxes of codeine saved in the cabinet. Not taking them to the chemist "
            "to get rid of, I'm keeping them",
            "means.weak_before",
        ),
    ],
)
def test_a_narrowed_medium_rule_still_fires_on_the_risk_it_is_for(text, rule):
    reaches_staff_by(text, rule)
