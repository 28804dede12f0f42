"""Moving an agenda item with its nested lines: one edit, in the note's own style.

Expected texts are written out from the files' lines: the moved block goes
whole, the blank lines between items stay where they were, numbers keep counting.
"""

from __future__ import annotations

import pytest

from noteapp.core.errors import StructureEditError
from noteapp.core.meeting import parse_meeting
from noteapp.core.meeting.task_edits import agenda_siblings, move_agenda_item
from tests.conftest import corpus_files
from tests.core.tasks_support import TASKS, agenda_of, read

CZI = "czi-conda-forge/2024-01-30.md"


def lines_of(text: str, first: int, last: int) -> list[str]:
    """Lines ``first``..``last`` (1-based, inclusive)."""
    return text.split("\n")[first - 1 : last]


def with_lines(text: str, first: int, last: int, lines: list[str]) -> str:
    parts = text.split("\n")
    return "\n".join(parts[: first - 1] + lines + parts[last:])


def index_of(text: str, item_text: str) -> int:
    return next(i for i, a in enumerate(agenda_of(text)) if a.text == item_text)


def test_a_top_level_item_moves_up_with_its_children_and_the_blank_line_stays(corpus):
    text = read(corpus / CZI)
    # Lines 22-27: Jaime and five children, then a line of two spaces; 29-33: Darian.
    assert lines_of(text, 28, 29) == ["  ", "- [ ] Darian:"]
    jaime, darian = lines_of(text, 22, 27), lines_of(text, 29, 33)
    new = move_agenda_item(text, index_of(text, "Darian:"), index_of(text, "Jaime:")).apply(text)
    assert new == with_lines(text, 22, 33, [*darian, "  ", *jaime])


def test_a_top_level_item_moves_down_past_its_sibling(corpus):
    text = read(corpus / CZI)
    darian, sylvain = lines_of(text, 29, 33), lines_of(text, 34, 38)
    assert sylvain[0] == "- [ ] Sylvain:"
    new = move_agenda_item(text, index_of(text, "Darian:"), index_of(text, "Sylvain:"))
    assert new.apply(text) == with_lines(text, 29, 38, [*sylvain, *darian])


def test_a_nested_item_trades_places_with_a_sibling_and_the_edit_is_minimal(corpus):
    text = read(corpus / CZI)
    first = index_of(text, "New features in conda-metadata-app")
    second = index_of(text, "Onboarding core members automation")
    edit = move_agenda_item(text, first, second)
    a, b = lines_of(text, 23, 24)
    assert edit.apply(text) == with_lines(text, 23, 24, [b, a])
    # Only the two lines' texts after their common "  - [ ] " are rewritten.
    assert edit.start == text.index(a) + len("  - [ ] ")
    assert edit.end == text.index(b) + len(b)


def test_a_nested_item_takes_its_own_children_along(corpus):
    text = read(corpus / CZI)
    # Lines 30-32: "Demo", "Discussion on the handling of URLs" and its child; 33: LocalStorage.
    demo, urls, local = lines_of(text, 30, 30), lines_of(text, 31, 32), lines_of(text, 33, 33)
    moved = move_agenda_item(
        text,
        index_of(text, "LocalStorage details to keep state around while changing pages."),
        index_of(text, "Demo of progress on developer dashboard"),
    )
    assert moved.apply(text) == with_lines(text, 30, 33, [*local, *demo, *urls])


def test_a_counting_numbered_list_keeps_counting():
    text = read(TASKS / "numbered.md")
    new = move_agenda_item(text, index_of(text, "Hiring"), index_of(text, "Budget")).apply(text)
    before = "1. Budget\n2. Roadmap\n   1. Next release\n3. Hiring\n"
    assert before in text
    assert new == text.replace(before, "1. Hiring\n2. Budget\n3. Roadmap\n   1. Next release\n")


def test_the_last_item_of_a_note_without_a_final_newline_moves_without_adding_one():
    text = "## Agenda\n\n- [ ] one\n- [x] two\n  - detail"
    new = move_agenda_item(text, 1, 0).apply(text)
    assert new == "## Agenda\n\n- [x] two\n  - detail\n- [ ] one"


def test_moving_onto_itself_changes_nothing(corpus):
    text = read(corpus / CZI)
    assert move_agenda_item(text, 3, 3).is_noop


def test_the_siblings_of_an_item_are_its_list_at_its_depth_under_its_parent(corpus):
    meeting = parse_meeting(read(corpus / CZI))
    names = [a.text for a in meeting.agenda]
    top = [names.index(n) for n in ("Jaime:", "Darian:", "Sylvain:")]
    assert agenda_siblings(meeting, names.index("Darian:")) == top
    demo = names.index("Demo of progress on developer dashboard")
    assert agenda_siblings(meeting, demo) == [demo, demo + 1, demo + 3]  # not the grandchild


@pytest.mark.parametrize(
    ("item", "to", "reason"),
    [
        ("Darian:", "Demo of progress on developer dashboard", "not beside"),  # into a child list
        (
            "New features in conda-metadata-app",
            "Demo of progress on developer dashboard",
            "not beside",
        ),  # a cousin under another parent
    ],
)
def test_a_move_out_of_the_items_own_list_is_refused(corpus, item, to, reason):
    text = read(corpus / CZI)
    with pytest.raises(StructureEditError, match=reason):
        move_agenda_item(text, index_of(text, item), index_of(text, to))


def test_a_missing_item_or_a_sub_heading_is_refused(corpus):
    text = read(corpus / "conda-community/20201020_agenda_and_minutes.md")
    heading = index_of(text, "Announcements")
    with pytest.raises(StructureEditError, match="sub-heading"):
        move_agenda_item(text, heading, heading + 1)
    with pytest.raises(StructureEditError, match="no agenda item 999"):
        move_agenda_item(text, 999, 0)


@pytest.mark.corpus
def test_every_note_moving_an_item_down_and_back_up_gives_the_same_text(corpus):
    """On every real note: the first item of each agenda list that has a sibling after it
    moves down one place (exactly the agenda permuted, or the core checks refuse) and back
    up, which must restore the note exactly."""
    moved = 0
    for path in corpus_files():
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        meeting = parse_meeting(text)
        for index in range(len(meeting.agenda)):
            siblings = agenda_siblings(meeting, index)
            if siblings[0] != index or len(siblings) < 2:
                continue
            down = move_agenda_item(text, index, siblings[1]).apply(text)
            after = parse_meeting(down)
            back = agenda_siblings(after, index)  # the item now stands second
            assert after.agenda[back[1]].text == meeting.agenda[index].text
            assert move_agenda_item(down, back[1], back[0]).apply(down) == text, path
            moved += 1
            break  # one list per note keeps this quick
    assert moved >= 30
