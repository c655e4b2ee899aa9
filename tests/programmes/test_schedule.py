"""Pure date rules: weekly sessions, bank holidays, working days, clock changes."""

import datetime
import zoneinfo

from programmes import schedule
from programmes.handover import first_meeting_window, first_meeting_window_warning

LONDON = zoneinfo.ZoneInfo("Europe/London")
D = datetime.date


def test_weekly_dates_without_bank_holidays_are_a_week_apart():
    dates = schedule.weekly_dates(D(2027, 1, 12), 10)
    assert dates[0] == D(2027, 1, 12)
    assert all(b - a == datetime.timedelta(days=7) for a, b in zip(dates, dates[1:], strict=False))
    assert len(dates) == 10


def test_weekly_dates_skip_easter_and_may_bank_holidays():
    # Mondays from 15 March 2027: Easter Monday 29 March, 3 May and 31 May are bank holidays.
    dates = schedule.weekly_dates(D(2027, 3, 15), 10)
    assert D(2027, 3, 29) not in dates
    assert D(2027, 5, 3) not in dates
    assert dates[:3] == [D(2027, 3, 15), D(2027, 3, 22), D(2027, 4, 5)]
    # Three holidays skipped: ten sessions take thirteen weeks.
    assert dates[-1] == D(2027, 3, 15) + datetime.timedelta(weeks=12)
    skipped = schedule.skipped_bank_holidays(dates)
    assert [day for day, _title in skipped] == [D(2027, 3, 29), D(2027, 5, 3), D(2027, 5, 31)]
    assert "Easter" in skipped[0][1]


def test_scotland_has_its_own_bank_holidays():
    # Easter Monday is a bank holiday in England and Wales but not in Scotland.
    assert schedule.bank_holiday_title(D(2027, 3, 29), schedule.ENGLAND_AND_WALES)
    assert schedule.bank_holiday_title(D(2027, 3, 29), schedule.SCOTLAND) is None


def test_two_working_days_before_skips_weekends_and_bank_holidays():
    assert schedule.working_days_before(D(2027, 1, 12), 2) == D(2027, 1, 8)  # Tue -> Fri
    assert schedule.working_days_before(D(2027, 1, 11), 2) == D(2027, 1, 7)  # Mon -> Thu
    assert schedule.working_days_before(D(2027, 1, 14), 2) == D(2027, 1, 12)  # Thu -> Tue
    # Tuesday after Easter 2027: Monday 29 and Good Friday 26 March are bank holidays.
    assert schedule.working_days_before(D(2027, 3, 30), 2) == D(2027, 3, 24)


def test_local_time_is_kept_across_the_clock_changes():
    before = schedule.local_to_utc(D(2026, 10, 20), datetime.time(10), LONDON)
    after = schedule.local_to_utc(D(2026, 10, 27), datetime.time(10), LONDON)
    assert before.utcoffset() == datetime.timedelta(0)  # stored in UTC
    assert (before.hour, after.hour) == (9, 10)  # BST then GMT
    assert before.astimezone(LONDON).time() == after.astimezone(LONDON).time()
    spring = schedule.local_to_utc(D(2027, 3, 30), datetime.time(10), LONDON)
    assert spring.hour == 9


def test_reminder_due_at_is_nine_local_two_working_days_before():
    # Session on Tuesday 3 November 2026: the reminder is on Friday 30 October (GMT).
    due = schedule.reminder_due_at(D(2026, 11, 3), working_days=2, at=datetime.time(9), zone=LONDON)
    assert due.astimezone(LONDON) == datetime.datetime(2026, 10, 30, 9, tzinfo=LONDON)
    assert due.hour == 9  # GMT: 9am local is 09:00 UTC
    due = schedule.reminder_due_at(
        D(2026, 10, 27), working_days=2, at=datetime.time(9), zone=LONDON
    )
    assert due.astimezone(LONDON).hour == 9
    assert due.hour == 8  # Friday 23 October is still BST


def test_week_start_is_monday():
    assert schedule.week_start(D(2027, 1, 14)) == D(2027, 1, 11)
    assert schedule.week_start(D(2027, 1, 11)) == D(2027, 1, 11)
    assert schedule.week_start(D(2027, 1, 17)) == D(2027, 1, 11)


def test_first_meeting_window_is_four_to_six_weeks_inclusive():
    last = D(2027, 3, 16)
    assert first_meeting_window(last) == (D(2027, 4, 13), D(2027, 4, 27))
    for day in (D(2027, 4, 13), D(2027, 4, 20), D(2027, 4, 27)):
        assert first_meeting_window_warning(last_session_date=last, first_meeting_date=day) is None
    early = first_meeting_window_warning(last_session_date=last, first_meeting_date=D(2027, 4, 12))
    late = first_meeting_window_warning(last_session_date=last, first_meeting_date=D(2027, 4, 28))
    before = first_meeting_window_warning(last_session_date=last, first_meeting_date=D(2027, 3, 1))
    assert "sooner" in early and "27 days" in early
    assert "later" in late and "43 days" in late
    assert "before the last session" in before


def test_first_meeting_window_uses_the_service_weeks():
    last = D(2027, 3, 16)
    assert (
        first_meeting_window_warning(
            last_session_date=last, first_meeting_date=D(2027, 3, 30), min_weeks=2, max_weeks=3
        )
        is None
    )
    assert first_meeting_window_warning(last_session_date=last, first_meeting_date=D(2027, 3, 30))
