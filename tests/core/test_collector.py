"""The cycle collector held off during a parse comes back as it was."""

from __future__ import annotations

import gc
from concurrent.futures import ThreadPoolExecutor

import pytest

from bench.notegen import generate_note
from noteapp.core.meeting import parse_meeting
from noteapp.core.text.collector import collector_paused


def test_the_collector_is_off_inside_and_back_on_after_nested_pauses():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer parse still runs
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_program_stays_off():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_parses_in_threads_and_a_failing_one_leave_the_collector_on():
    text = generate_note(300)
    with ThreadPoolExecutor(4) as pool:  # a parse's exception is raised by result()
        for meeting in pool.map(lambda _: parse_meeting(text), range(12)):
            assert meeting.text == text
    with pytest.raises(AttributeError):  # raised inside the paused collector
        parse_meeting(None)  # type: ignore[arg-type]
    assert gc.isenabled()


def test_what_a_parse_leaves_alive_is_out_of_the_collectors_walk_and_still_freed():
    import weakref

    from noteapp.core.text.collector import thaw

    try:
        meeting = parse_meeting(generate_note(300))
        outline = weakref.ref(meeting.outline)
        # frozen: the next collection (from any thread, with the GIL held) skips it
        assert gc.get_freeze_count() > 0
        assert all(obj is not meeting.outline for obj in gc.get_objects())
        del meeting
        assert outline() is None  # reference counting still frees the snapshot
    finally:
        thaw()
    assert gc.get_freeze_count() == 0
