"""Edit ▸ Repair Mis-decoded Text: exactly the mis-decoded names, as one undo step."""

from __future__ import annotations

from noteapp.ui import repair
from noteapp.ui.textbridge import document_text


def test_the_repair_fixes_exactly_the_two_names_as_one_undo_step(
    window, note_copy, qtbot, monkeypatch
):
    win, _ = window
    path = note_copy("seeds/001_d11c4eb476db4b4b.txt")
    assert win.open_path(path)
    before = document_text(win.editor.document())
    asked = []
    monkeypatch.setattr(repair, "ask", lambda _w, found: asked.append(found) or True)
    win.commands["repair_mojibake"].trigger()
    after = document_text(win.editor.document())
    assert [(m.line, m.text, m.fixed) for m in asked[0]] == [(11, "GƒÅbor KovƒÅcs", "Gābor Kovācs")]
    assert after == before.replace("GƒÅbor KovƒÅcs", "Gābor Kovācs")
    assert [a.name for a in win.document.meeting.attendees][3] == "Gābor Kovācs"
    win.editor.undo()
    assert document_text(win.editor.document()) == before


def test_nothing_is_repaired_without_asking(window, note_copy, monkeypatch):
    win, _ = window
    assert win.open_path(note_copy("seeds/001_d11c4eb476db4b4b.txt"))
    before = document_text(win.editor.document())
    monkeypatch.setattr(repair, "ask", lambda _w, _found: False)
    win.commands["repair_mojibake"].trigger()
    assert document_text(win.editor.document()) == before
