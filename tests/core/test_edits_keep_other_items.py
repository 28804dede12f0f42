"""Attendee edits on every corpus note (and structure fixture) leave the note's tasks,
agenda items and action items byte for byte, and they read the same afterwards.

One reading may change, and rightly: "Lex to set up a folder" is an action because Lex
is at the meeting; when Lex is removed from the attendees (or renamed), the note no
longer says so, and that line may stop reading as Lex's action. Its bytes stay."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from noteapp.core.errors import StructureEditError
from noteapp.core.meeting import parse_meeting, task_edits
from noteapp.core.meeting.attendees import edits
from noteapp.core.meeting.speaker_edits import insert_speaker
from noteapp.core.text.edits import Edit
from tests.conftest import FIXTURES, corpus_files

Item = tuple[int, int, str, str]  # start, end, how it reads, and its owners


def _items(text: str) -> dict[str, list[Item]]:
    m = parse_meeting(text)
    return {
        "tasks": [(t.start, t.end, t.text, str(t.checked)) for t in m.checklist],
        "agenda": [(a.start, a.end, a.text, str(a.timebox_minutes)) for a in m.agenda],
        "actions": [(a.start, a.end, a.text, ",".join(a.owners)) for a in m.action_items],
    }


def _edits(text: str) -> list[tuple[str, Edit, str | None]]:
    """Every kind of attendee edit the note takes (a refused one is not applied), with
    the name of the person it takes out of the list, if any."""
    people = parse_meeting(text).attendees
    n = len(people)
    tries = [("add", lambda: edits.add_attendee(text, "Zed Example", "ZE", "zed", "Org"), None)]
    if n:
        tries += [
            ("remove", lambda: edits.remove_attendee(text, n - 1), people[-1].name),
            ("rename", lambda: edits.update_attendee(text, 0, name="Zed Example"), people[0].name),
            ("absent", lambda: edits.set_present(text, 0, False), people[0].name),
            ("move", lambda: edits.move_attendee(text, n - 1, 0), None),
        ]
    out = []
    for kind, make, gone in tries:
        try:
            out.append((kind, make(), gone))
        except StructureEditError:
            continue
    return out


def _moved(item: Item, edit: Edit) -> tuple[int, int] | None:
    """Where ``item`` is after ``edit``, or None if the edit touches it."""
    s, e = item[0], item[1]
    if e <= edit.start:
        return s, e
    if s >= edit.end:
        delta = len(edit.new) - (edit.end - edit.start)
        return s + delta, e + delta
    return None


def _names(owners: str) -> set[str]:
    return {w.lower() for w in owners.replace(",", " ").split()}


NOTES = corpus_files() + sorted((FIXTURES / "structure").glob("*.md"))


@pytest.mark.parametrize("path", NOTES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_attendee_edits_leave_tasks_agenda_and_action_items_alone(path: Path):
    text = path.read_text(encoding="utf-8")
    before = _items(text)
    done = _edits(text)
    assert done, "not even an attendee could be added"
    for kind, edit, gone in done:
        new = edit.apply(text)
        after = _items(new)
        for what, items in before.items():
            for item in items:  # the bytes: untouched by the edit, the same text
                at = _moved(item, edit)
                assert at is not None, f"{kind} wrote into a {what} item: {item}"
                assert new[at[0] : at[1]] == text[item[0] : item[1]]
            read = [(new[s:e], *rest) for s, e, *rest in after[what]]
            expected = [(text[s:e], *rest) for s, e, *rest in items]
            if what != "actions" or read == expected:
                assert read == expected, f"{kind} changed how the {what} read"
                continue
            lost = [x for x in expected if x not in read]  # only the removed person's
            assert [x for x in expected if x not in lost] == read, f"{kind} changed actions"
            assert gone and all(_names(gone) & _names(x[2]) for x in lost), (kind, lost)


# -- every other kind of structured edit --------------------------------------------------------


def _all_items(text: str) -> dict[str, list[Item]]:
    m = parse_meeting(text)
    items = _items(text)
    items["attendees"] = [(a.start, a.end, a.name, str(a.present)) for a in m.attendees]
    return items


def _other_edits(text: str) -> list[tuple[str, Edit]]:
    """Every task, agenda, action and speaker edit the note takes (a refused one is not
    applied): ticking, adding and moving topics, adding an action, and a speaker's line
    asked for at the start of the note, in its middle and at its end."""
    m = parse_meeting(text)
    tries: list[tuple[str, Callable[[], Edit]]] = [
        ("add topic", lambda: task_edits.add_agenda_item(text, "Zed's new topic", 5)),
        ("add action", lambda: task_edits.add_action_item(text, "send the draft", ["Zed"])),
    ]
    if m.checklist:
        tries.append(("tick", lambda: task_edits.toggle_item(text, 0)))
    if len(m.agenda) > 1:
        last = len(m.agenda) - 1
        tries.append(("move topic", lambda: task_edits.move_agenda_item(text, last, 0)))
    for where in (0, len(text) // 2, len(text)):
        tries.append((f"speaker at {where}", lambda w=where: insert_speaker(text, w, "ZE")[0]))
    out = []
    for kind, make in tries:
        try:
            out.append((kind, make()))
        except StructureEditError:
            continue
    return out


def _inside(item: Item, start: int, end: int) -> bool:
    return (item[0] < end and item[1] > start) or start <= item[0] < end


@pytest.mark.parametrize("path", NOTES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_task_agenda_action_and_speaker_edits_leave_every_other_item_alone(path: Path):
    """Outside its span an edit changes no byte (Edit.apply), and every item it does not
    touch (task, topic, action item, attendee) keeps its bytes and reads the same after:
    the items it adds or moves are the only ones that read differently."""
    text = path.read_text(encoding="utf-8")
    before = _all_items(text)
    done = _other_edits(text)
    assert any(kind == "add topic" for kind, _ in done), "not even a topic could be added"
    for kind, edit in done:
        new = edit.apply(text)
        assert new[: edit.start] == text[: edit.start]
        assert new[edit.start + len(edit.new) :] == text[edit.end :]
        after = _all_items(new)
        moved_to = (edit.start, edit.start + len(edit.new))
        for what, items in before.items():
            kept = [x for x in items if _moved(x, edit) is not None]
            for item in kept:
                at = _moved(item, edit)
                assert at is not None and new[at[0] : at[1]] == text[item[0] : item[1]]
            expected = [(text[s:e], *rest) for s, e, *rest in kept]
            read = [(new[s:e], *rest) for s, e, *rest in after[what] if not _inside(
                (s, e, *rest), *moved_to)]  # fmt: skip
            assert read == expected, f"{kind} changed how the other {what} read"
