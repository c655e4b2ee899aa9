"""Library 2026.12.11 (after fresh round 18), by family. For each rule changed: a post that must
now alert (or be raised to high, or be quiet) and a near miss that must not (safeguarding.md rule
2: each change lowers only its own words; any other cue still counts). Phrase layers only. The
examples are written for this file, not taken from a data set."""

from __future__ import annotations

from safeguarding.screening import Level, priority

from .conftest import found_by, phrase_only, quiet


def level_of(text: str) -> Level:
    return Level(phrase_only(text).level)


def priority_rules(text: str) -> set[str]:
    """The priority rules present in the phrase layers' screening (raising or unused)."""
    result = phrase_only(text)
    return {c.rule for c in result.evidence if c.category in priority.ESCALATING_CATEGORIES}


# A medium cue of its own (withdrawal), so a priority cue beside it has a post to raise.
MEDIUM = "i'm leaving the group."


# priority_self.affairs_with_signing_off: things handed on for keeps or settled, with a
# signing-off, make a post that reaches staff high; never alone.
def test_affairs_in_order_with_a_signing_off_is_high():
    text = f"{MEDIUM} gave the pigeons to ray for keeps and me tools to our kev. been a good run."
    assert "priority_self.affairs_with_signing_off" in priority_rules(text)
    assert level_of(text) == Level.HIGH


def test_named_envelopes_and_not_at_the_do_is_high():
    text = f"{MEDIUM} the rings are in envelopes with names on. i shan't be at the party."
    assert level_of(text) == Level.HIGH


def test_affairs_in_order_alone_never_alerts():
    text = "solicitor's sorted for the house sale, key's under the pot. been a good run here."
    assert "priority_self.affairs_with_signing_off" in priority_rules(text)
    quiet("solicitor's sorted for the house sale, key's under the pot. been a good run here.")


def test_a_gift_for_keeps_without_a_signing_off_stays_medium():
    text = f"{MEDIUM} the solicitor's sorted for the house sale, we move in may."
    assert "priority_self.affairs_with_signing_off" not in priority_rules(text)
    assert level_of(text) == Level.MEDIUM


# priority_self.no_way_back: a journey with no lift back, waiting for the house to be empty.
def test_no_lift_back_is_high():
    text = f"{MEDIUM} off up the cliffs on me own this afternoon. won't be needing a lift back."
    assert "priority_self.no_way_back" in priority_rules(text)
    assert level_of(text) == Level.HIGH


def test_waiting_for_a_night_she_is_out_is_high():
    text = f"{MEDIUM} just waiting on a night she's at her mum's."
    assert level_of(text) == Level.HIGH


def test_a_lift_there_and_back_is_not_a_journey_with_no_way_back():
    text = f"{MEDIUM} need a lift to the meet and a lift back if anyone's passing."
    assert "priority_self.no_way_back" not in priority_rules(text)
    assert level_of(text) == Level.MEDIUM


# priority_other.last_message_or_check_in: someone's last message a goodbye; a check-in they set.
def test_a_last_message_that_was_a_goodbye_is_high():
    text = f"{MEDIUM} really worried about dee. her last text was 'bye all, love you' at 3am"
    assert "priority_other.last_message_or_check_in" in priority_rules(text)
    assert level_of(text) == Level.HIGH


def test_a_last_message_about_the_meet_is_not_raised():
    text = "really worried about dee. her last text was about the meet on friday"
    assert "priority_other.last_message_or_check_in" not in priority_rules(text)


# NEGLECT_SIGN: a small child by herself since yesterday; a child asked to meet in secret.
def test_a_small_child_alone_since_yesterday_is_raised():
    text = "little lad upstairs, about 3, has been by himself since yesterday, mum not come back"
    assert "priority_other.vulnerable_with_neglect" in priority_rules(text)


def test_a_child_asked_to_meet_and_not_tell_is_raised():
    text = "my grandson is 12. a man from his game wants to meet him and not tell his mum"
    assert "priority_other.vulnerable_with_neglect" in priority_rules(text)


def test_a_child_meeting_friends_is_not_raised():
    text = "my grandson is 12 and meets his mates at the shops on saturdays"
    assert "priority_other.vulnerable_with_neglect" not in priority_rules(text)


# time_finality.end_promised_with_a_day: an end to everything for ever, with a day to get to.
def test_an_end_promised_with_a_day_alerts_even_as_good_news():
    found_by(
        "good news, no more pain ever, no more forms. just got to get to saturday. ha",
        "time_finality.end_promised_with_a_day",
    )


def test_a_promise_without_a_day_is_quiet():
    quiet("no more forms ever once the pip goes through? i wish. still waiting on a letter")


# means/broad_means: medicines taken back, or a question whether to bin them, are returned.
def test_all_of_them_taken_back_to_the_chemist_is_returning():
    quiet("found a bag of old tablets and took them all back to the chemist.")


def test_asking_whether_to_bin_old_tramadol_is_returning():
    quiet("got a carrier bag of old tramadol from when my dose changed. can i just bin it?")


def test_keeping_them_all_still_alerts():
    assert level_of("found a bag of old tablets and i'm keeping them all.") != Level.NONE


# MEDS_REVIEW: medicines counted out for a medication review.
def test_tablets_counted_for_a_pharmacist_review_are_quiet():
    quiet("twenty tablets a day now, counted them all out for the pharmacist review tomorrow")


def test_tablets_counted_with_a_farewell_still_alert():
    text = "twenty tablets a day now, counted them all out. goodbye everyone, thanks for everything"
    assert level_of(text) != Level.NONE


# giving_away.v2_for_good: "will have to keep me sane" is not giving something away.
def test_keep_me_sane_is_not_giving_away():
    quiet("if they play that song again i'll scream. our jen will have to keep me sane")


def test_a_cat_given_to_keep_still_alerts():
    found_by("gave the cat to our jen to keep, she'll love her", "giving_away.v2_for_good")


# affairs.broad_all_arranged with a social framing (ADMIN_SOCIAL).
def test_a_will_all_sorted_so_the_family_stops_nagging_is_quiet():
    quiet("did my will at the solicitors today so that's all sorted and my son can stop nagging")


def test_all_sorted_with_a_goodbye_still_alerts():
    assert level_of("will done, it's all sorted now. goodbye everyone, thanks for everything") != (
        Level.NONE
    )


# time_finality.v2_last_time: "see you on the other side" before a trial or chemo.
def test_the_other_side_of_a_trial_is_quiet():
    quiet("stimulator trial on monday. wish me luck, see you on the other side")


def test_the_other_side_with_no_reason_still_alerts():
    found_by("wish me luck. see you on the other side", "time_finality.v2_last_time")


# context.media: "good news" is the writer's own news, not something seen or read.
def test_good_news_is_not_the_news():
    found_by(
        "good news, no more flares ever. just got to get to friday",
        "time_finality.end_promised_with_a_day",
    )


def test_a_story_on_the_news_still_lowers():
    quiet("on the news a woman said no more pain ever, just got to get to friday")
