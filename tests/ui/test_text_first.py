"""At start-up the note's text is painted before it is parsed; the panels follow."""

from __future__ import annotations

import pytest

from bench.notegen import generate_note
from noteapp.core.text.source import SourceText
from noteapp.ui import background_parse, document
from noteapp.ui.main_window import MainWindow
from noteapp.ui.panels.agenda import AgendaPanel


@pytest.fixture
def events(monkeypatch) -> list[str]:
    happened: list[str] = []
    real = document.parse_meeting

    def counting(text: str, *args: object, **kwargs: object):
        happened.append("parse")
        return real(text, *args, **kwargs)

    # The window's two places that parse: on the GUI thread, and a long note's worker.
    monkeypatch.setattr(document, "parse_meeting", counting)
    monkeypatch.setattr(background_parse, "parse_meeting", counting)
    return happened


@pytest.mark.parametrize("lines", [60, 3000], ids=["short", "long"])
def test_a_note_opened_at_start_up_is_painted_then_parsed_once(qtbot, settings, events, lines):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.load_source(SourceText(generate_note(lines)))  # as `noteapp NOTE` does, then shows
    assert events == [] and not window.document.has_snapshot
    window.editor.after_next_paint(lambda: events.append("painted"))
    window.show()
    qtbot.waitUntil(lambda: window.document.has_snapshot, timeout=10_000)
    assert events == ["painted", "parse"]
    panel = window.findChild(AgendaPanel)
    assert panel is not None and panel.model.rowCount() > 0  # the panels were filled


def test_a_window_on_screen_shows_a_short_note_and_its_panels_together(window, events):
    win, _ = window
    win.load_source(SourceText(generate_note(60)))
    assert events == ["parse"] and win.document.has_snapshot
