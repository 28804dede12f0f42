"""The Schedule dock: a series' meetings in every member's zone, DST rows, links, .ics."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget

from noteapp.storage.workspace import ensure_workspace
from noteapp.ui.panels.schedule import MOVED_ROLE, SchedulePanel

SERIES_FILE = """\
title = "Berlin and New York call"
template = "hackmd"
cadence = "weekly"
start = 2024-03-05 17:00:00
zone = "UTC"
duration = 45

[[roster]]
name = "Ada Lovelace"
zone = "Europe/Berlin"

[[roster]]
name = "Grace Hopper"
zone = "America/New_York"
"""


def show_panel(window, qtbot, today: dt.date) -> SchedulePanel:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.findChild(SchedulePanel) is None  # hidden at start: not even built
    qtbot.keyClick(window.editor, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    panel = window.findChild(SchedulePanel, "schedulePanel")
    assert panel is not None and window.findChild(QDockWidget, "scheduleDock").isVisible()
    panel.today = today
    panel.refresh()
    return panel


def cells(panel: SchedulePanel, row: int) -> list[str]:
    return [panel.table.item(row, c).text() for c in range(panel.table.columnCount())]


def test_the_panel_shows_the_series_of_the_open_note_with_its_clock_changes(
    make_window, qtbot, tmp_path: Path
):
    workspace = tmp_path / "ws"
    ensure_workspace(workspace)
    (workspace / "series" / "transatlantic.toml").write_text(SERIES_FILE, encoding="utf-8")
    note = workspace / "transatlantic" / "2024" / "2024-03-05.md"
    note.parent.mkdir(parents=True)
    note.write_text("# 2024-03-05\n", encoding="utf-8")
    window, _ = make_window()
    window.workspace = workspace
    window.open_path(note)
    panel = show_panel(window, qtbot, dt.date(2024, 3, 1))

    assert panel.series_box.currentData() == "transatlantic"
    zones = [panel.table.horizontalHeaderItem(c).text() for c in range(panel.table.columnCount())]
    assert zones == ["UTC", "Europe/Berlin", "America/New_York"]
    assert panel.table.rowCount() == 8
    assert cells(panel, 0) == ["17:00 UTC", "18:00 CET", "12:00 EST"]
    assert cells(panel, 1) == ["17:00 UTC", "18:00 CET", "13:00 EDT"]  # US clocks changed
    assert cells(panel, 4) == ["17:00 UTC", "19:00 CEST", "13:00 EDT"]  # then the EU's
    marked = [r for r in range(8) if panel.table.item(r, 0).data(MOVED_ROLE)]
    assert marked == [1, 4]
    text = panel.warnings.text()
    assert "2024-03-12" in text and "America/New_York" in text
    assert "2024-04-02" in text and "Europe/Berlin" in text

    qtbot.mouseClick(panel.copy_aremy, Qt.MouseButton.LeftButton)
    link = QGuiApplication.clipboard().text()
    assert link.startswith("https://arewemeetingyet.com/UTC/2024-03-05/17:00/w/")

    panel.count_box.setValue(3)
    assert panel.table.rowCount() == 3


def test_export_ics_writes_a_calendar_of_the_series(
    make_window, qtbot, tmp_path: Path, monkeypatch
):
    workspace = tmp_path / "ws"
    ensure_workspace(workspace)
    (workspace / "series" / "transatlantic.toml").write_text(SERIES_FILE, encoding="utf-8")
    window, _ = make_window()
    window.workspace = workspace
    panel = show_panel(window, qtbot, dt.date(2024, 3, 1))
    panel.series_box.setCurrentIndex(panel.series_box.findData("transatlantic"))
    target = tmp_path / "call.ics"
    monkeypatch.setattr(panel, "choose_ics_path", lambda name: str(target))
    qtbot.mouseClick(panel.export_ics, Qt.MouseButton.LeftButton)

    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    event = next(iter(calendar.walk("VEVENT")))
    assert event.decoded("dtstart") == dt.datetime(2024, 3, 5, 17, tzinfo=dt.UTC)
    assert event.decoded("dtend") - event.decoded("dtstart") == dt.timedelta(minutes=45)
    assert event["rrule"]["FREQ"] == ["WEEKLY"]
    assert str(event["summary"]) == "Berlin and New York call"
