"""Attendance per person, and names that are probably one person."""

from __future__ import annotations

import datetime as dt

from noteapp.core.archive.people import Seen, attendance, bounded_distance, name_variants

D1, D2, D3 = (dt.date(2025, 3, d) for d in (1, 8, 15))


def test_attendance_merges_case_and_accents_and_counts_apologies_apart():
    people = attendance(
        [
            Seen("a", D1, "s", "Inês Duarte"),
            Seen("b", D2, "s", "ines duarte"),
            Seen("c", D3, "s", "Inês Duarte", present=False),
            Seen("c", D3, "s", "Ravi Menon"),
        ]
    )
    ines = people[0]
    assert ines.name == "Inês Duarte"  # the spelling of the most recent note
    assert len(ines.meetings) == 2 and ines.absent == 1
    assert (ines.first, ines.last) == (D1, D2)


def test_variants_by_handle_or_small_edit_distance_never_two_people_of_one_meeting():
    people = attendance(
        [
            Seen("a", D1, "s", "Marta Lopes"),
            Seen("b", D2, "s", "Marta Lopez"),
            Seen("a", D1, "s", "Sam Kerr", handle="skerr"),
            Seen("b", D2, "s", "Samantha Kerr", handle="SKerr"),
            Seen("a", D1, "s", "Jon Smithe"),
            Seen("a", D1, "s", "Jon Smith"),  # in the same meeting: two people
            Seen("a", D1, "s", "Alex Brown", handle="abrown"),
            Seen("b", D2, "s", "Alex Brawn", handle="alexb"),  # two handles: two people
        ]
    )
    found = {(v.person.name, v.other.name): v.reason for v in name_variants(people)}
    assert found == {
        ("Marta Lopes", "Marta Lopez"): "1 letter apart",
        ("Sam Kerr", "Samantha Kerr"): "same handle @skerr",
    } or found == {
        ("Marta Lopez", "Marta Lopes"): "1 letter apart",
        ("Samantha Kerr", "Sam Kerr"): "same handle @skerr",
    }


def test_bounded_distance():
    assert bounded_distance("gabor kovacs", "gabor kovacs", 2) is None  # equal: not a variant
    assert bounded_distance("gabor kovacs", "gabor kovac", 2) == 1
    assert bounded_distance("gabor", "gabriel", 1) is None
