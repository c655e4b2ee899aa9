"""The phrase library's 2026.12.5 rules (issue 12, after fresh round 12): risk told by its
signs rather than by risk words. Someone else at risk (welfare signs at an older person's door,
someone living alone not answering, a child hungry or alone with a parent who will not wake, a
child hit, an adult exploited, another person's threat with a locked door, a stranger grooming
a child, another person's goodbye followed by silence); medical emergencies now (breathing
with blue lips, an infection with body-wide signs, too much paracetamol with sickness, a patch
with heat and drowsiness, a long lie); the writer's own risk (weighted pockets, the water
tonight, at a high place now with finality, a life policy that pays out for a death not
natural, an apology to whoever finds them, a terse thanks and goodbye). And ordinary families
that must stay quiet (a pill organiser, old medicines going back, a last post for a while, an
operation's "see you on the other side", helplines with "look after yourselves", equipment
given away because the writer improved, a letter to an office, affairs in order as a saying,
idioms of cold water and gluts). Phrase layers only. The examples are written for this file,
not taken from a data set."""

from __future__ import annotations

import pytest

from safeguarding.screening import Level

from .conftest import assert_near_miss, found_by

FINDS = [
    (
        "nobody's seen old Mrs Hall from number 9 all week, her post is piling up behind the door",
        "other_at_risk.v9_welfare_signs",
        "other_at_risk",
    ),
    (
        "my uncle's curtains have been drawn since friday and i've knocked twice, nothing",
        "other_at_risk.v9_welfare_signs",
        "other_at_risk",
    ),
    (
        "mum's 84 and lives on her own, she's not answered the landline since teatime yesterday",
        "other_at_risk.v9_alone_and_not_answering",
        "other_at_risk",
    ),
    (
        "the little girl next door says her daddy is asleep on the sofa and won't wake up",
        "other_at_risk.v9_parent_will_not_wake",
        "other_at_risk",
    ),
    (
        "the twins over the road told my daughter they've had no food for two days",
        "other_at_risk.v9_child_hungry",
        "other_at_risk",
    ),
    (
        "the lad from across the landing came knocking at my door hungry at 10pm again",
        "other_at_risk.v9_child_hungry",
        "other_at_risk",
    ),
    (
        "the woman upstairs leaves her toddler on his own most evenings to go drinking",
        "other_at_risk.v9_child_left_or_hit",
        "other_at_risk",
    ),
    (
        "the boy next door keeps getting hit by his stepdad, you can hear it through the wall",
        "other_at_risk.v9_child_left_or_hit",
        "other_at_risk",
    ),
    (
        "my aunt's carer takes all her pension and she's not being fed properly",
        "other_at_risk.v9_adult_exploited",
        "other_at_risk",
    ),
    (
        "my son keeps saying he's going to jump and now he's locked himself in the bathroom",
        "other_at_risk.v9_their_threat_and_a_locked_door",
        "other_at_risk",
    ),
    (
        "an older man online keeps messaging my niece asking her to meet him and not tell anyone",
        "other_at_risk.v9_child_groomed",
        "other_at_risk",
    ),
    (
        "my mate texted me 'ta for everything' at midnight and now his phone's off",
        "other_at_risk.not_answering_after_goodbye",
        "other_at_risk",
    ),
    (
        "can't breathe properly and my inhaler isn't touching it, is that the asthma?",
        "medical_emergency.v9_cannot_breathe",
        "medical_emergency",
    ),
    (
        "the infection in my foot has spread up my leg and now i'm shivering and confused",
        "medical_emergency.v9_infection_spreading",
        "medical_emergency",
    ),
    (
        "had paracetamol on top of the co-codamol all weekend, now been sick twice and feel awful",
        "medical_emergency.v9_paracetamol_too_much",
        "medical_emergency",
    ),
    (
        "put my patch on then had a hot bath, now it's really hard to stay awake",
        "medical_emergency.v9_patch_with_heat",
        "medical_emergency",
    ),
    (
        "been on the kitchen floor since midnight and can't get myself up, phone just reached",
        "medical_emergency.v9_long_lie",
        "medical_emergency",
    ),
    (
        "filled my coat pockets with stones earlier. just sitting with it now",
        "method_place.v9_weighted",
        "",
    ),
    (
        "going to walk into the river tonight when it's quiet",
        "method_place.v9_into_the_water_tonight",
        "",
    ),
    (
        "stood by the harbour wall an hour now, can't feel my legs",
        "method_place.v9_at_the_place_now",
        "",
    ),
    (
        "checked the small print, my life insurance still pays out for suicide after two years",
        "plan.v9_life_insurance_pays_out",
        "",
    ),
    (
        "it's all sorted. sorry to whoever has to find me",
        "farewell.v9_sorry_to_whoever_finds",
        "",
    ),
    ("cheers for everything. don't wait up", "imminent.v9_terse_thanks_and_goodbye", ""),
    (
        "stuck on two of the butrans patches instead of one last night, just to see",
        "recent_attempt.v9_woke_unexpectedly",
        "",
    ),
]


@pytest.mark.parametrize(("text", "rule", "kind"), FINDS)
def test_each_new_sign_is_found_and_is_high_with_its_kind(text, rule, kind):
    result = found_by(text, rule)
    assert result.level == Level.HIGH
    assert result.kind == kind


NEAR_MISSES = [
    # someone else: ordinary absences and news
    "the milk's gone off again, this heat is ridiculous",
    "had the curtains shut all day to keep the sun out, still roasting",
    "my sister lives on her own in Spain now, loving it",
    "the kids are starving already and it's only half ten, holidays eh",
    "left the kids with my mum for the afternoon, bliss",
    "grandson got hit by a cricket ball at training, he's fine, proud bruise",
    "documentary last night about a grown man who groomed kids in the 90s, awful",
    # medical: questions, the past, ordinary breathlessness
    "can't breathe in this heat, anyone else?",
    "my wound was infected last year and i was shivering for days, all fine now",
    "how much paracetamol can you take with co-codamol? just wondering",
    "does a hot bath make a fentanyl patch work faster? just wondering, no problems",
    "did my yoga on the floor for an hour, can't get up off the mat fast these days lol",
    # own risk: everyday places and admin
    "sat on the pier with chips watching the boats, lovely",
    "sorted my life insurance and the will this week, one less thing",
    "thanks for everything today, lovely meet-up and the cake was ace",
    "last post from me for a while, off to Cornwall for a fortnight!",
    # the round 12 families, in new words
    "sunday job: all my tablets lined up in the dosette box for the week",
    "got a drawer full of old tramadol, taking it back to the chemist on monday",
    "op's on tuesday, all packed, see you all on the other side!",
    "samaritans are on 116 123 day or night. look after yourselves x",
    "gave my walking frame to the hospice shop, don't need it now!",
    "wrote my letter to the pain consultant about the waiting list",
    "got my affairs in order, by which i mean i finally cleared the loft",
    "went in the sea at 8 degrees, thought i was going to die 😂 but felt great",
    "anyone want courgettes? i'm drowning in them",
    "chemist shorted me again, counted out the pregabalin and there's 28 not 56",
    "woke up at 5 which i didn't expect to, the birds were going mad",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_of_the_new_signs_stay_below_high(text):
    assert_near_miss(text, ".v9_")
