"""The meeting timer's logic, driven by a fake clock: no test waits for real time."""

from __future__ import annotations

import pytest

from noteapp.core.meeting.clock import MeetingClock, format_duration, item_time, status_text


class FakeTime:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def fake() -> FakeTime:
    return FakeTime()


@pytest.fixture
def clock(fake: FakeTime) -> MeetingClock:
    return MeetingClock(fake)


def test_a_new_clock_is_stopped_at_zero_and_stopped_time_does_not_count(clock, fake):
    assert not clock.running
    fake.advance(60)
    assert clock.elapsed() == 0


def test_elapsed_meeting_time_adds_up_the_runs(clock, fake):
    clock.start()
    fake.advance(90)
    clock.stop()
    fake.advance(1000)  # a break: not meeting time
    assert clock.toggle() is True
    fake.advance(30.5)
    assert clock.elapsed() == pytest.approx(120.5)
    assert clock.toggle() is False
    assert clock.elapsed() == pytest.approx(120.5)


def test_starting_twice_does_not_restart_the_run(clock, fake):
    clock.start()
    fake.advance(10)
    clock.start()
    fake.advance(5)
    assert clock.elapsed() == 15


def test_each_item_collects_the_time_it_was_discussed_while_running(clock, fake):
    clock.discuss("intro")  # chosen before the meeting starts: no time yet
    fake.advance(50)
    clock.start()
    fake.advance(120)
    clock.discuss("release")
    fake.advance(200)
    clock.stop()
    fake.advance(300)  # stopped: nobody's time
    clock.start()
    fake.advance(40)
    assert clock.spent("intro") == 120
    assert clock.spent("release") == 240
    assert clock.spent("never discussed") == 0
    assert clock.elapsed() == 360


def test_coming_back_to_an_item_adds_to_its_time(clock, fake):
    clock.start()
    clock.discuss("a")
    fake.advance(60)
    clock.discuss("b")
    fake.advance(10)
    clock.discuss("a")
    fake.advance(30)
    clock.discuss(None)
    fake.advance(99)
    assert (clock.spent("a"), clock.spent("b")) == (90, 10)
    assert clock.current is None


def test_an_item_is_overdue_only_past_its_time_box(clock, fake):
    clock.start()
    clock.discuss("votes")
    fake.advance(5 * 60)
    assert not clock.overdue("votes", 5)  # exactly on time
    fake.advance(1)
    assert clock.overdue("votes", 5)
    assert not clock.overdue("votes", None)  # no time box: never overdue
    assert not clock.overdue("votes", 10)


def test_reset_forgets_everything(clock, fake):
    clock.start()
    clock.discuss("a")
    fake.advance(60)
    clock.reset()
    assert (clock.running, clock.elapsed(), clock.spent("a"), clock.current) == (
        False,
        0,
        0,
        None,
    )


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [(0, "0:00"), (59.9, "0:59"), (250, "4:10"), (754, "12:34"), (3723, "1:02:03"), (-3, "0:00")],
)
def test_durations_read_like_a_stopwatch(seconds, shown):
    assert format_duration(seconds) == shown


def test_item_time_shows_the_time_box_when_there_is_one():
    assert item_time(250, 5) == "4:10/5:00"
    assert item_time(250, 90) == "4:10/1:30:00"
    assert item_time(250, None) == "4:10"


def test_status_text_names_the_meeting_time_and_the_item_now_discussed(clock, fake):
    clock.start()
    fake.advance(754 - 250)
    clock.discuss("item three")
    fake.advance(250)
    assert status_text(clock, 3, 5) == "Meeting 12:34 · Item 3: 4:10/5:00"
    assert status_text(clock, 3, None) == "Meeting 12:34 · Item 3: 4:10"
    assert status_text(clock) == "Meeting 12:34"
    clock.stop()
    assert status_text(clock, 3, 5) == "Meeting 12:34 · Item 3: 4:10/5:00 (stopped)"
