"""The phrase library's 2026.12.4 red-flag clusters (issue 12): medical emergencies the library
lacked (cauda equina, a thunderclap headache, sepsis, a clot, bleeding inside, a hypo, CPR or
drowning now, an overdose told by its symptoms, chest pain and stroke in other words, someone
found down) and someone else at risk now (at a height, taking their tablets, gone off with a
gun, violence, a vulnerable adult harmed, a child groomed). Each cluster has posts it must find
and near misses it must leave alone. Phrase layers only. The examples are written for this
file, not taken from a data set."""

from __future__ import annotations

import pytest

from safeguarding.screening import Level

from .conftest import assert_near_miss, found_by, phrase_only

FINDS = [
    (
        "since lunch my backside and inner thighs have gone numb and i've wet myself, back agony",
        "medical_emergency.v8_cauda_equina",
    ),
    (
        "got saddle numbness with my sciatica today, is that bad?",
        "medical_emergency.v8_cauda_equina",
    ),
    (
        "can't wee since this morning and my groin has gone numb, back's killing me",
        "medical_emergency.v8_cauda_equina",
    ),
    (
        "worst headache of my life hit me while i was bending down, feel sick",
        "medical_emergency.v8_thunderclap_headache",
    ),
    (
        "headache came on all of a sudden like a bang and now my neck's gone stiff",
        "medical_emergency.v8_thunderclap_headache",
    ),
    (
        "temperature of 40, can't stop shivering and the wound on my hip is weeping",
        "medical_emergency.v8_sepsis_signs",
    ),
    (
        "dad's confused and his knees have gone mottled, not had a wee all day",
        "medical_emergency.v8_sepsis_signs",
    ),
    (
        "my calf is hot and swollen and now i'm breathless climbing the stairs",
        "medical_emergency.v8_clot_breathless",
    ),
    ("been sick and it looks like coffee grounds, tummy agony", "medical_emergency.v8_bleeding"),
    ("his arm won't stop bleeding, it's soaked through the towel", "medical_emergency.v8_bleeding"),
    (
        "he's diabetic and he's gone sweaty and confused, won't eat his biscuit",
        "medical_emergency.v8_hypo_now",
    ),
    ("her meter says LO and she's shaking and not making sense", "medical_emergency.v8_hypo_now"),
    (
        "lifeguard is doing cpr on a lady at the pool right now, ambulance coming",
        "medical_emergency.v8_resuscitation_now",
    ),
    (
        "they pulled him out of the canal and he's not breathing",
        "medical_emergency.v8_resuscitation_now",
    ),
    (
        "mum took her morphine and then again at 10, now she's slurring and nodding off",
        "medical_emergency.v8_overdose_symptoms",
    ),
    (
        "squeezing pain in my chest going into my jaw and I'm sweating",
        "medical_emergency.v8_chest_words",
    ),
    (
        "my hand won't work and my words are coming out wrong, started 10 mins ago",
        "medical_emergency.v8_stroke_words",
    ),
    (
        "found grandad in the garden, not sure he's breathing",
        "medical_emergency.v8_found_down",
    ),
    (
        "i've been on the floor since last night, can't get up",
        "medical_emergency.v8_found_down",
    ),
    (
        "a man is stood on the wrong side of the railings on the bridge, what do i do",
        "other_at_risk.v8_someone_at_height_now",
    ),
    (
        "she texted 'i'm at the quarry, don't come looking' an hour ago",
        "other_at_risk.v8_someone_at_height_now",
    ),
    (
        "my brother said he's going to take all his tablets and now he's locked in his room",
        "other_at_risk.v8_someone_taking_means",
    ),
    (
        "he's taken the shotgun out and said not to follow him",
        "other_at_risk.v8_gone_off_with_means",
    ),
    (
        "next door he's shouting he'll kill her and the baby's crying",
        "other_at_risk.v8_violence_now",
    ),
    (
        "her son locks her in the bedroom when he goes out and she's got dementia",
        "other_at_risk.v8_vulnerable_adult_harmed",
    ),
    (
        "a grown man keeps messaging my niece asking to meet up and not tell her mum",
        "other_at_risk.v8_child_groomed",
    ),
]

# Near misses: the same words about the past, the body at rest, idioms, the news, a course, or
# an everyday thing. None may raise the red-flag rule (or any high cue).
NEAR_MISSES = [
    "numb bum from the bus seat lol, two hours to Leeds",
    "bladder's not what it was after three kids, and my toes are numb from the neuropathy",
    "had cauda equina surgery in 2019 and I'm fine now, happy to chat to anyone waiting",
    "worst hangover headache of my life after the quiz lol",
    "my head's pounding from the kids screaming all day",
    "temperature's 38 and I feel rough, think it's the cold going round",
    "grandson's confused by the new telly remote",
    "calf's a bit swollen after the long walk, feet up tonight",
    "nosebleed won't stop bleeding, head forward and pinch, isn't it?",
    "i cut my finger chopping onions, blood everywhere, the cat was unimpressed",
    "switched to sugar-free squash, the diabetic nurse is pleased",
    "had a hypo last year at the pool, fine now with jelly babies in my bag",
    "did my cpr refresher course today, the dummy's called Annie",
    "watched Casualty, they were doing cpr for ages",
    "pregabalin makes me drowsy but I'm used to it now",
    "took my tramadol at 8 like the GP said, dozing on the sofa now",
    "heavy feeling in my legs after swimming, normal for me",
    "my hand won't grip the jar lids any more, got one of those gadgets",
    "the cat's been on the floor since last night sulking",
    "we sat on the wall of the bridge eating chips with the grandkids",
    "took all my old tablets back to the pharmacy",
    "mum will kill me when she sees the carpet lol",
    "the kids were screaming blue murder at the match",
    "locked myself out again, had to ring the locksmith",
    "carer hasn't been today but my daughter popped in instead, all good",
    "my grandson's football coach is a grown man who shouts a lot",
]


@pytest.mark.parametrize(("text", "rule"), FINDS)
def test_each_red_flag_cluster_finds_an_emergency_now(text, rule):
    assert found_by(text, rule).level == Level.HIGH


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_raise_no_red_flag(text):
    assert_near_miss(text, ".v8_")


def test_a_red_flag_post_names_its_kind():
    assert phrase_only(FINDS[0][0]).kind == "medical_emergency"
    assert phrase_only(FINDS[-1][0]).kind == "other_at_risk"


# Returning medicines (2026.12.4): handing old medicines back is getting rid of them, not
# keeping them; keeping them "instead of taking them back" still counts.
@pytest.mark.parametrize(
    "text",
    [
        "took all the old tramadol and gabapentin back to Boots, three carrier bags lol",
        "returned my old patches to the chemist for disposal, drawer's clear at last",
    ],
)
def test_medicines_handed_back_are_not_a_stockpile(text):
    assert phrase_only(text).level == Level.NONE


def test_medicines_kept_instead_of_handed_back_still_count():
    text = "been saving my old oxy instead of taking them back to the chemist, there's loads now"
    assert phrase_only(text).level != Level.NONE


# A goodbye for a stated while (2026.12.4) is a break, not a farewell; a goodbye without one,
# or "for now", still counts.
def test_a_goodbye_for_a_stated_while_is_a_break():
    text = "last walk before my knee op on friday so this is goodbye for a few weeks! x"
    assert phrase_only(text).level == Level.NONE


@pytest.mark.parametrize("text", ["so this is goodbye. thank you all x", "this is goodbye for now"])
def test_a_goodbye_without_a_while_still_counts(text):
    assert phrase_only(text).level == Level.HIGH
