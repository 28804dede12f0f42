"""Carried copies of an action item joined to the meeting it was first written in."""

from __future__ import annotations

import datetime as dt

from noteapp.core.series.matching import Copy, Meeting, from_mark, item_key, thread_items

D1, D2, D3, D4 = (dt.date(2025, 1, d) for d in (1, 8, 15, 22))


def meeting(note: str, day: dt.date, *items: tuple[str, bool] | tuple[str, bool, bool]) -> Meeting:
    return Meeting(
        note, day, [Copy(note, day, i[0], (), i[1], n, *i[2:]) for n, i in enumerate(items, 1)]
    )


def test_the_key_ignores_case_accents_markup_links_marks_and_a_leading_todo():
    assert item_key("(MB) Ask *core* members (from 2020-11-18)") == item_key(
        "(mb) ask core members"
    )
    assert item_key("Update the [docs](https://x.org/y) for Inês") == item_key(
        "update the docs for ines"
    )
    assert item_key("TODO: Eric to set up the check-in") == item_key("Eric to set up the check-in")
    assert item_key("- [ ] ()") == ""
    assert from_mark("Fix it (from 2024-01-10)") == dt.date(2024, 1, 10)
    assert from_mark("Fix it (from 2024-13-10)") is None


def test_an_item_copied_by_hand_is_one_item_carried_through_each_meeting():
    threads = thread_items(
        [
            meeting("c", D3, ("Order mulch", False)),
            meeting("a", D1, ("Order mulch", False), ("Fix barrel", False)),
            meeting("b", D2, ("order  MULCH", False)),
        ]
    )
    mulch = next(t for t in threads if t.key == "order mulch")
    assert [n for n, _d in mulch.notes] == ["a", "b", "c"]
    assert mulch.first == D1 and not mulch.done and mulch.age == 2
    barrel = next(t for t in threads if t.key == "fix barrel")
    assert barrel.notes == [("a", D1)] and barrel.age == 2  # open, two meetings since


def test_a_mark_names_the_first_meeting_even_when_its_note_is_not_there():
    (thread,) = thread_items([meeting("b", D2, ("Fix barrel (from 2024-12-03)", False))])
    assert thread.first == dt.date(2024, 12, 3)
    assert thread.text == "Fix barrel"


def test_a_small_change_while_copying_stays_the_same_item_a_different_one_does_not():
    threads = thread_items(
        [
            meeting("a", D1, ("Write the newsletter about seed swapping and the fair", False)),
            meeting("b", D2, ("Write the newsletter about seed swaping and the fair", False)),
            meeting("c", D3, ("Write the minutes about the fair", False)),
        ]
    )
    assert len(threads) == 2
    assert [n for n, _ in threads[0].notes] == ["a", "b"]


def test_two_copies_in_one_note_count_once_and_one_tick_closes_the_item():
    (thread,) = thread_items([meeting("a", D1, ("Fix barrel", False), ("Fix barrel", True))])
    assert thread.done and thread.meetings == [0]
    assert len(thread.newest) == 2


def test_a_closed_item_written_again_is_new_unless_it_was_carried():
    again = thread_items(
        [meeting("a", D1, ("Review the PRs", True)), meeting("b", D2, ("Review the PRs", False))]
    )
    assert [(t.first, t.done) for t in again] == [(D1, True), (D2, False)]
    carried = thread_items(
        [
            meeting("a", D1, ("Review the PRs", True)),
            meeting("b", D2, ("Review the PRs", False, True)),  # under "previous action items"
        ]
    )
    assert [(t.first, t.done) for t in carried] == [(D1, False)]


def test_age_counts_meetings_until_done():
    threads = thread_items(
        [
            meeting("a", D1, ("Fix barrel", False)),
            meeting("b", D2, ("Fix barrel", True)),
            meeting("c", D3),
            meeting("d", D4),
        ]
    )
    assert threads[0].done and threads[0].age == 1


def test_the_same_words_reopened_on_one_day_are_two_tracked_items(tmp_path):
    from noteapp.storage.archive import Workspace

    (tmp_path / "2025-01-01-a.md").write_text(
        "# Call\n\n## Action items\n\n- [x] Review the PRs\n", encoding="utf-8"
    )
    (tmp_path / "2025-01-01-b.md").write_text(
        "# Extra call\n\n## Action items\n\n- [ ] Review the PRs\n", encoding="utf-8"
    )
    with Workspace.open(tmp_path) as ws:
        items = ws.actions()
        assert [(a.done, a.first) for a in items] == [(True, D1), (False, D1)]
        assert len({a.id for a in items}) == 2


def test_near_copies_join_threads_of_earlier_meetings_only():
    # one word differs: nearly the same words, but only a thread of an earlier meeting
    # takes a near copy; within one note each is its own item
    first = [
        "Ask the core team about the release budget",
        "Ask the core team about the release budgets",
    ]
    one = Meeting(
        "a.md", dt.date(2024, 1, 1), [Copy("a.md", dt.date(2024, 1, 1), t) for t in first]
    )
    later = Meeting(
        "b.md",
        dt.date(2024, 1, 8),
        [Copy("b.md", dt.date(2024, 1, 8), "Ask core team about release budget")],
    )
    threads = thread_items([one, later])
    assert len(threads) == 2
    assert [c.note for c in threads[0].copies] == ["a.md", "b.md"]  # the nearest words
    assert [c.note for c in threads[1].copies] == ["a.md"]
