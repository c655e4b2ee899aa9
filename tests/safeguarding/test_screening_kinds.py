"""Issue 12, the screener's part: kinds of risk (a medical emergency now, someone else at risk,
imminent and terse), thread context for replies, the false-alarm families, and the statistical
layer's evidence stop-list. Pure functions, no database.
"""

from __future__ import annotations

import pytest

from safeguarding.screening import (
    KIND_MEDICAL_EMERGENCY,
    KIND_OTHER_AT_RISK,
    Level,
    Screening,
    screen_text,
    screener,
    statistical,
)


def _live(result: Screening, category: str) -> bool:
    return any(c.category == category and c.level != Level.NONE for c in result.evidence)


# --------------------------------------------------------------------------- the result
def test_a_screening_has_a_kind_that_defaults_to_empty():
    result = Screening(Level.NONE, (), "v")
    assert result.kind == ""
    assert (result.level, result.evidence, result.library_version, result.reasons) == (
        Level.NONE,
        (),
        "v",
        (),
    )
    assert screen_text("lovely walk by the canal today").kind == ""
    assert screen_text("i want to kill myself").kind == ""


# --------------------------------------------------------------------------- medical emergency
@pytest.mark.parametrize(
    "text",
    [
        "my husband's face has dropped on one side and his speech is slurred, what do i do",
        "Ron's gone strange, the side of his mouth has dropped and his words are all jumbled",
        "mum's not responding, she's on the floor and her lips are going blue",
        "he's got chest pains and he's collapsed in the kitchen",
        "i took my morphine twice by mistake and now my breathing is really slow",
        "think i've double dosed on my tramadol, can't keep my eyes open and my breathing feels "
        "shallow",
        "i've taken my slow release ones twice, i'm ever so sleepy and my breathing feels funny",
    ],
)
def test_a_medical_emergency_now_is_high_with_its_kind(text):
    result = screen_text(text)
    assert result.level == Level.HIGH
    assert result.kind == KIND_MEDICAL_EMERGENCY
    assert _live(result, "medical_emergency")


@pytest.mark.parametrize(
    "text",
    [
        "my dad had a stroke two years ago, his face dropped on one side, he's doing well now",
        "my frozen shoulder means my arm won't lift above my head",
        "my laptop isn't responding again, grr",
        "can't wake my teenager up for school lol",
        "what are the signs of a stroke if you ever need to know? asking for the first aid course",
    ],
)
def test_not_an_emergency_now_is_not_a_medical_emergency(text):
    result = screen_text(text)
    assert result.kind != KIND_MEDICAL_EMERGENCY
    assert not _live(result, "medical_emergency")


def test_an_emergency_outranks_the_writers_own_risk_for_the_kind():
    # an overdose with symptoms: "Call 999 now" leads the panel
    result = screen_text("i've taken all my tablets, i can't stay awake and my breathing is slow")
    assert result.level == Level.HIGH
    assert result.kind == KIND_MEDICAL_EMERGENCY


# --------------------------------------------------------------------------- someone else
@pytest.mark.parametrize(
    "text",
    [
        "dave posted goodbye last night and now he's not answering his phone",
        "he's not answering, ive rung 8 times and it goes to voicemail. does anyone have his "
        "address??",
        "my son says he's going to take all his tablets tonight",
        "my sister left her three year old home alone all night again",
        "the kids next door haven't been fed in days, they're always crying",
        "he keeps her locked in her bedroom all day",
        "he hits her and the kids see it all",
    ],
)
def test_someone_else_at_risk_is_high_with_its_kind(text):
    result = screen_text(text)
    assert result.level == Level.HIGH
    assert result.kind == KIND_OTHER_AT_RISK
    assert _live(result, "other_at_risk")


def test_a_story_about_someone_else_is_not_someone_at_risk():
    result = screen_text("on the news a toddler was left alone for two days, awful")
    assert result.kind != KIND_OTHER_AT_RISK
    assert not _live(result, "other_at_risk")


def test_the_writers_own_high_risk_keeps_the_crisis_kind():
    result = screen_text("he hits her and the kids, and i want to die")
    assert result.level == Level.HIGH
    assert result.kind == ""


def test_a_third_party_never_lowers_someone_else_at_risk():
    phrases = screen_text("my son says he's going to kill himself", statistical_layer=False)
    assert phrases.level == Level.HIGH
    assert phrases.kind == KIND_OTHER_AT_RISK


# --------------------------------------------------------------------------- imminent and terse
@pytest.mark.parametrize(
    "text", ["tonight. i'm sorry.", "sorry everyone. it ends tonight", "it's time. sorry x"]
)
def test_a_terse_time_with_an_apology_or_finality_is_high(text):
    result = screen_text(text)
    assert result.level == Level.HIGH
    assert _live(result, "imminent")


@pytest.mark.parametrize(
    "text",
    [
        "sorry can't make it tonight, bye for now",
        "off to bed now, night all",
        "sorry I'm late tonight, bus was cancelled",
        "bye for now, see you thursday",
    ],
)
def test_a_terse_everyday_post_is_not_imminent(text):
    assert not _live(screen_text(text, statistical_layer=False), "imminent")


# --------------------------------------------------------------------------- thread context
WORRYING = (
    "i don't see the point any more. i've been saving my tramadol and i think this weekend is "
    "the time"
)


@pytest.mark.parametrize(
    "reply",
    [
        "please ring samaritans on 116 123, you're not on your own. if it gets too much tonight "
        "call 999 or go to A&E",
        "are you feeling really low with it? ring me tonight if you want a chat",
        "please tell your GP you're not coping, they can help. and ring the police if you feel "
        "unsafe",
    ],
)
def test_a_supportive_reply_is_not_risk_from_its_writer(reply):
    assert screen_text(reply, context_text=WORRYING, statistical_layer=False).level == Level.NONE


def test_the_words_said_to_the_person_replied_to_count_only_in_a_reply():
    reply = "are you feeling really low with it? ring me tonight if you want a chat"
    alone = screen_text(reply, statistical_layer=False)
    in_thread = screen_text(reply, context_text=WORRYING, statistical_layer=False)
    assert alone.level != Level.NONE  # without the thread, the words are read as the writer's
    assert in_thread.level == Level.NONE
    lowered = [c for c in in_thread.evidence if c.context == screener.CTX_ADDRESSED]
    assert lowered, "the reviewer sees why the cue did not count"


@pytest.mark.parametrize(
    "reply",
    [
        "same here tbh. i've been saving my tablets too and i've made my mind up",
        "please ring samaritans, you're not on your own. i'm going to end it tonight myself",
        "you're not a burden. but i am, and i've got all my tablets saved up",
        "goodbye everyone, this is my last post. you've all been so kind",
    ],
)
def test_a_risky_reply_still_counts(reply):
    assert screen_text(reply, context_text=WORRYING).level == Level.HIGH


def test_a_reply_echoing_the_post_it_answers_is_not_its_writers_means():
    parent = "been having whisky with my pregabalin most nights to get to sleep"
    reply = "Trev, whisky and pregabalin together really isn't safe. please talk to your GP"
    assert screen_text(reply, context_text=parent, statistical_layer=False).level == Level.NONE


def test_a_reply_that_someone_who_said_goodbye_is_not_answering_is_other_at_risk():
    goodbye = (
        "sorry everyone. i've sorted everything out now and i won't be a problem anymore. "
        "thank you for everything. bye"
    )
    reply = "he's not answering his phone, i've rung 8 times"
    in_thread = screen_text(reply, context_text=goodbye)
    assert in_thread.level == Level.HIGH
    assert in_thread.kind == KIND_OTHER_AT_RISK
    ordinary = screen_text(reply, context_text="anyone for the walk on saturday?")
    assert ordinary.kind != KIND_OTHER_AT_RISK
    # the replier's own silence is theirs, not someone else at risk
    own = screen_text("i'm not answering the phone to anyone any more", context_text=goodbye)
    assert own.kind != KIND_OTHER_AT_RISK
    assert own.level != Level.NONE


def test_advice_under_an_emergency_post_is_not_a_second_emergency():
    stroke = "Ron's face has dropped on one side and his words are all jumbled, what do i do"
    advice = "RING 999 NOW. Face drooping, speech muddled - those are stroke signs"
    assert screen_text(advice).kind == KIND_MEDICAL_EMERGENCY  # alone, it reads as one
    assert screen_text(advice, context_text=stroke).level == Level.NONE


# --------------------------------------------------------------------------- false alarms
@pytest.mark.parametrize(
    "text",
    [
        # absences and goodbyes with a return or a reason
        "won't be on here for a couple of weeks, my daughter's having the baby. back after xmas",
        "goodbye for now everyone, off for my knee op on monday, see you in the new year",
        "this is my last week at the group, i've got a new job in leeds! i'll miss you all",
        "walk this saturday is the last one before christmas, mince pies after?",
        # admin about wills and funerals
        "finally sorted my will with the solicitor, one less thing to worry about",
        "we've paid for our funeral plans so the kids don't have to, very sensible lol",
        # medicine logistics and returning medicines
        "does anyone know how to return old tablets? got a bag of old tramadol from before i "
        "came off them",
        # bereavement and pets described as coping
        "our old dog went to sleep at the vets on friday. we're sad but we're doing ok",
        "the snowman has found his forever home 😂",
        # idioms about pests and tiredness
        "i'm going to murder those slugs, they've eaten every lettuce",
        "i'm dead on my feet after the grandkids' visit",
        "if i hear mariah carey one more time in asda i'm going to walk into the canal",
        "I've given up on veg, just pots of geraniums by the back door now",
        # news
        "did you see on the news about the man who jumped from the bridge in town, terrible",
        # appointments
        "rheumatology finally rang. appt is in september. at least i have a date i guess",
    ],
)
def test_the_false_alarm_families_are_quiet_on_the_phrase_layers(text):
    assert screen_text(text, statistical_layer=False).level == Level.NONE


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # rule 2: a lowering context never clears plan, means, goodbye with finality, giving
        # things away, burden, self-harm or not feeling safe
        (
            "off for my op on monday. sorted my will with the solicitor and saved up all my "
            "tramadol",
            "means",
        ),
        ("sorted my will, lol. can someone take my cat, i won't need her", "giving_away"),
        (
            "taking my old tablets back to the pharmacy? no. i've been saving them up for this",
            "means",
        ),
        ("new job starts monday but honestly everyone would be better off without me", "burden"),
        ("back next week. i don't feel safe at home", "not_safe"),
        ("if i hear that song one more time. i've been cutting again", "self_harm"),
        ("see you all at the gathering. goodbye everyone, for the last time", "farewell"),
    ],
)
def test_a_lowering_context_never_clears_a_serious_cue(text, category):
    result = screen_text(text)
    assert result.level != Level.NONE
    assert _live(result, category)


@pytest.mark.parametrize(
    "text",
    [
        "how many paracetamol can i take with co-codamol?",
        "is it ok to have a glass of wine with pregabalin at christmas?",
    ],
)
def test_a_plain_medicine_question_is_none(text):
    assert screen_text(text).level == Level.NONE


# --------------------------------------------------------------------------- the stop-list
@pytest.mark.parametrize(
    ("feature", "meaningful"),
    [
        ("w:tablets", True),
        ("s:hoard", True),
        ("b:and a", False),
        ("b:last week", False),
        ("b:whats the", False),
        ("w:did", False),
        ("w:kids", False),
        ("b:a nice", False),
        ("b:my tablets", True),
        ("b:i wont", True),
        ("w:2", False),
    ],
)
def test_is_meaningful(feature, meaningful):
    assert statistical.is_meaningful(feature) is meaningful


@pytest.mark.parametrize(
    ("feature", "covered", "meaningful"),
    [
        ("s:hoard", "hoarding", True),
        ("s:everyth", "everything", False),
        ("b:my tablets", "my tablets", True),
    ],
)
def test_a_feature_is_shown_only_when_the_words_it_covers_are_meaningful(
    feature, covered, meaningful
):
    assert statistical.is_meaningful(feature, covered) is meaningful


def test_the_stop_list_holds_function_words_and_stock_phrases_not_words_of_state():
    for word in ("and", "the", "did", "what", "a", "was", "have", "it"):
        assert word in statistical.FUNCTION_WORDS
    for word in ("alone", "never", "nothing", "cant", "wont", "anymore", "tablets", "goodbye"):
        assert word not in statistical.FUNCTION_WORDS
    assert {"last week", "thank you", "whats the", "a nice"} <= statistical.STOCK_PHRASES


def test_the_statistical_evidence_on_the_realistic_weeks_is_only_meaningful_words(screened_weeks):
    shown = []
    for _post, _context, result in screened_weeks:
        shown += [c.text for c in result.evidence if c.category == "statistical"]
    assert shown, "the layer shows evidence somewhere in two weeks of traffic"
    for text in shown:
        words = statistical.tokens(text.lower())
        assert any(w not in statistical.FUNCTION_WORDS for w, _a, _b in words), text


def test_evidence_is_never_a_function_word_even_if_a_model_weights_one(monkeypatch):
    weights = {"w:and": 9.0, "b:and a": 9.0, "w:rabbits": 0.5}
    model = statistical.Model("test", 0.5, 0.1, -3.0, weights)
    monkeypatch.setattr(screener, "_MODEL", model)
    monkeypatch.setattr(
        statistical,
        "features",
        lambda text: {"w:and": (0, 3), "b:and a": (0, 5), "w:rabbits": (6, 13)},
    )
    result = screen_text("and a rabbits")
    shown = [c.text for c in result.evidence if c.category == screener.STATISTICAL_CATEGORY]
    assert result.level == Level.MEDIUM
    assert shown == ["rabbits"]


def test_a_reply_is_raised_by_the_layer_only_at_the_reply_threshold(monkeypatch):
    text = "sorted the rabbits out with the vet"
    model = statistical.Model("test", 0.5, 0.1, -3.0, {"w:rabbits": 4.0}, reply_threshold=0.95)
    monkeypatch.setattr(screener, "_MODEL", model)
    assert screen_text(text).level == Level.MEDIUM  # score about 0.73
    assert screen_text(text, context_text="who's bringing the cake?").level == Level.NONE


@pytest.mark.parametrize(
    "context", [None, "", "   ", "😂😂", "x" * 100_000, "i want to die " * 7_000, 12345]
)
def test_any_context_never_raises_and_keeps_the_writers_own_cues(context):
    text = "i've saved up all my tramadol and tonight's the night"
    result = screen_text(text, context_text=context)
    assert result.level == Level.HIGH
    for cue in result.evidence:
        assert text[cue.start : cue.end] == cue.text
