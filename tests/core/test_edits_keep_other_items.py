"""Attendee edits on every corpus note (and structure fixture) leave the note's tasks,
agenda items and action items byte for byte, and they read the same afterwards.

One reading may change, and rightly: "Lex to set up a folder" is an action because Lex
is at the meeting; when Lex is removed from the attendees (or renamed), the note no
longer says so, and that line may stop reading as Lex's action. Its bytes stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from noteapp.core.edits import Edit
from noteapp.core.errors import StructureEditError
from noteapp.core.meeting import parse_meeting
from noteapp.core.meeting.attendees import edits
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
