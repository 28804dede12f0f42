"""Stable ids: the panels follow an item from one parse to the next by text and order."""

from __future__ import annotations

from noteapp.core.meeting.identity import StableIds


def ids_after(before: list[str], after: list[str]) -> tuple[list[int], list[int]]:
    tracker = StableIds()
    first = tracker.update(before)
    return first, tracker.update(after)


def test_new_items_get_new_distinct_ids():
    tracker = StableIds()
    first = tracker.update(["a", "b", "a"])
    assert len(set(first)) == 3
    assert tracker.update(["a", "b", "a"]) == first
    assert tracker.ids == first


def test_an_item_inserted_before_others_leaves_their_ids_alone():
    (a, b, c), after = ids_after(["a", "b", "c"], ["new", "a", "b", "c"])
    assert after[1:] == [a, b, c]
    assert after[0] not in (a, b, c)


def test_a_deleted_item_takes_only_its_own_id_away():
    (a, _b, c), after = ids_after(["a", "b", "c"], ["a", "c"])
    assert after == [a, c]


def test_an_item_edited_in_place_keeps_its_id():
    (a, b, c), after = ids_after(["a", "Release plan", "c"], ["a", "Release plan (10 min)", "c"])
    assert after == [a, b, c]


def test_a_moved_item_keeps_its_id():
    (a, b, c, d), after = ids_after(["a", "b", "c", "d"], ["c", "a", "b", "d"])
    assert after == [c, a, b, d]


def test_repeated_texts_are_told_apart_by_order():
    (e1, x, e2), after = ids_after(["", "x", ""], ["", "x", "", ""])
    assert after[:3] == [e1, x, e2]
    assert after[3] not in (e1, x, e2)


def test_a_replaced_run_pairs_edited_items_in_order_and_adds_the_rest():
    (a, b, c, z), after = ids_after(["a", "b", "c", "z"], ["a", "B", "C", "D", "z"])
    assert after[:3] == [a, b, c]
    assert after[4] == z
    assert after[3] not in (a, b, c, z)
