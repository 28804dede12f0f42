"""The three-way merge of a note: what merges without a question, and what is asked."""

from __future__ import annotations

import itertools

import pytest

from noteapp.core.text.merge import Conflict, lines, merge_texts

BASE = "# Call\n\n**Attending:** Ada (AL)\n\n## Updates\n\n- AL: docs\n\n## Minutes\n\n"


def test_edits_in_different_places_merge_without_a_question():
    mine = BASE + "- AL: we agreed on sharding\n"
    theirs = BASE.replace("Ada (AL)", "Ada (AL), Grace (GH)").replace(
        "- AL: docs\n", "- AL: docs\n- GH: release 3.0 is out\n"
    )
    merge = merge_texts(BASE, mine, theirs)
    assert merge.clean
    assert merge.text() == theirs + "- AL: we agreed on sharding\n"


def test_both_adding_lines_at_one_place_keeps_both():
    mine = BASE + "- AL: first point\n"
    theirs = BASE + "- GH: my point\n"
    merge = merge_texts(BASE, mine, theirs)
    assert merge.clean and merge.text() == BASE + "- GH: my point\n- AL: first point\n"


def test_one_line_edited_at_both_ends_merges_by_character():
    base = "- AL: we agreed on shardng\n"
    mine = "- AL: we agreed on shardng, then moved on\n"
    theirs = "- AL: we agreed on sharding\n"
    merge = merge_texts(base, mine, theirs)
    assert merge.clean and merge.text() == "- AL: we agreed on sharding, then moved on\n"


def test_the_same_words_changed_both_ways_is_a_conflict_with_every_version():
    base = BASE + "- AL: release on Friday\n"
    mine = BASE + "- AL: release on Monday\n"
    theirs = BASE + "- AL: release on Tuesday\n"
    merge = merge_texts(base, mine, theirs)
    [conflict] = merge.conflicts
    assert conflict == Conflict(
        "- AL: release on Friday\n", "- AL: release on Monday\n", "- AL: release on Tuesday\n",
        len(lines(BASE)) + 1,
    )  # fmt: skip
    assert merge.text(["mine"]) == mine and merge.text(["theirs"]) == theirs
    assert merge.text(["both"]) == BASE + "- AL: release on Tuesday\n- AL: release on Monday\n"
    with pytest.raises(ValueError):
        merge.text()


def test_a_line_deleted_on_one_side_and_edited_on_the_other_is_asked():
    base = "a\nb\nc\n"
    merge = merge_texts(base, "a\nc\n", "a\nB!\nc\n")
    assert not merge.clean and merge.conflicts[0].mine == ""


def test_one_side_unchanged_takes_the_other_whole():
    assert merge_texts(BASE, BASE, BASE + "x\n").text() == BASE + "x\n"
    assert merge_texts(BASE, BASE + "y", BASE).text() == BASE + "y"


def test_a_last_line_being_typed_merges_with_an_edit_above():
    mine = BASE + "- AL: typing this very li"
    theirs = BASE.replace("- AL: docs", "- AL: docs (merged)")
    merge = merge_texts(BASE, mine, theirs)
    assert merge.text() == theirs + "- AL: typing this very li"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("a\nb\nc\nhello wor", "a\nB!\nc\nx\nhello wor"),
        ("one\ntwo\n", "zero\none\ntwo\nthree\n"),
        ("x", ""),
        ("", "new text\n"),
        ("keep\nthis 🙂 line\nend\n", "keep\nthis 🙂 line!\nend\nmore\n"),
    ],
)
def test_diff_edits_rebuild_the_new_text_and_leave_untouched_lines_alone(old: str, new: str):
    from noteapp.core.text.edits import diff_edits

    edits = diff_edits(old, new)
    text = old
    for edit in reversed(edits):
        text = edit.apply(text)
    assert text == new
    assert all(a.end <= b.start for a, b in itertools.pairwise(edits))


def test_an_offset_follows_edits_before_it_and_ignores_those_after():
    from noteapp.core.text.edits import diff_edits, map_offset

    old = "a\nb\n- AL: typing here\nc\n"
    new = "a\nadded\nb\n- AL: typing here\nc\nlater\n"
    caret = old.index("here") + 4
    moved = map_offset(diff_edits(old, new), caret)
    assert new[:moved].endswith("- AL: typing here")
