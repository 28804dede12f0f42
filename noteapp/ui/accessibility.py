"""Accessible names, descriptions and the focus order of the main window.

A screen reader announces a widget by its accessible name.  Buttons, labels and menus
have one from their text; tables, lists, fields and Qt's own plumbing (scroll bars,
headers, tab bars) do not.  :data:`NAMES` gives the window's own widgets a name and a
description by object name; :func:`label_widgets` also names what is left from its
placeholder, its tooltip or what it belongs to.  It runs when the window is first
shown and whenever a lazily built panel gets its contents.

:data:`FOCUS_ORDER` is the Tab order across the panels: who and what on the left, top to
bottom, then the note, then the action items on the right.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QDockWidget,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMenuBar,
    QScrollBar,
    QSizeGrip,
    QStatusBar,
    QTabBar,
    QToolBar,
    QWidget,
)

if TYPE_CHECKING:
    from noteapp.ui.editor import NoteEditor


def _t(text: str) -> str:
    return QCoreApplication.translate("accessibility", text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for extraction by pyside6-lupdate; translated where it is used."""
    return text


# object name -> (accessible name, description)
NAMES: dict[str, tuple[str, str]] = {
    "editor": (
        QT_TRANSLATE_NOOP("accessibility", "Note"),
        QT_TRANSLATE_NOOP("accessibility", "The meeting note's Markdown text"),
    ),
    "editorArea": (
        QT_TRANSLATE_NOOP("accessibility", "Note area"),
        QT_TRANSLATE_NOOP("accessibility", "The note and its find bar"),
    ),
    "findBar": (
        QT_TRANSLATE_NOOP("accessibility", "Find and replace"),
        QT_TRANSLATE_NOOP("accessibility", "Find in the note; Escape closes the bar"),
    ),
    "findStatus": (
        QT_TRANSLATE_NOOP("accessibility", "Find status"),
        QT_TRANSLATE_NOOP("accessibility", "How many matches, or why nothing matches"),
    ),
    "attendeeAdd": (
        QT_TRANSLATE_NOOP("accessibility", "Add attendee"),
        QT_TRANSLATE_NOOP(
            "accessibility", "A name, or Name (XX) with initials; Enter adds the person"
        ),
    ),
    "attendeeTable": (
        QT_TRANSLATE_NOOP("accessibility", "Attendees"),
        QT_TRANSLATE_NOOP("accessibility", "The people of the meeting, as the note lists them"),
    ),
    "agendaView": (
        QT_TRANSLATE_NOOP("accessibility", "Agenda"),
        QT_TRANSLATE_NOOP("accessibility", "The agenda items; Space ticks the current one"),
    ),
    "agendaAddField": (
        QT_TRANSLATE_NOOP("accessibility", "New agenda item"),
        QT_TRANSLATE_NOOP("accessibility", "Type an item, with an optional time box; Enter adds"),
    ),
    "outlineView": (
        QT_TRANSLATE_NOOP("accessibility", "Outline"),
        QT_TRANSLATE_NOOP(
            "accessibility", "The note's headings and sections; Enter puts the caret there"
        ),
    ),
    "actionView": (
        QT_TRANSLATE_NOOP("accessibility", "Action items"),
        QT_TRANSLATE_NOOP("accessibility", "Who owes what, and whether it is done"),
    ),
    "actionOwnerField": (
        QT_TRANSLATE_NOOP("accessibility", "Action item owner"),
        QT_TRANSLATE_NOOP("accessibility", "The owner's initials"),
    ),
    "actionTextField": (
        QT_TRANSLATE_NOOP("accessibility", "New action item"),
        QT_TRANSLATE_NOOP("accessibility", "What is to be done; Enter adds the item"),
    ),
    "wordCount": (
        QT_TRANSLATE_NOOP("accessibility", "Word count"),
        QT_TRANSLATE_NOOP("accessibility", "Words in the note, front matter excluded"),
    ),
    "meetingTimerLabel": (
        QT_TRANSLATE_NOOP("accessibility", "Meeting timer"),
        QT_TRANSLATE_NOOP("accessibility", "Meeting time and the current item's time"),
    ),
    "mainToolBar": (
        QT_TRANSLATE_NOOP("accessibility", "Main commands"),
        QT_TRANSLATE_NOOP("accessibility", "The commands of a call"),
    ),
    "scheduleSeries": (
        QT_TRANSLATE_NOOP("accessibility", "Series"),
        QT_TRANSLATE_NOOP("accessibility", "The meeting series whose times are shown"),
    ),
    "scheduleCount": (
        QT_TRANSLATE_NOOP("accessibility", "Number of meetings"),
        QT_TRANSLATE_NOOP("accessibility", "How many of the next meetings are shown"),
    ),
    "scheduleTable": (
        QT_TRANSLATE_NOOP("accessibility", "Meeting times by zone"),
        QT_TRANSLATE_NOOP(
            "accessibility", "One row per meeting; highlighted rows change a local time"
        ),
    ),
    "scheduleSummary": (
        QT_TRANSLATE_NOOP("accessibility", "Schedule summary"),
        QT_TRANSLATE_NOOP("accessibility", "The series and its rule"),
    ),
    "scheduleWarnings": (
        QT_TRANSLATE_NOOP("accessibility", "Schedule warnings"),
        QT_TRANSLATE_NOOP("accessibility", "Daylight-saving changes and zones not understood"),
    ),
    "previewPane": (
        QT_TRANSLATE_NOOP("accessibility", "Preview"),
        QT_TRANSLATE_NOOP("accessibility", "The note rendered as the site shows it"),
    ),
    "findField": (
        QT_TRANSLATE_NOOP("accessibility", "Find"),
        QT_TRANSLATE_NOOP("accessibility", "Text to find in the note"),
    ),
    "replaceField": (
        QT_TRANSLATE_NOOP("accessibility", "Replace with"),
        QT_TRANSLATE_NOOP("accessibility", "The replacement text"),
    ),
    "searchQuery": (
        QT_TRANSLATE_NOOP("accessibility", "Search notes"),
        QT_TRANSLATE_NOOP("accessibility", "Words to find in every note of the workspace"),
    ),
}

# The Tab order across the panels (object names; those not built or hidden are skipped).
FOCUS_ORDER = (
    "attendeeAdd",
    "attendeeAddButton",
    "attendeeRemoveButton",
    "attendeeTable",
    "agendaView",
    "agendaAddField",
    "editor",
    "actionView",
    "actionOwnerField",
    "actionTextField",
)

# Qt's plumbing inside scroll areas: named after the area they belong to.
_PLUMBING = ("qt_scrollarea_viewport", "qt_scrollarea_hcontainer", "qt_scrollarea_vcontainer")


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces as ``widget``'s name (its explicit accessible name,
    else what Qt derives from its text)."""
    if widget.accessibleName():
        return widget.accessibleName()
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def _owner_name(widget: QWidget) -> str:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QDockWidget):
            return parent.windowTitle().replace("&", "")
        name = parent.accessibleName()
        if name:
            return name
        parent = parent.parentWidget()
    return ""


def _fallback(widget: QWidget) -> tuple[str, str]:
    """(name, description) for a widget nothing names explicitly."""
    owner = _owner_name(widget)
    if isinstance(widget, QLineEdit) and widget.placeholderText():
        return widget.placeholderText().rstrip(" ⏎"), widget.toolTip()
    if isinstance(widget, QScrollBar):
        vertical = widget.orientation().name == "Vertical"
        text = _t("Vertical scroll bar") if vertical else _t("Horizontal scroll bar")
        return (f"{owner}: {text}" if owner else text), ""
    if isinstance(widget, QHeaderView):
        text = _t("Column headers") if widget.orientation().name == "Horizontal" else _t("Rows")
        return (f"{owner}: {text}" if owner else text), ""
    if isinstance(widget, QMenuBar):
        return _t("Menu bar"), ""
    if isinstance(widget, QStatusBar):
        return _t("Status bar"), _t("Messages, the note's encoding and the caret's position")
    if isinstance(widget, QSizeGrip):
        return _t("Resize the window"), ""
    if isinstance(widget, QTabBar):
        return _t("Panel tabs"), _t("The panels docked together here")
    if isinstance(widget, QAbstractButton) and widget.objectName() == "qt_tableview_cornerbutton":
        return _t("Select all"), ""
    if isinstance(widget.parentWidget(), QDockWidget):
        title = widget.parentWidget().windowTitle().replace("&", "")
        return _t("{0} panel").format(title), ""
    if isinstance(widget.parentWidget(), QToolBar) and type(widget) is QWidget:
        return _t("Separator"), ""
    if widget.toolTip():
        return widget.toolTip(), ""
    return owner, ""


def label_widgets(root: QWidget) -> None:
    """Give every widget under ``root`` that has no accessible name one (see module doc)."""
    widgets = [root, *root.findChildren(QWidget)]
    # Owners first: plumbing takes its name from the scroll area or panel it serves.
    for widget in widgets:
        named = NAMES.get(widget.objectName())
        if named is not None:
            if not widget.accessibleName():
                widget.setAccessibleName(_t(named[0]))
            if not widget.accessibleDescription():
                widget.setAccessibleDescription(_t(named[1]))
    for widget in widgets:
        if accessible_name(widget) or isinstance(widget, QMainWindow):
            continue
        if widget.objectName() in _PLUMBING:
            area = widget.parentWidget()
            while area is not None and not isinstance(area, QAbstractScrollArea):
                area = area.parentWidget()
            name = accessible_name(area) if area is not None else _owner_name(widget)
            widget.setAccessibleName(name or _owner_name(widget))
            continue
        name, description = _fallback(widget)
        if name:
            widget.setAccessibleName(name)
        if description and not widget.accessibleDescription():
            widget.setAccessibleDescription(description)


def set_focus_order(window: QMainWindow) -> None:
    """Tab moves through :data:`FOCUS_ORDER` (the widgets that exist)."""
    widgets = [window.findChild(QWidget, name) for name in FOCUS_ORDER]
    present = [w for w in widgets if w is not None]
    for first, second in itertools.pairwise(present):
        QWidget.setTabOrder(first, second)


def install(window: QMainWindow) -> None:
    """The focus order now; the names right after the first paint (off its path), and
    for each lazily built panel as it is built (see PanelDock).  Typed as a plain main
    window: noteapp.ui.panel imports this module, and the window's API names it."""

    set_focus_order(window)
    editor: NoteEditor = window.editor  # type: ignore[attr-defined]
    # A turn later than what waits for the paint itself (--quit-after-load, screenshots).
    editor.after_next_paint(lambda: QTimer.singleShot(0, editor, lambda: label_widgets(window)))
