"""The phrase library's 2026.12.7 rules (after fresh round 14), by family. Risk told as a report
of what someone saw (signs that a person is in but not coming out; a child with blades and
fresh cuts; a girl of 15 living with an older man; people moved in on a vulnerable adult taking
his money; a dependant whose carer has not come, with signs of neglect; a drunk adult driving
children); stroke and breathing signs in misspelt or second-language words; and what is
ordinary (old medicines going back to a chemist, wherever the stock is named in the post; a
trip or a night offline with a return; "tonight's the night" about a final on TV; a reply that
tells someone else to ring 999 or a helpline). Each exception lowers only its own cues: any
other cue still wins (safeguarding rule 2). Phrase layers only. The examples are written for
this file, not taken from a data set."""

from __future__ import annotations

import pytest

from safeguarding.screening import Level, screen_text

from .conftest import assert_near_miss, found_by, phrase_only, rules_fired

FINDS = [
    # (d) someone else not heard from, with signs at their home
    (
        "anyone heard from Mick? his blinds are still closed and the milk's sat on the step "
        "since yesterday",
        "other_at_risk.v11_absence_signs",
    ),
    (
        "been round to Jean's twice, van's still on the drive and she's not answering, "
        "curtains all drawn",
        "other_at_risk.v11_absence_signs",
    ),
    # (f) children and vulnerable adults in danger, told as a report
    (
        "my 13 year old has been hiding blades in her room and there are new cuts on her legs "
        "today",
        "other_at_risk.v11_child_blades_and_cuts",
    ),
    (
        "my niece is 14 and she's staying with a grown man from the estate, she says she does "
        "favours for him",
        "other_at_risk.v11_child_with_older_man",
    ),
    (
        "my brother has autism and two lads have taken over his flat, they have his bank card "
        "and he sounded scared",
        "other_at_risk.v11_taken_over_and_taken_from",
    ),
    (
        "popped in on my uncle, his carers have not been round for three days, he's wet "
        "through and there's no food",
        "other_at_risk.v11_dependant_left_without_care",
    ),
    (
        "dad's got dementia and he's on his own all week now, neighbour found the hob on twice",
        "other_at_risk.v11_dependant_left_without_care",
    ),
    (
        "my sister's hammered at the party and she's just put the kids in the car to drive back",
        "other_at_risk.v11_drunk_driver_with_children",
    ),
]


EMERGENCIES = [
    (
        "wife is talk funny since tea and her face it droop on left, she can not lift the arm",
        "medical_emergency.v11_face_with_arm_or_speech",
    ),
    (
        "my arm gone all heavy and my smile is wonky in the mirror, proberly nothing",
        "medical_emergency.v11_face_with_arm_or_speech",
    ),
    (
        "his fingers have gone kind of blueish and he's struggling to breathe after his tablets",
        "medical_emergency.v11_blue_and_breath",
    ),
    (
        "numb across my bum since lunch and i can't wee at all, back's been bad for days",
        "medical_emergency.v11_saddle_numb_and_no_wee",
    ),
]


@pytest.mark.parametrize(
    ("text", "rule", "kind"),
    [(text, rule, "other_at_risk") for text, rule in FINDS]
    + [(text, rule, "medical_emergency") for text, rule in EMERGENCIES],
)
def test_each_report_of_someone_else_or_emergency_in_other_words_is_high(text, rule, kind):
    result = found_by(text, rule)
    assert result.level == Level.HIGH
    assert result.kind == kind


NEAR_MISSES = [
    # (d) curtains and cars at ordinary homes
    "my curtains are still shut at noon and my car's on the drive, duvet day for me",
    "Jan's curtains were closed all week but she's fine, she was at her daughter's",
    # (f) ordinary talk of children, carers, dementia, drink and cars
    "my 15 year old got a razor for shaving his first moustache, no cuts yet!",
    "my daughter is 14 and doing a paper round, she loves having her own money",
    "my son's girlfriend moved in with him last month, they're saving for a house",
    "mum's carer didn't turn up this morning so i did her breakfast, agency says someone's sick",
    "the kids were hammered after the party, fell asleep in the car on the way home",
    # (e) ordinary faces, arms and breath
    "slept on my arm and it's gone dead, face down on the sofa all night",
    "pins and needles in my hand again and my face feels numb from the wind, arm's weak too",
    "lips went blue in the sea at Whitby, couldn't catch my breath it was that cold",
    "numb bum from the hard chairs at the meeting, and the queue for the wee was mad",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_of_the_new_reports_stay_below_high(text):
    assert_near_miss(text, ".v11_")


# (a) old medicines going back: the stock cues go quiet wherever the stock is named in the
# post, but only when they are its only cues
HANDED_BACK = [
    "big clear out today: a shoebox of old co-codamol and a bottle of oramorph. does the "
    "chemist in town take it back?",
    "dad passed in the spring and there's a drawer full of his morphine. what's the best way "
    "to get rid of it?",
    "finally took every single box of the old gabapentin i'd been given back to the pharmacy",
]


@pytest.mark.parametrize("text", HANDED_BACK)
def test_old_medicines_going_back_do_not_raise_the_stock_rules(text):
    result = phrase_only(text)
    assert result.level == Level.NONE, rules_fired(result)


@pytest.mark.parametrize(
    "text",
    [
        "drawer full of old tramadol. the chemist would take it back but i'm saving it for when "
        "i've had enough",
        "bag of old morphine, does boots take it back? doesn't matter, goodbye everyone",
    ],
)
def test_another_cue_beats_the_medicines_going_back(text):
    """Rule 2: the return lowers only the stock cues, and only when nothing else is said."""
    result = phrase_only(text)
    assert result.level == Level.HIGH, rules_fired(result)


# (c) leaving with a return, and an evening's TV
@pytest.mark.parametrize(
    "text",
    [
        "off to Lanzarote on Friday, won't be on here for two weeks. bye all, be good",
        "logging off for the night, bye everyone, long day tomorrow",
        "tonight's the night!!! the strictly final, snacks are in",
    ],
)
def test_a_break_with_a_return_or_a_tv_night_is_not_a_farewell(text):
    result = phrase_only(text)
    assert result.level == Level.NONE, rules_fired(result)


@pytest.mark.parametrize(
    "text",
    [
        "tonight's the night. final goodbye to all of you",
        "bye all. this is my last post, i won't be coming back",
    ],
)
def test_a_farewell_without_a_return_is_still_high(text):
    assert phrase_only(text).level == Level.HIGH


# (b) a supportive reply that tells someone else to ring 999 or a helpline
PARENT_STROKE = (
    "woke up with my face funny on one side and my arm won't lift properly, words coming out "
    "wrong. probably slept funny, going back to bed"
)
PARENT_LOW = "can't cope with any of it. turning my phone off, don't want to talk to anyone"


def test_a_reply_naming_the_signs_back_and_saying_ring_999_is_not_the_repliers_emergency():
    reply = "Please call 999 right now. Face funny on one side, arm won't lift - that's a stroke"
    result = screen_text(reply, context_text=PARENT_STROKE, statistical_layer=False)
    assert result.level == Level.NONE, rules_fired(result)


def test_a_reply_with_its_own_emergency_still_counts():
    reply = (
        "ring 999 for yourself love. and my husband's face has dropped on one side, he can't "
        "lift his arm"
    )
    result = screen_text(reply, context_text=PARENT_LOW, statistical_layer=False)
    assert result.level == Level.HIGH
    assert result.kind == "medical_emergency"


def test_a_reply_pointing_to_samaritans_about_the_readers_phone_is_not_a_silence():
    reply = "phone off is fine for a while love, just let us know you're ok. samaritans 116 123"
    result = screen_text(reply, context_text=PARENT_LOW, statistical_layer=False)
    assert "other_at_risk.thread_not_answering" not in rules_fired(result)


def test_a_stock_kept_instead_of_going_back_still_reaches_staff():
    text = (
        "got a shoebox of old co-codamol and a bottle of oramorph. not taking them back to the "
        "chemist, i'm done with all of this"
    )
    result = phrase_only(text)
    assert result.level != Level.NONE
    assert any(r.startswith("means.") for r in rules_fired(result))


# the writer's own risk, told quietly (2026.12.7): a supply thought of as "enough", a pet left
# provided for with the key given and no trip named, money kept away from a man who punished
# the writer when he found it
OWN_RISK = [
    (
        "got two months of pregabalin in one go over new year. sat there and thought that's enough",
        "means.v11_thought_it_enough",
    ),
    (
        "left the dog enough food for a few weeks and given my sister the spare key. that's "
        "everything sorted",
        "giving_away.v11_pet_provided_and_key_given",
    ),
    (
        "could someone hold the raffle money? my partner saw the envelope last month and i "
        "suffered for it. safer with you",
        "not_safe.v11_paid_for_it_when_he_found",
    ),
]


@pytest.mark.parametrize(("text", "rule"), OWN_RISK)
def test_each_quiet_own_risk_is_high(text, rule):
    assert found_by(text, rule).level == Level.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "got two months of tramadol at once, i thought that's enough to last till february",
        "left the cat enough food for a few weeks and given next door the spare key while "
        "we're in Spain",
        "he found the receipt and i paid for it, the telly was on offer anyway",
    ],
)
def test_near_misses_of_the_quiet_own_risk_rules_stay_below_high(text):
    assert_near_miss(text, ".v11_")
