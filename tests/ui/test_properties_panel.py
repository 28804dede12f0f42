"""The Properties dock edits real notes' front matter one key, one line, one undo step at
a time, in the file's own style."""

from __future__ import annotations

import datetime as dt
import difflib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from noteapp.ui.main_window import MainWindow
from noteapp.ui.panels.properties import (
    DateField,
    IntField,
    ListField,
    MultilineField,
    NestedField,
    PropertiesPanel,
    ScalarField,
    TextField,
    field_class,
)
from tests.ui.helpers import put_cursor, text_of


def panel_of(window: MainWindow) -> PropertiesPanel:
    """The panel, shown as a user shows it: its tab brought to the front."""
    window.findChild(QDockWidget, "propertiesDock").raise_()
    panel = window.findChild(PropertiesPanel, "propertiesPanel")
    assert panel is not None
    return panel


def changed_lines(before: str, after: str) -> list[str]:
    """The lines of a unified diff that differ ("-old", "+new")."""
    diff = difflib.unified_diff(before.split("\n"), after.split("\n"), lineterm="", n=0)
    return [d for d in diff if d[:1] in "+-" and not d.startswith(("+++", "---"))]


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_the_dock_and_panel_are_named_for_layouts_and_tests(window):
    win, _ = window
    dock = win.findChild(QDockWidget, "propertiesDock")
    panel = panel_of(win)
    assert dock is not None and dock.widget() is panel
    assert dock.isVisible()


def test_the_panel_is_built_only_when_its_tab_is_first_shown(window, note_copy):
    win, _ = window
    win.open_path(note_copy("zarr/2024-01-24.md"))
    assert win.findChild(PropertiesPanel) is None  # behind the Actions tab: not built
    fields = panel_of(win).fields  # the tab is brought to the front
    assert fields["title"].widget.text() == "24th January"


def test_zarr_keys_get_typed_fields(window, note_copy):
    win, _ = window
    win.open_path(note_copy("zarr/2024-01-24.md"))
    fields = panel_of(win).fields
    assert list(fields) == ["layout", "title", "description", "parent", "nav_order"]
    assert type(fields["title"]) is TextField
    assert fields["title"].widget.text() == "24th January"
    assert type(fields["nav_order"]) is IntField
    assert fields["nav_order"].widget.value() == 2


def test_editing_the_title_changes_that_line_only_and_undoes(window, note_copy, qtbot):
    win, _ = window
    win.open_path(note_copy("zarr/2024-01-24.md"))
    original = text_of(win)
    type_into(qtbot, panel_of(win).fields["title"].widget, "25th January")
    assert changed_lines(original, text_of(win)) == [
        "-title: 24th January",
        "+title: 25th January",
    ]
    win.editor.undo()
    assert text_of(win) == original
    title = panel_of(win).fields["title"].widget
    qtbot.waitUntil(lambda: title.text() == "24th January")  # after the snapshot


def test_the_int_field_writes_an_int(window, note_copy, qtbot):
    win, _ = window
    win.open_path(note_copy("zarr/2024-01-24.md"))
    original = text_of(win)
    spin = panel_of(win).fields["nav_order"].widget
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "7")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert changed_lines(original, text_of(win)) == ["-nav_order: 2", "+nav_order: 7"]


def test_a_block_scalar_description_stays_a_block_scalar(window, note_copy, qtbot):
    win, _ = window
    win.open_path(note_copy("geojupyter/20260127-community__index.md"))
    original = text_of(win)
    panel = panel_of(win)
    field = panel.fields["description"]
    assert type(field) is TextField  # one line, kept with its final newline
    type_into(qtbot, field.widget, "A monthly gathering. Open to everyone!")
    assert changed_lines(original, text_of(win)) == [
        "-  A monthly gathering of the GeoJupyter community. Open to all!",
        "+  A monthly gathering. Open to everyone!",
    ]


def test_a_description_of_several_lines_is_edited_as_text(window, note_copy, qtbot):
    win, _ = window
    win.open_path(note_copy("geojupyter/20260127-community__index.md"))
    panel = panel_of(win)
    type_into(qtbot, panel.fields["description"].widget, "temp")
    # Two lines typed in the text itself: the panel now shows a multi-line field.
    text = text_of(win)
    put_cursor(win, text.index("temp") + 4)
    qtbot.keyClick(win.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(win.editor, "  second line")
    win.document.reparse_now()
    field = panel.fields["description"]
    assert type(field) is MultilineField
    assert field.widget.toPlainText() == "temp\nsecond line"
    before = text_of(win)
    field.widget.setPlainText("First line.\nSecond line.\nThird.")
    field.commit()  # what leaving the field does
    assert changed_lines(before, text_of(win)) == [
        "-  temp",
        "-  second line",
        "+  First line.",
        "+  Second line.",
        "+  Third.",
    ]
    assert "description: |\n  First line." in text_of(win)


def test_lists_dates_and_nested_values(window, note_copy, qtbot):
    win, _ = window
    win.open_path(note_copy("geojupyter/20260127-community__index.md"))
    panel = panel_of(win)
    assert type(panel.fields["date"]) is TextField  # "2026-01-27" is quoted: a string
    nested = panel.fields["author"]
    assert type(nested) is NestedField
    assert nested.widget.toPlainText() == 'author:\n  - name: "The GeoJupyter community"'
    assert nested.widget.isReadOnly() and "nested" in nested.widget.toolTip()
    tags = panel.fields["tags"]
    assert type(tags) is ListField and tags.widget.text() == "meeting-notes"
    original = text_of(win)
    type_into(qtbot, tags.widget, "meeting-notes, release")
    assert changed_lines(original, text_of(win)) == [
        "-tags: [meeting-notes]",
        "+tags: [meeting-notes, release]",
    ]
    assert panel.fields["tags"].widget.text() == "meeting-notes, release"


def test_a_refused_edit_changes_nothing_and_shows_the_note_again(window, tmp_path, qtbot):
    win, _ = window
    note = tmp_path / "hugo.md"
    note.write_text('+++\ntitle = "Sync"\nweight = 1.5\n+++\n\n# Sync\n', encoding="utf-8")
    win.open_path(note)
    original = text_of(win)
    weight = panel_of(win).fields["weight"]
    assert type(weight) is ScalarField and weight.widget.text() == "1.5"
    type_into(qtbot, weight.widget, "null")  # TOML has no null
    assert text_of(win) == original
    assert weight.widget.text() == "1.5"
    assert "TOML has no null" in win.statusBar().currentMessage()


def test_field_kinds_follow_the_yaml_types():
    assert field_class(dt.date(2025, 4, 14)) is DateField  # Django's unquoted date
    assert field_class(dt.datetime(2025, 12, 9, 19)) is ScalarField
    assert field_class(None) is ScalarField  # "other_attendees:" left empty
    assert field_class(1.5) is ScalarField
    assert field_class([["Steering council members"]]) is NestedField
    assert field_class("a\n") is TextField and field_class("a\nb\n") is MultilineField


def test_deleting_a_key_removes_its_lines(window, note_copy, qtbot):
    win, _ = window
    win.open_path(note_copy("geojupyter/20260127-community__index.md"))
    original = text_of(win)
    panel = panel_of(win)
    qtbot.mouseClick(panel.findChild(object, "delete:categories"), Qt.MouseButton.LeftButton)
    assert changed_lines(original, text_of(win)) == ["-categories:", '-  - "Meeting notes"']
    assert "categories" not in panel.fields
    win.editor.undo()
    assert text_of(win) == original
    qtbot.waitUntil(lambda: "categories" in panel.fields)


def test_adding_a_key_to_a_note_without_front_matter_creates_it(window, note_copy, qtbot):
    win, _ = window
    win.open_path(note_copy("scikit-learn/2024-01-29.md"))
    original = text_of(win)
    panel = panel_of(win)
    assert panel.fields == {}
    assert "No front matter" in panel.note_label.text()
    panel.new_key.setText("title")
    type_into(qtbot, panel.new_value, "Monthly meeting")
    assert text_of(win) == "---\ntitle: Monthly meeting\n---\n" + original
    assert panel.fields["title"].widget.text() == "Monthly meeting"
    assert panel.new_key.text() == ""


def test_a_broken_front_matter_is_read_only_with_the_error(window, note_copy):
    win, _ = window
    win.open_path(note_copy("conda-community/20250212_agenda_and_minutes.md"))
    panel = panel_of(win)
    assert panel.error_label.isVisible()
    assert "'x---' is not a front-matter delimiter" in panel.error_label.text()
    tags = panel.fields["tags"]
    assert tags.widget.text() == "meeting-notes" and tags.widget.isReadOnly()
    assert not panel.findChild(object, "delete:tags").isVisible()
    assert not panel.new_key.isEnabled() and not panel.add_button.isEnabled()
    assert not panel.add_key("owner", "me")
    assert not win.is_modified()


def test_a_snapshot_does_not_clobber_a_field_being_typed_in(window, note_copy, qtbot):
    win, _ = window
    win.open_path(note_copy("zarr/2024-01-24.md"))
    panel = panel_of(win)
    title = panel.fields["title"].widget
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "half-typed")
    text = text_of(win)
    put_cursor(win, text.index("layout: default") + len("layout: default"))
    qtbot.keyClicks(win.editor, "2")
    win.document.reparse_now()
    assert title.text() == "half-typed"
    assert panel.fields["layout"].widget.text() == "default2"


def test_a_hidden_panel_waits_until_it_is_shown(window, note_copy):
    win, _ = window
    dock = win.findChild(QDockWidget, "propertiesDock")
    panel = panel_of(win)  # built once shown, then closed
    dock.hide()
    win.open_path(note_copy("zarr/2024-01-24.md"))
    assert "title" not in panel.fields
    dock.show()
    assert panel.fields["title"].widget.text() == "24th January"
