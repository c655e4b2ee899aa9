"""The phrase library's 2026.12.3 rules for emergencies happening now, by meaning (issue 12):
symptom clusters, an overdose told in slang or as a joke, a child with medicine, a vulnerable
person lost outside or a young child left alone. Each has posts it must find and near misses it
must leave alone (the past told as coping, a question about a relative's past, a first aid
course, the news). Phrase layers only, so each test fails if its rule stops matching or starts
matching everyday words. The examples are written for this file, not taken from a data set."""

from __future__ import annotations

import pytest

from safeguarding.screening import Level

from .conftest import found_by, phrase_only, rules_fired

FINDS = [
    ("just swallowed a whole packet of co-cods, bye all x", "medical_emergency.v7_overdose_now"),
    (
        "nan's collapsed in the hall, breathing but she wont answer me",
        "medical_emergency.v7_collapsed_or_breathless_now",
    ),
    (
        "horrible pressure in my chest, gone clammy and feel sick. probably indigestion",
        "medical_emergency.v7_chest_cluster",
    ),
    (
        "hubby says his chest is tight and it's going into his jaw, he's sweating",
        "medical_emergency.v7_chest_cluster",
    ),
    (
        "gone all dizzy and breathless and now my chest feels heavy, sat on the stairs",
        "medical_emergency.v7_chest_cluster",
    ),
    (
        "mum's face has gone droopy on one side and she can't lift her cup",
        "medical_emergency.v7_stroke_signs",
    ),
    (
        "my left arm has gone weak all of a sudden and my words are coming out odd",
        "medical_emergency.v7_stroke_signs",
    ),
    ("grandad's fitting on the lounge floor, eyes rolled back", "medical_emergency.v7_fitting_now"),
    ("she's having a seizure in the toilets at the pool", "medical_emergency.v7_fitting_now"),
    (
        "the baby's gone really floppy and won't feed",
        "medical_emergency.v7_drowsy_unrousable",
    ),
    (
        "he won't wake up properly and his breathing's making funny snoring breaths",
        "medical_emergency.v7_drowsy_unrousable",
    ),
    ("dad's gone blue round the lips on the sofa", "medical_emergency.v7_drowsy_unrousable"),
    (
        "slipped on the step and banged my head, there's blood everywhere and i'm on my own",
        "medical_emergency.v7_head_injury",
    ),
    (
        "he knocked his head on the shed door and now he's confused and been sick",
        "medical_emergency.v7_head_injury",
    ),
    (
        "my tongue's swelling up after that prawn curry, throat feels tight",
        "medical_emergency.v7_anaphylaxis",
    ),
    (
        "necked a whole strip of tramadol with me cider lol night all",
        "medical_emergency.v7_overdose_now",
    ),
    (
        "swallowed 30 co-codamol about half 9, don't tell my sister",
        "medical_emergency.v7_overdose_now",
    ),
    (
        "took the lot an hour ago, feeling sleepy now. ta for everything",
        "medical_emergency.v7_overdose_now",
    ),
    (
        "my grandson's 2 and he's chewed some of my tramadol, found the packet open",
        "medical_emergency.v7_child_took_medicine",
    ),
    (
        "nan with dementia has got into the pregabalin, don't know how many",
        "medical_emergency.v7_child_took_medicine",
    ),
    (
        "found on the floor in the kitchen, he's gone grey and isn't making sense",
        "medical_emergency.v7_collapsed_or_breathless_now",
    ),
    (
        "cant get my breath and the inhaler isn't helping",
        "medical_emergency.v7_collapsed_or_breathless_now",
    ),
    (
        "my dad's got dementia and he's wandered off in his pyjamas, it's freezing out",
        "other_at_risk.v7_lost_outside",
    ),
    (
        "a little girl outside the chippy on her own since teatime, no one's answering at hers",
        "other_at_risk.v7_young_child_alone",
    ),
]


@pytest.mark.parametrize(("text", "rule"), FINDS)
def test_each_emergency_rule_finds_an_emergency_now(text, rule):
    assert found_by(text, rule).level == Level.HIGH


@pytest.mark.parametrize(
    "text",
    [
        # the past, told as coping
        "had chest pain and sweating when I had my heart attack in 2019, cardiac rehab was brill",
        "years ago i took a whole box of paracetamol. glad im still here to see the grandkids",
        "last year i banged my head on the loft hatch and there was blood everywhere, fine now",
        # a question about a relative's past stroke
        "my mum's face drooped and her arm went weak when she had her stroke years ago, "
        "does anyone else find the anniversary hard?",
        # a first aid course and the news
        "first aid course today: chest pain with sweating and pain down the arm means ring 999",
        "on the news a toddler got into his nan's tablets, makes you think about locking them up",
        "learnt what to do if someone is having a seizure on the first aid course",
        # idioms and everyday words
        "the dog's gone all floppy in front of the fire, bless him",
        "the kids won't wake up for school, teenagers lol",
        "mum will have a fit when she sees the state of my garden",
        "necked a whole bottle of prosecco at the wedding, head's banging",
        "my 6 year old takes her inhaler before football",
        "my son has taken his tablets for his hay fever this morning",
        "walked out in my slippers to get the milk, freezing!",
        "my arm goes numb when i sleep on it, pins and needles all morning",
        "my CRPS leg has gone numb again, usual flare",
        "chest infection again, antibiotics from the GP",
        "caught my head on the cupboard door again lol, just a bump",
    ],
)
def test_near_misses_of_the_emergency_rules_are_left_alone(text):
    rules = {r for r in rules_fired(phrase_only(text)) if ".v7_" in r}
    assert rules == set()
